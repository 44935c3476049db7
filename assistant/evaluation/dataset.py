"""Evaluation datasets (GUIDE.md §4): one JSON object per line, gold by verbatim evidence quote."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from assistant.guide.text import squash
from assistant.models import Clause

QuestionType = Literal["fact", "numeric", "calc", "multi_clause", "list", "eligibility", "out_of_scope"]


class CalcGold(BaseModel):
    expression: str
    result: str


class PartGold(BaseModel):
    """One part of a multi-part item: what it asks and what its answer must state."""

    question: str = ""
    slot: str | None = None
    evidence: list[str] = Field(default_factory=list)
    answer_numbers: list[str] = Field(default_factory=list)
    answer_terms: list[str] = Field(default_factory=list)


class EvalItem(BaseModel):
    id: str
    question: str = Field(min_length=1)
    lang: Literal["zh", "en"] = "zh"
    type: QuestionType
    evidence: list[str] = Field(default_factory=list)
    clause_ids: list[str] = Field(default_factory=list, description="Gold clauses by id, where a set gives them")
    answer_numbers: list[str] = Field(default_factory=list)
    expected: str = ""
    calc: CalcGold | None = None
    history: list[dict[str, str]] = Field(default_factory=list)
    slot: str | None = Field(None, description="What a one-part question asks (amount, doc_number, department, …)")
    answer_terms: list[str] = Field(default_factory=list, description="Words the answer must state (a document number, a department)")
    parts: list[PartGold] = Field(default_factory=list, description="The parts of a multi-part question")

    def gold_groups(self, clauses: list[Clause]) -> list[set[str]]:
        """For each piece of evidence, the clauses that contain it (any one of them is right)."""
        groups = [set(evidence_clauses(ev, clauses)) for ev in self.evidence]
        groups += [{cid} for cid in self.clause_ids]
        return groups


def evidence_clauses(evidence: str, clauses: list[Clause]) -> list[str]:
    needle = squash(evidence)
    return [c.clause_id for c in clauses if needle in squash(c.text)]


class DatasetError(ValueError):
    pass


def load_dataset(path: Path) -> list[EvalItem]:
    if not path.is_file():
        raise DatasetError(f"no dataset at {path}")
    items: list[EvalItem] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(EvalItem.model_validate(json.loads(line)))
        except (ValueError, ValidationError) as exc:
            raise DatasetError(f"{path}:{number}: {exc}") from exc
    return items
