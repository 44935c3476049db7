"""Totals over the figures of the provisions a question is about, on the guide's own sentences."""

from decimal import Decimal

from assistant.answer.question import names_a_sum
from assistant.answer.totals import _apart, _count_before, _named, _named_en, _summed_noun, provision_terms, states_months
from assistant.models import AnswerResult, Calculation, Clause


def _clause(text: str) -> Clause:
    return Clause(
        clause_id="x", title_path=["x"], text=text, level=None, doc_title=None, doc_number=None,
        responsible_units=[], valid_from=None, valid_until=None, source_span=(0, len(text)), pages=[1],
    )


def _total(result: AnswerResult) -> Calculation | None:
    """The answer's sum, or None when it has none."""
    return next((c for c in result.calculations if c.tool == "total"), None)


def test_a_list_stated_with_respectively_pairs_items_and_figures() -> None:
    text = "对新获评国家级、自治区级、市级优秀医师或优秀护士的，分别给予 3 万元、2万元、1万元一次性奖励。"
    terms = provision_terms(_clause(text), text)
    assert [(t.item, t.role, t.yuan) for t in terms] == [
        ("国家级", "first", Decimal(30000)),
        ("自治区级", "middle", Decimal(20000)),
        ("市级优秀医", "last", Decimal(10000)),
    ]


def test_once_yearly_per_item_and_caps_are_told_apart() -> None:
    text = "对新批准成立的院士专家工作站，一次性给予 100 万元资助；建站后，按照投入和绩效，每年给予最高 50 万元运行补贴。"
    assert [(t.per, t.yuan) for t in provision_terms(_clause(text), text)] == [("once", Decimal(1_000_000)), ("year", Decimal(500_000))]
    text = "对获得特殊化妆品注册证的企业，每个品种给予一次性奖补50 万元，单个企业每年最高不超过 500 万元。"
    assert [(t.per, t.yuan) for t in provision_terms(_clause(text), text)] == [("item", Decimal(500_000))]  # the cap is no term


def test_a_total_adds_the_named_items_times_their_numbers(assistant) -> None:
    result = assistant.ask("我们医院今年有1名医生新评上国家级优秀医师，2名护士新评上自治区级优秀护士，一共能拿多少一次性奖励？")
    total = _total(result)
    assert total.result == "70000" and total.unit == "元"
    assert any("国家级" in s and "3万元" in s for s in total.steps) and any("自治区级" in s and "× 2" in s for s in total.steps)
    assert "7万元" in result.answer and total.clause_ids


def test_a_total_over_years_takes_the_period_the_provision_states(assistant) -> None:
    result = assistant.ask("自治区对呼包鄂的国家高新区每年给多少支持？鄂尔多斯高新区总共能拿多少？")
    total = _total(result)
    assert total.result == "250000000" and "× 5年" in total.steps[0]
    assert "2.5亿元" in result.answer


def test_per_item_figures_of_two_provisions_are_added_with_their_own_counts(assistant) -> None:
    result = assistant.ask("公司拿了2个特殊医学用途配方食品注册，又拿了3个特殊化妆品注册证，都有生产许可，一共能拿多少一次性奖补？")
    total = _total(result)
    assert total.result == "3500000"


def test_an_english_question_writing_listed_items_in_chinese_adds_only_those(assistant) -> None:
    # "绿城特别贡献奖、绿城突出贡献奖、绿城贡献奖…分别给予 15 万元、10 万元、5 万元": the two the asker writes, not the third
    # that its English shares words with
    result = assistant.ask("Two of our engineers won the banner's talent awards: one got the Lücheng Special Contribution Award "
                           "(绿城特别贡献奖), the other the Lücheng Contribution Award (绿城贡献奖). What do they receive in total?")
    total = _total(result)
    assert total is not None and total.result == "200000"


def test_workstations_counted_in_english_are_the_recipients_of_a_one_off_reward(assistant) -> None:
    # "对…人才工作站，建立并评估合格的，给予 20 万元一次性奖励" for three workstations
    result = assistant.ask("Three rural-revitalisation expert workstations in our banner passed evaluation. "
                           "What is their total one-off reward?")
    total = _total(result)
    assert total is not None and total.result == "600000" and "× 3" in total.steps[0]


def test_no_total_is_guessed_when_the_question_names_no_item_of_a_list(assistant) -> None:
    result = assistant.ask("优秀医师和优秀护士一共奖多少？")
    assert not any(c.tool == "total" for c in result.calculations)


def test_an_amount_given_through_a_run_of_years_is_yearly() -> None:
    text = "对专家型、卓越型、骨干型校园长，分别给予最高 15 万元、12万元、10 万元绩效奖励，连续支持 3 年。"
    assert {t.per for t in provision_terms(_clause(text), text)} == {"year"}
    once = "连续三年考核合格的，一次性给予 5 万元奖励。"
    assert [t.per for t in provision_terms(_clause(once), once)] == ["once"]


def test_a_yearly_list_item_is_added_up_over_the_stated_years(assistant) -> None:
    result = assistant.ask("我被评为伊旗卓越型校园长，绩效奖励连续支持3年，最多一共能拿多少？")
    assert result.calculations and result.calculations[0].result == "360000"
    assert "12万元 × 3年 = 36万元" in result.calculations[0].steps[0]


def test_figures_listed_after_as_many_items_pair_with_them_without_respectively() -> None:
    text = "对新取得或新引进的成熟社工按照高级、中级、初级社会工作者职业资格证书给予 5000 元、2000 元、1000 元一次性补助。"
    terms = provision_terms(_clause(text), text)
    assert [(t.item, t.role, t.yuan) for t in terms] == [
        ("高级", "first", Decimal(5000)), ("中级", "middle", Decimal(2000)), ("初级社", "last", Decimal(1000)),
    ]
    unlisted = "给予一次性奖励 10 万元，每年运行补贴 5 万元。"
    assert [t.item for t in provision_terms(_clause(unlisted), unlisted)] == ["", ""]


def test_the_figure_added_is_the_one_whose_own_words_the_question_names(assistant) -> None:
    result = assistant.ask("自治区对国家重点实验室每年支持不低于多少、连续几年？按最低标准五年一共多少？")
    assert result.calculations and result.calculations[0].result == "50000000"  # 1000 万元 × 5, not the 3000 万元 before it


def test_a_calendar_year_is_no_number_of_years_and_a_total_of_counts_is_no_sum_of_money(assistant) -> None:
    from assistant.answer.totals import _periods

    assert _periods("到2025年一共能拿多少？", "每年给予不低于 1000 万元支持", "year") is None
    assert _periods("前3年一共能拿多少？", "每年给予不低于 1000 万元支持", "year") == 3
    result = assistant.ask("到2025年，自治区级重点实验室和技术创新中心加起来要建多少家？")
    # the numbers of centres are added (165家 + 20家), no money
    assert [(c.tool, c.result, c.unit) for c in result.calculations] == [("total", "185", "家")]
    assert "亿元" not in result.answer.splitlines()[0]


def test_a_total_beside_a_part_asking_the_years_is_still_added(assistant) -> None:
    result = assistant.ask("自治区对国家级工程研究中心每年至少支持多少、连续几年？按最低标准五年加起来多少？")
    total = _total(result)
    assert total.result == "50000000" and "5000万元" in result.answer


def test_items_listed_in_an_earlier_stretch_of_the_sentence_pair_with_respectively() -> None:
    text = "对新获评的旗级特级教师、旗级正高级待遇教师、旗级副高级待遇教师或相当层次的人才，每年分别给予 2 万元、2 万元、1.5 万元奖励。"
    assert [(t.item[:9], t.yuan) for t in provision_terms(_clause(text), text)] == [
        ("旗级特级教师", Decimal(20000)), ("旗级正高级待遇教师", Decimal(20000)), ("旗级副高级待遇教师", Decimal(15000)),
    ]
    text = "设立“绿城特别贡献奖”“绿城突出贡献奖”“绿城贡献奖”，对获奖人才分别给予 15 万元、10 万元、5 万元一次性奖励。"
    assert [t.item for t in provision_terms(_clause(text), text)] == ["绿城特别贡献奖", "绿城突出贡献奖", "绿城贡献奖"]


def test_an_item_is_named_by_words_no_other_item_shares_and_not_by_a_counting_word() -> None:
    others = ["旗级正高级待遇教师", "旗级副高级待遇教师或"]
    assert _named("旗级特级教师", "first", "新评上的副高级待遇教师每年奖多少", others) == -1  # 教师 names every item
    assert _named("个人", "first", "有3个人获评个人，1个团队获评", ["团队"]) == 6


def test_a_yearly_list_item_the_question_names_is_counted_over_the_run_of_years(assistant) -> None:
    result = assistant.ask("我刚评上旗级副高级待遇教师，这个奖励连着拿3年的话一共多少？")
    total = _total(result)
    assert total.result == "45000" and "副高级" in total.steps[0] and "× 3年" in total.steps[0]


def test_each_listed_award_counts_as_often_as_the_question_says(assistant) -> None:
    result = assistant.ask("伊旗绿城奖，我们公司2人获绿城突出贡献奖、1人获绿城贡献奖，一共奖多少钱？")
    total = _total(result)
    assert total.result == "250000"
    assert any("突出贡献奖" in s and "× 2" in s for s in total.steps)


def test_one_figure_for_each_of_several_listed_items_counts_once_per_item_named(assistant) -> None:
    result = assistant.ask("市里新认定的星创天地和科技企业孵化器各一个，加起来最多奖补多少？")
    total = _total(result)
    assert total.result == "4000000" and "× 2" in total.steps[0]  # 对新认定的…孵化器、众创空间、星创天地…最高 200 万元


def test_a_figure_paid_per_project_counts_the_projects_stated_without_a_sum_asked(assistant) -> None:
    result = assistant.ask("英才兴蒙四类人才带的职业技能开发团队，申报了3个项目，科研经费最多多少？")
    total = _total(result)
    assert total.result == "1500000" and total.steps == ["按项目最高给予：50万元 × 3 = 150万元"]
    # a count the provision is not paid per makes no product
    result = assistant.ask("我们企业有3个车间，新获批国家高新技术企业奖多少？")
    assert not any(c.tool == "total" for c in result.calculations)


def test_a_one_off_grant_of_another_tier_the_question_names_is_added(assistant) -> None:
    result = assistant.ask("公司刚获批知识产权示范企业，同时通过知识产权贯标新认证，两项奖补一共最多多少？")
    total = _total(result)
    assert total.result == "700000" and len(total.steps) == 3  # 50万元 + 20万元, each with its own words


def test_a_one_off_grant_counts_once_for_each_recipient_the_question_counts(assistant) -> None:
    # "对入选国家科技领军人才计划的个人、团队一次性给予 50 万元奖励": two persons, twice
    result = assistant.ask("我们公司有三位科学家入选了国家科技领军人才计划，鄂尔多斯的一次性奖励加起来多少？")
    total = _total(result)
    assert total.result == "1500000" and "× 3" in total.steps[0]
    result = assistant.ask("Two of our engineers were selected for the national S&T leading-talent programme. "
                           "How much is the Ordos one-off reward for both of them together?")
    total = _total(result)
    assert total.result == "1000000"


def test_a_count_per_item_times_the_items_stated(assistant) -> None:
    # "每个示范旗县奖励 1000 万元", counted in English
    result = assistant.ask("Suppose two banners are picked as Inner Mongolia facility-livestock demonstration counties. "
                           "What is the reward money altogether?")
    total = _total(result)
    assert total.result == "20000000"


def test_numbers_of_items_are_added_up_like_money(assistant) -> None:
    # "每年择优遴选 150 个整村发展庭院经济示范村": a number of villages a year, over the years asked
    result = assistant.ask("庭院经济示范村自治区每年选多少个？连续选5年的话总共多少个村？")
    total = _total(result)
    assert (total.result, total.unit) == ("750", "个") and total.steps == ["每年择优遴选：150个 × 5年 = 750个"]


def test_a_run_of_years_in_english_counts_the_yearly_figure(assistant) -> None:
    result = assistant.ask("Ordos pays its municipal government S&T advisers a yearly comprehensive subsidy. "
                           "What is the most one adviser receives over a four-year appointment?")
    total = _total(result)
    assert total.result == "400000" and "× 4" in total.steps[0]


def test_an_english_quantity_in_the_counting_unit_paid_per_counts_the_items() -> None:
    from assistant.answer.totals import _items_in

    text = "对新购置新能源公交车的，每辆补贴 2 万元。"
    term = next(t for t in provision_terms(_clause(text), text) if t.per == "item")
    assert _items_in("We bought 5 vehicles for the bus line. How much in total?", term, text) == (5, "5")  # vehicles → 辆
    assert _items_in("我们买了5辆公交车，一共补多少？", term, text) == (5, "5")
    assert _items_in("How much in total for our buses?", term, text) is None  # no count stated: nothing computed


def test_a_recipient_cap_alone_in_its_tier_is_the_most_given_and_beside_a_payment_a_cap() -> None:
    text = ("引导生物医药企业加大研发投入，按照企业上年度研发投入强度及增量增幅给予奖补，单个企业每年最高奖补500 万元；"
            "对经认定的孵化平台，每进驻 1家企业，给予一次性奖补 20 万元，单个平台每年最高奖补 200 万元。")
    assert [(t.per, t.yuan) for t in provision_terms(_clause(text), text)] == [("year", Decimal(5_000_000)), ("once", Decimal(200_000))]


def test_a_figure_written_per_month_or_per_head_is_paid_per_month_or_per_item() -> None:
    text = ("市外高校院所选派的在校大学生到本市实习实践的，按每人 2000 元/月标准给予生活补贴，最长补贴 3个月。"
            "给予博士 5000 元/人一次性奖励。")
    assert [(t.per, t.yuan) for t in provision_terms(_clause(text), text)] == [("month", Decimal(2000)), ("item", Decimal(5000))]


def test_a_range_of_classes_is_a_list_of_items() -> None:
    text = "对培养新增的一至四类人才，由自治区分别一次性给予 500 万元、200 万元、100 万元、50 万元自主工作经费支持。"
    assert [(t.item, t.yuan) for t in provision_terms(_clause(text), text)] == [
        ("一类", Decimal(5_000_000)), ("二类", Decimal(2_000_000)), ("三类", Decimal(1_000_000)), ("四类", Decimal(500_000)),
    ]


def test_items_sharing_their_words_are_named_by_the_words_they_do_not_share() -> None:
    others = ["国家级中小企业特色产业集群"]
    assert _named("自治区级中小企业特色产业集群", "first", "新认定了一个自治区级的集群", others) == 6
    assert _named("A", "first", "引进1名A类人才", ["B", "C", "D类人才"]) == 4


def test_english_questions_name_listed_items_by_the_glossary_and_count_them(assistant) -> None:
    result = assistant.ask("Our region got one national-level and two autonomous-region-level SME specialty industrial clusters "
                           "newly recognised. What are the one-off awards in total?")
    total = _total(result)
    assert total.result == "11000000"  # 500万元 + 2 × 300万元
    result = assistant.ask("Our university trained one new category-1 talent and two category-4 talents under 英才兴蒙. "
                           "How much self-directed work funding in total?")
    total = _total(result)
    assert total.result == "6000000"  # 500万元 + 2 × 50万元


def test_a_monthly_figure_counts_the_people_and_the_months(assistant) -> None:
    result = assistant.ask("市外高校受邀选派5名在校大学生来鄂尔多斯实习实践2个月，生活补贴一共多少？")
    total = _total(result)
    assert total.result == "20000" and "× 5" in total.steps[0]


def test_the_awards_a_question_counts_are_added_and_one_award_stated_twice_counts_once(assistant) -> None:
    result = assistant.ask("奶牛育种企业育种能力评价达到良好，又新建了国家级核心育种场，这两项奖励一共多少？")
    total = _total(result)
    assert total.result == "4000000"  # 100万元 basic award (stated by two documents) + 300万元


def test_a_capped_yearly_award_over_a_run_of_years_in_english(assistant) -> None:
    result = assistant.ask("A biopharma firm in Inner Mongolia keeps raising R&D spending. "
                           "At most, how much R&D reward in total over three consecutive years?")
    total = _total(result)
    assert total.result == "15000000"


def test_each_figure_after_its_own_item_is_a_list() -> None:
    text = ("在职并连续服务一年以上的，按照中级职称 5000 元/人、高级职称 1万元/人、专利代理师 1 万元/人标准给予资助，"
            "同一人的同一职称只能资助一次。")
    terms = provision_terms(_clause(text), text)
    assert [(t.item, t.yuan) for t in terms] == [("中级职称", Decimal(5000)), ("高级职称", Decimal(10000)), ("专利代理师", Decimal(10000))]
    others = ["高级职称", "专利代理师"]
    assert _named("中级职称", "label", "引进了2个中级知识产权职称的人", others) == 5  # its shortest start no other item shares


def test_the_last_item_of_a_list_ends_where_the_others_do(assistant) -> None:
    result = assistant.ask("我们公司新创建成了自治区制造业创新中心，又被认定为国家级工业设计中心，两项研发经费奖补加起来多少？")
    total = _total(result)
    assert total.result == "6000000"  # 500万元 + 国家级 100万元; 自治区制造业 does not name 自治区级工业设计中心


def test_a_figure_per_person_and_month_counts_both() -> None:
    text = ("对开展培训的本市职业院校按实践类培训2000元/人·月、其他培训1500元/人·月标准给予补贴，"
            "对初次通过技能鉴定的培训人员给予1000元一次性补助。")
    assert [(t.per, t.yuan) for t in provision_terms(_clause(text), text)] == [
        ("month", Decimal(2000)), ("month", Decimal(1500)), ("once", Decimal(1000)),
    ]


def test_people_and_months_are_both_counted_without_a_sum_asked(assistant) -> None:
    result = assistant.ask("An Ordos vocational college ran practical conversion training for 40 graduates for 3 months "
                           "to meet employers' urgent needs. How much subsidy can the college get?")
    total = _total(result)
    assert total.result == "240000" and "× 40 × 3" in total.steps[0]


def test_a_figure_owns_the_words_of_its_phrase_after_it(assistant) -> None:
    # "对首次认定的高新技术企业给予一次性 30 万元研发经费奖励，对首次认定的科技领军企业给予 300 万元…":
    # 研发经费奖励 is what the 30 万元 is given as, not words of the 300 万元 after it
    result = assistant.ask("去年首次认定为高新技术企业，今年又新认定了自治区级企业技术中心，这两笔研发经费奖补合计多少？")
    total = _total(result)
    assert total.result == "800000", total.steps
    assert any("企业技术中心" in s and "50万元" in s for s in total.steps)  # a bare 给予 takes the phrase before it


def test_two_awards_counted_are_taken_from_two_provisions(assistant) -> None:
    result = assistant.ask("我们公司获评自治区级制造业单项冠军，还被认定为自治区级绿色工厂，两项奖励合计多少？")
    total = _total(result)
    assert total.result == "1500000" and len(total.clause_ids) == 2, total.steps


def test_a_per_person_award_times_the_people_counted_answers_the_part_asking_the_sum(assistant) -> None:
    result = assistant.ask("网约配送行业有3名骨干业绩突出，经行业协会认定了，每人奖多少？3个人一共多少？")
    total = _total(result)
    assert total.result == "30000" and "× 3" in total.steps[0]
    first, second = result.parts[:2]
    assert "1万元" in first.answer_line and "计算结果" not in first.answer_line
    assert second.answer_line.startswith("计算结果：3万元")


def test_listed_classes_far_before_respectively_are_its_items(assistant) -> None:
    # "经培养达到 A、B、C类认定标准的，同等享受经费支持，…，分别给予所在企事业单位最高 200 万元、150 万元、50 万元"
    result = assistant.ask("我们单位有1个人经培养达到A类标准、3个人达到C类标准，单位最多能拿多少人才培养资助？")
    total = _total(result)
    assert total.result == "3500000", total.steps
    assert total.steps[:2] == ["A类：200万元", "C类：50万元 × 3 = 150万元"]


def test_the_provision_listing_the_classes_named_is_added_over_its_neighbour(assistant) -> None:
    # one clause: "对全职引进的 B类、C类、D类人才分别给予最高 300 万元、200 万元、80 万元安家补贴" and
    # "对刚性引进…的博士…人才，给予 5 万—40 万元安家补贴"
    result = assistant.ask("我们公司在伊旗全职引进了2个B类人才和1个D类人才，伊旗的安家补贴最多一共多少？")
    total = _total(result)
    assert total.result == "6800000", total.steps


def test_years_named_before_the_amount_asked_multiply_a_yearly_figure(assistant) -> None:
    result = assistant.ask("鄂尔多斯对自治区级科技成果转化平台按服务绩效给运营经费，3年最多能拿多少？")
    total = _total(result)
    assert total.result == "3000000" and "× 3年" in total.steps[0]


def test_each_yearly_award_the_question_names_counts_its_own_recipients(assistant) -> None:
    # 父母每人每年 1000 元养老补贴 (two parents), 子女每人每年 1000 元托幼补贴 (one child), three years
    result = assistant.ask("我是伊金霍洛旗旗级人才评选入选者，全职工作，父母都过了70岁，另有一个1岁的孩子，"
                           "3年一共能领多少养老和托幼补贴？")
    total = _total(result)
    assert total.result == "9000"
    assert "× 2 × 3年 = 6000元" in total.steps[0] and "1000元 × 3年 = 3000元" in total.steps[1]


def test_one_year_asked_is_no_run_of_years() -> None:
    from assistant.answer.question import asks_total

    assert asks_total("连续5年最多能拿多少？") and asks_total("5年最多能拿多少运营经费？")
    assert asks_total("A 3-year contract: how much over the full contract?")
    assert not asks_total("一个企业一年最多多少？") and not asks_total("第一年每亩补多少？")


def test_an_annual_salary_counts_each_year_and_a_run_of_years_adds_no_other_provision(assistant) -> None:
    # "最高给予年薪 60 万元（税前）": yearly; "over the whole contract" counts its years, and adds
    # nothing of another provision (a monthly allowance elsewhere)
    for question in ("A Peking University graduate signs a 3-year contract with a banner school. "
                     "At the top annual salary support, how much over the whole contract?",
                     "新引进的北大毕业生签了3年聘用合同，按最高年薪支持，3年一共多少？"):
        total = _total(assistant.ask(question))
        assert total.result == "1800000" and len(total.steps) == 1 and "60万元 × 3" in total.steps[0]


def test_the_list_respectively_pairs_with_ends_just_before_it(assistant) -> None:
    # "人力资源服务企业、猎头公司、社会组织等机构…全职引进 A、B、C、D类人才，分别给予 50 万元、40万元、30 万元、20 万元"
    result = assistant.ask("一家猎头公司协助鄂尔多斯企业全职引进了1名B类和2名D类人才，能拿多少引才荐才奖励？")
    total = _total(result)
    assert total.result == "800000", total.steps
    assert total.steps[:2] == ["B类：40万元", "D类：20万元 × 2 = 40万元"]


def test_figures_listed_with_respectively_after_a_class_and_above_pair_with_the_classes_in_order(assistant) -> None:
    # the banner's "全职引进 D类及以上人才，分别给予 30 万元、20 万元、10 万元、5万元荐才奖励": four figures for the four
    # classes from A down to D
    from assistant.answer.totals import provision_terms

    clause = assistant.clause("p4.g4.d2.i1.i4")
    provision = next(s for s in clause.text.split("。") if "D类及以上人才，分别给予" in s)
    listed = [t for t in provision_terms(clause, provision) if "分别给予" in t.segment]
    assert [(t.item, t.figure.value) for t in listed] == [("A类", 300000), ("B类", 200000), ("C类", 100000), ("D类", 50000)]
    assert not any(t.unpaired for t in listed)
    # figures of another number than the classes are not paired ("D类及以上…分别给予 30 万元、20 万元" would be no list of four)
    text = "对全职引进 D类及以上人才，分别给予 30 万元、20 万元奖励。"
    assert all(not t.item for t in provision_terms(_clause(text), text))


def test_two_tiers_listing_the_same_items_are_told_apart_by_the_question(assistant) -> None:
    # "对主导制定国际、国家（行业）标准的企业，分别给予每个标准 30 万元、20 万元…；对参与制定国际、国家（行业）
    # 标准的企业，分别给予每个标准 20 万元、10 万元"
    took_part = assistant.ask("我们企业今年参与制定了1项国际标准和2项国家标准，自治区能奖多少？")
    total = _total(took_part)
    assert total.result == "400000" and total.steps[0] == "参与制定国际：20万元", total.steps
    led = assistant.ask("我们企业今年主导制定了2项国际标准，自治区能奖多少？")
    # 30万元 × 2 = 60万元, capped by "单个企业主导或参与标准制定每年奖励资金不超过 50 万元"
    assert [(c.tool, c.result) for c in led.calculations] == [("total", "500000")]
    assert led.calculations[0].steps[0].startswith("主导制定国际：30万元 × 2")


def test_two_one_off_grants_of_one_tier_are_added_when_the_question_names_both(assistant) -> None:
    # "对连续两年入库的国家科技型中小企业给予 5万元奖补，对再次获批和整体迁入我市的国家高新技术企业给予 20 万元奖补":
    # one tier, two grants, each told apart by its own words
    total = _total(assistant.ask("在鄂尔多斯，我们连续两年入库国家科技型中小企业，后来又再次获批国家高新技术企业，奖补一共多少？"))
    assert total is not None and total.result == "250000", total


def test_recipients_shared_out_among_grants_do_not_multiply_one(assistant) -> None:
    # "两家作坊，一家升级…，另一家入园": each counted workshop gets another grant, and "两项" counts two of them
    total = _total(assistant.ask("我们两家奶食品小作坊，一家升级成乳制品加工企业，另一家入园了，两项一次性奖励加起来多少？"))
    assert total is not None and total.result == "600000", total


def test_a_list_naming_the_questions_items_is_read_below_the_first_clauses(assistant) -> None:
    # the city's "示范家庭农牧场、农牧民合作社示范社…分别一次性给予30 万元、50 万元…" is found fifth; the
    # national family-farm grant found first names one of the two items only
    total = _total(assistant.ask("我们一个示范家庭农牧场和一个农牧民合作社示范社都入选了，一次性扶持加起来多少？"))
    assert total is not None and total.result == "800000", total
    assert total.steps[:2] == ["示范家庭农牧场：30万元", "农牧民合作社示范社：50万元"]


def test_the_banners_own_list_answers_a_question_placed_in_the_banner(assistant) -> None:
    # the city's settling-in calculator (C类 250万元) is not the banner's "B类、C类、D类人才分别给予最高 300 万元、200 万元、80 万元"
    result = assistant.ask("伊旗全职引进一名C类人才和一名D类人才，安家补贴最多一共多少？")
    assert not any(c.tool == "talent_settling_in_subsidy" for c in result.calculations)
    total = _total(result)
    assert total is not None and total.result == "2800000", total


def test_a_yearly_grant_counts_the_years_of_the_period_it_is_given_in(assistant) -> None:
    # "对经认定的“名师工作室”在 3 年管理期内给予 5万元/年经费资助"
    total = _total(assistant.ask("How much does a recognised master-teacher studio receive in total over its management period?"))
    assert total is not None and total.result == "150000", total
    assert "× 3" in total.steps[0]


def test_the_last_item_of_a_list_closed_by_deng_is_named_by_its_noun(assistant) -> None:
    # "…、嘎查村集体经济组织、农牧业产业化联合体等经营主体…分别一次性给予30 万元、50 万元、80 万元、100 万元"
    total = _total(assistant.ask("一个示范家庭农牧场加一个产业化联合体，各拿一份一次性扶持，合计多少？"))
    assert total is not None and total.result == "1300000", total


def test_a_middle_item_is_named_by_a_run_of_its_own_characters(assistant) -> None:
    # "…、农牧民合作社示范社、…" named "合作社示范社", "示范合作社": 合作社 is written by no other item of the list
    total = _total(assistant.ask("我们嘎查村集体经济组织和村里一个合作社示范社都被评上优秀经营主体了，市里一共能扶持多少钱？"))
    assert total is not None and total.result == "1300000", total
    assert total.steps[:2] == ["农牧民合作社示范社：50万元", "嘎查村集体经济组织：80万元"]
    total = _total(assistant.ask("我们嘎查有一个示范合作社、一个示范家庭农牧场，市里一次性扶持加起来最多能拿多少？"))
    assert total is not None and total.result == "800000", total


def test_a_run_another_item_also_writes_names_no_middle_item() -> None:
    others = ["示范家庭农牧场", "嘎查村集体经济组织", "农牧业产业化联合体等"]
    assert _named("农牧民合作社示范社", "middle", "我们有一个示范合作社", others) >= 0
    assert _named("农牧民合作社示范社", "middle", "我们有一个示范社", others) >= 0  # 示范社: written by no other item
    assert _named("农牧民合作社示范社", "middle", "我们有一个示范家庭农牧场", others) < 0  # 示范: the first item writes it too
    assert _named("农牧民合作社示范社", "middle", "我们是农牧业企业", others) < 0  # 农牧: the last item writes it too


def test_level_words_alone_name_no_list_of_another_noun(assistant) -> None:
    # "自治区级中小企业特色产业集群和国家级中小企业特色产业集群分别给予300万元、500万元" is no list of
    # enterprise technology centres, though the question names both levels
    result = assistant.ask("我们公司同时新认定了国家级和自治区级企业技术中心，一共奖补多少？")
    assert not any(c.tool == "total" and c.result == "8000000" for c in result.calculations)
    assert "800万元" not in result.answer


def test_a_monthly_figure_over_a_year_counts_twelve_months_for_each_person(assistant) -> None:
    # the banner's "按照博士（或正高级专业技术职称人员）3000 元/月…" for two doctors who stayed on
    total = _total(assistant.ask("我们公司引进的2名博士稳定工作满3年继续留用，按月补贴，一年一共多少？"))
    assert total is not None and total.result == "72000", total
    assert "× 2 × 12" in total.steps[0]


def test_a_one_off_grant_plus_yearly_support_over_years_is_a_sum(assistant) -> None:
    # "对新批准成立的院士专家工作站，一次性给予 100 万元资助；建站后，…每年给予最高 50 万元运行补贴": "加上" adds them
    total = _total(assistant.ask("新成立院士专家工作站，一次性资助加上4年运行补贴，最多能拿多少？"))
    assert total is not None and total.result == "3000000", total


def test_a_figure_paid_for_each_one_done_counts_the_things_the_question_states(assistant) -> None:
    # "生产性能测定中心每测定一头奶牛并上传有效数据补贴 70 元": each cow measured, times the cows stated
    total = _total(assistant.ask("生产性能测定中心上传了2000头奶牛的有效数据，补贴一共多少？"))
    assert total is not None and total.result == "140000", total
    english = _total(assistant.ask("A testing centre uploads valid data for 2,000 dairy cows. What's the per-cow subsidy total?"))
    assert english is not None and english.result == "140000", english


def test_a_yearly_figure_per_mu_counts_the_mu_and_the_years(assistant) -> None:
    # "对向肉牛养殖场流转土地合同期 3年以上的土地股份合作社，…每亩每年奖励100 元"
    question = "Our land shareholding cooperative leases 1,000 mu to a cattle farm on a 3-year contract. What's the total reward?"
    total = _total(assistant.ask(question))
    assert total is not None and total.result == "300000", total
    assert "1000亩" in total.steps[0]


def test_a_grant_given_again_is_added_to_the_first(assistant) -> None:
    # "2023 年国家产业强镇采取批准建设时补助 300 万元，通过认定再奖补 700 万元"
    total = _total(assistant.ask("我们镇如果被批准建设国家农业产业强镇，之后又通过认定，中央资金一共多少？"))
    assert total is not None and total.result == "10000000", total
    assert total.steps[0].startswith("国家产业强镇"), total.steps  # the year the sentence starts with goes whole


def test_a_list_pays_the_award_written_after_its_figures() -> None:
    from assistant.answer.totals import _award_of_list

    settle = "对全职引进的 B类、C类、D类人才分别给予最高 300 万元、200 万元、80 万元安家补贴。"
    train = "经培养达到 A、B、C类认定标准的，分别给予所在企事业单位最高 200 万元、150 万元、50 万元人才培养资助。"
    skills = "取得初级（五级）、中级（四级）、高级（三级）职业资格证书的，分别按 1000 元、1500 元、2000 元的标准给予一次性技能提升补贴。"
    assert _award_of_list(settle, provision_terms(_clause(settle), settle)) == "安家"
    assert _award_of_list(train, provision_terms(_clause(train), train)) == "人才培养"
    assert _award_of_list(skills, provision_terms(_clause(skills), skills)) == ""  # a standard: the award is named further on
    # a list whose items are not written one by one is still paid as what follows its figures
    referral = "举荐并协助用人单位全职引进 D类及以上人才，分别给予 30 万元、20 万元、10 万元、5万元荐才奖励。"
    assert _award_of_list(referral, provision_terms(_clause(referral), referral)) == "荐才"


def test_a_second_list_of_the_same_items_paying_another_award_is_not_added(assistant) -> None:
    # "…B类、C类、D类人才分别给予最高 300 万元、200 万元、80 万元安家补贴" is the award asked; the banner's
    # "…达到 A、B、C类…分别给予…200 万元、150 万元、50 万元人才培养资助" pays another award to B and C
    for question in ("我们在伊旗全职引进了1名B类和1名C类人才，安家补贴一共最多多少？",
                     "We've hired one B-class and one C-class talent full-time in Ejin Horo. "
                     "What's the maximum combined settlement allowance?"):
        total = _total(assistant.ask(question))
        assert total.result == "5000000", (question, total.steps)
    # the skill certificates of two levels: 1500 + 2000, not the professional titles' 高级/中级 list besides (the skill
    # calculator takes one certificate of each level named)
    english = assistant.ask("An insured worker in Ejin Horo got an intermediate (level 4) certificate, then an advanced (level 3) one. "
                            "Total skill-upgrade subsidy?")
    assert [(c.tool, c.result) for c in english.calculations] == [("skill_upgrade_subsidy", "3500")], english.calculations


def test_a_figure_per_head_counts_the_livestock_stated(assistant) -> None:
    # "对奶牛规模场结核病检测每头补贴 15 元": 800 head tested; the scale-farm calculator's 3000-head
    # threshold is another provision's
    result = assistant.ask("我的奶牛规模场有800头牛做结核病检测，能补贴多少？")
    assert [(c.tool, c.result) for c in result.calculations] == [("total", "12000")]
    # "向企业交售达到标准的犊牛，一次性给予奖励 500 元/头"
    calves = assistant.ask("我家搞“户繁企育”，今年给企业交了80头达标犊牛，能拿多少奖励？")
    assert [(c.tool, c.result) for c in calves.calculations] == [("total", "40000")]


def test_items_paid_per_another_counted_thing_are_counted_through_the_provisions_rate(assistant) -> None:
    # "每头能繁母牛每年提供 2支优质肉牛冻精，每支补贴 30 元": cows counted are two straws each
    result = assistant.ask("我家有50头能繁母牛，用优质冻精一年能拿多少补贴？")
    total = _total(result)
    assert total.result == "3000" and "50头 × 2支" in total.steps[0]
    english = assistant.ask("We have 200 breeding cows. How much can we get per year for quality beef semen?")
    assert [c.result for c in english.calculations] == ["12000"]
    assert "6000" not in english.answer.replace(",", "")  # 200 cows are not 200 straws
    # the asker stating the rate ("每头每年给2支") counts no straws with it
    stated = assistant.ask("我有200头能繁母牛，按肉牛政策每头每年给2支优质冻精补贴，一年冻精补贴能拿多少？")
    assert [c.result for c in stated.calculations] == ["12000"]


def test_an_annual_figure_asked_for_the_whole_period_counts_the_period_the_provision_states(assistant) -> None:
    result = assistant.ask(
        "If a national technology innovation centre gets the minimum annual support for the full period, what's the total?"
    )
    total = _total(result)
    assert total.result == "150000000" and "× 5 years" in total.steps[0]
    yearly = assistant.ask("How much does a region-level technology innovation centre get per year at least?")
    assert not any("× 5 years" in s for c in yearly.calculations for s in c.steps)


def test_a_number_stated_as_a_threshold_met_counts_no_items(assistant) -> None:
    result = assistant.ask("新建能繁母牛10000头以上的大型繁育场，鄂尔多斯按总投入多少比例奖励？最高多少？")
    assert not any(c.tool == "total" for c in result.calculations)
    assert "30%" in result.answer and "2000 万元" in result.answer


def test_the_provision_counting_the_recipients_asked_leads_over_other_recipients_grants(assistant) -> None:
    # "对首次获批高新技术企业的科技型中小企业一次性奖励 30 万元" counts the SMEs; the high-tech zones'
    # grants beside it (2000万元, 1000万元) are other recipients' and are not added. (The region's 2024
    # list pays the same: "对首次认定的高新技术企业给予一次性30万元研发经费奖励"; either is the one term.)
    result = assistant.ask("Ten tech SMEs in our park were approved as high-tech enterprises for the first time this year. "
                           "What is the total one-off regional R&D award they receive?")
    total = _total(result)
    assert total is not None and total.result == "3000000" and len(total.steps) == 1
    assert total.steps[0].endswith("30万元 × 10 = 300万元") and total.clause_ids[0] in ("p5.g2.d3.i2.i6.i2", "p3.s2.g2.d1.i4.i8")


def test_numbers_of_a_levelled_run_are_added_for_the_items_named_at_that_level(assistant) -> None:
    # "到 2025 年建设国家级重点实验室 4家、技术创新中心 2 家、工程研究中心 4家、制造业创新中心 2家…，建设自治区级
    # 重点实验室 165 家、技术创新中心 20 家…制造业创新中心 15家": each run's items are of its first item's level
    result = assistant.ask("到2025年，自治区级技术创新中心和制造业创新中心一共要建多少家？")
    total = _total(result)
    assert total is not None and total.result == "35" and total.unit == "家"
    assert total.steps == ["自治区级技术创新中心：20家", "自治区级制造业创新中心：15家", "合计：35家"]
    national = _total(assistant.ask("到2025年国家级工程研究中心和制造业创新中心加起来建几家？"))
    assert national is not None and national.result == "6"


def test_zones_counted_in_english_are_the_recipients_a_yearly_grant_counts(assistant) -> None:
    # "自治区每年分别对呼包鄂三市国家高新技术产业开发区给予 5000 万元支持，连续支持 5年"
    result = assistant.ask("Over the whole support period, how much does the region give in total to the three "
                           "Hu-Bao-E national high-tech zones?")
    total = _total(result)
    assert total is not None and total.result == "750000000" and "× 3 × 5" in total.steps[0]


def test_a_period_asked_beyond_the_longest_a_provision_pays_counts_only_that_longest(assistant) -> None:
    # "按每人 2000 元/月标准给予生活补贴…最长补贴 3个月": a four-month internship is paid three months
    total = _total(assistant.ask("市外高校的大学生受邀来鄂尔多斯实习4个月，生活补贴一共多少？"))
    assert total is not None and total.result == "6000" and "× 3个月" in total.steps[0]
    shorter = _total(assistant.ask("市外高校的大学生受邀来鄂尔多斯实习2个月，生活补贴一共多少？"))
    assert shorter is not None and shorter.result == "4000"


def test_a_total_of_a_named_thing_adds_no_other_grant(assistant) -> None:
    # "保费一共": premiums are added up; a subsidy for testing the same cows is another grant
    result = assistant.ask("我们牧场有80头奶牛，都按最高的1万元保额档投保，一年保费一共多少钱？")
    total = _total(result)
    assert total.result == "40000" and len(total.steps) == 1  # 500元 × 80
    assert _summed_noun("一年保费一共多少钱？") == "保费" and _summed_noun("两项补贴加起来多少？") == ""


def test_one_recipients_awards_are_capped_by_the_clauses_cap(assistant) -> None:
    # "单个企业主导或参与标准制定每年奖励资金不超过 50 万元": 3 international standards led would be 90万元
    result = assistant.ask("我们公司今年主导制定了3项国际标准，按自治区政策标准奖励一共能拿多少？")
    total = _total(result)
    assert total.result == "500000" and "30万元 × 3 = 90万元" in total.steps[0] and "上限 50万元" in total.steps[-1]


def test_figures_each_after_a_level_of_their_own_pair_with_the_levels() -> None:
    text = "对新创建的国家级奶牛、奶羊核心育种场一次性奖励 300 万元、自治区级核心育种场一次性奖励 200 万元。"
    terms = provision_terms(_clause(text), text)
    assert [(t.item, t.role, t.yuan) for t in terms] == [
        ("国家级奶牛、奶羊核心育种场", "level", Decimal(3_000_000)),
        ("自治区级核心育种场", "level", Decimal(2_000_000)),
    ]
    # a level names its item beside what is got at it, not as the level of the policy asked under
    assert _named(terms[1].item, "level", "新建了一个自治区级核心育种场") >= 0
    assert _named(terms[1].item, "level", "新建了国家级核心育种场，按自治区政策能拿多少") < 0
    assert _named(terms[0].item, "level", "新获评国家级工业设计中心") < 0


def test_figures_after_a_phrase_that_only_gives_pair_with_the_list_before_it() -> None:
    text = "对新引进落地或新获评的国家级、自治区级、市级人才科创载体平台，给予 50 万元、30 万元、10 万元奖励。"
    assert [t.item for t in provision_terms(_clause(text), text)] == ["国家级", "自治区级", "市级人才科"]


def test_a_total_over_levels_the_question_counts_adds_each_level_s_figure(assistant) -> None:
    result = assistant.ask("我们公司今年新获评1个国家级、2个市级人才科创载体平台，伊旗一共奖多少？")
    total = _total(result)
    assert total.result == "700000" and total.steps[:2] == ["国家级：50万元", "市级：10万元 × 2 = 20万元"]
    result = assistant.ask(
        "We plan to set up one new national-level and one new region-level dairy core breeding farm. What's the combined one-off reward?"
    )
    total = _total(result)
    assert total.result == "5000000" and total.steps[:2] == ["国家级：300万元", "自治区级：200万元"]
    # a provision paying the levels for something the question does not name is no list of them
    result = assistant.ask("我们公司今年新创建成了自治区制造业创新中心，同时又被认定为国家级工业设计中心，两项研发经费奖补加起来多少？")
    total = _total(result)
    assert total.result == "6000000"


def test_figures_paid_per_person_add_up_over_the_people_of_each_kind_the_question_counts(assistant) -> None:
    # "对其…父母每人每年给予 2000 元养老补贴，对其…子女给予每人每年 2000 元托幼补贴": two parents and one child
    result = assistant.ask("I'm a city-level high-level talent working full-time in Ordos. My parents are both over 70 "
                           "and my son is 2. How much do we get each year?")
    total = _total(result)
    assert total.result == "6000" and any("× 2" in step for step in total.steps)
    result = assistant.ask("我是旗级人才评选项目入选者，全职在伊旗工作，父母都七十多了，还有一个两岁的孩子，每年能拿多少补贴？")
    total = _total(result)
    assert total.result == "3000"  # 1000元 × 2 + 1000元
    # a sum named by "A plus B subsidies" is asked as "in total" is
    result = assistant.ask("I'm a banner-level talent selectee working full-time in Ejin Horo with both parents over 70 and "
                           "one child under 3. How much in elderly-care plus childcare subsidies per year?")
    assert _total(result).result == "3000"


def test_a_figure_paid_per_parent_or_per_child_counts_the_parents_or_the_children(assistant) -> None:
    # "对其年龄达到 70 周岁及以上的父母每人每年给予 2000 元养老补贴，对其年龄不满 3 周岁的子女给予每人每年 2000 元托幼补贴"
    result = assistant.ask("I'm a city-level high-level talent working full-time in Ordos. Both my parents are over 70 and "
                           "I have two children under three. How much 'warm talent' allowance do we get per year?")
    assert _total(result).result == "8000"
    result = assistant.ask("I'm a city-level high-level talent working full-time in Ordos. My mother is 72 and I have three "
                           "kids under 3. How much warm-talent allowance per year?")
    assert _total(result).result == "8000"  # 2000元 + 2000元 × 3
    result = assistant.ask("我是市级高层次人才，全职在鄂尔多斯工作，父母都70多岁了，两个孩子都不满3岁，每年能拿多少暖才补贴？")
    assert _total(result).result == "8000"


def test_a_yearly_amount_over_the_period_a_provision_runs_counts_each_year_of_its_span(assistant) -> None:
    # "该政策措施执行时间为 2022--2025 年，市财政每年投入 5000 万元": four years
    result = assistant.ask("鄂尔多斯瓜果蔬菜和小杂粮政策执行期内，市财政每年投入的资金一共是多少？")
    total = _total(result)
    assert total.result == "200000000" and any("× 4年" in step for step in total.steps)


def test_the_first_item_of_a_list_is_what_the_words_before_it_act_on() -> None:
    # "对新认定的国家、自治区级…": 国家 is the first item, "认定的" says what is done to it
    text = "推动规模以上工业企业设立研发机构，对新认定的国家、自治区级企业技术（研发）中心分别一次性给予300 万元和 30 万元奖补。"
    assert [(t.item, int(t.yuan)) for t in provision_terms(_clause(text), text)][0] == ("国家", 3_000_000)


def test_a_one_character_first_item_shares_what_follows_the_last_ones_first_character(assistant) -> None:
    # "对企业和农牧民新取得正、副高级专业技术资格证书的，分别给予 5000 元、3000 元一次性生活补贴": 正高级 and 副高级
    result = assistant.ask("我们企业今年1个人取得正高职称、2个人取得副高职称，伊旗一次性生活补贴一共多少？")
    total = _total(result)
    assert total.result == "11000" and any("3000元 × 2" in s for s in total.steps)


def test_two_things_an_english_question_names_each_paid_by_its_own_provision_are_added(assistant) -> None:
    # "对新认定为国家级、自治区级工业设计中心的，分别给予 100 万元、50 万元…" and "对新认定的自治区级企业技术中心，
    # 给予 50 万元…": two provisions, each paying one of the two centres named
    both = assistant.ask("We were newly recognised as a regional-level industrial design centre and a regional-level "
                         "enterprise technology centre in the same year. Combined one-off R&D award?")
    total = _total(both)
    assert total.result == "1000000", total.steps
    # one thing named two ways by the glossary ("技术转移/成果转化") is not two things: the platform's
    # operating support alone, not the service institutions' 20 万元 besides
    platform = assistant.ask("A regional-level tech transfer platform gets the maximum Ordos operating support for the full period. "
                             "What's the total?")
    total = _total(platform)
    assert total.result == "5000000", total.steps


def test_english_level_adjectives_name_the_levels_of_a_list(assistant) -> None:
    # "国家、自治区级企业技术（研发）中心分别一次性给予300 万元和 30 万元": the Ordos plan's list, by level
    result = assistant.ask("Last year our firm had a regional enterprise technology centre approved, and this year a "
                           "national one. What is the combined one-off reward under the Ordos plan?")
    total = _total(result)
    assert total.result == "3300000"


def test_both_joining_two_phrases_counts_nothing_twice(assistant) -> None:
    result = assistant.ask("Our park was recognised both as a national new-industrialisation demonstration base and, "
                           "before that, as a regional-level one. What is the total one-off award?")
    total = _total(result)
    assert total.result == "8000000" and not any("× 2" in s for s in total.steps)


def test_inner_mongolia_names_no_level_of_what_is_paid(assistant) -> None:
    # the green-park list's 国家级/自治区级 awards are not a national logistics park's
    result = assistant.ask("We moved a national demonstration logistics park and a 5A-rated logistics company into "
                           "Inner Mongolia. What is the total one-off reward?")
    assert not any(c.tool == "total" and c.result == "4500000" for c in result.calculations)


def test_products_are_counted_like_recipients(assistant) -> None:
    result = assistant.ask("We registered 2 special medical-purpose formula foods after 2022 and hold the production "
                           "licence. What is the total one-off award?")
    total = _total(result)
    assert total.result == "2000000" and any("× 2" in s for s in total.steps)


def test_a_run_of_years_asked_as_the_minimum_is_summed(assistant) -> None:
    result = assistant.ask("A national field scientific observation and research station is approved in Inner Mongolia. "
                           "Over the 5 consecutive years of support, what is the minimum it receives?")
    total = _total(result)
    assert total.result == "5000000"


def test_a_payment_between_a_lowest_and_a_highest_is_counted_once_at_the_bound_asked(assistant) -> None:
    # 分级分类给予最低 5万元，最高不超过 40 万元的购房补贴
    result = assistant.ask("我们企业全职引进了4名产业人才，都按伊旗购房补贴的最低标准，一共能补多少？")
    total = _total(result)
    assert total.result == "200000" and not any("40万元" in s for s in total.steps)


def test_a_child_two_years_old_is_no_period_of_two_years(assistant) -> None:
    result = assistant.ask("I'm a selected banner-level talent in Ejin Horo; both my parents are over 70 and I have one two-year-old "
                           "child. How much do we get in elderly-care and childcare subsidies per year?")
    total = _total(result)
    assert total.result == "3000" and not any("2 years" in s for s in total.steps)


def test_an_english_question_names_a_listed_item_by_a_guide_word_only_that_item_writes() -> None:
    names = "an international 科技/科学技术 cooperation base and a 国家级 人才引进/引进 示范基地"
    assert _named("国际科技合作基地", "first", names, ["国家引才引智示范基地"], english=True) >= 0
    assert _named("国家引才引智示范基地", "last", names, ["国际科技合作基地"], english=True) >= 0
    assert _named("国际科技合作基地", "first", names, ["国家引才引智示范基地"]) < 0  # written whole only, in Chinese
    # by its own words, a level or the region ("Inner Mongolia" → 内蒙古/自治区) names no item of a list of levels
    region = "moved a 国家级 示范物流园区 into 内蒙古/自治区"
    assert _named_en("自治区级", region, ["定为国家级", "市级"]) < 0


def test_two_listed_items_an_english_question_names_by_their_own_words_are_added(assistant) -> None:
    # "对新获批的国际科技合作基地和国家引才引智示范基地，分别一次性给予 100 万元和 30 万元奖补"
    result = assistant.ask("Our company had an international science and technology cooperation base and a national "
                           "talent-introduction demonstration base newly approved. What is the combined one-off award?")
    total = _total(result)
    assert total.result == "1300000", total.steps


def test_two_grants_of_one_sentence_each_named_in_the_words_leading_to_it_are_added(assistant) -> None:
    # "对首次认定的高新技术企业给予一次性 30 万元研发经费奖励，对首次认定的科技领军企业给予 300 万元科技创新项目支持"
    result = assistant.ask("We were first recognised as a high-tech enterprise and later as an S&T leading enterprise. "
                           "What is the total support from the city?")
    total = _total(result)
    assert total.result == "3300000", total.steps


def test_sites_are_counted_like_recipients(assistant) -> None:
    # "对认定为自治区级道地药材种植基地、仿野生药材种植基地的一次性奖补 50 万元": once for each base
    english = assistant.ask("Two of our herb farms were each recognised as an autonomous-region-level genuine medicinal "
                            "herb planting base. What is the total one-off award?")
    chinese = assistant.ask("我们有两个基地被认定为自治区级道地药材种植基地，一共奖多少？")
    for result in (english, chinese):
        total = _total(result)
        assert total.result == "1000000" and any("× 2" in s for s in total.steps), total.steps


def test_a_period_the_asker_has_passed_is_a_condition_not_the_months_paid(assistant) -> None:
    # "引进产业人才配偶连续超过 6个月未就业的…按照每月 1000 元…最长 24 个月": the six months qualify, 24 are paid
    result = assistant.ask("My husband came with me to Ejin Horo when my employer recruited me, and he has been without "
                           "a job for more than 6 months. What is the most living subsidy he can get in total?")
    total = _total(result)
    assert any("1000元 × 24" in s for s in total.steps), total.steps


def test_a_run_past_the_provisions_own_threshold_is_the_condition_met(assistant) -> None:
    from assistant.answer.totals import _periods

    provision = "引进产业人才配偶连续超过 6个月未就业的，由企业推荐可申请生活补贴，按照每月 1000 元标准给予生活补贴，最长补贴 24 个月。"
    # eight months jobless passes the six the provision sets: the most paid is its 24 months, not eight
    assert _periods("他爱人连续8个月没找到工作，最多能领多少钱？", provision, "month") == 24
    assert _periods("实习3个月能领多少？", "每月补贴 1000 元，最长补贴 6 个月", "month") == 3  # no threshold: the months counted
    result = assistant.ask("引进的新能源人才，他爱人连续8个月没找到工作，生活补贴每月多少？最多能领多少钱？")
    assert any("1000元 × 24" in s for s in _total(result).steps)


def test_an_english_region_before_a_noun_and_a_national_one_name_the_levels_of_a_list(assistant) -> None:
    # 对新认定的自治区级中小企业特色产业集群和国家级中小企业特色产业集群分别给予300万元、500万元一次性资金奖补
    result = assistant.ask("If a cluster is first recognised as an autonomous-region SME characteristic industry cluster "
                           "and later as a national one, what one-off awards does it get in total?")
    total = _total(result)
    assert total.result == "8000000"


def test_an_english_item_is_named_by_a_sense_of_the_words_the_glossary_leaves_in_english(assistant) -> None:
    # 对新晋或落户自治区的国家级示范物流园区、5A 级物流企业，分别给予一次性 300 万元、100 万元奖励: "company" → 企业
    result = assistant.ask("Our group moved a national demonstration logistics park and a 5A-rated logistics company into "
                           "Inner Mongolia. What's the total one-off reward?")
    total = _total(result)
    assert total.result == "4000000"
    assert _named_en("5A 级物流企业", "a 5a rated logistic company", ["国家级示范物流园区"]) >= 0
    # (not for the things one figure is given to: a loose sense would count one of them twice)
    assert _named_en("5A 级物流企业", "a 5a rated logistic company", ["国家级示范物流园区"], senses=False) == -1


def test_the_last_two_items_of_a_list_may_be_joined_by_he_and_quotation_marks_name_nothing_apart(assistant) -> None:
    # 对自治区认定的创新型中小企业、“专精特新”中小企业和“小巨人”企业，分别给予 20 万元、50 万元、100 万元一次性奖励
    text = "30.对自治区认定的创新型中小企业、“专精特新”中小企业和“小巨人”企业，分别给予 20 万元、50 万元、100 万元一次性奖励。"
    assert [t.item for t in provision_terms(_clause(text), text)] == ["创新型中小企业", "“专精特新”中小企业", "“小巨人”企业"]
    result = assistant.ask("我们企业先被自治区认定为专精特新中小企业，后来又认定为“小巨人”，两次一次性奖励都拿到的话一共多少？")
    total = _total(result)
    assert total.result == "1500000"
    result = assistant.ask('Our firm was recognised by Inner Mongolia first as an innovative SME, then as a "specialised and '
                           'sophisticated" SME, then as a "little giant". What one-off rewards is that in total?')
    total = _total(result)
    assert total.result == "1700000"


def test_a_grant_of_the_same_tier_given_to_another_recipient_the_question_names_is_added(assistant) -> None:
    # 对首次认定的高新技术企业给予一次性 30 万元研发经费奖励，对首次认定的科技领军企业给予 300 万元科技创新项目支持
    result = assistant.ask("我们企业今年首次认定为高新技术企业，同年又首次认定为科技领军企业，两项自治区支持加起来多少？")
    total = _total(result)
    assert total.result == "3300000"


def test_a_one_off_grant_plus_a_yearly_subsidy_in_the_first_years_is_summed_in_english(assistant) -> None:
    # 对新批准成立的院士专家工作站，一次性给予 100 万元资助；建站后，…每年给予最高 50 万元运行补贴
    result = assistant.ask("We set up a newly approved academician expert workstation in Ordos. What is the most we could "
                           "receive in the first three years after founding: the one-off grant plus the yearly operating subsidy?")
    total = _total(result)
    assert total.result == "2500000"


def test_an_item_labelled_before_its_figure_may_carry_an_aside_in_brackets(assistant) -> None:
    text = ("按照博士（或正高级职称人员）3000 元/月、硕士（或副高级职称人员、高级技师）2000 元/月、"
            "本科生（或中级职称人员、技师）1000 元/月的标准给予生活补贴")
    terms = provision_terms(_clause(text), text)
    assert [(t.item, t.yuan) for t in terms] == [
        ("博士(或正高级职称人员)", Decimal(3000)),
        ("硕士(或副高级职称人员、高级技师)", Decimal(2000)),
        ("本科生(或中级职称人员、技师)", Decimal(1000)),
    ]
    result = assistant.ask("市外来的硕士在鄂尔多斯重点企业干满3年继续留用，生活补贴最长补满一共能拿多少？")
    total = _total(result)
    assert total.result == "48000" and "2000" in total.steps[0] and "24" in total.steps[0]


def test_an_english_count_goes_with_the_item_a_few_words_after_it_in_its_phrase(assistant) -> None:
    from assistant.answer.totals import _count_before

    names = "2个engineers at our firm newly got full senior 正高级 title and 4个got associate senior 副高级 title"
    assert [_count_before(names, names.find(item)) for item in ("正高级", "副高级")] == [2, 4]
    # an article before the item says one, whatever count the phrase carries ("both" is rendered 2个)
    names = "2个of my staff 2个paying 失业保险 earned an 中级 certificate"
    assert _count_before(names, names.find("中级")) == 1
    result = assistant.ask("At our Ejin Horo firm this year 2 of our engineers newly got full senior (正高级) titles and 4 got "
                           "associate senior (副高级) titles. What one-off living allowance do they get in total?")
    total = _total(result)
    assert total.result == "22000"


def test_an_english_word_naming_the_start_of_a_lists_noun_names_the_list(assistant) -> None:
    # "talent" (人才) names "国家级、自治区级、市级人才科创载体平台", a list of levels whose noun the render leaves in English
    result = assistant.ask("Our firm in Ejin Horo newly built one national-level and one city-level talent innovation platform. "
                           "What is the reward altogether?")
    total = _total(result)
    assert total.result == "600000" and total.clause_ids == ["p4.g4.d2.i3.i1"]


def test_a_full_period_named_by_what_it_is_of_counts_every_year_of_it(assistant) -> None:
    # "在 3 年管理期内给予 5万元/年": "for its full management period" is the three years, not the one year "yearly" says
    result = assistant.ask("Our 名师工作室 (master teacher studio) in Ejin Horo has been recognised and receives the annual "
                           "grant for its full management period. How much is that in total?")
    total = _total(result)
    assert total.result == "150000" and "× 3" in total.steps[0]


def test_one_grants_yearly_figure_over_its_years_adds_no_other_grant(assistant) -> None:
    # "连续 5年给予每年最高 1000 万元": the sum asked is of that grant's years, not that plus another
    # provision's yearly 1000万元 (聘期内每年…), nor a second grant read item by item
    total = _total(assistant.ask("国家级科研机构来我区建了一个国家级创新平台，支持期内每年都按最高额度拿，科研经费一共多少？"))
    assert total is not None and total.result == "50000000"
    assert total.steps == ["连续 5年给予每年最高：1000万元 × 5年 = 5000万元"]


def test_a_yearly_grant_over_its_years_still_adds_what_the_question_joins_to_it(assistant) -> None:
    # "…两项一共": the question joins two grants; each one's yearly figure over the years is added
    total = _total(assistant.ask("鄂尔多斯对国家农业科技园区和科技特派员每年各安排多少？连续3年两项一共至少多少？"))
    assert total is not None and len([s for s in total.steps if "×" in s]) == 2


def test_a_yearly_allowance_over_the_longest_run_its_provision_allows(assistant) -> None:
    # "急需紧缺的 E、F 类人才可享受最高 30 万元/年岗位特聘补贴，最长补贴 10 年": over the longest run, 30万元 × 10年
    total = _total(assistant.ask("鄂尔多斯引进的急需紧缺E类人才，岗位特聘补贴每年最高多少？补满最长年限最多能拿多少？"))
    assert total is not None and total.result == "3000000"
    english = _total(assistant.ask("Ejin Horo hires a D-category talent at the top post allowance for the longest period allowed. Total?"))
    assert english is not None and english.result == "3000000"


def test_a_monthly_allowance_over_the_months_stated_stops_at_the_months_it_allows(assistant) -> None:
    # "按每人 2000 元/月标准给予生活补贴…最长补贴 3个月": four months of internship bring three months' allowance
    total = _total(assistant.ask("A university student from outside the banner interns with our Ejin Horo company for 4 months. "
                                 "What's the most living allowance the student can get?"))
    assert total is not None and total.result == "6000"


def test_a_tier_set_by_a_threshold_is_the_highest_the_stated_quantity_meets(assistant) -> None:
    # "年推广面积在 10 万亩以上的一次性奖补 500 万元；年推广面积在 30 万亩以上的一次性奖补 1000 万元": 50万亩
    # meets both thresholds and gets the higher tier alone; the lower tier adds nothing
    total = _total(assistant.ask("我们的马铃薯新品种年推广50万亩，再加上3个大豆品种通过国家审定，一共能拿多少奖补？"))
    assert total is not None and total.result == "10300000"
    assert not any("500万元" in step for step in total.steps)
    lower = _total(assistant.ask("我们的马铃薯新品种年推广15万亩，再加上1个大豆品种通过国家审定，一共能拿多少奖补？"))
    assert lower is not None and lower.result == "5100000"


def test_an_english_count_of_the_thing_paid_for_counts_a_per_item_figure(assistant) -> None:
    # "3 geographical indication trademarks" is 3个地理标志证明商标 in the guide's words: 30 万元/件 × 3
    total = _total(assistant.ask("A company registers 3 geographical indication trademarks in Ejin Horo. What's the reward?"))
    assert total is not None and total.result == "900000"


def test_a_total_over_the_support_period_runs_the_years_the_provision_gives(assistant) -> None:
    # "连续 5年、每年给予最高 100 万元": "every year … total over the support period" is five years of it
    total = _total(assistant.ask("A sci-tech transfer platform in Ordos gets the maximum operating support every year. "
                                 "Total over the support period?"))
    assert total is not None and total.result == "5000000"


def test_an_english_count_of_each_grade_pairs_with_the_grades_listed(assistant) -> None:
    # "按照高级、中级、初级社会工作者职业资格证书给予 5000 元、2000 元、1000 元": one senior, two intermediate
    # and three junior social workers are 5000 + 2 × 2000 + 3 × 1000
    total = _total(assistant.ask("A social-work agency in Ejin Horo brings in one senior, two intermediate and three junior "
                                 "certified social workers. How much in one-off grants?"))
    assert total is not None and total.result == "12000"


def test_a_yearly_figure_over_its_full_term_is_a_total(assistant) -> None:
    # "对经认定的“名师工作室”在 3 年管理期内给予 5万元/年经费资助": over the full term, three years of it
    total = _total(assistant.ask("How much does a recognised 'master teacher studio' get over its full management term?"))
    assert total is not None and total.result == "150000"
    total = _total(assistant.ask("经认定的名师工作室，整个管理期内能拿多少经费资助？"))
    assert total is not None and total.result == "150000"


def test_a_count_of_the_level_asked_adds_that_levels_items_only(assistant) -> None:
    # "到 2025 年建设国家级重点实验室 4家、技术创新中心 2 家、工程研究中心 4家、制造业创新中心 2家、野外科学观测
    # 研究站 7个，建设自治区级…科技资源共享服务平台 1家": "by 2025" is a year, no count; no 自治区级 item is national
    total = _total(assistant.ask("How many national-level key labs, innovation centres, engineering centres, manufacturing "
                                 "centres and field stations in total will Inner Mongolia build by 2025?"))
    assert total is not None and total.result == "19"
    assert not any("2025" in step for step in total.steps)


def test_an_english_count_of_a_thing_paid_per_item_is_read_by_its_guide_words(assistant) -> None:
    # "对通过国家审定的玉米、大豆等品种每个一次性奖励 10 万元": two soybean varieties (大豆, 品种) are two of them,
    # not the 马铃薯 varieties' 500 万元 for 10 万亩 grown
    total = _total(assistant.ask("We had two soybean varieties pass national variety approval this year. "
                                 "What one-off reward do we get in total?"))
    assert total is not None and total.result == "200000"


def test_an_english_count_goes_with_the_grade_its_staff_hold(assistant) -> None:
    # "按照中级职称 5000 元/人、高级职称 1万元/人、专利代理师 1 万元/人": "4 staff with intermediate IP titles"
    # are four of the 中级 grade: 3 × 1万 + 4 × 5000
    total = _total(assistant.ask("Our IP agency in Ejin Horo took on 3 patent attorneys and 4 staff with intermediate "
                                 "IP titles, each serving over a year. How much funding?"))
    assert total is not None and total.result == "50000"


def test_both_leaders_of_a_respective_list_named_in_english_are_added(assistant) -> None:
    # "对有潜力参选院士的高层次领军人才、行业领军人才，分别给予一次性 500 万元、300 万元专项资助"
    total = _total(assistant.ask("Our institute has one industry leader and one high-level leader with academician "
                                 "potential. What special funding in total?"))
    assert total is not None and total.result == "8000000"


def test_a_total_of_items_the_provision_counts_itself(assistant) -> None:
    # "每年扶持…的特色镇 5个，每个给予 600 万元扶持资金": a year's total is 5 × 600 万元 (the 10 亿元 of output is a
    # level a town reaches, nothing paid); asked of one town, it is no sum of five
    total = _total(assistant.ask("市里每年扶持的农牧业特色镇，一年下来总共给多少钱？"))
    assert total is not None and total.result == "30000000"
    assert _total(assistant.ask("市里扶持的农牧业特色镇，每个特色镇一共能拿多少？")) is None


def test_a_count_of_things_each_given_a_one_off_sum_is_read_by_its_guide_words(assistant) -> None:
    # "对产值超 1亿元的特色产业龙头企业…每个一次性给予最高不超过 300 万元补贴": "special-industry" is 特色产业,
    # not a talent programme's 行业领军人才, and the 1亿元 of output is a level passed, nothing paid
    total = _total(assistant.ask("Two special-industry leaders in Ordos (each with output above 100 million yuan) apply "
                                 "for the one-off subsidy. What's the most they could get together?"))
    assert total is not None and total.result == "6000000"


def test_a_sum_adds_no_grant_to_another_recipient_of_the_same_provision(assistant) -> None:
    # "对引进优秀退休工程师的企业给予最高 15 万元一次性引才补贴；对引进优秀退休教师或退休医师的用人单位每年给予最高
    # 20 万元": a hospital's retired doctors get the yearly grant for three years, not the engineers' one-off too
    total = _total(assistant.ask("伊旗一家医院连续3年都引进了优秀退休医师，按最高标准3年一共能拿多少引才补贴？"))
    assert total is not None and total.result == "600000"


def test_two_things_the_english_question_names_are_added_when_each_is_paid_in_its_own_words(assistant) -> None:
    # "…“双倍增”计划，对再次获批或整体迁入伊金霍洛旗的国家高新技术企业给予20 万元奖补。对连续两年入库的国家科技型中小企业
    # 给予 5 万元奖补": the preamble names both, the words leading to each figure one
    result = assistant.ask(
        "We moved our national high-tech enterprise into Ejin Horo, and we've also been in the tech-SME database two years "
        "running. How much could we get in total?"
    )
    total = next(c for c in result.calculations if c.tool == "total")
    assert total.result == "250000" and total.clause_ids == ["p4.g4.d2.i3.i3"]


def test_a_total_no_part_answers_is_led_by_a_clause_stating_the_parts_key(assistant) -> None:
    # the clause found first pays a 制造业创新中心 ("连续 5年每年给予 1000 万元"); the one stating the key phrase,
    # "对批准建设的国家技术创新中心，连续 5 年每年给予不低于 3000 万元支持", is what is asked
    result = assistant.ask(
        "If our SME helps found a newly approved national technology innovation centre in Inner Mongolia, what is the "
        "minimum total support the centre would receive over the full support period?"
    )
    total = next(c for c in result.calculations if c.tool == "total")
    assert total.result == "150000000"


def test_an_english_total_adds_only_the_levels_named_not_the_lists_shared_noun(assistant) -> None:
    # "对新认定为国家级、自治区级、市级人才科创平台的…分别给予 50 万元、30 万元、10 万元": "talent" is every item's noun
    result = assistant.ask("Our company in Ejin Horo has one talent innovation platform recognised at national level and another "
                           "at autonomous-region level. Under the banner's talent policy, what's the most we could get in "
                           "platform awards in total?")
    assert [(c.tool, c.result) for c in result.calculations] == [("total", "800000")]


def test_a_monthly_grant_counts_the_months_written_with_a_hyphen(assistant) -> None:
    # "按每人每月不超过 2000 元的标准给予生活补贴…最长补贴 3个月": a 2-month internship counts two
    result = assistant.ask("Three students from an outside university do a 2-month internship in Ejin Horo. "
                           "What is the maximum living subsidy the banner pays for them?")
    assert [c.result for c in result.calculations] == ["12000"]


def test_people_counted_with_ren_are_each_paid(assistant) -> None:
    # "经评定认定后，给予 1万元一次性奖励", four of the team assessed
    result = assistant.ask("我们是伊旗企业，面向基层提供技术服务的科技特派员团队里有4人评定成效显著，一次性奖励最多一共多少？")
    assert [c.result for c in result.calculations] == ["40000"]


def test_a_period_the_asker_has_been_out_of_work_is_a_threshold_not_the_months_paid(assistant) -> None:
    # "…随迁配偶…失业…按照每月1000元标准给予生活补贴，最长补贴24个月": over 6 months unemployed qualifies; 24 are paid
    result = assistant.ask("My husband moved to Ejin Horo with me when I joined an industry employer, and he has been unemployed "
                           "over 6 months. What's the total living subsidy he could get at most?")
    assert [c.result for c in result.calculations] == ["24000"]


def test_one_of_each_adds_every_item_of_the_list(assistant) -> None:
    # "对有潜力参选院士的高层次领军人才、行业领军人才，分别给予一次性 500 万元、300 万元专项资助"
    result = assistant.ask("The region gives one-off special funding to potential academician candidates and to industry "
                           "leading talents. We have one of each: what is the total?")
    assert [c.result for c in result.calculations] == ["8000000"]


def test_medals_named_in_english_are_the_items_of_the_list(assistant) -> None:
    # "设立“暖城”贡献金奖、银奖、铜奖，对获奖人才分别给予 30 万元、20 万元、10 万元一次性奖励"
    result = assistant.ask("Two of our staff won Ordos 'Warm City' awards for talents this year, one silver and one bronze. "
                           "How much in total?")
    assert [c.result for c in result.calculations] == ["300000"]


def test_things_told_before_one_amount_asked_are_added(assistant) -> None:
    # "对引进优秀退休工程师的企业给予最高 15 万元一次性引才补贴；对引进优秀退休教师或退休医师的用人单位每年给予最高 20 万元"
    total = _total(assistant.ask("We are hiring a retired engineer and a retired teacher for three years. "
                                 "What recruitment subsidies could we get at most?"))
    assert total is not None and total.result == "750000", total
    assert names_a_sum("We hired a retired engineer and a retired doctor. What subsidies could we get?")
    assert not names_a_sum("We hired a retired engineer and a retired doctor. What subsidy does each get?")
    assert not names_a_sum("We hired a retired engineer. What subsidy could we get?")


def test_a_list_of_the_other_local_level_or_of_another_award_is_no_sum_of_the_award_asked(assistant) -> None:
    # the banner pays referral rewards "全职引进 D类及以上人才，分别给予 30 万元、20 万元、10 万元、5万元": the classes from A
    # down to D, in order; neither the city's list (50, 40, 30, 20万元) nor the banner's training grants (200, 150万元) is its sum
    total = _total(assistant.ask("An HR agency helped an Ejin Horo employer hire an A-class and a B-class talent full-time. "
                                 "How much referral reward would the agency get in total?"))
    assert total is not None and total.result == "500000" and total.steps[:2] == ["A类：30万元", "B类：20万元"]
    total = _total(assistant.ask("我们猎头公司帮伊旗企业全职引进了1名C类和2名D类人才，荐才奖励一共多少？"))
    assert total is not None and total.result == "200000"
    # of a city employer, the city's list is read item by item
    city = _total(assistant.ask("An HR agency helped an Ordos employer hire an A-class and a B-class talent full-time. "
                                "How much referral reward would the agency get?"))
    assert city is not None and city.result == "900000"


def test_items_of_a_run_of_roman_numerals_are_named_by_their_numerals(assistant) -> None:
    # "对临床试验申办者开展Ⅰ、Ⅱ、Ⅲ期临床试验研究并承诺成果转化的，分别给予 100 万元、200 万元、300 万元一次性补助"; the
    # next sentence's cap ("单个机构每年最高不超过 200 万元") is the medical institutions', not the trials'
    for question in ("药企开展了Ⅰ期和Ⅲ期临床试验并承诺成果转化，一共能拿多少补助？",
                     "A drug developer in Inner Mongolia runs a Phase I and a Phase III clinical trial and commits to "
                     "commercialising the results. What one-off subsidies does it get in total?"):
        total = _total(assistant.ask(question))
        assert total is not None and total.result == "4000000", question
        assert total.steps[:2] == ["Ⅰ期：100万元", "Ⅲ期：300万元"], total.steps
    total = _total(assistant.ask("If our drug goes through Phase I, II and III trials with a commitment to commercialise in "
                                 "Inner Mongolia, what's the total one-off support across all three phases?"))
    assert total is not None and total.result == "6000000"
    # "Phase II" names no Ⅲ期
    assert _named("III", "last", "phase ii trial", ["开展I", "II"]) < 0 <= _named("III", "last", "phase iii trial", ["开展I", "II"])


def test_care_allowances_for_parents_and_a_toddler_are_added(assistant) -> None:
    # "对其年龄达到 70 周岁以上的父母每人每年给予 1000 元养老补贴，对其年龄不满三周岁的子女每人每年给予 1000 元托幼补贴"
    total = _total(assistant.ask("I was selected in a banner-level talent programme and work full-time here. My two parents are "
                                 "over 70 and I have one toddler under three. What care allowances do we get per year?"))
    assert total is not None and total.result == "3000"


def test_the_full_period_asked_is_the_one_the_provision_allows(assistant) -> None:
    # "引进产业人才配偶连续超过 6个月未就业的，…按照每月 1000 元标准给予生活补贴，最长补贴 24 个月": 8 months out of work is
    # a condition met; the full period is the 24 months paid
    total = _total(assistant.ask("My wife followed me to Ejin Horo and has been unemployed for 8 months. If she gets the spouse "
                                 "living allowance for the full allowed period, how much is that in total?"))
    assert total is not None and total.result == "24000"


def test_an_english_name_of_the_specialised_and_innovative_class_names_its_item(assistant) -> None:
    # "specialised-and-innovative" is the glossary's 专精特新, an item of the city's list beside 小巨人
    result = assistant.ask("In Ordos, a company is newly certified as a city-level 'little giant' and a sister firm as "
                           "city-level specialised-and-innovative. What do they get together from the city?")
    assert [c.result for c in result.calculations] == ["300000"]


def test_a_question_counting_head_asks_the_per_head_figure_not_a_lump_sum_sharing_its_words(assistant) -> None:
    # "对奶牛规模场结核病检测每头补贴 15 元；对通过布病、牛结核病等…净化创建场评估的奶畜养殖场奖励 50 万元"
    total = _total(assistant.ask("Our dairy farm has 800 cows and had every one tested for tuberculosis. What subsidy do we get?"))
    assert total is not None and total.result == "12000", total  # 15元 × 800
    assert len(total.steps) == 1 and "× 800" in total.steps[0]


def test_two_items_named_in_one_phrase_are_one_thing() -> None:
    # "国家级奶牛、奶羊核心育种场" asked of "a national-level dairy cow core breeding farm": 奶牛 then 核心育种场 is one farm
    names = "set up a new 国家级 奶牛 核心育种场"
    assert _apart([names.index("奶牛"), names.index("核心育种场")], names) == [names.index("奶牛")]
    joined = "一个 孵化器 和 众创空间"
    assert _apart([joined.index("孵化器"), joined.index("众创空间")], joined) == [joined.index("孵化器"), joined.index("众创空间")]


def test_a_count_outside_the_range_a_per_head_figure_is_given_to_is_not_paid(assistant) -> None:
    # "对养殖荷斯坦等泌乳专用奶牛、存栏规模在 100—3000 头的养殖主体，按每头不超过 400 元的标准给予补贴"
    inside = assistant.ask("Our family ranch keeps 900 Holstein milkers. What's the most we can get from the capacity-upgrade subsidy?")
    assert [c.result for c in inside.calculations] == ["360000"], inside.calculations  # 400元 × 900
    outside = assistant.ask("Our family ranch keeps 4,500 Holstein milkers. What's the most we can get from the capacity-upgrade subsidy?")
    assert not any(c.result == "1800000" for c in outside.calculations)
    assert "1,800,000" not in outside.answer and "180万元" not in outside.answer


def test_each_count_stands_with_the_item_of_its_own_phrase(assistant) -> None:
    # "新评为自治区级、市级文化示范户的，分别给予 1 万元、5000 元一次性奖励": 4 of one level, 2 of the other (户 counts)
    total = _total(assistant.ask("伊旗今年有4户评上自治区级文化示范户、2户评上市级的，一次性奖励一共多少钱？"))
    assert total is not None and total.result == "50000", total
    assert total.steps[:2] == ["自治区级：1万元 × 4 = 4万元", "市级：5000元 × 2 = 1万元"]


def test_a_count_written_after_its_item_counts_that_item(assistant) -> None:
    # "…按照高级、中级、初级社会工作者职业资格证书给予 5000 元、2000 元、1000 元一次性补助"
    total = _total(assistant.ask("我们社工机构今年新取得高级社工证的2人、初级的4人，一次性补助一共多少？"))
    assert total is not None and total.result == "14000", total  # 2 × 5000 + 4 × 1000
    # (a rank is no count: "排进国内前50名" counts one cow, not fifty)
    question = "我们培育出1头荷斯坦牛排进国内前50名"
    assert _count_before(question, question.index("荷斯坦")) == 1


def test_each_number_counts_the_recipients_its_own_words_name(assistant) -> None:
    # "对连续两年入库的国家科技型中小企业给予 5万元奖补，对再次获批和整体迁入我市的国家高新技术企业给予 20 万元奖补"
    total = _total(assistant.ask("我们这有2家国家高新技术企业整体迁入鄂尔多斯，另有5家连续两年入库的国家科技型中小企业，奖补一共多少？"))
    assert total is not None and total.result == "650000", total  # 5 × 5万 + 2 × 20万


def test_agencies_counted_in_english_are_the_recipients_of_a_one_off_award(assistant) -> None:
    # "对新认定的自治区级科技服务机构一次性给予 20 万元奖补"
    total = _total(assistant.ask("Two of our technology service agencies in Ordos were newly recognised at autonomous-region level. "
                                 "What one-off awards do they get in total?"))
    assert total is not None and total.result == "400000", total


def test_a_yearly_sum_over_the_support_period_is_added_up(assistant) -> None:
    # "对国家重点实验室和工程研究中心、制造业创新中心连续 5 年对每年给予不低于1000 万元支持"
    total = _total(assistant.ask("国家重点实验室获批后，在连续支持期内自治区至少给多少钱？"))
    assert total is not None and total.result == "50000000", total
    # "对批准建设的国家技术创新中心，连续 5 年每年给予不低于 3000 万元支持"
    total = _total(assistant.ask("What is the minimum total support a national technology innovation centre gets over the support period?"))
    assert total is not None and total.result == "150000000", total


def test_a_run_of_years_asked_over_the_grant_s_period_is_added_up(assistant) -> None:
    # "对国家级科研机构和“双一流”大学来我区…建设的国家级创新平台…连续 5年给予每年最高 1000 万元科研经费支持"
    total = _total(assistant.ask("A 'Double First-Class' university builds a national innovation platform in Inner Mongolia on its own. "
                                 "How much research funding can it receive at most over the funding period?"))
    assert total is not None and total.result == "50000000", total
    # "the minimum total" asks the sum of the yearly figure asked before it
    answer = assistant.ask("How much does Ordos put into the national agricultural science park each year, and what is the "
                           "minimum total over the committed period?")
    assert [p.slot for p in answer.parts] == ["amount", "amount"]
    total = _total(answer)
    assert total is not None and total.result == "50000000", total


def test_the_other_of_two_items_is_named_by_the_noun_they_share(assistant) -> None:
    # "对有潜力参选院士的高层次领军人才、行业领军人才，分别给予一次性 500 万元、300 万元专项资助"
    total = _total(assistant.ask("研究院新来了一位有潜力参选院士的领军人才，还有两位行业领军人才，一次性专项资助一共多少？"))
    assert total is not None and total.result == "11000000", total  # 500万 + 300万 × 2
    assert total.steps[:2] == ["高层次领军人才：500万元", "行业领军人才：300万元 × 2 = 600万元"]
    # (an English name rendered two ways, "产业领军人才/行业领军人才", is still the other item only)
    total = _total(assistant.ask("Our lab has two industry-leading talents and one researcher who may stand for academician. "
                                 "What one-off funding do they get in total?"))
    assert total is None or total.result != "16000000", total


def test_a_stock_exchange_named_by_its_city_is_no_foreign_place(assistant) -> None:
    # "对在上海证券交易所科创板上市的科技型企业，给予一次性 500 万元奖补；对在自治区股权交易市场科创板挂牌的…20 万元"
    answer = assistant.ask("We first listed on the regional equity exchange's sci-tech board and then on the Shanghai STAR Market. "
                           "How much in one-off awards do we get altogether?")
    assert not answer.refused
    total = _total(answer)
    assert total is not None and total.result == "5200000", total


def test_a_list_s_noun_is_named_by_three_of_its_characters_running(assistant) -> None:
    # "对新获批的国家级和自治区级科技成果转移转化示范区分别给予一次性最高 500 万元、200 万元": read as far as "科技成果转"
    total = _total(assistant.ask("Our banner has one new national-level tech-transfer demonstration zone and one new "
                                 "regional-level one. What is the most they get in one-off funding combined?"))
    assert total is not None and total.result == "7000000", total


def test_a_monthly_figure_counts_the_months_a_question_states_though_no_total_is_asked(assistant) -> None:
    # "外派时间超过6个月的，按 3000 元/人·月给予派出单位综合补贴": 9 months × 3000元
    result = assistant.ask("Our company is sending an engineer to Suzhou for 9 months of off-the-job training. "
                           "What comprehensive subsidy does the company receive?")
    assert [(c.tool, c.result) for c in result.calculations] == [("total", "27000")]
    # the one month a figure is per, and a run of months met as a threshold, are no run counted over
    assert not states_months("引进的人才一个月工资能给到多少？")
    assert not states_months("配偶失业超过6个月，生活补贴多少？") and not states_months("unemployed for over six months")
    assert states_months("实习3个月") and states_months("a 4-month internship")


def test_a_figure_after_a_yearly_salary_condition_or_one_off_is_paid_once() -> None:
    # the banner's and the city's wording of one grant: the yearly salary is whom it is paid to
    banner = ("重点企业新引进的高级经营管理人员、技术研发带头人、安全生产技术总监等骨干人员（税前年薪在60 万元以上并签订 3年以上"
              "劳动合同）一次性给予 10 万元生活补贴。")
    city = ("重点企业新引进的税前年薪在60万元及以上并签订3年以上劳动合同的高级经营管理人员、技术研发带头人、安全生产技术总监等"
            "骨干人员给予10万元生活补贴，对新招聘的普通高校本科毕业生给予1万元一次性生活补贴。")
    assert [(t.per, int(t.yuan)) for t in provision_terms(_clause(banner), banner)] == [("once", 100000)]
    assert [(t.per, int(t.yuan)) for t in provision_terms(_clause(city), city)] == [("once", 100000), ("once", 10000)]
    # a yearly salary paid is yearly
    paid = "其中对于领军人才、高端人才给予最高年薪60万元（税前）支持。"
    assert [t.per for t in provision_terms(_clause(paid), paid)] == ["year"]


def test_years_served_before_a_monthly_figure_asked_are_a_condition_not_a_run_summed(assistant) -> None:
    # "由旗外新引进急需紧缺 E、F 类人才稳定工作满 3年且继续留用的，按照…硕士…2000 元/月…，最长补贴 2年"
    result = assistant.ask("重点企业从旗外新引进的硕士E类人才，稳定工作满3年，每月生活补贴多少？最长补几年？")
    assert _total(result) is None  # no one-off 10万元 × 3年
    assert "2000 元/月" in result.parts[0].answer_line
    assert "2年" in result.parts[1].answer_line and "满 3年" not in result.parts[1].answer_line


def test_a_yearly_tier_naming_no_one_goes_on_with_the_one_off_grant_before_it(assistant) -> None:
    # "对新批准成立的院士专家工作站，一次性给予 100 万元资助；建站后，按照投入和绩效，每年给予最高 50 万元运行补贴"
    result = assistant.ask("If our academician workstation runs for 3 years after approval with top performance ratings, "
                           "what's the maximum total support from the city?")
    total = _total(result)
    assert total is not None and total.result == "2500000" and not result.refused


def test_a_level_named_bare_in_a_run_of_levels_is_that_level(assistant) -> None:
    # "对…国家级、自治区级、市级人才科创载体平台，给予 50 万元、30 万元、10 万元奖励": "-level" said once for the run
    result = assistant.ask("Our company in Ejin Horo newly landed one national, one autonomous-region and one city-level "
                           "talent innovation platform. What rewards is that altogether?")
    total = _total(result)
    assert total is not None and total.result == "900000"
    # the region a company is in names no level of what it gets
    result = assistant.ask("我们在内蒙古自治区，新落地了一个国家级人才科创载体平台和一个市级的，一共奖多少？")
    total = _total(result)
    assert total is not None and total.result == "600000"


def test_the_figure_whose_own_item_the_question_names_is_summed_not_the_first_of_its_tier(assistant) -> None:
    # "可按照博士（或正高级职称人员）2000 元/人·月、硕士（或副高级职称人员…）1500 元/人·月标准申请租房补贴，最长补贴 36 个月"
    ask = "A high-level talent working full-time in central Ordos has {} and no owned housing. What's the maximum total rent subsidy?"
    master = _total(assistant.ask(ask.format("a master's degree")))
    assert master is not None and master.result == "54000" and master.steps[0].startswith("硕士")
    doctor = _total(assistant.ask(ask.format("a PhD")))
    assert doctor is not None and doctor.result == "72000"


def test_a_total_for_one_talent_class_leaves_out_what_other_classes_are_paid(assistant) -> None:
    # "其中 B、C、D 类人才可分别享受…；急需紧缺的 E、F 类人才可享受最高 30 万元/年岗位特聘补贴，最长补贴 10 年"
    result = assistant.ask("An E-class specialist is hired into an Ordos municipal state-owned enterprise and gets the maximum "
                           "special-post subsidy for the longest period allowed. What is the total over that period?")
    totals = [c for c in result.calculations if c.tool == "total"]
    assert [c.result for c in totals] == ["3000000"] and not any("B、C、D" in step for step in totals[0].steps)



def test_a_count_put_before_the_item_with_words_describing_it_counts_it(assistant) -> None:
    # "给予个人 2万元、团队 5 万—15 万元支持资金": 3名 is put before 个人 with what they are between
    result = assistant.ask("一个嘎查有3名成绩突出的农村牧区实用人才个人获评，个人支持资金合计多少？")
    total = next((c for c in result.calculations if c.tool == "total"), None)
    assert total is not None and total.result == "60000" and total.steps == ["个人：2万元 × 3 = 6万元"]


def test_each_run_of_years_is_paid_at_the_yearly_figure_its_own_words_name(assistant) -> None:
    # "…“促优培育”行动…培育期每年给予最高 500 万元补贴；对获批的自治区级高新区，“十四五”期间每年给予最高 1000 万元补贴"
    result = assistant.ask("我们园区作为自治区级高新区“促优培育”对象培育了2年，之后获批自治区级高新区，“十四五”期间又拿了3年，"
                           "按最高标准一共能拿多少补贴？")
    total = _total(result)
    assert total is not None and total.result == "40000000"
    assert total.steps[0].endswith("500万元 × 2年 = 1000万元") and total.steps[1].startswith("“十四五”期间")


def test_a_count_of_things_the_figure_does_not_name_does_not_multiply_it(assistant) -> None:
    # "对具有自主知识产权的马铃薯优质新品种，年推广面积在 10 万亩以上的一次性奖补 500 万元…对通过国家审定的玉米、大豆等品种
    # 每个一次性奖励 10 万元": three maize varieties are not three potato varieties
    result = assistant.ask("我们有一个自主知识产权的马铃薯新品种今年推广了11万亩，还有3个玉米品种通过了国家审定，一次性奖励一共多少？")
    total = _total(result)
    assert total is not None and total.result == "5300000"
    english = assistant.ask("We own a potato variety with independent IP planted on 110,000 mu this year, and 3 maize varieties "
                            "passed national approval. What one-off rewards do we get in total?")
    assert not any(c.result == "15000000" for c in english.calculations)


def test_a_list_its_clause_gives_again_is_added_again(assistant) -> None:
    # "对首次认定的市级“人才飞地”，分别按孵化类 200 万元、研发类 100 万元给予一次性奖励…管理期满考核优秀的，分别按孵化类
    # 200 万元、研发类 100 万元再给予一次性奖励"
    result = assistant.ask("我们在市外建的孵化类“人才飞地”被认定为市级人才飞地，3年管理期满考核又是优秀，一共能拿多少一次性奖励？")
    total = _total(result)
    assert total is not None and total.result == "4000000" and total.steps[0] == "孵化类：200万元"


def test_a_one_off_grant_set_by_a_change_is_added_when_the_change_stated_meets_it(assistant) -> None:
    # "每测定一头奶牛并上传有效数据补贴 70 元，较上一年度新增测定有效数据超过 3万头的，一次性奖励 100万元"
    total = _total(assistant.ask("测定中心今年测定奶牛4万头并上传有效数据，比上年多了3.2万头，补贴和奖励加起来一共多少？"))
    assert total is not None and total.result == "3800000", total  # 70元 × 40000 + 100万元
    assert "70元 × 40000" in total.steps[0]
    # a change short of the threshold adds nothing, and is no count of the cows tested
    total = _total(assistant.ask("测定中心今年测定奶牛4万头并上传有效数据，比上年多了1万头，补贴和奖励加起来一共多少？"))
    assert total is not None and total.result == "2800000", total


def test_people_counted_are_paid_the_person_item_of_a_list_for_people_and_teams(assistant) -> None:
    # "对于成绩突出的农技推广服务人才…等农村牧区实用人才或团队，给予个人 2万元、团队 5 万—15 万元支持资金"
    for question in ("我们乡有三名农技推广人员被评为成绩突出的农村牧区实用人才，一共能拿多少支持资金？",
                     "Three farm-tech extension workers in our township were recognised as outstanding individual rural "
                     "practical talents in Ejin Horo. What's the total support they'd receive?"):
        total = _total(assistant.ask(question))
        assert total is not None and total.result == "60000", (question, total)
        assert total.steps == ["个人：2万元 × 3 = 6万元"]


def test_the_top_of_a_range_written_with_a_dash_is_the_most_asked(assistant) -> None:
    # "对新注册并获得自治区级及以上“诚信服务示范机构”荣誉称号的人力资源服务企业的，给予30万元—50万元奖励" and
    # "…开展各类智力合作与交流活动的，按组织活动的规模大小、实际效果给予最高 30 万补贴"
    # (the English question now reads the new-energy talent policy's "给予最高 50 万元落户奖励", which the glossary's
    # "integrity service model" names: the same 80万元)
    total = _total(assistant.ask(
        "An HR service firm registers in Ejin Horo, gets the region's 'integrity service model' title, and also organises "
        "intellectual-cooperation events for the strategic emerging industries. What's the maximum it could get from both?"))
    assert total is not None and total.result == "800000", total
    # "…“诚信服务示范机构”荣誉称号的人力资源服务企业的，给予 30 万元—50 万元奖励。…全职引进 A类…分别给予 30 万元…荐才奖励"
    total = _total(assistant.ask(
        "人力资源服务企业在伊金霍洛旗新注册并获得自治区级“诚信服务示范机构”荣誉称号，又举荐并协助用人单位全职引进了1名A类人才，"
        "按中介组织荐才奖励最多一共能拿多少？"))
    assert total is not None and total.result == "800000", total
    assert "50万元" in total.steps[0] and not any("30 万元—" in step or "30万元—" in step for step in total.steps)


def test_a_child_named_by_its_age_is_paid_the_childs_figure(assistant) -> None:
    # "对其年龄达到 70 周岁及以上的父母每人每年给予 2000 元养老补贴，对其年龄不满 3 周岁的子女给予每人每年 2000 元托幼补贴"
    total = _total(assistant.ask("I'm a city-level high-level talent working full-time in Ordos; both my parents are over 70 and "
                                 "I have a 2-year-old. How much 'warm talent' subsidy would we get per year?"))
    assert total is not None and total.result == "6000", total


def test_a_yearly_amount_over_the_whole_run_of_its_policy(assistant) -> None:
    # "该政策措施执行时间为 2022--2025 年，市财政每年投入 5000 万元"
    total = _total(assistant.ask("The Ordos fruit, vegetable and minor-grain measures run 2022–2025 — if the city puts in its "
                                 "yearly amount every year, how much is that over the whole run?"))
    assert total is not None and total.result == "200000000", total


def test_a_number_of_people_the_guide_states_is_not_multiplied_by_the_askers_people(assistant) -> None:
    # "新招聘“双一流”高校毕业生和名优教师 162 名" is no count per student: the question asks the banner's rate of them
    result = assistant.ask("For a school-investment pitch: if 2,000 local students sit the gaokao, how many would you expect "
                           "to clear the undergraduate line at the banner's rate?")
    assert not any(c.result == "324000" for c in result.calculations)
    assert [c.result for c in result.calculations] == ["1900"]  # "高考本科上线率 95%"


def test_animals_counted_are_paid_per_head_and_two_ranks_are_no_one_rate(assistant) -> None:
    # "对育种能力评价结果达到良好等级以上的奶牛育种企业给予基础性奖励 100 万元…对培育出排名进入国际前 200 名或国内前 50 名荷斯坦
    # 奶牛的育种企业每头奖励 100 万元，50（不含）—100 名的每头奖励 50 万元"
    total = _total(assistant.ask("Our dairy breeding company's evaluation is rated 'good' and this year we bred two Holstein "
                                 "bulls ranked in China's top 50. How much reward in total?"))
    assert total is not None and total.result == "3000000", total
    # (bulls at two ranks are paid at two rates: one rate for all of them, or one rank's left out, is no sum)
    result = assistant.ask("Our dairy breeding company was rated 'good' in the breeding-capacity evaluation, and this year two "
                           "of our Holstein bulls ranked in China's top 50 and one ranked 70th. What is our total reward?")
    assert _total(result) is None or _total(result).result == "3500000"


def test_a_second_thing_got_told_with_and_has_been_is_added(assistant) -> None:
    # "对连续两年入库的国家科技型中小企业给予 5万元奖补，对再次获批和整体迁入我市的国家高新技术企业给予 20 万元奖补"
    total = _total(assistant.ask("In Ordos, a company has been in the national tech-SME database two years running and has just "
                                 "been re-approved as a national high-tech enterprise. How much in awards can it get?"))
    assert total is not None and total.result == "250000", total


def test_a_monthly_figure_paid_for_at_most_so_many_years_counts_their_months(assistant) -> None:
    # "按照博士（或正高级专业技术职称人员）3000 元/月…给予生活补贴，最长补贴 2年"
    total = _total(assistant.ask("At the banner level, a key enterprise brought in a PhD (E-class) from outside who has stayed "
                                 "3 years. What's the maximum total living allowance he can get?"))
    assert total is not None and total.result == "72000", total
    assert total.steps == ["博士(或正高级专业技术职称人员)：3000元 × 24 months = 7.2万元"]


def test_figures_in_the_measure_asked_are_added_up(assistant) -> None:
    # "实施万亩沙棘种植、草原生态修复等生态建设 25 万亩，修复采煤沉陷区复垦区 4.7 万亩"
    total = _total(assistant.ask("伊金霍洛旗的生态建设面积和采煤沉陷区复垦区面积加起来一共多少万亩？"))
    assert total is not None and (total.result, total.unit) == ("297000", "亩")
    assert total.steps[-1] == "合计：29.7万亩"
    # "积极争取高标准农田建设项目 710 万亩以上…实施 2130 万亩黑土地保护性耕作"
    total = _total(assistant.ask("In Inner Mongolia's 2024 policy list, how many mu do the high-standard farmland target and the "
                                 "black-soil conservation tillage target come to in total?"))
    assert total is not None and total.result == "28400000"
    # (provision_terms reads a measure only when asked to: money is what a total adds by default)
    text = "实施万亩沙棘种植、草原生态修复等生态建设 25 万亩，修复采煤沉陷区复垦区 4.7 万亩"
    assert provision_terms(_clause(text), text) == []
    assert [t.shown() for t in provision_terms(_clause(text), text, counting="area")] == ["25万亩", "4.7万亩"]
