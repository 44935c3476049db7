"""The LLM mode against a real model, beside the extractive mode, on the same items.

A stratified sample of the development set (every type in both languages, seeded) is answered
twice: by the extractive mode and by the LLM mode pointed at the local test model
(Qwen2.5-Coder-1.5B-Instruct, Q4_K_M, served by llama.cpp on loopback, started here unless
PA_LLM_BASE_URL names a running server). Printed: citation precision and recall, expected figures
present, refusals and false refusals, verification firing by kind, fallbacks, latency p50/p95,
tokens per second, and two checks on what the LLM mode ships (figures with no source, markers
on a clause that does not state their sentence). A 1.5B model is a floor for the mechanics, not
what a deployment would run.

    make bench-llm            # or: .venv/bin/python evals/bench_llm.py [--items 64] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from statistics import median
from typing import Any

from langchain_core.callbacks import BaseCallbackHandler

from assistant.answer.grounding import Grounding
from assistant.answer.prompts import EXPIRED_NOTE
from assistant.evaluation.dataset import load_dataset
from assistant.evaluation.metrics import aggregate, percentile
from assistant.evaluation.runner import run_eval
from assistant.local_model import MODEL_NAME, LocalModelServer, prepare
from assistant.models import MARKER, Citation
from assistant.quantities import quantities
from assistant.service import Assistant
from assistant.settings import Settings

SEED = 20261130
DATASET = Path(__file__).parent / "datasets" / "dev.jsonl"
METRICS = [
    ("citation_precision", "citation precision"),
    ("citation_recall", "citation recall"),
    ("numbers_present", "answers stating every expected figure"),
    ("calc_correct", "calculations with the right result"),
    ("false_refusals", "in-scope questions refused"),
    ("oos_refused", "out-of-scope questions refused"),
    ("verification_fired", "answers verification changed"),
]


class Usage(BaseCallbackHandler):
    """Tokens and seconds of every model call."""

    def __init__(self) -> None:
        self.started: dict[Any, float] = {}
        self.calls: list[tuple[int, int, float]] = []  # prompt tokens, completion tokens, seconds

    def on_chat_model_start(self, serialized: Any, messages: Any, *, run_id: Any, **kwargs: Any) -> None:
        self.started[run_id] = time.perf_counter()

    def on_llm_end(self, response: Any, *, run_id: Any, **kwargs: Any) -> None:
        seconds = time.perf_counter() - self.started.pop(run_id, time.perf_counter())
        usage = (response.llm_output or {}).get("token_usage") or {}
        self.calls.append((int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0), seconds))


def sample(items: list[Any], n: int) -> list[Any]:
    """About ``n`` items, each (type, language) group in proportion and at least one of each."""
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for item in items:
        groups[(item.type, item.lang)].append(item)
    rng = random.Random(SEED)
    chosen = []
    for key in sorted(groups):
        members = groups[key]
        take = max(1, round(n * len(members) / len(items)))
        chosen += rng.sample(members, min(take, len(members)))
    return sorted(chosen, key=lambda item: item.id)


def shipped_problems(row: dict[str, Any], grounding: Grounding) -> tuple[int, int]:
    """Figures the answer states that no cited clause, calculation or question states; and
    markers whose clause does not state the sentence they end (its figures and key terms)."""
    answer = row["answer"] or ""
    if row["refused"]:
        return 0, 0
    citations = {c["marker"]: Citation(**c) for c in row["citations"]}
    calc_text = " ".join(" ".join(c["steps"]) + f" {c['result']}{c['unit']}" for c in row["calculations"])
    free = {q.value for q in quantities(calc_text + " " + row["question"])}
    everything = {q.value for c in citations.values() for q in quantities(c.text + " ".join(c.title_path))} | free
    figures = sum(1 for q in quantities(MARKER.sub("", answer)) if q.unit and q.value not in everything)
    markers = 0
    for sentence in re.split(r"(?<=[。！？!?\n])", answer):
        if any(sentence.strip().startswith(note.split("{")[0]) for note in EXPIRED_NOTE.values()):
            continue  # the product's own expiry note names the marker it is about
        named = [citations[int(m)] for m in MARKER.findall(sentence) if int(m) in citations]
        bare = MARKER.sub("", sentence)
        for citation in named:
            stated = {q.value for q in quantities(citation.text + " ".join(citation.title_path))} | free  # the question's own too
            # a sentence citing several clauses states figures of each: the union is what counts
            union = {q.value for c in named for q in quantities(c.text + " ".join(c.title_path))} | free
            own = [q for q in quantities(bare) if q.unit]
            if (own and not any(q.value in stated for q in own)) or any(q.value not in union for q in own):
                markers += 1
            elif not own and not grounding.related(bare, citation):
                markers += 1
    return figures, markers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=64, help="size of the stratified sample (default 64)")
    parser.add_argument("--dataset", type=Path, default=DATASET)
    parser.add_argument("--out", type=Path, help="write both runs' rows and the summary here")
    parser.add_argument("--port", type=int, default=8091)
    args = parser.parse_args()

    items = sample(load_dataset(args.dataset), args.items)
    print(f"{len(items)} items of {args.dataset.name} (seed {SEED}): "
          f"{dict(Counter(i.type for i in items))}, {dict(Counter(i.lang for i in items))}", file=sys.stderr)
    base = Settings(today=os.environ.get("PA_TODAY", "2026-11-28"))
    extractive = Assistant.load(base)
    extractive.warm_up()
    started_server = None
    url = os.environ.get("PA_LLM_BASE_URL")
    if not url:
        started_server = LocalModelServer(prepare(), port=args.port).start()
        url = started_server.base_url
    try:
        llm_settings = base.model_copy(update={
            "llm": "openai", "llm_base_url": url, "llm_model": os.environ.get("PA_LLM_MODEL", MODEL_NAME), "llm_timeout": 600.0,
        })  # fmt: skip
        llm = Assistant(llm_settings, extractive.retriever)
        llm.warm_up()
        usage = Usage()
        llm.chain.answerer.model.callbacks = [usage]  # type: ignore[union-attr]
        rows_x = run_eval(items, extractive, mode="ask")
        rows_l = run_eval(items, llm, mode="ask")
    finally:
        if started_server is not None:
            started_server.stop()

    summary_x, summary_l = aggregate(rows_x)["overall"], aggregate(rows_l)["overall"]
    grounding = llm.chain.grounding
    assert grounding is not None
    kinds_l = Counter(w["kind"] for row in rows_l for w in row["warnings"] if isinstance(w, dict))
    kinds_x = Counter(w["kind"] for row in rows_x for w in row["warnings"] if isinstance(w, dict))
    problems = [shipped_problems(row, grounding) for row in rows_l]
    less = sum(
        1 for x, y in zip(rows_x, rows_l, strict=True)
        if x["metrics"].get("numbers_present") == 1.0 and y["metrics"].get("numbers_present") == 0.0
    )  # fmt: skip
    modes = Counter("refused" if r["refused"] else "answered" for r in rows_l)
    prompt_tokens = sum(c[0] for c in usage.calls)
    completion_tokens = sum(c[1] for c in usage.calls)
    seconds = sum(c[2] for c in usage.calls)

    print(f"\nLLM mode: {MODEL_NAME} (llama.cpp, 2 threads) vs extractive, {len(items)} items of {args.dataset.name}\n")
    print("| measure | LLM mode | extractive |")
    print("|---|---|---|")
    for key, name in METRICS:
        if key in summary_x or key in summary_l:
            print(f"| {name} | {summary_l.get(key, float('nan')):.3f} | {summary_x.get(key, float('nan')):.3f} |")
    lat_l = [r["latency_ms"] / 1000 for r in rows_l]
    lat_x = [r["latency_ms"] / 1000 for r in rows_x]
    print(f"| latency p50 / p95 (s) | {median(lat_l):.1f} / {percentile(lat_l, 0.95):.1f} | "
          f"{median(lat_x):.2f} / {percentile(lat_x, 0.95):.2f} |")
    print(f"| model calls; prompt / completion tokens | {len(usage.calls)}; {prompt_tokens} / {completion_tokens} | – |")
    rate = completion_tokens / seconds if seconds else 0.0
    print(f"| completion tokens per second of model time | {rate:.1f} | – |")
    print(f"| answers stating fewer expected figures than extractive | {less} | – |")
    print(f"| shipped figures in no cited clause, calculation or question | {sum(p[0] for p in problems)} | – |")
    print(f"| shipped markers on a clause not stating their sentence | {sum(p[1] for p in problems)} | – |")
    print(f"\nLLM mode answers: {dict(modes)}; fallbacks and replacements: "
          f"llm_fallback {kinds_l['llm_fallback']}, model_reply_replaced {kinds_l['model_reply_replaced']}")
    print("Verification by kind (LLM mode):", ", ".join(f"{k} {v}" for k, v in sorted(kinds_l.items())) or "none")
    print("Verification by kind (extractive):", ", ".join(f"{k} {v}" for k, v in sorted(kinds_x.items())) or "none")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for name, rows in (("extractive", rows_x), ("llm", rows_l)):
            with (args.out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (args.out / "summary.json").write_text(json.dumps(
            {"llm": summary_l, "extractive": summary_x, "kinds_llm": kinds_l, "calls": usage.calls}, ensure_ascii=False, indent=1
        ))  # fmt: skip
        print(f"rows written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
