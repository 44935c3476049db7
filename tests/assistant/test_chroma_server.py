"""The index on a real Chroma server (`chroma run`, from the chromadb package) via PA_CHROMA_URL."""

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.cli import ingest
from assistant.index import chroma_client, read_manifest
from assistant.retrieval import Retriever


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def chroma_server(tmp_path):
    chroma = Path(sys.executable).with_name("chroma")
    port = _free_port()
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("chroma run did not start")
            time.sleep(0.3)
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
