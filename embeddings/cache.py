"""Embedding cache keyed by (model id, text hash): re-ingesting unchanged clauses costs nothing."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

from policy_assistant_embeddings.base import Embedder


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """A small SQLite table of passage vectors."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT, key TEXT, dim INTEGER, vector BLOB, "
            "PRIMARY KEY (model, key))"
        )
        self._lock = threading.Lock()

    def get_many(self, model: str, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT key, vector FROM vectors WHERE model = ? AND key IN ({marks})", [model, *chunk]
                )
                for key, blob in rows:
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, model: str, items: dict[str, np.ndarray]) -> None:
        with self._lock, self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)",
                [(model, k, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
            )

    def close(self) -> None:
        self._db.close()


def embed_passages_cached(
    embedder: Embedder,
    texts: list[str],
    cache: EmbeddingCache | None,
    *,
    batch_size: int = 16,
    on_batch: Callable[[int], None] | None = None,
) -> np.ndarray:
    """Embed ``texts``, taking what the cache has and storing what it lacks."""
    keys = [text_key(t) for t in texts]
    have = cache.get_many(embedder.model_id, keys) if cache else {}
    missing = [i for i, k in enumerate(keys) if k not in have]
    if on_batch and len(texts) > len(missing):
        on_batch(len(texts) - len(missing))
    for start in range(0, len(missing), batch_size):
        batch = missing[start : start + batch_size]
        vectors = embedder.embed_passages([texts[i] for i in batch])
        fresh = {keys[i]: vectors[j] for j, i in enumerate(batch)}
        have.update(fresh)
        if cache:
            cache.put_many(embedder.model_id, fresh)
        if on_batch:
            on_batch(len(batch))
    return np.stack([have[k] for k in keys]) if texts else np.zeros((0, embedder.dimension), np.float32)
