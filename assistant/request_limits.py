"""Request bodies the API reads, bounded before anything parses them: a size limit enforced while
the body arrives, and JSON that any reply can encode again (no NaN or Infinity, no lone
surrogate, no invalid UTF-8, no deep nesting). What fails is a 413 or a 422 that names the
problem and never echoes the input."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyProblem(ValueError):
    """Why a body was refused, in words safe to send back."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _constant(name: str) -> Any:
    raise BodyProblem(422, f"the JSON holds {name}, which is not a number a request may carry")


def check_json(body: bytes, max_depth: int, max_items: int) -> None:
    """Raise BodyProblem unless ``body`` is empty or JSON every reply could encode again."""
    if not body.strip():
        return
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BodyProblem(422, "the body is not valid UTF-8") from None
    try:
        value = json.loads(text, parse_constant=_constant)
    except RecursionError:
        raise BodyProblem(422, f"the JSON is nested deeper than {max_depth} levels") from None
    except json.JSONDecodeError as exc:
        raise BodyProblem(422, f"the body is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    _walk(value, max_depth, max_items)


def _walk(value: Any, max_depth: int, max_items: int, depth: int = 0) -> None:
    if depth > max_depth:
        raise BodyProblem(422, f"the JSON is nested deeper than {max_depth} levels")
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise BodyProblem(422, "a string in the JSON holds a lone surrogate (\\ud800–\\udfff), which is no character") from None
    elif isinstance(value, float) and value != value:  # noqa: PLR0124 - NaN written as a literal slips past parse_constant
        raise BodyProblem(422, "the JSON holds NaN, which is not a number a request may carry")
    elif isinstance(value, dict | list) and len(value) > max_items:
        kind = "an object" if isinstance(value, dict) else "a list"
        raise BodyProblem(422, f"{kind} in the JSON has {len(value)} items; at most {max_items} (PA_MAX_LIST_ITEMS)")
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(key, max_depth, max_items, depth + 1)
            _walk(item, max_depth, max_items, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _walk(item, max_depth, max_items, depth + 1)


class RequestLimits:
    """ASGI middleware: bodies of requests under ``prefix`` are read whole (at most ``max_bytes``),
    checked, then handed on to the application unchanged."""

    def __init__(self, app: ASGIApp, max_bytes: int, max_depth: int, max_items: int, prefix: str = "/v1/") -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_depth = max_depth
        self.max_items = max_items
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix) or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        try:
            declared = dict(scope["headers"]).get(b"content-length")
            if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
                raise BodyProblem(413, f"the body is larger than {self.max_bytes} bytes (PA_MAX_BODY_BYTES)")
            chunks: list[bytes] = []
            size = 0
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.max_bytes:
                    raise BodyProblem(413, f"the body is larger than {self.max_bytes} bytes (PA_MAX_BODY_BYTES)")
                chunks.append(chunk)
                more = message.get("more_body", False)
            body = b"".join(chunks)
            check_json(body, self.max_depth, self.max_items)
        except BodyProblem as problem:
            await _reply(send, problem.status, problem.detail)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _reply(send: Send, status: int, detail: str) -> None:
    payload = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()), (b"connection", b"close")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


def header_deadline_protocol(seconds: float) -> type:
    """uvicorn's h11 protocol with a deadline for a new connection's request line and headers:
    a client that sends them slowly (slowloris) is cut off after ``seconds`` instead of holding
    the connection open (uvicorn has a keep-alive timeout, but none for the first headers)."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class HeaderDeadlineProtocol(H11Protocol):
        def connection_made(self, transport):  # type: ignore[no-untyped-def]
            super().connection_made(transport)
            self._header_deadline = self.loop.call_later(seconds, self._headers_too_slow)

        def handle_events(self) -> None:
            super().handle_events()
            if self.conn.their_state is not h11.IDLE and self._header_deadline is not None:
                self._header_deadline.cancel()  # the request line and the headers have arrived
                self._header_deadline = None

        def connection_lost(self, exc):  # type: ignore[no-untyped-def]
            if self._header_deadline is not None:
                self._header_deadline.cancel()
                self._header_deadline = None
            super().connection_lost(exc)

        def _headers_too_slow(self) -> None:
            self._header_deadline = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()

    return HeaderDeadlineProtocol
