import numpy as np

from policy_assistant_embeddings.cache import EmbeddingCache, embed_passages_cached


class CountingEmbedder:
    model_id = "test/counting"
    dimension = 3

    def __init__(self) -> None:
        self.calls = 0

    def embed_queries(self, texts):
        return self.embed_passages(texts)

    def embed_passages(self, texts):
        self.calls += len(texts)
        return np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)


def test_unchanged_texts_are_not_embedded_again(tmp_path) -> None:
    cache = EmbeddingCache(tmp_path / "c.sqlite3")
    embedder = CountingEmbedder()
    first = embed_passages_cached(embedder, ["甲", "乙乙", "丙丙丙"], cache)
    assert embedder.calls == 3
    second = embed_passages_cached(embedder, ["甲", "乙乙", "丙丙丙", "丁"], cache)
    assert embedder.calls == 4
    np.testing.assert_array_equal(first, second[:3])
    cache.close()
    reopened = EmbeddingCache(tmp_path / "c.sqlite3")
    embed_passages_cached(embedder, ["丁"], reopened)
    assert embedder.calls == 4
