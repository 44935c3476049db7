"""Stated sums: the asker's own amounts added up when the question asks their total."""


def _stated_sum(result):
    return next((c for c in result.calculations if c.tool == "stated_sum"), None)


def test_the_amounts_stated_before_the_total_asked_are_added(assistant) -> None:
    result = assistant.ask("我近五年靠技术转让拿到成果转化资金700万元，许可又拿到400万元，合计多少？够不够四类人才1000万元的门槛？")
    calc = _stated_sum(result)
    assert calc is not None and calc.result == "11000000" and calc.steps == ["700万元 + 400万元 = 1100万元"]
    assert "1000 万元" in result.answer  # the threshold's provision is still quoted


def test_only_the_amounts_the_total_names_are_added(assistant) -> None:
    result = assistant.ask("我们去年缴了增值税1.5亿元、企业所得税0.6亿元，董事长年收入200万元。合计纳税多少？")
    calc = _stated_sum(result)
    assert calc is not None and calc.result == "210000000"


def test_an_english_cumulative_total_of_stated_amounts(assistant) -> None:
    result = assistant.ask("A researcher won 15 million yuan of national vertical projects and 6 million yuan of horizontal projects "
                           "from outside the region. What is the cumulative total?")
    calc = _stated_sum(result)
    assert calc is not None and calc.result == "21000000"


def test_a_total_of_what_provisions_pay_is_no_stated_sum(assistant) -> None:
    result = assistant.ask("我们投资了300万元建厂房，又投了200万元买设备，一共能拿多少补贴？")
    assert _stated_sum(result) is None


def test_amounts_stated_a_year_are_added_over_the_years_asked(assistant) -> None:
    result = assistant.ask("市里每年拿出3000万元做人才基金，另外每年1000万元做科创券，五年加起来一共多少？")
    calc = _stated_sum(result)
    assert calc is not None and calc.result == "200000000"
    assert calc.steps == ["(3000万元 + 1000万元) × 5年 = 2亿元"]


def test_english_yearly_amounts_over_years(assistant) -> None:
    result = assistant.ask("We budget 8 million yuan a year for training and 2 million yuan a year for housing. "
                           "What is that combined over four years?")
    calc = _stated_sum(result)
    assert calc is not None and calc.result == "40000000"


def test_the_share_one_stated_amount_is_of_another(assistant) -> None:
    result = assistant.ask("我们企业去年收入总额8000万元，其中主营业务收入6000万元，占比多少？")
    calc = next((c for c in result.calculations if c.tool == "stated_share"), None)
    assert calc is not None and calc.result == "75" and calc.unit == "%"
    assert calc.steps == ["6000万元 ÷ 8000万元 = 75%"]
    assert "75%" in result.answer


def test_a_share_asked_by_its_own_name_needs_no_word_saying_which_amount_is_the_part(assistant) -> None:
    # "占比", "研发投入强度", "R&D intensity" ask a part's share themselves: the smaller amount over the larger
    share = assistant.ask("我们公司年收入6000万元，鼓励类主营业务收入4200万元，占比多少？")
    calc = next((c for c in share.calculations if c.tool == "stated_share"), None)
    assert calc is not None and calc.result == "70" and calc.steps == ["4200万元 ÷ 6000万元 = 70%"]
    for question in ("去年营业收入8000万元，研发投入480万元，研发投入强度是多少？",
                     "Our revenue last year was 80 million yuan and we spent 4.8 million yuan on R&D. What is our R&D intensity?"):
        calc = next((c for c in assistant.ask(question).calculations if c.tool == "stated_share"), None)
        assert calc is not None and calc.result == "6" and calc.unit == "%"


def test_a_provisions_share_asked_is_no_stated_share(assistant) -> None:
    result = assistant.ask("我们投资2亿元，其中设备投资8000万元，技改补贴比例是多少？")
    assert not any(c.tool == "stated_share" for c in result.calculations)


def test_amounts_of_one_measure_are_added_when_the_total_is_asked_in_its_unit(assistant) -> None:
    calc = _stated_sum(assistant.ask("我们一期流转了3万亩草场，二期又流转了1.2万亩，这两块加起来一共多少万亩？"))
    assert calc is not None and calc.unit == "亩" and calc.result == "42000"
    assert calc.steps == ["3万亩 + 1.2万亩 = 4.2万亩"]
    calc = _stated_sum(assistant.ask("We farm 120 mu of irrigated land and 80 mu of dry land. How many mu is that in total?"))
    assert calc is not None and (calc.result, calc.unit) == ("200", "亩")


def test_amounts_of_two_measures_or_asked_in_another_unit_are_not_added(assistant) -> None:
    # one area and one herd: nothing of one unit to add
    assert _stated_sum(assistant.ask("我们种了200亩玉米，养了50头牛，一共多少亩？")) is None
    # two areas, the total asked in money: what provisions pay, not the asker's sum
    assert _stated_sum(assistant.ask("我们有200亩水地和100亩旱地，一共能拿多少补贴？")) is None


def _stated_part(result):
    return next((c for c in result.calculations if c.tool == "stated_part"), None)


def test_the_part_a_stated_percentage_is_of_a_stated_amount(assistant) -> None:
    calc = _stated_part(assistant.ask("We mine 300 million tonnes of coal a year and ship 60% of it to other provinces. "
                                      "How much coal is shipped to other provinces?"))
    assert calc is not None and (calc.result, calc.unit) == ("180000000", "吨") and calc.steps == ["3亿吨 × 60% = 1.8亿吨"]
    # the percentage of what the words before the amount name: "…的可用财力…可用财力是50亿元"
    calc = _stated_part(assistant.ask("旗里每年70%以上的可用财力用在民生上，假如一年可用财力是20亿元，至少有多少钱投到民生？"))
    assert calc is not None and calc.result == "1400000000"


def test_a_stated_percentage_answers_no_provisions_figure_nor_another_thing(assistant) -> None:
    # a deduction asked is the provision's to set, not the asker's percentage of revenue
    assert _stated_part(assistant.ask("我们企业年营收1亿元，研发投入占3%，研发费用加计扣除能扣多少？")) is None
    # what is asked is not what the percentage is of
    assert _stated_part(assistant.ask("我们年收入5000万元，其中30%来自出口，员工有多少？")) is None
    # a growth rate is no part
    assert _stated_part(assistant.ask("今年营收5000万元，比去年增长了20%，利润有多少？")) is None


def test_whether_a_share_qualifies_is_asked_with_the_share_computed(assistant) -> None:
    # "其主营业务收入占企业收入总额60%以上的企业": whether it qualifies turns on the main business's share
    result = assistant.ask("我们公司在内蒙古，主营属于鼓励类产业，去年收入总额2亿元，其中主营业务收入1.1亿元，够不够享受15%的优惠税率？")
    calc = next((c for c in result.calculations if c.tool == "stated_share"), None)
    assert calc is not None and calc.result == "55" and calc.steps == ["1.1亿元 ÷ 2亿元 = 55%"]


def test_the_share_of_the_rest_of_a_stated_percentage(assistant) -> None:
    for question in ("伊旗高考本科上线率是95%，那没上本科线的占比是多少？",
                     "The undergraduate admission rate is 95%. What percentage did not get in?"):
        calc = next((c for c in assistant.ask(question).calculations if c.tool == "stated_rest"), None)
        assert calc is not None and (calc.result, calc.unit) == ("5", "%"), question
    # a provision's share asked is the guide's, not a rest
    assert not any(c.tool == "stated_rest" for c in assistant.ask("补贴比例是30%，其余部分的补贴比例是多少？").calculations)
