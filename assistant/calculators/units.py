"""Quantities in the units investors and the guide use, converted exactly (Decimal)."""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

MONEY = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000), "万": Decimal(10_000), "亿": Decimal(100_000_000)}
ENERGY = {
    "度": Decimal(1), "千瓦时": Decimal(1), "kwh": Decimal(1),
    "万度": Decimal(10_000), "万千瓦时": Decimal(10_000), "亿度": Decimal(100_000_000),
}
WEIGHT = {
    "吨": Decimal(1), "吨标准煤": Decimal(1), "吨标煤": Decimal(1), "万吨": Decimal(10_000),
    "公斤": Decimal("0.001"), "千克": Decimal("0.001"), "kg": Decimal("0.001"),
}
# 1 亩 = 10000/15 平方米, so 1 平方米 = 0.0015 亩 exactly
AREA = {
    "亩": Decimal(1), "万亩": Decimal(10_000),
    "平方米": Decimal("0.0015"), "平米": Decimal("0.0015"), "m2": Decimal("0.0015"), "万平方米": Decimal(15), "万平米": Decimal(15),
}
VOLUME = {"立方米": Decimal(1), "立方": Decimal(1), "m3": Decimal(1), "万立方米": Decimal(10_000)}
COUNT_WORDS = ("头", "只", "人", "名", "家", "项", "个", "件", "峰", "辆", "台", "套", "枚", "支", "匹", "株")

DIMENSIONS: dict[str, dict[str, Decimal]] = {
    "money": MONEY,
    "energy": ENERGY,
    "weight": WEIGHT,
    "area": AREA,
    "volume": VOLUME,
    "count": {"": Decimal(1), **{word: Decimal(1) for word in COUNT_WORDS}},
    "months": {"个月": Decimal(1), "月": Decimal(1)},
    "years": {"年": Decimal(1)},
    "percent": {"%": Decimal("0.01")},
}
BASE_UNIT = {
    "money": "元", "energy": "度", "weight": "吨", "area": "亩", "volume": "立方米",
    "count": "", "months": "个月", "years": "年", "percent": "",
}


class UnitError(ValueError):
    pass


def to_decimal(value: object) -> Decimal:
    """A number from JSON or text: full-width digits, commas and zero-width characters tolerated."""
    if isinstance(value, bool):
        raise UnitError(f"not a number: {value!r}")
    if isinstance(value, float):
        value = repr(value)
    text = unicodedata.normalize("NFKC", str(value)).strip().replace(",", "")
    text = "".join(ch for ch in text if ch not in "\u200b\u200c\u200d\u2060\ufeff")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise UnitError(f"not a number: {value!r}") from None
    if not number.is_finite():
        raise UnitError(f"not a finite number: {value!r}")
    return number


def convert(value: Decimal, unit: str, dimension: str) -> Decimal:
    """``value`` in ``unit`` expressed in the dimension's base unit (万元 → 元, 万度 → 度)."""
    table = DIMENSIONS[dimension]
    key = unit.strip().lower() if unit else ""
    if key not in table:
        allowed = "、".join(u for u in table if u) or "(no unit)"
        raise UnitError(f"unit {unit!r} is not a {dimension} unit; use one of {allowed}")
    return value * table[key]


def plain(value: Decimal) -> str:
    """Exact decimal without exponent or trailing zeros: 380000, 37.5, 0.401."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def money_text(value_yuan: Decimal) -> str:
    """Money the way the guide writes it: 万元 from ten thousand up, else 元."""
    if abs(value_yuan) >= 10_000:
        return f"{plain(value_yuan / 10_000)}万元"
    return f"{plain(value_yuan)}元"
