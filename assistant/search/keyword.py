"""A Chinese-aware BM25 keyword index over clauses.

Two tokenisers, chosen by ``PA_KEYWORD_TOKENIZER``: character unigrams and bigrams
(``bigram``, the default: robust to any wording) or jieba words with a domain dictionary
built from the guide's headings (``jieba``). ``evals/bench_retrieval.py`` measures both.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from assistant.quantities import normalise

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_ASCII_WORD = re.compile(r"[a-z]+|\d+(?:\.\d+)?")
# Frequent function characters carry no topic.
_STOP = set("的了和与及或在对为是按以其等由于将从向并可应各有不所之中上下")


def normalise_text(text: str) -> str:
    """The one normaliser (``assistant.quantities.normalise``), lower case."""
    return normalise(text).lower()


def bigram_tokens(text: str) -> list[str]:
    text = normalise_text(text)
    tokens: list[str] = []
    for run in _CJK_RUN.findall(text):
        tokens.extend(ch for ch in run if ch not in _STOP)
        tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
    tokens.extend(_ASCII_WORD.findall(text))
    return tokens


class JiebaTokenizer:
    def __init__(self, vocabulary: Iterable[str] = ()) -> None:
        import jieba

        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        for word in vocabulary:
            self._jieba.add_word(word, freq=2000)

    def __call__(self, text: str) -> list[str]:
        text = normalise_text(text)
        tokens = []
        for tok in self._jieba.lcut_for_search(text):
            tok = tok.strip()
            if tok and (len(tok) > 1 or (_CJK_RUN.fullmatch(tok) and tok not in _STOP) or tok.isdigit()):
                tokens.append(tok)
        return tokens


def domain_vocabulary(headings: Iterable[str]) -> set[str]:
    """Terms of the guide worth keeping whole: heading phrases split at punctuation."""
    words: set[str] = set()
    for heading in headings:
        for piece in re.split(r"[^\u4e00-\u9fff]+", heading):
            if 2 <= len(piece) <= 8:
                words.add(piece)
    return words


class KeywordIndex:
    """Okapi BM25 over token lists."""

    def __init__(self, documents: list[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.size = len(documents)
        self.lengths = [len(d) for d in documents]
        self.avg_length = sum(self.lengths) / max(self.size, 1)
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for doc_id, tokens in enumerate(documents):
            for token, tf in Counter(tokens).items():
                self.postings[token].append((doc_id, tf))
        self.idf = {
            token: math.log(1 + (self.size - len(p) + 0.5) / (len(p) + 0.5)) for token, p in self.postings.items()
        }

    def scores(self, query_tokens: list[str]) -> dict[int, float]:
        scores: dict[int, float] = defaultdict(float)
        for token, qtf in Counter(query_tokens).items():
            postings = self.postings.get(token)
            if not postings:
                continue
            idf = self.idf[token]
            for doc_id, tf in postings:
                norm = self.k1 * (1 - self.b + self.b * self.lengths[doc_id] / self.avg_length)
                scores[doc_id] += qtf * idf * tf * (self.k1 + 1) / (tf + norm)
        return scores

    def top(self, query_tokens: list[str], n: int, allowed: set[int] | None = None) -> list[tuple[int, float]]:
        scores = self.scores(query_tokens)
        ranked = sorted(
            ((d, s) for d, s in scores.items() if allowed is None or d in allowed), key=lambda x: (-x[1], x[0])
        )
        return ranked[:n]
