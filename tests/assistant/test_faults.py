"""Faults: a crash mid-ingest, a corrupt or missing index, a Chroma server that goes away."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.search.index import EmbedderMismatch, IndexProblem, read_manifest
from assistant.search.ingest import ingest
from assistant.search.retrieval import Retriever
from assistant.service import Assistant
from tests.servers import free_port, wait_until_up


@pytest.fixture()
def own_index(index_settings, tmp_path):
    """A private, freshly built index (embeddings come from the shared cache: quick)."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(index_settings.embedding_cache_path, data / "embedding-cache.sqlite3")
    settings = index_settings.model_copy(update={"data_dir": data})
    ingest(settings, quiet=True)
    return settings


def test_a_crash_mid_ingest_leaves_the_old_index_in_service(own_index, monkeypatch) -> None:
    before = read_manifest(own_index)

    def explode(*args, **kwargs):
        raise RuntimeError("power cut while embedding")

    monkeypatch.setattr("assistant.search.index.embed_passages_cached", explode)
    with pytest.raises(RuntimeError, match="power cut"):
        ingest(own_index, quiet=True)
    assert read_manifest(own_index) == before
    assert [p.name for p in (own_index.data_dir / "snapshots").iterdir()] == [before["snapshot"]]
    hits = Retriever.load(own_index).search("禁牧补助每亩多少钱", 3)
    assert any("7.45" in h.clause.text for h in hits)


def test_reingest_swaps_snapshots(own_index) -> None:
    first = read_manifest(own_index)["snapshot"]
    ingest(own_index, quiet=True)
    second = read_manifest(own_index)["snapshot"]
    assert first != second
    assert [p.name for p in (own_index.data_dir / "snapshots").iterdir()] == [second]


@pytest.mark.parametrize("damage", ["corrupt manifest", "missing store", "half-written clauses", "no manifest"])
def test_a_damaged_index_is_a_clear_error_and_is_rebuilt(own_index, damage) -> None:
    if damage == "corrupt manifest":
        own_index.manifest_path.write_text('{"snapshot": ', encoding="utf-8")
    elif damage == "missing store":
        shutil.rmtree(own_index.chroma_dir)
    elif damage == "half-written clauses":
        text = own_index.clauses_path.read_text(encoding="utf-8")
        own_index.clauses_path.write_text(text[: len(text) // 2], encoding="utf-8")
    else:
        own_index.manifest_path.unlink()
    with pytest.raises(IndexProblem, match="policy-assistant ingest"):
        Retriever.load(own_index)
    assistant = Assistant.load(own_index)
    assert "7.45" in assistant.ask("禁牧补助每亩多少钱？").answer


def test_another_embedder_is_not_silently_rebuilt(own_index) -> None:
    manifest = json.loads(own_index.manifest_path.read_text(encoding="utf-8"))
    manifest["embedder"] = "someone/else"
    own_index.manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(EmbedderMismatch, match="ingest"):
        Assistant.load(own_index)


def _start_chroma(path: Path, port: int) -> subprocess.Popen:
    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    wait_until_up(f"http://127.0.0.1:{port}/api/v2/heartbeat", proc, timeout=60)
    return proc


@pytest.mark.slow
def test_chroma_server_going_away_and_coming_back(index_settings, tmp_path) -> None:
    port = free_port()
    server_dir = tmp_path / "server"
    proc = _start_chroma(server_dir, port)
    try:
        data = tmp_path / "data"
        data.mkdir()
        shutil.copy(index_settings.embedding_cache_path, data / "embedding-cache.sqlite3")
        settings = index_settings.model_copy(update={"data_dir": data, "chroma_url": f"http://127.0.0.1:{port}"})
        ingest(settings, quiet=True)
        assistant = Assistant.load(settings)
        assert "7.45" in assistant.ask("禁牧补助每亩多少钱？").answer

        proc.terminate()
        proc.wait(timeout=20)
        down = assistant.ask("禁牧补助每亩多少钱？")
        assert "7.45" in down.answer  # keyword search still answers
        assert any(w.kind == "index_degraded" for w in down.warnings)

        proc = _start_chroma(server_dir, port)
        back = assistant.ask("禁牧补助每亩多少钱？")
        assert "7.45" in back.answer
        assert not any(w.kind == "index_degraded" for w in back.warnings)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
