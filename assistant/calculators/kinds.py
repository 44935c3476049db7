"""The arithmetic of each kind of calculator, in exact decimals, with its steps in words."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

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

    def cap(self, ceiling: Decimal | None) -> Span:
        if ceiling is None:
            return self
        return Span(min(self.low, ceiling), min(self.high, ceiling))

    def text(self, money: bool = False, unit: str = "") -> str:
        fmt = money_text if money else (lambda v: f"{plain(v)}{unit}")
        return fmt(self.low) if not self.is_range else f"{fmt(self.low)}至{fmt(self.high)}"


_SCALE = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000), "%": Decimal("0.01")}


def param_value(param: Parameter) -> Span:
    """The parameter in base units: 万元 → 元, % → fraction; other units as stated."""
    scale = _SCALE.get(param.unit, Decimal(1))
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


def per_unit(spec: CalculatorSpec, p: dict[str, Parameter], x: dict[str, Decimal | str]) -> Outcome:
    """rate × quantity [× periods], at most ``cap``."""
    rate = param_value(p["rate"])
    q_unit = spec.inputs["quantity"].dimension
    quantity = in_rate_unit(Decimal(x["quantity"]), q_unit, p["rate"])
    label = spec.inputs["quantity"].description
    total = rate * quantity
    steps = [f"{label} {plain(quantity)}{_unit_word(q_unit, p['rate'])} × {shown(p['rate'])} = {total.text(money=True)}"]
    if "periods" in x:
        periods = Decimal(x["periods"])
        if "max_periods" in p:
            limit = param_value(p["max_periods"]).low
            if periods > limit:
                steps.append(f"期限按最长 {plain(limit)}{p['max_periods'].unit} 计")
                periods = limit
        total = total * periods
        steps.append(f"× {plain(periods)}{spec.inputs['periods'].description} = {total.text(money=True)}")
    if "cap" in p:
        capped = total.cap(param_value(p["cap"]).low)
        verb = "超过上限，按上限" if capped != total else "未超过上限"
        steps.append(f"{verb} {shown(p['cap'])} 计：{capped.text(money=True)}")
        total = capped
    return Outcome(total, "元", steps)


def rate_cap(spec: CalculatorSpec, p: dict[str, Parameter], x: dict[str, Decimal | str]) -> Outcome:
    """min(base × rate, cap) [× units, at most max_units]."""
    base = Decimal(x["base"])
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
    """base_amount at base_count, plus step_amount for every further step."""
    count = Decimal(x["count"])
    base_count = param_value(p["base_count"]).low
    if count < base_count:
        raise CalculatorInputError(f"{spec.inputs['count'].description}须达到 {shown(p['base_count'])} 才能享受该补贴")
    extra = ((count - base_count) / param_value(p["step"]).low).to_integral_value(rounding=ROUND_FLOOR)
    amount = param_value(p["base_amount"]).low + param_value(p["step_amount"]).low * extra
    total = Span(amount, amount)
    steps = [
        f"达到 {shown(p['base_count'])}：{shown(p['base_amount'])}",
        f"超出 {plain(count - base_count)}，每 {shown(p['step'])} 加 {shown(p['step_amount'])}：{plain(extra)} 档",
        f"合计 {total.text(money=True)}",
    ]
    if "cap" in p:
        capped = total.cap(param_value(p["cap"]).low)
        if capped != total:
            steps.append(f"超过上限，按上限 {shown(p['cap'])}")
        total = capped
    return Outcome(total, "元", steps)


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
    """Taxable income × (standard rate − preferential rate)."""
    income = Decimal(x["income"])
    standard = Decimal(x["standard_rate"]) / 100
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
    return {"area": "亩", "energy": "度", "weight": "吨", "months": "个月", "years": "年", "count": ""}.get(dimension, "")


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
