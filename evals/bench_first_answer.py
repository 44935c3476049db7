"""Time to the first answer after start-up, with and without ``Assistant.warm_up()``.

Each run is a fresh process (the word segmenter and the guide's word counts load once per
process); the medians over the runs are printed.

    .venv/bin/python evals/bench_first_answer.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

_ONE_RUN = """
import json, sys, time
from assistant.service import Assistant
from assistant.settings import Settings
t = time.perf_counter(); a = Assistant.load(Settings()); load = time.perf_counter() - t
t = time.perf_counter()
if sys.argv[1] == "warm":
    a.warm_up()
warm = time.perf_counter() - t
t = time.perf_counter(); a.ask("伊金霍洛旗的最低工资标准是多少？"); first = time.perf_counter() - t
t = time.perf_counter(); a.ask("110千伏工业电价多少？"); second = time.perf_counter() - t
print(json.dumps({"load": load, "warm_up": warm, "first": first, "second": second}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'start-up':<10} {'load s':>8} {'warm_up s':>10} {'first ask ms':>13} {'second ask ms':>14}")
    for mode in ("cold", "warm"):
        runs = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, "-c", _ONE_RUN, mode], capture_output=True, text=True, check=True).stdout
            runs.append(json.loads(out.strip().splitlines()[-1]))
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        print(f"{mode:<10} {med['load']:>8.2f} {med['warm_up']:>10.2f} {med['first'] * 1000:>13.0f} {med['second'] * 1000:>14.0f}")


if __name__ == "__main__":
    main()
