"""Differences: by how much one figure a provision states exceeds another it states.

"居民用天然气第二档比第一档每方贵多少？" over "第一档价格：2.06 元/立方米；第二档价格：2.47 元/立方米" is
2.47 − 2.06 = 0.41 元/立方米; "如果有100方按二档算，比一档多花多少？" is that difference times the 100
立方米 the question states, 41 元. The principle: a question asking by how much two things differ ("差多少",
"贵多少", "how much more", "difference between") names both, and each is a figure its provision tells from
the provision's other figures of that kind by the words written just before it: 二档 of "一档0.415元；二档
0.465元；三档0.715元", 第二档 of 第一档价格 and 第二档价格 (or the grade an English question numbers, "the second
tier"). When exactly two figures of one kind are named so, their difference is the answer; a difference of
prices times the quantity of their measure the question states is what that quantity costs more.

Nothing is computed when no provision names two figures, or when two provisions giving different differences
fit about as well: the answer quotes the figures.

A question asking how far an amount it states falls short ("还差多少", "how far short are we of the Class E
threshold", "how much more revenue do we need") asks the threshold a provision sets for that amount less the
amount: "raised 25 million yuan in equity" against "获得股权投资 3000 万元（含）以上" is 500万元 short. The
threshold is a condition of the provision ("…以上", "达到…") of the amount's kind whose words before it share
words with what the question says the amount is (股权投资, 营业收入); a threshold the amount already meets is no
shortfall, and when two thresholds fit alike, nothing is computed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from assistant.answer.compose import (
    asked_talent_class,
    grades_named,
    implied_per,
    is_condition,
    strip_numbering,
    talent_classes,
    tier_grade,
)
from assistant.answer.extractive import QuestionTerms
from assistant.answer.question import SHORTFALL, Question, asks_difference, asks_shortfall
from assistant.answer.sentences import split_provisions
from assistant.answer.shares import amount_context, names_year, stated_as_threshold, unrivalled
from assistant.answer.totals import LEVEL_WORD, provision_terms
from assistant.models import Calculation, Clause
from assistant.quantities import Figure, figures, normalise, plain, scaled_text, unit_named
from assistant.search.glossary import default_glossary

# How many of the best clauses found are read, and the least share of the question's weighted words
# (with the clause's last two headings) a provision must state.
CLAUSES_READ = 3
MIN_COVERAGE = 0.25
HEADING_WEIGHT = 0.3
# How much better the difference computed must fit than another provision's different one.
MARGIN = 0.05
# The kinds of figure two of which may be compared.
_KINDS = frozenset({"money", "price", "percent", "energy", "weight", "volume", "area", "count"})
# Where a figure's label starts: after the last stop before it (or the figure before it).
_LABEL_STOP = re.compile(r"[，,；;。：:、\n（(）)]")
# The measures a price's difference is multiplied by the quantity of.
_MEASURES = frozenset({"volume", "weight", "energy", "area"})


@dataclass(frozen=True)
class Compared:
    figure: Figure
    label: str  # the words before it that tell it from the provision's other figures of its kind
    key: str  # its kind: a unit's name, or "money"


@dataclass(frozen=True)
class Difference:
    clause: Clause
    larger: Compared
    smaller: Compared
    per: str  # the measure a price is per ("立方米"), or ""
    score: float

    @property
    def value(self) -> Decimal:
        return self.larger.figure.value - self.smaller.figure.value


def _key(f: Figure, per: str | None) -> str:
    """The kind two figures must share to be compared: money (any scale), a unit's name, or a price
    per the unit the clause's headings price by ("一档0.415元" under 电价: 元/度)."""
    if f.unit is None or f.dimension not in _KINDS:
        return ""
    if f.dimension == "money":
        return f"元/{per}" if per and not f.scale else "money"
    return f.unit.name


def _label(text: str, f: Figure, bounds: Sequence[Figure]) -> str:
    """The words just before ``f``: from the last stop or the figure before it; a figure right after a
    colon is labelled by the words before the colon ("第二档价格：2.47 元/立方米")."""
    def since(end: int) -> int:
        return max([0, *(m.end() for m in _LABEL_STOP.finditer(text, 0, end)), *(g.unit_end for g in bounds if g.unit_end <= end)])

    start = since(f.start)
    label = text[start : f.start].strip()
    if not label and start > 0 and text[start - 1] in ":：":
        label = text[since(start - 1) : start - 1].strip()
    return label


def _distinct(labels: Sequence[str]) -> list[str]:
    """Each label without what all of them begin and end with, kept two characters long at least
    ("第一档价格", "第二档价格" → "一档", "二档"; "一档", "三档" → "一档", "三档")."""
    prefix = len(os.path.commonprefix(list(labels)))
    suffix = len(os.path.commonprefix([label[::-1] for label in labels]))
    out = []
    for label in labels:
        end = max(prefix, len(label) - suffix)
        core = label[prefix:end]
        if len(core) < 2:
            core = label[prefix : prefix + 2] if len(label) - prefix >= 2 else label[max(0, end - 2) : end]
        out.append(core)
    return out


# A word naming two sides, each in the words (the guide's, or an English question's) that name it: before a pair of
# figures ("城乡…达到 60840 元、27042 元") it gives the first to the first side and the second to the second.
TWO_SIDES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "城乡": (("城镇", "城市", "城区", "urban", "city", "town"), ("农村", "乡村", "农牧民", "rural", "countryside", "village")),
}

# The verb a label ends with before its figure ("…收入达到 60840 元").
_VERB_END = re.compile(r"(?:达到|达|为|是|约|共|超过)+$")

# Where an English coordinate clause starts: what an amount after it is said of is said after it.
_COORDINATE_EN = re.compile(r"\b(?:and|while|but|whereas)\b", re.IGNORECASE)


def _own_clause(text: str, f: Figure, amounts: Sequence[Figure]) -> str:
    """``text`` with what comes before ``f``'s own clause blanked (positions kept): since the figure before
    it and, in English, since the last coordinating word ("…450 million yuan revenue last year and our CTO
    earned 1.2 million yuan": "our CTO earned")."""
    start = max([0, *(g.unit_end for g in amounts if g.unit_end <= f.start)])
    joins = [m.end() for m in _COORDINATE_EN.finditer(text, start, f.start)]
    start = max([start, *joins])
    return " " * start + text[start:]


@dataclass(frozen=True)
class Shortfall:
    clause: Clause
    amount: Figure  # the question's
    threshold: Figure  # the provision's
    label: str
    score: float

    @property
    def value(self) -> Decimal:
        return self.threshold.value - self.amount.value


@dataclass
class DifferenceCalculator:
    """Subtracts the two figures of a provision a question asks the difference of."""

    tokenize: Callable[[str], list[str]]  # the guide's tokens of a text, English translated

    def __call__(self, question: Question, clauses: Sequence[Clause], terms: QuestionTerms) -> Calculation | None:
        if asks_shortfall(question.text):
            return self._shortfall(question, clauses, terms)
        if not asks_difference(question.text):
            return None
        names = default_glossary().render(question.text) if question.lang == "en" else question.text
        grades = grades_named(question.text)
        best = unrivalled(self._differences(clauses, terms, normalise(names), grades), lambda d: d.value, MARGIN)
        if best is None:
            return None
        larger, smaller = best.larger, best.smaller
        unit = "元" if larger.key == "money" else larger.key
        show = (lambda v: scaled_text(v, unit)) if unit else plain  # noqa: E731
        value = best.value
        difference = show(value)
        steps = [f"{larger.label} {show(larger.figure.value)} − {smaller.label} {show(smaller.figure.value)} = {difference}"]
        quantity = self._quantity(question, best.per)
        if quantity is not None:
            amount, per = quantity
            value = amount * best.value
            unit = "元"
            steps.append(f"{plain(amount)}{per} × {difference} = {scaled_text(value, unit)}")
        return Calculation(
            tool="difference",
            inputs={"larger": plain(larger.figure.value), "smaller": plain(smaller.figure.value)},
            steps=steps,
            result=plain(value),
            unit=unit,
            clause_ids=[best.clause.clause_id],
        )

    def _shortfall(self, question: Question, clauses: Sequence[Clause], terms: QuestionTerms) -> Calculation | None:
        """The threshold a provision sets for the amount the question states, less that amount."""
        text = normalise(question.text)
        amounts = [f for f in figures(text, question=True) if f.dimension in _KINDS and f.reads_as_quantity
                   and not names_year(text, f) and not stated_as_threshold(text, f)]
        said = {id(f): self._words(amount_context(_own_clause(text, f, amounts), f, question.lang)) for f in amounts}
        # a talent class asked ("the Class F criterion") is the class whose provisions set the threshold
        asked_class = asked_talent_class(question.text)
        cue = SHORTFALL.search(text)
        asked = self._words(re.split(r"[？?。.;；]", text[cue.start() :])[0]) if cue else set()
        total = terms.total or 1.0
        found: list[Shortfall] = []
        for rank, clause in enumerate(clauses[:CLAUSES_READ]):
            heading = self.tokenize(" ".join(clause.title_path[-2:]))
            if asked_class is not None and (classes := talent_classes(" ".join(clause.title_path))) and asked_class not in classes:
                continue
            for row in split_provisions(clause.text, 400):
                row_text = normalise(row.text)
                coverage = (terms.overlap(self.tokenize(row_text)) + HEADING_WEIGHT * terms.overlap(heading)) / total
                if coverage < MIN_COVERAGE:
                    continue
                bounds = [f for f in figures(row_text) if f.unit is not None]
                fits = []
                for threshold in bounds:
                    if not is_condition(row_text, threshold.start, threshold.unit_end):
                        continue
                    label = strip_numbering(_label(row_text, threshold, bounds))
                    named = self._words(label)
                    for amount in amounts:
                        if amount.dimension == threshold.dimension and threshold.value > amount.value and named & said[id(amount)]:
                            # (the amount whose thing the shortfall asks of first: "how much more revenue")
                            fits.append((len(named & asked), len(named & said[id(amount)]), amount, threshold, label))
                if fits:
                    fits.sort(key=lambda x: (-x[0], -x[1]))
                    _, _, amount, threshold, label = fits[0]
                    found.append(Shortfall(clause, amount, threshold, label, coverage * 0.95**rank))
        best = unrivalled(found, lambda s: s.value, MARGIN)
        if best is None:
            return None
        threshold, amount = best.threshold, best.amount
        unit = "元" if threshold.dimension == "money" else threshold.unit.name if threshold.unit else ""
        return Calculation(
            tool="shortfall",
            inputs={"threshold": plain(threshold.value), "amount": plain(amount.value)},
            steps=[f"{best.label} {scaled_text(threshold.value, unit)} − {scaled_text(amount.value, unit)} = "
                   f"{scaled_text(best.value, unit)}"],
            result=plain(best.value),
            unit=unit,
            clause_ids=[best.clause.clause_id],
        )

    def _words(self, text: str) -> set[str]:
        return {t for t in self.tokenize(text) if len(t) >= 2}

    def _differences(self, clauses: Sequence[Clause], terms: QuestionTerms, names: str, grades: set[int]) -> list[Difference]:
        """Each provision (or whole clause) of the best clauses in which the question names exactly two
        figures of one kind, with their difference's fit."""
        total = terms.total or 1.0
        out: list[Difference] = []
        for rank, clause in enumerate(clauses[:CLAUSES_READ]):
            heading = self.tokenize(" ".join(clause.title_path[-2:]))
            per = implied_per(clause)
            rows = [s.text for s in split_provisions(clause.text, 400)]
            for row in [*rows, clause.text] if len(rows) > 1 else rows:
                text = normalise(row)
                pair = self._named_pair(text, names, grades, per, clause)
                if pair is None:
                    continue
                coverage = (terms.overlap(self.tokenize(text)) + HEADING_WEIGHT * terms.overlap(heading)) / total
                if coverage < MIN_COVERAGE:
                    continue
                a, b = sorted(pair, key=lambda c: -c.figure.value)
                out.append(Difference(clause, a, b, a.key.split("/", 1)[1] if "/" in a.key else "", coverage * 0.95**rank))
        return out

    @staticmethod
    def _named_pair(text: str, names: str, grades: set[int], per: str | None, clause: Clause | None = None
                    ) -> tuple[Compared, Compared] | None:
        """The two figures of one kind ``text`` states whose labels the question names, or None. A figure of a list
        paid item by item ("对新认定的自治区级…集群和国家级…集群分别给予300万元、500万元") is labelled by its item."""
        found = figures(text)
        bounds = [f for f in found if f.unit is not None]
        items = {(t.figure.start, t.figure.number): t.item for t in provision_terms(clause, text) if t.item} if clause else {}
        by_key: dict[str, list[Compared]] = {}
        for f in bounds:
            key = _key(f, per)
            if not key or is_condition(text, f.start, f.unit_end):
                continue
            label = items.get((f.start, f.number)) or _label(text, f, bounds)
            if label:
                by_key.setdefault(key, []).append(Compared(f, label, key))
        for first, second in zip(bounds, bounds[1:]):
            # "城乡常住居民人均可支配收入达到 60840 元、27042 元": a word naming two sides before a pair of figures joined by
            # 、 gives them to its sides in order; the question names both sides (城镇…农村, urban…rural) or the word itself
            label = _label(text, first, bounds)
            word = next((w for w in TWO_SIDES if w in label), None)
            key = _key(first, per)
            if word is None or not key or _key(second, per) != key or first.number == second.number \
                    or text[first.unit_end : second.start].strip() != "、":
                continue
            sides = TWO_SIDES[word]
            if word in names or all(any(w in names.lower() for w in side) for side in sides):
                noun = _VERB_END.sub("", label.split(word, 1)[1])  # "常住居民人均可支配收入"
                return Compared(first, sides[0][0] + noun, key), Compared(second, sides[1][0] + noun, key)
        pairs = []
        for compared in by_key.values():
            if len(compared) < 2:
                continue
            # (an item of a list named by the level it starts with, "自治区级工业设计中", is named by that level)
            cores = [level.group(0) if core not in names and (level := LEVEL_WORD.match(core)) else core
                     for core in _distinct([c.label for c in compared])]
            named = [(c, core) for c, core in zip(compared, cores, strict=True)
                     if (core and core in names) or (grades and tier_grade(c.label) in grades)]
            # (two figures labelled alike, "一档" of two voltages' rows, are not told apart by the question)
            if len(named) == 2 and named[0][1] != named[1][1] and named[0][0].figure.value != named[1][0].figure.value:
                pairs.append((named[0][0], named[1][0]))
        return pairs[0] if len(pairs) == 1 else None

    @staticmethod
    def _quantity(question: Question, per: str) -> tuple[Decimal, str] | None:
        """The one quantity of the measure a price is per that the question states ("100方"), in that unit."""
        unit = unit_named(per) if per else None
        if unit is None or unit.dimension not in _MEASURES:
            return None
        text = normalise(question.text)
        measured = [f for f in figures(text, question=True) if f.dimension == unit.dimension and f.unit is not None
                    and f.reads_as_quantity and not stated_as_threshold(text, f)]
        if len(measured) != 1:
            return None
        return measured[0].value / unit.factor, per
