"""The arithmetic of each kind of calculator, in exact decimals, with its steps in words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.calculators.problems import InputProblem, ProblemKind, english_amount
from assistant.calculators.spec import CalculatorSpec, Parameter
from assistant.quantities import BASE_UNIT, PER_CENT, dimension_of, money_text, parse_span, plain, unit_named


class CalculatorInputError(ValueError):
    """Inputs a calculator cannot take; the message names what is allowed, ``problem`` says it in a
    reader's language."""

    def __init__(self, message: str, problem: InputProblem | None = None) -> None:
        super().__init__(message)
        self.problem = problem


def threshold_error(spec: CalculatorSpec, name: str, kind: ProblemKind, param: Parameter, what: str = "补贴") -> CalculatorInputError:
    """Input ``name`` is below (``qualify_min``) or above (``qualify_max``) what the provision (``what``) covers."""
    inp = spec.inputs[name]
    limit_en = english_amount(param_value(param).low, inp.dimension)
    problem = InputProblem(name, kind, inp.description, inp.description_en, limit=shown(param), limit_en=limit_en)
    words = f"须达到 {shown(param)} 才能享受该{what}" if kind == "qualify_min" else f"超过 {shown(param)}，不在该{what}范围内"
    return CalculatorInputError(f"{inp.description}{words}", problem)


@dataclass(frozen=True)
class Span:
    """A value or a range of values (the guide sometimes states 0.29–0.33 元/度)."""

    low: Decimal
    high: Decimal

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def __mul__(self, other: Span | Decimal) -> Span:
        o = other if isinstance(other, Span) else Span(other, other)
        products = [self.low * o.low, self.low * o.high, self.high * o.low, self.high * o.high]
        return Span(min(products), max(products))

    def __sub__(self, other: Span) -> Span:
        return Span(self.low - other.high, self.high - other.low)

    def __add__(self, other: Span) -> Span:
        return Span(self.low + other.low, self.high + other.high)

    def cap(self, ceiling: Decimal | None) -> Span:
        if ceiling is None:
            return self
        return Span(min(self.low, ceiling), min(self.high, ceiling))

    def text(self, money: bool = False, unit: str = "") -> str:
        fmt = money_text if money else (lambda v: f"{plain(v)}{unit}")
        return fmt(self.low) if not self.is_range else f"{fmt(self.low)}至{fmt(self.high)}"


def unit_scale(unit: str) -> Decimal:
    """万元 → 10000 元, % → 0.01 (a rate is a fraction in arithmetic); a rate in 万元 per unit (万元/亩)
    → 元 per unit; 万亩, 万头, 万吨 → 亩, 头, 吨; units the table does not know as stated."""
    found = unit_named(unit)
    if found is None:
        return Decimal(1)
    return found.factor * (PER_CENT if found.dimension == "percent" else 1)


def param_value(param: Parameter) -> Span:
    """The parameter in base units: 万元 → 元, % → fraction, 万亩 → 亩; other units as stated."""
    span = parse_span(param.value)
    if span is None:
        raise ValueError(f"not a number or a range: {param.value!r}")
    scale = unit_scale(param.unit)
    return Span(span[0] * scale, span[1] * scale)


def shown(param: Parameter) -> str:
    value = param.value.replace("~", "–")
    return f"{value}{param.unit}" if param.unit != "%" else f"{value}%"


@dataclass
class Outcome:
    result: Span
    unit: str
    steps: list[str]


def per_unit(spec: CalculatorSpec, p: dict[str, Any], x: dict[str, Any]) -> Outcome:
    """rate × quantity [× factor] [× periods], at most ``cap``; several lines (one per choice) are added up.
    A quantity outside ``min_quantity``…``max_quantity`` is not covered by the provision."""
    total, steps, _ = _lines(spec, p, x["quantity"], x, _per_unit_line)
    if "periods" in x:
        periods = Decimal(x["periods"])
        if "max_periods" in p:
            limit = param_value(p["max_periods"]).low
            if p["max_periods"].unit == "年" and spec.inputs["periods"].dimension == "months":
                limit *= 12  # "最长补贴 2年" for a monthly subsidy
            if periods > limit:
                steps.append(f"期限按最长 {shown(p['max_periods'])} 计")
                periods = limit
        total = total * periods
        steps.append(f"× {plain(periods)}{spec.inputs['periods'].description} = {total.text(money=True)}")
    if "cap" in p:
        capped = total.cap(param_value(p["cap"]).low)
        verb = "超过上限，按上限" if capped != total else "未超过上限"
        steps.append(f"{verb} {shown(p['cap'])} 计：{capped.text(money=True)}")
        total = capped
    return Outcome(total, "元", steps)


def _per_unit_line(spec: CalculatorSpec, p: dict[str, Parameter], quantity: Decimal) -> tuple[Span, list[str]]:
    q_unit = spec.inputs["quantity"].dimension
    label = spec.inputs["quantity"].description
    if "min_quantity" in p:
        # thresholds are stated in the dimension's base unit or 万 of it (500 亩, 1万亩), as ``param_value`` reads them
        if quantity < param_value(p["min_quantity"]).low:
            raise threshold_error(spec, "quantity", "qualify_min", p["min_quantity"])
    if "max_quantity" in p and quantity > param_value(p["max_quantity"]).low:
        raise threshold_error(spec, "quantity", "qualify_max", p["max_quantity"])
    rate = param_value(p["rate"])
    if "less" in p:
        # "每头保额 10000 元，保险费率 3.5%，参保对象按每头 70 元缴纳，剩余部分由财政补贴": what is left of
        # the rate (times its factor) once the asker's own part is paid
        gross = rate * param_value(p["factor"]) if "factor" in p else rate
        each = gross - param_value(p["less"])
        gross_text = f"{shown(p['rate'])} × {shown(p['factor'])}" if "factor" in p else shown(p["rate"])
        word = _unit_word(q_unit, p["rate"])
        total = each * quantity
        # (the whole premium and the asker's own part are figures a question asks beside the subsidy)
        whole, own = gross * quantity, param_value(p["less"]) * quantity
        return total, [
            f"每{word} {gross_text} − {shown(p['less'])} = {each.text(money=True)}",
            f"{label} {plain(quantity)}{word} × {each.text(money=True)} = {total.text(money=True)}",
            f"合计 {plain(quantity)}{word} × {gross.text(money=True)} = {whole.text(money=True)}，"
            f"其中自付 {plain(quantity)}{word} × {shown(p['less'])} = {own.text(money=True)}",
        ]
    if "factor" in p:
        counted = param_value(p["factor"]) * quantity
        factor_label = p["factor"].label or "计补系数"
        counted_text = counted.text(unit=_factor_unit(p))
        steps = [f"{label} {plain(quantity)}{_dimension_word(q_unit)} × {factor_label} {shown(p['factor'])} = {counted_text}"]
        total = rate * counted
        steps.append(f"{counted_text} × {shown(p['rate'])} = {total.text(money=True)}")
        return total, steps
    quantity = in_rate_unit(quantity, q_unit, p["rate"])
    total = rate * quantity
    return total, [f"{label} {plain(quantity)}{_unit_word(q_unit, p['rate'])} × {shown(p['rate'])} = {total.text(money=True)}"]


def _factor_unit(p: dict[str, Parameter]) -> str:
    if "/" in p["rate"].unit:
        return p["rate"].unit.split("/", 1)[1]
    return "" if p["factor"].unit == "%" else p["factor"].unit


def rate_cap(spec: CalculatorSpec, p: dict[str, Any], x: dict[str, Any]) -> Outcome:
    """min(base × rate, cap) [× units, at most max_units] [× people]; a base below ``min_base`` does not qualify.
    Several lines (one base per choice: "资助博士 8万元、硕士 4万元") are each capped by their own
    choice's cap and added up."""
    if isinstance(x["base"], list) and len(x["base"]) > 1 and "units" in x and Decimal(x["units"]) != 1:
        raise CalculatorInputError("units: several lines are one base each; give each line's base instead")
    total, steps, lines = _lines(spec, p, x["base"], x, _rate_cap_line)
    if "units" in x and lines == 1:
        units = Decimal(x["units"])
        if "max_units" in p and units > param_value(p["max_units"]).low:
            units = param_value(p["max_units"]).low
            steps.append(f"最长按 {shown(p['max_units'])} 计")
        total = total * units
        unit_word = _dimension_word(spec.inputs["units"].dimension)
        steps.append(f"× {plain(units)}{unit_word}（{spec.inputs['units'].description}）= {total.text(money=True)}")
    if "people" in x and Decimal(x["people"]) != 1:
        # "4名实习生、每人每月 2000 元、6个月": the cap is per person, so the persons multiply last
        people = Decimal(x["people"])
        total = total * people
        steps.append(f"× {plain(people)}人（{spec.inputs['people'].description}）= {total.text(money=True)}")
    return Outcome(total, "元", steps)


def _lines(
    spec: CalculatorSpec, p: dict[str, Any], values: Any, x: dict[str, Any],
    line: Callable[[CalculatorSpec, dict[str, Parameter], Decimal], tuple[Span, list[str]]],
) -> tuple[Span, list[str], int]:
    """``line`` computed for each value of a kind's lines input (one per choice: "10辆充电车、6辆换电车",
    "博士 8万元、硕士 4万元"), each with its own choice's parameters, and added up: (total, steps, lines)."""
    each = values if isinstance(values, list) else [values]
    chosen = x.get(spec.choice_input) if spec.choice_input else None
    labels = chosen if isinstance(chosen, list) else [chosen] * len(each)
    steps: list[str] = []
    amounts: list[Span] = []
    for i, (value, label) in enumerate(zip(each, labels)):
        params = {k: (v[i] if isinstance(v, list) else v) for k, v in p.items()}
        amount, line_steps = line(spec, {k: v for k, v in params.items() if v is not None}, Decimal(value))
        if len(each) > 1:
            line_steps[0] = f"{label}：{line_steps[0]}"
        steps += line_steps
        amounts.append(amount)
    total = amounts[0]
    for amount in amounts[1:]:
        total = total + amount
    if len(amounts) > 1:
        steps.append(f"合计 {total.text(money=True)}")
    return total, steps, len(amounts)


def _rate_cap_line(spec: CalculatorSpec, p: dict[str, Parameter], base: Decimal) -> tuple[Span, list[str]]:
    if "min_base" in p and base < param_value(p["min_base"]).low:
        raise threshold_error(spec, "base", "qualify_min", p["min_base"], what="政策")
    rate = param_value(p["rate"])
    each = rate * base
    label = spec.inputs["base"].description
    steps = [f"{label} {money_text(base)} × {shown(p['rate'])} = {each.text(money=True)}"]
    if "cap" in p:
        each, said = _within_cap(each, p)
        steps.append(said)
    return each, steps


def _within_cap(amount: Span, p: dict[str, Parameter], per: str = "") -> tuple[Span, str]:
    """``amount`` held to the ``cap`` parameter, with the step saying whether the cap (each year's, with ``per``) binds."""
    capped = amount.cap(param_value(p["cap"]).low)
    said = f"超过{per}上限，按上限 " if capped != amount else f"未超过{per}上限 "
    return capped, f"{said}{shown(p['cap'])}：{capped.text(money=True)}"


def increment(spec: CalculatorSpec, p: dict[str, Parameter], x: dict[str, Decimal | str]) -> Outcome:
    """floor(increase / step) × amount, at most cap."""
    increase = Decimal(x["increase"])
    step = param_value(p["step"]).low
    times = (increase / step).to_integral_value(rounding=ROUND_FLOOR)
    total = param_value(p["amount"]) * times
    steps = [
        f"{spec.inputs['increase'].description} {money_text(increase) if spec.inputs['increase'].dimension == 'money' else plain(increase)}"
        f" ÷ 每 {shown(p['step'])} = {plain(times)} 档",
        f"{plain(times)} × {shown(p['amount'])} = {total.text(money=True)}",
    ]
    if "cap" in p:
        total, said = _within_cap(total, p)
        steps.append(said)
    return Outcome(total, "元", steps)


def stepped(spec: CalculatorSpec, p: dict[str, Parameter], x: dict[str, Decimal | str]) -> Outcome:
    """base_amount at base_count, plus step_amount for every further step (a part step counts when
    ``part_step`` is stated); below base_count, ``below_amount`` when stated, else not eligible."""
    count = Decimal(x["count"])
    base_count = param_value(p["base_count"]).low
    unit = p["base_amount"].unit
    money = dimension_of(unit) == "money"
    out_unit = "元" if money else unit

    def show(value: Decimal) -> str:
        return Span(value, value).text(money=True) if money else f"{plain(value)}{unit}"

    if count < base_count:
        if "below_amount" not in p:
            raise threshold_error(spec, "count", "qualify_min", p["base_count"])
        amount = param_value(p["below_amount"]).low
        steps = [f"不足 {shown(p['base_count'])}：{shown(p['below_amount'])}"]
        return Outcome(Span(amount, amount), out_unit, steps)
    rounding = ROUND_CEILING if "part_step" in p else ROUND_FLOOR
    extra = ((count - base_count) / param_value(p["step"]).low).to_integral_value(rounding=rounding)
    amount = param_value(p["base_amount"]).low + param_value(p["step_amount"]).low * extra
    total = Span(amount, amount)
    part = "，不满一档按一档计" if "part_step" in p else ""
    steps = [
        f"达到 {shown(p['base_count'])}：{shown(p['base_amount'])}",
        f"超出 {plain(count - base_count)}，每 {shown(p['step'])} 加 {shown(p['step_amount'])}{part}：{plain(extra)} 档",
        f"合计 {show(amount)}",
    ]
    if "cap" in p:
        capped = total.cap(param_value(p["cap"]).low)
        if capped != total:
            steps.append(f"超过上限，按上限 {shown(p['cap'])}")
        total = capped
    return Outcome(total, out_unit, steps)


def tier_bands(p: dict[str, Parameter]) -> list[tuple[Decimal, Decimal | None, Parameter]]:
    """A tiered calculator's bands, each with its lower and upper bound (None above the last limit) and its rate:
    band_1 from 0 up to limit_1, band_2 from limit_1 up to limit_2, and so on."""
    bands: list[tuple[Decimal, Decimal | None, Parameter]] = []
    lower, index = Decimal(0), 1
    while f"rate_{index}" in p:
        limit_param = p.get(f"limit_{index}")
        upper = param_value(limit_param).low if limit_param else None
        bands.append((lower, upper, p[f"rate_{index}"]))
        if upper is None:
            break
        lower, index = upper, index + 1
    return bands


def tiered(spec: CalculatorSpec, p: dict[str, Parameter], x: dict[str, Decimal | str]) -> Outcome:
    """Bands that apply to parts of the base: band_1 up to limit_1, band_2 up to limit_2, band_3 above; with a
    ``tax_rate`` input, the sum of the bands (a taxable part) at that rate."""
    base = Decimal(x["base"])
    steps: list[str] = []
    total = Decimal(0)
    for lower, upper, rate_param in tier_bands(p):
        part = (min(base, upper) if upper is not None else base) - lower
        if part > 0:
            amount = part * param_value(rate_param).low
            total += amount
            range_text = f"{money_text(lower)}至{money_text(upper)}" if upper is not None else f"超过{money_text(lower)}"
            steps.append(f"{range_text}部分 {money_text(part)} × {shown(rate_param)} = {money_text(amount)}")
        if upper is None or base <= upper:
            break
    steps.append(f"合计 {money_text(total)}")
    if (rate := Decimal(str(x.get("tax_rate") or 0))) > 0:
        # "How much corporate income tax is due, at the 25% rate?": the taxable part at the rate the asker gives
        tax = total * rate / 100
        steps.append(f"按税率 {plain(rate)}%：{money_text(total)} × {plain(rate)}% = {money_text(tax)}")
        return Outcome(Span(tax, tax), "元", steps)
    return Outcome(Span(total, total), "元", steps)


def tariff(spec: CalculatorSpec, p: dict[str, Parameter], x: dict[str, Decimal | str]) -> Outcome:
    """Energy × price for a class; with ``compare`` the saving against another class."""
    energy = Decimal(x["energy"])
    price = param_value(p["price"])
    cost = price * energy
    steps = [f"{plain(energy)}度 × {shown(p['price'])}（{x['voltage']}）= {cost.text(money=True)}"]
    if "compare_price" in p:
        other = param_value(p["compare_price"])
        other_cost = other * energy
        steps.append(f"{plain(energy)}度 × {shown(p['compare_price'])}（{x['compare']}）= {other_cost.text(money=True)}")
        saving = other_cost - cost
        steps.append(f"差额 {saving.text(money=True)}")
        return Outcome(saving, "元", steps)
    return Outcome(cost, "元", steps)


def interest_subsidy(spec: CalculatorSpec, p: dict[str, Parameter], x: dict[str, Decimal | str]) -> Outcome:
    """Loan × annual rate (by loan size) × years, with the maximum loan and term."""
    amount = Decimal(x["amount"])
    years = Decimal(x["years"])
    steps: list[str] = []
    maximum = param_value(p["max_amount"]).low
    if amount > maximum:
        steps.append(f"贴息贷款最高额度 {shown(p['max_amount'])}，按 {money_text(maximum)} 计")
        amount = maximum
    max_years = param_value(p["max_years"]).low
    if years > max_years:
        steps.append(f"贷款期限最长 {shown(p['max_years'])}，按 {plain(max_years)} 年计")
        years = max_years
    threshold = param_value(p["threshold"]).low
    rate_param = p["rate_small"] if amount <= threshold else p["rate_large"]
    rate = param_value(rate_param).low
    total = amount * rate * years
    steps.append(f"{money_text(amount)} × 年贴息率 {shown(rate_param)} × {plain(years)} 年 = {money_text(total)}")
    return Outcome(Span(total, total), "元", steps)


def lpr_interest(spec: CalculatorSpec, p: dict[str, Parameter], x: dict[str, Decimal | str]) -> Outcome:
    """A year's interest subsidy benchmarked on the loan prime rate: loan × min(LPR × ``share``, ``max_rate``),
    at most ``cap`` a year ("按照一年期贷款市场报价利率（LPR）的 70%且不超过 2%的利率，给予每年不超过 200 万元贴息
    支持"). The LPR is the asker's: the guide states none."""
    base = Decimal(x["base"])
    lpr = Decimal(x["lpr"]) / 100
    share = param_value(p["share"]).low
    ceiling = param_value(p["max_rate"]).low
    rate = min(lpr * share, ceiling)
    by_share = f"LPR {plain(lpr * 100)}% × {shown(p['share'])} = {plain(lpr * share * 100)}%"
    steps = [f"{by_share}，超过 {shown(p['max_rate'])}，按 {shown(p['max_rate'])} 计" if lpr * share > ceiling
             else f"{by_share}，未超过 {shown(p['max_rate'])}"]
    each = Span(base * rate, base * rate)
    steps.append(f"{spec.inputs['base'].description} {money_text(base)} × {plain(rate * 100)}% = {each.text(money=True)}")
    if "cap" in p:
        each, said = _within_cap(each, p, per="每年")
        steps.append(said)
    return Outcome(each, "元", steps)


def tax_saving(spec: CalculatorSpec, p: dict[str, Parameter], x: dict[str, Decimal | str]) -> Outcome:
    """Income tax saved: taxable income × (standard rate − preferential ``rate``); or, for an
    ``extra_deduction`` (加计扣除) or a ``taxable_share`` (减按 90% 计入收入), the amount taken out of
    taxable income × the standard rate."""
    income = Decimal(x["income"])
    standard = Decimal(x["standard_rate"]) / 100
    label = spec.inputs["income"].description
    if "extra_deduction" in p or "taxable_share" in p:
        if "extra_deduction" in p:
            removed = income * param_value(p["extra_deduction"]).low
            first = f"{label} {money_text(income)} × 加计扣除 {shown(p['extra_deduction'])} = 多扣除 {money_text(removed)}"
        else:
            share = param_value(p["taxable_share"]).low
            removed = income * (1 - share)
            first = f"{label} {money_text(income)} 减按 {shown(p['taxable_share'])} 计入收入，少计 {money_text(removed)}"
        saving = removed * standard
        steps = [first]
        if "extra_deduction" in p:  # what is deducted in all: the cost itself and the extra on top of it
            steps.append(f"税前扣除合计：{money_text(income)} + {money_text(removed)} = {money_text(income + removed)}")
        steps.append(f"{money_text(removed)} × 税率 {plain(standard * 100)}% = 少缴 {money_text(saving)}")
        return Outcome(Span(saving, saving), "元", steps)
    preferential = param_value(p["rate"]).low
    if standard < preferential:
        inp = spec.inputs["standard_rate"]
        problem = InputProblem("standard_rate", "minimum", inp.description, inp.description_en, f"{plain(standard * 100)}%",
                               limit=shown(p["rate"]), limit_en=shown(p["rate"]))
        raise CalculatorInputError("the standard rate must not be below the preferential rate", problem)
    at_standard = income * standard
    at_preferential = income * preferential
    steps = [
        f"按 {plain(standard * 100)}% 计税：{money_text(income)} × {plain(standard * 100)}% = {money_text(at_standard)}",
        f"按优惠税率 {shown(p['rate'])} 计税：{money_text(income)} × {shown(p['rate'])} = {money_text(at_preferential)}",
        f"少缴 {money_text(at_standard - at_preferential)}",
    ]
    saving = at_standard - at_preferential
    return Outcome(Span(saving, saving), "元", steps)


def in_rate_unit(quantity: Decimal, dimension: str, rate: Parameter) -> Decimal:
    """A quantity in its dimension's base unit, re-expressed in the unit the rate is per
    (150 吨 at 18 元/公斤 → 150000 公斤)."""
    if "/" not in rate.unit:
        return quantity
    per = unit_named(rate.unit.split("/", 1)[1])
    return quantity / per.factor if per is not None and per.dimension == dimension else quantity


def _unit_word(dimension: str, rate: Parameter) -> str:
    if "/" in rate.unit:
        return rate.unit.split("/", 1)[1]
    return _dimension_word(dimension)


def _dimension_word(dimension: str) -> str:
    return BASE_UNIT.get(dimension, "") if dimension != "money" else ""


class ParamDeclaration(BaseModel):
    """A parameter the arithmetic of a kind reads from the guide."""

    model_config = ConfigDict(frozen=True)

    dimensions: frozenset[str] = Field(frozenset(), description="Dimensions its unit may have (see assistant.quantities.UNITS)")
    like_input: str | None = Field(None, description="Its unit has the dimension of this input (a threshold on the quantity)")
    required: bool = True


class InputDeclaration(BaseModel):
    """A number the arithmetic of a kind reads from the user."""

    model_config = ConfigDict(frozen=True)

    dimensions: frozenset[str]
    required: bool = True


def _p(*dimensions: str, required: bool = True, like_input: str | None = None) -> ParamDeclaration:
    return ParamDeclaration(dimensions=frozenset(dimensions), like_input=like_input, required=required)


def _i(*dimensions: str, required: bool = True) -> InputDeclaration:
    return InputDeclaration(dimensions=frozenset(dimensions), required=required)


QUANTITY_DIMENSIONS = ("energy", "area", "count", "weight", "volume")


class KindDeclaration(BaseModel):
    """What a kind of calculator takes, and how a question fills it; the arithmetic is ``compute``."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    compute: Callable[[CalculatorSpec, dict[str, Any], dict[str, Any]], Outcome]
    params: dict[str, ParamDeclaration]
    inputs: dict[str, InputDeclaration] = Field(description="Number inputs; choices are the spec's choice input and compare_input")
    one_of: tuple[str, ...] = Field((), description="At least one of these parameters is stated")
    lines_input: str | None = Field(None, description="The number input that may come in several lines, one per choice")
    compare_input: str | None = Field(None, description="A second choice whose entry the result is compared with")
    compared_param: str | None = Field(None, description="The table parameter read again at the compare_input's entry")
    last_choice_mentioned: bool = Field(False, description="A question naming several choices means the last one")
    shared_params: frozenset[str] = Field(
        frozenset(), description="Parameters the lines of a several-line question share, so a table cannot give them per choice"
    )

    def optional_params(self) -> set[str]:
        """Parameters the guide may state for some choices of a table only."""
        return {name for name, decl in self.params.items() if not decl.required}


KINDS: dict[str, KindDeclaration] = {
    "per_unit": KindDeclaration(
        compute=per_unit,
        params={
            "rate": _p("price", "money"), "cap": _p("money", required=False), "factor": _p("percent", "multiple", "weight", required=False),
            "max_periods": _p("months", "years", required=False),
            "min_quantity": _p(like_input="quantity", required=False), "max_quantity": _p(like_input="quantity", required=False),
            "less": _p("price", "money", required=False),  # the asker's own part per unit: the rest is the subsidy
        },
        inputs={"quantity": _i(*QUANTITY_DIMENSIONS), "periods": _i("months", "years", required=False)},
        lines_input="quantity",
        shared_params=frozenset({"cap", "max_periods"}),  # several lines share one cap and one term
    ),
    "rate_cap": KindDeclaration(
        compute=rate_cap,
        params={
            "rate": _p("percent"), "cap": _p("money", required=False), "min_base": _p("money", required=False),
            "max_units": _p(like_input="units", required=False),
        },
        inputs={
            "base": _i("money"), "units": _i("area", "count", "months", "years", required=False),
            "people": _i("count", required=False),
        },
        lines_input="base",
    ),
    "increment": KindDeclaration(
        compute=increment,
        params={"step": _p(like_input="increase"), "amount": _p("money"), "cap": _p("money", required=False)},
        inputs={"increase": _i("money", *QUANTITY_DIMENSIONS)},
    ),
    "stepped": KindDeclaration(
        compute=stepped,
        params={
            "base_count": _p(like_input="count"), "base_amount": _p("money", "months"), "step": _p(like_input="count"),
            "step_amount": _p("money", "months"), "below_amount": _p("money", "months", required=False),
            "part_step": _p(like_input="count", required=False), "cap": _p("money", "months", required=False),
        },
        inputs={"count": _i("area", "count", "years", "months", "weight")},
    ),
    "tiered": KindDeclaration(
        compute=tiered,
        params={
            "rate_1": _p("percent"), "limit_1": _p("money", required=False), "rate_2": _p("percent", required=False),
            "limit_2": _p("money", required=False), "rate_3": _p("percent", required=False),
        },
        inputs={"base": _i("money"), "tax_rate": _i("percent", required=False)},
    ),
    "tariff": KindDeclaration(
        compute=tariff,
        params={"price": _p("price")},
        inputs={"energy": _i("energy")},
        compare_input="compare",
        compared_param="price",
        last_choice_mentioned=True,  # "从10千伏改成110千伏": the class the user will pay
    ),
    "interest_subsidy": KindDeclaration(
        compute=interest_subsidy,
        params={
            "max_amount": _p("money"), "max_years": _p("years"), "threshold": _p("money"),
            "rate_small": _p("percent"), "rate_large": _p("percent"),
        },
        inputs={"amount": _i("money"), "years": _i("years")},
    ),
    "lpr_interest": KindDeclaration(
        compute=lpr_interest,
        params={"share": _p("percent"), "max_rate": _p("percent"), "cap": _p("money", required=False)},
        inputs={"base": _i("money"), "lpr": _i("percent")},
        shared_params=frozenset({"share", "max_rate"}),
    ),
    "tax_saving": KindDeclaration(
        compute=tax_saving,
        params={
            "rate": _p("percent", required=False), "extra_deduction": _p("percent", required=False),
            "taxable_share": _p("percent", required=False),
        },
        inputs={"income": _i("money"), "standard_rate": _i("percent")},
        one_of=("rate", "extra_deduction", "taxable_share"),
    ),
}


def check_against_kind(spec: CalculatorSpec) -> list[str]:
    """What in a spec its kind cannot take: a required parameter or input missing, one the kind does not
    know, a unit of the wrong dimension; each message names the calculator and the parameter or input."""
    kind = KINDS[spec.kind]
    problems: list[str] = []
    for name, decl in kind.params.items():
        if decl.required and name not in spec.params:
            problems.append(f"{spec.name}: missing parameter {name!r} that a {spec.kind} calculator needs")
    if kind.one_of and not set(kind.one_of) & set(spec.params):
        problems.append(f"{spec.name}: a {spec.kind} calculator needs one of the parameters {', '.join(kind.one_of)}")
    for name, param in spec.all_parameters():
        base = name.split("[", 1)[0]
        decl = kind.params.get(base)
        if decl is None:
            problems.append(f"{spec.name}: unknown parameter {base!r} for a {spec.kind} calculator; it takes {', '.join(kind.params)}")
            continue
        allowed = decl.dimensions
        if decl.like_input is not None and decl.like_input in spec.inputs:
            allowed = frozenset({spec.inputs[decl.like_input].dimension})
        dimension = dimension_of(param.unit)
        if dimension not in allowed:
            problems.append(
                f"{spec.name}: parameter {name!r} in {param.unit!r} ({dimension or 'unknown unit'}); "
                f"a {spec.kind} calculator takes {' or '.join(sorted(allowed))} there"
            )
    for name in sorted(kind.shared_params):
        if isinstance(spec.params.get(name), dict):
            problems.append(f"{spec.name}: parameter {name!r} cannot depend on the choice; the lines of one question share it")
    choices = {spec.choice_input, kind.compare_input}
    for name, decl in kind.inputs.items():
        if decl.required and name not in spec.inputs:
            problems.append(f"{spec.name}: missing input {name!r} that a {spec.kind} calculator needs")
    for name, inp in spec.inputs.items():
        if inp.dimension == "choice":
            if name not in choices:
                problems.append(f"{spec.name}: choice input {name!r} is neither the choice_input nor one a {spec.kind} calculator compares")
        elif name not in kind.inputs:
            problems.append(f"{spec.name}: unknown input {name!r} for a {spec.kind} calculator; it takes {', '.join(kind.inputs)}")
        elif inp.dimension not in kind.inputs[name].dimensions:
            problems.append(
                f"{spec.name}: input {name!r} is {inp.dimension}; a {spec.kind} calculator takes "
                f"{' or '.join(sorted(kind.inputs[name].dimensions))} there"
            )
    return problems


def takes_lines(spec: CalculatorSpec) -> bool:
    """Several lines at once (10 charging and 6 battery-swap taxis): a choice and the kind's lines input, as lists."""
    lines = KINDS[spec.kind].lines_input
    return spec.choice_input is not None and lines is not None and lines in spec.inputs
