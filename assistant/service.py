"""The assistant's public functions: the one place the CLI, the API and the UI call."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from assistant.answer.calculate import OfflineCalculator
from assistant.answer.chain import AnswerChain, ExtractiveAnswerer
from assistant.answer.drafts import hotline_draft
from assistant.calculators import default_catalogue
from assistant.models import AnswerWarning
from assistant.search.index import EmbedderMismatch, IndexProblem
from assistant.search.retrieval import Retriever, SearchFilters
from assistant.settings import Settings

log = logging.getLogger(__name__)


class QuestionError(ValueError):
    """A question the assistant cannot take (empty, too long)."""


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
    """Previous turns as {"role": "user"|"assistant", "content": str}; the last ten are kept."""
    turns = []
    for turn in history[-10:]:
        if not isinstance(turn, dict) or turn.get("role") not in ("user", "assistant"):
            raise QuestionError('each history turn needs "role" ("user" or "assistant") and "content"')
        content = str(turn.get("content", ""))[: settings.max_question_chars * 2]
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
        return AnswerChain(retriever, answerer, settings.today, None, extractive, offline_calculator(retriever))
    calculate = offline_calculator(retriever)
    return AnswerChain(retriever, extractive, settings.today, calculate)


@dataclass
class Assistant:
    settings: Settings
    retriever: Retriever
    chain: AnswerChain | None = None

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

    def ask(
        self, question: str, history: list[dict[str, str]] | None = None, *, draft: bool = False, mode: str = "auto"
    ) -> dict[str, Any]:
        """Answer a question with citations (GUIDE.md §4 answer shape); ``draft`` adds a hotline reply;
        ``mode="extractive"`` quotes the guide even when a language model is configured."""
        query = clean_question(question, self.settings)
        chain = self.chain
        if mode == "extractive" and chain is not None and chain.answerer.name != "extractive":
            extractive = ExtractiveAnswerer(self.retriever, self.settings.today)
            chain = AnswerChain(self.retriever, extractive, self.settings.today, offline_calculator(self.retriever))
        assert chain is not None
        result = chain.invoke(query, clean_history(history or [], self.settings))
        if draft:
            result.draft = hotline_draft(result, self.settings.today)
        return result.model_dump(mode="json")

    def search(self, question: str, k: int | None = None, filters: SearchFilters | None = None) -> dict[str, Any]:
        query = clean_question(question, self.settings)
        hits = self.retriever.search(query, k=k, filters=filters)
        result: dict[str, Any] = {"query": query, "results": [h.as_result() for h in hits]}
        if self.retriever.degraded:
            result["warnings"] = [AnswerWarning(kind="index_degraded", detail=self.retriever.degraded).model_dump()]
        return result
