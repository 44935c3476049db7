"""How long matching one project profile takes, warm: median and p95 over repeated runs of the
three example profiles (the target is 200 ms on two cores).

    PA_DATA_DIR=data PA_TODAY=2026-11-28 .venv/bin/python evals/bench_match.py [--runs 200]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from assistant.calculators import default_catalogue
from assistant.guide.corpus import Corpus, load_clauses
from assistant.incentives import match, parse_profile
from assistant.incentives.provisions import default_provisions
from assistant.settings import get_settings

PROFILES = Path(__file__).resolve().parent.parent / "tests" / "assistant" / "incentives" / "profiles"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    settings = get_settings()
    corpus = Corpus(load_clauses(settings.clauses_path))
    provisions, calculators = default_provisions(), default_catalogue()
    profiles = [parse_profile(path.read_text(encoding="utf-8")) for path in sorted(PROFILES.glob("*.json"))]
    for profile in profiles:  # warm-up
        match(profile, provisions, calculators, corpus, settings.today)
    times: list[float] = []
    for i in range(args.runs):
        profile = profiles[i % len(profiles)]
        start = time.perf_counter()
        match(profile, provisions, calculators, corpus, settings.today).model_dump(mode="json")
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(
        json.dumps(
            {
                "provisions": len(provisions.provisions),
                "profiles": len(profiles),
                "runs": args.runs,
                "median_ms": round(statistics.median(times), 2),
                "p95_ms": round(p95, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
