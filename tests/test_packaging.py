"""The built wheel is the product: installed outside the source tree, run from another directory, it
ingests the bundled guide and answers with a citation."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE_ITEMS = ["pyproject.toml", "README.md", "assistant", "ui", "embeddings", "corpus", "prompts"]
INSTALLED_PACKAGES = {"assistant", "policy_assistant_ui", "policy_assistant_embeddings"}

pytestmark = pytest.mark.slow


def run(args: list[str | Path], **kwargs) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=900, **kwargs)
    assert result.returncode == 0, f"{args} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def source_packages(folder: Path, installed_as: str) -> set[str]:
    """Dotted names of the Python packages under ``folder`` once installed as ``installed_as``."""
    return {
        ".".join([installed_as, *init.parent.relative_to(folder).parts])
        for init in folder.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built from a clean copy of the sources (a build in place would leave build/ behind)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for item in SOURCE_ITEMS:
        path = ROOT / item
        if path.is_dir():
            shutil.copytree(path, src / item, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy(path, src / item)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", src, "-w", tmp / "dist"])
    (built,) = (tmp / "dist").glob("*.whl")
    return built


def test_wheel_installs_namespaced_packages_and_the_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top_level == INSTALLED_PACKAGES  # no generic `ui`, `embeddings` or `evals` beside them

    packages = {name.rsplit("/", 1)[0].replace("/", ".") for name in names if name.endswith("/__init__.py")}
    expected = (
        source_packages(ROOT / "assistant", "assistant")
        | source_packages(ROOT / "ui", "policy_assistant_ui")
        | source_packages(ROOT / "embeddings", "policy_assistant_embeddings")
    )
    assert packages == expected

    data = {name for name in names if name.startswith("assistant/_data/")}
    shipped = {f"assistant/_data/{p.relative_to(ROOT).as_posix()}" for p in (ROOT / "corpus").rglob("*") if p.is_file()}
    shipped |= {f"assistant/_data/prompts/{p.name}" for p in (ROOT / "prompts").glob("*.txt")}
    assert data == shipped


def test_installed_wheel_answers_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    """A fresh venv gets the wheel; its dependencies come from this environment's site-packages,
    added by a .pth file after the venv's own, so the wheel's copy of every package is the one imported."""
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv])
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("PA_")}
    run([python, "-m", "pip", "install", "--quiet", "--no-deps", wheel], env=env)
    own_site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], env=env).stdout.strip())
    dependencies = [p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()]
    (own_site / "zz_dependencies.pth").write_text("\n".join(dependencies) + "\n", encoding="utf-8")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = run(
        [python, "-c", "import assistant, policy_assistant_ui, policy_assistant_embeddings as e; from assistant.settings import "
         "resources_dir; print(assistant.__file__, policy_assistant_ui.__file__, e.__file__, resources_dir(), sep='\\n')"],
        cwd=elsewhere, env=env,
    ).stdout.split()
    for path in where:
        assert Path(path).resolve().is_relative_to(own_site.resolve()), where
    assert Path(where[-1]).name == "_data"

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    cache = ROOT / "data" / "embedding-cache.sqlite3"
    if cache.is_file():  # a warm cache changes nothing but the time the ingest takes
        shutil.copy(cache, data_dir / cache.name)
    env |= {"PA_DATA_DIR": str(data_dir), "PA_TODAY": "2026-11-28"}
    script = venv / "bin" / "policy-assistant"
    run([script, "ingest"], cwd=elsewhere, env=env)
    answer = json.loads(run([script, "ask", "110千伏工业电价多少？", "--json"], cwd=elsewhere, env=env).stdout)

    assert not answer["refused"]
    assert "0.401" in answer["answer"]
    assert any("0.401" in citation["text"] for citation in answer["citations"])
    assert not list(elsewhere.iterdir())  # nothing written into the working directory
