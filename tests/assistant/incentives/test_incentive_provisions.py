"""The conditions cannot drift from the guide: every quote is in its clause, every calculator and
profile field exists, and the checks catch a file that is wrong."""

import json
from collections import Counter

import pytest

from assistant.calculators import default_catalogue
from assistant.guide.text import squash
from assistant.incentives.provisions import (
    PROVISIONS_PATH,
    ProvisionError,
    check_provisions,
    default_provisions,
    load_provisions,
    quoted_items,
)


def test_every_quote_is_verbatim_in_its_clause(corpus) -> None:
    catalogue = default_provisions()
    assert check_provisions(catalogue, corpus) == []
    items = quoted_items(catalogue)
    assert len(items) >= 60
    for where, clause_id, quote in items:
        assert squash(quote) in squash(corpus.get(clause_id).text), where


def test_coverage_spans_the_six_parts_and_four_levels() -> None:
    provisions = default_provisions().provisions
    assert len(provisions) >= 25
    parts = Counter(p.part for p in provisions)
    assert set(parts) == {"第一篇", "第二篇", "第三篇", "第四篇", "第五篇", "第六篇"}
    assert {p.level for p in provisions} == {"国家级", "自治区级", "市级", "旗级"}
    assert sum(1 for p in provisions if p.amount is None) >= 3  # grants without a formula
    assert sum(1 for p in provisions if p.amount and p.amount.calculator) >= 20


def test_the_part_of_each_provision_is_the_part_its_clause_lies_in(corpus) -> None:
    for provision in default_provisions().provisions:
        assert corpus.get(provision.clause_ids[0]).title_path[0].startswith(provision.part), provision.id


UNCOVERED = {
    "western_development_tax_payable": "the tax still payable at 15%; the provision uses its twin, the saving",
    "beef_cattle_insurance_fiscal_subsidy": "the banner's part of the premium; the provision reports its twin, the farmer's own cost",
    "facility_agriculture_park_reward": "paid to the banner or county government where a park lies, not to an investor",
    "research_indirect_cost_limit": "a ceiling on a public research project's indirect costs, not money granted",
    "tech_transfer_income_taxable": "the taxable part of a year's technology-transfer income, which no project profile states",
    "skill_upgrade_subsidy": "paid to individual workers who earn skill certificates, not to the enterprise",
    "disability_allowance_months": "a pension benefit for an insured person, counted in months",
    "residential_power_cost": "a household's electricity bill, which no investor's project pays",
    "residential_power_cost_10kv": "a household's electricity bill at 1-10 kV, which no investor's project pays",
    "agri_processing_lpr_interest": "benchmarked on the loan prime rate, which the guide does not state and no profile gives",
    "facility_farming_lpr_interest": "benchmarked on the loan prime rate, which the guide does not state and no profile gives",
    "facility_livestock_lpr_interest": "benchmarked on the loan prime rate, which the guide does not state and no profile gives",
    "city_rural_loan_interest_subsidy": "a loan through the city's risk-compensation fund, which no profile field tells apart from "
                                        "the banner's subsidised loans",
    "city_rd_institution_matching": "matches what a banner's or park's own budget puts into an R&D institution, which no "
                                    "investor's profile states",
}
"""Calculators no provision uses, each with the reason."""


def test_every_calculator_of_an_investors_money_is_used_by_a_provision() -> None:
    used: set[str] = set()
    for provision in default_provisions().provisions:
        amount = provision.amount
        while amount is not None:
            if amount.calculator:
                used.add(amount.calculator)
            amount = amount.minus
    unused = sorted(set(default_catalogue().specs) - used)
    assert unused == sorted(UNCOVERED)


def test_grants_without_a_formula_span_the_parts() -> None:
    grants = [p for p in default_provisions().provisions if p.amount is None]
    assert len(grants) >= 13
    assert all(p.grant and p.grant_en for p in grants)
    assert {p.part for p in grants} >= {"第二篇", "第三篇", "第四篇", "第五篇"}


def _write(tmp_path, data) -> object:
    path = tmp_path / "incentives.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_loader_names_unknown_calculators_inputs_and_fields(tmp_path) -> None:
    data = json.loads(PROVISIONS_PATH.read_text(encoding="utf-8"))
    first = next(p for p in data["provisions"] if p["id"] == "dairy-farm-scale-subsidy")
    first["amount"]["calculator"] = "no_such_calculator"
    first["conditions"][0]["field"] = "herd_of_unicorns"
    with pytest.raises(ProvisionError) as caught:
        load_provisions(_write(tmp_path, data), default_catalogue())
    assert "unknown calculator 'no_such_calculator'" in str(caught.value)
    assert "unknown profile field 'herd_of_unicorns'" in str(caught.value)
    first["amount"]["calculator"] = "dairy_farm_scale_subsidy"
    first["amount"]["inputs"] = {"heads": {"field": "dairy_cows"}}
    first["conditions"][0]["field"] = "sector"
    with pytest.raises(ProvisionError, match="has no input 'heads'"):
        load_provisions(_write(tmp_path, data), default_catalogue())


def test_loader_rejects_malformed_files(tmp_path) -> None:
    bad = tmp_path / "incentives.json"
    bad.write_text("{oops", encoding="utf-8")
    with pytest.raises(ProvisionError, match="not JSON"):
        load_provisions(bad)
    with pytest.raises(ProvisionError, match="provisions.0.clause_ids"):
        load_provisions(
            _write(
                tmp_path,
                {
                    "provisions": [
                        {"id": "x", "title": "x", "title_en": "x", "level": "旗级", "topic": "tax", "part": "第六篇", "clause_ids": []}
                    ]
                },
            )
        )


def test_the_check_catches_a_quote_that_drifted(corpus) -> None:
    catalogue = default_provisions().model_copy(deep=True)
    provision = catalogue.by_id()["dairy-farm-scale-subsidy"]
    provision.conditions[1].quote = "奶牛存栏达到 2000 头补贴 600 万元"
    provision.level = "市级"
    problems = check_provisions(catalogue, corpus)
    assert any("quote not in p3.s1.g2.d2.i8" in p for p in problems)
    assert any("level 市级, but p3.s1.g2.d2.i8 is 自治区级" in p for p in problems)
    award = catalogue.by_id()["region-little-giant-award"]
    assert award.amount is not None and award.amount.fixed is not None
    award.amount.fixed.value = "150"
    assert any("does not state 150" in p for p in check_provisions(catalogue, corpus))


def test_any_of_needs_two_alternatives_and_real_fields(tmp_path) -> None:
    data = json.loads(PROVISIONS_PATH.read_text(encoding="utf-8"))
    provision = next(p for p in data["provisions"] if p["id"] == "key-enterprise-graduate-allowance")
    alternatives = provision["conditions"][0]["any_of"]
    alternatives[1]["field"] = "herd_of_unicorns"
    with pytest.raises(ProvisionError, match="unknown profile field 'herd_of_unicorns'"):
        load_provisions(_write(tmp_path, data), default_catalogue())
    provision["conditions"][0]["any_of"] = alternatives[:1]
    with pytest.raises(ProvisionError, match="any_of needs at least two alternatives"):
        load_provisions(_write(tmp_path, data), default_catalogue())


def test_the_check_reads_the_quotes_of_alternatives_and_rates(corpus) -> None:
    catalogue = default_provisions().model_copy(deep=True)
    provision = catalogue.by_id()["key-enterprise-graduate-allowance"]
    assert provision.conditions[0].any_of is not None
    provision.conditions[0].any_of[1].quote = "国家级高新技术企业"
    problems = check_provisions(catalogue, corpus)
    assert any("conditions[0].any_of[1]: quote not in p4.g3.d1.i1.i4" in p for p in problems)
    allowance = catalogue.by_id()["city-key-enterprise-talent-living-allowance"]
    assert allowance.amount is not None and allowance.amount.rates is not None and allowance.amount.periods is not None
    allowance.amount.rates["博士"].value = "3500"
    allowance.amount.periods.value = "36"
    problems = check_provisions(catalogue, corpus)
    assert any("amount.rates[博士]: the quote does not state 3500" in p for p in problems)
    assert any("amount.periods: the quote does not state 36" in p for p in problems)
