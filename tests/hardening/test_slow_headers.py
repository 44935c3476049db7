"""A connection that sends its headers slowly is cut off at the deadline; a normal one is served."""

from __future__ import annotations

import socket
import threading
import time

import uvicorn

from assistant.request_limits import header_deadline_protocol
from tests.servers import free_port


async def app(scope, receive, send) -> None:  # a minimal ASGI app
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
    await send({"type": "http.response.body", "body": b"ok"})


def test_slow_headers_are_cut_off_and_normal_requests_served() -> None:
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, http=header_deadline_protocol(1.0), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.time() + 10
        while not server.started and time.time() < deadline:
            time.sleep(0.05)
        with socket.create_connection(("127.0.0.1", port), timeout=5) as normal:
            normal.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            assert normal.recv(1024).startswith(b"HTTP/1.1 200")
        with socket.create_connection(("127.0.0.1", port), timeout=5) as slow:
            started = time.monotonic()
            slow.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # and then nothing more
            assert slow.recv(1024) == b""  # closed by the server
            assert time.monotonic() - started < 4
    finally:
        server.should_exit = True
        thread.join(10)
