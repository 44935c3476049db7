"""Provisions as data: ``corpus/incentives.json``. Each provision names its clauses, its conditions
(each quoted verbatim from the clause that states it), how its amount is computed (a calculator of
``corpus/calculators.json`` fed from profile fields, a fixed sum quoted from the guide, or none for a
price level, a priority or an exemption) and the no-stacking group it belongs to.

:func:`load_provisions` checks the file's own consistency (calculator names and inputs, profile
fields); :func:`check_provisions` checks it against the guide (clause ids, levels, verbatim quotes)."""

from __future__ import annotations

import json
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, model_validator

from assistant.calculators.catalogue import Catalogue, default_catalogue
from assistant.calculators.check import numbers_in
from assistant.guide.corpus import Corpus, UnknownClauseError
from assistant.guide.text import squash
from assistant.incentives.profile import known_path
from assistant.quantities import parse_span
from assistant.settings import resources_dir

PROVISIONS_PATH = resources_dir() / "corpus" / "incentives.json"
LEVELS = ("国家级", "自治区级", "市级", "旗级")
Op = Literal["eq", "in", "ge", "le", "has", "true", "any_of"]


class ProvisionError(ValueError):
    """``corpus/incentives.json`` is malformed or disagrees with the calculators, the profile or the guide."""


class Condition(BaseModel):
    """One condition of a provision, as the guide states it."""

    field: str = Field("", description="The profile field it reads (``talents.D`` for one entry of a table field); empty for any_of")
    op: Op = Field(
        description="eq: equals value; in: one of value; ge/le: at least / at most value; has: the list holds value; true: is true; "
        "any_of: one of the sub-conditions in any_of (the guide's 或 / 之一 / a definition listing several kinds)"
    )
    value: Any = Field(None, description="What the field is compared with (a number as a string, a date as YYYY-MM-DD)")
    text: str = Field(description="The condition in words, in Chinese")
    text_en: str = Field(description="The condition in words, in English")
    clause_id: str = Field(description="The clause that states the condition")
    quote: str = Field(description="Verbatim words of that clause (whitespace may differ)")
    any_of: list[Condition] | None = Field(
        None,
        description="With op any_of: the alternatives, each with its own clause and quote; met when one is met, "
        "not met when all are not met, unknown otherwise",
    )

    @model_validator(mode="after")
    def _field_of_alternatives(self) -> Condition:
        """An any_of without a field of its own reads its first alternative's field (for the question to ask first)."""
        if self.op == "any_of" and not self.field and self.any_of:
            self.field = self.any_of[0].field
        return self

    def leaves(self) -> list[Condition]:
        """This condition, or the sub-conditions of an any_of (recursively)."""
        if self.op != "any_of":
            return [self]
        return [leaf for sub in self.any_of or [] for leaf in sub.leaves()]

    def quoted(self) -> list[Condition]:
        """This condition and every sub-condition, each of which carries a quote."""
        return [self] + [q for sub in self.any_of or [] for q in sub.quoted()]


class Quoted(BaseModel):
    """A sum the guide states outright."""

    value: str = Field(description="Exact decimal in the unit below (the low end of a range)")
    high: str | None = Field(None, description="The high end, when the guide states a range (5万—40万元)")
    unit: Literal["元", "万元"] = Field(description="元 or 万元")
    clause_id: str
    quote: str = Field(description="Verbatim words of the clause that state the value")

    def yuan(self) -> Decimal:
        return Decimal(self.value) * (10000 if self.unit == "万元" else 1)

    def yuan_high(self) -> Decimal:
        return Decimal(self.high or self.value) * (10000 if self.unit == "万元" else 1)

    def words(self) -> str:
        return f"{self.value}{'—' + self.high if self.high else ''}{self.unit}"


class Periods(BaseModel):
    """How many months or years a monthly or yearly sum is paid for, as the guide states it (最长补贴24个月)."""

    value: str = Field(description="Exact number of periods")
    unit: Literal["个月", "年"]
    clause_id: str
    quote: str = Field(description="Verbatim words of the clause that state the number")


class Input(BaseModel):
    """One calculator input: a profile field, or a constant the provision fixes (a choice, a standard rate)."""

    field: str | None = Field(None, description="The profile field that gives the input")
    value: str | None = Field(None, description="A constant input (the choice this provision is about, a standard rate)")
    unit: str | None = Field(
        None, description="With field: the unit the profile states it in, when not the calculator's default (平方米 for an area read in 亩)"
    )


class Lines(BaseModel):
    """Several lines at once from a table field of the profile: one per entry the calculator knows."""

    field: str = Field(description="The table field (crop_areas_mu, talents …)")
    choice: str = Field(description="The calculator's choice input the entry's key fills")
    quantity: str = Field("quantity", description="The calculator input the entry's value fills")
    keys: dict[str, str] = Field(description="Profile key → the calculator's choice")


class AmountSpec(BaseModel):
    """How the amount is computed: exactly one of calculator or fixed."""

    kind: Literal["benefit", "cost"] = Field(
        "benefit",
        description="benefit: money received or saved (added to the totals); cost: a price the investor pays (shown, not added)",
    )
    calculator: str | None = Field(None, description="A calculator name from corpus/calculators.json")
    inputs: dict[str, Input] = Field(default_factory=dict, description="Calculator input → where it comes from")
    lines: Lines | None = None
    minus: AmountSpec | None = Field(
        None, description="A second calculation subtracted from the first (a saving against a reference price)"
    )
    fixed: Quoted | None = Field(None, description="A fixed sum stated by the guide")
    rates: dict[str, Quoted] | None = Field(
        None, description="Fixed sums by entry of the table field per_unit_field (博士 → 3000元/月): one line per entry the profile gives"
    )
    per_unit_field: str | None = Field(
        None, description="With fixed: the profile field counting the units the sum is paid for; with rates: the table field"
    )
    periods: Periods | None = Field(
        None, description="With fixed or rates: a monthly or yearly sum paid over the stated periods; the amount is the total"
    )

    def quoted(self) -> list[tuple[str, Quoted | Periods]]:
        """(where, item) for every sum or number the guide states outright in this amount."""
        found: list[tuple[str, Quoted | Periods]] = [("", self.fixed)] if self.fixed else []
        found += [(f".rates[{key}]", rate) for key, rate in (self.rates or {}).items()]
        return found + ([(".periods", self.periods)] if self.periods else [])

    def fields(self) -> list[str]:
        found = [i.field for i in self.inputs.values() if i.field]
        if self.lines:
            found.append(self.lines.field)
        if self.per_unit_field:
            found.append(self.per_unit_field)
        return found + (self.minus.fields() if self.minus else [])


class Provision(BaseModel):
    id: str = Field(description="Stable slug")
    title: str = Field(description="Title in Chinese")
    title_en: str
    level: Literal["国家级", "自治区级", "市级", "旗级"]
    topic: str = Field(description="land_utilities, agriculture, industry, services, talent, science_technology, tax")
    part: str = Field(description="The part of the guide (第一篇 … 第六篇)")
    clause_ids: list[str] = Field(min_length=1, description="The clauses the provision rests on, the granting one first")
    conditions: list[Condition] = Field(default_factory=list)
    amount: AmountSpec | None = Field(None, description="None: a grant without a formula (price level, priority, exemption)")
    grant: str = Field("", description="What is granted, in Chinese, when there is no amount")
    grant_en: str = ""
    per: Literal["once", "year"] = "once"
    group: str | None = Field(None, description="The no-stacking group it belongs to")


class StackingRule(BaseModel):
    """Provisions of which only the highest is granted (不重复享受, 就高)."""

    id: str
    provisions: list[str] = Field(min_length=2)
    text: str
    text_en: str
    clause_id: str
    quote: str


class IncentiveCatalogue(BaseModel):
    provisions: list[Provision]
    groups: list[StackingRule] = Field(default_factory=list)

    def by_id(self) -> dict[str, Provision]:
        return {p.id: p for p in self.provisions}


def load_provisions(path: Path = PROVISIONS_PATH, calculators: Catalogue | None = None) -> IncentiveCatalogue:
    """The provisions at ``path``, checked against the calculators and the profile (see :func:`consistency`)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProvisionError(f"no provisions at {path}") from None
    except ValueError as exc:
        raise ProvisionError(f"{path}: not JSON ({exc})") from None
    try:
        catalogue = IncentiveCatalogue.model_validate(data)
    except ValidationError as exc:
        raise ProvisionError(f"{path}: " + "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())) from None
    problems = consistency(catalogue, calculators or default_catalogue())
    if problems:
        raise ProvisionError(f"{path}: " + "; ".join(problems))
    return catalogue


def consistency(catalogue: IncentiveCatalogue, calculators: Catalogue) -> list[str]:
    """Ids unique; every calculator exists and gets each input it needs; every field names a real profile field."""
    problems: list[str] = []
    ids = [p.id for p in catalogue.provisions]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"duplicate provision id {dup!r}")
    for provision in catalogue.provisions:
        where = provision.id
        for top in provision.conditions:
            for condition in top.quoted():
                if condition.op == "any_of":
                    if len(condition.any_of or []) < 2:
                        problems.append(f"{where}: any_of needs at least two alternatives ({condition.text})")
                    continue
                if condition.any_of:
                    problems.append(f"{where}: {condition.field} has alternatives but op {condition.op!r}, not any_of")
                if not known_path(condition.field):
                    problems.append(f"{where}: condition on unknown profile field {condition.field!r}")
                if condition.op in ("ge", "le") and condition.value is None:
                    problems.append(f"{where}: {condition.field} {condition.op} needs a value")
        if provision.amount is not None:
            problems += _amount_problems(where, provision.amount, calculators)
    known = set(ids)
    for group in catalogue.groups:
        for member in group.provisions:
            if member not in known:
                problems.append(f"group {group.id}: unknown provision {member!r}")
            elif catalogue.by_id()[member].group != group.id:
                problems.append(f"group {group.id}: provision {member!r} does not name the group")
    for provision in catalogue.provisions:
        if provision.group and provision.group not in {g.id for g in catalogue.groups}:
            problems.append(f"{provision.id}: unknown group {provision.group!r}")
    return problems


def _amount_problems(where: str, amount: AmountSpec, calculators: Catalogue) -> list[str]:
    problems = [f"{where}: amount from unknown profile field {f!r}" for f in amount.fields() if not known_path(f)]
    if sum(x is not None for x in (amount.calculator, amount.fixed, amount.rates)) != 1:
        return problems + [f"{where}: an amount needs exactly one of calculator, fixed or rates"]
    if amount.rates is not None:
        if not amount.per_unit_field:
            return problems + [f"{where}: rates need per_unit_field, the table field they are paid by"]
        table = amount.per_unit_field
        return problems + [f"{where}: {table} has no entry {key!r}" for key in amount.rates if not known_path(f"{table}.{key}")]
    if amount.fixed is not None:
        return problems
    spec = calculators.specs.get(amount.calculator or "")
    if spec is None:
        return problems + [f"{where}: unknown calculator {amount.calculator!r}"]
    given = set(amount.inputs) | ({amount.lines.choice, amount.lines.quantity} if amount.lines else set())
    for name in sorted(given - set(spec.inputs)):
        problems.append(f"{where}: calculator {spec.name} has no input {name!r}; it takes {', '.join(spec.inputs)}")
    for name, source in amount.inputs.items():
        if (source.field is None) == (source.value is None):
            problems.append(f"{where}: input {name!r} needs exactly one of field or value")
    if amount.lines:
        choices = spec.inputs.get(amount.lines.choice)
        for key, choice in amount.lines.keys.items():
            if choices is not None and choice not in choices.choices:
                problems.append(f"{where}: {spec.name}.{amount.lines.choice} has no choice {choice!r}")
            if not known_path(f"{amount.lines.field}.{key}"):
                problems.append(f"{where}: {amount.lines.field} has no entry {key!r}")
    if amount.minus is not None:
        problems += _amount_problems(f"{where} (minus)", amount.minus, calculators)
    return problems


def quoted_items(catalogue: IncentiveCatalogue) -> list[tuple[str, str, str]]:
    """(where, clause_id, quote) for every quote in the file."""
    items: list[tuple[str, str, str]] = []
    for provision in catalogue.provisions:
        for n, top in enumerate(provision.conditions):
            for m, condition in enumerate(top.quoted()):
                where = f"{provision.id}.conditions[{n}]" + (f".any_of[{m - 1}]" if m else "")
                items.append((where, condition.clause_id, condition.quote))
        amount = provision.amount
        if amount is not None:
            for where, quoted in amount.quoted():
                items.append((f"{provision.id}.amount{where}", quoted.clause_id, quoted.quote))
    items += [(f"group {g.id}", g.clause_id, g.quote) for g in catalogue.groups]
    return items


def check_provisions(catalogue: IncentiveCatalogue, corpus: Corpus) -> list[str]:
    """Against the guide: every clause exists; the level is the granting clause's; every quote is in its clause;
    a fixed sum is stated by its quote; a condition's clause is one of the provision's clauses."""
    problems: list[str] = []
    for provision in catalogue.provisions:
        for clause_id in provision.clause_ids:
            try:
                corpus.get(clause_id)
            except UnknownClauseError as exc:
                problems.append(f"{provision.id}: {exc}")
        if provision.clause_ids[0] in corpus.by_id and corpus.get(provision.clause_ids[0]).level != provision.level:
            problems.append(
                f"{provision.id}: level {provision.level}, but {provision.clause_ids[0]} is {corpus.get(provision.clause_ids[0]).level}"
            )
        for condition in (q for top in provision.conditions for q in top.quoted()):
            if condition.clause_id not in provision.clause_ids:
                problems.append(f"{provision.id}: condition clause {condition.clause_id} is not among its clause_ids")
        for where, stated in provision.amount.quoted() if provision.amount else []:
            for number in [stated.value] + ([stated.high] if isinstance(stated, Quoted) and stated.high else []):
                if parse_span(number) is None:
                    problems.append(f"{provision.id}.amount{where}: not a number: {number!r}")
                elif Decimal(number) not in numbers_in(stated.quote):
                    problems.append(f"{provision.id}.amount{where}: the quote does not state {number}: {stated.quote!r}")
    for where, clause_id, quote in quoted_items(catalogue):
        try:
            clause = corpus.get(clause_id)
        except UnknownClauseError:
            problems.append(f"{where}: unknown clause {clause_id}")
            continue
        if not quote.strip() or squash(quote) not in squash(clause.text):
            problems.append(f"{where}: quote not in {clause_id}: {quote!r}")
    return problems


@lru_cache(maxsize=1)
def default_provisions() -> IncentiveCatalogue:
    return load_provisions()
