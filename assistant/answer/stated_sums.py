"""Stated sums: the total of amounts the asker states, added up.

"我近五年靠专利许可拿到成果转化资金600万元，作价入股又拿到500万元，合计多少？够四类人才的1000万元门槛吗？"
is 600万元 + 500万元 = 1100万元; "won 12 million yuan of national vertical projects and 9 million yuan
of horizontal projects. What is the cumulative total, compared with the Class 4 threshold?" is 2100万元.
The principle: when a question states two or more amounts of money and then asks their total (合计, 一共,
加起来, 累计, in total, cumulative, combined) in a clause that names no payment (补贴, 奖励, subsidy, award:
those ask what a provision pays, which the totals calculator computes from the guide), the answer is the
sum of the amounts stated before that clause; when each is stated a year ("每年…2000万元，另每年5000万元")
and the asking clause counts years ("三年加起来"), the sum of a year times them. An amount after it
("够…1000万元门槛吗") is a threshold to compare with, not a term. When the asking clause names what is
summed ("合计纳税多少"), only the amounts whose words before them name it too are added ("增值税1.3亿元、
企业所得税0.8亿元", not "年收入160万元").
Amounts of one measure other than money are added up the same way when the asking clause asks the total in their unit
("生态建设25万亩，另外还修复了…4.7万亩，这两块加起来一共多少万亩？" is 29.7万亩; "一共多少人"), never amounts of two units.

Stated shares: "total revenue of 50 million yuan, 28 million of it from the main business. What share is
that?" is 28 ÷ 50 = 56%. The principle: when a question states two amounts of one kind, one of them part of
the other (其中, 占, of it, out of, or an ask naming a part's share itself: 占比, 比重, 研发投入强度), and asks in a
clause that names no payment or rate of a provision what share or proportion that is (占比, 比例, what share,
what percentage), the answer is the smaller over the larger.

Stated parts: "sells 203 million tonnes of coal a year and ships 80% of it out. How much coal is shipped out?" is
2.03亿吨 × 80% = 1.624亿吨; "80%以上的可用财力用于民生，假如一年可用财力是50亿元，至少有多少钱投到民生？" is 40亿元. The
principle: when a question states one amount (of money or of a measure) and one percentage of it (80% of it, 其中
80%, or a percentage of what the words before the amount name: "80%以上的可用财力…可用财力是50亿元"), and then asks
how much in a clause that names no payment and no share, the answer is the amount times the percentage.

The share is computed too when whether it qualifies is asked ("收入总额1亿元，其中主营业务收入5800万元，够不够享受15%的
优惠税率？": 58%, beside the provision's 60%), and the share of the rest when one percentage is stated and the rest is
asked ("本科上线率是95%，没上本科线的占比是多少？": 5%).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from assistant.answer.question import ENGLISH_STOP_WORDS, Question
from assistant.models import Calculation
from assistant.quantities import Figure, figures, money_text, normalise, number_word, plain, scaled_text, unit_named

# The words that ask a total of what was stated.
_SUM_ASKED = re.compile(
    r"合计|一共|加起来|加在一起|累计|总共|总计|\bin total\b|\bcumulative\b|\bcombined\b|\baltogether\b|\btotal\b", re.IGNORECASE
)
# Words of an asking clause that ask what a provision pays, not the asker's own total.
_PAYMENT = re.compile(
    r"补|奖|资助|扶持|支持|贴|拿|领|给|享受|\b(?:subsid(?!enc|iar)\w*|awards?|grants?|rewards?|support|funding|bonus\w*|allowances?|get|receive)\b",
    re.IGNORECASE,
)
# Where a clause ends (not the comma of "60,000").
_CLAUSE_END = re.compile(r"[，；;。？?！!]|[,.](?!\d)")
# How many characters (Chinese) or words (English) before an amount say what it is.
CONTEXT_CHARS = 8
CONTEXT_WORDS = 6
# The asking clause's own words that name nothing summed.
# ("这两块加起来", "两项合计": what points back at the amounts names nothing of them)
_ASKING_WORDS = re.compile(
    r"合计|一共|加起来|加在一起|累计|总共|总计|至少|最多|最少|最高|大概|大约|多少|是|的|了|吗|呢|共|计|"
    r"[这那][些]?[一两二三四五六七八九十几]?[块项个者笔样处]?|[一两二三四五六七八九十几][块项者笔样处]"
)


@dataclass
class StatedSumCalculator:
    """Adds up the amounts a question states when it asks their total."""

    tokenize: Callable[[str], list[str]]  # the guide's tokens of a text, English translated

    def __call__(self, question: Question) -> Calculation | None:
        text = normalise(question.text)
        cue = _SUM_ASKED.search(text)
        if cue is None:
            return None
        start, asking = _asking_clause(text, cue)
        if _PAYMENT.search(asking):
            return None  # "一共能拿多少补贴": what provisions pay, summed by the totals calculator
        before = [f for f in figures(text[:start], question=True) if f.reads_as_quantity]
        stated = [f for f in before if f.dimension == "money"]
        unit = "元"
        if len(stated) < 2 and (measured := _measured(before, asking)):
            stated, unit = measured  # "生态建设25万亩，另外还修复了…4.7万亩，这两块加起来一共多少万亩？"
        asked = _ASKING_WORDS.sub(" ", _SUM_ASKED.sub(" ", _YEARS.sub(" ", asking)))  # ("三年加起来" names nothing summed)
        named = self._words(" ".join(w for w in asked.split() if w.lower() not in ENGLISH_STOP_WORDS))
        named = {w for w in named if unit_named(w) is None}  # ("一共多少万亩": the unit asked in names nothing summed)
        if named:
            stated = [f for f in stated if named & self._words(self._before(text, f, question.lang))]
        if len(stated) < 2:
            return None
        def amount(f: Figure) -> Decimal:
            return f.value if unit == "元" else f.number

        def shown(value: Decimal) -> str:
            return money_text(value) if unit == "元" else scaled_text(value, unit)

        total = sum((amount(f) for f in stated), Decimal(0))
        added = " + ".join(shown(amount(f)) for f in stated)
        years = _years_counted(asking)
        if years and all(_YEARLY.search(_clause_of(text, f)) for f in stated):
            total *= years
            added = f"({added}) × {years}{'年' if question.lang == 'zh' else ' years'}"
        steps = [f"{added} = {shown(total)}"]
        return Calculation(
            tool="stated_sum",
            inputs={f"amount_{i + 1}": plain(amount(f)) for i, f in enumerate(stated)},
            steps=steps,
            result=plain(total),
            unit=unit,
            clause_ids=[],
        )

    def _words(self, text: str) -> set[str]:
        return {t for t in self.tokenize(text) if any("\u4e00" <= c <= "\u9fff" for c in t)}

    @staticmethod
    def _before(text: str, figure: Figure, lang: str) -> str:
        """The words just before ``figure`` in its clause ("缴了增值税" of "缴了增值税1.3亿元")."""
        before = _CLAUSE_END.split(text[: figure.start])[-1] if lang == "zh" else text[: figure.start]
        if lang == "zh":
            return re.split(r"[、和及与]", before)[-1][-CONTEXT_CHARS:]
        return " ".join(before.split()[-CONTEXT_WORDS:])


# The measures besides money whose stated amounts a question may add up (a number of things, an area, an
# amount of energy, weight or volume); not a percentage, a period or a multiple.
_MEASURES = frozenset({"count", "area", "energy", "weight", "volume"})


def _measured(stated: list[Figure], asking: str) -> tuple[list[Figure], str] | None:
    """The amounts of one measure the question states, and their unit, when the asking clause asks the total in
    that unit ("一共多少万亩", "how many mu in total"): every amount stated in a measure other than money is of
    that one unit (a question stating 亩 and 吨 adds nothing up)."""
    measured = [f for f in stated if f.dimension in _MEASURES and f.unit is not None and f.unit.name]
    units = {f.unit.name for f in measured if f.unit is not None}
    if len(measured) < 2 or len(units) != 1:
        return None
    unit = units.pop()
    words = [m.group(1)[:n] for m in _ASKED_UNIT_ZH.finditer(asking) for n in range(1, len(m.group(1)) + 1)]
    words += [" ".join(run[i : i + n]) for run in [_ENGLISH_WORD.findall(asking)] for n in (1, 2) for i in range(len(run))]
    if not any((named := unit_named(word)) is not None and named.name.lstrip("万亿") == unit for word in words):
        return None
    return measured, unit


# The unit an asking clause asks in: what follows 多少 or 几 ("多少万亩", "几个人"), or an English word ("how many mu").
_ASKED_UNIT_ZH = re.compile(r"(?:多少|几)\s*([万亿]?[\u4e00-\u9fffA-Za-z]{1,4})")
_ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def _asking_clause(text: str, cue: re.Match[str]) -> tuple[int, str]:
    """Where the clause holding an asking ``cue`` starts, and the clause ("这两块加起来一共多少万亩" of "…4.7万亩，这两块加起来
    一共多少万亩？")."""
    start, end = _clause_around(text, cue.start(), cue.end())
    return start, text[start:end]


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of ``text`` holding ``text[start:end]`` starts and ends (between clause breaks)."""
    opens = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    closes = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
    return opens, closes


# An amount stated for each year ("每年安排5000万元", "5000万元/年", "50 million yuan a year").
_YEARLY = re.compile(r"每年|年均|/年|\b(?:a|per|each|every) year\b|\bannual(?:ly)?\b|\byearly\b", re.IGNORECASE)
# A number of years the asking clause counts ("三年加起来", "over 3 years").
_YEARS = re.compile(
    r"(\d+|[一二两三四五六七八九十]+)\s*年(?!级|度|龄|底|初)|\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years?\b", re.IGNORECASE
)


def _years_counted(asking: str) -> int | None:
    """The one number of years ``asking`` counts, if more than one year."""
    found = {number_word(m.group(1) or m.group(2)) for m in _YEARS.finditer(asking)}
    found.discard(None)
    value = found.pop() if len(found) == 1 else None
    return value if value and value > 1 else None


# The words that ask what share one amount is of another.
# ("研发投入强度", "R&D intensity": R&D spending's share of revenue)
_SHARE_ASKED = re.compile(
    r"占比|比例|比重|百分之几|占[^，,。？?]{0,12}(?:多少|几成)|研发(?:投入|经费)?强度|"
    r"\bwhat (?:share|percentage|proportion|percent|fraction)\b|\bhow (?:big|large|much) (?:a |of a )?(?:share|percentage|proportion)\b|"
    r"\br&d intensity\b",
    re.IGNORECASE,
)
# An ask naming the share of a part itself ("占比多少", "比重", "研发投入强度"), which needs no word saying which amount
# is the part: the smaller one is.
_PART_SHARE_ASKED = re.compile(r"占比|比重|强度|\bintensity\b", re.IGNORECASE)
# The words that say one amount is part of another.
_PART_OF = re.compile(r"其中|占|\bof (?:it|that|this|them|which)\b|\bout of\b|\bof (?:the|our|its|their) total\b", re.IGNORECASE)
# Whether something qualifies, asked ("够不够", "能不能享受", "do we qualify", "is that enough").
_ELIGIBILITY_ASKED = re.compile(
    r"够不够|够吗|符合(?:条件)?吗|符不符合|是否符合|能不能享受|能否享受|达标|"
    r"\b(?:do|does|would|will|can) (?:we|i|it|they|the company) qualify\b|\bis (?:that|this|it) enough\b|\beligible\b",
    re.IGNORECASE,
)
# A part of an amount, stated as one ("其中", "of which", "… of it").
_PART_WITHIN = re.compile(r"其中|\bof which\b|\bof (?:it|that|this)\b|\bout of\b", re.IGNORECASE)
# Words of an asking clause that ask a provision's rate, not the asker's own share.
_RATE_OF_PROVISION = re.compile(r"税率|费率|利率|\b(?:tax|interest|premium) rates?\b", re.IGNORECASE)


def stated_share(question: Question) -> Calculation | None:
    """The share one amount the question states is of another it states, when it asks that share."""
    text = normalise(question.text)
    cue = _SHARE_ASKED.search(text)
    if cue is None and (eligible := _ELIGIBILITY_ASKED.search(text)) is not None and _PART_WITHIN.search(text[: eligible.start()]):
        # "收入总额1亿元，其中主营业务收入5800万元，够不够享受15%的优惠税率？": whether it qualifies turns on the share (a
        # provision's "主营业务收入占企业收入总额60%以上"), which the quoted provision is compared with
        start, _ = _asking_clause(text, eligible)
    else:
        if cue is None or not (_PART_OF.search(text[: cue.start()]) or _PART_SHARE_ASKED.search(cue.group())):
            return None
        start, asking = _asking_clause(text, cue)
        if _PAYMENT.search(asking) or _RATE_OF_PROVISION.search(asking):
            return None  # "补贴比例是多少": a provision's share, which the guide states
    found = [f for f in figures(text[:start], question=True) if f.reads_as_quantity]
    # ("50 million yuan, 28 million of it": a scaled number beside an amount of money is money too)
    stated = [f for f in found if f.dimension == "money" or (f.dimension == "" and f.scale and any(g.dimension == "money" for g in found))]
    if len(stated) != 2 or stated[0].value == stated[1].value or not all(f.value > 0 for f in stated):
        return None
    part, whole = sorted(stated, key=lambda f: f.value)
    share = (part.value / whole.value * 100).quantize(Decimal("0.01")).normalize()
    return Calculation(
        tool="stated_share",
        inputs={"part": plain(part.value), "whole": plain(whole.value)},
        steps=[f"{money_text(part.value)} ÷ {money_text(whole.value)} = {plain(share)}%"],
        result=plain(share),
        unit="%",
        clause_ids=[],
    )


# A percentage of what was just stated ("80% of it", "其中 80%").
_OF_IT_AFTER = re.compile(r"^\s*(?:of (?:it|that|this|them|these|those)\b)", re.IGNORECASE)
_OF_IT_BEFORE = re.compile(r"(?:其中|当中)\s*$")
# What a percentage is of, written after it ("80%以上的可用财力", "80% of the coal").
_OF_WHAT = re.compile(r"^\s*(?:以上|以下|左右)?\s*的\s*([\u4e00-\u9fff]{2,6})|^\s*of (?:the |our |its |their )?([a-z][a-z -]{2,30})",
                      re.IGNORECASE)
# Words before a percentage that make it a change, not a part ("增长 80%", "grew by 80%").
_CHANGE_BEFORE = re.compile(r"(?:增长|增加|提高|提升|上涨|下降|降低|减少|\bby|\bup|\bdown|\bgrew|\brose|\bfell)\s*$", re.IGNORECASE)
# Words of an asking clause that ask what a provision sets (a deduction, a tax, a fee, a loan's interest, a price), which
# a percentage the asker states of their own amount does not answer.
_PROVISION_ASKED = re.compile(r"扣|税|费|贷|息|价|\b(?:deduct\w*|tax\w*|fees?|loans?|interest|prices?|refunds?)\b", re.IGNORECASE)
# A "how much" asked.
_HOW_MUCH = re.compile(r"多少|几|\bhow (?:much|many)\b", re.IGNORECASE)


def stated_part(question: Question) -> Calculation | None:
    """The part of an amount the question states that a percentage it states is of, when it asks how much that is."""
    text = normalise(question.text)
    asks = list(_HOW_MUCH.finditer(text))
    if not asks:
        return None
    start, asking = _asking_clause(text, asks[-1])
    if _PAYMENT.search(asking) or _SHARE_ASKED.search(asking) or _RATE_OF_PROVISION.search(asking) or _PROVISION_ASKED.search(asking):
        return None
    found = [f for f in figures(text[:start], question=True) if f.reads_as_quantity]
    amounts = [f for f in found if f.dimension == "money" or (f.dimension in _MEASURES and f.unit is not None and f.unit.name)]
    percents = [f for f in found if f.dimension == "percent"]
    if len(amounts) != 1 or len(percents) != 1:
        return None
    amount, percent = amounts[0], percents[0]
    if _CHANGE_BEFORE.search(text[: percent.start]) or not 0 < percent.number < 100:
        return None
    after = text[percent.unit_end :]
    of_it = percent.start > amount.start and (_OF_IT_AFTER.match(after) or _OF_IT_BEFORE.search(text[: percent.start]))
    of_what = _OF_WHAT.match(after)
    if not of_it:
        # what it is of, named again by the amount's clause: "可用财力" of "80%以上的可用财力都用在…", "coal" of "80% of the coal"
        clause = _clause_of(text, amount).lower()
        heads = ([of_what.group(1)[:k] for k in range(len(of_what.group(1)), 1, -1)] if of_what and of_what.group(1)
                 else of_what.group(2).split()[:1] if of_what else [])
        if not any(len(head) >= 2 and head.lower() in clause for head in heads):
            return None
    if not _shares_a_word(asking, _clause_of(text, percent)):
        return None  # the part asked is not the one the percentage is of ("…出口占30%，所得税交多少")
    money = amount.dimension == "money"
    base = amount.value if money else amount.number
    unit = "元" if money else amount.unit.name  # type: ignore[union-attr]
    value = base * percent.number / 100

    def shown(v: Decimal) -> str:
        return money_text(v) if money else scaled_text(v, unit)

    return Calculation(
        tool="stated_part",
        inputs={"amount": plain(base), "percent": plain(percent.number)},
        steps=[f"{shown(base)} × {plain(percent.number)}% = {shown(value)}"],
        result=plain(value),
        unit=unit,
        clause_ids=[],
    )


def _shares_a_word(asking: str, stated: str) -> bool:
    """Does the asking clause name what the percentage's clause names: two Chinese characters in a row, or an English
    word's first four letters ("shipped out" of "ships 80% of it out", "民生" of "都用在民生上")?"""
    pairs = {asking[i : i + 2] for i in range(len(asking) - 1) if all("\u4e00" <= c <= "\u9fff" for c in asking[i : i + 2])}
    if any(pair in stated for pair in pairs - {"多少"}):
        return True
    stems = {w[:4].lower() for w in re.findall(r"[A-Za-z]{3,}", stated) if w.lower() not in ENGLISH_STOP_WORDS}
    return any(w[:4].lower() in stems for w in re.findall(r"[A-Za-z]{3,}", asking) if w.lower() not in ENGLISH_STOP_WORDS)


def _clause_of(text: str, figure: Figure) -> str:
    """The clause ``figure`` stands in ("假如一年可用财力是50亿元", "we mine 200 million tonnes of coal")."""
    start, end = _clause_around(text, figure.start, figure.end)
    return text[start:end]


# What a provision pays, named ("补贴", "奖励", "subsidy"; not "get in" of "what percentage did not get in").
_PAID_NOUN = re.compile(r"补|奖|资助|贴|\b(?:subsid(?!enc|iar)\w*|awards?|grants?|rewards?|bonus\w*|allowances?|funding)\b", re.IGNORECASE)
# An asking clause asking the share of the rest ("没上本科线的占比", "what percentage did not", "the remaining share").
_REST_ASKED = re.compile(r"没|未|不(?!同|少|低|高|超|足)|其余|剩下|剩余|\bnot\b|n't\b|\bthe rest\b|\bremaining\b", re.IGNORECASE)


def stated_rest(question: Question) -> Calculation | None:
    """The share left of the one percentage a question states, when it asks the share of the rest: "本科上线率是95%，
    没上本科线的占比是多少？" is 100% − 95% = 5%."""
    text = normalise(question.text)
    cue = _SHARE_ASKED.search(text)
    if cue is None:
        return None
    start, asking = _asking_clause(text, cue)
    if _PAID_NOUN.search(asking) or _RATE_OF_PROVISION.search(asking) or not _REST_ASKED.search(asking):
        return None
    stated = [f for f in figures(text[:start], question=True) if f.reads_as_quantity and f.dimension != "years"]
    if len(stated) != 1 or stated[0].dimension != "percent" or not 0 < stated[0].number < 100:
        return None
    share = stated[0].number
    rest = 100 - share
    return Calculation(
        tool="stated_rest",
        inputs={"percent": plain(share)},
        steps=[f"100% − {plain(share)}% = {plain(rest)}%"],
        result=plain(rest),
        unit="%",
        clause_ids=[],
    )
