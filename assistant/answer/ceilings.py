"""Cost ceilings: the most a cost of borrowing can come to, at the ceiling rate a provision sets on it.

"我们合作社贷款200万，按政策融资成本最高8%，一年利息及费用最多是多少钱？" over "按照融资成本最高不超过 8%
的标准，…提供 10万元—300万元的担保贷款" is 200万元 × 8% = 16万元; "What's the most a guarantee company may
charge in guarantee fees on a 2,000,000-yuan facility-agriculture loan?" over "设施农业贷款担保费率不高于 1%"
is 2万元. The principle: when a question states the sum borrowed, asks the most a cost of it may be, and names
that cost in the words a provision found for it sets a ceiling rate on (融资成本, 担保费), the answer is the sum
times the rate.

The cost must be named by both: a ceiling on another figure ("保费补贴不超过 80%", a share paid, not a cost
charged) answers nothing. A question asking for the largest loan the provision offers ("顶格贷", "the maximum
guaranteed loan") borrows the high end of the loans its sentence states ("10万元—300万元的担保贷款"). The rate is
a year's: a question spreading the cost over several years is not computed. When the provisions found set
different ceilings on the cost, nothing is computed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from assistant.answer.question import Question
from assistant.answer.sentences import split_provisions
from assistant.models import Calculation, Clause
from assistant.quantities import PER_CENT, figures, money_text, normalise, parse_span, plain

# The costs of borrowing a ceiling is set on, in the guide's words, and how a question names each.
COSTS = {
    "担保费": re.compile(r"担保费|\bguarantee(?:\s+service)?\s+fees?\b", re.IGNORECASE),
    "融资成本": re.compile(r"融资成本|\bfinancing\s+costs?\b|\bcosts?\s+of\s+(?:financing|borrowing)\b", re.IGNORECASE),
}
# A ceiling rate set on a cost: "融资成本最高不超过 8%", "担保费率不高于 1%".
_CEILING = re.compile(r"(担保费|融资成本)率?[^，,。；;\d%]{0,6}?(?:最高|不超过|不高于|上限为?|控制在)+[^，,。；;\d%]{0,4}?"
                      r"(\d+(?:\.\d+)?)\s*%")
# The most asked of the cost.
_MOST_ASKED = re.compile(r"最多|最高|上限|封顶|顶多|\b(?:the\s+most|at\s+most|maximum|max|ceiling|cap|highest|upper\s+limit)\b",
                         re.IGNORECASE)
# The largest loan the provision offers asked for ("顶格贷", "the maximum guaranteed loan").
_LARGEST_LOAN = re.compile(r"顶格|最高额度|最大额度|贷满|\b(?:the\s+)?(?:maximum|largest|full|top)\s+(?:[\w-]+\s+){0,2}loans?\b",
                           re.IGNORECASE)
# A range of loans a provision offers: "提供 10万元—300万元的担保贷款".
_LOANS_OFFERED = re.compile(r"([\d.]+\s*万?元?\s*[—–~至到-]\s*[\d.]+\s*(?:万|亿)?元)[^，,。；;]{0,6}贷款")
# Several years asked ("over 3 years", "三年下来"): a year's rate does not say it.
_YEARS_ASKED = re.compile(r"(?:[两三四五六七八九十]|\d+)\s*年(?:下来|内|共|总)|\bover\s+(?:\d+|two|three|four|five)\s+years\b|"
                          r"\b(?:\d+|two|three|four|five)[- ]years?\s+(?:total|in total)\b", re.IGNORECASE)
# How many of the best clauses found are read.
CLAUSES_READ = 5


@dataclass(frozen=True)
class Ceiling:
    clause: Clause
    rate: Decimal  # percentage points
    sentence: str


def ceilings(clauses: Sequence[Clause], cost: str) -> list[Ceiling]:
    """The ceiling rates the sentences of ``clauses`` set on ``cost``."""
    out: list[Ceiling] = []
    for clause in clauses:
        for sentence in split_provisions(clause.text, 10_000):
            text = "".join(normalise(sentence.text).split())
            out += [Ceiling(clause, Decimal(m.group(2)), text) for m in _CEILING.finditer(text) if m.group(1) == cost]
    return out


def _loans_offered(sentence: str) -> Decimal | None:
    """The largest loan ``sentence`` offers ("10万元—300万元的担保贷款" → 3000000)."""
    m = _LOANS_OFFERED.search(sentence)
    span = parse_span(m.group(1)) if m else None
    return span[1] if span else None


@dataclass
class CostCeilingCalculator:
    """The most a cost of the sum a question borrows may come to, at the ceiling rate a provision sets on it."""

    def __call__(self, question: Question, clauses: Sequence[Clause]) -> Calculation | None:
        text = normalise(question.text)
        named = [cost for cost, words in COSTS.items() if words.search(text)]
        if len(named) != 1 or not _MOST_ASKED.search(text) or _YEARS_ASKED.search(text):
            return None
        cost = named[0]
        found = ceilings(clauses[:CLAUSES_READ], cost)
        if not found or len({c.rate for c in found}) != 1:
            return None  # no ceiling on that cost, or several: which one is meant is a guess
        ceiling = found[0]
        told = figures(text, question=True)
        if {f.number for f in told if f.dimension == "percent"} - {ceiling.rate}:
            return None  # the question names another rate than the provision's
        # (a sum borrowed may be said without 元: "贷款200万")
        sums = [f for f in told if f.dimension == "money" or (not f.unit and f.scale in ("万", "亿"))]
        borrowed = sums[0].number if len(sums) == 1 else None
        if borrowed is None and not sums and _LARGEST_LOAN.search(text):
            borrowed = _loans_offered(ceiling.sentence)
        if borrowed is None:
            return None
        value = borrowed * ceiling.rate * PER_CENT
        if question.lang == "zh":
            step = f"{money_text(borrowed)} × {cost}上限 {plain(ceiling.rate)}% = {money_text(value)}"
        else:
            step = f"{money_text(borrowed)} × ceiling on {cost} {plain(ceiling.rate)}% = {money_text(value)}"
        return Calculation(
            tool="cost_ceiling",
            inputs={"borrowed": plain(borrowed), "cost": cost, "rate": f"{plain(ceiling.rate)}%"},
            steps=[step],
            result=plain(value),
            unit="元",
            clause_ids=[ceiling.clause.clause_id],
        )
