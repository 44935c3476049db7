"""Offline routing: from the question's quantities and the top retrieved clauses, choose a
calculator and fill its inputs; when an input is missing, say exactly which."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from assistant.calculators.catalogue import CalculatorError, Catalogue, takes_lines
from assistant.calculators.kinds import param_value
from assistant.calculators.spec import CalculatorSpec
from assistant.calculators.units import plain
from assistant.models import Calculation

_EN_SCALE = {"thousand": Decimal(1000), "million": Decimal(1_000_000), "billion": Decimal(1_000_000_000)}
_CN_SCALE = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1000)}
_CN_DIGITS = "零一二两三四五六七八九十百"

# unit words → (dimension, base unit factor)
_UNITS: list[tuple[str, str, Decimal]] = [
    ("万元", "money", Decimal(10_000)), ("亿元", "money", Decimal(100_000_000)), ("元", "money", Decimal(1)),
    ("yuan", "money", Decimal(1)), ("rmb", "money", Decimal(1)), ("cny", "money", Decimal(1)),
    ("万亩", "area", Decimal(10_000)), ("亩", "area", Decimal(1)), ("mu", "area", Decimal(1)),
    ("平方米", "area", Decimal("0.0015")), ("平米", "area", Decimal("0.0015")), ("m2", "area", Decimal("0.0015")),
    ("立方米", "volume", Decimal(1)), ("立方", "volume", Decimal(1)), ("m3", "volume", Decimal(1)),
    ("万千瓦时", "energy", Decimal(10_000)), ("千瓦时", "energy", Decimal(1)), ("万度", "energy", Decimal(10_000)),
    ("度", "energy", Decimal(1)), ("kwh", "energy", Decimal(1)),
    ("万吨", "weight", Decimal(10_000)), ("吨", "weight", Decimal(1)), ("tonnes", "weight", Decimal(1)),
    ("tonne", "weight", Decimal(1)), ("tons", "weight", Decimal(1)), ("公斤", "weight", Decimal("0.001")),
    ("千克", "weight", Decimal("0.001")), ("kg", "weight", Decimal("0.001")),
    ("个月", "months", Decimal(1)), ("months", "months", Decimal(1)), ("month", "months", Decimal(1)),
    ("年", "years", Decimal(1)), ("years", "years", Decimal(1)), ("year", "years", Decimal(1)),
    ("%", "percent", Decimal(1)), ("percent", "percent", Decimal(1)),
    ("头", "count", Decimal(1)), ("只", "count", Decimal(1)), ("峰", "count", Decimal(1)), ("人", "count", Decimal(1)),
    ("名", "count", Decimal(1)), ("家", "count", Decimal(1)), ("项", "count", Decimal(1)), ("件", "count", Decimal(1)),
    ("个", "count", Decimal(1)), ("辆", "count", Decimal(1)), ("台", "count", Decimal(1)), ("套", "count", Decimal(1)),
    ("枚", "count", Decimal(1)), ("支", "count", Decimal(1)), ("匹", "count", Decimal(1)), ("株", "count", Decimal(1)),
    ("head", "count", Decimal(1)), ("cows", "count", Decimal(1)), ("cattle", "count", Decimal(1)),
    ("vehicles", "count", Decimal(1)), ("taxis", "count", Decimal(1)), ("cars", "count", Decimal(1)),
    ("patents", "count", Decimal(1)), ("calves", "count", Decimal(1)),
    ("people", "count", Decimal(1)), ("persons", "count", Decimal(1)), ("interns", "count", Decimal(1)),
    ("enterprises", "count", Decimal(1)), ("companies", "count", Decimal(1)), ("platforms", "count", Decimal(1)),
    ("standards", "count", Decimal(1)), ("千伏", "voltage", Decimal(1)), ("kv", "voltage", Decimal(1)),
]
_NUMBER = re.compile(
    r"(?P<pre>rmb|cny|¥|￥)?\s*(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|[零一二两三四五六七八九十百]+)\s*"
    r"(?P<scale>thousand|million|billion|万|亿|千(?!伏|瓦|克))?\s*"
)


# "How much in total / can we get": the question wants a computed amount.
ASKS_FOR_AMOUNT = re.compile(
    r"(一共|总共|合计|总计|能领多少|能拿多少|能补多少|能省多少|要交多少|能贴多少|补多少钱"
    r"|how much (would|will|can|could|do|does|should) (we|i|our|my)|in total)"
)


# A number the question presents as the outcome ("补贴为999万元"), not as an input.
STATED_RESULT = re.compile(r"(补贴|补助|奖励|奖补|贴息|结果|答案|回答)(为|是|成|等于)?\s*$")


@dataclass
class Quantity:
    value: Decimal  # in the base unit of its dimension
    dimension: str  # money, area, energy, weight, months, years, percent, count, voltage, or ""
    start: int
    end: int
    text: str
    unit_len: int = 0  # length of the unit word after the number, if any


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if ch not in "\u200b\u200c\u200d\u2060\ufeff")


def _cn_int(text: str) -> Decimal | None:
    from assistant.quantities import chinese_to_int

    value = chinese_to_int(text)
    return Decimal(value) if value else None


def question_quantities(question: str) -> list[Quantity]:
    """Numbers with units in a question, in Chinese or English: 200亩, 8亿, 1000万度, 5 million kWh, 三年."""
    text = normalise(question)
    found: list[Quantity] = []
    for m in _NUMBER.finditer(text):
        raw = m.group("num")
        if raw[0].isdigit():
            value = Decimal(raw.replace(",", ""))
        else:
            cn = _cn_int(raw)
            if cn is None:
                continue
            value = cn
        scale = m.group("scale")
        if scale:
            value *= _EN_SCALE.get(scale) or _CN_SCALE[scale]
        rest = text[m.end() : m.end() + 8]
        dimension = ""
        unit_len = 0
        for word, dim, factor in _UNITS:
            follows = rest[len(word) : len(word) + 1]
            if rest.startswith(word) and not (word.isascii() and word.isalpha() and re.match(r"[a-z]", follows)):
                dimension = dim
                value *= factor
                unit_len = len(word)
                break
        if m.group("pre"):
            dimension = "money"
        if not raw[0].isdigit() and dimension not in ("years", "months", "count"):
            continue  # Chinese numerals only count as durations and counts (三年, 两头)
        if raw == "一" and dimension != "years":
            continue  # "一头保费多少", "一亩补多少": a unit, not the user's quantity
        if dimension == "years" and raw[0].isdigit() and len(raw) == 4 and raw.startswith(("19", "20")):
            dimension = "calendar_year"
        if not dimension and scale in ("万", "亿"):
            dimension = "money"
        found.append(Quantity(value, dimension, m.start(), m.end(), m.group(0).strip(), unit_len))
    return found


@dataclass
class Route:
    spec: CalculatorSpec
    inputs: dict[str, Any]
    missing: list[str]
    score: float


class Router:
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def candidates(self, question: str, clause_ranks: dict[str, int], extra_terms: str = "") -> list[CalculatorSpec]:
        text = normalise(question) + " " + normalise(extra_terms)
        compact = text.replace(" ", "")
        out = []
        for spec in self.catalogue.specs.values():
            if not any(cid in clause_ranks for cid in spec.clause_ids()):
                continue
            if all(any(normalise(w) in text or normalise(w).replace(" ", "") in compact for w in group) for group in spec.keywords):
                out.append(spec)
        return out

    def route(self, question: str, clause_ranks: dict[str, int], extra_terms: str = "") -> Route | None:
        quantities = [q for q in question_quantities(question) if q.dimension not in ("voltage",)]
        asks_total = bool(ASKS_FOR_AMOUNT.search(normalise(question)))
        if not quantities and not asks_total:
            return None
        routes = []
        for spec in self.candidates(question, clause_ranks, extra_terms):
            inputs, missing = self.fill(spec, question, quantities)
            numbers = [name for name in inputs if spec.inputs[name].dimension != "choice"]
            used = sum(1 for name in numbers if name not in _defaults(spec))
            optional = len(numbers) - used  # inputs with a default that the question gave ("2名")
            if used == 0 and not optional and not (asks_total and missing) and not (asks_total and _only_the_choice_needed(spec, inputs)):
                continue
            rank = min(clause_ranks[cid] for cid in spec.clause_ids() if cid in clause_ranks)
            score = used * 2 + optional - len(missing) * 3 - rank * 0.5
            if not missing and not self._computes(spec, inputs):
                score -= 3  # e.g. below the provision's threshold: another provision may fit the question
            routes.append(Route(spec, inputs, missing, score=score))
        if not routes:
            return None
        return max(routes, key=lambda r: r.score)

    def _computes(self, spec: CalculatorSpec, inputs: dict[str, Any]) -> bool:
        try:
            self.catalogue.run(spec.name, inputs)
        except CalculatorError:
            return False
        return True

    def fill(self, spec: CalculatorSpec, question: str, quantities: list[Quantity]) -> tuple[dict[str, Any], list[str]]:
        text = normalise(question)
        inputs: dict[str, Any] = {}
        missing: list[str] = []
        param_values = set()
        for _, param in spec.all_parameters():
            span = param_value(param)
            param_values |= {span.low, span.high, Decimal(param.value.split("~")[0])}
        stated: set[int] = {q.start for q in quantities if STATED_RESULT.search(text[max(0, q.start - 6) : q.start])}
        taken = set(stated)
        taken_by: dict[str, int] = {}
        for name, inp in spec.inputs.items():
            if inp.dimension == "choice":
                continue
            pool = [q for q in quantities if q.dimension == inp.dimension and q.start not in taken]
            if inp.dimension == "count" and not pool:
                pool = [q for q in _bare_counts(quantities, text) if q.start not in taken]
            if inp.dimension == "money":
                pool += [q for q in quantities if q.dimension == "" and q.start not in taken and q.value >= 1000]
            preferred = [q for q in pool if q.value not in param_values] or pool
            chosen = None
            if inp.cues and len(preferred) > 1:
                cued = [q for q in preferred if any(normalise(c) in text[max(0, q.start - 14) : q.start] for c in inp.cues)]
                chosen = cued[-1] if cued else None
            if chosen is None and preferred:
                chosen = preferred[0]
            if chosen is not None:
                taken.add(chosen.start)
                taken_by[name] = chosen.start
                inputs[name] = plain(chosen.value)
            elif inp.default is None:
                missing.append(name)
        choice_inputs = [(n, i) for n, i in spec.inputs.items() if i.dimension == "choice"]
        for name, inp in choice_inputs:
            mentions = _choice_mentions(inp.choices, text)
            if name == spec.choice_input:
                if spec.kind == "tariff" and len(mentions) >= 2 and "compare" in spec.inputs:
                    inputs[name] = mentions[-1][1]
                    inputs["compare"] = mentions[0][1]
                elif mentions:
                    inputs[name] = mentions[-1][1] if spec.kind == "tariff" else mentions[0][1]
                elif inp.default is None:
                    missing.append(name)
                if takes_lines(spec) and len({c for _, c in mentions}) >= 2:
                    other = stated | {start for n, start in taken_by.items() if n != "quantity"}
                    dimension = spec.inputs["quantity"].dimension
                    pool = [q for q in quantities if q.dimension == dimension and q.start not in other]
                    if dimension == "count" and len(pool) < 2:
                        pool = [q for q in _bare_counts(quantities, text) if q.start not in other]
                    lines = _pair_lines(text, inp.choices, pool)
                    if lines:
                        inputs[name], inputs["quantity"] = [c for c, _ in lines], [plain(q.value) for _, q in lines]
                        missing = [m for m in missing if m not in (name, "quantity")]
        return inputs, missing


def _pair_lines(text: str, choices: dict[str, list[str]], quantities: list[Quantity]) -> list[tuple[str, Quantity]]:
    """Each quantity with the choice named next to it ("10辆充电车和6辆换电车", "充电车10辆、换电车6辆"),
    when the question gives at least two choices each with its own quantity; else []."""
    if len(quantities) < 2:
        return []
    spans = _choice_spans(choices, text)

    def compact(i: int) -> int:  # choice positions are in the text without spaces
        return i - text[:i].count(" ")

    def nearest(q: Quantity, side: str) -> tuple[int, str] | None:
        """(distance in characters, choice) of the closest mention before or after the number and its unit."""
        start, end = compact(q.start), compact(q.end) + q.unit_len
        if side == "before":
            found = [(start - e, c) for s, e, c in spans if e <= start and start - e <= 12]
        else:
            found = [(s - end, c) for s, e, c in spans if s >= end and s - end <= 12]
        return min(found, default=None)

    # "充电车10辆…" names the choice first, "10辆充电车…" after the number: on a tie, follow the first quantity
    first_side = "before" if nearest(quantities[0], "before") else "after"
    sides = [first_side, "after" if first_side == "before" else "before"]
    lines = []
    for q in quantities:
        options = [(hit[0], order, hit[1]) for order, side in enumerate(sides) if (hit := nearest(q, side))]
        if not options:
            return []
        lines.append((min(options)[2], q))
    return lines if len({c for c, _ in lines}) >= 2 else []


def _choice_spans(choices: dict[str, list[str]], text: str) -> list[tuple[int, int, str]]:
    """(start, end, choice) of each mention in the text without spaces; longer aliases win, numbers not split."""
    compact = text.replace(" ", "")
    hits: list[tuple[int, int, str]] = []
    for choice, aliases in choices.items():
        for alias in [choice, *aliases]:
            a = normalise(alias).replace(" ", "")
            for m in re.finditer(re.escape(a), compact):
                if a[0].isdigit() and m.start() > 0 and (compact[m.start() - 1].isdigit() or compact[m.start() - 1] in ".-"):
                    continue
                hits.append((m.start(), -len(a), choice))
    hits.sort()
    out: list[tuple[int, int, str]] = []
    covered_until = -1
    for start, neg_len, choice in hits:
        if start < covered_until:
            continue
        covered_until = start - neg_len
        out.append((start, covered_until, choice))
    return out


def _choice_mentions(choices: dict[str, list[str]], text: str) -> list[tuple[int, str]]:
    """(position, choice) for each choice mentioned, in order; longer aliases win, numbers not split."""
    out: list[tuple[int, str]] = []
    for start, _, choice in _choice_spans(choices, text):
        if not out or out[-1][1] != choice:
            out.append((start, choice))
    return out


def _only_the_choice_needed(spec: CalculatorSpec, inputs: dict[str, Any]) -> bool:
    """Every number has a default and the question named the choice ("我是博士，租房补贴一共能领多少")."""
    numbers = [n for n, i in spec.inputs.items() if i.dimension != "choice"]
    return spec.choice_input is not None and spec.choice_input in inputs and all(n in _defaults(spec) for n in numbers)


def _bare_counts(quantities: list[Quantity], text: str) -> list[Quantity]:
    """Whole numbers with no unit that an English noun follows ("10 plug-in taxis"): counts when nothing else is."""
    return [
        q for q in quantities
        if q.dimension == "" and q.value == q.value.to_integral_value() and 0 < q.value <= 1000
        and re.match(r"[a-z]", text[q.end : q.end + 1])
    ]


def _defaults(spec: CalculatorSpec) -> set[str]:
    return {name for name, inp in spec.inputs.items() if inp.default is not None}


def describe_missing(spec: CalculatorSpec, missing: list[str], lang: str) -> str:
    if lang == "zh":
        need = "、".join(spec.inputs[m].description + _choices_hint(spec, m) for m in missing)
        return f"要按「{spec.title}」计算，还需要您提供：{need}。"
    need = ", ".join((spec.inputs[m].description_en or spec.inputs[m].description) + _choices_hint(spec, m) for m in missing)
    return f"To compute the {spec.title_en}, please also give: {need}."


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
    if route.missing:
        return [], describe_missing(route.spec, route.missing, lang)
    try:
        return [router.catalogue.run(route.spec.name, route.inputs)], ""
    except CalculatorError as exc:
        return [], (f"无法按「{route.spec.title}」计算：{exc}" if lang == "zh" else f"Cannot compute the {route.spec.title_en}: {exc}")
