"""Numbers with units as the guide, answers and questions write them: one table of units, one
number parser, one text normaliser.

- ``UNITS`` is the only table of units: each unit's dimension, its factor to the dimension's base
  unit, and the words that name it. The calculators' conversions (``convert``, ``BASE_UNIT``,
  ``unit_names``) and the question router's unit words are derived from it.
- ``figures`` is the only scanner of numbers in text: Arabic and full-width digits, thousands
  separators, Chinese numerals (一千二百, 两万, 十五), 万/亿/千 and English scales, 百分之十五, a
  unit after the number. ``parse_number`` and ``parse_span`` read a whole string (a range:
  0.29—0.33, 3至5).
- ``normalise`` is the only text normaliser: NFKC (full-width digits and letters to ASCII, ％ to %)
  and no zero-width characters.

A percentage is counted in percentage points: ``%`` has factor 1 in the percent dimension, so 15%
is 15 wherever a quantity is read or compared. Arithmetic that multiplies by a rate takes
``value * PER_CENT`` (the calculators' ``param_value``).

Used to check that an answer states the expected numbers and that every number in an answer
is backed by a cited clause or a calculation (76万元 = 760000元 = 760,000 元, 15％ = 15%, 三年 = 3年).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

PER_CENT = Decimal("0.01")
WAN = Decimal(10_000)
YI = Decimal(100_000_000)

# zero-width spaces, joiners, direction marks, word joiner and byte-order mark: invisible in text
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff]")


def normalise(text: str) -> str:
    """NFKC (１２０ → 120, ％ → %, ㎡ → m2, ① → 1) without zero-width characters."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


@dataclass(frozen=True)
class Unit:
    """A unit as the guide, questions and calculator inputs name it."""

    name: str  # canonical, as the guide writes it
    dimension: str
    factor: Decimal  # one of this unit in the dimension's base unit (prices: in 元 per the same thing)
    words: tuple[str, ...] = ()  # other Chinese names and symbols, read anywhere
    english: tuple[str, ...] = ()  # English words, read anywhere (a letter must not follow them)
    text_words: tuple[str, ...] = ()  # names read in the guide, answers and calculator inputs, never after a number in a question
    spoken: tuple[str, ...] = ()  # names read after a number in a question only ("2万方" of gas: 立方米)


def _u(name: str, dimension: str, factor: str | int | Decimal = 1, words: tuple[str, ...] = (), english: tuple[str, ...] = (),
       text_words: tuple[str, ...] = (), spoken: tuple[str, ...] = ()) -> Unit:
    return Unit(name, dimension, Decimal(factor), words, english, text_words, spoken)


def _counted(name: str, *english: str) -> Unit:
    return _u(name, "count", 1, english=english)


def _metric(*names: str) -> tuple[str, ...]:
    """An English metric unit as askers write it: "cubic metre" also as cubic meter(s), cubic metre(s) and
    cubic-metre(s) ("a 1,500 cubic-metre store")."""
    out: list[str] = []
    for name in names:
        for spelling in (name, name.replace("metre", "meter")):
            for joined in dict.fromkeys((spelling, spelling.replace(" ", "-"))):
                out += [joined + "s", joined]
    return tuple(dict.fromkeys(out))


# The one table. The first unit of a dimension is its base unit, except for count (no unit: "" is
# its base) and price (each price is in 元 per its own thing). 1 亩 = 10000/15 平方米, so 1 平方米 =
# 0.0015 亩 exactly. 月 after a number in a question is a month of the year (3到5月), and 万, 亿
# there multiply the number, so they are text words only.
UNITS: tuple[Unit, ...] = (
    _u("元", "money", 1, english=("yuan", "rmb", "cny")),
    _u("万元", "money", WAN, text_words=("万",)),
    _u("亿元", "money", YI, text_words=("亿",)),
    _u("美元", "foreign_money", 1, english=("usd",)),
    _u("度", "energy", 1, words=("千瓦时", "kwh"), english=("kilowatt-hours", "kilowatt hours", "kilowatt-hour", "kilowatt hour")),
    _u("万度", "energy", WAN, words=("万千瓦时",)),
    _u("亿度", "energy", YI),
    _u("千伏", "voltage", 1, words=("kv",)),
    _u("千伏安", "capacity", 1, words=("kva",)),
    _u("吨", "weight", 1, english=("tonnes", "tonne", "tons")),
    _u("吨标准煤", "weight", 1, words=("吨标煤",)),
    _u("万吨", "weight", WAN),
    _u("公斤", "weight", "0.001", words=("千克", "kg"), english=("kilograms", "kilogram", "kilos")),
    _u("亩", "area", 1, english=("mu",)),
    _u("万亩", "area", WAN),
    _u("平方米", "area", "0.0015", words=("平米", "m2", "m²", "㎡"), english=_metric("square metre")),
    _u("万平方米", "area", 15, words=("万平米",)),
    _u("平方公里", "area", 1500, words=("平方千米", "km2", "km²"), english=_metric("square kilometre")),
    _u("公里", "length", 1, words=("千米", "km"), english=_metric("kilometre")),
    _u("米", "length", "0.001", english=_metric("metre")),
    _u("厘米", "length", "0.00001", english=_metric("centimetre")),
    _u("毫米", "length", "0.000001", english=_metric("millimetre")),
    _u("立方米", "volume", 1, words=("立方", "m3", "m³"), english=_metric("cubic metre"), spoken=("方",)),
    _u("万立方米", "volume", WAN),
    _counted("头", "head", "cows", "cattle", "calves", "heifers", "bulls", "milkers", "pigs", "sows", "hogs"),
    _counted("只", "sheep", "goats", "ewes", "lambs", "rams"),
    _counted("峰"),
    _counted("人", "people", "persons", "interns"),
    _counted("名"),
    _counted("家", "enterprises", "companies"),
    _counted("项"),
    _counted("件", "patents"),
    _counted("个", "platforms", "standards"),
    _counted("辆", "vehicles", "taxis", "cars"),
    _counted("台"),
    _counted("套"),
    _counted("枚", "embryos"),
    _counted("支", "straws"),
    _counted("匹"),
    _counted("株"),
    _counted("场"),
    _counted("户", "households"),
    _counted("所"),
    _counted("座"),
    _u("个月", "months", 1, english=("months", "month"), text_words=("月",)),
    _u("年", "years", 1, english=("years", "year")),
    _u("天", "days", 1, text_words=("日",)),
    _u("工作日", "days", 1, words=("个工作日",), english=("working days", "working day", "business days")),
    _u("小时", "hours", 1),
    _u("学时", "hours", 1),
    _u("岁", "age", 1, words=("周岁",), english=("years old", "years of age")),
    _u("倍", "multiple", 1),
    _u("名次", "rank", 1),  # a place in a ranking ("居全国第四", "前五位"): read by the answer step, never after a number
    _u("%", "percent", 1, english=("percent",)),
)
BASE_UNIT: dict[str, str] = {}
for _unit in UNITS:
    BASE_UNIT.setdefault(_unit.dimension, _unit.name)
BASE_UNIT["count"] = ""

# every name of a unit, lower case → the unit; question=True leaves out the text words
_NAMES = {w.lower(): u for u in UNITS for w in (u.name, *u.words, *u.english, *u.text_words)}
_QUESTION_NAMES = {w.lower(): u for u in UNITS for w in (u.name, *u.words, *u.english, *u.spoken)}
# "35 more tonnes", "500 extra cubic metres": an increase stated in a question is a quantity of its unit.
_MORE_EN = re.compile(r"\s*(?:more|extra|additional)\s+(?=[a-z])", re.IGNORECASE)
# One or two words between a number and what it counts ("2,000 dairy cows"), none of them a word
# that starts another phrase ("3 of the cows", "5 years for cows").
_MODIFIERS_EN = {
    n: re.compile(
        r"\s*(?:(?!(?:of|in|for|per|a|an|the|and|or|to|from|at|by|on|with|each|every|years?|months?|days?|more|than)\b)"
        rf"[a-z][a-z-]*\s+){{{n}}}(?=[a-z])",
        re.IGNORECASE,
    )
    for n in (1, 2)
}
# "方" as a unit ("2万方") is not the start of 方面, 方案, 方式…
_NOT_SPOKEN_UNIT = "(?![面案式向法针])"


def unit_names(dimension: str) -> list[str]:
    """The Chinese names and symbols of a dimension's units, in the table's order."""
    return [w for u in UNITS if u.dimension == dimension for w in (u.name, *u.words, *u.text_words)]


@lru_cache(maxsize=4096)
def unit_named(word: str) -> Unit | None:
    """The unit a word names: 万元, KV, 元/千瓦时 (a price: 元 per 度), 万元/亩, 万头 (万 × 头); None if none."""
    key = word.strip().lower()
    if key in _NAMES:
        return _NAMES[key]
    if "/" in key:
        head, per = (unit_named(part) for part in key.split("/", 1))
        if head is not None and head.dimension == "money" and per is not None:
            return Unit(f"{head.name}/{per.name}", "price", head.factor)
        return None
    if len(key) > 1 and key[0] in "万亿" and (rest := unit_named(key[1:])) is not None and rest.dimension != "price":
        return Unit(word.strip(), rest.dimension, rest.factor * (WAN if key[0] == "万" else YI))
    return None


def dimension_of(unit: str) -> str:
    found = unit_named(unit)
    return found.dimension if found else ""


# --- numbers -------------------------------------------------------------------------------------

CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
# English number words as questions write small counts ("two awards", "three years").
ENGLISH_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

SCALES = {"万": WAN, "亿": YI, "千": Decimal(1000), "hundred": Decimal(100), "thousand": Decimal(1000), "million": Decimal(1_000_000),
          "billion": Decimal(1_000_000_000), "trillion": Decimal(1_000_000_000_000), "m": Decimal(1_000_000),
          "bn": Decimal(1_000_000_000), "hundred million": YI, "hundred thousand": Decimal(100_000)}
RANGE_SEPARATORS = ("~", "—", "–", "－", "-", "至", "到")

_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
# a run of Chinese numerals; 千 before 伏, 瓦 or 克 is the unit's (千伏, 千瓦时, 千克)
_CN_RUN = r"(?:[零〇一二两三四五六七八九十百万亿]|千(?![伏瓦克]))+"
_FIGURE = re.compile(
    r"(?P<pre>rmb|cny|¥)?\s*"
    rf"(?:百分之(?P<pct>{_ARABIC}|{_CN_RUN})|(?P<num>{_ARABIC})|(?P<cn>{_CN_RUN}))"
    # "50 多亿元", "3000 余万元": about the number, in the scale after it
    r"(?:(?<=\d)\s*(?:多|余)(?=\s*[万亿千]))?\s*"
    # ("a 150-million-yuan loan": money joined to the noun it is of by hyphens)
    r"(?:(?<=\d)-(?=(?:hundred|thousand|million|billion)-(?:yuan|rmb)\b))?"
    # "RMB 100m", "¥2bn": money's abbreviated scales, after a currency only ("2m" may be metres)
    # ("2.03 hundred million tonnes": 亿 as an English sentence may write it)
    r"(?P<scale>hundred\s+million|hundred\s+thousand|hundred|thousand|million|billion|trillion|万|亿|千(?![伏瓦克])|(?(pre)(?<=\d)(?:m|bn)(?![a-z\d²³])|(?!)))?\s*"
    r"(?:(?<=[a-z\d])-(?=(?:yuan|rmb)\b))?",
    re.IGNORECASE,
)
# Chinese numerals state a quantity only before a count, a duration or a multiple (三年, 两头, 十五倍); in a
# question before any unit ("用了一百五十立方", "两千万元"): the guide writes "一吨", "每亩" as units, an asker
# writes the quantity they have.
CN_NUMERAL_DIMENSIONS = frozenset({"years", "months", "days", "count", "multiple"})


def chinese_to_int(text: str) -> int | None:
    """Chinese numerals up to 亿: 三 → 3, 十五 → 15, 一千二百 → 1200, 两万 → 20000, 三亿五千万 → 350000000."""
    if not text:
        return None
    total, section, current = 0, 0, 0
    for ch in text:
        if ch in CN_DIGIT:
            current = CN_DIGIT[ch]
        elif ch in CN_UNIT:
            section += (current or 1) * CN_UNIT[ch]
            current = 0
        elif ch == "万":
            total += ((section + current) or 1) * 10_000
            section = current = 0
        elif ch == "亿":
            total = ((total + section + current) or 1) * 100_000_000
            section = current = 0
        else:
            return None
    return total + section + current


def number_word(text: str) -> int | None:
    """A whole number written in digits, in English words (one to ten) or in Chinese numerals ("两" as 二)."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    if text in ENGLISH_NUMBERS:
        return ENGLISH_NUMBERS[text]
    return chinese_to_int(text.replace("两", "二"))


def _arabic(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def parse_number(text: str) -> Decimal | None:
    """A whole string as one number: 1,200 · １２０ · 0.401 · 1.5亿 · 5000万 · 一千二百 · 两万 · 15% (15); else None."""
    text = normalise(text).strip()
    found = figures(text)
    if len(found) != 1 or found[0].start != 0 or found[0].unit_end < len(text):
        return None
    return found[0].number


def parse_span(text: str) -> tuple[Decimal, Decimal] | None:
    """A number or a range of numbers, unit left off: "0.29—0.33 元/度" → (0.29, 0.33), "3至5" → (3, 5),
    "15%" → (15, 15); a scale after the second number applies to both: "20-25 万元/亩" → (200000, 250000)."""
    text = normalise(text)
    found = figures(text)
    if len(found) == 1:
        return found[0].number, found[0].number
    if len(found) == 2:
        low, high = found
        if text[low.unit_end : high.start].strip() in RANGE_SEPARATORS:
            scale = SCALES[high.scale] if high.scale and not low.scale and not low.chinese else 1
            return low.number * scale, high.number
    return None


@dataclass(frozen=True)
class Figure:
    """A number in normalised text: where it stands, its value with its scale, the unit after it."""

    start: int
    end: int  # after the number, its scale and the spaces after them
    unit_end: int  # after the unit (== end when there is none)
    raw: str  # the numeral as written, before a scale after it (5 in 5万元, 两万 in 两万头)
    written: Decimal  # its value, without a trailing 万 or 亿 (5 in 5万元, 2 in 两万头)
    number: Decimal  # with the scale (50000 in 5万元); a percentage in percentage points
    unit: Unit | None
    chinese: bool  # written in Chinese numerals (百分之十五 aside: a percentage whatever its numerals)
    scale: str  # 万, 亿, 千, thousand, … or ""
    currency_sign: bool  # after ¥, RMB or CNY
    text: str  # the number, its scale and its unit as written
    asked: bool = False  # read in a question (``figures(question=True)``)

    @property
    def dimension(self) -> str:
        if self.currency_sign:
            return "money"
        return self.unit.dimension if self.unit is not None else ""

    @property
    def reads_as_quantity(self) -> bool:
        """Arabic digits always; Chinese numerals only before a count, a duration or a multiple (in a
        question before any unit), and a lone 一 only as 一年 (一头, 一亩: a unit, not a quantity)."""
        if not self.chinese:
            return True
        # (an asker's numerals name a digit: "多少万元", "几十万" state none)
        asked = self.asked and self.unit is not None and any(c in "一二两三四五六七八九" for c in self.raw)
        if self.dimension not in CN_NUMERAL_DIMENSIONS and not asked:
            return False
        return self.raw != "一" or self.dimension == "years"

    @property
    def value(self) -> Decimal:
        """In the dimension's base unit: 5万亩 → 50000 (亩), 40000平方米 → 60 (亩), 15% → 15."""
        return self.number * (self.unit.factor if self.unit else 1)

    @property
    def quantity(self) -> Quantity:
        """The figure as a :class:`Quantity`: 万 and 亿 multiplied out, its unit's canonical name."""
        return Quantity(self.number.normalize(), self.unit.name if self.unit else "", self.text)


def _unit_after(text: str, pos: int, question: bool, described: bool | str = False) -> tuple[Unit | None, int]:
    """The unit that starts at ``pos`` (longest name first), and where it ends; a price (元/亩) when a
    money unit is per another. ``described="area"``: only an area may follow describing words."""
    m = _unit_pattern(question).match(text, pos)
    if m is None and text[pos : pos + 1] == "-" and (m := _unit_pattern(question).match(text, pos + 1)) is not None \
            and not (m.group(0).isascii() and (described is True or _NAMES[m.group(0).lower()].dimension in _HYPHENED
                                               or (described == "area" and _NAMES[m.group(0).lower()].dimension in ("count", "area")))):
        # "12,000-mu", "a 3-year contract": an English unit joined by a hyphen, where words describe a thing
        # counted (as a question's do: "a 10,000-head dairy goat farm"); "a 200,000-yuan subsidy", "a 3-year loan"
        # are money or a duration anywhere (not "1-10千伏", a range)
        m = None
    if m is None and question and (more := _MORE_EN.match(text, pos)):
        m = _unit_pattern(question).match(text, more.end())
    names = _QUESTION_NAMES if question else _NAMES
    for words in [] if m is not None or not described else [w for n in (1, 2) if (w := _MODIFIERS_EN[n].match(text, pos))]:
        # "2,000 dairy cows", "800 contiguous mu": a thing counted (or mu) after the words that say which
        m = _unit_pattern(question).match(text, words.end())
        if m is not None and m.group(0).isascii() and names[m.group(0).lower()].dimension in (
                ("area",) if described == "area" else ("count", "area")):
            break
        m = None
    if m is None:
        return None, pos
    unit = names[m.group(0).lower()]
    if unit.dimension == "money" and text[m.end() : m.end() + 1] == "/":
        per, per_end = _unit_after(text, m.end() + 1, question)
        if per is not None and per.dimension not in ("money", "price", "percent"):
            return unit_named(f"{unit.name}/{per.name}"), per_end
    return unit, m.end()


# Units an English number takes through a hyphen wherever it stands ("a 200,000-yuan subsidy", "a 3-year loan").
_HYPHENED = frozenset({"money", "years", "months", "days"})


@cache
def _unit_pattern(question: bool) -> re.Pattern[str]:
    """Every name of a unit, longest first; an English word or symbol must not run on into a word ("mu" in "much")."""
    names = sorted(_QUESTION_NAMES if question else _NAMES, key=len, reverse=True)
    spoken = {w for u in UNITS for w in u.spoken}
    parts = [re.escape(w) + ("(?![a-z])" if w.isascii() and w.isalpha() else _NOT_SPOKEN_UNIT if w in spoken else "") for w in names]
    return re.compile("|".join(parts), re.IGNORECASE)


# What a sum written in 万 or 亿 with no unit pays, right after it.
_PAID_AFTER = re.compile(r"\s*(?:补贴|奖励|奖补|资助|补助|经费|资金|扶持)")


def figures(text: str, question: bool = False, described: bool | str = False) -> list[Figure]:
    """Every number in already normalised ``text``, with its scale and the unit after it. In a
    question (``question=True``) 月, 万 and 亿 are not units (3到5月 is a season). With ``described``
    an English thing counted may follow a word or two that say which ("2,000 dairy cows" → 头), and
    an English unit may be joined by a hyphen ("a 12,000-mu base" → 亩); with ``described="area"``
    only mu (or another area) may follow such words ("6,000 contiguous mu")."""
    found: list[Figure] = []
    pos = 0
    while (m := _FIGURE.search(text, pos)) is not None:
        raw = m.group("pct") or m.group("num") or m.group("cn")
        chinese = not raw[0].isdigit()
        scale = " ".join((m.group("scale") or "").split())
        if chinese:
            number = Decimal(chinese_to_int(raw) or 0)
            stripped = raw.rstrip("万亿")
            written = Decimal(chinese_to_int(stripped) or 0) if stripped and stripped != raw else number
        else:
            written = number = _arabic(raw)
        if scale:
            number *= SCALES[scale.lower()]
        if m.group("pct"):
            unit, unit_end = _NAMES["%"], m.end()
        else:
            unit, unit_end = _unit_after(text, m.end(), question, described)
            if unit is None and scale in ("万", "亿") and not question and _PAID_AFTER.match(text, m.end()):
                unit = _NAMES["元"]  # "给予最高 30 万补贴": a sum in 万 paid as a grant is yuan, its 元 left out
        found.append(
            Figure(m.start(), m.end(), unit_end, raw, written, number, unit, chinese and not m.group("pct"), scale.lower(),
                   bool(m.group("pre")), text[m.start() : unit_end].strip(), question)
        )
        pos = max(unit_end, m.end())
    return found


# --- quantities in text --------------------------------------------------------------------------


@dataclass(frozen=True)
class Quantity:
    value: Decimal  # as written with 万 and 亿 multiplied out: 76万元 → 760000 (元), 100平方米 → 100 (平方米), 15% → 15
    unit: str  # canonical unit ("" when none): KV → 千伏, 千瓦时 → 度, 月 → 个月
    text: str

    def same_value(self, other: Quantity) -> bool:
        if self.value != other.value:
            return False
        return not self.unit or not other.unit or self.unit == other.unit


def quantities(text: str, described: bool = False) -> list[Quantity]:
    """Every number in ``text`` with its unit, 万 and 亿 multiplied out (``described``: see :func:`figures`)."""
    out: list[Quantity] = []
    for f in figures(normalise(text), described=described):
        if not f.reads_as_quantity:
            continue
        out.append(f.quantity)
    return out


def range_lows(text: str) -> dict[tuple[Decimal, str], Quantity]:
    """The low end of each range of money in ``text`` that is written without the unit (and scale) its high
    end carries, by the high end's value and unit: "参考价格：20-25 万元/亩" → {(250000, "元/亩"): 20万元/亩}."""
    text = normalise(text)
    found = figures(text)
    out: dict[tuple[Decimal, str], Quantity] = {}
    for low, high in zip(found, found[1:]):
        if low.unit is not None or high.unit is None or "元" not in high.unit.name or not high.written:
            continue
        if text[low.end : high.start].strip() not in RANGE_SEPARATORS:  # ("20-25 万元/亩", "5万至10万元")
            continue
        value = low.number if low.scale else low.number * (high.number / high.written)  # "20-25 万元": 20万
        if 0 < value < high.number:
            top = high.quantity
            out[(top.value, top.unit)] = Quantity(value.normalize(), top.unit, low.text)
    return out


# "营收12个亿", "工资性收入160万": money a question states in speech, its 元 left out.
_SPOKEN_YI = re.compile(r"(\d+(?:\.\d+)?)\s*个亿")
_MONEY_WORDS = re.compile(r"(?:收入|工资|年薪|薪酬|薪水|营收|纳税|税收|投资|产值|销售额|利润|资产|贷款|融资)[^，,。？?；;\d]{0,4}$")


def stated_money(text: str) -> list[Quantity]:
    """The money a question states, as spoken too: "12个亿" is 12 亿元, and a bare "160万" after a
    word naming money ("工资性收入160万") is 160 万元."""
    text = _SPOKEN_YI.sub(r"\1亿元", normalise(text))
    out: list[Quantity] = []
    for f in figures(text, question=True):
        if not f.reads_as_quantity:
            continue
        q = f.quantity
        if q.unit in ("元", "万元", "亿元"):
            out.append(q)
        elif not q.unit and f.scale and _MONEY_WORDS.search(text[max(0, f.start - 10) : f.start]):
            out.append(Quantity(q.value, "元", q.text))
    return out


def parse_quantity(text: str) -> Quantity:
    """The single number an expected-number string like ``30万元`` or ``0.401`` states."""
    found = quantities(text)
    if not found:
        raise ValueError(f"no number in {text!r}")
    return found[0]


def contains_quantity(text: str, expected: str) -> bool:
    """Does ``text`` state the number ``expected`` (value compared, units compatible)? A figure stated
    in a narrower unit that starts with the expected one states it: "3000 元/人·月" states 3000元 (per
    person-month), "2000 吨标准煤" states 2000吨; the other way round it does not ("10000 元" does not
    state 10000元/头)."""
    target = parse_quantity(expected)
    return any(q.same_value(target) or (q.value == target.value and _narrower(q.unit, target.unit)) for q in quantities(text))


def _narrower(unit: str, expected: str) -> bool:
    """Is ``unit`` the ``expected`` unit made narrower: per something ("元/人" of 元) or of a kind ("吨标准煤" of 吨)?"""
    if not expected or "/" in expected or unit == expected:
        return False
    if unit.startswith(f"{expected}/"):
        return True
    narrow, broad = unit_named(unit), unit_named(expected)
    return unit.startswith(expected) and narrow is not None and broad is not None and narrow.dimension == broad.dimension


# --- calculator inputs and output ----------------------------------------------------------------


class UnitError(ValueError):
    pass


def to_decimal(value: object) -> Decimal:
    """A number from JSON or text: full-width digits, commas and zero-width characters tolerated."""
    if isinstance(value, bool):
        raise UnitError(f"not a number: {value!r}")
    if isinstance(value, float):
        value = repr(value)
    text = normalise(str(value)).strip().replace(",", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise UnitError(f"not a number: {value!r}") from None
    if not number.is_finite():
        raise UnitError(f"not a finite number: {value!r}")
    return number


def convert(value: Decimal, unit: str, dimension: str) -> Decimal:
    """``value`` in ``unit`` expressed in the dimension's base unit (万元 → 元, 万度 → 度, 平方米 → 亩)."""
    found = unit_named(unit) if unit and unit.strip() else None
    if found is not None and found.dimension == dimension:
        return value * found.factor
    if not (unit and unit.strip()) and dimension == "count":
        return value
    allowed = "、".join(unit_names(dimension)) or "(no unit)"
    raise UnitError(f"unit {unit!r} is not a {dimension} unit; use one of {allowed}")


def value_unit(f: Figure) -> str:
    """The unit a figure's :attr:`Figure.value` is written in: 元 for money, else its own unit's name, or ""."""
    return "元" if f.dimension == "money" else f.unit.name if f.unit is not None else ""


def plain(value: Decimal) -> str:
    """Exact decimal without exponent or trailing zeros: 380000, 37.5, 0.401."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def scaled_text(value: Decimal, unit: str) -> str:
    """A quantity in ``unit`` the way the guide writes it: 亿 from a hundred million up, 万 from ten
    thousand up ("30亿度", "124万吨", "7.5万元")."""
    if abs(value) >= 100_000_000:
        return f"{plain(value / 100_000_000)}亿{unit}"
    if abs(value) >= 10_000:
        return f"{plain(value / 10_000)}万{unit}"
    return f"{plain(value)}{unit}"


def money_text(value_yuan: Decimal) -> str:
    """Money the way the guide writes it: 亿元 from a hundred million up, 万元 from ten thousand up, else 元."""
    return scaled_text(value_yuan, "元")


# A project an amount is the size of, named right after it ("an 800-million-yuan chain project", "3亿元的项目").
_PROJECT_SIZED = re.compile(r"\s*(?:(?:[a-z-]+\s+){0,2}project\b|的?[\u4e00-\u9fff]{0,4}项目)", re.IGNORECASE)


def sizes_a_project(after: str) -> bool:
    """Does the text right after an amount name a project it is the size of ("… chain project", "…的项目")?"""
    return bool(_PROJECT_SIZED.match(after))
