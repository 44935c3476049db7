"""Bounds: a case the question puts outside what a provision is for.

"If a guarantee company charges small firms a fee above 1%, what premium subsidy does it get?" over
"对当年收取…担保（再担保）费率 1%（含）以下的，按照当年保费收入…的 10%给予保费补助": the provision is for
fees of 1% or less, and of a fee above 1% the guide states nothing. "…a hydrogen refuelling station with a
capacity below 500 kg/day" over "加注能力500-1000（不含）公斤/日的…，加注能力≥1000公斤/日的…": every
capacity the provision pays for is 500 kg a day or more.

The principle: a quantity the question bounds ("above 1%", "below 500 kg", "不足 1000 亩") and the
conditions the quoted provision sets on the same quantity ("1%（含）以下", "500-1000公斤", "1000亩以上")
are ranges; when none of the provision's ranges meets the question's, the provision is for other cases.
A bound and the provision's conditions are compared only when one of them is set at the bound's own figure
(the same value in the same dimension), so a condition on another quantity of the same unit (a firm's
revenue beside the investment asked about) is never read as one on the quantity the question bounds; and
what a provision pays ("最高不超过 500 万元") is no condition of whom it is for.

A part asking the least of a figure ("每项最低奖励多少", "the minimum award") is not answered by a quote
stating only the most of it ("每项最高奖励 1000万元"): the guide sets no floor there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from assistant.quantities import Figure, figures, normalise


@dataclass(frozen=True)
class Range:
    """The values of one dimension a bound or a condition allows (``None``: unbounded on that side)."""

    dimension: str
    low: Decimal | None = None
    high: Decimal | None = None
    low_in: bool = True  # the low end itself is allowed
    high_in: bool = True

    def meets(self, other: Range) -> bool:
        """Do the two ranges share any value?"""
        if self.dimension != other.dimension:
            return True
        for a, b in ((self, other), (other, self)):
            if a.high is not None and b.low is not None:
                if a.high < b.low or (a.high == b.low and not (a.high_in and b.low_in)):
                    return False
        return True

    def ends(self) -> set[Decimal]:
        return {v for v in (self.low, self.high) if v is not None}


# A question's bound, in words before its figure ("above 1%", "超过 5000 万元", "不足 500 亩")…
_ABOVE_BEFORE = re.compile(
    r"(?:\b(?:above|over|more than|exceed(?:s|ing)?|greater than|higher than|larger than)|(?<![未不没])超过|高于|大于|多于)\s*$",
    re.IGNORECASE,
)
_AT_LEAST_BEFORE = re.compile(r"(?:\b(?:at least|no less than|not less than|no fewer than)|不低于|不少于|至少)\s*$", re.IGNORECASE)
_BELOW_BEFORE = re.compile(
    r"(?:\b(?:below|under|less than|lower than|fewer than|smaller than)|低于|不足|不到|少于|小于|不满)\s*$", re.IGNORECASE
)
_AT_MOST_BEFORE = re.compile(r"(?:\b(?:at most|no more than|not more than|not exceeding)|不超过|不高于)\s*$", re.IGNORECASE)
# …or after it ("1000 亩以上", "500 万元以下", "1%（含）以下").
_INCLUDED = r"\s*(?:[（(]含[^）)]{0,15}[）)])?\s*"
_ABOVE_AFTER = re.compile(_INCLUDED + r"(?:及)?以上")
_BELOW_AFTER = re.compile(_INCLUDED + r"(?:及)?(?:以下|以内)")
# A range of values with its unit after the second ("500-1000（不含）公斤/日": the high end left out).
_RANGE_JOIN = re.compile(r"\s*[-—–~～至到]\s*")
_LEFT_OUT = re.compile(r"(\d)\s*[（(]不含[）)]")
# What a provision pays or caps ("最高不超过 500 万元", "不超过 3%贷款利率"): the most given, not whom it is for.
_PAID_CAP_BEFORE = re.compile(r"(?:最高|最多|上限|封顶|累计|单个[\u4e00-\u9fff]{1,4}|每[\u4e00-\u9fff]{1,3})\s*(?:不超过|不高于)?\s*$")
_BEFORE_CHARS = 16


def _before(text: str, f: Figure) -> str:
    return text[max(0, f.start - _BEFORE_CHARS) : f.start]


def _range(f: Figure, text: str, asked: bool) -> Range | None:
    """The range a bound word beside figure ``f`` sets, if any."""
    before, after = _before(text, f), text[f.unit_end :]
    value, dimension = f.value, f.dimension
    if _ABOVE_BEFORE.search(before):
        return Range(dimension, low=value, low_in=False)
    if _AT_LEAST_BEFORE.search(before):
        return Range(dimension, low=value)
    if _BELOW_BEFORE.search(before):
        return Range(dimension, high=value, high_in=False)
    if (at_most := _AT_MOST_BEFORE.search(before)) and (asked or not _PAID_CAP_BEFORE.search(before[: at_most.start()])):
        return Range(dimension, high=value)
    if _ABOVE_AFTER.match(after):
        return Range(dimension, low=value)
    if _BELOW_AFTER.match(after):
        return Range(dimension, high=value)
    return None


def _measured(found: Iterable[Figure]) -> list[Figure]:
    return [f for f in found if f.unit is not None and f.reads_as_quantity and f.dimension not in ("", "count")]


def asked_bounds(text: str) -> list[Range]:
    """The ranges a question's bounds set on the quantities it states ("a fee above 1%" → more than 1%)."""
    normal = normalise(text)
    return [r for f in _measured(figures(normal, question=True, described=True)) if (r := _range(f, normal, asked=True))]


def stated_conditions(text: str) -> list[Range]:
    """The ranges a provision's conditions set ("1%（含）以下的", "500-1000（不含）公斤/日", "≥1000公斤/日").
    (A range's high end left out, "（不含）", is read as in: the ranges compared meet only at the bound's figure.)"""
    normal = _LEFT_OUT.sub(r"\1", normalise(text))
    normal = normal.replace("≥", "不低于").replace("≤", "不超过").replace("＞", "超过").replace("＜", "低于")
    found = figures(normal)
    out: list[Range] = []
    for i, f in enumerate(found):
        following = found[i + 1] if i + 1 < len(found) else None
        if f.unit is None:
            # "500-1000公斤/日": the low end of a range written before its unit
            if following is not None and following.unit is not None and _RANGE_JOIN.fullmatch(normal[f.end : following.start]):
                scale = following.value / following.number if following.number else Decimal(1)
                out.append(Range(following.dimension, low=f.number * scale, high=following.value))
            continue
        if not f.reads_as_quantity or f.dimension in ("", "count"):
            continue
        r = _range(f, normal, asked=False)
        if r is not None:
            out.append(r)
    return out


def excluded(asked: str, quoted: Iterable[str]) -> bool:
    """Does every condition the ``quoted`` sentences set on a quantity the question ``asked`` bounds
    leave out the question's bound, one of them set at the bound's own figure?"""
    bounds = asked_bounds(asked)
    if not bounds:
        return False
    conditions = [r for text in quoted for r in stated_conditions(text)]
    for bound in bounds:
        alike = [c for c in conditions if c.dimension == bound.dimension]
        if any(bound.ends() & c.ends() for c in alike) and not any(bound.meets(c) for c in alike):
            return True
    return False


# The least of a figure asked ("最低奖励多少", "至少能拿多少", "the minimum award"), and the most.
_LEAST_ASKED = re.compile(r"最低|最少|至少|起码|\b(?:minimum|lowest|least|min)\b", re.IGNORECASE)
_MOST_ASKED = re.compile(r"最高|最多|上限|封顶|\b(?:maximum|highest|most|max|up to|cap|ceiling)\b", re.IGNORECASE)
# …and a figure stated as the most ("每项最高奖励 1000万元", "不超过 500 万元").
_MOST_BEFORE = re.compile(r"(?:最高|最多|不超过|不高于|上限为?|封顶)[^，,；;。\d]{0,6}$")
# …a least stated of anything ("其中不低于 50%用于…"), and the word an extreme is of ("最高奖励", "最低奖励").
_LEAST_STATED = re.compile(r"最低|最少|不低于|不少于|至少")
_MOST_OF = re.compile(r"(?:最高|最多)([\u4e00-\u9fff]{2})")
_LEAST_OF = re.compile(r"(?:最低|最少)([\u4e00-\u9fff]{2})")


def only_most_stated(asked: str, quoted: Iterable[str], dimension: str) -> bool:
    """Does a part asking only the least of a figure (``asked``) rest on ``quoted`` sentences whose figures of
    ``dimension`` are each stated as the most ("每项最高奖励 1000万元")? When they state a least of something
    ("其中不低于 50%用于…"), only if the part asks the least of what they give the most of ("每项最低奖励")."""
    if not _LEAST_ASKED.search(asked) or _MOST_ASKED.search(asked):
        return False
    texts = [normalise(text) for text in quoted]
    stated = False
    for normal in texts:
        for f in figures(normal):
            if f.dimension != dimension or not f.reads_as_quantity:
                continue
            if not _MOST_BEFORE.search(normal[max(0, f.start - _BEFORE_CHARS) : f.start]) or _ABOVE_AFTER.match(normal[f.unit_end :]):
                return False  # a figure given as it is, or as the least
            stated = True
    if not stated:
        return False
    if not any(_LEAST_STATED.search(normal) for normal in texts):
        return True
    given = {m.group(1) for normal in texts for m in _MOST_OF.finditer(normal)}
    return any(m.group(1) in given for m in _LEAST_OF.finditer(normalise(asked)))
