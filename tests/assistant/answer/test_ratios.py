"""The other side of a ratio a provision sets, from the sum a question states (``assistant/answer/ratios.py``)."""

from __future__ import annotations


def test_a_fund_put_in_is_carried_across_the_lending_ratio(assistant) -> None:
    # "金融机构按照风险补偿基金和信贷额度 1:10 放大比例跟进信贷投放"
    for question in ("风险补偿基金投入2000万元，金融机构要跟进多少信贷投放？",
                     "Under Ordos's rural-revitalisation financial-support scheme, if the risk compensation fund puts in 20 "
                     "million yuan, how much lending should partner banks extend?"):
        result = assistant.ask(question)
        assert [(c.tool, c.result) for c in result.calculations] == [("ratio", "200000000")], question
        assert "1:10" in result.calculations[0].steps[0]


def test_a_sum_of_another_kind_is_carried_across_no_ratio(assistant) -> None:
    # a loan taken is no side of "风险补偿基金和信贷额度 1:10": the interest subsidy is the talent provision's share
    result = assistant.ask("My startup in Ordos took a 2 million yuan credit loan at 4% a year for innovation activities. How much "
                           "interest subsidy do I get for the first year?")
    assert all(c.tool != "ratio" for c in result.calculations)
    # a ratio naming one sum only ("按旗区、园区财政投入资金 1:1 的比例") is no ratio to a central machinery subsidy
    result = assistant.ask("我们在符合条件的旗县买了台搂草机，中央财政定额补贴9000元，自治区最多还能累加补多少？")
    assert all(c.tool != "ratio" for c in result.calculations)
    # how payers share one sum ("由市级和加氢站属地旗区按照 1:1 比例承担") is a split, not a second sum
    result = assistant.ask("Suppose the annual operating subsidy for our hydrogen refuelling station in Ordos comes to 2 million yuan. "
                           "How much of that is paid by the banner where the station is located?")
    assert [(c.tool, c.result) for c in result.calculations] == [("share", "1000000")]


def test_a_sum_whose_words_name_neither_side_is_carried_across_no_ratio(assistant) -> None:
    # the asker's own turnover names neither the fund nor the lending of the 1:10 ratio
    result = assistant.ask("我们公司年营业收入2000万元，按乡村振兴金融支持办法，贷款贴息利率是多少？")
    assert all(c.tool != "ratio" for c in result.calculations)
