"""Calculator topics: every calculator of the catalogue in one of the six, stated on its description."""

import pytest

from assistant.calculators import default_catalogue
from assistant.calculators.topics import TOPICS, calculator_topic


def test_every_calculator_is_described_with_one_of_the_six_topics() -> None:
    described = default_catalogue().describe()
    assert {d["topic"] for d in described} == set(TOPICS)
    assert all(d["topic"] == calculator_topic(d["name"], d["clause_ids"]) for d in described)


def test_the_part_of_the_guide_decides_unless_the_subject_is_tax_or_science() -> None:
    assert calculator_topic("industrial_power_cost", ["p1.i2.i5.i3.c1"]) == "land_utilities"
    assert calculator_topic("crop_insurance_premium", ["p3.s1.g1.i8.i1"]) == "agriculture"
    assert calculator_topic("western_development_tax_saving", ["p3.s2.g1.d1.i1"]) == "tax"
    assert calculator_topic("invention_patent_reward", ["p4.g4.d2.i4.i9"]) == "science_technology"
    with pytest.raises(ValueError, match="no topic"):
        calculator_topic("new_calculator", ["p9.i1"])
