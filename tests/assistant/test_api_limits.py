"""Work in progress is bounded: per client (429) and on the server (503 with Retry-After)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from fastapi.testclient import TestClient

from assistant.api import create_app
from assistant.models import AnswerResult
from assistant.settings import Settings


class SlowAssistant:
    """Answers only when released: requests stay in progress as long as the test wants."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Semaphore(0)

    def ask(self, question: str, history: list, **kwargs: object) -> AnswerResult:
        self.started.release()
        self.release.wait(10)
        return AnswerResult(question=question, answer="ok", citations=[], calculations=[], refused=False, warnings=[])

    def warm_up(self) -> None:
        pass


def statuses(settings: Settings, requests: int, in_progress: int) -> list[int]:
    slow = SlowAssistant()
    with TestClient(create_app(settings, slow)) as client, ThreadPoolExecutor(requests) as pool:  # type: ignore[arg-type]
        futures = [pool.submit(client.post, "/v1/ask", json={"question": "电价？"}) for _ in range(in_progress)]
        for _ in range(in_progress):
            assert slow.started.acquire(timeout=10)  # these are now in progress
        extra = [pool.submit(client.post, "/v1/ask", json={"question": "电价？"}) for _ in range(requests - in_progress)]
        refused = [f.result(timeout=10) for f in extra]
        slow.release.set()
        done = [f.result(timeout=10) for f in futures]
        assert all(r.status_code == 200 for r in done)
        return [r.status_code for r in refused] + [int(r.headers.get("Retry-After", "0")) for r in refused]


def test_one_client_cannot_hold_more_than_its_share(tmp_path) -> None:
    settings = Settings(data_dir=tmp_path, rate_limit_per_minute=0, max_in_flight_per_client=3, max_in_flight=100)
    assert statuses(settings, requests=5, in_progress=3) == [429, 429, 1, 1]


def test_a_saturated_server_says_busy_instead_of_queueing_without_end(tmp_path) -> None:
    settings = Settings(data_dir=tmp_path, rate_limit_per_minute=0, max_in_flight_per_client=0, max_in_flight=2)
    assert statuses(settings, requests=4, in_progress=2) == [503, 503, 1, 1]
