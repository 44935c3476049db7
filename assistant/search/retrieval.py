"""Hybrid clause search: Chroma vectors and a BM25 keyword index, fused."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from assistant.guide.corpus import Corpus, CorpusMissingError, load_clauses
from assistant.language import CJK, detect_language
from assistant.models import Clause
from assistant.search.dictionary import LazyDictionary
from assistant.search.glossary import default_glossary, guide_terms
from assistant.search.index import EmbedderMismatch, IndexProblem, chroma_client, date_key, embedding_text, read_manifest
from assistant.search.keyword import JiebaTokenizer, KeywordIndex, bigram_tokens, domain_vocabulary
from assistant.settings import Settings
from policy_assistant_embeddings import Embedder, load_embedder

log = logging.getLogger(__name__)

LEVEL_ALIASES = {
    "国家级": "国家级", "国家": "国家级", "national": "国家级",
    "自治区级": "自治区级", "自治区": "自治区级", "region": "自治区级", "regional": "自治区级",
    "市级": "市级", "市": "市级", "city": "市级",
    "旗级": "旗级", "旗": "旗级", "banner": "旗级",
}

CANDIDATES = 50


def canonical_level(level: str) -> str:
    try:
        return LEVEL_ALIASES[level.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown level {level!r}: use one of 国家级, 自治区级, 市级, 旗级 "
                         "(or national, region, city, banner)") from None


@dataclass(frozen=True)
class SearchFilters:
    """Metadata filters of a search."""

    levels: tuple[str, ...] = ()
    doc_title: str | None = None
    valid_on: date | None = None  # only clauses whose stated period has not ended by this date

    def allows(self, clause: Clause) -> bool:
        if self.levels and clause.level not in self.levels:
            return False
        if self.doc_title and self.doc_title not in (clause.doc_title or ""):
            return False
        if self.valid_on and clause.valid_until and clause.valid_until < self.valid_on:
            return False
        return True

    def chroma_where(self) -> dict[str, Any] | None:
        conditions: list[dict[str, Any]] = []
        if self.levels:
            conditions.append({"level": {"$in": list(self.levels)}})
        if self.valid_on:
            today = date_key(self.valid_on)
            conditions.append({"$or": [{"valid_until": {"$eq": 0}}, {"valid_until": {"$gte": today}}]})
        if not conditions:
            return None
        return conditions[0] if len(conditions) == 1 else {"$and": conditions}


@dataclass
class Hit:
    clause: Clause
    score: float
    vector_score: float = 0.0  # best cosine similarity of the question (or its translation) and the clause

    def as_result(self) -> dict[str, Any]:
        return {
            "clause_id": self.clause.clause_id,
            "title_path": self.clause.title_path,
            "text": self.clause.text,
            "score": round(self.score, 6),
        }


@dataclass
class Retriever:
    """Loads the clauses, the embedder and the index once; then answers searches."""

    settings: Settings
    corpus: Corpus
    embedder: Embedder
    collection: Any
    keyword: KeywordIndex
    tokenize: Callable[[str], list[str]]
    mode: str = "hybrid"
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _local: threading.local = field(default_factory=threading.local)
    dictionary: LazyDictionary | None = None
    _vectors: tuple[list[str], np.ndarray] | None = field(default=None, repr=False)  # exact search: ids and unit vectors

    def __post_init__(self) -> None:
        if self.dictionary is None and self.settings.english_dictionary:
            self.dictionary = LazyDictionary(c.text for c in self.corpus.clauses)

    @classmethod
    def load(cls, settings: Settings, embedder: Embedder | None = None, mode: str = "hybrid") -> Retriever:
        manifest = read_manifest(settings)
        if not manifest.get("index"):
            raise IndexProblem("the clauses were ingested without a search index: run `policy-assistant ingest`")
        try:
            corpus = Corpus(load_clauses(settings.clauses_path))
        except CorpusMissingError as exc:
            raise IndexProblem(str(exc)) from exc
        embedder = embedder or load_embedder(settings.embeddings, settings.embed_workers or 1)
        if manifest.get("embedder") != embedder.model_id:
            raise EmbedderMismatch(
                f"the index was built with {manifest.get('embedder')!r} but PA_EMBEDDINGS gives "
                f"{embedder.model_id!r}: run `policy-assistant ingest` to rebuild it"
            )
        if manifest.get("clauses") != len(corpus):
            raise IndexProblem("the index and the clauses disagree: run `policy-assistant ingest`")
        if not settings.chroma_url and not settings.chroma_dir.is_dir():
            raise IndexProblem(f"the index directory {settings.chroma_dir} is missing: run `policy-assistant ingest`")
        client = chroma_client(settings)
        try:
            collection = client.get_collection(manifest["collection"])
        except Exception as exc:  # noqa: BLE001 - chroma raises several types here
            raise IndexProblem(
                f"no Chroma collection {manifest['collection']!r} ({exc}): run `policy-assistant ingest`"
            ) from exc
        if (collection.metadata or {}).get("embedder") != embedder.model_id:
            raise EmbedderMismatch(
                f"the Chroma collection was built with {(collection.metadata or {}).get('embedder')!r}, "
                f"not {embedder.model_id!r}: run `policy-assistant ingest` to rebuild it"
            )
        tokenize = make_tokenizer(settings.keyword_tokenizer, corpus)
        keyword = KeywordIndex([tokenize(embedding_text(c)) for c in corpus.clauses])
        return cls(settings, corpus, embedder, collection, keyword, tokenize, mode)

    def vector_ranking(self, query_vector: np.ndarray, n: int, filters: SearchFilters) -> list[tuple[str, float]]:
        if self.settings.exact_vectors and not self.settings.chroma_url:
            return self._exact_ranking(query_vector, n, filters)
        result = self.collection.query(
            query_embeddings=[query_vector.tolist()],
            n_results=min(n, len(self.corpus)),
            where=filters.chroma_where(),
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = result["distances"][0]
        # Chroma filters levels and dates; a document-title substring is checked here.
        return [
            (cid, 1.0 - float(d)) for cid, d in zip(ids, distances) if filters.allows(self.corpus.get(cid))
        ]

    def _exact_ranking(self, query_vector: np.ndarray, n: int, filters: SearchFilters) -> list[tuple[str, float]]:
        """The ``n`` clauses of highest cosine similarity, computed over every stored vector (ties
        in the guide's order), with the filters applied: what the approximate search estimates."""
        ids, matrix = self._stored_vectors()
        query = np.asarray(query_vector, dtype=np.float32)
        scores = matrix @ (query / (np.linalg.norm(query) or 1.0))
        allowed = np.array([filters.allows(self.corpus.get(cid)) for cid in ids]) if filters != SearchFilters() else None
        order = np.lexsort((np.arange(len(ids)), -scores))  # highest first, then the guide's order
        ranked = [i for i in order if allowed is None or allowed[i]][:n]
        return [(ids[i], float(scores[i])) for i in ranked]

    def _stored_vectors(self) -> tuple[list[str], np.ndarray]:
        """The collection's ids and unit-length vectors, in the guide's order, read once (under the
        search's lock, which the caller holds)."""
        if self._vectors is None:
            stored = self.collection.get(include=["embeddings"])
            by_id = dict(zip(stored["ids"], stored["embeddings"]))
            ids = [c.clause_id for c in self.corpus.clauses if c.clause_id in by_id]
            matrix = np.asarray([by_id[cid] for cid in ids], dtype=np.float32)
            matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
            self._vectors = (ids, matrix)
        return self._vectors

    def keyword_ranking(self, question: str, n: int, filters: SearchFilters) -> list[tuple[str, float]]:
        allowed = None
        if filters != SearchFilters():
            allowed = {i for i, c in enumerate(self.corpus.clauses) if filters.allows(c)}
        ranked = self.keyword.top(self.tokenize(question), n, allowed)
        return [(self.corpus.clauses[i].clause_id, s) for i, s in ranked]

    def translated(self, question: str, *, broad: bool = False) -> str | None:
        """For an English question: its numbers and the Chinese glossary terms of its words, and
        when ``broad``, the dictionary's guide words for the words the glossary lacks (search and
        the composer's scoring use them; the question model's terms and the relevance floor keep
        to the curated glossary). For a Chinese one: the guide's terms for its colloquial words
        (供暖 → 供热), if any."""
        if detect_language(question) == "zh":
            return " ".join(guide_terms(question)) or None
        if not self.settings.translate_english:
            return None
        terms = list(dict.fromkeys(t for group in self.english_groups(question, broad=broad) for t in group))
        if not terms:
            return None
        numbers = re.findall(r"\d+(?:\.\d+)?", question)
        return " ".join(numbers + terms)

    def english_groups(self, text: str, *, broad: bool = False) -> list[list[str]]:
        """The guide words of each English word or glossary phrase of ``text``, in order: the
        glossary's terms, and when ``broad`` the dictionary's for the words it lacks."""
        groups: list[list[str]] = []
        for phrase, found in default_glossary().groups(text):
            if found:
                groups.append(found)
            elif broad and self.dictionary is not None:
                words = self.dictionary.get().terms(phrase)
                if words:
                    groups.append(words)
        return groups

    def search(self, question: str, k: int | None = None, filters: SearchFilters | None = None) -> list[Hit]:
        """The best ``k`` clauses: vector and keyword rankings fused. An English question is also
        searched by its glossary translation (a second vector ranking and keyword terms)."""
        k = k or self.settings.search_k
        filters = filters or SearchFilters()
        question = question[: self.settings.max_query_chars]  # the embedder reads ~512 tokens anyway
        translation = self.translated(question, broad=True)
        rankings: list[list[tuple[str, float]]] = []
        self._local.degraded = None
        vector_lists = 0
        # an English question's translation is searched as a second query; a Chinese question's
        # guide terms only join its keywords (as a vector query they pull in loose matches)
        english = translation is not None and detect_language(question) == "en"
        if self.mode in ("hybrid", "vector"):
            texts = [question] + ([translation] if english else [])
            vectors = self.embedder.embed_queries([embedded_start(t, self.settings.max_embedded_units) for t in texts])
            try:
                with self._lock:  # the embedded Chroma client is shared between threads
                    rankings += [self.vector_ranking(v, CANDIDATES, filters) for v in vectors]
                vector_lists = len(rankings)
            except Exception as exc:  # noqa: BLE001 - e.g. a Chroma server that went away
                log.warning("vector search failed (%s); keyword search only", exc)
                self._local.degraded = f"vector search unavailable ({type(exc).__name__}); results from keyword search only"
                rankings = []
        if self.mode in ("hybrid", "keyword") or self._local.degraded:
            query = f"{question} {translation}" if translation else question
            rankings.append(self.keyword_ranking(query, CANDIDATES, filters))
        weights = [self.settings.english_vector_weight if english and i == 0 else 1.0 for i in range(vector_lists)]
        weights += [self.settings.keyword_weight] * (len(rankings) - vector_lists)
        return self.fuse(rankings, vector_lists=vector_lists, weights=weights)[:k]

    @property
    def degraded(self) -> str | None:
        """Why the last search on this thread fell back to keywords only, if it did."""
        return getattr(self._local, "degraded", None)

    def fuse(self, rankings: list[list[tuple[str, float]]], vector_lists: int, weights: list[float] | None = None) -> list[Hit]:
        """Reciprocal-rank fusion (or a weighted sum of max-normalised scores) of the rankings, each
        counted with its weight (1 when none is given); the first ``vector_lists`` rankings are
        vector rankings, the rest keyword rankings."""
        hits: dict[str, Hit] = {}
        weighted = self.settings.fusion == "weighted"
        for index, ranking in enumerate(rankings):
            is_vector = index < vector_lists
            weight = weights[index] if weights else 1.0
            top = max((score for _, score in ranking), default=1.0) or 1.0
            for rank, (cid, score) in enumerate(ranking, 1):
                hit = hits.get(cid)
                if hit is None:
                    hit = hits[cid] = Hit(self.corpus.get(cid), 0.0)
                if is_vector:
                    hit.vector_score = max(hit.vector_score, score)
                hit.score += weight * ((score / top) / len(rankings) if weighted else 1.0 / (self.settings.rrf_k + rank))
        return sorted(hits.values(), key=lambda h: (-h.score, self.corpus.order[h.clause.clause_id]))


# Of a query cut for embedding, this many units of its end are kept after its start: a follow-up
# searched with a long question before it ("…110千伏工业电价多少？ 那10千伏呢？") keeps its own words.
EMBEDDED_TAIL_UNITS = 24


def _units(char: str) -> float:
    return 1.0 if CJK.match(char) else 0.25


def _within(text: str, units: float) -> int:
    """How many leading characters of ``text`` fit in ``units``."""
    used = 0.0
    for i, char in enumerate(text):
        used += _units(char)
        if used > units:
            return i
    return len(text)


def embedded_start(text: str, units: int) -> str:
    """What of a query is embedded: at most ``units`` Chinese characters, four other characters
    counting as one (a Chinese character is about one token of the embedder, an English word
    about one and a half); a longer query keeps its start and its last EMBEDDED_TAIL_UNITS.
    Keyword search still reads the whole query."""
    if _within(text, units) == len(text):
        return text
    tail_chars = _within(text[::-1], EMBEDDED_TAIL_UNITS)
    head = text[: _within(text, units - EMBEDDED_TAIL_UNITS)]
    return f"{head} {text[len(text) - tail_chars :]}"


def make_tokenizer(name: str, corpus: Corpus) -> Callable[[str], list[str]]:
    if name == "bigram":
        return bigram_tokens
    if name == "jieba":
        return JiebaTokenizer(domain_vocabulary(h for c in corpus.clauses for h in c.title_path))
    raise ValueError(f"unknown keyword tokenizer {name!r}: use 'bigram' or 'jieba'")
