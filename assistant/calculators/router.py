"""Offline routing: from the question's quantities and the top retrieved clauses, choose a
calculator and fill its inputs; when an input is missing, say exactly which."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from assistant.calculators.catalogue import CalculatorError, Catalogue
from assistant.calculators.kinds import KINDS, param_value, takes_lines, threshold_error
from assistant.calculators.spec import CalculatorSpec, Parameter
from assistant.models import Calculation
from assistant.quantities import ENGLISH_NUMBERS, Unit, figures, money_text, parse_span, plain, sizes_a_project, unit_named
from assistant.quantities import normalise as normalise_text

# Scoring a calculator for a question: the best score wins.
# A number in the question fills an input that has no default.
FILLED_INPUT = 2
# A number in the question fills an input that has a default ("2名" for a default of one person).
FILLED_DEFAULT = 1
# An input the question does not give and that has no default: the route would have to ask for it.
MISSING_INPUT = 3
# Each place the calculator's best clause stands below the first retrieved clause.
CLAUSE_RANK = 0.5
# The inputs are complete but the calculator refuses them (below its threshold): another provision may fit.
REFUSES_INPUTS = 3
# The question asks a sum paid once and the calculator's provision pays over years (or the other way round).
PAID_OTHERWISE = 2
# "one-off", "一次性": a sum paid once asked; a provision paying "分 3 年", "每年", "连续 5 年" pays over years.
ONE_OFF_ASKED = re.compile(r"\bone-(?:off|time)\b|\blump[- ]sum\b|一次性", re.IGNORECASE)
_PAID_OVER_YEARS = re.compile(r"分\s*\d+\s*年|每年|连续\s*\d+\s*年")

# Reading numbers in a question.
# How many characters before a number an input's cue word may stand ("租金…8000元").
CUE_WINDOW = 14
# How far before a percentage its rate's cue may stand for it to be the asker's rate ("LPR按3%", "LPR is 3%").
RATE_CUE_WINDOW = 8
# How many characters before a number a phrase may stand that presents it as the outcome ("补贴为999万元").
STATED_RESULT_WINDOW = 6
# A number with no unit counts as money from this value up ("投资5000").
BARE_MONEY_MINIMUM = 1000
# A whole number with no unit that an English noun follows counts as a count up to this value ("10 plug-in taxis").
BARE_COUNT_MAXIMUM = 1000
# How many characters may stand between a number (with its unit) and the choice it goes with ("10辆充电车").
LINE_WINDOW = 12
# Figures of these dimensions name a choice (110千伏), never a number input.
CHOICE_DIMENSIONS = frozenset({"voltage"})

# "How much in total / can we get": the question wants a computed amount.
ASKS_FOR_AMOUNT = re.compile(
    r"(一共|总共|合计|总计|能领多少|能拿多少|能补多少|能省多少|要交多少|能贴多少|补多少钱"
    r"|how much (would|will|can|could|do|does|should) (we|i|our|my)|in total)"
)


# A number the question presents as the outcome ("补贴为999万元", "the subsidy is 99 million yuan"),
# or asks to have confirmed ("…99 million yuan, right?", "…999万元，对吗"), is a claim, not an input.
STATED_RESULT = re.compile(r"(补贴|补助|奖励|奖补|贴息|结果|答案|回答)(为|是|成|等于)?\s*$")
STATED_RESULT_EN = re.compile(
    r"\b(subsid(?:y|ies)|grants?|awards?|rewards?|bonus|result|answer|support)\s+(?:is|was|are|were|of|=|would be|will be)"
    r"(?:\s+(?:about|around|roughly|only|just))?\s*$"
)
STATED_RESULT_EN_WINDOW = 40
CONFIRMATION = re.compile(r"^\s*[,，]?\s*(?:right|correct|isn'?t it|is that (?:right|correct)|对吗|对吧|对不对|是吗|是不是|没错吧)")
CONFIRMATION_WINDOW = 20
_PERIODS = frozenset({"years", "months", "days"})
# A sign or an exponent the question writes before a number the calculators would read without it.
_NEGATIVE = re.compile(r"(?<![\d.A-Za-z])[-−]\s*$")  # not a word's hyphen ("sub-1 kV")
_EXPONENT = re.compile(r"\d\s*e\s*[-+]?$", re.IGNORECASE)
MAX_DIGITS = 15


@dataclass
class Quantity:
    """A number a question states, at its place in the normalised question."""

    value: Decimal  # in the base unit of its dimension
    dimension: str  # money, area, energy, weight, months, years, percent, count, voltage, calendar_year, … or ""
    start: int
    end: int
    text: str
    unit_len: int = 0  # length of the unit word after the number, if any


def normalise(text: str) -> str:
    """Normalised, lower-case, and an English number word counting things written in digits
    ("two national standards" → "2 national standards")."""
    lowered = normalise_text(text).lower()
    lowered = _NUMBER_WORD.sub(lambda m: str(ENGLISH_NUMBERS[m.group(1)]), lowered)
    # ("one primary, one intermediate, one advanced": "one" said again counts each thing)
    return _ONE_WORD.sub("1", lowered) if re.search(r"\d", lowered) or len(_ONE_WORD.findall(lowered)) >= 2 else lowered


# A number word before what it counts: a plural noun, a word or two after it.
# ("two thousand mu": before a scale, whatever it counts; "ten of our employees": of those the asker has)
_NUMBER_WORD = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten)\b"
                          r"(?=\s+(?:of\s+(?:our|the|its|their|my|your|these|those)\s+)?(?:(?!of\b)[a-z-]+\s+){0,2}?[a-z-]+s\b|\s+(?:hundred|thousand|million|billion)\b)")


# "one" before the one thing it counts, when the question counts other things too ("led one international
# standard and took part in two national ones"): not "one of", "one-off", nor a period ("one year").
_ONE_WORD = re.compile(r"\bone(?=\s+(?!of\b|year|month|day|time|more\b)[a-z])")


# "in 2025", "for 2024", "since 2021": the words before a bare four-digit number naming a year.
_YEAR_BEFORE = re.compile(r"\b(?:in|for|of|since|by|until|till|from|during|before|after|year|fy)\s*$")
# A bare number of this century's years names one ("the 2024 policy list"); 2000 is as often a round sum.
_THIS_CENTURY = re.compile(r"20(?:0[1-9]|[1-3]\d)")
# "每多1吨补多少", "每新增100万元", "for every 1 tonne more": the step a rate is paid per, not an amount the asker has.
_RATE_STEP_BEFORE = re.compile(
    r"每\s*(?:多|增加|新增|增长|提高|超过|超出)?\s*$|\b(?:per|every)(?:\s+(?:additional|extra|further|more))?\s*$",
    re.IGNORECASE,
)


_RANGE_JOIN = re.compile(r"\s*(?:[-–—~至到]|\bto\b)\s*", re.IGNORECASE)


def question_quantities(question: str) -> list[Quantity]:
    """Numbers with units in a question, in Chinese or English: 200亩, 8亿, 1000万度, 5 million kWh, 三年."""
    text = normalise(question)
    found: list[Quantity] = []
    # "6,000 contiguous mu": an area after the words that say which (a thing counted is read bare:
    # the router pairs a bare number with the kind named after it, "20 battery-swap taxis")
    for figure in figures(text, question=True, described="area"):
        if not figure.reads_as_quantity or _RATE_STEP_BEFORE.search(text[: figure.start]):
            continue
        dimension = figure.dimension
        if (dimension in ("years", "") and not figure.chinese and len(figure.raw) == 4 and figure.raw.startswith(("19", "20"))
                and (dimension or _YEAR_BEFORE.search(text[: figure.start]) or _THIS_CENTURY.fullmatch(figure.raw))
                and not figure.scale):
            dimension = "calendar_year"  # "2025年", "taxable income for 2025", "under the 2024 regional policy list"
        if not dimension and figure.scale in ("万", "亿"):
            dimension = "money"
        text_of_number = text[figure.start : figure.end].strip()
        found.append(Quantity(figure.value, dimension, figure.start, figure.end, text_of_number, figure.unit_end - figure.end))
    # a range the question writes ("the 10万–300万 guaranteed loans") names which provision, by its bounds: neither end
    # is a figure of the asker's
    ranged = {i for i in range(len(found) - 1)
              if _RANGE_JOIN.fullmatch(text[found[i].end + found[i].unit_len : found[i + 1].start])}
    return _years_and_months([q for i, q in enumerate(found) if i not in ranged and i - 1 not in ranged], text)


# What joins a number of years to the months after it ("8年4个月", "8年零4个月", "8 years and 4 months").
_YEARS_MONTHS_JOIN = re.compile(r"s?\s*(?:零|又|,?\s*and\b)?\s*", re.IGNORECASE)


def _years_and_months(found: list[Quantity], text: str) -> list[Quantity]:
    """A run of years with the months written after it is one period in years: "累计缴费8年4个月", "8 years and 4
    months of contributions" are 8⅓ years (a calculator counting started years reads 9)."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if (last is not None and last.dimension == "years" and q.dimension == "months" and q.value < 12
                and _YEARS_MONTHS_JOIN.fullmatch(text[last.end + last.unit_len : q.start])):
            value = (last.value + q.value / 12).quantize(Decimal("0.01"))  # (8年4个月: 8.33 years)
            out[-1] = Quantity(value, "years", last.start, q.end, text[last.start : q.end], q.unit_len)
            continue
        out.append(q)
    return out


@dataclass
class Route:
    spec: CalculatorSpec
    inputs: dict[str, Any]
    missing: list[str]
    score: float
    # how inputs the question gives as one amount less another were worked out, shown before the calculation's steps
    derived: list[str] = field(default_factory=list)


class Router:
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._words: dict[str, tuple[list[str], list[list[str]]]] = {}  # a spec's excludes and key words, normalised once

    def _spec_words(self, spec: CalculatorSpec) -> tuple[list[str], list[list[str]]]:
        if spec.name not in self._words:
            self._words[spec.name] = ([normalise(w) for w in spec.excludes], [[normalise(w) for w in group] for group in spec.keywords])
        return self._words[spec.name]

    def candidates(self, question: str, clause_ranks: dict[str, int], extra_terms: str = "") -> list[CalculatorSpec]:
        text = normalise(question) + " " + normalise(extra_terms)
        compact = text.replace(" ", "")
        spaced = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # "skill-upgrade subsidies" writes "skill upgrad"
        out = []
        for spec in self.catalogue.specs.values():
            if not any(cid in clause_ranks for cid in spec.clause_ids()):
                continue
            excludes, keywords = self._spec_words(spec)
            if any(re.search(rf"(?<![a-z]){re.escape(w)}", text) for w in excludes):
                continue  # "household gas" is not the commercial gas price
            if all(any(w in text or w in spaced or w.replace(" ", "") in compact for w in group) for group in keywords):
                out.append(spec)
        return out

    def route(self, question: str, clause_ranks: dict[str, int], extra_terms: str = "") -> Route | None:
        quantities = [q for q in question_quantities(question) if q.dimension not in CHOICE_DIMENSIONS]
        asks_total = bool(ASKS_FOR_AMOUNT.search(normalise(question)))
        if not quantities and not asks_total:
            return None
        routes = []
        for spec in self.candidates(question, clause_ranks, extra_terms):
            inputs, missing, derived = self.fill(spec, question, quantities, extra_terms)
            numbers = [name for name in inputs if spec.inputs[name].dimension != "choice"]
            # each line counts: "600亩日光温室和1200亩塑料冷棚" fills the calculator of both better than one of one
            used = sum(len(inputs[name]) if isinstance(inputs[name], list) else 1 for name in numbers if name not in _defaults(spec))
            optional = len(numbers) - used  # inputs with a default that the question gave ("2名")
            if used == 0 and not optional and not (asks_total and missing) and not (asks_total and _only_the_choice_needed(spec, inputs)):
                continue
            rank = min(clause_ranks[cid] for cid in spec.clause_ids() if cid in clause_ranks)
            score = used * FILLED_INPUT + optional * FILLED_DEFAULT - len(missing) * MISSING_INPUT - rank * CLAUSE_RANK
            if not missing and not self._computes(spec, inputs):
                score -= REFUSES_INPUTS
            if ONE_OFF_ASKED.search(question) and _PAID_OVER_YEARS.search(spec.description) and "一次性" not in spec.description:
                score -= PAID_OTHERWISE  # "What's the one-off planting subsidy?": not the one paid over 3 years
            routes.append(Route(spec, inputs, missing, score=score, derived=derived))
        if not routes:
            return None
        return max(routes, key=lambda r: r.score)

    def _computes(self, spec: CalculatorSpec, inputs: dict[str, Any]) -> bool:
        try:
            self.catalogue.run(spec.name, inputs)
        except CalculatorError:
            return False
        return True

    def fill(
        self, spec: CalculatorSpec, question: str, quantities: list[Quantity], extra_terms: str = ""
    ) -> tuple[dict[str, Any], list[str], list[str]]:
        """The inputs the question gives, the names of those it lacks, and how any it gives as one amount less
        another were worked out ("直接费用扣除设备费后的金额：1800万元 − 300万元 = 1500万元"). A choice the question does not
        name in its own words may be named by ``extra_terms`` (an English question's Chinese terms:
        "village collective" → 村集体)."""
        text = normalise(question)
        inputs: dict[str, Any] = {}
        missing: list[str] = []
        derived: list[str] = []
        if spec.choice_input is not None:
            # a number a choice's name writes ("a level-4 certificate" of "level 4") names the choice, not how many
            # (a count standing between the words of a name, "importing 50 pedigree breeding cows", is one)
            numbered = {c: [a for a in aliases if re.search(r"\d", a)] for c, aliases in spec.inputs[spec.choice_input].choices.items()}
            if spans := _choice_spans({c: a for c, a in numbered.items() if a}, text):
                quantities = [q for q in quantities if not _inside(text, q, spans)]
        param_values = set()
        for _, param in spec.all_parameters():
            span = param_value(param)
            written = parse_span(param.value)
            param_values |= {span.low, span.high, *(written or ())}
        stated = {q.start for q in quantities if _claimed(text, q)}
        taken = set(stated)
        taken_by: dict[str, int] = {}
        for name, inp in spec.inputs.items():
            if inp.dimension == "choice":
                continue
            pool = [q for q in quantities if q.dimension == inp.dimension and q.start not in taken]
            if _INCREASE_INPUT.search(inp.description) and (grown := _growth(text, pool)) is not None:
                # "去年800吨，今年做到1100吨，增加的部分": the increase is the difference of the two
                earlier, later = grown
                taken |= {earlier.start, later.start}
                taken_by[name] = later.start
                inputs[name] = plain(later.value - earlier.value)
                continue
            if inp.dimension == "years" and inp.default is not None and _ONE_YEAR_ASKED.search(text) and not _TOTAL_ASKED.search(text):
                # "borrows 3 million yuan for two years… How much interest subsidy per year?": one year's, whatever the term
                continue
            if inp.dimension == "count":
                # "200头能繁母牛，每头每年给2支冻精": a number given per one counted thing is a rate, not how many
                pool = [q for q in pool if not _PER_COUNTED_BEFORE.search(text[: q.start])]
            if inp.dimension == "count" and not pool:
                pool = [q for q in _bare_counts(quantities, text) if q.start not in taken]
            if inp.dimension == "money":
                # ("1,200 Holstein milkers": a bare number an English noun follows counts the noun, no money)
                pool += [q for q in quantities if q.dimension == "" and q.start not in taken and q.value >= BARE_MONEY_MINIMUM
                         and not _counts_a_noun(q, text)]
            if inp.less_cues and (deducted := _deducted(text, pool, inp.less_cues)) is not None:
                # "18 million yuan of direct costs, 3 million of which is equipment" of "直接费用扣除设备费后": the one less the other
                whole, part = deducted
                taken |= {whole.start, part.start}
                taken_by[name] = whole.start
                inputs[name] = plain(whole.value - part.value)
                derived.append(f"{inp.description}：{money_text(whole.value)} − {money_text(part.value)} = "
                               f"{money_text(whole.value - part.value)}")
                continue
            if inp.dimension == "money" and (wanted := _money_kind(f"{inp.description} {inp.description_en}")):
                # "年主营业务收入到了3亿" is revenue, not the loan amount the calculator takes
                pool = [q for q in pool if _kind_fits(wanted, _clause_of(text, q), text[q.end + q.unit_len :], text[: q.start])]
            if inp.dimension == "money" and (unit := _PER_UNIT_INPUT.search(inp.description)):
                # "每亩建设（修缮）费用": an amount stated per mu, not the whole cost ("修缮花了30万元")
                pool = [q for q in pool if _stated_per(text, q, unit.group(1))]
            bounds = [q for q in pool if _ABOVE_BEFORE.search(text[max(0, q.start - 16) : q.start])
                      or _ABOVE_AFTER.match(text, q.end + q.unit_len)]
            if bounds and len(bounds) < len(pool):
                # "interns for longer than 3 months… for one intern over 6 months": the bound the asker meets is no input
                pool = [q for q in pool if q not in bounds]
            # (a percentage equal to the calculator's own rate names its rule, "with the super-deduction raised to
            # 100%", and is no rate to apply)
            # (unless its cue is written just before it: "LPR按3%" is the asker's rate, whatever the provision's cap)
            preferred = [q for q in pool if q.value not in param_values or (inp.dimension == "percent" and any(
                normalise(c).lower() in text[max(0, q.start - RATE_CUE_WINDOW) : q.start].lower() for c in inp.cues))] \
                or (pool if inp.dimension != "percent" else [])
            chosen = None
            # an input with no cues of its own is named by its description ("棚内净面积32亩", not "新建了40亩")
            cues = inp.cues or ([inp.description] if inp.description else [])
            if inp.dimension == "percent" and inp.cues:
                # a percentage is the input only when its own clause names it ("按25%交…所得税", "the 25% rate"):
                # "主营业务占收入 70%" is no tax rate
                # (the calculator's own rate, "享受15%的税率", is no rate to compare it with: left out of ``preferred``)
                # (an English cue as a word of its own: "taxable income" names no tax rate)
                preferred = [q for q in preferred
                             if any(_cue_in(c, _clause_of(text, q, _SENTENCE_CLAUSE_BREAK)) for c in inp.cues)]
            if cues and len(preferred) > 1:
                before = [q for q in preferred if any(normalise(c) in text[max(0, q.start - CUE_WINDOW) : q.start] for c in cues)]
                # English names what is counted after the number ("38 graduates joined us"); for a count that comes
                # first: "2 cross-border e-commerce platforms, each with over US$10,000 of trade" counts 2 platforms
                after = [q for q in preferred if any(_named_after(text, q, c) for c in cues if c.isascii())]
                cued = (after or before) if inp.dimension == "count" else (before or after)
                chosen = cued[-1] if cued else None
            if chosen is None and preferred:
                chosen = preferred[0]
            if chosen is not None:
                taken.add(chosen.start)
                taken_by[name] = chosen.start
                inputs[name] = plain(chosen.value)
            elif inp.dimension == "years" and _WHOLE_PERIOD_ASKED.search(text) and (longest := _longest_years(spec)) is not None:
                inputs[name] = plain(longest)  # "…per year, and over the maximum period?": the most years the provision pays
            elif inp.default is None:
                missing.append(name)
        kind = KINDS[spec.kind]
        choice = spec.choice_input
        if choice is not None:
            mentions = _choice_mentions(spec.inputs[choice].choices, text)
            if not mentions and extra_terms:
                mentions = _choice_mentions(spec.inputs[choice].choices, normalise(extra_terms))
            compare = kind.compare_input if kind.compare_input in spec.inputs else None
            if compare is not None and len(mentions) >= 2:
                inputs[choice] = mentions[-1][1]  # "从10千伏改成110千伏": compare the first with the last
                inputs[compare] = mentions[0][1]
            elif mentions:
                inputs[choice] = mentions[-1][1] if kind.last_choice_mentioned else mentions[0][1]
            elif spec.inputs[choice].default is None:
                missing.append(choice)
            lines_input = kind.lines_input
            counted = next((q for q in quantities if q.start == taken_by.get("quantity")), None)
            if (spec.kind == "per_unit" and counted is not None and isinstance(inputs.get(choice), str)
                    and len({c for _, c in mentions}) == 1):
                # "insure 50 dairy cows and 200 fattening pigs. The fattening pigs' premium?": the pigs' 200, not the first
                # count; asked of no one thing ("给300头奶牛用性控冻精，又给500只奶羊用冻精，能补多少？"), the one thing named is
                # not all the question counts, and no count is guessed for it
                pool = [q for q in quantities if q.dimension == counted.dimension and q.start not in stated
                        and not _PER_COUNTED_BEFORE.search(text[: q.start])]  # ("每头每年给2支": a rate, not how many)
                # (counts all alike, "one international standard and one national standard", leave nothing to tell apart)
                near = _nearest(text, spec.inputs[choice].choices, pool, inputs[choice]) if len({q.value for q in pool}) >= 2 else None
                if near is not None and near.start != counted.start:
                    asking = _SENTENCE_CLAUSE_BREAK.split(text.rstrip("？?。.！! "))[-1]
                    if _choice_mentions({inputs[choice]: spec.inputs[choice].choices[inputs[choice]]}, asking):
                        taken_by["quantity"] = near.start
                        inputs["quantity"] = plain(near.value)
                        counted = near
                    else:
                        del inputs["quantity"]
                        missing.append("quantity")
                        counted = None
            if spec.kind == "per_unit" and counted is not None and isinstance(inputs.get(choice), str):
                if not _counts_what_is_priced(text, counted, spec.params.get("rate"), inputs[choice]):
                    # "150头能繁母牛" priced "每支 30 元": cows are not straws; the count asked for is missing
                    del inputs["quantity"]
                    missing.append("quantity")
            if takes_lines(spec) and lines_input is not None and len({c for _, c in mentions}) >= 2:
                other = stated | {start for n, start in taken_by.items() if n != lines_input}
                dimension = spec.inputs[lines_input].dimension
                pool = [q for q in quantities if q.dimension == dimension and q.start not in other]
                if dimension == "count" and len(pool) < 2:  # "600 fattened cattle and 4,000 sheep": bare and counted
                    pool = sorted(pool + [q for q in _bare_counts(quantities, text) if q.start not in other], key=lambda q: q.start)
                if dimension == "money":  # "80,000 and 40,000 yuan": the unit after the last is theirs too
                    pool = sorted(pool + [q for q in quantities if q.dimension == "" and q.start not in other
                                          and q.value >= BARE_MONEY_MINIMUM], key=lambda q: q.start)
                lines = _pair_lines(text, spec.inputs[choice].choices, pool)
                if lines:
                    inputs[choice], inputs[lines_input] = [c for c, _ in lines], [plain(q.value) for _, q in lines]
                    missing = [m for m in missing if m not in (choice, lines_input)]
                elif (named := list(dict.fromkeys(c for _, c in mentions))) and (
                        _one_each(text, inputs.get(lines_input), len(named), _counted_after(text, taken_by.get(lines_input), mentions))
                        or lines_input in missing):
                    # "3名职工分别取得了初级、中级、高级证书": as many as the choices named, one of each; so are choices
                    # named with no count at all ("I got a level-5 and a level-4 certificate")
                    inputs[choice], inputs[lines_input] = named, ["1"] * len(named)
                    missing = [m for m in missing if m not in (choice, lines_input)]
        return inputs, missing, derived


# "分别", "各", "respectively", "each": every thing counted got one of the things named; "两人合计", "in total":
# the things named added up, as many as they are counted.
_EACH_OF_NAMED = re.compile(r"分别|各|合计|一共|总共|加起来|\brespectively\b|\beach\b|\bin total\b|\baltogether\b|\bcombined\b")


def _one_each(text: str, counted: object, named: int, after: bool = False) -> bool:
    """Does the question count as many things as the choices it names, each with its own ("3名职工分别取得了初级、
    中级、高级证书", "一名D类人才…要是B类呢，两人合计", or the count after the choices: "初级和中级两个证书")? ``counted``:
    the count read for the calculator's lines input; ``after``: it stands after every choice named."""
    return isinstance(counted, str) and counted == str(named) and (after or bool(_EACH_OF_NAMED.search(text)))


def _counted_after(text: str, start: int | None, mentions: list[tuple[int, str]]) -> bool:
    """Does the count at ``start`` (of ``text``) stand after every choice mentioned (positions in the compact text)?"""
    return start is not None and bool(mentions) and len(_compact(text[:start])) > max(at for at, _ in mentions)


# A question asking over the whole period a provision pays ("over the maximum period", "for the full term", "整个补贴期").
# A figure asked for one year ("How much… per year?", "每年能贴多少"), and one asked in total ("一共", "over the two years").
_ONE_YEAR_ASKED = re.compile(r"\b(?:per|each|every|a)\s+year\b|\bannually\b|\byearly\b|每年|一年|年均", re.IGNORECASE)
_TOTAL_ASKED = re.compile(r"一共|合计|总共|共计|加起来|累计|总额|下来|\btotal\b|\baltogether\b|\bwhole\b|\bentire\b|"
                          # ("每年投了600万元…连续5年最多能拿多少": the run asked, whatever is stated per year)
                          r"(?:连续|连着)[^，,。？?\d]{0,3}(?:\d+|[一二两三四五六七八九十]+)\s*年[^，,。？?]{0,8}多少|"
                          r"\b(?:over|across)\s+(?:the|those|these|its|all|\d+|two|three|four|five|six|seven|eight|nine|ten)\b",
                          re.IGNORECASE)
_WHOLE_PERIOD_ASKED = re.compile(
    # ("over the whole reward period", "整个奖补期内": whatever the period is named by, the provision's whole run)
    r"\b(?:maximum|full|whole|entire|longest)\s+(?:[a-z-]+\s+){0,2}?(?:period|term)\b|最长(?:补贴|支持)?(?:期限|年限)|"
    r"整个[\u4e00-\u9fff]{0,3}?期",
    re.IGNORECASE,
)


def _longest_years(spec: CalculatorSpec) -> Decimal | None:
    """The most years a provision pays, as its calculator's parameters state it ("最长补贴 5 年"), or None."""
    for name, param in spec.all_parameters():
        if name.startswith("max_") and param.unit == "年":
            return param_value(param).high
    return None


# "每头每年给", "每亩补": the words before a number given per one counted thing (a rate, not how many).
PER_ONE_COUNTED = r"每[头只个支枚台辆套株亩户人名][\u4e00-\u9fff]{0,4}\s*"
_PER_COUNTED_BEFORE = re.compile(PER_ONE_COUNTED + "$")
# Words that count things one by one; a quantity counted in one is no number of another (头 are not 支).
_COUNTING_WORDS = frozenset("头 只 支 枚 台 辆 套 株 尾 口 人 名 位 家 件".split())
_SAME_COUNT = ({"人", "名", "位"},)


def _counts_what_is_priced(text: str, q: Quantity, rate: object, choice: str) -> bool:
    """Does the question's count ("150头") count what the chosen rate is paid per ("元/支")? A count
    with no counting word, or a rate per no counting word, is taken as it is."""
    param = rate.get(choice) if isinstance(rate, dict) else rate
    unit = getattr(param, "unit", "") or ""
    per = unit.split("/", 1)[1] if "/" in unit else ""
    word = text[q.end : q.end + q.unit_len].strip()
    if not word:  # "200 breeding cows", read bare: what the words after it count (头)
        word = next((f.unit.name for f in figures(text, question=True, described=True) if f.start == q.start and f.unit), "")
    if per not in _COUNTING_WORDS or word not in _COUNTING_WORDS or per == word:
        return True
    return any(per in group and word in group for group in _SAME_COUNT)


# A money input paid per a unit of area ("每亩服务价格"), and how a question states an amount per it.
_PER_UNIT_INPUT = re.compile(r"每(亩)")
_STATED_PER = {"亩": re.compile(r"每亩|亩均|/亩|一亩|\b(?:per|a|each|every)\s+mu\b|/\s*mu\b", re.IGNORECASE)}


def _cue_in(cue: str, clause: str) -> bool:
    """Does ``clause`` write ``cue``: an English cue where a word starts ("subsid…" of "subsidy"), though not as the stem
    of an adjective in -able ("tax" of "taxable"); a Chinese one anywhere?"""
    cue = normalise(cue).lower()
    if cue.isascii():
        return re.search(rf"(?<![a-z]){re.escape(cue)}(?!able\b)", clause.lower()) is not None
    return cue in clause.lower()


def _clause_of(text: str, q: Quantity, breaks_at: re.Pattern[str] | None = None) -> str:
    """The clause of the question ``q`` stands in (between breaks; a thousands separator is none);
    with ``breaks_at``, between those breaks instead."""
    breaks = list((breaks_at or _CLAUSE_BREAK).finditer(text))
    start = max([m.end() for m in breaks if m.end() <= q.start], default=0)
    end = min([m.start() for m in breaks if m.start() >= q.end + q.unit_len], default=len(text))
    return text[start:end]


def _stated_per(text: str, q: Quantity, unit: str) -> bool:
    """Does the question state amount ``q`` per ``unit`` in its own clause ("每亩修缮费用3万元", "3万元/亩")?"""
    return bool(_STATED_PER[unit].search(_clause_of(text, q)))


# Kinds of money a question or an input names, each with its words.
_MONEY_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("taxable", r"应纳税所得额|所得额|\btaxable income\b"),
        ("revenue", r"收入|营收|营业额|销售额|产值|\b(?:revenue|sales|turnover)\b"),
        ("loan", r"贷款|借款|借了|贷了|融资|流动资金|\b(?:loans?|borrow\w*|credit)\b"),
        ("interest", r"利息|\binterest\b"),
        ("premium", r"保费|\bpremiums?\b"),
        ("salary", r"年薪|工资|薪酬|\b(?:salar\w*|wages?)\b"),
        # money the government puts in ("旗区财政今年投了600万元", "from the banner budget"): no spending of the asker's
        ("public", r"财政[^，,。；;]{0,4}(?:投|出资|拨|安排|给)|"
                   r"(?<!net of )\b(?:budget|government funding|public funding|fiscal funding)\b"),
        ("investment", r"投资|投入|费用|花了|花费|成本|购置|建设费|\b(?:invest\w*|spent|spend\w*|costs?|expenses?|purchase\w*)\b"),
    )
)


def _money_kind(text: str) -> str | None:
    """The kind of money ``text`` names last (its head: "实际贷款利息" is interest), or None."""
    found = [(m.start(), kind) for kind, pattern in _MONEY_KINDS for m in pattern.finditer(text)]
    if not found:
        return None
    last = max(at for at, _ in found)
    return next(kind for at, kind in found if at == last)


_OF_AFTER = re.compile(r"^\s*(?:的|of\s+)?", re.IGNORECASE)
# The words of the noun right after an amount: English words, or a run of up to four Chinese characters.
_HEAD_WORDS = re.compile(r"[A-Za-z]+|[\u4e00-\u9fff]{1,4}")
HEAD_CHARS = 24


# Words joining a noun to the amount it states: "revenue of 3亿元", "sales were 2 million yuan", "营收达3亿元".
_JOINED_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:of|is|was|were|at|totall?ing|totals?|about|around|roughly|approximately|"
                            r"reaching|reached)|[:：]|为|达到?|是|约|共|合计|\s)*$", re.IGNORECASE)


def _kind_before(before: str) -> str | None:
    """The kind of money the noun right before an amount names ("revenue of 3亿元", "营收3亿元",
    "borrows 50,000,000元"), when it names one: the amount is of it."""
    head = _JOINED_BEFORE.sub("", before[-HEAD_CHARS:])
    ends = [(m.end(), kind) for kind, pattern in _MONEY_KINDS for m in pattern.finditer(head)]
    return next((kind for end, kind in ends if end == len(head)), None) if head else None


def _kind_fits(wanted: str, clause: str, after: str = "", before: str = "") -> bool:
    """May an amount stated in ``clause`` be the ``wanted`` kind of money? Yes when the clause names
    no kind of money, or names this one ("taxable income" is no revenue: its own kind comes first); a kind
    named right after the amount is its own ("信用贷款今年付了8万元利息": interest, not the loan), and so is
    one named right before it ("annual revenue of 3亿元 and borrows 50,000,000元": revenue, not the loan)."""
    head = _OF_AFTER.sub("", after, count=1)
    if any(pattern.match(head) for _, pattern in _MONEY_KINDS):
        # (its head is the last kind of the noun after it: "12 million yuan of loan interest" is interest)
        return _money_kind(" ".join(_HEAD_WORDS.findall(head[:HEAD_CHARS])[:2])) == wanted
    if sizes_a_project(head):
        # "our 800-million-yuan chain project": the project's size; but "1.2亿元项目贷款" is a loan, the last
        # word of the noun after it
        named = _money_kind(" ".join(_HEAD_WORDS.findall(head[:HEAD_CHARS])[:1]))
        return named == wanted if named is not None else wanted == "investment"
    if (own := _kind_before(before)) is not None:
        return own == wanted
    kinds = {kind for kind, pattern in _MONEY_KINDS if pattern.search(clause)}
    if "taxable" in kinds:
        kinds.discard("revenue")
    return not kinds or wanted in kinds


# An input that is an increase over a base year ("较上一年度的增加量").
_INCREASE_INPUT = re.compile(r"增加|增量|新增")
# Two amounts of one thing, earlier and later: "去年800吨，今年1100吨", "从800吨增加到1100吨".
_EARLIER = re.compile(r"去年|上年|上一年|前年|原来|以前|从|由|\b(?:from|previously)\b")
_LATER = re.compile(r"今年|本年|当年|现在|到|至|达到|提高到|增加到|增长到|做到|\b(?:to|now)\b")
# English says the year after the amount: "800 tonnes last year and 1,100 tonnes this year".
_EARLIER_AFTER = re.compile(r"\b(?:last year|the year before|previous year|before)\b")
_LATER_AFTER = re.compile(r"\b(?:this year|now)\b")


def _deducted(text: str, pool: list[Quantity], cues: list[str]) -> tuple[Quantity, Quantity] | None:
    """The whole and the part deducted from it, of two amounts a question states, the part's own clause naming what is
    deducted ("直接费用1800万元，其中设备费300万元"); None unless exactly one is so named and it is the smaller."""
    if len(pool) != 2:
        return None
    named = [q for q in pool if any(normalise(c).lower() in _clause_of(text, q).lower() for c in cues)]
    if len(named) != 1:
        return None
    part = named[0]
    whole = next(q for q in pool if q is not part)
    return (whole, part) if whole.value > part.value else None


def _growth(text: str, pool: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """The earlier and the later of two amounts the question states of one thing, when it says
    which is which and the later is larger; else None."""
    if len(pool) != 2:
        return None
    first, second = sorted(pool, key=lambda q: q.start)
    before_first = re.split(r"[，,。；;？?]", text[: first.start])[-1]
    between = text[first.end + first.unit_len : second.start]
    after_second = re.split(r"[，,。；;？?]", text[second.end + second.unit_len :])[0]
    earlier = _EARLIER.search(before_first) or _EARLIER_AFTER.search(between)
    later = _LATER.search(between) or _LATER_AFTER.search(after_second)
    if not (earlier and later) or second.value <= first.value:
        return None
    return first, second


def _named_after(text: str, q: Quantity, cue: str) -> bool:
    """Does an English cue name what ``q`` counts, right after it ("38 graduates", "38 new graduates")?"""
    return bool(re.match(rf"\s*(?:[a-z-]+\s+){{0,2}}{re.escape(normalise(cue))}", text[q.end + q.unit_len :]))


def _claimed(text: str, q: Quantity) -> bool:
    """The question presents this number as an outcome or asks to have it confirmed. A period after
    the word for what is paid ("贴息3年", "补贴三年") says for how long, not how much."""
    return bool(
        (q.dimension not in _PERIODS and STATED_RESULT.search(text[max(0, q.start - STATED_RESULT_WINDOW) : q.start]))
        or STATED_RESULT_EN.search(text[max(0, q.start - STATED_RESULT_EN_WINDOW) : q.start])
        or CONFIRMATION.search(text[q.end + q.unit_len : q.end + q.unit_len + CONFIRMATION_WINDOW])
    )


def malformed(question: str, lang: str) -> str:
    """Why a figure of the question cannot be an input, in the question's language, or ""."""
    text = normalise(question)
    for q in question_quantities(question):
        before = text[max(0, q.start - 4) : q.start]
        written = text[q.start : q.end + q.unit_len].strip()
        if _NEGATIVE.search(before):
            return (
                f"无法计算：「-{written}」是负数；面积、电量、金额、人数等只接受正数。"
                if lang == "zh" else f"Cannot compute: “-{written}” is negative; areas, energy, amounts and counts must be positive."
            )  # fmt: skip
        if _EXPONENT.search(before):
            mantissa = re.search(r"[\d.]+\s*e\s*[-+]?$", text[max(0, q.start - 24) : q.start], re.IGNORECASE)
            shown = f"{mantissa.group(0) if mantissa else ''}{written}"
            return (
                f"无法计算：「{shown}」是科学计数法；请写出数字本身，例如 200亩、1000万度。"
                if lang == "zh" else f"Cannot compute: “{shown}” is in exponent notation; write the number, e.g. 200 mu."
            )  # fmt: skip
        if len(re.sub(r"\D", "", q.text)) > MAX_DIGITS:
            return (
                f"无法计算：「{written}」超过 {MAX_DIGITS} 位数字。"
                if lang == "zh" else f"Cannot compute: “{written}” has more than {MAX_DIGITS} digits."
            )  # fmt: skip
    return ""


# What ends a clause of the question: a quantity and a choice across it are not of one line.
_CLAUSE_BREAK = re.compile(r"[，；;。？?！!]|,(?!\d)")
# …an English full stop ending one too ("…70% of revenue. How much tax…").
_SENTENCE_CLAUSE_BREAK = re.compile(r"[，；;。？?！!]|[,.](?!\d)")


def _pair_lines(text: str, choices: dict[str, list[str]], quantities: list[Quantity]) -> list[tuple[str, Quantity]]:
    """Each quantity with the choice named next to it ("10辆充电车和6辆换电车", "充电车10辆、换电车6辆"),
    when the question gives at least two choices each with its own quantity; else []."""
    if len(quantities) < 2:
        return []
    spans = _choice_spans(choices, text)

    def nearest(q: Quantity, side: str) -> tuple[int, str] | None:
        return _nearest_mention(text, spans, q, side)

    # "充电车10辆…" names the choice first, "10辆充电车…" after the number: on a tie, follow the first quantity;
    # when the first has a choice on one side only, the list is written that way ("800 fattened beef cattle and
    # 4,000 mutton sheep": 4,000 goes with the sheep after it, not the cattle three letters before)
    first_before, first_after = nearest(quantities[0], "before"), nearest(quantities[0], "after")
    first_side = "before" if first_before else "after"
    sides = [first_side, "after" if first_side == "before" else "before"]
    one_sided = (first_before is None) != (first_after is None)
    lines = []
    for q in quantities:
        options = [(hit[0], order, hit[1]) for order, side in enumerate(sides) if (hit := nearest(q, side))]
        if not options:
            return _in_order(spans, quantities)
        if one_sided and any(order == 0 for _, order, _ in options):
            options = [o for o in options if o[1] == 0]
        lines.append((min(options)[2], q))
    return lines if len({c for c, _ in lines}) >= 2 else _in_order(spans, quantities)


def _nearest_mention(text: str, spans: list[tuple[int, int, str]], q: Quantity, side: str) -> tuple[int, str] | None:
    """(distance in characters, choice) of the closest of the choice mentions ``spans`` (positions in the compact text)
    before or after the number and its unit, within LINE_WINDOW and in the same clause: "博士资助了12万元，硕士…" pairs
    12万元 with 博士, not the 硕士 after the comma."""
    whole = _compact(text)
    start, end = len(_compact(text[: q.start])), len(_compact(text[: q.end])) + q.unit_len
    if side == "before":
        found = [(start - e, c) for s, e, c in spans
                 if e <= start and start - e <= LINE_WINDOW and not _CLAUSE_BREAK.search(whole[e:start])]
    else:
        found = [(s - end, c) for s, e, c in spans
                 if s >= end and s - end <= LINE_WINDOW and not _CLAUSE_BREAK.search(whole[end:s])]
    return min(found, default=None)


def _nearest(text: str, choices: dict[str, list[str]], quantities: list[Quantity], choice: str) -> Quantity | None:
    """Of two or more quantities, the one written next to ``choice`` in its clause ("200 fattening pigs",
    "育肥猪200头"), when exactly one is; else None."""
    spans = [span for span in _choice_spans(choices, text) if span[2] == choice]

    def distance(q: Quantity) -> int | None:  # (to the mention on its nearer side)
        return min((hit[0] for side in ("before", "after") if (hit := _nearest_mention(text, spans, q, side))), default=None)

    ranked = sorted((d, i) for i, q in enumerate(quantities) if (d := distance(q)) is not None)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return quantities[ranked[0][1]]


def _inside(text: str, q: Quantity, spans: list[tuple[int, int, str]]) -> bool:
    """Does the number of ``q`` stand inside one of the choice mentions ``spans`` (positions in the compact text)?"""
    at = len(_compact(text[: text.find(q.text, q.start) + 1])) - 1  # (read with the number: "level-4" is "level4")
    return any(start <= at < end for start, end, _ in spans)


def _in_order(spans: list[tuple[int, int, str]], quantities: list[Quantity]) -> list[tuple[str, Quantity]]:
    """"1名博士和1名硕士，分别资助了8万元和4万元", "a PhD and a master's … 80,000 and 40,000 yuan": the
    choices named one after another, then as many quantities: each quantity goes with the choice
    in the same place of its list; else []."""
    # (one choice named in two words at one place, "beef cattle", is one mention)
    ordered = sorted(spans)
    runs = [c for i, (_, _, c) in enumerate(ordered) if i == 0 or ordered[i - 1][2] != c]
    named = list(dict.fromkeys(runs))
    if len(named) < 2 or len(named) != len(quantities) or len(runs) != len(named):
        return []
    return list(zip(named, quantities))


# Spaces, brackets and hyphens inside English words do not part a choice's name: "rain-fed (dryland)
# corn" names "dryland corn"; a hyphen between numbers ("1-10千伏") stays.
_LOOSE = re.compile(r"\s|[()]|(?<=[A-Za-z])-(?=[A-Za-z\d])")


# The caller's words for below a figure, two characters each ("不到2000吨", "低于1千伏").
_BELOW_ZH = "不到|不足|低于|少于|未满"
# A bound a question writes before a figure in the caller's words ("不到1千伏", "低于1千伏"): the choice the guide
# names "小于 1KV" (two characters for two, so positions in the compact text hold).
_BELOW_WORDS = re.compile(rf"(?:{_BELOW_ZH})(?=\d)")


def _compact(text: str) -> str:
    return _BELOW_WORDS.sub("小于", _LOOSE.sub("", text))


# How many letters of describing words may stand between the words of an English alias
# ("imported high-quality breeding cows" names "imported breeding cow").
ALIAS_GAP_LETTERS = 24


def _alias_pattern(alias: str) -> str:
    """The pattern of an alias in the compact text: as written; an English one of several words
    also in another form of its words ("importing" for "imported", "standards" for "standard") and
    with up to two short describing words, or the number counted, between its words ("led 2
    national standards", "importing 50 pedigree breeding cows")."""
    words = alias.split()
    if not alias.isascii():
        # a count the asker puts inside a Chinese name ("进口400头奶牛", "主导一项国家标准") does not part it
        return _COUNT_INSIDE.join(re.escape(c) for c in _compact(alias))
    if len(words) < 2:
        return re.escape(_compact(alias))
    if len(words) == 2 and min(map(len, words)) == 1:
        # a lettered class ("class b") takes no words between its two, and is also written letter first
        # ("b-class"): "class b and 2 class d" names b and d, not d ("class" … "an-d") and f ("class d talents f…")
        first, second = map(_compact, words)
        return f"(?:{re.escape(first + second)}|{re.escape(second + first)})"
    # a number only right after a word of the alias: "battery-charging and 10 battery-swap" is two choices
    return f"(?:\\d[\\d,.]*)?[a-z]{{0,{ALIAS_GAP_LETTERS}}}?".join(_word_forms(_compact(w)) for w in words)


_COUNT_INSIDE = r"(?:(?:\d[\d,.]*|[一二两三四五六七八九十百千万]+(?=[个项头只台辆家名位套枚支株匹]))[个项头只台辆家名位套枚支株匹]?)?"
# Endings an English word of an alias may be written with instead ("imported", "importing", "imports").
_ENDINGS = re.compile(r"(?:ed|ing|es|s)$")


def _word_forms(word: str) -> str:
    """A pattern of ``word`` and its other inflected forms: the stem of four letters or more, then any ending."""
    if not word.isalpha():
        return re.escape(word)  # "110kv", "5a": as written
    stem = _ENDINGS.sub("", word)
    if len(stem) < 4:
        return re.escape(word)  # "led", "use": too short to tell a stem
    return f"{re.escape(stem)}(?:ed|ing|es|s|e|d)?"


def _choice_spans(choices: dict[str, list[str]], text: str) -> list[tuple[int, int, str]]:
    """(start, end, choice) of each mention in the compact text; longer aliases win, numbers not split."""
    compact = _compact(text)
    hits: list[tuple[int, int, int, str]] = []
    for choice, aliases in choices.items():
        for alias in [choice, *aliases]:
            a = _compact(normalise(alias))
            for m in re.finditer(_alias_pattern(normalise(alias)), compact):
                if a[0].isdigit() and m.start() > 0 and (compact[m.start() - 1].isdigit() or compact[m.start() - 1] in ".-"):
                    continue
                # of two aliases over one stretch, the one written most nearly as is: "led 1 international"
                # is "led international", not "led national" with "1inter" between its words
                hits.append((m.start(), m.start() - m.end(), abs(m.end() - m.start() - len(a)), choice))
    hits.sort()
    out: list[tuple[int, int, str]] = []
    covered_until = -1
    for start, neg_len, _, choice in hits:
        if start < covered_until:
            continue
        covered_until = start - neg_len
        out.append((start, covered_until, choice))
    return out


def _choice_mentions(choices: dict[str, list[str]], text: str) -> list[tuple[int, str]]:
    """(position, choice) for each choice mentioned, in order; longer aliases win, numbers not split. A choice
    named by a range of a measure ("500-1000公斤/日", "1000公斤/日及以上") is mentioned by a quantity in it
    ("日加注能力1200公斤", "1,200 kg/day") when no alias is."""
    out: list[tuple[int, str]] = []
    for start, _, choice in _choice_spans(choices, text):
        if not out or out[-1][1] != choice:
            out.append((start, choice))
    if not out:
        stated = question_quantities(text)
        spans = {choice: span for choice in choices if (span := _choice_range(choice)) is not None}
        for choice, span in spans.items():
            inside = [q for q in stated if q.dimension == span.unit.dimension and span.low * span.unit.factor <= q.value
                      and (span.high is None or q.value < span.high * span.unit.factor)]
            out += [(q.start, choice) for q in inside[:1]]
        # (of ranges open above, "5000头以上" and "10000头以上", a quantity is in the highest it reaches)
        highest = max((spans[choice].low for _, choice in out), default=None)
        out = sorted(item for item in out if spans[item[1]].low == highest)[:1]
    return out


# A choice named by a range of a measure: "500-1000公斤/日" (its upper end not included), "1000公斤/日及以上", "≥1000公斤".
# (a thing counted may be named before it, "能繁母牛5000头以上", "新建年加工能力3万头以上")
_CHOICE_RANGE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,8}?)(?:≥\s*)?(\d+(?:\.\d+)?)\s*(万)?\s*"
                           r"(?:[-—~～至到]\s*(\d+(?:\.\d+)?)\s*(?:万)?)?\s*"
                           r"([\u4e00-\u9fff]{1,2}(?:/[\u4e00-\u9fff])?)\s*(及以上|以上)?\s*$")


class ChoiceRange(NamedTuple):
    """The bounds of a choice named by a range of a measure, in its unit."""

    low: Decimal
    high: Decimal | None  # None: no upper bound ("1000公斤/日及以上")
    unit: Unit
    written: str  # the unit as the choice writes it ("公斤/日")


def _choice_range(choice: str) -> ChoiceRange | None:
    """The range a choice is named by ("500-1000公斤/日"), or None when it names none."""
    m = _CHOICE_RANGE.match(choice)
    unit = unit_named(m.group(4).split("/")[0]) if m is not None else None
    if m is None or unit is None or not (m.group(3) or m.group(5) or "≥" in choice):
        return None
    scale = Decimal(10000) if m.group(2) else Decimal(1)
    return ChoiceRange(Decimal(m.group(1)) * scale, Decimal(m.group(3)) * scale if m.group(3) else None, unit, m.group(4))


def _only_the_choice_needed(spec: CalculatorSpec, inputs: dict[str, Any]) -> bool:
    """Every number has a default and the question named the choice ("我是博士，租房补贴一共能领多少")."""
    numbers = [n for n, i in spec.inputs.items() if i.dimension != "choice"]
    return spec.choice_input is not None and spec.choice_input in inputs and all(n in _defaults(spec) for n in numbers)


# The English words after a bare number that do not make it a count of them ("RMB 12,000 a year", "10,000 in trade").
_NOT_COUNTED_AFTER_EN = frozenset(
    "a an the in for of and or to per each on at by with from into as over under this that last next yuan rmb usd "
    "dollars worth total".split()
)


def _counts_a_noun(q: Quantity, text: str) -> bool:
    """Does an English word follow the bare number ``q`` as the thing it counts ("1,200 Holstein milkers", "20 taxis")?"""
    word = re.match(r"\s*([A-Za-z][A-Za-z-]*)", text[q.end :])
    return bool(word) and word.group(1).lower() not in _NOT_COUNTED_AFTER_EN  # type: ignore[union-attr]


def _bare_counts(quantities: list[Quantity], text: str) -> list[Quantity]:
    """Whole numbers with no unit that an English noun follows ("10 plug-in taxis"): counts when nothing else is.
    A larger number is one only when written with a thousands separator ("4,000 sheep"): no year is."""
    return [
        q for q in quantities
        if q.dimension == "" and q.value == q.value.to_integral_value() and 0 < q.value
        and (q.value <= BARE_COUNT_MAXIMUM or "," in q.text) and re.match(r"(?!(?:and|or|to)\b)[a-z]", text[q.end :])
        and not text[: q.start].rstrip().endswith("$")  # "US$10,000 of trade" is money, counting nothing
    ]


def _defaults(spec: CalculatorSpec) -> set[str]:
    return {name for name, inp in spec.inputs.items() if inp.default is not None}


def describe_missing(spec: CalculatorSpec, missing: list[str], lang: str) -> str:
    """A note asking for the inputs still ``missing``, carrying the options of the choices among them."""
    options = tuple(c for m in missing if spec.inputs[m].dimension == "choice" for c in spec.inputs[m].choices)
    if lang == "zh":
        need = "、".join(spec.inputs[m].description + _choices_hint(spec, m) for m in missing)
        return Note(f"要按「{spec.title}」计算，{MISSING_NOTE_ZH}{need}。", options=options)
    need = ", ".join((spec.inputs[m].description_en or spec.inputs[m].description) + _choices_hint(spec, m) for m in missing)
    return Note(f"To compute the {spec.title_en}, {MISSING_NOTE_EN}{need}.", options=options)


# The words of a note asking for inputs (see :func:`describe_missing`).
MISSING_NOTE_ZH = "还需要您提供："
MISSING_NOTE_EN = "please also give: "


def asks_inputs(note: str) -> bool:
    """Does a calculation note ask the reader for inputs a calculator still needs (no figure, no verdict)?"""
    return MISSING_NOTE_ZH in note or MISSING_NOTE_EN in note


def _choices_hint(spec: CalculatorSpec, name: str) -> str:
    inp = spec.inputs[name]
    return f"（{'/'.join(inp.choices)}）" if inp.dimension == "choice" else ""


def calculate(
    router: Router, question: str, clause_ranks: dict[str, int], lang: str, extra_terms: str = ""
) -> tuple[list[Calculation], str]:
    """The calculation a question asks for, or a note naming the missing input; ([], "") when none applies."""
    route = router.route(question, clause_ranks, extra_terms)
    if route is None:
        return [], ""
    return compute(router, route, question, lang)


def compute(router: Router, route: Route, question: str, lang: str) -> tuple[list[Calculation], str]:
    """The calculation of a route the question was read into, or a note saying why there is none."""
    problem = malformed(question, lang)
    if problem:
        return [], problem
    if route.missing and (alike := _alike_over_choices(router, route, question, lang)) is not None:
        return [alike], ""
    if route.missing and (short := _below_every_range(route, question, lang)) is not None:
        said, clause_id = short
        text = f"{BELOW_NOTE_ZH}{route.spec.title}」：{said}" if lang == "zh" else f"{BELOW_NOTE_EN}{route.spec.title_en}: {said}"
        return [], Note(text, [clause_id] if clause_id else [])
    if route.missing:
        return [], describe_missing(route.spec, route.missing, lang)
    if (below := _below_minimum(route, question)) is not None:
        short, clause_id = below
        said = short.said(lang)
        text = f"{BELOW_NOTE_ZH}{route.spec.title}」：{said}" if lang == "zh" else f"{BELOW_NOTE_EN}{route.spec.title_en}: {said}"
        return [], Note(text, [clause_id])  # (the threshold's clause, cited where the note is read)
    try:
        computed = _deduction_asked(_bound_asked(router.catalogue.run(route.spec.name, route.inputs), question, lang), question, lang)
    except CalculatorError as exc:
        said = exc.said(lang)  # in the question's language, naming the input and what it takes
        return [], (f"无法按「{route.spec.title}」计算：{said}" if lang == "zh" else f"Cannot compute the {route.spec.title_en}: {said}")
    if route.derived:
        # (an input the question gives as one amount less another is shown worked out: "直接费用扣除设备费后的金额：…")
        computed = computed.model_copy(update={"steps": [*route.derived, *computed.steps]})
    return [computed], ""


def _alike_over_choices(router: Router, route: Route, question: str, lang: str) -> Calculation | None:
    """When only the choice is missing and every choice computes the same ("a 400,000-yuan loan" is subsidised at
    2.2% whoever borrows it, and under either borrower's cap), that result: the choice changes nothing asked."""
    choice = route.spec.choice_input
    if choice is None or route.missing != [choice]:
        return None
    computed: list[Calculation] = []
    for option in route.spec.inputs[choice].choices:
        done, note = compute(router, Route(route.spec, {**route.inputs, choice: option}, [], route.score, route.derived), question, lang)
        if note or len(done) != 1:
            return None
        computed.append(done[0])
    results = {(c.result if isinstance(c.result, str) else tuple(sorted(c.result.items())), c.unit) for c in computed}
    if len(computed) < 2 or len(results) != 1:
        return None
    inp = route.spec.inputs[choice]
    if lang == "zh":
        said = f"{inp.description}为{'或'.join(inp.choices)}，结果相同"
    else:
        said = f"the same for any {inp.description_en or inp.description} ({' or '.join(inp.choices_en.get(c, c) for c in inp.choices)})"
    first = computed[0]
    return first.model_copy(update={"inputs": {k: v for k, v in first.inputs.items() if k != choice}, "steps": [*first.steps, said]})


class Note(str):
    """A calculation note for the reader, with the clauses that state what it says (a threshold's), which the
    answer cites beside it."""

    clause_ids: tuple[str, ...]
    options: tuple[str, ...]  # of a note asking for a choice: what may be chosen ("博士（正高级职称）", "硕士（…）")

    def __new__(cls, text: str, clause_ids: list[str] | tuple[str, ...] = (), options: tuple[str, ...] = ()) -> Note:
        note = super().__new__(cls, text)
        note.clause_ids = tuple(clause_ids)
        note.options = options
        return note


def note_options(note: str) -> tuple[str, ...]:
    """The options a note asking for a choice offers (() for any other note)."""
    return note.options if isinstance(note, Note) else ()


def note_clauses(note: str) -> list[str]:
    """The clauses a calculation note rests on ([] for a plain note: an input still needed)."""
    return list(note.clause_ids) if isinstance(note, Note) else []


# How a note on a quantity stated below a provision's threshold starts (see :func:`settles`).
BELOW_NOTE_ZH = "按「"
BELOW_NOTE_EN = "Under the "


def settles(note: str) -> bool:
    """Does a calculation note say the quantity the asker states below a provision's threshold does not
    qualify ("按「节能技术改造奖补」：…须达到 2000吨标准煤 才能享受该政策")? That is the answer: no other reading of the
    question computes a figure for it. (A calculator's own threshold error is not: the calculator the router
    chose may be another provision's, "1500吨" of a retrofit the asker describes is still read by the others.)"""
    return note.startswith((BELOW_NOTE_ZH, BELOW_NOTE_EN))


# A quantity a question states as below a figure ("under 2,000 tonnes", "不到2000吨", "2000吨以下").
_BELOW_BEFORE = re.compile(rf"(?:\bunder|\bbelow|\bless than|\bfewer than|\bshort of|{_BELOW_ZH}|未达到?)\s*$", re.IGNORECASE)
_BELOW_AFTER = re.compile(r"\s*(?:以下|以内|之内)")
# ...and as above one ("for longer than 3 months", "超过3个月", "3个月以上"): a bound the asker meets.
_ABOVE_BEFORE = re.compile(r"(?:\blonger than|\bmore than|\bat least|\bno less than|\bno fewer than|超过|不少于|不低于|不短于)\s*$",
                           re.IGNORECASE)
_ABOVE_AFTER = re.compile(r"\s*(?:及以上|以上)")
# The parameters that set the least an input must reach for the provision to pay (its threshold).
_MINIMA = {"quantity": "min_quantity", "base": "min_base"}


def _below_every_range(route: Route, question: str, lang: str) -> tuple[str, str | None] | None:
    """What the question states below the least of the ranges its missing choice is named by ("日加注能力300公斤" of
    "500-1000公斤/日" and "1000公斤/日及以上"): it does not qualify; with the clause of the choices' parameters."""
    name = route.spec.choice_input
    if name is None or name not in route.missing:
        return None
    ranges = [span for choice in route.spec.inputs[name].choices if (span := _choice_range(choice)) is not None]
    if not ranges or len(ranges) != len(route.spec.inputs[name].choices):
        return None
    least = min(ranges, key=lambda r: r.low * r.unit.factor)
    low, unit = least.low, least.unit
    stated = [q for q in question_quantities(question) if q.dimension == unit.dimension]
    if not stated or any(q.value >= low * unit.factor for q in stated):
        return None
    inp = route.spec.inputs[name]
    clause_id = next(iter(route.spec.clause_ids()), None)
    if lang == "zh":
        return f"{inp.description}须达到 {plain(low)}{least.written} 才能享受该政策", clause_id
    return f"the {inp.description_en or inp.description} must be at least {plain(low)} {unit.english[0] if unit.english else unit.name}", \
        clause_id


def _below_minimum(route: Route, question: str) -> tuple[CalculatorError, str] | None:
    """The provision's threshold, when the question states its input as below it ("energy-saving retrofits saving
    under 2,000 tonnes a year" of "年节能量 2000 吨标准煤以上…"): what it states does not qualify, however close;
    with the clause stating the threshold."""
    text = normalise(question)
    for q in question_quantities(question):
        below = _BELOW_BEFORE.search(text[max(0, q.start - 12) : q.start]) or _BELOW_AFTER.match(text, q.end + q.unit_len)
        if not below:
            continue
        for name, minimum in _MINIMA.items():
            param = route.spec.params.get(minimum)
            if name not in route.inputs or not isinstance(param, Parameter) or Decimal(str(route.inputs[name])) != q.value:
                continue
            if q.value <= param_value(param).low:
                error = threshold_error(route.spec, name, "qualify_min", param, what="政策")
                return CalculatorError(str(error), error.problem), param.clause_id
    return None


# A question asking the top or the bottom of a range ("按参考价格的上限", "at the top of the band"), not both.
_UPPER_ASKED = re.compile(
    r"(?<!不)(?:上限|最高|最多|顶格|封顶)|\b(?:at most|the most|maximum|upper (?:end|bound|limit)|top (?:end|of)|highest)\b"
)
_LOWER_ASKED = re.compile(
    r"(?<!不)(?:下限|最低|最少|至少)|\b(?:at least|the least|minimum|lower (?:end|bound|limit)|bottom (?:end|of)|lowest|cheapest)\b"
)


# The whole deduction asked ("how much can we deduct in total before tax?", "税前一共能扣除多少"), not the tax it saves.
_DEDUCTION_ASKED = re.compile(r"\bdeduct(?:ed|ion|ions)?\b|扣除(?:多少|额|总额|合计)|能扣多少|一共[^，,。？?]{0,4}扣", re.IGNORECASE)
_SAVING_ASKED = re.compile(r"少缴|少交|少纳|节税|省[^，,。？?]{0,4}税|\bsav(?:e|es|ed|ing|ings)\b|\bless tax\b|\btax (?:bill|cut)\b",
                           re.IGNORECASE)
# The step of a super-deduction saying what is deducted in all ("税前扣除合计：300万元 + 300万元 = 600万元").
_DEDUCTED_IN_ALL = re.compile(r"^税前扣除合计：")


def _deduction_asked(calculation: Calculation, question: str, lang: str) -> Calculation:
    """What is deducted in all, as the result, when the question asks the deduction and not the tax it saves ("spent 3
    million yuan on R&D… how much can we deduct in total before tax?": 300万元 + 300万元 = 600万元)."""
    text = normalise(question)
    deducts = any(_DEDUCTED_IN_ALL.match(step) for step in calculation.steps)
    if not deducts or not _DEDUCTION_ASKED.search(text) or _SAVING_ASKED.search(text):
        return calculation
    income = Decimal(str(calculation.inputs.get("income", "0")))
    saving = Decimal(str(calculation.result)) if not isinstance(calculation.result, dict) else None
    rate = Decimal(str(calculation.inputs.get("standard_rate", "25"))) / 100
    if saving is None or not income or not rate:
        return calculation
    value = income + saving / rate  # (the cost itself and what is deducted on top of it)
    step = f"税前可扣除：{money_text(value)}" if lang == "zh" else f"deducted before tax in all: {money_text(value)}"
    return calculation.model_copy(update={"result": plain(value), "steps": [*calculation.steps, step]})


def _bound_asked(calculation: Calculation, question: str, lang: str) -> Calculation:
    """A range's one bound when the question asks for it (50亩 × 20–25万元/亩 "按上限" → 1250万元), as a last step."""
    if not isinstance(calculation.result, dict):
        return calculation
    text = normalise(question)
    upper, lower = bool(_UPPER_ASKED.search(text)), bool(_LOWER_ASKED.search(text))
    if upper == lower:
        return calculation
    value = calculation.result["high" if upper else "low"]
    shown = money_text(Decimal(value)) if calculation.unit == "元" else f"{value}{calculation.unit}"
    if lang == "zh":
        step = f"按{'上限' if upper else '下限'}：{shown}"
    else:
        step = f"at the {'top' if upper else 'bottom'} of the range: {shown}"
    return calculation.model_copy(update={"result": value, "steps": [*calculation.steps, step]})
