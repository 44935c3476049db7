"""Cost ceilings on the real guide: the sum borrowed at the ceiling rate a provision sets on the cost asked."""

from assistant.answer.ceilings import CostCeilingCalculator, ceilings
from assistant.answer.question import parse_question


def test_the_financing_cost_of_a_loan_is_at_most_the_sum_times_the_ceiling(assistant) -> None:
    # "按照融资成本最高不超过 8%的标准，…提供 10 万元—300万元的担保贷款"
    result = assistant.ask("我们家庭农场贷款150万元，按政策融资成本最高8%，一年最多要付多少？")
    calc = result.calculations[0]
    assert calc.tool == "cost_ceiling" and calc.result == "120000" and "12万元" in result.answer


def test_a_guarantee_fee_is_at_most_the_loan_times_the_fee_ceiling(assistant) -> None:
    # "设施畜牧业贷款担保费率不高于 1%"
    result = assistant.ask("What are the most guarantee fees on a 3 million yuan facility livestock loan?")
    assert result.calculations and result.calculations[0].tool == "cost_ceiling"
    assert result.calculations[0].result == "30000"


def test_the_largest_loan_offered_is_borrowed_when_asked(assistant) -> None:
    result = assistant.ask("A cooperative takes the maximum guaranteed loan for new-type agricultural operators. At the "
                           "financing cost ceiling, what is the most it pays per year?")
    assert result.calculations and result.calculations[0].result == "240000"  # 300万元 × 8%


def test_no_ceiling_is_read_on_another_figure_or_another_rate(assistant) -> None:
    clauses = [h.clause for h in assistant.chain.retriever.search("融资成本 担保贷款 8%", k=5)]
    assert [c.rate for c in ceilings(clauses, "融资成本")][:1] == [8]
    calculate = CostCeilingCalculator()
    # a rate the question names that is not the provision's: nothing computed
    assert calculate(parse_question("贷款200万，融资成本最高10%，一年最多付多少？"), clauses) is None
    # no cost asked (a subsidy on the loan): nothing computed
    assert calculate(parse_question("贷款200万，最多能贴息多少？"), clauses) is None
    # several years: a year's rate does not say
    assert calculate(parse_question("贷款200万，融资成本最高8%，三年下来最多付多少？"), clauses) is None
