"""The search index: clause vectors in Chroma (our own vectors, never Chroma's default
embedding function) and a manifest recording what built it."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from tqdm import tqdm

from assistant.guide.corpus import Corpus, write_atomic
from assistant.models import Clause
from assistant.settings import Settings
from policy_assistant_embeddings import Embedder, load_embedder
from policy_assistant_embeddings.cache import EmbeddingCache, embed_passages_cached


class IndexProblem(RuntimeError):
    """The index is missing, corrupt, or was built by another embedder."""


class EmbedderMismatch(IndexProblem):
    """The index was built by another embedder than the configured one."""




def manifest_path(settings: Settings) -> Path:
    return settings.manifest_path


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
    corpus: Corpus,
    settings: Settings,
    *,
    progress: bool = True,
    embedder: Embedder | None = None,
    snapshot: Path | None = None,
) -> dict[str, Any]:
    """Embed every clause (cached by model and text) and write a fresh Chroma collection:
    in ``snapshot/chroma`` for the embedded store, or as a new collection on a Chroma server.
    Returns the index part of the manifest; nothing that serves queries is touched."""
    started = time.perf_counter()
    embedder = embedder or load_embedder(settings.embeddings, min(os.cpu_count() or 1, 4))
    texts = [embedding_text(c, settings.embed_title_path) for c in corpus.clauses]
    cache = EmbeddingCache(settings.embedding_cache_path)
    bar = tqdm(total=len(texts), desc="Embedding clauses", unit="clause", disable=not progress, file=sys.stderr)
    try:
        vectors = embed_passages_cached(embedder, texts, cache, on_batch=bar.update)
    finally:
        bar.close()
        cache.close()

    snapshot = snapshot or settings.snapshot_dir
    collection_name = f"{settings.collection}-{snapshot.name}" if settings.chroma_url else settings.collection
    client = chroma_client(settings, snapshot / "chroma")
    collection = client.create_collection(
        collection_name,
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
    return {
        "index": True,
        "embedder": embedder.model_id,
        "dimension": embedder.dimension,
        "collection": collection_name,
        "chroma": settings.chroma_url or "embedded",
        "embed_title_path": settings.embed_title_path,
        "index_seconds": round(time.perf_counter() - started, 2),
    }


def publish(settings: Settings, corpus: Corpus, snapshot: Path, index: dict[str, Any] | None) -> dict[str, Any]:
    """Point the manifest at a finished snapshot (one atomic rename), then drop older ones."""
    previous = None
    try:
        previous = read_manifest(settings)
    except IndexProblem:
        pass
    manifest = {
        "snapshot": snapshot.name,
        "clauses": len(corpus),
        "corpus": corpus_fingerprint(corpus),
        **(index or {"index": False}),
    }
    write_atomic(manifest_path(settings), json.dumps(manifest, ensure_ascii=False, indent=2))
    for old in (settings.data_dir / "snapshots").iterdir():
        if old.name != snapshot.name and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    if previous and settings.chroma_url and previous.get("collection") not in (None, manifest.get("collection")):
        try:
            chroma_client(settings).delete_collection(previous["collection"])
        except Exception:  # noqa: BLE001 - an unreachable or already-deleted old collection is harmless
            pass
    return manifest


def new_snapshot(settings: Settings) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = settings.data_dir / "snapshots" / f"{stamp}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    path.mkdir(parents=True)
    return path


def read_manifest(settings: Settings) -> dict[str, Any]:
    path = manifest_path(settings)
    if not path.is_file():
        raise IndexProblem(f"no search index under {settings.data_dir}: run `policy-assistant ingest`")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise IndexProblem(f"{path} is corrupt ({exc}): run `policy-assistant ingest`") from exc
