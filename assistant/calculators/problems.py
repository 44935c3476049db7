"""What is wrong with a calculator's input, said in Chinese or in English: the input by its label,
what was given and what is allowed (its choices, its units, the limit the provision states)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from assistant.quantities import BASE_UNIT, UNITS, plain

ProblemKind = Literal["missing", "choice", "number", "unit", "minimum", "maximum", "too_large", "qualify_min", "qualify_max"]

# A dimension's base unit for an English reader (an input's number is read in it when no unit is written).
BASE_UNIT_EN = {
    "money": "yuan", "energy": "kWh", "weight": "tonnes", "area": "mu", "volume": "m³", "count": "", "months": "months",
    "years": "years", "days": "days", "percent": "%",
}  # fmt: skip


def accepted_units(dimension: str) -> tuple[str, ...]:
    """The unit names an input of ``dimension`` takes after its number: each unit's Chinese names and
    symbols, then its first English word (its other spellings, "kilowatt hours", "cubic meter", are taken too)."""
    names = [w for u in UNITS if u.dimension == dimension for w in (u.name, *u.words, *u.text_words, *u.english[:1])]
    return tuple(dict.fromkeys(names))


def english_amount(value: Decimal, dimension: str) -> str:
    """An amount in a dimension's base unit for an English reader: 10000 亩 → "10,000 mu"."""
    unit = BASE_UNIT_EN.get(dimension, BASE_UNIT.get(dimension, ""))
    number = format(value.normalize(), ",f")
    return f"{number}%" if unit == "%" else f"{number} {unit}".strip()


def chinese_amount(value: Decimal, dimension: str) -> str:
    """An amount in a dimension's base unit as the guide writes it: 10000 亩 → "10000亩"."""
    return f"{plain(value)}{BASE_UNIT.get(dimension, '')}"


_SAID = {
    "zh": {
        "missing": "请填写“{label}”{hint}", "choice": "“{label}”只能选：{allowed}（填的是“{given}”）",
        "number": "“{label}”要填一个数字，可带单位：{allowed}（填的是“{given}”）",
        "unit": "“{label}”的单位不对，可用：{allowed}（填的是“{given}”）",
        "minimum": "“{label}”不能小于 {limit}（填的是 {given}）",
        "maximum": "“{label}”超出该条款的范围：最多 {limit}（填的是 {given}）",
        "too_large": "“{label}”的数值超出指南涉及的任何金额或数量（填的是 {given}）",
        "qualify_min": "“{label}”须达到 {limit} 才能享受该政策", "qualify_max": "“{label}”超过 {limit}，不在该政策范围内",
    },
    "en": {
        "missing": "“{label}” is missing{hint}", "choice": "“{label}” takes one of: {allowed} (given: “{given}”)",
        "number": "“{label}” takes a number, with or without one of the units {allowed} (given: “{given}”)",
        "unit": "“{label}” takes one of the units {allowed} (given: “{given}”)",
        "minimum": "“{label}” must be at least {limit} (given: {given})",
        "maximum": "“{label}”: the provision covers at most {limit} (given: {given})",
        "too_large": "“{label}” is beyond any amount the guide deals with (given: {given})",
        "qualify_min": "“{label}” must reach {limit} to qualify", "qualify_max": "“{label}” above {limit} is outside the provision",
    },
}  # fmt: skip


@dataclass(frozen=True)
class InputProblem:
    """One input a calculator cannot take: the input (its name, its label in Chinese and English),
    the kind of problem, what was given, and what is allowed: the choices (with their English
    labels), the units, or the limit (as the guide writes it, and for an English reader)."""

    input: str
    kind: ProblemKind
    label: str
    label_en: str = ""
    given: str = ""
    allowed: tuple[str, ...] = ()
    allowed_en: tuple[str, ...] = ()
    limit: str = ""
    limit_en: str = ""

    def said(self, lang: str) -> str:
        """The problem in one sentence in ``lang`` ("zh" or "en"), naming the input and what it takes."""
        en = lang == "en"
        allowed = (self.allowed_en or self.allowed) if en else self.allowed
        listed = (", " if en else "、").join(allowed)
        hint = ""
        if self.kind == "missing" and allowed:
            hint = f" (one of: {listed})" if en else f"（可选：{listed}）"
        return _SAID["en" if en else "zh"][self.kind].format(
            label=(self.label_en or self.label) if en else self.label, given=self.given, allowed=listed, hint=hint,
            limit=(self.limit_en or self.limit) if en else self.limit,
        )
