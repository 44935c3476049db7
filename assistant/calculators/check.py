"""Every calculator parameter must be stated, verbatim, by the clause it names."""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.calculators.catalogue import Catalogue
from assistant.calculators.kinds import RANGE_SEPARATORS
from assistant.guide.corpus import Corpus, UnknownClauseError
from assistant.guide.text import squash
from assistant.quantities import chinese_to_int, normalise


def numbers_in(text: str) -> set[Decimal]:
    text = normalise(text)
    found = {Decimal(n.replace(",", "")) for n in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", text)}
    for word in re.findall(r"[一二两三四五六七八九十百千]+", text):
        value = chinese_to_int(word)
        if value:
            found.add(Decimal(value))
    return found


def check_catalogue(catalogue: Catalogue, corpus: Corpus) -> list[str]:
    problems: list[str] = []
    for spec in catalogue.specs.values():
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
            values = [param.value]
            for sep in RANGE_SEPARATORS:
                if sep in param.value:
                    values = param.value.split(sep, 1)
            stated = numbers_in(param.quote)
            for value in values:
                if Decimal(value) not in stated:
                    problems.append(f"{where}: the quote does not state {value}: {param.quote!r}")
    return problems
