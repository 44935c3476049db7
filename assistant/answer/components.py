"""Included fees: the fees a price includes, as the guide writes them after it.

"居民生活用水：4.05 元/吨（含污水处理费 0.95 元和水资源费 0.1 元）" prices a tonne of household water at 4.05 元,
of which 0.95 元 is the sewage treatment fee and 0.1 元 the water resource fee. The principle: a question naming a
fee a price includes asks that fee's part of what is paid. With a quantity in the price's unit ("a household uses
12 tonnes… how much is the sewage treatment fee?") it is the fee times the quantity (12吨 × 0.95元/吨 = 11.4元);
asking what is left once fees are taken out ("扣掉污水处理费和水资源费，纯水费是多少钱一吨？", "excluding the sewage fee
and water resource fee") it is the price less the fees named (all of them when none is named).

The price is the one a calculation of the turn already priced the quantity at (the bill, "12吨 × 4.05元/吨"), or
the one the question states ("Government offices pay 8.9 yuan per tonne…"); a price the question neither states nor
had priced is not guessed among the tables' several ones, and nothing is computed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from assistant.answer.question import Question
from assistant.models import Calculation, Clause
from assistant.quantities import figures, money_text, normalise, plain

# "（含污水处理费 0.95 元和水资源费 0.1 元）", "（含代收污水处理费 1.4 元和水资源费 2.5 元）": the fees right after a price.
_INCLUDED = re.compile(r"\s*[（(]\s*含(?P<body>[^）)]{2,80})[）)]")
_FEE = re.compile(r"(?:[和及与、]\s*)?(?:代收)?(?P<name>[\u4e00-\u9fff]{2,8}?费)\s*(?P<value>\d+(?:\.\d+)?)\s*元")
# What is left of a price once fees are taken out of it.
_EXCLUDING = re.compile(
    # ("once those two fees are taken out", "with the fees removed")
    r"扣掉|扣除|除去|去掉|刨去|刨除|不含|剔除|纯水费|\bexcluding\b|\bexclude[sd]?\b|\bnet of\b|"
    r"\b(?:tak(?:e|ing|en)|left|stripp?(?:ed)?) out\b|"
    r"\bremov(?:e|ed|ing)\b|\bsubtract(?:ed|ing)?\b|\bdeduct(?:ed|ing)?\b|"
    r"\bleft (?:after|once|when)\b|\bwithout the\b|\bminus\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FeesIncluded:
    clause: Clause
    price: Decimal  # in 元 per ``per``
    per: str  # the unit the price is per ("吨")
    fees: tuple[tuple[str, Decimal], ...]  # each fee the price includes, in 元 per ``per``


def fees_included(clauses: Sequence[Clause]) -> list[FeesIncluded]:
    """Every price of ``clauses`` written with the fees it includes."""
    out: list[FeesIncluded] = []
    for clause in clauses:
        if "含" not in clause.text:
            continue  # (most clauses include no fee: not read further)
        text = normalise(clause.text)
        for f in figures(text):
            if f.unit is None or f.unit.dimension != "price" or "/" not in f.unit.name or not f.unit.name.startswith("元"):
                continue
            included = _INCLUDED.match(text, f.unit_end)
            if included is None:
                continue
            fees = tuple((m.group("name"), Decimal(m.group("value"))) for m in _FEE.finditer(included.group("body")))
            if fees:
                out.append(FeesIncluded(clause, f.number, f.unit.name.split("/", 1)[1], fees))
    return out


@dataclass
class IncludedFeeCalculator:
    """A fee a price includes, for the quantity the question states, or the price less the fees taken out."""

    guide_words: Callable[[str], list[list[str]]]  # an English text's glossary guide words, one list per phrase

    def __call__(self, question: Question, clauses: Sequence[Clause], priced: Sequence[Calculation]) -> Calculation | None:
        candidates = fees_included(clauses)
        if not candidates:
            return None
        text = normalise(question.text)
        stated = [f for f in figures(text, question=True) if f.unit is not None]
        # the price: the one a calculation priced the quantity at, or the one the question states
        steps = " ".join(s for c in priced for s in c.steps)
        chosen = [c for c in candidates if re.search(rf"(?<![\d.]){re.escape(plain(c.price))}\s*元/{c.per}", steps)]
        if not chosen:
            chosen = [c for c in candidates if any(f.number == c.price and f.dimension in ("price", "money") for f in stated)]
        if len({(c.price, c.fees) for c in chosen}) != 1:
            return None
        found = chosen[0]
        named = [(name, value) for name, value in found.fees if self._names(question, name)]
        zh = question.lang == "zh"
        if _EXCLUDING.search(question.text):
            taken = named or list(found.fees)
            net = found.price - sum(v for _, v in taken)
            shown = " − ".join(f"{plain(v)}元（{name}）" for name, v in taken)
            step = f"{plain(found.price)}元/{found.per} − {shown} = {plain(net)}元/{found.per}"
            return Calculation(tool="included_fees", inputs={"price": plain(found.price), "fees": ", ".join(n for n, _ in taken)},
                               steps=[step], result=plain(net), unit=f"元/{found.per}", clause_ids=[found.clause.clause_id])
        quantity = next((f for f in stated if f.unit is not None and f.unit.name == found.per), None)
        if not named or quantity is None:
            return None
        lines = [f"{plain(quantity.number)}{found.per} × {plain(v)}元/{found.per}（{name}）= {money_text(quantity.number * v)}"
                 for name, v in named]
        total = sum(quantity.number * v for _, v in named)
        if len(named) > 1:
            lines.append(f"{'合计：' if zh else 'Total: '}{money_text(total)}")
        return Calculation(tool="included_fees", inputs={"quantity": plain(quantity.number), "fees": ", ".join(n for n, _ in named)},
                           steps=lines, result=plain(total), unit="元", clause_ids=[found.clause.clause_id])

    def _names(self, question: Question, fee: str) -> bool:
        """Does the question name ``fee`` ("污水处理费", "污水处理", "the sewage treatment fee")?"""
        if question.lang == "zh":
            return fee in question.text or fee[:-1] in question.text
        return any(fee in group for group in self.guide_words(question.text))  # ("water" is 水资源 too: the fee by name)
