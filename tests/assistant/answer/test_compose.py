"""The composer's rules, on their own and on the real guide."""

import re
from decimal import Decimal

from assistant.answer.compose import (
    animals_named,
    asks_lasting,
    chinese_named,
    crops_named,
    degrees_named,
    mentions,
    rank_stated,
    stated_figures,
    states,
    states_key,
)
from assistant.answer.question import parse_question
from assistant.quantities import Quantity


def _q(value: str, unit: str) -> Quantity:
    return Quantity(Decimal(value), unit, f"{value}{unit}")


def test_a_key_word_is_stated_by_the_longer_name_it_shortens() -> None:
    assert mentions("对呼包鄂三市国家高新技术产业开发区给予 5000 万元支持", "高新区")
    assert not mentions("工业企业资金", "工资")  # two characters shorten nothing
    assert not mentions("高新技术企业。对开发区", "高新区")  # not across a sentence
    assert mentions("分别承担 45%和 30%的保险费补贴", "保费", pairs=True)  # the figure asked of: one character between
    assert not mentions("工业企业资金", "工资", pairs=True)
    # the guide writes a space beside a letter or a digit ("B 类及以上"); it parts no word
    assert mentions("全力支持 B 类及以上高层次人才发展", "B类")


def test_a_count_of_things_is_not_stated_by_money_or_a_share() -> None:
    assert states("count", _q("5", "家"), counted=True)
    assert not states("count", _q("100", "万元"), counted=True)
    assert not states("count", _q("30", "%"), counted=True)
    assert states("count", _q("100", "万元"))  # "要达到多少？" may be any figure


def test_a_figure_asked_in_a_unit_is_stated_only_in_that_unit() -> None:
    assert states("count", _q("350", "立方米"), measure="volume")
    assert not states("count", _q("2.06", "元/立方米"), measure="volume")  # a price per m³ is no volume


def test_a_loan_tenor_is_no_period_and_a_subsidy_no_price() -> None:
    assert [q.unit for q in stated_figures("按照一年期贷款市场报价利率（LPR）的 70%", "duration")] == ["%"]
    assert [q.text for q in stated_figures("每支补贴30 元", "price")] == []
    assert [q.text for q in stated_figures("每支补贴30 元", "amount")] == ["30 元"]
    assert [q.text for q in stated_figures("110KV：0.401 元/度", "price")] == ["110KV", "0.401 元/度"]


def test_how_long_a_benefit_lasts_is_no_period_served_or_signed_for() -> None:
    text = "由旗外新引进急需紧缺 E、F 类人才稳定工作满 3年且继续留用的，按照博士 3000 元/月给予生活补贴，最长补贴 2年。"
    assert [q.text for q in stated_figures(text, "duration", lasting=True) if q.unit == "年"] == ["2年"]
    assert [q.text for q in stated_figures(text, "duration") if q.unit == "年"] == ["3年", "2年"]  # "满几年才能申请" asks the 3
    signed = "签订 3年以上劳动合同，最长支持 5年"
    assert [q.text for q in stated_figures(signed, "duration", lasting=True) if q.unit == "年"] == ["5年"]
    # how long one must have paid or served to qualify asks the condition itself
    assert asks_lasting(parse_question("稳定工作满3年的E类人才，生活补贴最长给几年？").parts[0])
    assert asks_lasting(parse_question("For how long is the living allowance paid?").parts[0])
    served = parse_question("To claim the skill-upgrading subsidy, how long must I have paid unemployment insurance?")
    assert not asks_lasting(served.parts[0])
    assert [q.text for q in stated_figures("给予一次性 20 万元奖补", "amount", pays=True)] == []  # a fee asked: no award answers it
    assert [q.text for q in stated_figures("对 2019 年以后开工、连续支持 3 年", "duration")] == ["3 年"]  # a date does not last


def test_a_question_asking_no_figure_is_not_computed(assistant) -> None:
    result = assistant.ask("享受西部大开发15%的税率，要去哪个部门备案？要交哪些材料？")
    assert not result.calculations and "还需要您提供" not in result.answer


def test_a_document_the_clause_follows_answers_which_document(assistant) -> None:
    result = assistant.ask("扶持农牧民合作社发展政策是根据哪个文件制定的？文号多少？")
    assert not result.refused and len(result.parts) == 1  # the same ask twice is one part
    assert "内农牧计财发〔2022〕346 号" in result.answer


def test_support_per_year_asks_for_money(assistant) -> None:
    result = assistant.ask("自治区对呼包鄂的国家高新区每年给多少支持？")
    assert result.parts[0].slot == "amount" and "5000 万元" in result.parts[0].answer_line
    assert result.answer.count("5000 万元") == 1  # the quote repeating the direct line is not shown again


def test_parts_contrasting_levels_are_answered_from_each_level(assistant) -> None:
    result = assistant.ask("引进人才的父母七十多岁了，鄂尔多斯市里和伊旗分别给多少养老补贴？")
    assert [p.answered for p in result.parts] == [True, True]
    assert "2000 元养老补贴" in result.parts[0].answer_line and "1000 元养老补贴" in result.parts[1].answer_line
    assert result.parts[0].markers != result.parts[1].markers  # two provisions, two citations


def test_another_sectors_tier_is_not_quoted_as_a_tie(assistant) -> None:
    result = assistant.ask("110千伏和10千伏的工业电价分别是多少？")
    assert "0.401 元/度" in result.parts[0].answer_line and "0.477 元/度" in result.parts[1].answer_line
    assert "农业" not in result.answer and len(result.citations) == 1


def test_a_later_part_is_answered_from_the_clause_of_the_part_before(assistant) -> None:
    result = assistant.ask("旗里的肉牛保险一头保费多少？养殖户自己掏多少？")
    assert [p.answered for p in result.parts] == [True, True]
    assert "70 元" in result.parts[1].answer_line and result.parts[0].markers == result.parts[1].markers


def test_the_word_a_figure_is_asked_of_must_be_stated_when_the_guide_writes_it_rarely(assistant) -> None:
    composer = assistant.chain.extractive.composer
    assert composer.asked_word("病残津贴审核通过前要公示多少天？") == "公示"
    assert composer.asked_word("设施农业贷款贴息最多能贴多少？") == "贴息"
    assert composer.asked_word("补贴标准是多少？") is None  # a common word names no particular figure
    assert composer.asked_word("管道接驳要交多少钱？") is None  # a word the guide never writes
    # …unless it is a fee: one the guide never names, by any of its ways of writing it, no provision states
    assert composer.asked_word("管道接驳费要交多少钱？") == "接驳费"
    assert composer.asked_word("每月电费多少？") is None  # 电费 is 电价, which the guide writes
    # the "60 日后暂停发放" of the same document says nothing of 公示: it is not offered
    answer = assistant.ask("病残津贴审核通过前要公示多少天？")
    assert "60 日" not in answer.answer


def test_the_noun_an_english_figure_is_asked_of_gives_its_guide_words(assistant) -> None:
    composer = assistant.chain.extractive.composer
    fee = composer.asked_word_en("What is the connection fee for a new company?")
    assert fee and all("费" in word for word in fee)  # the last noun of the phrase, in the guide's words
    assert composer.asked_word_en("What is the minimum registered capital required?") == composer.asked_word_en(
        "What is the minimum registered capital?"
    )  # a participle after the noun names nothing
    assert composer.asked_word_en("How much subsidy can a dairy farm get?") == ()  # 补贴: a common word
    assert composer.asked_word_en("What is the total amount?") == ()  # a kind of figure, not a thing
    assert composer.asked_word_en("How much is the subsidy per straw of semen?") == ()  # only the glossary's senses count
    assert composer.asked_word_en("What is the subsidy per head for dairy cows?") == ()  # a unit the figure states


def test_funding_asked_is_received_not_a_fee(assistant) -> None:
    answer = assistant.ask("企业牵头组建创新联合体，鄂尔多斯最多给多少经费？")
    assert len(answer.parts) == 1 and answer.parts[0].slot == "amount"
    assert "1000万元" in answer.answer.replace(" ", "") and answer.citations[0].clause_id == "p4.g3.d1.i3.i2"


def test_a_price_is_of_the_thing_the_provision_labels(assistant) -> None:
    # the heating tiers are priced per 平方米 too, but they price heating, not flats
    flats = assistant.ask("伊金霍洛旗新建商品房每平米大概多少钱？")
    assert not any("供热" in " ".join(c.title_path) for c in flats.citations) and "14.5" not in flats.answer
    water = assistant.ask("企业用自来水一吨多少钱？")
    assert "10.4 元/吨" in water.answer  # labelled by its tier: "工商业用水：10.4 元/吨"
    power = assistant.ask("110千伏工业电价多少？")
    assert "0.401 元/度" in power.answer


def test_a_date_written_out_states_no_period_count_or_amount() -> None:
    text = "2021 年 12 月 27 日国家发展改革委、商务部发布的 2021 年版《外商投资准入负面清单》自 2024 年 11 月 1 日起废止"
    for slot in ("duration", "count", "amount"):
        assert stated_figures(text, slot) == []
    assert [q.value for q in stated_figures("自 2024 年 11 月 1 日起，连续支持 3 年", "duration")] == [3]


def test_a_part_the_guide_does_not_state_keeps_the_nearest_headings_whole(assistant) -> None:
    # (the nearest provisions of the unstated fee include the negative list's "（2024 年版）")
    result = assistant.ask("What does the negative list for foreign investment cover, and what fee do foreign investors pay to register?")
    assert [p.answered for p in result.parts] == [True, False]
    # the nearest headings keep their dates and editions: a heading's year is no unsupported figure
    unstated = result.parts[1].answer_line
    assert re.search(r"20\d\d\s*年", unstated) and unstated.rstrip(". ") in result.answer
    assert all(line.strip(" .") for line in result.answer.splitlines())


def test_a_threshold_to_reach_is_no_support_given() -> None:
    sentence = "对年主营业务收入达到 1.6 亿元的企业，给予每年不超过 300 万元贴息支持"
    assert [q.text for q in stated_figures(sentence, "amount", support=True)] == ["300 万元"]
    assert [q.text for q in stated_figures(sentence, "amount")] == ["1.6 亿元", "300 万元"]  # "营收要达到多少？" asks the threshold
    # a floor of what is given is no threshold
    assert [q.text for q in stated_figures("给予不低于 1万元扶持资金", "amount", support=True)] == ["1万元"]
    assert [q.text for q in stated_figures("营业收入 50 亿元（含）以上的企业，奖励 20 万元", "amount", support=True)] == ["20 万元"]


def test_an_age_is_stated_only_in_years_of_age() -> None:
    assert states("count", _q("35", "岁"), measure="age")
    assert not states("count", _q("1.5", "万人"), measure="age")
    assert not states("count", _q("3", "年"), measure="age")


def test_a_website_or_phone_number_asked_is_not_answered_by_a_sentence_without_one(assistant) -> None:
    result = assistant.ask("自治区综合性科技创新服务平台的网址是什么？")
    assert result.refused
    assert not any(c.clause_id for c in result.citations)


def test_the_bodies_that_issued_a_document_are_named_by_its_number(assistant) -> None:
    result = assistant.ask("延续西部大开发企业所得税政策的公告，是哪几个部门联合发的？")
    assert not result.refused
    assert "财政部 税务总局 国家发展改革委公告 2020 年第 23 号" in result.parts[0].answer_line


def test_a_metadata_part_pointing_back_takes_the_provision_just_answered(assistant) -> None:
    result = assistant.ask("自治区每年选几个以精深加工为主的现代农牧业产业园来支持？由哪两个部门负责？")
    assert [p.slot for p in result.parts] == ["count", "department"]
    assert "农牧厅" in result.parts[1].answer_line and "工业和信息化厅" in result.parts[1].answer_line
    result = assistant.ask("What is Inner Mongolia doing to support IP-pledge financing for patents, and which bodies are responsible?")
    department = result.parts[1]
    first = next(c for c in result.citations if f"[{c.marker}]" in result.parts[0].answer_line)
    assert department.answered and f"[{first.marker}]" in department.answer_line  # the same provision's departments


def test_a_period_pointed_back_to_is_the_documents_own(assistant) -> None:
    # the provision quoted carries no period; the document's opening sentence states 2024 to 2026
    result = assistant.ask("Under the national high-skilled leading-talent cultivation plan, can leading talents delay "
                           "retirement, and over which years does that plan run?")
    period = result.parts[1]
    assert period.slot == "validity" and period.answered
    assert "2024" in period.answer_line and "2026" in period.answer_line


def test_an_english_phrase_of_rare_guide_words_must_be_stated(assistant) -> None:
    composer = assistant.chain.extractive.composer
    assert composer.key_group_en("what share of green energy must data centres reach") == {"数据中心"}
    assert composer.key_group_en("what reward does a city get for being listed") == set()  # single words are no key
    result = assistant.ask("Under the green-manufacturing guideline, what minimum share of green power must new data centres use?")
    assert result.refused or not any("40%" in p.answer_line for p in result.parts)


def test_a_month_of_the_year_is_no_number_of_months() -> None:
    assert [q.text for q in stated_figures("将每年 8月的第 2 周确定为人才周", "duration") if q.unit] == []
    assert [q.text for q in stated_figures("于每年3月底前完成", "duration")] == []
    assert [q.text for q in stated_figures("最长补贴 3个月", "duration")] == ["3个月"]
    assert [q.text for q in stated_figures("以上一年度生鲜乳加工量为基数", "duration")] == []  # 上一年度 is a year, not one year


def test_the_tier_whose_thresholds_the_stated_figures_meet_ranks_first() -> None:
    from assistant.answer.compose import UNMET_THRESHOLD, threshold_fit
    from assistant.quantities import stated_money

    stated = stated_money("去年营收12个亿，我是总经理，工资性收入160万，算哪类人才？")
    assert [int(q.value) for q in stated] == [1_200_000_000, 1_600_000]  # "12个亿", and a bare 万 after 收入
    high = "上年度我市营业收入 50 亿元（含）以上企业主要经营管理人才，且上年度工资性收入在 200万元（含）以上"
    met = "上年度我市营业收入 10 亿元（含）以上企业主要经营管理人才，且上年度工资性收入在 150万元（含）以上"
    low = "上年度我市营业收入 5亿元（含）以上企业主要经营管理人才，且上一年度工资性收入在 100万元（含）以上"
    assert threshold_fit(stated, high) == UNMET_THRESHOLD
    assert threshold_fit(stated, met) > threshold_fit(stated, low) > 1.0  # the tightest tier met fits best
    assert threshold_fit(stated, "对首次认定的高新技术企业给予一次性 30 万元奖励") == 1.0  # no threshold: no change
    assert stated_money("我们有300万亩草场") == []  # 万 of another unit is no money


def test_a_sentence_dates_a_policy_by_its_period_not_by_a_target_year() -> None:
    from assistant.answer.compose import _PERIOD

    for dated in ("自 2021 年 1 月 1 日至 2030 年 12 月 31 日", "试点期限暂定为 2022 年至 2024 年", "2021-2025 年",
                  "本办法自印发之日起施行", "到 2027 年，自治区每年通过外经贸发展专项资金对…给予资金支持"):
        assert _PERIOD.search(dated), dated
    for target in ("到 2025 年全区高新技术企业超过 2000 家", "到 2025 年，全区跨境电子商务交易规模争取突破 50 亿元",
                   "不超过劳动合同期限的工作许可"):
        assert not _PERIOD.search(target), target


def test_a_target_or_a_threshold_is_no_support_paid() -> None:
    from assistant.answer.compose import stated_figures

    assert stated_figures("到 2030 年，各级绿色工厂产值占制造业总产值比重超过 40%", "amount", support=True) == []
    assert stated_figures("全区跨境电子商务交易规模突破 15 亿元人民币", "amount", support=True) == []
    assert [q.value for q in stated_figures("其中不低于 50%用于奖励科技成果转化贡献人", "amount", support=True)] == [50]


def test_a_period_of_whole_years_is_written_as_the_guide_writes_it(assistant) -> None:
    # the low-altitude plan's title: "（2024—2027 年）"
    result = assistant.ask("低空经济实施方案打算在哪些地方探索低空警务试点？这个方案的规划期到哪年？")
    validity = next(p for p in result.parts if p.slot == "validity")
    assert validity.answered and "执行期2024—2027年" in validity.answer_line


def test_how_long_measures_run_is_their_period_and_the_yearly_budget_their_own(assistant) -> None:
    # "该政策措施执行时间为 2022--2025 年，市财政每年投入 5000 万元": the measures' period, not a duration some provision pays
    result = assistant.ask("How long do Ordos's measures for fruit, vegetables and minor grains run, "
                           "and how much does the city budget put in each year?")
    period, budget = result.parts
    assert period.slot == "validity" and period.answered and "2022--2025" in period.answer_line
    assert budget.answered and "5000 万元" in budget.answer_line


def test_a_later_part_naming_a_thing_of_its_own_is_answered_by_the_sentence_stating_it(assistant) -> None:
    # the banner's introduction states the fund (10亿元) and, in another sentence, "12 家中国 500 强企业"
    result = assistant.ask("How big is the green industry development fund the banner set up, "
                           "and how many China Top 500 companies has it brought in?")
    fund, companies = result.parts
    assert fund.answered and "1,000,000,000 yuan" in fund.answer_line
    assert companies.answered and "12 enterprises" in companies.answer_line and "289" not in companies.answer_line


def test_the_rare_words_of_one_run_of_the_question_name_one_thing_together(assistant) -> None:
    # 知识产权质押贷款: the banner's rural loans ("贷款年贴息率为 2.2%") state 贷款 but no 知识产权; the guide gives no rate
    assert assistant.ask("知识产权质押贷款，政府贴息比例是多少？").refused
    # 设施农业贷款担保费率: one provision writes both
    answered = assistant.ask("设施农业贷款担保费率最高多少？")
    assert not answered.refused and "1%" in answered.parts[0].answer_line


def test_a_co_op_is_the_guides_cooperative_organisation_too(assistant) -> None:
    # "村集体、专业合作组织等新型农牧业经营主体和涉农企业 500 万元": the banner's plan writes 合作组织, not 合作社
    result = assistant.ask("Under Ejin Horo's rural revitalisation finance plan, what's the largest interest-subsidised loan "
                           "a co-op can get?")
    assert not result.refused and "5,000,000 yuan" in result.parts[0].answer_line


def test_an_english_question_asking_which_announcement_gets_its_number(assistant) -> None:
    result = assistant.ask("What corporate income tax rate applies to encouraged-industry firms in western China, "
                           "and which announcement sets it?")
    assert [p.slot for p in result.parts] == ["percentage", "doc_number"]
    assert "2020 年第 23 号" in result.parts[1].answer_line


def test_a_period_the_guide_dates_by_day_is_given_by_day(assistant) -> None:
    # "自 2021 年 1 月 1 日至 2025 年 12 月 31 日，对年应纳税所得额低于 100万元…的小型微利企业免征…"
    result = assistant.ask("小型微利企业免征企业所得税地方分享部分，执行到什么时候？")
    validity = next(p for p in result.parts if p.slot == "validity")
    assert "2021年1月1日至2025年12月31日" in validity.answer_line


def test_a_threshold_asked_is_answered_by_the_figure_to_reach(assistant) -> None:
    # 门槛 names a kind of figure, not a provision: the provision stating the threshold answers it
    result = assistant.ask("节能技改项目每节约1吨标准煤奖多少？年节能量门槛是多少？")
    threshold = result.parts[1]
    assert threshold.answered and "2000 吨标准煤" in threshold.answer_line
    tax = assistant.ask("小型微利企业免征企业所得税地方分享部分，年应纳税所得额门槛多少？")
    assert tax.parts[0].answered and "100万元" in tax.parts[0].answer_line


def test_the_departments_given_are_those_of_the_measure_asked_about(assistant) -> None:
    # one clause, several measures, each followed by its own bracket: the high-tech grant's is "（自治区科技厅）"
    result = assistant.ask("外资企业首次认定为高新技术企业，给多少科研经费补助？哪个部门负责？")
    department = next(p for p in result.parts if p.slot == "department")
    assert department.answer_line.split("责任单位为", 1)[1].startswith("自治区科技厅")
    assert "以下任务" not in department.answer_line and "按职责分工负责" not in department.answer_line
    # the grant's own line starts after the bracket the sentence before it opened ("…不再列出）")
    assert "不再列出）" not in result.parts[0].answer_line and "30 万元" in result.parts[0].answer_line


def test_a_tier_stating_the_key_word_answers_over_its_clause_neighbour(assistant) -> None:
    # "其中，充电车每车补贴 4万元，换电车每车补贴 4.5 万元" beside a line of the same clause on bus shares
    result = assistant.ask("新能源巡游出租车购车补贴，充电车和换电车每辆各补多少？")
    assert not result.refused and all(p.answered for p in result.parts)
    assert "4万元" in result.parts[0].answer_line and "85%" not in result.parts[0].answer_line
    # …but a provision of another clause that merely shares a word is no answer
    assert assistant.ask("伊金霍洛旗的最低工资标准是多少？").refused


def test_which_class_is_answered_with_the_heading_the_item_is_listed_under(assistant) -> None:
    # the catalogue lists "“长江学者奖励计划”青年学者入选者" under "四、拔尖人才（D 类）" › "（一）科技创新"
    result = assistant.ask("我是“长江学者奖励计划”青年学者，来鄂尔多斯能认定成哪一类人才？")
    assert result.parts[0].answer_line.startswith("拔尖人才（D 类） › 科技创新：")
    plain = assistant.ask("鄂尔多斯人才目录里科技创新类的拔尖人才有哪些？")
    assert "拔尖人才（D 类） ›" not in plain.answer


def test_a_price_answers_only_a_question_naming_what_it_prices(assistant) -> None:
    # "供热价格" prices heating, "自来水价格：工商业用水" water: "price" alone names neither
    for question in ("What's the average new-home price per square metre in Ejin Horo?",
                     "How much does industrial steam cost per tonne in Ejin Horo?"):
        assert assistant.ask(question).refused, question
    water = assistant.ask("居民用水多少钱一吨？")
    assert not water.refused and "4.05" in water.parts[0].answer_line
    heating = assistant.ask("非居民供热每平米多少钱？")
    assert "29.5" in heating.parts[0].answer_line


def test_a_head_standing_for_an_unwritten_compound_is_not_stated_by_another_compound() -> None:
    # "最低工资" is not in the guide: its head 工资 stands for it, but "项目工资" is another thing
    assert not states_key("按实际给付引进人才税前年薪（或项目工资）的 30%给予用人单位引才补贴", "工资", "最低")
    assert states_key("最低工资标准按月发放", "工资", "最低")
    assert states_key("职工的工资不低于…", "工资", "最低")
    assert states_key("征收企业所得税", "所得税")  # no compound noted: any mention states it


def test_an_amount_asked_per_item_is_not_answered_by_a_share(assistant) -> None:
    # "参照国家农机补贴标准进行补贴（不超过购机费用的 30%）" states no amount per tractor
    for question in ("What is the subsidy per tractor under the farm machinery purchase programme?",
                     "How much purchase subsidy per horsepower does a tractor get under the farm-machinery subsidy?"):
        assert assistant.ask(question).refused, question
    # "购买…新能源巡游出租汽车给予补贴。其中，充电车每车补贴 4万元…": 其中 goes on with the sentence before
    taxi = assistant.ask("新能源巡游出租车每辆补多少？")
    assert "4万元" in taxi.parts[0].answer_line and "85%" not in taxi.parts[0].answer_line


def test_a_duration_asked_of_meeting_a_target_is_answered_by_the_period_stated(assistant) -> None:
    # "多长时间完成目标": 目标 is a kind of figure and 完成 no act a provision must name; "多长时间" names no key word
    result = assistant.ask("高技能领军人才培育计划打算用多长时间完成目标任务？")
    assert not result.refused and "3年左右" in result.answer.replace(" ", "")


def test_a_quoted_line_is_the_best_sentence_of_the_best_clause_not_its_first(assistant) -> None:
    from assistant.answer.chain import Turn

    chain = assistant.chain
    # the clause found first opens with "支持住宿业经营者开展前台接待人员岗前培训"; its sentence on foreign
    # languages comes later and fits better
    turn = chain._retrieve(chain._condense(Turn(question="住宿业经营者在外语服务方面要做什么？", history=[])))
    answer = chain.extractive.answer_parts(turn)[0]
    assert answer.answered and "外语能力的前台" in answer.line


def test_an_items_own_title_sentence_names_the_subject_of_the_sentences_after_it(assistant) -> None:
    # "24.实施科技突围工程。安排 7亿元资金，…": the figure's sentence does not repeat 突围; its title does
    result = assistant.ask("科技突围工程一共安排了多少资金？")
    assert not result.refused and "7亿元" in result.answer.replace(" ", "")


def test_money_asked_in_its_own_units_is_not_answered_by_a_percentage(assistant) -> None:
    from assistant.answer.question import parse_question

    part = parse_question("Under the trade-in plan, how many yuan do I get for scrapping an old car?").parts[0]
    assert part.slot == "amount" and part.per == "money"
    assert parse_question("保费财政补多少？").parts[0].per is None  # a share of the premium may answer it
    result = assistant.ask("Under the consumer goods trade-in plan, how many yuan do I get for scrapping an old car and buying an EV?")
    assert not re.search(r"\d+%", result.answer.split("\n")[0])


def test_a_later_part_naming_nothing_of_its_own_is_asked_of_the_provision_before_it(assistant) -> None:
    # "多少个工作日能批下来" asks of the approval just answered; the pension clause's "不少于 5个工作日的公示"
    # states days of something else
    result = assistant.ask("高校给高层次人才定协议工资，要报哪个部门审批？大概多少个工作日能批下来？")
    assert [p.answered for p in result.parts] == [True, False]
    assert "5个工作日" not in result.answer.replace(" ", "")
    # ...or of another provision under the same heading ("——中央财政对批准建设的优势特色产业集群进行适当补助")
    cluster = assistant.ask("国家优势特色产业集群申报时全产业链产值要达到多少？中央给多少钱？")
    assert all(p.answered for p in cluster.parts) and "1.5亿元" in cluster.answer.replace(" ", "")



def test_an_amount_asked_per_vehicle_is_not_answered_by_a_share(assistant) -> None:
    from assistant.answer.question import parse_question

    assert parse_question("What per-vehicle subsidy do dismantling firms get?").parts[0].per == "item"
    result = assistant.ask("What per-vehicle subsidy do scrapped-car dismantling firms get for collecting cars from owners' homes?")
    assert not re.search(r"\d%", result.answer.split("\n")[0])


def test_asking_words_that_name_nothing_ask_of_the_rare_words_before_them(assistant) -> None:
    # "医院更新手术机器人，…补贴多少比例": the guide names 手术机器人 among equipment to renew, with no
    # share; "新能源汽车比例达到 50%" of official cars is no answer
    robot = assistant.ask("医院更新手术机器人，国家按设备价格补贴多少比例？")
    assert robot.refused or "50%" not in robot.answer
    # one rare word alone (旗医院's 医院) may be the asker's: "对引进优秀退休教师或退休医师的用人单位每年给予最高
    # 20 万元引才补贴" is still found
    doctor = assistant.ask("旗医院想引进一名优秀的退休医师，伊旗每年最多给多少引才补贴？")
    assert not doctor.refused and "20万元" in doctor.answer.replace(" ", "")


def test_a_deadline_is_answered_only_by_a_sentence_stating_a_date(assistant) -> None:
    from assistant.answer.question import asks_deadline

    assert asks_deadline("各盟市每年啥时候之前要报推进情况？") and asks_deadline("By when must the report be filed?")
    assert not asks_deadline("政策什么时候开始执行？")
    assert asks_deadline("要求各地在什么期限之前出台办法？") and asks_deadline("要在多长时限内办结？")
    # "…每年年底前，要向自治区党委、政府报告推进“科技兴蒙”行动情况"
    yearly = assistant.ask("各盟市每年什么时候之前要报告“科技兴蒙”行动推进情况？")
    assert not yearly.refused and "年底前" in yearly.answer
    # the standards measure names no date for new digital-consumption standards
    standards = assistant.ask("By what date must the new digital-consumption standards under the service-consumption measures be issued?")
    assert standards.refused or not re.search(r"20\d\d", standards.answer.split("\n")[0])


def test_a_length_asked_is_answered_by_a_figure_in_kilometres(assistant) -> None:
    # "全旗公路总里程达 4815公里，…铁路运营里程 264 公里"
    answer = assistant.ask("How long are the banner's highways, and how long are its operating railway lines?")
    assert not answer.refused
    stated = answer.answer.replace(",", "").replace(" ", "")
    assert "4815" in stated and "264" in stated
    railway = assistant.ask("伊金霍洛旗的铁路运营里程有多长？")
    assert not railway.refused and "264公里" in railway.answer.split("\n")[0].replace(" ", "")


def test_a_time_asked_is_answered_only_by_a_sentence_stating_a_time(assistant) -> None:
    from assistant.answer.question import asks_when

    assert asks_when("这条管道哪年能建成？") and asks_when("When will the pipeline be finished?")
    assert not asks_when("When a university licenses a patent, who keeps the income?")
    # "将每年 8月的第 2 周确定为“暖城人才周”"
    week = assistant.ask("“暖城人才周”一般安排在什么时候？")
    assert not week.refused and "8月" in week.answer.split("\n")[0].replace(" ", "")
    # the guide only says "推进长春—石家庄天然气管道内蒙古段建设": no time of completion, in either language
    assert assistant.ask("长春到石家庄的天然气管道内蒙古段预计哪年完工？").refused
    assert assistant.ask("When is the Changchun–Shijiazhuang gas pipeline's Inner Mongolia section due to be finished?").refused


def test_how_often_is_answered_only_by_a_sentence_stating_an_interval(assistant) -> None:
    from assistant.answer.question import asks_frequency

    assert asks_frequency("各盟市科技局多久报一次工作情况？") and asks_frequency("How often must districts report progress?")
    assert not asks_frequency("一年最多能领几次？") and not asks_frequency("多久能办下来？")
    # "各旗区、各部门和市属国有企业…按季度报送工作开展情况"
    fund = assistant.ask("基金工作这块，各旗区、各部门和市属国企多久报送一次工作开展情况？")
    assert not fund.refused and "按季度报送" in fund.answer.split("\n")[0]
    english = assistant.ask("How often must Ordos banners, departments and city-owned SOEs report progress on the industrial fund plan?")
    assert not english.refused and "按季度报送" in english.answer.split("\n")[0]
    # "每半年将本地区支持科技型中小企业政策、工作推动情况报自治区科技厅"
    assert "每半年" in assistant.ask("各盟市科技局多长时间要向自治区科技厅报一次支持科技型中小企业的情况？").answer.split("\n")[0]
    # the guide writes "定期会商" with no interval: a yearly round-table of another clause is no answer
    meeting = assistant.ask("各盟市内外资招商部门的定期会商，规定多长时间开一次？")
    assert meeting.refused or "圆桌会议" not in meeting.answer


def test_a_later_part_naming_nothing_asks_more_of_the_provision_just_answered(assistant) -> None:
    # "对于在伊金霍洛旗内首次创办小微企业…的高校毕业生…，所创办的企业…正常运营一年以上…": its conditions
    startup = assistant.ask("在伊金霍洛旗首次创业的高校毕业生，一次性创业补贴多少？有什么条件？")
    conditions = startup.parts[1]
    assert conditions.answered and "正常运营一年以上" in conditions.answer_line
    assert conditions.markers == startup.parts[0].markers  # the same clause, not another one sharing "条件"
    # "是哪个局牵头？要干啥？": what the provision whose departments were given does
    hydrogen = assistant.ask("鄂尔多斯氢能科创平台这块是哪个局牵头？要干啥？")
    assert hydrogen.parts[1].answered and "科创平台" in hydrogen.parts[1].answer_line
    # a later part naming its own subject is searched for, as before
    assert not assistant.chain.extractive.composer.asks_more_of(
        *_part_and_clause(assistant, "一次性创业补贴多少？燃料电池汽车有什么要求？")
    )


def _part_and_clause(assistant, question: str):
    """The second part, the question, the clause found for the first part and those found for the second."""
    from assistant.answer.question import parse_question

    parsed = parse_question(question, [])
    clause = assistant.retriever.search(parsed.parts[0].text, k=1)[0].clause
    found = [h.clause for h in assistant.retriever.search(parsed.parts[1].text)]
    return parsed.parts[1], parsed, clause, found


def test_a_figure_asked_after_a_yes_no_part_keeps_that_part_s_subject(assistant) -> None:
    # "将每年 8月的第 2 周确定为“暖城人才周”" states no allowance; the clause's "暖才" allowances are another provision's
    # (nor does any sentence the search finds grant one: "有补贴吗" is answered by a grant only, so neither part is)
    week = assistant.ask("“暖城人才周”期间参加活动的人才有补贴吗？补多少？")
    assert week.refused and "2000" not in week.answer
    # "对奶牛规模场结核病检测每头补贴 15 元": the provision just answered states it
    tested = assistant.ask("奶牛规模场做结核病检测有补贴吗？每头补多少？")
    assert tested.parts[1].answered and "15 元" in tested.parts[1].answer_line
    # a name quoted as the guide writes it is a key of its own
    assert "暖城人才周" in assistant.chain.extractive.composer.key_words("“暖城人才周”期间有补贴吗")


def test_an_amount_asked_of_each_one_is_no_programme_budget(assistant) -> None:
    # "每年安排不低于 1000 万元支持科技特派员" is what all commissioners share, not what one receives
    result = assistant.ask("How much does each individual tech commissioner (科技特派员) receive per year in Ordos?")
    assert result.refused or "10,000,000" not in result.answer


def test_money_asked_is_not_answered_by_a_number_of_months_computed(assistant) -> None:
    months = assistant.ask("累计缴费8年，病残津贴能领几个月？")
    assert [c.result for c in months.calculations] == ["21"]
    money = assistant.ask("In yuan, how much is the monthly disability allowance (病残津贴) for someone who has paid in for 10 years?")
    assert not any(c.unit == "个月" for c in money.calculations) and "27" not in money.answer


def test_a_table_priced_by_place_does_not_price_another_place(assistant) -> None:
    # "1.工业用地价格 › 参考价格：20-25 万元/亩 ／ 基准价格：蒙苏经济技术开发区 6.53 万元/亩；空港物流园区 8.27 万元/亩"
    other = assistant.ask("What is the industrial land price per mu in Dongsheng District?")
    assert other.refused or not other.parts[0].answered
    listed = assistant.ask("空港物流园区工业用地价格是多少？")
    assert "8.27 万元/亩" in listed.parts[0].answer_line
    own = assistant.ask("伊旗工业用地多少钱一亩？")  # the guide's own place: its reference price
    assert "20-25 万元/亩" in own.parts[0].answer_line


def test_a_kind_of_figure_is_asked_of_the_noun_before_it(assistant) -> None:
    composer = assistant.chain.extractive.composer
    assert composer.asked_word_en("What's the VAT rate for selling fuel cell vehicles?") == ("增值税",)
    # the guide states no VAT rate for fuel-cell vehicles: its 30% station subsidy is no answer
    vat = assistant.ask("What's the VAT rate for selling hydrogen fuel cell vehicles in Ordos?")
    assert vat.refused or "30%" not in vat.answer


def test_a_long_english_name_is_a_key_where_the_guide_writes_it(assistant) -> None:
    composer = assistant.chain.extractive.composer
    # 技术创新中心 is no word of its own to the tokenizer; the guide writes it, and a long name names it
    assert composer.key_group_en("a national technology innovation center approved") == {"技术创新中心"}
    # a short phrase is not counted that way: "crop insurance" (种植业保险) may be the glossary's guess
    assert composer.key_group_en("full-cost crop insurance in grain counties") == set()
    # so the manufacturing innovation centres' 1000万元 is no answer about a technology innovation centre
    result = assistant.ask("A national technology innovation center approved in Inner Mongolia — how much support per year?")
    assert "10,000,000" not in result.answer


def test_a_per_unit_phrase_is_no_key_of_an_english_question(assistant) -> None:
    composer = assistant.chain.extractive.composer
    assert composer.key_group_en("how much support per year") == set()  # 每年 says per what, not which provision
    assert composer.key_group_en("the frozen semen subsidy per cow") == {"冻精"}


def test_a_yes_no_question_stating_figures_is_answered_by_the_tier_they_meet(assistant) -> None:
    # "上年度纳税 5亿元（含）以上…" and "上年度纳税 2亿元（含）以上…": 2.5亿元 meets the second
    result = assistant.ask("我们是制造业企业，上年纳税2.5亿元，董事长工资性收入180万元，他能算高层次人才吗？")
    assert "2亿元（含）以上" in result.answer.split("\n")[0].replace(" 2亿元", "2亿元")


def test_meetings_counted_in_chang_are_counts(assistant) -> None:
    # "各盟市每年度至少组织 1场外资企业圆桌会议，自治区本级每年度至少组织2场"
    result = assistant.ask("外资企业圆桌会议自治区本级每年至少开几场？")
    assert not result.refused and "2场" in result.answer.replace(" ", "")


def test_an_items_title_naming_the_key_counts_in_its_sentences_fit(assistant) -> None:
    # "（1）新建日光温室。对新建相对集中连片 30 亩以上，…按棚内净面积每亩补贴 6万元": the city's standard
    both = assistant.ask("新建日光温室，自治区和市里的补贴标准各是多少？")
    assert "6万元" in both.answer.replace(" ", "") and len({c.clause_id for c in both.citations}) >= 2
    # a title naming no key ("4.创新金融保险服务。") gives its sentences nothing: no guarantee rate answers this
    growth = assistant.ask("What annual growth rate for service consumption do the service-consumption measures set?")
    assert growth.refused or "1%" not in growth.answer


def test_square_metres_written_as_one_sign_are_an_area(assistant) -> None:
    from assistant.quantities import quantities

    assert [(q.value, q.unit) for q in quantities("提供不超过100㎡的限价住房")] == [(100, "平方米")]


def test_the_guides_words_an_english_question_quotes_name_the_provision(assistant) -> None:
    # "引进人才到企业服务期限一般为 3 年，…可适当延长至 5年" is under the 政录企用 heading
    result = assistant.ask("Under Ejin Horo's '政录企用' scheme, how long do recruited researchers normally serve in the company?")
    assert not result.refused and "3 years" in result.answer
    assert any("服务期限一般为" in c.text for c in result.citations)
    # "prefabricated (装配式)": the guide's word the asker adds finds the 25% target
    share = assistant.ask("By the end of 2024, what share of new buildings in Inner Mongolia should be prefabricated (装配式)?")
    assert not share.refused and "25%" in share.answer.split("\n")[0]


def test_who_pays_names_no_provision_in_english_either(assistant) -> None:
    composer = assistant.chain.extractive.composer
    # the central government (中央财政) says who pays; the specialty industry (特色产业) is what is paid for
    assert composer.key_group_en("How much does the central government give a specialty industry cluster?") == {"特色产业"}
    assert composer.key_group_en("How much does the central government give?") == set()


def test_a_key_stated_by_the_sentence_before_is_the_next_ones_too(assistant) -> None:
    # "须提出“三新”“一强”推进计划。推进计划可覆盖…，投资总额需超过 2000万元": the plan of the 小巨人 firms
    result = assistant.ask("小巨人三新一强推进计划最低投资多少？")
    assert not result.refused and "2000万元" in result.answer.split("\n")[0].replace(" ", "")
    english = assistant.ask("For the little-giant '三新一强' plan, what's the minimum total investment?")
    assert not english.refused and "20,000,000 yuan" in english.answer.split("\n")[0]


def test_a_provision_stating_both_the_subject_and_the_word_asked_answers_from_another_clause(assistant) -> None:
    # the 公示 of 病残津贴 is in the clause on 审核, not in those stating 病残津贴 figures
    result = assistant.ask("病残津贴审核前要公示多长时间？")
    assert not result.refused and "5个工作日" in result.answer.replace(" ", "")
    # the asked word is the subject itself: no other clause's figure is offered for a wage the guide does not set
    assert assistant.ask("人社部那个延续失业保险援企稳岗的通知里，失业保险金每个月发多少？").refused


def test_a_document_number_in_square_brackets_is_one(assistant) -> None:
    from assistant.guide.metadata import DOC_NUMBER

    assert DOC_NUMBER.search("按照《…的通知》( 内政办发[2024]24号)相关要求")
    result = assistant.ask("鄂尔多斯氢能若干措施是依据自治区哪个文件制定的？文号多少？")
    assert not result.refused and "内政办发[2024]24号" in result.answer.replace(" ", "")


def test_a_budget_allotted_to_a_programme_is_no_amount_per_person(assistant) -> None:
    # "每年安排不低于 1000 万元支持科技特派员…": what they all share, not what one commissioner gets
    assert assistant.ask("科技特派员每人每年补贴多少钱？").refused
    # an investment asked with modal words only is money; "项目投资补贴多少" asks a subsidy (a share may answer)
    from assistant.answer.compose import _MONEY_NAMED

    assert _MONEY_NAMED.search("投资总额需要达到多少？") and not _MONEY_NAMED.search("项目投资补贴多少？")


def test_a_category_ask_answers_from_the_catalogue_entry_naming_who_is_classed(assistant) -> None:
    # the ask ("在…目录里算哪类人才") names where to look; the words before it which entry answers
    gold = assistant.ask("世界技能大赛个人项目金牌获得者，在鄂尔多斯市人才目录里算哪类人才？")
    assert "拔尖人才（D 类）" in gold.parts[0].answer_line and "世界技能大赛金牌获得者" in gold.parts[0].answer_line
    chief = assistant.ask("我是市级首席技师，在伊旗的人才分类里算哪一类？")
    assert "市级首席技师" in chief.parts[0].answer_line and "(E 类）" in chief.parts[0].answer_line
    # a catalogue the ask names in quotes is the one answering
    named = assistant.ask("进了两院院士增选有效候选人名单，按“英才兴蒙”工程算几类人才？")
    assert "英才兴蒙" in (named.citations[0].title_path[2] if len(named.citations[0].title_path) > 2 else "")
    assert "二类人才" in named.parts[0].answer_line
    # whose catalogue the ask names ("在伊旗"): the banner's, in the part asking it
    both = assistant.ask("享受国务院政府特殊津贴的专家，在鄂尔多斯市和伊旗分别算哪一类人才？")
    assert "高级人才（E 类）" in both.parts[0].answer_line and "省部级领军人才 (C 类）" in both.parts[1].answer_line
    assert len({c.clause_id for c in both.citations}) == 2


def test_a_long_direct_line_is_never_cut_inside_a_run_of_figures() -> None:
    from assistant.answer.compose import _cut

    text = "每个主体择优分别一次性给予30 万元、50 万元、80 万元、100 万元资金扶持"
    for size in range(15, len(text)):
        cut = _cut(text, size)
        assert not re.search(r"\d\s*$", cut) and not cut.endswith("万")  # never "…80" or "…80 万"
        assert "100 万元" in cut  # a run of figures begun is kept whole
    assert _cut(text, 10) == text[:10]  # words before the figures are cut as they come


def test_what_a_part_is_asked_per_names_no_provision(assistant) -> None:
    # "每条生产线": what is paid per, like 每吨; the words before the ask ("民爆企业…") name what is asked
    result = assistant.ask("民爆企业搞“机械化换人”改造，每条生产线补贴多少钱？")
    assert result.refused and "小杂粮" not in result.answer
    named = assistant.ask("小杂粮加工企业新建分选包装生产线，每条生产线补贴多少？")
    assert not named.refused and "50%" in named.parts[0].answer_line


def test_every_grade_asked_of_a_table_written_one_line_each_is_stated(assistant) -> None:
    result = assistant.ask("伊金霍洛旗居民用天然气三档价格分别是多少？")
    line = result.parts[0].answer_line
    assert all(p in line for p in ("2.06 元/立方米", "2.47 元/立方米", "3.09 元/立方米"))
    one = assistant.ask("居民用气第二档价格是多少？")
    assert "2.47" in one.parts[0].answer_line and "3.09" not in one.parts[0].answer_line


def test_a_table_for_another_kind_of_use_does_not_price_the_kind_asked(assistant) -> None:
    # the guide prices industrial land only: commercial land's price is not stated
    commercial = assistant.ask("What is the benchmark land price for commercial land in the Airport Logistics Park?")
    assert commercial.refused or not any("8.27" in p.answer_line for p in commercial.parts)
    industrial = assistant.ask("What is the industrial land price in the Airport Logistics Park?")
    assert "82,700 yuan/mu" in industrial.parts[0].answer_line
    # 工商业用气 prices commercial users' gas
    gas = assistant.ask("What is the commercial gas price?")
    assert "3.06" in gas.parts[0].answer_line
    # a user named by its noun ("farms") asks its own tariff: 农业生产用电, not the industrial table before it
    farms = assistant.ask("What is the industrial power price below 1 kV, and what do farms pay under 1 kV?")
    assert "0.504" in farms.parts[0].answer_line and "0.288" in farms.parts[1].answer_line


def test_a_level_to_be_at_is_a_condition_not_a_payment() -> None:
    from assistant.answer.compose import is_condition

    def condition(text: str, figure: str) -> bool:
        start = text.index(figure)
        return is_condition(text, start, start + len(figure))

    assert condition("且上一年度工资性收入在 100 万元（含）以上。", "100 万元")
    assert condition("营业收入达到 1.6 亿元的企业", "1.6 亿元")
    assert not condition("对年节水量在 5 万吨以上的项目，给予 10 万元补助", "10 万元")
    # a level reached, written 达 alone; not a payment that may reach a sum, nor one handed down
    assert condition("每年扶持农牧业总产值达 10 亿元以上、主导产业占镇域农牧业总产值 50%以上的特色镇 5个", "10 亿元")
    assert not condition("给予最高可达 500 万元的奖励", "500 万元")
    assert not condition("资金分两次下达，实施期初下达 50%", "50%")
    # a level passed, written 超 alone (as 超过); not a cap ("不超过")
    assert condition("对产值超 1亿元的特色产业龙头企业", "1亿元")
    assert not condition("每个一次性给予最高不超 300 万元补贴", "300 万元")


def test_a_long_line_goes_on_from_the_phrase_stating_a_key_with_its_figure(assistant) -> None:
    from assistant.answer.compose import _narrow

    text = ("批准建设后，连续 5年对国家技术创新中心每年给予不低于 3000 万元支持，对重点实验室和工程研究中心、制造业创新中心"
            "每年给予不低于 1000 万元支持，对野外科学观测研究站每年给予不低于 100 万元支持，用于开展研发活动。")
    assert "100 万元" not in _narrow(text)  # the opening and the first figures: the station's is cut off
    assert _narrow(text, keys=["科学"]) == "批准建设后，…对野外科学观测研究站每年给予不低于 100 万元支持"
    line = assistant.ask("野外科学观测研究站每年能拿多少支持？").parts[0].answer_line
    assert "野外科学观测研究站每年给予不低于 100 万元支持" in line and "3000" not in line


def test_an_english_key_phrase_stated_in_full_by_another_clause_answers_there(assistant) -> None:
    # the clause found first pays 制造业创新中心 and shares only the situation's words; the one naming
    # 国家技术创新中心 (the glossary's "technology innovation centre") states its yearly support
    result = assistant.ask("A national technology innovation centre is approved in Inner Mongolia. "
                           "What's the minimum support it gets each year?")
    assert not result.refused and "30,000,000 yuan" in result.answer.splitlines()[0]


def test_a_tariff_tier_for_the_voltage_asked_answers_an_english_price_question(assistant) -> None:
    # what the power runs is no word of the table; the tier for the voltage asked is its answer
    result = assistant.ask("Farm irrigation pump on a sub-1kV connection: what's the agricultural power tariff?")
    assert not result.refused and "0.288" in result.answer.splitlines()[0]
    # a price for another kind of user (the strategic industries' 0.29—0.33 元/度) is no industrial tariff at 35 kV
    assert "0.33" not in assistant.ask("What's the industrial power price at 35 kV?").answer


def test_a_schedule_whose_subject_is_the_sentence_before_is_read_with_it(assistant) -> None:
    # "…售价不高于 20 元/公斤的，…给予加氢站运营主体补贴。2022-2025 年分别按照 30 元/公斤、18 元/公斤、11 元/公斤、
    # 3 元/公斤标准执行": the 20 元/公斤 is a condition of whom; the schedule states the subsidy
    line = assistant.ask("鄂尔多斯加氢站运营补贴2024年每公斤补多少？").answer.splitlines()[0]
    assert "11 元/公斤" in line and "20 元/公斤" not in line
    question = "Ordos pays refuelling stations a per-kilogram hydrogen subsidy. What is the rate for 2024?"
    line = assistant.ask(question).answer.splitlines()[0]
    assert "11 yuan/kg" in line and "20 yuan/kg" not in line


def test_a_figure_per_person_answers_only_a_question_asked_per_person(assistant) -> None:
    # "人均公园绿地面积达 51 平方米" is no answer to how large the banner is
    assert "51" not in assistant.ask("How large is Ejin Horo Banner in area?").answer.splitlines()[0]
    assert "51" in assistant.ask("伊旗人均公园绿地面积有多大？").answer.splitlines()[0]


def test_a_keyed_line_stops_before_the_phrase_giving_to_another_recipient(assistant) -> None:
    # "…连续 5年对国家技术创新中心每年给予不低于 3000 万元支持，对重点实验室和工程研究中心、制造业创新中心每年给予不低于
    # 1000 万元支持…": the line for a technology innovation centre ends with its own figure
    line = assistant.ask("A national technology innovation center is approved in Inner Mongolia. How much support does it get "
                         "per year?").answer.splitlines()[0]
    assert "30,000,000 yuan" in line and "10,000,000" not in line
    # a next phrase naming the same thing (the national single champion after the regional one) stays
    line = assistant.ask("制造业单项冠军企业，自治区级和国家级分别奖励多少？").answer
    assert "100 万元" in line and "200 万元" in line


def test_a_grant_asked_of_a_provision_that_only_encourages_is_not_stated(assistant) -> None:
    # "鼓励地方开展环保绩效创 A 行动": encouraged, no reward
    result = assistant.ask("企业开展环保绩效创A行动，旗里有什么奖励？")
    assert result.refused
    granted = assistant.ask("引进博士有没有安家补贴？")
    assert not granted.refused and "安家补贴" in granted.answer


def test_a_year_outside_a_yearly_schedule_is_not_stated(assistant) -> None:
    # "2022-2025 年分别按照 30 元/公斤、18 元/公斤、11 元/公斤、3 元/公斤标准执行"
    outside = assistant.ask("鄂尔多斯加氢站2027年每公斤补多少？")
    assert outside.refused and "300 万元" not in outside.answer
    inside = assistant.ask("Ordos subsidises hydrogen stations per kg sold to demonstration vehicles. What's the rate for 2024?")
    assert not inside.refused and "11 元/公斤" in inside.answer


def test_a_rate_the_guide_never_writes_is_not_stated(assistant) -> None:
    result = assistant.ask("小规模纳税人增值税按多少征收率缴纳？")
    assert result.refused and "房产税" not in result.answer


def test_a_later_part_asks_the_other_line_of_the_table_just_answered(assistant) -> None:
    result = assistant.ask("What do businesses pay for natural gas in Ejin Horo, and what are the three residential tiers?")
    assert "3.06" in result.answer and "2.06 元/立方米" in result.answer and "0.415" not in result.answer


def test_a_tariff_asked_at_two_voltages_takes_both_tiers(assistant) -> None:
    result = assistant.ask("What is the industrial electricity price below 1 kV and at 1-10 kV in Ejin Horo?")
    assert "0.504" in result.answer and "0.477" in result.answer and "0.394" not in result.answer


def test_a_price_relative_to_another_is_a_percentage(assistant) -> None:
    result = assistant.ask("In western regions, what may the minimum transfer price of industrial land be, relative to "
                           "the national minimum price standard?")
    assert not result.refused and "10％～50％" in result.answer


def test_an_english_amount_asked_by_the_year_takes_the_yearly_provision(assistant) -> None:
    result = assistant.ask("How much does Inner Mongolia give a national technology innovation centre each year?")
    assert "3000 万元" in result.answer.split("\n")[0]


def test_a_five_digit_service_hotline_answers_a_hotline_asked(assistant) -> None:
    result = assistant.ask("外国人住宿方面有问题，可以打哪个政务服务热线咨询？")
    assert not result.refused and "12367" in result.answer


def test_a_provision_writing_the_questions_name_of_the_thing_is_preferred(assistant) -> None:
    # "批准建设后，连续 5年对国家技术创新中心每年给予不低于 3000 万元支持" over "对获批国家级制造业创新中心，
    # 连续 5年每年给予 1000 万元研发经费奖补", which shares the words apart
    result = assistant.ask("国家技术创新中心批准建设后，自治区5年里至少给多少钱？")
    assert "3000" in result.answer.split("\n")[0] and "1000 万元" not in result.answer.split("\n")[0]


def test_talent_classes_named_by_a_question_and_by_a_provision() -> None:
    from assistant.answer.compose import asked_talent_class, talent_classes

    assert [asked_talent_class(q) for q in ("an A-class talent", "a Class 1 talent", "category-3 talent", "五类人才签3年",
                                            "属于哪一类人才？", "Is there a class for this?")] == ["A", "一", "三", "五", None, None]
    assert talent_classes("B、C、D 类人才可分别享受") == {"B", "C", "D"}
    assert talent_classes("全职引进 D类及以上人才") == {"A", "B", "C", "D"}
    assert talent_classes("二至四类人才税前 50 万至 300 万元/年") == {"二", "三", "四"}


def test_a_provision_paying_other_talent_classes_does_not_answer_the_class_asked(assistant) -> None:
    # 举荐并协助用人单位全职引进D类及以上人才，分别给予30万元、20万元、10万元、5万元荐才奖励: nothing for class E
    result = assistant.ask("What referral reward does a headhunter get for placing an E-category talent full-time in Ejin Horo?")
    assert "30 万元" not in result.answer.split("\n")[0] and "300,000" not in result.answer.split("\n")[0]


def test_a_compound_the_tokenizer_cuts_apart_is_a_key_when_nothing_else_is(assistant) -> None:
    composer = assistant.chain.extractive.composer
    # 海外 + 仓, 充电 + 桩: the guide writes the compounds, the tokenizer cuts them
    assert composer.key_words("公共海外仓每平方米补贴多少") == {"海外仓"}
    assert composer.key_words("在伊旗自己建一个充电桩") == {"充电桩"}
    # a character standing alone in countless places (奖, 户) or after an adverb joins nothing
    assert composer.key_words("市里一次性奖多少钱") == set()


def test_the_extreme_of_a_figure_names_no_provision(assistant) -> None:
    composer = assistant.chain.extractive.composer
    # "最高奖" (the guide's 最高奖补) says which end is asked; the award asked is 资助
    assert "最高奖" not in composer.key_words("用人单位最高奖多少引才资助")


def test_when_the_rarest_word_is_the_figure_asked_the_next_says_whose(assistant) -> None:
    from assistant.answer.question import parse_question

    composer = assistant.chain.extractive.composer
    question = parse_question("自治区粮食收购贷款信用保证基金的担保费率是多少？")
    terms = composer.part_terms(question.parts[0], question)
    assert terms.keys == {"费率"} and terms.subject == {"粮食", "信用"}
    # the facility-farming loans' 担保费率不高于 1% is another fund's rate
    result = assistant.ask("自治区粮食收购贷款信用保证基金的担保费率是多少？")
    assert result.refused and "1%" not in result.answer


def test_a_yuan_figure_per_year_reads_per_year_in_english() -> None:
    from assistant.answer.compose import english_figure

    assert english_figure(_q("3000000", "元/年")) == "3,000,000 yuan per year"
    assert english_figure(_q("30", "元/公斤")) == "30 yuan/kg"


def test_an_english_fee_or_rate_key_needs_whose_it_is_too(assistant) -> None:
    from assistant.answer.question import parse_question

    composer = assistant.chain.extractive.composer
    question = parse_question("What's the insurance premium subsidy for commercial drone insurance in the region?")
    terms = composer.part_terms(question.parts[0], question)
    assert terms.keys <= {"保费", "保险费"} and "无人机" in terms.subject
    # the grain crops' 45% and 30% premium subsidies are another insurance's
    assert assistant.ask("What's the insurance premium subsidy for commercial drone insurance in the region?").refused
    # 经费 is funding, no fee: research funding asked keeps its key alone
    funding = parse_question("What's the maximum research funding a national innovation platform could get?")
    assert not composer.part_terms(funding.parts[0], funding).subject


def test_an_english_list_is_quoted_from_the_sentence_naming_what_it_lists(assistant) -> None:
    from assistant.answer.question import asked_head_en

    assert asked_head_en("Which large coal bases does the Western Development opinion want to advance?") == "large coal bases"
    assert asked_head_en("What kinds of bank lending will the region step up?") == "bank lending"
    assert asked_head_en("What are the three platforms?") == ""
    # the document's words (中央, 西部大开发) fit a funding sentence of the same clause group; the coal bases name the list
    result = assistant.ask("Which large coal bases does the central government's Western Development opinion want to advance?")
    assert result.citations[0].clause_id == "p3.s2.g1.d1.i1.i1"
    assert "神东" in result.parts[0].answer_line


def test_ejin_horo_named_in_english_is_the_banner_level(assistant) -> None:
    from assistant.answer.question import level_of

    assert level_of("Which tier is that in Ejin Horo's talent catalogue?") == "旗级"
    assert level_of("We are in Ejin Horo and Ordos") is None  # two levels named: none is the actor
    result = assistant.ask("I ran a Fortune Global 500 company as CEO until last year. Which tier is that in Ejin Horo's talent catalogue?")
    assert result.citations[0].clause_id.startswith("p4.g4.d2.")


def test_a_thing_the_question_gives_a_level_is_not_answered_by_the_same_thing_at_another_level(assistant) -> None:
    from assistant.answer.compose import at_another_level, levels_asked

    # the level before a list is each item's: a city-level green factory is not among the regional ones
    said = "对新认定为自治区级绿色园区、绿色工厂、绿色供应链、节水标杆企业的给予 50 万元一次性奖励"
    assert at_another_level(said, levels_asked("市级 鄂尔多斯 绿色工厂 what 一次性 reward do we get"))
    assert not at_another_level(said, levels_asked("自治区级绿色工厂奖多少？"))
    # a mention with no level of its own may be of any level; a level naming who pays is no level of the thing
    assert not at_another_level("支持企业和高校共建重点实验室等创新平台", levels_asked("市级重点实验室有什么支持？"))
    assert levels_asked("市级财政补贴多少？") == []
    # a level written twice ("a regional (autonomous-region-level) centre") gives the thing after the second
    assert levels_asked("a 自治区级 自治区级 企业技术中心 what") == [("自治区", "企业技术中心")]
    # the thing is named by its first four characters: "自治区级内外贸一体化9个试点基地" is the region's 试点
    pilots = assistant.ask("自治区级内外贸一体化试点，要培育多少个试点基地、多少家试点企业？")
    assert not pilots.refused and "55" in pilots.answer
    # the city's laboratory is not the region's: a near miss refused, the region's own still answered
    assert assistant.ask("鄂尔多斯对新认定的市级重点实验室一次补助多少钱？").refused
    regional = assistant.ask("对自治区级重点实验室每年补助多少？")
    assert not regional.refused and "200 万元" in regional.parts[0].answer_line


def test_a_grant_whose_amount_the_guide_leaves_open_takes_no_other_recipients_figures(assistant) -> None:
    from assistant.answer.compose import amount_unstated

    tier = ("对培养新增的一至四类人才，由自治区分别一次性给予 500 万元、200 万元、100 万元、50 万元自主工作经费支持，"
            "对人才培养成效显著的单位给予一定人才工作经费支持。")
    assert amount_unstated(tier, {"成效显著"})
    assert not amount_unstated(tier, {"一至四类"})  # the phrase stating the key states the figures
    first_class = assistant.ask("“英才兴蒙”对培养新增的一类人才，给多少自主工作经费？")
    assert "500 万元" in first_class.parts[0].answer_line


def test_a_target_set_for_another_year_is_no_target_for_the_year_asked(assistant) -> None:
    # "到 2024 年底，全区新建建筑中装配式建筑面积占比力争达到 25%"
    assert assistant.ask("全区新建建筑装配式建筑占比2026年要达到多少？").refused
    answered = assistant.ask("全区新建建筑装配式建筑占比2024年底要达到多少？")
    assert not answered.refused and "25%" in answered.answer
    # an English deadline asks a target of its year too ("by the end of 2025", "by end-2025")
    assert assistant.ask("What share of new buildings must be prefabricated by the end of 2025 in Inner Mongolia?").refused
    english = assistant.ask("What share of new buildings must be prefabricated by end-2024 in Inner Mongolia?")
    assert not english.refused and "25%" in english.answer
    # of two targets, the one set for the year asked: "2022 年底前，…突破 15 亿元。…到 2025 年，…争取突破 50 亿元"
    first = assistant.ask("By end-2022, what cross-border e-commerce trade scale in yuan did Inner Mongolia's action plan aim for?")
    assert "1,500,000,000 yuan" in first.parts[0].answer_line
    later = assistant.ask("内蒙古跨境电商交易规模到2025年要突破多少？")
    assert "50 亿元" in later.parts[0].answer_line


def test_a_yes_or_no_asked_of_years_after_the_period_of_the_figure_named_is_not_stated(assistant) -> None:
    # "自 2021 年 1 月 1 日至 2030 年 12 月 31 日，对设在西部地区的鼓励类产业企业减按 15%的税率征收企业所得税"
    assert assistant.ask("西部大开发15%的优惠税率，2031年以后还能继续享受吗？").refused


def test_a_name_the_guide_writes_only_inside_a_longer_word_is_no_key(assistant) -> None:
    # "人才培养成C类": the guide writes 人才培养成 only in "人才培养成效", so 培养成 names nothing; the class's figure
    # of the 分别 list "经培养达到 A、B、C、D类…分别给予所在单位 200 万元、150 万元、100 万元、50 万元" answers
    result = assistant.ask("在鄂尔多斯工作的人才培养成C类，单位能拿多少培养资助？")
    assert not result.refused
    assert "C类：100 万元" in result.parts[0].answer_line


def test_a_letter_of_a_class_run_names_its_item_in_english_too(assistant) -> None:
    # "…全职引进 A、B、C、D类人才，分别给予 50 万元、40万元、30 万元、20 万元引才荐才奖励"
    result = assistant.ask("An agency helped us hire a B-class talent full-time. How much referral reward does the agency get?")
    assert "400,000 yuan —" in result.answer and "500,000" not in result.parts[0].answer_line


def test_a_grant_asked_is_not_answered_by_a_sentence_paying_none(assistant) -> None:
    result = assistant.ask("伊旗对农户装户用屋顶光伏有补贴吗？")
    assert result.refused


def test_a_place_in_a_ranking_is_the_figure_a_rank_asks(assistant) -> None:
    # "天然气资源主要在乌审旗，储量居全区第一，全国第四"
    result = assistant.ask("乌审旗天然气储量在全区、全国排第几？")
    assert not result.refused and result.parts[0].answered
    assert "全区第一，全国第四" in result.parts[0].answer_line
    # "巴彦淖尔市铜矿、铅矿、锌矿储量均居全国前五位"
    english = assistant.ask("How do Bayannur's copper, lead and zinc reserves rank nationally?")
    assert english.parts[0].slot == "count" and "top 5 —" in english.answer


def test_ranks_stated_are_places_said_to_be_held() -> None:
    from assistant.answer.compose import ranks_stated

    assert [(q.value, q.text) for q in ranks_stated("储量居全区第一，全国第四")] == [(1, "第一"), (4, "第四")]
    assert [q.value for q in ranks_stated("县域经济综合竞争力居全国第 20 位，位列全国百强县第 36 位")] == [20, 36]
    assert ranks_stated("首批第一批试点，第二年起执行") == []  # a batch and a year, no place held


def test_whether_a_thing_exists_is_answered_only_by_a_sentence_stating_it(assistant) -> None:
    # water is priced at one rate per user class ("居民生活用水：4.05 元/吨"): no tiers, so neither part is stated
    assert assistant.ask("伊旗居民用水有没有阶梯价？第二阶梯每吨多少？").refused
    # household gas is priced in tiers, which the guide calls 档 ("第一档价格：2.06 元/立方米")
    gas = assistant.ask("伊旗居民用气有没有阶梯价？")
    assert not gas.refused and "第二档价格：2.47 元/立方米" in gas.answer
    # a key that only says how the thing is meant (专门) is not the thing asked of (基金)
    fund = assistant.ask("旗里有没有专门投绿色产业的政府基金？多大规模？")
    assert not fund.refused and "10亿元" in fund.answer


def test_a_provision_for_another_animal_states_nothing_of_the_one_asked(assistant) -> None:
    # the guide subsidises imported breeding cows ("每头进口良种母牛补贴 4000元") and insures beef cattle; no sheep
    assert assistant.ask("Is there a per-head subsidy for importing breeding sheep in Ordos?").refused
    assert assistant.ask("How much is the Inner Mongolia sheep insurance premium per head?").refused
    cows = assistant.ask("Is there a subsidy for importing breeding cows in Ordos?")
    assert not cows.refused and "4000元" in cows.answer
    assert animals_named("使用奶羊冻精每只补贴 60 元") == {"羊"} and animals_named("马铃薯") == set()


def test_a_grade_of_prize_asked_is_answered_by_a_sentence_naming_one(assistant) -> None:
    # "4.国家自然科学奖、国家技术发明奖、国家科学技术进步奖一等奖及以上获得者第一完成人。" (一类人才认定标准)
    answer = assistant.ask("英才兴蒙里“国家三大科技奖获得者第一完成人”那条认定标准，要求拿到几等奖？")
    assert not answer.refused and re.search(r"[一二]等奖", answer.parts[0].answer_line)


def test_a_tier_for_another_crop_states_nothing_of_the_one_asked(assistant) -> None:
    # the crop-insurance table prices 水地/旱地玉米, 马铃薯, 向日葵 and 大豆 per mu; no wheat
    assert assistant.ask("我种的是水地小麦，政策性种植业保险每亩保险金额和保费是多少？").refused
    potatoes = assistant.ask("What is the per-mu premium for dryland potatoes under crop insurance?")
    assert not potatoes.refused and "24" in potatoes.parts[0].answer_line
    assert crops_named("水地马铃薯每亩保险金额 800 元") == {"马铃薯"} and crops_named("What price per mu?") == set()


def test_a_place_priced_per_mu_by_another_table_is_not_the_place_asked(assistant) -> None:
    # "基准价格：蒙苏经济技术开发区 6.53 万元/亩；空港物流园区 8.27 万元/亩" prices no 康巴什区
    assert assistant.ask("康巴什区的工业用地基准价是多少一亩？").refused
    mengsu = assistant.ask("蒙苏经济技术开发区的工业用地基准价是多少一亩？")
    assert not mengsu.refused and "6.53 万元/亩" in mengsu.answer


def test_an_english_key_phrase_stated_in_full_answers_at_the_floor_beside_a_better_ranked_clause(assistant) -> None:
    # the asker's story ("our SME helps found") is no word of the provision; the key phrase 技术创新中心 is
    result = assistant.ask(
        "If our SME helps found a newly approved national technology innovation centre in Inner Mongolia, how much annual "
        "support would the centre receive?"
    )
    assert not result.refused and "30,000,000 yuan" in result.parts[0].answer_line


def test_a_threshold_read_through_what_its_bracket_includes() -> None:
    from assistant.answer.compose import is_condition

    text = "对年节能量 2000 吨标准煤以上（含 2000 吨标准煤）的节能技术改造项目"
    assert is_condition(text, text.index("2000"), text.index("吨标准煤") + 4)


def test_the_regions_fund_asked_in_english_is_the_regions_not_the_citys(assistant) -> None:
    # "自治区安排重点产业发展引导基金 2亿元", not the city's "产业引导基金出资规模不低于 100 亿元"
    result = assistant.ask("How big is the regional guidance fund for key industries?")
    assert "200,000,000 yuan" in result.parts[0].answer_line


def test_a_documents_number_its_heading_lacks_is_read_where_another_document_cites_it(assistant) -> None:
    # the guide prints the State Council opinion without its number; another document cites it as
    # "《国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见》（国发〔2023〕11 号）"
    result = assistant.ask("国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见，文号是多少？")
    assert not result.refused and "国发〔2023〕11号" in result.answer.replace(" ", "")
    cited = result.citations[0]
    assert "国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见》（国发" in cited.text.replace(" ", "")


def test_the_document_a_question_is_put_under_is_no_key(assistant) -> None:
    # "以上一年度生鲜乳加工量为基数，每增加 1 吨补贴 200 元", in a document whose title says 奶产业, not 奶业
    result = assistant.ask("Under Inner Mongolia's measures for high-quality development of the dairy industry, "
                           "what is paid per extra tonne of raw milk that a dairy processor processes?")
    assert not result.refused and result.parts[0].answered


def test_a_sentence_going_on_from_the_one_before_states_its_words(assistant) -> None:
    # "购买…新能源巡游出租汽车给予补贴。其中，充电车每车补贴 4万元，换电车每车补贴 4.5 万元。"
    result = assistant.ask("How much does the region pay per new-energy cruising taxi bought?")
    assert not result.refused and "4万元" in result.parts[0].answer_line and "4.5 万元" in result.parts[0].answer_line


def test_money_paid_per_tonne_after_a_longer_verb_is_paid_per_tonne(assistant) -> None:
    # "按每综合利用 1吨给予 10 元补助"
    result = assistant.ask("What subsidy per tonne does the region give new industrial solid-waste utilisation projects?")
    assert result.parts[0].answered and "10 元" in result.parts[0].answer_line


def test_a_plural_figure_word_names_no_provision(assistant) -> None:
    # "what are the rates": the kind of figure asked, which "2022-2025 年分别按照30 元/公斤…标准执行" states
    result = assistant.ask("Ordos subsidises hydrogen stations per kilogram sold to demonstration vehicles. "
                           "What are the rates for each year from 2022 to 2025?")
    assert result.parts[0].answered and "18 元/公斤" in result.parts[0].answer_line


def test_an_english_part_naming_nothing_of_its_own_asks_of_the_provision_just_answered(assistant) -> None:
    # "单个企业主导或参与标准制定每年奖励资金不超过 50 万元", not the biomedicine firms' 500 万元 of another item
    result = assistant.ask("What one-off reward does the region give per national standard a company leads drafting? "
                           "And what is the yearly cap per firm?")
    assert "50 万元" in result.parts[-1].answer_line and "500 万元" not in result.parts[-1].answer_line


def test_a_part_pointing_back_that_names_a_fund_of_its_own_is_not_answered_by_the_first_fund(assistant) -> None:
    # "设立 10亿元绿色产业发展基金" and "连续五年设立 1亿元产业振兴资金" are two funds of the banner's profile
    result = assistant.ask("How big is the green industry development fund Ejin Horo set up, and how much does the banner "
                           "put into its rural-industry revitalisation fund each year?")
    assert "10亿元" in result.parts[0].answer_line and "1亿元" in result.parts[1].answer_line


def test_equally_rare_words_are_taken_in_the_order_the_question_names_them(assistant) -> None:
    # a set's order changes from run to run (hash seeds): the rarest words of a question are chosen the same way every time
    composer = assistant.chain.extractive.composer
    words = {"化妆品", "配方", "注册证", "用途"}
    text = "拿了2个特殊医学用途配方食品的注册，又拿了3个特殊化妆品注册证"
    ranked = composer._rarest(words, text)
    assert sorted(ranked) == sorted(words)
    for first, second in zip(ranked, ranked[1:]):
        assert (composer.frequency(first), text.find(first)) < (composer.frequency(second), text.find(second))


def test_a_grant_asked_for_a_recipient_is_one_the_quote_or_its_heading_names(assistant) -> None:
    # the rent subsidy the guide pays is a talent's ("博士…2000 元/人·月…申请租房补贴"), none for logistics firms
    logistics = assistant.ask("Is there a rent subsidy for logistics firms?")
    assert not any(p.answered for p in logistics.parts) and "2000" not in logistics.answer
    doctors = assistant.ask("Is there a rent subsidy for PhD holders?")
    assert doctors.parts[0].answered and "租房补贴" in doctors.answer


def test_a_name_a_chinese_question_quotes_names_what_it_asks_about(assistant) -> None:
    # "“四科”标准科技型中小企业" is a target of the technology plan, which pays it nothing; another 科技型企业's award
    # (a listing on the equity exchange's board) is no award for it
    quoted = assistant.ask("“四科”标准的科技型中小企业，自治区奖多少钱？")
    assert "20 万元" not in quoted.answer and not any(p.answered for p in quoted.parts)
    # without the quoted name the listing award answers
    listed = assistant.ask("科技型企业在自治区股权交易市场科创板挂牌，奖多少钱？")
    assert "20 万元" in listed.answer


def test_chinese_an_english_question_writes_names_what_it_asks_about(assistant) -> None:
    # the western-development rate is for 鼓励类 enterprises; of 限制类 ones the guide states none
    restricted = assistant.ask("What corporate income tax rate applies to 限制类 enterprises in the western region?")
    assert restricted.refused and "15%" not in restricted.answer
    encouraged = assistant.ask("What corporate income tax rate applies to 鼓励类 enterprises in the western region?")
    assert not encouraged.refused and "15%" in encouraged.answer
    # the marks a clause writes inside a name do not part it ("“三新”“一强”"); units and asking words are no names
    assert chinese_named("For the little-giant '三新一强' plan, what is the 文号 and how much is 8亿元 of it?") == ["三新一强"]


def test_a_figure_paid_to_a_thing_of_other_levels_answers_no_thing_asked_at_its_own(assistant) -> None:
    from assistant.answer.compose import levels_asked_en, paid_at_other_levels
    from assistant.quantities import quantities

    agency = "对新认定的自治区级科技服务机构一次性给予 20 万元奖补"
    assert paid_at_other_levels(agency, quantities(agency), [("国家", "")])
    assert not paid_at_other_levels(agency, quantities(agency), [("自治区", "")])
    # every level the sentence names counts, with 级 or without ("国家新型…和自治区级…")
    bases = "对新认定的国家新型工业化产业示范基地和自治区级新型工业化产业示范基地分别给予500万元、300万元一次性奖补"
    assert not paid_at_other_levels(bases, quantities(bases), [("国家", "")])
    assert paid_at_other_levels(bases, quantities(bases), [("市", "")])
    # a sentence giving no level with 级 may pay at any level; a level naming who pays is none of the thing
    assert not paid_at_other_levels("对新认定的科技企业孵化器给予最高 200 万元奖补", quantities("200 万元"), [("国家", "")])
    assert levels_asked_en("a city-level sci-tech platform") == [("市", "")]
    assert levels_asked_en("open our regional HQ in Ordos") == []  # "regional" alone is as often where
    assert assistant.ask("What reward does Ordos give a newly recognised national-level tech service agency?").refused
    assert assistant.ask("盟市级科技成果转移转化示范区新获批，能拿多少经费？").refused
    regional = assistant.ask("对新认定的自治区级科技服务机构奖励多少？")
    assert not regional.refused and "20 万元" in regional.parts[0].answer_line


def test_a_member_of_a_series_the_guide_never_writes_is_not_stated(assistant) -> None:
    from assistant.answer.compose import series_members

    assert series_members("How much for Phase IV trials?") == {"Ⅳ期"}
    assert series_members("phase 4 trial") == {"Ⅳ期"}
    assert series_members("鄂尔多斯市里G类人才") == {"G类"}
    assert series_members("a provincial second-class S&T Progress Award") == set()  # no class S
    composer = assistant.chain.extractive.composer
    assert composer.unwritten_members("开展Ⅳ期临床试验") == {"Ⅳ期"}
    assert composer.unwritten_members("开展Ⅲ期临床试验") == set()  # written in the run "Ⅰ、Ⅱ、Ⅲ期"
    assert composer.unwritten_members("an F-class talent") == set()
    assert assistant.ask("生物医药企业开展Ⅳ期临床试验有补助吗？").refused
    assert assistant.ask("鄂尔多斯市里G类人才安家补贴给多少？").refused
    sixth = assistant.ask("鄂尔多斯市里F类人才安家补贴给多少？")
    assert not sixth.refused and "80 万元" in sixth.parts[0].answer_line
    # numbered classes: "英才兴蒙" pays its 一至四类 talents' working funds, and has no 七类
    assert series_members("对七类人才给多少") == {"七类"} and series_members("Class 7 talents") == {"七类"}
    assert series_members("三类企业") == set() and series_members("有哪七类补贴") == set()  # kinds counted, no class
    assert assistant.ask("英才兴蒙工程对新增的七类人才给多少自主工作经费？").refused
    third = assistant.ask("英才兴蒙工程对培养新增的三类人才给多少自主工作经费？")
    assert not third.refused and "100 万元" in third.answer


def test_a_grant_paid_one_of_two_exclusive_ways_answers_no_question_of_the_other(assistant) -> None:
    from assistant.answer.compose import paid_another_way, ways_asked
    from assistant.quantities import quantities

    full_time = "对企业全职引进的各类产业人才，分级分类给予最低 5万元，最高不超过 40 万元的购房补贴"
    assert ways_asked("柔性引进的人才有购房补贴吗") == [("柔性", "全职|刚性"), ("购房|买房|购买住房|购买商品房", "租房|租住|租赁住房|房租")]
    assert paid_another_way(full_time, quantities(full_time), ways_asked("柔性引进的人才购房补贴多少"))
    assert not paid_another_way(full_time, quantities(full_time), ways_asked("全职引进的产业人才购房补贴多少"))
    flexible = assistant.ask("What's the banner's housing subsidy for an A-class talent brought in on a flexible basis?")
    assert flexible.refused
    assert assistant.ask("柔性引进的人才有购房补贴吗？多少？").refused
    hired = assistant.ask("伊旗全职引进的产业人才购房补贴多少？")
    assert not hired.refused and "40 万元" in hired.answer


def test_an_amount_asked_by_the_year_is_not_a_sum_paid_once(assistant) -> None:
    from assistant.answer.compose import asks_yearly, paid_once_only

    assert asks_yearly("之后每年还有持续补贴吗？")
    assert asks_yearly("除了一次性奖励，每年还有多少运营补贴？")  # the sum paid once is said aside
    assert asks_yearly("How much is paid per year?")
    assert not asks_yearly("What annual rewards does Ordos give for gold awards?")  # an award given each year
    assert not asks_yearly("一次性给多少？")
    assert paid_once_only("对新认定的市级“专精特新”企业、“小巨人”企业分别一次性给予 10 万元和 20 万元奖补")
    assert not paid_once_only("对获批国家级制造业创新中心，连续 5年每年给予 1000 万元研发经费奖补")
    assert assistant.ask("鄂尔多斯市对新认定的市级“专精特新”企业，之后每年还有持续补贴吗？每年多少？").refused
    once = assistant.ask("鄂尔多斯市对新认定的市级“专精特新”企业奖励多少？")
    assert not once.refused and "10 万元" in once.parts[0].answer_line


def test_a_thing_named_by_a_word_the_guide_never_writes_is_not_stated(assistant) -> None:
    composer = assistant.chain.extractive.composer
    assert composer.unwritten_names("工业用蒸汽价格多少") == ["蒸汽"]
    assert composer.unwritten_names("园区工业用地对容积率有什么最低要求") == ["容积率"]
    # a caller's word for the guide's own (孩子 → 子女), asking words, and a name of two written halves name it
    assert composer.unwritten_names("孩子上学有补贴吗") == []
    assert composer.unwritten_names("多长时间开一次") == []
    assert assistant.ask("工业用蒸汽价格多少？").refused
    assert assistant.ask("园区工业用地对容积率有什么最低要求？").refused
    # the caller's own situation is no thing asked: "我们公司办公楼…" is heated at the non-residential price
    heated = assistant.ask("我们公司办公楼2000平方米，在伊旗按非居民供热价一个采暖季要交多少暖气费？")
    assert not heated.refused and heated.calculations and heated.calculations[0].result == "59000"


def test_a_kind_of_figure_named_after_what_is_asked_of_the_noun_before_it(assistant) -> None:
    composer = assistant.chain.extractive.composer
    assert composer.asked_word_en("What VAT rate applies to encouraged-industry firms in the western region?") == ("增值税",)
    assert assistant.ask("What VAT rate applies to encouraged-industry firms in the western region?").refused
    income_tax = assistant.ask("What corporate income tax rate applies to encouraged-industry firms in the western region?")
    assert not income_tax.refused and "15%" in income_tax.answer


def test_a_count_asked_for_a_year_is_not_a_target_set_for_another(assistant) -> None:
    assert assistant.ask("2030年自治区要建多少个国家级重点实验室？").refused
    by_2025 = assistant.ask("到2025年自治区要建多少个国家级重点实验室？")
    assert not by_2025.refused and "4家" in by_2025.answer


def test_a_long_english_term_of_one_rare_guide_word_is_a_key(assistant) -> None:
    composer = assistant.chain.extractive.composer
    assert composer.key_group_en("subsidy for brucellosis vaccination of beef cattle") == {"布病"}
    assert composer.key_group_en("we are hiring engineers for a plant") == set()  # a word of many uses is none
    assert assistant.ask("What's the per-head subsidy for brucellosis vaccination of beef cattle?").refused


def test_a_measure_asked_before_its_word_is_stated_in_the_provisions_own_words(assistant) -> None:
    # "多少工业用水量" is asked of the words around it: the guide writes "5000万立方米工业用水指标", no 水量
    result = assistant.ask("水权二期工程到底给沿黄盟市多少工业用水量？目标是哪一年？")
    assert not result.refused and "5000万立方米" in result.parts[0].answer_line


def test_a_donkey_deer_or_chicken_is_another_animal(assistant) -> None:
    assert animals_named("a new donkey milk farm") == {"驴"}
    assert animals_named("养鸡场") == {"禽"} and animals_named("鹿茸") == {"鹿"}
    # the region's grant for a new dairy-goat farm is none for a donkey farm
    assert assistant.ask("新建驴奶养殖场补贴多少？").refused
    goats = assistant.ask("新建奶羊规模养殖场补贴多少？")
    assert not goats.refused and "200 万元" in goats.answer


def test_an_amount_asked_per_animal_is_stated_only_by_money_paid_per_head(assistant) -> None:
    # the dairy measures pay lump sums to new farms ("…规模养殖场…一次性奖励"), none per camel
    assert assistant.ask("How much does the region pay per camel for a new camel-milk farm?").refused
    tested = assistant.ask("奶牛规模场做结核病检测，每头补贴多少？")
    assert not tested.refused and "15" in tested.parts[0].answer_line  # "结核病检测每头补贴 15 元"


def test_a_rank_below_every_ranked_tier_is_paid_by_none_of_them(assistant) -> None:
    assert rank_stated("an HR services firm ranked 101–200 nationally") == 101
    assert rank_stated("A national top-10 HR services firm") == 10 and rank_stated("排名全国第120位") == 120
    assert rank_stated("a Class 4 talent") is None
    # "对上年度全国人力资源服务业排名前 10 名、前 50 名、前 100 名的人力资源服务企业在本市设立区域总部的，分别给予…"
    assert assistant.ask("排名全国第150位的人力资源服务企业在鄂尔多斯设立区域总部，奖励多少？").refused
    ranked = assistant.ask("排名全国第30位的人力资源服务企业在鄂尔多斯设立区域总部，奖励多少？")
    assert not ranked.refused and "50 万元" in ranked.answer


def test_a_sum_the_question_quotes_names_the_provision_whose_document_is_asked(assistant) -> None:
    # "设立不低于 1000万元科技型中小企业技术研发专项资金" stands in the city's "科技兴蒙" plan; the talent measures
    # ranked near it for "introduction" state no such sum
    result = assistant.ask("What is the name of the city policy document behind the 1000万 R&D fund for tech SMEs?")
    assert not result.refused and "科技兴蒙" in result.parts[0].answer_line


def test_a_count_asked_names_its_thing_after_the_counting_word(assistant) -> None:
    # "多少家自治区级重点实验室": the laboratories are asked of, not the plan ("…建设自治区级重点实验室 165 家")
    composer = assistant.chain.extractive.composer
    assert composer.asked_word("到2025年自治区计划建多少家自治区级重点实验室？") != "计划"
    result = assistant.ask("到2025年自治区计划建多少家自治区级重点实验室？")
    assert not result.refused and "165" in result.answer


def test_a_period_from_one_day_to_another_asks_validity(assistant) -> None:
    from assistant.answer.question import parse_question

    assert parse_question("西部大开发15%企业所得税优惠从哪天执行到哪天？").parts[0].slot == "validity"
    result = assistant.ask("西部大开发15%企业所得税优惠从哪天执行到哪天？")
    assert "2030年12月31日" in result.parts[0].answer_line


def test_one_measure_set_against_another_asks_a_ratio(assistant) -> None:
    from assistant.answer.compose import asks_ratio

    # "西部农产品加工业产值与农业产值比达到 1.6∶1 以上"
    assert asks_ratio("农产品加工业产值与农业产值比需要达到多少？") and not asks_ratio("农产品加工业产值需要达到多少？")
    result = assistant.ask("申请国家农业产业强镇，西部地区农产品加工业产值与农业产值比需要达到多少？")
    assert not result.refused and "1.6∶1" in result.parts[0].answer_line


def test_a_word_saying_must_names_nothing_asked(assistant) -> None:
    composer = assistant.chain.extractive.composer
    assert composer.asked_word("农产品加工业产值与农业产值比需要达到多少？") != "需要"


def test_a_lettered_class_is_stated_by_a_run_of_classes_naming_it(assistant) -> None:
    assert states_key("由旗外新引进急需紧缺 E、F 类人才稳定工作满 3年且继续留用的", "E类")
    assert not states_key("由旗外新引进急需紧缺 E、F 类人才稳定工作满 3年且继续留用的", "D类")
    # "…急需紧缺 E、F 类人才…按照博士…3000 元/月…给予生活补贴"
    result = assistant.ask("A key Ejin Horo enterprise brought in a doctoral Class E talent from outside the banner who stayed "
                           "three years and is kept on. What monthly living allowance applies?")
    assert not result.refused and "3000 元/月" in result.answer


def test_a_name_the_tagger_cuts_into_characters_is_one_key(assistant) -> None:
    composer = assistant.chain.extractive.composer
    # the guide writes "“瞪羚”企业" (a word of its own); the tagger cuts the question's 瞪羚 into 瞪 and 羚
    assert "瞪羚" in composer.key_words("被认定为瞪羚企业，旗里一次性奖多少钱？")
    # no provision awards gazelle enterprises: the green-factory and "小巨人" sums are other things'
    result = assistant.ask("被认定为瞪羚企业，旗里一次性奖多少钱？")
    assert result.refused or "万元" not in result.answer


def test_a_measure_asked_is_stated_by_a_figure_in_its_units(assistant) -> None:
    assert states_key("分级分类提供不超过100㎡的限价住房", "面积")
    assert not states_key("每年提供 100 套", "面积")
    # "对企业全职引进的各类产业人才，分级分类提供不超过100㎡的限价住房，每年提供 100 套"
    result = assistant.ask("产业人才的限价住房面积最大多少？")
    assert not result.refused and "100㎡" in result.parts[0].answer_line


def test_charges_asked_in_english_are_the_prices_of_the_thing_charged(assistant) -> None:
    # "供热价格 › ——非居民供热：29.5 元/平方米": a charge is a price, and the heading prices heating
    result = assistant.ask("What are the heating charges for non-residential buildings in Ejin Horo?")
    assert not result.refused and "29.5" in result.parts[0].answer_line


def test_a_documents_period_stated_in_another_of_its_clauses_is_its_period(assistant) -> None:
    # "自 2021 年 1 月 1 日至 2030 年 12 月 31 日，对设在西部地区的鼓励类产业企业减按 15%的税率征收企业所得税" is the
    # announcement's first clause; its clause on the catalogue ("该目录在本公告执行期限内修订的…") states no dates
    result = assistant.ask("What period does the extended Western Development tax break cover?")
    assert not result.refused and "2021" in result.parts[0].answer_line and "2030" in result.parts[0].answer_line


def test_who_released_a_document_is_who_the_guide_says_released_it(assistant) -> None:
    # "财政部、国家税务总局联合发布《支持小微企业和个体工商户发展税费优惠政策指引（2.0）》"
    result = assistant.ask("Who released the tax guide for small and micro businesses and individual businesses?")
    assert not result.refused and "财政部、国家税务总局联合发布" in result.parts[0].answer_line
    # a document whose own number names its issuers: that number, not another document's "…发布的…"
    result = assistant.ask("Who issued the announcement extending the Western Development corporate income tax policy?")
    assert "财政部 税务总局 国家发展改革委公告" in result.parts[0].answer_line


def test_the_papers_an_application_takes_are_answered_only_by_a_sentence_saying_what_is_handed_in(assistant) -> None:
    # the Western Development announcement states the rate, the scope and the period, but no application papers
    assert assistant.ask("申请西部大开发15%的企业所得税税率，需要准备哪些证明材料？").refused


def test_who_interprets_a_document_is_read_from_its_closing_article(assistant) -> None:
    # "本政策自发布之日起执行，根据执行情况及时调整，由自治区工业和信息化厅负责解释"
    result = assistant.ask("Who is responsible for interpreting the policies adjusting power trading for strategic emerging industries?")
    assert not result.refused and "自治区工业和信息化厅负责解释" in result.parts[0].answer_line


def test_a_tier_leaving_a_thing_out_does_not_answer_for_it(assistant) -> None:
    # "（一）对《目录》内光伏新材料及应用（不含单晶硅、多晶硅）…12 个行业的用电企业，…上限提高至 58%" and
    # "（二）对《目录》内单晶硅、多晶硅用电企业，新能源交易比例上限提高至42%"
    result = assistant.ask("For the 12 industries in the strategic emerging industries catalogue, what is the cap on the share "
                           "of new-energy power they can trade? And for polysilicon users?")
    assert "58%" in result.parts[0].answer_line and "42%" not in result.parts[0].answer_line
    assert "42%" in result.parts[1].answer_line and "58%" not in result.parts[1].answer_line



def test_a_later_part_asking_the_same_of_another_thing_is_no_context_of_the_first(assistant) -> None:
    # "单晶硅多晶硅企业呢？" names the second part's thing: it weighs nothing in the first part, which asks of 光伏新材料
    composer = assistant.chain.extractive.composer
    question = parse_question("光伏新材料这些战略性新兴产业企业，新能源交易比例上限提到多少？单晶硅多晶硅企业呢？")
    first = composer.part_terms(question.parts[0], question)
    assert "光伏" in first.weights and "单晶" not in first.weights and "多晶" not in first.weights
    # later parts asking more of the same thing stay context ("面积多大、每年几套？")
    question = parse_question("伊旗的人才限价房，面积多大、每年几套？")
    assert "套" in composer.part_terms(question.parts[0], question).weights


def test_a_documents_number_is_not_the_number_of_the_document_it_was_made_under(assistant) -> None:
    # the banner's talent policy opens "…参照《鄂尔多斯市关于加强新时代人才工作助推高质量发展的若干政策》（鄂党发〔2021〕22 号）
    # 政策规定，结合伊金霍洛旗实际，制定如下政策": 鄂党发〔2021〕22 号 numbers the city's policy, and the banner's has none
    result = assistant.ask("伊金霍洛旗支持引进新能源新材料产业人才政策的文号是什么？")
    assert "鄂党发" not in result.answer and "未写明文号" in result.answer
    result = assistant.ask("What is the document number of the regional low-altitude economy implementation plan?")
    assert "国发〔2023〕16" not in result.answer
    # asked which document it follows, the cited one is meant
    result = assistant.ask("伊金霍洛旗支持引进新能源新材料产业人才政策是参照市里哪个文件制定的？文号是多少？")
    assert "鄂党发〔2021〕22 号" in result.answer
    # a provision given under another document ("按照《…办法》（鄂府发〔2022〕2 号），优先对瓜果蔬菜…给予担保贷款") is that one's
    result = assistant.ask("Under which Ordos measure do vegetable and minor-grain growers get priority for guaranteed loans? "
                           "What is its document number?")
    assert "鄂府发〔2022〕2 号" in result.answer


def test_who_interprets_a_document_is_only_what_the_document_says_of_it(assistant) -> None:
    # "相关条款由旗人力资源和社会保障局进行解释", asked "由哪个部门解释" as well as "由谁解释"
    result = assistant.ask("伊旗新能源新材料产业人才政策试行期多长？由哪个部门解释？")
    assert "由旗人力资源和社会保障局进行解释" in result.parts[1].answer_line
    # the city's five-year fund plan names the departments of each provision, and nobody who interprets it
    result = assistant.ask("鄂尔多斯产业基金高质量发展五年行动方案由哪个部门负责解释？")
    assert result.refused and "未写明解释部门" in result.answer and "责任单位为" not in result.answer


def test_a_rate_for_other_degrees_is_none_for_the_degree_asked(assistant) -> None:
    # "可按照博士（或正高级职称人员）2000 元/人·月、硕士（或副高级职称人员、高级技师、重点高校本科生）1500 元/人·月标准申请租房补贴"
    assert assistant.ask("鄂尔多斯的人才租房补贴，大专毕业生每个月能补多少？").refused
    result = assistant.ask("鄂尔多斯的人才租房补贴，重点高校本科生每个月能补多少？")
    # the direct line goes on to the rate of whom the run lists next, not cut after the first
    assert not result.refused and "1500 元/人·月" in result.parts[0].answer_line
    assert degrees_named("具有硕士以上学位") == {"硕士", "博士", "博士后"}
    assert degrees_named("副高级职称") == set() and degrees_named("an Ordos master plan") == set()


def test_a_later_part_naming_a_place_of_a_price_list_is_answered_by_that_places_price(assistant) -> None:
    # "工业用地价格 › ——参考价格：20-25 万元/亩" and "——基准价格：蒙苏经济技术开发区 6.53 万元/亩；空港物流园区 8.27 万元/亩"
    result = assistant.ask("What does industrial land cost in Ejin Horo for reference, and what is the benchmark price in the "
                           "Airport Logistics Park?")
    assert "8.27" in result.parts[1].answer_line and "20-25" not in result.parts[1].answer_line



def test_working_days_asked_are_not_answered_by_calendar_days(assistant) -> None:
    # "自告知应复查鉴定的 60 日后暂停发放病残津贴" counts calendar days from a notice, no working days of a re-assessment
    result = assistant.ask("How many working days does a work-capacity re-assessment take for people on the disability allowance?")
    assert "60" not in result.answer


def test_how_long_a_things_validity_lasts_is_read_from_the_sentence_saying_it(assistant) -> None:
    # "完全丧失劳动能力鉴定结论一年内有效": an assessment's validity, not the interim rules' own period (from 2025-01-01)
    result = assistant.ask("For the illness and disability allowance, how long does a total-incapacity assessment stay valid?")
    assert result.parts[0].slot == "duration" and "2025" not in result.parts[0].answer_line


def test_a_later_part_is_asked_within_the_document_the_part_before_was_answered_from(assistant) -> None:
    # the city's eight-action plan cites 内党发〔2020〕17 号 and pays "对重点产业项目发生的技术引进费用给予最高 1000 万元补贴";
    # the region's technical-upgrade provision ("按照当年技术改造设备投资的 20%…最高不超过 500 万元") is another document's
    result = assistant.ask("Which regional document is the Ordos plan for the eight innovation actions based on, and what is the "
                           "highest subsidy for technology introduction costs of key industry projects?")
    assert "1000" in result.parts[1].answer_line and "500" not in result.parts[1].answer_line
    # a later part naming a level of its own asks that level's document
    result = assistant.ask("新建日光温室，自治区和市里的补贴标准分别是多少？")
    assert result.parts[0].markers != result.parts[1].markers


def test_whether_a_thing_the_guide_never_names_exists_is_not_answered_by_what_else_it_prices(assistant) -> None:
    # the guide never writes 峰谷; its industrial tariff has tiers by voltage only
    assert assistant.ask("工业用电有没有峰谷电价？").refused
    # a thing it names is answered ("柔性引进…的高层次人才可申请入住人才公寓")
    assert not assistant.ask("伊旗有没有人才公寓？").refused


def test_a_thing_asked_as_what_is_paid_is_not_stated_by_a_sentence_naming_it_as_who_is_paid(assistant) -> None:
    # "…或领取失业保险金人员取得技能人员职业资格证书…，可按照初级（五级）不超过 1000 元…申请技能提升补贴": 失业保险金 says who
    assert assistant.ask("失业保险金每个月能领多少钱？").refused
    result = assistant.ask("领取失业保险金人员取得中级（四级）职业技能等级证书，技能提升补贴最多能补多少？")
    assert not result.refused and "1500" in result.answer


def test_a_later_part_naming_a_row_of_a_table_is_answered_by_that_row(assistant) -> None:
    # "——农业生产用电 › 不满 1千伏：0.288 元/度": the row's heading names what the part asks, not the households' row
    # the parts before were answered from
    result = assistant.ask("What are the first- and third-tier electricity prices for homes connected below 1 kV, "
                           "and what does agricultural production pay below 1 kV?")
    lines = [p.answer_line or "" for p in result.parts]
    assert "0.415" in lines[0] and "0.715" not in lines[0] and "0.715" in lines[1]
    assert "0.288" in lines[2] and "0.415" not in lines[2]


def test_a_later_part_is_answered_by_the_sentence_that_answered_the_part_before(assistant) -> None:
    # "上年度我市营业收入 10 亿元（含）以上企业…主要经营管理人才（每个企业限 2 人）…工资性收入在150 万元（含）以上":
    # the sentence quoted for whom the rule names is about them, though it writes none of the words asked
    result = assistant.ask("Which senior managers of local companies count as high-level talent: what revenue must the company "
                           "have, what salary must the person earn, and how many per company?")
    assert [p.answered for p in result.parts] == [True, True, True]
    assert "150" in (result.parts[1].answer_line or "") and "2 people" in (result.parts[2].answer_line or "")
    assert "does not state" not in result.answer


def test_a_figure_set_for_a_period_is_none_for_a_year_after_it(assistant) -> None:
    # "自 2021 年 1 月 1 日至 2030 年 12 月 31 日，对设在西部地区的鼓励类产业企业减按 15%的税率征收企业所得税"
    for question in ("西部大开发企业所得税优惠执行到哪年？2031年按多少税率？",
                     "Until when does the Western Development 15% corporate income tax rate run, and what rate applies in 2031?"):
        result = assistant.ask(question)
        assert result.parts[0].answered and "2030" in (result.parts[0].answer_line or ""), question
        assert not result.parts[1].answered and "15%" not in (result.parts[1].answer_line or ""), question
    result = assistant.ask("西部大开发企业所得税2026年按多少税率？")  # a year within it
    assert "15%" in result.answer and not result.refused


def test_a_later_part_naming_a_thing_is_not_answered_by_a_sentence_leaving_it_out(assistant) -> None:
    # "（一）对《目录》内光伏新材料及应用（不含单晶硅、多晶硅）…12个行业的用电企业，新能源交易比例上限提高至 58%" and
    # "（二）对《目录》内单晶硅、多晶硅用电企业，新能源交易比例上限提高至42%": what a sentence leaves out it does not name
    for question in ("What's the cap on the new-energy trading share for catalogue users like battery or data-centre firms, "
                     "and what is it for mono- and polysilicon plants?",):
        result = assistant.ask(question)
        lines = [p.answer_line or "" for p in result.parts]
        assert len(lines) == 2 and "58%" in lines[0] and "42%" not in lines[0] and "42%" in lines[1], question


def test_the_kind_of_use_asked_is_the_asking_words_not_the_one_the_asker_tells_of(assistant) -> None:
    # the farm power table ("——农业生产用电") has no 110 kV tier; the industrial one the asker quotes is another use's
    for question in ("工业用电220千伏以上是0.394元，那农业生产用电110千伏电价多少？",
                     "我们以前按工业用电交电费，那农业生产用电110千伏电价多少？"):
        result = assistant.ask(question)
        assert not any(p.answered for p in result.parts) and "0.401" not in result.answer, question
    result = assistant.ask("我们是工业企业，110千伏电价多少？")  # the kind told is the one asked when the ask names none
    assert "0.401" in result.parts[0].answer_line


def test_a_year_asked_after_the_end_of_a_period_is_after_it(assistant) -> None:
    # "自 2021 年 1 月 1 日至 2030 年 12 月 31 日，对设在西部地区的鼓励类产业企业减按 15%的税率征收企业所得税": "2030年以后"
    # asks of 2031 on, which the notice does not reach
    assert assistant.ask("西部大开发15%的所得税优惠，2030年之后还能享受吗？").refused
    result = assistant.ask("西部大开发企业所得税2030年以后按多少税率？")
    assert not any(p.answered for p in result.parts) and "15%" not in result.answer
    result = assistant.ask("西部大开发企业所得税2030年按多少税率？")  # the period's last year
    assert result.parts[0].answered and "15%" in (result.parts[0].answer_line or "")


def test_a_year_asked_is_answered_only_by_a_sentence_stating_a_year(assistant) -> None:
    # "该目录在本公告执行期限内修订的，自修订版实施之日起按新版本执行" says when, but names no year of a version
    result = assistant.ask("西部地区鼓励类产业目录现在按哪一年的版本执行？")
    assert not any(p.answered for p in result.parts) and "自修订版实施之日起" not in result.answer


def test_a_multiple_asked_is_answered_by_a_multiple_only(assistant) -> None:
    # "全面落实知识产权侵权惩罚性赔偿制度" names the rule and no multiple of it
    result = assistant.ask("What multiple of the damages does the punitive-damages rule for IP infringement set?")
    assert not any(p.answered for p in result.parts)
    # "对我区获得国家科学技术奖的第一完成单位及相关人员，按国家奖金额度的 5倍给予科研经费支持和奖励"
    result = assistant.ask("获得国家科学技术奖的第一完成单位，按国家奖金额度的几倍给予奖励？")
    assert result.parts[0].answered and "5倍" in (result.parts[0].answer_line or "")


def test_a_sum_paid_to_a_recipient_of_its_own_answers_nothing_of_the_thing_before_it(assistant) -> None:
    # "建设科技大市场，连续 5年给予运营经费支持，…。支持旗区、园区…，对国家和自治区级科技成果转化平台，根据服务绩效，连续
    # 5年、每年给予最高 100 万元运营经费支持": the market's yearly sum is not stated; the platforms' is
    result = assistant.ask("鄂尔多斯的科技大市场连续五年给运营经费，一年给多少？")
    assert not any(p.answered for p in result.parts) and "100 万元" not in result.answer
    result = assistant.ask("对国家和自治区级科技成果转化平台，每年最高给多少运营经费？")
    assert result.parts[0].answered and "100 万元" in (result.parts[0].answer_line or "")


def test_a_count_in_ten_thousands_is_multiplied_by_the_sum_paid_for_each(assistant) -> None:
    # "生产性能测定中心每测定一头奶牛并上传有效数据补贴 70 元"
    result = assistant.ask("我们测定中心今年测定并上传了3万头奶牛的有效数据，按每头的标准能补多少钱？")
    assert result.calculations and result.calculations[0].result == "2100000"


def test_an_amount_asked_per_unit_of_area_is_not_a_lump_sum(assistant) -> None:
    # "对设施农业种植规模达到 1万亩以上的产业联合体，根据种植规模一次性给予最高不超过 500 万元的奖补资金": no sum per mu
    result = assistant.ask("Ordos gives a one-off reward to facility-agriculture consortia that plant at large scale. How much is that "
                           "reward per unit of planted area?")
    assert not any(p.answered for p in result.parts) and "5,000,000" not in result.answer


def test_an_industry_of_another_class_of_the_catalogue_is_not_the_encouraged_one(assistant) -> None:
    # "对设在西部地区的鼓励类产业企业减按 15%的税率征收企业所得税": nothing of a restricted industry
    result = assistant.ask("What corporate income tax rate does the Western Development notice set for firms in restricted industries?")
    assert not any(p.answered for p in result.parts) and "15%" not in result.answer
    result = assistant.ask("What corporate income tax rate does the Western Development notice set for firms in encouraged industries?")
    assert result.parts[0].answered and "15%" in (result.parts[0].answer_line or "")


def test_a_figure_inside_a_quoted_name_is_no_figure_the_asker_knows(assistant) -> None:
    # "实施“十万青年聚暖城计划”，力争未来 3年新引进青年人才 10 万人以上": the 10万 of the name is not the asker's own figure
    result = assistant.ask("How many young people does Ordos aim to attract under its '100,000 Youth Gather in the Warm City' plan?")
    assert result.parts[0].answered and "100,000" in (result.parts[0].answer_line or "")


def test_a_deadline_is_answered_only_by_a_time_something_must_be_done_by(assistant) -> None:
    # the western-development notice states when it applies ("自 2021 年 1 月 1 日至…"), no date a filing is due by
    result = assistant.ask("By what date each year must we file for the Western Development 15% tax rate?")
    assert not any(p.answered for p in result.parts) and "15%" not in result.answer


def test_a_thing_told_before_the_ask_that_the_guide_never_writes_is_not_stated(assistant) -> None:
    # 葡萄酒 is written nowhere in the guide: the equipment subsidies for other processing projects say nothing of it
    result = assistant.ask("新建一个葡萄酒加工项目，鄂尔多斯按设备费用补贴多少？")
    assert not any(p.answered for p in result.parts)
    # a thing the guide does write is asked of as before ("对新建或改扩建生产原制奶酪、乳清…的乳制品加工企业…")
    assert not assistant.ask("新建一个乳制品加工项目，按设备投资补贴多少？").refused


def test_a_figure_graded_by_level_states_no_one_level_of_it(assistant) -> None:
    # "对新认定的科技企业孵化器、众创空间、星创天地按级别和类型给予最高 200 万元奖补": the most of any level, none's own
    result = assistant.ask("鄂尔多斯对新认定的科技企业孵化器，国家级的具体奖多少？")
    assert not any(p.answered for p in result.parts) and "200 万元" not in result.answer
    result = assistant.ask("鄂尔多斯对新认定的科技企业孵化器最高奖多少？")
    assert result.parts[0].answered and "200 万元" in (result.parts[0].answer_line or "")


def test_an_issue_date_is_a_date_something_was_issued_on(assistant) -> None:
    # "自 2021 年 1 月 1 日至 2030 年 12 月 31 日…" is when a rule applies, not when the catalogue was issued
    result = assistant.ask("最新版《西部地区鼓励类产业目录》是哪一年发布的？")
    assert not any(p.answered for p in result.parts)
    # "…2011 年 9 月 6 日印发的《内蒙古自治区“草原英才”工程若干政策规定（试行）》…": a date a document was issued on
    result = assistant.ask("《内蒙古自治区“草原英才”工程若干政策规定（试行）》是哪天印发的？")
    assert "2011 年 9 月 6 日" in result.answer


def test_a_share_paid_from_a_floor_is_not_computed_for_a_sum_below_it(assistant) -> None:
    # "…根据技术合同到账金额…在 200 万元以上的，给予成果出让单位到账金额…20%": 150万元 does not qualify
    result = assistant.ask("科技成果转化到账金额只有150万元，自治区给不给20%的奖励？")
    assert not result.calculations and "30万元" not in result.answer
    result = assistant.ask("我们科技成果转化到账金额300万元，自治区按20%能奖多少？")
    assert result.calculations and result.calculations[0].result == "600000"


def test_a_figure_paid_from_a_size_the_asker_falls_short_of_is_not_theirs(assistant) -> None:
    # "新建年加工能力 3万头以上的，…": a plant of only 2万头 a year is paid none of it
    result = assistant.ask("新建一个年加工能力只有2万头的肉牛加工厂，能拿多少奖励？")
    assert not any(p.answered for p in result.parts)


def test_a_town_is_a_place_a_price_table_does_not_list(assistant) -> None:
    # "基准价格：蒙苏经济技术开发区 6.53 万元/亩；空港物流园区 8.27 万元/亩": no price of a town
    result = assistant.ask("伊旗工业用地在札萨克镇的基准地价是多少？")
    assert not any(p.answered for p in result.parts) and "6.53" not in result.answer
    result = assistant.ask("伊旗空港物流园区工业用地基准价多少？")
    assert "8.27" in (result.parts[0].answer_line or "")


def test_a_grade_asked_of_an_ungraded_price_is_not_stated(assistant) -> None:
    # "居民生活用水：4.05 元/吨（…）": the guide's water price has no tiers
    result = assistant.ask("伊金霍洛旗居民用水第二阶梯水价是多少？")
    assert not any(p.answered for p in result.parts) and "4.05" not in result.answer
    assert "2.47" in (assistant.ask("居民用气第二档价格多少？").parts[0].answer_line or "")  # "第二档价格：2.47 元/立方米"


def test_a_name_ruled_out_whole_is_not_stated_by_the_provision_for_it(assistant) -> None:
    # "…按照博士…2000 元/人·月、硕士（或副高级职称人员、高级技师、重点高校本科生）1500 元/人·月…": nothing of a graduate
    # of an ordinary university
    result = assistant.ask("What monthly rent subsidy does Ordos give a bachelor's graduate from an ordinary (non-key) university?")
    assert not any(p.answered for p in result.parts) and "1,500" not in result.answer
    result = assistant.ask("What settling-in subsidy does Ejin Horo give a teacher from an ordinary (non-\"double first-class\") "
                           "university?")
    assert not any(p.answered for p in result.parts)


def test_a_subsidy_per_taxi_is_none_per_delivery_vehicle(assistant) -> None:
    # "…出租汽车给予补贴。其中，充电车每车补贴 4万元，换电车每车补贴 4.5 万元"
    result = assistant.ask("我们用新能源车做城市配送，每辆车能领多少补贴？")
    assert not any(p.answered for p in result.parts) and "4.5 万元" not in result.answer


def test_a_recipient_the_question_names_in_another_part_is_its_own(assistant) -> None:
    # "对企业全职引进的各类产业人才，分级分类给予最低 5万元，最高不超过 40 万元的购房补贴": the talent the first part names
    result = assistant.ask("Ejin Horo's new energy/new materials talent policy is based on which Ordos document, and what's the "
                           "range of the home-purchase subsidy?")
    assert len(result.parts) == 2 and result.parts[1].answered and "400,000" in (result.parts[1].answer_line or "")


def test_land_asked_is_stated_by_an_area(assistant) -> None:
    # "实施万亩沙棘种植、草原生态修复等生态建设 25 万亩，修复采煤沉陷区复垦区 4.7 万亩": land measured in mu
    result = assistant.ask("How much land has Ejin Horo's sea-buckthorn planting and grassland restoration covered?")
    assert result.parts[0].answered and "250,000 mu" in (result.parts[0].answer_line or "")


def test_a_restricted_category_firm_is_no_encouraged_one(assistant) -> None:
    # "对设在西部地区的鼓励类产业企业减按 15%的税率征收企业所得税": nothing of restricted-category firms
    result = assistant.ask("What income tax rate do restricted-category firms in the western region pay?")
    assert result.refused and "15%" not in result.answer


def test_an_age_told_below_an_age_floor_is_not_paid(assistant) -> None:
    # "对其年龄达到 70 周岁以上的父母每人每年给予 1000 元养老补贴"
    asked = "I'm a full-time banner-level talent selectee in Ejin Horo. What elderly-care subsidy do I get for my {}?"
    result = assistant.ask(asked.format("father, aged 66"))
    assert not any(p.answered for p in result.parts) and "1,000" not in result.answer
    assert "1,000 yuan" in (assistant.ask(asked.format("mother, aged 74")).parts[0].answer_line or "")
    # a child's age is no parent's: "父母70多了" reaches the floor
    result = assistant.ask("我是伊旗旗级人才评选入选者，父母70多了、孩子2岁，父母每年能领多少养老补贴？")
    assert "1000 元" in (result.parts[0].answer_line or "")


def test_a_section_closing_departments_line_names_each_items_departments(assistant) -> None:
    # "（四）推动创新发展 1.… 2.…公共海外仓… 4.…。责任单位：自治区商务厅、财政厅、工业和信息化厅、市场监管局按职责分工负责"
    result = assistant.ask("How many public overseas warehouses does Inner Mongolia aim for by 2025, and which departments "
                           "are responsible for it?")
    line = result.parts[1].answer_line or ""
    assert result.parts[1].answered and "财政厅" in line and "工业和信息化厅" in line
    assert "p3.s3.g2.d1.i2.i4.i4" in [c.clause_id for c in result.citations]


def test_a_thing_the_glossary_names_in_words_the_guide_never_writes_is_not_stated(assistant) -> None:
    # 实用新型专利 and 印花税 are written nowhere in the guide; its invention-patent rewards and tax reliefs are other things
    for question in ("Does Ejin Horo reward a newly granted utility-model patent?",
                     "Is there a stamp duty exemption for a new factory in Ejin Horo?",
                     # (a later part naming only the thing's head is about the same thing)
                     "Does Ejin Horo pay a reward for newly granted utility model patents, and how much per patent?"):
        assert assistant.ask(question).refused, question


def test_a_ratio_asked_is_answered_only_by_a_share(assistant) -> None:
    # "…按照采购规模，对产值、投资、税收等经济指标在产销两地进行分成核算": no ratio
    assert assistant.ask("飞地经济项目的税收两地按什么比例分成？").refused
    result = assistant.ask("新建居民小区的充电设施要按什么比例建设？")  # "机动车停车位 100%建设电动汽车充电基础设施"
    assert "100%" in (result.parts[0].answer_line or "")


def test_a_count_in_another_counting_word_counts_another_thing(assistant) -> None:
    # "…为完成好“两件大事”作出更大贡献": two 件 of tasks, no number of 项 of policies
    assert assistant.ask("《稳外贸稳外资税收政策指引》里一共列了多少项政策？").refused
    result = assistant.ask("自治区级技术转移服务机构到2025年要达到多少家？")  # "自治区级技术转移服务机构达到 50 家"
    assert "50 家" in (result.parts[0].answer_line or "")


def test_an_edition_asked_is_answered_only_by_an_edition(assistant) -> None:
    # "《西部地区鼓励类产业目录》由发展改革委牵头制定。该目录在本公告执行期限内修订的，自修订版实施之日起按新版本执行": no year
    result = assistant.ask("Which year's edition of the Catalogue of Encouraged Industries in Western Regions currently applies "
                           "to the 15% rate?")
    assert result.refused and "2030" not in result.answer
    assert "2024 年版" in (assistant.ask("指南里有没有给外国商务人士在华工作生活的指引？是哪一年版的？").parts[-1].answer_line or "")
    assert "新版本" in (assistant.ask("《西部地区鼓励类产业目录》要是中途修订了，按哪个版本算？").parts[0].answer_line or "")


def test_whether_a_cap_exists_is_answered_by_the_bound_of_the_provision_asked(assistant) -> None:
    # "辅导帮助外籍个人…享受住房补贴、语言训练费、子女教育费等津补贴免税优惠政策": no bound; the talents' "最高不超过 40 万元
    # 的购房补贴" is another provision's
    result = assistant.ask("Is there a cap on the tax-free housing allowance for foreign employees of foreign-invested companies "
                           "in Inner Mongolia?")
    assert result.refused and "400,000" not in result.answer and "40 万元" not in result.answer
    result = assistant.ask("伊旗招才引智补贴有没有上限？")  # "…分级分类给予最低 1万元，最高不超过 5万元的招才引智补贴"
    assert "5万元" in (result.parts[0].answer_line or "")


def test_a_voltage_asked_above_a_tables_last_tier_is_not_priced(assistant) -> None:
    # "农业生产用电：不满 1千伏：0.288 元/度；1-10 千伏：0.2810 元/度": nothing over 10 kV
    for question in ("农业生产用电10千伏以上多少钱一度？", "What is the agricultural power price above 10 kV?"):
        result = assistant.ask(question)
        assert result.refused and "0.281" not in result.answer, question
    assert "0.394" in (assistant.ask("220千伏以上工业用电多少钱一度？").parts[0].answer_line or "")  # "220 千伏以上：0.394 元/度"


def test_a_class_named_in_words_is_that_class_and_an_article_is_none(assistant) -> None:
    from assistant.answer.compose import asked_talent_class

    assert [asked_talent_class(q) for q in ("A category-four talent leads a team", "a class-four talent", "one class of talents")] \
        == ["四", "四", None]
    # "三至六类人才领衔的团队，科研经费由同级财政承担80%，其余部分由引进单位承担": a category-four team is in the range
    result = assistant.ask("A category-four talent leads a research team recruited to a public institution in Inner Mongolia, with a "
                           "research budget of 5 million yuan. How much does government finance at the same level cover, and how "
                           "much must the employer pay?")
    assert [c.result for c in result.calculations] == ["4000000"]


def test_a_first_completing_unit_is_the_guide_s_first_completion_unit(assistant) -> None:
    # "对获得自治区科学技术奖的第一完成单位及相关人员，按自治区奖金额度给予等额奖励"
    result = assistant.ask("Our Ordos company was the first completing unit on a project that won an Inner Mongolia Science and "
                           "Technology Award with 200,000 yuan of prize money. How much matching reward does Ordos add, and what do we "
                           "receive in total?")
    assert not result.refused and "等额奖励" in result.answer


def test_an_english_line_shown_once_for_two_parts_states_both_figures() -> None:
    from assistant.answer.compose import _with_figure_en

    quote = "“统筹创新平台载体建设：…给予 5000 万元支持，连续支持 5年” [1]"
    shown = f"Innovation platforms (统筹创新平台载体建设): 50,000,000 yuan — {quote}"
    line = f"Innovation platforms (统筹创新平台载体建设): 5 years — {quote}"
    assert _with_figure_en(shown, line) == f"Innovation platforms (统筹创新平台载体建设): 50,000,000 yuan; 5 years — {quote}"
    assert _with_figure_en(shown, shown) == shown  # (a figure already stated is not added again)
    assert _with_figure_en(quote, line) == f"5 years — {quote}"  # (a bare quote gets the figure in front)
