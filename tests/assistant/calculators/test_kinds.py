"""Each kind of calculator declares the parameters and inputs it takes; ``calc check`` holds every
spec to its kind and names the calculator and the parameter at fault."""

from __future__ import annotations

import pytest

from assistant.calculators import default_catalogue
from assistant.calculators.catalogue import Catalogue
from assistant.calculators.check import check_catalogue
from assistant.calculators.kinds import KINDS, check_against_kind
from assistant.calculators.spec import CalculatorSpec, InputSpec, Parameter


def spec_copy(name: str) -> CalculatorSpec:
    return default_catalogue().specs[name].model_copy(deep=True)


def test_every_shipped_calculator_fits_its_kind() -> None:
    assert {spec.kind for spec in default_catalogue().specs.values()} == set(KINDS)
    assert [p for spec in default_catalogue().specs.values() for p in check_against_kind(spec)] == []


def test_a_missing_required_parameter_is_named(corpus) -> None:
    spec = spec_copy("grazing_ban_subsidy")
    del spec.params["rate"]
    problems = check_catalogue(Catalogue([spec]), corpus)
    assert "grazing_ban_subsidy: missing parameter 'rate' that a per_unit calculator needs" in problems


def test_an_unknown_parameter_is_named(corpus) -> None:
    spec = spec_copy("cooperative_project_subsidy")
    spec.params["bonus"] = spec.params["cap"].model_copy()
    problems = check_catalogue(Catalogue([spec]), corpus)
    assert any(p.startswith("cooperative_project_subsidy: unknown parameter 'bonus' for a rate_cap calculator") for p in problems)


@pytest.mark.parametrize(
    ("name", "param", "unit", "message"),
    [
        ("cooperative_project_subsidy", "cap", "亩", "parameter 'cap' in '亩' (area); a rate_cap calculator takes money there"),
        ("cooperative_project_subsidy", "rate", "万元", "parameter 'rate' in '万元' (money); a rate_cap calculator takes percent"),
        ("industrial_power_cost", "price[110千伏]", "元", "parameter 'price[110千伏]' in '元' (money); a tariff calculator takes price"),
        # a threshold on the quantity has the quantity's dimension: this provision counts 亩, not 头
        ("irrigation_water_saving_subsidy", "min_quantity", "头", "parameter 'min_quantity' in '头' (count); a per_unit calculator"),
        ("grazing_ban_subsidy", "rate", "元/公顷", "parameter 'rate' in '元/公顷' (unknown unit)"),
    ],
)
def test_a_unit_of_the_wrong_dimension_is_named(corpus, name: str, param: str, unit: str, message: str) -> None:
    spec = spec_copy(name)
    base, _, entry = param.partition("[")
    target = spec.params[base][entry.rstrip("]")] if entry else spec.params[base]
    assert isinstance(target, Parameter)
    target.unit = unit
    problems = check_catalogue(Catalogue([spec]), corpus)
    assert any(p.startswith(f"{name}: {message}") for p in problems), problems


def test_inputs_are_held_to_the_kind() -> None:
    spec = spec_copy("cooperative_project_subsidy")
    spec.inputs["base"] = spec.inputs["base"].model_copy(update={"dimension": "area"})
    spec.inputs["bonus"] = InputSpec(dimension="count", description="额外")
    problems = check_against_kind(spec)
    assert "cooperative_project_subsidy: input 'base' is area; a rate_cap calculator takes money there" in problems
    assert any(p.startswith("cooperative_project_subsidy: unknown input 'bonus' for a rate_cap calculator") for p in problems)
    del spec.inputs["base"]
    assert "cooperative_project_subsidy: missing input 'base' that a rate_cap calculator needs" in check_against_kind(spec)


def test_a_tax_saving_needs_one_of_its_rates() -> None:
    spec = spec_copy("western_development_tax_saving")
    del spec.params["rate"]
    assert check_against_kind(spec) == [
        "western_development_tax_saving: a tax_saving calculator needs one of the parameters rate, extra_deduction, taxable_share"
    ]
