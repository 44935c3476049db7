"""Load benchmark: starts the real API (uvicorn) on localhost, drives it with bounded
concurrency (1, 8, 32 clients by default; a fixed number of requests each round; it stops by
itself) and prints throughput, p50/p95/p99 latency and errors for search and ask, and the
server's peak memory.

    .venv/bin/python evals/bench_load.py [--requests 96] [--concurrency 1,8,32]
    .venv/bin/python evals/bench_load.py --abuse [--seconds 30]

``--abuse`` runs the server with its default per-client limits instead: 8 clients, each from its
own loopback address (127.0.0.11…), ask normal questions for a while, first alone, then while 2
more clients send the largest requests the limits allow (a 2,000-character question with 20
turns of 4,000 characters) and close the connection without reading the answer. It prints the
normal clients' p50/p95 both ways and their ratio.
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


def post(port: int, path: str, body: dict, source: str | None = None) -> tuple[int, float]:
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=(source, 0) if source else None)
    try:
        conn.request("POST", path, json.dumps(body).encode(), {"Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        return response.status, (time.perf_counter() - started) * 1000
    except OSError:
        return 0, (time.perf_counter() - started) * 1000
    finally:
        conn.close()


def abandon(port: int, source: str, body: bytes) -> None:
    """Send a request and close the connection without reading the answer."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5, source_address=(source, 0)) as sock:
            head = f"POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            sock.sendall(head.encode() + body)
    except OSError:
        pass


def abuse_mix(port: int, seconds: float) -> None:
    import threading

    largest = {"question": "那呢？" + "电" * 1990, "history": [{"role": "user", "content": "电" * 4000}] * 20}
    body = json.dumps(largest).encode()

    def normal_round(abusers: int) -> tuple[list[float], int, int]:
        stop = threading.Event()
        sent = [0]

        def abuser(n: int) -> None:
            while not stop.is_set():
                abandon(port, f"127.0.0.{200 + n}", body)
                sent[0] += 1
                time.sleep(0.05)

        threads = [threading.Thread(target=abuser, args=(n,), daemon=True) for n in range(abusers)]
        for t in threads:
            t.start()
        deadline = time.perf_counter() + seconds

        def client(n: int) -> list[tuple[int, float]]:
            out = []
            i = n
            while time.perf_counter() < deadline:
                out.append(post(port, "/v1/ask", {"question": QUESTIONS[i % len(QUESTIONS)]}, source=f"127.0.0.{11 + n}"))
                i += 1
            return out

        with ThreadPoolExecutor(max_workers=8) as pool:
            results = [r for batch in pool.map(client, range(8)) for r in batch]
        stop.set()
        for t in threads:
            t.join()
        return [ms for status, ms in results if status == 200], sum(1 for status, _ in results if status != 200), sent[0]

    print(f"{'round':<22} {'answers':>7} {'errors':>6} {'abandoned':>9} {'p50 ms':>8} {'p95 ms':>8}")
    figures = {}
    for name, abusers in (("8 normal clients", 0), ("+ 2 abusive clients", 2)):
        latencies, errors, sent = normal_round(abusers)
        figures[name] = (statistics.median(latencies), percentile(latencies, 0.95))
        print(f"{name:<22} {len(latencies):>7} {errors:>6} {sent:>9} {figures[name][0]:>8.1f} {figures[name][1]:>8.1f}")
    (_, p95_alone), (_, p95_abused) = figures.values()
    print(f"normal clients' p95 with the abuse / without: {p95_abused / p95_alone:.2f}x")


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
    parser.add_argument("--abuse", action="store_true", help="the abuse mix (default limits on) instead of the load rounds")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each abuse-mix round")
    args = parser.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # the load rounds send many clients from one address: the per-address limits are off for them;
    # the abuse mix gives each client its own address and keeps the default limits (the rate limit
    # aside: a normal client here asks more than 120 questions a minute)
    env = {**os.environ, "PA_DATA_DIR": args.data_dir, "PA_RATE_LIMIT_PER_MINUTE": "0", "PA_EMBED_WORKERS": args.embed_workers}
    if not args.abuse:
        env["PA_MAX_IN_FLIGHT_PER_CLIENT"] = "0"
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
        if args.abuse:
            abuse_mix(port, args.seconds)
            return
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
