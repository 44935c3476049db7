"""The relevance signal behind refusals, on the real guide."""

from assistant.answer.chain import Turn, question_terms
from assistant.answer.refusal import THRESHOLDS, relevance


def test_relevance_does_not_depend_on_the_order_of_the_clauses_found(retriever) -> None:
    questions = ("我们在伊旗建连栋温室种菜，10千伏接电，电费按什么标准？", "What subsidy does Ordos give hydrogen refuelling stations?")
    for question in questions:
        turn = Turn(question=question, lang="en" if question.isascii() else "zh")
        hits = retriever.search(question, k=5)
        terms = question_terms(retriever, turn)
        forward = relevance(hits, terms, retriever.tokenize)
        assert forward == relevance(list(reversed(hits)), terms, retriever.tokenize)
        assert forward.score >= THRESHOLDS[turn.lang]


def test_an_unrelated_question_scores_below_the_threshold(retriever) -> None:
    question = "番茄炒蛋怎么做才好吃？"
    hits = retriever.search(question, k=5)
    rel = relevance(hits, question_terms(retriever, Turn(question=question, lang="zh")), retriever.tokenize)
    assert rel.score < THRESHOLDS["zh"]


def test_a_place_named_in_english_is_in_scope_when_the_clause_found_names_it_in_chinese() -> None:
    from assistant.answer.scope import out_of_scope_place

    found = ["呼和浩特市：主要工业产品有乳制品、电力、化工产品"]
    assert out_of_scope_place("What are Hohhot's main industrial products?", found) is None
    assert out_of_scope_place("呼和浩特主要出产哪些工业产品？", found) is None
    assert out_of_scope_place("What housing subsidies does Shanghai offer to foreign talent?", ["人才住房补贴"]) == "shanghai"


def test_a_latin_place_name_is_a_word_of_its_own() -> None:
    from assistant.answer.scope import foreign_places

    # "usa" inside "usable", "eu" inside "museum": no place
    assert foreign_places("How much of the banner's usable fiscal resources go to people's livelihoods?") == []
    assert foreign_places("Is there a subsidy for a new museum?") == []
    assert foreign_places("What subsidy does the USA give for solar farms?") == ["usa"]


def test_a_place_named_by_another_clause_of_the_best_clauses_document_is_covered(assistant) -> None:
    # the western-development tax notice names 湖北省恩施土家族苗族自治州 in its fourth article, not its first
    result = assistant.ask("Our company is registered in Enshi Tujia and Miao Autonomous Prefecture, Hubei. Does the western "
                           "development corporate income tax policy cover us?")
    assert not result.refused
    assert assistant.ask("What corporate income tax rate does Hubei give its encouraged-industry firms?").refused


def test_an_off_topic_word_inside_a_phrase_the_clauses_state_is_the_guides_word() -> None:
    from assistant.answer.scope import off_topic

    found = ["促进低空航测、低空物探与北斗导航定位、数字地图、遥感等深度融合，推动低空飞行与保障一体化"]
    assert off_topic("Which technologies should low-altitude flight integrate with?", found) is None
    assert off_topic("Can you book me a flight to Ordos?", found) == "flight"


def test_a_place_inside_a_phrase_the_clauses_state_is_no_place_asked_about() -> None:
    from assistant.answer.scope import out_of_scope_place

    # "China-Europe freight train" is the glossary's 中欧班列
    found = ["支持中欧班列承运跨境电商货物"]
    assert out_of_scope_place("Besides China-Europe freight trains, which other logistics modes are encouraged?", found) is None
    assert out_of_scope_place("What subsidy does Europe give for solar farms?", found) == "europe"


def test_every_place_the_scope_knows_is_known_in_english_too() -> None:
    from assistant.answer.scope import CHINESE_NAMES, OTHER_PLACES, out_of_scope_place

    assert out_of_scope_place("What tax rate applies to encouraged industries in the Hainan Free Trade Port?", ["西部地区"]) == "hainan"
    assert out_of_scope_place("Can a trading company registered in Xi'an apply?", ["外商投资"]) == "xi'an"
    assert out_of_scope_place("海南自贸港的鼓励类产业税率是多少？", ["西部地区"]) == "海南"
    # each English name stands for a Chinese place of the list, the name a clause would use
    english = [p for p in OTHER_PLACES if p.isascii()]
    assert all(CHINESE_NAMES.get(p.strip()) for p in english if p not in ("usa", "u.s."))
    chinese = {p for p in OTHER_PLACES if not p.isascii()} - {"蒙古国"}  # "Mongolia" alone would also name Inner Mongolia
    assert chinese <= set(CHINESE_NAMES.values())


def test_a_price_asked_per_a_unit_is_answered_only_by_a_price_per_that_unit() -> None:
    from assistant.answer.compose import states
    from assistant.answer.question import asked_per
    from assistant.quantities import quantities

    assert asked_per("How much does industrial steam cost per tonne?") == "weight"
    assert asked_per("工业用水每吨多少钱？") == "weight" and asked_per("一度电多少钱？") == "energy"
    assert asked_per("110千伏工业电价多少？") is None
    land, water = quantities("6.53 万元/亩")[0], quantities("10.4 元/吨")[0]
    assert not states("price", land, per="weight") and states("price", water, per="weight")
    assert states("price", land)  # nothing asked per a unit: any price


def test_a_contact_asked_is_answered_only_by_a_contact_the_guide_gives(assistant) -> None:
    # the guide gives no phone number or website for these: no clause of another kind is offered instead
    for question in ("Which phone number should we call for an investment consultation in Ejin Horo?",
                     "Which websites publish the new-energy vehicle subsidy rules?"):
        assert assistant.ask(question).refused, question


def test_a_figure_paid_for_another_subject_than_the_situation_names_is_no_answer(assistant) -> None:
    # the asking words name the award (落户奖励); the words before them name whose it would be
    assert assistant.ask("做风电叶片回收的企业落户伊金霍洛旗，旗里给多少万元落户奖励？").refused
    answer = assistant.ask("人力资源服务企业落户伊金霍洛旗，旗里给多少万元落户奖励？")
    assert not answer.refused and "50 万元落户奖励" in answer.answer
    # where the asker comes from is no subject: the guide's "市外新引进的…青年人才" answers
    answer = assistant.ask("从外地刚来伊旗工作的青年人才，人才公寓能免租住多久？")
    assert not answer.refused and "3年" in answer.parts[0].answer_line


def test_a_place_a_later_part_names_is_covered_by_what_that_part_finds(assistant) -> None:
    # the best clause for the whole question is Bayannur's; the second part's own search finds 乌海市's
    result = assistant.ask("Which neighbouring city ranks in China's top five for copper, lead and zinc reserves, "
                           "and what does Wuhai mainly produce?")
    assert not result.refused
    assert "巴彦淖尔市" in result.parts[0].answer_line and "乌海市" in result.parts[1].answer_line
    assert assistant.ask("What does Shenzhen give a new chip design company?").refused  # a place no part finds


def test_an_amount_asked_per_mu_is_answered_only_by_money_paid_per_mu(assistant) -> None:
    # "年推广面积在 10 万亩以上的一次性奖补 500 万元" is a lump sum, no subsidy per mu of seed potatoes
    assert assistant.ask("How much subsidy per mu does Inner Mongolia pay for planting virus-free seed potatoes?").refused
    # "亩均补贴不超过 2万元" and "每节约 1吨标准煤给予 200 元" are paid per mu and per tonne
    answer = assistant.ask("废弃温室大棚修缮，一亩最多补多少？")
    assert not answer.refused and "2万元" in answer.parts[0].answer_line
    answer = assistant.ask("For energy-saving retrofits, how much is given per tonne of standard coal saved?")
    assert not answer.refused and "200" in answer.parts[0].answer_line
    # "takes at least a tonne of raw milk a day" asks no amount per tonne
    answer = assistant.ask("If our dairy plant signs a new purchase contract of 2+ years with a Holstein farm and takes "
                           "at least a tonne of raw milk a day, what one-off subsidy can we get?")
    assert not answer.refused and "100,000 yuan" in answer.answer


def test_an_amount_asked_per_month_is_not_answered_by_a_one_off_payment(assistant) -> None:
    # 每年选拔不超过 20 名…“伊金霍洛旗校园引才大使”，…给予最高 5000 元一次性奖励: paid once, not monthly
    assert assistant.ask("伊旗“校园引才大使”每月有多少补贴？").refused
    assert assistant.ask("How much does Ejin Horo pay a campus talent ambassador per month?").refused
    answer = assistant.ask("伊旗“校园引才大使”能拿多少奖励？")
    assert not answer.refused and "5000 元" in answer.parts[0].answer_line


def test_a_relevance_within_the_arithmetics_noise_of_the_floor_is_enough() -> None:
    from assistant.answer.refusal import SIMILARITY_NOISE, THRESHOLDS, Relevance, relevant_enough

    # 0.91296 against 0.913: float32 sums differ by about this much from one numpy build to the next
    assert relevant_enough(Relevance(THRESHOLDS["zh"] - SIMILARITY_NOISE / 2, 0.0), "zh")
    assert not relevant_enough(Relevance(THRESHOLDS["zh"] - 10 * SIMILARITY_NOISE, 0.0), "zh")
    assert relevant_enough(Relevance(THRESHOLDS["en"], 0.0), "en")


def test_an_award_asked_by_name_after_a_bare_what_must_be_the_one_stated(assistant) -> None:
    # "对知名高校、科研院所在我市设立的研究生院、研发分支机构，给予最高 1亿元支持": support, no rent subsidy
    asked = "a well-known university that sets up an R&D branch in the city?"
    assert assistant.ask(f"What rent subsidy does Ordos give {asked}").refused
    supported = assistant.ask(f"What support does Ordos give {asked}")
    assert not supported.refused and "1亿元" in supported.answer


def test_whether_one_gets_a_thing_is_answered_only_by_a_sentence_stating_it(assistant) -> None:
    # the guide states no personal income tax rebate for talents; it does state the western 15% rate
    assert assistant.ask("Do high-level talents working in Ejin Horo get a personal income tax rebate?").refused
    stated = assistant.ask("Do encouraged-industry companies in the western region get a reduced corporate income tax rate?")
    assert not stated.refused and "15%" in stated.answer


def test_a_figure_written_before_what_is_asked_is_not_its_figure(assistant) -> None:
    # "每年将 80%以上的可用财力用于保障和改善民生，成立全区首个共同富裕基金": no size of the fund is stated
    assert assistant.ask("伊旗的共同富裕基金有多大规模？").refused
    stated = assistant.ask("伊旗的绿色产业发展基金有多大规模？")  # "设立 10亿元绿色产业发展基金"
    assert not stated.refused and "10亿元" in stated.answer


def test_a_price_of_another_kind_of_use_is_no_answer(assistant) -> None:
    # the guide prices industrial land and 工商业/居民 gas; neither commercial land nor vehicle gas (CNG)
    assert assistant.ask("How much per mu is commercial (not industrial) land in Ejin Horo's Mengsu zone?").refused
    assert assistant.ask("What does CNG cost at filling stations in Ejin Horo?").refused
    stated = assistant.ask("How much per mu is industrial land in Ejin Horo's Mengsu zone?")
    assert not stated.refused and "6.53" in stated.answer


def test_a_grant_for_another_thing_is_no_answer_to_whether_one_is_given(assistant) -> None:
    # no subsidy for air routes; the best-fitting sentences grant talents' living allowances
    assert assistant.ask("Does Ejin Horo subsidise new air routes opened at its airport?").refused
    stated = assistant.ask("Does Ejin Horo subsidise enterprises that bring in retired engineers?")
    assert not stated.refused and "15 万元" in stated.answer


def test_an_amount_asked_per_kilometre_is_not_answered_by_one_per_kilogram(assistant) -> None:
    # "2022-2025 年分别按照30 元/公斤…": per kilogram of hydrogen, nothing per kilometre driven
    assert assistant.ask("What does Ordos pay hydrogen truck fleets per kilometre travelled?").refused


def test_a_subsidy_per_vehicle_of_another_kind_is_no_answer(assistant) -> None:
    # "购买…新能源巡游出租汽车给予补贴。其中，充电车每车补贴 4万元，换电车每车补贴 4.5 万元": taxis, not trucks
    assert assistant.ask("在伊旗买一辆换电的重型卡车，自治区补贴多少钱？").refused
    stated = assistant.ask("在伊旗买一辆换电的巡游出租车，自治区补贴多少钱？")
    assert not stated.refused and "4.5 万元" in stated.answer


def test_a_reward_for_livestock_kept_for_another_end_is_no_answer(assistant) -> None:
    # "对新创建的国家级奶牛、奶羊核心育种场一次性奖励 300 万元": dairy herds, not beef cattle
    assert assistant.ask("What one-off reward goes to a newly created national-level beef-cattle core breeding farm "
                         "in Inner Mongolia?").refused
    stated = assistant.ask("What one-off reward goes to a newly created national-level dairy-cow core breeding farm in Inner Mongolia?")
    assert not stated.refused and "300 万元" in stated.answer


def test_a_thing_a_place_is_found_not_to_offer_is_not_described_either(assistant) -> None:
    # the guide prices industrial power by voltage, with no off-peak tariff; its land prices are no answer to either part
    result = assistant.ask("Does Ejin Horo offer off-peak (time-of-use) industrial electricity prices, and what are they?")
    assert result.refused
    stated = assistant.ask("Does Ejin Horo offer a residential gas price in tiers, and what are they?")
    assert not stated.refused and "2.06" in stated.answer


def test_a_grant_asked_of_a_long_named_plan_is_answered_only_by_a_sentence_granting_money(assistant) -> None:
    # the low-altitude plan puts services into the government purchasing catalogue ("纳入政府购买服务目录"): no grant
    assert assistant.ask("Does Inner Mongolia's low-altitude economy plan give a purchase subsidy for each delivery drone "
                         "a company buys?").refused
    stated = assistant.ask("Does Inner Mongolia's facility-farming support policy give a subsidy for new solar greenhouses?")
    assert not stated.refused and "每亩 20000 元" in stated.answer


def test_a_remark_in_brackets_does_not_cut_the_name_it_stands_in(assistant) -> None:
    # "reclaimed (recycled) water" is 中水, which the guide prices nowhere: its tap-water tariffs are no answer
    assert assistant.ask("What is the price of reclaimed (recycled) water for industrial users in Ejin Horo?").refused
    stated = assistant.ask("What is the price of industrial and commercial (non-residential) tap water in Ejin Horo?")
    assert not stated.refused and "10.4" in stated.answer


def test_whether_an_insurance_for_another_animal_exists_is_not_answered_by_this_one(assistant) -> None:
    # the banner's local insurance pilot is for beef cattle (肉牛) only
    result = assistant.ask("Is there a local mutton-sheep insurance scheme in Ejin Horo?")
    assert result.refused or not result.parts[0].answered
    stated = assistant.ask("Is there a local beef-cattle insurance scheme in Ejin Horo?")
    assert not stated.refused and "3.5%" in stated.answer


def test_a_figure_for_what_the_question_rules_out_is_no_answer(assistant) -> None:
    # "对设在西部地区的鼓励类产业企业减按 15%的税率征收企业所得税": encouraged industries only
    assert assistant.ask("What corporate income tax rate do western-region companies outside the encouraged catalogue, "
                         "that is non-encouraged companies, pay?").refused
    stated = assistant.ask("What does non-residential heating cost per square metre in Ejin Horo?")
    assert not stated.refused and "29.5" in stated.answer  # "非居民供热：29.5 元/平方米" states it


def test_a_year_after_the_provisions_period_is_not_answered_by_it(assistant) -> None:
    # "地方财政肉牛养殖保险试点期限暂定为 2022 年至 2024 年": what the premium is from 2026 on the guide does not say
    assert assistant.ask("伊旗地方性肉牛保险到2026年以后每头保费是多少？").refused
    stated = assistant.ask("伊旗地方性肉牛保险2023年每头保费是多少？")
    assert not stated.refused and "3.5%" in stated.answer


def test_a_question_of_several_parts_is_as_relevant_as_its_parts_searched_on_their_own(assistant) -> None:
    # the whole question's search ranks the clause low ("竞争性领域…以人才的市场价值、经济贡献为主要评价标准，在非竞争性
    # 领域，以人才的专业能力、业绩贡献、同行评价为主要评价标准"); each part's own search finds it
    result = assistant.ask("竞争性领域和非竞争性领域评价人才分别看什么？")
    assert not result.refused and "市场价值" in result.answer and "同行评价" in result.answer


def test_what_a_provision_leaves_out_is_no_thing_it_states(assistant) -> None:
    # "对《目录》内光伏新材料及应用（不含单晶硅、多晶硅）…新能源交易比例上限提高至 58%" leaves monocrystalline silicon
    # out; "对《目录》内单晶硅、多晶硅用电企业，新能源交易比例上限提高至42%" states its cap
    result = assistant.ask("单晶硅用电企业的新能源交易比例上限提高到多少？")
    assert not result.refused and "42%" in result.parts[0].answer_line and "58%" not in result.parts[0].answer_line


def test_a_provision_of_another_tax_is_no_answer(assistant) -> None:
    # "对月销售额不超过 3万元（按季 9万元）的小规模纳税人免征房产税、城镇土地使用税": no VAT threshold
    result = assistant.ask("小规模纳税人月销售额多少以下可以免征增值税？")
    assert result.refused or "3万元" not in result.answer
    stated = assistant.ask("小规模纳税人月销售额多少以下免征房产税？")
    assert not stated.refused and "3万元" in stated.answer


def test_things_counted_are_no_tonnage(assistant) -> None:
    # "支持行业：…12 个行业": a count of industries, not a tonnage of recycled resources
    result = assistant.ask("Under the Mengxi grid's strategic emerging industry tariff, what price band applies, "
                           "and how many industries qualify?")
    assert "12" in result.parts[1].answer_line and "tonnes" not in result.answer


def test_a_ratio_asked_is_stated_by_a_ratio(assistant) -> None:
    # "西部农产品加工业产值与农业产值比达到 1.6∶1 以上"
    result = assistant.ask("西部地区的镇申请国家农业产业强镇，农产品加工业产值和农业产值之比至少要多少？")
    assert not result.refused and "1.6∶1" in result.parts[0].answer_line
    # a ratio answers no other figure: "补贴资金分三年拨付，由市级和…旗区按照 1:1 比例安排" gives no workstation's grant
    result = assistant.ask("A new academician expert workstation in Ordos gets its one-off grant and then the maximum "
                           "operating subsidy for 3 years. What's the total?")
    assert [c.result for c in result.calculations] == ["2500000"]


def test_a_size_asked_of_a_thing_named_after_the_figure_is_not_that_figure(assistant) -> None:
    # "每年将 80%以上的可用财力用于保障和改善民生，成立全区首个共同富裕基金": no size of the fund
    result = assistant.ask("伊旗共同富裕基金的规模有多大？")
    assert result.refused or "80%" not in result.answer



def test_a_sum_set_aside_for_a_programme_is_no_recipient_s_own(assistant) -> None:
    # "市本级每年设立农牧业产业发展引导基金 5 亿元": the fund's size, not what it puts into one project
    result = assistant.ask("市里的农牧业产业发展引导基金，一个项目最多能投多少钱？")
    assert result.refused or "5 亿元" not in result.answer and "5亿元" not in result.answer
    # the size itself is stated, and a cap on one project is one recipient's own ("单个项目最高不超过 500 万元")
    size = assistant.ask("市里每年设立的农牧业产业发展引导基金有多少？")
    assert not size.refused and "5 亿元" in size.parts[0].answer_line
    capped = assistant.ask("制造业技术改造项目，单个项目最多补多少？")
    assert not capped.refused and "500 万元" in capped.parts[0].answer_line


def test_when_a_policy_starts_is_not_when_it_ends(assistant) -> None:
    # "本方案政策措施自发布之日起 30 日后施行": a start, no end
    ended = assistant.ask("鄂尔多斯深入落实“科技兴蒙”行动的实施方案，有效期到哪一年？")
    assert ended.refused or "30 日后施行" not in ended.parts[0].answer_line
    started = assistant.ask("鄂尔多斯深入落实“科技兴蒙”行动的实施方案什么时候开始施行？")
    assert not started.refused and "30 日后施行" in started.parts[0].answer_line
    # an end the guide states is given ("自 2021 年 1 月 1 日至 2030 年 12 月 31 日")
    stated = assistant.ask("西部大开发企业所得税优惠政策有效期到哪一年？")
    assert not stated.refused and "2030" in stated.parts[0].answer_line


def test_a_penalty_asked_is_not_the_rate_it_is_for(assistant) -> None:
    # the notice leaves what follows a wrong claim to the tax authority: no penalty rate, and the 15% is no penalty
    result = assistant.ask("What penalty rate applies to firms that wrongly claimed the Western Development tax rate?")
    assert result.refused or "15%" not in result.answer


def test_a_sum_of_money_whose_size_the_guide_does_not_give_is_not_another_fund_s(assistant) -> None:
    # "设立不低于 30 亿元的科技创新基金，建立科技信贷风险补偿机制": the 30 亿元 is the innovation fund's
    result = assistant.ask("鄂尔多斯的科技信贷风险补偿资金池有多大？")
    assert result.refused or "30 亿元" not in result.answer


def test_a_grant_the_best_provision_leaves_open_is_not_another_provision_s_sum(assistant) -> None:
    # "建设科技大市场，连续 5年给予运营经费支持": no sum; the 100 万元 is for conversion platforms
    result = assistant.ask("科技大市场的运营经费每年补多少？")
    assert result.refused or "100 万元" not in result.answer
    # a sum the provision does state is given ("对国家和自治区级科技成果转化平台…每年给予最高 100 万元运营经费支持")
    stated = assistant.ask("国家级科技成果转化平台每年最多给多少运营经费？")
    assert not stated.refused and "100 万元" in stated.parts[0].answer_line


def test_a_question_of_one_part_answered_by_a_sentence_stating_its_key_is_not_refused_again(assistant) -> None:
    # "风电产业链：以远景、隆基、金风科技等龙头企业为目标…": the English words match the guide's few
    result = assistant.ask("For the wind power chain, which anchor companies is Ejin Horo targeting?")
    assert not result.refused and "金风科技" in result.answer
    # a question the found sentence states no key of is still refused ("peak-valley spread" of another tariff)
    assert assistant.ask("What's the peak-valley time-of-use electricity spread in Mengxi?").refused


def test_a_rate_of_another_kind_of_social_insurance_does_not_answer(assistant) -> None:
    # "阶段性降低失业保险费率至 1%的政策延续实施一年": unemployment insurance; the guide gives no work-injury rate
    result = assistant.ask("工伤保险费率阶段性降低，降到多少？")
    assert result.refused or "1%" not in result.answer
    # the kind the provision lowers is answered
    stated = assistant.ask("失业保险费率阶段性降到多少？")
    assert not stated.refused and "1%" in stated.parts[0].answer_line


def test_a_provision_supporting_the_thing_asked_without_a_sum_is_not_another_s_sum(assistant) -> None:
    # "支持与国外知名高校、科研机构、企业共建联合实验室…": no sum; the 1000 万元 is for key laboratories
    result = assistant.ask("Co-building a joint laboratory with a Mongolian university: how much does the region give per lab?")
    assert result.refused or "10,000,000" not in result.answer


def test_things_the_glossary_names_in_the_guide_s_words_are_found(assistant) -> None:
    # "周边城市：巴彦淖尔市铜矿、铅矿、锌矿储量均居全国前五位"
    result = assistant.ask("Which neighbouring city is in China's top five for copper and zinc reserves?")
    assert not result.refused and "巴彦淖尔" in result.answer
    # "将每年 8月的第 2 周确定为“暖城人才周”"
    result = assistant.ask("When is the Warm City Talent Week?")
    assert not result.refused and "暖城人才周" in result.parts[0].answer_line


def test_a_standard_is_stated_of_the_thing_it_is_a_standard_for(assistant) -> None:
    # "应于 30 个工作日内将资金下达到项目单位" sets a deadline, no standard of interest paid for missing it
    result = assistant.ask("科研项目资金如果财政部门超过30个工作日还没拨下来，项目单位能按什么标准拿到利息补偿？")
    assert result.refused or not result.parts[0].answered
    assert "30 个工作日内将资金下达" not in result.answer


def test_words_ending_in_the_figure_asked_name_what_it_is_of(assistant) -> None:
    # "青年科技人员…的比例": the indirect-cost ceilings of the same document ("…最高可提高到 30%") are of no young scientist
    result = assistant.ask("青年科技人员承担自治区重点研发项目的比例，要提高到多少？")
    assert result.refused or not result.parts[0].answered
    assert "30%" not in result.answer
    # ...and the words naming the ceilings' own thing are answered by them
    answered = assistant.ask("高校、科研院所承担自治区科技项目的间接费用比例，最高能提高到多少？")
    assert not answered.refused and "30%" in answered.parts[0].answer_line


def test_what_is_said_of_a_thing_the_asker_says_it_is_not_is_not_said_of_the_asker(assistant) -> None:
    # "对设在西部地区的鼓励类产业企业减按 15%的税率…": the asker is no encouraged-industry enterprise
    for question in ("在西部地区但不属于鼓励类产业的企业，企业所得税按多少税率交？",
                     "What income tax rate does a western-region company pay if it is not in the encouraged industries catalogue?"):
        result = assistant.ask(question)
        assert result.refused or not result.parts[0].answered, question
        assert "15%" not in " ".join(p.answer_line for p in result.parts), question
    # the enterprise the provision names is answered
    stated = assistant.ask("在西部地区的鼓励类产业企业，企业所得税按多少税率交？")
    assert not stated.refused and "15%" in stated.parts[0].answer_line
