"""The search index: clause vectors in Chroma (our own vectors, never Chroma's default
embedding function) and a manifest recording what built it."""

from __future__ import annotations

import hashlib
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from tqdm import tqdm

from assistant.corpus import Corpus, write_atomic
from assistant.models import Clause
from assistant.settings import Settings
from embeddings import Embedder, load_embedder
from embeddings.cache import EmbeddingCache, embed_passages_cached


class IndexProblem(RuntimeError):
    """The index is missing, corrupt, or was built by another embedder."""




def manifest_path(settings: Settings) -> Path:
    return settings.data_dir / "index.json"


def embedding_text(clause: Clause, with_title_path: bool = True) -> str:
    """What the embedder sees: the document and the nearest headings, then the clause."""
    if not with_title_path:
        return clause.text
    path = [p.removeprefix("——") for p in clause.title_path[-3:]]
    return " › ".join(path) + "\n" + clause.text


def corpus_fingerprint(corpus: Corpus) -> str:
    digest = hashlib.sha256()
    for clause in corpus.clauses:
        digest.update(clause.model_dump_json().encode())
    return digest.hexdigest()[:16]


def date_key(value: date | None) -> int:
    return int(value.strftime("%Y%m%d")) if value else 0


def clause_metadata(clause: Clause, order: int) -> dict[str, Any]:
    return {
        "order": order,
        "level": clause.level or "",
        "doc_title": clause.doc_title or "",
        "doc_number": clause.doc_number or "",
        "responsible_units": "、".join(clause.responsible_units),
        "valid_from": date_key(clause.valid_from),
        "valid_until": date_key(clause.valid_until),
    }


def chroma_client(settings: Settings, path: Path | None = None) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "localhost",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    return chromadb.PersistentClient(path=str(path or settings.chroma_dir), settings=chroma_settings)


def build_index(
    corpus: Corpus, settings: Settings, *, progress: bool = True, embedder: Embedder | None = None
) -> dict[str, Any]:
    """Embed every clause (cached by model and text) and write the Chroma collection."""
    started = time.perf_counter()
    embedder = embedder or load_embedder(settings.embeddings)
    texts = [embedding_text(c, settings.embed_title_path) for c in corpus.clauses]
    cache = EmbeddingCache(settings.embedding_cache_path)
    bar = tqdm(total=len(texts), desc="Embedding clauses", unit="clause", disable=not progress, file=sys.stderr)
    try:
        vectors = embed_passages_cached(embedder, texts, cache, on_batch=bar.update)
    finally:
        bar.close()
        cache.close()

    client = chroma_client(settings)
    try:
        client.delete_collection(settings.collection)
    except Exception:  # noqa: BLE001 - absent collection: nothing to delete
        pass
    collection = client.create_collection(
        settings.collection,
        configuration={"hnsw": {"space": "cosine"}},
        metadata={"embedder": embedder.model_id, "dimension": embedder.dimension},
        embedding_function=None,
    )
    batch = 500
    for start in range(0, len(texts), batch):
        chunk = corpus.clauses[start : start + batch]
        collection.add(
            ids=[c.clause_id for c in chunk],
            embeddings=vectors[start : start + batch].tolist(),
            documents=[c.text for c in chunk],
            metadatas=[clause_metadata(c, start + i) for i, c in enumerate(chunk)],
        )
    manifest = {
        "embedder": embedder.model_id,
        "dimension": embedder.dimension,
        "clauses": len(corpus),
        "corpus": corpus_fingerprint(corpus),
        "collection": settings.collection,
        "chroma": settings.chroma_url or "embedded",
        "embed_title_path": settings.embed_title_path,
        "seconds": round(time.perf_counter() - started, 2),
    }
    write_atomic(manifest_path(settings), json.dumps(manifest, ensure_ascii=False, indent=2))
    return manifest


def read_manifest(settings: Settings) -> dict[str, Any]:
    path = manifest_path(settings)
    if not path.is_file():
        raise IndexProblem(f"no search index under {settings.data_dir}: run `policy-assistant ingest`")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise IndexProblem(f"{path} is corrupt ({exc}): run `policy-assistant ingest`") from exc
