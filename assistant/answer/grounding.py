"""What a real language model writes, made safe and complete before it ships.

A model's reply is judged against the clauses it was shown and against the extractive answer of
the same turn (the composer's direct line per part):

- a reply that is empty, refuses a question the guide answers, or is in the other language is
  replaced by the extractive answer (``model_reply_replaced``);
- every sentence is grounded by verification (``verify(..., candidates=...)``): its figures and
  its key terms must be in the clause its marker names; the sentence is re-cited, or removed and
  replaced by the quote it was about;
- a part the extractive answer states a figure for, which the model left out, gets that direct
  line back (``part_restored``): the model's answer never gives less than quoting would.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answer.compose import Composer
from assistant.answer.question import FIGURE_SLOTS
from assistant.answer.sentences import shared_pairs, split_sentences
from assistant.language import CJK, detect_language
from assistant.models import MARKER, AnswerPart, AnswerWarning, Citation, Clause
from assistant.quantities import quantities

# A sentence shares its key terms with a clause when the clause writes at least this share of
# them (weighted by rarity in the guide: a rare word counts more than 企业 or 政策).
KEY_TERM_SHARE = 0.5
# Words this common in the guide say nothing about which provision a sentence rests on.
COMMON_WORD = 400
# A removed sentence gives way to a clause sentence that repeats at least this share of its
# character pairs (figures and markers aside), and at least MIN_SHARED pairs.
REPLACEMENT_SHARE = 0.3
MIN_SHARED = 4
# Replies that decline to answer, in the words models use instead of the refusal sentence.
_DECLINES = re.compile(
    r"没有(?:找到|提及|提到|明确|相关|涉及|规定)|未(?:找到|提及|提到|明确|涉及|规定)|无法(?:回答|确定|提供)|不能回答|"
    r"does not (?:cover|mention|state|specify|provide)|do not (?:cover|mention|state|specify|provide)|"
    r"not (?:mentioned|stated|specified|provided|covered)|no information|cannot (?:answer|determine|find)|unable to",
    re.IGNORECASE,
)
_OFFICE_ENDINGS = ("局", "委", "厅", "部", "办", "中心", "政府")
_CONTENT_TAGS = ("n", "v", "a", "j", "l", "i")  # jieba: nouns, verbs, adjectives, abbreviations, idioms
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|\"[^\"]*\"|《[^》]*》|（[^）]*）|\([^)]*\)")


class Grounding:
    """The checks a model's reply goes through, over the guide's words."""

    def __init__(self, composer: Composer, guide_terms: Callable[[str], list[str]]) -> None:
        self.composer = composer
        self.guide_terms = guide_terms  # an English text's glossary terms in the guide's words

    # --- the reply as a whole ---------------------------------------------------------------

    def reply_problem(self, text: str, lang: str, refusals: Sequence[str]) -> str | None:
        """Why the reply cannot stand at all, or None: empty, a refusal, or the other language."""
        bare = MARKER.sub("", text).strip()
        if not bare:
            return "the model's reply was empty"
        if any(sentence in bare for sentence in refusals) or (
            _DECLINES.search(bare) and not [q for q in quantities(bare) if q.unit]
        ):
            return "the model declined a question the guide's provisions answer"
        written = detect_language(_QUOTED.sub(" ", bare))
        if written != lang and (lang == "zh" or len(CJK.findall(_QUOTED.sub(" ", bare))) > 10):
            names = {"zh": "Chinese", "en": "English"}
            return f"the model answered in {names[written]}; the question is in {names[lang]}"
        return None

    # --- one sentence against one clause ------------------------------------------------------

    def key_terms(self, sentence: str) -> dict[str, float]:
        """The sentence's content words the guide uses, each weighted by rarity; an English
        sentence's are its glossary terms in the guide's words."""
        if detect_language(sentence) == "en":
            words = [w for w in self.guide_terms(sentence) if len(w) >= 2]
        else:
            words = [
                w for w, flag in self.composer._segment(sentence)
                if len(w) >= 2 and CJK.match(w) and flag[:1] in _CONTENT_TAGS
            ]  # fmt: skip
        weights = {}
        for word in dict.fromkeys(words):
            frequency = self.composer.frequency(word)
            if frequency <= COMMON_WORD:
                weights[word] = 1.0 / (1.0 + frequency) ** 0.5
        return weights

    def related(self, sentence: str, citation: Citation) -> bool:
        """The clause (with its headings) writes enough of the sentence's key terms; a sentence
        with none (a frame such as "根据指南：") relates to any clause."""
        terms = self.key_terms(sentence)
        total = sum(terms.values())
        if not total:
            return True
        where = re.sub(r"\s+", "", citation.text + " ".join(citation.title_path))
        return sum(w for term, w in terms.items() if term in where) / total >= KEY_TERM_SHARE

    def replacement(self, lang: str) -> Callable[[str, Sequence[Citation]], str | None]:
        """The quote a removed sentence was about: the sentence of the given clauses that repeats
        most of its wording, with its marker."""

        def quote_for(sentence: str, citations: Sequence[Citation]) -> str | None:
            wording = re.sub(r"[\d.,，、\s]+", "", MARKER.sub("", sentence))
            pairs = {wording[i : i + 2] for i in range(len(wording) - 1)}
            if len(pairs) < MIN_SHARED:
                return None
            wants_figure = bool([q for q in quantities(sentence) if q.unit])
            best: tuple[int, Citation, str] | None = None
            for citation in citations:
                for piece in split_sentences(citation.text):
                    if wants_figure and not [q for q in quantities(piece.text) if q.unit]:
                        continue
                    squashed = re.sub(r"[\d.,，、\s]+", "", piece.text)
                    shared = len(pairs & {squashed[i : i + 2] for i in range(len(squashed) - 1)})
                    if best is None or shared > best[0]:
                        best = (shared, citation, piece.text.strip())
            if best is None or best[0] < max(MIN_SHARED, REPLACEMENT_SHARE * len(pairs)):
                return None
            _, citation, text = best
            return f"{text}[{citation.marker}]" if lang == "zh" else f"“{text}” [{citation.marker}]"

        return quote_for

    # --- what the model left out --------------------------------------------------------------

    @staticmethod
    def lacks_figures(line: str, text: str, every: bool = False) -> bool:
        """``line`` states figures (with units), and ``text`` states none of them (``every``: not
        all of them)."""
        figures = [q for q in quantities(MARKER.sub("", line)) if q.unit]
        stated = {s.value for s in quantities(MARKER.sub("", text))}
        if not figures:
            return False
        return any(f.value not in stated for f in figures) if every else not any(f.value in stated for f in figures)

    def missing(self, part: AnswerPart, text: str) -> bool:
        """The model's answer does not state what the extractive direct line of this part states."""
        if not part.answered:
            return False
        line = MARKER.sub("", part.answer_line)
        if part.slot in FIGURE_SLOTS or [q for q in quantities(line) if q.unit]:
            return self.lacks_figures(line, text, every=True)  # a direct line's figures are the answer
        squashed = re.sub(r"\s+", "", MARKER.sub("", text))
        if part.slot == "doc_number":
            numbers = [re.sub(r"\s+", "", n) for n in re.findall(r"〔\s*\d{4}\s*〕\s*\d+\s*号", line)]
            return bool(numbers) and not all(n in squashed for n in numbers)
        if part.slot == "department":
            names = [n for n in re.split(r"[、，,；;：:\s]+", line) if len(n) >= 3 and n.endswith(_OFFICE_ENDINGS)]
            return bool(names) and not any(n in squashed for n in names)
        if part.slot == "validity":
            dates = [q for q in quantities(line) if q.unit]
            stated = quantities(MARKER.sub("", text))
            return bool(dates) and not any(d.value == s.value for d in dates for s in stated)
        return False


def citation_for_clause(clause: Clause, marker: int, context: str) -> Citation:
    """Citation ``marker`` of ``clause`` quoting its sentence that best matches ``context``."""
    sentences = split_sentences(clause.text)
    best = max(sentences, key=lambda s: shared_pairs(s.text, context), default=None)
    return Citation.of(marker, clause, best.start if best else 0, best.end if best else 0)


def context_of(text: str, marker: int) -> str:
    """The sentences of ``text`` that carry marker ``marker``."""
    return " ".join(s for s in re.split(r"(?<=[。！？.!?\n])", text) if f"[{marker}]" in s)


def restored_lines(
    parts: list[AnswerPart], quotes: list[str], text: str, grounding: Grounding, marker_of: Callable[[int], int]
) -> tuple[list[str], list[AnswerWarning]]:
    """The direct lines of the parts the model's answer leaves out, then the extractive answer's
    supporting quotes whose figures it leaves out, their markers renumbered into the model's
    numbering (``marker_of`` maps a composer marker to one)."""

    def renumbered(line: str) -> str:
        return MARKER.sub(lambda m: f"[{marker_of(int(m.group(1)))}]", line)

    lines: list[str] = []
    warnings: list[AnswerWarning] = []
    for part in parts:
        if grounding.missing(part, text):
            line = renumbered(part.answer_line)
            if line not in lines:
                lines.append(line)
            detail = f"the answer left out what the guide states for “{part.question}”; its quoted direct line was added"
            warnings.append(AnswerWarning(kind="part_restored", detail=detail))
    so_far = "\n".join([text, *lines])
    for quote in quotes:
        if grounding.lacks_figures(quote, so_far):
            lines.append(renumbered(quote))
            so_far += "\n" + quote
            detail = f"the answer left out the figures of the quote “{MARKER.sub('', quote)[:60]}”; the quote was added"
            warnings.append(AnswerWarning(kind="part_restored", detail=detail))
    return lines, warnings
