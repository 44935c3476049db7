"""Growth: a change a provision states, applied to the value the question states.

"If 100 million waste appliances were recovered in 2023, what volume is targeted for 2027?" over
"到 2027 年，…废旧家电回收量较 2023 年增长 30%" is 1亿 × (1 + 30%) = 1.3亿; "报废汽车回收量较 2023 年
增加一倍" doubles; "预算在 2021 年基数上，连续三年按 15%递增" compounds three times; "园区农民可支配收入
原则上应高于当地平均水平的 30%" over "the local average income is RMB 20,000" is 20,000元 × (1 + 30%).
The principle: when a question states one quantity as the value something has, asks what it
becomes, and a provision found says by how much that thing changes, the answer is the quantity
changed by it.

It holds only when the provision's change is of what the question's quantity measures: the
provision's words before the change (since the change before it) must name something of the words
the question puts around its quantity; one naming what the question asks with fits better. Of a
target year the question asks ("for 2027"), a change stated for that year. A change stated as a condition
("营业收入增长 20%以上的给予奖励") is no target: nothing is computed from it. A change that sets a
new level ("提高至 58%") is no change of the question's quantity. When two changes of different
sizes fit about as well, nothing is computed: the answer quotes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant.answer.extractive import QuestionTerms
from assistant.answer.question import Question
from assistant.answer.sentences import STRETCH_MARKS, TIER_MARKS, around
from assistant.answer.shares import CONDITION_AFTER, OF_IT, covered_provisions, stated_as_threshold, unrivalled
from assistant.models import Calculation, Clause
from assistant.quantities import Figure, figures, normalise, number_word, plain, scaled_text, unit_named, value_unit

# The words just before a percentage that make it a rise or a fall of what is named before them
# ("回收量较 2023 年增长 30%", "应高于当地平均水平的 30%", "能耗下降 13.5%").
# (a markup capped: "按成本价购买，上浮比例不超过5%" is at most the cost × (1 + 5%))
_RISE_BEFORE = re.compile(r"(?:增长|增加|提高|提升|上涨|增幅为?|(?<!不)高于[^，,；;。\d%]{0,12}?的?)\s*(?:了|约|达|达到)?\s*$|"
                          r"上浮(?:比例|幅度)?\s*(?:不超过|不高于|最高|最多)?\s*$")
_FALL_BEFORE = re.compile(r"(?:下降|降低|减少|降幅为?|(?<!不)低于[^，,；;。\d%]{0,12}?的?)\s*(?:了|约|达|达到)?\s*$|"
                          r"下浮(?:比例|幅度)?\s*(?:不超过|不高于|最高|最多)?\s*$")
# …or just after it, by a rate of growth ("按 15%递增", "以 10%的速度增长").
_RISE_AFTER = re.compile(r"\s*(?:的(?:速度|幅度|比例))?\s*(?:递增|增长|增加)")
_FALL_AFTER = re.compile(r"\s*(?:的(?:速度|幅度|比例))?\s*(?:递减|下降|减少)")
# A growth each year, compounded over the years it runs ("按 15%递增", "每年增长 10%").
_YEARLY = re.compile(r"递增|递减|每年|逐年|年均")
# "增加一倍", "增加约一倍", "翻一番": twice the value.
_DOUBLED = re.compile(r"(?:增加|增长|提高)(?:了)?\s*(?:约|近)?\s*一倍|翻(?:了)?一番|翻番")
# A stretch that opens with how something changes names no subject of its own ("连续三年按 15%递增", "按成本价购买，
# 上浮比例不超过5%").
_NO_SUBJECT = re.compile(r"(?:连续|持续|按照?|并|且|每年|年均|逐年|同比|环比|上浮|下浮)")
# The years a growth each year runs, as the question states them ("after three years", "三年后").
_YEARS_ASKED_ZH = re.compile(
    r"(\d+|[一二两三四五六七八九十]+)\s*年(?:后|以后|之后|里|内|下来|间)|(?:连续|连着|过了?)\s*(\d+|[一二两三四五六七八九十]+)\s*年"
)
YEARS_ASKED_EN = re.compile(
    r"\b(?:after|over|in|within|across|for)\s+(?:about\s+|around\s+|roughly\s+|the\s+next\s+|the\s+)?"
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:more|consecutive|straight|full)\s+)?years?\b|"
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:consecutive|straight|full)\s+years?\b",
    re.IGNORECASE,
)
# …or as the provision does ("连续三年按 15%递增").
_YEARS_STATED = re.compile(r"(?:连续|持续)\s*(\d+|[一二两三四五六七八九十]+)\s*年")
# A question asks what a value becomes: how much or how many, or what level it reaches.
_ASKS_VALUE = re.compile(
    r"多少|(?<!哪)几|多高|多大|\bhow (?:much|many|large|big|high)\b|\breach\b|\bminimum\b|\bmaximum\b|\bhighest\b|\blowest\b|"
    r"\bat (?:least|most)\b|"
    r"\bwhat (?:\w+ ){0,3}(?:volume|amount|level|figure|value|total|number|income|budget|output|size|scale|revenue|target|price|cost)\b",
    re.IGNORECASE,
)
# A quantity a figure is stated per ("per 100 km", "每百公里") measures that figure; it is no value of its own.
_PER_BEFORE = re.compile(r"(?:\bper|每|/)\s*$", re.IGNORECASE)
# A bare number a question writes as a year ("in 2023"), not a quantity.
YEAR_MIN, YEAR_MAX = 1900, 2100
# The largest number of years a growth is compounded over.
YEARS_MAX = 30
# How much more a change fits when its words also name what the question asks of its value.
ASKED_BONUS = 0.1
# The shortest word that names what changes.
NAME_CHARS_MIN = 2


@dataclass(frozen=True)
class Change:
    clause: Clause
    factor: Decimal  # the value after one period, for one of the value before it (1.3 for "增长 30%")
    shown: str  # "(1 + 30%)", "2"
    percent: Decimal | None  # the percentage changed by, if stated as one
    years: int  # the periods compounded (1 for a change stated once)
    score: float


def bare_year(f: Figure) -> bool:
    """Is ``f`` a bare number written as a calendar year ("in 2023"), not a quantity?"""
    return f.unit is None and not f.scale and f.number == f.number.to_integral_value() and YEAR_MIN <= f.number <= YEAR_MAX


@dataclass
class GrowthCalculator:
    """Applies the change a provision states to the value the question states."""

    tokenize: Callable[[str], list[str]]  # the guide's tokens of a text, English translated

    def __call__(self, question: Question, clauses: Sequence[Clause], terms: QuestionTerms) -> list[Calculation]:
        text = normalise(question.text)
        if not _ASKS_VALUE.search(text) or OF_IT.search(text):
            return []  # ("how many of them": a part of the value, not what it becomes)
        found = figures(text, question=True, described=True)
        if any(f.dimension == "percent" for f in found):
            return []  # a question stating a percentage asks about it, not with it
        years = [f for f in found if bare_year(f) or (f.dimension == "years" and f.number >= YEAR_MIN)]
        # (a bare number glued to the word before it is part of that word: the 2 of "m2", "CO2")
        bases = [f for f in found if f.reads_as_quantity and f not in years and f.dimension not in ("years", "months", "days")
                 and not stated_as_threshold(text, f) and not _PER_BEFORE.search(text[: f.start])
                 and not (f.unit is None and _glued(text, f))]
        priced = _priced_area(text, bases)
        if priced is not None:
            bases = [priced[0]]
        if len(bases) != 1:
            return []
        base = bases[0]
        asked = {p.slot for p in question.parts}
        if "amount" in asked and base.dimension != "money":
            return []  # money asked: a change of a count or a measure does not answer it
        if any(p.measure and p.measure != base.dimension for p in question.parts if p.slot == "count"):
            return []
        marks = "，,。；;？?！!" if question.lang == "zh" else ";?!"
        start, end = around(text, base.start, base.unit_end, marks)
        if question.lang != "zh":  # an English sentence ends at a stop not inside a number
            start = max((m.end() for m in re.finditer(r"\.(?!\d)", text[: base.start])), default=0)
            end = next((m.start() for m in re.finditer(r"\.(?!\d)", text[base.unit_end :])), len(text) - base.unit_end) + base.unit_end
        base_words = self._words(text[start : base.start] + " " + text[base.end : end])  # "4 million scrapped vehicles"
        asked_words = self._words(text[:start] + " " + text[end:]) or base_words
        # the year the base is of ("in 2023") and the years the question asks of ("for 2025, and for 2027")
        near_start, near_end = around(text, base.start, base.unit_end, "，,。；;？?！!")
        base_years = {int(f.number) for f in years if near_start <= f.start < near_end}
        targets = sorted({int(f.number) for f in years} - base_years)
        periods = self._periods_asked(text)
        out: list[Calculation] = []
        for target in targets or [None]:
            change = self._change(clauses, terms, base_words, asked_words, target, periods)
            if change is None:
                continue
            calculation = self._calculation(base, change, question.lang)
            if priced is not None:
                calculation.steps.insert(0, priced[1])
            out.append(calculation)
        return out

    def _words(self, text: str) -> set[str]:
        return {t for t in self.tokenize(text) if len(t) >= NAME_CHARS_MIN and any("\u4e00" <= c <= "\u9fff" for c in t)}

    @staticmethod
    def _periods_asked(text: str) -> int | None:
        for pattern in (_YEARS_ASKED_ZH, YEARS_ASKED_EN):
            if m := pattern.search(text):
                n = number_word(next(g for g in m.groups() if g))
                if n is not None and 0 < n <= YEARS_MAX:
                    return n
        return None

    def _change(
        self, clauses: Sequence[Clause], terms: QuestionTerms, base_words: set[str], asked_words: set[str],
        target: int | None, periods: int | None,
    ) -> Change | None:
        """The change of the best-fitting provision whose words before it name what the question's
        value is of and what it asks; of a target year asked, one stated with that year when any is."""
        total = terms.total or 1.0
        found: list[tuple[Change, bool]] = []
        for rank, clause, text, coverage, changes in covered_provisions(clauses, terms, self.tokenize, _changes):
            bounds = [(f.start, f.unit_end) for f in figures(text) if f.dimension == "percent"] + [c[:2] for c in changes]
            for start, end, factor, percent, yearly in changes:
                tier_start, tier_end = around(text, start, end, TIER_MARKS)
                seg_start, seg_end = around(text, start, end, STRETCH_MARKS)
                if CONDITION_AFTER.match(text, end):
                    continue  # "增长 20%以上的": a condition met, not a change to compute
                if any(f.dimension == "money" for f in figures(text[end:tier_end])) and percent is not None:
                    continue  # a growth a grant is paid for ("…增长 10%的，给予 50 万元奖励") is its condition
                # what changes is named in the change's own stretch ("…增加约一倍，二手车交易量较 2023 年增长
                # 45%": the used cars'); a stretch that opens with how it changes ("，连续三年按 15%递增") names
                # it before, since the change or percentage before it in its tier
                named = text[seg_start:start]
                if _NO_SUBJECT.match(named.strip()):
                    named = text[max([tier_start] + [e for s, e in bounds if e <= start]) : start]
                if not any(w in named for w in base_words):
                    continue
                years = 1
                if yearly:
                    years = periods or next((n for m in _YEARS_STATED.finditer(text[tier_start:tier_end])
                                             if (n := number_word(m.group(1))) is not None), 0)
                    if not 0 < years <= YEARS_MAX:
                        continue  # a yearly growth over years neither the question nor the provision states
                if percent is not None:
                    sign = "+" if factor > 1 else "−"
                    shown = f"(1 {sign} {plain(percent)}%)"
                else:
                    shown = plain(factor)
                dated = target is not None and _year_of(text[:start]) == target
                local = terms.overlap(self.tokenize(text[seg_start:seg_end])) / total
                local += ASKED_BONUS * any(w in named for w in asked_words)  # and names what is asked of it
                found.append((Change(clause, factor, shown, percent, years, (coverage + local) * 0.95**rank), dated))
        if target is not None and any(dated for _, dated in found):
            found = [f for f in found if f[1]]
        return unrivalled([c for c, _ in found], lambda c: (c.factor, c.years))

    @staticmethod
    def _calculation(base: Figure, change: Change, lang: str) -> Calculation:
        unit = value_unit(base)
        value = base.value * change.factor**change.years
        power = f"^{change.years}" if change.years > 1 else ""

        def show(v: Decimal) -> str:
            return scaled_text(v, unit)

        steps = [f"{show(base.value)} × {change.shown}{power} = {show(value)}"]
        if change.years > 1:
            steps.append(f"连续{change.years}年" if lang == "zh" else f"{change.years} years")
        inputs = {"base": plain(base.value), "factor": plain(change.factor), "years": str(change.years)}
        if change.percent is not None:
            inputs["percent"] = plain(change.percent)
        return Calculation(tool="growth", inputs=inputs, steps=steps, result=plain(value), unit=unit,
                           clause_ids=[change.clause.clause_id])


def _glued(text: str, f: Figure) -> bool:
    """Is the number of ``f`` written right after a Latin letter ("m2", "CO2"), as part of that word?"""
    at = text.find(f.raw, f.start)
    return at > 0 and text[at - 1].isascii() and text[at - 1].isalpha()


# Money per square metre as a question writes it: "4,000 yuan/㎡", "6,000 yuan per m²", "每平米6000元".
_PER_SQUARE_METRE_AFTER = re.compile(r"\s*(?:per|/|每)\s*(?:m²|m2|㎡|sq(?:uare)?\.?\s*met(?:er|re)s?|平方米|平米)", re.IGNORECASE)
_PER_SQUARE_METRE_BEFORE = re.compile(r"每(?:平方米|平米|㎡)[^，,。；;\d]{0,4}$")


def _priced_area(text: str, bases: list[Figure]) -> tuple[Figure, str] | None:
    """A cost per square metre and the area a question states ("a construction cost of 6,000 yuan per m². For a 95 m²
    unit"), as the one sum they come to (57万元), with the step that multiplies them; None for any other values."""
    if len(bases) != 2:
        return None
    area = next((f for f in bases if f.dimension == "area" and f.unit is not None and f.unit.name == "平方米"), None)
    def per_metre_cost(f: Figure) -> bool:
        if f.dimension == "price":
            return f.unit is not None and f.unit.name.endswith("/平方米")
        return f.dimension == "money" and bool(_PER_SQUARE_METRE_AFTER.match(text, f.unit_end)
                                               or _PER_SQUARE_METRE_BEFORE.search(text[: f.start]))

    price = next((f for f in bases if f is not area and per_metre_cost(f)), None)
    if area is None or price is None:
        return None
    yuan = unit_named("元")
    per_metre = price.number * (unit_named(price.unit.name.split("/")[0]) or yuan).factor if price.unit else price.number  # type: ignore[union-attr]
    total = per_metre * area.number
    combined = replace(price, number=total, written=total, unit=yuan)
    return combined, f"{scaled_text(per_metre, '元')}/平方米 × {plain(area.number)}平方米 = {scaled_text(total, '元')}"


# A year a provision's target is set for ("到 2027 年", "2025年底前"), not the base year it is compared with
# ("较 2023 年").
_TARGET_YEAR = re.compile(r"(?<!较)(?<!比)(?<!较\s)(?<!比\s)((?:19|20)\d\d)\s*年(?!基数|的基础|为基数)")


def _year_of(before: str) -> int | None:
    """The target year stated last before a change in its provision, if any."""
    years = _TARGET_YEAR.findall(before)
    return int(years[-1]) if years else None


def _changes(text: str) -> list[tuple[int, int, Decimal, Decimal | None, bool]]:
    """The changes ``text`` states: (start, end, factor, percentage or None, compounded each year)."""
    out: list[tuple[int, int, Decimal, Decimal | None, bool]] = []
    for f in figures(text):
        if f.dimension != "percent":
            continue
        stretch_start, _ = around(text, f.start, f.end, STRETCH_MARKS)
        before = text[stretch_start : f.start]
        rise = _RISE_BEFORE.search(before) or _RISE_AFTER.match(text, f.unit_end)
        fall = _FALL_BEFORE.search(before) or _FALL_AFTER.match(text, f.unit_end)
        if bool(rise) == bool(fall):
            continue
        rate = f.number / 100
        yearly = bool(_YEARLY.search(before[-8:] + text[f.unit_end : f.unit_end + 4]))
        out.append((f.start, f.unit_end, 1 + rate if rise else 1 - rate, f.number, yearly))
    for m in _DOUBLED.finditer(text):
        out.append((m.start(), m.end(), Decimal(2), None, False))
    return out
