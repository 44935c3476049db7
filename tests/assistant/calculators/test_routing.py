"""Questions reach the right calculator with the right inputs: first through the offline router
alone (the clause it cites retrieved at the top), then through the whole answer chain on the real
guide and index."""

from decimal import Decimal

import pytest

from assistant.calculators import default_catalogue
from assistant.calculators.router import Router, calculate, question_quantities, settles

CHEESE_INCREASE = "p3.s1.g2.d2.i15"  # 以上一年度使用生鲜乳加工原制奶酪量为基数，每增加 1吨补贴2000 元
SEMEN = "p3.s1.g3.d3.i4"  # 每头能繁母牛每年提供 2支优质肉牛冻精，每支补贴30 元
AGRI_LOAN = "p3.s1.g3.d2.i13"  # 农畜产品精深加工企业…流动资金贷款…贴息

ROUTED = [
    # question, clause retrieved, calculator, result
    # a period after 贴息 says for how long, not the result ("贴息3年" is no stated 3)
    ("合作社贷款300万元做乡村产业，贴息三年一共贴多少？", "p3.s1.g4.d1.c1", "banner_rural_loan_interest_subsidy", "180000"),
    # one year's asked, whatever the term stated; both asked, the whole term
    ("合作社贷款300万元，期限三年，每年能贴息多少？", "p3.s1.g4.d1.c1", "banner_rural_loan_interest_subsidy", "60000"),
    ("Our cooperative borrows 3 million yuan for two years under the banner's rural loan scheme. What interest subsidy per year?",
     "p3.s1.g4.d1.c1", "banner_rural_loan_interest_subsidy", "60000"),
    ("Our cooperative borrows 3 million yuan under the banner's rural loan scheme. What interest subsidy per year, and over 3 years?",
     "p3.s1.g4.d1.c1", "banner_rural_loan_interest_subsidy", "180000"),
    ("我们乳企3到5月淡季收购生鲜乳6000吨用来喷粉，能拿多少补贴？", "p3.s1.g2.d2.i17", "milk_powder_low_season_subsidy", "600000"),
    ("我们旗的设施农业园区集中连片达到16000亩，能奖励多少？", "p3.s1.g2.d3.i1", "facility_agriculture_park_reward", "8000000"),
    ("新建标准化育肥场，育肥牛存栏500头，能奖励多少？", "p3.s1.g3.d3.i5", "beef_fattening_farm_reward", "500000"),
    ("新建标准化育肥场，基础母牛存栏260头，能奖励多少？", "p3.s1.g3.d3.i5", "beef_fattening_farm_reward", "500000"),
    ("医院承接药物临床试验，项目费用5000万元，能拿多少奖补？", "p3.s2.g2.d1.i1.i9", "clinical_trial_institution_reward", "2000000"),
    ("买了10辆充电式新能源巡游出租车和6辆换电式的，一共补多少？", "p3.s2.g2.d1.i2.i7", "new_energy_taxi_subsidy", "670000"),
    ("巡游出租车充电车10辆、换电车6辆，能补多少？", "p3.s2.g2.d1.i2.i7", "new_energy_taxi_subsidy", "670000"),
    ("We bought 10 plug-in and 6 battery-swap cruising taxis. How much subsidy?", "p3.s2.g2.d1.i2.i7", "new_energy_taxi_subsidy", "670000"),
    ("累计缴费8年，病残津贴能领几个月？", "p4.g1.d3.i5", "disability_allowance_months", "21"),
    ("我们大学转让一项科技成果，技术合同到账800万元，能拿多少奖励？", "p5.g2.d2.i3.i1", "tech_transfer_reward", "1600000"),
    ("出栏育肥肉牛800头、肉羊5000只，出栏奖励一共多少？", "p3.s1.g2.d4.i1", "fattening_slaughter_reward", "540000"),
    ("新获得授权国内发明专利5件、国际发明专利2件，能奖励多少？", "p4.g4.d2.i4.i2", "invention_patent_reward", "35000"),
    ("新建净库容2000立方米的果蔬冷藏保鲜库，能补多少？", "p3.s1.g3.d4.i1.i6", "cold_storage_subsidy", "400000"),
    ("厂房供热面积2万平方米，非居民供热一年多少钱？", "p1.i2.i2.i2", "heating_cost", "590000"),
    ("我是全职引进的博士，没有房，租房补贴一共能领多少？", "p4.g3.d1.i4.i1", "talent_rent_subsidy", "72000"),
    ("科技型中小企业研发费用600万元，加计扣除按25%税率能少交多少税？", "p5.g2.d3.i2.i3.i1", "rd_super_deduction_tax_saving", "1500000"),
    # what is payable at the preferential rate needs no rate to compare with; what is saved does
    ("鼓励类企业应纳税所得额2000万元，按西部大开发税率要交多少所得税？", "p6.d1.i1", "western_development_tax_payable", "3000000"),
    ("鼓励类企业应纳税所得额3200万元，按15%交跟按25%交相比能省多少所得税？", "p6.d1.i1", "western_development_tax_saving", "3200000"),
    # brackets and hyphens inside English words do not part a choice's name ("rain-fed (dryland) corn")
    ("We farm 400 mu of rain-fed (dryland) corn. What is the insurance premium?", "p3.s1.g1.i8.i1", "crop_insurance_premium", "9600"),
    # 水浇地 is how a farmer says the guide's 水地 (irrigated land)
    ("种了300亩水浇地玉米，保费多少？", "p3.s1.g1.i8.i1", "crop_insurance_premium", "9000"),
    ("1-10千伏接入的工厂一年用电100万度，电费多少？", "p1.i2.i5.i3.c1", "industrial_power_cost", "477000"),  # 1-10 stays whole
    # a number with a thousands separator is a count of the noun after it; no year is written so
    ("Our feedlot sold 600 fattened cattle and 4,000 sheep for slaughter this year. What total reward?", "p3.s1.g2.d4.i1",
     "fattening_slaughter_reward", "420000"),
    # several bases, each capped by its own choice's cap (博士 5万元, 硕士 3万元): the choice in the
    # number's own clause, or the lists paired in order
    ("预引进的博士资助了12万元，硕士资助了8万元，用人单位能拿多少补贴？", "p4.g3.d1.i1.i3", "pre_recruitment_graduate_subsidy", "80000"),
    ("预引进了1名博士和1名硕士，分别资助了8万元和4万元，用人单位能拿多少补贴？", "p4.g3.d1.i1.i3",
     "pre_recruitment_graduate_subsidy", "60000"),
    ("We pre-recruited a PhD and a master's, paying 80,000 and 40,000 yuan in support. What does the employer get back?",
     "p4.g3.d1.i1.i3", "pre_recruitment_graduate_subsidy", "60000"),
    # a per-person monthly subsidy, capped per person, times the persons counted
    ("我们公司自己接收了3名大学生实习，每人每月发2000元生活补贴，实习4个月，能拿多少补贴？", "p4.g4.d2.i1.i3",
     "enterprise_internship_subsidy", "12000"),
    # of two counts, the one the input's English cue names after it ("38 graduates joined us")
    ("A vocational college ran a named class of 40 students for us; 38 graduates joined us. How much subsidy does the college get?",
     "p4.g4.d2.i1.i3", "order_class_graduate_subsidy", "38000"),
    # "upgrading" names the upgrade of solar greenhouses, not a new one
    ("We are upgrading 1,200 mu of ordinary solar greenhouses. What does the regional facility-farming policy give?",
     "p3.s1.g2.d3.i1", "facility_farming_construction_subsidy", "12000000"),
    # an English choice in another form of its words, the number counted between them
    ("This year we led two national standards and took part in two other national standards. How much can we get in total?",
     "p3.s2.g2.d1.i1.i7", "standard_setting_reward", "500000"),
    ("Our company led one international standard and took part in drafting two national standards this year. How much can we get?",
     "p3.s2.g2.d1.i1.i7", "standard_setting_reward", "500000"),
    # mu after a word that says which ("6,000 contiguous mu"), and the glossary's "severely saline"
    ("We're converting 6,000 contiguous mu of severely saline land in Ordos to mid-yield farmland. What's the city subsidy?",
     "p3.s1.g3.d2.i1", "saline_alkali_land_subsidy", "12000000"),
    ("We're importing 50 pedigree breeding cows into Ordos. How much is the subsidy?", "p3.s1.g3.d3.i3", "cow_purchase_subsidy", "200000"),
    # "imported pedigree cows" (进口良种母牛) and "domestic base cows" (基础母牛 bought in China), each at its own figure
    ("Our beef farm is buying 20 imported pedigree cows and 40 domestic base cows. How much subsidy in total?",
     "p3.s1.g3.d3.i3", "cow_purchase_subsidy", "160000"),
    # a lettered class written either way round takes no other words between its two ("class C and 3 class E": C and E)
    ("We are bringing in two C-class and one E-class talents full-time. What settling-in subsidies do they get altogether?",
     "p4.g3.d1.i1.i2", "talent_settling_in_subsidy", "6000000"),
    ("We recruit 1 class C and 3 class E talents full-time. What settling-in subsidies in total?",
     "p4.g3.d1.i1.i2", "talent_settling_in_subsidy", "5500000"),
    # a range's one bound when the question asks the top or the bottom of it (工业用地 20-25 万元/亩)
    ("在伊旗买40亩工业用地，按参考价格的下限要花多少钱？", "p1.i2.i1.i1", "industrial_land_price", "8000000"),
    ("For 40 mu of industrial land at the top of the reference price band, what is the cost?", "p1.i2.i1.i1",
     "industrial_land_price", "10000000"),
    # "每多1吨": the step the rate is paid per, not an amount the asker has
    ("奶酪加工用的生鲜乳每多1吨补多少？我们比去年多用了80吨，能拿多少？", CHEESE_INCREASE, "cheese_raw_milk_increase_subsidy", "160000"),
    # a list written number first: each number goes with the thing named after it, not the one just before it
    ("Last year our feedlot sold 600 fattened beef cattle and 3,500 mutton sheep for slaughter in the region. "
     "What reward applies?", "p3.s1.g2.d4.i1", "fattening_slaughter_reward", "390000"),
    # a metric unit in British spelling, joined by a hyphen
    ("We are building a 2,000 cubic-metre fruit cold store near Ejin Horo. What subsidy applies?", "p3.s1.g3.d4.i1.i6",
     "cold_storage_subsidy", "400000"),
    # a count inside the name of what is counted ("进口…奶牛")
    ("牧场进口200头奶牛，每头补多少，一共多少？", "p3.s1.g2.d2.i8", "cow_purchase_subsidy", "1000000"),
    # "技术转让所得不超过 500 万元的部分免征企业所得税，超过部分减半征收": the part taxed, or the tax at the rate named
    ("A resident enterprise earns 8 million yuan from technology transfer in one tax year. How much of that income remains "
     "taxable after the exemption and halving?", "p5.g2.d1.i2.i2", "tech_transfer_income_taxable", "1500000"),
    ("Our company earned RMB 8 million from technology transfer this year. How much corporate income tax is due on it, "
     "assuming the 25% rate?", "p5.g2.d1.i2.i2", "tech_transfer_income_taxable", "375000"),
    # irrigation is agricultural production ("农业生产用电 不满 1千伏：0.288 元/度"), not industry
    ("Our co-op's irrigation pumps run below 1 kV and used 3,000 kWh last month. What is the power bill?", "p1.i2.i5.i2.c1",
     "agricultural_power_cost", "864"),
    # a bound in the caller's words ("低于1千伏") is the guide's "小于 1KV"
    ("厂里用电电压低于1千伏，一年用电50万度，工业电费多少？", "p1.i2.i5.i3.c1", "industrial_power_cost", "252000"),
    # an agribusiness is an agriculture-related enterprise (涉农企业): above 50 万元 the yearly subsidy is 2%
    ("Our agribusiness takes a 2 million yuan loan for 2 years under the banner's rural-revitalisation interest subsidy. "
     "How much interest subsidy in total?", "p3.s1.g4.d1.c1", "banner_rural_loan_interest_subsidy", "80000"),
    # a bound the asker meets ("longer than 3 months", "超过3个月") is no input; the months of the one intern are
    ("We take university interns ourselves for longer than 3 months, paying each 2,500 yuan a month. For one intern over "
     "5 months, how much subsidy?", "p4.g4.d2.i1.i3", "enterprise_internship_subsidy", "6250"),
    ("我们公司自己接收大学生实习，实习期超过3个月，每人每月发2500元生活补贴，1名实习生实习5个月，能拿多少补贴？", "p4.g4.d2.i1.i3",
     "enterprise_internship_subsidy", "6250"),
    # a project loan written "1.2亿元项目贷款" is a loan, not a project's size; revenue stated beside it is no loan
    ("我们是做农畜产品精深加工的，年主营收入2亿元，借了1.2亿元项目贷款升级生产线，一年期LPR按3.1%算，一年能拿多少贴息？",
     "p3.s1.g2.d5.i3", "agri_processing_lpr_interest", "2400000"),
    # the asker's LPR is taken though it equals the provision's ceiling rate ("LPR按3%")
    ("我们的现代设施农业项目贷款500万元，LPR按3%算，中央和自治区累计最多贴息多少？", "p3.s1.g2.d3.i3",
     "facility_farming_lpr_interest", "135000"),
    ("Our cattle facility project has a 10 million yuan loan; one-year LPR is 3.45%. What's the most combined "
     "central-and-regional interest subsidy it can get in a year?", "p3.s1.g2.d4.i4", "facility_livestock_lpr_interest", "300000"),
    # "按百分之三（三厘）的年利率定额贴息…仅对贷款额度3000万元以内（包含3000万元）的部分予以贴息"
    ("鄂尔多斯市金融支持产业振兴，风险补偿基金合作银行贷款5000万元，贴息2年能拿多少？", "p3.s1.g3.d1.c2",
     "city_rural_loan_interest_subsidy", "1800000"),
    # "按旗区、园区财政投入资金1:1的比例，给予最多5年、每年最高500万元补贴": the banner's budget matched, capped each year
    ("我们旗区牵头组建了一家重点新型研发机构，旗区财政今年投了 600 万元，市里按比例能补多少？", "p5.g3.d1.i5.i2",
     "city_rd_institution_matching", "5000000"),
    ("Our banner funds a key new R&D institute with 4 million yuan a year. At the 1:1 match for the maximum 5 years, how much "
     "will the city provide in total?", "p5.g3.d1.i5.i2", "city_rd_institution_matching", "20000000"),
    ("新型研发机构上年度扣除财政支持后的研发经费总额1000万元，能拿多少奖补？", "p5.g3.d1.i5.i2", "new_rd_institution_reward", "2000000"),
    # "taxable income" names no tax rate: the 70% share of revenue is no rate to compare the 15% with
    ("We're an encouraged-industry company in Inner Mongolia; 70% of our revenue comes from catalogue businesses and this "
     "year's taxable income is 24 million yuan. What corporate income tax would we pay at the Western Development rate?",
     "p6.d1.i1", "western_development_tax_payable", "3600000"),
]


@pytest.mark.parametrize(("question", "clause", "tool", "result"), ROUTED, ids=[f"{r[2]}-{i}" for i, r in enumerate(ROUTED)])
def test_the_router_fills_the_calculator(question: str, clause: str, tool: str, result: str) -> None:
    lang = "en" if question.isascii() else "zh"
    calculations, note = calculate(Router(default_catalogue()), question, {clause: 0}, lang)
    assert note == ""
    assert [(c.tool, c.result) for c in calculations] == [(tool, result)]


def test_a_provision_whose_threshold_is_not_met_gives_way() -> None:
    # 600 mu of alfalfa: the city forage-base subsidy needs 1万亩, the regional alfalfa subsidy fits
    router = Router(default_catalogue())
    question = "我们连片种了600亩苜蓿饲草基地，跟养殖场签了饲草购销合同，能拿多少补贴？"
    calculations, _ = calculate(router, question, {"p3.s1.g3.d2.i4": 0, "p3.s1.g2.d2.i2": 1}, "zh")
    assert [c.tool for c in calculations] == ["alfalfa_planting_subsidy"]


def test_below_the_threshold_the_answer_says_why() -> None:
    calculations, note = calculate(Router(default_catalogue()), "盐碱地改造了3000亩重度盐碱地，能补多少？", {"p3.s1.g3.d2.i1": 0}, "zh")
    assert calculations == [] and "须达到 5000亩" in note


def test_a_choice_that_changes_nothing_is_not_asked_for() -> None:
    # "50 万元（含）以下贷款年贴息率为 2.2%": a 40万元 loan is within either borrower's cap (50万元, 500万元)
    router = Router(default_catalogue())
    calculations, note = calculate(router, "在伊旗贷款40万元，贷3年，贴息一共能拿多少？", {"p3.s1.g4.d1.c1": 0}, "zh")
    assert note == "" and [(c.tool, c.result) for c in calculations] == [("banner_rural_loan_interest_subsidy", "26400")]
    assert "borrower" not in calculations[0].inputs and calculations[0].steps[-1].endswith("结果相同")
    # a 80万元 loan is over a farmer's cap: who borrows it changes the subsidy, so it is asked
    calculations, note = calculate(router, "在伊旗贷款80万元，贷3年，贴息一共能拿多少？", {"p3.s1.g4.d1.c1": 0}, "zh")
    assert calculations == [] and "借款主体" in note


def test_an_increase_is_the_later_amount_less_the_earlier() -> None:
    router = Router(default_catalogue())
    for question, lang in (("我们乳企去年用生鲜乳加工原制奶酪800吨，今年做到1100吨，增加的部分能补多少？", "zh"),
                           ("Our dairy used 800 tonnes of raw milk for natural cheese last year and 1,100 tonnes this year. "
                            "What subsidy for the increase?", "en")):
        calculations, _ = calculate(router, question, {CHEESE_INCREASE: 0}, lang)
        assert [(c.tool, c.result) for c in calculations] == [("cheese_raw_milk_increase_subsidy", "600000")], question


def test_a_count_of_other_things_than_the_rate_is_paid_per_is_no_input() -> None:
    # "每头能繁母牛每年提供 2支…每支补贴30 元": 150 cows are not 150 straws
    router = Router(default_catalogue())
    calculations, note = calculate(router, "我们养殖场有150头能繁母牛，按优质肉牛冻精补贴，一年能拿多少？", {SEMEN: 0}, "zh")
    assert calculations == [] and "使用数量" in note
    calculations, _ = calculate(router, "我们用了200支优质肉牛冻精，能补多少？", {SEMEN: 0}, "zh")
    assert [c.result for c in calculations] == ["6000"]


def test_an_amount_of_another_kind_of_money_is_no_input() -> None:
    # revenue is not the loan amount an interest subsidy is computed on
    router = Router(default_catalogue())
    question = "我们是农畜产品精深加工企业，年主营业务收入到了3亿，流动资金贷款一年最多能拿多少贴息？"
    calculations, note = calculate(router, question, {AGRI_LOAN: 0}, "zh")
    assert calculations == [] and "贷款金额" in note
    question = "年主营业务收入2亿以上的农畜产品精深加工企业，借了5000万流动资金，一年最多能拿多少贴息？"
    calculations, _ = calculate(router, question, {AGRI_LOAN: 0}, "zh")
    assert [c.result for c in calculations] == ["1500000"]
    # "taxable income" is the taxable kind, not revenue
    question = "Our encouraged-industry company has taxable income of 8 million yuan. How much corporate income tax is due?"
    calculations, _ = calculate(router, question, {"p6.d1.i1": 0}, "en")
    assert [(c.tool, c.result) for c in calculations] == [("western_development_tax_payable", "1200000")]


def test_a_percentage_is_a_rate_input_only_when_named_as_a_rate() -> None:
    router = Router(default_catalogue())
    # the main business's share of revenue is no tax rate to compare with
    question = ("Our encouraged-industry company has 10 million yuan of taxable income, and its main business is 70% of "
                "revenue. How much corporate income tax is due at the Western Development rate?")
    calculations, _ = calculate(router, question, {"p6.d1.i1": 0}, "en")
    assert [(c.tool, c.result) for c in calculations] == [("western_development_tax_payable", "1500000")]
    question = "我们是鼓励类产业企业，应纳税所得额1000万元，和25%的税率相比，享受西部大开发优惠能少缴多少所得税？"
    calculations, _ = calculate(router, question, {"p6.d1.i1": 0}, "zh")
    assert [(c.tool, c.result) for c in calculations] == [("western_development_tax_saving", "1000000")]
    # the calculator's own 15% is no rate to compare it with: nothing is saved against itself
    question = "我们公司应纳税所得额1000万元，能不能享受西部大开发15%的企业所得税优惠税率，能省多少？"
    calculations, _ = calculate(router, question, {"p6.d1.i1": 0}, "zh")
    assert not any(c.tool == "western_development_tax_saving" for c in calculations)
    # nor is the super-deduction's own 100% a tax rate: the standard 25% applies
    question = "Our tech SME spent 3 million yuan on R&D. With the super-deduction raised to 100%, how much can we deduct in total?"
    calculations, _ = calculate(router, question, {"p5.g2.d3.i2.i3.i1": 0}, "en")
    assert [(c.tool, c.inputs.get("standard_rate")) for c in calculations] == [("rd_super_deduction_tax_saving", "25")]
    assert "税前扣除合计：300万元 + 300万元 = 600万元" in calculations[0].steps
    # what is deducted in all is what that question asks, the result; the tax saved, when that is asked
    assert calculations[0].result == "6000000"
    question = "Our tech SME spent 3 million yuan on R&D. With the super-deduction, how much tax do we save?"
    calculations, _ = calculate(router, question, {"p5.g2.d3.i2.i3.i1": 0}, "en")
    assert [c.result for c in calculations] == ["750000"]


def test_the_calculator_taking_every_line_of_the_question_is_chosen() -> None:
    # the banner's greenhouse subsidy (ranked first) prices one line; the region's prices both
    question = "We'll build 600 mu of new ordinary solar greenhouses and 1,200 mu of plastic cold sheds. What's the total subsidy?"
    ranks = {"p3.s1.g3.d4.i1.i1": 0, "p3.s1.g2.d3.i1": 1}
    calculations, _ = calculate(Router(default_catalogue()), question, ranks, "en", "日光温室 塑料冷棚 设施农业")
    assert [(c.tool, c.result) for c in calculations] == [("facility_farming_construction_subsidy", "14400000")]


def test_one_choice_with_two_numbers_is_not_split_into_lines() -> None:
    calculations, _ = calculate(Router(default_catalogue()), "买了10辆充电出租车，每辆4万元，能补多少？", {"p3.s2.g2.d1.i2.i7": 0}, "zh")
    assert [(c.tool, c.result) for c in calculations] == [("new_energy_taxi_subsidy", "400000")]


def test_the_count_next_to_the_one_choice_named_is_its_quantity() -> None:
    # "育肥猪每头…保费 40 元": the pigs' 200, not the cows' 50 stated first
    for question in ("We want to insure 50 dairy cows and 200 fattening pigs. What's the premium for the fattening pigs?",
                     "给50头奶牛和200头育肥猪投保，育肥猪保费多少？"):
        calculations, _ = calculate(Router(default_catalogue()), question, {"p3.s1.g1.i8.i2": 0}, "zh" if "保" in question else "en")
        assert [(c.tool, c.result) for c in calculations] == [("livestock_insurance_premium", "8000")], question
    # asked of no one thing, the cows' count is not the pigs' and no count is guessed
    calculations, _ = calculate(Router(default_catalogue()), "We insure 50 dairy cows and 200 fattening pigs. What's the total premium?",
                                {"p3.s1.g1.i8.i2": 0}, "en")
    assert calculations == []


def test_a_dairy_cover_tier_named_in_english_is_priced() -> None:
    question = "We want to insure 50 dairy cows at the top insured-amount tier and 200 fattening pigs. What's the total premium?"
    calculations, _ = calculate(Router(default_catalogue()), question, {"p3.s1.g1.i8.i2": 0}, "en")
    assert [(c.tool, c.result) for c in calculations] == [("livestock_insurance_premium", "33000")]


def test_new_units_are_read_from_questions() -> None:
    found = {(q.dimension, q.value) for q in question_quantities("供热2万平方米，冷库3000立方米，买了6辆车，40000㎡")}
    assert {("area", Decimal(30)), ("volume", Decimal(3000)), ("count", Decimal(6)), ("area", Decimal(60))} <= found


E2E = [
    ("我们乳企在3到5月淡季足额收奶，收购的生鲜乳6000吨用来喷粉，能拿多少补贴？", "milk_powder_low_season_subsidy", "600000"),
    ("我们旗新建的设施农业园区集中连片达到16000亩，自治区能给旗里奖励多少？", "facility_agriculture_park_reward", "8000000"),
    ("我们新建了标准化育肥场，育肥牛存栏500头，市里能奖励多少？", "beef_fattening_farm_reward", "500000"),
    ("我们医院今年承接了自治区申办者的药物临床试验，项目费用5000万元，能拿多少奖补？", "clinical_trial_institution_reward", "2000000"),
    ("我们出租车公司买了10辆充电式新能源巡游出租车和6辆换电式的，一共能补多少？", "new_energy_taxi_subsidy", "670000"),
    ("We bought 10 plug-in and 6 battery-swap new-energy cruising taxis. How much purchase subsidy in total?",
     "new_energy_taxi_subsidy", "670000"),
    ("我累计缴费8年，没到最低缴费年限，因病完全丧失劳动能力，能领几个月病残津贴？", "disability_allowance_months", "21"),
    # 8年4个月 is 8⅓ years: the started ninth year counts as a whole year ("不满1年按1年计算")
    ("我累计缴费8年4个月，没到最低缴费年限，因病完全丧失劳动能力，能领几个月病残津贴？", "disability_allowance_months", "24"),
    ("我们大学把一项科技成果转让给区内企业，技术合同到账800万元，能拿多少奖励？", "tech_transfer_reward", "1600000"),
    ("Our university transferred a technology to a company in the region and received 8 million yuan under the contract. "
     "How much reward can we get?", "tech_transfer_reward", "1600000"),
    ("我们在矿区复垦区建了1.2万亩苜蓿饲草基地，市里一次性能补多少？", "forage_base_subsidy", "2400000"),
    ("我们新建净库容2000立方米的果蔬冷藏保鲜库，能补多少？", "cold_storage_subsidy", "400000"),
    ("在蒙苏经济技术开发区买200亩工业用地，按基准价大概多少钱？", "industrial_land_price", "13060000"),
    # a loan's term joined by a hyphen is its years: 30万元 × 2.2% × 2
    ("A herder takes a 300,000-yuan, 2-year loan under the banner's rural revitalisation lending scheme. "
     "What is the total interest subsidy?", "banner_rural_loan_interest_subsidy", "13200"),
    # a borrower named in English by the glossary's words for the guide's (village collective → 村集体): 100万元 × 2% × 3
    ("Our village collective borrows 1 million yuan for 3 years under Ejin Horo's rural revitalisation loan scheme. "
     "What's the total interest subsidy?", "banner_rural_loan_interest_subsidy", "60000"),
    # English names what it counts after the number: 2 platforms, not the US$10,000 of trade after the cue
    ("Our small foreign-trade firm joined 2 cross-border e-commerce platforms, each with more than US$10,000 of trade. "
     "What one-off subsidy do we get?", "cross_border_ecommerce_platform_subsidy", "40000"),
]


@pytest.mark.parametrize(("question", "tool", "result"), E2E, ids=[f"{r[1]}-{i}" for i, r in enumerate(E2E)])
def test_the_answer_chain_computes_it(assistant, question: str, tool: str, result: str) -> None:
    answer = assistant.ask(question)
    assert [(c.tool, c.result) for c in answer.calculations] == [(tool, result)]
    calc = answer.calculations[0]
    cited = [c.clause_id for c in answer.citations]
    assert set(calc.clause_ids) <= set(cited)


CHEESE = "p3.s1.g2.d2.i13"  # 新建或改扩建原制奶酪…按设备投资总额的 10%…最高 5000 万元


@pytest.mark.parametrize(
    "question",
    [
        "The subsidy is 99 million yuan, right? How much can a cheese project with 800 million yuan equipment investment get?",
        "A cheese project with 800 million yuan equipment investment gets 99 million yuan, correct? How much exactly?",
        "听说补贴是9900万元，设备投资8亿元的奶酪项目能拿多少？",
        "设备投资8亿元的奶酪项目能补9900万元，对吗？到底能拿多少？",
    ],
)
def test_a_figure_the_question_claims_is_never_an_input(question: str) -> None:
    lang = "en" if question.isascii() else "zh"
    calculations, note = calculate(Router(default_catalogue()), question, {CHEESE: 0}, lang)
    assert [(c.tool, c.inputs, c.result) for c in calculations] == [
        ("dairy_deep_processing_subsidy", {"base": "800000000"}, "50000000")
    ], note


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("我种了-200亩水地玉米，保费多少？", "「-200亩」是负数"),
        ("我种了1e9999亩水地玉米，保费多少？", "「1e9999亩」是科学计数法"),
        ("我种了1234567890123456亩水地玉米，保费多少？", "超过 15 位数字"),
        ("I grow -200 mu of irrigated maize. What is the premium?", "is negative"),
    ],
)
def test_negative_exponent_and_absurd_figures_get_a_clear_error(question: str, words: str) -> None:
    lang = "en" if question.isascii() else "zh"
    calculations, note = calculate(Router(default_catalogue()), question, {"p3.s1.g1.i8.i1": 0}, lang)
    assert calculations == [] and words in note


def test_the_asker_s_share_and_the_subsidy_are_told_apart(assistant) -> None:
    # 每头保费 350 元，参保对象每头缴纳 70 元，剩余部分由旗财政补贴
    subsidy = assistant.ask("伊旗肉牛保险试点，我养了60头肉牛都参保了，旗财政一共替我补多少保费？")
    assert [(c.tool, c.result) for c in subsidy.calculations] == [("beef_cattle_insurance_fiscal_subsidy", "16800")]
    assert subsidy.calculations[0].steps[0] == "每头 350元/头 − 70元/头 = 280元"
    own = assistant.ask("我家20头肉牛参加伊金霍洛旗地方肉牛保险，自己要交多少保费？")
    assert [(c.tool, c.result) for c in own.calculations] == [("beef_cattle_insurance_farmer_premium", "1400")]


def test_an_english_choice_may_carry_describing_words_between_its_words(assistant) -> None:
    # "imported top-quality breeding cows" names 进口良种母牛 ("imported breeding cow"); "domestic
    # foundation cows" the cows bought in China ("domestic cow")
    result = assistant.ask("We purchased 20 imported top-quality breeding cows and 10 domestic foundation cows that calved. "
                           "What is the subsidy in total?")
    calc = next(c for c in result.calculations if c.tool == "cow_purchase_subsidy")
    assert calc.result == "100000" and len(calc.steps) == 3


def test_an_input_with_no_cues_is_named_by_its_description() -> None:
    # "棚内净面积32亩" fills the net area, not the 40 mu built
    router = Router(default_catalogue())
    spec = router.catalogue.specs["city_solar_greenhouse_subsidy"]
    question = "新建了40亩连片日光温室，棚内净面积32亩，能补多少？"
    inputs, missing, _ = router.fill(spec, question, question_quantities(question))
    assert inputs["quantity"] == "32" and not missing


def test_an_english_number_word_counting_things_is_a_number() -> None:
    from assistant.calculators.router import normalise

    assert normalise("We led two national standards over three years.") == "we led 2 national standards over 3 years."
    assert normalise("the two of us") == "the two of us"  # no plural counted after it
    # "one" when the question counts other things too; not "one of", "one-off" or a period
    assert normalise("led one international standard, joined two others") == "led 1 international standard, joined 2 others"
    assert normalise("one of the 3 parks, a one-off award, for one year") == "one of the 3 parks, a one-off award, for one year"
    assert normalise("we hired one b-class talent") == "we hired one b-class talent"
    # a number word before "of our …": of those the asker has, as many as it counts
    assert normalise("Ten of our insured employees each earned a certificate") == "10 of our insured employees each earned a certificate"
    assert normalise("two of the three parks") == "2 of the 3 parks"


def test_a_bare_year_after_a_word_naming_it_is_a_calendar_year_not_money() -> None:
    found = question_quantities("Our company has 10 million yuan of taxable income for 2025 and 70% of revenue from it.")
    assert [(q.text, q.dimension) for q in found][:2] == [("10 million", "money"), ("2025", "calendar_year")]
    counted = question_quantities("We keep 2000 dairy cows.")
    assert counted[0].dimension != "calendar_year"


def test_each_part_asking_another_calculator_is_computed_with_the_questions_situation(assistant) -> None:
    # the farmer pays 70 yuan a head; the banner the rest of the 350-yuan premium
    result = assistant.ask("伊旗地方性肉牛保险，我养了50头，自己要交多少保费？旗财政补多少？")
    assert [(c.tool, c.result, c.part) for c in result.calculations] == [
        ("beef_cattle_insurance_farmer_premium", "3500", 0),
        ("beef_cattle_insurance_fiscal_subsidy", "14000", 1),
    ]
    assert "3500元" in result.parts[0].answer_line and "1.4万元" in result.parts[1].answer_line


def test_one_part_asking_a_calculator_gets_one_calculation(assistant) -> None:
    result = assistant.ask("伊旗地方性肉牛保险，我养了50头，旗财政补多少？")
    assert [(c.tool, c.part) for c in result.calculations] == [("beef_cattle_insurance_fiscal_subsidy", None)]


def test_a_words_hyphen_is_no_minus_sign(assistant) -> None:
    result = assistant.ask("I run a workshop on a sub-1 kV industrial supply and use 1,000 kWh a month. What's my electricity bill?")
    assert "negative" not in result.answer
    assert [c.result for c in result.calculations] == ["504"]


def test_a_quantity_stated_below_the_threshold_does_not_qualify_and_nothing_else_computes_it(assistant) -> None:
    # "对年节能量 2000 吨标准煤以上（含 2000 吨标准煤）的节能技术改造项目…每节约 1吨标准煤给予 200 元奖补"
    for question in (
        "What's the reward per tonne of standard coal saved for energy-saving retrofits saving under 2,000 tonnes a year?",
        "节能技改项目年节能量不到2000吨标准煤，能拿多少奖补？",
        "节能技改项目年节能量1500吨标准煤，能拿多少奖补？",
    ):
        result = assistant.ask(question)
        assert result.calculations == [], question
        assert "2000吨标准煤" in result.answer or "2,000 tonnes" in result.answer
    reached = assistant.ask("节能技改项目年节能量2000吨标准煤，能拿多少奖补？")
    assert [c.result for c in reached.calculations] == ["400000"]


def test_a_threshold_not_reached_is_said_with_the_clause_stating_it(assistant) -> None:
    # "对年节能量 2000 吨标准煤以上（含 2000 吨标准煤）的节能技术改造项目…": the note cites that clause
    result = assistant.ask("What's the reward per tonne of standard coal saved for energy-saving retrofits saving "
                           "under 2,000 tonnes a year?")
    note = result.answer.splitlines()[0]
    assert note.startswith("Under the ") and note.endswith("[1]")
    assert result.citations[0].clause_id == "p3.s2.g2.d1.i1.i3"


def test_hydrogen_dispensed_in_tonnes_is_priced_at_the_years_rate_per_kilogram(assistant) -> None:
    # "2022-2025 年分别按照30 元/公斤、18 元/公斤、11 元/公斤、3 元/公斤标准执行"
    result = assistant.ask("In 2023 my hydrogen refuelling station in Ordos dispensed 200 tonnes of hydrogen to subsidised "
                           "fuel-cell vehicles. What refuelling subsidy applies at that year's rate?")
    assert [(c.tool, c.result) for c in result.calculations] == [("hydrogen_refuelling_cost_subsidy", "3600000")]
    result = assistant.ask("我在鄂尔多斯的加氢站2024年给拿奖励的燃料电池车加了50吨氢，补贴一共多少？")
    assert [c.result for c in result.calculations] == ["550000"]


def test_the_tax_asked_at_the_western_rate_is_payable_and_a_standard_rate_named_is_compared(assistant) -> None:
    result = assistant.ask("An encouraged-industry company in Inner Mongolia has RMB 10 million taxable income in 2025. "
                           "What's its corporate income tax at the western development rate?")
    assert [(c.tool, c.result) for c in result.calculations] == [("western_development_tax_payable", "1500000")]
    result = assistant.ask("A western encouraged-industry firm has 30 million yuan taxable income. "
                           "How much less CIT does it pay at 15% than at the standard 25%?")
    assert [(c.tool, c.inputs.get("standard_rate"), c.result) for c in result.calculations] == [
        ("western_development_tax_saving", "25", "3000000")]


def test_a_size_joined_to_its_unit_by_a_hyphen_is_a_quantity_stated() -> None:
    found = {(q.dimension, str(q.value)) for q in question_quantities("We plan a new 10,000-head dairy goat farm.")}
    assert found == {("count", "10000")}


def test_a_farm_sized_with_a_hyphen_gets_its_stepped_subsidy(assistant) -> None:
    # "对 2022 年（含）以后新建的 5000 只以上奶羊规模养殖场补贴 200 万元，每增加 5000 只，补贴 200 万元"
    result = assistant.ask("We plan a new 10,000-head dairy goat farm in Inner Mongolia. How much subsidy?")
    assert [(c.tool, c.result) for c in result.calculations] == [("dairy_goat_farm_subsidy", "4000000")]


def test_the_whole_period_asked_counts_the_most_years_the_provision_pays(assistant) -> None:
    # "…按实际给付引进人才税前年薪（或项目工资）的 30%给予用人单位引才补贴…最长补贴 5 年"
    asked = "In Ejin Horo we flexibly bring in a B-class talent on a pre-tax salary of 800,000 yuan a year. What recruitment subsidy"
    one_year = assistant.ask(f"{asked} can we get per year?")
    assert [(c.inputs["units"], c.result) for c in one_year.calculations] == [("1", "240000")]
    whole = assistant.ask(f"{asked} can we get per year, and over the maximum period?")
    assert [(c.inputs["units"], c.result) for c in whole.calculations] == [("5", "1200000")]
    assert "24万元" in whole.answer and "120万元" in whole.answer


def test_interest_paid_is_no_loan_amount(assistant) -> None:
    # "信用贷款按照实际贷款利率 50%予以贴息": a share of the interest; the banner's rural loan subsidy needs the loan
    result = assistant.ask("我是人才创办企业，信用贷款今年付了8万元利息，贴息能拿多少？")
    assert [(c.tool, c.result) for c in result.calculations] == [("share", "40000")]


def test_an_amount_named_right_after_its_kind_is_of_that_kind(assistant) -> None:
    # "annual revenue of 300 million yuan" is revenue; the banner's rural loan subsidy takes the loan borrowed
    result = assistant.ask("Our agricultural company in Ejin Horo has annual revenue of 300 million yuan and borrowed 4 million "
                           "yuan under the banner's rural-revitalisation finance scheme. What interest subsidy do we get for one year?")
    assert [(c.inputs["amount"], c.result) for c in result.calculations] == [("4000000", "80000")]


def test_a_number_inside_a_choices_name_is_no_count(assistant) -> None:
    # "a level-4 certificate" names 中级（四级）; it does not say four people were certified
    result = assistant.ask("Three of our workers each got a level-4 certificate this year. What skill-upgrading subsidy applies?")
    assert all(c.inputs.get("quantity") != "4" for c in result.calculations)


def test_the_insured_premium_and_the_askers_own_part_are_stated_beside_the_subsidy(assistant) -> None:
    # "试点项目肉牛每头保额10000 元，保险费率 3.5%，参保对象按照每头肉牛 70 元缴纳保险费，剩余部分由伊金霍洛旗财政提供保费补贴"
    result = assistant.ask("我养了40头肉牛参加伊旗地方性肉牛保险，旗财政补贴多少保费？")
    (calculation,) = result.calculations
    assert calculation.result == "11200"
    assert calculation.steps[-1] == "合计 40头 × 350元 = 1.4万元，其中自付 40头 × 70元/头 = 2800元"


def test_an_interest_subsidy_benchmarked_on_the_lpr_takes_the_rate_the_question_gives(assistant) -> None:
    # "按照一年期贷款市场报价利率（LPR）的 70%且不超过2%的利率，给予每年不超过 200 万元贴息支持": 3.45% × 70% is over 2%
    result = assistant.ask("Our newly registered dairy-processing company in Inner Mongolia has annual main-business revenue "
                           "of 3亿元 and borrows 50,000,000元 of working capital. If the one-year LPR is 3.45%, what is the "
                           "maximum annual interest subsidy?")
    assert [(c.tool, c.inputs["base"], c.result) for c in result.calculations] == [
        ("agri_processing_lpr_interest", "50000000", "1000000")]
    # a project loan is capped at 300万元 a year
    result = assistant.ask("我们是年主营业务收入1.6亿元的农畜产品精深加工企业，借了2亿元新建精深加工项目贷款，LPR按3.45%算，一年贴息多少？")
    assert [(c.inputs["loan"], c.result) for c in result.calculations] == [("精深加工项目贷款", "3000000")]


def test_as_many_counted_as_choices_named_is_one_of_each() -> None:
    # "…取得初级（五级）、中级（四级）、高级（三级）…证书的，分别给予 1000 元、1500 元、2000 元"
    router = Router(default_catalogue())
    for question, lang in (("我们有3名参保职工今年分别取得了初级、中级、高级证书，技能提升补贴一共多少？", "zh"),
                           ("Three of our insured workers earned certificates this year: one primary, one intermediate, one "
                            "advanced. What skill-upgrade subsidies do they get altogether?", "en")):
        calculations, _ = calculate(router, question, {"p4.g4.d2.i2.i6": 0}, lang)
        assert [(c.tool, c.result) for c in calculations] == [("skill_upgrade_subsidy", "4500")], question
    # three of one level named are three of that level
    calculations, _ = calculate(router, "我们有3名职工取得了中级证书，技能提升补贴一共多少？", {"p4.g4.d2.i2.i6": 0}, "zh")
    assert [c.result for c in calculations] == ["4500"] and calculations[0].inputs["level"] == "中级（四级）"
    # the count after the choices, or none at all: one of each
    for question, lang in (("我今年拿了初级和中级两个证书，技能提升补贴最多多少？", "zh"),
                           ("I got a level-5 and a level-4 certificate in different trades this year. What's the most "
                            "skill-upgrading subsidy I can get in total?", "en")):
        calculations, _ = calculate(router, question, {"p4.g4.d2.i2.i6": 0}, lang)
        assert [c.result for c in calculations] == ["2500"], question


def test_a_one_off_sum_asked_is_not_routed_to_a_provision_paying_over_years() -> None:
    # the city's forage bases "每亩一次性给予 200 元" beside the region's alfalfa "分 3年给予每亩 1000 元补贴"
    router = Router(default_catalogue())
    question = "We want to plant a 12,000-mu alfalfa base on reclaimed mining land. What's the one-off planting subsidy?"
    calculations, _ = calculate(router, question, {"p3.s1.g2.d2.i2": 0, "p3.s1.g3.d2.i4": 3}, "en")
    assert [(c.tool, c.result) for c in calculations] == [("forage_base_subsidy", "2400000")]


def test_a_bare_number_an_english_noun_follows_counts_it_and_is_no_money() -> None:
    from assistant.calculators.router import _counts_a_noun

    router = Router(default_catalogue())
    question = "Our family dairy ranch keeps 1,200 Holstein milkers. What's the maximum capacity-upgrade subsidy?"
    counted = question_quantities(question)[0]
    assert _counts_a_noun(counted, question)
    money = question_quantities("We invest RMB 5,000 in the line")[0]
    assert not _counts_a_noun(money, "We invest RMB 5,000 in the line")
    # 1,200 cows are no equipment investment of 1,200 yuan
    calculations, _ = calculate(router, question, {"p3.s1.g2.d2.i9": 0, "p3.s1.g2.d2.i13": 1}, "en")
    assert not any(c.tool == "dairy_deep_processing_subsidy" for c in calculations)


def test_a_calculator_of_one_tax_or_recipient_is_not_another_s() -> None:
    router = Router(default_catalogue())
    # the Western Development rate is of corporate income tax: no personal income tax is computed with it
    calculations, _ = calculate(router, "个体工商户经营所得300万元，个人所得税能少交多少？", {"p6.d1.i1": 0}, "zh")
    assert calculations == []
    # the 20% award goes to the transferring unit, not to the inventors ("不低于 70%的转化收益奖励给成果完成人")
    calculations, _ = calculate(router, "高校职务科技成果转化收益800万元，能奖励给成果完成人多少？", {"p5.g2.d2.i3.i1": 0}, "zh")
    assert [c.tool for c in calculations] != ["tech_transfer_reward"]


HYDROGEN_BUILD = "p3.s2.g3.d2.i6.i2"  # …30%…；加注能力500-1000（不含）公斤/日…最高不超过 300 万元/站，≥1000公斤/日…450 万元/站


def test_a_choice_named_by_a_range_is_mentioned_by_a_quantity_in_it() -> None:
    router = Router(default_catalogue())
    for question, result in (("日加注能力1200公斤的加氢站，核定设备购置和安装投资2000万元，能补多少？", "4500000"),
                             ("A hydrogen station with 700 kg/day capacity and 12 million yuan of approved equipment and "
                              "installation investment: what subsidy?", "3000000")):
        calculations, _ = calculate(router, question, {HYDROGEN_BUILD: 0}, "zh" if question[0] > "~" else "en")
        assert [(c.tool, c.result) for c in calculations] == [("hydrogen_station_equipment_subsidy", result)], question
    # below the least range it does not qualify: the note says so, and settles the question
    calculations, note = calculate(router, "日加注能力300公斤的加氢站，核定投资1200万元，能补多少？", {HYDROGEN_BUILD: 0}, "zh")
    assert calculations == [] and "须达到 500公斤/日" in note and settles(note)


def test_money_the_government_puts_in_is_no_spending_of_the_asker() -> None:
    # "根据上年度扣除财政支持后的研发经费总额，按 20%的标准…": the banner's 600万元 is no such R&D spending
    router = Router(default_catalogue())
    calculations, _ = calculate(router, "我们旗区牵头组建了一家重点新型研发机构，旗区财政今年投了600万元，市里能补多少？",
                                {"p5.g3.d1.i5.i2": 0}, "zh")
    assert not any(c.tool == "new_rd_institution_reward" for c in calculations)
    calculations, _ = calculate(router, "我们是新型研发机构，上年度扣除财政支持后的研发经费总额1000万元，能拿多少奖补？",
                                {"p5.g3.d1.i5.i2": 0}, "zh")
    assert [(c.tool, c.result) for c in calculations] == [("new_rd_institution_reward", "2000000")]


def test_of_ranges_open_above_a_quantity_is_in_the_highest_it_reaches() -> None:
    # "新建年加工能力3万头以上…；新建年加工能力5万头以上…": a plant of 6万头 a year is in the second
    from assistant.calculators.router import _choice_mentions

    choices = {"现有加工厂提标改造": ["提标改造"], "新建年加工能力3万头以上": ["3万头以上"], "新建年加工能力5万头以上": ["5万头以上"]}
    assert [c for _, c in _choice_mentions(choices, "新建的肉牛加工厂年加工能力6万头")] == ["新建年加工能力5万头以上"]
    assert [c for _, c in _choice_mentions(choices, "新建的肉牛加工厂年加工能力3.5万头")] == ["新建年加工能力3万头以上"]
    assert _choice_mentions(choices, "新建的肉牛加工厂年加工能力2万头") == []


def test_an_input_stated_after_a_deduction_is_the_one_amount_less_the_other() -> None:
    # "根据上年度扣除财政支持后的研发经费总额，按 20%的标准，给予最高 500 万元奖补": 2000万元 less the 500万元 of it from the state
    router = Router(default_catalogue())
    calculations, _ = calculate(router, "我们是新型研发机构，上年度研发经费2000万元，其中财政支持500万元，能拿多少奖补？",
                                {"p5.g3.d1.i5.i2": 0}, "zh")
    assert [(c.tool, c.result) for c in calculations] == [("new_rd_institution_reward", "3000000")]
    assert calculations[0].steps[0] == "上年度扣除财政支持后的研发经费总额：2000万元 − 500万元 = 1500万元"
    # (an amount deducted larger than the whole is no deduction of it)
    calculations, _ = calculate(router, "我们是新型研发机构，上年度研发经费300万元，其中财政支持500万元，能拿多少奖补？",
                                {"p5.g3.d1.i5.i2": 0}, "zh")
    assert not any(step.startswith("上年度扣除财政支持后") and "−" in step for c in calculations for step in c.steps)


def test_years_with_the_months_after_them_are_one_period() -> None:
    for text in ("累计缴费8年4个月", "累计缴费8年零4个月", "has 8 years and 4 months of contributions"):
        assert [(q.dimension, q.value) for q in question_quantities(text)] == [("years", Decimal("8.33"))], text
    # months of another clause are their own period
    assert [q.dimension for q in question_quantities("工作3年，培训6个月")] == ["years", "months"]
