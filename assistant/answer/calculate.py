"""The chain's calculate step in the default mode: route the question to a calculator."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from assistant.answer.conversation import condense
from assistant.answer.question import level_of, parse_question, situation
from assistant.calculators.catalogue import Catalogue
from assistant.calculators.kinds import param_value, tier_bands
from assistant.calculators.router import Router, calculate, compute, question_quantities
from assistant.language import detect_language
from assistant.models import Calculation, Clause
from assistant.quantities import money_text, plain

# The bands of a tiered provision a part asks the amount of by what is done in them: exempt (a rate of 0) or halved (a
# rate of 50%): "免征的有多少", "how much of that is fully exempt", "how much is taxed at half" (not "how much is left to be
# taxed after the exemption and the halving", the taxable part of the whole).
_BANDS_NAMED = (
    (Decimal(0), re.compile(r"(?:免征|免税)的?(?:部分)?(?:有|是)?多少|多少[^，,？?]{0,6}(?:免征|免税)|"
                            r"\bhow much\b[^?.;,]{0,30}\b(?:is|are|would be|will be)\s+(?:[\w-]+\s+){0,3}?(?:fully\s+|completely\s+)?"
                            r"(?:tax-exempt|exempt|tax-free|free of (?:corporate )?(?:income )?tax)\b", re.IGNORECASE)),
    (Decimal("0.5"), re.compile(r"减半(?:征收)?的?(?:部分)?(?:有|是)?多少|多少[^，,？?]{0,6}减半|"
                                r"\bhow much\b[^?.;,]{0,30}\b(?:is|are|would be|will be)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:taxed\s+at\s+(?:a\s+)?half|halved)\b",
                                re.IGNORECASE)),
)

# The local levels, each with programmes of its own.
LOCAL_LEVELS = frozenset({"市级", "旗级"})


def own_level_first(question: str, clauses: Sequence[Clause], strict: bool = False) -> list[Clause]:
    """The city and the banner run parallel programmes with their own figures: in a question placed in one
    ("伊旗全职引进了一名C类…", "…in Ejin Horo"), the other's provisions found below the first of its own (with
    ``strict``, any of them) are not the ones asked about (national and regional provisions apply in both)."""
    if (level := level_of(question)) not in LOCAL_LEVELS:
        return list(clauses)
    own = next((i for i, c in enumerate(clauses) if c.level == level), None)
    if own is None:
        return list(clauses)
    return [c for i, c in enumerate(clauses) if (i < own and not strict) or c.level not in LOCAL_LEVELS - {level}]


class OfflineCalculator:
    """The chain's calculate step in the default mode."""

    def __init__(self, catalogue: Catalogue, translate=None) -> None:
        self.router = Router(catalogue)
        self.translate = translate  # English question -> Chinese glossary terms

    def __call__(self, question: str, hits: list, history: list[dict[str, str]]) -> tuple[list[Calculation], str]:
        lang = detect_language(question)
        kept = {c.clause_id for c in own_level_first(question, [h.clause for h in hits])}
        ranks = {h.clause.clause_id: i for i, h in enumerate(hits) if h.clause.clause_id in kept}
        condensed = condense(question, history)
        text = question if question_quantities(question) else condensed
        extra = condensed if condensed != question else ""
        if self.translate is not None:
            extra = f"{extra} {self.translate(condensed) or ''}"
        calculations, note = calculate(self.router, text, ranks, lang, extra)
        if len(calculations) == 1 and lang == "zh" and text == question:
            calculations = self._by_part(question, calculations[0], ranks, extra)
        if len(calculations) == 1 and (bands := self._bands_by_part(question, calculations[0])):
            calculations = bands
        return calculations, note

    def _bands_by_part(self, question: str, whole: Calculation) -> list[Calculation]:
        """The amount in each band of a tiered provision that a part of the question asks by what the band is
        ("how much of that is fully exempt, and how much is taxed at half?" of "不超过 500 万元的部分免征…，超过部分减半
        征收": 500万元 and 300万元 of 800万元), each noted with its part; none when no part asks a band."""
        spec = self.router.catalogue.specs.get(whole.tool)
        if spec is None or spec.kind != "tiered" or "base" not in whole.inputs:
            return []
        parts = parse_question(question).parts
        base = Decimal(whole.inputs["base"])
        bands = tier_bands(spec.params)  # type: ignore[arg-type]
        out: list[Calculation] = []
        for i, part in enumerate(parts):
            asked = [(lo, up, rate.label) for lo, up, rate in bands for share, words in _BANDS_NAMED
                     if param_value(rate).low == share and words.search(part.text)]
            if len(asked) != 1:
                continue
            lo, up, name = asked[0]
            amount = max(Decimal(0), (min(base, up) if up is not None else base) - lo)
            name = name or (f"{money_text(lo)}至{money_text(up)}部分" if up is not None else f"超过{money_text(lo)}部分")
            step = (f"{name}：{money_text(base)} − {money_text(lo)} = {money_text(amount)}" if up is None
                    else f"{name}：{money_text(amount)}（{money_text(base)}中不超过{money_text(up)}的部分）")
            out.append(whole.model_copy(update={"result": plain(amount), "steps": [step], "part": i}))
        if out:
            # ("…fully exempt, and what is the effective taxable base after the halving?": another part asking an amount
            # asks the whole's)
            banded = {c.part for c in out}
            out += [whole.model_copy(update={"part": i}) for i, part in enumerate(parts)
                    if i not in banded and part.slot in ("amount", "count", "fact")]
        return sorted(out, key=lambda c: c.part if c.part is not None else -1)

    def _by_part(self, question: str, first: Calculation, ranks: dict[str, int], extra: str) -> list[Calculation]:
        """The calculation of the whole question, and the figures other parts ask of calculators the whole question
        rules out, each part asked with the question's situation ("伊旗地方性肉牛保险，我养了50头，自己要交多少保费？旗财政补多少？": the
        farmer's premium and the banner's subsidy); each noted with the part it answers when there are several."""
        parts = parse_question(question).parts
        if len(parts) < 2:
            return [first]
        told = situation(question)
        # (only a calculator the whole question rules out by another part's words: "旗财政补多少" is no farmer's own
        # premium; one the whole question could take but did not is a worse fit, not another part's figure)
        whole = {spec.name for spec in self.router.candidates(question, ranks, extra)}
        out: list[Calculation] = [first]
        for i, part in enumerate(parts):
            if part.slot not in ("amount", "price"):
                continue
            asked = f"{told}，{part.text}" if told and told not in part.text else part.text
            route = self.router.route(asked, ranks, extra)
            if route is None or route.missing:
                continue
            if route.spec.name == first.tool:
                if out[0].part is None:
                    out[0] = out[0].model_copy(update={"part": i})
                continue
            if route.spec.name in whole or route.spec.name in {c.tool for c in out}:
                continue
            computed, _ = compute(self.router, route, asked, "zh")
            if computed:
                out.append(computed[0].model_copy(update={"part": i}))
        if len(out) == 1:
            return [first]
        return sorted(out, key=lambda c: c.part if c.part is not None else -1)
