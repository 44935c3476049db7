"""When is the guide silent? A calibrated relevance test on the retrieved clauses.

The signal combines the question-clause cosine similarity of the best clause with how much
of the question's weighted vocabulary the best clauses contain. Thresholds are calibrated on
the out-of-scope items of the development set (``evals/calibrate_refusal.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.extractive import QuestionTerms
from assistant.prompts import REFUSAL, SUGGESTION_LEAD
from assistant.retrieval import Hit
from assistant.scope import off_topic, out_of_scope_place

# Calibrated on the development set with evals/calibrate_refusal.py (in-scope false refusals
# at most 5%); per language because cross-lingual similarities are lower.
THRESHOLDS = {"zh": 0.923, "en": 0.897}
COVERAGE_WEIGHT = 0.05


@dataclass(frozen=True)
class Relevance:
    similarity: float
    coverage: float

    @property
    def score(self) -> float:
        return self.similarity + COVERAGE_WEIGHT * self.coverage


def relevance(hits: list[Hit], terms: QuestionTerms, tokenize) -> Relevance:
    if not hits:
        return Relevance(0.0, 0.0)
    similarity = max(h.vector_score for h in hits[:3])
    total = sum(terms.weights.values())
    best = max(terms.overlap(tokenize(h.clause.text + " ".join(h.clause.title_path))) for h in hits[:3])
    return Relevance(similarity, best / total if total else 0.0)


def refusal_reason(question: str, hits: list[Hit], rel: Relevance, lang: str, *, vectors: bool = True) -> str | None:
    """Why the guide is silent on this question, or None when it may answer it. Without vector
    scores (keyword-only search while the vector store is down) only the scope rules apply."""
    if not hits:
        return "nothing retrieved"
    if place := out_of_scope_place(question, [h.clause.text for h in hits[:1]]):
        return f"about {place}, which the guide does not cover"
    if word := off_topic(question, [h.clause.text for h in hits[:3]]):
        return f"an off-topic request ({word})"
    if vectors and rel.score < THRESHOLDS[lang]:
        return f"no clause is relevant enough (relevance {rel.score:.3f} < {THRESHOLDS[lang]})"
    return None


def refusal_text(hits: list[Hit], lang: str) -> str:
    topics: list[str] = []
    for hit in hits[:5]:
        path = hit.clause.title_path
        topic = " › ".join(p.removeprefix("——") for p in path[-2:]) if path else ""
        if topic and topic not in topics:
            topics.append(topic)
        if len(topics) == 3:
            break
    lines = [REFUSAL[lang]]
    if topics:
        lines.append(SUGGESTION_LEAD[lang])
        lines += [f"- {t}" for t in topics]
    return "\n".join(lines)
