"""Run a dataset against the assistant and write results and reports."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from tqdm import tqdm

from assistant.evaluation.dataset import EvalItem, ProfileItem, evidence_clauses
from assistant.evaluation.metrics import aggregate, aggregate_match, item_answer, item_match, item_retrieval, match_rates
from assistant.evaluation.report import write_reports
from assistant.models import Clause

MODES = ("search", "ask", "match")


def gold_groups(item: EvalItem, clauses: list[Clause]) -> list[list[str]]:
    groups = [evidence_clauses(ev, clauses) for ev in item.evidence]
    groups += [[cid] for cid in item.clause_ids]
    return groups


def run_eval(
    items: list[EvalItem], assistant: Any, *, mode: str = "search", k: int = 10, progress: bool = True
) -> list[dict[str, Any]]:
    """One result row per item: what was retrieved or answered, its metrics and its latency."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}: use one of {', '.join(MODES)}")
    if mode == "ask" and not hasattr(assistant, "ask"):
        raise ValueError("ask mode needs the answering assistant; this build can evaluate search only")
    if (mode == "match") != all(isinstance(item, ProfileItem) for item in items):
        raise ValueError("the match mode runs a profiles dataset (lines with \"profile\"), and only it runs one")
    if mode == "match":
        return run_match(items, assistant, progress=progress)  # type: ignore[arg-type]
    clauses = assistant.clauses()
    rows = []
    for item in tqdm(items, desc=f"Evaluating ({mode})", unit="item", disable=not progress, file=sys.stderr):
        groups = gold_groups(item, clauses)
        started = time.perf_counter()
        if mode == "search":
            record: dict[str, Any] = {"retrieved": assistant.search(item.question, k=k).model_dump(mode="json")["results"]}
        else:
            record = assistant.ask(item.question, history=item.history).model_dump(mode="json")
        latency = (time.perf_counter() - started) * 1000
        metrics = item_retrieval(record["retrieved"], groups) if groups else {}
        if mode == "ask":
            metrics.update(item_answer(record, item.model_dump(), groups))
        rows.append(
            {
                "id": item.id,
                "question": item.question,
                "type": item.type,
                "lang": item.lang,
                "parts": len(item.parts),
                "gold": groups,
                "retrieved": [
                    {"clause_id": r["clause_id"], "score": r.get("score"), "text": r.get("text", "")}
                    for r in record["retrieved"]
                ],
                "answer": record.get("answer"),
                "citations": record.get("citations", []),
                "calculations": record.get("calculations", []),
                "refused": record.get("refused", False),
                "warnings": record.get("warnings", []),
                "answer_parts": record.get("parts", []),
                "latency_ms": round(latency, 2),
                "metrics": metrics,
            }
        )
    return rows


def run_match(items: list[ProfileItem], assistant: Any, *, progress: bool = True) -> list[dict[str, Any]]:
    """One row per profile: the provisions the match reported, a finding per must-find provision, the counts."""
    texts = {c.clause_id: c.text for c in assistant.clauses()}
    rows = []
    for item in tqdm(items, desc="Evaluating (match)", unit="profile", disable=not progress, file=sys.stderr):
        started = time.perf_counter()
        result = assistant.match(item.profile).model_dump(mode="json")
        latency = (time.perf_counter() - started) * 1000
        reported = [_reported(p, texts) for p in result["provisions"]]
        counts, findings = item_match(reported, item.model_dump())
        rows.append(
            {
                "id": item.id,
                "question": item.description,
                "type": "profile",
                "lang": item.lang,
                "part": item.part,
                "findings": findings,
                "provisions": [{k: p[k] for k in ("id", "clause_ids", "title", "status", "amount")} for p in reported],
                "totals": result["totals"],
                "latency_ms": round(latency, 2),
                "counts": counts,
                "metrics": match_rates(counts),
            }
        )
    return rows


def _reported(provision: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """A reported provision with the texts its evidence may be quoted from: its clauses, conditions' and amount's quotes."""
    amount = provision.get("amount")
    quotes = [c.get("quote") or "" for c in provision.get("conditions", [])] + [(amount or {}).get("quote") or ""]
    own = [texts.get(cid, "") for cid in provision.get("clause_ids", [])] + [q for q in quotes if q]
    return {
        "id": provision.get("id"),
        "clause_ids": provision.get("clause_ids", []),
        "title": provision.get("title", ""),
        "status": provision["status"],
        "amount": None if amount is None else {k: amount.get(k) for k in ("low", "high", "per")},
        "texts": own,
    }


def save_run(rows: list[dict[str, Any]], out: Path, *, mode: str, dataset: Path, k: int) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "results.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    summary = aggregate_match(rows) if mode == "match" else aggregate(rows)
    report = {"mode": mode, "dataset": str(dataset), "k": k, "items": len(rows), **summary}
    write_reports(report, rows, out)
    return report


def load_run(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    report_path, results_path = path / "report.json", path / "results.jsonl"
    if not report_path.is_file() or not results_path.is_file():
        raise FileNotFoundError(f"{path} is not an evaluation run (no report.json / results.jsonl)")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in results_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return report, rows
