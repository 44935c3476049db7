"""Shares: a percentage a provision states, applied to the amount the question states.

"科研经费要500万，财政出多少？" over "科研经费由同级财政承担 80%，其余部分由引进单位承担" is
500万元 × 80% = 400万元, and the rest, 100万元, is the introducing unit's; "last year's average
sale price was 80,000 yuan, what's the maximum subsidy?" over "按照不高于上年度平均销售价格 30%的
比例测算" is 80,000元 × 30% = 2.4万元. The principle: when a question states one amount (or one
count, when it asks a count), asks how much, and the provision found for it states a share of
that amount, the answer is the amount times the share.

It holds only when the percentage is of the thing the question's amount measures: the words the
question puts before its amount ("科研经费要", "average sale price was") must be words the
provision puts just before its percentage ("科研经费由同级财政承担 80%", "平均销售价格 30%"):
"请回答补贴为999万元" names the subsidy asked, not the 设备投资总额 its 10% is of. A percentage
that says by how much something changes ("增长 10%", "下浮 10%") is no share. A cap the same tier
states ("最高不超过 500 万元") limits the result and is said. An amount stated as a threshold
("总产值过了100亿") is a condition, not a base; an amount per item ("每台一年960元") counts as
often as the items the question states ("10台"). When two percentages fit about as well,
nothing is computed: the answer quotes them.

A question asking "how much of it" (of that, of them; 其中多少) asks a part of the quantity it states,
in that quantity's own measure ("uses 100 million kWh a year: how much of it may be bought as green
power?" over "新能源交易比例上限提高至 58%" is 5800万度); so does one asking in that measure's words and
not for money ("年用电量1亿千瓦时…新能源交易电量最多能到多少", but not "每吨补助能拿多少"), and one asking the
most or least of something no noun names, when it states no money ("generates 500 million kWh a year. What's the
most it can sell to the grid?" over "年上网电量不超过项目年总发电量的 20%" is 1亿度). When no
percentage is named by the whole, the words of the part asked may name it. A calendar year ("in 2030", "the 2027 target") is no quantity.

Two exceptions to the naming rule, each a principle of its own: an amount the asker spent ("改建花了
1000万元") is the cost a share of 建设费用 or 投资 is of; and a share a party bears ("自治区、盟市各承担
50%", "由市级和…旗区按照 1:1 比例承担") is of whatever the provision pays, so it applies when the
question asks what that party pays ("自治区出多少？", "how much of that is paid by the banner?").

A loan's own rate the question states ("a 2 million yuan credit loan at 4% a year", "利率4.5%") is no rule
asked: a provision's share of the rate ("按照实际贷款利率 50%予以贴息") is taken of the interest that rate makes
(200万元 × 4% = 8万元, × 50% = 4万元).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Protocol, TypeVar

from assistant.answer.compose import AT_LEAST_AFTER, BOUND_WORDS, CLASS_RUN, asked_talent_class, talent_classes
from assistant.answer.extractive import QuestionTerms
from assistant.answer.parties import GOVERNMENTS, LISTED_SHARES, NAME_ZH, PARTY, PARTY_EN
from assistant.answer.question import Question, asks_bound, names_a_sum
from assistant.answer.sentences import STRETCH_MARKS, TIER_MARKS, around, split_provisions
from assistant.models import Calculation, Clause
from assistant.quantities import Figure, figures, money_text, normalise, plain, scaled_text, sizes_a_project

# How many of the best clauses found are read, and the least share of the question's weighted
# words (with the clause's headings) a provision must state.
CLAUSES_READ = 3
MIN_COVERAGE = 0.25
# ...and when none of them states a share of the amount the question states, the best five: the base's own words name
# the provision ("拿到转化收益500万元" of "不低于 70%的转化收益"), which a question telling much of its situation may rank lower
BASE_CLAUSES_READ = 5
# A line of a table ("第一档价格：2.06 元/立方米") is no longer than this: its headings say what it is
# about ("3.天然气价格 › ——居民用气"), so they count in full; a longer provision names its own subject
# and its headings count at HEADING_WEIGHT.
TABLE_LINE_CHARS = 24
HEADING_WEIGHT = 0.3
# A row of a table, however long: its label, then its values with no sentence between them
# ("不满1KV:一档0.415元;二档0.465元;三档0.715元").
_TABLE_ROW = re.compile(r"[^，,。；;:：]{1,16}[:：][^，,。:：]*")
# How many characters (Chinese) or words (English) before the question's amount say what it is.
BASE_CONTEXT_CHARS = 8
BASE_CONTEXT_WORDS = 12
# Words naming what is paid, not what a share is of.
_PAID = re.compile(r"奖|补|资助|扶持|支持|贴息")
# How many characters after "N%的" may name what the share is of ("70%的转化收益").
SHARE_OF_CHARS = 6
# "90%计入收入总额": a share counted into a total, which names what it is a share of.
_COUNTED_INTO = re.compile(r"\s*(?:计入|计作|列入)(?:当年)?([\u4e00-\u9fff]{2,6})")
# The measures a share of a stated quantity is computed in ("100亿度" → 30亿度, "200万吨" → 124万吨).
_MEASURES = frozenset({"energy", "weight", "volume", "area"})


# How much better (in shares of the question's weighted words) the percentage computed must fit
# than any other percentage of another value found.
MARGIN = 0.05
# A share is computed only from a provision fitting at least this share as well as the best-fitting one taking a
# percentage of something ("按照实际贷款利息的 30%"), when no party's share is asked.
WORSE_FIT = 0.8

# Things a provision names only to leave them out ("（不含单晶硅、多晶硅）", "（除房地产开发企业外）").
_LEFT_OUT = re.compile(r"[（(](?:不含|不包括|除)[^（()）]*[）)]")
# The words before a percentage that make it a change, not a share ("增长 10%", "下浮 10%").
# ("高于当地平均水平的 30%": higher by 30%, a change of the average; "不低于 30%" is a floor of a share)
_CHANGE = re.compile(
    r"(?:增长|增加|提高|提升|上涨|上浮|下浮|下降|降低|减少|减免|优惠|增幅|降幅|同比|环比)(?![^，,；;。\d]{0,2}[至到])[^，,；;。\d]{0,4}$|"
    r"(?<!不)(?:高于|低于)[^，,；;。\d%]{0,12}?的?\s*$"
)
# An amount the question states as a threshold ("总产值过了100亿", "more than 10 million yuan") is a
# condition it meets, not the amount a share is taken of.
_THRESHOLD_BEFORE = re.compile(
    r"(?:超过|过了|达到|达|满|突破|不低于|不少于|高于|over|more than|exceeds?|exceeding|above|at least|reach(?:es|ed)?)\s*$", re.IGNORECASE
)
_THRESHOLD_AFTER = re.compile(r"\s*(?:(?:及|或|（含）)?以[上下]|以内|多(?!少)|出头|or more|and above|plus\b|\+)", re.IGNORECASE)


# A percentage a provision states as a condition of whom it names ("主导产业占农牧业总产值 50%以上的现代农牧业
# 产业园", "增长 20%（含）以上的企业"), not a share paid or a change to compute ("奖补资金总额的 95%以上由…拨付"
# and "比例达到 30%以上" are floors of one).
# ("比例达到3%以上或研发投入达到5000万元以上的规模以上企业": one of two conditions, the other after 或)
CONDITION_AFTER = re.compile(r"\s*(?:\(含\)|（含）)?\s*(?:及|或)?\s*(?:以上|以下|以内)\s*(?:的|[或且](?=[^，,。；;]{0,30}的))")
# A share bounded by the words before it ("比重超过 40%", "不低于 60%"): a level to reach.
_BOUND_BEFORE = re.compile(r"(?:超过|不低于|不少于|达到|高于|大于)\s*$")
# The words before an amount that state it as an increase ("研发投入增加了", "raised its R&D spending by"), and the
# words before a share that take it of an increment ("增量部分按 150%加计").
_INCREASE_STATED = re.compile(r"(?:增加|增长|提高|多)了?\s*$|\b(?:rose|risen|raised|increased|grew|grown|went up|up)\b[^,.;]{0,40}\bby\s*$|"
                              r"\bincrease(?:d)?\s+(?:of|by)\s*$", re.IGNORECASE)
_INCREMENT_SHARED = re.compile(r"增量部分|新增部分|增加部分")
# The least a question asks to qualify ("主营业务收入至少要多少才算鼓励类企业", "what minimum … do we need to count as…"):
# the share a provision sets as its condition ("占企业收入总额 60%以上的企业") is the one asked.
_REQUIREMENT_ASKED = re.compile(
    r"(?:至少|最少|最低|起码)[^，,。；;？?]{0,12}(?:多少|几)[^，,。；;？?]{0,8}(?:才|方)|(?:至少|最少|最低|起码)要?(?:超过|达到)多少|"
    r"\b(?:minimum|at least)\b[^?]{0,80}\b"
    r"(?:to (?:count|qualify|be counted|be treated|meet|get|enjoy|obtain|claim|be eligible|be entitled)|needed|required|"
    r"(?:do|does) (?:we|it|they|i) need)\b",
    re.IGNORECASE,
)


# A bound a phrase closed by 的 sets on whom a provision names ("裁员率不高于参保职工总数 20%的；…").
_BOUND_OF_WHOM = re.compile(rf"(?:{BOUND_WORDS})[^，,；;。\d]{{0,12}}$")
_CLOSED_WHOM = re.compile(r"\s*的\s*[，,；;。]")


def stated_as_threshold(text: str, figure: Figure) -> bool:
    """Does the question state ``figure`` as a threshold it meets ("总产值过了100亿", "more than 10
    million yuan"), not as an amount to compute with?"""
    return bool(_THRESHOLD_BEFORE.search(text[: figure.start]) or _THRESHOLD_AFTER.match(text, figure.unit_end))


# A cap stated per mu of area ("亩均补贴不超过 2万元", "每亩最高…"), within this many characters before it.
_PER_UNIT_CAP = re.compile(r"亩均|每亩")
PER_UNIT_CAP_WINDOW = 14
# "其余部分由引进单位承担": the rest of the amount goes to another party.
_REST = re.compile(r"其余|剩余|余下|剩下")
# A cap on what is paid ("最高不超过 500 万元", "最多 20 万元") stated after the percentage in its tier.
_CAP = re.compile(r"(?:最高|最多|不超过|上限)[^，,；;。\d]{0,6}$")
# A loan the question states ("贷款 8000 万", "borrowed 80 million yuan") and a provision's interest
# rate or subsidy on it ("给予年利率 3%的贷款贴息支持"): the rate is a share of the loan.
_LOAN = re.compile(r"贷款|借了|借款|融资|\b(?:loans?|borrow(?:ed|ing|s)?|credit)\b", re.IGNORECASE)
_INTEREST = re.compile(r"利率|贴息|利息")
_INTEREST_PAID = re.compile(r"利息|\binterest\b(?!\s+(?:rate|subsid(?!enc|iar)))", re.IGNORECASE)
_INTEREST_RATE = re.compile(r"利率\s*$")  # "按照实际贷款利率 50%": a share of the rate itself
# A share stated as a part of a whole ("财政科技支出占一般公共预算支出不低于"): the part before 占, the whole after it.
# (the words of the lead before 占 name the part, "主导产业特色优势明显，产值"; "占比不低于" is a share of nothing named)
_SHARE_OF_WHOLE = re.compile(
    r"(?P<part>.+?)占(?!比)(?P<whole>[\u4e00-\u9fff]{2,16}?)的?(?:比重|比例)?(?:不低于|不少于|不超过|达到|达|超过|为)?\s*$"
)
# An amount the asker spent ("花了", "投了", "spent"), or the price of what was bought ("买了…，8万元", "价格20万元"),
# is the cost or investment a provision's share is of.
_SPENT = re.compile(
    r"花了|花费|投了|投入了?|投资了|买了|购买了?|购置了?|价格|价钱|\b(?:spent|spend|costs?|costing|invest(?:s|ed|ing)?|putting|paid|priced)\b|"
    r"\b(?:built|bought|purchased|repaired|renovated)\b[^,;.]*\bfor\s*$",  # "built 80 mu of sheds for 1.2 million yuan"
    re.IGNORECASE,
)
_COST_WORDS = "费用 投资 投入 成本"
# A share a party bears of what a provision pays ("自治区、盟市各承担 50%"), asked of that party
# ("自治区出多少？", "how much does the banner pay?").
_BORNE = re.compile(r"承担|负担|分担|出资|配套")
_PAYERS = re.compile(r"中央|自治区|盟市|旗区|旗县|财政|企业|个人|(?<![伊])旗(?!下)|(?<![城])市(?!场)")
_PAYER_ASKED = re.compile(
    r"(?:中央|自治区|盟市|旗区|旗县|财政|旗|市)[^，,。？?]{0,4}(?:出|承担|负担|掏|付|给)多少|出多少|承担多少|负担多少"
)
# The verbs of a government's paying, asked in English ("paid by the banner", "does the city pay"), and a party
# paying, asked ("does the local banner pay").
_PAID_BY_EN = r"(?:paid|borne|covered|funded|shouldered|contributed)\s+by"
_PARTY_PAYS_EN = (r"(?:does|do|will|would|must|should) (?:the\s+)?(?:local\s+)?(?P<who>" + PARTY_EN + r")\s+"
                  r"(?:pay|contribute|cover|bear|give)")
# The same asked in English: "how much of that is paid by the banner?", "how much of it came from the banner?",
# "how much does the city pay?"
_PAYER_ASKED_EN = re.compile(
    rf"\b(?:{_PAID_BY_EN}|(?:comes?|came|coming)\s+from)\s+(?:the\s+)?(?:local\s+)?(?P<by>{PARTY_EN})\b|"
    # ("how much of the subsidy does the autonomous region pay?")
    rf"\bhow much (?:of (?:it|that|this|(?:the|this|that|its) [a-z-]+(?: [a-z-]+){{0,3}}) )?{_PARTY_PAYS_EN}\b",
    re.IGNORECASE,
)
# A party's part of a sum asked in one breath ("how much of the subsidy is paid by the region", "其中自治区出多少"):
# of the amount the question's quantity brings, not what the party pays on its own.
_PAYER_OF_IT_EN = re.compile(
    rf"\bhow much of (?:the|this|that|it|its)\b[^?]{{0,40}}?\b(?:{_PAID_BY_EN}|{_PARTY_PAYS_EN})\b",
    re.IGNORECASE,
)
_PAYER_OF_IT = re.compile(r"其中[^，,。？?]{0,8}(?:出|承担|负担)多少")
# "由市级和…属地旗区按照 1:1 比例承担": a split between the parties named before it.
_RATIO = re.compile(r"(?<![\d.])(\d{1,2})\s*[:：]\s*(\d{1,2})(?![\d.])")


def _asked_payers(question: str) -> set[str]:
    """The parties a question asks the share of ("自治区出多少？" → 自治区, "paid by the banner" → 旗)."""
    if m := _PAYER_ASKED_EN.search(question):
        return {NAME_ZH[(m.group("by") or m.group("who")).lower()]}
    return set(_PAYERS.findall(question)) if _PAYER_ASKED.search(question) else set()


def asks_payer(text: str) -> bool:
    """Does ``text`` ask what a party pays ("自治区出多少？", "how much does the banner pay?")?"""
    return bool(_asked_payers(text))


def _pays(asked: set[str], named: Sequence[str]) -> bool:
    """Is a party asked one of those named (旗 is 旗区 or 旗县, 市 is 市级)?"""
    return any(n.startswith(a) or a.startswith(n) for a in asked for n in named)


def _ratio_shares(text: str, asked: set[str]) -> list[Figure]:
    """The part of a ratio ("按照 1:1 比例承担") the party asked bears, as a percentage figure standing
    where the ratio does; only a ratio between two parties the stretch names before it, borne (承担,
    出资…), and splitting into whole percentages."""
    out: list[Figure] = []
    if not asked:
        return out
    template = figures("1%")[0]
    for m in _RATIO.finditer(text):
        seg_start, seg_end = around(text, m.start(), m.end(), STRETCH_MARKS)
        parties = _PAYERS.findall(text[seg_start : m.start()])
        if len(parties) != 2 or not _BORNE.search(text[m.end() : seg_end]):
            continue
        which = next((i for i, p in enumerate(parties) if _pays(asked, [p])), None)
        a, b = int(m.group(1)), int(m.group(2))
        if which is None or a + b == 0 or (100 * (a if which == 0 else b)) % (a + b):
            continue
        percent = Decimal(100 * (a if which == 0 else b) // (a + b))
        out.append(replace(template, start=m.start(), end=m.end(), unit_end=m.end(), raw=m.group(0), written=percent,
                           number=percent, text=m.group(0)))
    return out




def _respective_party(text: str, figure: Figure) -> str | None:
    """The party a share is borne by when parties and their shares are listed in order ("中央和自治区分别承担
    45%和 30%": 45% → 中央), or None when ``figure`` is no such share."""
    for m in LISTED_SHARES.finditer(text):
        if not m.start("shares") < figure.end <= m.end("shares"):
            continue
        parties = GOVERNMENTS.findall(m.group("parties"))
        ends = [m.start("shares") + f.end for f in figures(m.group("shares")) if f.dimension == "percent"]
        if len(parties) == len(ends) and figure.end in ends:
            return parties[ends.index(figure.end)]
    return None


# What the asker pays of an amount the parties' shares are of: "农户自己每亩要交多少", "what do we pay ourselves".
_OWN_PART = re.compile(
    r"自己|自付|自负|自掏|自筹|\b(?:ourselves|myself|itself|themselves|yourself|out of pocket|(?:our|my|its|their) own share)\b",
    re.IGNORECASE,
)


def _named_parties(question: str) -> list[str]:
    """The governments a question names as payers, in the guide's words ("central and regional" → 中央, 自治区)."""
    zh = re.findall(r"中央|自治区|盟市|旗区|旗县", question)
    en = [NAME_ZH[w] for w in re.findall(r"[a-z]+", question.lower()) if w in NAME_ZH]
    return list(dict.fromkeys(zh + en))


def _parties_shares(text: str, question: str) -> list[Figure]:
    """The sum of the shares parties bear ("中央和自治区分别承担 45%和 30%"), as one percentage figure
    standing where the first share does, when the question names every one of those parties and adds
    them up ("covered by the central and regional subsidies together") or asks what is left to the
    asker ("只算中央和自治区的补贴，农户自己交多少"); else none."""
    named = _named_parties(question)
    if len(named) < 2 or not (names_a_sum(question) or _OWN_PART.search(question)):
        return []
    out: list[Figure] = []
    for m in LISTED_SHARES.finditer(text):
        parties = GOVERNMENTS.findall(m.group("parties"))
        shares = [f for f in figures(m.group("shares")) if f.dimension == "percent"]
        if len(parties) != len(shares) or not all(_pays(set(named), [p]) for p in parties):
            continue
        first = shares[0]
        total = sum((f.number for f in shares), Decimal(0))
        start = m.start("shares") + first.start
        raw = "+".join(f"{plain(f.number)}%" for f in shares)
        out.append(replace(first, start=start, end=start + len(first.raw), unit_end=m.end("shares"), raw=raw,
                           written=total, number=total, text=raw))
    return out


# "销售额较上一年每新增 100 万元奖励 2 万元": an amount paid per a step of money, a share of the amount stepped over.
_PER_STEP = re.compile(
    r"每(?:新增|增加|多)\s*(?P<step>\d+(?:\.\d+)?\s*[万亿]?元)[^，,；;。\d]{0,6}?(?:奖励|补贴|奖补|给予)\s*(?P<paid>\d+(?:\.\d+)?\s*[万亿]?元)"
)


def _step_shares(text: str) -> list[Figure]:
    """Each amount paid per a step of money ("每新增 100 万元奖励 2 万元") as the percentage it is of the
    amount stepped over (2%), standing where the step is written."""
    out: list[Figure] = []
    template = figures("1%")[0]
    for m in _PER_STEP.finditer(text):
        step, paid = figures(m.group("step"))[0], figures(m.group("paid"))[0]
        if step.dimension != "money" or paid.dimension != "money" or not step.value:
            continue
        percent = paid.value * 100 / step.value
        raw = "".join(f"{m.group('step')}→{m.group('paid')}".split())
        out.append(replace(template, start=m.start("step"), end=m.end("step"), unit_end=m.end("paid"), raw=raw,
                           written=percent, number=percent, text=raw))
    return out


# "补贴额不超过中央财政定额补贴的 1/3": a share written as a fraction of what is named before it.
_FRACTION = re.compile(r"(?<![\d./])(\d{1,2})\s*/\s*(\d{1,2})(?![\d./])")
_FRACTION_OF = re.compile(r"的\s*$")


def _fraction_shares(text: str) -> list[Figure]:
    """Each fraction a provision takes of what it names before it ("…定额补贴的 1/3"), as the percentage it
    is, standing where the fraction is written."""
    out: list[Figure] = []
    template = figures("1%")[0]
    for m in _FRACTION.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if not 0 < a < b or not _FRACTION_OF.search(text[: m.start()]):
            continue
        percent = Decimal(100 * a) / Decimal(b)
        out.append(replace(template, start=m.start(), end=m.end(), unit_end=m.end(), raw=m.group(0).replace(" ", ""),
                           written=percent, number=percent, text=m.group(0)))
    return out


def _full_shares(text: str) -> list[Figure]:
    """Each "全额" of a provision ("全额奖补…的企业认证费用": all of the cost it names after it) as 100%, and each
    "等额" ("按自治区奖金额度给予等额奖励": as much again as the amount it names before it)."""
    template = figures("1%")[0]
    hundred = Decimal(100)
    return [replace(template, start=m.start(), end=m.end(), unit_end=m.end(), raw=m.group(0), written=hundred, number=hundred,
                    text=m.group(0)) for m in re.finditer("全额|等额", text)]


def _multiple_shares(text: str) -> list[Figure]:
    """Each multiple a provision takes of what it names just before it ("按国家奖金额度的 5倍给予"), as the
    percentage it is (500%), standing where the multiple is written; a growth ("增加约一倍") names nothing it
    is of."""
    out: list[Figure] = []
    template = figures("1%")[0]
    for f in figures(text):
        if f.dimension != "multiple" or f.chinese or not _FRACTION_OF.search(text[: f.start]):
            continue
        percent = f.number * 100
        raw = f"{plain(f.number)}倍"
        out.append(replace(template, start=f.start, end=f.end, unit_end=f.unit_end, raw=raw, written=percent, number=percent, text=raw))
    return out


# Where an English sentence's clause ends: a comma, stop or mark, but not the comma of "5,000".
_CLAUSE_END_EN = re.compile(r"[;?!]|[,.](?!\d)")
# English names an amount's thing after it: "12 million yuan of equipment", "60,000 yuan in service
# fees", "40 million yuan worth of investment"; the noun phrase runs to the clause's end or a verb.
_NAMED_AFTER_EN = re.compile(
    r"\s*(?:worth\s+)?(?:(?:left\s+over|left|remaining|earned|received|raised|saved)\s+)?(?:(?:of|in|into|on|for|towards?|from)\s+)?"
    r"(?:(?:a|an|the|our|its|their)\s+)?"
    r"(?P<what>(?:(?!(?:this|that|last|next|each|per|a|an|and|or|but|to|at|we|our|it|is|was|will|which|with)\b)[a-z][a-z-]*\s*){1,6})",
    re.IGNORECASE,
)

# "how much of it / of that", "其中多少": a part of the quantity the question states is asked.
OF_IT = re.compile(r"\bhow (?:much|many)\b[^?.;]{0,30}?\bof (?:it|that|this|them|these|those)\b|其中[^，,。？?]{0,8}多少", re.IGNORECASE)
# A calendar year a question names ("in 2030", "the 2027 target", "2025年"): a date, not an amount.
_YEAR_NAMED = re.compile(r"(?:19|20)\d\d")
# ("end-2024", "mid 2025": a point in a year)
_YEAR_BEFORE = re.compile(r"\b(?:in|by|until|till|before|after|since|from|to|the|of|for|through|end|mid|early|late|year-end)[\s-]*$",
                          re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s*(?:年|\b(?:target|goal|level|plan|figure)s?\b)", re.IGNORECASE)


def names_year(text: str, figure: Figure) -> bool:
    """Is ``figure`` a calendar year the question names ("in 2030", "the 2027 target", "end-2024", "2025年")?"""
    return (figure.unit is None and not figure.scale and bool(_YEAR_NAMED.fullmatch(figure.raw))
            and bool(_YEAR_BEFORE.search(text[: figure.start]) or _YEAR_AFTER.match(text, figure.end)))


# The words that ask a part of a measure in that measure ("the most electricity it may sell", "how much
# prefabricated floor area"), and those that ask money instead ("what's the bill").
_MEASURE_ASKED = {
    "energy": re.compile(r"electricity|power|\bkwh\b|电量|用电|电力|度", re.IGNORECASE),
    "area": re.compile(r"\barea\b|floor|square|\bmu\b|面积|平方|亩", re.IGNORECASE),
    "weight": re.compile(r"\btonnes?\b|\btons?\b|\bkg\b|吨|公斤", re.IGNORECASE),
    "volume": re.compile(r"\bcubic\b|立方", re.IGNORECASE),
}
# ("每吨补助能拿多少", "the subsidy per tonne": a grant by the measure, which the unit price computes)
_MONEY_ASKED = re.compile(r"\byuan\b|\brmb\b|\bcost|\bbill\b|\bfees?\b|\bprice|\bpay|\bcharge|\bsubsid(?!enc|iar)|\bgrant|\baward|\breward|"
                          r"\bper\b|钱|元|费|价|补|奖|每", re.IGNORECASE)

# A percentage that names a rule ("under the 50% rule", "the 50% reduction").
# (a tax rate named as what qualifying brings, "收入总额8000万，主营业务收入起码要多少才能享受15%的税率？", is not the share
# asked of the amount either: the share is the provision's condition for that rate)
_NAMES_TAX_RATE = re.compile(r"\s*的?\s*(?:优惠)?(?:企业所得)?税率|\s*(?:(?:corporate\s+)?(?:income\s+)?tax\s+)?rate\b", re.IGNORECASE)
_NAMES_RULE = re.compile(rf"\s*(?:rule|reduction|cut|discount|policy|scheme)\b|{_NAMES_TAX_RATE.pattern}", re.IGNORECASE)
_CLAUSE_BEFORE = re.compile(r"[，,。；;？?]")

# The scales a bare sum is spoken in ("80万", "5 trillion"): money, its 元 left out.
_MONEY_SCALES = frozenset({"万", "亿", "million", "billion", "trillion"})

# A number a question writes with a counting word after it ("40 辆", "3个"), or none.
_COUNTED = re.compile(r"\s*(?:个|名|位|人|项|家|件|种|支|头|只|台|辆|套|所|座|户|批|次)")


# "每台一年960元": an amount per item, and the counting word of the item.
_PER_ITEM = re.compile(r"每(个|名|位|人|项|家|件|支|头|只|台|辆|套|所|座|户)")
_ITEMS = re.compile(r"(?<![\d.])(\d+)\s*(个|名|位|人|项|家|件|支|头|只|台|辆|套|所|座|户)")


# An amount per mu: "保费每亩100元" (before it), "100 yuan per mu", "100元/亩" is a price already.
_PER_MU_BEFORE = re.compile(r"每亩\s*$|亩均\s*$")
_PER_MU_AFTER = re.compile(r"\s*(?:per|a|each|every)\s+mu\b", re.IGNORECASE)


def _counts(text: str) -> list[tuple[int, str]]:
    """The numbers of items ``text`` states, each with its counting word ("10台" → (10, "台"))."""
    return [(int(m.group(1)), m.group(2)) for m in _ITEMS.finditer(text)]


# A loan's own interest rate a question states ("a 2 million yuan credit loan at 4% a year", "贷款利率4%"): what
# a provision's share of the rate ("按照实际贷款利率 50%予以贴息") is taken of, with the loan.
_RATE_BEFORE = re.compile(r"(?:\bat|\brate of|利率(?:是|为)?|年息)\s*$", re.IGNORECASE)


def loan_rate(text: str) -> Figure | None:
    """The one interest rate of a loan ``text`` states, or None."""
    if not _LOAN.search(text):
        return None
    rates = [f for f in figures(text, question=True) if f.dimension == "percent" and _RATE_BEFORE.search(text[: f.start])]
    return rates[0] if len(rates) == 1 else None


# A noun right after an amount that ends its stretch ("6万元利息，", "8万元的保费？").
_NAMED_AFTER_ZH = re.compile(r"的?([\u4e00-\u9fff]{1,4})(?=[，,。；;？?！!]|$)")


def amount_context(text: str, figure: Figure, lang: str) -> str:
    """The words of a question that say what its amount ``figure`` is: the few characters (words) before it
    in its clause, and in English the thing named after it ("12 million yuan of equipment")."""
    before = text[: figure.start]
    if lang == "zh":
        stretches = re.split(r"[，,]", re.split(r"[。；;？?！!]", before)[-1])
        if not stretches[-1].strip() and len(stretches) > 1:
            # an amount standing alone between commas ("买了台播种机，8万元，") is said by the whole stretch before it
            return stretches[-2]
        # (and by the noun its stretch ends with: "一年付了6万元利息，")
        named = _NAMED_AFTER_ZH.match(text, figure.unit_end)
        return stretches[-1][-BASE_CONTEXT_CHARS:] + (f" {named.group(1)}" if named else "")
    context = " ".join(_CLAUSE_END_EN.split(before)[-1].split()[-BASE_CONTEXT_WORDS:])
    if named_after := _NAMED_AFTER_EN.match(text, figure.unit_end):
        context += " " + named_after.group("what")
    return context


@dataclass
class Share:
    clause: Clause
    percent: Figure
    after: str  # the provision's words from the percentage to the end of its tier
    score: float
    lead: str = ""  # the provision's words of its stretch before the percentage ("按照实际贷款利率")
    coverage: float = 0.0  # the share of the question's weighted words its provision states


@dataclass
class ShareCalculator:
    """Applies the percentage of the provision a question is about to the amount it states."""

    tokenize: Callable[[str], list[str]]  # the guide's tokens of a text, English translated

    def __call__(
        self, question: Question, clauses: Sequence[Clause], terms: QuestionTerms, sized_part: int | None = None
    ) -> Calculation | None:
        """The share; with ``sized_part`` the one that part's size of enterprise bears ("What if we were a large
        company?"), noted as that part's."""
        asked = {p.slot for p in question.parts}
        # a bare "多少" ("财政承担多少？") asks in the kind of the amount the question states
        # (and so does "what's the most it can sell to the grid?", the most of something asked with no noun naming it)
        bare = any((p.slot == "count" and not p.counted and not p.measure) or (p.slot == "fact" and asks_bound(p.text))
                   for p in question.parts)
        kinds = ["money"] if "amount" in asked else ["money", "count"] if bare else ["count"] if "count" in asked else []
        # "一年用电100亿度…可再生能源至少要用多少度？": a share of a quantity the question states in the measure it asks
        kinds += [m for p in question.parts if p.slot == "count" and (m := p.measure) in _MEASURES and m not in kinds]
        text = normalise(question.text)
        of_it_stated = bool(OF_IT.search(text))
        stated_figures = figures(text, question=True)
        states_money = any(g.dimension == "money" for g in stated_figures)
        for f in stated_figures:
            # "uses 100 million kWh a year: how much of it may be…", "use 200 million kWh of power a year. What's
            # the most we can buy as new-energy trading power?": a part of the quantity the question states, in
            # its own measure, asked as "of it" or in words of that measure (power, floor area), not as money
            rest = text[f.unit_end :]
            # (or a bare figure asked, "what's the most it can sell to the grid?", of a question stating no money)
            if f.dimension in _MEASURES and f.dimension not in kinds and (
                    of_it_stated or (_MEASURE_ASKED[f.dimension].search(rest) and not _MONEY_ASKED.search(rest))
                    or (bare and not states_money)):
                kinds.append(f.dimension)
        base, kind = None, ""
        for kind in kinds:
            if (base := self._base(question, kind)) is not None:
                break
        if base is None:
            return None
        figure, context, items, per = base
        # ("We're an SME… How much refund? What if we were a large company?": the first part's size is the one computed)
        first = question.parts[0].text if question.parts else question.text
        sized = first if len(question.parts) > 1 and _sizes(first) and _sizes(first) != _sizes(question.text) else question.text
        if sized_part is not None:
            sized = question.parts[sized_part].text
        share = self._share(clauses, terms, context, question.text, paid=kind == "money", sized=sized)
        if share is None:
            share = self._share(clauses, terms, context, question.text, paid=kind == "money", sized=sized, read=BASE_CLAUSES_READ)
        if share is None and ((of_it := OF_IT.search(question.text)) or kind in _MEASURES):
            # "how much of it may be fed into the grid": when no share names the whole, the part asked names it
            # ("年上网电量不超过…的 20%", "新能源交易比例上限提高至 58%")
            asked_part = question.text[of_it.end() :] if of_it else text[figure.unit_end :]
            share = self._share(clauses, terms, context, question.text, asked_part, paid=kind == "money", sized=sized)
        if share is None:
            return None
        if (whole := _SHARE_OF_WHOLE.search(lead := normalise(share.lead))) is not None:
            # "…fiscal revenue was 15.4 billion yuan — how much was its general public budget expenditure?" over "科技支出占一般
            # 公共预算支出不低于 1%": the whole a share is of, asked, is no part of the sum stated (the part is named by the
            # words of its sentence before 占: "主导产业特色优势明显，产值占产业园总产值的比重达 50%")
            own = normalise(share.clause.text)
            at = own.find(lead)
            head = own[max(own.rfind(mark, 0, at) for mark in "。；;") + 1 : at] if at > 0 else ""
            asked_words = {t for t in self.tokenize(text[figure.unit_end :]) if len(t) >= 2}
            of_whole = asked_words & {t for t in self.tokenize(whole.group("whole")) if len(t) >= 2}
            of_part = asked_words & {t for t in self.tokenize(head + whole.group("part")) if len(t) >= 2}
            if len(of_whole) > len(of_part):
                return None
        rate = loan_rate(text) if kind == "money" else None
        if rate is not None and not _INTEREST_RATE.search(share.lead):
            return None  # a loan's rate stated, and a share of something else than the rate: which is asked is unclear
        stated = {f.number for f in stated_figures if f.dimension == "percent" and (rate is None or f.start != rate.start)
                  and not _NAMES_TAX_RATE.match(text, f.unit_end)}
        # (the parties' shares added up may be stated one by one: "中央和自治区分别承担45%和30%")
        added = {f.number for f in figures(share.percent.raw) if f.dimension == "percent"} if "+" in share.percent.raw else set()
        if stated and share.percent.number not in stated and not (added and stated <= added):
            return None  # the rule the question names is another
        if kind == "money" and question.lang == "zh" and _floor_unmet(share, figure, text):
            return None  # "到账金额只有150万元，给不给20%的奖励？" of "…200 万元以上的，给予…20%": it does not qualify
        fraction = _FRACTION.fullmatch(share.percent.raw)  # "1/3": exactly a third, not 33.33…%
        multiple = share.percent.raw.endswith("倍")  # "5倍": shown as the provision writes it
        over, under = (Decimal(fraction.group(1)), Decimal(fraction.group(2))) if fraction else (share.percent.number, Decimal(100))
        # (a measure in its own unit: "800,000 square metres" is 800,000 平方米, not its 1,200 亩)
        amount = (figure.number if kind in _MEASURES else figure.value) * items
        interest = amount * rate.number / 100 if rate is not None else None  # the loan's interest, a share of which is paid
        value = (interest if interest is not None else amount) * over / under
        if kind == "count" and value != value.to_integral_value():
            return None  # a share of a count that is no whole number is no answer to "how many"
        unit = "元" if kind == "money" else figure.unit.name if kind in _MEASURES and figure.unit else ""
        show: Callable[[Decimal], str] = (lambda value: scaled_text(value, unit)) if unit else plain
        zh = question.lang == "zh"
        steps = [f"{show(figure.value)} × {plain(Decimal(items))}{per} = {show(amount)}"] if items != 1 else []
        # "× 50%（1:1）", "× 75%（45%+30%）", "× 2%（100万元→2万元）", "× 100%（全额）", "× 100%（等额）": the share as the
        # provision writes it
        raw = share.percent.raw
        written = _RATIO.fullmatch(raw) or "+" in raw or "→" in raw or raw in ("全额", "等额")
        split = f"（{share.percent.raw}）" if written else ""
        rate_shown = share.percent.raw if fraction or multiple else f"{plain(share.percent.number)}%{split}"
        if interest is not None and rate is not None:
            steps.append(f"{show(amount)} × {plain(rate.number)}% = {show(interest)}")
            amount = interest
        steps.append(f"{show(amount)} × {rate_shown} = {show(value)}")
        cap = self._cap(share) if kind == "money" else None
        if cap is not None and cap_per_mu(share.after):
            # "棚内净面积亩均补贴不超过 2万元": a cap per mu is no cap on the whole amount; with the
            # area the question states it is one (2万元 × 20亩), without it the result cannot be checked
            text = normalise(question.text)
            area = [f for f in figures(text, question=True) if f.unit is not None and f.unit.name == "亩"]
            if len(area) > 1:
                # "新建了80亩…棚内净面积60亩": the area the cap is per mu of is the one named by its words
                area = [f for f in area if self._names_area(text, f, share.after)] or area
            if len(area) != 1:
                return None
            cap_shown = f"{money_text(cap)}/亩 × {plain(area[0].value)}亩 = {money_text(cap * area[0].value)}"
            cap *= area[0].value
        else:
            cap_shown = money_text(cap) if cap is not None else ""
        if cap is not None and cap < value:
            value = cap
            steps.append(f"{'最高不超过' if zh else 'capped at'} {cap_shown}")
        if "+" in share.percent.raw and _OWN_PART.search(question.text):
            # "农户自己每亩要交多少": what the parties' shares leave to the asker
            rest = amount - value
            steps.append(f"{'自己承担：' if zh else 'left to you: '}{show(amount)} − {show(value)} = {show(rest)}")
            value = rest
        elif _REST.search(share.after):
            rest = amount - value
            steps.append(f"{'其余：' if zh else 'the rest: '}{show(amount)} − {show(value)} = {show(rest)}")
        return Calculation(
            tool="share",
            inputs={"base": plain(amount), "percent": share.percent.raw if fraction or multiple else plain(share.percent.number)},
            steps=steps,
            result=plain(value),
            unit=unit,
            clause_ids=[share.clause.clause_id],
            part=sized_part,
        )

    def other_sizes(self, question: Question, clauses: Sequence[Clause], terms: QuestionTerms, first: Calculation) -> list[Calculation]:
        """The shares later parts ask for another size of enterprise than the first part's ("We're an SME… How much
        refund? What if we were a large company?" over "大型企业按…30%返还，中小微企业按不超过 60%返还")."""
        if len(question.parts) < 2 or not (sizes := _sizes(question.parts[0].text)):
            return []
        out = []
        for i, part in enumerate(question.parts[1:], 1):
            if (own := _sizes(part.text)) and own != sizes:
                other = self(question, clauses, terms, sized_part=i)
                if other is not None and other.result != first.result:
                    out.append(other)
        return out

    def _base(self, question: Question, kind: str) -> tuple[Figure, str, Decimal | int, str] | None:
        """The one amount (count) the question states, with the words before it and how many
        times it counts: an amount per item ("每台一年960元") times the items the question states
        ("10台"), or per mu ("保费每亩100元", "100 yuan per mu") times the one area it states ("1,000 mu"),
        with the unit counted ("亩" or ""); None when it states none or several, or an amount per item
        without their number."""
        text = normalise(question.text)
        found = [f for f in figures(text, question=True) if f.reads_as_quantity and not names_year(text, f)]
        if kind == "money":
            bases = [f for f in found if f.dimension == "money" or (f.unit is None and f.scale in _MONEY_SCALES
                                                                     and not _COUNTED.match(text, f.end))]
        elif kind in _MEASURES:
            bases = [f for f in found if f.dimension == kind]
        else:
            bases = [f for f in found if (f.unit is None or f.dimension == "count") and not f.scale and f.number >= 2
                     and f.number == f.number.to_integral_value() and not re.match(r"\s*年", text[f.end :])]
        # an amount stated as a threshold met ("RMB 100m+ sales") is a condition, not what a share is of
        bases = [f for f in bases if not stated_as_threshold(text, f)]
        # (a percentage naming the rule, "under the 50% rule", is the provision's, which the question applies)
        rate = loan_rate(text)
        # (and so does a party's share stated: "中央和自治区分别承担45%和30%，农户自己交多少", "the central (45%) …")
        asked_with = [f for f in found if f.dimension == "percent" and not _NAMES_RULE.match(text, f.unit_end)
                      and not (rate is not None and f.start == rate.start)
                      and not _named_parties(_CLAUSE_BEFORE.split(text[: f.start])[-1])]
        if len(bases) > 1:
            # "our 800-million-yuan chain project paid 12 million yuan of loan interest": the project's size is what it
            # is, the other amount what a share is of
            bases = [f for f in bases if not sizes_a_project(text[f.unit_end :])] or bases
        if len(bases) != 1 or asked_with:
            return None  # a question stating a percentage asks about it, not with it
        figure = bases[0]
        context = amount_context(text, figure, question.lang)
        items = 1
        if per := _PER_ITEM.search(context):
            counts = [n for n in _counts(text) if n[1] == per.group(1)]
            if len(counts) != 1:
                return None  # a figure per item, without the one number of items it counts
            items = counts[0][0]
        elif kind == "money" and (_PER_MU_BEFORE.search(context) or _PER_MU_AFTER.match(text, figure.unit_end)):
            areas = [f for f in found if f.dimension == "area" and f.unit is not None and f.unit.name == "亩"]
            if len(areas) > 1:
                return None  # an amount per mu, with several areas it may be paid or charged on
            if areas:
                return figure, context, areas[0].number, "亩"
            # (with no area stated, the share is per mu too: "how much per mu do the subsidies cover?")
        return figure, context, items, ""

    def _share(self, clauses: Sequence[Clause], terms: QuestionTerms, context: str, question: str = "",
               part_asked: str = "", paid: bool = True, sized: str | None = None, least: float = MIN_COVERAGE,
               read: int = CLAUSES_READ) -> Share | None:
        """The percentage of the best-fitting provision whose sentence states the base's words (or the
        words of the part asked of it, ``part_asked``), or that a party the question asks about bears
        ("自治区、盟市各承担 50%" for "自治区出多少？")."""
        if _SPENT.search(context):  # "改建花了1000万元": what was spent is the cost a provision's share is of
            context += " " + _COST_WORDS
        base_words = {t for t in self.tokenize(f"{context} {part_asked}") if len(t) >= 2 and any("\u4e00" <= c <= "\u9fff" for c in t)}
        # an interest rate is a share of the loan, wherever the provision names it; a share of the rate is one of the
        # interest paid ("一年付了6万元利息" of "按照实际贷款利率 50%予以贴息")
        loan = bool(_LOAN.search(context) or _INTEREST_PAID.search(context))
        asked_payers = _asked_payers(question)
        if not base_words and not loan and not asked_payers and not _named_parties(question):
            return None
        total = terms.total or 1.0
        found: list[Share] = []
        asked_class = asked_talent_class(question) if question else None
        asked_size = _sizes(question if sized is None else sized)  # (the sizes of enterprise the computation is for)
        requirement = bool(_REQUIREMENT_ASKED.search(question))
        increase = bool(_INCREASE_STATED.search(context))

        def percents_in(text: str) -> list[Figure]:
            summed = _parties_shares(text, question)  # (the shares it adds up are not read again one by one)
            return ([f for f in figures(text) if f.dimension == "percent" and not any(s.start <= f.start < s.unit_end for s in summed)]
                    + summed + _ratio_shares(text, asked_payers) + _step_shares(text) + _fraction_shares(text)
                    + _multiple_shares(text) + _full_shares(text))

        best_fit = 0.0  # how well the best-fitting provision taking a percentage of something fits, whatever that is
        for rank, clause, text, coverage, percents in covered_provisions(clauses, terms, self.tokenize, percents_in, least, read=read):
            if any(_FRACTION_OF.search(text[: f.start]) for f in percents):  # "按照实际贷款利息的 30%"
                best_fit = max(best_fit, coverage)
            for f in percents:
                tier_start, tier_end = around(text, f.start, f.end, TIER_MARKS)
                seg_start, seg_end = around(text, f.start, f.end, STRETCH_MARKS)
                # the share is of what the words just before it name ("按照设备投资总额的 10%"), or
                # just after it ("不低于 70%的转化收益")
                # ("30%的奖励" is the award paid at that share, not what it is a share of)
                after = text[f.unit_end : seg_end]
                # (or what it is counted into: "减按 90%计入收入总额" is 90% of the income counted as income)
                into = _COUNTED_INTO.match(after)
                of = after[1 : 1 + SHARE_OF_CHARS] if after.startswith("的") else into.group(1) if into else ""
                if f.raw == "全额":
                    of = text[f.unit_end : tier_end]  # "全额奖补绿色食品、有机…的企业认证费用": all of what it names after it
                of_words = {t for t in self.tokenize(of) if not _PAID.search(t)}
                named = base_words & (set(self.tokenize(text[seg_start : f.start])) | of_words)
                # ("增量部分按 150%加计" of "研发投入增加了2000万元", "R&D spending rose by 20 million": an increase stated
                # is the increment a share is taken of)
                named = named or (increase and bool(_INCREMENT_SHARED.search(text[seg_start : f.start])))
                interest = loan and _INTEREST.search(text[seg_start:seg_end])
                before = text[seg_start : f.start]
                borne = _BORNE.search(before) and _pays(asked_payers, _PAYERS.findall(before))
                borne = borne or bool(_RATIO.fullmatch(f.raw))  # a split of a ratio, already judged the asked party's
                borne = borne or "+" in f.raw  # the parties' shares the question adds up, already judged its own
                party = _respective_party(text, f)
                if asked_payers and party is not None and not _pays(asked_payers, [party]):
                    continue  # "中央和自治区分别承担 45%和 30%": the 30% is the region's, not the centre's asked
                borne = borne or (bool(asked_payers) and party is not None)  # ...and the 30% is the region's asked
                if asked_class is not None and (classes := _classes_before(text[tier_start : f.start])) and asked_class not in classes:
                    continue  # "D类及以上…2倍，E、F类…1.5倍": the 1.5 times is the E and F classes', not the D class's asked
                if len(asked_size) == 1 and (sizes := _sizes(before)):
                    if not sizes & asked_size:
                        continue  # "大型企业按…30%返还，中小微企业按不超过 60%返还": the 30% is not an SME's asked
                    # ...and the 60% is the SME's share of what the provision's sentence names
                    named = named or base_words & set(self.tokenize(text))
                if paid and _BOUND_OF_WHOM.search(before) and _CLOSED_WHOM.match(text, f.unit_end):
                    # "裁员率不高于参保职工总数 20%的；": a bound of whom the provision names, nothing paid (of a
                    # count, "参保职工25人…最多裁几个人", it is what is asked)
                    continue
                condition = bool(CONDITION_AFTER.match(text, f.unit_end))
                # (asked the least to qualify, a share bounded before it is required too: "…占制造业总产值比重超过 40%")
                condition = condition or (requirement and bool(_BOUND_BEFORE.search(before)))
                if requirement and paid and not condition:
                    continue  # "至少要多少才算鼓励类企业": the share a provision requires, not one it pays ("减按 15%的税率")
                if _CHANGE.search(text[tier_start : f.start]) or (condition and not requirement) or not (named or interest or borne):
                    continue
                # (what its stretch names only to leave out, "（不含单晶硅、多晶硅）", is not what it is of)
                local = terms.overlap(self.tokenize(_LEFT_OUT.sub("", text[seg_start:seg_end]))) / total
                score = (coverage + local) * 0.95**rank
                found.append(Share(clause, f, text[f.unit_end : tier_end], score, text[seg_start : f.start], coverage))
        share = unrivalled(found, lambda s: s.percent.number)
        if share is not None and not asked_payers and share.coverage < WORSE_FIT * best_fit:
            # "investing 600 million yuan in a manufacturing chain project… what loan interest subsidy?": the provision
            # that fits best takes its share of the interest, which the question does not state; another's share of
            # investment, fitting far worse, is another grant's
            return None
        return share

    def _names_area(self, text: str, area: Figure, after: str) -> bool:
        """Does the question name ``area`` by the words the cap is per mu of ("棚内净面积每亩…" →
        "棚内净面积60亩", "60 mu of net area")? The words around it, a few characters (words) either side."""
        cue = _PER_UNIT_CAP.search(after)
        if cue is None:
            return False
        measured = {t for t in self.tokenize(re.split(r"[，,。；;]", after[: cue.start()])[-1]) if len(t) >= 2}
        before = re.split(r"[，,。；;？?]", text[max(0, area.start - BASE_CONTEXT_CHARS) : area.start])[-1]
        after_it = re.split(r"[，,。；;？?]", text[area.unit_end : area.unit_end + 3 * BASE_CONTEXT_CHARS])[0]
        return bool(measured & set(self.tokenize(f"{before} {after_it}")))

    @staticmethod
    def _cap(share: Share) -> Decimal | None:
        return cap_after(share.after)

    def borne_of(self, calculation: Calculation, question: Question, clauses: Sequence[Clause], terms: QuestionTerms) -> Calculation | None:
        """A later part asking what a party pays of the amount computed for the part before ("收购生鲜乳5000吨，
        能拿多少补贴？自治区出多少？" over "每吨补贴 1000 元，自治区、盟市各承担 50%"): the share that party bears,
        stated by the provision the amount is computed from, of that amount."""
        if calculation.unit != "元" or not isinstance(calculation.result, str):
            return None  # (a range computed, "0.29—0.33 元/度", has no one amount to share)
        if len(question.parts) == 1:
            # "…raises its processing by 5,000 tonnes. How much of the subsidy is paid by the autonomous region?": the
            # one part asks that party's share of the amount the quantity stated brings
            asked = 0 if _PAYER_OF_IT_EN.search(question.parts[0].text) or _PAYER_OF_IT.search(question.parts[0].text) else None
        else:
            asked = next((i for i, p in enumerate(question.parts) if i and asks_payer(p.text)), None)
            if asks_payer(question.parts[0].text):
                return None
        if asked is None:
            return None
        own = [c for c in clauses if c.clause_id in calculation.clause_ids]
        if (by_amount := _borne_by_amount(calculation, own, _asked_payers(question.parts[asked].text), asked)) is not None:
            return by_amount
        # (any provision of the clause the amount is computed from: "补贴资金由市级和…旗区按照 1:1 比例承担" is a
        # sentence of its own, which states few of the question's words)
        share = self._share(own, terms, "", question.parts[asked].text, least=0.0) if own else None
        if share is None or share.percent.dimension != "percent" or _FRACTION.fullmatch(share.percent.raw) \
                or not (_BORNE.search(share.lead) or _RATIO.fullmatch(share.percent.raw)):
            return None
        amount = Decimal(calculation.result)
        value = amount * share.percent.number / 100
        written = _RATIO.fullmatch(share.percent.raw) or "+" in share.percent.raw
        split = f"（{share.percent.raw}）" if written else ""
        return Calculation(
            tool="share",
            inputs={"base": plain(amount), "percent": plain(share.percent.number)},
            steps=[f"{scaled_text(amount, '元')} × {plain(share.percent.number)}%{split} = {scaled_text(value, '元')}"],
            result=plain(value),
            unit="元",
            clause_ids=[share.clause.clause_id],
            part=asked,
        )


# A rate paid per unit written with the part each party pays of it ("每吨 50 元（自治区补贴 30元、盟市补贴 20 元）").
_PARTY_AMOUNT = rf"(?P<party{{n}}>{PARTY})(?:{_BORNE.pattern}|补贴|补助|奖补|奖励)?\s*(?P<value{{n}}>\d+(?:\.\d+)?)\s*元"
_RATE_BY_PARTY = re.compile(
    r"(?P<rate>\d+(?:\.\d+)?)\s*元\s*[（(]\s*" + _PARTY_AMOUNT.format(n=1) + r"\s*[、，,]\s*" + _PARTY_AMOUNT.format(n=2)
    + r"\s*[）)]"
)


def _borne_by_amount(calculation: Calculation, own: Sequence[Clause], asked: set[str], part: int) -> Calculation | None:
    """The part a party asked pays of an amount computed from a rate per unit whose parts by party the provision writes
    beside it ("400 头奶牛…每吨 50 元（自治区补贴 30元、盟市补贴 20 元）", "how much of it comes from the region?": 400 ×
    5.5 × 30 of 400 × 5.5 × 50); None unless the parts add up to the rate and the rate is one the amount is computed with."""
    steps = normalise(" ".join(calculation.steps))
    for clause in own:
        for m in _RATE_BY_PARTY.finditer(normalise(clause.text)):
            rate, values = Decimal(m.group("rate")), [Decimal(m.group("value1")), Decimal(m.group("value2"))]
            named = [m.group("party1"), m.group("party2")]
            if sum(values) != rate or not re.search(rf"(?<![\d.]){re.escape(m.group('rate'))}\s*元", steps):
                continue
            mine = [v for n, v in zip(named, values, strict=True) if _pays(asked, [n])]
            if len(mine) != 1:
                continue
            amount = Decimal(str(calculation.result))
            value = amount * mine[0] / rate
            return Calculation(
                tool="share",
                inputs={"base": plain(amount), "rate": plain(rate), "borne": plain(mine[0])},
                steps=[f"{scaled_text(amount, '元')} × {plain(mine[0])}元 ÷ {plain(rate)}元 = {scaled_text(value, '元')}"],
                result=plain(value),
                unit="元",
                clause_ids=[clause.clause_id],
                part=part,
            )
    return None


T = TypeVar("T")


class _Scored(Protocol):
    @property
    def score(self) -> float: ...


S = TypeVar("S", bound=_Scored)


def _floor_unmet(share: Share, base: Figure, question: str) -> bool:
    """Does the sentence of ``share`` pay only from a sum of money above the ``base`` amount a Chinese ``question``
    states, of the measure the question names it by (a floor set before its percentage: "到账金额只有150万元" of
    "到账金额…在 200 万元以上的"; a floor on sales is none on the investment a share is of)?"""
    measure = _MEASURE_BEFORE.search(_FILLER_BEFORE.sub("", question[: base.start]))
    text = normalise(share.clause.text)
    at = text.find(normalise(share.lead)[-12:] + share.percent.raw) if share.lead else -1
    if measure is None or at < 0:
        return False
    before = text[max(text.rfind(mark, 0, at) for mark in "。；;") + 1 : at]
    for f in figures(before):
        if (f.dimension == "money" and AT_LEAST_AFTER.match(before, f.unit_end) and f.value > base.value
                and measure.group(1) in before[max(0, f.start - FLOOR_MEASURE_CHARS) : f.start]):
            return True
    return False


# The measure a Chinese question names a sum by, just before it ("到账金额只有150万元" → 到账金额), and how far before a
# provision's floor its measure may be written ("到账金额或有关股权折算金额在 200 万元以上").
_FILLER_BEFORE = re.compile(r"(?:只有|仅有|仅|才|有|是|为|达到|达|共|约)?\s*$")
_MEASURE_BEFORE = re.compile(r"([\u4e00-\u9fff]{4}|[\u4e00-\u9fff]{2,3})$")
FLOOR_MEASURE_CHARS = 20


def unrivalled(found: Sequence[S], value: Callable[[S], object], margin: float = MARGIN) -> S | None:
    """The best-fitting of ``found`` (a share, a price, a change, a difference), unless one of another
    ``value`` fits within ``margin`` of it: which one the question means is then a guess."""
    ranked = sorted(found, key=lambda f: -f.score)
    if not ranked:
        return None
    rival = next((f for f in ranked[1:] if value(f) != value(ranked[0])), None)
    return None if rival is not None and ranked[0].score - rival.score < margin else ranked[0]


# The sizes of enterprise a provision may pay at different shares, and the words naming each.
_SIZES = (
    ("large", re.compile(r"大型企业|\blarge(?:-sized)?\s+(?:(?!and\b)[a-z-]+\s+)?(?:enterprises?|compan(?:y|ies)|firms?|businesses)\b",
                         re.IGNORECASE)),
    # (a medium, small or micro enterprise is one of the SMEs: 中小微企业; "大中型企业" is no SME; a word may name its
    # trade between, "a small manufacturing firm")
    ("small", re.compile(r"中小微|中小企业|小微企业|(?<!大)中型企业|小型企业|微型企业|\bSMEs?\b|"
                         r"\b(?:mid|medium)(?:-sized)?\s+(?:enterprises?|compan(?:y|ies)|firms?|businesses)\b|"
                         r"\bsmall(?:\s+and\s+medium)?(?:-sized)?\s+(?:(?!and\b)[a-z-]+\s+)?(?:enterprises?|compan(?:y|ies)|firms?|businesses)\b|"
                         r"\bmicro(?:\s+and\s+small)?\s+(?:enterprises?|firms?|businesses)\b", re.IGNORECASE)),
)


def _sizes(text: str) -> set[str]:
    """The sizes of enterprise ``text`` names (大型企业: large; 中小微企业, SME: small)."""
    return {size for size, words in _SIZES if words.search(text)}


def _classes_before(text: str) -> set[str]:
    """The talent classes the last class run of ``text`` names ("…其中D类及以上人才贷款限额放宽到" → A–D)."""
    runs = list(CLASS_RUN.finditer(text))
    return talent_classes(runs[-1].group(0)) if runs else set()


def covered_provisions(
    clauses: Sequence[Clause], terms: QuestionTerms, tokenize: Callable[[str], list[str]], find: Callable[[str], list[T]] | None = None,
    least: float = MIN_COVERAGE, find_in: Callable[[Clause, str], list[T]] | None = None, read: int = CLAUSES_READ,
) -> Iterator[tuple[int, Clause, str, float, list[T]]]:
    """The provisions of the best ``read`` (CLAUSES_READ) clauses found in which ``find`` finds something (a
    percentage, a price; ``find_in``: found with the clause the text is of) and that state at least ``least``
    (MIN_COVERAGE) of the question's weighted words with their clause's headings (in full for a line of a
    table): each as (rank of its clause, clause, normalised text, coverage, found)."""
    total = terms.total or 1.0
    for rank, clause in enumerate(clauses[:read]):
        heading = tokenize(" ".join(clause.title_path[-2:]))
        for sentence in split_provisions(clause.text, 400):
            text = normalise(sentence.text)
            found = find_in(clause, text) if find_in is not None else find(text) if find is not None else []
            if not found:
                continue
            weight = 1.0 if len(text) <= TABLE_LINE_CHARS or _TABLE_ROW.fullmatch(text.strip()) else HEADING_WEIGHT
            coverage = (terms.overlap(tokenize(_LEFT_OUT.sub("", text))) + weight * terms.overlap(heading)) / total
            if coverage >= least:
                yield rank, clause, text, coverage, found


def cap_per_mu(after: str) -> bool:
    """Is the cap :func:`cap_after` reads stated per mu ("棚内净面积亩均补贴不超过 2万元")?"""
    for f in figures(after):
        if f.dimension == "money" and _CAP.search(after[: f.start]):
            return bool(_PER_UNIT_CAP.search(after[max(0, f.start - PER_UNIT_CAP_WINDOW) : f.start]))
    return False


def cap_after(after: str) -> Decimal | None:
    """A money cap a tier states after the figure a calculation applies ("，最高不超过 500 万元"), in 元."""
    for f in figures(after):
        if f.dimension == "money" and _CAP.search(after[: f.start]):
            return f.value
    return None
