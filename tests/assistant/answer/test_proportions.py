"""Proportions: the share of a whole the guide states that a part it states of it ("其中…") is."""


def _proportion(result):
    return next((c for c in result.calculations if c.tool == "proportion"), None)


def test_the_part_after_of_which_divided_by_the_whole_before_it(assistant) -> None:
    # "常住人口 25 万，其中少数民族 2.1 万"
    result = assistant.ask("伊旗常住人口里少数民族大概占多大比例？")
    proportion = _proportion(result)
    assert proportion is not None and (proportion.result, proportion.unit) == ("8.4", "%")
    assert proportion.steps == ["少数民族 2.1万 ÷ 常住人口 25万 × 100% = 8.4%"]
    assert proportion.clause_ids == ["p1.i1.c1"] and not result.refused


def test_a_later_part_asking_the_share_is_answered_by_it(assistant) -> None:
    result = assistant.ask("伊旗常住人口25万里头少数民族有多少？大概占百分之几？")
    proportion = _proportion(result)
    assert proportion is not None and proportion.result == "8.4" and proportion.part == 1
    assert "2.1" in result.parts[0].answer_line and "8.4%" in result.parts[1].answer_line
    assert all(p.answered for p in result.parts)


def test_no_share_is_computed_of_a_part_the_question_does_not_name(assistant) -> None:
    assert _proportion(assistant.ask("伊旗常住人口中汉族占百分之几？")) is None
    assert _proportion(assistant.ask("伊旗少数民族有多少人？")) is None  # no share asked


def test_a_share_of_a_thing_is_of_the_figure_before_it_naming_that_thing(assistant) -> None:
    # "年产销煤炭 2.03 亿吨，将 80%的煤炭外运保供": the coal shipped out, not the 560 亿吨 of reserves before it
    for question in ("伊旗每年外运保供的煤炭有多少吨？", "How much coal does Ejin Horo ship out each year?"):
        result = assistant.ask(question)
        share = next((c for c in result.calculations if c.tool == "share"), None)
        assert share is not None and (share.result, share.unit) == ("162400000", "吨"), question
        assert share.steps == ["年产销煤炭 2.03亿吨 × 80%（煤炭外运保供）= 1.624亿吨"]
    # the figure itself asked is no share of it
    assert not any(c.tool == "share" for c in assistant.ask("伊旗每年产销多少煤炭？").calculations)
