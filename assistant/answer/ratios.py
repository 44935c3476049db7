"""Ratios: the other side of a ratio a provision sets between two sums, from the side the question states.

"风险补偿基金投入2000万元，金融机构要跟进多少信贷投放？" over "金融机构按照风险补偿基金和信贷额度 1:10 放大比例跟进
信贷投放" is 2000万元 × 10 = 2亿元.

The principle: when a question states one sum of money and asks how much another comes to, and a provision found
sets a ratio between two sums it names ("A和B a:b 比例"), the answer is the stated sum carried across the ratio. It
holds only when the words the question puts before its sum name most of the side of the ratio it is on (more than
the other side), and the words after it name the other side. A ratio naming one sum only ("按旗区财政投入资金 1:1 的比例，
给予…补贴") is left to quoting: what it is a ratio to is read from words around it, which fits questions too loosely.
A ratio followed by a verb of bearing splits one sum between payers (``assistant/answer/splits.py``). Of several
ratios found, the first that fits is taken, and only when no other fits with another ratio.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from assistant.answer.question import Question
from assistant.models import Calculation, Clause
from assistant.quantities import Figure, figures, normalise, plain, scaled_text

# "风险补偿基金和信贷额度 1:10 放大比例": both sides named, in the ratio's order.
_BOTH_SIDES = re.compile(
    r"(?P<first>[\u4e00-\u9fff、]{2,16}?)(?:和|与)(?P<second>[\u4e00-\u9fff]{2,12}?)\s*"
    r"(?P<a>\d{1,3})\s*[:：∶]\s*(?P<b>\d{1,3})\s*的?\s*(?:放大)?\s*比例"
)
# A side of a ratio between sums names a sum ("风险补偿基金", "信贷额度", "财政投入资金"); a ratio followed by a verb of bearing
# ("由市级和旗区按照 1:1 比例承担") splits one sum between payers (``assistant/answer/splits.py``), it sets no second sum.
_SUM_NAME = re.compile(r"资金|基金|额度|投入|投资|贷款|信贷|经费|奖励|补贴|奖补|收入")
_SPLITS_AFTER = re.compile(r"\s*(?:承担|分担|负担|安排|出资)")
# The share of a side's words the words before the question's sum must name.
SIDE_FIT = 0.5
# How many clauses found are read (the best ones).
CLAUSES_READ = 5
# The question must ask a sum: how much, how many, what amount.
_ASKS_SUM = re.compile(r"多少|\bhow much\b|\bwhat (?:\w+ ){0,3}(?:subsidy|amount|sum|lending|loans?|credit|matching)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Ratio:
    clause: Clause
    first: str
    second: str
    a: Decimal
    b: Decimal


class RatioCalculator:
    def __init__(self, tokenize: Callable[[str], list[str]]):
        self.tokenize = tokenize  # the guide's tokens of a text (an English one's translations included)

    def __call__(self, question: Question, clauses: Sequence[Clause]) -> Calculation | None:
        text = normalise(question.text)
        sums = [f for f in figures(text) if f.dimension == "money"]
        if len(sums) != 1 or not _ASKS_SUM.search(text[sums[0].unit_end :]):
            return None
        stated = sums[0]
        before = _words(self.tokenize(_stretch_before(text, stated)))
        asked = _words(self.tokenize(text[stated.unit_end :]))
        if not before:
            return None
        fitting: list[tuple[_Ratio, bool]] = []
        for ratio in _ratios(clauses[:CLAUSES_READ]):
            sides = [_words(self.tokenize(ratio.first)), _words(self.tokenize(ratio.second))]
            for on_first, (own, other) in ((True, sides), (False, sides[::-1])):
                # the stated sum's words name most of its side, and the ask names the other side
                if own and len(before & own) >= SIDE_FIT * len(own) and len(before & own) > len(before & other) and asked & other:
                    fitting.append((ratio, on_first))
                    break
        if not fitting:
            return None
        ratio, on_first = fitting[0]
        if any((r.a, r.b, f) != (ratio.a, ratio.b, on_first) for r, f in fitting[1:]):
            return None  # two ratios of the provision read the sum differently: which one is meant is a guess
        return _calculation(stated, ratio, on_first)


def _words(tokens: list[str]) -> set[str]:
    """Tokens of two characters or more: a single character names no side of a ratio."""
    return {t for t in tokens if len(t) >= 2}


def _stretch_before(text: str, stated: Figure) -> str:
    """The words the question puts before its sum, from the start of their stretch ("…，风险补偿基金投入" of "2000万元")."""
    head = text[: stated.start]
    cut = max(head.rfind(mark) for mark in "，,；;。？?！!")
    # (an English sum's words may follow it: "3 million yuan a year from the banner budget")
    after = re.split(r"[，,；;。？?！!]", text[stated.unit_end :], maxsplit=1)[0]
    return f"{head[cut + 1 :]} {after if re.search(r'[a-z]', after, re.IGNORECASE) else ''}"


def _ratios(clauses: Sequence[Clause]) -> list[_Ratio]:
    out: list[_Ratio] = []
    for clause in clauses:
        text = normalise(clause.text)
        for m in _BOTH_SIDES.finditer(text):
            if _SPLITS_AFTER.match(text, m.end()) or not (_SUM_NAME.search(m.group("first")) and _SUM_NAME.search(m.group("second"))):
                continue
            out.append(_Ratio(clause, _last_name(m.group("first")), m.group("second"), Decimal(m.group("a")), Decimal(m.group("b"))))
    return [r for r in out if r.a > 0 and r.b > 0]


def _last_name(words: str) -> str:
    """The name just before "和" ("金融机构按照风险补偿基金" → "风险补偿基金"): after the last verb of the stretch."""
    return re.split(r"按照|按|对|由|将|以", words)[-1]


def _calculation(stated: Figure, ratio: _Ratio, on_first: bool) -> Calculation:
    factor = ratio.b / ratio.a if on_first else ratio.a / ratio.b
    value = stated.value * factor
    written = f"{plain(ratio.a)}:{plain(ratio.b)}"
    return Calculation(
        tool="ratio",
        inputs={"stated": plain(stated.value), "ratio": written},
        steps=[f"{scaled_text(stated.value, '元')} × {plain(factor)}（{written}）= {scaled_text(value, '元')}"],
        result=plain(value),
        unit="元",
        clause_ids=[ratio.clause.clause_id],
    )
