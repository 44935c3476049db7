"""Amounts at a unit price: the quantity a question states times the price per its unit."""

from assistant.answer.unit_prices import _per_unit
from assistant.quantities import figures, normalise


def _priced(result):
    return next((c for c in result.calculations if c.tool == "unit_price"), None)


def test_a_price_written_with_its_unit_and_one_written_per_one_unit_are_prices() -> None:
    text = normalise("居民用气：第一档价格：2.06 元/立方米；以上一年度生鲜乳加工量为基数，每增加 1吨补贴 200 元，自治区、盟市各承担 50%")
    priced = {f.raw: per.name for f in figures(text) if (per := _per_unit(text, f)) is not None}
    assert priced == {"2.06": "立方米", "200": "吨"}


def test_a_one_off_amount_is_no_price() -> None:
    text = normalise("对新认定的自治区级企业技术中心，给予 50 万元一次性研发经费奖补")
    assert not [f for f in figures(text) if _per_unit(text, f) is not None]


def test_the_quantity_used_is_priced_at_the_tier_the_question_names(assistant) -> None:
    result = assistant.ask("我家今年用了150立方米天然气，都在第一档，按居民第一档气价要交多少钱？")
    priced = _priced(result)
    assert priced is not None and priced.result == "309" and priced.unit == "元"
    assert priced.steps == ["150立方米 × 2.06元/立方米 = 309元"] and priced.clause_ids
    assert "309元" in result.answer


def test_a_household_is_not_priced_at_the_commercial_gas_price(assistant) -> None:
    result = assistant.ask("Our household burned 200 cubic metres of gas, all in the first tier. "
                           "At the residential first-tier price, what is the bill?")
    assert not any(c.tool == "commercial_gas_cost" for c in result.calculations)
    priced = _priced(result)
    assert priced is not None and priced.result == "412"


def test_prices_of_several_sectors_that_fit_alike_are_not_guessed(assistant) -> None:
    # 工商业 10.4, 行政事业 8.9 and 居民 4.05 元/吨: a question naming none of them gets no amount
    result = assistant.ask("用了100吨自来水，要交多少钱？")
    assert _priced(result) is None


def test_a_quantity_stated_as_a_threshold_is_not_priced(assistant) -> None:
    result = assistant.ask("工商业用水超过100吨以上，水价多少？")
    assert _priced(result) is None


def test_a_grade_named_in_plain_words_picks_its_line_of_the_table(assistant) -> None:
    # "30方" is spoken for 30 立方米; "全按第一档算" names the grade, so the second and third lines are no rivals
    priced = _priced(assistant.ask("我家这个月用了30方天然气，全按第一档算，要交多少钱？"))
    assert priced is not None and priced.result == "61.8" and priced.clause_ids == ["p1.i2.i3.i1.c1"]
    second = _priced(assistant.ask("Our household used 200 cubic metres of gas this month, all within the second tier. "
                                   "How much do we pay?"))
    assert second is not None and second.result == "494"


def test_a_household_naming_no_grade_gets_no_price_guessed(assistant) -> None:
    # 我家 is a household (居民): three grades of its price fit alike, and 工商业用气 is not its price
    assert _priced(assistant.ask("我家这个月用了30方天然气，要交多少钱？")) is None


def test_an_area_joined_to_its_unit_by_a_hyphen_is_priced(assistant) -> None:
    # "规模达到1万亩以上的，每亩一次性给予200元补贴" (the city's forage bases on reclaimed land): the forage-base
    # calculator reads the hyphenated area too
    result = assistant.ask("We're planting a 12,000-mu alfalfa base on reclaimed mining land in Ordos. What's the one-off grass subsidy?")
    assert [(c.result, c.clause_ids) for c in result.calculations] == [("2400000", ["p3.s1.g3.d2.i4"])], result.calculations


def test_a_price_paid_above_a_threshold_the_quantity_does_not_reach_is_none(assistant) -> None:
    # "对年节能量 2000 吨标准煤以上（含 2000 吨标准煤）的节能技术改造项目…每节约 1吨标准煤给予 200 元奖补"
    result = assistant.ask("节能技改项目年节能量1500吨标准煤，能拿多少奖补？")
    assert result.calculations == [] and "2000吨标准煤" in result.answer
    assert [c.result for c in assistant.ask("节能技改项目年节能量5000吨标准煤，能拿多少奖补？").calculations] == ["1000000"]


def test_a_price_paid_each_year_counts_the_years_the_question_runs_over(assistant) -> None:
    # "对向肉牛养殖场流转土地合同期 3年以上的土地股份合作社，…每亩每年奖励100 元"
    priced = _priced(assistant.ask("A cooperative transfers 400 mu of land to a beef-cattle farm on a 3-year contract. "
                                   "What total reward does it get over the 3 years?"))
    assert priced is not None and priced.result == "120000" and priced.inputs["years"] == "3"
    assert priced.steps == ["400亩 × 100元/亩 = 4万元", "4万元 × 3年 = 12万元"]
    # (a price paid once per its unit counts no years: "每亩一次性给予 300 元补贴")
    once = _priced(assistant.ask("引黄灌区规模化种植5000亩以上推广滴灌的项目，我们6000亩，3年下来能拿多少补贴？"))
    assert once is None or "years" not in once.inputs


def test_a_bare_yuan_under_a_price_heading_is_per_its_unit_on_the_line_of_the_voltage_asked(assistant) -> None:
    # "5.电价 › ——居民": "不满1KV：一档0.415元；二档0.465元；三档0.715元" and "1-10KV：…二档 0.455 元…" are 元/度
    priced = _priced(assistant.ask("Our home is on a sub-1kV connection and used 400 kWh, all billed at the second tier. "
                                   "What does that cost in yuan?"))
    assert priced is not None and priced.result == "186" and priced.inputs["price"] == "0.465", priced  # not 0.455 (1-10KV)
    # a price written with its unit is the price: "居民生活用水：4.05 元/吨（含污水处理费 0.95 元和水资源费 0.1 元）"
    water = _priced(assistant.ask("居民用水一个月用20吨，要交多少钱？"))
    assert water is not None and water.result == "81" and water.inputs["price"] == "4.05", water


def test_sloping_land_made_terraces_is_paid_per_mu(assistant) -> None:
    # "在水土流失严重的梁山区，支持坡耕地改造为梯田，一次性给予每亩 800 元的补贴": the glossary's 坡耕地 and 梯田
    result = assistant.ask("We want to turn 150 mu of eroded slope land in an Ordos hill area into terraces. "
                           "What one-off subsidy would the policy pay?")
    assert [(c.tool, c.result) for c in result.calculations] == [("unit_price", "120000")]
