"""The assistant's public functions: the one place the CLI, the API and the UI call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.index import IndexProblem, read_manifest
from assistant.retrieval import Retriever, SearchFilters
from assistant.settings import Settings


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


@dataclass
class Assistant:
    settings: Settings
    retriever: Retriever

    @classmethod
    def load(cls, settings: Settings, *, build_if_missing: bool = True) -> Assistant:
        """Load the clauses, the embedder and the index once (building the index if absent)."""
        try:
            read_manifest(settings)
        except IndexProblem:
            if not build_if_missing:
                raise
            from assistant.cli import ingest

            ingest(settings)
        return cls(settings, Retriever.load(settings))

    def search(self, question: str, k: int | None = None, filters: SearchFilters | None = None) -> dict[str, Any]:
        query = clean_question(question, self.settings)
        hits = self.retriever.search(query, k=k, filters=filters)
        return {"query": query, "results": [h.as_result() for h in hits]}
