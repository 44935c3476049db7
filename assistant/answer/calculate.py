"""The chain's calculate step in the default mode: route the question to a calculator."""

from __future__ import annotations

from assistant.answer.conversation import condense
from assistant.answer.question import level_of
from assistant.calculators.catalogue import Catalogue
from assistant.calculators.router import Router, calculate, question_quantities
from assistant.language import detect_language
from assistant.models import Calculation

# The local levels, each with programmes of its own.
LOCAL_LEVELS = frozenset({"市级", "旗级"})


class OfflineCalculator:
    """The chain's calculate step in the default mode."""

    def __init__(self, catalogue: Catalogue, translate=None) -> None:
        self.router = Router(catalogue)
        self.translate = translate  # English question -> Chinese glossary terms

    def __call__(self, question: str, hits: list, history: list[dict[str, str]]) -> tuple[list[Calculation], str]:
        lang = detect_language(question)
        ranks = {h.clause.clause_id: i for i, h in enumerate(hits)}
        if (level := level_of(question)) in LOCAL_LEVELS:
            # the city and the banner run parallel programmes with their own figures: in a question placed
            # in one ("伊旗全职引进了一名C类…"), whose own provision is found above the other's, the other's
            # calculator is not the one asked for (national and regional provisions apply in both)
            own = next((i for i, h in enumerate(hits) if h.clause.level == level), None)
            if own is not None:
                ranks = {h.clause.clause_id: i for i, h in enumerate(hits) if i < own or h.clause.level not in LOCAL_LEVELS - {level}}
        condensed = condense(question, history)
        text = question if question_quantities(question) else condensed
        extra = condensed if condensed != question else ""
        if self.translate is not None:
            extra = f"{extra} {self.translate(condensed) or ''}"
        return calculate(self.router, text, ranks, lang, extra)
