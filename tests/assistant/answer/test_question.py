"""The question model on a table of 360 questions written as a specification (parts and slots),
and on the cases the composer depends on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answer.question import (
    asked_measure,
    asks_bound,
    asks_counted,
    asks_issued,
    asks_start,
    asks_total,
    parse_question,
    slot_of,
    stated_counts,
    states_count,
    through_total,
)
from assistant.language import detect_language
from assistant.search.glossary import default_glossary, guide_terms

TABLE = [json.loads(line) for line in (Path(__file__).parent / "question_table.jsonl").read_text(encoding="utf-8").splitlines() if line]
MONEY = {"amount": "money", "price": "money"}  # the composer answers both with a money figure


def _guide_terms(text: str) -> list[str]:
    return default_glossary().translate_terms(text) if detect_language(text) == "en" else guide_terms(text)


def _parse(row: dict):
    return parse_question(row["question"], row.get("history"), guide_terms=_guide_terms)


def test_the_table_is_large_and_varied() -> None:
    assert len(TABLE) >= 150
    assert sum(r["lang"] == "en" for r in TABLE) >= 30
    assert sum(len(r["parts"]) > 1 for r in TABLE) >= 30


def test_parts_are_split_as_asked() -> None:
    right = [r for r in TABLE if len(_parse(r).parts) == len(r["parts"])]
    assert len(right) / len(TABLE) >= 0.95, f"{len(right)} of {len(TABLE)}"


def test_slots_match_the_table() -> None:
    exact = money = 0
    for row in TABLE:
        got = [p.slot for p in _parse(row).parts]
        want = [p["slot"] for p in row["parts"]]
        exact += got == want
        money += [MONEY.get(s, s) for s in got] == [MONEY.get(s, s) for s in want]
    assert exact / len(TABLE) >= 0.8, f"exact {exact} of {len(TABLE)}"
    assert money / len(TABLE) >= 0.85, f"money-equivalent {money} of {len(TABLE)}"


def test_languages_match_the_table() -> None:
    assert all(_parse(r).lang == r["lang"] for r in TABLE)


def test_follow_ups_carry_the_previous_subject() -> None:
    rows = [r for r in TABLE if r.get("history") and r.get("resolved_contains")]
    assert len(rows) >= 10
    carried = [r for r in rows if all(w.lower() in _parse(r).text.lower() for w in r["resolved_contains"])]
    assert len(carried) / len(rows) >= 0.85, [r["question"] for r in rows if r not in carried]


def test_totals_are_flagged() -> None:
    rows = [r for r in TABLE if r.get("total")]
    assert rows and all(_parse(r).total for r in rows)
    assert not any(_parse(r).total for r in TABLE if not r.get("total") and "一共" not in r["question"])


@pytest.mark.parametrize(
    ("question", "slots"),
    [
        ("110千伏和10千伏的工业电价分别是多少？", ["price", "price"]),
        ("补贴多少？找哪个部门？", ["amount", "department"]),
        ("这个政策的文号是多少？什么时候到期？", ["doc_number", "validity"]),
        ("全旗一年产销煤炭多少吨？", ["count"]),
        ("西部大开发企业所得税税率是多少？", ["percentage"]),
        ("创业补贴要缴纳社保满几年？", ["duration"]),
        ("我们是鼓励类产业企业，能不能按15%交企业所得税？", ["eligibility"]),
        ("Which industries get the strategic-emerging-industry power price?", ["list"]),
        ("How much is the grant, and which department handles it?", ["amount", "department"]),
        ("奶牛性控冻精每头补贴多少？奶羊冻精呢？", ["amount", "amount"]),
        ("战略性新兴产业电力交易政策现在还有效吗", ["validity"]),
        # English cues match whole words: "registration" holds no "ratio", "specialist" no "list"
        ("What registration options are open to firms in the demonstration zone?", ["fact"]),
        ("Does a specialist hospital qualify?", ["eligibility"]),
        ("We are a dairy processor. Do we qualify for the signing subsidy?", ["eligibility"]),
        ("获得国家最高科学技术奖的人才算几类人才？", ["fact"]),  # which category, not how many
        ("How much is the subsidy per straw of frozen semen, and for which years does the policy run?", ["amount", "validity"]),
        ("企业最多能拿多少人才引进奖励？", ["amount"]),  # 人才 is what the money is for, not people counted
        ("能引进多少人才？", ["count"]),
        ("每人奖多少？4个人一共多少？", ["amount", "amount"]),  # the sum of the money just asked
        ("项目评审归谁领导？具体由哪几个部门牵头负责？", ["department"]),  # one ask: "具体由" names nothing new
        # the money asked is the noun after "how much", though the question tells of fees paid
        ("We pay the expert 1.2 million yuan in fees. How much recruitment subsidy can we get?", ["amount"]),
        ("How much rent do we pay for the talent apartment?", ["price"]),
        ("What is the minimum registered capital for a foreign-invested company?", ["amount"]),  # capital is money
        ("按最高比例测算，这台机械能补多少？", ["amount"]),  # the share is how the amount is reckoned
        ("From what date does the announcement apply?", ["validity"]),
        ("Until which year is the pilot valid?", ["validity"]),
        ("How much goes to the regional natural science foundation?", ["amount"]),  # a verb after "how much" counts nothing
        ("How much farmland is involved?", ["count"]),
        ("政策什么时候开始执行？", ["validity"]),
        # "valid performance data" names the data; a validity is asked of the period
        ("We upload valid performance data for 2,000 dairy cows. What is the subsidy in total?", ["amount"]),
        ("Is the policy still valid?", ["validity"]),
        # (how long a thing other than a document stays valid is how long it lasts: "鉴定结论一年内有效")
        ("How long is the assessment valid?", ["duration"]),
        # how quickly a thing is done is a time; how fast a figure grows is no duration
        ("How quickly are RCEP perishable goods released at the border?", ["duration"]),
        ("How fast did the banner's GDP grow?", ["percentage"]),  # a rate of growth ("增长 3.5%")
        ("What minimum total assets must a foreign investor have to set up an investment company?", ["amount"]),
        # a prize someone won names who they are, not money asked
        ("Would a China Skills Award winner count as B-class talent?", ["eligibility"]),
        ("What award does a China Skills Award winner get?", ["amount"]),
        # a document's name asked ("文件名", "that plan's official title"); "name" as a verb asks none
        ("在英才兴蒙里算哪类？这个政策的文件名是啥？", ["fact", "doc_number"]),
        ("What clusters does the plan want built, and what is that plan's official title?", ["fact", "doc_number"]),
        ("Which cities does the Western Development opinion name as steel bases?", ["list"]),
        # the size of a sum of money is money; a rate the asker states is no share asked
        ("What's the maximum size of a credit loan that qualifies for the talent-startup interest subsidy?", ["amount"]),
        ("Revenue is 80 million yuan. At least how much must come from main business to get the western 15% rate?", ["amount"]),
        # "how does that compare with…": the figure asked before, of another thing
        ("What's the new cap on the share of new-energy power a data centre can trade, and how does that compare with a "
         "monocrystalline silicon producer?", ["percentage", "percentage"]),
    ],
)
def test_slots_of_known_shapes(question: str, slots: list[str]) -> None:
    assert [p.slot for p in parse_question(question).parts] == slots


def test_each_part_keeps_its_own_subject() -> None:
    parsed = parse_question("110千伏和10千伏的工业电价分别是多少？")
    assert "110千伏" in parsed.parts[0].text and "工业电价" in parsed.parts[0].text
    assert parsed.parts[1].text.startswith("10千伏") and "工业电价" in parsed.parts[1].text
    department = parse_question("高新技术企业奖励多少？找哪个部门？").parts[1]
    assert "高新技术企业" in department.text  # the second ask is about the first one's subject


def test_a_follow_up_replaces_the_figure_it_names() -> None:
    parsed = parse_question("那10千伏呢？", [{"role": "user", "content": "110千伏工业电价多少？"}])
    assert parsed.follow_up and parsed.parts[0].slot == "price"
    assert "110" not in parsed.parts[0].text and "10千伏" in parsed.parts[0].text and "工业电价" in parsed.parts[0].text


def test_stated_figures_are_quantities_not_asks() -> None:
    parsed = parse_question("我种了200亩水地玉米，保费多少？")
    assert [(int(q.value), q.unit) for q in parsed.quantities] == [(200, "亩")]
    assert slot_of("保费多少？") == "amount"


def test_english_context_before_a_comma_keeps_its_words_apart() -> None:
    parsed = parse_question("In Ejin Horo, what one-off award does a new national-level inheritor get?")
    assert parsed.parts[0].text.startswith("In Ejin Horo what")


def test_a_count_of_things_is_not_a_sum_of_money() -> None:
    assert parse_question("How many academicians must a company sign up?").parts[0].counted
    assert parse_question("伊旗有多少家规上企业？").parts[0].counted
    assert not parse_question("要达到多少？").parts[0].counted
    assert not parse_question("创业补贴要缴纳社保满几年？").parts[0].counted


def test_each_part_names_the_government_it_asks_about() -> None:
    parts = parse_question("帮伊旗一家企业引进了一位C类人才，鄂尔多斯市和伊旗分别给多少荐才奖励？").parts
    assert [(p.level, p.text.endswith("给多少荐才奖励？")) for p in parts] == [("市级", True), ("旗级", True)]
    assert "鄂尔多斯市给多少" in parts[0].text and "，伊旗给多少" in parts[1].text
    assert [p.level for p in parse_question("市里和旗里各奖多少？").parts] == ["市级", "旗级"]
    # an honour's level or the asker's home is not who pays
    assert parse_question("2名护士新评上自治区级优秀护士，一共奖多少？").parts[0].level is None
    assert parse_question("我们是伊旗的鼓励类产业企业，按西部大开发优惠税率要交多少企业所得税？").parts[0].level is None


def test_what_the_asker_pays_is_told_from_what_is_paid_to_them() -> None:
    assert parse_question("在股权交易市场挂牌，要交多少挂牌费？").parts[0].pays
    assert parse_question("What registration fee do we pay?").parts[0].pays
    assert not parse_question("保费财政补多少？").parts[0].pays
    assert not parse_question("挂牌能拿多少奖励？").parts[0].pays


def test_a_figure_asked_in_days_is_a_measure_of_days() -> None:
    assert parse_question("申请交上去以后多少个工作日能拨付到账？").parts[0].measure == "days"
    assert parse_question("第一档一年能用多少立方米？").parts[0].measure == "volume"
    assert parse_question("补贴能连续给几年？").parts[0].measure is None
    assert parse_question("How many working days does approval take?").parts[0].measure == "days"
    assert parse_question("How many cubic metres a year are in the first tier?").parts[0].measure == "volume"


def test_the_length_of_a_thing_that_runs_a_distance_is_a_measure_of_length() -> None:
    for question in ("伊旗的铁路有多长？", "全旗公路一共多少公里？", "How long are the banner's highways?",
                     "How many kilometres of railway does the banner operate?"):
        part = parse_question(question).parts[0]
        assert (part.slot, part.measure) == ("count", "length"), question
    # how long a permit or a subsidy lasts is a period
    assert parse_question("How long does the work-residence permit last?").parts[0].slot in ("duration", "validity")
    assert parse_question("补贴能给多长时间？").parts[0].slot == "duration"


def test_an_age_asked_is_a_measure_of_age_but_years_asked_beside_an_age_named_are_not() -> None:
    assert parse_question("申请补贴的年龄上限是多少岁？").parts[0].measure == "age"
    assert parse_question("What is the age limit for the subsidy?").parts[0].measure == "age"
    assert parse_question("离法定退休年龄还剩几年的时候，病残津贴要重新核算？").parts[0].measure is None


def test_how_many_years_asks_a_period_and_what_documents_are_needed_asks_the_procedure() -> None:
    assert parse_question("How many years is the income-tax exemption?").parts[0].slot == "duration"
    assert parse_question("How many more years does the pilot run?").parts[0].slot == "duration"
    assert parse_question("How many firms have landed projects?").parts[0].slot == "count"
    assert parse_question("What documents do our foreign engineers need for a work visa?").parts[0].slot == "procedure"
    assert parse_question("Which national document says so?").parts[0].slot == "doc_number"


def test_a_run_of_years_counted_over_asks_a_total_and_one_that_says_who_qualifies_does_not() -> None:
    assert asks_total("一个专家连着聘3年最多能拿多少？")
    assert asks_total("If the park is cultivated for 3 years, what is the most it could receive?")
    assert not asks_total("连续两年入库的国家科技型中小企业奖多少？")  # who qualifies
    assert asks_total("What is the minimum total funding over its support period?")  # a sum over the period
    assert not asks_total("What is the support period?")
    assert not asks_total("连续3年亏损的企业能享受什么政策？")  # no money asked
    # a figure asked per month or year after the years served: they are a condition, no run counted over
    assert not asks_total("重点企业从旗外新引进的硕士E类人才，稳定工作满3年，每月生活补贴多少？")
    assert not asks_total("If we employ her for 3 years, what is the monthly allowance?")
    assert asks_total("If we employ her for 3 years at 2,000 yuan a month, how much do we get?")
    # (a later ask of the sum, not per month, asks it: "…每月生活补贴多少？最长补满能拿多少？")
    assert asks_total("重点企业从市外引进的硕士，干满3年继续留用，每月生活补贴多少？最长补满能拿多少？")


def test_a_yearly_salary_asked_is_money_not_years() -> None:
    assert [p.slot for p in parse_question("伊旗学校新引进清华、北大的毕业生当老师，最高能给多少年薪？").parts] == ["amount"]
    assert [p.slot for p in parse_question("这个补贴给多少年？").parts] == ["duration"]


def test_the_most_across_or_from_both_asks_their_sum() -> None:
    assert asks_total("What is the highest subsidy we could get across both?")
    assert asks_total("How much could we get from both, at most?")
    assert not asks_total("Which of the two awards is larger?")


def test_what_things_come_to_or_add_up_to_asks_their_sum() -> None:
    assert asks_total("How much do the two one-off awards come to?") and asks_total("How much in all?")
    assert asks_total("What does that add up to?")
    assert not asks_total("How much does the subsidy come to per mu?")  # one rate, asked per unit


def test_a_number_of_items_stated_is_two_or_more_with_a_counting_word() -> None:
    assert states_count("今年报了2个项目，最多能拿多少？") and states_count("两家企业各拿多少？")
    assert not states_count("一个专家能拿多少？") and not states_count("要建多少个？") and not states_count("3个月补多少？")
    assert states_count("800头牛做结核病检测，能补贴多少？") and states_count("交了80只达标羔羊")  # livestock by 头 and 只


def test_how_much_of_a_thing_not_money_asks_a_quantity_of_it() -> None:
    assert slot_of("How much high-standard farmland will be built?") == "count"
    assert slot_of("How much corporate income tax is due?") == "amount"  # a noun phrase naming money
    assert slot_of("How much can a dairy farm get?") == "amount"


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        ("What age limit applies to young skilled talents?", "count"),
        ("What minimum share of the budget goes to research?", "percentage"),
        ("What fine does a dealer pay for a breach?", "amount"),
        ("What is the time limit for the review?", "duration"),
        ("What annual capacity does the pipeline have?", "count"),
        ("What is the maximum total support for a new lab?", "amount"),  # "maximum" qualifies the support
        ("What does the platform charge companies?", "price"),
        ("Which allowances for expatriate staff are tax-exempt?", "list"),  # "which" asks kinds, not a figure
        # a bound is of the kind of figure it bounds
        ("What's the new cap on the share of new-energy power it can trade?", "percentage"),
        ("What's the employer's cap on the share of pension contributions?", "percentage"),  # read past a possessive
        ("What is the cap on the subsidy for each project?", "amount"),
    ],
)
def test_an_english_what_phrase_asks_the_figure_its_head_noun_names(question: str, slot: str) -> None:
    assert slot_of(question) == slot


def test_an_age_asked_is_answered_only_in_years_of_age() -> None:
    assert parse_question("What age limit applies to young skilled talents?").parts[0].measure == "age"
    assert parse_question("青年技能人才的年龄上限是多少？").parts[0].measure == "age"
    # an age named in a yes/no question asks nothing about it
    assert slot_of("到了退休年龄，能推迟退休吗？") == "eligibility"


def test_a_department_named_in_a_title_is_not_asked_for() -> None:
    assert slot_of("Under the seven-department measures, how much subsidy does a hotel get?") == "amount"
    assert slot_of("How much funding does a province get for offices abroad?") == "amount"
    assert slot_of("Which bureau handles it?") == "department"
    assert slot_of("Responsible bureaus?") == "department"
    assert slot_of("这条政策归哪两个部门管？") == "department"
    assert slot_of("这条由哪两家单位负责？") == "department"  # counted by 家 as well as 个
    assert slot_of("这条是哪几家单位负责？") == "department"


def test_the_grade_of_a_prize_is_a_name_not_a_number() -> None:
    assert slot_of("国家科技进步奖要拿几等奖才算一类人才？") == "fact"
    assert slot_of("What grade of award must the first contributor hold?") == "fact"
    assert slot_of("一共奖励几等？") == "fact" and slot_of("一共奖励几个人？") == "count"


def test_numbers_of_items_are_read_in_both_languages() -> None:
    from assistant.answer.question import stated_counts

    assert [(c.number, c.kind) for c in stated_counts("我们两家入库的科技型中小企业都被认定为高新技术企业")] == [(2, "organisation")]
    assert [(c.number, c.kind) for c in stated_counts("Two scientists were selected; how much is that for both?")] == [(2, "person")]
    assert [(c.number, c.kind) for c in stated_counts("If three banners are chosen")] == [(3, "place")]
    # an irregular plural counts as well: "three senior people — a general manager, an R&D lead and a safety director"
    assert [(c.number, c.kind) for c in stated_counts("Our key enterprise just hired three senior people")] == [(3, "person")]
    assert stated_counts("over 5 years from 2024, 3 months") == []  # time is no item
    assert states_count("both of them") and not states_count("for 3 years")


def test_english_sums_over_a_period_or_over_items_are_asked_totals() -> None:
    assert asks_total("What is the most he can get over a three-year appointment?")
    assert asks_total("What one-off reward does each get, and how much is that for both?")
    assert asks_total("What is the most it could receive over the whole support period?")
    assert asks_total("连着4年能支持多少个？")  # a number of items over a run of years
    assert not asks_total("What is the subsidy per year?")


def test_an_english_metadata_part_that_names_nothing_else_is_about_the_part_before() -> None:
    question = parse_question("What is Inner Mongolia doing for IP-pledge financing, and which bodies are responsible?")
    assert [(p.slot, p.carried) for p in question.parts] == [("fact", False), ("department", True)]
    question = parse_question("Where are drone platforms to be built, and over which years does that plan run?")
    assert [(p.slot, p.carried) for p in question.parts] == [("fact", False), ("validity", True)]
    # one naming its own subject is not
    question = parse_question("What campus activity does Ordos run, and which bodies are responsible for the innovation atmosphere?")
    assert question.parts[1].slot == "department" and not question.parts[1].carried


def test_an_either_or_question_is_a_part_of_its_own() -> None:
    question = parse_question("走“绿色通道”引进人才，是审批制还是备案制？多久能办好？")
    assert [p.slot for p in question.parts] == ["fact", "duration"]


def test_spoken_question_words_ask_like_written_ones() -> None:
    parsed = parse_question("边境经济合作区引进紧缺人才可以用啥方式？这块归哪些部门？")
    assert [p.slot for p in parsed.parts] == ["fact", "department"]
    assert slot_of("搞得咋样？") == "fact" and slot_of("有啥支持？") == "list"
    # "这几年" is a time, not a question; "可以用什么形式" asks what, not whether
    assert [p.slot for p in parse_question("我们这几年服务做得挺突出，市里有啥支持？").parts] == ["list"]
    assert slot_of("对符合条件的项目可以用什么形式支持？") == "fact"


def test_money_named_after_the_question_word_is_an_amount() -> None:
    assert slot_of("统筹多少项目资金？") == "amount" and slot_of("给多少经费？") == "amount"
    assert slot_of("支持多少项目？") == "count" and slot_of("报了几项专利？") == "count"


def test_this_matter_points_back_and_a_part_with_its_own_question_word_asks_its_own() -> None:
    parsed = parse_question("边境经济合作区引进紧缺人才可以用啥方式？这块归哪些部门？")
    assert parsed.parts[1].slot == "department" and parsed.parts[1].carried
    parsed = parse_question("人才办事有没有一站式窗口？那个“人才码”能干啥？这事归哪些单位管？")
    assert [p.slot for p in parsed.parts] == ["eligibility", "fact", "department"] and parsed.parts[2].carried
    assert [p.slot for p in parse_question("奶牛冻精每支补贴多少？奶羊冻精呢？").parts] == ["amount", "amount"]


def test_an_english_part_saying_so_or_naming_the_plan_points_back() -> None:
    parsed = parse_question("Can a private company set up its own postdoctoral station, and which national document says so?")
    assert parsed.parts[1].slot == "doc_number" and parsed.parts[1].carried
    parsed = parse_question("What does the equipment-renewal plan do about chokepoint technologies, and which body leads the plan?")
    assert parsed.parts[1].slot == "department" and parsed.parts[1].carried


def test_who_organises_and_which_bureau_ask_departments_and_a_limit_asked_about_is_yes_or_no() -> None:
    parsed = parse_question("示范家庭农牧场，自治区级和市级分别多长时间评一回？各是谁组织评？")
    assert [p.text for p in parsed.parts[:2]] == ["示范家庭农牧场，自治区级多长时间评一回？", "示范家庭农牧场，市级多长时间评一回？"]
    assert parsed.parts[2].slot == "department"
    parsed = parse_question("氢能措施里储氢载体强化啥应用？牵头的是哪个局？")
    assert parsed.parts[1].slot == "department" and parsed.parts[1].carried
    assert slot_of("科技项目经费包干制试点，有没有科目比例限制？") == "eligibility"


def test_an_english_possessive_a_named_plan_or_a_regional_one_points_back() -> None:
    parsed = parse_question("Which regional guidance on family farms was issued in 2020, and what's its document number?")
    assert parsed.parts[1].slot == "doc_number" and parsed.parts[1].carried
    parsed = parse_question("Which units lead the due-diligence exemption rule, and what years does the fund action plan cover?")
    assert parsed.parts[1].slot == "validity" and parsed.parts[1].carried
    parsed = parse_question("What's the one-off reward for a newly recognised national green factory versus a regional one?")
    assert len(parsed.parts) == 2 and parsed.parts[1].carried and "green factory" in parsed.parts[1].text
    # a figure part naming its own plan is not the metadata of the part before
    parsed = parse_question("What does the dairy policy pay per cow, and how much does the beef cattle plan pay?")
    assert not parsed.parts[1].carried


def test_a_document_named_by_a_long_issuer_asks_its_number_and_a_figure_asked_of_a_notice_does_not() -> None:
    parsed = parse_question("Which State Council General Office document on new forms of foreign trade does the "
                            "cross-border e-commerce action plan implement (give the number)?")
    assert [p.slot for p in parsed.parts] == ["doc_number"]
    assert [p.slot for p in parse_question("What subsidy does the notice give?").parts] == ["amount"]


def test_a_figure_named_after_and_the_is_a_second_ask_and_a_comparison_in_the_opening_words_is_context() -> None:
    parsed = parse_question("What's the industrial land benchmark price in the Airport Logistics Park, "
                            "and the non-residential heating price?")
    assert [(p.slot, p.item) for p in parsed.parts] == [("price", False), ("price", False)]
    assert parsed.parts[1].text == "What is the non-residential heating price?"
    # a noun phrase naming no figure stays with its ask
    assert len(parse_question("What is the subsidy for dairy cows, and the one for beef cattle?").parts) == 1
    parsed = parse_question("Ordos vs Ejin Horo science-and-technology advisers: what is the maximum annual subsidy per expert "
                            "at city level, and at banner level?")
    assert [p.text.split(": ")[1] for p in parsed.parts] == ["what is the maximum annual subsidy per expert at city level?",
                                                              "what is the maximum annual subsidy per expert at banner level?"]


def test_the_slot_of_an_english_question_is_read_from_the_sentence_that_asks() -> None:
    parsed = parse_question("Our logistics firm's trucks would owe 24,000 yuan in vehicle and vessel tax at the normal rate. "
                            "How much do we actually pay in Inner Mongolia?")
    assert [p.slot for p in parsed.parts] == ["amount"]  # not the "rate" the story tells
    # an ask naming no kind of figure ("What is it?") leaves the slot to the whole message
    assert parse_question("The grazing-ban subsidy rate. What is it?").parts[0].slot == "percentage"


def test_an_english_part_with_its_own_question_word_asks_its_own() -> None:
    parsed = parse_question("Ordos has a five-year plan for industrial funds. Which years does it cover, "
                            "and what is the fiscal money supposed to draw in?")
    assert [p.slot for p in parsed.parts] == ["validity", "fact"]
    parsed = parse_question("What period does the low-altitude economy plan cover, and which State Council document is it implementing?")
    assert [p.slot for p in parsed.parts] == ["validity", "doc_number"]


def test_an_english_part_asking_only_a_figure_or_the_documents_name_is_about_the_part_before() -> None:
    parsed = parse_question("Which strategic emerging industries does the Western Development opinion want developed, "
                            "and what is the document called?")
    assert parsed.parts[1].slot == "doc_number" and parsed.parts[1].carried
    parsed = parse_question("Does Ordos reward organisations that turn research results into standards? How much at most, "
                            "and which bureaus are in charge?")
    assert [(p.slot, p.carried) for p in parsed.parts] == [("eligibility", False), ("amount", True), ("department", True)]


def test_a_sum_is_over_the_sentences_up_to_the_one_asking_it() -> None:
    question = "名师工作室3年管理期一共能拿多少经费？另外本地人才培养到C类，单位能拿多少培养资助？"
    assert through_total(question) == "名师工作室3年管理期一共能拿多少经费？"
    assert through_total("一人奖多少？5个人一共多少？归哪个部门管？") == "一人奖多少？5个人一共多少？"
    assert through_total("补贴多少？") == "补贴多少？"  # no sum asked: the whole question


def test_which_class_is_asked_with_words_between_which_and_category() -> None:
    from assistant.answer.question import asks_category

    assert asks_category("Which Ordos talent category does that fall under?")
    assert asks_category("In which category would Inner Mongolia place me?")
    assert not asks_category("Which industries does the catalogue cover?")
    assert asks_category("按自治区标准能认定成几类人才？") and asks_category("能评成哪一档？")
    assert parse_question("我是国家科技进步奖一等奖的第一完成人，按自治区标准能认定成几类人才？").parts[0].slot != "count"


def test_an_amount_asked_per_item_is_noted() -> None:
    from assistant.answer.question import asked_per_item

    assert asked_per_item("新能源巡游出租车每辆补多少？") == "item"
    assert asked_per_item("What is the subsidy per tractor?") == "item"
    assert asked_per_item("How much is it per year?") is None and asked_per_item("补贴比例是多少？") is None


def test_a_plans_period_and_a_documents_name_are_metadata_asks() -> None:
    assert slot_of("What's the period of Inner Mongolia's low-altitude economy plan?") == "validity"
    assert slot_of("What's the period of the subsidy?") == "duration"  # how long it is paid
    assert slot_of("What is the subsidy period?") == "duration"
    assert slot_of("What does the guide call the document?") == "doc_number"
    assert slot_of("What is the document called?") == "doc_number"
    assert slot_of("What documents are needed?") == "procedure"  # materials, not a document's name


def test_an_english_subject_keeps_the_guides_words_it_quotes_but_no_document_number() -> None:
    question = parse_question("Under Ejin Horo's '政录企用' scheme, how long do recruited researchers serve?")
    assert "政录企用" in question.parts[0].subject
    quoted = parse_question("Under document 内政办发〔2022〕19号, can we get the higher trading ratio?")
    assert "政办发" not in quoted.parts[0].subject and "ratio" in quoted.parts[0].subject


def test_a_figure_asked_in_a_unit_or_an_area_is_a_measure_and_a_phone_number_is_no_figure() -> None:
    def shape(text: str) -> list[tuple[str, str | None]]:
        return [(p.slot, p.measure) for p in parse_question(text).parts]

    assert shape("What are the proven natural gas reserves in cubic metres?") == [("count", "volume")]
    assert shape("What's the standard land-use term, in years, for industrial land?") == [("duration", None)]
    assert shape("What is the annual investment target in US dollars?") == [("amount", None)]
    assert shape("What is the total area of the agricultural science park?") == [("count", "area")]
    assert shape("What did the city invest in years past?")[0][0] != "duration"
    assert shape("What's the phone number of the tax office?") == [("fact", None)]
    assert slot_of("电话是多少？") == "fact"
    assert slot_of("Is there a bilingual hotline foreigners can use?") == "eligibility"  # whether there is one


def test_a_relative_which_asks_nothing_and_a_total_may_name_its_kind() -> None:
    # "…total investment, of which RMB 15 million was equipment. How big is the subsidy?"
    assert slot_of("RMB 30 million total investment, of which RMB 15 million was equipment. How big is the subsidy?") == "amount"
    assert asks_total("Two national bases. Total one-off award?")
    assert asks_total("What's the per-cow subsidy total?")
    assert asks_total("Level 4, then level 3. Total skill-upgrade subsidy?")  # the kind of subsidy between
    assert not asks_total("Total investment is 30 million yuan. What subsidy rate applies?")
    assert not asks_total("How much is the subsidy per cow?")


def test_a_figure_asked_of_a_procedure_is_that_figure() -> None:
    assert slot_of("帮企业办一次通关手续收费多少？") == "amount"  # its fee (what the asker pays)
    assert slot_of("申请流程要多久？") == "duration"
    assert slot_of("How long does the application procedure take?") == "duration"
    assert slot_of("How do I apply?") == "procedure"
    assert slot_of("这个补贴怎么申请？") == "procedure"


def test_each_before_a_noun_asks_per_one_and_in_yuan_asks_money() -> None:
    [part] = parse_question("How much does each individual tech commissioner receive per year?", []).parts
    assert part.per == "item" and "each" in part.text  # not "respectively": nothing to split
    assert [p.text for p in parse_question("What are the prices for 110 kV and 10 kV respectively?", []).parts] == [
        "What are the prices for 110 kV ?", "What are the prices for 10 kV ?"]
    [money] = parse_question("In yuan, how much is the monthly disability allowance?", []).parts
    assert money.per == "money"


@pytest.mark.parametrize(
    "question",
    [
        "Ordos science advisers: yearly subsidy per expert, and who's in charge?",
        "How much does Ordos put into green low-carbon tech each year, and which bureau leads?",
        "新认定的国家技术创新示范企业奖多少？哪些厅负责？",
        "名师工作室每年资助多少？牵头是谁？",
    ],
)
def test_a_later_ask_for_whoever_is_in_charge_is_a_department_of_the_part_before(question: str) -> None:
    parts = parse_question(question).parts
    assert [p.slot for p in parts][-1] == "department" and parts[-1].carried


def test_a_size_asked_is_a_measure_or_money_and_a_body_that_does_something_is_not_asked() -> None:
    assert slot_of("How big is the grant for a new laboratory?") == "amount"
    assert slot_of("How large is the city's industrial guidance fund?") == "amount"
    assert slot_of("How big is the banner's annual output value?") == "count"
    # a size a condition asks for is not a figure of the provision
    assert slot_of("How large does a project need to be to get onto the list?") != "count"
    area = parse_question("How big is the demonstration park in area?").parts[0]
    assert area.slot == "count" and area.measure == "area" and "big" not in area.subject.split()
    # "what do government agencies pay": the agencies pay, nobody asks for them
    assert slot_of("What do government agencies pay for water per tonne?") == "price"
    assert slot_of("Which agencies do we contact?") == "department"
    # a year before the asked noun ("the 2030 target") is no word of it
    assert slot_of("What's the 2030 target for the volume of recycled resources?") == "count"


def test_who_with_a_verb_of_doing_asks_a_department_as_zh_does() -> None:
    for question in ("Who draws up the list of encouraged industries for the western region?",
                     "Who organises the banner's talent activity week?",
                     "Who will certify our green factory?"):
        assert [p.slot for p in parse_question(question).parts] == ["department"], question
    assert parse_question("谁来组织人才活动周？").parts[0].slot == "department"
    # who qualifies is no doer asked
    assert parse_question("Who qualifies for the settlement subsidy?").parts[0].slot != "department"


def test_an_ask_after_a_comma_may_start_with_its_preposition() -> None:
    question = parse_question("What corporate income tax rate would we pay under the Western Development policy, for what period, "
                              "and what is the announcement's number?")
    assert [p.slot for p in question.parts] == ["percentage", "validity", "doc_number"]
    # an ask led by its preposition names nothing of its own: it is about the thing asked before
    question = parse_question("What income tax rate applies to encouraged-industry firms, during what period?")
    assert [p.slot for p in question.parts] == ["percentage", "validity"] and question.parts[1].carried
    question = parse_question("How much is the subsidy, by which date must we apply?")
    assert [p.slot for p in question.parts] == ["amount", "fact"]  # a deadline, one date, no list


def test_money_told_of_in_a_sentence_before_the_ask_is_the_askers_case() -> None:
    assert slot_of("Public bodies owe our firm money for finished work; the amount is agreed. What does the policy promise?") \
        == "fact"
    assert slot_of("We paid 60,000 yuan in service fees. How much support can we get?") == "amount"
    assert slot_of("Our plant uses 5 million kWh a year. What price applies to us?") == "price"
    # (only an ask of what a thing does or says: "What's the bill?" asks the figure the case tells of)
    assert slot_of("Our flat used 200 cubic metres of gas this month at the first-tier price. What's the bill?") != "fact"


def test_a_bound_of_what_a_party_receives_is_money() -> None:
    for question in ("A national field station has just been approved. What is the minimum it receives?",
                     "What's the most we could receive from both?",
                     "What's the minimum that can go to the inventors?",
                     "What is the maximum they can claim?",
                     # what a fund puts in or a company draws from it is money too
                     "What's the most a single company can draw from the fund?",
                     "What is the maximum it will put into any single project?",
                     # the most support is money, however a fee the asker paid is told before it
                     "We charged small exporters 80,000 yuan in service fees. What's the most support we can get?"):
        assert slot_of(question) == "amount", question
    assert slot_of("What is the minimum age?") == "count"
    assert slot_of("What's the most the foreign partner can hold?") != "amount"  # a bound of a holding, not of money got
    assert slot_of("What's the maximum number of years we can get it?") != "amount"  # the noun says what is bounded


def test_a_question_that_is_a_noun_phrase_asks_the_figure_it_names() -> None:
    assert slot_of("A small firm paid 100,000 yuan in unemployment insurance last year. Maximum refund?") == "amount"
    assert slot_of("Two sites were approved as demonstration zones. Maximum combined support?") == "amount"
    assert slot_of("A D-category hire gets the maximum post allowance for the maximum number of years. Total?") == "amount"
    assert slot_of("We have 3 parks and 2 zones. What is the total?") == "count"  # no money named: a number


def test_asks_joined_by_a_list_mark_are_separate_asks() -> None:
    parts = parse_question("伊旗给人才的限价住房：面积上限、每年提供多少套、住满多少年可以过户？").parts
    assert [p.slot for p in parts] == ["count", "count", "duration"]
    assert all(p.text.startswith("伊旗给人才的限价住房：") for p in parts)
    parts = parse_question("能繁母猪上政策性保险，一头保多少钱、交多少保费？").parts
    assert [p.text for p in parts] == ["能繁母猪上政策性保险，一头保多少钱", "能繁母猪上政策性保险，交多少保费？"]
    # things asked of once are no list of asks
    assert len(parse_question("伊旗的工业用地和商业用地、住宅用地分别多少钱一亩？").parts) == 3
    assert len(parse_question("国家级、自治区级企业技术中心奖多少？").parts) == 1
    assert slot_of("人才限价住房面积上限多少？") == "count"  # an area asked is a measure


def test_the_rate_of_a_sum_paid_per_a_unit_is_money() -> None:
    assert slot_of("Ordos pays refuelling stations a per-kilogram hydrogen subsidy. What is the rate for 2024?") == "amount"
    assert slot_of("What is the subsidy rate per tonne?") == "amount"
    assert slot_of("What is the premium rate per head?") == "percentage"  # a premium's rate is its share
    assert slot_of("What is the premium per head for insuring breeding sows?") == "amount"  # the premium is money
    assert slot_of("What is the subsidy rate for equipment?") == "percentage"


def test_a_relative_clause_closed_by_a_full_stop_tells_and_asks_nothing() -> None:
    q = parse_question(
        "We make energy-storage batteries, which are on the strategic emerging industry list. "
        "If our plant uses 100 million kWh a year, how much of it can be traded as green power?"
    )
    assert not any(p.text.lower().startswith("which") for p in q.parts) and q.parts[-1].slot == "amount"
    # "…, which department handles it?" still asks
    assert [p.slot for p in parse_question("What is the subsidy for dairy cows, which department handles it?").parts] == [
        "amount", "department"]


def test_an_aside_in_brackets_does_not_keep_a_listed_figure_from_its_own_ask() -> None:
    q = parse_question("If I'm recruited as a Class C leading talent, what settling-in subsidy, maximum research funding, "
                       "and (if at a municipal SOE) annual salary range apply?")
    assert len(q.parts) == 3 and all(p.slot == "amount" for p in q.parts)
    assert q.parts[2].text.endswith("annual salary range apply (if at a municipal SOE)?")


def test_an_item_naming_no_figure_shares_the_head_noun_of_the_last() -> None:
    q = parse_question("What is the maximum platform and research funding for a Class 1 natural-science team?")
    assert [p.text for p in q.parts] == ["What is the maximum platform funding for a Class 1 natural-science team?",
                                         "What is the research funding for a Class 1 natural-science team?"]
    q = parse_question("What is the minimum and maximum subsidy for a dairy farm?")
    assert [p.text for p in q.parts] == ["What is the minimum subsidy for a dairy farm?", "What is the maximum subsidy for a dairy farm?"]
    q = parse_question("what's the insured amount per head and the premium rate?")
    assert [p.text for p in q.parts] == ["what's the insured amount per head?", "what's the premium rate?"]


def test_a_long_figure_tail_with_a_hyphenated_figure_word_is_its_own_ask() -> None:
    q = parse_question(
        "What's the super-deduction ratio for R&D expenses of technology-based SMEs, and the max annual R&D post-subsidy per firm "
        "from the region?"
    )
    assert [p.slot for p in q.parts] == ["percentage", "amount"]


def test_english_nouns_naming_a_value_a_term_or_a_lifespan_ask_figures() -> None:
    assert slot_of("Above what purchase value must research equipment go through public tendering?") == "amount"
    assert slot_of("What is the lease term for industrial land?") == "duration"
    assert slot_of("What is the safe service lifespan of a refrigerator?") == "duration"
    assert slot_of("What terms apply to the loan?") == "fact"  # plural: which terms, no figure


def test_what_we_actually_pay_asks_money() -> None:
    assert slot_of("Our trucks would owe 24,000 yuan of tax. What do we actually pay under the reduction?") == "amount"
    assert slot_of("What do farms pay for irrigation power?") == "price"
    assert slot_of("What do farms pay under 1 kV?") == "price"  # a voltage names power


def test_items_compared_after_a_dash_share_what_comes_before_it() -> None:
    parts = parse_question("What will we pay for tap water — households versus a commercial user?").parts
    assert [p.text for p in parts] == ["What will we pay for tap water — households?",
                                       "What will we pay for tap water — a commercial user?"]
    assert all(p.slot == "price" for p in parts)


def test_what_minimum_planted_area_asks_an_area() -> None:
    parsed = parse_question("For the featured industry bases the city supports, what minimum planted area is required?")
    assert parsed.parts[0].measure == "area"
    assert parse_question("What area does the pilot cover?").parts[0].measure is None  # where, not how large


@pytest.mark.parametrize(
    ("question", "slots"),
    [
        ("合作社贷了200万元，贴息两年一共能贴多少？", ["amount"]),  # 贴 pays money, as 补 does
        ("稳岗返还最多返多少？", ["amount"]),
        # a grant paid per unit is an amount; a body (单位) is not "per unit"
        ("How much is awarded per tonne of standard coal saved?", ["amount"]),
        ("What subsidy per unit does the opinion give for first-of-its-kind equipment?", ["amount"]),
        ("What pre-tax pay can a category-one talent expect?", ["amount"]),
        # "If …" is the condition the ask after it is put in, not an ask of its own
        ("If the full-cost premium for a grain crop is 600 yuan, how much does the central government cover?", ["amount"]),
    ],
)
def test_slots_of_this_rounds_shapes(question: str, slots: list[str]) -> None:
    assert [p.slot for p in parse_question(question).parts] == slots


def test_letters_listed_share_the_noun_after_the_last() -> None:
    parts = parse_question("刚性引进A、B、C类人才的用人单位，分别最高奖多少引才资助？").parts
    assert [p.text for p in parts] == [
        "刚性引进A类人才的用人单位，最高奖多少引才资助？",
        "刚性引进B类人才的用人单位，最高奖多少引才资助？",
        "刚性引进C类人才的用人单位，最高奖多少引才资助？",
    ]


def test_a_condition_asks_only_after_its_comma() -> None:
    parts = parse_question(
        "If a domestic firm in a prohibited sector lists overseas, may foreign investors take part in its management, "
        "and when did the 2024 negative list take effect?"
    ).parts
    assert len(parts) == 2 and parts[0].text.startswith("If a domestic firm")
    assert [p.slot for p in parse_question("If I join with a PhD, what pay grade is my salary benchmarked to?").parts] != ["amount"]


def test_the_end_of_a_range_counts_nothing() -> None:
    assert not states_count("100到3000头的奶畜养殖场每头补贴多少？")
    assert not states_count("Farms with between 100 and 3,000 cows: how much per cow?")
    assert states_count("我们有3000头奶牛，能补多少？")


def test_a_documents_full_name_asked_is_a_document_ask() -> None:
    for text in ("这份文件全称是什么？", "这个通知叫什么？", "文件名称是什么？"):
        assert parse_question(text).parts[0].slot == "doc_number", text
    assert parse_question("国务院促进服务消费的意见里，养老托育方面怎么增加服务供给？这份文件全称是什么？").parts[1].slot == "doc_number"


def test_an_english_sum_is_asked_by_plus_a_kind_of_money_and_by_a_run_of_years_within() -> None:
    assert asks_total("the one-off grant plus three years of operating subsidy?")
    assert asks_total("What is the most we could receive in the first three years after founding?")
    assert not asks_total("What is the subsidy for a new greenhouse?")


def test_the_longest_run_a_provision_allows_asked_in_money_is_a_total() -> None:
    # "补满最长年限最多能拿多少": the money of the longest run, not its length (asked as "最长补几年")
    question = parse_question("D类人才的岗位特聘补贴每年最高多少？补满最长年限最多能拿多少？")
    assert question.total and [p.slot for p in question.parts] == ["amount", "amount"]
    assert parse_question("D类人才的岗位特聘补贴最长补几年？").total is False
    assert asks_total("A Class D hire is paid the top post allowance for the maximum number of years. Total?")
    assert asks_total("Over the longest allowed period, how much post allowance does she get?")
    assert not asks_total("What is the longest period the post allowance is paid?")


def test_a_run_of_months_served_then_money_asked_is_a_total() -> None:
    assert asks_total("A graduate interns with our Ejin Horo company for 4 months. What's the most living allowance?")
    assert asks_total("大学生来伊旗实习4个月最多能拿多少生活补贴？")
    # a threshold met ("for six months or more") and a run named without money asked are no sum
    assert not asks_total("My spouse has been out of work for six months or more. Is there any help?")
    assert not asks_total("实习4个月以上的大学生有补贴吗？")


def test_a_rate_of_a_utility_or_beside_prices_is_a_tariff() -> None:
    # "the commercial rate" of gas or water is money per unit; a rate named as a share stays a percentage
    assert slot_of("What are the gas prices: the three residential tiers and the commercial rate?") == "price"
    assert slot_of("Our plant uses 3,000 tonnes of water a month. What's the water bill at the industrial rate?") == "price"
    assert slot_of("What's the corporate income tax rate for encouraged industries?") == "percentage"
    assert slot_of("What is the new-energy trading share rate for polysilicon makers' power?") == "percentage"
    # the tiers of a tariff are its prices, not a list of things
    assert slot_of("For households on under 1 kV, what are the three electricity tiers?") == "price"


def test_a_list_asked_after_a_part_names_the_kind_of_item_not_another_subject() -> None:
    # "支持哪些行业？" lists industries of what the part before asks about
    question = parse_question("蒙西电网战略性新兴产业电价是多少？支持哪些行业？")
    assert [p.slot for p in question.parts] == ["price", "list"]
    assert question.parts[1].carried and "蒙西电网" in question.parts[1].text
    # two lists of different kinds stay two asks
    two = parse_question("伊旗绿色农畜产品深加工招商主要用哪些地方？围绕哪些产业？")
    assert [p.slot for p in two.parts] == ["list", "list"]


def test_total_over_a_period_is_a_sum_asked() -> None:
    assert asks_total("A transfer platform gets the top operating support every year. Total over the support period?")
    assert not asks_total("A transfer platform gets operating support every year. What is the period?")


def test_when_a_policy_starts_is_asked_apart_from_when_it_ends() -> None:
    assert asks_start("这个电力交易政策从什么时候开始执行？") and asks_start("When did the allowance measures take effect?")
    for text in ("这个政策有效期到哪一年？", "这套政策哪天到期？", "When does the trading policy expire?",
                 "For how many years does the qualification stay valid?", "免租3年到期后"):
        assert not asks_start(text), text


def test_the_most_someone_can_do_is_a_bound_asked() -> None:
    assert asks_bound("We generate 500 million kWh a year. What's the most it can sell to the grid?")
    assert asks_bound("A joint venture has 80 million yuan of registered capital. What is the most the foreign partner may hold?")
    assert not asks_bound("What is the most important condition?")
    assert not asks_bound("What's the maximum subsidy per mu?")


def test_a_figure_word_qualifying_a_way_of_doing_things_asks_no_figure() -> None:
    # "funding management model" is a model; "funding" only says of what
    assert slot_of("What funding management model applies to talent-type projects?") == "fact"
    assert slot_of("What funding applies to national innovation platforms?") == "amount"


def test_when_a_document_was_issued_is_asked_apart_from_a_deadline() -> None:
    assert asks_issued("西部大开发企业所得税公告是哪天发的？") and asks_issued("When was the notice on tax relief published?")
    assert not asks_issued("什么时候之前要报？") and not asks_issued("When does the policy expire?")


def test_a_time_clause_before_the_ask_is_its_condition_not_a_part() -> None:
    # "Once …, what …?": when the ask holds, as "If …, what …?" is
    parts = parse_question("Once our lab is recognised as a regional key laboratory, how much funding does it get?").parts
    assert len(parts) == 1 and parts[0].slot == "amount"
    parts = parse_question("When a new foreign-investment rule is issued, how many months of transition do firms get?").parts
    assert len(parts) == 1 and parts[0].slot == "duration"
    # "When does …, and who …?" asks when; a question after the condition ("…, must it…") is a part of its own
    assert [p.slot for p in parse_question("When does the policy start, and who runs it?").parts][0] == "validity"
    assert len(parse_question("When the review ends, must it be published, and is there a transition period?").parts) == 2


def test_the_whole_of_a_term_is_a_sum_asked() -> None:
    assert asks_total("How much does a master-teacher studio receive over its full management period?")
    assert asks_total("名师工作室整个管理期内一共能拿多少？")


def test_a_total_asked_in_a_unit_of_another_measure_is_no_money() -> None:
    # "一共多少学时" asks hours, "一共多少个" a count; "几年下来一共最多多少" still asks money
    assert [p.slot for p in parse_question("高素质农牧民培训一共多少学时？").parts] == ["duration"]
    assert [p.slot for p in parse_question("一共多少个？").parts] == ["count"]
    assert [p.slot for p in parse_question("几年下来一共最多多少？").parts] == ["amount"]


def test_an_english_part_pointing_back_keeps_the_thing_it_names() -> None:
    # "them" are the users the part before named; "water" is what the part asks of
    parts = parse_question("What do industrial users pay for natural gas, and what does water cost them per tonne?").parts
    assert len(parts) == 2 and "water" in parts[1].own and not parts[0].own
    assert parse_question("What is the subsidy, and which departments handle it?").parts[1].own == ""


def test_how_many_of_a_quoted_thing_counts_things() -> None:
    # "how many 'little giant' enterprise slots": a count of things, which no sum of money states
    parts = parse_question("How many 'little giant' enterprise slots will Inner Mongolia be allotted?").parts
    assert [(p.slot, p.counted) for p in parts] == [("count", True)]


def test_whether_a_grant_is_given_is_asked_as_written_by_callers() -> None:
    from assistant.answer.question import asks_grant

    assert asks_grant("伊旗对农户装户用屋顶光伏有补贴吗？")
    assert asks_grant("新引进的博士有安家补贴吗")
    assert not asks_grant("补贴标准是多少？")


@pytest.mark.parametrize(
    "question",
    [
        "乌审旗天然气储量在全区、全国排第几？",
        "伊旗在全国百强县里排第几位？",
        "How do Bayannur's copper, lead and zinc reserves rank nationally?",
    ],
)
def test_a_place_in_a_ranking_asked_is_a_count_of_its_own_measure(question: str) -> None:
    part = parse_question(question).parts[-1]
    assert (part.slot, part.measure) == ("count", "rank")


def test_a_class_or_a_place_stated_is_no_rank_asked() -> None:
    assert parse_question("英才兴蒙工程里，国家优青获得者属于第几类人才？").parts[0].measure != "rank"
    assert parse_question("HR service firms ranked top 10 nationally get what reward?").parts[0].slot == "amount"


def test_the_regional_names_the_autonomous_region_as_the_level_that_pays() -> None:
    assert parse_question("How big is the regional guidance fund for key industries?").parts[0].level == "自治区级"
    assert parse_question("How big is the autonomous region's key industry fund?").parts[0].level == "自治区级"
    assert parse_question("We will open our regional headquarters. What reward do we get?").parts[-1].level is None


def test_a_quoted_name_is_never_split_at_its_and_or_commas() -> None:
    parts = parse_question("How much money is in Ordos's 'Science and Technology Prospering Inner Mongolia' cooperation "
                           "special fund each year?").parts
    assert len(parts) == 1 and "'Science and Technology Prospering Inner Mongolia'" in parts[0].text
    parts = parse_question('For a tech transfer of over 2 million yuan, what award does the transferring unit get, '
                           'what is the maximum "one case, one discussion" award, and what is the share for contributors?').parts
    assert len(parts) == 3 and '"one case, one discussion" award' in parts[1].text


def test_people_counted_with_ren_are_a_count_but_not_a_size_or_attendances() -> None:
    assert states_count("团队里有4人评定成效显著，一次性奖励一共多少？")
    assert not states_count("职工300人以上的企业能拿多少？") and not states_count("培训了500人次，补多少？")


def test_each_partys_figure_stated_is_no_ask_of_each_party() -> None:
    # "分别" before stated figures tells them apart; the one ask is what is left to the asker
    parts = parse_question("完全成本保险保费10万元，中央和自治区分别承担45%和30%，农户自己交多少？").parts
    assert [p.slot for p in parts] == ["amount"]
    parts = parse_question("中央和自治区分别承担多少保费补贴？").parts
    assert len(parts) == 2


def test_a_size_asked_and_a_part_of_an_amount_asked() -> None:
    # (the size of a fund is its money: "设立 10亿元绿色产业发展基金")
    assert [p.slot for p in parse_question("伊旗人才发展基金规模有多大？").parts] == ["amount"]
    assert [p.slot for p in parse_question("伊旗的产业园区规模有多大？").parts] == ["count"]
    assert [p.slot for p in parse_question("How much of the certification fee does the region cover?").parts] == ["amount"]
    assert [p.slot for p in parse_question("What does CNG cost at filling stations in Ejin Horo?").parts] == ["price"]


def test_a_possessive_in_the_asked_phrase_does_not_end_it() -> None:
    parts = parse_question("What are the employer's pension insurance contribution rates in Inner Mongolia?").parts
    assert [p.slot for p in parts] == ["percentage"]


def test_a_name_the_glossary_writes_with_and_is_one_thing_asked() -> None:
    # "vehicle and vessel tax" (车船税), "medium- and long-term loans": no two asks split at their "and"
    assert len(parse_question("What is the tax cut on vehicle and vessel tax for trucks?").parts) == 1
    assert len(parse_question("What interest rate applies to medium and long-term loans for manufacturing?").parts) == 1
    # two things asked alike are still two parts
    assert len(parse_question("What is the subsidy for a national centre and for a regional one?").parts) == 2


def test_children_and_parents_are_counted_as_people() -> None:
    counted = [(c.number, c.kind) for c in stated_counts("Both my parents are over 70 and I have two children under three.")]
    assert counted == [(2, "person"), (2, "person")]
    assert [(c.number, c.kind) for c in stated_counts("父母都70多岁了，两个孩子都不满3岁")] == [(2, "person"), (2, "person")]


def test_what_about_asks_again_of_another_thing() -> None:
    parts = parse_question("What living allowance does a key enterprise's new senior hire get, and what about newly recruited "
                           "bachelor's graduates?").parts
    assert [p.slot for p in parts] == ["amount", "amount"]
    # the other thing is named whole: it is searched for on its own words ("a trained 'lead goose'", not the first
    # part's rural practical talent)
    assert parts[1].text == "what about newly recruited bachelor's graduates?"
    # a part asking its own kind of thing keeps its own slot
    parts = parse_question("What is the subsidy for a new cold store, and what about which department handles it?").parts
    assert parts[-1].slot == "department"


def test_each_year_says_how_often_not_that_each_item_is_asked() -> None:
    parts = parse_question("How much does Ordos put each year into health-sector innovation and into green low-carbon technology?").parts
    assert [p.text for p in parts] == ["How much does Ordos put each year into health-sector innovation?",
                                       "How much does Ordos put each year into green low-carbon technology?"]
    # "each year after" beside "at the start" is one of the items
    assert len(parse_question("How much funding do we get at the start and each year after?").parts) == 2


def test_a_chinese_ask_closed_by_ma_asking_no_figure_is_a_yes_or_no() -> None:
    assert [p.slot for p in parse_question("纯理论基础研究项目的间接经费比例可以再提高吗？").parts] == ["eligibility"]
    assert [p.slot for p in parse_question("复运出境期限能延长吗？").parts] == ["eligibility"]
    # a figure asked with 吗 closing a further word is still a figure
    assert [p.slot for p in parse_question("间接经费比例最高能提高到多少，是30%吗？").parts][0] == "percentage"


def test_an_ask_per_a_unit_alone_is_about_the_subject_before() -> None:
    parts = parse_question("Is there a rent subsidy for industrial talent who rent instead of buying in Ejin Horo, "
                           "and how much per month?").parts
    assert [p.slot for p in parts] == ["eligibility", "amount"]
    assert parts[1].carried and "rent subsidy" in parts[1].text
    # a part naming a thing of its own besides the unit is searched on its own words
    parts = parse_question("What is the subsidy for a new cold store, and how much per tonne for a cheese line?").parts
    assert not parts[-1].carried


def test_how_high_after_a_figure_asks_that_figure_again() -> None:
    parts = parse_question("What do households pay for piped gas in the first tier, and how high does it go in the top tier?").parts
    assert [p.slot for p in parts] == ["price", "price"]


def test_how_many_of_a_unit_of_measure_counts_no_things() -> None:
    assert asks_counted("how many industries qualify?") and asks_counted("多少家企业")
    assert not asks_counted("how many square metres of floor space?") and not asks_counted("how many kilometres of pipe?")


def test_the_size_of_a_sum_of_money_is_an_amount() -> None:
    assert parse_question("科技信贷风险补偿资金池有多大？").parts[0].slot == "amount"
    assert parse_question("伊旗设的绿色产业发展基金有多大？").parts[0].slot == "amount"
    assert parse_question("鄂尔多斯市的面积有多大？").parts[0].slot != "amount"


def test_the_whole_run_of_a_support_period_asks_a_total() -> None:
    assert parse_question("国家重点实验室获批后，在连续支持期内自治区至少给多少钱？").total
    assert parse_question("What is the minimum total support a national technology innovation centre gets over the support period?").total
    assert not parse_question("国家重点实验室获批后，每年支持多少钱？").total


def test_a_customs_tariff_cut_asks_no_price() -> None:
    assert parse_question("How do the authorities help foreign-invested firms benefit from tariff reductions?").parts[0].slot != "price"
    assert parse_question("Is there a tariff break on equipment an encouraged project imports for its own use?").parts[0].slot != "price"
    assert parse_question("What is the industrial power tariff at 110 kV?").parts[0].slot == "price"


def test_a_money_word_naming_a_document_asks_no_amount() -> None:
    assert parse_question("What are the support principles of Ordos's reward policy for fuel-cell vehicles?").parts[0].slot != "amount"
    assert parse_question("What reward does Ordos give a fuel-cell vehicle demonstration?").parts[0].slot == "amount"


def test_a_yes_or_no_asked_after_a_story_naming_money_asks_no_figure() -> None:
    story = "I was one of the top two contributors on a science and technology award (second prize). Does that make me a Class D talent?"
    assert parse_question(story).parts[0].slot == "eligibility"
    # a figure asked after the story is still a figure
    assert parse_question("We won a science and technology award last year. How much extra does Ordos give?").parts[0].slot == "amount"


def test_a_high_share_naming_a_kind_of_supply_asks_no_share() -> None:
    # "高比例绿电供应方案" names the plan; the figure asked is the yearly consumption
    assert parse_question("新增大型用电负荷年用电量要多少，才能单独制定高比例绿电供应方案？").parts[0].slot != "percentage"
    assert parse_question("新能源交易比例上限是多少？").parts[0].slot == "percentage"


def test_how_a_figure_is_determined_asks_its_basis() -> None:
    assert parse_question("How are the balancing compensation price and volume determined?").parts[0].slot == "fact"
    assert parse_question("How is the reserve price of industrial land set?").parts[0].slot == "fact"
    # a figure asked beside it is still a figure
    assert parse_question("How much is the balancing compensation price?").parts[0].slot == "price"


def test_which_of_two_ways_asks_no_figure() -> None:
    # "本政策涉及的奖励、补贴、资助金额均为税前人民币金额": a sentence saying which answers it, no sum
    assert parse_question("奖励资金是税前还是税后的？").parts[0].slot == "fact"
    assert parse_question("补贴金额是一次性发放还是分年发放？").parts[0].slot == "fact"
    # after another ask, it is its own ask, not that one again
    question = parse_question("这套人才政策是从什么时候开始施行的？里面的奖励金额是税前还是税后？")
    assert [p.slot for p in question.parts] == ["validity", "fact"]
    # a figure asked beside it is still a figure
    assert parse_question("补贴金额是多少？").parts[0].slot == "amount"


def test_how_much_a_thing_should_grow_asks_a_measure_not_money() -> None:
    # as "回收量要增长多少？" does: a growth, in whatever it is measured by
    assert parse_question("How much should the recovery of waste household appliances grow by 2027?").parts[0].slot == "count"
    # money that increases is still money
    assert parse_question("How much will the subsidy increase?").parts[0].slot == "amount"


def test_a_minimum_sum_named_by_its_kind_of_money_asks_an_amount() -> None:
    # "what minimum total assets" did; the kind of money may be named between ("main-business revenue")
    assert parse_question("What is the minimum main-business revenue we need?").parts[0].slot == "amount"
    assert parse_question("What minimum main-business revenue from catalogue projects do we need?").parts[0].slot == "amount"


def test_who_issued_a_document_asks_its_issuers() -> None:
    # "Who issues…" did; the past asks the same of a document already out (not the fee a title names)
    question = "Who jointly released the tax and fee incentive guide for small and micro businesses and sole proprietors?"
    assert parse_question(question).parts[0].slot == "department"
    assert parse_question("Who issued the notice on facilitating accommodation for foreign nationals?").parts[0].slot == "department"


def test_the_size_of_a_place_s_economy_asks_money() -> None:
    assert parse_question("What was Baotou's GDP last year?").parts[0].slot == "amount"
    assert parse_question("How fast did Ejin Horo's GDP grow?").parts[0].slot != "amount"


def test_the_papers_an_application_takes_ask_the_procedure() -> None:
    assert parse_question("申请人才公寓要准备哪些证明材料？").parts[0].slot == "procedure"
    assert parse_question("企业享受这项政策包括哪些行业？").parts[0].slot == "list"


def test_a_clause_saying_when_the_ask_is_put_is_no_part_of_its_own() -> None:
    parts = parse_question("While the unemployment insurance rate is cut to 1%, what is the work-injury insurance rate?").parts
    assert [p.slot for p in parts] == ["percentage"]


def test_a_condition_after_what_the_asker_tells_is_no_part_of_its_own() -> None:
    # "…for its staff. If a permit is granted for the longest term, how many months is that?": one ask, put in a condition
    parts = parse_question("Our research centre applies for residence permits for its foreign staff. "
                           "If a permit is granted for the longest term, how many months is that?").parts
    assert [p.slot for p in parts] == ["duration"]
    # a condition opening the message is no story: it is the condition of the one ask after its comma, as before
    assert len(parse_question("If our plant doubles its output, what subsidy do we get?").parts) == 1


def test_the_date_a_document_was_signed_is_the_date_it_was_issued() -> None:
    assert asks_issued("Which date was the western development tax announcement signed?")
    assert asks_issued("On what date was the announcement extending the Western Development income tax policy issued?")
    assert asks_issued("这个公告是哪天签发的？") and asks_issued("落款日期是哪天？")
    assert not asks_issued("Which date does the policy take effect?")


def test_two_items_of_one_kind_after_an_article_are_two_parts() -> None:
    parts = parse_question("What are the first-tier and second-tier residential electricity prices?").parts
    assert len(parts) == 2 and "first-tier" in parts[0].text and "second-tier" in parts[1].text


def test_a_short_question_opening_with_and_asks_the_ask_before_of_another_thing() -> None:
    parts = parse_question("What is the 110 kV industrial power price? And for 10 kV?").parts
    assert [p.slot for p in parts] == ["price", "price"] and parts[1].text.strip() == "And for 10 kV?"
    assert len(parse_question("What is the price for industrial users? And commercial users?").parts) == 2


def test_how_long_a_document_runs_is_its_period() -> None:
    for asked in ("How long do the Ordos beef-cattle measures run?", "How long do Ordos's measures for fruit and vegetables run?",
                  "鄂尔多斯肉牛那个政策措施执行多久？", "这个试点搞几年？"):
        assert [p.slot for p in parse_question(asked).parts] == ["validity"], asked
    assert [p.slot for p in parse_question("How long is the negative list valid?").parts] == ["validity"]
    # how long a thing is paid or done, or a thing other than a document stays valid, is a duration
    for asked in ("How long does the subsidy last?", "补贴连续给几年？", "政策支持的项目要实施多长时间？",
                  "How long is a work-capacity assessment result valid?"):
        assert [p.slot for p in parse_question(asked).parts] == ["duration"], asked


def test_what_happens_asks_the_rule_for_a_case_not_a_figure() -> None:
    assert slot_of("what happens if a reward overlaps with another policy?") == "fact"
    assert slot_of("And what happens to the subsidy if the firm leaves the banner?") == "fact"
    assert slot_of("What reward does a firm get if it overlaps with another policy?") == "amount"


def test_the_least_sum_a_thing_needs_to_qualify_is_a_figure_asked() -> None:
    assert slot_of("What minimum R&D spending does an open innovation platform need to qualify for land support?") == "amount"
    assert slot_of("What minimum revenue must a firm have to qualify?") == "amount"
    assert slot_of("What is the minimum R&D spending needed?") == "amount"
    assert slot_of("Does a firm with the minimum revenue qualify?") == "eligibility"


def test_the_items_of_a_list_asked_alike_share_what_comes_before_and_after_them() -> None:
    # "…市外引进的博士和本科生留满3年后，每月…分别多少": 的 says whom the words before are of; what they do is shared
    question = parse_question("重点企业从市外引进的博士和本科生留满3年后，每月生活补贴分别多少？")
    assert [p.text for p in question.parts] == ["重点企业从市外引进的博士留满3年后，每月生活补贴多少？",
                                                "重点企业从市外引进的本科生留满3年后，每月生活补贴多少？"]


def test_a_hyphen_left_hanging_takes_the_word_the_next_item_writes() -> None:
    # "the first- and third-tier prices": first-tier, not "first-" alone
    question = parse_question("What are the first- and third-tier electricity prices for homes connected below 1 kV?")
    assert [p.text for p in question.parts] == ["What are the first-tier electricity prices for homes connected below 1 kV?",
                                                "What are the third-tier electricity prices for homes connected below 1 kV?"]


def test_a_rate_asked_after_a_price_is_a_tariff() -> None:
    question = parse_question("For piped gas, what do households pay per cubic metre in the first tier, "
                              "and what's the rate for commercial and industrial users?")
    assert [p.slot for p in question.parts] == ["price", "price"]
    # a rate named as a share or a tax stays a percentage
    question = parse_question("What do households pay per cubic metre of gas, and what's the tax rate for commercial users?")
    assert question.parts[-1].slot == "percentage"


def test_a_sentence_put_as_a_question_asks_whatever_its_words() -> None:
    # "排前几名的能拿到资金支持？": 前几 is no question word, the question mark is
    question = parse_question("工业园区年度考核评价排前几名的能拿到资金支持？专项资金由哪些部门负责？")
    assert [p.text for p in question.parts] == ["工业园区年度考核评价排前几名的能拿到资金支持？", "专项资金由哪些部门负责？"]


def test_a_glossary_phrase_with_a_function_word_stays_whole_in_the_subject() -> None:
    # "vehicle and vessel tax" is 车船税: its "and" is no word dropped from between two things
    focus = parse_question("How is vehicle and vessel tax charged on our trucks and trailers?").parts[0].focus[0]
    assert "vehicle-and-vessel-tax" in focus.split()
    assert "vehicle-and-vessel-tax" in default_glossary().render(focus) or "车船税" in default_glossary().render(focus)


def test_what_is_it_for_another_thing_asks_the_figure_before_again() -> None:
    question = parse_question("What's the cap on the new-energy trading share for battery firms, and what is it for polysilicon plants?")
    assert [p.slot for p in question.parts] == ["percentage", "percentage"]
    assert parse_question("What is the fund for?").parts[0].slot != "percentage"  # its purpose


def test_how_a_tax_is_charged_asks_its_rate_not_a_price() -> None:
    assert parse_question("How is vehicle and vessel tax charged on our trucks and trailers?").parts[0].slot == "percentage"
    assert parse_question("What is the electricity price charged to data centres?").parts[0].slot == "price"
    assert parse_question("How much resource tax is charged per tonne of coal?").parts[0].slot != "percentage"


def test_several_told_before_the_ask_asks_nothing() -> None:
    # "有几辆货车和挂车" tells that there are several; the ask is "能减到多少"
    question = parse_question("我们物流公司有几辆货车和挂车，现行车船税一辆算下来1200元，按这个政策能减到多少？")
    assert len(question.parts) == 1 and not question.parts[0].counted
    # asked at the end, "有几个" asks how many
    assert parse_question("这项政策有几个部门负责？").parts[0].slot == "count"


def test_a_count_in_ten_thousands_counts_them_all() -> None:
    assert [c.number for c in stated_counts("测定并上传了 3 万头奶牛的有效数据")] == [30000]
    assert [c.number for c in stated_counts("两万只羊")] == [20000]
    assert [c.number for c in stated_counts("1.5万头肉牛")] == [15000]
    assert stated_counts("种了1.5亩") == []  # a measure, no count of items


def test_a_multiple_asked_is_a_share_of_another_figure() -> None:
    assert parse_question("What multiple of the prize money does the first completing unit get?").parts[0].slot == "percentage"
    assert parse_question("获得国家科学技术奖按奖金额度的几倍奖励？").parts[0].slot == "percentage"
    assert parse_question("How many times can a company apply?").parts[0].slot == "count"  # occasions, no multiple


def test_a_deadline_asked_is_a_date_not_the_figure_of_what_is_applied_for() -> None:
    for question in ("By what date each year must we apply for the one-off reward?",
                     "By when do we have to file for the 15% tax rate?"):
        assert parse_question(question).parts[0].slot == "fact", question
    assert parse_question("From what date does the policy apply?").parts[0].slot == "validity"


def test_an_amount_asked_per_unit_of_area_is_asked_per_mu() -> None:
    assert parse_question("How much is the reward per unit of planted area?").parts[0].per == "area"
    assert parse_question("How much is the reward per sown area?").parts[0].per == "area"


def test_the_most_a_payer_gives_is_an_amount() -> None:
    question = parse_question("What is the most Ordos gives a single project for joint major science projects?")
    assert question.parts[0].slot == "amount"
    assert parse_question("What is the maximum age for applicants?").parts[0].slot != "amount"


def test_subsidence_is_no_subsidy() -> None:
    # "coal-mining subsidence" (采煤沉陷) names land, not money: how much of it is a measure
    assert slot_of("how much coal-mining subsidence and reclaimed land has it restored?") == "count"
    assert slot_of("how much subsidy does a restored subsidence area get?") == "amount"


def test_a_current_limit_is_no_period() -> None:
    # "当期限额" (the current period's limit) is an amount; "期限" alone asks a time
    assert slot_of("现在公积金贷款当期限额是60万，我最多能贷多少？") == "amount"
    assert slot_of("补贴期限是多久？") == "duration"


def test_a_product_s_approval_number_told_is_no_document_number_asked() -> None:
    # "获得国家批准文号的创新药": a drug's approval number, which the asker has; the policy's 文号 is asked as such
    assert slot_of("我们的1类创新药拿到了国家批准文号并实现了产业化，自治区一次性能补助多少？") == "amount"
    assert slot_of("这个政策的文号是多少？") == "doc_number"


def test_what_a_government_arranges_each_year_is_money() -> None:
    # the guide's "每年安排 5000 万元…": 安排 with a figure is always money
    assert slot_of("国家可持续发展议程创新示范区每年市里又安排多少？") == "amount"
    assert slot_of("每年安排多少人参加培训？") == "count"


def test_an_english_possessive_after_a_thing_named_is_that_thing_s() -> None:
    # "…, and how much can a new-type R&D institution … get in its early years?": its own subject, not the first part's
    question = parse_question("What's the most Ordos gives a well-known university for setting up a graduate school, and how much can "
                              "a new-type R&D institution led by the municipal government get in its early years?")
    assert len(question.parts) == 2 and not question.parts[1].carried
    assert "graduate" not in question.parts[1].text
    # "…, and what rank does its county economic competitiveness hold?": "its" is the banner asked of before
    question = parse_question("Where does Ejin Horo rank among the top-100 counties, and what rank does its county economic "
                              "competitiveness hold?")
    assert question.parts[1].carried


def test_when_a_payment_starts_or_an_application_is_made_is_no_policy_period() -> None:
    assert slot_of("审核通过后从什么时候开始发？") != "validity"
    assert slot_of("政策什么时候开始执行？") == "validity"
    assert slot_of("If I'm rejected, when can I apply for reassessment?") != "validity"
    assert slot_of("From what date does the announcement apply?") == "validity"


def test_a_version_of_the_thing_named_before_points_back() -> None:
    question = parse_question("Who interprets China's 2024 foreign investment negative list, and from what date was the 2021 "
                              "version repealed?")
    assert question.parts[1].carried and "negative list" in question.parts[1].text


def test_an_ask_naming_only_who_pays_and_the_money_is_about_the_words_before_it() -> None:
    # "想建一个无人机起降场，政府按每个多少钱给补贴？": the station is what is asked about
    question = parse_question("我们想在伊旗建一个无人机起降场，政府按每个多少钱给补贴？")
    assert "无人机起降场" in question.parts[0].focus[0]


def test_what_someone_may_not_do_with_a_subsidy_is_no_sum_asked() -> None:
    assert slot_of("Under the trade-in action plan, what are local governments not allowed to do with trade-in subsidies?") == "list"
    assert slot_of("What trade-in subsidies do local governments give?") == "amount"


def test_applying_for_something_is_no_policy_applying() -> None:
    assert slot_of("Can someone without the required degree still apply for a professional title?") != "validity"
    assert slot_of("Does the policy still apply?") == "validity"


def test_an_english_sum_ends_where_another_ask_joins_its_sentence() -> None:
    question = ("A regional technology innovation centre gets a yearly subsidy for five years. At the minimum, what does it add up "
                "to in total, and what is the yearly minimum for a regional key laboratory?")
    assert through_total(question) == ("A regional technology innovation centre gets a yearly subsidy for five years. At the "
                                       "minimum, what does it add up to in total?")


def test_whether_an_age_limit_applies_asks_an_age() -> None:
    for question in ("Is there an upper age limit for skilled workers?", "引进退休工程师有没有年龄限制？", "申请基金有年龄上限吗？"):
        part = parse_question(question).parts[0]
        assert (part.slot, part.measure) == ("count", "age"), question
    assert parse_question("Is there a subsidy for skilled workers?").parts[0].slot != "count"


def test_a_place_in_a_ranking_is_no_count_of_things() -> None:
    from assistant.answer.question import stated_counts

    assert [c.number for c in stated_counts("两头荷斯坦公牛进了国内前50名，一头排第 70 名")] == [2]


def test_which_level_of_government_issued_a_document_asks_who_issued_it() -> None:
    from assistant.answer.question import asks_level

    assert asks_level("Which level of government issued the plan?") and asks_level("是哪一级政府出台的？")
    assert not asks_level("Which level does Ejin Horo's new-energy talent policy put me in?")
    parsed = parse_question("Who issued the measures on science incentives, and at what level of government?")
    assert [(p.slot, p.carried) for p in parsed.parts] == [("department", False), ("department", True)]


def test_a_bare_kind_of_a_document_titled_in_the_part_before_points_back() -> None:
    parsed = parse_question("《战略性新兴产业目录》包括多少个行业？目录由谁调整？")
    assert parsed.parts[1].carried


def test_until_what_day_a_benefit_runs_asks_its_period() -> None:
    for question in ("优惠执行到哪天？", "这个政策有效到哪一年？"):
        assert parse_question(question).parts[0].slot == "validity", question


def test_a_later_english_part_asking_only_an_insurance_s_figures_is_about_the_part_before() -> None:
    parsed = parse_question("How long is the pilot period of Ejin Horo's local beef-cattle insurance, and what's the premium rate "
                            "per head?")
    assert [(p.slot, p.carried) for p in parsed.parts] == [("validity", False), ("percentage", True)]


def test_a_cap_on_what_a_foreign_investor_holds_is_a_share() -> None:
    assert slot_of("What's the foreign equity cap for the domestic internet VPN business pilot?") == "percentage"


def test_a_noun_starting_with_year_after_how_many_asks_no_period() -> None:
    # "年利率" is a rate, "年收入" an income: neither asks how many years
    for question in ("政府按多少年利率给贴息？", "要求企业达到多少年收入？"):
        assert slot_of(question) != "duration", question
    assert slot_of("这个补贴能拿多少年？") == "duration"


def test_an_english_ask_of_a_documents_exact_title_asks_the_document() -> None:
    for question in ("What is its exact title?", "And what is its title?", "What is the official title of the measures?"):
        assert slot_of(question) == "doc_number", question
    assert slot_of("An engineer with a senior title: how much subsidy?") == "amount"


def test_how_a_reward_is_given_asks_in_what_way_not_how_much() -> None:
    for question in ("How can companies reward leading talents who make breakthroughs?", "How are the reward funds paid out?"):
        assert slot_of(question) == "fact", question
    assert slot_of("How much is the reward?") == "amount"
    assert slot_of("How do we apply for the subsidy?") == "procedure"


def slots(question: str) -> list[str]:
    """The slots of a question's parts, in order."""
    return [p.slot for p in parse_question(question).parts]


def test_slots_of_this_round_s_asks() -> None:
    # a tax rate named as what qualifying brings asks no percentage: the amount asked is the revenue
    assert slots("我们公司一年收入总额8000万，鼓励类主营业务收入起码要多少才能享受15%的税率？") == ["amount"]
    assert slots("西部大开发企业所得税的税率是多少？") == ["percentage"]
    # the size of a fund is money; the size of a park is not
    assert slots("听说旗里专门搞了个绿色产业发展基金，规模多大？") == ["amount"]
    assert slots("伊旗的产业园区规模多大？") == ["count"]
    # "what's the minimum pre-tax pay" asks money; "how many years does the … policy run" the policy's period
    assert slots("Under 英才兴蒙, what's the minimum pre-tax pay a class-1 talent should get over a 3-year contract?") == ["amount"]
    assert slots("How many years does the western development 15% tax rate policy run?") == ["validity"]
    # the document a provision comes from, and an announcement's number
    assert slots("紧缺人才F类包括哪些人？这条出自伊旗哪个人才文件？")[-1] == "doc_number"
    assert slots("What's the announcement number for the western development tax rule?") == ["doc_number"]


def test_a_comparison_asked_of_another_thing_is_about_that_thing() -> None:
    question = parse_question("For a data centre operator on the strategic emerging industries list, what's the new cap on the "
                              "share of new-energy power it can trade, and how does that compare with a monocrystalline silicon producer?")
    first, second = question.parts
    assert not second.carried and "data centre" not in second.text and "monocrystalline" in second.subject


def test_a_time_limit_within_years_is_no_run_of_years_to_add_up() -> None:
    # "within two years" says by when, as "两年内" does; "over three years" counts the years a figure is paid
    assert not asks_total("If our engineer reaches C-class within two years, what is the most the employer can get?")
    assert asks_total("If our engineer is kept on for three years, what is the most the employer can get over three years?")


def test_the_number_of_a_notice_asks_its_document_number() -> None:
    assert slots("Who drafts the western encouraged-industry catalogue, and what's the number of the notice that "
                 "mentions it?") == ["department", "doc_number"]


def test_each_of_a_group_is_one_ask_of_the_group() -> None:
    # "…each of the Hohhot, Baotou and Ordos high-tech zones…": the guide pays the three zones in one sentence
    parts = parse_question("How much does each of the Hohhot, Baotou and Ordos national high-tech zones receive a year?").parts
    assert len(parts) == 1 and "Baotou" in parts[0].text
    # ("respectively" still asks each item on its own)
    assert len(parse_question("What are the prices for 110 kV and 10 kV respectively?").parts) == 2


def test_what_a_thing_qualifies_for_or_how_it_is_treated_is_no_figure() -> None:
    # an award asked by what it makes someone is a name; a tax treatment is how something is taxed
    assert slots("What national award makes someone a first-class talent?") == ["fact"]
    assert slots("If a foreign investor reinvests its profits in China, what's the tax treatment?") == ["fact"]
    assert slots("What award does a first-time high-tech enterprise get?") == ["amount"]
    # what is got by the year is money
    assert slots("What does each of the Hohhot, Baotou and Ordos high-tech zones get a year?") == ["amount"]
    assert slots("What does a new high-tech enterprise get?") == ["fact"]


def test_a_down_payment_is_money_and_which_policy_sets_a_rule_asks_its_document() -> None:
    assert slots("What's the minimum down payment for a passenger car loan?") == ["amount"]
    # (which payments, in the plural, asks which kinds, as "what allowances" does)
    assert slots("What one-off payments could a newly titled senior engineer get?") != ["amount"]
    assert slots("Does a third prize make me an E-class talent in Ordos, and which policy sets this?")[-1] == "doc_number"
    assert slots("Which policies apply to a new chemical plant?") == ["list"]
    # a plan named by what it does is a document
    assert slots("Which plan opens smart-city scenarios to tech SMEs?") == ["doc_number"]
    assert slots("What plan does Ordos have for hydrogen?") != ["doc_number"]


def test_a_thing_asked_by_its_noun_is_no_figure_though_the_question_names_fees_or_rates() -> None:
    # "what practices…", "what guarantee mechanism…": things, though fees and exchange rates are named
    assert slots("What practices by financial institutions are targeted in the campaign against improper fees charged "
                 "to businesses?") == ["list"]
    assert slots("What guarantee mechanism is to be set up for small firms facing exchange-rate swings?") == ["fact"]
    # (figures named in the phrase, one or several, are still figures)
    assert slots("What one-off awards go to national demonstration logistics parks?") == ["amount"]
    assert slots("What yearly subsidies are paid for parents aged 70 and over?") == ["amount"]


def test_a_share_of_two_things_is_one_ask_and_money_thresholds_are_money() -> None:
    assert slots("What share of equipment and installation cost is covered?") == ["percentage"]
    assert slots("What is the rate and the cap on loans?") == ["percentage", "amount"]
    assert slots("What tax and salary thresholds must a chairman meet to count as a D-class talent?") == ["amount"]


def test_this_document_points_back_and_its_name_asks_the_document() -> None:
    parts = parse_question("设备更新和以旧换新行动方案在标准提升方面聚焦哪些大宗消费品？这份方案的文件名称是什么？").parts
    assert [(p.slot, p.carried) for p in parts] == [("list", False), ("doc_number", True)]
    assert slots("这份方案的名称是什么？") == ["doc_number"]


def test_lengths_asked_in_millimetres_and_the_size_of_a_place_are_measures() -> None:
    assert asked_measure("伊金霍洛旗年平均降水量是多少毫米？") == "length"
    assert asked_measure("What is the banner's average rainfall in millimetres?") == "length"
    assert asked_measure("How big is the talent service base Ejin Horo has built?") == "area"


def test_a_sum_asked_as_accumulated_is_a_total_and_a_cap_on_it_is_not() -> None:
    assert asks_total("三年行动期间，市财政用于支持高新区引进孵化项目的资金累计有多少？")
    assert not asks_total("研发奖励累计最高能补多少？")
