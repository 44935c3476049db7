"""Retrieval benchmark: prints hit@k, all-evidence@5, context size and latency for the
vector-only, keyword-only and hybrid modes on a dataset, then the index build time recorded
by the last ingest and this process's peak memory.

    .venv/bin/python evals/bench_retrieval.py [--dataset evals/datasets/dev.jsonl]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

from assistant.evaluation.dataset import load_dataset
from assistant.search.index import read_manifest
from assistant.search.retrieval import Retriever
from assistant.settings import Settings


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run(retriever: Retriever, items, label: str) -> None:
    clauses = retriever.corpus.clauses
    rows = []
    for item in items:
        groups = item.gold_groups(clauses)
        if not groups:
            continue
        retriever.search(item.question, 10)  # warm
        started = time.perf_counter()
        hits = retriever.search(item.question, 10)
        latency = (time.perf_counter() - started) * 1000
        ids = [h.clause.clause_id for h in hits]
        first = next((i for i, cid in enumerate(ids) if any(cid in g for g in groups)), None)
        all5 = all(any(cid in g for cid in ids[:5]) for g in groups)
        chars5 = sum(len(h.clause.text) for h in hits[:5])
        rows.append((item, first, all5, chars5, latency))
    for lang in ("all", "zh", "en"):
        sel = [r for r in rows if lang == "all" or r[0].lang == lang]
        if not sel:
            continue
        n = len(sel)
        hit = {k: sum(1 for r in sel if r[1] is not None and r[1] < k) / n for k in (1, 3, 5, 10)}
        print(
            f"{label:8} {lang:3} n={n:3}  hit@1 {hit[1]:.3f}  hit@3 {hit[3]:.3f}  hit@5 {hit[5]:.3f}  "
            f"hit@10 {hit[10]:.3f}  all@5 {sum(r[2] for r in sel) / n:.3f}  "
            f"chars@5 {statistics.mean(r[3] for r in sel):.0f}  "
            f"p50 {statistics.median(r[4] for r in sel):.1f} ms  p95 {percentile([r[4] for r in sel], 0.95):.1f} ms"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dataset", type=Path, default=Path("evals/datasets/dev.jsonl"))
    parser.add_argument("--modes", default="vector,keyword,hybrid")
    parser.add_argument("--misses", action="store_true", help="list the hybrid misses at 5")
    args = parser.parse_args()
    settings = Settings()
    items = load_dataset(args.dataset)
    started = time.perf_counter()
    base = Retriever.load(settings)
    load_seconds = time.perf_counter() - started
    for mode in args.modes.split(","):
        base.mode = mode
        rows = run(base, items, mode)
        if args.misses and mode == "hybrid":
            for item, first, all5, _, _ in rows:
                if first is None or first >= 5 or not all5:
                    print(f"  miss {item.id} [{item.lang}] first={first} all5={all5}: {item.question}")
    manifest = read_manifest(settings)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"index: {manifest['clauses']} clauses, embedded in {manifest.get('index_seconds', '?')} s at the last ingest "
        f"(cached embeddings make a re-ingest fast); loaded in {load_seconds:.1f} s; peak memory {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
