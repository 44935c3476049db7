"""The assistant's public functions: the one place the CLI, the API and the UI call. Each returns
a typed model (assistant/models.py); the shells turn it into JSON, HTML or text at their edge."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from assistant import __version__
from assistant.answer.calculate import OfflineCalculator
from assistant.answer.chain import AnswerChain, ExtractiveAnswerer
from assistant.answer.drafts import hotline_draft
from assistant.calculators import CalculatorError, Catalogue, default_catalogue
from assistant.calculators.problems import english_amount
from assistant.feedback import Feedback, FeedbackStore, KindFilter, feedback_path
from assistant.guide.corpus import CorpusMissingError, UnknownClauseError, read_guide
from assistant.incentives import MatchResult, ProfileError, ProjectProfile, match, parse_profile, render_html, render_pdf
from assistant.incentives.from_question import profile_from_question
from assistant.incentives.provisions import default_provisions
from assistant.models import (
    AnswerResult,
    AnswerWarning,
    Calculation,
    CalculatorInfo,
    Clause,
    FeedbackReceipt,
    Health,
    ReingestReport,
    SearchHit,
    SearchResult,
    StreamEvent,
)
from assistant.search.glossary import heading_label
from assistant.search.index import EmbedderMismatch, IndexProblem
from assistant.search.retrieval import Retriever, SearchFilters, canonical_level
from assistant.settings import Settings

__all__ = [
    "Assistant",
    "CalculatorError",
    "CorpusMissingError",
    "EmbedderMismatch",
    "IndexProblem",
    "ProfileError",
    "QuestionError",
    "RequestError",
    "UnknownCalculatorError",
    "UnknownClauseError",
    # words for an English reader, for the shells: a heading's English title, an amount in English units
    "english_amount",
    "heading_label",
]

log = logging.getLogger(__name__)


class RequestError(ValueError):
    """A request the assistant cannot take; the message says what to change."""


class QuestionError(RequestError):
    """A question the assistant cannot take (empty, too long, malformed history)."""


class UnknownCalculatorError(LookupError):
    """No calculator of that name."""


def clean_question(question: str, settings: Settings) -> str:
    text = " ".join(question.replace("\x00", " ").split())
    if not text:
        raise QuestionError("the question is empty")
    if len(text) > settings.max_question_chars:
        raise QuestionError(
            f"the question is {len(text)} characters long; the limit is {settings.max_question_chars}"
        )
    return text


def clean_history(history: list[dict[str, str]], settings: Settings) -> list[dict[str, str]]:
    """Previous turns as {"role": "user"|"assistant", "content": str}; the last ``max_history_turns``
    are kept, each cut to ``max_turn_chars``."""
    turns = []
    for turn in history[max(0, len(history) - settings.max_history_turns) :]:
        if not isinstance(turn, dict) or turn.get("role") not in ("user", "assistant"):
            raise QuestionError('each history turn needs "role" ("user" or "assistant") and "content"')
        content = str(turn.get("content", ""))[: settings.max_turn_chars]
        turns.append({"role": turn["role"], "content": content})
    return turns


def offline_calculator(retriever: Retriever) -> OfflineCalculator:
    return OfflineCalculator(default_catalogue(), retriever.translated)


def build_chain(settings: Settings, retriever: Retriever) -> AnswerChain:
    """The extractive chain, or the LLM chain (falling back to extractive) when PA_LLM is set."""
    extractive = ExtractiveAnswerer(retriever, settings.today)
    if settings.llm:
        from assistant.answer.llm import LLMAnswerer, chat_model

        answerer = LLMAnswerer(chat_model(settings), settings, default_catalogue())
        # the deterministic router runs first; the model's tools cover what it cannot route
        calculate = offline_calculator(retriever)
        return AnswerChain(retriever, answerer, settings.today, calculate, extractive, calculate)
    calculate = offline_calculator(retriever)
    return AnswerChain(retriever, extractive, settings.today, calculate)


@dataclass
class Assistant:
    """Answers, searches, clauses, calculators and feedback over one loaded index."""

    settings: Settings
    retriever: Retriever
    chain: AnswerChain | None = None
    catalogue: Catalogue = field(default_factory=default_catalogue)
    _reingest_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if self.chain is None:
            self.chain = build_chain(self.settings, self.retriever)

    @classmethod
    def load(cls, settings: Settings, *, build_if_missing: bool = True) -> Assistant:
        """Load the clauses, the embedder and the index once. A missing, half-written or corrupt
        index is rebuilt (when ``build_if_missing``); an index of another embedder is an error."""
        try:
            return cls(settings, Retriever.load(settings))
        except EmbedderMismatch:
            raise
        except IndexProblem as exc:
            if not build_if_missing:
                raise
            log.warning("the index is unusable (%s); rebuilding it", exc)
            from assistant.search.ingest import ingest

            ingest(settings)
            return cls(settings, Retriever.load(settings))

    def warm_up(self) -> None:
        """Load what the first question would otherwise wait for: the word segmenter and the guide's
        word counts the composer judges key words by (a few seconds, once per process)."""
        if self.retriever is not None and self.retriever.dictionary is not None:
            self.retriever.dictionary.get()
        chain = self.chain
        for answerer in (chain.answerer, chain.fallback) if chain else ():
            if isinstance(answerer, ExtractiveAnswerer):
                answerer.composer.frequency("")

    def ask(
        self,
        question: str,
        history: list[dict[str, str]] | None = None,
        *,
        draft: bool = False,
        mode: str = "auto",
        on_text: Callable[[str], None] | None = None,
    ) -> AnswerResult:
        """Answer a question with citations (GUIDE.md §4 answer shape); ``draft`` adds a hotline reply;
        ``mode="extractive"`` quotes the guide even when a language model is configured; ``on_text``
        receives the answer's text as it is produced, before verification."""
        query = clean_question(question, self.settings)
        chain = self.chain
        if mode == "extractive" and chain is not None and chain.answerer.name != "extractive":
            # the chain's own fallback: its composer has already read the guide's vocabulary once
            extractive = chain.fallback or ExtractiveAnswerer(self.retriever, self.settings.today)
            calculate = chain.fallback_calculate or offline_calculator(self.retriever)
            chain = AnswerChain(self.retriever, extractive, self.settings.today, calculate)
        assert chain is not None
        result = chain.invoke(query, clean_history(history or [], self.settings), on_text)
        if draft:
            result.draft = hotline_draft(result, self.settings.today)
        return result

    def stream(
        self, question: str, history: list[dict[str, str]] | None = None, *, draft: bool = False, mode: str = "auto"
    ) -> Iterator[StreamEvent]:
        """The answer as it is produced: ``token`` events (a language model's tokens as they arrive,
        the extractive answer line by line), then one ``final`` event with the verified answer,
        which replaces the streamed text. A bad question raises before the first event."""
        clean_question(question, self.settings)
        events: queue.Queue[StreamEvent | BaseException] = queue.Queue()

        def produce() -> None:
            try:
                def token(text: str) -> None:
                    events.put(StreamEvent(event="token", text=text))

                result = self.ask(question, history, draft=draft, mode=mode, on_text=token)
                events.put(StreamEvent(event="final", result=result))
            except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
                events.put(exc)

        threading.Thread(target=produce, name="answer-stream", daemon=True).start()
        while True:
            item = events.get()
            if isinstance(item, BaseException):
                raise item
            yield item
            if item.event == "final":
                return

    def search(self, question: str, k: int | None = None, filters: SearchFilters | None = None) -> SearchResult:
        """The ``k`` clauses that best answer ``question`` (``settings.search_k`` by default), best
        first; build ``filters`` with :func:`search_filters`."""
        query = clean_question(question, self.settings)
        hits = self.retriever.search(query, k=k, filters=filters)
        result = SearchResult(query=query, results=[SearchHit.model_validate(h.as_result()) for h in hits])
        if self.retriever.degraded:
            result.warnings.append(AnswerWarning(kind="index_degraded", detail=self.retriever.degraded))
        return result

    def search_filters(self, levels: Iterable[str] = (), doc: str | None = None, current: bool = False) -> SearchFilters:
        """The filters of a search request: policy levels by any alias (国家级, national, …; an unknown
        one is a :class:`RequestError`), a document title fragment, and ``current`` for clauses whose
        stated period has not ended by the reference date."""
        try:
            canonical = tuple(canonical_level(level) for level in levels)
        except ValueError as exc:
            raise RequestError(str(exc)) from None
        return SearchFilters(levels=canonical, doc_title=doc or None, valid_on=self.settings.today if current else None)

    def clause(self, clause_id: str) -> Clause:
        """One clause by id; :class:`UnknownClauseError` (with the nearest ids) when there is none."""
        return self.retriever.corpus.get(clause_id.strip())

    def clauses(self, clause_ids: Sequence[str] | None = None) -> list[Clause]:
        """Every clause in the guide's order, or just these (unknown ids raise), in the guide's order."""
        corpus = self.retriever.corpus
        if clause_ids is None:
            return list(corpus.clauses)
        chosen = {clause_id: corpus.get(clause_id) for clause_id in clause_ids}
        return sorted(chosen.values(), key=lambda c: corpus.order[c.clause_id])

    def calculators(self) -> list[CalculatorInfo]:
        return [CalculatorInfo.model_validate(item) for item in self.catalogue.describe()]

    def match(self, profile: ProjectProfile | dict[str, Any]) -> MatchResult:
        """Every provision of ``corpus/incentives.json`` judged against a project profile (a
        :class:`ProjectProfile` or its JSON object; a bad one raises :class:`ProfileError` naming the field),
        with amounts from the calculators, validity on PA_TODAY and totals (GUIDE.md §4 incentive match)."""
        chosen = profile if isinstance(profile, ProjectProfile) else parse_profile(profile)
        return match(chosen, default_provisions(), self.catalogue, self.retriever.corpus, self.settings.today)

    def match_report(
        self, profile: ProjectProfile | dict[str, Any], *, fmt: Literal["html", "pdf"], lang: Literal["zh", "en"] = "zh"
    ) -> str | bytes:
        """The match of ``profile`` as the report an officer hands over: a printable HTML page (``str``) or
        a PDF (``bytes``), in Chinese or English (labels in English; the guide's quotes stay Chinese)."""
        if lang not in ("zh", "en"):
            raise RequestError(f"unknown report language {lang!r}: zh or en")
        result = self.match(profile)
        if fmt == "html":
            return render_html(result, lang)
        if fmt == "pdf":
            return render_pdf(result, lang)
        raise RequestError(f"unknown report format {fmt!r}: html or pdf")

    def profile_from_question(self, question: str) -> ProjectProfile | None:
        """The project a chat question describes when it asks which policies apply ("我们要在伊金霍洛旗建一个年用电
        1 亿度的数据中心，能享受哪些政策？"), for the chat to hand over to :meth:`match`; ``None`` otherwise."""
        return profile_from_question(question)

    def calculate(self, name: str, inputs: dict[str, Any]) -> Calculation:
        """Run calculator ``name``: :class:`UnknownCalculatorError` for an unknown name,
        :class:`CalculatorError` for inputs it cannot take."""
        if name not in self.catalogue.specs:
            shown = name if len(name) <= 80 else f"{name[:80]}…"
            raise UnknownCalculatorError(f"unknown calculator {shown!r}; `policy-assistant calc list` or GET /v1/calculators lists them")
        return self.catalogue.run(name, inputs)

    @cached_property
    def feedback_store(self) -> FeedbackStore:
        return FeedbackStore(feedback_path(self.settings.data_dir))

    def feedback(self, item: Feedback) -> FeedbackReceipt:
        """Store one thumbs up or down, or a ticket (``item.kind``) logged with the status open."""
        return FeedbackReceipt(id=self.feedback_store.add(item))

    def export_feedback(self, fmt: Literal["jsonl", "csv"] = "jsonl", kind: KindFilter = "all") -> str:
        """The feedback of ``kind`` (verdicts, tickets or all), oldest first, as JSON lines or CSV."""
        return self.feedback_store.export(fmt, kind)

    def index_built(self) -> datetime | None:
        """When the serving index was built: the time its manifest was written (the last step of an
        ingest); None when the manifest is gone."""
        try:
            return datetime.fromtimestamp(self.settings.manifest_path.stat().st_mtime)
        except OSError:
            return None

    def health(self) -> Health:
        return Health(
            version=__version__,
            clauses=len(self.retriever.corpus),
            embedder=self.retriever.embedder.model_id,
            answerer=self.chain.answerer.name if self.chain else "extractive",
        )

    @staticmethod
    def ingest(settings: Settings, *, with_index: bool = True, quiet: bool = False) -> list[Clause]:
        """Parse the guide and build the index under ``settings.data_dir`` (the first build, before any
        assistant can load); the clauses written."""
        from assistant.search.ingest import ingest

        return list(ingest(settings, quiet=quiet, with_index=with_index).clauses)

    def check_calculators(self, path: Path | None = None) -> tuple[int, list[str]]:
        """Check that every calculator parameter is quoted from its clause: the number of calculators
        checked and the problems found (none when sound). ``path``: another calculators file."""
        from assistant.calculators.check import check_catalogue

        catalogue = Catalogue.load(path, strict=False) if path else self.catalogue
        return len(catalogue.specs), check_catalogue(catalogue, self.retriever.corpus)

    def guide_text(self) -> str:
        """The raw guide, as received (source spans index it)."""
        return read_guide(self.settings.guide_path)

    def reingest(self) -> ReingestReport:
        """Parse the guide again, build a new index beside the serving one, then swap it in; requests
        already running finish on the old one. One rebuild at a time."""
        from assistant.search.ingest import ingest

        with self._reingest_lock:
            ingest(self.settings, quiet=True)
            retriever = Retriever.load(self.settings, embedder=self.retriever.embedder, mode=self.retriever.mode)
            chain = build_chain(self.settings, retriever)
            self.retriever, self.chain = retriever, chain
        return ReingestReport(clauses=len(retriever.corpus))
