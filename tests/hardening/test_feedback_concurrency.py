"""The feedback store under concurrent writers: threads and processes; nothing is lost."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.feedback import Feedback, FeedbackStore


def _write_many(path: str, worker: int, count: int) -> list[int]:
    store = FeedbackStore(Path(path))
    return [
        store.add(Feedback(question=f"q{worker}-{i}", answer="a", rating="up" if i % 2 else "down", comment=f"w{worker}"))
        for i in range(count)
    ]


def test_threads_lose_nothing(tmp_path) -> None:
    path = tmp_path / "feedback.sqlite3"
    with ThreadPoolExecutor(max_workers=16) as pool:
        ids = [i for batch in pool.map(lambda w: _write_many(str(path), w, 50), range(16)) for i in batch]
    store = FeedbackStore(path)
    assert store.count() == 16 * 50
    assert len(set(ids)) == 16 * 50
    assert {r["question"] for r in store.all()} == {f"q{w}-{i}" for w in range(16) for i in range(50)}


def test_processes_lose_nothing(tmp_path) -> None:
    path = tmp_path / "feedback.sqlite3"
    FeedbackStore(path)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(4) as pool:
        results = pool.starmap(_write_many, [(str(path), w, 100) for w in range(4)])
    assert sum(len(r) for r in results) == 400
    assert FeedbackStore(path).count() == 400


def test_export_formats(tmp_path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite3")
    store.add(Feedback(question="电价？", answer="0.401", rating="up", comment="含,逗号\n和换行", clause_ids=["p1.a", "p1.b"]))
    assert '"comment": "含,逗号\\n和换行"' in store.export("jsonl")
    csv_text = store.export("csv")
    assert csv_text.splitlines()[0] == "id,created_at,question,answer,rating,comment,reasons,clause_ids,source"
    assert "p1.a p1.b" in csv_text


def test_the_reasons_for_a_thumbs_down_are_stored_and_exported(tmp_path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite3")
    store.add(Feedback(question="电价？", rating="down", reasons=["wrong_figure", "expired"]))
    store.add(Feedback(question="电价？", rating="up"))
    assert [r["reasons"] for r in store.all()] == [["wrong_figure", "expired"], []]
    assert '"reasons": ["wrong_figure", "expired"]' in store.export("jsonl")
    assert ",down,,wrong_figure expired," in store.export("csv")
    with pytest.raises(ValidationError):
        Feedback(question="电价？", rating="down", reasons=["too long"])


def test_a_retried_verdict_is_stored_once(tmp_path) -> None:
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    first = store.add(Feedback(question="q", rating="up", idempotency_key="turn-7:up"))
    again = store.add(Feedback(question="q", rating="up", idempotency_key="turn-7:up"))
    other = store.add(Feedback(question="q", rating="up"))
    unkeyed = store.add(Feedback(question="q", rating="up"))
    assert first == again and len({first, other, unkeyed}) == 3 and store.count() == 3


def test_a_store_written_before_keys_existed_gains_them(tmp_path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, question TEXT NOT NULL, "
            "answer TEXT NOT NULL, rating TEXT NOT NULL, comment TEXT NOT NULL, clause_ids TEXT NOT NULL, source TEXT NOT NULL)"
        )
        db.execute("INSERT INTO feedback VALUES (1, 't', 'old', '', 'up', '', '[]', 'api')")
    store = FeedbackStore(path)
    assert store.add(Feedback(question="new", rating="down", idempotency_key="k")) == 2
    assert store.add(Feedback(question="new", rating="down", idempotency_key="k")) == 2
    assert [(r["question"], r["reasons"]) for r in store.all()] == [("old", []), ("new", [])]
