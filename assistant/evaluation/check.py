"""Validate a hand-written dataset against the guide before running it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import get_args

from pydantic import ValidationError

from assistant.evaluation.dataset import GUIDE_PARTS, EvalItem, ProfileItem, QuestionType, evidence_clauses, is_profiles_line
from assistant.guide.text import squash
from assistant.models import Clause
from assistant.quantities import UnitError, figures, normalise, parse_quantity, to_decimal


def check_dataset(path: Path, clauses: list[Clause], raw_guide: str) -> list[str]:
    """Problems found, each ``file:line: message``; empty when the dataset is sound."""
    problems: list[str] = []
    if not path.is_file():
        return [f"{path}: no such file"]
    guide = squash(raw_guide)
    known_ids = {c.clause_id for c in clauses}
    ids: Counter[str] = Counter()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError as exc:
            problems.append(f"{where}: not JSON ({exc.args[0]})")
            continue
        if is_profiles_line(data):
            problems += _check_profile_item(data, where, ids, guide, clauses)
            continue
        if isinstance(data, dict) and data.get("type") not in get_args(QuestionType):
            problems.append(f"{where}: unknown type {data.get('type')!r}; use one of {', '.join(get_args(QuestionType))}")
            continue
        try:
            item = EvalItem.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            problems.append(f"{where}: field {'.'.join(map(str, first['loc']))}: {first['msg']}")
            continue
        ids[item.id] += 1
        if ids[item.id] == 2:
            problems.append(f"{where}: duplicate id {item.id!r}")
        if item.type == "out_of_scope":
            if item.evidence or item.clause_ids:
                problems.append(f"{where}: out_of_scope item {item.id} must have no evidence")
        elif not item.evidence and not item.clause_ids:
            problems.append(f"{where}: item {item.id} has no evidence")
        for cid in item.clause_ids:
            if cid not in known_ids:
                problems.append(f"{where}: unknown clause id {cid!r} in {item.id}")
        problems += _check_evidence(item.evidence, f"{where}: ", item.id, guide, clauses)
        problems += [f"{where}: {p}" for p in _scaled_bare_numbers(item.answer_numbers, item.expected, item.evidence, item.id)]
        for n, part in enumerate(item.parts, 1):
            problems += _check_evidence(part.evidence, f"{where}: part {n} ", item.id, guide, clauses)
        if item.type == "calc":
            if item.calc is None:
                problems.append(f"{where}: calc item {item.id} needs \"calc\": {{\"expression\", \"result\"}}")
            else:
                try:
                    to_decimal(item.calc.result)
                except UnitError:
                    problems.append(f"{where}: calc result of {item.id} is not a number: {item.calc.result!r}")
    return problems


def _scaled_bare_numbers(numbers: list[str], expected: str, evidence: list[str], item_id: str) -> list[str]:
    """Expected numbers are compared by value, so a bare "30" never matches an answer's "30万元"
    (300,000 元): a number the expected answer, or the guide's quote, writes only with a 万 or 亿 must
    carry its unit ("1000" of "1000 万元" beside an expected "10,000,000 yuan"), unless the guide's quote
    itself states it bare (a table's "1500" under a 万元 column)."""
    problems = []
    found = figures(normalise(expected))
    in_quotes = [f for quote in evidence for f in figures(normalise(quote))]
    quoted = [f.number for f in in_quotes]
    for text in numbers:
        target = parse_quantity(text)
        if target.unit or target.value in quoted:
            continue
        for where, written in (("expected", found), ("the evidence", in_quotes)):
            as_written = [f for f in written if f.written == target.value]
            if as_written and all(f.scale and f.number != target.value for f in as_written):
                problems.append(
                    f"answer number {text!r} of {item_id} is {as_written[0].text!r} in {where}; "
                    "write it with its unit, numbers are compared by value"
                )
                break
    return problems


def _check_evidence(evidence: list[str], where: str, item_id: str, guide: str, clauses: list[Clause]) -> list[str]:
    """Problems of one item's (or one part's) quotes: not in the guide, or across two clauses."""
    problems: list[str] = []
    for quote in evidence:
        if squash(quote) not in guide:
            problems.append(f"{where}evidence of {item_id} is not in the guide: {quote!r}")
        elif not evidence_clauses(quote, clauses):
            problems.append(f"{where}evidence of {item_id} spans two clauses; quote within one: {quote!r}")
    return problems


def _check_profile_item(data: dict, where: str, ids: Counter[str], guide: str, clauses: list[Clause]) -> list[str]:
    """Problems of one profiles-dataset line: its shape, its profile, its quotes and its amounts."""
    from assistant.incentives.profile import ProfileError, parse_profile

    try:
        item = ProfileItem.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        return [f"{where}: field {'.'.join(map(str, first['loc']))}: {first['msg']}"]
    problems = []
    ids[item.id] += 1
    if ids[item.id] == 2:
        problems.append(f"{where}: duplicate id {item.id!r}")
    if not item.part.startswith(GUIDE_PARTS):
        problems.append(f"{where}: part of {item.id} must start with one of {', '.join(GUIDE_PARTS)}: {item.part!r}")
    try:
        parse_profile(item.profile)
    except ProfileError as exc:
        problems.append(f"{where}: profile of {item.id} does not parse: {exc}")
    quotes = [(g.evidence, "evidence") for g in item.must_find] + [(q, "must_not_find quote") for q in item.must_not_find]
    for quote, what in quotes:
        if squash(quote) not in guide:
            problems.append(f"{where}: {what} of {item.id} is not in the guide: {quote!r}")
        elif not evidence_clauses(quote, clauses):
            problems.append(f"{where}: {what} of {item.id} spans two clauses; quote within one: {quote!r}")
    for gold in item.must_find:
        if gold.amount is None:
            continue
        try:
            low, high = to_decimal(gold.amount.low), to_decimal(gold.amount.high)
        except UnitError:
            problems.append(f"{where}: amount of {item.id} is not a number: {gold.amount.low!r}–{gold.amount.high!r}")
            continue
        if low > high:
            problems.append(f"{where}: amount of {item.id} has low above high: {gold.amount.low}–{gold.amount.high}")
    return problems
