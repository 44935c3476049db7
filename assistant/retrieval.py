"""Hybrid clause search: Chroma vectors and a BM25 keyword index, fused."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from assistant.corpus import Corpus, load_clauses
from assistant.index import IndexProblem, chroma_client, date_key, embedding_text, read_manifest
from assistant.keyword import JiebaTokenizer, KeywordIndex, bigram_tokens, domain_vocabulary
from assistant.models import Clause
from assistant.settings import Settings
from embeddings import Embedder, load_embedder

LEVEL_ALIASES = {
    "国家级": "国家级", "国家": "国家级", "national": "国家级",
    "自治区级": "自治区级", "自治区": "自治区级", "region": "自治区级", "regional": "自治区级",
    "市级": "市级", "市": "市级", "city": "市级",
    "旗级": "旗级", "旗": "旗级", "banner": "旗级",
}

RRF_K = 60
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
    vector_rank: int | None = None
    keyword_rank: int | None = None

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

    @classmethod
    def load(cls, settings: Settings, embedder: Embedder | None = None, mode: str = "hybrid") -> Retriever:
        manifest = read_manifest(settings)
        corpus = Corpus(load_clauses(settings.clauses_path))
        embedder = embedder or load_embedder(settings.embeddings)
        if manifest.get("embedder") != embedder.model_id:
            raise IndexProblem(
                f"the index was built with {manifest.get('embedder')!r} but PA_EMBEDDINGS gives "
                f"{embedder.model_id!r}: run `policy-assistant ingest` to rebuild it"
            )
        if manifest.get("clauses") != len(corpus):
            raise IndexProblem("the index and the clauses disagree: run `policy-assistant ingest`")
        client = chroma_client(settings)
        try:
            collection = client.get_collection(settings.collection)
        except Exception as exc:  # noqa: BLE001 - chroma raises several types here
            raise IndexProblem(
                f"no Chroma collection {settings.collection!r} ({exc}): run `policy-assistant ingest`"
            ) from exc
        if (collection.metadata or {}).get("embedder") != embedder.model_id:
            raise IndexProblem(
                f"the Chroma collection was built with {(collection.metadata or {}).get('embedder')!r}, "
                f"not {embedder.model_id!r}: run `policy-assistant ingest` to rebuild it"
            )
        tokenize = make_tokenizer(settings.keyword_tokenizer, corpus)
        keyword = KeywordIndex([tokenize(embedding_text(c)) for c in corpus.clauses])
        return cls(settings, corpus, embedder, collection, keyword, tokenize, mode)

    def vector_ranking(self, query_vector: np.ndarray, n: int, filters: SearchFilters) -> list[tuple[str, float]]:
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

    def keyword_ranking(self, question: str, n: int, filters: SearchFilters) -> list[tuple[str, float]]:
        allowed = None
        if filters != SearchFilters():
            allowed = {i for i, c in enumerate(self.corpus.clauses) if filters.allows(c)}
        ranked = self.keyword.top(self.tokenize(question), n, allowed)
        return [(self.corpus.clauses[i].clause_id, s) for i, s in ranked]

    def search(self, question: str, k: int | None = None, filters: SearchFilters | None = None) -> list[Hit]:
        k = k or self.settings.search_k
        filters = filters or SearchFilters()
        vector: list[tuple[str, float]] = []
        keyword: list[tuple[str, float]] = []
        if self.mode in ("hybrid", "vector"):
            query_vector = self.embedder.embed_queries([question])[0]
            with self._lock:  # the embedded Chroma client is shared between threads
                vector = self.vector_ranking(query_vector, CANDIDATES, filters)
        if self.mode in ("hybrid", "keyword"):
            keyword = self.keyword_ranking(question, CANDIDATES, filters)
        return self.fuse(vector, keyword)[:k]

    def fuse(self, vector: list[tuple[str, float]], keyword: list[tuple[str, float]]) -> list[Hit]:
        hits: dict[str, Hit] = {}
        for rank, (cid, _score) in enumerate(vector, 1):
            hits[cid] = Hit(self.corpus.get(cid), 0.0, vector_rank=rank)
        for rank, (cid, _score) in enumerate(keyword, 1):
            hit = hits.setdefault(cid, Hit(self.corpus.get(cid), 0.0))
            hit.keyword_rank = rank
        if self.settings.fusion == "weighted":
            vmax = max((s for _, s in vector), default=1.0) or 1.0
            kmax = max((s for _, s in keyword), default=1.0) or 1.0
            vscore = dict(vector)
            kscore = dict(keyword)
            for cid, hit in hits.items():
                hit.score = 0.5 * vscore.get(cid, 0.0) / vmax + 0.5 * kscore.get(cid, 0.0) / kmax
        else:
            for hit in hits.values():
                hit.score = sum(1.0 / (RRF_K + r) for r in (hit.vector_rank, hit.keyword_rank) if r)
        return sorted(hits.values(), key=lambda h: (-h.score, self.corpus.order[h.clause.clause_id]))


def make_tokenizer(name: str, corpus: Corpus) -> Callable[[str], list[str]]:
    if name == "bigram":
        return bigram_tokens
    if name == "jieba":
        return JiebaTokenizer(domain_vocabulary(h for c in corpus.clauses for h in c.title_path))
    raise ValueError(f"unknown keyword tokenizer {name!r}: use 'bigram' or 'jieba'")
