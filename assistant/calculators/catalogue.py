"""The catalogue of calculators: load specs, validate inputs, run, describe."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.calculators.kinds import KINDS, CalculatorInputError, Span, check_against_kind, takes_lines
from assistant.calculators.problems import BASE_UNIT_EN, InputProblem, ProblemKind, accepted_units, chinese_amount, english_amount
from assistant.calculators.spec import CalculatorSpec, InputSpec
from assistant.calculators.topics import calculator_topic
from assistant.models import Calculation
from assistant.quantities import BASE_UNIT, UnitError, convert, normalise, plain, to_decimal, unit_names
from assistant.settings import resources_dir

CATALOGUE_PATH = resources_dir() / "corpus" / "calculators.json"
MAX_INPUT = Decimal("1e15")


class CalculatorError(ValueError):
    """Unknown calculator or bad inputs; the message says what is allowed. ``problem``, when the
    error is about one input, says it in a reader's language (:meth:`said`)."""

    def __init__(self, message: str, problem: InputProblem | None = None) -> None:
        super().__init__(message)
        self.problem = problem

    def said(self, lang: str) -> str:
        """The error in ``lang`` ("zh" or "en") when it is about one input, else the message."""
        return self.problem.said(lang) if self.problem is not None else str(self)


_VALUE_WITH_UNIT = re.compile(r"^\s*([-+]?[\d,]*\.?\d+)\s*(.*?)\s*$")


def _problem(name: str, spec: InputSpec, kind: ProblemKind, given: Any = "", **what: Any) -> InputProblem:
    """What is wrong with input ``name`` (``kind``), named by its labels, with what was given and ``what`` it takes."""
    return InputProblem(name, kind, spec.description, spec.description_en, str(given), **what)


def _choice_problem(name: str, spec: InputSpec, given: Any, allowed: list[str]) -> InputProblem:
    """A choice the input does not offer, with the choices it does (``allowed``, in their English words too)."""
    return _problem(name, spec, "choice", given, allowed=tuple(allowed), allowed_en=tuple(spec.choices_en.get(c, c) for c in allowed))


def parse_input(name: str, raw: Any, spec: InputSpec) -> Decimal | str:
    """One input value: a number in the base unit, or a string with its unit ("8亿元", "200亩"); a
    choice by its name, one of its words, or its English label. A bad value is a
    :class:`CalculatorError` whose problem names the input and what it takes."""
    if spec.dimension == "choice":
        key = str(raw).strip()
        for choice, aliases in spec.choices.items():
            english = spec.choices_en.get(choice, "")
            if key == choice or key in aliases or (english and key.lower() == english.lower()):
                return choice
        raise CalculatorError(f"{name}: unknown value {raw!r}; allowed: {', '.join(spec.choices)}",
                              _choice_problem(name, spec, raw, list(spec.choices)))
    try:
        if isinstance(raw, (int, float, Decimal)) and not isinstance(raw, bool):
            value = to_decimal(raw)
        else:
            m = _VALUE_WITH_UNIT.match(normalise(str(raw)))
            if not m:
                raise UnitError(f"not a number: {raw!r}")
            value = to_decimal(m.group(1))
            unit = m.group(2)
            if unit:
                value = convert(value, unit, spec.dimension)
    except UnitError as exc:
        wrong_unit = str(exc).startswith("unit ")
        given = _VALUE_WITH_UNIT.match(normalise(str(raw))).group(2) if wrong_unit else raw  # type: ignore[union-attr]
        problem = _problem(name, spec, "unit" if wrong_unit else "number", given, allowed=accepted_units(spec.dimension))
        raise CalculatorError(f"{name}: {exc}", problem) from None
    given = str(raw).strip()  # as it was written
    if value < Decimal(spec.minimum):
        raise CalculatorError(f"{name}: must be at least {spec.minimum}, got {plain(value)}",
                              _problem(name, spec, "minimum", given, **_limit(Decimal(spec.minimum), spec.dimension)))
    if spec.maximum is not None and value > Decimal(spec.maximum):
        raise CalculatorError(f"{name}: the provision covers at most {spec.maximum}, got {plain(value)}",
                              _problem(name, spec, "maximum", given, **_limit(Decimal(spec.maximum), spec.dimension)))
    if value > MAX_INPUT:
        raise CalculatorError(f"{name}: {plain(value)} is beyond any amount the guide deals with", _problem(name, spec, "too_large", given))
    return value


def _limit(value: Decimal, dimension: str) -> dict[str, str]:
    return {"limit": chinese_amount(value, dimension), "limit_en": english_amount(value, dimension)}


class Catalogue:
    def __init__(self, specs: list[CalculatorSpec]) -> None:
        self.specs = {s.name: s for s in specs}
        if len(self.specs) != len(specs):
            raise ValueError("duplicate calculator names")

    @classmethod
    def load(cls, path: Path = CATALOGUE_PATH, *, strict: bool = True) -> Catalogue:
        """The catalogue at ``path``; a spec its kind cannot take is an error naming it
        (``check_against_kind``), unless ``strict`` is off for ``calc check`` to list every problem."""
        data = json.loads(path.read_text(encoding="utf-8"))
        specs = [CalculatorSpec.model_validate(item) for item in data["calculators"]]
        problems = [problem for spec in specs for problem in check_against_kind(spec)] if strict else []
        if problems:
            raise ValueError(f"{path}: " + "; ".join(problems))
        return cls(specs)

    def get(self, name: str) -> CalculatorSpec:
        try:
            return self.specs[name]
        except KeyError:
            raise CalculatorError(f"unknown calculator {name!r}; see `policy-assistant calc list`") from None

    def describe(self) -> list[dict[str, Any]]:
        return [describe(spec) for spec in self.specs.values()]

    def run(self, name: str, args: dict[str, Any]) -> Calculation:
        spec = self.get(name)
        if not isinstance(args, dict):
            raise CalculatorError("the inputs are a JSON object of input names to values")
        unknown = set(args) - set(spec.inputs)
        if unknown:
            raise CalculatorError(f"unknown input(s) {', '.join(sorted(unknown))}; {name} takes {', '.join(spec.inputs)}")
        values: dict[str, Any] = {}
        lines = _line_inputs(spec, args)
        for input_name, input_spec in spec.inputs.items():
            if input_name in lines:
                values[input_name] = [parse_input(input_name, item, input_spec) for item in args[input_name]]
            elif input_name in args and args[input_name] not in (None, "") and not isinstance(args[input_name], list):
                values[input_name] = parse_input(input_name, args[input_name], input_spec)
            elif isinstance(args.get(input_name), list):
                lines = f"{spec.choice_input} and {KINDS[spec.kind].lines_input}" if takes_lines(spec) else "no input here"
                raise CalculatorError(f"{input_name}: a list is only allowed for {lines}, of equal length")
            elif input_spec.default is not None:
                values[input_name] = parse_input(input_name, input_spec.default, input_spec)
            elif input_name == KINDS[spec.kind].compare_input:
                continue  # optional comparison
            else:
                missing = _problem(input_name, input_spec, "missing", allowed=tuple(input_spec.choices),
                                   allowed_en=tuple(input_spec.choices_en.get(c, c) for c in input_spec.choices))
                raise CalculatorError(f"missing input {input_name!r}: {input_spec.description}", missing)
        params = resolve_params(spec, values)
        try:
            outcome = KINDS[spec.kind].compute(spec, params, values)
        except CalculatorInputError as exc:
            raise CalculatorError(str(exc), exc.problem) from None
        used = [q for v in params.values() for q in (v if isinstance(v, list) else [v]) if q is not None]
        return Calculation(
            tool=name,
            inputs={k: _shown_input(v) for k, v in values.items()},
            steps=outcome.steps,
            result=_result(outcome.result),
            unit=outcome.unit,
            clause_ids=sorted({p.clause_id for p in used}, key=spec.clause_ids().index),
        )


def _line_inputs(spec: CalculatorSpec, args: dict[str, Any]) -> set[str]:
    """A per-unit calculator with a table of rates takes several lines at once (10 charging and 6
    battery-swap taxis): the choice and the quantity as lists of equal length."""
    if not takes_lines(spec):
        return set()
    choice, quantity = spec.choice_input, KINDS[spec.kind].lines_input
    if not (isinstance(args.get(choice), list) or isinstance(args.get(quantity), list)):
        return set()
    if not (isinstance(args.get(choice), list) and isinstance(args.get(quantity), list)) or len(args[choice]) != len(args[quantity]):
        raise CalculatorError(f"several lines need {choice} and {quantity} as lists of equal length")
    if not args[choice]:
        raise CalculatorError(f"{choice}: the list of lines is empty")
    return {choice, quantity}


def _shown_input(value: Any) -> Any:
    if isinstance(value, list):
        return [_shown_input(v) for v in value]
    return plain(value) if isinstance(value, Decimal) else value


def resolve_params(spec: CalculatorSpec, values: dict[str, Any]) -> dict[str, Any]:
    """Scalar parameters as they are; table parameters at the chosen entry (a list of entries
    when several lines are chosen)."""
    kind = KINDS[spec.kind]
    params: dict[str, Any] = {}
    for name, value in spec.params.items():
        if isinstance(value, dict):
            chosen = values[spec.choice_input]  # type: ignore[index]
            choices = chosen if isinstance(chosen, list) else [chosen]
            if name in kind.optional_params():  # a threshold or cap the guide may state for some choices only
                entries = [value.get(str(c)) for c in choices]
                if isinstance(chosen, list):
                    params[name] = entries
                elif entries[0] is not None:
                    params[name] = entries[0]
                continue
            for choice in choices:
                if choice not in value:
                    raise CalculatorError(f"{spec.choice_input}: {choice!r} has no {name}; allowed: {', '.join(value)}",
                                          _choice_problem(spec.choice_input, spec.inputs[spec.choice_input], choice, list(value)))  # type: ignore[index]
            params[name] = [value[str(c)] for c in chosen] if isinstance(chosen, list) else value[str(chosen)]
            if name == kind.compared_param and kind.compare_input and values.get(kind.compare_input):
                compare = str(values[kind.compare_input])
                if compare not in value:
                    raise CalculatorError(f"{kind.compare_input}: unknown value {compare!r}; allowed: {', '.join(value)}",
                                          _choice_problem(kind.compare_input, spec.inputs[kind.compare_input], compare, list(value)))
                params[f"compare_{name}"] = value[compare]
        else:
            params[name] = value
    return params


def _result(span: Span) -> str | dict[str, str]:
    if span.is_range:
        return {"low": plain(span.low), "high": plain(span.high)}
    return plain(span.low)


def describe(spec: CalculatorSpec) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for name, inp in spec.inputs.items():
        if inp.dimension == "choice":
            prop: dict[str, Any] = {
                "type": "string", "enum": list(inp.choices), "description": inp.description,
                "description_en": inp.description_en, "enum_en": [inp.choices_en.get(c, c) for c in inp.choices],
            }
        else:
            units = unit_names(inp.dimension)
            base_en = BASE_UNIT_EN.get(inp.dimension, "")
            prop = {
                "type": ["number", "string"],
                "description": f"{inp.description}（{BASE_UNIT[inp.dimension] or '个数'}；也可写单位：{'、'.join(units)}）"
                if units else inp.description,
                # the unit a bare number is read in; the other units it takes are named when one does not fit
                "description_en": f"{inp.description_en} ({base_en})" if base_en else inp.description_en,
            }
        if inp.default is not None:
            prop["default"] = inp.default
        elif name != KINDS[spec.kind].compare_input:
            required.append(name)
        properties[name] = prop
    return {
        "name": spec.name,
        "title": spec.title,
        "title_en": spec.title_en,
        "description": spec.description,
        "input_schema": {"type": "object", "properties": properties, "required": required, "additionalProperties": False},
        "clause_ids": spec.clause_ids(),
        "topic": calculator_topic(spec.name, spec.clause_ids()),
    }


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    return Catalogue.load()
