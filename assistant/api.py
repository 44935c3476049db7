"""The HTTP API (FastAPI): a thin shell over :class:`assistant.service.Assistant`."""

from __future__ import annotations

import hmac
import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from pydantic import AfterValidator, BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from assistant import __version__
from assistant.feedback import Feedback, KindFilter
from assistant.incentives import MatchResult, ProjectProfile
from assistant.models import (
    AnswerResult,
    Calculation,
    CalculatorInfo,
    Clause,
    FeedbackReceipt,
    Health,
    ReingestReport,
    SearchResult,
    StreamEvent,
)
from assistant.request_limits import RequestLimits
from assistant.service import (
    Assistant,
    CalculatorError,
    ProfileError,
    RequestError,
    UnknownCalculatorError,
    UnknownClauseError,
)
from assistant.settings import SEARCH_K_LIMIT, Settings


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(description="What was said (at most PA_MAX_TURN_CHARS characters)")


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("the question is empty")
    return value


Question = Annotated[
    str,
    Field(min_length=1, description="The question, Chinese or English (at most PA_MAX_QUESTION_CHARS characters)"),
    AfterValidator(_not_blank),
]


class AskRequest(BaseModel):
    question: Question
    history: list[Turn] = Field(default_factory=list, description="Previous turns of the conversation (at most PA_MAX_HISTORY_TURNS)")
    mode: Literal["auto", "extractive"] = Field("auto", description="auto: the configured answerer; extractive: quote only")
    draft: bool = Field(False, description="Also write a formal hotline reply draft")


class SearchRequest(BaseModel):
    question: Question
    k: int | None = Field(None, ge=1, le=SEARCH_K_LIMIT, description="How many clauses (default PA_SEARCH_K)")
    level: list[str] = Field(default_factory=list, description="Only these policy levels (国家级/自治区级/市级/旗级)")
    doc: str | None = Field(None, max_length=200, description="Only documents whose title contains this")
    current: bool = Field(False, description="Only clauses whose stated period has not ended")


class CalculatorRequest(BaseModel):
    inputs: dict[str, Any] = Field(default_factory=dict, description="Input name to value (a number or a string with its unit)")


class RateLimiter:
    """A sliding one-minute window per client address; clients idle for a whole window are
    forgotten, so memory follows the clients of the last minute, not every client ever seen."""

    WINDOW = 60.0

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self.hits: dict[str, deque[float]] = defaultdict(deque)
        self.lock = threading.Lock()
        self._swept = clock()

    def allow(self, client: str) -> bool:
        if self.per_minute <= 0:
            return True
        now = self.clock()
        with self.lock:
            if now - self._swept > self.WINDOW:
                self._forget_idle(now)
            window = self.hits[client]
            while window and now - window[0] > self.WINDOW:
                window.popleft()
            if len(window) >= self.per_minute:
                return False
            window.append(now)
            return True

    def _forget_idle(self, now: float) -> None:
        for client in [c for c, window in self.hits.items() if not window or now - window[-1] > self.WINDOW]:
            del self.hits[client]
        self._swept = now


def create_app(settings: Settings, assistant: Assistant | None = None) -> FastAPI:
    """The API app; the assistant (clauses, embedder, index) loads once, at start-up."""
    state: dict[str, Assistant | None] = {"assistant": assistant}
    limiter = RateLimiter(settings.rate_limit_per_minute)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if state["assistant"] is None:
            loaded = await run_in_threadpool(Assistant.load, settings)
            await run_in_threadpool(loaded.warm_up)  # the first caller does not wait for the segmenter
            state["assistant"] = loaded
        yield

    app = FastAPI(
        title="Ejin Horo investment-policy assistant",
        version=__version__,
        description="Answers about the investment-policy guide of Ejin Horo Banner, with clause citations.",
        lifespan=lifespan,
    )

    def current() -> Assistant:
        loaded = state["assistant"]
        if loaded is None:
            raise HTTPException(503, "the assistant is still loading")
        return loaded

    # bodies are bounded and checked before anything parses them (413/422, never an echo)
    app.add_middleware(
        RequestLimits, max_bytes=settings.max_body_bytes, max_depth=settings.max_json_depth, max_items=settings.max_list_items
    )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        """Which field and why, never the input itself (an echo of NaN or of 10 MB broke the reply)."""
        errors = [
            {"loc": [part if isinstance(part, int) else str(part)[:64] for part in error.get("loc", ())],
             "msg": str(error.get("msg", ""))[:200], "type": str(error.get("type", ""))}
            for error in exc.errors()[:20]
        ]  # fmt: skip
        return JSONResponse({"detail": errors}, status_code=422)  # surrogates never get here: RequestLimits refuses them

    @app.exception_handler(RequestError)
    @app.exception_handler(CalculatorError)
    async def unprocessable(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(UnknownClauseError)
    @app.exception_handler(UnknownCalculatorError)
    async def not_found(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=404)

    in_flight: dict[str, int] = defaultdict(int)

    @app.middleware("http")
    async def rate_limit(request: Request, call_next):  # type: ignore[no-untyped-def]
        # the peer's address: X-Forwarded-For and the like count only from PA_TRUSTED_PROXIES
        client = request.client.host if request.client else "unknown"
        if not request.url.path.startswith("/v1/"):
            return await call_next(request)
        if not limiter.allow(client):
            return JSONResponse({"detail": "too many requests; try again in a minute"}, status_code=429, headers={"Retry-After": "60"})
        # work a client abandoned cannot starve the others: a bounded number in progress per client,
        # and a bounded number on the server (503 instead of unbounded latency)
        if settings.max_in_flight_per_client and in_flight[client] >= settings.max_in_flight_per_client:
            detail = f"at most {settings.max_in_flight_per_client} requests in progress per client; wait for one to finish"
            return JSONResponse({"detail": detail}, status_code=429, headers={"Retry-After": "1"})
        if settings.max_in_flight and sum(in_flight.values()) >= settings.max_in_flight:
            return JSONResponse({"detail": "the server is busy; try again shortly"}, status_code=503, headers={"Retry-After": "1"})
        in_flight[client] += 1
        try:
            return await call_next(request)
        finally:
            in_flight[client] -= 1
            if not in_flight[client]:
                del in_flight[client]

    def admin(authorization: str | None = Header(None), x_admin_token: str | None = Header(None)) -> None:
        if not settings.admin_token:
            raise HTTPException(403, "admin operations are disabled: set PA_ADMIN_TOKEN on the server")
        scheme, _, token = (authorization or "").partition(" ")
        given = x_admin_token or (token.strip() if scheme == "Bearer" else "")  # a bare token is no Bearer token
        if not given or not hmac.compare_digest(given.encode(), settings.admin_token.encode()):
            raise HTTPException(401, "a valid admin token is required (header X-Admin-Token or Authorization: Bearer)")

    @app.get("/healthz", response_model=Health)
    def healthz() -> Health:
        return current().health()

    def check_history(body: AskRequest) -> None:
        if len(body.history) > settings.max_history_turns:
            raise HTTPException(422, f"at most {settings.max_history_turns} previous turns (PA_MAX_HISTORY_TURNS)")
        if any(len(turn.content) > settings.max_turn_chars for turn in body.history):
            raise HTTPException(422, f"a previous turn is longer than {settings.max_turn_chars} characters (PA_MAX_TURN_CHARS)")

    def answer(body: AskRequest) -> AnswerResult:
        check_history(body)
        return current().ask(body.question, [t.model_dump() for t in body.history], draft=body.draft, mode=body.mode)

    @app.post("/v1/ask", response_model=AnswerResult)
    def ask(body: AskRequest) -> AnswerResult:
        return answer(body)

    @app.post("/v1/ask/stream", response_class=StreamingResponse, responses={200: {"content": {"text/event-stream": {}}}})
    def ask_stream(body: AskRequest) -> StreamingResponse:
        """Server-sent events as the answer is produced: `token` (answer text before verification: a
        language model's tokens as they arrive, an extractive answer line by line), then `citations`
        and `final` (the verified answer, which replaces the streamed text; its `verification`
        says whether verification removed anything)."""
        check_history(body)
        stream = current().stream(body.question, [t.model_dump() for t in body.history], draft=body.draft, mode=body.mode)
        first = next(stream)  # a bad question fails here, as a 4xx, before the response starts

        def answer_events() -> Iterator[StreamEvent]:
            yield first
            yield from stream

        def events() -> Iterator[str]:
            for event in answer_events():
                if event.event == "token":
                    yield sse("token", {"text": event.text})
                    continue
                assert event.result is not None
                result = event.result.model_dump(mode="json")
                yield sse("citations", {"citations": result["citations"], "retrieved": result["retrieved"]})
                removed = [w.detail for w in event.removed]
                yield sse("final", result | {"verification": {"changed": bool(removed), "removed": removed}})

        return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    @app.post("/v1/search", response_model=SearchResult)
    def search(body: SearchRequest) -> SearchResult:
        assistant = current()
        return assistant.search(body.question, k=body.k, filters=assistant.search_filters(body.level, body.doc, body.current))

    @app.get("/v1/clauses/{clause_id}", response_model=Clause)
    def clause(clause_id: str) -> Clause:
        return current().clause(clause_id)

    @app.get("/v1/calculators", response_model=list[CalculatorInfo])
    def calculators() -> list[CalculatorInfo]:
        return current().calculators()

    @app.post("/v1/calculators/{name}", response_model=Calculation)
    def run_calculator(name: str, body: CalculatorRequest) -> Calculation:
        return current().calculate(name, body.inputs)

    @app.post(
        "/v1/match",
        response_model=MatchResult,
        responses={200: {"content": {"text/html": {}, "application/pdf": {}}, "description": "The match, or its report"}},
    )
    def match(
        body: ProjectProfile, format: Literal["json", "html", "pdf"] = "json", lang: Literal["zh", "en"] = "zh"
    ) -> MatchResult | Response:
        """A project profile (every field optional; a bad one is a 422 naming the field) matched against the
        guide's incentives: the GUIDE.md incentive-match JSON, or with `format=html|pdf` the report an officer
        hands over (`lang=zh|en`, labels in that language; the guide's quotes stay Chinese)."""
        assistant = current()
        try:
            if format == "json":
                return assistant.match(body)
            report = assistant.match_report(body, fmt=format, lang=lang)
        except ProfileError as exc:
            raise HTTPException(422, str(exc)) from None
        if isinstance(report, bytes):
            disposition = f'attachment; filename="incentive-report-{lang}.pdf"'
            return Response(report, media_type="application/pdf", headers={"Content-Disposition": disposition})
        return HTMLResponse(report)

    @app.post("/v1/feedback", response_model=FeedbackReceipt, status_code=201)
    def feedback(body: Feedback, idempotency_key: str | None = Header(None, max_length=100)) -> FeedbackReceipt:
        """Store a verdict, or with `"kind": "ticket"` a ticket for an answer that was refused or did not
        help (its `comment` the agent's note; stored with the status open). An `Idempotency-Key` header
        (or the body's `idempotency_key`) makes a retry after a lost reply return the first receipt
        instead of storing the verdict twice."""
        if idempotency_key and not body.idempotency_key:
            try:
                body = Feedback.model_validate(body.model_dump() | {"idempotency_key": idempotency_key})
            except ValidationError:
                raise HTTPException(422, "the Idempotency-Key header holds letters, digits and . _ : - only, at most 100") from None
        return current().feedback(body)

    @app.get("/v1/admin/feedback/export", response_class=PlainTextResponse, dependencies=[Depends(admin)])
    def export_feedback(format: Literal["jsonl", "csv"] = "jsonl", kind: KindFilter = "all") -> PlainTextResponse:
        """The verdicts and the tickets (`kind`: feedback, ticket or all), oldest first."""
        media = "application/x-ndjson" if format == "jsonl" else "text/csv"
        return PlainTextResponse(current().export_feedback(format, kind), media_type=media)

    @app.post("/v1/admin/reingest", response_model=ReingestReport, dependencies=[Depends(admin)])
    async def reingest() -> ReingestReport:
        return await run_in_threadpool(current().reingest)

    if settings.trusted_proxies:  # outermost: the rate limit sees the client the proxy names
        from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)
    return app


def sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False, default=str)}\n\n"
