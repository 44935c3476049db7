"""Itemised totals: each thing a question says was got is paid by the provision its own words find."""

from assistant.answer.compose import ASKER
from assistant.answer.itemised import counts_items, item_stretches, item_stretches_en, joins_items
from assistant.answer.question import tells_items_en
from assistant.answer.totals import provision_terms
from tests.assistant.answer.test_totals import _clause


def test_the_stretches_before_the_ask_are_the_items() -> None:
    question = "今年我们拿到一个中国专利金奖，另外还新注册了2件地理标志证明商标，伊旗一共奖励多少？"
    assert item_stretches(question) == ["今年我们拿到一个中国专利金奖", "另外还新注册了2件地理标志证明商标"]
    assert item_stretches("一次性资助加上3年运行补贴，最多能拿多少？") == ["一次性资助加上3年运行补贴"]
    assert item_stretches("伊旗一共奖多少？") == []
    assert item_stretches("拿了中国专利金奖") == []  # nothing asked


def test_two_awards_of_two_provisions_are_added_each_with_its_count(assistant) -> None:
    result = assistant.ask("今年我们拿到一个中国专利金奖，另外还新注册了2件地理标志证明商标，伊旗一共奖励多少？")
    total = next(c for c in result.calculations if c.tool == "total")
    assert total.result == "1100000" and total.unit == "元"  # 50万元 + 30万元 × 2
    assert any("金奖" in s and "50万元" in s for s in total.steps)
    assert any("30万元 × 2" in s for s in total.steps)
    assert "110万元" in result.answer


def test_a_stretch_telling_more_of_the_same_award_adds_nothing(assistant) -> None:
    # "绩效奖励连续支持3年" says how the principal's award is paid: no second award
    result = assistant.ask("我被评为伊旗骨干型校园长，绩效奖励连续支持3年，一共能拿多少？")
    total = next(c for c in result.calculations if c.tool == "total")
    assert total.result == "300000"  # 10万元 × 3年


def test_a_count_the_provision_is_not_read_against_pays_no_item(assistant) -> None:
    # "每枚 1500元、2500元、3500元分档" read as one 1500元 for 100 embryos would be a wrong sum
    result = assistant.ask("我们牧场今年用了100枚奶牛性控胚胎，还用性控冻精配了500头牛，按自治区奶业政策一共补多少？")
    assert not any(c.tool == "total" and c.result == "61500" for c in result.calculations)


def test_figures_after_groups_closed_by_their_levels_pair_with_the_levels_for_one_stretch() -> None:
    text = ("新获得中宣部“五个一工程”奖、中国戏剧奖等国家级奖项或内蒙古自治区“五个一工程”奖、“萨日纳”奖等自治区级奖项的"
            "伊金霍洛旗出品原创作品，分别给予创作者（团队）50 万元、20 万元一次性奖励。")
    assert [(t.item, int(t.yuan)) for t in provision_terms(_clause(text), text, grouped=True)] == [("国家级", 500000), ("自治区级", 200000)]
    # read for a whole question, whose level words may belong to other things it names, no level names a figure
    assert not {t.item for t in provision_terms(_clause(text), text)} & {"国家级", "自治区级"}


def test_two_things_got_joined_by_you_ask_their_sum_without_saying_so(assistant) -> None:
    question = "我们养殖场今年给200头奶牛用了性控冻精，又给300只奶羊用了冻精，能补多少钱？"
    assert joins_items(question) and not joins_items("我们养殖场今年给200头奶牛用了性控冻精，能补多少钱？")
    # (the breeding-semen calculator, which names 奶羊 as the dairy-goat semen's item, pays both lines as the sum would)
    [total] = assistant.ask(question).calculations
    assert total.result == "42000"  # 120元 × 200 + 60元 × 300
    assert any("200头 × 120元" in s for s in total.steps) and any("300只 × 60元" in s for s in total.steps)


def test_the_words_naming_the_asker_are_not_what_was_got() -> None:
    assert ASKER.sub("", "我们牧场今年给300头奶牛用性控冻精") == "今年给300头奶牛用性控冻精"
    assert ASKER.sub("", "我是伊旗企业的技术骨干") == "我是伊旗企业的技术骨干"
    assert ASKER.sub("", "我们公司同时新认定了国家级企业技术中心") == "同时新认定了国家级企业技术中心"


def test_two_kinds_counted_in_one_stretch_ask_their_sum() -> None:
    assert counts_items("猎头公司协助用人单位全职引进了1名B类和1名D类人才，能拿多少引才荐才奖励？")
    assert counts_items("新培养出一名二类人才和两名四类人才，自治区给多少自主工作经费？")
    assert not counts_items("引进了1名B类和1名D类人才，分别能拿多少？")  # each one's figure asked
    assert not counts_items("我们有2名博士、3名硕士，每人补多少？")
    assert not counts_items("引进了2名博士，能拿多少？")  # one kind counted


def test_an_award_listed_by_class_is_added_over_the_classes_counted(assistant) -> None:
    # "全职引进 A、B、C、D类人才，分别给予 50 万元、40万元、30 万元、20 万元引才荐才奖励"
    result = assistant.ask("猎头公司协助用人单位全职引进了1名B类和1名D类人才，能拿多少引才荐才奖励？")
    total = next(c for c in result.calculations if c.tool == "total")
    assert total.result == "600000" and total.unit == "元"


def test_an_english_question_s_stretches_go_on_where_it_says_also_or_then() -> None:
    question = ("Our breeding firm was rated good in breeding capability, and then we set up a national-level dairy cow "
                "core breeding farm; we'll also enter the food park. What rewards do we get in total?")
    assert item_stretches_en(question) == [
        "Our breeding firm was rated good in breeding capability",
        "we set up a national-level dairy cow core breeding farm",
        "enter the food park",
    ]
    assert item_stretches_en("What rewards do we get in total?") == []  # nothing told before the ask
    assert tells_items_en("We open a regional HQ in Ordos, then join the city HR park. What's the most we could get?")
    assert not tells_items_en("We open a regional HQ in Ordos. What's the most we could get?")


def test_two_things_an_english_question_says_were_got_are_each_paid_by_their_own_provision(assistant) -> None:
    # "…五个一工程…国家级…50 万元" for the show, "新认定为…自治区级…非遗传承人的分别给予…5万元" for the performer
    result = assistant.ask("Our Ejin Horo troupe's original drama won a national 'Five One Project' award, and our lead "
                           "actor was newly recognised as an autonomous-region-level intangible heritage inheritor. "
                           "What is the total one-off reward?")
    total = next(c for c in result.calculations if c.tool == "total")
    assert total.result == "550000", total.steps  # 50万元 + 5万元
    assert total.steps[-1].startswith("Total: ")


def test_a_later_sentence_asking_something_else_weighs_nothing_in_the_sum(assistant) -> None:
    # "连续 5年对国家技术创新中心每年给予不低于 3000 万元支持，…对野外科学观测研究站每年给予不低于 100 万元支持"
    result = assistant.ask("Once a national technology innovation centre is approved, what is the minimum total support "
                           "over its support period? Also, what does a field observation station get each year?")
    total = next(c for c in result.calculations if c.tool == "total")
    assert total.result == "150000000", total.steps  # 3000万元 × 5年, not the station's 100万元


def test_a_rank_picks_its_tier_and_a_stretch_going_on_finds_its_own_provision(assistant) -> None:
    # "排名前 10 名、前 50 名、前 100 名的人力资源服务企业在本市设立区域总部的，分别给予 100 万元、50 万元、20 万元",
    # then "对入驻市级人力资源服务产业园的人力资源服务机构…给予最高 100 万元一次性奖励"
    result = assistant.ask("Our HR services company ranked 35th in China last year sets up a regional HQ in Ordos, then joins "
                           "the city HR services industrial park. What's the most we could get in one-off rewards?")
    total = next(c for c in result.calculations if c.tool == "total")
    assert total.result == "1500000", total.steps  # 前 50 名 50万元 + the park's 100万元
    assert total.steps[0].startswith("前 50 名")


def test_an_award_paid_over_years_is_one_of_the_items_told(assistant) -> None:
    # "对新获得全国、自治区、市级优秀教师…分别给予 3万元、2万元、1万元" and "旗级名师…三年任期内每年给予 1万元奖励"
    result = assistant.ask("我是伊旗在职老师，今年获评自治区优秀教师，又被评为旗级名师（三年任期），按伊旗政策一共能拿多少奖励？")
    assert [c.result for c in result.calculations] == ["50000"]


def test_an_english_sentence_telling_two_numbers_of_things_has_two_items() -> None:
    stretches = item_stretches_en("We're building 20 mu of new ordinary solar greenhouses and 10 mu of plastic cold sheds. What total "
                                  "subsidy do we get?")
    assert stretches == ["We're building 20 mu of new ordinary solar greenhouses", "10 mu of plastic cold sheds"]
    # (a number of years or a percentage after "and" tells no other thing got)
    assert len(item_stretches_en("We hired 2 experts for 3 years and 2 months. What do we get in total?")) == 1
    assert tells_items_en("Our company bred 2 Holstein bulls ranked in China's top 50 and 1 Simmental bull in China's top 100. "
                          "What total reward do we get?")
