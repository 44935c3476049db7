"""Every calculator on hand-checked cases: caps that bind and caps that do not, ranges, unit
conversions and bad inputs. Parameters are proved against the guide in test_parameters.py."""

from decimal import Decimal

import pytest

from assistant.calculators import CalculatorError, default_catalogue

CASES = [
    # name, inputs, expected result in 元
    ("industrial_power_cost", {"voltage": "110千伏", "energy": "1000万度", "compare": "10kv"}, "760000"),
    ("industrial_power_cost", {"voltage": "1-10千伏", "energy": 5000000}, "2385000"),
    ("agricultural_power_cost", {"voltage": "不满1千伏", "energy": "2万千瓦时"}, "5760"),
    ("residential_power_cost", {"tier": "一档", "quantity": "200度"}, "83"),
    ("residential_power_cost", {"tier": "third tier", "quantity": 100}, "71.5"),
    ("residential_power_cost_10kv", {"tier": "二档", "quantity": "1000千瓦时"}, "455"),
    ("crop_insurance_premium", {"crop": "水地玉米", "quantity": "200亩"}, "6000"),
    ("crop_insurance_premium", {"crop": "sunflower", "quantity": 120}, "2160"),
    ("livestock_insurance_premium", {"animal": "最高档", "quantity": "60头"}, "30000"),
    ("beef_cattle_insurance_farmer_premium", {"quantity": 10}, "700"),
    ("beef_cattle_insurance_fiscal_subsidy", {"quantity": 10}, "2800"),  # (350 − 70) × 10: the rest of the premium
    ("grazing_ban_subsidy", {"quantity": "1200亩"}, "8940"),
    ("grazing_ban_subsidy", {"quantity": "1200亩", "periods": "3年"}, "26820"),
    ("farm_service_subsidy", {"base": "400元"}, "100"),  # 120 > 100: the cap binds
    ("farm_service_subsidy", {"base": "300元", "units": "50亩"}, "4500"),  # 90 per mu, below the cap
    ("cooperative_project_subsidy", {"base": "80万元"}, "300000"),  # 40万 > 30万
    ("cooperative_project_subsidy", {"base": "40万元"}, "200000"),
    ("banner_rural_loan_interest_subsidy", {"borrower": "合作社", "amount": "500万元", "years": "3年"}, "300000"),
    ("banner_rural_loan_interest_subsidy", {"borrower": "农牧民", "amount": "80万元", "years": 5}, "33000"),  # 50万 × 2.2% × 3
    ("western_development_tax_saving", {"income": "3200万元", "standard_rate": "25%"}, "3200000"),
    ("western_development_tax_payable", {"base": "2000万元"}, "3000000"),
    ("dairy_farm_scale_subsidy", {"count": "4000头"}, "8000000"),
    ("dairy_deep_processing_subsidy", {"base": "8亿元"}, "50000000"),
    ("dairy_deep_processing_subsidy", {"base": "3亿"}, "30000000"),

 ("alfalfa_planting_subsidy", {"quantity": "600亩"}, "600000"),
 ("alfalfa_planting_subsidy", {"quantity": "1.2万亩"}, "12000000"),
 ("cow_purchase_subsidy", {"cow_type": "进口奶牛", "quantity": "200头"}, "1000000"),
 ("cow_purchase_subsidy", {"cow_type": "进口母牛", "quantity": 50}, "200000"),
 ("cow_purchase_subsidy", {"cow_type": "见犊补母", "quantity": 30}, "60000"),
 ("greenhouse_shed_subsidy", {"project": "新建拱棚", "base": "2万元", "units": "60亩"}, "480000"),  # 8000 per mu, below the 1万 cap
 ("greenhouse_shed_subsidy", {"project": "新建拱棚", "base": "3万元", "units": "60亩"}, "600000"),   # 12000 -> cap 10000 *60
 ("greenhouse_shed_subsidy", {"project": "修缮", "base": "4万元", "units": "10亩"}, "160000"),     # 16000 < 20000
 ("greenhouse_shed_subsidy", {"project": "修缮", "base": "6万元", "units": "10亩"}, "200000"),     # 24000 -> 20000
 ("prepared_meal_sales_reward", {"increase": "550万元"}, "100000"),   # 5 × 2万
 ("prepared_meal_sales_reward", {"increase": "2000万元"}, "300000"),  # 20×2=40 -> 30
 ("agritourism_park_subsidy", {"base": "500万元"}, "2000000"),
 ("agritourism_park_subsidy", {"base": "1000万元"}, "3000000"),
 ("beef_breeding_farm_reward", {"scale": "5000头", "base": "2000万元"}, "6000000"),
 ("beef_breeding_farm_reward", {"scale": "5000头", "base": "5000万元"}, "10000000"),
 ("beef_breeding_farm_reward", {"scale": "1万头", "base": "5000万元"}, "15000000"),
 ("beef_breeding_farm_reward", {"scale": "1万头", "base": "1亿元"}, "20000000"),
 ("guarantee_risk_compensation", {"base": "3亿元"}, "3000000"),
 ("guarantee_risk_compensation", {"base": "8亿元"}, "5000000"),
 ("breeding_semen_embryo_subsidy", {"item": "性控冻精", "quantity": "300头"}, "36000"),
 ("breeding_semen_embryo_subsidy", {"item": "奶羊冻精", "quantity": "500只"}, "30000"),
 ("breeding_semen_embryo_subsidy", {"item": "肉牛冻精", "quantity": 200}, "6000"),
 ("breeding_semen_embryo_subsidy", {"item": "3500元档", "quantity": 20}, "70000"),
 ("tech_retrofit_equipment_subsidy", {"base": "1500万元"}, "3000000"),
 ("tech_retrofit_equipment_subsidy", {"base": "3000万元"}, "5000000"),
 ("energy_saving_retrofit_reward", {"quantity": "5000吨"}, "1000000"),
 ("energy_saving_retrofit_reward", {"quantity": "3万吨"}, "5000000"),
 ("water_saving_retrofit_subsidy", {"quantity": "8万吨"}, "800000"),
 ("water_saving_retrofit_subsidy", {"quantity": "100万吨"}, "5000000"),
 ("industrial_chain_loan_interest_reward", {"base": "1000万元"}, "3000000"),
 ("industrial_chain_loan_interest_reward", {"base": "2000万元"}, "5000000"),
 ("innovative_drug_device_subsidy", {"base": "3000万元"}, "6000000"),
 ("innovative_drug_device_subsidy", {"base": "8000万元"}, "10000000"),
 ("biomedical_incubator_reward", {"quantity": "6家"}, "1200000"),
 ("biomedical_incubator_reward", {"quantity": "12家"}, "2000000"),
 ("zero_carbon_gas_utilisation_reward", {"base": "6000万元", "units": "3年"}, "9000000"),
 ("zero_carbon_gas_utilisation_reward", {"base": "2亿元", "units": "8年"}, "25000000"),
 ("hydrogen_station_equipment_subsidy", {"capacity": "500-1000公斤/日", "base": "800万元"}, "2400000"),
 ("hydrogen_station_equipment_subsidy", {"capacity": "500-1000公斤/日", "base": "1200万元"}, "3000000"),
 ("hydrogen_station_equipment_subsidy", {"capacity": "1000公斤", "base": "1200万元"}, "3600000"),
 ("hydrogen_station_equipment_subsidy", {"capacity": "1000公斤", "base": "2000万元"}, "4500000"),
 ("hydrogen_refuelling_cost_subsidy", {"year": "2023", "quantity": "50吨"}, "900000"),
 ("hydrogen_refuelling_cost_subsidy", {"year": "2025年", "quantity": "100000公斤"}, "300000"),
 ("coal_gangue_central_budget_support", {"base": "3亿元"}, "45000000"),
 ("coal_gangue_central_budget_support", {"base": "10亿元"}, "100000000"),
 ("standard_setting_reward", {"role": "主导国家", "quantity": "2个"}, "400000"),
 ("standard_setting_reward", {"role": "主导国际", "quantity": "2项"}, "500000"),
 ("standard_setting_reward", {"role": "参与国家", "quantity": 3}, "300000"),
 ("cross_border_ecommerce_platform_subsidy", {"quantity": "2个"}, "40000"),
 ("cross_border_ecommerce_platform_subsidy", {"quantity": "4个"}, "50000"),
 ("flexible_talent_recruitment_subsidy", {"base": "80万元", "units": "3年"}, "720000"),
 ("flexible_talent_recruitment_subsidy", {"base": "150万元", "units": "7年"}, "1500000"),
 ("enterprise_internship_subsidy", {"base": "2000元", "units": "4个月"}, "4000"),
 ("enterprise_internship_subsidy", {"base": "4000元", "units": "8个月"}, "9000"),
 ("pre_recruitment_graduate_subsidy", {"degree": "博士", "base": "8万元"}, "40000"),
 ("pre_recruitment_graduate_subsidy", {"degree": "博士", "base": "12万元", "units": "2人"}, "100000"),
 ("pre_recruitment_graduate_subsidy", {"degree": "硕士", "base": "10万元"}, "30000"),
 ("order_class_graduate_subsidy", {"quantity": "28人"}, "28000"),
 ("talent_settling_in_subsidy", {"talent_class": "C类"}, "2500000"),
 ("talent_settling_in_subsidy", {"talent_class": "F类", "quantity": "2人"}, "1600000"),
 ("new_rd_institution_reward", {"base": "1500万元"}, "3000000"),
 ("new_rd_institution_reward", {"base": "4000万元"}, "5000000"),
 ("national_project_matching_subsidy", {"base": "600万元"}, "600000"),
 ("research_indirect_cost_limit", {"base": "300万元"}, "900000"),
 ("research_indirect_cost_limit", {"base": "800万元"}, "2250000"),   # 150 + 75
 ("research_indirect_cost_limit", {"base": "2000万元"}, "4750000"),  # 150+125+200
 ("tech_transfer_income_taxable", {"base": "800万元"}, "1500000"),  # (800 − 500) × 50%
 ("tech_transfer_income_taxable", {"base": "400万元"}, "0"),  # all of it exempt
 ("tech_transfer_income_taxable", {"base": "800万元", "tax_rate": "25"}, "375000"),  # the tax due at 25%
    # dairy
    ("milk_powder_low_season_subsidy", {"quantity": "6000吨"}, "600000"),  # 6000 × 10% × 1000
    ("raw_milk_processing_increase_subsidy", {"quantity": "5000吨"}, "1000000"),
    ("cheese_raw_milk_increase_subsidy", {"quantity": "800吨"}, "1600000"),
    ("silage_storage_subsidy", {"quantity": "2000头"}, "550000"),  # 2000 × 5.5 吨 × 50
    ("alfalfa_seed_base_subsidy", {"stage": "新建第一年", "quantity": "800亩"}, "400000"),
    ("alfalfa_seed_base_subsidy", {"stage": "达产后", "quantity": "800亩"}, "240000"),
    ("dairy_family_farm_upgrade_subsidy", {"quantity": "500头"}, "200000"),
    ("dairy_goat_farm_subsidy", {"count": "12000只"}, "4000000"),  # 200 + 1 × 200
    ("raw_milk_contract_subsidy", {"quantity": "3家"}, "300000"),
    # facility agriculture and livestock
    ("facility_farming_construction_subsidy", {"facility": "日光温室", "quantity": "600亩"}, "12000000"),
    ("facility_farming_construction_subsidy", {"facility": "智能温室", "quantity": "60亩"}, "4000000"),  # 40000 平方米 × 100
    ("facility_farming_construction_subsidy", {"facility": "智能温室", "quantity": "40000平方米"}, "4000000"),
    ("facility_agriculture_park_reward", {"count": "16000亩"}, "8000000"),  # 500 + 3 × 100
    ("facility_agriculture_park_reward", {"count": "3万亩"}, "10000000"),  # 1500 -> cap 1000
    ("fattening_slaughter_reward", {"animal": "育肥肉牛", "quantity": "1200头"}, "360000"),
    ("fattening_slaughter_reward", {"animal": ["肉牛", "肉羊"], "quantity": [800, "5000只"]}, "540000"),  # two lines
    ("saline_alkali_land_subsidy", {"severity": "重度", "quantity": "6000亩"}, "12000000"),
    ("saline_alkali_land_subsidy", {"severity": "中度", "quantity": "6000亩"}, "6000000"),
    ("forage_base_subsidy", {"base_type": "饲草基地", "quantity": "1.2万亩"}, "2400000"),
    ("irrigation_water_saving_subsidy", {"quantity": "8000亩"}, "2400000"),
    ("leading_agri_enterprise_loan_interest", {"base": "1000万元"}, "4000000"),
    ("leading_agri_enterprise_loan_interest", {"base": "2000万元"}, "5000000"),  # 800 -> cap 500
    ("agri_processing_loan_interest", {"base": "1亿元"}, "3000000"),
    ("beef_fattening_farm_reward", {"herd": "育肥牛", "count": "500头"}, "500000"),  # 20 + 3 × 10
    ("beef_fattening_farm_reward", {"herd": "基础母牛", "count": "260头"}, "500000"),  # 20 + 3 × 10
    ("beef_calf_service_reward", {"quantity": "220头"}, "57200"),
    ("forage_land_transfer_reward", {"quantity": "2000亩"}, "200000"),
    ("beef_processing_plant_reward", {"plant": "3万头", "base": "8000万元"}, "10000000"),  # 1600 -> cap 1000
    ("beef_processing_plant_reward", {"plant": "提标改造", "base": "2000万元"}, "4000000"),
    # fruit, vegetables and minor grains
    ("city_solar_greenhouse_subsidy", {"quantity": "40亩"}, "2400000"),
    ("specialty_crop_scale_reward", {"crop": "蔬菜", "quantity": "600亩"}, "120000"),
    ("specialty_crop_scale_reward", {"crop": "小杂粮", "quantity": "300亩"}, "60000"),
    ("seedling_centre_subsidy", {"base": "1500万元"}, "5000000"),
    ("cold_storage_subsidy", {"store": "冷藏保鲜库", "quantity": "2000立方米"}, "400000"),
    ("cold_storage_subsidy", {"store": "气调库", "quantity": "2万立方米"}, "5000000"),  # 800 -> cap 500
    ("produce_processing_equipment_subsidy", {"produce": "小杂粮", "base": "600万元"}, "3000000"),
    # industry and finance
    ("clinical_trial_institution_reward", {"base": "5000万元"}, "2000000"),  # 250 -> cap 200
    ("new_energy_taxi_subsidy", {"vehicle": ["充电车", "换电车"], "quantity": [10, 6]}, "670000"),
    ("new_energy_taxi_subsidy", {"vehicle": "换电", "quantity": "6辆"}, "270000"),
    ("solid_waste_utilisation_subsidy", {"quantity": "15万吨"}, "1500000"),
    ("waste_plastic_paper_recycling_subsidy", {"base": "3000万元"}, "3000000"),
    ("data_centre_pue_reward", {"base": "4000万元"}, "4000000"),
    ("new_technology_industrialisation_reward", {"base": "2300万元"}, "4600000"),
    ("guarantee_premium_subsidy", {"base": "2000万元"}, "2000000"),
    # talent, employment, social insurance
    ("key_enterprise_talent_living_allowance", {"degree": "博士"}, "72000"),  # 3000 × 24 months
    ("key_enterprise_talent_living_allowance", {"degree": "硕士", "quantity": 2, "periods": "30个月"}, "96000"),  # at most 2 years
    ("key_enterprise_new_hire_allowance", {"hire": ["骨干", "本科毕业生"], "quantity": [2, 30]}, "500000"),
    ("talent_rent_subsidy", {"degree": "博士"}, "72000"),
    ("talent_rent_subsidy", {"degree": "硕士", "periods": "12个月"}, "18000"),
    ("trained_graduate_hiring_subsidy", {"quantity": "60人"}, "60000"),
    ("trained_graduate_hiring_subsidy", {"quantity": "600人"}, "500000"),  # cap 50万
    ("skill_upgrade_subsidy", {"level": "中级", "quantity": "8人"}, "12000"),
    ("invention_patent_reward", {"patent": ["国内发明专利", "国际发明专利"], "quantity": [5, 2]}, "35000"),
    ("tech_transfer_reward", {"base": "800万元"}, "1600000"),
    ("tech_transfer_reward", {"base": "8000万元"}, "10000000"),  # 1600 -> cap 1000
    ("rd_super_deduction_tax_saving", {"income": "600万元"}, "1500000"),  # 600 × 100% × 25%
    ("rd_super_deduction_tax_saving", {"income": "600万元", "standard_rate": "15%"}, "900000"),
    ("innovative_sme_matching_fund", {"base": "50万元"}, "150000"),
    # min(LPR × 70%, 2%) of the loan, at most the loan kind's yearly cap
    ("agri_processing_lpr_interest", {"loan": "新注册", "base": "5000万元", "lpr": "3.45"}, "1000000"),  # 2.415% → 2%
    ("agri_processing_lpr_interest", {"loan": "新注册", "base": "5000万元", "lpr": "2.5"}, "875000"),  # 1.75%
    ("agri_processing_lpr_interest", {"loan": "项目贷款", "base": "2亿元", "lpr": "3.45"}, "3000000"),  # 400万 → cap 300万
    ("agri_processing_lpr_interest", {"loan": "屠宰", "base": "2亿元", "lpr": "3.45"}, "4000000"),  # cap 600万 not reached
    ("facility_farming_lpr_interest", {"base": "500万元", "lpr": "3"}, "135000"),  # 2.7%, under the 3% ceiling
    ("facility_livestock_lpr_interest", {"base": "1000万元", "lpr": "3.45"}, "300000"),  # 3.105% → 3%
    ("city_rural_loan_interest_subsidy", {"amount": "5000万元", "years": "2"}, "1800000"),  # 3000万 × 3% × 2
    ("city_rural_loan_interest_subsidy", {"amount": "1000万元", "years": "5"}, "900000"),  # at most three years
    ("city_rd_institution_matching", {"base": "600万元"}, "5000000"),  # 1:1, at most 500万 a year
    ("city_rd_institution_matching", {"base": "400万元", "units": "7"}, "20000000"),  # at most 5 years
    # investment factor costs
    ("industrial_land_price", {"site": "蒙苏", "quantity": "200亩"}, "13060000"),
    ("industrial_land_price", {"site": "空港物流园区", "quantity": "100亩"}, "8270000"),
    ("water_cost", {"user": "工商业", "quantity": "5万吨"}, "520000"),
    ("commercial_gas_cost", {"quantity": "200万立方米"}, "6120000"),
    ("heating_cost", {"user": "非居民", "quantity": "2万平方米"}, "590000"),
]


@pytest.mark.parametrize(("name", "inputs", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_calculator_case(name: str, inputs: dict, expected: str) -> None:
    calc = default_catalogue().run(name, inputs)
    assert calc.result == expected
    assert calc.unit == "元"
    assert calc.steps and calc.clause_ids


def test_every_calculator_has_a_case_and_there_are_enough() -> None:
    names = set(default_catalogue().specs)
    assert len(names) >= 15
    # ranges and results in months: tested below
    assert names == {c[0] for c in CASES} | {"strategic_industry_power_cost", "disability_allowance_months"}


def test_a_range_stays_a_range() -> None:
    calc = default_catalogue().run("strategic_industry_power_cost", {"quantity": "100万度"})
    assert calc.result == {"low": "290000", "high": "330000"}
    assert "29万元至33万元" in calc.steps[0]


def test_no_float_artefacts_anywhere() -> None:
    catalogue = default_catalogue()
    for name, inputs, _ in CASES:
        calc = catalogue.run(name, inputs)
        for text in [*calc.steps, str(calc.result), *map(str, calc.inputs.values())]:
            assert "0000000001" not in text and "9999999" not in text and "e+" not in text.lower(), text
    assert default_catalogue().run("grazing_ban_subsidy", {"quantity": 0.1})
    assert default_catalogue().run("grazing_ban_subsidy", {"quantity": 0.1}).result == "0.745"


def test_units_are_converted() -> None:
    run = default_catalogue().run
    assert run("dairy_deep_processing_subsidy", {"base": "80000万元"}).result == run(
        "dairy_deep_processing_subsidy", {"base": "8亿元"}
    ).result
    assert run("grazing_ban_subsidy", {"quantity": "0.12万亩"}).result == "8940"
    assert run("industrial_power_cost", {"voltage": "110kv", "energy": "1000000kwh"}).result == "401000"
    assert run("crop_insurance_premium", {"crop": "大豆", "quantity": "１２０亩"}).result == "1920"  # full-width digits


@pytest.mark.parametrize(
    ("name", "inputs", "message"),
    [
        ("grazing_ban_subsidy", {"quantity": "-5亩"}, "at least 0"),
        ("grazing_ban_subsidy", {"quantity": "5公斤"}, "not a area unit"),
        ("grazing_ban_subsidy", {"quantity": "many"}, "not a number"),
        ("grazing_ban_subsidy", {}, "missing input 'quantity'"),
        ("grazing_ban_subsidy", {"quantity": 5, "bogus": 1}, "unknown input"),
        ("industrial_power_cost", {"voltage": "35千伏", "energy": 100}, "allowed: 不满1千伏, 1-10千伏, 110千伏, 220千伏以上"),
        ("crop_insurance_premium", {"crop": "水稻", "quantity": 10}, "allowed: 水地玉米"),
        ("dairy_farm_scale_subsidy", {"count": 2000}, "3000"),
        ("western_development_tax_saving", {"income": 100, "standard_rate": "10%"}, "at least 15"),
        ("no_such_calculator", {}, "unknown calculator"),
        ("grazing_ban_subsidy", {"quantity": 10**20}, "beyond"),
        ("grazing_ban_subsidy", {"quantity": "1e400"}, "not a area unit"),
        ("grazing_ban_subsidy", {"quantity": "nan"}, "not a"),
        ("grazing_ban_subsidy", {"quantity": True}, "not a number"),
    ],
)
def test_bad_inputs_get_clear_errors(name: str, inputs: dict, message: str) -> None:
    with pytest.raises(CalculatorError, match=message):
        default_catalogue().run(name, inputs)


def test_describe_gives_json_schemas() -> None:
    described = {d["name"]: d for d in default_catalogue().describe()}
    schema = described["industrial_power_cost"]["input_schema"]
    assert schema["required"] == ["voltage", "energy"]
    assert schema["properties"]["voltage"]["enum"] == ["不满1千伏", "1-10千伏", "110千伏", "220千伏以上"]
    assert described["industrial_power_cost"]["clause_ids"] == ["p1.i2.i5.i3.c1"]
    assert Decimal(default_catalogue().run("industrial_power_cost", {"voltage": "110千伏", "energy": 1}).result) == Decimal("0.401")
