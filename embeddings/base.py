"""One small interface for every embedding backend."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Embedder(Protocol):
    """Turns questions and clause texts into L2-normalised float32 vectors."""

    @property
    def model_id(self) -> str:
        """A stable name of the model and its settings; recorded in the index that it built."""
        ...

    @property
    def dimension(self) -> int: ...

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Vectors for questions, shape ``(len(texts), dimension)``."""
        ...

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Vectors for clause texts, shape ``(len(texts), dimension)``."""
        ...


def normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms
