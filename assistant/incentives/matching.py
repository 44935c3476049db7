"""Match a project profile against the provisions: every provision with its conditions met, not met or
unknown, its amount from the calculators, its validity and departments, the questions to ask, and
totals that respect the guide's no-stacking rules. The result's ``model_dump()`` is GUIDE.md §4's
incentive-match shape."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.calculators.catalogue import CalculatorError, Catalogue
from assistant.guide.corpus import Corpus
from assistant.incentives.profile import ProjectProfile, question_for, value_at
from assistant.incentives.provisions import LEVELS, AmountSpec, Condition, IncentiveCatalogue, Input, Provision
from assistant.models import expired as period_ended
from assistant.quantities import plain

TOPICS = ("land_utilities", "agriculture", "industry", "services", "talent", "science_technology", "tax")
Status = Literal["eligible", "not_eligible", "unknown"]


class ConditionResult(BaseModel):
    text: str = Field(description="The condition in words (Chinese)")
    text_en: str = Field(description="The condition in words (English)")
    met: bool | None = Field(description="true: met; false: not met; null: the profile does not say")
    field: str = Field(description="The profile field it reads")
    clause_id: str
    quote: str = Field(description="Verbatim words of the clause that state the condition")
    any_of: list[ConditionResult] | None = Field(
        None, description="For a condition the guide states as alternatives (或, 之一): each alternative judged, with its quote"
    )


class AmountResult(BaseModel):
    low: str = Field(description="Lowest amount, exact decimal")
    high: str = Field(description="Highest amount (equal to low unless the guide states a range)")
    unit: str = Field(description="Always 元")
    per: Literal["once", "year"]
    kind: Literal["benefit", "cost"] = Field(description="benefit: received or saved, added to the totals; cost: a price paid, shown only")
    tool: str | None = Field(None, description="The calculator that computed it; null for a sum the guide states outright")
    steps: list[str] = Field(default_factory=list, description="The arithmetic in words, caps included")
    clause_ids: list[str] = Field(default_factory=list, description="The clauses whose figures were used")
    quote: str | None = Field(None, description="For a fixed sum: the words that state it")


class ProvisionMatch(BaseModel):
    id: str
    clause_ids: list[str]
    title: str
    title_en: str
    level: str
    topic: str
    part: str
    status: Status
    conditions: list[ConditionResult]
    amount: AmountResult | None = Field(description="Null when the provision grants no sum or the profile lacks the inputs")
    amount_note: str | None = Field(None, description="Why there is no amount although the provision has a formula")
    grant: str | None = Field(None, description="What is granted, when it is not a sum (price level, priority, exemption)")
    grant_en: str | None = None
    valid_until: date | None
    expired: bool
    departments: list[str]
    ask: list[str] = Field(description="Questions to ask the investor (Chinese)")
    ask_en: list[str] = Field(description="The same questions in English")
    group: str | None = Field(None, description="The no-stacking group the provision belongs to")
    excluded_by: str | None = Field(None, description="The no-stacking group under which a higher provision was kept instead")


class Span(BaseModel):
    low: str
    high: str


class GroupOutcome(BaseModel):
    id: str
    text: str
    text_en: str
    clause_id: str
    quote: str
    kept: str = Field(description="The provision whose amount was counted (the highest)")
    dropped: list[str] = Field(description="Eligible provisions of the group left out of the totals")


class Totals(BaseModel):
    once: Span = Field(description="One-off amounts, 元")
    year: Span = Field(description="Annual amounts, 元 a year")
    unit: str = "元"
    counted: list[str] = Field(description="Provisions whose amounts are in the totals")
    groups: list[GroupOutcome] = Field(description="No-stacking rules that left provisions out")
    expired_left_out: list[str] = Field(description="Eligible provisions with amounts, left out because their period has ended")
    amounts_unknown: list[str] = Field(description="Eligible provisions with a formula but no amount yet (inputs missing)")


class MatchResult(BaseModel):
    profile: dict[str, Any]
    today: date
    provisions: list[ProvisionMatch]
    totals: Totals


def match(profile: ProjectProfile, provisions: IncentiveCatalogue, calculators: Catalogue, corpus: Corpus, today: date) -> MatchResult:
    """Every provision judged against ``profile`` on ``today``, grouped by level then topic."""
    matches = [_judge(p, profile, calculators, corpus, today) for p in provisions.provisions]
    order = {p.id: i for i, p in enumerate(provisions.provisions)}
    matches.sort(key=lambda m: (LEVELS.index(m.level), _topic_rank(m.topic), order[m.id]))
    return MatchResult(
        profile=profile.model_dump(mode="json", exclude_none=True), today=today, provisions=matches, totals=_totals(matches, provisions)
    )


def _topic_rank(topic: str) -> int:
    return TOPICS.index(topic) if topic in TOPICS else len(TOPICS)


def _judge(provision: Provision, profile: ProjectProfile, calculators: Catalogue, corpus: Corpus, today: date) -> ProvisionMatch:
    conditions = [_judge_condition(c, profile) for c in provision.conditions]
    metes = [c.met for c in conditions]
    status: Status = "not_eligible" if False in metes else "unknown" if None in metes else "eligible"
    asked = [f for c in conditions if c.met is None for f in _unknown_fields(c)]
    amount, note = None, None
    if provision.amount is not None and status != "not_eligible":
        missing = [f for f in _input_fields(provision.amount) if value_at(profile, f) is None]
        if missing:
            asked += missing
            note = "缺少计算所需的信息"
        else:
            amount, note = _amount(provision.amount, provision.per, profile, calculators)
    clauses = [corpus.get(cid) for cid in provision.clause_ids]
    ends = [c.valid_until for c in clauses if c.valid_until is not None]
    valid_until = min(ends) if ends else None
    departments = list(dict.fromkeys(u for c in clauses for u in c.responsible_units))
    questions = [question_for(f) for f in dict.fromkeys(asked)]
    return ProvisionMatch(
        id=provision.id,
        clause_ids=provision.clause_ids,
        title=provision.title,
        title_en=provision.title_en,
        level=provision.level,
        topic=provision.topic,
        part=provision.part,
        status=status,
        conditions=conditions,
        amount=amount,
        amount_note=note,
        grant=provision.grant or None,
        grant_en=provision.grant_en or None,
        valid_until=valid_until,
        expired=period_ended(valid_until, today),
        departments=departments,
        ask=[q[0] for q in questions],
        ask_en=[q[1] for q in questions],
        group=provision.group,
    )


def _judge_condition(condition: Condition, profile: ProjectProfile) -> ConditionResult:
    """One condition judged; an any_of is met when one alternative is, not met when all are not, else unknown."""
    if condition.op == "any_of":
        subs = [_judge_condition(sub, profile) for sub in condition.any_of or []]
        metes = [s.met for s in subs]
        met: bool | None = True if True in metes else None if None in metes else False
        return ConditionResult(
            text=condition.text,
            text_en=condition.text_en,
            met=met,
            field=condition.field,
            clause_id=condition.clause_id,
            quote=condition.quote,
            any_of=subs,
        )
    return ConditionResult(
        text=condition.text,
        text_en=condition.text_en,
        met=_met(condition, value_at(profile, condition.field)),
        field=condition.field,
        clause_id=condition.clause_id,
        quote=condition.quote,
    )


def _unknown_fields(result: ConditionResult) -> list[str]:
    """The profile fields whose answers would settle an unknown condition."""
    if result.any_of is None:
        return [result.field] if result.met is None else []
    return [f for sub in result.any_of if sub.met is None for f in _unknown_fields(sub)]


def _met(condition: Condition, value: Any) -> bool | None:
    if value is None:
        return None
    op, target = condition.op, condition.value
    if op == "true":
        return value is True
    if op == "eq":
        return value == target
    if op == "in":
        return value in target
    if op == "has":
        if isinstance(value, dict):
            return any(v > 0 for v in value.values()) if target is None else value.get(target, 0) > 0
        return target in value
    if isinstance(value, date):
        bound: Any = date.fromisoformat(str(target))
    else:
        try:
            value, bound = Decimal(str(value)), Decimal(str(target))
        except InvalidOperation:
            return None
    return value >= bound if op == "ge" else value <= bound


def _input_fields(spec: AmountSpec) -> list[str]:
    """The fields an amount needs (a table field counts as given when the table is)."""
    return spec.fields()


def _amount(
    spec: AmountSpec, per: Literal["once", "year"], profile: ProjectProfile, calculators: Catalogue
) -> tuple[AmountResult | None, str | None]:
    if spec.fixed is not None or spec.rates is not None:
        return _stated(spec, per, profile)
    try:
        low, high, steps, clause_ids = _calculate(spec, profile, calculators)
    except _NoLines:
        return None, "资料中没有该政策涵盖的项目"
    except CalculatorError as exc:
        return None, str(exc)
    if spec.minus is not None:
        try:
            m_low, m_high, m_steps, m_ids = _calculate(spec.minus, profile, calculators)
        except (CalculatorError, _NoLines) as exc:
            return None, str(exc)
        low, high = low - m_high, high - m_low
        steps = steps + m_steps + [f"差额 {plain(low)}" + (f"至{plain(high)}" if high != low else "") + " 元"]
        clause_ids = list(dict.fromkeys(clause_ids + m_ids))
    return AmountResult(
        low=plain(low), high=plain(high), unit="元", per=per, kind=spec.kind, tool=spec.calculator, steps=steps, clause_ids=clause_ids
    ), None


def _stated(spec: AmountSpec, per: Literal["once", "year"], profile: ProjectProfile) -> tuple[AmountResult | None, str | None]:
    """A sum the guide states outright: once, per unit, or per entry of a table (rates); times the stated periods
    when it is paid by the month or year (3000元/月 × 24个月), the total reported with the step shown."""
    if spec.rates is not None:
        table = value_at(profile, spec.per_unit_field or "") or {}
        lines = [(key, spec.rates[key], Decimal(count)) for key, count in table.items() if key in spec.rates and count > 0]
        if not lines:
            return None, "资料中没有该政策涵盖的项目"
    else:
        assert spec.fixed is not None
        count = Decimal(value_at(profile, spec.per_unit_field)) if spec.per_unit_field else Decimal(1)
        lines = [("", spec.fixed, count)]
    times = Decimal(spec.periods.value) if spec.periods else Decimal(1)
    low = high = Decimal(0)
    steps: list[str] = []
    for key, rate, count in lines:
        low += rate.yuan() * count * times
        high += rate.yuan_high() * count * times
        words = (f"{key} " if key else "") + rate.words() + (f"/{spec.periods.unit.removeprefix('个')}" if spec.periods else "")
        if spec.per_unit_field:
            words += f" × {plain(count)}"
        if spec.periods:
            words += f" × {spec.periods.value}{spec.periods.unit}"
        steps.append(words)
    if len(steps) > 1 or spec.per_unit_field or spec.periods:
        steps.append(f"合计 {plain(low)}" + (f"至{plain(high)}" if high != low else "") + " 元")
    stated = [rate for _, rate, _ in lines] + ([spec.periods] if spec.periods else [])
    return AmountResult(
        low=plain(low),
        high=plain(high),
        unit="元",
        per=per,
        kind=spec.kind,
        steps=steps,
        clause_ids=list(dict.fromkeys(q.clause_id for q in stated)),
        quote="；".join(dict.fromkeys(q.quote for q in stated)),
    ), None


class _NoLines(ValueError):
    """A table field that holds none of the entries the calculator covers."""


def _calculate(spec: AmountSpec, profile: ProjectProfile, calculators: Catalogue) -> tuple[Decimal, Decimal, list[str], list[str]]:
    args: dict[str, Any] = {name: _input_value(profile, s) for name, s in spec.inputs.items()}
    if spec.lines is not None:
        table = value_at(profile, spec.lines.field) or {}
        entries = [(spec.lines.keys[k], v) for k, v in table.items() if k in spec.lines.keys and v > 0]
        if not entries:
            raise _NoLines(spec.lines.field)
        args[spec.lines.choice] = [choice for choice, _ in entries]
        args[spec.lines.quantity] = [Decimal(v) for _, v in entries]
    calc = calculators.run(spec.calculator or "", args)
    result = calc.result
    low, high = (Decimal(result["low"]), Decimal(result["high"])) if isinstance(result, dict) else (Decimal(result), Decimal(result))
    return low, high, calc.steps, calc.clause_ids


def _input_value(profile: ProjectProfile, source: Input) -> Any:
    if source.field is None:
        return source.value
    value = value_at(profile, source.field)
    return f"{plain(Decimal(value))}{source.unit}" if source.unit and value is not None else value


def _totals(matches: list[ProvisionMatch], provisions: IncentiveCatalogue) -> Totals:
    counted = [m for m in matches if m.status == "eligible" and m.amount is not None and m.amount.kind == "benefit"]
    expired_out = [m.id for m in counted if m.expired]
    counted = [m for m in counted if not m.expired]
    outcomes: list[GroupOutcome] = []
    by_id = {m.id: m for m in matches}
    by_provision = provisions.by_id()
    for group in provisions.groups:
        members = [m for m in counted if m.id in group.provisions]
        if len(members) < 2:
            continue
        kept = max(members, key=lambda m: (Decimal(m.amount.high), Decimal(m.amount.low)))  # type: ignore[union-attr]
        dropped = [m.id for m in members if m is not kept]
        for mid in dropped:
            by_id[mid].excluded_by = group.id
        outcomes.append(
            GroupOutcome(
                id=group.id,
                text=group.text,
                text_en=group.text_en,
                clause_id=group.clause_id,
                quote=group.quote,
                kept=kept.id,
                dropped=dropped,
            )
        )
    counted = [m for m in counted if m.excluded_by is None]
    sums = {"once": [Decimal(0), Decimal(0)], "year": [Decimal(0), Decimal(0)]}
    for m in counted:
        assert m.amount is not None
        sums[m.amount.per][0] += Decimal(m.amount.low)
        sums[m.amount.per][1] += Decimal(m.amount.high)
    unknown = [
        m.id
        for m in matches
        if m.status == "eligible"
        and m.amount is None
        and m.amount_note is not None
        and by_provision[m.id].amount is not None
        and by_provision[m.id].amount.kind == "benefit"
    ]  # type: ignore[union-attr]
    return Totals(
        once=Span(low=plain(sums["once"][0]), high=plain(sums["once"][1])),
        year=Span(low=plain(sums["year"][0]), high=plain(sums["year"][1])),
        counted=[m.id for m in counted],
        groups=outcomes,
        expired_left_out=expired_out,
        amounts_unknown=unknown,
    )
