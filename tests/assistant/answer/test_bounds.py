"""Bounds: a case the question puts outside what a provision is for, and a least asked of a figure given as a most."""

from decimal import Decimal

from assistant.answer.bounds import Range, asked_bounds, excluded, only_most_stated, stated_conditions

GUARANTEE = "对当年收取新增小微企业和“三农三牧”主体担保（再担保）费率 1%（含）以下的，按照当年保费收入（不含税金）的 10%给予保费补助"
HYDROGEN = "加注能力500-1000（不含）公斤/日的补贴资金最高不超过 300 万元/站，加注能力≥1000公斤/日的补贴资金最高不超过 450 万元/站"
TRANSFER = "重大成果转化“一事一议”予以重奖，每项最高奖励 1000万元，其中不低于 50%用于奖励科技成果转化贡献人"


def test_a_question_s_bounds_are_read_in_either_language() -> None:
    assert asked_bounds("a guarantee fee above 1%") == [Range("percent", low=Decimal(1), low_in=False)]
    assert asked_bounds("种植面积不足 1000 亩") == [Range("area", high=Decimal(1000), high_in=False)]
    assert asked_bounds("营收 5000 万元以上的企业") == [Range("money", low=Decimal(50_000_000))]
    assert asked_bounds("种了 600 亩玉米") == []  # a quantity stated as it is bounds nothing


def test_a_provision_s_conditions_are_read_but_not_what_it_pays() -> None:
    assert stated_conditions(GUARANTEE) == [Range("percent", high=Decimal(1))]
    weights = stated_conditions(HYDROGEN)
    assert [(r.low, r.high) for r in weights] == [(Decimal("0.5"), Decimal(1)), (Decimal(1), None)]  # in tonnes
    # "最高不超过 300 万元" is what is paid, no condition of whom it is for
    assert not [r for r in weights if r.dimension == "money"]


def test_a_bound_every_condition_on_its_figure_leaves_out_is_excluded() -> None:
    assert excluded("If a guarantee company charges a fee above 1%, what premium subsidy does it get?", [GUARANTEE])
    assert not excluded("If a guarantee company charges a fee of at most 1%, what premium subsidy does it get?", [GUARANTEE])
    assert excluded("加注能力不到500公斤/日的加氢站，最高补贴多少？", [HYDROGEN])
    assert not excluded("加注能力超过500公斤/日的加氢站，最高补贴多少？", [HYDROGEN])
    # a bound at another figure than any condition is not compared: which quantity it bounds is unknown
    assert not excluded("加注能力不到400公斤/日的加氢站，最高补贴多少？", [HYDROGEN])
    # "未超过 2年" is a most, not a least
    assert not excluded("营业执照还不满2年，能拿多少创业补贴？", ["且营业执照注册时间未超过 2年的，给予 1万元一次性创业补贴"])


def test_a_least_asked_of_a_figure_given_only_as_a_most_is_not_stated() -> None:
    assert only_most_stated("重大成果转化一事一议，每项最低奖励多少？", [TRANSFER], "money")
    assert not only_most_stated("重大成果转化一事一议，每项最高奖励多少？", [TRANSFER], "money")
    # the least asked is of what the provision gives a least of ("不低于 50%")
    assert not only_most_stated("At least how much of the top award must go to the contributors?", [TRANSFER], "money")
    assert not only_most_stated("购房补贴最低多少？", ["分级分类给予最低 5万元，最高不超过 40 万元的购房补贴"], "money")


def test_a_fee_above_the_provision_s_limit_gets_no_subsidy_quoted(assistant) -> None:
    above = assistant.ask("担保费率超过1%的担保公司，保费补助比例是多少？")
    assert above.refused and "10%" not in above.answer
    within = assistant.ask("担保费率1%以下的担保公司，保费补助比例是多少？")
    assert not within.refused and "10%" in within.answer


def test_the_least_of_an_award_given_only_as_a_most_is_said_unstated(assistant) -> None:
    least = assistant.ask("重大科技成果转化一事一议重奖，每项最低奖励多少？")
    assert least.refused and "1000" not in least.answer
    most = assistant.ask("重大成果转化一事一议，每项最高奖励多少？")
    assert not most.refused and "1000万元" in most.answer
