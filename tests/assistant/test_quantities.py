"""The one table of units and the one number parser: round trips, Chinese numerals, full-width
digits, and figures as the guide writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.calculators.router import question_quantities
from assistant.guide.clauses import cn_number
from assistant.quantities import (
    BASE_UNIT,
    UNITS,
    Quantity,
    chinese_to_int,
    convert,
    dimension_of,
    figures,
    money_text,
    normalise,
    number_word,
    parse_number,
    parse_quantity,
    parse_span,
    plain,
    quantities,
    range_lows,
    unit_named,
)

DIGITS = "零一二三四五六七八九"


def _section(n: int) -> str:
    """1 … 9999 in Chinese numerals, 零 where a place is empty between two others (一千零五)."""
    out, gap = "", False
    for place, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit == 0:
            gap = bool(out)
            continue
        out += ("零" if gap else "") + DIGITS[digit] + word
        gap = False
    return out


def chinese(n: int) -> str:
    """A reference writer of Chinese numerals below 一万亿: 一亿零五百万, 两万 is 二万 here."""
    yi, wan, rest = n // 10**8, n // 10**4 % 10**4, n % 10**4
    out = _section(yi) + "亿" if yi else ""
    if wan:
        out += ("零" if out and wan < 1000 else "") + _section(wan) + "万"
    if rest:
        out += ("零" if out and (rest < 1000 or not wan) else "") + _section(rest)
    return out


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999"), places=2, allow_nan=False, allow_infinity=False)


@given(amounts, st.sampled_from(["元", "万元", "亿元"]))
def test_money_round_trips_through_its_text(amount: Decimal, unit: str) -> None:
    written = f"{plain(amount)}{unit}"
    yuan = parse_quantity(written).value
    assert yuan == amount * {"元": 1, "万元": 10**4, "亿元": 10**8}[unit]
    again = parse_quantity(money_text(yuan))
    assert again.value == yuan and again.unit == "元"


@given(st.decimals(min_value=0, max_value=Decimal("1e9"), places=4, allow_nan=False, allow_infinity=False))
def test_decimals_round_trip(number: Decimal) -> None:
    assert parse_number(plain(number)) == number
    assert parse_number(f"{int(number):,}") == int(number)


@given(st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False), st.sampled_from(["%", "％"]))
def test_percentages_are_percentage_points(rate: Decimal, sign: str) -> None:
    found = parse_quantity(f"减按{plain(rate)}{sign}")
    assert (found.value, found.unit) == (rate, "%")
    assert parse_number(f"{plain(rate)}{sign}") == rate


@given(st.integers(min_value=1, max_value=100))
def test_percentages_in_chinese(points: int) -> None:
    found = parse_quantity(f"按百分之{chinese(points)}计")
    assert (found.value, found.unit) == (points, "%")


@given(
    st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["—", "-", "~", "–", "至", "到"]),
    st.sampled_from(["", " 元/度", "万元/亩", "年"]),
)
def test_ranges_round_trip(low: Decimal, high: Decimal, separator: str, unit: str) -> None:
    scale = 10_000 if unit.startswith("万") else 1  # 20-25 万元/亩: both ends in 万
    assert parse_span(f"{plain(low)}{separator}{plain(high)}{unit}") == (low * scale, high * scale)


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_numerals_up_to_yi(n: int) -> None:
    assert chinese_to_int(chinese(n)) == n
    assert parse_number(chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_full_width_digits(n: int) -> None:
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    assert parse_number(full_width) == n
    assert parse_quantity(f"{full_width}亩").value == n


@given(st.text(max_size=60))
def test_the_parser_never_crashes(text: str) -> None:
    for q in quantities(text):
        assert q.value >= 0
    parse_number(text)
    parse_span(text)


# (text in the guide, value as written with 万 and 亿 multiplied out, unit)
GUIDE_FIGURES = [
    ("110KV：0.401 元/度", [(Decimal(110), "千伏"), (Decimal("0.401"), "元/度")]),
    ("补资金总额 1.5 亿元", [(Decimal(150_000_000), "元")]),
    ("最高给予 1.5 亿元、5000 万元", [(Decimal(150_000_000), "元"), (Decimal(50_000_000), "元")]),
    ("电价：0.29—0.33 元/度", [(Decimal("0.29"), ""), (Decimal("0.33"), "元/度")]),
    ("过项目总投资的 15%控制", [(Decimal(15), "%")]),
    ("企业减按 15％的税率征收", [(Decimal(15), "%")]),
    ("空港物流园区 8.27 万  元/亩", [(Decimal(82_700), "元/亩")]),
    ("对贷款项目按百分之三（三厘）的年利率", [(Decimal(3), "%")]),
    # a sum in 万 paid as a grant, its 元 left out; a count in 万 stays a count
    ("实际效果给予最高 30 万补贴", [(Decimal(300_000), "元")]),
    ("常住人口 25 万，其中少数民族 2.1 万", [(Decimal(250_000), ""), (Decimal(21_000), "")]),
    ("连续三  年按 15%递增", [(Decimal(3), "年"), (Decimal(15), "%")]),
]


@pytest.mark.parametrize(("text", "expected"), GUIDE_FIGURES)
def test_figures_as_the_guide_writes_them(raw_guide: str, text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert "".join(text.split()) in "".join(raw_guide.split())
    assert [(q.value, q.unit) for q in quantities(text)] == expected


def test_ranges_and_numbers_as_the_guide_writes_them() -> None:
    assert parse_span("0.29—0.33 元/度") == (Decimal("0.29"), Decimal("0.33"))
    assert parse_span("20-25 万元/亩") == (Decimal(200_000), Decimal(250_000))
    assert parse_span("3至5") == (Decimal(3), Decimal(5))
    assert parse_span("0.401 元/度") == (Decimal("0.401"), Decimal("0.401"))
    assert parse_number("5000 万元") == 50_000_000 and parse_number("1.5亿") == 150_000_000
    assert parse_number("一千二百") == 1200 and parse_number("两万") == 20_000 and parse_number("十五") == 15
    assert parse_number("1,200") == 1200 and parse_number("共计") is None
    assert [cn_number(m) for m in ("十五", "二十三", "③", "12", "")] == [15, 23, 3, 12, 0]


def test_one_table_serves_conversion_and_questions() -> None:
    assert convert(Decimal(5), "万元", "money") == 50_000 and convert(Decimal(8), "亿", "money") == 800_000_000
    assert convert(Decimal(1), "KV", "voltage") == 1 and convert(Decimal(3), "mu", "area") == 3
    assert convert(Decimal(15), "%", "percent") == 15  # a percentage stays in percentage points
    assert convert(Decimal(2), "万吨标准煤", "weight") == 20_000
    with pytest.raises(ValueError, match="not a area unit"):
        convert(Decimal(1), "万", "area")
    assert unit_named("元/千瓦时").name == "元/度" and unit_named("万元/亩").factor == 10_000
    assert {BASE_UNIT[u.dimension] for u in UNITS if u.dimension == "money"} == {"元"}
    # in a question 月 is a month of the year and 万 multiplies the number: neither is a unit there
    found = {(q.dimension, q.value) for q in question_quantities("3月收奶6000吨，投资5000万，10,000 yuan，两万头")}
    assert found == {("", Decimal(3)), ("weight", Decimal(6000)), ("money", Decimal(50_000_000)),
                     ("money", Decimal(10_000)), ("count", Decimal(20_000))}
    # a range the question writes names a provision by its bounds ("3到5月", "the 10万–300万 guaranteed loans"): neither
    # end is a figure of the asker's
    assert question_quantities("3到5月收奶6000吨")[0].value == 6000
    assert question_quantities("What interest subsidy is given on the 10万–300万 guaranteed loans for family farms?") == []
    assert [q.value for q in question_quantities("loans of 100,000 to 3 million yuan; we borrow 500,000 yuan")] == [500_000]


def test_one_normaliser() -> None:
    assert normalise("１２０\u200b亩，15％\ufeff") == "120亩,15%"
    assert normalise("\u200e2\u206000") == "200"


def test_a_question_states_spoken_units_and_increases() -> None:
    from assistant.quantities import figures, normalise

    gas = figures(normalise("一个月用工商业天然气2万方，气费多少？"), question=True)
    assert [(f.value, f.unit.name if f.unit else None) for f in gas][-1] == (20000, "立方米")
    assert figures(normalise("从3方面支持"), question=True)[0].unit is None  # 方面 is no unit
    milk = figures(normalise("we used 35 more tonnes of raw milk"), question=True)
    assert [(f.value, f.unit.name) for f in milk if f.unit] == [(35, "吨")]


def test_an_english_thing_counted_may_follow_the_words_that_say_which() -> None:
    def units(text: str, described: bool) -> list[tuple[str, str]]:
        return [(plain(q.value), q.unit) for q in quantities(text, described=described)]

    assert units("2,000 dairy cows", described=True) == [("2000", "头")]
    assert units("800 contiguous mu of alfalfa", described=True) == [("800", "亩")]
    assert units("50 pedigree breeding cows", described=True) == [("50", "头")]
    assert units("3 of the cows", described=True) == [("3", "")]  # "of" starts another phrase
    assert units("100 new yuan", described=True) == [("100", "")]  # only a thing counted, or mu
    # the calculators' router pairs bare numbers with the kinds named after them: it reads them bare
    assert units("20 battery-swap electric taxis", described=False) == [("20", "")]
    # an English unit joined by a hyphen; a range of Chinese units stays a range
    assert units("a 12,000-mu alfalfa base", described=True) == [("12000", "亩")]
    assert units("a 3-year contract", described=True) == [("3", "年")]
    assert units("1-10千伏", described=True) == [("1", ""), ("10", "千伏")]
    # a sum of money or a period joined by a hyphen is one wherever it stands ("a 3-year loan" is its term)
    assert units("a 200,000-yuan socialised-service subsidy", described=False) == [("200000", "元")]
    assert units("a 3-year contract", described=False) == [("3", "年")]
    assert units("a 6-month internship", described=False) == [("6", "个月")]
    # ...and an area so joined where the router reads areas ("a 12,000-mu base")
    assert units("a 12,000-mu alfalfa base", described="area") == [("12000", "亩")]
    # livestock counted in English by the guide's counting words: goats and sheep are 只, straws 支
    assert units("500 goats, 300 sheep and 400 straws", described=False) == [("500", "只"), ("300", "只"), ("400", "支")]
    # the router reads mu after words that say which, but a thing counted bare ("described='area'")
    assert units("6,000 contiguous mu", described="area") == [("6000", "亩")]
    assert units("2,000 dairy cows", described="area") == [("2000", "")]


def test_square_kilometres_are_an_area() -> None:
    assert [(plain(q.value), q.unit) for q in quantities("全旗总面积 5600 平方公里")] == [("5600", "平方公里")]
    assert convert(Decimal("1"), "平方公里", "area") == Decimal("1500")  # in 亩


def test_money_written_with_an_abbreviated_scale_after_a_currency() -> None:
    def values(text: str) -> list[str]:
        return [plain(f.value) for f in figures(normalise(text), question=True)]

    assert values("RMB 100m+ sales") == ["100000000"]
    assert values("¥2bn") == ["2000000000"]
    assert values("a 2m wall") == ["2"]  # no currency: metres, perhaps, but no scale


def test_kilometres_are_a_length() -> None:
    (road,) = figures(normalise("全旗公路总里程达 4815公里"))
    assert road.unit is not None and road.unit.name == "公里" and road.dimension == "length" and road.value == 4815
    (area,) = figures(normalise("全旗总面积 5600 平方公里"))
    assert area.dimension == "area"


def test_a_number_word_is_read_in_digits_english_or_chinese() -> None:
    assert [number_word(w) for w in ("12", "Three", "两", "十五", "many")] == [12, 3, 2, 15, None]


def test_a_range_written_with_one_unit_gives_its_low_end_that_unit() -> None:
    assert range_lows("参考价格：20-25 万元/亩") == {(Decimal(250000), "元/亩"): Quantity(Decimal(200000), "元/亩", "20")}
    assert [q.value for q in range_lows("提供 10 万—35 万元安家补贴").values()] == [Decimal(100000)]
    assert range_lows("1-10KV：0.477 元/度") == {}  # voltages, not money
    assert range_lows("2021-2025 年") == {} and range_lows("可享受200 万元—300 万元年薪") == {}  # years; both ends written whole


def test_about_a_number_in_its_scale() -> None:
    # "50 多亿元": more than 50 亿元, read in 亿元 (not a bare 50 and a lone 亿元)
    (figure,) = figures(normalise("累计投资 50 多亿元建成教育基础设施"))
    assert figure.value == Decimal("5000000000") and figure.dimension == "money"
    (figure,) = figures(normalise("总投资 3000 余万元"))
    assert figure.value == Decimal("30000000")
    assert [f.value for f in figures(normalise("补贴100万元多少"))] == [Decimal("1000000")]


def test_an_askers_chinese_numerals_state_a_quantity_before_any_unit() -> None:
    assert [(q.value, q.dimension) for q in question_quantities("我家一个月用了一百五十立方天然气，要交多少钱？")] == [
        (Decimal(150), "volume")]
    assert [(q.value, q.dimension) for q in question_quantities("今年应纳税所得额两千万元")] == [(Decimal(20000000), "money")]
    assert [q.value for q in question_quantities("我一个月用十二吨水")] == [Decimal(12)]
    # the guide's numerals name a unit ("每吨", "一吨"); an asker's "多少万元", "几十万", a lone 一 state none
    assert not [f for f in figures(normalise("每增加一吨补贴 200 元")) if f.chinese and f.reads_as_quantity]
    assert question_quantities("能拿到多少万元奖补？") == []
    assert question_quantities("补贴几十万元？") == []
    assert question_quantities("一吨多少钱？") == []


def test_english_metric_units_in_either_spelling_and_joined_by_a_hyphen() -> None:
    for text, unit, value in (
        ("a 1,500 cubic-metre store", "立方米", Decimal(1500)),
        ("300 cubic meter", "立方米", Decimal(300)),
        ("2,000 square metres of floor", "平方米", Decimal(3)),  # 2000 × 0.0015 亩
        ("50,000 kilograms of hydrogen", "公斤", Decimal(50)),  # in tonnes
        ("1 million kilowatt-hours", "度", Decimal(1_000_000)),
    ):
        (q,) = question_quantities(text)
        assert (q.dimension, q.value) == (dimension_of(unit), value), text


def test_money_joined_by_hyphens_to_the_noun_it_is_of_is_money() -> None:
    for text, value in (("takes a 150-million-yuan working-capital loan", 150_000_000), ("a 500-yuan fee", 500)):
        (q,) = question_quantities(text)
        assert (q.dimension, q.value) == ("money", Decimal(value)), text
    # an area joined the same way is an area: "a 12,000-mu alfalfa base"
    assert [(q.dimension, q.value) for q in question_quantities("a 12,000-mu alfalfa base")] == [("area", Decimal(12000))]


def test_the_step_a_rate_is_paid_per_is_no_quantity_stated() -> None:
    assert [q.value for q in question_quantities("每多1吨补多少？今年多加工了150吨")] == [Decimal(150)]
    assert [q.value for q in question_quantities("for every 100 million yuan of sales, and we sold 300 million yuan")] == [
        Decimal(300_000_000)]


def test_an_english_number_word_before_a_scale_is_read() -> None:
    assert [(q.dimension, q.value) for q in question_quantities("if I have two thousand mu under a grazing ban")] == [
        ("area", Decimal(2000))]
    assert [(q.dimension, q.value) for q in question_quantities("we keep three hundred cows")] == [("count", Decimal(300))]


def test_a_hundred_million_written_in_english_words_is_yi() -> None:
    for text, dimension, value in (
        ("sells about 2.03 hundred million tonnes of coal a year", "weight", Decimal("203000000")),
        ("a fund of 1.5 hundred million yuan", "money", Decimal("150000000")),
        ("3 hundred thousand yuan of equipment", "money", Decimal("300000")),
    ):
        (q,) = question_quantities(text)
        assert (q.dimension, q.value) == (dimension, value), text
