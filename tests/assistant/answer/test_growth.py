"""Growth: a change a provision states, applied to the value the question states."""

from decimal import Decimal

from assistant.answer.growth import _changes
from assistant.quantities import normalise


def _growth(result):
    return [c for c in result.calculations if c.tool == "growth"]


def test_a_rise_by_a_percentage_is_applied_to_the_value_stated(assistant) -> None:
    # "园区农民可支配收入原则上应高于当地平均水平的 30%"
    result = assistant.ask("我们当地农民人均可支配收入是1.5万元，要建国家现代农业产业园，园区农民收入至少要多少？")
    (growth,) = _growth(result)
    assert growth.result == "19500" and growth.unit == "元"
    assert growth.steps == ["1.5万元 × (1 + 30%) = 1.95万元"]
    assert growth.clause_ids and "1.95万元" in result.answer


def test_a_yearly_rise_is_compounded_over_the_years_it_runs(assistant) -> None:
    # "市本级财政科技创新专项资金预算在 2021 年基数上，连续三年按 15%递增"
    result = assistant.ask("Suppose the Ordos city-level budget for sci-tech innovation funds was RMB 200 million in 2021. "
                           "How much would it be after the three years of required increases?")
    (growth,) = _growth(result)
    assert growth.result == "304175000" and growth.inputs["years"] == "3"
    assert growth.steps[0] == "2亿元 × (1 + 15%)^3 = 3.04175亿元"


def test_the_change_stated_for_the_target_year_asked_is_taken(assistant) -> None:
    # 2025: "报废汽车回收量较 2023 年增长 50%"; 2027: "报废汽车回收量较 2023 年增加一倍"
    result = assistant.ask("假设2023年全国回收报废汽车600万辆，按以旧换新方案，到2027年报废汽车回收量要达到多少辆？")
    (growth,) = _growth(result)
    assert growth.result == "12000000" and growth.steps == ["600万辆 × 2 = 1200万辆"]
    earlier = assistant.ask("假设2023年全国回收报废汽车600万辆，按以旧换新方案，到2025年报废汽车回收量要达到多少辆？")
    (growth,) = _growth(earlier)
    assert growth.result == "9000000"


def test_each_thing_changed_is_named_since_the_change_before_it() -> None:
    text = normalise("报废汽车回收量较 2023年增长 50%，废旧家电回收量较 2023 年增长 15%")
    found = _changes(text)
    assert [(f, p) for _, _, f, p, _ in found] == [(Decimal("1.5"), Decimal("50")), (Decimal("1.15"), Decimal("15"))]


def test_a_floor_and_a_new_level_are_no_changes() -> None:
    # "不低于 1%" is a floor; "提高至 58%" sets a level; "增长 20%以上的企业" names who qualifies
    assert _changes(normalise("旗区财政科技支出占一般公共预算支出不低于 1%，并逐年增长")) == []
    assert _changes(normalise("新能源交易比例上限提高至 58%")) == []


def test_a_growth_a_grant_is_paid_for_computes_nothing(assistant) -> None:
    # a growth named as what an award is paid for is its condition, not a target for the revenue stated
    result = assistant.ask("我们公司去年营业收入5000万元，今年能拿什么奖励？")
    assert _growth(result) == []


def test_about_double_is_double_and_each_change_names_its_own_stretch(assistant) -> None:
    found = _changes(normalise("报废汽车回收量较 2023 年增加约一倍，二手车交易量较 2023 年增长 45%"))
    assert sorted(f for _, _, f, _, _ in found) == [Decimal("1.45"), Decimal(2)]
    # "…增加约一倍，二手车交易量较 2023 年增长 45%": the used cars' 45% is no change of the scrapped vehicles
    result = assistant.ask("Suppose 3 million scrapped vehicles were recovered nationally in 2023. "
                           "What recovery volume does the trade-in plan target for 2027?")
    (growth,) = _growth(result)
    assert growth.result == "6000000" and growth.steps == ["300万辆 × 2 = 600万辆"]


def test_a_quantity_a_figure_is_stated_per_is_no_value_to_grow(assistant) -> None:
    # "(per 100 km)" says what the consumption asked is measured per; doubling it is no answer
    result = assistant.ask("What is the new maximum energy consumption (per 100 km) set for heavy commercial vehicles?")
    assert _growth(result) == []


def test_a_capped_markup_over_cost_is_the_most_the_cost_rises(assistant) -> None:
    # "由企业推荐可申请购买限价住房，按成本价购买，上浮比例不超过5%"
    for question in ("人才限价住房成本价60万元，按政策最高能卖多少钱？",
                     "A unit of Ejin Horo's price-capped talent housing costs 600,000 yuan to build. At the maximum allowed "
                     "mark-up over cost, what is the highest price?"):
        result = assistant.ask(question)
        (growth,) = _growth(result)
        assert growth.result == "630000" and growth.steps == ["60万元 × (1 + 5%) = 63万元"], question


def test_a_cost_per_square_metre_times_the_area_is_the_value_that_rises(assistant) -> None:
    for question in ("限价住房成本价每平米6000元，95平米的房子最高多少钱能买？",
                     "A restricted-price flat for recruited talent costs 6,000 yuan per m² to build. For a 95 m² unit, what is "
                     "the highest price under the markup limit?"):
        result = assistant.ask(question)
        (growth,) = _growth(result)
        assert growth.result == "598500", question
        assert growth.steps == ["6000元/平方米 × 95平方米 = 57万元", "57万元 × (1 + 5%) = 59.85万元"]


def test_a_number_after_a_question_s_opening_word_is_its_value(assistant) -> None:
    # "If 100 million…": the word before the number is no unit glued to it (as "m2" is)
    result = assistant.ask("If 100 million waste appliances were recovered in 2023, what recovery volume is targeted for 2027 "
                           "under the trade-in plan?")
    (growth,) = _growth(result)
    assert growth.result == "130000000"
