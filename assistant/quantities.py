"""Numbers with units as the guide writes them: 76万元 = 760000元 = 760,000 元, 15％ = 15%, 三年 = 3年.

Used to check that an answer states the expected numbers and that every number in an answer
is backed by a cited clause or a calculation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
MULTIPLIER = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1000)}

# number, optional multiplier (万/亿), optional unit
_NUMBER = re.compile(
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<mult>万|亿)?\s*"
    r"(?P<unit>%|元/度|元/千瓦时|元/吨|元/立方米|元/平方米|元/亩|元/头|元/只|元/公斤|元|美元|亩|千伏|kv|度|千瓦时|kwh|吨|立方米|平方米|"
    r"年|个月|月|天|日|人|头|只|家|个|项|倍|学时|小时)?",
    re.IGNORECASE,
)
_CN_NUMBER = re.compile(r"(?P<num>[零〇一二两三四五六七八九十百千]+)\s*(?P<mult>万|亿)?\s*(?P<unit>年|个月|倍|人|家|项|%)")


@dataclass(frozen=True)
class Quantity:
    value: Decimal  # in the base unit: 万元 -> 元, % stays a percentage
    unit: str  # normalised unit ("" when none)
    text: str

    def same_value(self, other: Quantity) -> bool:
        if self.value != other.value:
            return False
        return not self.unit or not other.unit or self.unit == other.unit


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\u200b-\u200f\u2060\ufeff]", "", text)


def chinese_to_int(text: str) -> int | None:
    """Small Chinese numerals: 三 -> 3, 十五 -> 15, 二百 -> 200."""
    if not text:
        return None
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGIT:
            current = CN_DIGIT[ch]
        elif ch in CN_UNIT:
            total += (current or 1) * CN_UNIT[ch]
            current = 0
        else:
            return None
    return total + current


_UNIT_ALIASES = {"kv": "千伏", "kwh": "度", "千瓦时": "度", "元/千瓦时": "元/度", "月": "个月"}


def quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with its unit, values scaled to base units."""
    text = normalise(text)
    found: list[Quantity] = []
    for m in _NUMBER.finditer(text):
        try:
            value = Decimal(m.group("num").replace(",", ""))
        except InvalidOperation:
            continue
        mult = m.group("mult")
        unit = (m.group("unit") or "").lower()
        unit = _UNIT_ALIASES.get(unit, unit)
        if mult and unit not in ("%",):
            value *= MULTIPLIER[mult]
        found.append(Quantity(value.normalize(), unit, m.group(0).strip()))
    for m in _CN_NUMBER.finditer(text):
        number = chinese_to_int(m.group("num"))
        if number is None:
            continue
        value = Decimal(number) * (MULTIPLIER[m.group("mult")] if m.group("mult") else 1)
        unit = _UNIT_ALIASES.get(m.group("unit"), m.group("unit"))
        found.append(Quantity(value.normalize(), unit, m.group(0)))
    return found


def parse_quantity(text: str) -> Quantity:
    """The single number an expected-number string like ``30万元`` or ``0.401`` states."""
    found = quantities(text)
    if not found:
        raise ValueError(f"no number in {text!r}")
    return found[0]


def contains_quantity(text: str, expected: str) -> bool:
    """Does ``text`` state the number ``expected`` (value compared, units compatible)?"""
    target = parse_quantity(expected)
    return any(q.same_value(target) for q in quantities(text))
