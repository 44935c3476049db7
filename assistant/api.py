"""The HTTP API (FastAPI): a thin shell over :class:`assistant.service.Assistant`."""

from __future__ import annotations

import hmac
import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse, PlainTextResponse, StreamingResponse
from pydantic import AfterValidator, BaseModel, Field
from starlette.concurrency import run_in_threadpool

from assistant import __version__
from assistant.calculators import CalculatorError, default_catalogue
from assistant.feedback import Feedback, FeedbackStore, feedback_path
from assistant.guide.corpus import UnknownClauseError
from assistant.models import AnswerResult, Calculation, Clause
from assistant.search.retrieval import SearchFilters, canonical_level
from assistant.service import Assistant, QuestionError
from assistant.settings import Settings

QUESTION_LIMIT = 2000


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(max_length=2 * QUESTION_LIMIT)


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("the question is empty")
    return value


Question = Annotated[
    str,
    Field(min_length=1, max_length=QUESTION_LIMIT, description="The question, Chinese or English"),
    AfterValidator(_not_blank),
]


class AskRequest(BaseModel):
    question: Question
    history: list[Turn] = Field(default_factory=list, max_length=20, description="Previous turns of the conversation")
    mode: Literal["auto", "extractive"] = Field("auto", description="auto: the configured answerer; extractive: quote only")
    draft: bool = Field(False, description="Also write a formal hotline reply draft")


class SearchRequest(BaseModel):
    question: Question
    k: int = Field(5, ge=1, le=50, description="How many clauses")
    level: list[str] = Field(default_factory=list, description="Only these policy levels (国家级/自治区级/市级/旗级)")
    doc: str | None = Field(None, max_length=200, description="Only documents whose title contains this")
    current: bool = Field(False, description="Only clauses whose stated period has not ended")


class SearchHit(BaseModel):
    clause_id: str
    title_path: list[str]
    text: str
    score: float


class SearchResponse(BaseModel):
    query: str
    results: list[SearchHit]


class CalculatorInfo(BaseModel):
    name: str
    title: str
    title_en: str
    description: str
    input_schema: dict[str, Any]
    clause_ids: list[str]


class CalculatorRequest(BaseModel):
    inputs: dict[str, Any] = Field(default_factory=dict, description="Input name to value (a number or a string with its unit)")


class FeedbackReceipt(BaseModel):
    id: int


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    clauses: int
    embedder: str
    answerer: str


class RateLimiter:
    """A sliding one-minute window per client address."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self.hits: dict[str, deque[float]] = defaultdict(deque)
        self.lock = threading.Lock()

    def allow(self, client: str) -> bool:
        if self.per_minute <= 0:
            return True
        now = time.monotonic()
        with self.lock:
            window = self.hits[client]
            while window and now - window[0] > 60:
                window.popleft()
            if len(window) >= self.per_minute:
                return False
            window.append(now)
            return True


def create_app(settings: Settings, assistant: Assistant | None = None) -> FastAPI:
    """The API app; the assistant (clauses, embedder, index) loads once, at start-up."""
    state: dict[str, Any] = {"assistant": assistant}
    limiter = RateLimiter(settings.rate_limit_per_minute)
    store = FeedbackStore(feedback_path(settings.data_dir))
    reload_lock = threading.Lock()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if state["assistant"] is None:
            state["assistant"] = await run_in_threadpool(Assistant.load, settings)
        yield

    app = FastAPI(
        title="Ejin Horo investment-policy assistant",
        version=__version__,
        description="Answers about the investment-policy guide of Ejin Horo Banner, with clause citations.",
        lifespan=lifespan,
    )

    def current() -> Assistant:
        return state["assistant"]

    @app.middleware("http")
    async def rate_limit(request: Request, call_next):  # type: ignore[no-untyped-def]
        client = request.client.host if request.client else "unknown"
        if request.url.path.startswith("/v1/") and not limiter.allow(client):
            return JSONResponse({"detail": "too many requests; try again in a minute"}, status_code=429, headers={"Retry-After": "60"})
        return await call_next(request)

    def admin(authorization: str | None = Header(None), x_admin_token: str | None = Header(None)) -> None:
        if not settings.admin_token:
            raise HTTPException(403, "admin operations are disabled: set PA_ADMIN_TOKEN on the server")
        given = x_admin_token or (authorization or "").removeprefix("Bearer ").strip()
        if not given or not hmac.compare_digest(given.encode(), settings.admin_token.encode()):
            raise HTTPException(401, "a valid admin token is required (header X-Admin-Token or Authorization: Bearer)")

    @app.get("/healthz", response_model=Health)
    def healthz() -> Health:
        a = current()
        return Health(
            status="ok",
            version=__version__,
            clauses=len(a.retriever.corpus),
            embedder=a.retriever.embedder.model_id,
            answerer=a.chain.answerer.name if a.chain else "extractive",
        )

    def ask_result(body: AskRequest) -> dict[str, Any]:
        try:
            return current().ask(body.question, [t.model_dump() for t in body.history], draft=body.draft, mode=body.mode)
        except QuestionError as exc:
            raise HTTPException(422, str(exc)) from None

    @app.post("/v1/ask", response_model=AnswerResult)
    def ask(body: AskRequest) -> dict[str, Any]:
        return ask_result(body)

    @app.post("/v1/ask/stream", response_class=StreamingResponse, responses={200: {"content": {"text/event-stream": {}}}})
    async def ask_stream(body: AskRequest) -> StreamingResponse:
        """Server-sent events: `citations` (what was found), `token` (answer text), `final` (the verified answer)."""
        result = await run_in_threadpool(ask_result, body)

        def events() -> Iterator[str]:
            yield sse("citations", {"citations": result["citations"], "retrieved": result["retrieved"]})
            answer = result["answer"]
            for start in range(0, len(answer), 8):
                yield sse("token", {"text": answer[start : start + 8]})
            yield sse("final", result)

        return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    @app.post("/v1/search", response_model=SearchResponse)
    def search(body: SearchRequest) -> dict[str, Any]:
        try:
            levels = tuple(canonical_level(level) for level in body.level)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        filters = SearchFilters(levels=levels, doc_title=body.doc, valid_on=settings.today if body.current else None)
        try:
            return current().search(body.question, k=body.k, filters=filters)
        except QuestionError as exc:
            raise HTTPException(422, str(exc)) from None

    @app.get("/v1/clauses/{clause_id}", response_model=Clause)
    def clause(clause_id: str) -> Clause:
        try:
            return current().retriever.corpus.get(clause_id)
        except UnknownClauseError as exc:
            raise HTTPException(404, str(exc)) from None

    @app.get("/v1/calculators", response_model=list[CalculatorInfo])
    def calculators() -> list[dict[str, Any]]:
        return default_catalogue().describe()

    @app.post("/v1/calculators/{name}", response_model=Calculation)
    def run_calculator(name: str, body: CalculatorRequest) -> Calculation:
        catalogue = default_catalogue()
        if name not in catalogue.specs:
            raise HTTPException(404, f"unknown calculator {name!r}; GET /v1/calculators lists them")
        try:
            return catalogue.run(name, body.inputs)
        except CalculatorError as exc:
            raise HTTPException(422, str(exc)) from None

    @app.post("/v1/feedback", response_model=FeedbackReceipt, status_code=201)
    def feedback(body: Feedback) -> FeedbackReceipt:
        return FeedbackReceipt(id=store.add(body))

    @app.get("/v1/admin/feedback/export", response_class=PlainTextResponse, dependencies=[Depends(admin)])
    def export_feedback(format: Literal["jsonl", "csv"] = "jsonl") -> PlainTextResponse:
        media = "application/x-ndjson" if format == "jsonl" else "text/csv"
        return PlainTextResponse(store.export(format), media_type=media)

    @app.post("/v1/admin/reingest", dependencies=[Depends(admin)])
    async def reingest() -> dict[str, Any]:
        def rebuild() -> dict[str, Any]:
            from assistant.search.ingest import ingest

            with reload_lock:
                ingest(settings, quiet=True)
                state["assistant"] = Assistant.load(settings)
            return {"status": "reingested", "clauses": len(state["assistant"].retriever.corpus)}

        return await run_in_threadpool(rebuild)

    app.state.feedback = store
    return app


def sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False, default=str)}\n\n"
