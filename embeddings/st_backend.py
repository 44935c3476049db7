"""Any sentence-transformers model by name or local path (bge-m3, bge-small-zh-v1.5, …).

Optional: ``pip install -e '.[st]'``. Models are loaded from a local path or the local cache;
set ``HF_HUB_OFFLINE=1`` on machines without access to a model hub.
"""

from __future__ import annotations

import threading

import numpy as np

from policy_assistant_embeddings.base import normalise

# Instruction prefixes some model families expect; others embed the bare text.
_PREFIXES: dict[str, tuple[str, str]] = {
    "e5": ("query: ", "passage: "),
    "bge-small-zh": ("为这个句子生成表示以用于检索相关文章：", ""),
    "bge-large-zh": ("为这个句子生成表示以用于检索相关文章：", ""),
}


class SentenceTransformerEmbedder:
    def __init__(self, model: str, device: str = "cpu", batch_size: int = 32) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - depends on the optional extra
            raise RuntimeError(
                "the sentence-transformers backend needs the optional extra: pip install -e '.[st]'"
            ) from exc
        self._name = model
        self._model = SentenceTransformer(model, device=device)
        self._batch_size = batch_size
        self._lock = threading.Lock()
        lowered = model.lower()
        self._query_prefix, self._passage_prefix = next(
            (p for key, p in _PREFIXES.items() if key in lowered), ("", "")
        )

    @property
    def model_id(self) -> str:
        return f"sentence-transformers/{self._name}"

    @property
    def dimension(self) -> int:
        getter = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = getter()
        assert dim is not None
        return int(dim)

    def _encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            vectors = self._model.encode(
                texts, batch_size=self._batch_size, normalize_embeddings=True, convert_to_numpy=True
            )
        return normalise(vectors)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode([self._query_prefix + t for t in texts])

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode([self._passage_prefix + t for t in texts])
