"""Every calculator spec must fit its kind (parameters, inputs, units), and every parameter must be
stated, verbatim, by the clause it names."""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.calculators.catalogue import Catalogue
from assistant.calculators.kinds import check_against_kind
from assistant.guide.corpus import Corpus, UnknownClauseError
from assistant.guide.text import squash
from assistant.quantities import figures, normalise, parse_span, plain

# Words that state a share of what is taxed or paid as plainly as a figure: 减半 is half of it (50%), 免征 none (0%).
_SHARE_WORDS = {"减半": Decimal(50), "免征": Decimal(0)}


# A ratio of two amounts ("按…财政投入资金 1:1 的比例"): each as a share of the other.
_RATIO = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*[:：]\s*(\d+(?:\.\d+)?)(?![\d.])")


def numbers_in(text: str) -> set[Decimal]:
    """Every number the text writes, as written (5 in 5万元) and with its scale (50000), in digits or Chinese numerals,
    the shares its words state (减半: 50, 免征: 0), and the shares its ratios state (1:1: 100)."""
    stated = {n for f in figures(normalise(text)) for n in (f.written, f.number)}
    ratios = {Decimal(b) / Decimal(a) * 100 for m in _RATIO.finditer(text) for a, b in (m.groups(), m.groups()[::-1]) if Decimal(a)}
    return stated | {share for word, share in _SHARE_WORDS.items() if word in text} | ratios


def check_catalogue(catalogue: Catalogue, corpus: Corpus) -> list[str]:
    problems: list[str] = []
    for spec in catalogue.specs.values():
        problems += check_against_kind(spec)
        for name, param in spec.all_parameters():
            where = f"{spec.name}.{name}"
            try:
                clause = corpus.get(param.clause_id)
            except UnknownClauseError:
                problems.append(f"{where}: unknown clause {param.clause_id}")
                continue
            if squash(param.quote) not in squash(clause.text):
                problems.append(f"{where}: quote not in {param.clause_id}: {param.quote!r}")
                continue
            span = parse_span(param.value)
            if span is None:
                problems.append(f"{where}: not a number or a range: {param.value!r}")
                continue
            stated = numbers_in(param.quote)
            for value in dict.fromkeys(span):
                if value not in stated:
                    problems.append(f"{where}: the quote does not state {plain(value)}: {param.quote!r}")
    return problems
