"""What a long question or a long history costs an ``ask``, against a normal question.

One warmed-up process on the project's index (``PA_DATA_DIR``); each case is asked ``--runs``
times and the median is printed with its ratio to the normal question. The question is read to
its first ``PA_MAX_QUERY_CHARS`` characters (a longer one than ``PA_MAX_QUESTION_CHARS`` is
refused outright) and a follow-up carries a bounded start of the question it follows, so no case
should cost more than a few normal questions.

    .venv/bin/python evals/bench_long_input.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from assistant.service import Assistant
from assistant.settings import Settings

GUIDE = Path(__file__).resolve().parent.parent / "corpus" / "raw" / "ejin-horo-investment-policy-guide.txt"


def cases() -> dict[str, tuple[str, list[dict[str, str]]]]:
    guide = GUIDE.read_text(encoding="utf-8")
    return {
        "normal question": ("110千伏工业电价多少？", []),
        "2,000 characters of pasted guide text": (guide[20000:22000], []),
        "2,000 × 电": ("电" * 2000, []),
        "follow-up after a 4,000 × 电 turn": ("那呢？", [{"role": "user", "content": "电" * 4000}]),
        "follow-up after a 4,000-character pasted turn": ("那10千伏呢？", [{"role": "user", "content": guide[50000:54000]}]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    assistant = Assistant.load(Settings())
    assistant.warm_up()
    medians: dict[str, float] = {}
    for name, (question, history) in cases().items():
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            assistant.ask(question, history)
            times.append(time.perf_counter() - start)
        medians[name] = statistics.median(times)
    normal = medians["normal question"]
    print(f"{'request':<48} {'median ms':>10} {'vs normal':>10}")
    for name, median in medians.items():
        print(f"{name:<48} {median * 1000:>10.0f} {median / normal:>9.1f}×")


if __name__ == "__main__":
    main()
