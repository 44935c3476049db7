from __future__ import annotations

import pytest

from assistant.clauses import parse_guide
from assistant.corpus import Corpus, read_guide
from assistant.settings import DEFAULT_GUIDE


@pytest.fixture(scope="session")
def raw_guide() -> str:
    return read_guide(DEFAULT_GUIDE)


@pytest.fixture(scope="session")
def parsed(raw_guide: str):
    return parse_guide(raw_guide)


@pytest.fixture(scope="session")
def corpus(parsed, raw_guide: str) -> Corpus:
    return Corpus(parsed[0], raw_guide)


def find_clause(corpus: Corpus, needle: str):
    """The one clause whose text (whitespace ignored) contains ``needle``."""
    squashed = "".join(needle.split())
    hits = [c for c in corpus.clauses if squashed in "".join(c.text.split())]
    assert len(hits) == 1, f"{needle!r} in {len(hits)} clauses: {[c.clause_id for c in hits]}"
    return hits[0]
