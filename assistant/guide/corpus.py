"""The clause store: parse the guide once, write clauses as JSON lines, read them back."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from assistant.guide.clauses import parse_guide
from assistant.models import Clause


class UnknownClauseError(KeyError):
    """A clause id that the guide does not have."""

    def __init__(self, clause_id: str, near: list[str]) -> None:
        hint = f" Did you mean: {', '.join(near)}?" if near else ""
        shown = clause_id if len(clause_id) <= 80 else f"{clause_id[:80]}…"  # an error never echoes a page
        super().__init__(f"unknown clause id {shown!r}.{hint}")
        self.clause_id = clause_id

    def __str__(self) -> str:
        return str(self.args[0])


class CorpusMissingError(RuntimeError):
    """No clauses have been ingested yet."""


def read_guide(path: Path) -> str:
    if not path.is_file():
        raise FileNotFoundError(f"the guide is not at {path}; set PA_GUIDE_PATH to its location")
    return path.read_text(encoding="utf-8")


def clauses_to_jsonl(clauses: list[Clause]) -> str:
    return "".join(json.dumps(c.model_dump(mode="json"), ensure_ascii=False) + "\n" for c in clauses)


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside ``path`` and rename it over: never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_clauses(path: Path) -> list[Clause]:
    if not path.is_file():
        raise CorpusMissingError(f"no clauses at {path}: run `policy-assistant ingest` first")
    clauses = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            clauses.append(Clause.model_validate_json(line))
        except ValueError as exc:
            raise CorpusMissingError(f"{path} line {number} is corrupt ({exc}); run `policy-assistant ingest`") from exc
    return clauses


class Corpus:
    """All clauses of the guide, by id and in document order."""

    def __init__(self, clauses: list[Clause], raw: str | None = None) -> None:
        self.clauses = clauses
        self.raw = raw
        self.by_id = {c.clause_id: c for c in clauses}
        self.order = {c.clause_id: i for i, c in enumerate(clauses)}

    @classmethod
    def from_guide(cls, path: Path) -> Corpus:
        raw = read_guide(path)
        clauses, _ = parse_guide(raw)
        return cls(clauses, raw)

    def get(self, clause_id: str) -> Clause:
        try:
            return self.by_id[clause_id]
        except KeyError:
            prefix = clause_id.rsplit(".", 1)[0]
            near = [cid for cid in self.by_id if cid.startswith(prefix)][:5]
            raise UnknownClauseError(clause_id, near) from None

    def __len__(self) -> int:
        return len(self.clauses)

