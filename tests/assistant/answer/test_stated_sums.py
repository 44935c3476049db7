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
