"""The index on a real Chroma server (`chroma run`, from the chromadb package) via PA_CHROMA_URL."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.search.index import chroma_client, read_manifest
from assistant.search.ingest import ingest
from assistant.search.retrieval import Retriever
from tests.servers import free_port, wait_until_up

pytestmark = pytest.mark.slow


@pytest.fixture()
def chroma_server(tmp_path):
    chroma = Path(sys.executable).with_name("chroma")
    port = free_port()
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    wait_until_up(f"{url}/api/v2/heartbeat", proc, timeout=60)
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def test_index_on_a_chroma_server_answers_like_the_embedded_one(index_settings, retriever, embedder, chroma_server, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(index_settings.embedding_cache_path, data_dir / "embedding-cache.sqlite3")
    settings = index_settings.model_copy(update={"data_dir": data_dir, "chroma_url": chroma_server})
    ingest(settings, quiet=True)
    manifest = read_manifest(settings)
    assert manifest["chroma"] == chroma_server and manifest["collection"].startswith("clauses-")
    assert not (settings.snapshot_dir / "chroma").exists()  # nothing went to the embedded store

    remote = Retriever.load(settings, embedder=embedder)
    question = "水地玉米每亩保费多少？"
    assert [h.clause.clause_id for h in remote.search(question, 5)] == [
        h.clause.clause_id for h in retriever.search(question, 5)
    ]

    # a re-ingest publishes a new collection and drops the old one
    old = manifest["collection"]
    ingest(settings, quiet=True)
    new = read_manifest(settings)["collection"]
    names = {c.name for c in chroma_client(settings).list_collections()}
    assert new != old and new in names and old not in names
