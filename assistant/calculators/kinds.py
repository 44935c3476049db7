"""The arithmetic of each kind of calculator, in exact decimals, with its steps in words."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from assistant.calculators.spec import CalculatorSpec, Parameter
from assistant.calculators.units import money_text, plain

RANGE_SEPARATORS = ("~", "—", "–", "－")


class CalculatorInputError(ValueError):
    """Inputs a calculator cannot take; the message names what is allowed."""


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


_SCALE = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000), "%": Decimal("0.01")}


def unit_scale(unit: str) -> Decimal:
    """万元 → 10000 元, % → 0.01; a rate in 万元 per unit (万元/亩) → 元 per unit; 万亩, 万头, 万吨 → 亩, 头, 吨."""
    if unit in _SCALE:
        return _SCALE[unit]
    head = unit.split("/", 1)[0]
    if "/" in unit and head in _SCALE:
        return _SCALE[head]
    if unit.startswith("万") and len(unit) > 1 and "/" not in unit:
        return Decimal(10_000)
    return Decimal(1)


def param_value(param: Parameter) -> Span:
    """The parameter in base units: 万元 → 元, % → fraction, 万亩 → 亩; other units as stated."""
    scale = unit_scale(param.unit)
    text = param.value
    for sep in RANGE_SEPARATORS:
        if sep in text:
            low, high = text.split(sep, 1)
            return Span(Decimal(low) * scale, Decimal(high) * scale)
    value = Decimal(text) * scale
    return Span(value, value)


def shown(param: Parameter) -> str:
    value = param.value.replace("~", "–")
    return f"{value}{param.unit}" if param.unit != "%" else f"{value}%"


@dataclass
class Outcome:
    result: Span
    unit: str
    steps: list[str]


def _get(params: dict[str, Parameter], name: str) -> Parameter | None:
    return params.get(name)


def per_unit(spec: CalculatorSpec, p: dict[str, Any], x: dict[str, Any]) -> Outcome:
    """rate × quantity [× factor] [× periods], at most ``cap``; several lines (one per choice) are added up.
    A quantity outside ``min_quantity``…``max_quantity`` is not covered by the provision."""
    quantities = x["quantity"] if isinstance(x["quantity"], list) else [x["quantity"]]
    chosen = x.get(spec.choice_input) if spec.choice_input else None
    labels = chosen if isinstance(chosen, list) else [chosen] * len(quantities)
    steps: list[str] = []
    amounts: list[Span] = []
    for i, (quantity, label) in enumerate(zip(quantities, labels)):
        line = {k: (v[i] if isinstance(v, list) else v) for k, v in p.items()}
        amount, line_steps = _per_unit_line(spec, {k: v for k, v in line.items() if v is not None}, Decimal(quantity))
        if len(quantities) > 1:
            line_steps[0] = f"{label}：{line_steps[0]}"
        steps += line_steps
        amounts.append(amount)
    total = amounts[0]
    for amount in amounts[1:]:
        total = total + amount
    if len(amounts) > 1:
        steps.append(f"合计 {total.text(money=True)}")
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
            raise CalculatorInputError(f"{label}须达到 {shown(p['min_quantity'])} 才能享受该补贴")
    if "max_quantity" in p and quantity > param_value(p["max_quantity"]).low:
        raise CalculatorInputError(f"{label}超过 {shown(p['max_quantity'])}，不在该补贴范围内")
    rate = param_value(p["rate"])
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


def rate_cap(spec: CalculatorSpec, p: dict[str, Parameter], x: dict[str, Decimal | str]) -> Outcome:
    """min(base × rate, cap) [× units, at most max_units]; a base below ``min_base`` does not qualify."""
    base = Decimal(x["base"])
    if "min_base" in p and base < param_value(p["min_base"]).low:
        raise CalculatorInputError(f"{spec.inputs['base'].description}须达到 {shown(p['min_base'])} 才能享受该政策")
    rate = param_value(p["rate"])
    each = rate * base
    label = spec.inputs["base"].description
    steps = [f"{label} {money_text(base)} × {shown(p['rate'])} = {each.text(money=True)}"]
    if "cap" in p:
        capped = each.cap(param_value(p["cap"]).low)
        steps.append(("超过上限，按上限 " if capped != each else "未超过上限 ") + f"{shown(p['cap'])}：{capped.text(money=True)}")
        each = capped
    if "units" in x:
        units = Decimal(x["units"])
        if "max_units" in p and units > param_value(p["max_units"]).low:
            units = param_value(p["max_units"]).low
            steps.append(f"最长按 {shown(p['max_units'])} 计")
        each = each * units
        unit_word = _dimension_word(spec.inputs["units"].dimension)
        steps.append(f"× {plain(units)}{unit_word}（{spec.inputs['units'].description}）= {each.text(money=True)}")
    return Outcome(each, "元", steps)


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
        capped = total.cap(param_value(p["cap"]).low)
        steps.append(("超过上限，按上限 " if capped != total else "未超过上限 ") + f"{shown(p['cap'])}：{capped.text(money=True)}")
        total = capped
    return Outcome(total, "元", steps)


def stepped(spec: CalculatorSpec, p: dict[str, Parameter], x: dict[str, Decimal | str]) -> Outcome:
    """base_amount at base_count, plus step_amount for every further step (a part step counts when
    ``part_step`` is stated); below base_count, ``below_amount`` when stated, else not eligible."""
    count = Decimal(x["count"])
    base_count = param_value(p["base_count"]).low
    unit = p["base_amount"].unit
    money = unit in _SCALE
    out_unit = "元" if money else unit

    def show(value: Decimal) -> str:
        return Span(value, value).text(money=True) if money else f"{plain(value)}{unit}"

    if count < base_count:
        if "below_amount" not in p:
            raise CalculatorInputError(f"{spec.inputs['count'].description}须达到 {shown(p['base_count'])} 才能享受该补贴")
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


def tiered(spec: CalculatorSpec, p: dict[str, Parameter], x: dict[str, Decimal | str]) -> Outcome:
    """Bands that apply to parts of the base: band_1 up to limit_1, band_2 up to limit_2, band_3 above."""
    base = Decimal(x["base"])
    steps: list[str] = []
    total = Decimal(0)
    lower = Decimal(0)
    index = 1
    while f"rate_{index}" in p:
        rate = param_value(p[f"rate_{index}"]).low
        limit_param = p.get(f"limit_{index}")
        upper = param_value(limit_param).low if limit_param else None
        part = (min(base, upper) if upper is not None else base) - lower
        if part > 0:
            amount = part * rate
            total += amount
            range_text = f"{money_text(lower)}至{money_text(upper)}" if upper is not None else f"超过{money_text(lower)}"
            steps.append(f"{range_text}部分 {money_text(part)} × {shown(p[f'rate_{index}'])} = {money_text(amount)}")
        if upper is None or base <= upper:
            break
        lower = upper
        index += 1
    steps.append(f"合计 {money_text(total)}")
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
        steps = [first, f"{money_text(removed)} × 税率 {plain(standard * 100)}% = 少缴 {money_text(saving)}"]
        return Outcome(Span(saving, saving), "元", steps)
    preferential = param_value(p["rate"]).low
    if standard < preferential:
        raise CalculatorInputError("the standard rate must not be below the preferential rate")
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
    from assistant.calculators.units import DIMENSIONS

    if "/" not in rate.unit or dimension not in DIMENSIONS:
        return quantity
    per = rate.unit.split("/", 1)[1].lower()
    factor = DIMENSIONS[dimension].get(per)
    return quantity / factor if factor else quantity


def _unit_word(dimension: str, rate: Parameter) -> str:
    if "/" in rate.unit:
        return rate.unit.split("/", 1)[1]
    return _dimension_word(dimension)


def _dimension_word(dimension: str) -> str:
    words = {"area": "亩", "volume": "立方米", "energy": "度", "weight": "吨", "months": "个月", "years": "年", "count": ""}
    return words.get(dimension, "")


KINDS = {
    "per_unit": per_unit,
    "rate_cap": rate_cap,
    "increment": increment,
    "stepped": stepped,
    "tiered": tiered,
    "tariff": tariff,
    "interest_subsidy": interest_subsidy,
    "tax_saving": tax_saving,
}
