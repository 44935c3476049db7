"""When is the guide silent on a question as a whole? Scope rules and a calibrated relevance test
on the retrieved clauses (whether each part is stated is the composer's judgement).

The signal combines the question-clause cosine similarity of the best clause found with how
much of the question's weighted vocabulary the best clause found contains; all clauses found
count, so near-ties in the fused ranking do not change it. Thresholds are calibrated on the
out-of-scope items of the development set (``evals/calibrate_refusal.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answer.extractive import QuestionTerms
from assistant.answer.prompts import REFUSAL, SUGGESTION_LEAD
from assistant.answer.scope import off_topic, out_of_scope_place
from assistant.models import Refusal
from assistant.search.retrieval import Hit

# Calibrated on the development sets with evals/calibrate_refusal.py (in-scope false refusals
# at most 5%); per language because cross-lingual similarities are lower. Chinese recalibrated
# once vectors were ranked exactly: on the nine development sets 0.913 lets 12 more of 1,297
# in-scope questions through at the cost of 3 of 263 out-of-scope ones (the composer refuses
# most near misses by what they ask).
THRESHOLDS = {"zh": 0.913, "en": 0.903}
# float32 similarities differ across numpy builds by about this much (the order of a dot product's sums):
# a question that close below the floor is not refused on that noise alone
SIMILARITY_NOISE = 1e-4
COVERAGE_WEIGHT = 0.05


@dataclass(frozen=True)
class Relevance:
    similarity: float
    coverage: float

    @property
    def score(self) -> float:
        return self.similarity + COVERAGE_WEIGHT * self.coverage


def relevant_enough(rel: Relevance, lang: str) -> bool:
    """Is ``rel`` at the language's floor (within the arithmetic's noise)?"""
    return rel.score >= THRESHOLDS[lang] - SIMILARITY_NOISE


def relevance(hits: list[Hit], terms: QuestionTerms, tokenize) -> Relevance:
    if not hits:
        return Relevance(0.0, 0.0)
    similarity = max(h.vector_score for h in hits)
    total = terms.total
    best = max(terms.overlap(tokenize(h.clause.text + " ".join(h.clause.title_path))) for h in hits)
    return Relevance(similarity, best / total if total else 0.0)


# A Chinese phrase of the question at least this long, written word for word in a clause found, names what the clause is
# about though the similarity of a short question to a long clause is low ("人均公园绿地面积多少？" of the banner's profile)
WRITTEN_PHRASE_CHARS = 6
# ...when its relevance is this near the floor (a phrase the guide writes in a question far from the guide names a thing,
# not what is asked of it)
WRITTEN_MARGIN = 0.01
_CJK_PHRASE = re.compile(rf"[\u4e00-\u9fff]{{{WRITTEN_PHRASE_CHARS},}}")


def writes_phrase(phrases: Sequence[str], hits: Sequence[Hit]) -> bool:
    """Does a clause found write one of the question's Chinese phrases (a part's subject) word for word?"""
    texts = [re.sub(r"\s+", "", h.clause.text) for h in hits]
    return any(m.group(0) in t for p in phrases for m in _CJK_PHRASE.finditer(p) for t in texts)


def refusal_reason(
    question: str, hits: list[Hit], rel: Relevance, lang: str, *, vectors: bool = True, firsts: Sequence[Hit] = (),
    written: bool = False,
) -> str | None:
    """Why the guide is silent on this question as a whole, or None when it may answer it: a place
    the guide does not cover, an off-topic request, or no clause relevant enough. Without vector
    scores (keyword-only search while the vector store is down) only the scope rules apply. Each
    part's own answerability is judged by the composer (``assistant/answer/compose.py``). A place is
    covered when the best clause found states it, or the best found for any part searched on its own
    (``firsts``: "Which city ranks…, and what does Wuhai mainly produce?" finds 乌海 for its second part), or
    another clause found of the best one's document: a document says where it applies in an article of its own
    ("四、本公告所称西部地区包括…湖北省恩施土家族苗族自治州…可以比照…" of the western-development tax notice).
    A question whose subject a clause found writes word for word (``written``) is near enough to be judged part by part."""
    if not hits:
        return "nothing retrieved"
    document = hits[0].clause.doc_title
    same_document = [h for h in hits[1:] if document and h.clause.doc_title == document]
    if place := out_of_scope_place(question, [h.clause.text for h in [*hits[:1], *firsts, *same_document]]):
        return f"about {place}, which the guide does not cover"
    if word := off_topic(question, [h.clause.text for h in hits[:3]]):
        return f"an off-topic request ({word})"
    if vectors and not relevant_enough(rel, lang) and not (written and rel.score >= THRESHOLDS[lang] - WRITTEN_MARGIN):
        return f"no clause is relevant enough (relevance {rel.score:.3f} < {THRESHOLDS[lang]})"
    return None


def refusal_of(hits: list[Hit], unstated: list[str] | None = None) -> Refusal:
    """What a refusal says besides its sentence: what the clauses found leave unstated (when the
    question named a provision the guide has but asked what it does not give), and the nearest
    topics, the headings of the best clauses found."""
    topics: list[str] = []
    for hit in hits[:5]:
        path = hit.clause.title_path
        topic = " › ".join(p.removeprefix("——") for p in path[-2:]) if path else ""
        if topic and topic not in topics:
            topics.append(topic)
        if len(topics) == 3:
            break
    return Refusal(unstated=list(unstated or []), topics=topics)


def refusal_text(refusal: Refusal, lang: str) -> str:
    """The refusal sentence, then what is unstated, then the nearest topics, one a line."""
    lines = [REFUSAL[lang], *refusal.unstated]
    if refusal.topics:
        lines.append(SUGGESTION_LEAD[lang])
        lines += [f"- {t}" for t in refusal.topics]
    return "\n".join(lines)
