"""Turn the raw guide (text extracted from a PDF) into logical paragraphs with source spans.

The PDF extraction wraps every printed line, separates lines with blank lines, marks a page
break with a leading space on the next line or with a lone page number. A *paragraph* here is
one logical line of the printed guide: the wrapped physical lines joined back together.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")

# A physical line at least this wide (CJK characters count 2) is a full printed line, so the
# paragraph most likely continues on the next line.
FULL_LINE_WIDTH = 58

# Markers that open a new paragraph even after a full line.
PARAGRAPH_MARKER = re.compile(
    r"^(第[一二三四五六七八九十]+[篇部分章条]"
    r"|[一二三四五六七八九十]+、"
    r"|（[一二三四五六七八九十]+）"
    r"|\d{1,2}[.．、](?!\d)"
    r"|（\d{1,2}）"
    r"|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]"
    r"|——"
    r"|※)"
)

_CJK_RANGES = (
    (0x3000, 0x303F),  # CJK punctuation
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF00, 0xFF0F),  # full-width punctuation (not digits or letters)
    (0xFF1A, 0xFF20),
    (0xFF3B, 0xFF40),
    (0xFF5B, 0xFF65),
    (0x2014, 0x201F),  # dashes and curly quotes used as Chinese punctuation
)


def is_cjk(ch: str) -> bool:
    """True for Chinese characters and full-width Chinese punctuation."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_SPACE_BETWEEN_CJK = re.compile(r"(?<=[^\x00-\x7f])[ \t\u3000]+(?=[^\x00-\x7f])")


def tidy_spaces(text: str) -> str:
    """Remove PDF justification spaces between two Chinese characters or punctuation marks.

    Spaces next to ASCII (``2024 年``, ``0.401 元/度``) are kept as written.
    """

    def repl(m: re.Match[str]) -> str:
        before = text[m.start() - 1]
        after = text[m.end()]
        return "" if is_cjk(before) and is_cjk(after) else m.group(0)

    return _SPACE_BETWEEN_CJK.sub(repl, text)


@dataclass(frozen=True)
class PhysicalLine:
    text: str  # stripped
    start: int  # offset of the first non-space character in the raw file
    end: int  # offset just after the last non-space character


@dataclass(frozen=True)
class Paragraph:
    """One logical line of the guide: its cleaned text and where it lies in the raw file."""

    text: str
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def physical_lines(raw: str) -> list[PhysicalLine]:
    """Non-blank lines of the raw file with offsets; page numbers dropped."""
    lines: list[PhysicalLine] = []
    offset = 0
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped and not PAGE_NUMBER.match(line):
            lead = len(line) - len(line.lstrip())
            lines.append(PhysicalLine(stripped, offset + lead, offset + lead + len(stripped)))
        offset += len(line) + 1
    return lines


def join_wrapped(pieces: list[str]) -> str:
    """Join wrapped PDF lines: no space is ever inserted.

    Justification spaces between Chinese characters are removed from full printed lines only;
    short lines (headings, table rows such as ``保险期限 单位保额 拟定费率 单位保费``) keep
    their spaces, which there separate words or columns.
    """
    return "".join(tidy_spaces(p) if display_width(p) >= FULL_LINE_WIDTH else p for p in pieces)


def starts_paragraph(line: str) -> bool:
    return bool(PARAGRAPH_MARKER.match(line))


def paragraphs(raw: str) -> list[Paragraph]:
    """Split the raw guide into logical paragraphs."""
    result: list[Paragraph] = []
    current: list[PhysicalLine] = []

    def flush() -> None:
        if current:
            result.append(Paragraph(join_wrapped([p.text for p in current]), current[0].start, current[-1].end))
            current.clear()

    for line in physical_lines(raw):
        if current:
            # A short line ends its paragraph; a line opening with a marker starts a new
            # one (in this guide no wrapped line starts with a marker).
            if (
                display_width(current[-1].text) < FULL_LINE_WIDTH
                or starts_paragraph(line.text)
                or (_is_document_title(current) and not _is_title_tail(line))
            ):
                flush()
        current.append(line)
    flush()
    return result


DOCUMENT_TITLE_END = re.compile(
    r"(）|通知|意见|措施|办法|方案|政策|清单|计划|指南|细则|规定|决定|纲要|条例)$"
)


def _is_document_title(lines: list[PhysicalLine]) -> bool:
    """A ``——title`` line that fills the printed width but is complete in itself."""
    text = "".join(line.text for line in lines)
    return (
        text.startswith("——")
        and not re.search(r"[。，；：]", text)
        and bool(DOCUMENT_TITLE_END.search(text))
    )


def _is_title_tail(line: PhysicalLine) -> bool:
    """The short last line of a wrapped title (``清单（推进农牧业现代化）``)."""
    return (
        display_width(line.text) < FULL_LINE_WIDTH
        and not re.search(r"[。，；：、]", line.text)
        and bool(DOCUMENT_TITLE_END.search(line.text))
        and not starts_paragraph(line.text)
    )


def squash(text: str) -> str:
    """Text with all whitespace removed: the form in which spans and quotes are compared."""
    return re.sub(r"\s+", "", text)


def raw_squashed(raw: str, start: int, end: int) -> str:
    """The raw text of a span with whitespace and page-number lines removed."""
    chunk = raw[start:end]
    chunk = "\n".join(line for line in chunk.split("\n") if not PAGE_NUMBER.match(line))
    return squash(chunk)
