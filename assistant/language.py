"""The language of a text: Chinese or English (the two the guide's readers write)."""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["zh", "en"]

CJK = re.compile(r"[\u4e00-\u9fff]")
# Markup, addresses and code are no one's language: "<img src=x>禁牧补助多少" is a Chinese question.
_NOT_LANGUAGE = re.compile(r"<[^<>]*>|https?://\S+|\{[^{}]*\}")


def detect_language(text: str) -> Language:
    """Chinese when Chinese characters make up a fair share of the letters, else English."""
    text = _NOT_LANGUAGE.sub(" ", text)
    cjk = len(CJK.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh" if cjk and cjk * 3 >= latin else "en"
