"""Stated sums: the total of amounts the asker states, added up.

"我近五年靠专利许可拿到成果转化资金600万元，作价入股又拿到500万元，合计多少？够四类人才的1000万元门槛吗？"
is 600万元 + 500万元 = 1100万元; "won 12 million yuan of national vertical projects and 9 million yuan
of horizontal projects. What is the cumulative total, compared with the Class 4 threshold?" is 2100万元.
The principle: when a question states two or more amounts of money and then asks their total (合计, 一共,
加起来, 累计, in total, cumulative, combined) in a clause that names no payment (补贴, 奖励, subsidy, award:
those ask what a provision pays, which the totals calculator computes from the guide), the answer is the
sum of the amounts stated before that clause. An amount after it ("够…1000万元门槛吗") is a threshold to
compare with, not a term. When the asking clause names what is summed ("合计纳税多少"), only the amounts
whose words before them name it too are added ("增值税1.3亿元、企业所得税0.8亿元", not "年收入160万元").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from assistant.answer.question import ENGLISH_STOP_WORDS, Question
from assistant.models import Calculation
from assistant.quantities import Figure, figures, money_text, normalise, plain

# The words that ask a total of what was stated.
_SUM_ASKED = re.compile(
    r"合计|一共|加起来|加在一起|累计|总共|总计|\bin total\b|\bcumulative\b|\bcombined\b|\baltogether\b|\btotal\b", re.IGNORECASE
)
# Words of an asking clause that ask what a provision pays, not the asker's own total.
_PAYMENT = re.compile(
    r"补|奖|资助|扶持|支持|贴|拿|领|给|享受|\b(?:subsid\w*|awards?|grants?|rewards?|support|funding|bonus\w*|allowances?|get|receive)\b",
    re.IGNORECASE,
)
# Where a clause ends (not the comma of "60,000").
_CLAUSE_END = re.compile(r"[，；;。？?！!]|[,.](?!\d)")
# How many characters (Chinese) or words (English) before an amount say what it is.
CONTEXT_CHARS = 8
CONTEXT_WORDS = 6
# The asking clause's own words that name nothing summed.
_ASKING_WORDS = re.compile(r"合计|一共|加起来|加在一起|累计|总共|总计|多少|是|的|了|吗|呢|共|计")


@dataclass
class StatedSumCalculator:
    """Adds up the amounts a question states when it asks their total."""

    tokenize: Callable[[str], list[str]]  # the guide's tokens of a text, English translated

    def __call__(self, question: Question) -> Calculation | None:
        text = normalise(question.text)
        cue = _SUM_ASKED.search(text)
        if cue is None:
            return None
        start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, cue.start())), default=0)
        end = next((m.start() for m in _CLAUSE_END.finditer(text, cue.end())), len(text))
        asking = text[start:end]
        if _PAYMENT.search(asking):
            return None  # "一共能拿多少补贴": what provisions pay, summed by the totals calculator
        stated = [f for f in figures(text[:start], question=True) if f.reads_as_quantity and f.dimension == "money"]
        asked = _ASKING_WORDS.sub(" ", _SUM_ASKED.sub(" ", asking))
        named = self._words(" ".join(w for w in asked.split() if w.lower() not in ENGLISH_STOP_WORDS))
        if named:
            stated = [f for f in stated if named & self._words(self._before(text, f, question.lang))]
        if len(stated) < 2:
            return None
        total = sum((f.value for f in stated), Decimal(0))
        steps = [" + ".join(money_text(f.value) for f in stated) + f" = {money_text(total)}"]
        return Calculation(
            tool="stated_sum",
            inputs={f"amount_{i + 1}": plain(f.value) for i, f in enumerate(stated)},
            steps=steps,
            result=plain(total),
            unit="元",
            clause_ids=[],
        )

    def _words(self, text: str) -> set[str]:
        return {t for t in self.tokenize(text) if any("\u4e00" <= c <= "\u9fff" for c in t)}

    @staticmethod
    def _before(text: str, figure: Figure, lang: str) -> str:
        """The words just before ``figure`` in its clause ("缴了增值税" of "缴了增值税1.3亿元")."""
        before = _CLAUSE_END.split(text[: figure.start])[-1] if lang == "zh" else text[: figure.start]
        if lang == "zh":
            return re.split(r"[、和及与]", before)[-1][-CONTEXT_CHARS:]
        return " ".join(before.split()[-CONTEXT_WORDS:])
