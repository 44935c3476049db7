"""Averages: a total over a number of years, asked per year."""


def _average(result):
    return next((c for c in result.calculations if c.tool == "average"), None)


def test_a_total_the_provision_spreads_over_years_is_divided_by_them(assistant) -> None:
    # "即按照每家企业连续支持三年，每家企业合计 600 万元测算"
    result = assistant.ask("专精特新小巨人企业每家连续支持三年，平均每年能拿多少？")
    average = _average(result)
    assert average is not None and average.result == "2000000" and average.unit == "元"
    assert average.steps == ["600万元 ÷ 3年 = 200万元/年"] and average.clause_ids
    assert "200万元" in result.answer


def test_a_total_and_years_the_question_states_are_divided_and_the_clause_stating_them_cited(assistant) -> None:
    # "力争用 3年左右时间，全国新培育领军人才 1.5 万人次以上"
    result = assistant.ask("The national plan wants about 15,000 new leading talents trained within 3 years. "
                           "What is that on average per year?")
    average = _average(result)
    assert average is not None and average.result == "5000" and average.inputs == {"total": "15000", "years": "3"}
    assert average.clause_ids == ["p4.g1.d2.i2.i2"]


def test_no_average_is_asked_no_average_is_computed(assistant) -> None:
    result = assistant.ask("专精特新小巨人企业每家连续支持几年？")
    assert _average(result) is None


def test_an_average_asked_with_words_between_is_still_an_average(assistant) -> None:
    # "平均下来每年多少": the total and the years the question states
    average = _average(assistant.ask("专精特新“小巨人”企业每家连续支持三年合计600万元，平均下来每年多少钱？"))
    assert average is not None and average.result == "2000000"
