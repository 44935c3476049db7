"""The feedback store under concurrent writers: threads and processes; nothing is lost."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import sqlite3
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
    # the columns of earlier exports keep their places; the kind and a ticket's status come last
    assert csv_text.splitlines()[0] == "id,created_at,question,answer,rating,comment,reasons,clause_ids,source,kind,status"
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
    assert [(r["question"], r["reasons"], r["kind"]) for r in store.all()] == [("old", [], "feedback"), ("new", [], "feedback")]


def test_a_ticket_is_stored_and_exported_with_its_kind(tmp_path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite3")
    verdict = store.add(Feedback(question="电价？", answer="0.401", rating="up"))
    ticket = store.add(
        Feedback(
            question="深圳的工业电价是多少？", answer="抱歉，指南中没有找到…", kind="ticket", comment="来电人要深圳电价，回电138",
            clause_ids=["p1.i2.i5.i3.c1"], source="ui",
        )
    )
    records = [json.loads(line) for line in store.export("jsonl").splitlines()]
    assert [(r["id"], r["kind"], r["status"], r["rating"]) for r in records] == [
        (verdict, "feedback", None, "up"), (ticket, "ticket", "open", "down")
    ]
    assert records[1]["comment"] == "来电人要深圳电价，回电138" and records[1]["clause_ids"] == ["p1.i2.i5.i3.c1"]
    rows = list(csv.DictReader(io.StringIO(store.export("csv"))))
    assert [(r["id"], r["kind"], r["status"]) for r in rows] == [(str(verdict), "feedback", ""), (str(ticket), "ticket", "open")]
    assert rows[1]["question"] == "深圳的工业电价是多少？" and rows[1]["source"] == "ui"

    only_tickets = [json.loads(line) for line in store.export("jsonl", kind="ticket").splitlines()]
    assert [r["id"] for r in only_tickets] == [ticket]
    assert [r["id"] for r in csv.DictReader(io.StringIO(store.export("csv", kind="feedback")))] == [str(verdict)]
    assert [r["id"] for r in store.all("all")] == [verdict, ticket]


def test_a_ticket_is_for_an_answer_that_did_not_help(tmp_path) -> None:
    assert Feedback(question="q", kind="ticket").rating == "down"  # no rating of its own needed
    assert Feedback(question="q", rating="up").kind == "feedback"  # a client that knows no kinds sends a verdict
    with pytest.raises(ValidationError) as raised:
        Feedback(question="q", kind="ticket", rating="up")
    assert [e["loc"] for e in raised.value.errors()] == [("rating",)]
    with pytest.raises(ValidationError) as raised:
        Feedback(question="q", kind="bug", rating="down")
    assert [e["loc"] for e in raised.value.errors()] == [("kind",)]
    with pytest.raises(ValidationError) as raised:
        Feedback(question="q")  # a verdict still needs its rating
    assert [e["loc"] for e in raised.value.errors()] == [("rating",)]


def test_a_ticket_and_a_rating_of_one_answer_are_two_records_each_stored_once(tmp_path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite3")
    rating = store.add(Feedback(question="q", rating="down", idempotency_key="ui:abc"))
    ticket = store.add(Feedback(question="q", kind="ticket", idempotency_key="ui-ticket:abc"))
    again = store.add(Feedback(question="q", kind="ticket", comment="a second click", idempotency_key="ui-ticket:abc"))
    assert rating != ticket == again and store.count() == 2
    assert [r["comment"] for r in store.all("ticket")] == [""]


def test_a_store_written_before_tickets_existed_gains_the_kind_and_keeps_its_rows(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:  # the schema as it was before tickets
        db.execute(
            "CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, "
            "question TEXT NOT NULL, answer TEXT NOT NULL, rating TEXT NOT NULL CHECK (rating IN ('up', 'down')), "
            "comment TEXT NOT NULL, clause_ids TEXT NOT NULL, source TEXT NOT NULL, idempotency_key TEXT, "
            "reasons TEXT NOT NULL DEFAULT '[]')"
        )
        db.execute("CREATE UNIQUE INDEX feedback_idempotency ON feedback (idempotency_key)")
        db.execute(
            "INSERT INTO feedback VALUES (1, '2025-01-01T00:00:00+00:00', '电价？', '0.401', 'down', '旧', '[\"p1.a\"]', 'ui', "
            "'ui:old', '[\"wrong_figure\"]')"
        )
        db.execute("INSERT INTO feedback VALUES (2, '2025-01-02T00:00:00+00:00', '水价？', '', 'up', '', '[]', 'api', NULL, '[]')")
    store = FeedbackStore(path)
    columns = [row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(feedback)")]
    assert columns[-2:] == ["kind", "status"]
    old = store.all()
    assert [(r["id"], r["question"], r["rating"], r["reasons"], r["clause_ids"], r["kind"], r["status"]) for r in old] == [
        (1, "电价？", "down", ["wrong_figure"], ["p1.a"], "feedback", None),
        (2, "水价？", "up", [], [], "feedback", None),
    ]
    assert store.add(Feedback(question="电价？", rating="down", idempotency_key="ui:old")) == 1  # the old key still holds
    ticket = store.add(Feedback(question="电价？", kind="ticket", comment="回电"))
    assert [r["id"] for r in store.all("ticket")] == [ticket] and [r["id"] for r in store.all("feedback")] == [1, 2]
    assert [r["id"] for r in FeedbackStore(path).all()] == [1, 2, ticket]  # opened again: nothing to migrate, nothing lost
