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
    assert got["city-key-enterprise-talent-living-allowance"].amount.low == "192000"  # the city's, same rates, 24 个月
    assert got["city-talent-training-funding"].amount.low == "500000"  # D 50万元 to the employer
    assert got["city-tech-sme-award"].amount.low == got["banner-tech-sme-award"].amount.low == "50000"
    assert result.totals.once.low == str(4000000 + 192000 + 19000 + 100000 + 192000 + 500000 + 50000 + 50000)


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


@pytest.mark.parametrize(
    "name", ["dairy_farm", "data_centre", "tech_startup", "hydrogen_station", "vegetable_cooperative", "dairy_processor"]
)
def test_every_figure_rests_on_its_provisions_clauses(corpus, name) -> None:
    for item in run(corpus, load(name)).provisions:
        if item.amount is not None:
            assert set(item.amount.clause_ids) <= set(item.clause_ids), item.id


def test_dairy_processor(corpus) -> None:
    result = run(corpus, load("dairy_processor"))
    got = by_id(result)
    assert got["dairy-deep-processing-equipment-subsidy"].amount.low == "10000000"  # 1亿元 equipment × 10%, under the 5000万元 cap
    assert got["dairy-breeding-semen-embryo-subsidy"].amount.low == "170000"  # 1000 × 120 元 + 20 embryos × 2500 元
    assert got["milk-powder-low-season-subsidy"].amount.low == "200000"  # 2000 吨 × 10% × 1000 元
    assert got["raw-milk-processing-increase-subsidy"].amount.low == "100000"  # 500 吨 × 200 元
    assert got["cheese-raw-milk-increase-subsidy"].amount.low == "200000"  # 100 吨 × 2000 元
    assert got["raw-milk-contract-subsidy"].amount.low == "300000"  # 3 farms × 10万元
    assert got["dairy-family-farm-subsidy"].status == "not_eligible"  # for family farms and dairy cooperatives, not a company
    assert result.totals.once.low == str(10000000 + 170000 + 300000)
    assert result.totals.year.low == str(200000 + 100000 + 200000)


def test_vegetable_cooperative(corpus) -> None:
    result = run(corpus, load("vegetable_cooperative"))
    got = by_id(result)
    assert got["cooperative-project-subsidy"].amount.low == "300000"  # 50% of 100万元 = 50万元, capped at 30万元
    shed = got["city-new-arched-shed-subsidy"]
    assert shed.amount.low == "600000"  # 30000 元/亩 × 40% = 12000, capped at 1万元/亩, × 60 亩
    assert any("上限" in step for step in shed.amount.steps)
    assert got["vegetable-scale-planting-reward"].amount.low == "120000"  # 600 亩 × 200 元
    minor = got["minor-grain-scale-planting-reward"]  # 150 亩 is under the 200 亩 threshold
    assert minor.status == "not_eligible" and minor.amount is None
    assert got["produce-cold-storage-subsidy"].amount.low == "260000"  # 500 m³ × 200 元 + 400 m³ × 400 元
    assert got["vegetable-processing-equipment-subsidy"].amount.low == "2000000"  # 400万元 × 50%
    assert got["forage-land-transfer-reward"].status == "not_eligible"  # a cooperative, not a land shareholding cooperative
    assert result.totals.once.low == str(300000 + 600000 + 120000 + 260000 + 2000000)


def test_hydrogen_station_tiers_expiry_and_a_unit_other_than_the_calculators(corpus) -> None:
    result = run(corpus, load("hydrogen_station"))
    got = by_id(result)
    big, small = got["hydrogen-station-equipment-subsidy-1000"], got["hydrogen-station-equipment-subsidy-500"]
    assert big.amount.low == "4500000" and small.amount.low == "3000000"  # 2000万元 × 30%, capped at 450万 / 300万元 a station
    assert big.expired and big.valid_until == date(2025, 12, 31)
    assert got["hydrogen-refuelling-cost-subsidy"].amount.low == "300000"  # 100000 公斤 × 3 元 (2025)
    assert got["new-technology-industrialisation-reward"].amount.low == "5000000"  # 3000万元 × 20%, capped at 500万元
    heating = got["non-residential-heating-price"]
    assert (heating.amount.low, heating.amount.kind) == ("59000", "cost")  # 2000 平方米 × 29.5 元, read in 平方米 not 亩
    assert result.totals.once.low == "5000000"  # the station subsidies ended with 2025
    assert sorted(result.totals.expired_left_out) == sorted(
        ["hydrogen-station-equipment-subsidy-500", "hydrogen-station-equipment-subsidy-1000", "hydrogen-refuelling-cost-subsidy"]
    )
    before = run(corpus, load("hydrogen_station"), today=date(2025, 6, 1))
    group = next(g for g in before.totals.groups if g.id == "hydrogen-station-tier")
    assert group.kept == "hydrogen-station-equipment-subsidy-1000"
    assert group.dropped == ["hydrogen-station-equipment-subsidy-500"]
    assert before.totals.once.low == str(4500000 + 5000000)
    assert before.totals.year.low == "300000"


def test_beef_processing_plant_upgrade_is_capped(corpus) -> None:
    profile = {
        "sector": "肉牛",
        "activities": ["肉牛加工厂提标改造"],
        "annual_processing_capacity_head": 12000,
        "annual_sales_revenue": 150000000,
        "investment_total": 30000000,
    }
    got = by_id(run(corpus, profile, today=date(2025, 6, 1)))
    assert got["beef-processing-plant-reward-upgrade"].amount.low == "5000000"  # 3000万元 × 20% = 600万, capped at 500万元
    assert got["beef-processing-plant-reward-new-30k"].status == "not_eligible"


def test_talent_housing_and_pre_recruitment(corpus) -> None:
    profile = {
        "registered_in_ordos": True,
        "operates_in": "伊金霍洛旗",
        "talents_by_degree": {"博士": 1, "硕士": 2},
        "pre_recruited": {"博士": 2},
        "pre_recruitment_funding_per_person": 80000,
        "talents": {"D": 1},
    }
    got = by_id(run(corpus, profile))
    assert got["talent-rent-subsidy"].amount.low == "180000"  # (2000 + 2 × 1500) 元/月 × 36 个月
    assert got["pre-recruitment-subsidy-doctoral"].amount.low == "80000"  # 8万元 × 50% = 4万 (under 5万) × 2
    assert got["pre-recruitment-subsidy-masters"].status == "not_eligible"
    apartment = got["talent-apartment-rent-free"]
    assert apartment.status == "eligible" and apartment.amount is None
    assert apartment.grant == "在本市无产权性住房的，最长3年免租金入住人才公寓"


def test_energy_and_water_saving_retrofits(corpus) -> None:
    profile = {"annual_energy_saved_tce": 30000, "annual_water_saved_tonnes": 60000}
    got = by_id(run(corpus, profile))
    assert got["energy-saving-retrofit-reward"].amount.low == "5000000"  # 30000 吨 × 200 元 = 600万, capped at 500万元
    assert got["water-saving-retrofit-subsidy"].amount.low == "600000"  # 60000 吨 × 10 元
    low = by_id(run(corpus, {"annual_energy_saved_tce": 1500}))["energy-saving-retrofit-reward"]
    assert low.status == "not_eligible"


def test_grants_without_a_formula(corpus) -> None:
    profile = {"ownership": "foreign_invested", "encouraged_industry": True, "sector": "数据中心"}
    got = by_id(run(corpus, profile))
    duty = got["foreign-invested-equipment-import-duty-exemption"]
    assert duty.status == "eligible" and duty.amount is None and "免征进口关税" in duty.grant
    assert got["western-encouraged-equipment-duty-exemption"].status == "eligible"
    assert got["sei-power-trading-priority"].status == "eligible"
    assert by_id(run(corpus, {"ownership": "domestic"}))["foreign-invested-equipment-import-duty-exemption"].status == "not_eligible"


# --- conditions the guide states as alternatives (或, 之一, a definition listing several kinds) ---


def test_any_of_is_met_by_one_alternative_not_met_by_none_unknown_otherwise(corpus) -> None:
    # the city's 重点企业 are any of several kinds (p4.g3.d1.i1.i4): a high-tech enterprise is one
    met = by_id(run(corpus, {"certifications": ["国家高新技术企业"], "new_graduate_hires": 2}))["key-enterprise-graduate-allowance"]
    assert met.status == "eligible" and met.amount.low == "20000"  # 2 × 1万元
    key = met.conditions[0]
    assert key.met is True and key.any_of is not None and len(key.any_of) == 5
    assert [a.met for a in key.any_of][:2] == [False, True]
    assert all(a.quote in corpus.get(a.clause_id).text for a in key.any_of)
    # none of the titles and a sector outside the strategic emerging industries: not a key enterprise
    none = by_id(run(corpus, {"certifications": ["5A级物流企业"], "sector": "物流", "new_graduate_hires": 2}))
    assert none["key-enterprise-graduate-allowance"].status == "not_eligible"
    assert none["key-enterprise-graduate-allowance"].conditions[0].met is False
    # no title held, the sector not said: unknown, and the question asked is the sector's
    unknown = by_id(run(corpus, {"certifications": ["5A级物流企业"], "new_graduate_hires": 2}))["key-enterprise-graduate-allowance"]
    assert unknown.status == "unknown" and unknown.conditions[0].met is None
    assert unknown.ask == ["项目的主营行业是什么？"]
    # a strategic-emerging-industry firm is one of them too
    sei = by_id(run(corpus, {"certifications": [], "sector": "数据中心", "senior_hires": 1}))["key-enterprise-senior-hire-allowance"]
    assert sei.status == "eligible" and sei.amount.low == "100000"


def test_any_of_thresholds_in_the_guide(corpus) -> None:
    # 基础母牛存栏100头以上或育肥牛存栏200头以上 (p3.s1.g3.d3.i5)
    cows = by_id(run(corpus, {"sector": "肉牛", "beef_breeding_cows": 150, "beef_fattening_cattle": 0}))["beef-fattening-farm-reward"]
    assert cows.status == "eligible"
    small = by_id(run(corpus, {"sector": "肉牛", "beef_breeding_cows": 50, "beef_fattening_cattle": 100}))["beef-fattening-farm-reward"]
    assert small.status == "not_eligible"
    # 精深加工量达到1000吨以上或年销售收入达2亿元以上 (p3.s1.g3.d2.i13)
    tonnes = {"activities": ["农畜产品精深加工"], "annual_deep_processing_tonnes": 1200, "annual_sales_revenue": 50000000}
    assert by_id(run(corpus, tonnes))["agri-processing-loan-interest"].status == "eligible"
    neither = tonnes | {"annual_deep_processing_tonnes": 800}
    assert by_id(run(corpus, neither))["agri-processing-loan-interest"].status == "not_eligible"
    sales_only = {"activities": ["农畜产品精深加工"], "annual_sales_revenue": 50000000}
    assert by_id(run(corpus, sales_only))["agri-processing-loan-interest"].status == "unknown"
    # the banner's matching fund needs one of three SME titles, not any title
    fund = {"operates_in": "伊金霍洛旗", "certifications": ["5A级物流企业"], "sme_special_funds": 1000000}
    assert by_id(run(corpus, fund))["banner-sme-matching-fund"].status == "not_eligible"
    fund["certifications"] = ["创新型中小企业"]
    assert by_id(run(corpus, fund))["banner-sme-matching-fund"].status == "eligible"


# --- talent (第四篇) and science and technology (第五篇): amounts computed by hand ---

TECH_FIRM = {
    "operates_in": "伊金霍洛旗",
    "certifications": ["国家高新技术企业", "国家科技型中小企业"],
    "retained_talents": {"博士": 2, "本科": 1},
    "talents": {"B": 1, "D": 2},
    "talents_by_degree": {"博士": 3, "硕士": 2},
}


def test_city_living_allowance_is_the_total_over_24_months(corpus) -> None:
    allowance = by_id(run(corpus, TECH_FIRM))["city-key-enterprise-talent-living-allowance"]
    assert allowance.status == "eligible" and allowance.level == "市级"
    # (2 × 3000 + 1 × 1500) 元/月 × 24 个月 = 180000 元, reported once with the step
    assert (allowance.amount.low, allowance.amount.high, allowance.amount.per) == ("180000", "180000", "once")
    assert "博士 3000元/月 × 2 × 24个月" in allowance.amount.steps
    assert allowance.amount.clause_ids == ["p4.g3.d1.i1.i4"]
    # the banner's own allowance for the same people, on its own clause
    banner = by_id(run(corpus, TECH_FIRM | {"certifications": ["重点企业"]}))["banner-talent-living-allowance"]
    assert banner.amount.low == "180000"


def test_employer_talent_funding_and_degree_settling_in(corpus) -> None:
    got = by_id(run(corpus, TECH_FIRM))
    funding = got["city-talent-training-funding"]
    assert funding.amount.low == "2500000"  # B 150万元 + 2 × D 50万元
    settling = got["banner-degree-talent-settling-in"]
    # 5 people (3 博士, 2 硕士) × 5万—40万元
    assert (settling.amount.low, settling.amount.high) == ("250000", "2000000")
    assert settling.level == "旗级" and settling.clause_ids == ["p4.g4.d2.i4.i6"]


def test_tech_sme_awards_at_city_and_banner_level(corpus) -> None:
    got = by_id(run(corpus, TECH_FIRM))
    assert got["city-tech-sme-award"].amount.low == "50000" and got["city-tech-sme-award"].level == "市级"
    assert got["banner-tech-sme-award"].amount.low == "50000" and got["banner-tech-sme-award"].level == "旗级"
    # first certified: the region's 30万元 once (两条同一事项，就高不重复)
    assert got["tech-sme-first-high-tech-award"].amount.low == "300000"
    result = run(corpus, TECH_FIRM)
    group = next(g for g in result.totals.groups if g.id == "region-first-high-tech")
    assert len(group.dropped) == 1
    # re-certified or relocated: the 20万元 awards need to know which
    renewal = got["city-high-tech-renewal-award"]
    assert renewal.status == "unknown" and renewal.ask == ["企业是再次获批（或整体迁入）的国家高新技术企业吗？"]
    renewed = by_id(run(corpus, TECH_FIRM | {"high_tech_renewed_or_relocated": True}))
    assert renewed["city-high-tech-renewal-award"].amount.low == "200000"
    assert renewed["banner-high-tech-renewal-award"].amount.low == "200000"


def test_city_specialised_sme_tiers_are_not_stacked(corpus) -> None:
    result = run(corpus, {"certifications": ["专精特新中小企业", "专精特新“小巨人”企业"]})
    got = by_id(result)
    assert got["city-specialised-sme-award"].amount.low == "100000"
    assert got["city-specialised-little-giant-award"].amount.low == "200000"
    group = next(g for g in result.totals.groups if g.id == "city-sme-tier")
    assert group.kept == "city-specialised-little-giant-award" and group.dropped == ["city-specialised-sme-award"]
