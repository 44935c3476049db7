"""Language of a question and follow-up condensation ("那10千伏呢？" after "110千伏工业电价多少？")."""

from __future__ import annotations

import re

from assistant.language import CJK as _CJK

_FOLLOW_UP_ZH = re.compile(r"^(那|那么|还有|另外|如果是|如果|要是|换成|同样|这个|那个)|呢[？?]?$")
_FOLLOW_UP_EN = re.compile(r"^(and|what about|how about|and for|same for|what if|then|also|for)\b", re.IGNORECASE)


# The start of a previous question a follow-up carries: a question longer than this is not one
# anybody follows up with "那10千伏呢？", and the whole of it would be embedded with every follow-up.
PREVIOUS_QUESTION_CHARS = 300


def previous_questions(history: list[dict[str, str]]) -> list[str]:
    return [
        turn.get("content", "")[:PREVIOUS_QUESTION_CHARS]
        for turn in history
        if turn.get("role") == "user" and turn.get("content")
    ]


def is_follow_up(question: str, history: list[dict[str, str]]) -> bool:
    if not previous_questions(history):
        return False
    q = question.strip()
    if _FOLLOW_UP_ZH.search(q) or _FOLLOW_UP_EN.match(q):
        return True
    cjk = len(_CJK.findall(q))
    return (0 < cjk <= 6) or (cjk == 0 and len(q.split()) <= 4)


def with_previous(previous: str, question: str) -> str:
    """A follow-up with the question it follows, within PREVIOUS_QUESTION_CHARS: the previous
    question gives way, so a search that reads a bounded start still reads the follow-up's own
    words ("10千伏") after a long previous question."""
    room = max(0, PREVIOUS_QUESTION_CHARS - len(question) - 1)
    return f"{previous[:room]} {question}".strip()


def condense(question: str, history: list[dict[str, str]]) -> str:
    """The retrieval query: a follow-up is searched together with the question it follows."""
    if not is_follow_up(question, history):
        return question
    return with_previous(previous_questions(history)[-1], question)
