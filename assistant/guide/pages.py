"""Printed page numbers of the guide, recovered from the PDF extraction's page breaks.

The extraction marks the start of a new page in one of two ways: the page's first line begins
with a space (where the page number stood), or a line holds nothing but the page number. That
lone number is the footer of the page it closes, so it names the page just before it. Pages
are counted from the nearest such footer before a position (from the first footer, counting
back, before it): a page the extraction left no mark for shifts the count by one until the
next footer corrects it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from assistant.guide.text import PAGE_NUMBER


@dataclass(frozen=True)
class PageMap:
    """Where each printed page of the raw guide starts, and its number."""

    starts: tuple[int, ...]  # offset of each page's first character, ascending
    numbers: tuple[int, ...]  # the printed number of each page

    @classmethod
    def of(cls, raw: str) -> PageMap:
        starts: list[int] = [0]
        footers: dict[int, int] = {}  # page index -> printed number
        offset = 0
        text_on_page = False  # the current page has text yet (a footer may open an empty one)
        for line in raw.split("\n"):
            if line.strip() and PAGE_NUMBER.match(line):
                footers[len(starts) - 1] = int(line)
                starts.append(offset + len(line) + 1)
                text_on_page = False
            elif line.strip():
                if line.startswith((" ", "\u3000")) and text_on_page:
                    starts.append(offset)
                text_on_page = True
            offset += len(line) + 1
        numbers = _number(len(starts), footers)
        return cls(tuple(starts), tuple(numbers))

    def page_at(self, offset: int) -> int:
        """The printed page holding the character at ``offset``."""
        return self.numbers[max(bisect_right(self.starts, offset) - 1, 0)]

    def pages(self, span: tuple[int, int]) -> list[int]:
        """Every printed page a ``[start, end)`` span lies on, in order."""
        first = self.page_at(span[0])
        last = self.page_at(max(span[1] - 1, span[0]))
        return list(range(first, last + 1)) if last >= first else [first]


def _number(count: int, footers: dict[int, int]) -> list[int]:
    """Printed numbers for ``count`` pages from the footers seen (page index -> number)."""
    if not footers:
        return list(range(1, count + 1))
    first = min(footers)
    numbers = [footers[first] - (first - index) for index in range(first)]
    current = footers[first] - 1
    for index in range(first, count):
        current = footers.get(index, current + 1)
        numbers.append(current)
    return numbers
