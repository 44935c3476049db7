"""The shells (CLI, API, chat page) go through one door, assistant.service.Assistant: none of them
reaches into the retriever, the corpus, the answer chain or the calculator catalogue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHELLS = [ROOT / "assistant" / "cli.py", ROOT / "assistant" / "api.py", *sorted((ROOT / "ui").glob("*.py"))]

FORBIDDEN = {
    "the retriever": re.compile(r"\.retriever\b"),
    "the calculator catalogue": re.compile(r"\bdefault_catalogue\b|\bcatalogue\.(run|describe|specs)\b"),
    "the corpus": re.compile(r"\.corpus\b"),
    "the answer chain": re.compile(r"\bchain\b"),
    "a stage package": re.compile(r"^\s*(from|import) assistant\.(search|answer|guide)\b", re.MULTILINE),
    "the calculators package": re.compile(r"^\s*from assistant\.calculators(\.catalogue)? import", re.MULTILINE),
}


def offences(source: str) -> list[str]:
    return [f"{what}: {m.group(0).strip()!r} at line {source.count(chr(10), 0, m.start()) + 1}"
            for what, pattern in FORBIDDEN.items() for m in pattern.finditer(source)]


def test_the_shells_are_found() -> None:
    names = {p.name for p in SHELLS}
    assert {"cli.py", "api.py", "app.py", "render.py"} <= names


@pytest.mark.parametrize("path", SHELLS, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_shell_uses_only_the_assistant(path: Path) -> None:
    assert offences(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "line",
    [
        "clause = assistant.retriever.corpus.get(cid)",
        "hits = assistant.retriever.search(q, k=20)",
        "from assistant.calculators import CalculatorError, default_catalogue",
        "calc = catalogue.run(name, args)",
        "corpus = load_corpus(settings).corpus",
        "answerer = a.chain.answerer.name",
        "from assistant.guide.corpus import UnknownClauseError",
        "    from assistant.search.retrieval import SearchFilters",
    ],
)
def test_the_guard_catches_a_regression(line: str) -> None:
    assert offences(line)
