"""Thumbs up/down with an optional comment and, for a thumbs down, its reasons, and the tickets a hotline
agent logs for an answer that was refused or did not help, stored durably in SQLite under PA_DATA_DIR."""

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

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from assistant.models import AnswerResult

Rating = Literal["up", "down"]
Kind = Literal["feedback", "ticket"]
KINDS: tuple[Kind, ...] = ("feedback", "ticket")
KindFilter = Literal["feedback", "ticket", "all"]
TICKET_OPEN = "open"  # the status a ticket is logged with, until someone follows it up
Reason = Literal["wrong_figure", "wrong_citation", "did_not_answer", "expired"]
REASONS: tuple[Reason, ...] = ("wrong_figure", "wrong_citation", "did_not_answer", "expired")
SETUP_ATTEMPTS = 50
QUESTION_CHARS = 4000
ANSWER_CHARS = 20000
COMMENT_CHARS = 2000
CLAUSE_IDS = 50
# new fields go at the end, so the CSV columns of earlier exports keep their places
EXPORT_FIELDS = ["id", "created_at", "question", "answer", "rating", "comment", "reasons", "clause_ids", "source", "kind", "status"]
# columns added after the first stores were written, with their definitions: an older store gains them
ADDED_COLUMNS = {
    "idempotency_key": "TEXT",
    "reasons": "TEXT NOT NULL DEFAULT '[]'",
    "kind": "TEXT NOT NULL DEFAULT 'feedback'",
    "status": "TEXT",
}


class Feedback(BaseModel):
    """A person's verdict on one answer, or a ticket: a follow-up a hotline agent logs for an answer
    that was refused or did not help (its note what the caller needs, or how to call them back)."""

    question: str = Field(min_length=1, max_length=QUESTION_CHARS, description="The question asked")
    answer: str = Field("", max_length=ANSWER_CHARS, description="The answer given")
    kind: Kind = Field(
        "feedback",
        description="feedback: a verdict on the answer; ticket: a follow-up request for an answer that was refused or did "
        "not help, stored with the status open",
    )
    rating: Rating = Field(description="up: helpful; down: wrong or unhelpful (a ticket: down, the default when left out)")
    comment: str = Field("", max_length=COMMENT_CHARS, description="What the person wrote, if anything (a ticket: its note)")
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

    @model_validator(mode="before")
    @classmethod
    def _a_ticket_is_rated_down(cls, data: Any) -> Any:
        """A ticket needs no rating of its own: it is logged because the answer did not help."""
        if isinstance(data, dict) and data.get("kind") == "ticket" and data.get("rating") is None:
            return {**data, "rating": "down"}
        return data

    @field_validator("rating")
    @classmethod
    def _no_ticket_for_a_helpful_answer(cls, rating: Rating, info: ValidationInfo) -> Rating:
        if info.data.get("kind") == "ticket" and rating != "down":
            raise ValueError("a ticket is logged for an answer that was refused or did not help: its rating is down")
        return rating

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

    @classmethod
    def ticket_for(
        cls, result: AnswerResult, note: str = "", source: str = "ui", reasons: Sequence[Reason] = (),
        idempotency_key: str | None = None,
    ) -> Feedback:
        """A ticket for an answer the assistant gave (refused, or rated down), with the agent's note."""
        verdict = cls.on_answer(result, "down", note, source=source, reasons=reasons, idempotency_key=idempotency_key)
        return verdict.model_copy(update={"kind": "ticket"})


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
                "comment TEXT NOT NULL, clause_ids TEXT NOT NULL, source TEXT NOT NULL, "
                + ", ".join(f"{name} {definition}" for name, definition in ADDED_COLUMNS.items())
                + ")"
            )
            columns = {row[1] for row in db.execute("PRAGMA table_info(feedback)")}
            for name, definition in ADDED_COLUMNS.items():  # a store written before the column existed: its rows kept
                if name not in columns:
                    try:
                        db.execute(f"ALTER TABLE feedback ADD COLUMN {name} {definition}")
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
            "(created_at, question, answer, rating, comment, reasons, clause_ids, source, idempotency_key, kind, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                item.kind,
                TICKET_OPEN if item.kind == "ticket" else None,
            ),
        )
        if cursor.rowcount == 0 and item.idempotency_key is not None:  # a retry: the first receipt again
            return int(db.execute("SELECT id FROM feedback WHERE idempotency_key = ?", (item.idempotency_key,)).fetchone()[0])
        return int(cursor.lastrowid or 0)

    def all(self, kind: KindFilter = "all") -> list[dict[str, Any]]:
        """Every record, oldest first; only verdicts or only tickets for ``kind`` feedback or ticket."""
        kinds = KINDS if kind == "all" else (kind,)
        rows = self._connect().execute(
            f"SELECT {', '.join(EXPORT_FIELDS)} FROM feedback WHERE kind IN ({', '.join('?' * len(kinds))}) ORDER BY id", kinds
        )
        out = []
        for row in rows:
            record = dict(zip(EXPORT_FIELDS, row))
            record["reasons"] = json.loads(record["reasons"])
            record["clause_ids"] = json.loads(record["clause_ids"])
            out.append(record)
        return out

    def count(self) -> int:
        return int(self._connect().execute("SELECT COUNT(*) FROM feedback").fetchone()[0])

    def export(self, fmt: Literal["jsonl", "csv"] = "jsonl", kind: KindFilter = "all") -> str:
        """The records of ``kind`` (all: verdicts and tickets), oldest first, as JSON lines or CSV."""
        records = self.all(kind)
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
