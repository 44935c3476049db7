"""The typed objects the product passes around, in their GUIDE.md §4 JSON shapes."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field

MARKER = re.compile(r"\[(\d{1,2})\]")
"""A citation marker in an answer's text: ``[n]`` refers to citation ``n``."""


def expired(valid_until: date | None, today: date) -> bool:
    """Whether a stated policy period ended before ``today`` (no stated end: never expired)."""
    return valid_until is not None and valid_until < today


class Clause(BaseModel):
    """The smallest citable provision of the guide."""

    clause_id: str = Field(description="Stable id from the position in the guide's tree, e.g. p3.s1.g2.d4.i2")
    title_path: list[str] = Field(description="The headings above the clause, outermost first")
    text: str = Field(description="The clause text, PDF line wraps joined, paragraphs separated by newlines")
    level: str | None = Field(description="Policy level: 国家级, 自治区级, 市级 or 旗级")
    doc_title: str | None = Field(description="Title of the policy document the clause belongs to")
    doc_number: str | None = Field(description="Document number, e.g. 内工信经运字〔2022〕405 号")
    responsible_units: list[str] = Field(description="Departments named in 〔责任单位：…〕")
    valid_from: date | None = Field(description="Start of the stated policy period")
    valid_until: date | None = Field(description="End of the stated policy period")
    source_span: tuple[int, int] = Field(description="[start, end) character offsets into the raw guide")
    pages: list[int] = Field(description="The printed guide's pages the clause lies on, first to last")

    def expired(self, today: date) -> bool:
        return expired(self.valid_until, today)


def page_label(pages: list[int], lang: str = "zh") -> str:
    """Where a clause is in the printed guide: 第4页, 第4–5页, p. 4, pp. 4–5; empty when unknown."""
    if not pages:
        return ""
    shown = str(pages[0]) if pages[0] == pages[-1] else f"{pages[0]}–{pages[-1]}"
    if lang == "zh":
        return f"第{shown}页"
    return f"p. {shown}" if pages[0] == pages[-1] else f"pp. {shown}"


class Citation(BaseModel):
    """A numbered reference from an answer to a clause, with the exact quoted span."""

    marker: int = Field(description="The number shown in the answer as [n]")
    clause_id: str
    title_path: list[str]
    text: str = Field(description="The whole clause text")
    quote: str = Field("", description="The part of the clause the answer rests on, verbatim")
    quote_start: int = Field(0, description="Offset of the quote in the clause text")
    quote_end: int = Field(0, description="End offset of the quote in the clause text")
    doc_title: str | None = None
    doc_number: str | None = None
    responsible_units: list[str] = Field(default_factory=list)
    valid_from: date | None = None
    valid_until: date | None = None
    pages: list[int] = Field(default_factory=list, description="The printed guide's pages the clause lies on")

    @classmethod
    def of(cls, marker: int, clause: Clause, start: int = 0, end: int = 0) -> Citation:
        """Citation ``marker`` of ``clause``, quoting ``clause.text[start:end]``."""
        return cls(
            marker=marker,
            clause_id=clause.clause_id,
            title_path=clause.title_path,
            text=clause.text,
            quote=clause.text[start:end],
            quote_start=start,
            quote_end=end,
            doc_title=clause.doc_title,
            doc_number=clause.doc_number,
            responsible_units=clause.responsible_units,
            valid_from=clause.valid_from,
            valid_until=clause.valid_until,
            pages=clause.pages,
        )

    def expired(self, today: date) -> bool:
        return expired(self.valid_until, today)

    def page_label(self, lang: str = "zh") -> str:
        return page_label(self.pages, lang)


class Calculation(BaseModel):
    """One deterministic calculation with its steps and the clauses its parameters come from."""

    tool: str
    inputs: dict[str, object]
    steps: list[str]
    result: str | dict[str, str] = Field(description="Exact decimal as a string, or {'low', 'high'} for a range")
    unit: str
    clause_ids: list[str]
    part: int | None = Field(None, description="The question part it answers (0-based), when its parts are computed apart")


WarningKind = Literal[
    "expired",  # a cited clause's policy period ended before the reference date
    "unsupported_number_removed",  # verification removed a sentence whose figures no cited clause, calculation or question states
    "marker_removed",  # verification removed a citation marker that pointed at no retrieved clause
    "llm_fallback",  # the language model failed; the answer quotes the guide instead
    "index_degraded",  # vector search was unavailable; results come from keyword search only
    "calculation_failed",  # a calculator raised; the answer goes on without it
    "refused",  # the guide does not state what was asked (detail: why, for logs and evaluators)
    "part_unanswered",  # one part of a multi-part question is not stated by the guide
    "marker_moved",  # a figure or claim was cited to a clause that does not state it; cited to the one that does
    "marker_added",  # a sentence with no marker was cited to the one retrieved clause that states it
    "unsupported_number_replaced",  # a sentence with a figure no source states gave way to the quote it was about
    "unrelated_claim_removed",  # a sentence shared no key terms with any retrieved clause (an invented claim)
    "model_reply_replaced",  # the model's reply was empty, a refusal of an answerable question, or in the wrong language
    "part_restored",  # the model left out a figure the guide states for a part; the quoted direct line was added
    "tool_call_failed",  # the model called a calculator with arguments it could not take
    "question_truncated",  # the question was longer than PA_MAX_QUERY_CHARS; its start was answered
]


# The kinds that mean verification changed an answer.
VERIFICATION_KINDS = frozenset(
    {
        "unsupported_number_removed",
        "marker_removed",
        "marker_moved",
        "marker_added",
        "unsupported_number_replaced",
        "unrelated_claim_removed",
        "model_reply_replaced",
        "part_restored",
    }
)


class AnswerWarning(BaseModel):
    """Something the reader or an evaluator should know about an answer; code branches on ``kind``,
    never on ``detail`` (which is English text for logs)."""

    kind: WarningKind
    clause_id: str | None = Field(None, description="The clause the warning is about, when there is one")
    detail: str = Field("", description="What happened, in words")

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}"


class AnswerPart(BaseModel):
    """One thing the question asked, and the line of the answer that answers it."""

    question: str = Field(description="The part's own wording, its subject restored")
    slot: str = Field(description="What it asks for: amount, price, percentage, duration, count, doc_number, department, "
                      "validity, eligibility, list, procedure or fact")
    answer_line: str = Field(description="The direct line answering it (or saying the guide does not state it)")
    markers: list[int] = Field(default_factory=list, description="The citation markers the line rests on")
    answered: bool = Field(description="False when the guide does not state what the part asks")


class Refusal(BaseModel):
    """What a refused answer says besides that the guide is silent."""

    unstated: list[str] = Field(
        default_factory=list, description="What the clauses found leave unstated, when the question named a provision the guide has"
    )
    topics: list[str] = Field(
        default_factory=list, description="The nearest topics the guide does cover, nearest first: headings joined by ' › '"
    )


class AnswerResult(BaseModel):
    """The answer shape of GUIDE.md §4, plus what the UI needs."""

    question: str
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    calculations: list[Calculation] = Field(default_factory=list)
    refused: bool = False
    warnings: list[AnswerWarning] = Field(default_factory=list)
    lang: str = "zh"
    mode: str = Field("extractive", description="extractive or llm")
    retrieval_query: str = Field("", description="What was searched (the question condensed with its history)")
    retrieved: list[dict[str, object]] = Field(default_factory=list, description="The clauses retrieved, best first")
    draft: str | None = Field(None, description="The hotline reply draft, when asked for")
    parts: list[AnswerPart] = Field(default_factory=list, description="The parts of the question, each with its direct line")
    refusal: Refusal | None = Field(None, description="For a refused answer: what is unstated and the nearest topics the guide covers")


class StreamEvent(BaseModel):
    """One event of a streamed answer: answer text as it is produced, then the verified answer."""

    event: Literal["token", "final"]
    text: str = Field("", description="For token events: the next piece of answer text, before verification")
    result: AnswerResult | None = Field(None, description="For the final event: the verified answer")

    @property
    def removed(self) -> list[AnswerWarning]:
        """What verification removed from the streamed text (final event)."""
        return [w for w in self.result.warnings if w.kind in VERIFICATION_KINDS] if self.result else []


class SearchHit(BaseModel):
    """One clause found by a search."""

    clause_id: str
    title_path: list[str] = Field(description="The headings above the clause, outermost first")
    text: str = Field(description="The whole clause text")
    score: float = Field(description="The fused ranking score; higher is better")


class SearchResult(BaseModel):
    """The search-result shape of GUIDE.md §4."""

    query: str = Field(description="The question as searched (whitespace normalised)")
    results: list[SearchHit] = Field(default_factory=list, description="The clauses found, best first")
    warnings: list[AnswerWarning] = Field(default_factory=list, description="E.g. index_degraded when vector search was down")


class CalculatorInfo(BaseModel):
    """A calculator as offered to a person or a client: what it computes and the inputs it takes."""

    name: str = Field(description="The id used to run it")
    title: str = Field(description="Chinese title")
    title_en: str = Field(description="English title")
    description: str = Field(description="What it computes and from which clauses")
    input_schema: dict[str, Any] = Field(description="JSON schema of the inputs; numbers may be strings with their unit")
    clause_ids: list[str] = Field(description="The clauses its parameters are quoted from")
    topic: str = Field(
        "", description="land_utilities, agriculture, industry, talent, science_technology or tax (assistant/calculators/topics.py)"
    )


class FeedbackReceipt(BaseModel):
    """The stored feedback's number."""

    id: int = Field(description="Row id in the feedback store")


class Health(BaseModel):
    """What a running assistant serves."""

    status: Literal["ok"] = "ok"
    version: str = Field(description="The package version")
    clauses: int = Field(description="Clauses in the loaded index")
    embedder: str = Field(description="Model id of the embedder the index was built with")
    answerer: str = Field(description="extractive or llm")


class ReingestReport(BaseModel):
    """The outcome of rebuilding the index from the guide."""

    status: Literal["reingested"] = "reingested"
    clauses: int = Field(description="Clauses in the new index, now serving")
