"""Evaluation datasets (GUIDE.md §4): one JSON object per line, gold by verbatim evidence quote."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, Field, ValidationError, field_validator

from assistant.guide.text import squash
from assistant.models import Clause
from assistant.quantities import quantities

Item = TypeVar("Item", bound=BaseModel)

QuestionType = Literal["fact", "numeric", "calc", "multi_clause", "list", "eligibility", "out_of_scope"]


def _numbers_state_numbers(numbers: list[str]) -> list[str]:
    """Expected numbers are compared by value, so each must state one; words belong in ``answer_terms``."""
    for text in numbers:
        if not quantities(text):
            raise ValueError(f"answer number {text!r} states no number; put words in answer_terms")
    return numbers


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

    _numbers = field_validator("answer_numbers")(_numbers_state_numbers)


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

    _numbers = field_validator("answer_numbers")(_numbers_state_numbers)

    def gold_groups(self, clauses: list[Clause]) -> list[set[str]]:
        """For each piece of evidence, the clauses that contain it (any one of them is right)."""
        groups = [set(evidence_clauses(ev, clauses)) for ev in self.evidence]
        groups += [{cid} for cid in self.clause_ids]
        return groups


def evidence_clauses(evidence: str, clauses: list[Clause]) -> list[str]:
    """The clauses whose text contains the quote; a quote of a document's title or number, which no
    clause's text carries, names every clause of that document (each states it in its metadata)."""
    needle = squash(evidence)
    found = [c.clause_id for c in clauses if needle in squash(c.text)]
    if found:
        return found
    return [c.clause_id for c in clauses if any(needle in squash(m) for m in (c.doc_title, c.doc_number) if m)]


class DatasetError(ValueError):
    pass


def load_dataset(path: Path) -> list[EvalItem] | list[ProfileItem]:
    """A question dataset, or a profiles dataset (its lines carry ``"profile"``) for the match mode."""
    if not path.is_file():
        raise DatasetError(f"no dataset at {path}")
    if _first_is_profile(path):
        return _read_lines(path, ProfileItem)
    return _read_lines(path, EvalItem)


def _read_lines(path: Path, model: type[Item]) -> list[Item]:
    """One ``model`` per non-blank line of a JSONL file; a bad line is a :class:`DatasetError` naming it."""
    items: list[Item] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(model.model_validate(json.loads(line)))
        except (ValueError, ValidationError) as exc:
            raise DatasetError(f"{path}:{number}: {exc}") from exc
    return items


# --- Incentive-match datasets (issue 15): one project profile per line, gold by verbatim quote ---

GUIDE_PARTS = ("第一篇", "第二篇", "第三篇", "第四篇", "第五篇", "第六篇")
"""The guide's six parts; a profile item names the one its project belongs to (its sector's part)."""


class ExpectedAmount(BaseModel):
    low: str = Field(description="Lowest amount in 元, exact decimal")
    high: str = Field(description="Highest amount in 元 (equal to low unless the guide gives a range)")
    per: Literal["once", "year"]


class MustFind(BaseModel):
    """A provision the match must report, named by a verbatim quote of the guide, with its status and amount."""

    evidence: str = Field(min_length=1, description="Verbatim words of the guide (whitespace ignored) of the provision")
    status: Literal["eligible", "unknown", "not_eligible"]
    amount: ExpectedAmount | None = None


class ProfileItem(BaseModel):
    """One line of a profiles dataset: a project and what an investment officer would find for it."""

    id: str
    description: str = Field(min_length=1)
    part: str = Field(description="The part of the guide the project belongs to (第一篇 … 第六篇)")
    profile: dict[str, Any]
    must_find: list[MustFind] = Field(min_length=1)
    must_not_find: list[str] = Field(default_factory=list, description="Verbatim quotes of provisions that must not be reported eligible")

    # the run and report treat every item alike: these name a profile item as the question items do
    @property
    def question(self) -> str:
        return self.description

    type: Literal["profile"] = "profile"
    lang: Literal["zh", "en"] = "zh"


def is_profiles_line(data: Any) -> bool:
    return isinstance(data, dict) and "profile" in data


def load_profiles(path: Path) -> list[ProfileItem]:
    """A profiles dataset (``evals/datasets/profiles.jsonl``); a bad line is a :class:`DatasetError` naming it."""
    if not path.is_file():
        raise DatasetError(f"no dataset at {path}")
    return _read_lines(path, ProfileItem)


def _first_is_profile(path: Path) -> bool:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                return is_profiles_line(json.loads(line))
            except ValueError:
                return False
    return False
