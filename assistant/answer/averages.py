"""Averages: a total over a number of years, asked per year.

"力争用 3年左右时间，全国新培育领军人才 1.5 万人次以上" asked "what's the average per year?" is
1.5万 ÷ 3 = 5000 a year; "按照每家企业连续支持三年，每家企业合计 600 万元测算" asked "what does that
average per year?" is 600万元 ÷ 3 = 200万元. The principle: when a question asks what a total comes to
each year on average, and the question (or else the provision found for it) states one amount or
count together with the number of years it is spread over, the answer is the one divided by the other.

The provision's total must be stated in the same sentence as its years and be no yearly figure itself
("每年给予 300 万元" is already per year); when a sentence states several totals, which one is meant is
a guess, and nothing is computed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from assistant.answer.extractive import QuestionTerms
from assistant.answer.growth import YEARS_ASKED_EN, YEARS_MAX, bare_year
from assistant.answer.question import Question
from assistant.answer.shares import covered_provisions
from assistant.models import Calculation, Clause
from assistant.quantities import Figure, figures, normalise, number_word, plain, scaled_text, value_unit

# A question asking what something comes to each year on average.
_AVERAGE_ASKED = re.compile(
    r"平均(?:下来|算下来|算|到|分摊到|摊到)?(?:每|一)年|每年平均|一年平均|年均|"
    r"\baverage(?:s|d)?\b[^?.;]{0,40}\b(?:per|a|each|every) year\b|\b(?:per|a|each) year\b[^?.;]{0,20}\bon average\b|"
    r"\bannual average\b|\baverage (?:annual|yearly)\b",
    re.IGNORECASE,
)
# The years a total is spread over ("连续支持三年", "用 3年左右时间"; in English as growth.YEARS_ASKED_EN reads
# them: "over three years", "in about 3 years").
_YEARS_ZH = re.compile(r"(?:连续|持续|用|分)?\s*(\d+|[一二两三四五六七八九十]+)\s*年(?:左右|内|时间|里|间)?(?!\d)")
# A figure stated per year already ("每年给予 300 万元", "年均增长").
_PER_YEAR_BEFORE = re.compile(r"(?:每年|年均|每一年|/年)[^，,；;。\d]{0,8}$")
# How many of the best clauses found may be cited for a total the question states.
CLAUSES_CITED = 3


def _totals(text: str, question: bool = True) -> list[Figure]:
    """The amounts and counts ``text`` (a question's, or else a provision's) states that are no years,
    shares or yearly figures."""
    return [f for f in figures(text, question=question, described=question)
            if f.reads_as_quantity and f.dimension not in ("percent", "years", "months", "days")
            and not bare_year(f)
            and not _PER_YEAR_BEFORE.search(text[: f.start])]


def _years(text: str, lang: str) -> set[int]:
    pattern = _YEARS_ZH if lang == "zh" else YEARS_ASKED_EN
    found = {n for m in pattern.finditer(text) if (n := number_word(next(g for g in m.groups() if g))) is not None}
    return {n for n in found if 1 < n <= YEARS_MAX}


@dataclass
class AverageCalculator:
    """Divides the total a question or its provision states by the years it is spread over."""

    tokenize: Callable[[str], list[str]]  # the guide's tokens of a text, English translated

    def __call__(self, question: Question, clauses: Sequence[Clause], terms: QuestionTerms) -> Calculation | None:
        text = normalise(question.text)
        if not _AVERAGE_ASKED.search(text):
            return None
        stated = _totals(text)
        years = _years(text, question.lang)
        if len(stated) == 1 and len(years) == 1:
            # "15,000 talents in about 3 years: what's the average per year?": the question states both;
            # the clause found that states the same total is cited
            total = stated[0]
            source = [c.clause_id for c in clauses[:CLAUSES_CITED]
                      if any(f.value == total.value for f in figures(normalise(c.text)))]
            return self._calculation(total, years.pop(), source[:1])
        if stated:
            return None  # a question stating a figure asks about it: a provision's total is no answer
        for _, clause, _, _, found in covered_provisions(clauses, terms, self.tokenize, _spread):
            if len(found) == 1:
                total, spread = found[0]
                return self._calculation(total, spread, [clause.clause_id])
            return None  # the best provision states several totals over years: which one is meant is a guess
        return None

    @staticmethod
    def _calculation(total: Figure, years: int, clause_ids: list[str]) -> Calculation:
        unit = value_unit(total)
        value = total.value / years

        def show(v: Decimal) -> str:
            return scaled_text(v, unit)

        return Calculation(
            tool="average",
            inputs={"total": plain(total.value), "years": str(years)},
            steps=[f"{show(total.value)} ÷ {years}年 = {show(value)}/年"],
            result=plain(value),
            unit=unit,
            clause_ids=clause_ids,
        )


def _spread(text: str) -> list[tuple[Figure, int]]:
    """The totals of ``text``'s sentences that state the one number of years they are spread over."""
    out: list[tuple[Figure, int]] = []
    for sentence in re.split(r"[。；;]", text):
        years = _years(sentence, "zh")
        totals = _totals(sentence, question=False)
        if len(years) == 1 and totals:
            out += [(f, next(iter(years))) for f in totals]
    return out
