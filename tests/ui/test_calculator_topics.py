"""The calculator tab's topics: every calculator is in one of the six, each topic sensibly filled."""

from __future__ import annotations

from collections import Counter

from ui.app import TOPICS, calculator_choices, calculators_in, topic_choices

SIX = {"land_utilities", "agriculture", "industry", "talent", "science_technology", "tax"}


def test_every_calculator_has_one_of_the_six_topics(assistant) -> None:
    calculators = assistant.calculators()
    topics = Counter(c.topic for c in calculators)
    assert set(topics) == SIX  # each topic has calculators, and there are no others
    assert set(TOPICS) == {"all"} | SIX
    assert sum(topics.values()) == len(calculators)


def test_topics_group_calculators_by_subject(assistant) -> None:
    topic = {c.name: c.topic for c in assistant.calculators()}
    assert {topic[n] for n in ("industrial_power_cost", "water_cost", "commercial_gas_cost", "heating_cost",
                               "industrial_land_price")} == {"land_utilities"}
    assert {topic[n] for n in ("crop_insurance_premium", "livestock_insurance_premium", "cow_purchase_subsidy",
                               "greenhouse_shed_subsidy", "grazing_ban_subsidy")} == {"agriculture"}
    assert {topic[n] for n in ("tech_retrofit_equipment_subsidy", "hydrogen_station_equipment_subsidy", "data_centre_pue_reward",
                               "cross_border_ecommerce_platform_subsidy", "new_energy_taxi_subsidy")} == {"industry"}
    assert {topic[n] for n in ("talent_rent_subsidy", "skill_upgrade_subsidy", "enterprise_internship_subsidy")} == {"talent"}
    assert {topic[n] for n in ("tech_transfer_reward", "invention_patent_reward", "clinical_trial_institution_reward",
                               "standard_setting_reward", "new_rd_institution_reward")} == {"science_technology"}
    assert {topic[n] for n in ("western_development_tax_saving", "western_development_tax_payable",
                               "rd_super_deduction_tax_saving")} == {"tax"}


def test_a_topic_offers_only_its_calculators_in_the_pages_language(assistant) -> None:
    calculators = assistant.calculators()
    assert calculators_in(calculators, "all") == calculators
    tax = calculators_in(calculators, "tax")
    assert [c.name for c in tax] == ["western_development_tax_saving", "western_development_tax_payable", "rd_super_deduction_tax_saving"]
    assert all(title.startswith(("西部大开发", "科技型")) for title, _ in calculator_choices(tax, "zh"))
    assert [label for label, _ in topic_choices("zh")][:3] == ["全部", "土地与水电气热", "农牧业"]
    assert [key for _, key in topic_choices("en")] == list(TOPICS)
    assert all(label.isascii() for label, _ in topic_choices("en"))
