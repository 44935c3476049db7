"""Compare two evaluation runs: per-metric deltas and the items that flipped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.evaluation.metrics import DEFINITIONS, LOWER_IS_BETTER, item_passed
from assistant.evaluation.runner import load_run


def compare_runs(run_a: Path, run_b: Path) -> dict[str, Any]:
    report_a, rows_a = load_run(run_a)
    report_b, rows_b = load_run(run_b)
    metrics = []
    for name in DEFINITIONS:
        a, b = report_a["overall"].get(name), report_b["overall"].get(name)
        if a is None and b is None:
            continue
        delta = None if a is None or b is None else round(b - a, 4)
        better = None
        if delta:
            better = (delta < 0) if name in LOWER_IS_BETTER else (delta > 0)
        metrics.append({"metric": name, "a": a, "b": b, "delta": delta, "better": better})
    passed_a = {r["id"]: item_passed(r, report_a["mode"]) for r in rows_a}
    passed_b = {r["id"]: item_passed(r, report_b["mode"]) for r in rows_b}
    questions = {r["id"]: r["question"] for r in rows_a + rows_b}
    common = sorted(set(passed_a) & set(passed_b))
    return {
        "a": str(run_a),
        "b": str(run_b),
        "metrics": metrics,
        "fixed": [{"id": i, "question": questions[i]} for i in common if not passed_a[i] and passed_b[i]],
        "broken": [{"id": i, "question": questions[i]} for i in common if passed_a[i] and not passed_b[i]],
        "only_in_a": sorted(set(passed_a) - set(passed_b)),
        "only_in_b": sorted(set(passed_b) - set(passed_a)),
    }


def comparison_markdown(result: dict[str, Any]) -> str:
    lines = [f"# Comparison: `{result['a']}` → `{result['b']}`", "", "| metric | A | B | Δ |", "|---|---|---|---|"]
    for row in result["metrics"]:
        mark = "" if row["better"] is None else (" ▲" if row["better"] else " ▼")
        delta = "–" if row["delta"] is None else f"{row['delta']:+.4f}{mark}"
        lines.append(f"| {row['metric']} | {row['a']} | {row['b']} | {delta} |")
    for title, key in (("Fixed", "fixed"), ("Broken", "broken")):
        lines += ["", f"## {title} ({len(result[key])})", ""]
        lines += [f"- `{x['id']}` {x['question']}" for x in result[key]] or ["(none)"]
    return "\n".join(lines) + "\n"
