"""Splits: each paying government's part of an amount computed, when the question asks how it is shared."""

from decimal import Decimal

from assistant.answer.splits import asks_split, splits


def _splits(result):
    return [c for c in result.calculations if c.tool == "split"]


def test_a_split_is_asked_by_two_governments_or_by_how_it_is_shared() -> None:
    assert asks_split("市里和旗区各出多少？")
    assert asks_split("自治区和盟市怎么分担？")
    assert asks_split("中央和自治区分别补多少，一共补多少？")
    assert asks_split("How much is it, and how is it split between the region and the league?")
    assert asks_split("How is the cost shared?")
    # recipients listed, not payers; one government giving to two things
    assert not asks_split("新认定国家级、自治区级企业技术中心各给多少？")
    assert not asks_split("本土培养新增一类和四类人才，自治区分别给多少工作经费？")
    assert not asks_split("Paid over three years and split 1:1 between city and banner, how much does the banner pay each year?")


def test_the_splits_a_provision_states() -> None:
    ratio = splits("补贴资金分三年拨付，由市级和加氢站属地旗区按照 1:1 比例安排。")
    assert [(s.parties, s.fractions, s.listed) for s in ratio] == [(("市级", "旗区"), (Decimal("0.5"), Decimal("0.5")), False)]
    equal = splits("每增加 1 吨补贴 200 元，自治区、盟市各承担 50%")
    assert [(s.parties, s.written) for s in equal] == [(("自治区", "盟市"), ("50%", "50%"))]
    listed = splits("中央和自治区分别承担 45%和 30%的保险费补贴")
    assert [(s.parties, s.written, s.listed) for s in listed] == [(("中央", "自治区"), ("45%", "30%"), True)]
    # a ratio of matching funds is no split between two governments
    assert splits("对每车按照国家奖励资金 1:1 比例出资配套后给予车辆购置单位奖励") == []


def test_a_ratio_split_of_an_amount_a_calculator_computed(assistant) -> None:
    result = assistant.ask("我们加氢站2023年给示范车加注了10万公斤氢，按鄂尔多斯降成本补贴能拿多少？市里和旗区各出多少？")
    parts = _splits(result)
    assert result.calculations[0].result == "1800000"  # 100000公斤 × 18元/公斤
    assert [(c.inputs["party"], c.result) for c in parts] == [("市级", "900000"), ("旗区", "900000")]
    assert "90万元" in result.answer


def test_equal_shares_split_in_english(assistant) -> None:
    result = assistant.ask(
        "Our dairy plant processed 800 tonnes more raw milk this year than last year. How much is the subsidy, "
        "and how is it split between the region and the league?"
    )
    parts = _splits(result)
    assert result.calculations[0].result == "160000"  # 800吨 × 200元/吨
    assert [(c.inputs["party"], c.result) for c in parts] == [("自治区", "80000"), ("盟市", "80000")]
    assert "80,000 yuan" in result.answer


def test_listed_shares_are_each_of_the_premium_and_answer_their_own_parts(assistant) -> None:
    result = assistant.ask("产粮大县种粮食搞完全成本保险，一年保费30万元，中央和自治区分别补多少？一共补多少？")
    parts = _splits(result)
    assert [(c.inputs["party"], c.result) for c in parts] == [("中央", "135000"), ("自治区", "90000")]
    total = next(c for c in result.calculations if c.tool == "share")
    assert total.result == "225000"
    lines = {p.question: p.answer_line for p in result.parts}
    assert any("中央" in q and "13.5万元" in line for q, line in lines.items())
    assert any("自治区" in q and "9万元" in line for q, line in lines.items())


def test_one_government_asked_is_no_split(assistant) -> None:
    result = assistant.ask("乳企比上年多加工了1000吨生鲜乳，能拿多少补贴？自治区出多少？")
    assert _splits(result) == []
