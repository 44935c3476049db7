"""Thumbs up/down with an optional comment and, for a thumbs down, its reasons, stored durably in SQLite under
PA_DATA_DIR."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.models import AnswerResult

Rating = Literal["up", "down"]
Reason = Literal["wrong_figure", "wrong_citation", "did_not_answer", "expired"]
REASONS: tuple[Reason, ...] = ("wrong_figure", "wrong_citation", "did_not_answer", "expired")
SETUP_ATTEMPTS = 50
QUESTION_CHARS = 4000
ANSWER_CHARS = 20000
COMMENT_CHARS = 2000
CLAUSE_IDS = 50
EXPORT_FIELDS = ["id", "created_at", "question", "answer", "rating", "comment", "reasons", "clause_ids", "source"]


class Feedback(BaseModel):
    """A person's verdict on one answer."""

    question: str = Field(min_length=1, max_length=QUESTION_CHARS, description="The question asked")
    answer: str = Field("", max_length=ANSWER_CHARS, description="The answer given")
    rating: Rating = Field(description="up: helpful; down: wrong or unhelpful")
    comment: str = Field("", max_length=COMMENT_CHARS, description="What the person wrote, if anything")
    reasons: list[Reason] = Field(
        default_factory=list, max_length=len(REASONS),
        description="What was wrong, for a thumbs down: a wrong figure, a wrong citation, no answer to the question, "
        "an expired provision",
    )
    clause_ids: list[str] = Field(default_factory=list, max_length=CLAUSE_IDS, description="The clauses the answer cited")
    source: str = Field("api", max_length=20, description="api, ui or cli")
    idempotency_key: str | None = Field(
        None, max_length=100, pattern=r"^[A-Za-z0-9._:-]+$",
        description="A key the client chooses per verdict: sending it again (a retry after a lost reply) stores nothing new "
        "and returns the first receipt",
    )

    @classmethod
    def on_answer(
        cls, result: AnswerResult, rating: Rating, comment: str = "", source: str = "ui",
        reasons: Sequence[Reason] = (), idempotency_key: str | None = None,
    ) -> Feedback:
        """Feedback on an answer the assistant gave, cut to the store's limits."""
        return cls(
            question=result.question[:QUESTION_CHARS],
            answer=result.answer[:ANSWER_CHARS],
            rating=rating,
            comment=(comment or "")[:COMMENT_CHARS],
            reasons=list(dict.fromkeys(reasons)),
            clause_ids=[c.clause_id for c in result.citations][:CLAUSE_IDS],
            source=source,
            idempotency_key=idempotency_key,
        )


class FeedbackStore:
    """One SQLite file; WAL mode so concurrent writers never lose a row."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._local = threading.local()
        # Switching a new file to WAL takes an exclusive lock and ignores the busy timeout, so
        # several writers opening a fresh store at once retry it rather than fail.
        for attempt in range(SETUP_ATTEMPTS):
            try:
                self._set_up()
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == SETUP_ATTEMPTS - 1:
                    raise
                time.sleep(0.01 * (attempt + 1))

    def _set_up(self) -> None:
        with self._connect() as db:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, "
                "question TEXT NOT NULL, answer TEXT NOT NULL, rating TEXT NOT NULL CHECK (rating IN ('up', 'down')), "
                "comment TEXT NOT NULL, clause_ids TEXT NOT NULL, source TEXT NOT NULL, idempotency_key TEXT, "
                "reasons TEXT NOT NULL DEFAULT '[]')"
            )
            columns = {row[1] for row in db.execute("PRAGMA table_info(feedback)")}
            if "idempotency_key" not in columns:  # a store written before keys existed
                db.execute("ALTER TABLE feedback ADD COLUMN idempotency_key TEXT")
            if "reasons" not in columns:  # a store written before reasons existed
                try:
                    db.execute("ALTER TABLE feedback ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]'")
                except sqlite3.OperationalError as exc:  # another writer added it first
                    if "duplicate column" not in str(exc):
                        raise
            db.execute("CREATE UNIQUE INDEX IF NOT EXISTS feedback_idempotency ON feedback (idempotency_key)")

    def _connect(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA busy_timeout=30000")
            self._local.db = db
        return db

    def add(self, item: Feedback) -> int:
        """Store ``item``; with an idempotency key already stored, the first row's id, unchanged."""
        db = self._connect()
        cursor = db.execute(
            "INSERT OR IGNORE INTO feedback "
            "(created_at, question, answer, rating, comment, reasons, clause_ids, source, idempotency_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                datetime.now(UTC).isoformat(timespec="seconds"),
                item.question,
                item.answer,
                item.rating,
                item.comment,
                json.dumps(item.reasons),
                json.dumps(item.clause_ids, ensure_ascii=False),
                item.source,
                item.idempotency_key,
            ),
        )
        if cursor.rowcount == 0 and item.idempotency_key is not None:  # a retry: the first receipt again
            return int(db.execute("SELECT id FROM feedback WHERE idempotency_key = ?", (item.idempotency_key,)).fetchone()[0])
        return int(cursor.lastrowid or 0)

    def all(self) -> list[dict[str, Any]]:
        rows = self._connect().execute(f"SELECT {', '.join(EXPORT_FIELDS)} FROM feedback ORDER BY id")
        out = []
        for row in rows:
            record = dict(zip(EXPORT_FIELDS, row))
            record["reasons"] = json.loads(record["reasons"])
            record["clause_ids"] = json.loads(record["clause_ids"])
            out.append(record)
        return out

    def count(self) -> int:
        return int(self._connect().execute("SELECT COUNT(*) FROM feedback").fetchone()[0])

    def export(self, fmt: Literal["jsonl", "csv"] = "jsonl") -> str:
        records = self.all()
        if fmt == "jsonl":
            return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=EXPORT_FIELDS)
        writer.writeheader()
        for record in records:
            writer.writerow({**record, "reasons": " ".join(record["reasons"]), "clause_ids": " ".join(record["clause_ids"])})
        return buffer.getvalue()


def feedback_path(data_dir: Path) -> Path:
    return data_dir / "feedback.sqlite3"
