"""Matching on the real guide: specific provisions, statuses and amounts for three kinds of project."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.calculators import default_catalogue
from assistant.incentives import MatchResult, match, parse_profile
from assistant.incentives.provisions import LEVELS, default_provisions

PROFILES = Path(__file__).parent / "profiles"
TODAY = date(2026, 11, 28)


def run(corpus, profile: dict, today: date = TODAY) -> MatchResult:
    return match(parse_profile(profile), default_provisions(), default_catalogue(), corpus, today)


def load(name: str) -> dict:
    return json.loads((PROFILES / f"{name}.json").read_text(encoding="utf-8"))


def by_id(result: MatchResult) -> dict:
    return {p.id: p for p in result.provisions}


def test_dairy_farm(corpus) -> None:
    result = run(corpus, load("dairy_farm"))
    got = by_id(result)
    scale = got["dairy-farm-scale-subsidy"]
    assert scale.status == "eligible"
    # 3000 head: 600万元; 1200 more head: 2 full steps of 500 head × 100万元
    assert (scale.amount.low, scale.amount.high, scale.amount.per) == ("8000000", "8000000", "once")
    assert scale.clause_ids == ["p3.s1.g2.d2.i8"] and scale.level == "自治区级"
    assert "自治区农牧厅" in scale.departments
    assert got["imported-dairy-cow-subsidy"].amount.low == "5000000"  # 1000 × 5000 元
    assert got["silage-storage-subsidy"].amount.low == "1155000"  # 4200 × 5.5 吨 × 50 元
    assert got["silage-storage-subsidy"].amount.per == "year"
    assert got["alfalfa-planting-subsidy"].amount.low == "800000"  # 800 亩 × 1000 元
    insurance = got["dairy-cow-insurance"]
    assert insurance.amount.kind == "cost" and insurance.amount.low == "2100000"
    assert got["crop-insurance"].amount.low == "60000"  # 2000 亩 水地玉米 × 30 元; 苜蓿 has no premium line
    assert got["data-centre-pue-reward"].status == "not_eligible"
    assert result.totals.once.model_dump() == {"low": "13800000", "high": "13800000"}
    assert result.totals.year.model_dump() == {"low": "1955000", "high": "1955000"}  # silage + 15% income tax saving
    assert "dairy-cow-insurance" not in result.totals.counted


def test_alfalfa_below_the_threshold_is_not_eligible(corpus) -> None:
    profile = load("dairy_farm") | {"crop_areas_mu": {"苜蓿": 300}}
    alfalfa = by_id(run(corpus, profile))["alfalfa-planting-subsidy"]
    assert alfalfa.status == "not_eligible"
    assert [c.met for c in alfalfa.conditions] == [True, False, True]
    assert alfalfa.amount is None


def test_data_centre_at_110_kv(corpus) -> None:
    got = by_id(run(corpus, load("data_centre")))
    saving = got["strategic-industry-power-price"]
    assert saving.status == "eligible"
    # 1亿度 × (0.401 − 0.33) to × (0.401 − 0.29): the range stays a range
    assert (saving.amount.low, saving.amount.high, saving.amount.per) == ("7100000", "11100000", "year")
    assert saving.conditions[0].clause_id == "p1.i2.i5.i4.c2"
    assert got["industrial-power-price"].amount.low == "40100000" and got["industrial-power-price"].amount.kind == "cost"
    assert got["strategic-industry-green-power-share"].status == "eligible"
    assert got["strategic-industry-green-power-share"].grant == "新能源交易比例上限提高至58%"
    assert got["data-centre-pue-reward"].amount.low == "3000000"  # 10% of 3000万元, under the 500万元 cap
    assert got["industrial-land-price"].amount.low == "13060000"  # 200 亩 × 6.53万元
    assert got["dairy-farm-scale-subsidy"].status == "not_eligible"


def test_caps_are_applied(corpus) -> None:
    profile = load("data_centre") | {"pue_retrofit_investment": 80000000}
    reward = by_id(run(corpus, profile))["data-centre-pue-reward"]
    assert reward.amount.low == "5000000"
    assert any("上限" in step for step in reward.amount.steps)


def test_tech_start_up_hiring_talent(corpus) -> None:
    result = run(corpus, load("tech_startup"))
    got = by_id(result)
    assert got["talent-settling-in-subsidy"].amount.low == "4000000"  # D 200万 + 2 × E 100万
    assert got["banner-talent-living-allowance"].amount.low == "192000"  # (2 × 3000 + 2000) 元/月 × 24 个月
    assert got["banner-invention-patent-reward"].amount.low == "19000"  # 1 × 1万 + 3 × 3000
    assert got["key-enterprise-graduate-allowance"].amount.low == "100000"
    assert got["rd-super-deduction"].amount.low == "750000"  # 300万 × 100% × 25%
    assert got["key-enterprise-senior-hire-allowance"].status == "eligible"
    assert got["first-high-tech-enterprise-award"].status == "not_eligible"
    assert result.totals.once.low == str(4000000 + 192000 + 19000 + 100000)


def test_a_missing_field_makes_the_condition_unknown_and_asks(corpus) -> None:
    profile = load("dairy_farm")
    del profile["dairy_cows"]
    scale = by_id(run(corpus, profile))["dairy-farm-scale-subsidy"]
    assert scale.status == "unknown"
    assert [c.met for c in scale.conditions] == [True, None, True]
    assert scale.ask == ["奶牛存栏多少头？"]
    assert scale.ask_en == ["How many dairy cows are on hand?"]
    assert scale.amount is None


def test_a_missing_amount_input_is_asked_for_an_eligible_provision(corpus) -> None:
    profile = load("data_centre")
    del profile["pue_retrofit_investment"]
    reward = by_id(run(corpus, profile))["data-centre-pue-reward"]
    assert reward.status == "eligible" and reward.amount is None
    assert reward.ask == ["降低PUE的技改投资额是多少元？"]


def test_an_expired_provision_is_flagged_and_left_out_of_the_totals(corpus) -> None:
    profile = {"sector": "肉牛", "beef_fattening_cattle": 450}
    result = run(corpus, profile)
    farm = by_id(result)["beef-fattening-farm-reward"]
    assert farm.status == "eligible" and farm.expired and farm.valid_until == date(2025, 12, 31)
    assert farm.amount.low == "400000"  # 20万 at 200 head, 2 steps of 100 head × 10万
    assert result.totals.expired_left_out == ["beef-fattening-farm-reward"]
    assert result.totals.once.low == "0"
    before = run(corpus, profile, today=date(2025, 6, 1))
    assert not by_id(before)["beef-fattening-farm-reward"].expired
    assert before.totals.once.low == "400000"


def test_a_document_period_stated_in_another_clause_counts(corpus) -> None:
    greenhouse = by_id(run(corpus, {"sector": "设施农业", "new_greenhouse_mu": 40}))["solar-greenhouse-subsidy"]
    assert greenhouse.amount.low == "2400000" and greenhouse.expired


def test_a_no_stacking_group_keeps_the_highest_and_quotes_the_rule(corpus) -> None:
    profile = {"certifications": ["创新型中小企业", "专精特新中小企业", "专精特新“小巨人”企业"], "operates_in": "伊金霍洛旗"}
    result = run(corpus, profile)
    got = by_id(result)
    assert got["region-little-giant-award"].excluded_by is None
    assert got["region-specialised-sme-award"].excluded_by == "region-sme-tier"
    assert got["region-innovative-sme-award"].excluded_by == "region-sme-tier"
    group = next(g for g in result.totals.groups if g.id == "region-sme-tier")
    assert group.kept == "region-little-giant-award"
    assert sorted(group.dropped) == ["region-innovative-sme-award", "region-specialised-sme-award"]
    assert group.quote in corpus.get(group.clause_id).text
    # the 100万元 regional award and the city's 20万元 for the same title are different levels' money: both count
    assert result.totals.once.low == "1200000"


def test_order_is_by_level_then_topic(corpus) -> None:
    result = run(corpus, load("data_centre"))
    levels = [LEVELS.index(p.level) for p in result.provisions]
    assert levels == sorted(levels)
    assert len(result.provisions) == len(default_provisions().provisions)


def test_the_dump_follows_the_guide_contract(corpus) -> None:
    dumped = run(corpus, load("data_centre")).model_dump(mode="json")
    assert set(dumped) >= {"profile", "provisions", "totals"}
    assert dumped["profile"]["annual_kwh"] == "100000000"
    for item in dumped["provisions"]:
        assert set(item) >= {
            "clause_ids",
            "title",
            "level",
            "status",
            "conditions",
            "amount",
            "valid_until",
            "expired",
            "departments",
            "ask",
        }
        assert item["status"] in ("eligible", "not_eligible", "unknown")
        for condition in item["conditions"]:
            assert set(condition) >= {"text", "met", "clause_id", "quote"}
        if item["amount"] is not None:
            assert set(item["amount"]) >= {"low", "high", "unit", "per"} and item["amount"]["per"] in ("once", "year")
            assert Decimal(item["amount"]["low"]) <= Decimal(item["amount"]["high"])


@pytest.mark.parametrize("name", ["dairy_farm", "data_centre", "tech_startup"])
def test_every_figure_rests_on_its_provisions_clauses(corpus, name) -> None:
    for item in run(corpus, load(name)).provisions:
        if item.amount is not None:
            assert set(item.amount.clause_ids) <= set(item.clause_ids), item.id
