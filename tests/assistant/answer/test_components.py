"""Included fees: the fees a price includes ("4.05 元/吨（含污水处理费 0.95 元和水资源费 0.1 元）"), for a quantity or taken out."""

from decimal import Decimal

from assistant.answer.components import fees_included


def _fee(result):
    return next((c for c in result.calculations if c.tool == "included_fees"), None)


def test_the_guide_s_water_prices_are_read_with_the_fees_they_include(corpus) -> None:
    found = {(f.price, f.per): f.fees for f in fees_included(corpus.clauses)}
    assert found[(Decimal("4.05"), "吨")] == (("污水处理费", Decimal("0.95")), ("水资源费", Decimal("0.1")))
    # "（含代收污水处理费 1.4 元和水资源费 2.5 元）", written over a page's lines
    assert found[(Decimal("8.9"), "吨")] == (("污水处理费", Decimal("1.4")), ("水资源费", Decimal("2.5")))
    assert found[(Decimal("10.4"), "吨")] == (("污水处理费", Decimal("1.4")), ("水资源费", Decimal("2.5")))


def test_a_fee_named_with_a_quantity_is_the_fee_times_the_quantity(assistant) -> None:
    result = assistant.ask("A household uses 12 tonnes of water in a month. Of what it pays, how much is the sewage treatment fee?")
    fee = _fee(result)
    assert fee is not None and fee.result == "11.4" and fee.steps == ["12吨 × 0.95元/吨（污水处理费）= 11.4元"]
    assert any(c.tool == "water_cost" and c.result == "48.6" for c in result.calculations)  # the bill it is part of
    result = assistant.ask("我们宾馆一个月用工商业自来水3000吨，水费多少？其中水资源费多少？")
    fee = _fee(result)
    assert fee is not None and fee.result == "7500" and fee.unit == "元"


def test_the_price_less_the_fees_taken_out(assistant) -> None:
    result = assistant.ask("伊旗居民生活用水4.05元一吨，里面扣掉污水处理费和水资源费，纯水费是多少钱一吨？")
    fee = _fee(result)
    assert fee is not None and fee.result == "3" and fee.unit == "元/吨"
    assert fee.steps == ["4.05元/吨 − 0.95元（污水处理费） − 0.1元（水资源费） = 3元/吨"]
    result = assistant.ask("Government offices pay 8.9 yuan per tonne of water. Excluding the sewage fee, what is left?")
    fee = _fee(result)
    assert fee is not None and fee.result == "7.5"
    # "once … taken out", "removed": what is left too
    result = assistant.ask("Commercial water is 10.4 yuan a tonne including the sewage and water-resource fees. "
                           "What's the price per tonne once those two fees are taken out?")
    fee = _fee(result)
    assert fee is not None and fee.result == "6.5"


def test_no_fee_is_computed_for_a_price_neither_stated_nor_priced(assistant) -> None:
    # which of the three water prices is meant is not guessed
    assert _fee(assistant.ask("自来水里的污水处理费是多少？")) is None
