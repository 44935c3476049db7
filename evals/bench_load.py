"""Load benchmark: starts the real API (uvicorn) on localhost, drives it with bounded
concurrency (1, 8, 32 clients by default; a fixed number of requests each round; it stops by
itself) and prints throughput, p50/p95/p99 latency and errors for search and ask, and the
server's peak memory.

    .venv/bin/python evals/bench_load.py [--requests 96] [--concurrency 1,8,32]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

QUESTIONS = [
    "110千伏工业电价多少？", "禁牧补助每亩多少钱？", "我种了200亩水地玉米，保费一共多少？", "西部大开发企业所得税优惠税率是多少？",
    "What is the industrial electricity price at 110 kV?", "奶酪项目设备投资补贴最高多少？", "引进博士有什么购房补贴？",
    "高新技术企业首次认定奖励多少？", "伊金霍洛旗肉牛保险每头保费多少？", "跨境电商平台入驻有什么补助？",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(q * len(ordered) + 0.5)) - 1))]


def post(port: int, path: str, body: dict) -> tuple[int, float]:
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("POST", path, json.dumps(body).encode(), {"Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        return response.status, (time.perf_counter() - started) * 1000
    except OSError:
        return 0, (time.perf_counter() - started) * 1000
    finally:
        conn.close()


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=96, help="requests per endpoint and concurrency level")
    parser.add_argument("--concurrency", default="1,8,32")
    parser.add_argument("--data-dir", default=os.environ.get("PA_DATA_DIR", "data"))
    parser.add_argument("--embed-workers", default="0", help="PA_EMBED_WORKERS for the server (0: one engine per core)")
    args = parser.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # many clients from one address: the per-address limits are off for the benchmark
    env = {**os.environ, "PA_DATA_DIR": args.data_dir, "PA_RATE_LIMIT_PER_MINUTE": "0", "PA_MAX_IN_FLIGHT_PER_CLIENT": "0",
           "PA_EMBED_WORKERS": args.embed_workers}
    server = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.time() + 300
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except OSError:
                if server.poll() is not None or time.time() > deadline:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.5)
        post(port, "/v1/ask", {"question": QUESTIONS[0]})  # warm
        print(f"{'endpoint':8} {'clients':>7} {'requests':>8} {'errors':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
        for path, make in (("/v1/search", lambda q: {"question": q, "k": 5}), ("/v1/ask", lambda q: {"question": q})):
            for clients in [int(c) for c in args.concurrency.split(",")]:
                bodies = [make(QUESTIONS[i % len(QUESTIONS)]) for i in range(args.requests)]
                started = time.perf_counter()
                with ThreadPoolExecutor(max_workers=clients) as pool:
                    results = list(pool.map(lambda b, p=path: post(port, p, b), bodies))
                elapsed = time.perf_counter() - started
                latencies = [ms for _, ms in results]
                errors = sum(1 for status, _ in results if status != 200)
                print(
                    f"{path.split('/')[-1]:8} {clients:>7} {len(results):>8} {errors:>6} {len(results) / elapsed:>7.1f} "
                    f"{statistics.median(latencies):>8.1f} {percentile(latencies, 0.95):>8.1f} {percentile(latencies, 0.99):>8.1f}"
                )
        print(f"server peak memory (VmHWM): {peak_rss_mb(server.pid):.0f} MB")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
