"""Checks every answer, extractive or from a language model, before it leaves the assistant:
each marker points at a retrieved clause, each number appears in a cited clause or a
calculation; what fails is removed and named in ``warnings``.

A model's answer is checked against every clause it was shown (``candidates``): a figure or a
claim cited to the wrong clause is cited to the one that states it, a sentence that shares no key
terms with its clause is removed, and a removed sentence gives way to the quote it was about."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assistant.answer.sentences import shared_pairs
from assistant.models import MARKER, AnswerWarning, Calculation, Citation
from assistant.quantities import Quantity, quantities, range_lows

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
    (an English answer names the clause by its heading, e.g. "…（2024 年版）"), and its policy
    period as a model is shown it ("有效期至 2025-12-31") and as the clause model gives it (a
    document's "本办法自 2025 年 1 月 1 日起实施" dates every clause of it), and the printed pages it is on."""
    until = f" {citation.valid_until.isoformat()}" if citation.valid_until else ""
    period = "".join(f" {day.year}年{day.month}月{day.day}日" for day in (citation.valid_from, citation.valid_until) if day)
    pages = "".join(f" 第{page}页" for page in citation.pages)
    # (the low end of a range, "20-25 万元/亩", is stated with the high end's unit)
    lows = list(range_lows(citation.text).values())
    return quantities(citation.text) + lows + quantities(" ".join(citation.title_path) + until + period + pages)


_PUNCTUATION_ONLY = re.compile(r"[\s.,;:。，；：、！!？?]+")


def _ignorable(q: Quantity, sentence: str) -> bool:
    """Marker numbers, list ordinals and years that only date a statement are not claims."""
    if q.text.isdigit() and int(q.text) < 10 and not q.unit:
        return True
    return q.unit == "" and re.fullmatch(r"(19|20)\d\d", q.text) is not None and f"{q.text}年" not in sentence


# Whether a sentence (markers removed) shares its key terms with a clause.
Related = Callable[[str, Citation], bool]
# The quote a removed sentence was about, as a line with its marker, or None.
Replacement = Callable[[str, Sequence[Citation]], str | None]


def verify(
    answer: str,
    citations: list[Citation],
    retrieved_ids: set[str],
    calculations: list[Calculation] | None = None,
    question: str = "",
    *,
    candidates: Sequence[Citation] = (),
    related: Related | None = None,
    replacement: Replacement | None = None,
) -> Verdict:
    if candidates:
        return _ground(answer, candidates, _pool(calculations, question), related, replacement)
    warnings: list[AnswerWarning] = []
    # 1. a marker must point at a citation whose clause was retrieved
    valid = {c.marker: c for c in citations if c.clause_id in retrieved_ids}
    for m in sorted({int(x) for x in MARKER.findall(answer)} - set(valid)):
        warnings.append(AnswerWarning(kind="marker_removed", detail=f"marker [{m}] pointed at no retrieved clause; removed"))

    def strip_bad_markers(text: str) -> str:
        return MARKER.sub(lambda mm: mm.group(0) if int(mm.group(1)) in valid else "", text)

    # 2. numbers must come from the clauses a sentence cites, any cited clause, a calculation, or the question
    free_pool = _pool(calculations, question)
    all_cited = [q for c in valid.values() for q in _stated(c)]
    kept: list[str] = []
    for sentence in _CLAIM.findall(answer):
        if not sentence.strip():
            if sentence:
                kept.append(sentence)
            continue
        cited_here = [valid[int(m)] for m in MARKER.findall(sentence) if int(m) in valid]
        pool = [q for c in cited_here for q in _stated(c)] or all_cited
        pool = pool + free_pool
        claims = _claims(sentence)
        unsupported = [q.text for q in claims if not _supported(q, pool)]
        if unsupported:
            detail = f"removed a sentence whose numbers are in no cited clause or calculation: {', '.join(unsupported)}"
            warnings.append(AnswerWarning(kind="unsupported_number_removed", detail=detail))
            continue
        kept.append(strip_bad_markers(sentence))
    # what a removal leaves of a line ("." after the sentence before it went) says nothing
    text = "\n".join(line for line in "".join(kept).strip().split("\n") if not _PUNCTUATION_ONLY.fullmatch(line))
    used = {int(m) for m in MARKER.findall(text)}
    final_citations = [c for m, c in sorted(valid.items()) if m in used]
    return Verdict(text, final_citations, warnings)


def _pool(calculations: list[Calculation] | None, question: str) -> list[Quantity]:
    """Figures any sentence may state without a clause: a calculation's and the question's own."""
    pool: list[Quantity] = []
    for calc in calculations or []:
        pool += quantities(" ".join(calc.steps))
        result = calc.result if isinstance(calc.result, str) else " ".join(calc.result.values())
        pool += quantities(f"{result}{calc.unit}") + quantities(result)
    return pool + quantities(question)


def _claims(sentence: str) -> list[Quantity]:
    return [q for q in quantities(MARKER.sub("", sentence)) if not _ignorable(q, sentence)]


def _ground(
    answer: str,
    candidates: Sequence[Citation],
    free_pool: list[Quantity],
    related: Related | None,
    replacement: Replacement | None,
) -> Verdict:
    """A model's answer, sentence by sentence, against the clauses it was shown. A sentence is kept
    when a clause its markers name states its figures (or a calculation or the question does) and
    shares its key terms; else it is cited to the clause that does (the best one, by wording, when
    several do); else it is removed, and the quote it was about, if any, takes its place."""
    shown = {c.marker: c for c in candidates}
    warnings: list[AnswerWarning] = []
    for m in sorted({int(x) for x in MARKER.findall(answer)} - set(shown)):
        warnings.append(AnswerWarning(kind="marker_removed", detail=f"marker [{m}] pointed at no retrieved clause; removed"))
    kept: list[str] = []
    for sentence in _CLAIM.findall(answer):
        if not sentence.strip():
            kept.append(sentence)
            continue
        bare = MARKER.sub("", sentence)
        claims = _claims(sentence)
        named = [shown[m] for m in dict.fromkeys(int(x) for x in MARKER.findall(sentence)) if m in shown]

        def fits(citation: Citation, claims: list[Quantity] = claims, bare: str = bare) -> bool:
            """A figure is judged by the clause stating it; a claim without one by its key terms."""
            if claims:
                return all(_supported(q, _stated(citation) + free_pool) for q in claims)
            return related is None or related(bare, citation)

        keep = [c for c in named if fits(c)]
        if named and keep:
            if len(keep) < len(named):
                dropped = ", ".join(f"[{c.marker}]" for c in named if c not in keep)
                detail = f"marker {dropped} cited a clause that does not state the sentence; removed"
                warnings.append(AnswerWarning(kind="marker_removed", detail=detail))
            kept.append(_with_markers(sentence, keep))
            continue
        if not named and not claims and (related is None or related(bare, _NO_CLAUSE)):
            kept.append(sentence)  # a frame ("根据指南：", "因此：") has no key terms to check
            continue
        if not named and claims and all(_supported(q, free_pool) for q in claims):
            kept.append(sentence)  # figures of the calculation or the question only
            continue
        options = [c for c in candidates if fits(c)] or _covering(claims, bare, candidates, free_pool, related)
        if len(options) > 1 and all(fits(c) for c in options):
            options = [max(options, key=lambda c: shared_pairs(c.text, bare))]
        if len(options) > 1:  # figures from several clauses ("参考价格…；基准价格…"): each cited
            was = "".join(f"[{c.marker}]" for c in named) or "no marker"
            cited = "".join(f"[{c.marker}]" for c in options)
            detail = f"cited {cited} (was {was}): the clauses that together state “{bare.strip()[:60]}”"
            warnings.append(AnswerWarning(kind="marker_moved" if named else "marker_added", detail=detail))
            kept.append(_with_markers(sentence, options))
            continue
        if options:
            best = max(options, key=lambda c: shared_pairs(c.text, bare))
            kind = "marker_moved" if named else "marker_added"
            was = "".join(f"[{c.marker}]" for c in named) or "no marker"
            detail = f"cited [{best.marker}] (was {was}): the clause that states “{bare.strip()[:60]}”"
            warnings.append(AnswerWarning(kind=kind, clause_id=best.clause_id, detail=detail))
            kept.append(_with_markers(sentence, [best]))
            continue
        quote = replacement(bare, named or candidates) if replacement else None
        unsupported = [q.text for q in claims if not any(_supported(q, _stated(c) + free_pool) for c in candidates)]
        if unsupported:
            what = f"numbers in no retrieved clause or calculation: {', '.join(unsupported)}"
        elif claims:
            what = "figures stated by no clause that shares its terms"
        else:
            what = "no key terms shared with any retrieved clause"
        if quote:
            kind = "unsupported_number_replaced" if claims else "unrelated_claim_removed"
            detail = f"replaced “{bare.strip()[:60]}” ({what}) by the quote it was about"
            warnings.append(AnswerWarning(kind=kind, detail=detail))
            kept.append(quote + ("\n" if sentence.endswith("\n") else ""))
        else:
            kind = "unsupported_number_removed" if claims else "unrelated_claim_removed"
            warnings.append(AnswerWarning(kind=kind, detail=f"removed “{bare.strip()[:60]}”: {what}"))
    text = "".join(kept).strip()
    used = {int(m) for m in MARKER.findall(text)}
    return Verdict(text, [c for m, c in sorted(shown.items()) if m in used], warnings)


# A clause with no words: a sentence relates to it only when it has no key terms.
_NO_CLAUSE = Citation(marker=0, clause_id="", title_path=[], text="")


def _covering(
    claims: list[Quantity], bare: str, candidates: Sequence[Citation], free_pool: list[Quantity], related: Related | None
) -> list[Citation]:
    """The fewest clauses (at most three) that together state every figure of the sentence and,
    read together, share its key terms; none when no such set exists."""
    needed = [q for q in claims if not _supported(q, free_pool)]
    chosen: list[Citation] = []
    while needed and len(chosen) < 3:
        best = max(candidates, key=lambda c: sum(_supported(q, _stated(c)) for q in needed), default=None)
        if best is None or not any(_supported(q, _stated(best)) for q in needed):
            return []
        chosen.append(best)
        needed = [q for q in needed if not _supported(q, _stated(best))]
    if needed or not claims or not chosen:
        return []
    measured = [q for q in claims if q.unit]
    if measured and any(not any(_supported(q, _stated(c)) for q in measured) for c in chosen):
        # a clause wanted only for a bare number (a date's parts: "有效期至 2025-12-31") does not
        # back a sentence whose figures another clause states: the sentence joins what the guide
        # keeps apart (one document's period over another's amounts)
        return []
    together = chosen[0].model_copy(
        update={"text": "\n".join(c.text for c in chosen), "title_path": [h for c in chosen for h in c.title_path]}
    )
    return chosen if related is None or related(bare, together) else []


def _with_markers(sentence: str, citations: list[Citation]) -> str:
    """The sentence with exactly these markers, placed where its first marker was (or before its
    closing punctuation)."""
    markers = "".join(f"[{c.marker}]" for c in citations)
    first = MARKER.search(sentence)
    if first:
        bare_before = MARKER.sub("", sentence[: first.start()])
        return bare_before + markers + MARKER.sub("", sentence[first.start() :])
    body = sentence.rstrip("\n")
    tail = sentence[len(body) :]
    stripped = body.rstrip("。！？!?.;；，, ")
    return stripped + markers + body[len(stripped) :] + tail
