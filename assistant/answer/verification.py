"""Checks every answer, extractive or from a language model, before it leaves the assistant:
each marker points at a retrieved clause, each number appears in a cited clause or a
calculation; what fails is removed and named in ``warnings``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.models import MARKER, AnswerWarning, Calculation, Citation
from assistant.quantities import Quantity, quantities

# A claim is a bullet line (kept or removed whole, so no quote is cut in half) or a sentence.
_CLAIM = re.compile(r"[ \t]*[-*•][ \t][^\n]*(?:\n|$)|[^。！？!?\n]*(?:[。！？!?]+|\n|$)")


@dataclass
class Verdict:
    answer: str
    citations: list[Citation]
    warnings: list[AnswerWarning] = field(default_factory=list)

    @property
    def fired(self) -> bool:
        return bool(self.warnings)


def _supported(q: Quantity, pool: list[Quantity]) -> bool:
    """The same value (in base units: 5000万元 = 50000000元) appears in the pool; a bare number
    in an answer ("0.401") matches the same number stated with its unit ("0.401 元/度")."""
    return any(q.value == p.value for p in pool)


def _stated(citation: Citation) -> list[Quantity]:
    """The quantities a cited clause states, in its text or in the headings above it
    (an English answer names the clause by its heading, e.g. "…（2024 年版）")."""
    return quantities(citation.text) + quantities(" ".join(citation.title_path))


def _ignorable(q: Quantity, sentence: str) -> bool:
    """Marker numbers, list ordinals and years that only date a statement are not claims."""
    if q.text.isdigit() and int(q.text) < 10 and not q.unit:
        return True
    return q.unit == "" and re.fullmatch(r"(19|20)\d\d", q.text) is not None and f"{q.text}年" not in sentence


def verify(
    answer: str,
    citations: list[Citation],
    retrieved_ids: set[str],
    calculations: list[Calculation] | None = None,
    question: str = "",
) -> Verdict:
    warnings: list[AnswerWarning] = []
    # 1. a marker must point at a citation whose clause was retrieved
    valid = {c.marker: c for c in citations if c.clause_id in retrieved_ids}
    for m in sorted({int(x) for x in MARKER.findall(answer)} - set(valid)):
        warnings.append(AnswerWarning(kind="marker_removed", detail=f"marker [{m}] pointed at no retrieved clause; removed"))

    def strip_bad_markers(text: str) -> str:
        return MARKER.sub(lambda mm: mm.group(0) if int(mm.group(1)) in valid else "", text)

    # 2. numbers must come from the clauses a sentence cites, any cited clause, a calculation, or the question
    calc_pool: list[Quantity] = []
    for calc in calculations or []:
        calc_pool += quantities(" ".join(calc.steps))
        result = calc.result if isinstance(calc.result, str) else " ".join(calc.result.values())
        calc_pool += quantities(f"{result}{calc.unit}") + quantities(result)
    question_pool = quantities(question)
    all_cited = [q for c in valid.values() for q in _stated(c)]
    kept: list[str] = []
    for sentence in _CLAIM.findall(answer):
        if not sentence.strip():
            if sentence:
                kept.append(sentence)
            continue
        cited_here = [valid[int(m)] for m in MARKER.findall(sentence) if int(m) in valid]
        pool = [q for c in cited_here for q in _stated(c)] or all_cited
        pool = pool + calc_pool + question_pool
        claims = [q for q in quantities(MARKER.sub("", sentence)) if not _ignorable(q, sentence)]
        unsupported = [q.text for q in claims if not _supported(q, pool)]
        if unsupported:
            detail = f"removed a sentence whose numbers are in no cited clause or calculation: {', '.join(unsupported)}"
            warnings.append(AnswerWarning(kind="unsupported_number_removed", detail=detail))
            continue
        kept.append(strip_bad_markers(sentence))
    text = "".join(kept).strip()
    used = {int(m) for m in MARKER.findall(text)}
    final_citations = [c for m, c in sorted(valid.items()) if m in used]
    return Verdict(text, final_citations, warnings)
