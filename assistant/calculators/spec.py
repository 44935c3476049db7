"""Calculator specifications: the data file ``corpus/calculators.json``.

Every parameter carries the clause it comes from and the verbatim quote that states it; a test
proves the quote is in the clause and states the value.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, model_validator

Kind = Literal["per_unit", "rate_cap", "increment", "stepped", "tiered", "tariff", "interest_subsidy", "lpr_interest", "tax_saving"]
Dimension = Literal["money", "energy", "weight", "area", "volume", "count", "months", "years", "percent", "choice"]


class Parameter(BaseModel):
    """A number stated by the guide."""

    value: str = Field(description="Exact decimal, in the unit below (a rate as a percentage: '30' for 30%)")
    unit: str = Field(description="元, 万元, 亿元, %, 倍, 元/度, 元/亩, 万元/亩, 亩, 万亩, 头, 吨, 度, 年, 个月 …")
    clause_id: str
    quote: str = Field(description="Verbatim words of the clause that state the value")
    label: str = Field("", description="What the number is, in words")


class InputSpec(BaseModel):
    dimension: Dimension
    description: str
    description_en: str = ""
    default: str | None = None
    choices: dict[str, list[str]] = Field(default_factory=dict, description="choice -> words that select it in a question")
    choices_en: dict[str, str] = Field(default_factory=dict, description="choice -> its English label (also accepted as input)")
    cues: list[str] = Field(default_factory=list, description="words near the number in a question that mark this input")
    less_cues: list[str] = Field(
        default_factory=list,
        description="words marking an amount a question states that the input is taken after deducting "
                    "(\"直接费用扣除设备费后\": 设备, equipment); the input is then the other amount less it",
    )
    minimum: str = "0"
    maximum: str | None = Field(None, description="The largest value the provision covers, when it states one")

    @model_validator(mode="after")
    def _english_labels_name_choices(self) -> InputSpec:
        unknown = set(self.choices_en) - set(self.choices)
        if unknown:
            raise ValueError(f"English labels for choices it does not offer: {sorted(unknown)}")
        return self


class CalculatorSpec(BaseModel):
    name: str
    title: str
    title_en: str
    description: str
    kind: Kind
    keywords: list[list[str]] = Field(description="Each inner list: at least one of its words must be in the question")
    excludes: list[str] = Field(
        default_factory=list,
        description="Words naming a category the provision prices apart (居民 beside 工商业用气): "
        "a question naming one is not this calculator's",
    )
    params: dict[str, Parameter | dict[str, Parameter]]
    inputs: dict[str, InputSpec]
    choice_input: str | None = Field(None, description="The input whose choice selects the entry of table parameters")

    @model_validator(mode="after")
    def _tables_need_a_choice(self) -> CalculatorSpec:
        tables = [k for k, v in self.params.items() if isinstance(v, dict)]
        if tables and (self.choice_input is None or self.inputs[self.choice_input].dimension != "choice"):
            raise ValueError(f"{self.name}: table parameters {tables} need a choice input")
        return self

    def clause_ids(self) -> list[str]:
        ids: list[str] = []
        for value in self.params.values():
            for param in value.values() if isinstance(value, dict) else [value]:
                if param.clause_id not in ids:
                    ids.append(param.clause_id)
        return ids

    def all_parameters(self) -> list[tuple[str, Parameter]]:
        out: list[tuple[str, Parameter]] = []
        for name, value in self.params.items():
            if isinstance(value, dict):
                out += [(f"{name}[{key}]", p) for key, p in value.items()]
            else:
                out.append((name, value))
        return out
