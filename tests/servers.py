"""Helpers for tests that start real servers on localhost."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    """Poll ``url`` until it answers; fail the test with the server's stderr if it dies or hangs."""
    deadline = time.time() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                stderr = proc.stderr.read().decode(errors="replace")[-3000:] if proc.stderr else ""
                pytest.fail(f"{url} did not come up: {stderr}")
            time.sleep(0.3)
