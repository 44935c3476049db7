"""Citation markers as models write them, brought to the one form the product uses (``[n]``),
and renumbered in order of first use once an answer is final."""

from __future__ import annotations

import re

from assistant.models import MARKER, Citation

# "[1, 2]", "[1、2]", "［1］", "【1】", "[clause 1]", "[条款1]", "[source 2]", "[Clause 1, Clause 3]"
_BRACKETED = re.compile(
    r"[\[［【]\s*((?:(?:clauses?|条款|source|ref|第)?\s*\d{1,2}\s*(?:条)?\s*[,，、;；&和and\s]*)+)\s*[\]］】]",
    re.IGNORECASE,
)
# "(1)" / "（1）" only where a marker stands: after a word and before the end of a sentence or
# line, so the guide's own enumerations ("（1）对新认定…") are not taken for markers.
_PARENTHESISED = re.compile(r"(?<=[^\s(（\[])\s?[(（](\d{1,2})[)）](?=\s*(?:[。．.！!？?；;，,]|$))", re.MULTILINE)


def normalise_markers(text: str, count: int) -> str:
    """Every marker variant for a number from 1 to ``count`` as ``[n]``; "[1, 2]" becomes "[1][2]".
    Numbers out of range are left as written for verification to remove and name."""

    def bracketed(match: re.Match[str]) -> str:
        numbers = re.findall(r"\d{1,2}", match.group(1))
        return "".join(f"[{int(n)}]" for n in numbers)

    def parenthesised(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return f"[{n}]" if 1 <= n <= count else match.group(0)

    return _PARENTHESISED.sub(parenthesised, _BRACKETED.sub(bracketed, text))


def renumber(text: str, citations: list[Citation]) -> tuple[str, list[Citation]]:
    """Markers numbered 1, 2, 3… in the order the answer first uses them; the citations follow.
    A citation the text does not use is dropped."""
    by_marker = {c.marker: c for c in citations}
    order: dict[int, int] = {}
    for found in MARKER.findall(text):
        old = int(found)
        if old in by_marker and old not in order:
            order[old] = len(order) + 1
    renumbered = MARKER.sub(lambda m: f"[{order[int(m.group(1))]}]" if int(m.group(1)) in order else m.group(0), text)
    return renumbered, [by_marker[old].model_copy(update={"marker": new}) for old, new in order.items()]
