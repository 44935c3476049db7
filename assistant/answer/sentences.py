"""Sentences of a clause with their offsets, so quotes can be highlighted in the clause."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_END = re.compile(r"[。；！？!?]+|\n")
_FULL_STOP = re.compile(r"[。！？!?]+|\n")


# The marks that end a provision's tier ("…奖补；对…"), and a stretch of words within a sentence.
TIER_MARKS = "；;"
STRETCH_MARKS = "，,；;。"


def around(text: str, start: int, end: int, marks: str) -> tuple[int, int]:
    """The span of ``text`` around ``start``–``end`` bounded by the nearest of ``marks`` on each side
    (the marks left out; the whole text's ends when there is none)."""
    left = max(text.rfind(c, 0, start) for c in marks) + 1
    right = min([i for i in (text.find(c, end) for c in marks) if i >= 0] or [len(text)])
    return left, right


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Split after 。；！？ and at line breaks; offsets index ``text``; whitespace trimmed."""
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end() if m.group(0) != "\n" else m.start()
        _append(out, text, start, end)
        start = m.end()
    _append(out, text, start, len(text))
    return out


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and re.search(r"\w", text[start:end]):
        out.append(Sentence(text[start:end], start, end))


def split_provisions(text: str, max_chars: int) -> list[Sentence]:
    """Split after 。！？ and at line breaks, keeping the ；-separated tiers of one provision
    together ("10 万亩以上的奖补 500 万元；30 万亩以上的奖补 1000 万元。"); a sentence longer
    than ``max_chars`` is split at ； as well."""
    out: list[Sentence] = []
    start = 0
    for m in [*_FULL_STOP.finditer(text), None]:
        end = len(text) if m is None else (m.end() if m.group(0) != "\n" else m.start())
        whole: list[Sentence] = []
        _append(whole, text, start, end)
        for sentence in whole:
            if len(sentence.text) <= max_chars:
                out.append(sentence)
            else:
                out += [Sentence(p.text, sentence.start + p.start, sentence.start + p.end) for p in split_sentences(sentence.text)]
        if m is not None:
            start = m.end()
    return out


def shared_pairs(a: str, b: str) -> int:
    """How many of ``b``'s character pairs also occur in ``a``: a cheap measure of shared wording."""
    grams = {a[i : i + 2] for i in range(len(a) - 1)}
    return sum(1 for i in range(len(b) - 1) if b[i : i + 2] in grams)


def unbracketed(text: str) -> Iterator[int]:
    """The places of ``text``'s characters outside brackets ("（或副高级职称人员、高级技师）" hides its 、), brackets aside."""
    depth = 0
    for i, char in enumerate(text):
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            yield i


def listed_apart(gap: str) -> bool:
    """Do the words between two figures ("·月、硕士（或副高级职称人员、高级技师…）") only list the next one's item: a "、"
    right after the first (its unit's rest aside: "元/人·月"), and no stop, comma or figure outside brackets? ("100 亿元的
    产业引导基金、发起设立不低于 100 亿元…" names each fund after its figure: no item before the next one)"""
    if not re.match(r"\s*(?:[·/][^、，,；;。\s]{0,3})?\s*、", gap):
        return False
    outside = [gap[i] for i in unbracketed(gap)]
    return not any(char in "，,；;。" or char.isdigit() for char in outside) and "、" in outside
