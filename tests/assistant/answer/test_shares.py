"""Shares: a percentage a provision states, applied to the amount the question states."""

from decimal import Decimal


def _share(result):
    return next((c for c in result.calculations if c.tool == "share"), None)


def test_a_share_of_the_stated_amount_and_the_rest_are_computed(assistant) -> None:
    result = assistant.ask("三至六类人才领衔的团队引进到事业单位，科研经费一共300万元，同级财政承担多少？")
    share = _share(result)
    assert share is not None and share.result == "2400000" and share.unit == "元"
    assert share.steps[0] == "300万元 × 80% = 240万元"
    assert any("其余" in s and "60万元" in s for s in share.steps)  # 其余部分由引进单位承担
    assert "240万元" in result.answer and share.clause_ids


def test_a_share_of_a_price_stated_in_english(assistant) -> None:
    result = assistant.ask(
        "A livestock machine is on the region's list but not on the central subsidy list; its average sale price last year "
        "was 50,000 yuan. How much regional subsidy can a herder get at most?"
    )
    share = _share(result)
    assert share is not None and share.result == "15000"  # 按照不高于上年度平均销售价格 30%


def test_the_percentage_whose_words_the_question_names_is_taken(assistant) -> None:
    # 95% goes straight to the enterprises; at most 5% to cultivation services
    result = assistant.ask("专精特新小巨人奖补资金总额是2000万元的话，培育赋能服务最多能用多少？")
    share = _share(result)
    assert share is not None and share.result == "1000000"


def test_the_provision_a_stated_amount_names_is_read_beyond_the_first_three_found(assistant) -> None:
    # "可将不低于 70%的转化收益奖励给成果完成人…": the question tells much of its situation, and the clause its amount's
    # words (转化收益) name ranks below the first three found
    result = assistant.ask("我们所里一项职务科技成果由完成人自己转化，拿到转化收益800万元，至少能有多少奖励给成果完成人和贡献人员？")
    share = _share(result)
    assert share is not None and share.result == "5600000" and share.steps == ["800万元 × 70% = 560万元"]


def test_an_amount_stated_as_a_threshold_is_no_base(assistant) -> None:
    result = assistant.ask("旗区农牧业总产值超过100亿元，市里给多少奖励？")
    assert _share(result) is None


def test_an_amount_the_percentage_is_not_of_is_no_base(assistant) -> None:
    # 按照设备投资总额的 10%: a subsidy the asker names is not the equipment investment
    result = assistant.ask("有人说奶酪项目补贴为999万元，请问奶酪项目补贴多少？")
    assert _share(result) is None


def test_an_amount_per_item_counts_the_items_stated(assistant) -> None:
    result = assistant.ask("我们有6辆货车，车船税每辆一年1200元，按政策减征后一年一共交多少？")
    share = _share(result)
    assert share is not None and share.result == "3600"
    assert share.steps[0] == "1200元 × 6 = 7200元"


def test_a_question_stating_a_percentage_is_not_computed_with_it(assistant) -> None:
    result = assistant.ask("科研经费500万元，财政承担80%是多少？")
    assert _share(result) is None


def test_an_interest_rate_is_a_share_of_the_loan_the_question_states(assistant) -> None:
    result = assistant.ask("We're building a farm-tourism project (picking, sightseeing) on the edge of an Ordos town and borrowed "
                           "80 million yuan. What interest subsidy can we get under the city's rural-revitalisation measures?")
    share = _share(result)
    assert share.result == "2000000" and share.steps == ["8000万元 × 3% = 240万元", "capped at 200万元"]


def test_an_amount_spent_is_the_cost_a_share_is_of(assistant) -> None:
    # "原有设施改建按建设费用的 40%进行补贴": the calculator of new stores asks their volume, the cost is stated
    result = assistant.ask("我们旗里原有的果蔬冷库改造升级，花了600万元，市里能补贴多少？")
    share = _share(result)
    assert share.result == "2400000" and "40%" in share.steps[0]
    assert "还需要您提供" not in result.answer


def test_the_share_a_party_bears_is_taken_for_the_party_asked(assistant) -> None:
    # "喷粉，按收购数量的 10%，每吨补贴 1000 元，自治区、盟市各承担 50%"
    result = assistant.ask("我们乳企淡季收奶喷粉，如果喷粉补贴算下来一共60万元，其中自治区出多少？")
    share = _share(result)
    assert share.result == "300000" and share.steps == ["60万元 × 50% = 30万元"]


def test_an_english_amount_is_read_with_the_words_before_it(assistant) -> None:
    # "奖补资金总额的 95%以上由省级财政部门直接拨付到“小巨人”企业": an award pool is 奖补资金
    result = assistant.ask("The award pool for 'little giant' SMEs in our province is 4 million yuan this round. "
                           "At least how much of it goes straight to the companies?")
    share = _share(result)
    assert share.result == "3800000" and share.steps == ["400万元 × 95% = 380万元"]


def test_a_ratio_two_parties_bear_is_split_for_the_party_asked(assistant) -> None:
    # "…运营补贴…由市级和加氢站属地旗区按照 1:1 比例承担"
    result = assistant.ask("Our hydrogen refuelling station's operating subsidy in Ordos comes to 3 million yuan this year. "
                           "How much of that is paid by the banner?")
    share = _share(result)
    assert share.result == "1500000" and share.steps == ["300万元 × 50%（1:1） = 150万元"]
    from assistant.answer.shares import _ratio_shares

    text = "奖励资金由市级和车辆登记注册属地旗区按照 1:1 比例承担"
    assert [f.number for f in _ratio_shares(text, {"旗"})] == [50]
    assert _ratio_shares(text, set()) == [] and _ratio_shares("按照风险补偿基金和信贷额度 1:10 放大比例跟进信贷投放", {"旗"}) == []


def test_an_english_amount_names_its_thing_after_it(assistant) -> None:
    # "20 million yuan into equipment": the 设备 the provision's 50% is of, capped at 500万元
    result = assistant.ask("We are putting 20 million yuan into equipment for a vegetable dehydration plant in Ordos. "
                           "What is the most equipment subsidy we can get?")
    share = _share(result)
    assert share is not None and share.result == "5000000"
    assert share.steps[0] == "2000万元 × 50% = 1000万元"


def test_more_than_the_amount_is_a_threshold_but_how_much_is_not() -> None:
    from assistant.answer.shares import stated_as_threshold
    from assistant.quantities import figures

    def first(text: str) -> bool:
        return stated_as_threshold(text, figures(text, question=True)[0])

    assert first("用了100吨多，水费呢") and first("总产值过了100亿元") and not first("用了100吨多少钱")


def test_a_cap_per_mu_caps_the_whole_only_times_the_area_stated(assistant) -> None:
    # "按修缮投入的 40%进行补贴，棚内净面积亩均补贴不超过 2万元": 2万元 is a cap per mu
    small = assistant.ask("我们有集中连片12亩废弃温室大棚，修缮花了100万元，能补多少？")
    share = _share(small)
    assert share.result == "240000" and share.steps[-1] == "最高不超过 2万元/亩 × 12亩 = 24万元"
    large = assistant.ask("我们有集中连片20亩、闲置了3年的废弃温室大棚，修缮花了30万元，按鄂尔多斯政策能补多少？")
    assert [(c.tool, c.result) for c in large.calculations] == [("share", "120000")]
    # with no area the cap cannot be checked: no figure is computed
    unknown = assistant.ask("我们有闲置的废弃温室大棚，修缮花了30万元，按鄂尔多斯政策能补多少？")
    assert not any(c.tool == "share" for c in unknown.calculations)


def test_of_two_areas_the_cap_is_per_mu_of_the_one_its_words_name(assistant) -> None:
    # "按建设费用的 40%进行补贴，棚内净面积每亩补贴不超过 1万元": per mu of the net area, not of the 80 mu built
    for question in ("我们新建了80亩集中连片拱棚，花了120万元，棚内净面积60亩，能补多少？",
                     "We built 80 mu of new contiguous arched sheds for 1.2 million yuan, with 60 mu of net area inside. "
                     "What subsidy can we get?"):
        assert [(c.tool, c.result) for c in assistant.ask(question).calculations] == [("share", "480000")], question
    capped = _share(assistant.ask("我们新建了80亩集中连片拱棚，花了300万元，棚内净面积60亩，能补多少？"))
    assert capped.result == "600000" and capped.steps[-1] == "最高不超过 1万元/亩 × 60亩 = 60万元"


def test_money_spent_on_a_repair_is_the_input_a_share_is_of(assistant) -> None:
    # "按修缮投入的 40%进行补贴": what was spent repairing is the 投入
    result = assistant.ask("We have 15 mu (net) of contiguous greenhouses that sat idle for 3 years and we spent 400,000 yuan "
                           "repairing them. What subsidy can we get?")
    assert [(c.tool, c.result) for c in result.calculations] == [("share", "160000")]


def test_a_share_named_as_the_way_an_amount_is_reckoned_asks_the_amount(assistant) -> None:
    # "按最高比例测算能补多少" asks money; the 30% of "按照不高于上年度平均销售价格 30%的比例测算" is how it is reckoned
    from assistant.answer.question import slot_of

    assert slot_of("上年度平均售价12万元，按最高比例测算能补多少？") == "amount"
    assert slot_of("补贴比例是多少？") == "percentage"
    result = assistant.ask("自治区明确范围内的畜牧机械，上年度平均售价12万元，按最高比例测算能补多少？")
    share = _share(result)
    assert share.result == "36000"


def test_a_share_of_what_the_words_after_it_name(assistant) -> None:
    # "可将不低于 70%的转化收益奖励给成果完成人和为成果转化作出贡献人员": the share is of 转化收益
    result = assistant.ask("A researcher's job-related technology transfer earned 3 million yuan. Under the Ordos talent measures, "
                           "what's the minimum reward for the researchers?")
    share = _share(result)
    assert share.result == "2100000" and share.clause_ids == ["p4.g3.d1.i2.i5"]


def test_an_amount_stated_as_a_threshold_met_is_no_base_beside_the_one_spent(assistant) -> None:
    # "提标后年加工能力1万头以上且年销售收入 1亿元以上的企业，…按照投资额的 20%给予一次性奖励，奖励金额最高不超过 500 万元"
    result = assistant.ask("Our beef plant (10,000+ head/yr, RMB 100m+ sales) invested RMB 30 million in an upgrade. "
                           "What one-off reward can we get?")
    share = _share(result)
    assert share.result == "5000000" and share.inputs["base"] == "30000000", share


def test_a_share_of_a_quantity_asked_in_its_measure_is_computed_in_that_measure(assistant) -> None:
    # "到 2030 年，…电解铝使用可再生能源比例达到 30%以上": 30% of the power the question states
    power = assistant.ask("我们电解铝厂一年用电100亿度，按2030年的目标，可再生能源至少要用多少度？")
    share = next(c for c in power.calculations if c.tool == "share")
    assert share.result == "3000000000" and share.unit == "度" and share.steps == ["100亿度 × 30% = 30亿度"]
    # a subsidy in money does not answer a quantity asked in tonnes: "…综合利用率达到 62%"
    waste = assistant.ask("按2030年目标，一个园区一年产生大宗工业固废200万吨，至少要综合利用多少万吨才达标？")
    assert [(c.tool, c.result, c.unit) for c in waste.calculations] == [("share", "1240000", "吨")]
    # asked in money, the subsidy is computed as before
    paid = assistant.ask("我们企业年综合利用固废20万吨，能拿多少补贴？")
    assert all(c.unit == "元" for c in paid.calculations) and paid.calculations


def test_a_percentage_stated_as_a_condition_of_whom_a_provision_names_is_no_share(assistant) -> None:
    # "主导产业占农牧业总产值 50%以上的现代农牧业产业园": who qualifies, not a share of the output stated
    result = assistant.ask("我们园区去年产值20亿元，到2025年要达到多少？")
    assert _share(result) is None


def test_a_floor_of_a_share_is_still_a_share(assistant) -> None:
    # "奖补资金总额的 95%以上由省级财政部门直接拨付": at least 95%
    result = assistant.ask("专精特新小巨人奖补资金一共800万元，省级财政直接拨给企业的至少多少？")
    share = _share(result)
    assert share is not None and share.result == "7600000"


def test_the_shares_of_the_parties_a_question_adds_up_are_summed(assistant) -> None:
    # "中央和自治区分别承担 45%和 30%的保险费补贴"
    share = _share(assistant.ask("A major grain county insures its maize at full cost; the premiums come to 2 million yuan. "
                                 "How much do the central and regional subsidies cover together?"))
    assert share is not None and share.result == "1500000" and "45%+30%" in share.steps[0]
    # what they leave to the farmer
    share = _share(assistant.ask("产粮大县种玉米上完全成本保险，每亩保费80元，算上中央和自治区的保费补贴，农户自己每亩交多少？"))
    assert share is not None and share.result == "20" and share.steps[-1].endswith("= 20元")
    # one party asked: its own share, not the sum
    share = _share(assistant.ask("产粮大县的完全成本保险保费一共200万元，中央财政承担多少？"))
    assert share is None or share.result != "1500000"


def test_an_amount_paid_per_a_step_of_money_is_computed_on_the_amount_stepped_over(assistant) -> None:
    # "销售额较上一年每新增 100 万元奖励 2 万元，最高不超过 30 万元": 2% of the increase, capped (by the prepared-meal
    # calculator: "top-ten" is a word's hyphen, no minus sign)
    result = assistant.ask("We are one of the region's top-ten prepared-food brands and our sales rose by 8 million "
                           "yuan on last year. What reward do we get?")
    assert [c.result for c in result.calculations] == ["160000"] and "100万元" in result.calculations[0].steps[0]
    capped = assistant.ask("We are one of the region's top-ten prepared-meal leaders and our sales rose by 20 million "
                           "yuan on last year. What reward do we get?")
    assert [c.result for c in capped.calculations] == ["300000"]  # capped at 30万元


def test_a_share_counted_into_a_total_names_what_it_is_of(assistant) -> None:
    # "减按 90%计入收入总额"
    result = assistant.ask("我们用目录里的资源生产产品，今年这部分收入3000万元，计入收入总额的是多少？")
    share = next(c for c in result.calculations if c.tool == "share")
    assert share.result == "27000000"


def test_how_much_of_a_measure_is_a_share_in_its_own_unit(assistant) -> None:
    # 对《目录》内…储能电池…等 12 个行业的用电企业，新能源交易比例上限提高至 58%: a level set, not a change
    result = assistant.ask(
        "Our battery plant, which is on the strategic emerging industry catalogue, uses 300 million kWh a year. "
        "How much of it at most can be traded as new-energy power?"
    )
    share = _share(result)
    assert share is not None and share.result == "174000000" and share.unit == "度"
    assert share.steps == ["3亿度 × 58% = 1.74亿度"]


def test_a_share_of_square_metres_stays_in_square_metres(assistant) -> None:
    # 到 2024 年底，全区新建建筑中装配式建筑面积占比力争达到 25%
    result = assistant.ask("If a league builds 200,000 square metres of new buildings in 2024, how much of it should be prefabricated?")
    share = _share(result)
    assert share is not None and share.result == "50000" and share.unit == "平方米"


def test_a_measure_asked_in_its_own_words_is_a_share_of_the_measure_stated(assistant) -> None:
    # 并网型风光制氢一体化项目年上网电量不超过项目年总发电量的 20%
    result = assistant.ask("我们的风光制氢一体化项目并网运行，一年发电2亿千瓦时，最多能上网多少电量？")
    share = _share(result)
    assert share is not None and share.result == "40000000" and share.unit == "度"


def test_a_grant_per_tonne_is_no_share_of_the_tonnes(assistant) -> None:
    result = assistant.ask("我们工厂一年废旧资源综合利用30万吨，按每吨补助能拿多少？")
    assert _share(result) is None


def test_a_calendar_year_is_no_base_and_trillion_is_a_scale(assistant) -> None:
    # 到 2030 年，各级绿色工厂产值占制造业总产值比重超过 40%
    result = assistant.ask("If a province's manufacturing output is 2 trillion yuan in 2030, how much of it must come from "
                           "green factories?")
    share = _share(result)
    assert share is not None and share.result == "800000000000"


def test_a_fraction_of_what_is_named_before_it_is_a_share(assistant) -> None:
    # 在中央财政定额补贴基础上使用自治区财政资金累加补贴，补贴额不超过中央财政定额补贴的 1/3
    result = assistant.ask("我们买了一台符合条件的打捆机，中央财政定额补贴6000元，自治区最多还能累加补多少？")
    share = _share(result)
    assert share is not None and share.result == "2000" and share.steps == ["6000元 × 1/3 = 2000元"]


def test_what_we_actually_pay_is_the_share_of_the_tax_stated(assistant) -> None:
    # 货车、挂车…车船税适用税额按照现行车船税适用税额的 50%征收
    result = assistant.ask("Our trucks would owe 30,000 yuan of vehicle and vessel tax at the normal rate. "
                           "What do we actually pay under Inner Mongolia's reduction?")
    share = _share(result)
    assert share is not None and share.result == "15000"


def test_a_percentage_naming_the_rule_is_applied_not_asked(assistant) -> None:
    result = assistant.ask("Our trucks' normal vehicle and vessel tax would total RMB 12,000 a year. "
                           "What would we actually pay under the Inner Mongolia 50% rule?")
    share = _share(result)
    assert share is not None and share.result == "6000"


def test_parties_listed_with_their_shares_each_bear_their_own(assistant) -> None:
    # 中央和自治区分别承担 45%和 30%的保险费补贴
    centre = _share(assistant.ask("三大粮食作物完全成本保险，保费800元，中央财政承担多少？"))
    assert centre is not None and centre.result == "360"
    region = _share(assistant.ask("三大粮食作物完全成本保险，保费800元，自治区承担多少？"))
    assert region is not None and region.result == "240"
    english = _share(assistant.ask("If the full-cost premium for a grain crop is 800 yuan, how much does the central government cover?"))
    assert english is not None and english.result == "360"


def test_a_multiple_of_what_the_provision_names_is_a_share(assistant) -> None:
    # 按国家奖金额度的 5倍给予科研经费支持和奖励
    share = _share(assistant.ask("我们单位是国家科学技术奖第一完成单位，国家奖金30万元，自治区给多少科研经费？"))
    assert share is not None and share.result == "1500000" and share.steps == ["30万元 × 5倍 = 150万元"]
    english = _share(assistant.ask("We won a national S&T award of 300,000 yuan as first completing unit. How much does the region give?"))
    assert english is not None and english.result == "1500000"


def test_a_year_written_after_end_is_no_base(assistant) -> None:
    # 到 2024 年底，全区新建建筑中装配式建筑面积占比力争达到 25%
    share = _share(assistant.ask("We plan 40,000 m² of new buildings in Inner Mongolia. If we match the end-2024 "
                                 "prefabricated-building target share, how much floor area should be prefabricated?"))
    assert share is not None and share.result == "10000" and share.unit == "平方米"


def test_a_share_stated_for_other_talent_classes_is_not_the_asked_classs(assistant) -> None:
    # 其中D类及以上人才贷款限额放宽到当期限额的2倍，E、F类人才贷款限额放宽到当期限额的1.5倍
    d_class = _share(assistant.ask("I'm D-class talent in Ordos buying my first home with a housing provident fund loan. "
                                   "If the current loan limit is 600,000 yuan, what is my limit?"))
    assert d_class is not None and d_class.result == "1200000"
    e_class = _share(assistant.ask("我是鄂尔多斯E类人才，首次用公积金贷款买房，现在贷款限额是60万元，我能贷多少？"))
    assert e_class is not None and e_class.result == "900000"


def test_an_english_amount_names_its_thing_right_after_it_or_after_where_it_came_from() -> None:
    from assistant.answer.shares import _NAMED_AFTER_EN

    def named(text: str, at: int) -> str | None:
        m = _NAMED_AFTER_EN.match(text, at)
        return m.group("what").strip() if m else None

    text = "we have 500,000 yuan left over from an enterprise-commissioned project"
    assert named(text, text.index(" left")) == "enterprise-commissioned project"
    text = "with RMB 100 million revenue this year"
    assert named(text, text.index(" revenue")) == "revenue"  # (not "this year")
    text = "we spent 3 million yuan and we want more"
    assert named(text, text.index(" and")) is None  # "and" names nothing


def test_a_share_of_an_amount_named_by_where_it_came_from(assistant) -> None:
    # "left over from an enterprise-commissioned project": the 结余经费 of a 横向科研项目, 科研人员占比不低于 90%
    result = assistant.ask("Our lab has 500,000 yuan left over from an enterprise-commissioned research project and puts it "
                           "into commercialising the results. At least how much goes to the researchers?")
    share = _share(result)
    assert share is not None and share.result == "450000"


def test_a_share_of_revenue_named_right_after_its_amount(assistant) -> None:
    # "RMB 50 million revenue": the 收入总额 the 90% of 资源综合利用 products is counted into
    result = assistant.ask("Our plant turns fly ash and coal gangue into catalogue products and has RMB 50 million revenue. "
                           "How much of the revenue is counted as taxable income?")
    share = _share(result)
    assert share is not None and share.result == "45000000"


def test_a_share_of_a_loans_rate_is_taken_of_the_interest_the_rate_stated_makes(assistant) -> None:
    # "人才创办（领办）企业用于创新创业活动的信用贷款按照实际贷款利率 50%予以贴息": a 3 million yuan loan at 5% a year
    # is 15万元 of interest, half of which is subsidised
    result = assistant.ask("Our talent-founded company in Ordos took a 3 million yuan credit loan at 5% a year for "
                           "innovation and entrepreneurship. How much interest subsidy do we get a year?")
    share = _share(result)
    assert share is not None and share.result == "75000"
    assert share.steps == ["300万元 × 5% = 15万元", "15万元 × 50% = 7.5万元"]


def test_a_loans_rate_is_no_rule_asked_and_other_percentages_still_are() -> None:
    from assistant.answer.shares import loan_rate
    from assistant.quantities import normalise

    assert loan_rate(normalise("We borrowed 2 million yuan at 4% a year")).number == 4
    assert loan_rate(normalise("贷款200万元，利率是4.5%")).number == Decimal("4.5")
    assert loan_rate(normalise("Under the 50% rule, what do we pay on 2 million yuan?")) is None  # no loan


def test_the_most_a_stated_quantity_allows_is_its_share(assistant) -> None:
    # "年上网电量不超过项目年总发电量的 20%": of 500 million kWh generated, at most 100 million may be sold
    result = assistant.ask("Our wind-solar hydrogen project generates 500 million kWh a year. What's the most it can sell to the grid?")
    share = _share(result)
    assert share is not None and share.result == "100000000"


def test_the_share_of_the_enterprise_size_asked(assistant) -> None:
    # 大型企业按不超过…30%返还，中小微企业按不超过 60%返还
    small = _share(assistant.ask("We are a small and medium-sized enterprise; last year we paid 200,000 yuan of unemployment "
                                 "insurance and cut no jobs. How much of it can the job-stabilisation refund return at most?"))
    assert small is not None and small.result == "120000"
    large = _share(assistant.ask("我们是大型企业，上年度实际缴纳失业保险费500万元，没有裁员，稳岗返还最多返多少？"))
    assert large is not None and large.result == "1500000"


def test_a_bound_on_whom_a_provision_names_is_no_share_paid(assistant) -> None:
    # "30人（含）以下的参保企业裁员率不高于参保职工总数 20%的；大型企业按不超过…失业保险费的 30%返还，中小微企业按不超过
    # 60%返还": the 20% says which firms qualify; an SME's refund is 60% of what it paid
    share = _share(assistant.ask("We are an SME that paid 200,000 yuan of unemployment insurance premiums (company plus "
                                 "staff) last year and meet the layoff conditions. What is the maximum job-stabilisation refund?"))
    assert share is not None and share.result == "120000"
    share = _share(assistant.ask("我们是大型企业，去年缴纳失业保险费100万元，稳岗返还最多多少？"))
    assert share is not None and share.result == "300000"
    # of a count, the bound is what is asked: 25 insured staff, at most 20% laid off
    share = _share(assistant.ask("我们公司参保职工25人，去年有裁员。按失业保险稳岗返还政策，最多裁几个人还能申请？"))
    assert share is not None and share.result == "5"


def test_a_party_asked_bears_its_share_of_the_amount_computed_for_the_part_before(assistant) -> None:
    # "按收购数量的 10%，每吨补贴 1000 元，自治区、盟市各承担 50%": 50万元, of which the region bears half
    result = assistant.ask("奶企3到5月喷粉收购生鲜乳5000吨，能拿多少补贴？自治区出多少？")
    subsidy, borne = result.calculations
    assert subsidy.result == "500000" and borne.tool == "share" and borne.result == "250000"
    assert borne.part == 1 and borne.steps == ["50万元 × 50% = 25万元"]
    assert result.parts[1].answered and "25万元" in result.parts[1].answer_line


def test_a_party_s_part_of_the_amount_asked_in_one_breath_is_its_share(assistant) -> None:
    # "每增加 1吨补贴 200 元，自治区、盟市各承担 50%": the region's part of 3,000 tonnes' 60万元
    for question in (
        "A dairy processor raises its raw-milk processing by 3,000 tonnes over last year. "
        "How much of the subsidy is paid by the autonomous region?",
        "乳企今年生鲜乳加工量比上一年增加了3000吨，补贴其中自治区出多少？",
    ):
        result = assistant.ask(question)
        assert [(c.tool, c.result) for c in result.calculations] == [("raw_milk_processing_increase_subsidy", "600000"),
                                                                     ("share", "300000")], question


def test_no_party_asked_adds_no_share_of_the_amount_computed(assistant) -> None:
    result = assistant.ask("奶企3到5月喷粉收购生鲜乳5000吨，能拿多少补贴？")
    assert [c.result for c in result.calculations] == ["500000"]


def test_an_amount_per_mu_counts_the_area_the_question_states(assistant) -> None:
    # "中央和自治区分别承担 45%和 30%的保险费补贴" of a premium of 100 yuan per mu on 1,000 mu
    for question in (
        "In major grain counties, what share of the crop insurance premium do the central and regional governments pay? "
        "If the premium on our 1,000 mu is 100 yuan per mu, how much do they cover together?",
        "在产粮大县，我种了1000亩玉米，完全成本保险保费每亩100元，中央和自治区一共补多少？",
    ):
        share = _share(assistant.ask(question))
        assert share is not None and share.result == "75000", question
        assert share.steps[0] == "100元 × 1000亩 = 10万元"


def test_a_later_part_naming_another_size_of_enterprise_gets_that_sizes_share(assistant) -> None:
    # "大型企业按不超过企业及其职工上年度实际缴纳失业保险费的 30%返还，中小微企业按不超过 60%返还"
    result = assistant.ask("We're an SME that paid 400,000 yuan of unemployment insurance last year with no layoffs. "
                           "How much stabilisation refund could we get? What if we were a large company?")
    assert [(c.result, c.part) for c in result.calculations] == [("240000", None), ("120000", 1)]
    assert "12万元" in result.parts[1].answer_line


def test_the_price_of_what_was_bought_is_the_cost_a_share_of_it_is_of(assistant) -> None:
    # "参照国家农机补贴标准进行补贴（不超过购机费用的 30%）"
    for question, expected in (
        ("有台小杂粮播种机没进国家农机补贴目录，但有农机鉴定证书，价格20万元，按鄂尔多斯政策最多能补多少？", "60000"),
        ("买了台小杂粮播种机，8万元，没进国家补贴目录但有鉴定证书，最多能补多少？", "24000"),  # the amount alone between commas
    ):
        share = _share(assistant.ask(question))
        assert share is not None and share.result == expected, question


def test_a_ratio_split_is_read_from_the_computed_provisions_own_sentence(assistant) -> None:
    # "补贴资金由市级和加氢站属地旗区按照 1:1 比例承担": a sentence of its own after the rates
    result = assistant.ask("我在鄂尔多斯的加氢站2024年给拿奖励的燃料电池车加了50吨氢，补贴一共多少？市级出多少？")
    assert [(c.tool, c.result, c.part) for c in result.calculations][1:] == [("share", "275000", 1)]
    result = assistant.ask("Back in 2022, our Ordos hydrogen station sold 80 tonnes to subsidised fuel-cell vehicles at under "
                           "20 yuan/kg. What was the station subsidy, and how much of it came from the banner?")
    assert [c.result for c in result.calculations] == ["2400000", "1200000"]


def test_the_parties_shares_a_question_restates_leave_the_asker_the_rest(assistant) -> None:
    # "在产粮大县实施三大粮食作物完全成本保险…中央和自治区分别承担 45%和 30%的保险费补贴"
    for question in (
        "产粮大县种小麦上了完全成本保险，总保费12万元，中央和自治区分别承担45%和30%，我们自己要交多少？",
        "Our wheat in a major grain county has full-cost insurance with a 120,000 yuan premium. After the central (45%) and "
        "regional (30%) subsidies, how much does the farm pay itself?",
    ):
        share = _share(assistant.ask(question))
        assert share is not None and share.result == "30000", question
        assert share.steps[-1].endswith("12万元 − 9万元 = 3万元"), share.steps


def test_a_share_of_the_interest_rate_is_one_of_the_interest_paid(assistant) -> None:
    # "人才创办（领办）企业用于创新创业活动的信用贷款按照实际贷款利率 50%予以贴息"
    share = _share(assistant.ask("我是人才创办企业，信用贷款今年付了8万元利息，贴息能拿多少？"))
    assert share is not None and share.result == "40000"


def test_the_full_amount_a_provision_pays_is_all_of_the_cost(assistant) -> None:
    # "2024 年全额奖补绿色食品、有机农畜产品认证产量达到 1000 吨以上的企业认证费用"
    share = _share(assistant.ask("Our organic certification in 2024 cost 60,000 yuan for 1,500 tonnes of output. "
                                 "How much of the certification fee does the region cover?"))
    assert share is not None and share.result == "60000"
    assert share.steps == ["6万元 × 100%（全额） = 6万元"]


def test_the_local_banner_asked_is_the_banner(assistant) -> None:
    result = assistant.ask("Our Ordos hydrogen station dispensed 40 tonnes in 2023 to eligible fuel-cell vehicles. "
                           "What subsidy is that, and how much of it does the local banner pay?")
    assert [c.result for c in result.calculations] == ["720000", "360000"]  # 18 元/公斤; 1:1


def test_an_amount_sizing_a_project_is_not_what_a_share_is_of(assistant) -> None:
    # "按照实际贷款利息的 30%给予一次性贴息奖补": the interest paid, not the project's size (computed as a share, or by the
    # provision's own calculator once "chain" names its 产业链)
    for size in ("800-million-yuan", "800 million yuan"):
        result = assistant.ask(f"Our {size} chain project paid 12 million yuan of loan interest. How much interest subsidy can we expect?")
        assert [(c.inputs["base"], c.result) for c in result.calculations] == [("12000000", "3600000")], size


def test_an_equal_award_is_as_much_again_as_the_amount_it_names(assistant) -> None:
    # "对获得自治区科学技术奖的第一完成单位及相关人员，按自治区奖金额度给予等额奖励"
    result = assistant.ask("鄂尔多斯市对获得自治区科学技术奖的第一完成单位怎么奖励？我们奖金是20万元，市里能奖多少？")
    calc = result.calculations[0]
    assert calc.tool == "share" and calc.result == "200000" and "等额" in calc.steps[-1]


def test_a_medium_sized_enterprise_is_one_of_the_smes(assistant) -> None:
    # "大型企业按不超过…30%返还，中小微企业按不超过 60%返还": a medium-sized firm is an SME
    for question in ("We're a medium-sized company that paid 300,000 yuan of unemployment insurance last year and cut no jobs. "
                     "What is the maximum job-stabilisation refund?",
                     "我们是中型企业，上年度缴纳失业保险费30万元，没有裁员，稳岗返还最多多少？"):
        share = _share(assistant.ask(question))
        assert share is not None and share.result == "180000", question


def test_what_goes_to_the_inventors_is_their_share_not_the_units_award(assistant) -> None:
    # "可将不低于 70%的转化收益奖励给成果完成人和为成果转化作出贡献人员", not the 20% the region awards the transferring unit
    result = assistant.ask("高校职务科技成果转化收益800万元，至少能奖励给成果完成人和作出贡献的人员多少？")
    assert [(c.tool, c.result) for c in result.calculations] == [("share", "5600000")]


def test_the_least_a_question_asks_to_qualify_is_the_share_the_provision_requires(assistant) -> None:
    # "主营业务收入占企业收入总额 60%以上的企业": the condition's share, not the 15% tax rate the provision grants
    result = assistant.ask("我们企业收入总额6000万元，主营业务收入至少要多少才算鼓励类产业企业？")
    assert [(c.tool, c.result) for c in result.calculations] == [("share", "36000000")]
    # ("起码" is "至少"; the 15% tax rate the question names as what qualifying brings is not the share asked)
    result = assistant.ask("我们公司一年收入总额8000万，鼓励类主营业务收入起码要多少才能享受15%的税率？")
    assert [(c.tool, c.result) for c in result.calculations] == [("share", "48000000")]
    assert _share(result).steps == ["8000万元 × 60% = 4800万元"]
    # (in English, "at least how much… to get the western 15% rate": the rate is what qualifying brings)
    result = assistant.ask("Our encouraged-industry firm in Ejin Horo had total revenue of 80 million yuan. At least how much "
                           "must come from catalogue main business to get the western 15% rate?")
    assert [(c.tool, c.result) for c in result.calculations] == [("share", "48000000")]


def test_a_party_s_part_of_the_subsidy_asked_as_what_it_pays(assistant) -> None:
    # "每增加 1吨补贴 200 元，自治区、盟市各承担 50%": 1000吨 × 200元 = 20万元, the region's half 10万元
    result = assistant.ask("Our dairy plant processed 1,000 more tonnes of raw milk than last year. "
                           "How much of the subsidy does the autonomous region pay?")
    assert ("share", "100000") in [(c.tool, c.result) for c in result.calculations]


def test_an_amount_the_asker_is_investing_is_what_a_share_of_investment_is_of(assistant) -> None:
    # "按照投资额的 20%给予一次性奖励，奖励金额最高不超过 500 万元"
    result = assistant.ask("Our beef plant upgrade will bring capacity above 10,000 head and sales above 100 million yuan a year; "
                           "we are investing 18 million yuan. What one-off award applies?")
    assert [(c.tool, c.result) for c in result.calculations] == [("share", "3600000")]
    # "按照实际贷款利息的 30%给予一次性贴息奖补" fits best and is a share of the interest, which is not stated: another
    # provision's share of equipment investment, fitting far worse, is not computed on the amount invested
    result = assistant.ask("We are investing 700 million yuan in a manufacturing industrial-chain project that has gone into "
                           "production. What loan-interest subsidy applies, and up to what cap?")
    assert not any(c.tool == "share" for c in result.calculations)


def test_an_english_class_numbered_after_an_article_is_the_class_whose_share_is_paid(assistant) -> None:
    # "三至六类人才领衔的团队，科研经费由同级财政承担 80%": "A Class 4" is class 4, not class A
    result = assistant.ask("A Class 4 talent's team is recruited to a public institution with a 5 million yuan research "
                           "budget. How much will the same-level government finance cover?")
    share = _share(result)
    assert share is not None and share.result == "4000000" and share.steps[0] == "500万元 × 80% = 400万元"


def test_a_small_firm_named_with_its_trade_is_an_sme(assistant) -> None:
    # "大型企业按…30%返还，中小微企业按不超过 60%返还"
    result = assistant.ask("A small manufacturing firm paid 400,000 yuan of unemployment insurance premiums last year. "
                           "What is the most it can get back as a stable-job refund?")
    share = _share(result)
    assert share is not None and share.result == "240000"
    result = assistant.ask("A large manufacturing company paid 400,000 yuan of unemployment insurance premiums last year. "
                           "What is the most it can get back as a stable-job refund?")
    share = _share(result)
    assert share is not None and share.result == "120000"


def test_an_english_word_of_several_guide_words_counts_once_in_a_share_s_provision(assistant) -> None:
    # "货车、挂车、专用作业车、轮式专用机械车车船税适用税额按照现行车船税适用税额的 50%征收": "rate" is one word asked,
    # whichever of 费率, 税率, 利率, 价格 the provision writes (it writes none of them)
    result = assistant.ask("Our truck's vehicle and vessel tax at the normal rate would be 1,200 yuan a year. "
                           "What do we actually pay under the Inner Mongolia measure?")
    share = _share(result)
    assert share is not None and share.result == "600" and share.steps == ["1200元 × 50% = 600元"]


def test_a_party_s_part_of_a_rate_written_by_party_is_computed(assistant) -> None:
    # "每吨 50 元（自治区补贴 30元、盟市补贴 20 元）": of 400 × 5.5 × 50 = 11万元, the region pays 400 × 5.5 × 30
    result = assistant.ask("Our dairy farm in Inner Mongolia has 400 cows and stores silage maize locally. Under the regional "
                           "dairy-industry measures, what silage storage subsidy would we get in total, and how much of it comes "
                           "from the region?")
    assert [c.result for c in result.calculations] == ["110000", "66000"]
    result = assistant.ask("我们奶牛场有400头奶牛，就地收储青贮玉米，能拿多少青贮收储补贴？其中盟市出多少？")
    assert [c.result for c in result.calculations] == ["110000", "44000"]


def test_the_whole_a_share_is_of_asked_is_no_part_of_the_sum_stated(assistant) -> None:
    # "旗区财政科技支出占一般公共预算支出不低于 1%": the expenditure asked is the whole, not 1% of the revenue stated
    result = assistant.ask("The banner's fiscal revenue was 15.4 billion yuan — how much was its general public budget expenditure "
                           "for the same year?")
    assert not result.calculations and "1.54" not in result.answer
    # "主导产业…产值占产业园总产值的比重达 50%以上": the leading industry's output asked is the part of the total stated
    result = assistant.ask("We want to apply to create a national modern agricultural industrial park whose total output is 1.2 "
                           "billion yuan. At minimum, how much of that output has to come from the leading industry?")
    assert [c.result for c in result.calculations] == ["600000000"]


def test_a_provision_naming_a_thing_only_to_leave_it_out_is_not_its_share(assistant) -> None:
    # "…光伏新材料及应用（不含单晶硅、多晶硅）…58%" leaves polysilicon out; "单晶硅、多晶硅用电企业…上限提高至42%" is its own
    for question in ("我们多晶硅企业一年用电1亿千瓦时，其中新能源交易电量最多能到多少？",
                     "We run a polysilicon plant using 100 million kWh of power a year. At most how much of that can be bought "
                     "as new-energy trading?"):
        share = next((c for c in assistant.ask(question).calculations if c.tool == "share"), None)
        assert share is not None and share.inputs["percent"] == "42" and share.result == "42000000", question


def test_the_least_asked_as_at_least_over_how_much_is_the_share_required(assistant) -> None:
    # "至少要超过多少" asks the condition's share ("占企业收入总额 60%以上") as "至少要多少才…" does
    result = assistant.ask("公司收入总额1亿元，想按15%税率交企业所得税，鼓励类主营业务收入至少要超过多少？")
    assert [(c.tool, c.result) for c in result.calculations] == [("share", "60000000")]


def test_asked_the_least_to_reach_a_share_bounded_before_it_is_required(assistant) -> None:
    # "到 2030 年，各级绿色工厂产值占制造业总产值比重超过 40%": the target's share, not another provision's 50%
    result = assistant.ask("如果某地制造业总产值是1000亿元，按2030年的目标，绿色工厂产值至少要超过多少？")
    assert [(c.tool, c.result) for c in result.calculations] == [("share", "40000000000")]


def test_an_increase_stated_is_the_increment_a_share_is_taken_of(assistant) -> None:
    # "建立国有企业科技创新考核激励机制，将企业研发投入视同利润加回，增量部分按 150%加计"; not "研发投入占营业收入比例达到3%以上或…"
    # of the same clause, a condition
    result = assistant.ask("A municipal SOE in Ordos raised its R&D spending by 2,000万元 this year. Under the SOE innovation "
                           "appraisal, how much is added back as profit for that increase?")
    assert [(c.tool, c.result) for c in result.calculations] == [("share", "30000000")]
