"""Proportions: what share of a whole the guide states is a part it states of it.

"伊旗常住人口中少数民族占百分之几？" over "常住人口 25 万，其中少数民族 2.1 万" is 2.1万 ÷ 25万 = 8.4%. The principle:
"其中" (of which) introduces a part of the figure just before it, so when a question asks a share (占百分之几, 占比,
what share, what proportion) and names the part by the words the guide puts before the part's figure, the share is
the part divided by the whole. Part and whole must be of one kind (both counts, both money, both in one unit); a
part stated as a percentage is a share already, and nothing is computed. When two provisions found give different
shares that fit the question alike, nothing is computed either: the answer quotes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from assistant.answer.question import Question
from assistant.models import Calculation, Clause
from assistant.quantities import Figure, figures, normalise, plain, scaled_text

# How many of the best clauses found are read.
CLAUSES_READ = 5
# How far after 其中 the part's figure may stand (its words before it: "其中少数民族 2.1 万").
PART_WORDS_MAX = 16
# A share asked: "占百分之几", "占比多少", "比例是多少", "what share", "what percentage of".
_SHARE_ASKED = re.compile(
    r"占[^，,。？?]{0,6}(?:百分之几|百分比|多少|几成|比例|比重)|占比|比例|比重|百分之几|"
    r"\bwhat (?:share|proportion|percentage|fraction|part)\b|\bhow (?:large|big) a (?:share|proportion)\b|"
    r"\b(?:share|proportion|percentage) of\b",
    re.IGNORECASE,
)
# "其中": what follows is part of the figure before it.
_OF_WHICH = re.compile(r"其中")
# Where the words naming a figure start.
_STOP = re.compile(r"[，,。；;：:、（(）)]")


@dataclass(frozen=True)
class Proportion:
    clause: Clause
    whole: Figure
    part: Figure
    whole_words: str
    part_words: str
    fit: int  # how many of the part's words the question names

    @property
    def value(self) -> Decimal:
        return (self.part.value / self.whole.value * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()


@dataclass
class ProportionCalculator:
    """The share of a stated whole that a part stated of it ("其中…") is."""

    tokenize: Callable[[str], list[str]]  # the guide's tokens of a text, English translated

    def __call__(self, question: Question, clauses: Sequence[Clause]) -> Calculation | None:
        asked_part = next((i for i, p in enumerate(question.parts) if p.slot == "percentage"), None)
        read = clauses[:CLAUSES_READ]
        if asked_part is None or not _SHARE_ASKED.search(question.text) or not any(_OF_WHICH.search(c.text) for c in read):
            return None
        asked = {t for t in self.tokenize(question.text) if len(t) >= 2}
        found: list[Proportion] = []
        for clause in read:
            found.extend(self._proportions(clause, asked))
        if not found:
            return None
        best = max(p.fit for p in found)
        values = {p.value for p in found if p.fit == best}
        if len(values) != 1:
            return None  # two shares fit alike: which is asked is a guess
        one = next(p for p in found if p.fit == best)
        return Calculation(
            tool="proportion",
            inputs={"part": plain(one.part.value), "whole": plain(one.whole.value)},
            steps=[f"{one.part_words} {_written(one.part)} ÷ {one.whole_words} {_written(one.whole)} × 100% = {plain(one.value)}%"],
            result=plain(one.value),
            unit="%",
            clause_ids=[one.clause.clause_id],
            part=asked_part if len(question.parts) > 1 else None,
        )

    def _proportions(self, clause: Clause, asked: set[str]) -> list[Proportion]:
        text = normalise(clause.text)
        stated = figures(text)
        out = []
        for m in _OF_WHICH.finditer(text):
            wholes = [f for f in stated if f.unit_end <= m.start() and not re.search(r"[。；;]", text[f.unit_end : m.start()])]
            parts = [f for f in stated if f.start >= m.end() and f.start - m.end() <= PART_WORDS_MAX]
            if not wholes or not parts:
                continue
            whole, part = wholes[-1], parts[0]
            if not _same_kind(whole, part) or not 0 < part.value < whole.value:
                continue
            part_words = text[m.end() : part.start].strip()
            if _STOP.search(part_words):
                continue
            named = asked & {t for t in self.tokenize(part_words) if len(t) >= 2}
            if not named:
                continue
            out.append(Proportion(clause, whole, part, _words_before(text, whole).strip(), part_words, len(named)))
        return out


# "将 80%的煤炭外运保供": a share of a thing (煤炭) and what is done with it (外运保供).
_SHARE_OF_THING = re.compile(r"\s*的\s*(?P<run>[\u4e00-\u9fff]{3,14})")
# How many characters the thing's name may have, at most, and at least.
THING_CHARS = (2, 4)


@dataclass
class StatedShareCalculator:
    """What a share the guide states of a figure it states just before comes to: "年产销煤炭 2.03 亿吨，将 80%的煤炭
    外运保供" asked "how much coal is shipped out each year?" is 2.03亿吨 × 80% = 1.624亿吨.

    The principle: "P%的X…" after a figure whose words name X is that share of the figure; a question asking how much of
    X (how much, 多少, not a share) in words of what the share is done with (外运: "ship out") asks it. The figure is the
    nearest before the share in its sentence whose words name the thing; when two provisions found give different
    amounts that fit alike, nothing is computed."""

    tokenize: Callable[[str], list[str]]  # the guide's tokens of a text, English translated

    def __call__(self, question: Question, clauses: Sequence[Clause]) -> Calculation | None:
        if not any(p.slot in ("amount", "count") for p in question.parts) or _SHARE_ASKED.search(question.text):
            return None
        asked: set[str] | None = None  # the question's words, read once a share of a thing is found
        found = []
        for clause in clauses[:CLAUSES_READ]:
            text = normalise(clause.text)
            for sentence in re.split(r"[。；;]", text):
                stated = [f for f in figures(sentence) if f.unit is not None or f.dimension == "percent"]
                for share in (f for f in stated if f.dimension == "percent"):
                    m = _SHARE_OF_THING.match(sentence, share.unit_end)
                    if m is None:
                        continue
                    run = m.group("run")
                    for whole in reversed([f for f in stated if f.unit_end <= share.start and f.dimension != "percent"]):
                        label = _words_before(sentence, whole)
                        size = next((n for n in range(THING_CHARS[1], THING_CHARS[0] - 1, -1) if run[:n] in label), 0)
                        if not size:
                            continue
                        thing, done = run[:size], run[size:]
                        if asked is None:
                            asked = {t for t in self.tokenize(question.text) if len(t) >= 2}
                        if thing in asked and asked & {t for t in self.tokenize(done) if len(t) >= 2}:
                            found.append((clause, whole, share, label.strip(), thing, done))
                        break
        values = {w.value * p.number / 100 for _, w, p, _, _, _ in found}
        if len(values) != 1:
            return None
        clause, whole, share, label, thing, done = found[0]
        unit = "元" if whole.dimension == "money" else whole.unit.name if whole.unit else ""
        value = values.pop()
        result = value / whole.unit.factor if whole.unit is not None and whole.dimension != "money" else value
        return Calculation(
            tool="share",
            inputs={"base": plain(whole.value), "percent": plain(share.number)},
            steps=[f"{label} {_written(whole)} × {plain(share.number)}%（{thing}{done}）= {scaled_text(result, unit)}"],
            result=plain(result),
            unit=unit,
            clause_ids=[clause.clause_id],
        )


def _same_kind(a: Figure, b: Figure) -> bool:
    """Both money, both in one unit, or both bare counts (a percentage is a share already)."""
    if a.dimension == "percent" or b.dimension == "percent":
        return False
    if a.dimension == "money" or b.dimension == "money":
        return a.dimension == b.dimension
    return (a.unit.name if a.unit else "") == (b.unit.name if b.unit else "")


def _words_before(text: str, f: Figure) -> str:
    """The words naming ``f``: from the last stop before it ("…行政村，常住人口 25 万" → "常住人口 ")."""
    starts = [s.end() for s in _STOP.finditer(text, 0, f.start)]
    return text[starts[-1] if starts else 0 : f.start]


def _written(f: Figure) -> str:
    """A figure as the guide writes it, spaces dropped ("25 万" → 25万)."""
    return "".join(f.text.split())
