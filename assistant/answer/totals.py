"""Totals: "一共 / 合计 / 加起来 / in total" over the figures of the provisions a question is about.

A question asking for a sum ("一次性资助加上之后每年的补贴，三年一共多少？", "1名国家级、2名自治区级
优秀护士，一共奖多少？") is answered by adding the money figures of the provisions found for it:

- each money figure of a provision is a :class:`Term`, read with what it is paid for: once, per
  year, per month, or per item ("每个产品 100 万元"), and, in a list stated with 分别
  ("国家级、自治区级、市级…分别给予 3 万元、2万元、1万元"), the item it goes with;
- a listed term counts only when the question names its item, times the number the question
  puts before the item ("2名…自治区级" → 2);
- a yearly or monthly term counts times the years or months the question gives ("前三年",
  "3 years"), or, when the question asks for the longest or does not say, the period the
  provision states ("连续 5 年", "最长补贴 3个月");
- a per-item term counts times the number of items the question states with that unit;
- a provision's cap on the whole ("单个企业每年最高不超过 500 万元") is a limit, not a term, unless
  nothing else is paid in its tier ("按…增幅给予奖补，单个企业每年最高奖补500 万元"): then it is
  the most the provision gives.

The sum is a :class:`~assistant.models.Calculation` with one step per term, each citing its clause,
so the reader sees every figure added and where it comes from. When the terms cannot be read
without guessing (a list whose items the question does not name, a per-item figure without a
count), no total is given: the answer quotes the provisions instead.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from difflib import SequenceMatcher

from assistant.answer.compose import (
    GIVEN_TO,
    HOME,
    NAME_MARKS,
    ONE_YEAR_EN,
    ROMAN_NUMERALS,
    ROMAN_SYMBOLS,
    TOP_RANKS,
    Tokenize,
    asked_talent_class,
    chinese_named,
    is_condition,
    rank_places,
    rank_stated,
    strip_numbering,
    talent_classes,
)
from assistant.answer.extractive import QuestionTerms, shared_stretch
from assistant.answer.question import (
    ENGLISH_STOP_WORDS,
    RECIPIENT_WORDS,
    StatedCount,
    kind_of,
    list_head,
    names_a_sum,
    stated_counts,
)
from assistant.answer.sentences import TIER_MARKS, Sentence, around, listed_apart, split_provisions, unbracketed
from assistant.answer.shares import stated_as_threshold
from assistant.answer.unit_prices import PER_ONE_UNIT
from assistant.calculators.router import PER_ONE_COUNTED
from assistant.language import detect_language
from assistant.models import Calculation, Clause
from assistant.quantities import (
    RANGE_SEPARATORS,
    Figure,
    Quantity,
    dimension_of,
    figures,
    money_text,
    normalise,
    number_word,
    plain,
    quantities,
    scaled_text,
    unit_named,
)
from assistant.search.glossary import CJK_RUN, NAMING_SENSE_CHARS, default_glossary, guide_terms

# The measures a total may add up when a question asks one in them ("一共是多少万亩").
MEASURES_ADDED = frozenset({"area", "weight", "volume", "energy", "length"})
# A provision is a candidate when it shares at least this share of the question's weighted words
# (with its headings), and a second provision joins the first when it scores at least
# SECOND_RATIO of it and states something the question names that the first does not.
MIN_COVERAGE = 0.2
SECOND_RATIO = 0.5
# A provision whose one-off figure counts the recipients the question counts leads when it fits at
# least this share of the best provision's fit.
COUNTING_LEAD_RATIO = 0.9
# The share of the question's weighted words a second provision must state that the first does not.
SECOND_ADDS = 0.1
# A one-off grant joins a yearly one of the same provision (and the other way round) when its tier
# shares at least this share of what the question shares with the first's.
OTHER_PER_FIT = 0.5
# How many of the best clauses found are read.
CLAUSES_READ = 3
# ...and how far down a provision pairing its figures with two or more items the question names is read.
NAMED_CLAUSES_READ = 5
# What naming two or more of a provision's listed items adds to its share of the question's words.
NAMED_ITEMS_BONUS = 0.25
# How many characters before a figure the words saying what it is paid per may stand.
PER_WINDOW = 10
# How many comma-separated stretches of a sentence before 分别 may hold the items it goes with.
LIST_STRETCHES = 5
# How many characters before an item the question may put its number, in its own phrase ("2名护士新评上自治区级",
# "3名成绩突出的农村牧区实用人才个人").
COUNT_WINDOW = 20
# In an English question, a count goes with an item this many words after it, in the same phrase.
COUNT_WORDS_EN = 8
_LATIN_BEFORE = re.compile(r"[A-Za-z]{2,}\s*\S*$")
_ONE_SAID_EN = re.compile(r"\b(?:a|an)(?:\s+\S*)?$", re.IGNORECASE)
_PHRASE_START_EN = re.compile(r"[,;.:?!，；。：？！]|\b(?:and|or|plus|but|while|with)\b", re.IGNORECASE)

_MONEY_UNITS = frozenset({"元", "万元", "亿元"})
_ONCE = re.compile(r"一次性")
_YEARLY = re.compile(r"每年|年均|每一年|/年|每年度|年薪")
_MONTHLY = re.compile(r"每月|每人每月|/月|按月")
_PER_ITEM = re.compile(
    # "每测定一头奶牛…补贴 70 元": what is done for each one, then its counting word
    r"每(?:[\u4e00-\u9fff]{1,4}?(?:一|1)\s*)?(?P<noun>个|项|家|人|名|头|只|支|台|辆|套|座|所|户|件|种|品种|产品|证书)"
    r"|按(?P<by>项目|个|家|户|台|套|座|所)(?!数|规模|总|类|级|比例)"
)
# "单个企业每年最高不超过 500 万元", "累计最高": a cap on the sum, not something paid.
# "贴息贷款最高额度 50 万元", "单笔风险补偿额度不超过 3000 万元": a loan's or a quota's size, not a payment.
_CAP = re.compile(r"累计|总额|封顶|上限|额度|贷款|保险金额|保额")
# "单个企业每年最高奖补 500 万元": the most one recipient gets. Beside a figure or a share paid it is
# a cap on them; alone in its tier it is the most the provision gives, and a total counts it.
_RECIPIENT_CAP = re.compile(
    r"(?:单个|同一|每家|每个)(?:企业|单位|主体|项目|平台|机构|园区|基地|中心)[^，,；;。]{0,8}(?:最高|最多|不超过)|"
    r"单(?:人|笔|项)[^，,；;。]{0,8}(?:最高|最多|不超过)"
)
# Its twin for a whole clause: a cap on all one recipient gets of it ("单个企业主导或参与标准制定每年奖励资金不超过
# 50 万元", said in a sentence of its own, so read further back), not on one project or one payment of it.
_WHOLE_CAP = re.compile(r"(?:单个|同一|每家|每个)(?:企业|单位|主体|机构)[^，,。；;]{0,20}?(?:最高|最多|不超过|封顶)[^\d。；;]{0,4}$")
# "分别给予 3 万元、2万元、1万元": a list of figures going with a list of items before it.
_RESPECTIVELY = re.compile(r"分别")
_LIST_SEP = re.compile(r"、|和|与|及(?!以[上下]|其)|或")  # (not 及 of "D类及以上", "及其")
# Periods the provision states.
# ("在 3 年管理期内给予 5万元/年": the years of the period it is given in)
_PROVISION_YEARS = re.compile(
    r"(?:连续|持续|最长|累计)[^，,；;。\d]{0,4}(\d+|[一二两三四五六七八九十]+)\s*年|"
    r"(?<![\d.])(\d+|[一二两三四五六七八九十]+)\s*年(?:的)?[\u4e00-\u9fff]{0,4}期(?:内|间)"
)
# The years a provision runs, stated as a span before what it gives each year ("执行时间为 2022--2025 年，
# 市财政每年投入 5000 万元"): four years.
_PROVISION_SPAN = re.compile(r"(?:执行|实施|期限|期间)[^，,；;。\d]{0,6}(20\d\d)\s*年?\s*[-—–－~至到]+\s*(20\d\d)\s*年[^。；;]{0,12}每年")
# "连续五年设立 1亿元…", "…绩效奖励，连续支持 3 年": an amount given again each year of a run of years.
_CONTINUING = re.compile(r"(?:连续|持续)[^，,；;。\d]{0,4}(?:\d+|[一二两三四五六七八九十]+)\s*年")
_PROVISION_MONTHS = re.compile(r"最长[^，,；;。\d]{0,4}(\d+|[一二两三四五六七八九十]+)\s*个?月")
_PROVISION_LONGEST_YEARS = re.compile(r"最长[^，,；;。\d]{0,4}(\d+|[一二两三四五六七八九十]+)\s*年")
# A period a provision sets as a condition ("连续超过 6个月未就业的", "参保 12 个月以上"), not the run it pays.
_THRESHOLD_MONTHS = re.compile(
    r"(?:超过|不少于|不低于)\s*(\d+|[一二两三四五六七八九十]+)\s*个?月|(\d+|[一二两三四五六七八九十]+)\s*个?月(?:以上|及以上)"
)
# Periods the question gives.
# A calendar year ("到2025年") is a date, not a number of years.
_QUESTION_YEARS = re.compile(
    r"(?:前|连续|共|这|满)?\s*(?<!\d)(?!(?:19|20)\d\d\s*年)(\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?:年|周年)(?!度|底|初|以前|以后|前)"
)
_QUESTION_YEARS_EN = re.compile(
    # ("a two-year-old child" is an age, not a period)
    r"\b(?!(?:19|20)\d\d\b)(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:(?:full|consecutive|successive|straight)\s+)?years?\b"
    r"(?![\s-]*old\b)",
    re.IGNORECASE,
)
_QUESTION_MONTHS = re.compile(  # ("a 2-month internship", as "a two-year contract")
    r"(\d+|[一二两三四五六七八九十]+)\s*个月|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+months?\b",
    re.IGNORECASE,
)
_ONE_YEAR_ZH = re.compile(r"(?<![\d一二两三四五六七八九十])一年(?!以|内|后|前|度)|每年|全年")
# "the minimum annual subsidy for the whole period": the period the provision states, its figure yearly.
_WHOLE_PERIOD = re.compile(
    # (the period named by what it is of: "its full management period", "整个管理期")
    # ("total over the support period": the period the provision runs)
    r"\b(?:whole|full|entire|complete)\s+(?:[a-z-]+\s+)?(?:period|term|duration|run)\b|整个[\u4e00-\u9fff]{0,2}期|"
    r"\b(?:over|across|throughout)\s+(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:period|term|duration)\b",
    re.IGNORECASE,
)
_LONGEST = re.compile(r"最长|最多(?:能)?(?:补|给|拿)?几|longest|maximum period|as long as", re.IGNORECASE)
# Counting words a question puts after a number of items ("2名", "3个", "两项").
_COUNT = re.compile(r"(\d+|[一二两三四五六七八九十]+)\s*(?:个|名|位|人|项|家|件|种|支|头|台|辆|套|所|座|户)")
# The end of a phrase of a Chinese question: a count stands with the item of its own phrase ("2户自治区级、3户市级的").
_PHRASE_BREAK = re.compile(r"[、，,；;。？?！!]")
# A count written after its item, in its own phrase ("高级社工证的1人、中级的3人"); not past a joined item ("国家级项目和两个市级项目").
# (not a rank, "排进国内前50名", "第80名"; nor a name's own numbers, "“五个一工程”奖")
_COUNT_AFTER = re.compile(r"[^、，,；;。？?！!和与及“”\"]{0,8}?的?(?<![前第\d一二两三四五六七八九十])" + _COUNT.pattern
                          + r"(?![\d一二两三四五六七八九十])")


@dataclass
class Term:
    """A money figure of a provision and what it is paid for."""

    clause: Clause
    figure: Figure
    per: str  # "once", "year", "month" or "item"
    item: str = ""  # the listed item it goes with ("自治区级"), when stated with 分别
    role: str = ""  # its place in the list: "first" and "last" may carry words around them
    segment: str = ""  # the words of the provision from the last ，；。 before it
    tier: str = ""  # the ；-separated tier of the provision it stands in
    shared: tuple[str, ...] = ()  # the items one figure is given to each of ("对新认定的孵化器、众创空间…给予最高 200 万元")
    lead: str = ""  # the words of its tier before it: whom it is given to ("对知名高校…设立的研究生院…，给予最高")
    own: str = ""  # the words of its tier since the phrase of the figure before it, to the end of its own: what it alone is given for
    # one of a 分别 run whose items are not listed ("D类及以上人才，分别给予 30 万元、20 万元…"): whose it is is unknown
    unpaired: bool = False

    @property
    def yuan(self) -> Decimal:
        return self.figure.value

    @property
    def unit(self) -> str:
        """元 for money (its value is in 元), else the counting word of a number of items (个, 人) or the unit of a
        measure (亩, 吨)."""
        unit = self.figure.unit
        return unit.name if unit is not None and (unit.dimension == "count" or unit.dimension in MEASURES_ADDED) else "元"

    def shown(self, value: Decimal | None = None) -> str:
        """``value`` (the term's own by default) in the term's unit: money as the guide writes it, items with their counting
        word, a measure with 万 or 亿 as the guide writes it ("29.7万亩")."""
        value = self.figure.value if value is None else value
        if self.unit == "元":
            return money_text(value)
        unit = self.figure.unit
        return scaled_text(value, self.unit) if unit is not None and unit.dimension in MEASURES_ADDED else f"{plain(value)}{self.unit}"


def _segment_before(text: str, pos: int) -> str:
    """The words of ``text`` from the last ，；。 before ``pos`` up to it."""
    start = max(text.rfind(c, 0, pos) for c in "，,；;。：:") + 1
    return text[start:pos]


_PHRASE_END = re.compile(r"[，,；;。]")


def _phrase_end(text: str, pos: int, limit: int) -> int:
    """Where the phrase going on at ``pos`` ends: its next ，；。 (not past ``limit``)."""
    m = _PHRASE_END.search(text, pos, limit)
    return m.start() if m else limit


def _counted(f: Figure, counting: bool | str) -> bool:
    """Is ``f`` a figure the total adds: money, with ``counting`` a number of items ("150 个", "2人"), or with a
    measure's dimension for ``counting`` a quantity in it ("25 万亩")?"""
    if f.unit is None:
        return False
    if isinstance(counting, str):
        return f.unit.dimension == counting and f.reads_as_quantity
    if counting:
        return f.unit.dimension == "count" and f.reads_as_quantity
    return f.unit.name in _MONEY_UNITS or _paid_per(f) != ""


def _paid_per(f: Figure, text: str = "") -> str:
    """What a money figure written with its period or item is paid per ("2000 元/月" → month,
    "5 万元/年" → year, "5000 元/人" → item, "2000 元/人·月" → month, for each person), or "" (a
    price per 度 or 亩 is a calculator's)."""
    unit = f.unit
    if unit is None or unit.dimension != "price" or unit.name.split("/")[0] not in _MONEY_UNITS:
        return ""
    per = unit.name.split("/", 1)[1]
    period = _PER_PERSON_PERIOD.match(text, f.unit_end)
    if period:
        return "month" if period.group(1) == "月" else "year"
    if per == "个月":
        return "month"
    if per == "年":
        return "year"
    return "item" if dimension_of(per) == "count" else ""


def provision_terms(clause: Clause, provision: str, counting: bool | str = False, grouped: bool = False) -> list[Term]:
    """The money figures of one provision as terms (with ``counting``, its numbers of items); caps are left out.
    With ``grouped``, figures after groups of items each closed by its level pair with the levels (see
    :func:`_items_before`)."""
    text = normalise(provision)
    # a condition or a target ("年产值达到 10 亿元以上的企业") is nothing added
    found = [f for f in figures(text) if _counted(f, counting) and not is_condition(text, f.start, f.unit_end)]
    terms: list[Term] = []
    listed: dict[int, tuple[str, str]] = {}
    unpaired: set[int] = set()
    for m in _RESPECTIVELY.finditer(text):
        after = [f for f in found if f.start > m.end() and not re.search(r"[；;。]", text[m.end() : f.start])]
        run = _run(text, after)
        items = _items_before(text, m.start(), len(run), grouped)
        if len(items) >= 2 and len(run) == len(items):
            listed.update(_paired(run, items))
        elif len(run) >= 2:
            unpaired.update(id(f) for f in run)
    # without 分别, a run of figures after as many listed items pairs with them the same way
    # ("按照高级、中级、初级…证书给予 5000 元、2000 元、1000 元")
    start = 0
    while start < len(found):
        run = _run(text, found[start:])
        if len(run) >= 2 and not any(id(f) in listed for f in run):
            lead = _segment_before(text, run[0].start)
            items = _list_items(lead)
            if len(items) != len(run) and _GIVING_ONLY.fullmatch(lead.strip()):
                # "对…国家级、自治区级、市级人才科创载体平台，给予 50 万元、30 万元、10 万元奖励": the
                # phrase before the run only gives; the items are listed in the phrase before it
                items = _list_items(_segment_before(text, run[0].start - len(lead) - 1))
            if len(items) == len(run):
                listed.update(_paired(run, items))
        start += len(run)
    # each figure of a run after a level of its own ("对新创建的国家级…核心育种场一次性奖励 300 万元、
    # 自治区级核心育种场一次性奖励 200 万元"): the levels are its items
    levels = _level_labelled(text, [f for f in found if id(f) not in listed])
    # each figure after its own item ("按照中级职称 5000 元/人、高级职称 1万元/人、专利代理师 1 万元/人")
    for group in _labelled(text, [f for f in found if id(f) not in listed]):
        listed.update({id(f): (label, "label") for label, f in group})
    caps = {id(f) for f in found if _RECIPIENT_CAP.search(_segment_before(text, f.start))}
    # a share ("按实际给付…的30%给予补贴，单人补贴不超过 30 万元") is what is paid: the figure after it is its cap
    shares = [g.start for g in figures(text) if g.unit is not None and g.unit.dimension == "percent"]
    for f in found:
        before = _segment_before(text, f.start)
        window = text[max(0, f.start - PER_WINDOW) : f.start]
        if _CAP.search(before):
            continue
        tier_start, tier_end = around(text, f.start, f.end, TIER_MARKS)
        if id(f) in caps and (any(tier_start <= g.start < tier_end and id(g) not in caps for g in found)
                              or any(tier_start <= at < tier_end for at in shares)):
            continue
        if paid := _paid_per(f, text):
            per = paid
        elif _once_before(window) and not _PER_ITEM.search(before):
            # "（税前年薪在60 万元以上…）一次性给予 10 万元": paid once, whatever yearly words say whom ("每个产品给予一次性
            # 奖补 100 万元" is paid once for each product)
            per = "once"
        elif _MONTHLY.search(window) or text[f.unit_end : f.unit_end + 2] in ("/月",):
            per = "month"
        elif _yearly_before(before) or text[f.unit_end : f.unit_end + 2] == "/年":
            per = "year"
        elif _PER_ITEM.search(before) and not _ONCE.search(window[-4:]):
            per = "item"
        else:
            per = "once"
        tier = text[tier_start:tier_end]
        if per == "once" and any(map(_continuing, _CONTINUING.finditer(tier))) and not _ONCE.search(tier):
            per = "year"  # given each year of the run the provision states
        item, role = listed.get(id(f), ("", ""))
        shared = () if item or listed else tuple(_list_items(before))
        item, role = (item, role) if item else levels.get(id(f), ("", ""))
        # its own words run from the end of the phrase of the figure before it to the end of its own
        # phrase ("对首次认定的高新技术企业给予一次性 30 万元研发经费奖励，对…科技领军企业给予 300 万元…")
        since = max([tier_start] + [_phrase_end(text, g.unit_end, f.start) for g in found if tier_start <= g.unit_end <= f.start])
        own = text[since : _phrase_end(text, f.unit_end, tier_end)]
        terms.append(Term(clause, f, per, item, role, before, tier, shared, text[tier_start : f.start], own, id(f) in unpaired))
    return terms


# "分级分类给予最低 5万元，最高不超过 40 万元的购房补贴": the two bounds of one payment, not two payments.
_RANGE_LOW = re.compile(r"(?:最低|不低于|不少于)\s*$")
_RANGE_TOP = re.compile(r"(?:最高|最多|不超过|上限)\s*$")
# The end of the words before the top of a range: its low figure and a dash ("给予 30 万元—").
_RANGE_DASH = re.compile(r"\d\s*(?:万|亿)?\s*元\s*(?:—|－|-|～|~|至|到)+\s*$")
_LEAST_ASKED = re.compile(r"最低|至少|最少|\bminimum\b|\bat least\b|\blowest\b|\bleast\b", re.IGNORECASE)


def _one_bound(found: list[Term], question: str) -> list[Term]:
    """The terms with one payment's range read as the bound the question asks: its lowest when it asks
    the least ("都按…购房补贴的最低标准"), else its highest."""
    least = bool(_LEAST_ASKED.search(question))
    dropped: set[int] = set()
    for low in found:
        if not _RANGE_LOW.search(low.segment):
            continue
        top = next((t for t in found if t.tier == low.tier and t.figure.start > low.figure.start and _RANGE_TOP.search(t.segment)), None)
        if top is not None:
            dropped.add(id(top) if least else id(low))
    # "给予30万元—50万元奖励": a range written with a dash is one payment too
    tops: dict[int, Term] = {}
    for low, top in itertools.pairwise(found):
        if low.tier == top.tier and low.per == top.per and _RANGE_DASH.search(top.segment):
            dropped.add(id(top) if least else id(low))
            # (its step is named by the words before the range: "…给予：50万元", not "…给予 30 万元—：50万元")
            tops[id(top)] = replace(top, segment=_RANGE_DASH.sub("", top.segment), lead=_RANGE_DASH.sub("", top.lead))
    return [tops.get(id(t), t) for t in found if id(t) not in dropped]


# "the two awards", "这两项奖励": the question counts the grants it adds, not recipients.
_AWARD_NOUN = re.compile(r"award|grant|subsid(?!enc|iar)|reward|bonus|prize|funding|奖|补|资助|支持|扶持")
_AWARDS_ZH = re.compile(r"(?:这(两|三|四|2|3|4)(?:项|笔|个)(?!目)|(两|三|四|2|3|4)(?:项|笔)(?=奖|补|资助|支持|扶持))")


# Words joining another thing got to what a question adds up ("…加上旗里的配套", "plus the one-off grant").
_JOINED = re.compile(
    r"加上|还有|另外|以及|再加|外加|同时|[两俩二](?:项|笔|者)|\b(?:plus|as well as|on top of|together with|along with|both)\b",
    re.IGNORECASE,
)


def _awards_counted(question: str) -> int:
    """How many grants the question says it adds ("the two awards together", "这两项加起来"), or 0."""
    numbers = [c.number for c in stated_counts(question) if _AWARD_NOUN.search(c.noun)]
    numbers += [number_word(m.group(1) or m.group(2)) or 0 for m in _AWARDS_ZH.finditer(question)]
    return max(numbers, default=0)


# Two documents granting the same figure in words this alike state one award, not two.
ALIKE = 0.8


def _alike(a: str, b: str) -> bool:
    """Are two figures' words before them nearly the same ("对育种能力评价结果达到良好等级以上的…" and
    "对育种能力评价达到良好等级以上的…")?"""
    return SequenceMatcher(None, a, b).ratio() >= ALIKE


# How long the item before each figure of a labelled list may be ("专利代理师", "高级职称").
LABEL_CHARS_MAX = 10
_CJK = re.compile(r"[\u4e00-\u9fff]")
# An aside in brackets, no part of a label's length ("硕士（或副高级职称人员、高级技师）2000 元/月" is labelled 硕士).
_ASIDE = re.compile(r"[（(][^（()）]*[）)]")
_LABEL_LEAD = re.compile(r"^(?:按照|按|对|给予|其中|分别)+")
# The last verb before a run's first item, when the words before it are too long to be the item.
_LABEL_AFTER_VERB = re.compile(r".*(?:建设|建成|达到|培育|新增|认定|创建|打造|包括|其中|：|:)")
# The policy level an item names at its start.
LEVEL_WORD = re.compile(r"国家级|自治区级|省级|盟市级|市级|旗级|县级")


def _labels(words: str) -> bool:
    """Can ``words`` be the item a figure is labelled with: Chinese, no longer than LABEL_CHARS_MAX
    without its aside in brackets?"""
    return 0 < len(_ASIDE.sub("", words)) <= LABEL_CHARS_MAX and bool(_CJK.search(words))


def _labelled(text: str, found: list[Figure]) -> list[list[tuple[str, Figure]]]:
    """Runs of two or more figures, each after its own item and separated by 、 ("中级职称 5000
    元/人、高级职称 1万元/人"): the items with their figures."""
    groups: list[list[tuple[str, Figure]]] = []
    run: list[tuple[str, Figure]] = []
    for f in found:
        between = text[run[-1][1].unit_end : f.start] if run else ""
        if run and between.startswith("、") and _labels(label := between[1:].strip()) and not re.search(r"[，,；;。：:]", label):
            run.append((label, f))
            continue
        if len(run) >= 2:
            groups.append(run)
        first = _LABEL_LEAD.sub("", _segment_before(text, f.start).strip())
        if len(first) > LABEL_CHARS_MAX and (verb := _LABEL_AFTER_VERB.match(first)):
            first = first[verb.end() :].strip()  # "到 2025 年建设国家级重点实验室 4家": 国家级重点实验室
        run = [(first, f)] if _labels(first) else []
    if len(run) >= 2:
        groups.append(run)
    return [_levelled(group) for group in groups]


# Where the words naming what is got at a level end ("国家级核心育种场一次性奖励 300 万元").
_LEVEL_NOUN_END = re.compile(r"的|，|,|给予|奖励|奖补|补贴|补助|资助|一次性|最高|每年|\d")
# A phrase that only gives what follows it ("给予", "分别一次性给予", "奖励").
_GIVING_ONLY = re.compile(r"(?:并|再|另|分别|一次性|最高|每年|可|按)*(?:给予|奖励|奖补|补贴|补助|资助)(?:一次性|最高)*")


def _level_labelled(text: str, found: list[Figure]) -> dict[int, tuple[str, str]]:
    """Two or more figures of one tier, each after words naming one level no other of them names
    ("国家级…300 万元、自治区级…200 万元"), by id, with that level as their item."""
    out: dict[int, tuple[str, str]] = {}
    tiers: dict[int, list[Figure]] = {}
    for f in found:
        tiers.setdefault(around(text, f.start, f.end, TIER_MARKS)[0], []).append(f)
    for tier_start, run in tiers.items():
        if len(run) < 2:
            continue
        stretches = [text[tier_start : run[0].start]] + [text[a.unit_end : b.start] for a, b in zip(run, run[1:])]
        levels = [LEVEL_WORD.findall(stretch) for stretch in stretches]
        if all(len(named) == 1 for named in levels) and len({named[0] for named in levels}) == len(run):
            # each item is its level with what is got at it ("自治区级核心育种场")
            for f, stretch in zip(run, stretches):
                at = LEVEL_WORD.search(stretch)
                out[id(f)] = (_LEVEL_NOUN_END.split(stretch[at.start() :], 1)[0], "level")  # type: ignore[union-attr]
    return out


def _levelled(run: list[tuple[str, Figure]]) -> list[tuple[str, Figure]]:
    """A run's items with the level its first item names ("国家级重点实验室 4家、技术创新中心 2 家": the
    centres are national too), each item that names none of its own taking it."""
    level = LEVEL_WORD.match(run[0][0])
    if level is None:
        return run
    return [(label if LEVEL_WORD.match(label) else level.group(0) + label, f) for label, f in run]



# "2000 元/人·月": an amount per person and per month (or year).
_PER_PERSON_PERIOD = re.compile(r"\s*[·.．/]\s*(月|年)")


def _count_of_kind(question: str, kind: str) -> int | None:
    """The one number the question states of things of ``kind`` (person, organisation…), else None."""
    numbers = {c.number for c in stated_counts(question) if kind and c.kind == kind}
    return numbers.pop() if len(numbers) == 1 else None


def _yearly_before(before: str) -> bool:
    """Do the words before a figure (``before``) say it is paid each year: a yearly word ("每年", "/年"), or a yearly
    salary ("给予年薪60万元") with no money figure between it and the figure ("年薪在60万元及以上…的骨干人员给予10万元
    生活补贴": that 年薪 is the salary of whom it is paid to)?"""
    for m in _YEARLY.finditer(before):
        if m.group(0) != "年薪" or not any(g.dimension == "money" for g in figures(before[m.end() :])):
            return True
    return False


def _once_before(window: str) -> bool:
    """Does ``window``, the words just before a figure, say it is paid once ("一次性给予"), with no yearly or
    monthly word after that?"""
    at = window.rfind("一次性")
    return at >= 0 and not _YEARLY.search(window[at:]) and not _MONTHLY.search(window[at:])


def _continuing(run: re.Match[str]) -> bool:
    """A run of years something is given through ("连续支持 3 年"), not one that says who
    qualifies ("对连续两年入库的国家科技型中小企业")."""
    return "的" not in re.split(r"[，,。；;]", run.string[run.end() :])[0]


def _paired(run: list[Figure], items: list[str]) -> dict[int, tuple[str, str]]:
    """Each figure of a run (by id) with its listed item and its place: first, middle or last."""
    return {id(f): (item, role) for f, item, role in zip(run, items, _roles(len(items)))}


def _roles(count: int) -> list[str]:
    """The places of the items of a list: first, middle…, last."""
    return ["first", *["middle"] * (count - 2), "last"] if count >= 2 else []


def _run(text: str, found: list[Figure]) -> list[Figure]:
    """The figures listed one after another ("3 万元、2万元、1万元"), from the first."""
    run: list[Figure] = []
    for f in found:
        if run and not re.fullmatch(r"\s*(?:、|和|或|及|，|,)?\s*", text[run[-1].unit_end : f.start]):
            break
        run.append(f)
    return run


def _items_before(text: str, pos: int, count: int, grouped: bool = False) -> list[str]:
    """The ``count`` items a 分别 at ``pos`` goes with: listed in the words just before it, or in an
    earlier stretch of the same sentence ("设立“A奖”“B奖”“C奖”，对获奖人才分别给予…", "对新获评的
    A、B、C，每年分别给予…")."""
    start = max(text.rfind(c, 0, pos) for c in "；;。") + 1
    # "新获得…等国家级奖项或…等自治区级奖项的…作品，分别给予 50 万元、20 万元": groups of items, each
    # closed by its level (each written once), pair with the figures in the order the levels are written
    # (asked for: a level names its group only beside one of its members, "拿了国家级舞蹈荷花奖", which a
    # stretch of the question says and a whole question may not: "…国家级舞蹈荷花奖，…自治区级非遗传承人")
    levels = LEVEL_WORD.findall(text[start:pos])
    by_level = levels if grouped and count >= 2 and len(levels) == count and len(set(levels)) == count else []
    stretches = re.split(r"[，,：:]", text[start:pos])
    for stretch in reversed(stretches[-LIST_STRETCHES:]):
        items = _list_items(stretch) or _range_items(stretch)
        if 0 < len(items) < count:
            # "创新型中小企业、“专精特新”中小企业和“小巨人”企业，分别给予 20 万元、50 万元、100 万元": the last
            # two items joined by 和
            items = _list_items(stretch, joined=True) or items
        if len(items) > count >= 2:
            if by_level:
                return by_level  # more items than figures: the items are grouped by level
            # "猎头公司、社会组织等机构…引进 A、B、C、D类人才，分别给予…": two lists in one stretch;
            # the one 分别 goes with ends just before it
            items = _list_items("、".join(stretch.split("、")[-count:]))
        if len(items) == count:
            return items
        if len(ranged := _range_items(stretch)) == count:
            return ranged  # "猎头公司、社会组织等机构…全职引进 D类及以上人才，分别给予 30 万元、20 万元、10 万元、5万元"
    return by_level


_NUMERALS = "一二三四五六七八九十"
# "一至四类人才", "A至D类": a range of numbered classes, each an item of the list.
_CLASS_RANGE = re.compile(rf"([{_NUMERALS}]|[A-F])\s*(?:至|到|—|-|~)\s*([{_NUMERALS}]|[A-F])\s*(类|级|档|星)")
# Talent classes in their order ("D类及以上人才" is A类 to D类).
_CLASS_ORDER = "ABCDEF" + _NUMERALS


def _range_items(stretch: str) -> list[str]:
    """The classes of a range ("对培养新增的一至四类人才" → 一类, 二类, 三类, 四类; "全职引进 D类及以上人才" → A类, B类,
    C类, D类: the first class up to the one named), or []."""
    m = _CLASS_RANGE.search(stretch)
    if m is None and "及以上" in stretch:
        # (the classes a provision names, "及以上" spelled out, in their order: A first)
        return [f"{c}类" for c in sorted(talent_classes(stretch), key=_CLASS_ORDER.index)]
    if m is None:
        return []
    letters = _NUMERALS if m.group(1) in _NUMERALS else "ABCDEF"
    first, last = letters.find(m.group(1)), letters.find(m.group(2))
    if first < 0 or last <= first:
        return []
    return [f"{c}{m.group(3)}" for c in letters[first : last + 1]]


# The word joining a list's last two items ("A、B和C"), not 及 of "及以上", "及其".
_JOINING = re.compile(r"[和与]|及(?!以[上下]|其)")


def _list_items(before: str, joined: bool = False) -> list[str]:
    """The items of "对新获评国家级、自治区级、市级优秀医师或优秀护士的" listed before 分别:
    ["国家级", "自治区级", "市级"]. The items between separators are whole; the first and the
    last are cut to the length of their neighbours (listed items are alike). With ``joined``, the
    last two items are joined by 和, 与 or 及 ("A、B和C"; not "D类及以上")."""
    quoted = re.findall(r"“([^”]{2,20})”", before)
    if len(quoted) >= 2 and re.search(r"(?:“[^”]{2,20}”[、和与及或]?){2,}", before):
        return quoted  # "设立“绿城特别贡献奖”“绿城突出贡献奖”“绿城贡献奖”": named whole
    pieces = [p for p in re.split(r"、", before) if p]
    if joined and len(pieces) >= 2 and len(halves := _JOINING.split(pieces[-1], maxsplit=1)) == 2 and all(halves):
        pieces = [*pieces[:-1], *halves]
    if len(pieces) < 2:
        pieces = [p for p in _LIST_SEP.split(before) if p]
    if len(pieces) < 2:
        return []
    middle = pieces[1:-1]
    width_first = len(pieces[1])
    width_last = len(pieces[-2]) if len(pieces) > 2 else len(pieces[0])
    first = pieces[0][-(width_first + 1) :] if len(pieces[0]) > width_first + 1 else pieces[0]
    last = pieces[-1][: width_last + 1] if len(pieces[-1]) > width_last + 1 else pieces[-1]
    first = re.sub(r"^(?:对|新|获|评|认定为|为|的|按照|照|按)+", "", first)
    if len(after := first.rsplit("的", 1)[-1]) >= 2:
        first = after  # "对新认定的国家、自治区级…": 国家, what the words before 的 say is done to it
    return [first, *middle, last]


# A level said of the policy followed, not of the thing got ("按自治区政策"): it names no item.
_POLICY_LEVEL = re.compile(r"(?:按|依|依据|根据|按照)\s*$|^(?:的)?(?:政策|规定|文件|层面|标准)")


def item_name(term: Term) -> str:
    """The name of the listed item ``term`` is paid for, as a step or a line shows it: "领军人才（C类）" of
    "对全职引进的杰出人才（B类）、领军人才（C类）…", its level of a list of levels."""
    if term.role != "level" and (numeral := _own_numeral(_core(term.item), term.role)):
        # "开展Ⅰ、Ⅱ、Ⅲ期临床试验": 开展I is Ⅰ期, as the guide writes it, with the word its run of numerals ends with
        word = next((w for w in _SERIES_WORD if re.search(rf"(?:IV|VI|V|I{{1,3}})\s*{w}", f"{term.lead} {term.segment}")), "")
        if word:
            return ROMAN_SYMBOLS[ROMAN_NUMERALS.index(numeral)] + word
    name = strip_numbering(term.item.lstrip()) if term.role != "level" else LEVEL_WORD.match(term.item).group(0)  # type: ignore[union-attr]
    name = re.sub(r"[或和及与等的]+$", "", re.sub(r"^(?:对|新|获|评|得|取得|认定为|为)+", "", name))
    return name.rsplit("的", 1)[-1] if len(name.rsplit("的", 1)[-1]) >= 2 else name  # "带动力强的示范家庭农牧场"


def named_item(clause: Clause, provision: str, asked: str, english: bool) -> Term | None:
    """The one term of a 分别 list of ``provision`` whose item the question part ``asked`` names ("C类人才安家补贴"
    of "对…杰出人才（B类）、领军人才（C类）…分别给予 300 万元、250 万元…"); None when it names none or several."""
    listed = [t for t in provision_terms(clause, provision) if t.item and not t.unpaired]
    if len(listed) < 2:
        return None
    names = default_glossary().render(asked) if english else asked
    # (an English part names an item by its letter class only: its words' senses name too loosely, "a headhunter")
    named = [] if english else [t for t in listed if _named(t.item, t.role, names, [o.item for o in listed if o is not t]) >= 0]
    if not named and (letter := asked_talent_class(asked)) is not None:
        named = [t for t in listed if item_classes(t) == {letter}]  # "a class C talent": 领军人才（C类）
    if len(named) != 1 or LEVEL_WORD.search(item_name(named[0])):
        return None  # (a level of a list read as its item, "…新获评自治区级", is no item's name)
    # another item the part names as well, however briefly ("A、B、C类人才", "中重度盐碱地"): more than one is asked
    return None if any(_mentioned(t, names) for t in listed if t.item != named[0].item) else named[0]


def item_classes(term: Term) -> set[str]:
    """The talent classes a listed item names: "领军人才（C类）" → C, and a lone letter of a run the last
    letter closes with 类 ("A、B、C、D类") is a class too."""
    if letters := talent_classes(term.item):
        return letters
    letter = term.item.strip()
    if re.fullmatch(r"[A-Za-z]", letter) and re.search(rf"{letter}(?:\s*[、，,]\s*[A-Za-z])*\s*类", term.tier):
        return {letter.upper()}
    return set()


def _mentioned(term: Term, names: str) -> bool:
    """Does ``names`` write the listed item of ``term`` at all: its letter class ("B"), or its name?"""
    if letters := item_classes(term):
        return any(re.search(rf"(?<![A-Za-z]){letter}(?![A-Za-z])", names) for letter in letters)
    # (a first item read with the words before it, "0 亩以上中" of "5000 亩以上中、重度盐碱地", is named by its end)
    name = re.sub(r"^.*?(?:以上|以下|以内)", "", _core(item_name(term))).strip()
    return bool(name) and name in names


def _level_named(level: str, question: str) -> int:
    """Where the question names a figure's ``level`` (国家级, or 国家 before what is got: "国家绿色工厂"),
    not the level of the policy it asks under ("按自治区政策"), or -1."""
    # (an English question names a level by its adjective, rendered with 级: "national" → 国家级; the bare
    # 自治区 of "Inner Mongolia" is the region the guide is about, not a level of what is paid)
    english = detect_language(question) == "en"
    for word in dict.fromkeys((level, level.removesuffix("级"))):
        for m in re.finditer(re.escape(word), question):
            if english and word != level and not (_LEVEL_RUN_AFTER.match(question, m.end())
                                                  or _LEVEL_RUN_BEFORE.search(question, 0, m.start())):
                continue  # (in English a bare 自治区 names a level only in a run of levels: "one national, one
                # autonomous-region and one city-level platform", the last one's "-level" said once for all)
            if not (_POLICY_LEVEL.search(question[: m.start()]) or _POLICY_LEVEL.search(question[m.end() :])):
                return m.start()
    return -1


# A level named in a run of levels ("1个国家级 one 自治区 and 1个市级", as an English list is rendered).
_LEVEL_RUN_AFTER = re.compile(
    rf"\s*(?:,|，|、|和|与|及|\band\b|\bor\b)\s*(?:\bone\b|\ban?\b|\d+个|一个)?\s*(?:{LEVEL_WORD.pattern}|(?:国家|自治区|市|旗)(?=、|和|与|及))"
)
_LEVEL_RUN_BEFORE = re.compile(rf"(?:{LEVEL_WORD.pattern})\s*(?:,|，|、|和|与|及|\band\b|\bor\b)\s*(?:\bone\b|\ban?\b|\d+个|一个)?\s*$")


# The fewest characters of a last item's end that name it ("产业化联合体" of "农牧业产业化联合体等").
LAST_NOUN_CHARS_MIN = 4
# ...and a middle item by a run of its own characters no other item writes, as long as this at least
MIDDLE_RUN_MIN = 3


def _core(item: str) -> str:
    """A listed item without its bracketed aside ("高级人才（E类）" → 高级人才: its class aside)."""
    return re.sub(r"[（(].*?[）)]", "", item).strip()


def _named(item: str, role: str, question: str, others: Sequence[str] = (), english: bool = False, senses: bool = True) -> int:
    """Where the question names ``item`` (see :func:`_written`), or -1; an English question (``question``
    with the glossary's words rendered) also by a guide word of the item's own (see :func:`_named_en`;
    ``senses``: by the senses of the words it leaves in English too), or as the other of two items named by their
    shared noun (see :func:`_the_other_named`)."""
    at = _written(item, role, question, others)
    if at < 0 and english and role != "level":
        at = _named_en(_shared_tail_cut(item, role, others) or item, question, others, senses)
    return at if at >= 0 else _the_other_named(_core(item), others, question)


# What joins two things a question names apart ("孵化器和众创空间", "an incubator and a maker space").
_JOINER = re.compile(r"[和与及、,，;；/&]|\b(?:and|or|plus)\b", re.IGNORECASE)
# How close after one named item another is read as the same name: "奶牛 核心育种场" (a dairy-cow core breeding farm
# of "国家级奶牛、奶羊核心育种场") names one thing by two items' words.
SAME_NAME_GAP = 4


def _apart(positions: Sequence[int], names: str) -> list[int]:
    """The places where the question names items of one list, those read as one name dropped: an item named
    right after another (within ``SAME_NAME_GAP`` characters) with nothing joining them is the same thing named
    by the list's shared words ("国家级奶牛、奶羊核心育种场" asked of "a national-level dairy cow core breeding
    farm": 奶牛, then 核心育种场, is one farm)."""
    kept: list[int] = []
    for at in sorted(positions):
        if kept and at - kept[-1] <= SAME_NAME_GAP + 1 and not _JOINER.search(names[kept[-1] : at]):
            continue
        kept.append(at)
    return kept


def _shared_tail_cut(item: str, role: str, others: Sequence[str]) -> str | None:
    """A last item without the noun the whole list shares: where the other items all end in the character
    that ends the last one's own word ("国家级、自治区级、市级人才科创平台": 级), what follows it is the
    noun of every item (市级), and names none of them apart; None when the others share no such end."""
    core = _core(item)
    ends = {o.strip()[-1:] for o in others if o.strip()}
    if role == "last" and len(ends) == 1 and (end := ends.pop()) in core[1:]:
        return core[: core.index(end, 1) + 1]
    return None


# Every item of a list had once: "one of each", "各有一个", "每种一个".
_ONE_OF_EACH = re.compile(r"\bone of each\b|\beach one of them\b|各(?:有)?一[个名位家项]|每(?:种|类|样)(?:各)?(?:有)?一[个名位家项]",
                          re.IGNORECASE)
# A guide word an English question renders that says only that something is paid names no item of a list.
_PAID_ONLY = re.compile(r"一次性|奖励|奖补|补贴|补助|资助|支持|扶持|经费|资金")


def _named_en(item: str, names: str, others: Sequence[str], senses: bool = True) -> int:
    """Where an English question (``names``: the glossary's guide words rendered into it) names a list's
    ``item`` by a guide word of two characters or more that the item writes and no other item of its
    list does ("international science and technology cooperation base" renders 科技, written by
    "国际科技合作基地" and not by "国家引才引智示范基地"), or -1. The glossary renders few of an item's
    words, but one it renders that only this item writes tells it from its neighbours. (A level, "national" →
    国家级, names an item only with what is got at it: see :func:`_written`; nor does the region, "Inner
    Mongolia" → 自治区.)"""
    core = _core(item)

    def names_item(word: str) -> bool:
        scope = HOME.search(word) or LEVEL_WORD.fullmatch(word.removesuffix("级") + "级")
        return not scope and word in core and not _PAID_ONLY.fullmatch(word) and not any(word in o for o in others)

    for m in re.finditer(r"[\u4e00-\u9fff]{2,}", names):
        if names_item(m.group(0)):
            return m.start()
    # the glossary's senses of the words it leaves in English ("5A-rated logistics company" → 企业), where the
    # words stand: for the items of a list pairing each with its own figure (分别), not for the things one
    # figure is given to (a loose sense, "service" → 服务, would count one of them twice)
    for phrase, found in default_glossary().groups(names) if senses else ():
        if any(names_item(t) for t in found if len(t) >= 2):
            at = names.find(" ".join(phrase))
            if at < 0:  # a phrase whose words the guide's words rendered between part ("intermediate 知识产权 title")
                first = re.search(rf"(?<![a-z]){re.escape(phrase[0])}(?![a-z])", names)
                at = first.start() if first else -1
            return at if at >= 0 else len(names)
    return -1


def _english_senses(names: str, naming: bool = False) -> list[str]:
    """The guide words (two characters or more) of the English words a rendered question leaves in English;
    with ``naming``, only those of a phrase of two words or more, or of three characters or more ("industry"
    alone is 产业, 工业 or 行业; "cluster" is 产业集群)."""
    return [t for phrase, found in default_glossary().groups(names) for t in found
            if len(t) >= (2 if len(phrase) >= 2 or not naming else NAMING_SENSE_CHARS) and not HOME.search(t)]


def _written(item: str, role: str, question: str, others: Sequence[str] = ()) -> int:
    """Where the question writes ``item`` (its level word, e.g. 自治区级), or -1. A list's first item
    may carry words of the sentence before it ("得初级") and its last the words after it
    ("市级优秀医"): the longest end of the first (start of the last), two characters at least,
    that the question writes and no other item of the list (``others``) shares, names it."""
    core = _core(item)
    if role == "level":
        # its level, and what is got at it by two characters running ("核心育种场" of "奶牛、奶羊核心育种场")
        level = LEVEL_WORD.match(core)
        noun = core[level.end() :] if level else ""
        pairs = {noun[i : i + 2] for i in range(len(noun) - 1)}
        if level is None or (noun and not any(_CJK.fullmatch(p[0]) and p[1] != "、" and p in question for p in pairs)):
            return -1
        return _level_named(level.group(0), question)
    at = _written_apart(core, role, question, others)
    if at < 0 and LEVEL_WORD.fullmatch(core) and detect_language(question) == "en":
        # an English list of levels with "-level" said once ("one national, one autonomous-region and one city-level
        # platform", rendered "1个国家级 one 自治区 and 1个市级"): a level's bare name in a run of levels names it (a
        # Chinese "国家和自治区级科技成果转化平台" names the guide's one provision for both)
        stem = core.removesuffix("级")
        at = next((m.start() for m in re.finditer(re.escape(stem), question)
                   if _LEVEL_RUN_AFTER.match(question, m.end()) or _LEVEL_RUN_BEFORE.search(question, 0, m.start())), -1)
    return at


def _written_apart(core: str, role: str, question: str, others: Sequence[str]) -> int:
    """Where the question writes an item of a list that is not a level (see :func:`_written`), or -1."""
    distinct = _distinct(core, [_core(o) for o in others])
    if distinct != core and len(distinct) >= 2 and (at := _find_item(question, distinct)) >= 0:
        return at  # "自治区级…集群和国家级…集群": the words the items do not share name them
    if (symbol := _series_symbol(core, role, others)) is not None:
        # "开展Ⅰ、Ⅱ、Ⅲ期临床试验": an item of a run of Roman numerals is named by its own numeral with the word
        # the run ends with ("Ⅲ期", "III期", "Phase III"), never by another's ("Phase II" is no Ⅲ期)
        return _symbol_named(symbol, question)
    if len(core) == 1 and re.fullmatch(r"[A-Za-z一二三四五六七八九十]", core):
        # "A、B、C、D类人才": a lettered (numbered) item is named with the class word the list ends with
        return min((at for word in (f"{core}类", f"{core}级", f"{core}档") if (at := _find_item(question, word)) >= 0), default=-1)
    if role == "label" and (level := LEVEL_WORD.match(core)) and core[level.end() :]:
        # an item of a level ("国家级技术创新中心"): the question names the level, and the item among
        # the others of that level ("国家级重点实验室、技术创新中心…一共多少家": the level is said once)
        if _find_item(question, level.group(0)) < 0:
            return -1
        bare = [o[level.end() :] for o in others if o.startswith(level.group(0)) and o[level.end() :]]
        return _written(core[level.end() :], role, question, bare)
    if role == "label":
        # an item written before its own figure: whole, or by its shortest start no other item
        # shares ("中级职称" beside "高级职称", "专利代理师": 中级)
        if (at := _find_item(question, core)) >= 0:
            return at
        for size in range(2, len(core)):
            if not any(o.startswith(core[:size]) for o in others):
                return _find_item(question, core[:size])
        return -1
    if role == "middle":
        if len(core) < 2:
            return -1
        if (at := _find_item(question, core)) >= 0:
            return at
        # "合作社示范社", "示范合作社" of "…、农牧民合作社示范社、…": the longest run of the item's own characters
        # (three at least) that no other item of the list writes (not of a level: "内蒙古自治区" names no 自治区级)
        if LEVEL_WORD.match(core):
            return -1
        for size in range(len(core) - 1, MIDDLE_RUN_MIN - 1, -1):
            for i in range(len(core) - size + 1):
                word = core[i : i + size]
                if all(_CJK.fullmatch(c) for c in word) and not any(word in other for other in others) \
                        and (at := _find_item(question, word)) >= 0:
                    return at
        return -1
    if role == "first" and len(others) == 1 and len(last := others[0].strip()) >= 2 and core and _CJK.fullmatch(core[-1]):
        # "正、副高级专业技术资格证书": a one-character first item shares what follows the last one's first
        # character (正高级), and the question may name it by as much of that as it writes ("正高职称")
        for size in range(len(last) - 1, 0, -1):
            if (at := _find_item(question, core[-1] + last[1 : 1 + size])) >= 0:
                return at
    if (cut := _shared_tail_cut(core, role, others)) is not None:
        # "国家级、自治区级工业设计中心": the other items end in 级, so the last one is 自治区级, no shorter
        return _find_item(question, cut)
    for size in range(len(core), 1, -1):
        word = core[-size:] if role == "first" else core[:size]
        if any(word in other for other in others):
            break  # shorter ends name the other items as well
        at = _find_item(question, word)
        if at >= 0:
            return at
    if role == "last":
        # "…、农牧业产业化联合体等经营主体": the last item closed by 等 is named by its noun ("产业化联合体")
        core = core.removesuffix("等")
        for size in range(len(core) - 1, LAST_NOUN_CHARS_MIN - 1, -1):
            word = core[-size:]
            if not any(word in other for other in others) and (at := _find_item(question, word)) >= 0:
                return at
    return -1


# The words a series of Roman numerals is named by ("Ⅲ期" reads "III期" once normalised), in the guide's words and in
# English ("Ⅲ期", "Phase III").
_SERIES_WORD = {"期": "phase|stage"}


def _numeral(text: str, at_end: bool) -> str:
    """The Roman numeral ``text`` ends (or starts) with, or ""."""
    m = re.search(r"(?<![A-Za-z])([IVX]+)$" if at_end else r"^([IVX]+)(?![A-Za-z])", text)
    return m.group(1) if m and m.group(1) in ROMAN_NUMERALS else ""


def _own_numeral(core: str, role: str) -> str:
    """An item's own numeral: the first item of a list may carry the words before it ("开展I")."""
    return _numeral(core, role == "first") or _numeral(core, False)


def _series_symbol(core: str, role: str, others: Sequence[str]) -> str | None:
    """The numeral of an item of a list of Roman numerals ("开展Ⅰ、Ⅱ、Ⅲ期临床试验" reads "开展I", "II", "III": I): every
    item is one numeral (the first may carry the words before it)."""
    cores = [_core(o).strip() for o in others]
    if not cores or not all(_numeral(c, False) for c in cores[1:]) or not (_numeral(cores[0], True) or _numeral(cores[0], False)):
        return None
    return _own_numeral(core, role) or None


_NUMERAL = r"(?:Ⅳ|Ⅴ|Ⅵ|Ⅰ|Ⅱ|Ⅲ|IV|VI|V|I{1,3}|[1-6一二三四五六])"
_NUMERAL_JOIN = r"\s*(?:[、，,/&]|\band\b|\bor\b|和|及|与|或)\s*"


def _symbol_named(numeral: str, question: str) -> int:
    """Where the question names the item of a numeral with a series word, alone or in a run of numerals ("Ⅲ期",
    "Ⅰ、Ⅲ期", "III期", "3期", "三期", "Phase III", "Phases I, II and III"), or -1."""
    number = ROMAN_NUMERALS.index(numeral) + 1
    forms = {numeral, str(number), _NUMERALS[number - 1], ROMAN_SYMBOLS[number - 1]}
    # (Roman numerals may follow one another with spaces only: "phase i ii and iii", a question rendered without commas)
    run = rf"{_NUMERAL}(?:{_NUMERAL_JOIN}{_NUMERAL}|\s+(?:IV|VI|V|I{{1,3}})(?![A-Za-z0-9]))*"
    for word, english in _SERIES_WORD.items():
        for m in re.finditer(rf"(?<![A-Za-z0-9])({run})\s*{word}|\b(?:{english})s?[- ]?({run})(?![A-Za-z0-9])", question, re.IGNORECASE):
            group = 1 if m.group(1) else 2
            for n in re.finditer(_NUMERAL, m.group(group), re.IGNORECASE):
                if n.group(0).upper() in forms or n.group(0) in forms:
                    return m.start(group) + n.start()  # (each numeral of a run names its own item, where it stands)
    return -1


def _same_items(a: Sequence[Term], b: Sequence[Term]) -> bool:
    """Do two tiers list the same items ("国际、国家（行业）标准" twice), each cut to its own width?"""
    if len(a) != len(b) or len(a) < 2:
        return False
    for x, y in zip(a, b):
        first, last = x.item.strip(), y.item.strip()
        if x.role == "first" and first[-2:] != last[-2:]:
            return False
        if x.role == "last" and first[:2] != last[:2]:
            return False
        if x.role == "middle" and first != last:
            return False
    return True


def _distinct(item: str, others: Sequence[str]) -> str:
    """``item`` without the words at its end (and start) that every other item of its list also
    has: "自治区级中小企业特色产业集群" beside "国家级中小企业特色产业集群" → "自治区级"."""
    if not others:
        return item
    end = min(len(os.path.commonprefix([item[::-1], o[::-1]])) for o in others)
    start = min(len(os.path.commonprefix([item, o])) for o in others)
    return item[start : len(item) - end] if start < len(item) - end else item


def _the_other_named(core: str, others: Sequence[str], question: str) -> int:
    """Where the question names one of two items sharing the noun they end in by that noun alone, the other item
    named apart by its own words, or -1: "一位有潜力参选院士的领军人才和一位行业领军人才" of "…高层次领军人才、
    行业领军人才" names 高层次领军人才 by its second 领军人才."""
    if len(others) != 1:
        return -1
    other = _core(others[0])
    tail = os.path.commonprefix([core[::-1], other[::-1]])[::-1]
    own = _distinct(other, [core])
    if len(tail) < 2 or own == other or len(own) < 2 or not _CJK.fullmatch(tail[0]):
        return -1
    theirs = [m.start() + len(own) for m in re.finditer(re.escape(own + tail), question)]
    if not theirs:
        return -1
    # (not another rendering of the other item's English name: "2个产业领军人才/行业领军人才")
    return next((m.start() for m in re.finditer(re.escape(tail), question)
                 if m.start() not in theirs and not ("/" in (word := _word_at(question, m.start())) and own + tail in word)), -1)


def _word_at(text: str, at: int) -> str:
    """The run of characters without a space around ``at``."""
    start = text.rfind(" ", 0, at) + 1
    end = text.find(" ", at)
    return text[start : end if end >= 0 else len(text)]


def _find_item(question: str, word: str) -> int:
    """Where ``word`` stands in the question, not as a counting word after a number ("3个人获评个人":
    the second 个人 is the item), quotation marks aside ("“专精特新”中小企业" is named by 专精特新中小企业)."""
    kept = [i for i, c in enumerate(question) if c not in _QUOTES]
    bare, word = "".join(question[i] for i in kept), "".join(c for c in word if c not in _QUOTES)
    if not word:
        return -1
    at = bare.find(word)
    while at > 0 and re.match(r"[\d一二两三四五六七八九十]", bare[at - 1]):
        at = bare.find(word, at + 1)
    return kept[at] if at >= 0 else -1


_QUOTES = frozenset("“”\"‘’")


# The item of a list paying a person, beside items paying groups ("给予个人 2万元、团队 5 万—15 万元").
_INDIVIDUAL_ITEM = re.compile(r"个人")
_GROUP_ITEM = re.compile(r"团队|集体|单位|企业|机构")
_GROUP_NAMED = re.compile(rf"{_GROUP_ITEM.pattern}|公司|\b(?:teams?|groups?|units?|firms?|compan(?:y|ies)|organi[sz]ations?)\b",
                          re.IGNORECASE)


def _persons_counted(item: str, others: Sequence[str], question: str) -> int | None:
    """The number of people a question counts ("三名农技推广人员", "Three farm-tech extension workers") when ``item``
    is the one a list pays a person, its other items paying groups, and the question names no group: those people
    are paid that item each. None otherwise."""
    if not (_INDIVIDUAL_ITEM.fullmatch(item.strip()) and others and all(_GROUP_ITEM.search(o) for o in others)):
        return None
    if _GROUP_NAMED.search(question):
        return None
    counts = stated_counts(question)
    numbers = {c.number for c in counts}
    return numbers.pop() if counts and all(c.kind == "person" for c in counts) and len(numbers) == 1 else None


def paid_at_two_ranks(terms: Sequence[Term], question: str) -> bool:
    """Does the question state things at two ranks ("2 ranked in the top 50 and 1 ranked 70th") where a term is paid
    by rank ("排名进入…前 50 名…每头奖励 100 万元")? Each is paid at its own rank's rate: one rate read for all of them (or
    one rank's left out) is no sum."""
    return any(TOP_RANKS.search(t.lead) for t in terms) and len(rank_places(question)) > 1


def _count_before(question: str, pos: int) -> int:
    """The number of items the question puts with the item at ``pos``: just before it, in its own phrase
    ("2名护士新评上自治区级" → 2), or after it when nearer ("高级社工证的1人、中级的3人" → 1 and 3); 1 if none."""
    window = question[max(0, pos - COUNT_WINDOW) : pos]
    if not re.search(r"[A-Za-z]", window) and (breaks := list(_PHRASE_BREAK.finditer(window))):
        window = window[breaks[-1].end() :]  # (a count of the phrase before counts another item: "…的1人、中级")
    counts = list(_COUNT.finditer(window))
    quoted = question[:pos].count("“") > question[:pos].count("”")  # (the item is a name in quotation marks)
    if not quoted and not _LATIN_BEFORE.search(question[:pos]) and (after := _COUNT_AFTER.match(question, pos)):
        if not counts or after.start(1) - pos < len(window) - counts[-1].end():
            return number_word(after.group(1)) or 1
    if not counts and _LATIN_BEFORE.search(window):
        # an English question rendered in the guide's words puts more words between a count and its item
        # ("2个staff newly obtained full senior 正高级"): the count of the same phrase, a few words back
        # ("2个paying 失业保险 earned an 中级": an article before the item says one, whatever the count before it)
        pieces = re.split(f"({_PHRASE_START_EN.pattern})", question[:pos], flags=re.IGNORECASE)
        last = pieces[-1]
        if len(pieces) >= 3 and pieces[-2].lower() == "with" and not _COUNT.search(last):
            last = f"{pieces[-3]} {last}"  # "3个staff with intermediate": what the counted have, not a phrase of its own
        phrase = " ".join(last.split()[-COUNT_WORDS_EN:])
        counts = [] if _ONE_SAID_EN.search(phrase) else list(_COUNT.finditer(phrase))
    if not counts:
        return 1
    return number_word(counts[-1].group(1)) or 1


# A step multiplied by a number of items ("2000元 × 40 × 3 months"), not only of years or months ("10万元 × 3年").
_ITEMS_TIMES = re.compile(r"×\s*[\d.]+(?![\d.])(?!\s*(?:年|个月|years?|months?))")


# The fewest characters of the noun every item of a list ends with that make it a list of that noun.
LIST_NOUN_CHARS_MIN = 3


def _list_noun_named(items: Sequence[str], names: str) -> bool:
    """Does the question name what a list's items are, when they are of one kind: the noun written
    after the last item ("国家级、自治区级工业设计中心") or at the end of each ("自治区级中小企业特色产业集群和
    国家级中小企业特色产业集群")? Level words alike name no such list's items. In English, the guide words
    of the words the glossary leaves in English name it too ("characteristic industry cluster": 产业集群)."""
    head = list_head(items)
    senses = _english_senses(names, naming=True)
    if len(head) >= 2:
        # (or by its first word in English: "talent" names 人才科创载体平台, though alone it names no item)
        # (or by three characters running that it writes: "…成果转化示范区" of "科技成果转移转化示范区", read as far as "科技成果转")
        return (head[:2] in names or any(t in head for t in senses) or head[:2] in _english_senses(names)
                or any(_CJK.fullmatch(head[i]) and head[i : i + 3] in names for i in range(len(head) - 2)))
    cores = [_core(i) for i in items]
    end = os.path.commonprefix([c[::-1] for c in cores])[::-1] if len(cores) >= 2 else ""
    # (named by its start, or by its last words: "产业集群" of "中小企业特色产业集群")
    return (not (len(end) >= LIST_NOUN_CHARS_MIN and _CJK.fullmatch(end[0])) or end[:2] in names or end[-4:] in names
            or any(t in end for t in senses))


def _names_listed_items(names: str, found: Sequence[Term], english: bool = False) -> bool:
    """Does the question name two or more of the items the provision lists, each with its own figure?"""
    listed = [t for t in found if t.item]
    if listed and not _list_noun_named([t.item for t in listed], names):
        return False
    return sum(_named(t.item, t.role, names, [o.item for o in listed if o.item != t.item], english) >= 0 for t in listed) >= 2


# Words naming only that something is paid ("补贴", "资助"): what a list pays is named by the words before them.
_PAID_WORDS = re.compile(r"(?:一次性|研发|科研)?(?:经费|资金)?(?:补贴|补助|资助|奖励|奖补|支持|扶持|经费)$")


def _award_of_list(provision: str, found: Sequence[Term]) -> str:
    """What a list's figures are paid as: the words after its last figure, without the words that
    only say it is paid ("…50 万元人才培养资助" → 人才培养; "…80 万元安家补贴" → 安家), or ""."""
    text = normalise(provision)
    # (a list whose items are not written one by one, "全职引进 D类及以上人才，分别给予 30 万元、20 万元…荐才奖励", is
    # still paid as what follows its last figure)
    listed = [t for t in found if t.item] or (list(found) if len(found) > 1 and "分别" in text else [])
    if not listed:
        return ""
    last = max(listed, key=lambda t: t.figure.unit_end)
    tail = text[last.figure.unit_end : _phrase_end(text, last.figure.unit_end, len(text))].strip()
    core = _PAID_WORDS.sub("", tail)
    if re.search(r"[的给按为以]", core):
        return ""  # "…2000 元的标准给予…补贴": the figures are a standard, the award is named further on
    return core if len(core) >= 2 and _CJK.fullmatch(core[0]) else ""


def _award_named(award: str, names: str) -> bool:
    """Does the question name ``award`` (up to its first four characters: "安家", "人才培养")?"""
    return bool(award) and award[:4] in names


# Kinds of quantity a question states that a provision's tiers may be set by (not money asked, nor a period).
_TIER_KINDS = frozenset({"area", "count", "weight", "volume", "energy", "money"})


def _tier_condition(term: Term) -> Figure | None:
    """The threshold the words of a term's tier before it set ("年推广面积在 30 万亩以上的…"), or None."""
    found = [f for f in figures(term.lead) if f.unit is not None and is_condition(term.lead, f.start, f.unit_end)]
    return found[-1] if found else None


# A quantity a question states as a change ("比去年多了3.5万头", "新增了20家", "increased by 5,000 head"), and a threshold a
# provision sets on a change ("较上一年度新增…超过 3万头的", "比上年增加").
_CHANGE_BEFORE = re.compile(r"(?:比[^，,。？?]{0,8}?(?:多|增加|增长|提高)了?|新增了?|增加了?|多出了?|增长了?)\s*$|"
                            r"\b(?:increased|increase|grew|rose|up|more)\s+(?:of\s+|by\s+)?$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?(?:more than (?:last|the previous|a) year|up on last year)", re.IGNORECASE)
_CHANGE_CONDITION = re.compile(r"新增|增加|增长|较上一?年|比上一?年|同比")


def _stated_as_change(text: str, f: Figure) -> bool:
    """Is ``f`` a change the question states (by how much something grew), not an amount of it?"""
    clause = re.split(r"[，,。；;？?]", text[: f.start])[-1]
    return bool(_CHANGE_BEFORE.search(clause) or _CHANGE_AFTER.match(text, f.unit_end))


def _change_meets(question: str, condition: Figure) -> bool:
    """Does the one change of ``condition``'s kind the question states meet it ("多了3.5万头" of "新增…超过 3万头")?"""
    text = normalise(question)
    changes = [f for f in figures(text, question=True) if f.unit is not None and f.dimension == condition.dimension
               and f.reads_as_quantity and _stated_as_change(text, f)]
    return len(changes) == 1 and changes[0].value >= condition.value


def _tier_met(best: Term, found: Sequence[Term], question: str) -> tuple[Term, list[Term]]:
    """Of the tiers a provision sets by thresholds of one kind ("年推广面积在 10 万亩以上的一次性奖补 500 万元；年推广
    面积在 30 万亩以上的一次性奖补 1000 万元"), the one whose threshold is the highest the question's own quantity
    of that kind meets ("年推广40万亩": 1000 万元), and the other tiers, which add nothing to it; ``best`` and none
    when the question states no such quantity."""
    text = normalise(question)
    stated = [f for f in figures(text, question=True) if f.unit is not None and f.reads_as_quantity and f.dimension in _TIER_KINDS]
    tiered = []
    for term in found:
        condition = _tier_condition(term) if term.per == best.per else None
        quantity = [f for f in stated if condition is not None and f.dimension == condition.dimension]
        if condition is not None and len(quantity) == 1:
            tiered.append((term, condition, quantity[0]))
    if len(tiered) < 2 or not any(term is best for term, _, _ in tiered):
        return best, []
    met = [(term, condition) for term, condition, quantity in tiered if condition.value <= quantity.value]
    chosen = max(met, key=lambda m: m[1].value)[0] if met else best
    return chosen, [term for term, _, _ in tiered if term is not chosen]


@dataclass
class TotalCalculator:
    """Adds the money figures of the provisions a total question is about."""

    tokenize: Tokenize
    grouped: bool = False  # read lists grouped by level (see provision_terms): for one stretch of a question

    def _another_recipient(self, best: Term, term: Term, asked: set[str]) -> bool:
        """Is ``term``'s tier given to another recipient than ``best``'s, by the words of whom each is given to
        ("对…的企业" and "对…的用人单位"): the question names some of the first's own and none of the other's?"""
        mine, theirs = (set(self.tokenize(_to_whom(t.lead))) for t in (best, term))
        if not mine or not theirs:
            return False
        own = {w for w in mine - theirs if len(w) >= 2}
        other = {w for w in theirs - mine if len(w) >= 2}
        return bool(own & asked) and not other & asked

    def __call__(
        self, question: str, clauses: Sequence[Clause], terms: QuestionTerms, lang: str = "zh", counted_only: bool = False,
        counting: bool | str = False,
    ) -> Calculation | None:
        """The sum the question asks for; with ``counted_only`` (a question that states a number of
        items but asks no sum: "报了2个项目，最多能拿多少？") only one figure times that number; with
        ``counting`` a number of items is added up, not money ("每年遴选 150 个…连着评3年，一共多少个")."""
        names = default_glossary().render(question) if lang == "en" else question
        text = normalise(question)
        provisions = self.provisions(clauses, terms, counting, names, lang == "en")
        # each provision's terms, read once; one listing figures for things the question does not name adds nothing
        amounts_of = {id(p): self.amounts(text, p[1], p[2].text, lang, terms, counting) for p in provisions}
        # a list paying the award the question names ("安家补贴", "referral reward") sets aside the lists paying another
        # award to the same items ("…经培养达到 A、B、C类…分别给予…人才培养资助"), even when its own items cannot be
        # read for the question ("…全职引进 D类及以上人才，分别给予 30 万元、20 万元…荐才奖励")
        terms_of = {id(p): provision_terms(p[1], p[2].text, counting) for p in provisions}
        awards = {id(p): _award_of_list(p[2].text, terms_of[id(p)]) for p in provisions}
        if names and any(_award_named(awards[id(p)], names) for p in provisions):
            provisions = [p for p in provisions if not awards[id(p)] or _award_named(awards[id(p)], names)]
        provisions = [p for p in provisions if amounts_of[id(p)] != []]
        if not provisions:
            return None
        # the first clause given is the one the answer is about: its best provision leads, unless
        # another's list pairs its figures with two or more items the question names (the sum of them)
        # (one whose figures cannot be read for the question leads nothing)
        lead = next((p for p in provisions if p[1].clause_id == clauses[0].clause_id and amounts_of[id(p)] is not None), None)
        lists = [p for p in provisions if names and _names_listed_items(names, terms_of[id(p)], lang == "en")]
        if lists and lead not in lists:
            lead = lists[0]
        if lead is not None:
            provisions = [lead] + [p for p in provisions if p is not lead]
        # the recipients a question counts ("ten SMEs…") are those of one provision: one whose one-off
        # figure counts them leads, before another paying other recipients ("…高新技术产业开发区")
        # (and fits the question about as well: a worse fit counting them is another grant)
        counting = next((p for p in provisions if any(t.per == "once" and _recipients(text, t) > 1 for t in terms_of[id(p)])), None)
        if counting is not None and counting is not provisions[0] and counting[0] >= COUNTING_LEAD_RATIO * max(p[0] for p in provisions):
            provisions = [counting] + [p for p in provisions if p is not counting]
        chosen = [provisions[0]]
        first_tokens = set(self.tokenize(provisions[0][2].text))
        # the recipients a question counts ("two universities each…") are those of one provision:
        # when the first one's figure counts them, no other provision is added to it
        counts_recipients = counting is provisions[0]
        # "两项奖励加起来": as many awards as the question counts, when the first provision gives fewer
        wanted = _awards_counted(question)
        if wanted > 1:
            first = amounts_of[id(provisions[0])]
            wanted = wanted if first is not None and len(first) < wanted else 0
        # a run of years of one figure ("over the full contract") adds no other provision's figures; nor does
        # a sum of one grant's yearly figure over its years ("连续支持5年，至少一共能拿多少？", "the total over
        # the whole support period"), unless the question joins another thing to it ("加上", "plus", "两项")
        leading = amounts_of[id(provisions[0])] or []
        yearly_run = bool(leading) and all(t.per in ("year", "month") and value > t.yuan for _, value, t in leading)
        alone = counts_recipients or (not names_a_sum(question) and wanted <= 1 and not counted_only)
        alone = alone or (yearly_run and wanted <= 1 and not counted_only and not _JOINED.search(question))
        # (a figure paid per item times the items the question counts is what a counting question asks: "A dairy
        # farm with 1,200 cows has them all tested…" adds no other provision's lump sum to "每头补贴 15 元 × 1200")
        alone = alone or (counted_only and wanted <= 1 and any(_ITEMS_TIMES.search(step) for step, _, _ in leading))
        # "一年保费一共多少": what is added up is named (保费); a provision that pays no such thing ("…生产性能
        # 测定…补贴 70 元") is another grant, not a second term of it
        summed = _summed_noun(question)
        things = _named_things(names) if lang == "en" else []
        # (each provision's things named in the words leading to its own figures: "实施国家科技型中小企业和高新技术企业
        # 培育…计划，对再次获批…的国家高新技术企业给予20 万元" pays the high-tech enterprise, whatever its preamble names)
        first_paid = " ".join(t.segment for _, _, t in amounts_of[id(provisions[0])] or [])
        for provision in [] if alone else provisions[1:]:
            score, _, sentence = provision
            paid_apart = bool(things) and _names_two(things, first_paid, " ".join(t.segment for _, _, t in amounts_of[id(provision)] or []))
            if score < SECOND_RATIO * provisions[0][0] and not paid_apart:
                continue
            if summed and summed in provisions[0][2].text and summed not in sentence.text:
                continue
            if provisions[0] in lists and provision in lists and not _award_named(awards[id(provision)], names):
                continue  # the items named are paid by the first list; a second list of them pays another award
            adds = {t for t in set(self.tokenize(sentence.text)) - first_tokens if t in terms.weights and len(t) >= 2}
            # "…a regional-level industrial design centre and a regional-level enterprise technology centre": two
            # things the English question names in the guide's words, each paid by its own provision
            another = paid_apart or _names_two(things, provisions[0][2].text, sentence.text)
            if lang == "en" and provisions[0] in lists and not another:
                continue  # the first list pays the things the English question names; another pays nothing it names
            # ("对首次认定的…给予一次性奖励。…管理期满考核优秀的，…再给予一次性奖励": one clause's grant and its grant again)
            again = provision[1].clause_id == provisions[0][1].clause_id and any(
                _AGAIN.search(p[2].text) for p in (provision, provisions[0]))
            if (adds or paid_apart) and (wanted > 1 or another or again
                                         or sum(terms.weights[t] for t in adds) >= SECOND_ADDS * terms.total):
                chosen.append(provision)
                break
        steps: list[str] = []
        shown: list[Term] = []
        total = Decimal(0)
        clause_ids: list[str] = []
        used = 0
        multiplied = False
        counted_awards = _awards_counted(question)  # "两项一共": that many awards, wherever each is read
        for provision in chosen:
            clause = provision[1]
            amounts = amounts_of[id(provision)]
            if amounts is None and counted_only and provision is not chosen[0]:
                continue  # a figure paid per item the question counts none of is not asked: the items counted are another's
            if amounts is None:
                return None
            if counted_awards > 1:
                amounts = amounts[: max(0, counted_awards - used)]
            for step, value, term in amounts:
                if any(t.yuan == term.yuan and ((t.tier, t.own) == (term.tier, term.own) or _alike(t.segment, term.segment))
                       and not (t.tier != term.tier and (_AGAIN.search(term.tier) or _AGAIN.search(t.tier))
                                and t.clause.clause_id == term.clause.clause_id)
                       for t in shown):
                    continue  # the same figure of the same tier, read again from an overlapping provision or another document
                    # (not one its own clause gives again: "…再给予一次性奖励")
                shown.append(term)
                steps.append(step)
                total += value
                used += 1
                multiplied = multiplied or ("×" in step and value != term.yuan)  # ("× 1年" multiplies nothing)
            if amounts and clause.clause_id not in clause_ids:
                clause_ids.append(clause.clause_id)
        if used < 2 and not multiplied:
            return None  # a single figure is no total: the answer states it
        if paid_at_two_ranks(shown, question):
            return None
        named_items = all(t.item for t in shown)  # "2个人达到了B类，1个人达到了C类": the listed items it counts
        # "both my parents are over 70 and I have one child under 3": each figure paid per person of a kind the question names
        named_items = named_items or (used > 1 and all(_recipient_named(t, _guide_words_of(question, names, lang)) for t in shown))
        if counted_only and ((used != 1 and not named_items) or not any(_ITEMS_TIMES.search(step) for step in steps)):
            return None  # a figure paid per item (per listed item), times the items the question counts, or nothing
        if used > 1:
            steps.append(("合计：" if lang == "zh" else "Total: ") + shown[0].shown(total))
        cap = _recipient_cap(shown, text)
        if cap is not None and total > cap.value:
            # "单个企业主导或参与标准制定每年奖励资金不超过 50 万元": one recipient's awards of the clause are capped
            steps.append(f"单个主体上限 {money_text(cap.value)}，按 {money_text(cap.value)} 计" if lang == "zh"
                          else f"capped at {money_text(cap.value)} per recipient: {money_text(cap.value)}")
            total = cap.value
        return Calculation(
            tool="total",
            inputs={"question": question},
            steps=steps,
            result=plain(total),
            unit=shown[0].unit,
            clause_ids=clause_ids,
        )

    def provisions(
        self, clauses: Sequence[Clause], terms: QuestionTerms, counting: bool | str, names: str = "", english: bool = False
    ) -> list[tuple[float, Clause, Sentence]]:
        """Provisions stating money (numbers of items), best first, with their share of the question's
        words; one pairing its figures with two or more listed items the question names ("1个C类人才和2个D类人才"
        over "对全职引进的B类、C类、D类人才分别给予…") comes before its neighbours."""
        total = terms.total or 1.0
        out = []
        for rank, clause in enumerate(clauses[:NAMED_CLAUSES_READ]):
            heading = self.tokenize(" ".join(clause.title_path[-2:]))
            for sentence in split_provisions(clause.text, 400):
                if not any(_counted(f, counting) for f in figures(normalise(sentence.text))):
                    continue
                score = (terms.overlap(self.tokenize(sentence.text)) + 0.3 * terms.overlap(heading)) / total
                score *= 0.95**rank
                if score < MIN_COVERAGE:
                    continue
                if names and _names_listed_items(names, provision_terms(clause, sentence.text, counting), english):
                    score += NAMED_ITEMS_BONUS
                elif rank >= CLAUSES_READ:
                    continue  # further down, only a list naming the question's items is read
                out.append((score, clause, sentence))
        return sorted(out, key=lambda s: -s[0])

    def amounts(
        self, question: str, clause: Clause, provision: str, lang: str, terms: QuestionTerms, counting: bool | str = False
    ) -> list[tuple[str, Decimal, Term]] | None:
        """The terms of the provision that the question asks to add, each with its step; None when
        a term cannot be read without guessing."""
        found = _one_bound(provision_terms(clause, provision, counting, self.grouped), question)
        if (letter := asked_talent_class(question)) is not None:
            # "a class-E specialist…": a figure the provision pays other talent classes ("其中 B、C、D 类人才可分别享受…；
            # 急需紧缺的 E、F 类人才可享受最高 30 万元/年") is none of the asker's, as in an answer's line
            found = [t for t in found if not (named := talent_classes(t.segment or t.lead)) or letter in named]
        if not found:
            return []
        # an English question names a list's items by the glossary's words for them ("national-level")
        names = default_glossary().render(question) if lang == "en" else question
        listed = [t for t in found if t.item]
        if listed and all(t.role == "level" for t in listed) and sum(_named(t.item, t.role, names) >= 0 for t in listed) < 2:
            # "国家级…300 万元、自治区级…200 万元" read as levels only when the question names two of them
            found = [replace(t, item="", role="") if t.role == "level" else t for t in found]
            listed = []
        out: list[tuple[str, Decimal, Term]] = []
        classes = next((m.group(1) for t in listed if (m := re.search(r"[A-Za-z]\s*(类|级|档)", t.item))), "")
        if listed and not _list_noun_named([t.item for t in listed], names):
            return []  # "国家级、自治区级工业设计中心" is no list of what "自治区级企业技术中心" names
        if listed:
            tiers: dict[str, list[Term]] = {}
            for term in listed:
                tiers.setdefault(term.tier, []).append(term)
            alike = [ts for ts in tiers.values() if len(tiers) > 1 and all(_same_items(ts, other) for other in tiers.values())]
            again = [ts for ts in alike[1:] if _AGAIN.search(ts[0].tier) and names_a_sum(question)
                     and terms.overlap(set(self.tokenize(ts[0].tier)) - set(self.tokenize(alike[0][0].tier))) > 0] if alike else []
            if again:
                # "对首次认定的市级“人才飞地”，分别按孵化类 200 万元、研发类 100 万元给予一次性奖励…管理期满考核优秀的，分别按
                # 孵化类 200 万元、研发类 100 万元再给予一次性奖励", asked the sum by one meeting both ("rated excellent at the end
                # of its management period… altogether"): the list given again is paid again
                listed = alike[0] + [t for ts in again for t in ts]
            elif alike:
                # "对主导制定国际、国家（行业）标准的企业，分别给予…；对参与制定国际、国家（行业）标准的企业，分别给予…":
                # one list for two kinds of recipient; the question's words say which (参与), else it cannot be told
                fits = sorted(((terms.overlap(self.tokenize(ts[0].tier)), i) for i, ts in enumerate(alike)), reverse=True)
                if fits[0][0] == fits[1][0]:
                    return None
                listed = alike[fits[0][1]]
            asked_levels = set(LEVEL_WORD.findall(names))
            every_one = bool(_ONE_OF_EACH.search(question))  # "one of each": every item of the list, once
            # "the Lücheng Contribution Award (绿城贡献奖)": an English question writing items in the guide's own words
            # asks of those, not of the others its English shares words with (绿城突出贡献奖)
            written = set(chinese_named(question)) if lang == "en" else set()
            exact = {t.item for t in listed if NAME_MARKS.sub("", item_name(t)) in written}
            # "排名前 10 名、前 50 名、前 100 名…分别给予" asked of "ranked 40th": the narrowest tier the rank is within
            tops = [int(m.group(1)) if (m := TOP_RANKS.search(t.item)) else None for t in listed]
            ranked_tier = None
            ranked = [top for top in tops if top]
            if tops and len(ranked) == len(tops) and (rank := rank_stated(question)) is not None:
                within = [top for top in ranked if top >= rank]
                if not within:
                    return []  # a rank below every tier is paid by none of them
                ranked_tier = min(within)
            for term, top in zip(listed, tops):
                persons: int | None = None
                # (the other items of its own list: another tier's list of the same items names none of them apart)
                others = [t.item for t in listed if t.item != term.item and t.tier == term.tier]
                if len(asked_levels) == 1 and term.role != "level" and (own := LEVEL_WORD.match(item_name(term))) \
                        and own.group(0) not in asked_levels:
                    continue  # "how many national-level platforms": no 自治区级 item, whatever its name shares
                if exact and term.item not in exact:
                    continue
                if ranked_tier is not None:
                    if top != ranked_tier:
                        continue
                    at = -1  # (named by the rank, not by the item's words: counted once)
                elif (at := _named(term.item, term.role, names, others, lang == "en")) < 0 and not every_one:
                    # ("三名…人员…一共能拿多少" of "给予个人 2万元、团队…": each person is paid the person's item)
                    if (persons := _persons_counted(term.item, others, question)) is None:
                        continue
                count = persons if persons is not None else _count_before(names, at) if at >= 0 else 1
                value = term.yuan * count
                name = item_name(term)
                if ranked_tier is not None and (shown_top := TOP_RANKS.search(name)):
                    name = shown_top.group(0)  # "前 10 名", not the words its list starts in ("排名前 10 名")
                if (level := LEVEL_WORD.match(name)) and any(LEVEL_WORD.fullmatch(o.strip()) for o in others):
                    name = level.group(0)  # "国家级、自治区级、市级人才科创载体平台": 市级, as its neighbours are named
                if classes and (letter := re.match(r"\s*([A-Za-z])(?![A-Za-z])", name)):
                    name = letter.group(1) + classes  # "A、B、C类": B类, not "B" or "C类认"
                shown = f"{name}：{term.shown()}" + (f" × {count}" if count != 1 else "")
                if term.per in ("year", "month"):  # "分别给予…，连续支持 3 年"
                    periods = _periods(question, provision, term.per)
                    if periods is None:
                        return None
                    value *= periods
                    shown += f" × {periods}{_periods_word(term.per, periods, lang)}"
                out.append((f"{shown} = {term.shown(value)}" if "×" in shown else shown, value, term))
            return out or None
        # the figure the question is about; a one-off grant and a yearly amount of the same
        # provision go together ("一次性给予 100 万元资助；建站后…每年给予最高 50 万元运行补贴")
        # (the words just before a figure say what it is for: "…对重点实验室和工程研究中心每年给予不低于 1000 万元")
        # (the words since the figure before it say whom it is given to: "对自治区级重点实验室…，连续 5年、每年给予不低于 200 万元")
        def fit(t: Term) -> tuple[float, float, float]:
            return terms.overlap(self.tokenize(t.own)), terms.overlap(self.tokenize(t.segment)), terms.overlap(self.tokenize(t.tier))

        best = max(found, key=fit)
        # figures of one tier each written after whom it pays ("可按照博士（或正高级职称人员）2000 元/人·月、硕士（或副高级
        # 职称人员…）1500 元/人·月"): the first's own words carry the tier's lead, which fits any question about it; the one
        # whose own item the question names is meant ("has a master's degree" → 1500)
        # (a run of rates in one unit, each after its own item with only "、" between: not awards added up)
        alike = sorted((t for t in found if t.tier == best.tier and t.per == best.per and t.figure.unit == best.figure.unit),
                       key=lambda t: t.figure.start)
        text = normalise(provision)
        if len(alike) > 1 and all(listed_apart(text[a.figure.unit_end : b.figure.start]) for a, b in itertools.pairwise(alike)):
            named = {id(t): terms.overlap(self.tokenize(_own_item(t.lead))) for t in alike}
            if (top := max(alike, key=lambda t: named[id(t)])) is not best and named[id(top)] > named[id(best)]:
                best = top
        if best.per == "once" and stated_counts(question):
            # "A dairy farm with 1,200 cows has them all tested for tuberculosis": a question counting things asks
            # what a figure paid per such thing comes to ("结核病检测每头补贴 15 元"), not a lump sum its tier
            # shares words with ("…牛结核病等…净化创建场…奖励 50 万元")
            counted = [(t, n) for t in found if t.per == "item" and (n := _items_in(question, t, provision, names)) is not None]
            if counted and len({n for _, n in counted}) == 1:
                best = max((t for t, _ in counted), key=fit)
        best, other_tiers = _tier_met(best, found, question)
        found = [t for t in found if not any(t is o for o in other_tiers)]
        chosen = [best]
        said = _guide_words_of(question, names, lang)  # the question in the guide's words
        if best.per in ("once", "year") and names_a_sum(question):
            # …of the same recipient, when the question adds up ("一共", "加起来"; a run of years alone,
            # "干满3年最多拿多少", multiplies the one figure asked): its tier fits the question about as
            # well ("对进入全国排名前 60 名…开发区
            # 给予一次性 1000 万元" is another recipient's grant beside "对获批国家级制造业创新中心，连续 5年每年…")
            # (not a grant to another recipient: "对引进优秀退休工程师的企业给予最高 15 万元一次性引才补贴；对引进
            # 优秀退休教师或退休医师的用人单位每年给予最高 20 万元" asked of a hospital's retired doctors)
            other = "year" if best.per == "once" else "once"
            fit = terms.overlap(self.tokenize(best.tier))
            asked = set(self.tokenize(said))

            def other_fit(t: Term) -> float:
                # a tier naming no one it is given to goes on with the tier before it ("…院士专家工作站，一次性给予
                # 100 万元资助；建站后，按照投入和绩效，每年给予最高 50 万元运行补贴": the station's yearly subsidy)
                goes_on = not _to_whom(t.lead) and t.tier != best.tier and best.figure.start < t.figure.start
                return terms.overlap(self.tokenize(f"{best.tier} {t.tier}" if goes_on else t.tier))

            chosen += [t for t in found if t.per == other and other_fit(t) >= OTHER_PER_FIT * fit
                       and not self._another_recipient(best, t, asked)][:1]
        if best.per in ("once", "year") and len(chosen) == 1:
            # a grant of the same kind (one-off, yearly) in another tier whose words the question names
            # and the first's do not ("新获批知识产权优势企业…最高 50万元；对通过知识产权贯标新认证的企业…最高
            # 20 万元"; "父母每人每年给予 1000 元养老补贴，对…子女每人每年给予 1000 元托幼补贴"), or the
            # next ones when the question counts the awards it adds ("the two awards together")
            # (a one-off grant is told apart by its tier, or within one tier by its own words: "对连续两年入库的…
            # 给予 5万元奖补，对再次获批…的国家高新技术企业给予 20 万元奖补"; yearly ones often share a tier, each
            # with its own words)
            def words(t: Term) -> str:
                return t.tier if best.per == "once" and t.tier != best.tier else t.own

            tier_words = set(self.tokenize(best.tier))
            own_words = set(self.tokenize(best.own))
            wanted = _awards_counted(question) - 1
            things = _named_things(names) if lang == "en" else []
            others = sorted((t for t in found if t.per == best.per and t is not best and words(t) != words(best)),
                            key=lambda t: -terms.overlap(self.tokenize(t.own)))
            for term in others:
                known = tier_words if best.per == "once" and term.tier != best.tier else own_words
                adds = [w for w in set(self.tokenize(words(term))) - known if len(w) >= 2]
                # (words shared by chance join no yearly figure: its tier's others are often other recipients')
                shares_words = best.per == "once" and terms.overlap(adds) >= SECOND_ADDS * terms.total
                # (an award counted, "两项奖励", is another tier's: a sibling in the tier must be named)
                counted = wanted > 0 and not (best.per == "once" and term.tier == best.tier)
                # ("批准建设时补助 300 万元，通过认定再奖补 700 万元": a grant given again, to the same recipient)
                again = best.per == "once" and term.tier == best.tier and _AGAIN.search(term.own) and names_a_sum(question)
                # ("…a high-tech enterprise and… an S&T leading enterprise": two things the English question names
                # in the guide's words, each in the words leading to its own figure)
                another = _names_two(things, best.segment, term.segment)
                # ("对首次认定的高新技术企业给予…30 万元…，对首次认定的科技领军企业给予 300 万元": whom each is given to)
                given_to = _given_to(term.segment)
                named_recipient = len(given_to) >= GIVEN_TO_CHARS and given_to in said and given_to not in best.segment
                if (counted or shares_words or again or another or named_recipient or _label_named(term, said)
                        or _recipient_named(term, said)):
                    chosen.append(term)
                    tier_words |= set(self.tokenize(term.tier))
                    own_words |= set(self.tokenize(term.own))
                    wanted -= 1
                    if wanted <= 0:
                        break
        if best.per == "item" and names_a_sum(question):
            # "每测定一头奶牛并上传有效数据补贴 70 元，较上一年度新增测定有效数据超过 3万头的，一次性奖励 100万元" asked
            # "测了5万头…比去年多了3.5万头，补贴加奖励一共多少": the provision's one-off grant set by a threshold of a change,
            # which the change the question states meets, is added
            chosen += [t for t in found if t.per == "once" and (condition := _tier_condition(t)) is not None
                       and _CHANGE_CONDITION.search(t.lead[: condition.start]) and _change_meets(question, condition)][:1]
        run_of: dict[int, int] = {}
        if best.per == "year" and names_a_sum(question) and len(runs := _runs_stated(question)) >= 2:
            # "先被选为…“促优培育”对象培育了2年，然后获批自治区级高新区，“十四五”期间又享受了3年，一共多少": each run
            # of years the question states is the run of the yearly figure whose tier its own words name
            paired = self._runs_paired(runs, [t for t in found if t.per == "year"])
            if paired is None:
                return None  # which figure each run is paid at cannot be told: no sum is guessed
            chosen = [t for t in chosen if t.per != "year"] + [t for t, _ in paired]
            run_of = {id(t): years for t, years in paired}
        chosen.sort(key=lambda t: t.figure.start)
        if any(t.unpaired for t in chosen):
            return None  # which of "分别给予 30 万元、20 万元…" is whose, the provision does not say
        for term in chosen:
            named = [at for at in (_named(item, role, names, [o for o in term.shared if o != item], lang == "en", senses=False)
                                   for item, role in zip(term.shared, _roles(len(term.shared)))) if at >= 0]
            named = _apart(named, names)
            if term.per == "once" and len(named) >= 2:
                # "对新认定的科技企业孵化器、众创空间…给予最高 200 万元": each item the question names gets it
                count = sum(_count_before(names, at) for at in named)
                value = term.yuan * count
                out.append((f"{_label(term)}{term.shown()} × {count} = {term.shown(value)}", value, term))
            elif term.per == "item":
                items = _items_in(question, term, provision, names)
                if items is None:
                    return None
                count, how = items
                if _outside_range(term, count):
                    return None  # "存栏规模在 100—3000 头的养殖主体，按每头…" pays no herd of 5,000
                value = term.yuan * count
                out.append((f"{_label(term)}{term.shown()} × {how} = {term.shown(value)}", value, term))
            elif term.per in ("year", "month"):
                periods = run_of.get(id(term)) or _periods(question, provision, term.per)
                if periods is None:
                    return None
                value = term.yuan * periods
                word = _periods_word(term.per, periods, lang)
                count = _recipients(question, term)  # "10 students for 3 months" and "每人每月 2000 元"
                if count == 1 and _paid_per(term.figure) == "item":  # "2000 元/人·月": each person it is paid for
                    count = _count_of_kind(question, kind_of(term.figure.unit.name.split("/", 1)[1])) or 1  # type: ignore[union-attr]
                times = f" × {count}" if count > 1 else ""
                value *= count
                if measured := _measured(question, term):  # "每亩每年奖励 100 元" over "1,000 mu for 3 years"
                    value *= measured.value
                    times += f" × {plain(measured.value)}{measured.unit}"
                out.append((f"{_label(term)}{term.shown()}{times} × {periods}{word} = {term.shown(value)}", value, term))
            elif term.per == "once" and term.unit == "元" and (count := _recipients(question, term)) > 1:
                # (a number of people the guide states is no sum per recipient: "162名" of "2,000 local students")
                # "两家…首次被认定为高新技术企业" and "对首次认定的高新技术企业给予一次性 30 万元": once for each
                value = term.yuan * count
                out.append((f"{_label(term)}{term.shown()} × {count} = {term.shown(value)}", value, term))
            else:
                out.append((f"{_label(term)}{term.shown()}", term.yuan, term))
        return out

    def _runs_paired(self, runs: list[tuple[int, str]], yearly: list[Term]) -> list[tuple[Term, int]] | None:
        """Each run of years with the yearly figure whose tier shares the most words with the question's words
        leading to that run; None when a run fits two figures alike, none, or the same one as another run."""
        paired: list[tuple[Term, int]] = []
        for years, words in runs:
            said = {t for t in self.tokenize(words) if len(t) >= 2}
            fits = sorted(((len(said & set(self.tokenize(f"{t.tier} {t.own}"))), i) for i, t in enumerate(yearly)), reverse=True)
            if not fits or fits[0][0] == 0 or (len(fits) > 1 and fits[0][0] == fits[1][0]):
                return None
            term = yearly[fits[0][1]]
            if any(term is t for t, _ in paired):
                return None
            paired.append((term, years))
        return paired


def _runs_stated(question: str) -> list[tuple[int, str]]:
    """The runs of years a question states it is paid through, each with the question's words since the run before
    it ("培育了2年，然后获批…又享受了3年" → (2, "…培育了"), (3, "，然后获批…又享受了")); [] unless two or more are of
    different lengths (a threshold met, "超过3年", is no run)."""
    found = [m for m in [*_QUESTION_YEARS.finditer(question), *_QUESTION_YEARS_EN.finditer(question)] if not _met(question, m)]
    found.sort(key=lambda m: m.start())
    runs: list[tuple[int, str]] = []
    last = 0
    for m in found:
        years = number_word(next(g for g in m.groups() if g))
        if years:
            runs.append((years, question[last : m.start()]))
        last = m.end()
    return runs if len({years for years, _ in runs}) >= 2 else []  # ("签了3年合同…3年一共多少": one run, told twice)


_GUIDE_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
# Where the words naming a figure's own item start: after the last of these outside brackets ("可按照博士（或正高级职称
# 人员）" → 博士（或正高级职称人员）).
_ITEM_START = re.compile(r"按照|按|对|、|，|,|；|;|：|:")


def _own_item(lead: str) -> str:
    """The words of ``lead`` (those of a figure's tier before it) naming whom or what that figure alone pays: the
    words after the last separator or "按照" outside brackets."""
    return lead[max((m.end() for i in unbracketed(lead) if (m := _ITEM_START.match(lead, i))), default=0) :]


def _named_things(names: str) -> list[list[str]]:
    """The things an English question names in the guide's words (``names``: the question with the
    glossary's phrases rendered; runs of four characters or more), each with its ways of writing it: a
    phrase the glossary writes several ways ("技术转移/成果转化") is one thing. The guide's own places are
    its scope, not a thing paid for, and a level alone ("regional" → 自治区级) names none."""
    return [runs for word in HOME.sub(" ", names).split() if (runs := _GUIDE_RUN.findall(word)) and not LEVEL_WORD.fullmatch(word)]


def _names_two(things: list[list[str]], first: str, second: str) -> bool:
    """Does the question name (``things``, see :func:`_named_things`) one thing only ``first`` states and
    another only ``second`` states?"""

    def states(text: str, runs: list[str]) -> bool:
        return any(r in text for r in runs)

    return (any(states(first, t) and not states(second, t) for t in things)
            and any(states(second, t) and not states(first, t) for t in things))


def _recipient_cap(shown: Sequence[Term], question: str) -> Figure | None:
    """The cap on one recipient's awards that bounds a total of one-off (per-item) awards of one clause, or
    None: awards over years, or to several recipients the question counts, are capped each by itself."""
    if not shown or shown[0].unit != "元" or any(t.per not in ("once", "item") or _recipients(question, t) > 1 for t in shown):
        return None  # (a number of items added up is capped by no money figure)
    clause = shown[0].clause
    if any(t.clause.clause_id != clause.clause_id for t in shown):
        return None
    text = normalise(clause.text)
    # (a cap of another sentence paying its own award bounds that award: "…分别给予 100 万元、200 万元、300 万元一次性补助。
    # 对医疗机构承接…的，按照…费用的 5%给予医疗机构奖补，单个机构每年最高不超过 200 万元" caps the institutions' awards, not
    # the trials'; a sentence only capping, "单个企业主导或参与标准制定每年奖励资金不超过 50 万元", caps the awards before it)
    for sentence in re.split(r"(?<=。)", text):
        own = any(t.segment and t.segment.strip() in sentence for t in shown)
        found = figures(sentence)
        for i, f in enumerate(found):
            if f.unit is not None and f.unit.name in _MONEY_UNITS and _WHOLE_CAP.search(sentence[max(0, f.start - 40) : f.start]):
                if own or not any(g.unit is not None for g in found[:i]):
                    return f
    return None


# The thing a question adds up, named just before 一共 ("一年保费一共多少" → 保费).
_SUMMED = re.compile(r"([\u4e00-\u9fff]{2})(?:一共|合计|加起来|总共|共计|总计)")


def _summed_noun(question: str) -> str:
    """What the question adds up when it names a particular thing (保费, 贴息), not money in general ("补贴
    加起来": any grant), else ""."""
    m = _SUMMED.search(question)
    return m.group(1) if m and not _AWARD_WORDS.search(m.group(1)) and not re.search(r"[两三四五项样]", m.group(1)) else ""


# "通过认定再奖补 700 万元", "另行给予": a grant given on top of the one before it.
_AGAIN = re.compile(r"(?:再|另行|另外|还)(?:给予|奖补|奖励|补助|补贴|资助|支持|奖)")
def _measured(question: str, term: Term) -> Quantity | None:
    """The one quantity the question states in the measure ``term`` is paid per ("1,000 mu" for "每亩每年奖励
    100 元", read as the unit prices read it), else None."""
    m = PER_ONE_UNIT.search(term.segment)
    if m is None:
        return None
    unit = unit_named(m.group("unit"))
    stated = [q for q in quantities(question, described=True)
              if (u := unit_named(q.unit)) is not None and unit is not None and u.name == unit.name]
    return stated[0] if len(stated) == 1 and stated[0].value > 1 else None


# A step's label is the provision's words before the figure, shortened to its start and end past this length.
LABEL_CHARS = 18
# A label shorter than this many characters ("给予") takes the phrase before it too.
LABEL_CHARS_MIN = 6


# What an award's name says of every award ("托幼补贴" names 托幼, not 补贴).
_AWARD_WORDS = re.compile(r"一次性|补贴|奖补|奖励|资助|补助|经费|资金|支持|扶持")


def _guide_words_of(question: str, names: str, lang: str) -> str:
    """The question with the guide's words for its words: the glossary's for every English word
    ("child" → 子女), the guide's for a colloquial Chinese one (孩子 → 子女)."""
    if lang == "en":
        return names + " " + " ".join(t for _, found in default_glossary().groups(question) for t in found)
    return names + " " + " ".join(guide_terms(question))


# "对其…的子女每人每年给予": whom a figure paid per person is paid for.
_RECIPIENT_BEFORE_EACH = re.compile(r"的([\u4e00-\u9fff]{2,4}?)(?:每人|每户|每名|给予每人)")


# The relatives a figure is paid per person of ("父母", "子女"), with the words a question names them by.
_RELATIVES = {
    "父母": re.compile(r"父母|爸妈|爹妈|双亲|\bparents\b", re.IGNORECASE),
    "子女": re.compile(r"子女|孩子|小孩|儿女|\b(?:children|kids|sons|daughters|toddlers)\b", re.IGNORECASE),
}


# "对首次认定的科技领军企业给予": whom a figure is given to, the words before 给予 after the last 的 (or 对).
_GIVING = re.compile(r"给予|奖励|补助|补贴|奖补")
GIVEN_TO_CHARS = 4


def _to_whom(lead: str) -> str:
    """The words saying whom a figure is given to, the last such before it ("对引进优秀退休工程师的企业给予")."""
    found = GIVEN_TO.findall(lead)
    return found[-1] if found else ""


def _given_to(segment: str) -> str:
    """Whom the figure of ``segment`` is given to, by the words before 给予 ("对首次认定的科技领军企业给予" →
    科技领军企业), or ""."""
    giving = _GIVING.search(segment)
    before = re.split(r"[对的为，,]", segment[: giving.start()])[-1] if giving else ""
    return before if re.fullmatch(r"[\u4e00-\u9fff“”]+", before) else ""


def _recipient_named(term: Term, question: str) -> bool:
    """Does the question name whom a per-person figure is paid for ("one child under 3" for "…的子女
    每人每年给予 2000 元")?"""
    m = _RECIPIENT_BEFORE_EACH.search(term.segment)
    return bool(m) and m.group(1) in question


def _label_named(term: Term, question: str) -> bool:
    """Does the question name the award a figure pays by the words after it ("…每人每年给予 1000 元托幼
    补贴" for "养老和托幼补贴")?"""
    after = term.own[term.own.find(term.figure.raw) + len(term.figure.raw) :] if term.figure.raw in term.own else ""
    name = _AWARD_WORDS.sub("", re.sub(r"^\s*(?:万元|亿元|元)", "", after)).strip()
    return len(name) >= 2 and name in question


def _label(term: Term) -> str:
    words = term.segment
    if re.search(r"\d\s*[万亿]?元", words) and len(_CJK.findall(own := _own_item(words))) >= LABEL_CHARS_MIN:
        words = own  # "博士（…）2000 元/人·月、硕士（…）1500 元/人·月": the 1500 is the 硕士's, after the figure before it
    if len(_CJK.findall(words)) < LABEL_CHARS_MIN:  # "给予" says nothing: the phrase before it says to whom
        words = "，".join(re.split(r"[，,]", term.lead)[-2:])
    # a year it starts with goes whole ("2023 年国家产业强镇…", not "年国家产业强镇…")
    # (a name it starts with keeps its opening mark: "“十四五”期间…", not "十四五”期间…")
    words = re.sub(r"^\s*(?:19|20)\d\d\s*年度?|^[^\u4e00-\u9fff“《]*|[\d.\s]+$", "", words)
    if len(words) > LABEL_CHARS:
        words = f"{words[:6]}…{words[-(LABEL_CHARS - 7):]}"
    return f"{words}：" if words else ""


# A period stated as a threshold: "for over / more than / at least six months", "unemployed over six months",
# "超过6个月", "6个月以上" (not "over 3 years", the run asked about).
_OVER_BEFORE = re.compile(
    r"(?:\bfor over|\b(?:unemployed|jobless|out of work|insured|employed)\s+over|\bmore than|\bat least|\blonger than|"
    r"超过|不少于|不低于)\s*$",
    re.IGNORECASE,
)
_OVER_AFTER = re.compile(r"\s*(?:以上|及以上|多)")


# The most asked of a sum: "最多能领多少", "at most", "the maximum".
_MOST_ASKED = re.compile(r"最多|最高|\bat most\b|\bmaximum\b|\bthe most\b|\bup to\b", re.IGNORECASE)


def _met(question: str, period: re.Match[str]) -> bool:
    """Is a period the question states one it meets as a threshold ("out of work for over six months", "失业超过6个月"),
    not the run paid?"""
    return bool(_OVER_BEFORE.search(question[: period.start()]) or _OVER_AFTER.match(question[period.end() :]))


def states_months(question: str) -> bool:
    """Does ``question`` state a run of months it counts over ("for 8 months of training", "实习3个月"), not one
    it meets as a threshold ("for over six months", "6个月以上"), nor the one month a figure is per ("一个月工资")?"""
    return any((number_word(next(g for g in m.groups() if g)) or 0) >= 2 and not _met(question, m)
               for m in _QUESTION_MONTHS.finditer(question))


def _periods_word(per: str, periods: int, lang: str) -> str:
    """How a number of years or months a yearly or monthly figure counts is written after it: "年", "个月", " years"."""
    if lang == "zh":
        return "年" if per == "year" else "个月"
    return f" {'year' if per == 'year' else 'month'}{'s' if periods != 1 else ''}"


def _periods(question: str, provision: str, per: str) -> int | None:
    """How many years (or months) a yearly (monthly) term counts: as the question gives, else as
    long as the provision allows."""
    if per == "year":
        asked = [m for m in _QUESTION_YEARS.finditer(question)] or list(_QUESTION_YEARS_EN.finditer(question))
        stated = _PROVISION_YEARS.search(normalise(provision))
    else:
        asked = list(_QUESTION_MONTHS.finditer(question))
        stated = _PROVISION_MONTHS.search(normalise(provision))
    asked = [m for m in asked if not _met(question, m)]
    if per == "month" and stated and _MOST_ASKED.search(question) and (threshold := _THRESHOLD_MONTHS.search(normalise(provision))):
        # "他爱人连续8个月没找到工作…最多能领多少" of "连续超过 6个月未就业的…最长补贴 24 个月": a run past the provision's own
        # threshold, when the most is asked of a provision paying for longer, is the condition the asker meets, not the
        # months paid ("外派超过6个月的，按 3000 元/人·月", paid for no longer period, pays each month sent)
        least = number_word(next(g for g in threshold.groups() if g)) or 0
        asked = [m for m in asked if (number_word(next(g for g in m.groups() if g)) or 0) <= least]
    most = number_word(next(g for g in stated.groups() if g)) if stated else None
    if per == "month" and most is None and (longest := _PROVISION_LONGEST_YEARS.search(normalise(provision))):
        # "按照博士 3000 元/月…给予生活补贴，最长补贴 2年": a monthly figure paid for at most so many years
        most = (number_word(longest.group(1)) or 0) * 12 or None
    if per == "year" and most is None and (span := _PROVISION_SPAN.search(normalise(provision))):
        most = int(span.group(2)) - int(span.group(1)) + 1
    # ("unemployed for 8 months…for the full allowed period": the period the provision allows, whatever else is counted)
    if asked and not _LONGEST.search(question) and not (most and _WHOLE_PERIOD.search(question)):
        value = number_word(next(g for g in asked[-1].groups() if g))
        if value:
            # a grant given for at most the period the provision states ("最长补贴 3个月", "连续支持 5年")
            # counts no more of it, however long the question runs ("a 4-month internship")
            return min(value, most) if most else value
    if per == "year" and ONE_YEAR_EN.search(question) and not _WHOLE_PERIOD.search(question):  # "how much do we get per year?"
        return 1
    if per == "month" and not asked and (_ONE_YEAR_ZH.search(question) or ONE_YEAR_EN.search(question)):
        return 12  # "按月每人3000元，一年补多少？": a monthly figure over the one year asked (years served are a condition)
    if per == "year" and most is None and not asked and _ONE_YEAR_ZH.search(question):
        return 1  # "每年能拿多少" of a yearly figure no period bounds: the one year asked
    return most


def _recipients(question: str, term: Term) -> int:
    """How many times a one-off figure counts: the number the question states of the kind of
    recipient the provision's tier names before the figure (企业, 个人, 项目 …); 1 when it states
    none, or different numbers of that kind."""
    if _SHARED_OUT.search(question):
        return 1  # "两家作坊，一家升级…，另一家入园": each counted one gets another figure
    per_person = bool(_PER_PERSON_ASKED.search(question))  # "一人奖多少？5个人一共多少？": the asker counts people
    own = _RECIPIENT_BEFORE_EACH.search(term.segment)
    if own and own.group(1) in _RELATIVES:
        # "…的父母每人每年给予 2000 元养老补贴，对…的子女给予每人每年 2000 元": a figure paid per parent counts the
        # parents the question states, one per child its children ("two children under three", "两个孩子")
        relatives = {c.number for c in stated_counts(question) if _RELATIVES[own.group(1)].search(c.noun)}
        return relatives.pop() if len(relatives) == 1 else 1
    counts = [c for c in stated_counts(question)
              if c.kind and (RECIPIENT_WORDS[c.kind].search(term.lead) or (per_person and c.kind == "person"))
              and not _named_for_another(c.noun[:2], term) and not _qualified_apart(c, term)]
    numbers = {c.number for c in counts}
    if len(numbers) > 1:
        # "3家国家高新技术企业整体迁入，另有4家连续两年入库的科技型中小企业": each number counts the recipients its
        # own words name, when one names this figure's recipients by more of the provision's words than any other
        # (a stretch of PHRASE_MIN characters or more: shared_stretch reads none shorter)
        fits = sorted(((shared_stretch(c.noun, term.lead), c.number) for c in counts), reverse=True)
        if fits[0][0] and fits[0][0] > fits[1][0]:
            return fits[0][1]
    return numbers.pop() if len(numbers) == 1 else 1


# The fewest Chinese characters of a count's own words that name what it counts apart ("玉米" of "3个玉米品种").
QUALIFIER_CHARS = 2
# A money figure a tier pays.
_PAID_FIGURE = re.compile(r"\d\s*[万亿]?元")
# A word of what an English count's noun says of the things counted ("3 maize varieties": maize).
_QUALIFIER_EN = re.compile(r"[a-z][a-z-]{2,}", re.IGNORECASE)


def _qualified_apart(count: StatedCount, term: Term) -> bool:
    """Do the words a count puts before its recipient word name things another tier of the figure's clause pays,
    not its own ("3 maize varieties", "3个玉米品种" of "对具有自主知识产权的马铃薯优质新品种…一次性奖补 500 万元；…对通过
    国家审定的玉米、大豆等品种每个一次性奖励 10 万元": the 10 万元's varieties)? Words no other paying tier writes
    ("rural-revitalisation expert workstations" of "建设一批乡村振兴专家人才工作站…") describe the things counted."""
    kind = RECIPIENT_WORDS[count.kind].search(count.noun)
    # (an English noun's words before its last: "maize" of "maize varieties")
    qualifier = count.noun[: kind.start()] if kind else " ".join(count.noun.split()[:-1]) if count.noun.isascii() else ""
    own = normalise(f"{term.tier} {term.lead} {term.segment}")
    # (the other tiers of the clause that pay something)
    paying = [t for t in re.split(r"[；;。]", normalise(term.clause.text)) if _PAID_FIGURE.search(t) and t.strip() not in own]
    if CJK_RUN.search(qualifier):
        words = ["".join(CJK_RUN.findall(qualifier))]
        words = [w for w in words if len(w) >= QUALIFIER_CHARS and shared_stretch(w, own) == 0]
    else:
        words = [t for w in _QUALIFIER_EN.findall(qualifier) if w.lower() not in ENGLISH_STOP_WORDS
                 for t in _english_senses(w) if CJK_RUN.fullmatch(t)]
        if any(t in own for t in words):
            return False
    return any(w not in own and any(w in t for t in paying) for w in words)


def _named_for_another(noun: str, term: Term) -> bool:
    """Is ``noun`` what a figure before ``term``'s in its tier is paid for ("对…父母每人每年给予 1000 元
    养老补贴，对…子女每人每年给予 1000 元" counts the parents for the first figure, not the second)?"""
    at = term.lead.rfind(noun) if noun else -1
    return at >= 0 and noun not in term.segment and any(f.dimension == "money" for f in figures(term.lead[at:]))


# A question that shares its counted recipients out among provisions: "一家升级…，另一家入园", "one … the other".
_SHARED_OUT = re.compile(
    r"一(?:家|个|名|位|项|人|户)[^。？?]{1,40}?另(?:一|外一)(?:家|个|名|位|项|人|户)?|\bone\b[^.?]{1,80}?\b(?:the other|another)\b",
    re.IGNORECASE,
)
# A question that asks what one person gets.
_PER_PERSON_ASKED = re.compile(
    r"(?:一|每|每一)(?:个)?人(?:奖|补|能|可|给|发|拿|领)|人均|\bper (?:person|head)\b|\beach (?:person|of them)\b"
)


# "每头每年给2支": a number given per one counted thing is a rate, not how many there are.
_PER_ONE_BEFORE = re.compile(PER_ONE_COUNTED + "$")


def _items_per_counted(provision: str, noun: str, stated: Sequence[Quantity]) -> tuple[int, str] | None:
    """The items a provision pays per that go with what the question counts, when the provision says how
    many go with one of them: "每头能繁母牛每年提供 2支优质肉牛冻精，每支补贴 30 元" and "50头能繁母牛" → 100
    (shown "50头 × 2支")."""
    for rate in re.finditer(rf"每(?P<per>[\u4e00-\u9fff])[\u4e00-\u9fff]{{0,10}}?\s*(?P<n>\d+)\s*{re.escape(noun)}", normalise(provision)):
        per = rate.group("per")
        counted = {int(q.value) for q in stated if q.unit == per}
        if len(counted) == 1 and per != noun:
            count, n = counted.pop(), int(rate.group("n"))
            return count * n, f"{count}{per} × {n}{noun}"
    return None


# A question asking what one item gets ("每个特色镇", "一家企业", "each town", "per project").
_ONE_ITEM_ASKED = re.compile(r"[每一单][个项家户名人所座]|\b(?:each|per|one|a single)\b", re.IGNORECASE)


def _items_in(question: str, term: Term, provision: str, names: str = "") -> tuple[int, str] | None:
    """How many items a per-item term counts, and how to show it: the number the question states with
    the counting word the provision uses ("每个产品" → "2个…"), or of the thing the provision pays for
    ("3 geographical indication trademarks", in the guide's words 地理标志证明商标, for "30 万元/件");
    of several, the one whose words after it the provision shares most."""
    m = _PER_ITEM.search(term.segment)
    per_unit = term.figure.unit.name.split("/", 1)[1] if _paid_per(term.figure) == "item" else ""  # "5000 元/人"
    if m is None and not per_unit:
        return None
    # "每个" → 个, "按项目" → 项目, "元/人" → 人: the question counts it ("2个项目", "3个", "3人")
    noun = per_unit or m.group("noun") or m.group("by")
    counts = [c for c in _COUNT.finditer(question) if (noun[:1] in c.group(0) or question.startswith(noun, c.end()))
              and not _PER_ONE_BEFORE.search(question[: c.start()])]
    if not counts:
        # "200 cows" for "每头": the question's quantity in the counting unit the provision pays per;
        # "three banners" for "每个示范旗县": a count it states of the kind the provision pays per
        text = normalise(question)
        found = [f for f in figures(text, described=True) if f.reads_as_quantity and f.quantity.value >= 2
                 and f.quantity.value == int(f.quantity.value) and not _PER_ONE_BEFORE.search(text[: f.start])]
        units = {int(f.quantity.value) for f in found if f.quantity.unit == noun}
        if len(units) > 1:
            # "今年测了5万头…比去年多了3.5万头": a change the question states counts no items paid for
            units = {int(f.quantity.value) for f in found if f.quantity.unit == noun and not _stated_as_change(text, f)}
        if len(units) == 1:
            return _shown(units.pop())
        # (a number stated as a threshold met, "能繁母牛10000头以上的繁育场", counts nothing)
        met = [f.quantity for f in found if not stated_as_threshold(text, f)]
        if (converted := _items_per_counted(provision, noun, met)) is not None:
            return converted
        if (named := _count_of_thing(names or question, term)) is not None:
            return _shown(named)
        kind = (kind_of(term.segment[m.end() : m.end() + 6]) if m else "") or kind_of(noun)
        if (asked := _count_of_kind(question, kind)) is None and names_a_sum(question) and not _ONE_ITEM_ASKED.search(question):
            # "每年扶持…特色镇 5个，每个给予 600 万元扶持资金" asked "一年下来总共给多少": the provision counts
            # the items it pays each, when the question counts none and asks of no one item ("每个特色镇一共…")
            stated = re.search(rf"(\d+)\s*{re.escape(noun)}\s*[，,]\s*每{re.escape(noun)}", normalise(term.tier))
            asked = int(stated.group(1)) if stated else None
        return _shown(asked)
    if len(counts) > 1:
        def shared(c: re.Match[str]) -> int:
            after = question[c.end() : c.end() + COUNT_WINDOW]
            return sum(1 for a, b in zip(after, after[1:]) if a + b in provision)

        ranked = sorted(counts, key=shared, reverse=True)
        if shared(ranked[0]) == shared(ranked[1]):
            return None
        counts = ranked
    return _shown(number_word(counts[0].group(1)))


# A range of a number of things whom a per-item figure is given to ("存栏规模在 100—3000 头的养殖主体"), and a floor
# ("存栏 300 头以上的"), in the counting word the figure is paid per.
_COUNT_RANGE = re.compile(rf"(\d+)\s*[{re.escape(''.join(RANGE_SEPARATORS))}]\s*(\d+)\s*(?P<unit>[头只个家人名台辆套])")
_COUNT_FLOOR = re.compile(r"(\d+)\s*(?P<unit>[头只个家人名台辆套])(?:以上|及以上)")


def _outside_range(term: Term, count: int) -> bool:
    """Does the tier of a figure paid per item bound whom it is given to by a number of those items that ``count``
    falls outside ("存栏规模在 100—3000 头的养殖主体，按每头不超过 400 元" for 5,000 head)?"""
    per = _PER_ITEM.search(term.segment)
    unit = per.group("noun") if per else ""
    if not unit:
        return False
    before = normalise(term.lead)
    return (any(m.group("unit") == unit and not int(m.group(1)) <= count <= int(m.group(2)) for m in _COUNT_RANGE.finditer(before))
            or any(m.group("unit") == unit and count < int(m.group(1)) for m in _COUNT_FLOOR.finditer(before)))


# How many characters of the guide's words for a counted thing the words a figure is given for must share.
THING_CHARS = 4


def _count_of_thing(names: str, term: Term) -> int | None:
    """The one number ``names`` (a question, an English one in the guide's words) states of a thing the
    words before ``term``'s figure name: "3个地理标志证明商标" for "对新注册地理标志证明商标…奖励 30 万元/件";
    a thing left in English by the guide word of one of its words that those words write ("3 maize varieties"
    for "对通过国家审定的玉米、大豆等品种每个一次性奖励 10 万元")."""
    numbers = set()
    for count in stated_counts(names):
        thing = re.match(r"[\u4e00-\u9fff]+", count.noun)
        if thing and any(thing.group(0)[i : i + THING_CHARS] in term.lead for i in range(len(thing.group(0)) - THING_CHARS + 1)):
            numbers.add(count.number)
        elif not thing and any(t in term.lead for t in _english_senses(count.noun) if not _PAID_ONLY.fullmatch(t)):
            numbers.add(count.number)
    return numbers.pop() if len(numbers) == 1 else None


def _shown(count: int | None) -> tuple[int, str] | None:
    return None if count is None else (count, str(count))
