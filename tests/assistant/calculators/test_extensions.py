"""What the kinds do beyond rate × quantity: several lines at once, a counted share, thresholds a
provision states, results in months, deductions that save tax, and the units the guide uses."""

from decimal import Decimal

import pytest

from assistant.calculators import CalculatorError, default_catalogue
from assistant.calculators.kinds import param_value
from assistant.calculators.spec import Parameter
from assistant.quantities import convert

run = default_catalogue().run


def test_several_lines_are_added_up_and_each_is_shown() -> None:
    calc = run("new_energy_taxi_subsidy", {"vehicle": ["充电车", "换电车"], "quantity": ["10辆", 6]})
    assert calc.result == "670000"
    assert calc.inputs == {"vehicle": ["充电车", "换电车"], "quantity": ["10", "6"]}
    assert calc.steps[0].startswith("充电车：") and "40万元" in calc.steps[0]
    assert calc.steps[1].startswith("换电车：") and "27万元" in calc.steps[1]
    assert calc.steps[-1] == "合计 67万元"
    assert calc.clause_ids == ["p3.s2.g2.d1.i2.i7"]


def test_a_cap_applies_to_the_sum_of_the_lines() -> None:
    # 2 international standards led (60万) + 3 national joined (30万): at most 50万 a year
    calc = run("standard_setting_reward", {"role": ["主导国际", "参与国家"], "quantity": [2, 3]})
    assert calc.result == "500000"
    assert "超过上限" in calc.steps[-1]


def test_lines_citing_two_clauses_cite_both() -> None:
    calc = run("specialty_crop_scale_reward", {"crop": ["蔬菜", "小杂粮"], "quantity": ["600亩", "300亩"]})
    assert calc.result == "180000"
    assert calc.clause_ids == ["p3.s1.g3.d4.i1.i4", "p3.s1.g3.d4.i2.i2"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"vehicle": ["充电车", "换电车"], "quantity": [10]}, "equal length"),
        ({"vehicle": ["充电车"], "quantity": 10}, "equal length"),
        ({"vehicle": [], "quantity": []}, "empty"),
        ({"vehicle": ["充电车", "燃油车"], "quantity": [1, 1]}, "unknown value"),
    ],
)
def test_bad_lines_get_clear_errors(args: dict, message: str) -> None:
    with pytest.raises(CalculatorError, match=message):
        run("new_energy_taxi_subsidy", args)


def test_lists_only_where_lines_are_allowed() -> None:
    with pytest.raises(CalculatorError, match="only allowed"):
        run("clinical_trial_institution_reward", {"base": ["100万元", "200万元"]})


def test_a_counted_share_of_the_quantity() -> None:
    calc = run("milk_powder_low_season_subsidy", {"quantity": "6000吨"})
    assert calc.steps == ["3—5 月收购用于喷粉的生鲜乳数量 6000吨 × 计补比例（收购数量的） 10% = 600吨", "600吨 × 1000元/吨 = 60万元"]
    silage = run("silage_storage_subsidy", {"quantity": 100})
    assert silage.result == "27500" and "550吨" in silage.steps[0]  # 100 cows × 5.5 吨 × 50 元


@pytest.mark.parametrize(
    ("name", "args", "message"),
    [
        ("facility_farming_construction_subsidy", {"facility": "日光温室", "quantity": "300亩"}, "须达到 500亩"),
        ("facility_farming_construction_subsidy", {"facility": "冷棚", "quantity": "800亩"}, "须达到 1000亩"),
        ("fattening_slaughter_reward", {"animal": "肉羊", "quantity": "2000只"}, "须达到 3000只"),
        ("forage_base_subsidy", {"base_type": "饲草基地", "quantity": "8000亩"}, "须达到 1万亩"),
        ("cold_storage_subsidy", {"store": "冷藏保鲜库", "quantity": "200立方米"}, "须达到 300立方米"),
        ("dairy_family_farm_upgrade_subsidy", {"quantity": 50}, "须达到 100头"),
        ("dairy_family_farm_upgrade_subsidy", {"quantity": 4000}, "超过 3000头"),
        ("solid_waste_utilisation_subsidy", {"quantity": "8000吨"}, "须达到 1万吨"),
        ("tech_transfer_reward", {"base": "150万元"}, "须达到 200万元"),
        ("facility_agriculture_park_reward", {"count": "8000亩"}, "须达到 1万亩"),
        ("dairy_goat_farm_subsidy", {"count": 4000}, "须达到 5000只"),
    ],
)
def test_thresholds_the_guide_states_are_enforced(name: str, args: dict, message: str) -> None:
    with pytest.raises(CalculatorError, match=message):
        run(name, args)


def test_thresholds_are_inclusive() -> None:
    assert run("irrigation_water_saving_subsidy", {"quantity": "5000亩"}).result == "1500000"
    assert run("tech_transfer_reward", {"base": "200万元"}).result == "400000"
    assert run("facility_agriculture_park_reward", {"count": "1万亩"}).result == "5000000"


@pytest.mark.parametrize(("years", "months"), [("3年", "12"), (5, "12"), (6, "15"), (8, "21"), ("5.5", "15"), ("8.2", "24")])
def test_disability_allowance_is_in_months_and_a_part_year_counts(years, months: str) -> None:
    calc = run("disability_allowance_months", {"count": years})
    assert calc.result == months and calc.unit == "个月"
    assert calc.steps[-1] == f"合计 {months}个月" or calc.steps == ["不足 5年：12个月"]


def test_a_deduction_saves_tax_at_the_given_rate() -> None:
    calc = run("rd_super_deduction_tax_saving", {"income": "600万元", "standard_rate": "25%"})
    assert calc.result == "1500000"
    # what is deducted in all is shown too: the cost and the extra on top of it
    assert calc.steps == ["研发费用 600万元 × 加计扣除 100% = 多扣除 600万元", "税前扣除合计：600万元 + 600万元 = 1200万元",
                          "600万元 × 税率 25% = 少缴 150万元"]


def test_a_monthly_subsidy_stops_at_its_longest_term_stated_in_years() -> None:
    calc = run("key_enterprise_talent_living_allowance", {"degree": "本科", "periods": "36个月"})
    assert calc.result == "36000"  # 1500 × 24
    assert "期限按最长 2年 计" in calc.steps


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        ("6.53", "万元/亩", "65300"), ("1", "万亩", "10000"), ("1", "万吨", "10000"),
        ("5", "倍", "5"), ("3000", "元/人", "3000"), ("10", "%", "0.1"),
    ],
)
def test_parameter_units_read_in_base_units(value: str, unit: str, expected: str) -> None:
    param = Parameter(value=value, unit=unit, clause_id="x", quote=value)
    assert param_value(param).low == Decimal(expected)


def test_square_and_cubic_metres() -> None:
    assert convert(Decimal(40000), "平方米", "area") == Decimal(60)  # 1 亩 = 10000/15 平方米
    assert convert(Decimal(2), "万平方米", "area") == Decimal(30)
    assert convert(Decimal(2), "万立方米", "volume") == Decimal(20000)
    heating = run("heating_cost", {"user": "居民", "quantity": "100平方米"})
    assert heating.result == "1450"
    assert heating.steps[0] == "供热面积（平方米） 100平方米 × 14.5元/平方米 = 1450元"


def test_a_price_range_gives_a_range() -> None:
    calc = run("industrial_land_price", {"site": "参考价格", "quantity": "200亩"})
    assert calc.result == {"low": "40000000", "high": "50000000"}


def test_new_inputs_are_described_for_tools() -> None:
    described = {d["name"]: d for d in default_catalogue().describe()}
    schema = described["new_energy_taxi_subsidy"]["input_schema"]
    assert schema["required"] == ["vehicle", "quantity"]
    assert schema["properties"]["vehicle"]["enum"] == ["充电车", "换电车"]
    assert "立方米" in described["cold_storage_subsidy"]["input_schema"]["properties"]["quantity"]["description"]


def test_a_threshold_stated_for_one_choice_only_binds_that_choice() -> None:
    # 1万亩 is stated for forage bases; the caragana sentence gives no number to check against
    assert run("forage_base_subsidy", {"base_type": "柠条", "quantity": "5000亩"}).result == "500000"
    with pytest.raises(CalculatorError, match="须达到 1万亩"):
        run("forage_base_subsidy", {"base_type": ["饲草基地", "柠条"], "quantity": ["8000亩", "1万亩"]})
    both = run("forage_base_subsidy", {"base_type": ["饲草基地", "柠条"], "quantity": ["1.2万亩", "1万亩"]})
    assert both.result == "3400000"


def test_a_per_unit_cap_cannot_depend_on_the_choice() -> None:
    from assistant.calculators.kinds import check_against_kind
    from assistant.calculators.spec import CalculatorSpec

    spec = default_catalogue().specs["cold_storage_subsidy"].model_dump()
    assert check_against_kind(CalculatorSpec.model_validate(spec)) == []
    spec["params"]["cap"] = {"冷藏保鲜库": spec["params"]["cap"], "气调贮藏库": spec["params"]["cap"]}
    problems = check_against_kind(CalculatorSpec.model_validate(spec))
    assert problems == ["cold_storage_subsidy: parameter 'cap' cannot depend on the choice; the lines of one question share it"]
