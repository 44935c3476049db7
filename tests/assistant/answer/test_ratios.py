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


def test_a_matching_subsidy_is_the_base_s_sum_at_its_ratio(assistant) -> None:
    # "按旗区、园区财政投入资金 1:1 的比例，给予最多 5年、每年最高 500 万元补贴"
    result = assistant.ask("A banner-led new R&D institution receives 3 million yuan a year from the banner budget. What matching "
                           "subsidy will Ordos city give per year?")
    assert [(c.tool, c.result) for c in result.calculations] == [("ratio", "3000000")]


def test_a_sum_whose_words_name_neither_side_is_carried_across_no_ratio(assistant) -> None:
    # the asker's own turnover names neither the fund nor the lending of the 1:10 ratio
    result = assistant.ask("我们公司年营业收入2000万元，按乡村振兴金融支持办法，贷款贴息利率是多少？")
    assert all(c.tool != "ratio" for c in result.calculations)
