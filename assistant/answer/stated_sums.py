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

Stated shares: "total revenue of 50 million yuan, 28 million of it from the main business. What share is
that?" is 28 ÷ 50 = 56%. The principle: when a question states two amounts of one kind, one of them part of
the other (其中, 占, of it, out of, or an ask naming a part's share itself: 占比, 比重, 研发投入强度), and asks in a
clause that names no payment or rate of a provision what share or proportion that is (占比, 比例, what share,
what percentage), the answer is the smaller over the larger.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from assistant.answer.question import ENGLISH_STOP_WORDS, Question
from assistant.models import Calculation
from assistant.quantities import Figure, figures, money_text, normalise, number_word, plain

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
_ASKING_WORDS = re.compile(r"合计|一共|加起来|加在一起|累计|总共|总计|至少|最多|最少|最高|大概|大约|多少|是|的|了|吗|呢|共|计")


@dataclass
class StatedSumCalculator:
    """Adds up the amounts a question states when it asks their total."""

    tokenize: Callable[[str], list[str]]  # the guide's tokens of a text, English translated

    def __call__(self, question: Question) -> Calculation | None:
        text = normalise(question.text)
        cue = _SUM_ASKED.search(text)
        if cue is None:
            return None
        start, end = _clause_around(text, cue.start(), cue.end())
        asking = text[start:end]
        if _PAYMENT.search(asking):
            return None  # "一共能拿多少补贴": what provisions pay, summed by the totals calculator
        stated = [f for f in figures(text[:start], question=True) if f.reads_as_quantity and f.dimension == "money"]
        asked = _ASKING_WORDS.sub(" ", _SUM_ASKED.sub(" ", _YEARS.sub(" ", asking)))  # ("三年加起来" names nothing summed)
        named = self._words(" ".join(w for w in asked.split() if w.lower() not in ENGLISH_STOP_WORDS))
        if named:
            stated = [f for f in stated if named & self._words(self._before(text, f, question.lang))]
        if len(stated) < 2:
            return None
        total = sum((f.value for f in stated), Decimal(0))
        added = " + ".join(money_text(f.value) for f in stated)
        years = _years_counted(asking)
        if years and all(_YEARLY.search(self._clause(text, f)) for f in stated):
            total *= years
            added = f"({added}) × {years}{'年' if question.lang == 'zh' else ' years'}"
        steps = [f"{added} = {money_text(total)}"]
        return Calculation(
            tool="stated_sum",
            inputs={f"amount_{i + 1}": plain(f.value) for i, f in enumerate(stated)},
            steps=steps,
            result=plain(total),
            unit="元",
            clause_ids=[],
        )

    def _words(self, text: str) -> set[str]:
        return {t for t in self.tokenize(text) if any("\u4e00" <= c <= "\u9fff" for c in t)}

    @staticmethod
    def _clause(text: str, figure: Figure) -> str:
        """The clause of the question ``figure`` stands in."""
        start, end = _clause_around(text, figure.start, figure.end)
        return text[start:end]

    @staticmethod
    def _before(text: str, figure: Figure, lang: str) -> str:
        """The words just before ``figure`` in its clause ("缴了增值税" of "缴了增值税1.3亿元")."""
        before = _CLAUSE_END.split(text[: figure.start])[-1] if lang == "zh" else text[: figure.start]
        if lang == "zh":
            return re.split(r"[、和及与]", before)[-1][-CONTEXT_CHARS:]
        return " ".join(before.split()[-CONTEXT_WORDS:])


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
# Words of an asking clause that ask a provision's rate, not the asker's own share.
_RATE_OF_PROVISION = re.compile(r"税率|费率|利率|\b(?:tax|interest|premium) rates?\b", re.IGNORECASE)


def stated_share(question: Question) -> Calculation | None:
    """The share one amount the question states is of another it states, when it asks that share."""
    text = normalise(question.text)
    cue = _SHARE_ASKED.search(text)
    if cue is None or not (_PART_OF.search(text[: cue.start()]) or _PART_SHARE_ASKED.search(cue.group())):
        return None
    start, end = _clause_around(text, cue.start(), cue.end())
    asking = text[start:end]
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
