"""Doubling: a provision's figure paid twice over to a kind of recipient it names.

"对研发投入占营业收入比例达到3%以上…的规模以上企业，分档给予最高500万元奖补，对达到要求的高新技术企业翻倍奖补" asked
by a high-tech enterprise ("We're a certified high-tech enterprise… what's the most R&D reward we could get?") is
500万元 × 2 = 1000万元.

The principle: when a provision found pays a sum and then says that a kind of recipient gets it doubled ("对…高新技术企业
翻倍奖补", "加倍"), and the question says the asker is of that kind and asks an amount, the answer is the sum times two. The
sum is the one money figure of the sentence before the doubling that is paid, not a condition ("研发投入达到5000万元以上的");
a sentence stating several sums, or none, doubles
nothing that can be told. The kind is named by the doubling's own words less what qualifies them ("达到要求的"), which
the question (an English one in the glossary's words) must write, with three characters or more of the sentence paying
the sum ("研发投入"): a high-tech enterprise asking another award of its kind asks nothing of this sum.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from assistant.answer.compose import is_condition
from assistant.answer.question import Question
from assistant.models import Calculation, Clause
from assistant.quantities import figures, money_text, normalise, plain
from assistant.search.glossary import default_glossary

# "对达到要求的高新技术企业翻倍奖补": whom a sum is doubled for.
_DOUBLED = re.compile(r"对(?P<who>[^，,；;。对]{2,24}?)(?:翻倍|加倍|双倍)(?:给予)?(?:奖补|奖励|资助|支持|补贴)")
# What qualifies the kind rather than names it ("达到要求的", "符合条件的").
_QUALIFIER = re.compile(r"^.*的")
# How many of the best clauses found are read.
CLAUSES_READ = 3
# How many characters of the paying sentence the question must write, and words that any grant writes.
NAMED_CHARS = 3
_GRANT_WORDS = re.compile(r"给予|奖补|奖励|补贴|资助|支持|企业|最高|以上|伊金霍洛|鄂尔多斯|内蒙古")
# The money units a doubled sum is written in.
_MONEY = frozenset({"元", "万元", "亿元"})


def _kind(who: str) -> str:
    """The kind a doubling names, without what qualifies it: "达到要求的高新技术企业" → 高新技术企业."""
    return _QUALIFIER.sub("", who).strip()


def _names_what_is_paid(sentence: str, names: str) -> bool:
    """Does the question name something the sentence paying the sum writes (three characters of it or more, "研发投入"), beyond
    the words every grant writes ("给予", "奖补")?"""
    said = re.sub(r"\s+", "", names)
    return any(sentence[i : i + NAMED_CHARS] in said for i in range(len(sentence) - NAMED_CHARS + 1)
               if re.fullmatch(r"[\u4e00-\u9fff]+", sentence[i : i + NAMED_CHARS])
               and not _GRANT_WORDS.search(sentence[i : i + NAMED_CHARS]))


def doubled(question: Question, clauses: Sequence[Clause]) -> Calculation | None:
    """The sum a provision found pays, doubled for the kind of recipient the question says the asker is; None when
    no provision doubles a sum for a kind the question names, or the sum doubled cannot be told."""
    if not any(p.slot == "amount" for p in question.parts):
        return None
    names = default_glossary().render(question.text) if question.lang == "en" else question.text
    for clause in clauses[:CLAUSES_READ]:
        text = normalise(clause.text)
        for m in _DOUBLED.finditer(text):
            kind = _kind(m.group("who"))
            if len(kind) < 2 or kind not in names:
                continue
            sentence = text[max(text.rfind("。", 0, m.start()), 0) : m.start()]
            if not _names_what_is_paid(sentence, names):
                continue  # (a high-tech enterprise asking another award of its kind asks nothing of this sum)
            # (a sum the recipient must reach, "研发投入达到5000万元以上的", is a condition, not what is paid)
            paid = [f for f in figures(sentence) if f.unit is not None and f.unit.name in _MONEY and f.reads_as_quantity
                    and not is_condition(sentence, f.start, f.unit_end)]
            if len(paid) != 1:
                return None  # (several sums, or none: which one is doubled is a guess)
            value = paid[0].value * Decimal(2)
            return Calculation(
                tool="doubled",
                inputs={"amount": plain(paid[0].value), "kind": kind},
                steps=[f"{kind}翻倍：{money_text(paid[0].value)} × 2 = {money_text(value)}"],
                result=plain(value),
                unit="元",
                clause_ids=[clause.clause_id],
            )
    return None
