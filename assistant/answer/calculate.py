"""The chain's calculate step in the default mode: route the question to a calculator."""

from __future__ import annotations

from assistant.answer.conversation import condense
from assistant.calculators.catalogue import Catalogue
from assistant.calculators.router import Router, calculate, question_quantities
from assistant.language import detect_language
from assistant.models import Calculation


class OfflineCalculator:
    """The chain's calculate step in the default mode."""

    def __init__(self, catalogue: Catalogue, translate=None) -> None:
        self.router = Router(catalogue)
        self.translate = translate  # English question -> Chinese glossary terms

    def __call__(self, question: str, hits: list, history: list[dict[str, str]]) -> tuple[list[Calculation], str]:
        lang = detect_language(question)
        ranks = {h.clause.clause_id: i for i, h in enumerate(hits)}
        condensed = condense(question, history)
        text = question if question_quantities(question) else condensed
        extra = condensed if condensed != question else ""
        if self.translate is not None:
            extra = f"{extra} {self.translate(condensed) or ''}"
        return calculate(self.router, text, ranks, lang, extra)
