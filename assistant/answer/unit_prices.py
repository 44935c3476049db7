"""Amounts at a unit price: the quantity a question states times the price per its unit a provision states.

"Our household used 200 cubic metres of gas, all within the first tier: what's the bill?" over
"居民用气：第一档价格：2.06 元/立方米" is 200立方米 × 2.06元/立方米 = 412元; "processed 500 more
tonnes of raw milk: what's the total subsidy?" over "每增加 1吨补贴 200 元" is 500吨 × 200元 = 10万元.
The principle: when a question states one quantity of a measure (立方米, 吨, 度, 亩, 平方米) and asks
how much money, and the provision found for it charges or pays a price per that measure, the amount
is the quantity times the price.

A price is written with its unit ("2.06 元/立方米", "0.401元/度") or per one unit before the amount
("每亩补贴 1000 元", "每增加 1吨补贴 200 元"). A quantity the question states as a threshold
("种了 600亩以上") is a condition it meets, not a quantity to price; a question stating a percentage
asks about it. A cap the same tier states after the price ("最高不超过 50 万元") limits the result
and is said. When two prices of different values fit about as well, nothing is computed: the answer
quotes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from assistant.answer.compose import asked_grade, covers_voltage, implied_per, is_condition, tier_grade, volts_asked
from assistant.answer.extractive import QuestionTerms
from assistant.answer.question import Question, years_run
from assistant.answer.sentences import STRETCH_MARKS, TIER_MARKS, around
from assistant.answer.shares import cap_after, covered_provisions, stated_as_threshold, unrivalled
from assistant.models import Calculation, Clause
from assistant.quantities import Figure, Unit, figures, money_text, normalise, plain, unit_named

# How much better the price computed must fit than any other price of another value (the clauses
# read and the words a provision must state are the shares' own: see covered_provisions).
MARGIN = 0.05

# The measures a quantity is priced by.
MEASURES = frozenset({"volume", "weight", "energy", "area"})
# "每亩补贴", "每增加 1吨补贴", "每收购一吨": an amount per one unit, written before it in its stretch.
PER_ONE_UNIT = re.compile(
    # "每增加 1吨", "每综合利用 1吨": what is done, then one unit
    r"每(?:[\u4e00-\u9fff]{1,4}?\s*(?:1|一)|(?:1|一)?)\s*"
    r"(?P<unit>万立方米|立方米|立方|万吨|吨|万千瓦时|千瓦时|万度|度|万亩|亩|平方米|平米)"
    r"[^，,；;。\d]{0,10}$"
)

# A price paid each year per its unit: "每亩每年", "每年每亩", right before the figure.
_YEARLY = re.compile(r"(?:每年每|每[\u4e00-\u9fff]{1,2}每年)[^，,；;。\d]{0,8}$")


@dataclass
class Price:
    clause: Clause
    figure: Figure
    per: Unit  # the unit the price is per
    yuan: Decimal  # the price in 元 per one ``per``
    after: str  # the provision's words from the price to the end of its tier
    score: float
    yearly: bool = False  # paid each year ("每亩每年奖励 100 元", "每年每亩 7.45 元")


@dataclass
class UnitPriceCalculator:
    """Prices the quantity a question states at the price per its unit of the provision it is about."""

    tokenize: Callable[[str], list[str]]  # the guide's tokens of a text, English translated

    def __call__(self, question: Question, clauses: Sequence[Clause], terms: QuestionTerms) -> Calculation | None:
        if not any(p.slot in ("amount", "price") for p in question.parts):
            return None
        text = normalise(question.text)
        found = [f for f in figures(text, question=True, described=True) if f.reads_as_quantity]
        measured = [f for f in found if f.dimension in MEASURES and f.unit is not None]
        if len(measured) != 1 or any(f.dimension == "percent" for f in found):
            return None
        quantity = measured[0]
        if stated_as_threshold(text, quantity):
            return None
        price = self._price(clauses, terms, quantity.unit, asked_grade(question.text), quantity,  # type: ignore[arg-type]
                            volts_asked(question.text))
        if price is None:
            return None
        amount = quantity.value / price.per.factor  # in the price's own unit ("平方米" priced per 平方米)
        value = amount * price.yuan
        zh = question.lang == "zh"
        shown_price = f"{money_text(price.yuan)}/{price.per.name}"
        steps = [f"{plain(amount)}{price.per.name} × {shown_price} = {money_text(value)}"]
        cap = cap_after(price.after)
        if cap is not None and cap < value:
            value = cap
            steps.append(f"{'最高不超过' if zh else 'capped at'} {money_text(cap)}")
        inputs = {"quantity": plain(amount), "unit": price.per.name, "price": plain(price.yuan)}
        if price.yearly and (years := years_run(question.text)):
            # "…每亩每年奖励 100 元" over "What total reward does it get over the 3 years?": each year's amount, times the years
            steps.append(f"{money_text(value)} × {years}年 = {money_text(value * years)}")
            value *= years
            inputs["years"] = str(years)
        return Calculation(
            tool="unit_price",
            inputs=inputs,
            steps=steps,
            result=plain(value),
            unit="元",
            clause_ids=[price.clause.clause_id],
        )

    def _price(self, clauses: Sequence[Clause], terms: QuestionTerms, measure: Unit, grade: int | None = None,
               quantity: Figure | None = None, volts: set[Decimal] | frozenset[Decimal] = frozenset()) -> Price | None:
        """The price per a unit of ``measure``'s dimension of the best-fitting provision, unless
        another price of another value fits about as well; with the ``grade`` a question names
        ("全按第一档算", "all within the first tier"), a price its tier states for another grade is none;
        with the ``volts`` it names ("a sub-1kV connection"), a price on a line for other voltages is none;
        a price its tier pays only above a threshold of the ``quantity``'s measure that it does not reach
        ("对年节能量 2000 吨标准煤以上…每节约 1吨标准煤给予 200 元" of 1500吨) is none for it."""
        total = terms.total or 1.0
        found: list[Price] = []

        def priced_in(clause: Clause, text: str) -> list[tuple[Figure, Unit]]:
            # (a bare 元 under a heading naming a kind of price is per its unit: "5.电价 › 居民：二档0.465元" is 元/度,
            # unless the provision writes its price with the unit: "4.05 元/吨（含污水处理费 0.95 元…）" prices by 4.05)
            found = figures(text)
            written = any(f.unit is not None and f.unit.dimension == "price" for f in found)
            implied = unit_named(unit) if (unit := implied_per(clause)) and not written else None
            return [(f, per) for f in found if (per := _per_unit(text, f, implied)) is not None
                    and per.dimension == measure.dimension and not is_condition(text, f.start, f.unit_end)]

        for rank, clause, text, coverage, priced in covered_provisions(clauses, terms, self.tokenize, find_in=priced_in):
            for f, per in priced:
                seg_start, seg_end = around(text, f.start, f.end, STRETCH_MARKS)
                tier_start, tier_end = around(text, f.start, f.end, TIER_MARKS)
                if grade is not None and tier_grade(text[tier_start : f.start]) not in (None, grade):
                    continue
                if quantity is not None and _unmet(text, tier_start, f.start, quantity):
                    continue
                if volts:
                    # (the line of the clause's table the figure stands on: "1-10KV：…二档 0.455 元" prices no sub-1kV connection)
                    tier = text[tier_start:tier_end].strip()
                    line = next((ln for ln in normalise(clause.text).split("\n") if tier and tier in ln), text)
                    if not any(covers_voltage(line, tier, v) for v in volts):
                        continue
                local = terms.overlap(self.tokenize(text[seg_start:seg_end])) / total
                yuan = f.number * (unit_named(f.unit.name.split("/")[0]).factor if f.unit else 1)  # type: ignore[union-attr]
                yearly = bool(_YEARLY.search(text[seg_start : f.start]))
                found.append(Price(clause, f, per, yuan, text[f.unit_end : tier_end], (coverage + local) * 0.95**rank, yearly))
        return unrivalled(found, lambda p: p.yuan / p.per.factor, MARGIN)


def _per_unit(text: str, f: Figure, implied: Unit | None = None) -> Unit | None:
    """The measure a money figure is a price per: its own unit ("2.06 元/立方米"), one unit the
    words before it in its stretch name ("每增加 1吨补贴 200 元"), or for a bare 元 the unit its clause's
    headings price by (``implied``); None for any other figure."""
    if f.unit is None or f.currency_sign:
        return None
    if f.unit.dimension == "price":
        per = unit_named(f.unit.name.split("/", 1)[1])
        return per if per is not None and per.dimension in MEASURES else None
    if f.unit.dimension != "money":
        return None
    start, _ = around(text, f.start, f.end, STRETCH_MARKS)
    m = PER_ONE_UNIT.search(text[start : f.start])
    if m:
        return unit_named(m.group("unit"))
    return implied if f.unit.name == "元" else None


def _unmet(text: str, start: int, end: int, quantity: Figure) -> bool:
    """Does ``text[start:end]`` set a threshold of ``quantity``'s measure ("2000 吨标准煤以上") it does not reach?"""
    return any(f.dimension == quantity.dimension and f.unit is not None and is_condition(text, f.start, f.unit_end)
               and f.value > quantity.value for f in figures(text[:end]) if f.start >= start)
