"""Quote selection: the question's IDF-weighted terms, and the sentences of clauses that best match them."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answer.sentences import Sentence, split_provisions
from assistant.models import Clause
from assistant.search.keyword import KeywordIndex

# A clause this short is quoted whole.
WHOLE_CLAUSE_CHARS = 90
MAX_QUOTES = 4
MAX_CLAUSES = 3
# A sentence is quoted when it scores at least this share of the best sentence.
KEEP_RATIO = 0.55
# Within a clause already quoted, a further sentence is quoted at this lower share.
SAME_CLAUSE_KEEP_RATIO = 0.4
# The ；-separated tiers of one provision are quoted together up to this length.
PROVISION_CHARS = 150


@dataclass
class Candidate:
    clause: Clause
    rank: int
    sentence: Sentence
    score: float


class QuestionTerms:
    """The question's tokens, IDF-weighted; a follow-up's previous question counts less."""

    def __init__(self, tokens: list[str], previous: list[str], keyword: KeywordIndex) -> None:
        self.weights: dict[str, float] = {}
        self.keys: set[str] = set()  # words a provision must state to answer (set by the composer)
        # the rare words of the situation a figure is asked in ("低空飞行器企业落户…，给多少落户奖励"):
        # a provision paying the figure must state one of them too (set by the composer)
        self.subject: set[str] = set()
        # a key that stands for a compound the guide never writes ("个人所得税" → 所得税), with the
        # compound's words before it ("个人"): another compound of it ("企业所得税") does not state it
        self.compounds: dict[str, str] = {}
        # the word a figure is asked of ("公示多少天" → 公示; "what is the registration fee" → 登记费…):
        # a provision must state it, or one of its ways of writing it, too
        self.aspect: tuple[str, ...] = ()
        # the keys one unbroken run of a question asking a rate writes ("知识产权质押贷款" → 知识产权, 贷款): one thing
        # named by them together, which a provision must state every one of (set by the composer)
        self.together: list[set[str]] = []
        # Words asked once but written in the guide several ways (an English word's translations):
        # each group counts once, by the alternative a text matches best.
        self.alternatives: list[list[dict[str, float]]] = []
        self._idf = keyword.idf
        self._own = frozenset(tokens)
        for token_list, factor in ((previous, 0.3), (tokens, 1.0)):
            for token in set(token_list):
                idf = keyword.idf.get(token)
                if idf is None:
                    continue
                self.weights[token] = max(self.weights.get(token, 0.0), factor * idf)

    def add_alternatives(self, options: list[list[str]], factor: float = 1.0) -> None:
        """One asked word and the token lists of its ways of writing it, at full weight (times ``factor``)."""
        weighted = [{t: factor * self._idf[t] for t in set(tokens) if t in self._idf} for tokens in options]
        weighted = [w for w in weighted if w]
        if weighted:
            self.alternatives.append(weighted)

    @property
    def total(self) -> float:
        return sum(self.weights.values()) + sum(max(sum(o.values()) for o in group) for group in self.alternatives)

    def has(self, token: str) -> bool:
        return token in self.weights or any(token in o for group in self.alternatives for o in group)

    def overlap(self, tokens: list[str]) -> float:
        present = set(tokens)
        plain = sum(w for t, w in self.weights.items() if t in present)
        return plain + sum(max(sum(w for t, w in o.items() if t in present) for o in group) for group in self.alternatives)

    def words_stated(self, tokens: list[str]) -> float:
        """How many of the asked words (not the context's) ``tokens`` state: an asked token counts one,
        and so does a word written several ways when one way's main token (its rarest) is there."""
        present = set(tokens)
        plain = sum(1 for t in self._own if t in self.weights and t in present)
        return plain + sum(1 for group in self.alternatives if any(max(o, key=o.__getitem__) in present for o in group))


HAS_NUMBER = re.compile(r"\d")
NUMBER_BONUS = 1.3
# A stretch of the question's own words this long or longer found in a sentence raises its score
# by PHRASE_WEIGHT per character.
PHRASE_MIN = 4
PHRASE_WEIGHT = 0.15
_NOT_WORD = re.compile(r"[\s，,。？?！!；;：:、“”\"'（）()]+")


def shared_stretch(phrase: str, text: str) -> int:
    """The length of the longest stretch of ``phrase`` (punctuation and spaces aside) that ``text`` contains."""
    words = [w for w in _NOT_WORD.split(phrase) if len(w) >= PHRASE_MIN]
    squashed = _NOT_WORD.sub("", text)
    best = 0
    for word in words:
        for size in range(len(word), max(best, PHRASE_MIN - 1), -1):
            if any(word[i : i + size] in squashed for i in range(len(word) - size + 1)):
                best = size
                break
    return best


def select_quotes(
    clauses: list[Clause],
    terms: QuestionTerms,
    tokenize,
    *,
    max_quotes: int = MAX_QUOTES,
    wants_number: bool = False,
    must_match: re.Pattern[str] | None = None,
    phrase: str = "",
    fit: Callable[[str], float] | None = None,
) -> list[Candidate]:
    """The sentences (or whole short clauses) worth quoting, best clause first, document order
    within a clause; with ``must_match``, only sentences that match it (one naming a department,
    a date, a document number). A sentence repeating a stretch of ``phrase`` (the words that ask)
    of PHRASE_MIN characters or more scores higher the longer the stretch: "国医大师" names the
    line of a catalogue that is asked about."""
    candidates: list[Candidate] = []
    for rank, clause in enumerate(clauses):
        prior = 1.0 / (1.0 + 0.25 * rank)
        if len(clause.text) <= WHOLE_CLAUSE_CHARS:
            units = [Sentence(clause.text, 0, len(clause.text))]
        else:
            units = split_provisions(clause.text, PROVISION_CHARS)
        context = terms.overlap(tokenize(" ".join(clause.title_path[-2:])))
        for sentence in units:
            if must_match is not None and not must_match.search(sentence.text):
                continue
            tokens = tokenize(sentence.text)
            score = terms.overlap(tokens) + 0.3 * context
            if wants_number and HAS_NUMBER.search(sentence.text):
                score *= NUMBER_BONUS
            if phrase:
                score *= 1 + PHRASE_WEIGHT * max(0, shared_stretch(phrase, sentence.text) - PHRASE_MIN + 1)
            # long sentences match more by chance
            score *= prior / math.sqrt(max(1.0, len(sentence.text) / 60))
            if fit is not None:  # how well the question's own figures meet the sentence's thresholds
                score *= fit(sentence.text)
            candidates.append(Candidate(clause, rank, sentence, score))
    if not candidates:
        return []
    best = max(c.score for c in candidates)
    if best <= 0:
        top = [c for c in candidates if c.rank == 0][:2]
        return top
    kept = sorted((c for c in candidates if c.score >= KEEP_RATIO * best), key=lambda c: -c.score)
    chosen: list[Candidate] = []
    clause_ids: list[str] = []
    for cand in kept:
        if cand.clause.clause_id not in clause_ids:
            if len(clause_ids) >= MAX_CLAUSES:
                continue
            clause_ids.append(cand.clause.clause_id)
        chosen.append(cand)
        if len(chosen) >= max_quotes:
            break
    # the rest of a clause already quoted often completes its provision (another tier, another
    # crop) without adding a source
    if len(chosen) < max_quotes:
        picked = {id(c) for c in chosen}
        same_clause = (c for c in candidates if id(c) not in picked and c.clause.clause_id in clause_ids)
        more = sorted((c for c in same_clause if c.score >= SAME_CLAUSE_KEEP_RATIO * best), key=lambda c: -c.score)
        chosen += more[: max_quotes - len(chosen)]
    order = {cid: i for i, cid in enumerate(clause_ids)}
    return sorted(chosen, key=lambda c: (order[c.clause.clause_id], c.sentence.start))
