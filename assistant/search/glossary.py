"""Term maps into the guide's vocabulary: the English → Chinese domain glossary
(``corpus/glossary_en_zh.tsv``) lets English questions reach the Chinese clauses through the
keyword index and frames English answers; the colloquial Chinese list
(``corpus/colloquial_zh.tsv``) maps how investors talk (供暖, 电费, 圈舍) to how the guide
writes (供热, 电价, 养殖设施); the headings' English titles (``corpus/headings_en.tsv``) name the
guide's parts, sections and documents for an English reader."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.quantities import ENGLISH_NUMBERS
from assistant.settings import resources_dir

GLOSSARY_PATH = resources_dir() / "corpus" / "glossary_en_zh.tsv"
COLLOQUIAL_PATH = resources_dir() / "corpus" / "colloquial_zh.tsv"
HEADINGS_PATH = resources_dir() / "corpus" / "headings_en.tsv"
_WORD = re.compile(r"[a-z0-9]+(?:[&.,][a-z0-9]+)*")
# A run of Chinese characters in an English question: the guide's own words, as the asker writes them.
CJK_RUN = re.compile(r"([\u4e00-\u9fff]+)")
# A single English word names a thing when every guide word it stands for is at least this long.
NAMING_SENSE_CHARS = 3


def english_words(text: str) -> list[str]:
    """Lower-case words, crudely stemmed and spelled one way (British spellings as American ones:
    "standardisation" → standardization, "centre" → center); possessives dropped, hyphenated words
    split (grazing-ban → grazing ban)."""
    text = re.sub(r"['’]s\b", "", text.lower()).replace("-", " ")
    return [_spelled(_stem(w)) for w in _WORD.findall(text)]
MAX_PHRASE_WORDS = 5

# British spellings the American ones stand for: "-isation" always; "-ise" for the verbs whose American
# form is "-ize" (after "al", "il", or one of these stems; "enterprise", "exercise", "advertise" stay);
# "-re" and "-our" words and a few others by name.
_ISE = re.compile(r"^(?P<stem>[a-z]*(?:al|il|organ|recogn|subsid|standard|modern|priorit|author|mechan|optim|maxim|minim|"
                  r"monet|categor|incentiv|harmon|summar|emphas|custom|synchron|jeopard|apolog|critic|capital))is(?P<end>ations?|e|ed|es|ing|er|ers)$")
_SPELLINGS = {
    "centre": "center", "metre": "meter", "litre": "liter", "fibre": "fiber", "theatre": "theater", "kilometre": "kilometer",
    "programme": "program", "labour": "labor", "colour": "color", "favour": "favor", "honour": "honor", "harbour": "harbor",
    "neighbour": "neighbor", "behaviour": "behavior", "licence": "license", "defence": "defense", "ageing": "aging",
    "modelling": "modeling", "labelling": "labeling", "travelling": "traveling", "aluminium": "aluminum", "sulphur": "sulfur",
    "tyre": "tire", "grey": "gray", "paediatric": "pediatric", "enrolment": "enrollment", "fulfil": "fulfill",
}


def _spelled(word: str) -> str:
    if word in _SPELLINGS:
        return _SPELLINGS[word]
    if "isation" in word:
        return word.replace("isation", "ization")
    m = _ISE.match(word)
    return f"{m.group('stem')}iz{m.group('end')}" if m else word


# Words ending in "s" that are no plural: "this" stemmed as "thi" would find the dictionary's 本市
_NOT_PLURAL = re.compile(r"[a-z]*(?:ss|us|sis)|this|his")


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not _NOT_PLURAL.fullmatch(word):
        return word[:-1]
    return word


class Glossary:
    def __init__(self, entries: dict[tuple[str, ...], list[str]]) -> None:
        self.entries = entries

    @classmethod
    def load(cls, path: Path = GLOSSARY_PATH) -> Glossary:
        entries: dict[tuple[str, ...], list[str]] = {}
        lines = path.read_text(encoding="utf-8").splitlines()
        for line in lines[1:]:
            if "\t" not in line:
                continue
            english, chinese = line.split("\t", 1)
            key = tuple(english_words(english))
            if key:
                entries.setdefault(key, [])
                entries[key] += [t for t in chinese.split("|") if t and t not in entries[key]]
        return cls(entries)

    def translate_terms(self, text: str) -> list[str]:
        """Chinese terms for the English words and phrases of ``text``, longest phrases first."""
        return self.translate(text)[0]

    def translate(self, text: str) -> tuple[list[str], list[str]]:
        """The Chinese terms for the English words and phrases of ``text`` (longest phrases
        first), and the words no entry covers."""
        terms: list[str] = []
        unknown: list[str] = []
        for phrase, found in self.groups(text):
            if found:
                terms += [t for t in found if t not in terms]
            else:
                unknown += phrase
        return terms, unknown

    def groups(self, text: str) -> list[tuple[tuple[str, ...], list[str]]]:
        """Each English phrase of ``text`` the glossary knows (longest first) with its Chinese
        terms, and each word it does not know with none, in the order of the text."""
        words = english_words(text)
        out: list[tuple[tuple[str, ...], list[str]]] = []
        i = 0
        while i < len(words):
            for n in range(min(MAX_PHRASE_WORDS, len(words) - i), 0, -1):
                phrase = tuple(words[i : i + n])
                found = self.entries.get(phrase)
                if found and phrase[0] == "a" and i + n < len(words) and (words[i + n].isdigit() or words[i + n] in ENGLISH_NUMBERS):
                    continue  # "a class 4 talent": an article before the class its number names, not "A class"
                if found:
                    out.append((phrase, found))
                    i += n
                    break
            else:
                out.append(((words[i],), []))
                i += 1
        return out

    def render(self, text: str) -> str:
        """``text`` with each English phrase of two words or more that the glossary knows written as
        its Chinese terms (joined by /), and a single word whose every term is a word of three characters
        or more ("cooperative" → 合作社, "IP" → 知识产权: a single word's short senses are too loose to name an
        item, "city" → 市级); a letter class as the guide writes it ("class A", "C-class" → A类, C类) and a
        number word before a noun as a number with a counting word ("one A-class" → 1个A类), and a level
        adjective as the guide's level ("a regional centre and a national one" → 自治区级, 国家级), and a grade
        counted as the guide's grade ("two intermediate" → 2个中级): the words a
        list's items are named by in the guide, with the numbers put before them. The guide's words the
        asker writes in Chinese ("IP-management standard (贯标)") stay where they are."""
        return " ".join(piece if CJK_RUN.fullmatch(piece) else self._render_english(piece)
                        for piece in CJK_RUN.split(text) if piece.strip())

    def _render_english(self, text: str) -> str:
        text = _LETTER_CLASS.sub(lambda m: f" letterclass{(m.group(1) or m.group(2)).lower()} ", text)
        text = _BOTH_JOINING.sub("", text)
        out: list[str] = []
        after_level = False
        groups = self.groups(text)
        for i, (phrase, found) in enumerate(groups):
            word = phrase[0] if len(phrase) == 1 else ""
            if phrase in _LEVEL_PHRASES and i + 1 < len(groups) and groups[i + 1][0][0] not in _NOT_NAMED_AFTER_LEVEL:
                # "an autonomous-region SME cluster": the region as a level, as the guide's lists name it (自治区级)
                out.append(_LEVEL_PHRASES[phrase])
            elif found and (len(phrase) > 1 or min(map(len, found)) >= NAMING_SENSE_CHARS):
                out.append("/".join(found))
            elif word in _LEVEL_WORDS:  # but a level is a level ("a regional centre and a national one")
                out.append(_LEVEL_WORDS[word])
            elif word in _GRADE_WORDS and out and out[-1].endswith("个"):
                out.append(_GRADE_WORDS[word])  # "two intermediate (social workers)": a grade counted, 2个中级
            elif after_level and word == "one":
                out.append("one")  # "a national one": the thing named before, not a count of it
            elif word.isdigit() and i and groups[i - 1][0][-1] in _BEFORE_RANK:
                # "China's top 50", "ranked 70": a place in a ranking, as the guide writes it ("前 50 名"), no count of things
                if groups[i - 1][0][-1] == "top" and out and out[-1] == "top":
                    out[-1] = f"前{word}名"
                else:
                    out.append(word)
            elif word in _NUMBER_WORDS or (word.isdigit() and not (i and groups[i - 1][0][-1] in _BEFORE_YEAR and _YEAR.fullmatch(word))):
                out.append(f"{_NUMBER_WORDS.get(word, word)}个")  # ("by 2025": a year, not a count of what follows)
            else:
                out.append(" ".join(phrase))
            after_level = word in _LEVEL_WORDS
        rendered = re.sub(r"letterclass([a-f])", lambda m: f"{m.group(1).upper()}类", " ".join(out))
        return re.sub(r"个\s+", "个", rendered)


# A year a preposition puts in time ("by 2025", "in 2023"), not a number of the things after it.
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words before a number that make it a place in a ranking ("top 50", "ranked 70", "No. 3").
_BEFORE_RANK = frozenset({"top", "rank", "ranked", "ranking", "ranks", "no", "no."})
_BEFORE_YEAR = frozenset({"by", "in", "until", "till", "from", "since", "before", "after", "through", "to", "of", "during"})
# "class A", "category C", "C-class", "tier-B": a lettered class of the guide's lists (A类人才).
_LETTER_CLASS = re.compile(r"\b(?:class|category|tier|grade|type)[\s-]+([a-f])\b|\b([a-f])[\s-]+(?:class|category|tier|grade|type)\b"
                           r"(?![\s-]+(?:[a-f1-6]|one|two|three|four|five|six)\b)",
                           re.IGNORECASE)
# "both as a national … and as a regional one": "both" joining two phrases, not counting two things.
_BOTH_JOINING = re.compile(r"\bboth\s+(?=(?:as|a|an|the|in|at|of|for|to|by|from|with|on|under)\b)", re.IGNORECASE)
# The levels of the guide's lists ("国家级、自治区级、市级…分别给予…") as an English question names them.
_LEVEL_WORDS = {"national": "国家级", "regional": "自治区级", "municipal": "市级"}
# The grades of the guide's lists ("按照高级、中级、初级…证书给予…") as an English question counts them.
_GRADE_WORDS = {"senior": "高级", "intermediate": "中级", "junior": "初级"}
# ...and a place written before a noun it qualifies ("autonomous-region SME cluster"), which elsewhere is the place
# itself ("in the autonomous region"): a level only when a word follows that is no preposition, verb or article
_LEVEL_PHRASES = {("autonomous", "region"): "自治区级"}
_NOT_NAMED_AFTER_LEVEL = frozenset(
    "of in on at by for to from with and or but the a an as is are was were be been has have had do does did will would can "
    "could may might should shall must give gives gave pay pays paid offer offers provide provides grant grants that which who "
    "government level".split()
)
_NUMBER_WORDS = {**{word: str(n) for word, n in ENGLISH_NUMBERS.items()}, "another": "1", "both": "2"}


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    return Glossary.load()


@lru_cache(maxsize=1)
def _colloquial() -> tuple[tuple[str, tuple[str, ...]], ...]:
    pairs = []
    for line in COLLOQUIAL_PATH.read_text(encoding="utf-8").splitlines()[1:]:
        if "\t" in line:
            word, terms = line.split("\t", 1)
            pairs.append((word, tuple(t for t in terms.split("|") if t)))
    return tuple(pairs)


def guide_terms(text: str) -> list[str]:
    """The guide's terms for the colloquial Chinese words of ``text`` (供暖 → 供热)."""
    terms: list[str] = []
    for word, targets in _colloquial():
        if word in text:
            terms += [t for t in targets if t not in terms and t not in text]
    return terms


@lru_cache(maxsize=1)
def _english_of() -> dict[str, str]:
    """Chinese term → the shortest English phrase the glossary gives for it."""
    out: dict[str, str] = {}
    for key, terms in default_glossary().entries.items():
        phrase = " ".join(key)
        for term in terms:
            if term not in out or len(phrase) < len(out[term]):
                out[term] = phrase
    return out


def english_label(chinese: str) -> str:
    """An English name for a heading or subject written in Chinese: the glossary's phrase for the
    whole text, else for the longest glossary term it contains; "" when the glossary has none."""
    table = _english_of()
    text = chinese.strip()
    if text in table:
        return table[text]
    best = max((term for term in table if len(term) >= 2 and term in text), key=len, default="")
    # a term naming a small part of the heading ("政策" in a long heading) would mislabel it
    return table[best] if best and len(best) * 2 >= len(text) else ""


@lru_cache(maxsize=1)
def _heading_titles() -> dict[str, str]:
    """A heading's words, spaces removed → its English title."""
    titles: dict[str, str] = {}
    for line in HEADINGS_PATH.read_text(encoding="utf-8").splitlines()[1:]:
        if "\t" in line:
            chinese, english = line.split("\t", 1)
            titles["".join(chinese.split())] = english.strip()
    return titles


def heading_label(heading: str) -> str:
    """The English title of one of the guide's headings, given in its own words without its numbering
    ("伊金霍洛旗地方性肉牛保险政策" → "Ejin Horo Banner local beef-cattle insurance"; spaces do not
    matter); "" for a heading the titles do not know. Unlike :func:`english_label`, never a
    search term standing for part of the heading."""
    return _heading_titles().get("".join(heading.split()), "")


def reader_label(chinese: str) -> str:
    """An English name for what a direct line is about: the heading's English title when it is one
    of the guide's headings, else the glossary's phrase for it (:func:`english_label`), else ""."""
    return heading_label(chinese) or english_label(chinese)
