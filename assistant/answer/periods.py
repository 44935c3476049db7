"""Period lengths: how many years (or months) a policy's period covers, asked of that period.

"西部大开发15%税率政策一共执行几年？" over "自 2021 年 1 月 1 日至 2030 年 12 月 31 日" is 2030 − 2021 + 1 = 10年;
"试点期限暂定为 2022 年至 2024 年" is 3年. The principle: when a part asks a policy's period and asks it as a length
("几年", "多久", "how many years does it cover"), the length is counted from the start and end the clause answering
it carries (its `valid_from`, `valid_until`). A period of whole calendar years (1 January to 31 December) counts
its years, both ends included; any other period counts its whole months (1 November 2022 to 31 October 2025 is 36
months, 3 years); a period that does not end the day before a month-day of its start, or that has no start or no end,
has no length the guide states, and nothing is computed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from assistant.models import Calculation, Clause
from assistant.quantities import plain

# A length asked: "执行几年", "一共多久", "how many (tax) years", "how long".
_LENGTH_ASKED = re.compile(
    r"(?<!哪)几年|多少年(?![前后内底初])|多久|多长时间|(?<!哪)几个月|多少个月|"
    r"\bhow long\b|\bhow many (?:\w+ )?(?:years|months)\b|\bfor how many\b",
    re.IGNORECASE,
)


def asks_length(text: str) -> bool:
    """Does a part asking a period ask it as a length ("执行几年", "how many years does that cover")?"""
    return bool(_LENGTH_ASKED.search(text))


def period_months(start: date, end: date) -> int | None:
    """The whole months from ``start`` to ``end`` (both days included), or None when the period is no whole number
    of months: the day after ``end`` must fall on ``start``'s day of the month."""
    after = end + timedelta(days=1)
    if after.day != start.day or after <= start:
        return None
    return (after.year - start.year) * 12 + after.month - start.month


def period_length(clause: Clause, lang: str) -> Calculation | None:
    """The length of ``clause``'s period, in years when it is whole years, else in months; None without one."""
    start, end = clause.valid_from, clause.valid_until
    if start is None or end is None:
        return None
    months = period_months(start, end)
    if months is None:
        return None
    zh = lang == "zh"
    span = f"{_day(start)}至{_day(end)}：" if zh else f"{start.isoformat()} to {end.isoformat()}: "
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        steps = [f"{span}{_years_counted(start.year, end.year, zh)}"]
        result, unit = Decimal(end.year - start.year + 1), "年"
    elif months % 12 == 0:
        steps = [f"{span}{months}{'个月' if zh else ' months'} ÷ 12 = {months // 12}{'年' if zh else ' years'}"]
        result, unit = Decimal(months // 12), "年"
    else:
        steps = [f"{span}{months}{'个月' if zh else ' months'}"]
        result, unit = Decimal(months), "个月"
    return Calculation(
        tool="period_length",
        inputs={"valid_from": start.isoformat(), "valid_until": end.isoformat()},
        steps=steps,
        result=plain(result),
        unit=unit,
        clause_ids=[clause.clause_id],
    )


def _day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _years_counted(first: int, last: int, zh: bool) -> str:
    """A run of calendar years counted with both ends ("2030 − 2021 + 1 = 10年")."""
    return f"{last} − {first} + 1 = {last - first + 1}{'年' if zh else ' years'}"


# A run of years the question states: "from the start of 2021 to the end of 2030", "2021年初到2030年底", "2022—2024年".
_YEARS_STATED = re.compile(
    r"(?P<first>(?:19|20)\d{2})\s*年?\s*(?:初|1月1日)?\s*(?:至|到|—|–|－|-{1,2}|~|～)\s*(?P<last>(?:19|20)\d{2})\s*年?(?:底|末|12月31日)?|"
    r"\bfrom\s+(?:the\s+(?:start|beginning)\s+of\s+|1\s+january\s+|january\s+1,?\s+)?(?P<first_en>(?:19|20)\d{2})\s+"
    r"(?:to|through|until|till)\s+(?:the\s+end\s+of\s+|31\s+december\s+|december\s+31,?\s+)?(?P<last_en>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


def stated_length(text: str, lang: str) -> Calculation | None:
    """The number of years of the one run of years a question states and asks the length of ("from the start of 2021 to
    the end of 2030 — how many tax years does that cover?": 2030 − 2021 + 1 = 10), both ends counted, as the guide counts
    its own runs ("2022 年至 2024 年" is three years); None unless exactly one run is stated and a length is asked."""
    if not asks_length(text):
        return None
    runs = [(int(m.group("first") or m.group("first_en")), int(m.group("last") or m.group("last_en")))
            for m in _YEARS_STATED.finditer(text)]
    if len(runs) != 1 or not runs[0][0] < runs[0][1]:
        return None
    first, last = runs[0]
    zh = lang == "zh"
    return Calculation(
        tool="period_length",
        inputs={"first_year": str(first), "last_year": str(last)},
        steps=[f"{first}—{last}{'年：' if zh else ': '}{_years_counted(first, last, zh)}"],
        result=str(last - first + 1),
        unit="年",
        clause_ids=[],
    )
