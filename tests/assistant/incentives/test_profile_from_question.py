"""A project profile from a chat question: filled from what the question states, or none when it does not
describe a project asking which policies apply."""

from decimal import Decimal

import pytest

from assistant.incentives.from_question import asks_which_policies, profile_from_question, sector_of
from assistant.incentives.profile import profile_schema


def stated(question: str) -> dict | None:
    profile = profile_from_question(question)
    return None if profile is None else profile.model_dump(exclude_none=True)


def test_the_data_centre_of_the_chat_in_chinese() -> None:
    assert stated("我们要在伊金霍洛旗建一个年用电 1 亿度的数据中心，能享受哪些政策？") == {
        "sector": "数据中心",
        "operates_in": "伊金霍洛旗",
        "annual_kwh": Decimal(100_000_000),
    }


def test_the_same_data_centre_in_english() -> None:
    assert stated("We plan a data centre in Ejin Horo using 100 million kWh a year; which policies apply?") == {
        "sector": "数据中心",
        "operates_in": "伊金霍洛旗",
        "annual_kwh": Decimal(100_000_000),
    }


def test_a_hydrogen_project_with_investment_land_voltage_and_park() -> None:
    assert stated("投资5亿元、用地200亩、110千伏接入的氢能项目落户蒙苏经济技术开发区，有什么优惠政策？") == {
        "sector": "氢能",
        "operates_in": "伊金霍洛旗",  # the park is in the banner
        "park": "蒙苏经济技术开发区",
        "investment_total": Decimal(500_000_000),
        "land_mu": Decimal(200),
        "voltage": "110千伏",
    }


def test_an_english_dairy_farm_with_its_herd_and_crop() -> None:
    assert stated("We run a 3,000-cow dairy farm in Ejin Horo with 2,000 mu of irrigated maize. What incentives can we get?") == {
        "sector": "奶业",
        "operates_in": "伊金霍洛旗",
        "dairy_cows": 3000,
        "crop_areas_mu": {"水地玉米": Decimal(2000)},
    }


def test_herds_and_alfalfa_in_chinese() -> None:
    assert stated("我们养了1200头奶牛，其中进口奶牛300头，还种了800亩苜蓿，能拿哪些补贴？") == {
        "sector": "奶业",
        "dairy_cows": 1200,
        "imported_dairy_cows": 300,
        "crop_areas_mu": {"苜蓿": Decimal(800)},
    }
    assert stated("我们在伊旗养了500头基础母牛和300头育肥牛，能申请哪些补贴？") == {
        "sector": "肉牛",
        "operates_in": "伊金霍洛旗",
        "beef_breeding_cows": 500,
        "beef_fattening_cattle": 300,
    }


def test_a_foreign_invested_trader_in_the_airport_logistics_park() -> None:
    # the park's name does not make it a logistics project
    assert stated(
        "We are a foreign-invested cross-border trading company in the Airport Logistics Park with 50 employees. "
        "Which subsidies are we eligible for?"
    ) == {"sector": "跨境贸易", "operates_in": "伊金霍洛旗", "park": "空港物流园区", "ownership": "foreign_invested", "employees": 50}


def test_certifications_and_r_and_d_without_a_sector() -> None:
    assert stated("我们是国家高新技术企业、专精特新“小巨人”企业，研发费用每年2000万元，能享受什么奖励？") == {
        "rd_expenses": Decimal(20_000_000),
        "certifications": ["国家高新技术企业", "专精特新“小巨人”企业"],
    }


def test_a_voltage_the_price_table_does_not_list_is_left_unknown() -> None:
    profile = stated("A hydrogen refuelling station with RMB 50 million investment at 35 kV: which incentives apply?")
    assert profile == {"sector": "氢能", "investment_total": Decimal(50_000_000)}


@pytest.mark.parametrize(
    "question",
    [
        "110千伏工业电价多少？",  # a price, not a project
        "What is the industrial electricity price at 110 kV?",
        "那10千伏呢？",  # a follow-up
        "伊金霍洛旗有哪些政策？",  # which policies, but no project
        "设备投资8亿的奶酪项目能补多少？",  # a project, but how much one subsidy is: the chat answers it
        "我种了200亩水地玉米，保费一共多少？",
        "Which industries get the strategic-emerging-industry power price?",
        "",
    ],
)
def test_questions_that_do_not_hand_over(question: str) -> None:
    assert profile_from_question(question) is None


def test_what_asks_which_policies_apply() -> None:
    assert asks_which_policies("数据中心能享受哪些政策？")
    assert asks_which_policies("Are we eligible for anything?")
    assert not asks_which_policies("数据中心电价多少？")


def test_every_sector_found_is_one_of_the_guides() -> None:
    sectors = profile_schema()["properties"]["sector"]["anyOf"][0]["enum"]
    named = [("奶酪厂", "农畜产品加工"), ("光伏组件厂", "光伏新材料及应用"), ("a wind farm", "新能源"), ("greenhouses", "设施农业")]
    for word, sector in named:
        assert sector_of(word) == sector and sector in sectors
