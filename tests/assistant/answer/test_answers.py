"""The extractive answer chain on the real guide."""

from datetime import date

from assistant.answer.compose import asks_class
from assistant.answer.prompts import EXPIRED_NOTE, REFUSAL
from assistant.service import Assistant


def cited_ids(result) -> list[str]:
    return [c.clause_id for c in result.citations]


def test_numeric_answer_quotes_and_cites_the_clause(assistant) -> None:
    result = assistant.ask("110千伏工业电价多少？")
    assert not result.refused
    assert "110KV：0.401 元/度" in result.answer
    assert result.citations[0].clause_id == "p1.i2.i5.i3.c1"
    assert "[1]" in result.answer
    citation = result.citations[0]
    assert citation.text[citation.quote_start : citation.quote_end] == citation.quote


def test_follow_up_uses_the_conversation(assistant) -> None:
    history = [{"role": "user", "content": "110千伏工业电价多少？"}, {"role": "assistant", "content": "0.401 元/度"}]
    result = assistant.ask("那10千伏呢？", history)
    assert "110千伏" in result.retrieval_query
    assert "0.477" in result.answer
    assert "p1.i2.i5.i3.c1" in cited_ids(result)


def test_a_follow_up_keeps_its_own_words_after_a_long_question(assistant) -> None:
    # a previous question near the length limit gives way: the search still reads "10千伏"
    long_first = "我们是一家准备在伊金霍洛旗落地的制造企业，" * 14 + "110千伏工业电价多少？"
    assert len(long_first) > 290
    result = assistant.ask("那10千伏呢？", [{"role": "user", "content": long_first}])
    assert result.retrieval_query.endswith("那10千伏呢？") and len(result.retrieval_query) <= 300
    from assistant.answer.conversation import condense

    assert condense("那10千伏呢？", [{"role": "user", "content": long_first}]).endswith("那10千伏呢？")


def test_english_follow_up(assistant) -> None:
    first = "How much is the livestock insurance premium for a breeding sow?"
    result = assistant.ask("what about dairy cows?", [{"role": "user", "content": first}])
    assert result.lang == "en"
    assert "p3.s1.g1.i8.i2" in cited_ids(result)
    assert "500 元" in result.answer


def test_english_question_gets_an_english_direct_line(assistant) -> None:
    result = assistant.ask("What is the industrial electricity price at 110 kV?")
    first = result.answer.splitlines()[0]
    assert first.startswith("Electricity for industry (工业用电): 0.401 yuan/kWh") and first.endswith("[1]")
    assert "“110KV：0.401 元/度" in result.answer  # the Chinese evidence below it
    assert "p1.i2.i5.i3.c1" in cited_ids(result) and result.parts[0].slot == "price"


def test_an_english_direct_line_gives_a_range_from_its_low_end(assistant) -> None:
    # "参考价格：20-25 万元/亩": a range, not 25万元/亩, and its low end is the guide's figure, not an unsupported one
    result = assistant.ask("What's the reference price for industrial land in Ejin Horo?")
    assert not result.refused and "200,000 to 250,000 yuan/mu" in result.answer.splitlines()[0]
    assert "p1.i2.i1.i1" in cited_ids(result)


def test_a_housing_subsidy_asked_in_english_is_also_the_guides_settling_in_subsidy(assistant) -> None:
    # "提供 10 万—35 万元安家补贴或相应平方米的住房"
    result = assistant.ask("What housing subsidy do PhD graduates get in Ejin Horo?")
    assert not result.refused and "100,000 to 350,000 yuan" in result.answer


def test_expired_policy_is_flagged(assistant) -> None:
    result = assistant.ask("伊金霍洛旗肉牛保险每头保费多少？")
    assert "p3.s1.g4.d2.c1" in cited_ids(result)
    marker = next(c.marker for c in result.citations if c.clause_id == "p3.s1.g4.d2.c1")
    assert EXPIRED_NOTE["zh"].format(marker=marker, until="2024-12-31") in result.answer
    assert any(w.kind == "expired" and w.clause_id == "p3.s1.g4.d2.c1" and "2024-12-31" in w.detail for w in result.warnings)


def test_no_expiry_note_before_the_period_ends(index_settings, retriever) -> None:
    earlier = Assistant(index_settings.model_copy(update={"today": date(2023, 6, 1)}), retriever)
    result = earlier.ask("伊金霍洛旗肉牛保险每头保费多少？")
    assert "p3.s1.g4.d2.c1" in cited_ids(result)
    assert not any(w.kind == "expired" for w in result.warnings)


def test_out_of_scope_question_is_refused_with_suggestions(assistant) -> None:
    result = assistant.ask("深圳对引进的博士有什么生活补贴？")
    assert result.refused and result.citations == []
    assert result.answer.startswith(REFUSAL["zh"])
    assert "指南涉及的相近主题有" in result.answer


def test_off_topic_english_request_is_refused(assistant) -> None:
    result = assistant.ask("Write me a poem about the grassland.")
    assert result.refused and result.answer.startswith(REFUSAL["en"])


def test_an_english_word_the_guide_uses_in_chinese_is_not_off_topic(assistant) -> None:
    result = assistant.ask("Can a hotel refuse foreign guests because it has no licence to receive foreigners?")
    assert not result.refused
    assert any("住宿" in c.text or "酒店" in c.text for c in result.citations)
    assert assistant.ask("Can you recommend a good hotel near the airport?").refused
    assert assistant.ask("What is today's exchange rate between RMB and US dollars?").refused


def test_a_kind_of_figure_the_guide_never_states_is_refused(assistant) -> None:
    days = assistant.ask("办理营业执照一般需要几个工作日？")
    assert days.refused and any(w.kind == "refused" for w in days.warnings)
    share = assistant.ask("企业职工基本养老保险单位缴费比例是多少？")
    assert share.refused and any(w.kind == "refused" for w in share.warnings)
    assert share.answer.startswith(REFUSAL["zh"])


def test_a_figure_the_asker_states_does_not_answer_what_they_ask(assistant) -> None:
    # the gas provision only repeats the price the asker gives: no other provision's figure is offered
    fee = assistant.ask("伊旗工商业用气是3.06元/立方米，那新用户开户的管道接驳费要交多少钱？")
    # (nor is the gas bill's calculator asking for a volume an answer)
    assert fee.refused and not fee.citations and "还需要您提供" not in fee.answer
    assert not any(figure in fee.answer for figure in ("2.06", "2.47", "3.09"))  # the residential tiers are not offered
    english = assistant.ask("Commercial gas in Ejin Horo costs 3.06 yuan per cubic metre. What is the pipeline connection fee?")
    assert english.refused and not english.citations
    # a question that states a figure to confirm it is answered by the provision stating it
    confirm = assistant.ask("闲置温室大棚修缮后重新利用，能按修缮投入的40%拿补贴吗？")
    assert not confirm.refused and "40%" in confirm.answer


def test_a_later_part_naming_nothing_new_is_answered_from_the_provision_just_quoted(assistant) -> None:
    # "最多能拿多少？" names no provision of its own: the cap comes from the clause that answered the
    # first part, not from another clause with a "每年最高 500 万元" of its own
    research = assistant.ask("自治区鼓励企业加大研发投入吗？一家企业一年最多能拿多少奖补？")
    assert [c.clause_id for c in research.citations] == ["p5.g2.d1.i2.i1"]
    assert "单个企业每年最高奖补 500 万元" in research.answer and all(p.answered for p in research.parts)
    loan = assistant.ask("鄂尔多斯对农畜产品精深加工重点企业给贷款贴息吗？最多贴多少？")
    assert [c.clause_id for c in loan.citations] == ["p3.s1.g3.d2.i13"] and "贴息金额最高不超过 500 万元" in loan.answer
    # a part naming another policy level is another provision ("自治区和市里分别…")
    both = assistant.ask("新建日光温室，自治区和市里的补贴标准分别是多少？")
    assert len({c.clause_id for c in both.citations}) >= 2


def test_a_later_english_part_stating_words_of_the_provision_just_answered_is_asked_of_it(assistant) -> None:
    # "贴息金额最高不超过 200 万元" is in the provision that gave the 3% rate; the 3000 万元 risk-compensation
    # ceiling of another Ordos measure, which also writes 贴息, answers no part of this question
    loan = assistant.ask("What discount rate does Ordos give on loans to builders of digital-village/‘agriculture+’ projects, "
                         "and what is the maximum interest subsidy?")
    assert "200 万元" in loan.answer.split("Evidence")[0] and "3000 万元" not in loan.answer
    # "分行业建立产品全生命周期绿色低碳基础数据库" is said by the guideline asked about, not by a
    # cross-border e-commerce clause that also writes 数据库
    green = assistant.ask("How does the manufacturing green-transition guideline use digital tools for recycling, "
                          "and what database is to be built?")
    assert green.parts[1].markers == green.parts[0].markers and "基础数据库" in green.parts[1].answer_line
    # a later part whose own words another provision states better is searched for, as before
    skills = assistant.ask("Under Ejin Horo's new-energy talent policy, which category would a senior manager or R&D head from a "
                           "well-known company fall into, and what is the one-off skills subsidy at senior (level 3) certificate?")
    assert "10 万元生活补贴" not in skills.parts[1].answer_line


def test_a_later_chinese_part_naming_words_its_provision_states_as_well_as_any_is_asked_of_it(assistant) -> None:
    # "康巴什区" is written by the provision that answered the first part and by others; the first one's
    # "支持康巴什区建设创新驱动先行城市" is the answer, not another clause naming the district
    result = assistant.ask("鄂尔多斯对战略性新兴产业项目怎么支持？康巴什区要建成个啥？")
    assert result.parts[1].markers == result.parts[0].markers and "创新驱动先行城市" in result.parts[1].answer_line


def test_a_later_part_asks_more_of_the_last_provision_answered_past_an_unanswered_part(assistant) -> None:
    # the fund ("设立不低于 30 亿元的科技创新基金") is in the clause that answered the first part, whatever the
    # part between them found; not the 1 亿元 of three innovation centres
    funds = assistant.ask("Ordos R&D funding guarantees: how fast should the city's S&T budget grow, what share must banner "
                          "S&T spending reach, and how big is the S&T innovation fund?")
    assert "30 亿元" in funds.parts[-1].answer_line and "技术创新中心各" not in funds.parts[-1].answer_line


def test_an_english_metadata_part_about_its_policy_is_answered_from_that_policy(assistant) -> None:
    # "what's its document number?": the number the provision itself gives, not another document's
    farms = assistant.ask("Which regional guidance on family farms and ranches was issued in 2020, and what's its document number?")
    assert "内党农牧办发〔2020〕12 号" in farms.parts[1].answer_line and "405" not in farms.answer
    # "the fund action plan": the period of the Ordos fund plan (2024—2028), not of a logistics measure
    funds = assistant.ask("Ordos plans a due-diligence exemption rule for industrial fund investment staff — which units lead it, "
                          "and what years does the fund action plan cover?")
    assert "2024—2028" in funds.parts[1].answer_line and "2022-2025" not in funds.answer


def test_which_document_is_answered_by_its_title_when_the_guide_gives_no_number(assistant) -> None:
    answer = assistant.ask("Which national document encourages localities to run 'A-grade environmental performance' campaigns?")
    assert not answer.refused
    assert "《国家发展改革委等部门关于支持内蒙古绿色低碳高质量发展若干政策措施的通知（全文）》" in answer.answer
    assert answer.parts[0].slot == "doc_number" and answer.parts[0].answered


def test_a_stated_figure_of_the_asked_kind_is_answered(assistant) -> None:
    rate = assistant.ask("西部地区鼓励类产业企业所得税税率是多少？")
    assert not rate.refused and "15%" in rate.answer
    deduction = assistant.ask("科技型中小企业研发费用加计扣除比例是多少？")
    assert not deduction.refused and "100%" in deduction.answer
    years = assistant.ask("获批国家级制造业创新中心，连续支持几年？")
    assert not years.refused and "5年" in years.answer


def test_hotline_draft(assistant) -> None:
    result = assistant.ask("在符合国土空间规划前提下，风电光伏项目能用戈壁荒漠这类未利用地吗？", draft=True)
    draft = result.draft
    assert draft.startswith("您好！")
    assert "政策依据" in draft and "祝您工作顺利" in draft
    assert "请联系责任单位：自治区自然资源厅" in draft
    quote = result.citations[0].quote
    assert f"“{quote}”" in draft or quote in draft


def test_a_draft_answers_each_part_before_it_quotes(assistant) -> None:
    result = assistant.ask("引进人才的父母七十多岁了，鄂尔多斯市里和伊旗分别给多少养老补贴？", draft=True)
    body = result.draft.split("政策依据：")[0]
    first, second = body.index("一、关于"), body.index("二、关于")
    assert first < second < body.index("相关规定原文如下：")
    assert "2000 元养老补贴" in body[first:second] and body[first:second].rstrip().endswith("（依据1）")
    assert "1000 元养老补贴" in body[second:] and "（依据2）\n" in body[second:]


def test_draft_names_the_document(assistant) -> None:
    result = assistant.ask("旗里的肉牛保险一头保费多少？", draft=True)
    assert "《伊金霍洛旗地方性肉牛保险政策》" in result.draft
    assert "执行期已于2024-12-31结束" in result.draft


def test_calculation_in_the_answer(assistant) -> None:
    result = assistant.ask("我种了200亩水地玉米，保费一共多少？")
    calc = result.calculations[0]
    assert calc.tool == "crop_insurance_premium" and calc.result == "6000" and calc.unit == "元"
    assert result.answer.startswith("计算结果：6000元")
    assert "p3.s1.g1.i8.i1" in cited_ids(result)


def test_missing_calculator_input_is_asked_for(assistant) -> None:
    result = assistant.ask("我家草场在禁牧范围里，一年能领多少禁牧补助？")
    assert result.calculations == []
    assert "还需要您提供：禁牧面积" in result.answer


def test_a_calculator_asking_inputs_for_a_provision_that_states_nothing_asked_is_no_answer(assistant) -> None:
    # the per-kg refuelling subsidy's calculator would ask for a year; nothing is stated of stations under 500 kg/day
    # ("…日加注能力须达到 500公斤/日"), so the question is refused rather than asked for inputs
    result = assistant.ask("What subsidy does Ordos give per hydrogen refuelling station with capacity under 500 kg a day?")
    assert result.refused and "please also give" not in result.answer
    # (a part the guide states keeps the calculator's question: "禁牧补助标准为每年每亩 7.45 元")
    assert "还需要您提供：禁牧面积" in assistant.ask("我家草场在禁牧范围里，一年能领多少禁牧补助？").answer


def test_bad_questions_get_clear_errors(assistant) -> None:
    import pytest

    from assistant.service import QuestionError

    with pytest.raises(QuestionError, match="empty"):
        assistant.ask("   ")
    with pytest.raises(QuestionError, match="limit"):
        assistant.ask("电价" * 5000)
    with pytest.raises(QuestionError, match="role"):
        assistant.ask("电价多少", [{"who": "me"}])


def test_all_tiers_of_a_provision_are_quoted(assistant) -> None:
    result = assistant.ask("自主培育的马铃薯新品种推广面积大的话，奖补多少？")
    assert "500 万元" in result.answer and "1000 万元" in result.answer


def test_the_rest_of_a_quoted_clause_completes_the_answer(assistant) -> None:
    result = assistant.ask("在矿区复垦区种苜蓿，再种一片柠条，市里怎么补？")
    assert "200 元" in result.answer and "100 元" in result.answer
    assert len({c.clause_id for c in result.citations}) == len(result.citations)


def test_the_printed_page_is_a_metadata_part_answered_from_the_clause(assistant) -> None:
    result = assistant.ask("110千伏工业电价多少？在指南第几页？")
    assert [p.slot for p in result.parts] == ["price", "page"]
    assert all(p.answered for p in result.parts)
    cited = result.citations[0]
    assert cited.clause_id == "p1.i2.i5.i3.c1" and cited.pages == [4]
    assert "0.401" in result.parts[0].answer_line and "第4页" in result.parts[1].answer_line
    assert not [w for w in result.warnings if w.kind == "unsupported_number_removed"]  # the page is the clause's own
    alone = assistant.ask("奶牛保险在指南第几页？")  # the guide's own name is no subject the clauses must share
    assert not alone.refused and alone.parts[0].slot == "page" and "第14页" in alone.answer
    english = assistant.ask("What is the 110 kV industrial power price, and on which page of the guide is it?")
    assert [p.slot for p in english.parts] == ["price", "page"]
    assert "p. 4 of the printed guide" in english.answer


def test_citations_and_drafts_name_the_printed_page(assistant) -> None:
    result = assistant.ask("110千伏工业电价多少？", draft=True)
    assert result.citations[0].page_label("zh") == "第4页"
    assert "（见《伊金霍洛旗投资政策指南》第4页）" in result.draft


def test_who_pays_is_not_what_is_asked(assistant) -> None:
    # "财政" says who pays: the provision states the share without repeating it
    result = assistant.ask("产粮大县的三大粮食作物完全成本保险，保费财政承担多少？")
    assert not result.refused and "45%" in result.parts[0].answer_line


def test_a_quoted_name_and_the_guides_word_for_the_askers_word_state_the_part(assistant) -> None:
    result = assistant.ask("“十万青年聚暖城计划”打算引进多少青年人才？“未来之星”奖学金给博士生多少？")
    assert not result.refused and [p.answered for p in result.parts] == [True, True]
    assert "10 万人" in result.parts[0].answer_line and "5000 元/人" in result.parts[1].answer_line  # 博士生: the guide writes 博士


def test_who_does_an_action_is_answered_by_the_provision_that_says_so(assistant) -> None:
    from assistant.answer.compose import asked_action

    assert (asked_action("由谁来制定？"), asked_action("预算是谁来编？"), asked_action("这事谁牵头？")) == ("制定", "编", "")
    result = assistant.ask("西部大开发企业所得税优惠里，判定鼓励类产业的具体办法由谁来制定？")
    assert "由省级发展改革、税务部门另行制定" in result.parts[0].answer_line
    budget = assistant.ask("燃料电池车示范的市级专项资金，下一年度的预算是谁来编？")
    assert "会同市财政局编制" in budget.parts[0].answer_line


def test_an_english_result_is_in_yuan_with_the_guides_figure_beside_it(assistant) -> None:
    result = assistant.ask("Two of our engineers were selected for the national S&T leading-talent programme. "
                           "How much is the Ordos one-off reward for both of them together?")
    assert result.answer.startswith("Result: 1,000,000 yuan (100万元)")


def test_a_bare_yuan_figure_under_a_price_heading_is_a_price_per_its_unit(assistant) -> None:
    # "5.电价 › 居民" writes "一档0.415元": a price per 度, which "多少钱一度" asks, not the industrial 元/度 table
    result = assistant.ask("居民用电多少钱一度？")
    assert not result.refused
    assert cited_ids(result)[0] == "p1.i2.i5.i1.c1"
    assert "0.415" in result.answer and "0.504" not in result.answer
    english = assistant.ask("What's the residential electricity price per kWh for the first tier below 1 kV?")
    assert english.answer.splitlines()[0].startswith("Households (居民): 0.415 yuan/kWh")


def test_a_price_asked_per_a_unit_the_guide_never_prices_by_is_not_stated(assistant) -> None:
    # the guide prices electricity per 度 (kWh), never per 千伏安 (kVA) of capacity
    result = assistant.ask("工厂要扩容变压器，电力增容费怎么收，每千伏安多少钱？")
    assert result.refused
    assert "0.504" not in result.answer and "0.288" not in result.answer


def test_a_price_table_led_by_price_words_only_prices_nothing_the_question_names(assistant) -> None:
    # "电价：0.29—0.33 元/度" is the strategic-industry price: a feed-in tariff is not asked of it
    result = assistant.ask("我们建光伏电站，上网电价是多少？")
    assert result.refused
    assert "0.29" not in result.answer


def test_an_acronym_the_guide_writes_is_the_subject_asked(assistant) -> None:
    result = assistant.ask("牧场通过GAP认证奖多少？")
    assert not result.refused
    assert result.parts[0].answered and "5万元" in result.parts[0].answer_line


def test_spoken_units_and_stated_increases_are_computed(assistant) -> None:
    gas = assistant.ask("我们店一个月用工商业天然气2万方，气费多少？")
    assert [c.result for c in gas.calculations] == ["61200"]
    cheese = assistant.ask("Our cheese plant used 35 more tonnes of raw milk for natural cheese than last year. How much subsidy is that?")
    assert [c.result for c in cheese.calculations] == ["70000"]


def test_a_voltage_no_tier_is_set_for_is_not_priced(assistant) -> None:
    # the industrial tariff has tiers below 1 kV, 1-10 kV, 110 kV and 220 kV and above: none for 35 kV
    for question in ("我们接的是35千伏，工业电价是多少？", "What's the industrial power price at a 35 kV connection?"):
        result = assistant.ask(question)
        assert result.refused, question
        assert "0.477" not in result.answer and "0.401" not in result.answer
    ten = assistant.ask("10千伏工业电价多少？")
    assert "1-10KV：0.477 元/度" in ten.parts[0].answer_line and "0.504" not in ten.parts[0].answer_line


def test_a_grade_asked_takes_that_grade_of_each_voltage(assistant) -> None:
    result = assistant.ask("居民用电第三档多少钱一度？")
    line = result.parts[0].answer_line
    # each tier is read with the voltage its sentence is for
    assert "不满1KV：三档0.715元" in line and "1-10KV：三档 0.705 元" in line
    assert "一档" not in line and "二档" not in line
    english = assistant.ask("What's the residential electricity price at 1–10 kV for the first and third tiers?")
    assert [p.slot for p in english.parts] == ["price", "price"]
    assert "0.405" in english.parts[0].answer_line and "0.705" in english.parts[1].answer_line


def test_a_document_the_provision_cites_is_answered_with_its_own_number(assistant) -> None:
    # the foreign-investment action plan implements two State Council documents, which its text names
    result = assistant.ask("Which two State Council documents does the regional foreign-investment action plan implement?")
    assert result.parts[0].slot == "doc_number" and result.parts[0].answered
    assert "国发〔2023〕11 号" in result.answer and "国办发〔2024〕9 号" in result.answer
    replaced = assistant.ask("Which earlier circular on Western Development tax policy did the 2020 announcement replace?")
    assert "财税〔2011〕58 号" in replaced.parts[0].answer_line


def test_a_period_its_document_states_elsewhere_is_given_by_day(assistant) -> None:
    result = assistant.ask("企业职工基本养老保险病残津贴暂行办法是从哪天开始实施的？")
    assert not result.refused
    assert "执行期2025年1月1日至（未写明截止日）" in result.parts[0].answer_line


def test_a_bare_kind_of_price_still_finds_a_tariff(assistant) -> None:
    # "电价多少？" names no more than the kind of price: any tariff answers, no figure is refused for it
    result = assistant.ask("电价多少？")
    assert not result.refused and "元/度" in result.answer


def test_an_amount_per_unit_of_work_done_prices_the_quantity_stated(assistant) -> None:
    # "按每综合利用 1吨给予 10 元补助": 10 元 per tonne used
    result = assistant.ask("我们工厂一年综合利用废旧资源8万吨，按每吨补助能拿多少？")
    assert [c.result for c in result.calculations] == ["800000"]


def test_years_served_multiply_a_yearly_grant_and_nothing_else(assistant) -> None:
    # "对引进优秀退休教师或退休医师的用人单位每年给予最高 20 万元": the engineer's one-off 15 万元 beside it is not added
    result = assistant.ask("我们学校引进一位优秀退休教师，干满2年，引才补贴最多拿多少？")
    assert [c.result for c in result.calculations] == ["400000"]


def test_a_two_word_glossary_noun_is_what_the_figure_is_asked_of(assistant) -> None:
    # "permanent residents" is 常住人口, not 居民 (which the sentence stating the population does not write)
    result = assistant.ask("How many permanent residents does Ejin Horo Banner have?")
    assert not result.refused and "25 万" in result.answer.replace("25万", "25 万")


def test_a_length_in_kilometres_answers_a_mileage_asked(assistant) -> None:
    result = assistant.ask("What is the total highway mileage of Ejin Horo Banner?")
    assert not result.refused and "4,815 km" in result.answer


def test_a_price_asked_per_mu_of_another_kind_of_land_is_not_stated(assistant) -> None:
    # the guide's land prices are 工业用地价格: commercial land asked "多少一亩" is another kind of use
    result = assistant.ask("空港物流园区的商业用地基准价是多少一亩？")
    assert result.refused or "8.27" not in result.answer
    industrial = assistant.ask("空港物流园区的工业用地基准价是多少一亩？")
    assert "8.27 万元/亩" in industrial.answer


def test_a_table_line_without_a_colon_names_what_it_prices(assistant) -> None:
    # "——工商业用气 3.06 元/立方米": its words before the figure say it prices business gas
    result = assistant.ask("工商业用气多少钱一方？")
    assert not result.refused and "3.06 元/立方米" in result.answer
    # vehicle fuel (车用天然气) is a kind of use no line of the gas table prices
    vehicle = assistant.ask("伊旗车用天然气多少钱一方？")
    assert "3.06" not in vehicle.answer


def test_a_voltage_no_tier_is_set_for_is_not_priced_by_a_tariff_for_other_users(assistant) -> None:
    # the industrial table has no 35 kV tier; the strategic-emerging-industry price (no voltage, no
    # 工业 in its label) prices other users, not the factory asked about
    result = assistant.ask("我们厂要接35千伏的工业用电，电价一度多少钱？")
    assert "0.29" not in result.answer and "0.401" not in result.answer
    assert "0.401 元/度" in assistant.ask("我们厂要接110千伏的工业用电，电价一度多少钱？").answer


def test_a_fee_the_guide_never_names_is_not_answered_with_another_figure(assistant) -> None:
    # no provision names a connection fee: the gas price is no answer to it
    result = assistant.ask("工商业用户接天然气，开户费或接驳费是多少？")
    assert "3.06" not in result.answer
    # a fee the guide names in its own words ("电费" is 电价; "保费" is written) is still answered
    assert not assistant.ask("工商业气费多少钱一方？").refused


def test_an_english_fee_the_guide_never_names_is_not_stated_and_one_it_names_is_answered(assistant) -> None:
    # no provision names an application fee (申请费, 申报费)
    result = assistant.ask("How much is the application fee to be recognised as a high-level talent under 英才兴蒙?")
    assert result.refused or not any(p.answered for p in result.parts if p.slot == "amount")
    # "sewage treatment fee" is one glossary word (污水处理费), which the water prices state
    water = assistant.ask("What is the sewage treatment fee included in the industrial water price?")
    assert not water.refused and "1.4" in water.answer
    # "charge" as a verb names no fee
    heating = assistant.ask("What does the banner charge for residential heating per square metre?")
    assert not heating.refused and "14.5" in heating.answer


def test_who_interprets_a_document_is_read_from_its_closing_article(assistant) -> None:
    # the provision found for the first part names no interpreter; "第十二条 本政策由鄂尔多斯市人民政府负责解释" does
    result = assistant.ask("Ordos fuel-cell vehicle subsidy policy: until when is it valid, and who interprets it?")
    department = next(p for p in result.parts if p.slot == "department")
    assert department.answered and "鄂尔多斯市人民政府负责解释" in department.answer_line


def test_a_later_part_naming_nothing_asks_of_the_subject_before_it(assistant) -> None:
    # no provision states the angel fund's size, so "单个项目最多投多少" is not the technology-upgrade cap
    result = assistant.ask("鄂尔多斯天使投资基金总规模多大？单个项目最多投多少？")
    assert result.refused and "500 万元" not in result.answer
    # the part before found nothing, but the provision answering the later part is about its subject: kept
    upgrade = assistant.ask("制造业技改项目按设备投资的多少比例补助？单个项目最多多少？")
    assert not upgrade.refused and "20%" in upgrade.answer and "500 万元" in upgrade.answer


def test_a_size_bracket_is_no_count_to_multiply(assistant) -> None:
    # "100到3000头的养殖场" is which farms, not 3,000 of anything: 600万元 × 3000 is no answer
    result = assistant.ask("奶业生产能力整县推进项目里，100到3000头的养殖场每头奶牛补贴多少？")
    assert not result.calculations and "180亿" not in result.answer


def test_letters_listed_are_each_answered_by_their_figure(assistant) -> None:
    result = assistant.ask("刚性引进A、B、C类人才的用人单位，分别最高奖多少引才资助？")
    assert [p.answered for p in result.parts] == [True, True, True]
    assert all(figure in result.answer for figure in ("200 万元", "150 万元", "50 万元"))


def test_english_asks_after_a_colon_are_all_of_what_it_names(assistant) -> None:
    result = assistant.ask(
        "Ejin Horo flexible recruitment of A/B/C talent: what share of the talent's pay is subsidised, "
        "what's the per-person cap a year, and for how many years?"
    )
    assert [p.answered for p in result.parts] == [True, True, True]
    assert "30%" in result.parts[0].answer_line and "300,000 yuan" in result.parts[1].answer_line
    assert "5 years" in result.parts[2].answer_line


def test_a_measure_asked_is_stated_by_its_figure_not_its_word(assistant) -> None:
    # "年交易量要到多少": the guide writes "对新建年交易农畜产品 10 万吨以上的…", not 交易量
    result = assistant.ask("新建农畜产品冷链物流园，年交易量要到多少才能拿补贴？补多少？")
    assert not result.refused and "10 万吨" in result.answer and "200 万元" in result.answer
    # ...but the measure's stem is still asked: no investment threshold is stated for the guidance fund
    assert assistant.ask("申请自治区重点产业发展引导基金的项目，最低投资额要多少？").refused


def test_when_a_document_starts_is_read_from_its_closing_article(assistant) -> None:
    # "本政策自发布之日起执行" closes the power-trading measures (405 号); the search for the measures
    # finds their provisions, not that article, which states when they start
    result = assistant.ask("内工信经运字〔2022〕405号这个电力交易政策哪天起执行？")
    assert not result.refused
    assert "自发布之日起执行" in result.answer and "p2.i4.d1.i3.i3" in cited_ids(result)
    # when it ends the guide does not state: that is still refused, not answered by its start
    assert assistant.ask("内工信经运字〔2022〕405号这个电力交易政策有效期到哪一年？").refused
    # a document dated in its opening ("执行期限为 2022—2025 年") gives its end to a provision found without it
    stored = assistant.ask("新建果蔬冷藏保鲜库每立方米补多少钱？这个政策执行到哪年？")
    assert stored.parts[1].answered and "2025" in stored.parts[1].answer_line and "p3.s1.g3.d4.c1" in cited_ids(stored)


def test_a_later_part_asks_the_rest_of_the_heading_just_answered(assistant) -> None:
    # "——蒙西电网战略性新兴产业电价" gives its price in one clause and the industries it supports in the next
    result = assistant.ask("蒙西电网战略性新兴产业电价是多少？支持哪些行业？")
    assert [p.answered for p in result.parts] == [True, True]
    assert "0.29" in result.parts[0].answer_line and "光伏新材料" in result.parts[1].answer_line
    assert cited_ids(result) == ["p1.i2.i5.i4.c1", "p1.i2.i5.i4.c2"]


def test_a_key_word_after_a_preposition_is_no_compound(assistant) -> None:
    # "在城镇连续居住多久": 城镇 is the key, stated as "在我旗城镇、建制镇连续居住 6个月以上"
    result = assistant.ask("伊旗就业人员的户籍政策，在城镇连续居住多久可以落户？")
    assert not result.refused and "6个月" in result.parts[0].answer_line
    assert cited_ids(result)[0] == "p4.g4.d1.i3.i5"


def test_the_tiers_asked_of_a_kind_of_user_are_that_kinds_tariff(assistant) -> None:
    # "households" are 居民: the household table's tiers, not the industrial one that states "1KV" as well
    result = assistant.ask("For households on 1–10 kV supply, what are the three electricity tiers?")
    assert cited_ids(result) == ["p1.i2.i5.i1.c1"]
    assert all(f in result.parts[0].answer_line for f in ("0.405", "0.455", "0.705"))


def test_when_a_document_was_issued_is_the_date_it_closes_with(assistant) -> None:
    # the announcement ends "财政部 税务总局 国家发展改革委 / 2020 年 4 月 23 日": its issue date, not the day it applies from
    for question in ("延续西部大开发企业所得税政策的公告是什么时候发布的？",
                     "When was the Western Development income tax announcement issued?"):
        result = assistant.ask(question)
        assert "2020 年 4 月 23 日" in result.parts[0].answer_line and cited_ids(result) == ["p6.d1.i5"], question


def test_a_figure_asked_of_the_class_just_found_is_that_class_s_figure(assistant) -> None:
    # the catalogue puts 中国政府友谊奖获得者 in 领军人才（C 类）; the city pays C类 250 万元 安家补贴
    result = assistant.ask("外籍专家拿过中国政府友谊奖，全职来鄂尔多斯算哪一类人才？安家补贴多少？")
    assert [p.answered for p in result.parts] == [True, True]
    assert "领军人才（C 类）" in result.parts[0].answer_line
    assert "领军人才（C类）：250 万元安家补贴" in result.parts[1].answer_line
    assert "300 万元" not in result.parts[1].answer_line  # the other classes' figures stay in the quote below
    assert "人才类别" not in result.answer  # no calculator asks for the class the answer found
    english = assistant.ask("A foreign expert who won the Chinese Government Friendship Award moves to Ordos full-time. "
                            "Which class is that, and what settling-in subsidy comes with it?")
    assert english.parts[1].answered and "2,500,000 yuan" in english.parts[1].answer_line


def test_a_figure_asked_of_one_item_of_a_respective_list_is_its_own(assistant) -> None:
    # 对全职引进的 B类、C类、D类人才分别给予最高 300 万元、200 万元、80 万元安家补贴 (the banner)
    result = assistant.ask("伊旗全职引进D类人才，安家补贴最高多少？")
    assert "D类：最高80 万元安家补贴" in result.parts[0].answer_line
    assert "300 万元" in result.answer  # the list itself is quoted as evidence


def test_a_fee_asked_is_not_answered_by_a_provision_stating_no_fee(assistant) -> None:
    # the guide sets the energy-saving review's policy for feedstock energy, but no review fee
    result = assistant.ask("新上的原料用能项目去做节能审查，审查费怎么收，收多少？")
    assert result.refused
    result = assistant.ask("110千伏工业电费多少？")  # a price stated is a fee stated
    assert not result.refused and "0.401" in result.answer


def test_a_class_asked_is_told_by_a_catalogue_item(assistant) -> None:
    # not by the clause that only names the catalogue ("附件：鄂尔多斯市高层次人才分类目录")
    result = assistant.ask("国医大师要是来鄂尔多斯，按高层次人才分类目录能认定为哪一类人才？")
    line = result.parts[0].answer_line
    assert "杰出人才（B 类）" in line and "国医大师" in line
    assert "附件" not in line


def test_a_kind_of_business_asked_is_no_talent_class() -> None:
    assert asks_class("按伊旗人才分类目录我算哪一类？") and asks_class("Which class am I in Ordos's catalogue?")
    assert not asks_class("伊旗光伏产业链以商招商主要想引进哪类企业？")


def test_a_class_asked_of_a_provincial_honour_is_the_provincial_item(assistant) -> None:
    # the city's catalogue: 国家自然科学基金重大项目第一负责人 is B类; 省级自然科学基金“重大项目”…第一负责人 is E类
    result = assistant.ask("我主持过省级自然科学基金重大项目，已经结题验收了，按鄂尔多斯的目录算哪一类人才？")
    line = result.parts[0].answer_line
    assert "高级人才（E 类）" in line and "省级自然科学基金" in line


def test_an_english_part_pointing_back_asks_of_the_thing_it_names(assistant) -> None:
    # "…and what does water cost them per tonne?": "them" are the industrial users; the part asks the water
    # price ("工商业用水：10.4 元/吨"), not the gas price the part before asked
    result = assistant.ask("What do industrial users pay for natural gas, and what does water cost them per tonne?")
    assert not result.refused and len(result.parts) == 2
    assert "3.06" in result.parts[0].answer_line
    assert "10.4" in result.parts[1].answer_line and result.parts[1].answered


def test_the_period_asked_of_a_document_named_by_a_rare_word_is_that_documents(assistant) -> None:
    # "本方案政策措施自发布之日起 30 日后施行" closes the city's 科技兴蒙 plan; the beef-cattle measures' 2022—2025 is
    # another document's period
    for question in ("When do Ordos's 科技兴蒙 (Keji Xingmeng) implementation measures take effect?",
                     "How long after publication do Ordos's 'Keji Xingmeng' implementation measures take effect?"):
        result = assistant.ask(question)
        assert "30 日后施行" in result.answer and "2022—2025" not in result.answer, question


def test_english_names_of_inclusive_loans_and_small_firms_reach_the_guide_s_words(assistant) -> None:
    # "对辖区内金融机构当年投向伊金霍洛旗中小微企业…普惠金融类贷款，按照一个百分点的利差每年安排 1000 万元进行补贴"
    result = assistant.ask("How much does Ejin Horo set aside each year to subsidise inclusive loans to small firms?")
    assert not result.refused and "1000 万元" in result.answer and "10,000,000 yuan" in result.answer


def test_english_names_of_available_fiscal_resources_and_a_special_purpose_vehicle_reach_the_guide_s_words(assistant) -> None:
    # "每年将 80%以上的可用财力用于保障和改善民生"
    result = assistant.ask("What share of its available fiscal resources does the banner put into people's livelihoods every year?")
    assert not result.refused and "80%" in result.parts[0].answer_line
    # "货车、挂车、专用作业车、轮式专用机械车车船税适用税额按照现行车船税适用税额的 50%征收"
    result = assistant.ask("Our special-purpose work vehicle's vehicle and vessel tax at the standard applicable amount would be "
                           "1,800 yuan a year. What would we actually pay under the region's reduction?")
    assert any(c.result == "900" for c in result.calculations)


def test_a_modal_after_one_off_is_no_word_of_performance(assistant) -> None:
    # "一次性能补助多少": 一次性 and 能, not 一次 and 性能 (a rare word no clause states)
    result = assistant.ask("我们企业研发的1类创新药拿到了国家批准文号并实现了产业化，自治区一次性能补助多少？")
    assert not result.refused and "20%" in result.parts[0].answer_line
    assert any("获得国家批准文号" in c.text for c in result.citations)


def test_a_question_whose_phrase_a_clause_writes_is_not_refused_near_the_floor(assistant) -> None:
    # the banner's profile: "人均公园绿地面积达 51 平方米", a long clause a short question is far from
    result = assistant.ask("人均公园绿地面积多少？")
    assert not result.refused and "51 平方米" in result.parts[0].answer_line


def test_a_period_a_document_s_title_gives_is_not_a_target_year(assistant) -> None:
    # "内蒙古自治区加快推进跨境电子商务发展行动计划（2022-2025 年）", not "2022 年底前，基本完成…"
    result = assistant.ask("内蒙古跨境电商行动计划的执行期是哪几年？")
    line = result.parts[0].answer_line
    assert "执行期2022-2025年" in line and "年底前" not in line


def test_a_period_stated_in_a_document_s_closing_article_is_cited(assistant) -> None:
    # "第十三条 本政策自发布之日起施行，有效期至 2025 年 12 月 31 日" dates the whole fuel-cell policy
    result = assistant.ask("Who interprets Ordos's subsidy policy for the Shanghai city-cluster fuel-cell vehicle demonstration, "
                           "and until when is it valid?")
    line = result.parts[1].answer_line
    assert "自发布之日起至2025年12月31日" in line
    assert any("有效期至 2025 年 12 月 31 日" in c.text for c in result.citations)


def test_a_later_part_naming_its_own_institution_is_answered_from_its_provision(assistant) -> None:
    # "对市人民政府主导组建的新型研发机构，建设初期可通过“一事一议”给予最多 5年、最高 2亿元经费支持"
    result = assistant.ask("What's the most Ordos gives a well-known university or research institute for setting up a graduate "
                           "school or R&D branch in the city, and how much can a new-type R&D institution led by the municipal "
                           "government get in its early years?")
    assert "1亿元" in result.parts[0].answer_line
    assert result.parts[1].answered and "2亿元" in result.parts[1].answer_line


def test_a_full_chain_output_is_the_whole_industry_chain_s(assistant) -> None:
    # "全产业链总产值达到 50 亿元以上", not a township's leading-industry output
    result = assistant.ask("What full-chain output must a leading industry reach for a national specialty industry cluster?")
    assert "50 亿元" in result.parts[0].answer_line


def test_a_figure_asked_of_a_subsidy_the_guide_is_found_not_to_give_is_not_quoted(assistant) -> None:
    # the guide pays no premium subsidy for low-altitude commercial insurance: the agricultural premium rates answer nothing
    result = assistant.ask("Does Inner Mongolia subsidise premiums for low-altitude commercial insurance, and at what rate?")
    assert result.refused and "6%" not in result.answer
    # a drone take-off site is paid nothing per site: an intern's living allowance "按每人每月" is no answer
    result = assistant.ask("我们想在伊旗建一个无人机起降场，政府按每个多少钱给补贴？")
    assert result.refused and "2000 元" not in result.answer


def test_a_trial_period_asked_is_the_document_s_trial_article(assistant) -> None:
    # "本政策自发布之日起试行，试行期一年" closes the banner's new-energy and new-materials talent policy
    for question in ("伊旗新能源新材料人才支持政策试行期多久？",
                     "How long is Ejin Horo's policy supporting new-energy and new-materials talent on trial, and which bureau "
                     "interprets it?"):
        result = assistant.ask(question)
        assert result.parts[0].slot == "validity" and "试行期一年" in result.parts[0].answer_line, question


def test_how_fast_figures_grew_is_a_rate_asked_of_the_provision_answered(assistant) -> None:
    # "城乡常住居民人均可支配收入达到 60840 元、27042 元，分别增长 4.4%和 7.8%": one clause answers both parts
    result = assistant.ask("What are Ejin Horo's per-capita disposable incomes for urban and rural residents, and how fast did each "
                           "grow?")
    assert result.parts[1].slot == "percentage" and len(result.citations) == 1 and "7.8%" in result.answer


def test_what_a_named_standard_is_asked_is_the_sentence_saying_what_it_is(assistant) -> None:
    # "“四科”标准科技型中小企业（即每个科技企业要拥有关键核心技术的科技产品、科技人员占比大于 60%…）", not "催生一批“四科”
    # 标准科技型中小企业"
    result = assistant.ask("自治区说的“四科”标准科技型中小企业具体是什么标准？")
    assert "科技人员占比大于 60%" in result.parts[0].answer_line


def test_who_leads_asked_is_answered_by_the_units_a_bracket_names_as_leading_first(assistant) -> None:
    # "(牵头单位:市人力资源和社会保障局、市科学技术局;责任单位:市能源局、市财政局…)"
    for question in ("In Ordos's hydrogen measures, which agencies lead the training of hydrogen professionals?",
                     "鄂尔多斯氢能培养专业人才由哪些部门牵头？"):
        line = assistant.ask(question).parts[0].answer_line
        assert "牵头单位为市人力资源和社会保障局、市科学技术局；责任单位为" in line, question


def test_the_whole_period_of_a_reward_named_by_any_word_is_the_provision_s_years(assistant) -> None:
    # "自实现销售收入年度起，5年内按销售收入的 5%给予奖补，每年最高奖补 500 万元": the whole reward period is five years
    result = assistant.ask("Our ferroalloy plant turns submerged-arc furnace gas into chemicals with zero carbon emissions and sells "
                           "60 million yuan of product a year. How much could it receive over the whole reward period?")
    assert [c.result for c in result.calculations] == ["15000000"]


def test_a_sum_over_years_asked_before_a_yearly_ask_is_summed_of_its_own_part(assistant) -> None:
    # "对鄂尔多斯国家农业科技园区连续 5年、每年安排不低于 1000 万元" over the run asked; the commissioners' yearly sum is another
    # part's, and a laboratory's minimum asked after the total sums nothing of the laboratory
    result = assistant.ask("At minimum, how much does Ordos spend on the national agricultural science and technology park across "
                           "the five-year run, and how much each year goes to technology commissioners?")
    assert [c.result for c in result.calculations] == ["50000000"]
    result = assistant.ask("A regional technology innovation centre gets a yearly subsidy for five years. At the minimum, what does it "
                           "add up to in total, and what is the yearly minimum for a regional engineering research centre?")
    assert [c.result for c in result.calculations] == ["25000000"] and "200 万元" in result.parts[1].answer_line


def test_what_a_yearly_figure_could_total_over_a_contract_is_summed_over_its_years(assistant) -> None:
    # "签订 3年以上聘用合同的，最高给予年薪 60 万元（税前）支持" over a 4-year contract
    result = assistant.ask("A Peking University graduate signs a 4-year teaching contract in Ejin Horo at the top annual salary "
                           "support. What is the most that support could total over the contract?")
    assert result.parts[0].slot == "amount" and [c.result for c in result.calculations] == ["2400000"]


def test_a_place_in_a_ranking_counts_no_items(assistant) -> None:
    # "国内前 50 名荷斯坦奶牛的育种企业每头奖励 100 万元": "top 50" is the rank, not fifty bulls
    result = assistant.ask("Two of our Holstein bulls made China's top 50 this year. What is our total reward under the regional dairy "
                           "measures?")
    assert not any("× 50" in step for c in result.calculations for step in c.steps)


def test_whether_an_age_limit_applies_is_answered_only_by_an_age_the_guide_states(assistant) -> None:
    # the guide pays for hiring retired engineers but states no age limit for them
    for question in ("Is there an age limit for a retired engineer hired under Ejin Horo's talent measures?",
                     "伊旗引进退休工程师有没有年龄限制？"):
        result = assistant.ask(question)
        assert result.refused and "15 万元" not in result.answer, question


def test_a_relief_of_another_tax_does_not_answer_the_tax_asked(assistant) -> None:
    # "对月销售额不超过 3万元（按季 9万元）的小规模纳税人免征房产税、城镇土地使用税": no VAT threshold
    result = assistant.ask("Up to what monthly sales are small-scale taxpayers exempt from VAT?")
    assert result.refused and "3万元" not in result.answer
    result = assistant.ask("Up to what monthly sales are small-scale taxpayers exempt from property tax?")
    assert not result.refused and "3万元" in result.answer


def test_a_bare_kind_of_a_document_titled_before_is_that_document(assistant) -> None:
    # "制定《战略性新兴产业目录》（以下简称《目录》)…自治区工业和信息化主管部门可根据产业发展情况对《目录》进行动态调整"
    result = assistant.ask("《战略性新兴产业目录》包括多少个行业？目录由谁调整？")
    assert "自治区工业和信息化主管部门" in result.parts[1].answer_line


def test_the_documents_a_provision_stops_are_asked_by_their_numbers(assistant) -> None:
    # "（财税〔2011〕58 号）、…（财税〔2013〕4 号）中的企业所得税政策规定自 2021 年 1 月 1 日起停止执行"
    result = assistant.ask("延续西部大开发企业所得税政策的公告实施后，哪两个文件停止执行？文号是什么？")
    line = result.parts[-1].answer_line
    assert "财税〔2011〕58 号" in line and "财税〔2013〕4 号" in line


def test_two_kinds_of_money_asked_as_one_amount_are_added_up(assistant) -> None:
    # "对其年龄达到 70 周岁以上的父母每人每年给予 1000 元养老补贴，对其年龄不满三周岁的子女每人每年给予 1000 元托幼补贴"
    result = assistant.ask("我是伊旗旗级人才评选项目入选者，管理期内全职工作。我爸妈都72岁，孩子1岁，一年能领多少养老和托幼补贴？")
    assert [c.result for c in result.calculations] == ["3000"]


def test_which_level_of_government_issued_a_document_is_the_level_the_guide_files_it_under(assistant) -> None:
    result = assistant.ask("Which level of government issued Ordos's five-year action plan for industrial funds, and what years "
                           "does it cover?")
    assert result.parts[0].answer_line.startswith("Issuing level: Ordos city") and "2024—2028" in result.parts[1].answer_line
    result = assistant.ask("延续西部大开发企业所得税政策的公告从哪天开始执行？是哪一级发布的？")
    assert "关于延续西部大开发企业所得税政策的公告：国家级政策" in result.parts[1].answer_line


def test_who_does_an_action_of_two_characters_may_be_named_well_before_it(assistant) -> None:
    # "新能源平衡补偿具体办法由自治区电力市场主管部门…在现货市场机制中明确": "定" of "一定" names no one's doing
    result = assistant.ask("新能源平衡补偿的具体办法由谁来定？")
    assert "自治区电力市场主管部门" in result.parts[0].answer_line


def test_the_tax_a_document_s_title_names_is_not_the_tax_asked_under_it(assistant) -> None:
    # the Western Development announcement sets a corporate income tax rate; it says nothing of VAT
    result = assistant.ask("Under the Western Development corporate income tax announcement, what VAT reduction do "
                           "encouraged-industry companies get?")
    assert result.refused and "15%" not in result.answer


def test_what_price_a_tariff_has_at_a_voltage_it_lists_no_tier_for_is_not_stated(assistant) -> None:
    # "农业生产用电 不满 1千伏：0.288 元/度；1-10 千伏：0.2810 元/度": no 110 kV tier, and the industrial table is another
    result = assistant.ask("工业用电220千伏以上是0.394，那农业生产用电110千伏是什么价？")
    assert result.refused and "0.401" not in result.answer
    result = assistant.ask("农业生产用电1-10千伏是什么价？")
    assert result.parts[0].slot == "price" and "0.2810" in result.answer


def test_when_a_figure_was_set_is_a_time_no_figure_states(assistant) -> None:
    # the guide gives the banner's industrial land benchmark prices, not when they were set
    result = assistant.ask("When was the industrial land benchmark price in Ejin Horo set?")
    assert result.refused and "6.53" not in result.answer


def test_who_draws_up_a_catalogue_asked_in_english_is_the_doer_of_the_guide_s_verb(assistant) -> None:
    # "《西部地区鼓励类产业目录》由发展改革委牵头制定"
    result = assistant.ask("Which body draws up the Catalogue of Encouraged Industries in the Western Region?")
    assert "由发展改革委牵头制定" in result.parts[0].answer_line


def test_a_rent_asked_by_the_month_is_not_a_land_price(assistant) -> None:
    # "基准价格：…空港物流园区 8.27 万元/亩" is paid once for land, no monthly rent per square metre
    result = assistant.ask("What monthly rent per square metre does Ejin Horo's Airport Logistics Park charge logistics companies "
                           "for warehouse space?")
    assert result.refused and "8.27" not in result.answer


def test_an_input_taken_after_deducting_an_amount_is_the_one_less_the_other(assistant) -> None:
    # "直接费用扣除设备费后，500 万元以下（包括 500 万元）部分的间接费用最高可提高到 30%…"
    result = assistant.ask("Our university runs a regional science project in Inner Mongolia with 18 million yuan of direct costs, "
                           "3 million of which is equipment. Under the 科技兴蒙 measures, what is the maximum indirect cost allowed?")
    [calculation] = result.calculations
    assert calculation.result == "3750000" and calculation.steps[0] == "直接费用扣除设备费后的金额：1800万元 − 300万元 = 1500万元"


def test_a_seconded_science_vice_president_is_the_guide_s_keji_fuzong(assistant) -> None:
    # "支持高校院所选派科技人才到企业挂职“科技副总”": no monthly allowance is stated for it
    result = assistant.ask("When a university scientist in Ordos is seconded to a company as 'science and technology "
                           "vice-president', what monthly allowance does he get?")
    assert result.refused and "1500" not in result.answer


def test_usable_fiscal_resources_are_the_guide_s_keyong_caili(assistant) -> None:
    # "每年将 80%以上的可用财力用于保障和改善民生"
    result = assistant.ask("What share of its usable fiscal resources does the banner spend on livelihoods each year?")
    assert not result.refused and "80%" in result.parts[0].answer_line


def test_each_band_of_a_tiered_provision_a_part_asks_is_computed_for_that_part(assistant) -> None:
    # "技术转让所得不超过 500 万元的部分免征企业所得税，超过部分减半征收"
    result = assistant.ask("Our resident company earned 800万元 from a technology transfer this tax year. How much of that is "
                           "fully exempt from corporate income tax, and how much is taxed at half?")
    assert [(c.result, c.part) for c in result.calculations] == [("5000000", 0), ("3000000", 1)]
    # (a question asking no band gets the taxable part of the whole)
    [whole] = assistant.ask("我们公司今年技术转让所得800万元，应纳税所得额是多少？").calculations
    assert whole.result == "1500000"


def test_when_a_document_was_signed_and_by_whom_is_its_closing_line(assistant) -> None:
    # "特此公告。 财政部 税务总局 国家发展改革委 2020 年 4 月 23 日"
    result = assistant.ask("西部大开发企业所得税那个公告，是哪几个部门联合发的？文号多少、哪天发的？")
    assert "2020 年 4 月 23 日" in result.parts[-1].answer_line
    result = assistant.ask("When was the Western Development corporate income tax announcement signed, and by whom?")
    assert "2020 年 4 月 23 日" in result.parts[0].answer_line
    assert "财政部 税务总局 国家发展改革委" in result.parts[1].answer_line and "财税〔2011〕" not in result.parts[1].answer_line


def test_the_documents_a_notice_stopped_are_the_ones_it_cites_not_its_own_number(assistant) -> None:
    # "《…》（财税〔2011〕58 号）、《…》（财税〔2013〕4 号）中的企业所得税政策规定自 2021 年 1 月 1 日起停止执行"
    result = assistant.ask("From when does the Western Development CIT announcement apply, and which two earlier notices' CIT "
                           "provisions did it stop?")
    line = result.parts[-1].answer_line
    assert "财税〔2011〕58 号" in line and "2020 年第 23 号" not in line


def test_whether_a_thing_counts_as_a_term_the_guide_defines_is_its_definition(assistant) -> None:
    # "本公告所称西部地区包括内蒙古自治区、广西壮族自治区…"
    for question in ("Does Inner Mongolia count as part of the western region for the 15% CIT policy?",
                     "内蒙古算不算西部大开发政策里的西部地区？"):
        line = assistant.ask(question).parts[0].answer_line
        assert "所称西部地区包括内蒙古自治区" in line, question
    # (a term naming only what else is asked is not: "which companies qualify for the western-region rate")
    line = assistant.ask("Which companies qualify for the 15% western-region corporate income tax rate?").parts[0].answer_line
    assert "所称西部地区" not in line


def test_a_search_settled_on_one_document_reads_its_article_stating_the_key(assistant) -> None:
    # "第十二条…在做出正式审核决定前，需经过…不少于 5个工作日的公示": an article the search ranks below the five shown
    result = assistant.ask("Under the interim measures on the illness and disability allowance, for how many working days "
                           "must an approval be publicly posted?")
    assert not result.refused
    assert "5 working days" in result.parts[0].answer_line
    assert "p4.g1.d3.i12" in cited_ids(result)
    # (a question telling its own case names no article by it: the tech-upgrade subsidy is not the drug article that
    # also writes 总投资)
    result = assistant.ask("Completed manufacturing tech-upgrade project, RMB 30 million total investment, of which RMB 15 million "
                           "was equipment this year. How big is the subsidy?")
    assert "p3.s2.g2.d1.i1.i8" not in cited_ids(result)


def test_the_sentence_before_a_figure_says_whose_money_it_is(assistant) -> None:
    # "中央财政资金通过以奖代补方式予以适当支持。2023 年国家产业强镇采取批准建设时补助 300 万元，通过认定再奖补 700 万元"
    result = assistant.ask("How much central funding does a newly approved national agricultural industry strong town receive in 2023?")
    assert not result.refused and "300 万元" in result.parts[0].answer_line
    # (a sentence naming a recipient of its own is another grant: "…创业贴息补贴优惠政策。对于…给予 1万元一次性创业补贴")
    result = assistant.ask("我是伊旗的牧民，贷了40万元，贷两年，旗里贴息一共能贴多少？")
    assert "创业补贴" not in result.answer


def test_an_english_line_states_every_figure_its_parts_ask_of_one_provision(assistant) -> None:
    # "自治区每年分别对呼包鄂三市国家高新技术产业开发区给予 5000 万元支持，连续支持 5年"
    result = assistant.ask("Under the Science and Technology Revitalising Inner Mongolia measures, what does each of the Hohhot, "
                           "Baotou and Ordos high-tech zones get a year, and for how long?")
    assert [p.slot for p in result.parts] == ["amount", "duration"]
    assert any("50,000,000 yuan; 5 years" in line for line in result.answer.splitlines())


def test_the_guide_s_flight_service_support_system_is_no_flight_to_book(assistant) -> None:
    # "鼓励地方人民政府、国有企业和社会资本参与飞行服务保障体系建设"
    result = assistant.ask("Who is encouraged to take part in building the flight service support system?")
    assert not result.refused and "飞行服务保障体系" in result.parts[0].answer_line
    assert assistant.ask("Can you book me a flight to Ordos?").refused


def test_the_difference_of_two_items_of_a_list_paid_item_by_item(assistant) -> None:
    # "对新认定的自治区级中小企业特色产业集群和国家级中小企业特色产业集群分别给予300万元、500万元一次性资金奖补"
    for question in ("How much more does Inner Mongolia pay for a newly recognised national SME specialty industrial cluster "
                     "than for a regional-level one?", "新认定的国家级中小企业特色产业集群比自治区级的多奖多少钱？"):
        result = assistant.ask(question)
        assert not result.refused, question
        assert [(c.tool, c.result) for c in result.calculations] == [("difference", "2000000")], question
    # "对新认定为国家级、自治区级工业设计中心的，分别给予 100 万元、50 万元": an item named by its level
    [difference] = assistant.ask("How much more is the award for a new national industrial design centre than for a "
                                 "regional one?").calculations
    assert difference.result == "500000"


def test_who_writes_a_documents_detailed_rules_is_asked_of_that_document(assistant) -> None:
    # "具体办法由省级发展改革、税务部门另行制定" (the western-development notice's fourth article)
    for question in ("If the tax office can't tell whether a firm's main business is an encouraged industry, what can it do, "
                     "and who sets the detailed procedure?",
                     "西部大开发企业所得税政策，税务机关判断不了主营业务是不是鼓励类产业怎么办？具体办法由谁定？"):
        result = assistant.ask(question)
        assert "具体办法由省级发展改革、税务部门另行制定" in result.parts[-1].answer_line, question
    # ("新能源平衡补偿具体办法由自治区电力市场主管部门根据市场实际运行情况在现货市场机制中明确": the rules' writer, in another verb)
    result = assistant.ask("Who interprets the new-energy balancing compensation policy, and who sets the detailed method?")
    line = result.parts[-1].answer_line
    assert "具体办法由自治区电力市场主管部门" in line
    # "落款日期" asks the date the notice closes with, not who signed it
    line = assistant.ask("延续西部大开发企业所得税政策的公告是哪几个部门联合发的？落款日期是哪天？").parts[-1].answer_line
    assert "2020 年 4 月 23 日" in line


def test_an_item_of_the_list_that_fits_best_answers_when_it_names_the_thing_asked(assistant) -> None:
    # "（一）对《目录》内光伏新材料及应用（不含单晶硅、多晶硅）…数据中心…新能源交易比例上限提高至 58%" beside "（二）对《目录》内单晶硅、
    # 多晶硅用电企业，新能源交易比例上限提高至42%", which scores higher
    line = assistant.ask("数据中心用电企业新能源交易比例上限提到多少？").parts[0].answer_line
    assert "58%" in line and "42%" not in line


def test_a_length_or_a_surcharge_the_guide_never_states_is_refused(assistant) -> None:
    # the guide states no rainfall: a figure in other units ("连续五年设立 1亿元…") answers no "多少毫米"
    assert assistant.ask("伊金霍洛旗年平均降水量是多少毫米？").refused
    # "工商业用水：10.4 元/吨" is the price itself, no charge on top of it for water above the quota
    assert assistant.ask("For industrial and commercial water in Ejin Horo, how much extra per tonne is charged for water "
                         "used above the allotted quota?").refused
    assert "10.4" in assistant.ask("工商业用水多少钱一吨？").parts[0].answer_line


def test_a_grade_the_provisions_list_does_not_name_gets_none_of_its_figures(assistant) -> None:
    # "…取得初级（五级）、中级（四级）、高级（三级）职业资格证书…分别按 1000 元、1500 元、2000 元": no 技师（二级）
    assert assistant.ask("参加失业保险的职工取得技师（二级）职业资格证书，伊金霍洛旗给多少一次性技能提升补贴？").refused
    line = assistant.ask("参加失业保险的职工取得高级（三级）职业资格证书，能拿多少技能提升补贴？").parts[0].answer_line
    assert "2000" in line


def test_totals_over_an_accumulated_run_and_two_kinds_of_semen(assistant) -> None:
    # "市财政每年安排 5000 万元支持鄂尔多斯高新技术产业开发区引进孵化项目" over the three-year action
    result = assistant.ask("鄂尔多斯高新区提质升级三年行动期间，市财政用于支持高新区引进孵化项目的资金累计有多少？")
    assert [c.result for c in result.calculations] == ["150000000"]
    # "使用奶牛性控冻精每头补贴 120 元；使用奶羊冻精每只补贴 60 元": 500 × 120 + 200 × 60
    result = assistant.ask("我们奶牛场今年用性控冻精配种500头奶牛，奶羊用冻精配种200只，按自治区政策能拿多少良种补贴？")
    assert [c.result for c in result.calculations] == ["72000"]


def test_a_named_class_and_a_talent_service_base_are_the_guides_own(assistant) -> None:
    # "冠名班、订单班每班不低于30 人…按实际到合作企业就业人数给予院校经费补贴，标准为 1000 元/人"
    result = assistant.ask("We run a 40-student sponsored (named) class with a college in Ejin Horo; 38 graduates sign employment "
                           "contracts with us. How much will the college receive under the banner's school-enterprise policy?")
    assert [c.result for c in result.calculations] == ["38000"]
    # "集中打造青青客舍、人才大厦等 12 万平米人才服务基地": its size is an area
    line = assistant.ask("How big is the talent service base Ejin Horo has built?").parts[0].answer_line
    assert "120,000 m²" in line and "1,000,000,000 yuan" not in line


def test_the_size_of_a_loan_is_answered_only_by_a_loan_stated(assistant) -> None:
    # "…给予 1万元一次性创业补贴" is a grant, "信用贷款按照实际贷款利率 50%予以贴息" a rate on a loan: neither sizes one
    assert assistant.ask("What's the maximum startup guaranteed loan a graduate can get in Ejin Horo?").refused
    assert assistant.ask("What's the maximum size of a credit loan that qualifies for the Ordos talent-startup interest "
                         "subsidy?").refused
    # "…重点对家庭农场…提供 10 万元—300万元的担保贷款"; "D类及以上人才贷款限额放宽到当期限额的 2倍" (a multiple of the limit)
    assert "300万元" in assistant.ask("家庭农场的担保贷款最多能贷多少？").parts[0].answer_line
    assert not assistant.ask("For a D-class high-level talent in Ordos buying a first home with a housing provident fund loan, how "
                             "much can the loan limit be raised?").refused


def test_a_calculators_result_is_one_item_of_a_sum_of_things_told(assistant) -> None:
    # "对再次获批或整体迁入伊金霍洛旗的国家高新技术企业给予20 万元奖补" and "…“小巨人”企业，在获得专项资金的基础上另外给予配套
    # 30%的资金支持" (the calculator's 30% of the 1 million told): 20万元 + 30万元
    result = assistant.ask("Our company, a national high-tech enterprise, moved its whole operation to Ejin Horo this year; it was "
                           "also newly recognised as a specialised 'little giant' and received 1 million yuan in special funds. "
                           "How much support can it get from the banner in total?")
    assert [(c.tool, c.result) for c in result.calculations] == [("total", "500000")]
    # (a thing told that no provision is found to pay leaves the calculator's result as it is)
    result = assistant.ask("我们是国家高新技术企业，今年整体迁入伊金霍洛旗，又新认定为专精特新“小巨人”企业，获得专项资金100万元，"
                           "旗里一共能给多少？")
    assert [c.result for c in result.calculations] == ["300000"]


def test_a_thing_the_asker_says_it_is_not_is_matched_as_the_guide_spaces_it(assistant) -> None:
    # "…RCEP 原产易腐货物和快件…争取实行 6小时内放行": the guide spaces "RCEP 原产", the asker may not
    assert assistant.ask("不是RCEP原产的普通进口货物，在口岸通关一般多久能放行？").refused
    assert "6小时" in assistant.ask("RCEP原产的易腐货物在口岸多久能放行？").parts[0].answer_line
