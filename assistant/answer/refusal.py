"""When is the guide silent? A calibrated relevance test on the retrieved clauses.

The signal combines the question-clause cosine similarity of the best clause found with how
much of the question's weighted vocabulary the best clause found contains; all clauses found
count, so near-ties in the fused ranking do not change it. Thresholds are calibrated on the
out-of-scope items of the development set (``evals/calibrate_refusal.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answer.extractive import PROVISION_CHARS, QuestionTerms
from assistant.answer.prompts import REFUSAL, SUGGESTION_LEAD
from assistant.answer.scope import off_topic, out_of_scope_place
from assistant.answer.sentences import split_provisions
from assistant.quantities import quantities
from assistant.search.retrieval import Hit

# Calibrated on the development set with evals/calibrate_refusal.py (in-scope false refusals
# at most 5%); per language because cross-lingual similarities are lower.
THRESHOLDS = {"zh": 0.921, "en": 0.903}
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
    similarity = max(h.vector_score for h in hits)
    total = sum(terms.weights.values())
    best = max(terms.overlap(tokenize(h.clause.text + " ".join(h.clause.title_path))) for h in hits)
    return Relevance(similarity, best / total if total else 0.0)


# Questions that ask for one kind of figure, and the units that state it. The guide often
# touches a topic (medical insurance, land transfer) without the figure asked for (the
# employer's rate, the term in years); such a question is answered only when some sentence
# found states a figure of that kind and shares a fair part of the question's vocabulary.
ASKED_FIGURES: tuple[tuple[str, re.Pattern[str], Callable[[str], bool]], ...] = (
    (
        "a percentage",
        re.compile(r"(比例|税率|费率|百分之|百分比|percentage|percent|tax rate|refund rate|contribution rate)", re.IGNORECASE),
        lambda unit: unit in ("%", "倍", ""),
    ),
    (
        "a number of days",
        re.compile(r"(工作日|几天|多少天|how many (working )?days)", re.IGNORECASE),
        lambda unit: unit in ("天", "日", "个"),
    ),
    ("a number of months", re.compile(r"(几个月|多少个月|how many months)", re.IGNORECASE), lambda unit: unit in ("个月", "月")),
    ("a number of years", re.compile(r"(多少年|几年|年限|how many years)", re.IGNORECASE), lambda unit: unit == "年"),
)
# Calibrated on the development set (evals/calibrate_refusal.py): below every in-scope question
# of these kinds (from 0.315) and above three of the four out-of-scope ones (0.00–0.28).
FIGURE_COVERAGE = 0.3


def figure_support(question: str, hits: list[Hit], terms: QuestionTerms, tokenize) -> tuple[str, float] | None:
    """The kind of figure the question asks for and the largest share of the question's weighted
    vocabulary that a sentence stating such a figure contains; None when it asks for no kind."""
    asked = next(((name, fits) for name, pattern, fits in ASKED_FIGURES if pattern.search(question)), None)
    total = sum(terms.weights.values())
    if asked is None or not total:
        return None
    name, fits = asked
    best = 0.0
    for hit in hits:
        for sentence in split_provisions(hit.clause.text, PROVISION_CHARS):
            if any(fits(q.unit) for q in quantities(sentence.text)):
                best = max(best, terms.overlap(tokenize(sentence.text)) / total)
    return name, best


def unstated_figure(question: str, hits: list[Hit], terms: QuestionTerms, tokenize) -> str | None:
    """The kind of figure the question asks for when no sentence of the clauses found states
    one about its subject; None when it asks for no particular kind or one is stated."""
    support = figure_support(question, hits, terms, tokenize)
    return support[0] if support and support[1] < FIGURE_COVERAGE else None


def refusal_reason(
    question: str, hits: list[Hit], rel: Relevance, lang: str, *, vectors: bool = True, unstated: str | None = None
) -> str | None:
    """Why the guide is silent on this question, or None when it may answer it. Without vector
    scores (keyword-only search while the vector store is down) only the scope and figure rules
    apply. ``unstated`` is the kind of figure asked for that no clause found states."""
    if not hits:
        return "nothing retrieved"
    if place := out_of_scope_place(question, [h.clause.text for h in hits[:1]]):
        return f"about {place}, which the guide does not cover"
    if word := off_topic(question, [h.clause.text for h in hits[:3]]):
        return f"an off-topic request ({word})"
    if unstated:
        return f"it asks for {unstated} that no clause found states"
    if vectors and rel.score < THRESHOLDS[lang]:
        return f"no clause is relevant enough (relevance {rel.score:.3f} < {THRESHOLDS[lang]})"
    return None


def refusal_text(hits: list[Hit], lang: str, unstated: list[str] | None = None) -> str:
    """The refusal sentence, what the clauses found leave unstated (when the question named a
    provision the guide has but asked what it does not give), and the nearest topics."""
    topics: list[str] = []
    for hit in hits[:5]:
        path = hit.clause.title_path
        topic = " › ".join(p.removeprefix("——") for p in path[-2:]) if path else ""
        if topic and topic not in topics:
            topics.append(topic)
        if len(topics) == 3:
            break
    lines = [REFUSAL[lang], *(unstated or [])]
    if topics:
        lines.append(SUGGESTION_LEAD[lang])
        lines += [f"- {t}" for t in topics]
    return "\n".join(lines)
