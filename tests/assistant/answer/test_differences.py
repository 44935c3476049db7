"""Differences: by how much one figure a provision states exceeds another the question names."""

from assistant.answer.differences import _distinct, _label
from assistant.answer.question import asks_difference
from assistant.quantities import figures, normalise


def _difference(result):
    return next((c for c in result.calculations if c.tool == "difference"), None)


def test_a_difference_is_asked_by_a_comparison_and_not_by_a_bound() -> None:
    assert asks_difference("居民用天然气第二档比第一档每方贵多少？")
    assert asks_difference("一档和三档电价每度差多少？")
    assert asks_difference("How much more than at the first-tier price?")
    assert asks_difference("What is the difference between the top and bottom of the price band?")
    assert not asks_difference("一家企业最多多少？至少多少？")  # bounds, not a comparison
    assert not asks_difference("110千伏工业电价多少？")
    assert not asks_difference("How much is the subsidy for more than 100 mu?")


def test_a_figure_is_labelled_by_the_words_before_it_or_before_its_colon() -> None:
    text = normalise("第一档价格：2.06 元/立方米；第二档价格：2.47 元/立方米")
    found = [f for f in figures(text) if f.unit is not None]
    assert [_label(text, f, found) for f in found] == ["第一档价格", "第二档价格"]
    row = normalise("不满1KV：一档0.415元；二档0.465元；三档0.715元")
    found = [f for f in figures(row) if f.unit is not None]
    assert [_label(row, f, found) for f in found][1:] == ["一档", "二档", "三档"]


def test_labels_are_told_apart_by_what_they_do_not_share() -> None:
    assert _distinct(["第一档价格", "第二档价格", "第三档价格"]) == ["一档", "二档", "三档"]
    assert _distinct(["城镇常住居民收入", "农村常住居民收入"]) == ["城镇", "农村"]


def test_two_tiers_named_are_subtracted_and_the_quantity_stated_priced_at_the_difference(assistant) -> None:
    result = assistant.ask("居民用天然气第二档比第一档每方贵多少？如果有100方按二档算，比一档多花多少？")
    difference = _difference(result)
    assert difference is not None and difference.result == "41" and difference.unit == "元"
    assert difference.steps == ["第二档价格 2.47元/立方米 − 第一档价格 2.06元/立方米 = 0.41元/立方米",
                                "100立方米 × 0.41元/立方米 = 41元"]
    assert difference.clause_ids == ["p1.i2.i3.i1.c1"]


def test_an_english_question_names_the_tiers_by_their_grades(assistant) -> None:
    # "the second gas tier": a word between the grade and "tier"; the commercial gas price is not the answer
    difference = _difference(assistant.ask("A family uses 100 m³ in the second gas tier. How much more than at the first-tier price?"))
    assert difference is not None and difference.result == "41"


def test_a_price_in_bare_yuan_is_per_the_unit_its_headings_price_by(assistant) -> None:
    # "一档0.415元" under 电价 is 0.415 元/度: 200度 at the difference of the third and first grades
    result = assistant.ask("家里用电不满1千伏，一档和三档电价每度差多少？一个月三档用了200度比按一档多花多少？")
    difference = _difference(result)
    assert difference is not None and difference.result == "60"
    assert difference.steps[0] == "三档 0.715元/度 − 一档 0.415元/度 = 0.3元/度"
    assert not any(c.tool == "industrial_power_cost" for c in result.calculations)  # one price × 200度 answers no difference


def test_figures_labelled_alike_in_two_rows_are_no_difference(assistant) -> None:
    # 一档 of 不满1KV and 一档 of 1-10KV: the question names one grade, not two figures
    assert _difference(assistant.ask("居民电价一档比一档贵多少？")) is None


def test_a_question_naming_one_figure_computes_no_difference(assistant) -> None:
    assert _difference(assistant.ask("居民用天然气第二档比别的地方贵多少？")) is None


def _shortfall(result):
    return next((c for c in result.calculations if c.tool == "shortfall"), None)


def test_a_shortfall_is_asked_by_how_far_short_or_how_much_more_is_needed() -> None:
    from assistant.answer.question import asks_shortfall

    assert asks_shortfall("营业收入还差多少？") and asks_shortfall("How far short of the threshold are we?")
    assert asks_shortfall("How much more equity do we need to qualify?")
    assert not asks_shortfall("How much more than the first tier do we pay?")  # a difference of two figures


def test_the_threshold_of_the_amount_stated_less_that_amount(assistant) -> None:
    # "获得股权投资 3000 万元（含）以上的创新创业团队的核心成员": 20 million yuan of equity is 1000万元 short
    shortfall = _shortfall(assistant.ask("Our founding team has raised 20 million yuan of equity investment. "
                                         "How far short are we of the Ordos Class E threshold for team core members?"))
    assert shortfall is not None and shortfall.result == "10000000" and shortfall.unit == "元"
    assert shortfall.steps == ["获得股权投资 3000万元 − 2000万元 = 1000万元"]


def test_the_amount_whose_thing_is_asked_is_the_one_short_and_the_class_asked_sets_the_threshold(assistant) -> None:
    # the revenue (not the CTO's pay) is short of the F class's "上年度我市营业收入 5亿元（含）以上"
    # (not the D class's 50 亿元 or the E class's 10 亿元, also found)
    shortfall = _shortfall(assistant.ask("我们公司上年度营业收入3亿元，首席技术官年薪110万元，"
                                         "要达到鄂尔多斯F类人才标准，营业收入还差多少？"))
    assert shortfall is not None and shortfall.result == "200000000"
    english = _shortfall(assistant.ask("Our Ordos firm booked 300 million yuan revenue last year and our CTO earned 1.1 million yuan. "
                                       "How much more revenue do we need for the CTO to qualify as Class F talent?"))
    assert english is not None and english.result == "200000000"


def test_an_amount_that_already_meets_the_threshold_is_no_shortfall(assistant) -> None:
    result = assistant.ask("Our team has raised 40 million yuan of equity. How far short are we of the Ordos Class E threshold?")
    assert _shortfall(result) is None


def test_two_sites_named_in_english_are_told_apart_by_the_guides_names(assistant) -> None:
    # "基准价格：蒙苏经济技术开发区 6.53 万元/亩；空港物流园区 8.27 万元/亩"
    result = assistant.ask(
        "We need 100 mu of industrial land. At benchmark prices, how much more would it cost in the Airport Logistics Park "
        "than in the Mengsu Economic and Technological Development Zone?"
    )
    difference = next(c for c in result.calculations if c.tool == "difference")
    assert difference.result == "1740000" and difference.steps[-1] == "100亩 × 1.74万元/亩 = 174万元"


def test_a_word_naming_two_sides_gives_a_pair_of_figures_to_them_in_order(assistant) -> None:
    # "城乡常住居民人均可支配收入达到 60840 元、27042 元": 城镇 the first, 农村 the second
    for question in ("伊旗城镇居民和农村居民的人均可支配收入差多少钱？", "伊旗城乡居民人均可支配收入差多少？",
                     "What is the gap in per-capita disposable income between urban and rural residents of Ejin Horo?"):
        difference = _difference(assistant.ask(question))
        assert difference is not None and difference.result == "33798" and difference.unit == "元", question
        assert difference.clause_ids == ["p1.i1.i1"]
    difference = _difference(assistant.ask("伊旗城镇居民和农村居民的人均可支配收入差多少钱？"))
    assert difference.steps == ["城镇常住居民人均可支配收入 6.084万元 − 农村常住居民人均可支配收入 2.7042万元 = 3.3798万元"]


def test_a_pair_is_given_to_two_sides_only_when_the_question_names_them(assistant) -> None:
    # the growth rates after it ("分别增长 4.4%和 7.8%") are no pair joined by 、; a question naming one side asks no difference
    assert _difference(assistant.ask("伊旗城镇居民人均可支配收入比去年多了多少？")) is None
