"""The LLM answerer, driven by LangChain's fake chat models and by a real OpenAI-compatible
HTTP server started here on localhost with scripted replies. Never the network."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.answer.chain import AnswerChain, ExtractiveAnswerer, Turn
from assistant.answer.llm import LLMAnswerer, chat_model
from assistant.answer.prompts import REFUSAL
from assistant.calculators import default_catalogue
from assistant.service import Assistant, offline_calculator
from tests.servers import free_port


def fake(*replies: AIMessage | str) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter([r if isinstance(r, AIMessage) else AIMessage(content=r) for r in replies]))


def llm_assistant(settings, retriever, model, route: bool = True) -> Assistant:
    """The LLM chain as build_chain makes it: the router first, tools for the rest (``route=False``:
    no router, so the model's tools are all there is)."""
    answerer = LLMAnswerer(model, settings, default_catalogue())
    calculate = offline_calculator(retriever)
    chain = AnswerChain(retriever, answerer, settings.today, calculate if route else None, ExtractiveAnswerer(retriever), calculate)
    return Assistant(settings, retriever, chain)


def test_llm_answer_is_cited_and_verified(index_settings, retriever) -> None:
    model = fake("110千伏工业用电电价为0.401元/度[1]。")
    result = llm_assistant(index_settings, retriever, model).ask("110千伏工业电价多少？")
    assert result.mode == "llm"
    assert result.answer == "110千伏工业用电电价为0.401元/度[1]。"
    assert result.citations[0].clause_id == "p1.i2.i5.i3.c1"
    assert "0.401" in result.citations[0].quote
    assert result.warnings == []


def test_tokens_stream_as_the_model_produces_them_and_verification_ends_the_stream(index_settings, retriever) -> None:
    text = "110千伏工业用电电价为 0.401 元/度[1]。 另外每度还补贴 0.05 元[1]。"
    events = list(llm_assistant(index_settings, retriever, fake(text)).stream("110千伏工业电价多少？"))
    tokens = [e.text for e in events if e.event == "token"]
    assert len(tokens) > 5 and "".join(tokens) == text  # the model's own chunks, in order
    assert [e.event for e in events][-1] == "final" and [e.event for e in events].count("final") == 1
    final = events[-1].result
    assert final is not None and "0.401" in final.answer and "0.05" not in final.answer  # verified at the end
    assert [w.kind for w in events[-1].removed] == ["unsupported_number_removed"]


def test_invented_number_from_the_model_is_caught(index_settings, retriever) -> None:
    model = fake("110千伏工业用电电价为0.401元/度[1]。另外每度还补贴0.05元[1]。")
    result = llm_assistant(index_settings, retriever, model).ask("110千伏工业电价多少？")
    assert "0.05" not in result.answer and "0.401" in result.answer
    assert any(w.kind == "unsupported_number_removed" and "0.05" in w.detail for w in result.warnings)


def test_marker_pointing_nowhere_is_caught(index_settings, retriever) -> None:
    model = fake("电价为0.401元/度[1][7]。")
    result = llm_assistant(index_settings, retriever, model).ask("110千伏工业电价多少？")
    assert "[7]" not in result.answer
    assert any(w.kind == "marker_removed" and "[7]" in w.detail for w in result.warnings)


def test_a_model_refusing_what_the_guide_states_is_replaced_by_the_quotes(index_settings, retriever) -> None:
    for reply in (REFUSAL["zh"], "抱歉，条款中没有提及该电价。"):
        result = llm_assistant(index_settings, retriever, fake(reply)).ask("110千伏工业电价多少？")
        assert not result.refused and "0.401" in result.answer and result.mode == "extractive"
        assert [w.kind for w in result.warnings] == ["model_reply_replaced"]


def test_a_question_the_guide_does_not_answer_never_reaches_the_model(index_settings, retriever) -> None:
    class Untouchable(GenericFakeChatModel):
        def _generate(self, *args, **kwargs):  # type: ignore[override]
            raise AssertionError("the model was asked")

    result = llm_assistant(index_settings, retriever, Untouchable(messages=iter([]))).ask("伊金霍洛旗最低工资标准是多少？")
    assert result.refused and result.citations == []
    assert not any(w.kind == "llm_fallback" for w in result.warnings)


def tool_call(name: str, args: dict, call_id: str = "call-1") -> AIMessage:
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": call_id, "type": "tool_call"}])


def test_calculators_are_tools_the_model_calls(index_settings, retriever) -> None:
    model = fake(tool_call("crop_insurance_premium", {"crop": "水地玉米", "quantity": 200}), "200亩水地玉米的保费为6000元[1]。")
    result = llm_assistant(index_settings, retriever, model, route=False).ask("水地玉米200亩，保费怎么算？")
    assert [c.tool for c in result.calculations] == ["crop_insurance_premium"]
    assert result.calculations[0].result == "6000"
    assert "6000元" in result.answer and not any("6000" in w.detail for w in result.warnings)


def test_the_router_computes_first_and_a_tool_call_with_bad_arguments_is_named(index_settings, retriever) -> None:
    routed = llm_assistant(index_settings, retriever, fake("保费为6000元。")).ask("我种了200亩水地玉米，保费多少？")
    assert [c.tool for c in routed.calculations] == ["crop_insurance_premium"] and "6000" in routed.answer
    for args in ({"crop": "水地玉米", "acres": "200"}, {"crop": "水地玉米", "quantity": 2000}, {"crop": "大豆", "quantity": 200}):
        # an input the calculator does not take, a figure the question does not state, a crop it does not name
        model = fake(tool_call("crop_insurance_premium", args), "保费按每亩保费乘以投保面积计算[1]。")
        result = llm_assistant(index_settings, retriever, model, route=False).ask("水地玉米200亩，保费怎么算？")
        assert result.calculations == [], args
        assert [w.kind for w in result.warnings].count("tool_call_failed") == 1, args
    answerer = llm_assistant(index_settings, retriever, fake("x")).chain.answerer
    tier = "110千伏工业电价多少？"  # a tier named by a number is no figure to compute from
    assert answerer.tools_for(Turn(tier, hits=retriever.search(tier, k=5))) == []
    energy = "110千伏供电，每年用电100万度，电费多少？"
    assert "industrial_power_cost" in answerer.tools_for(Turn(energy, hits=retriever.search(energy, k=5)))


def test_a_failing_model_falls_back_to_quoting(index_settings, retriever) -> None:
    class Broken(GenericFakeChatModel):
        def _generate(self, *args, **kwargs):  # type: ignore[override]
            raise ConnectionError("endpoint down")

    result = llm_assistant(index_settings, retriever, Broken(messages=iter([]))).ask("我种了200亩水地玉米，保费多少？")
    assert result.mode == "extractive"
    assert any(w.kind == "llm_fallback" for w in result.warnings)
    assert result.calculations[0].result == "6000"


# --- a real OpenAI-compatible endpoint on localhost ---------------------------------------


class ScriptedOpenAI(BaseHTTPRequestHandler):
    replies: list[str] = []
    requests: list[dict] = []
    delay = 0.0

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append(body)
        time.sleep(type(self).delay)
        content = type(self).replies.pop(0) if type(self).replies else "无"
        if body.get("stream"):
            self._stream(body, content)
            return
        payload = {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "test"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }
        data = json.dumps(payload).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _stream(self, body: dict, content: str) -> None:
        """Server-sent chunks, as OpenAI-compatible servers stream: three characters a chunk."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        base = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": int(time.time()), "model": body.get("model", "t")}
        pieces = [content[i : i + 3] for i in range(0, len(content), 3)]
        try:
            for n, piece in enumerate(pieces):
                delta = {"role": "assistant", "content": piece} if n == 0 else {"content": piece}
                chunk = base | {"choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
                self.wfile.flush()
            done = base | {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def openai_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), ScriptedOpenAI)
    ScriptedOpenAI.replies, ScriptedOpenAI.requests, ScriptedOpenAI.delay = [], [], 0.0
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


def test_openai_compatible_endpoint_over_http(index_settings, retriever, openai_server) -> None:
    ScriptedOpenAI.replies = ["禁牧补助标准为每年每亩7.45元[1]。"]
    settings = index_settings.model_copy(update={"llm": "openai", "llm_base_url": openai_server, "llm_model": "qwen-test"})
    result = llm_assistant(settings, retriever, chat_model(settings)).ask("禁牧补助每亩多少钱？")
    assert result.mode == "llm" and "7.45" in result.answer
    assert [(w.kind, w.clause_id) for w in result.warnings] == [("expired", "p3.s1.g1.i6.i2")]  # only freshness
    request = ScriptedOpenAI.requests[0]
    assert request["model"] == "qwen-test"
    prompt = "\n".join(m["content"] for m in request["messages"] if isinstance(m.get("content"), str))
    assert "禁牧补助标准为每年每亩 7.45 元" in prompt  # the clauses went to the model
    assert REFUSAL["zh"] in prompt  # with the refusal sentence it must use


def test_tokens_stream_from_an_openai_compatible_endpoint(index_settings, retriever, openai_server) -> None:
    reply = "禁牧补助标准为每年每亩7.45元[1]。"
    ScriptedOpenAI.replies = [reply]
    settings = index_settings.model_copy(update={"llm": "openai", "llm_base_url": openai_server, "llm_model": "qwen-test"})
    events = list(llm_assistant(settings, retriever, chat_model(settings)).stream("禁牧补助每亩多少钱？"))
    assert ScriptedOpenAI.requests[0]["stream"] is True
    tokens = [e.text for e in events if e.event == "token"]
    assert len(tokens) == 7 and "".join(tokens) == reply  # the server's chunks, as they came
    final = events[-1].result
    assert final is not None and final.mode == "llm" and final.answer.startswith(reply) and not events[-1].removed


def test_dead_endpoint_falls_back_without_hanging(index_settings, retriever) -> None:
    port = free_port()  # closed again: nothing listens here
    settings = index_settings.model_copy(
        update={"llm": "openai", "llm_base_url": f"http://127.0.0.1:{port}/v1", "llm_model": "m", "llm_timeout": 2, "llm_max_retries": 0}
    )
    started = time.perf_counter()
    result = llm_assistant(settings, retriever, chat_model(settings)).ask("禁牧补助每亩多少钱？")
    assert time.perf_counter() - started < 10
    assert result.mode == "extractive" and "7.45" in result.answer
    assert any(w.kind == "llm_fallback" for w in result.warnings)


def test_slow_endpoint_times_out_and_falls_back(index_settings, retriever, openai_server) -> None:
    ScriptedOpenAI.delay = 3.0
    ScriptedOpenAI.replies = ["太慢了[1]"]
    settings = index_settings.model_copy(
        update={"llm": "openai", "llm_base_url": openai_server, "llm_model": "m", "llm_timeout": 0.5, "llm_max_retries": 1}
    )
    started = time.perf_counter()
    result = llm_assistant(settings, retriever, chat_model(settings)).ask("禁牧补助每亩多少钱？")
    assert time.perf_counter() - started < 8
    assert result.mode == "extractive"
    assert len(ScriptedOpenAI.requests) == 2  # one try and one retry, then the fallback


# --- what real models write, grounded ------------------------------------------------------

POWER = "p1.i2.i5.i3.c1"  # 工业用电: 110KV：0.401 元/度；220 千伏以上：0.394 元/度


def test_a_figure_cited_to_the_neighbouring_clause_is_cited_to_the_clause_that_states_it(index_settings, retriever) -> None:
    assistant = llm_assistant(index_settings, retriever, fake("110千伏工业用电电价为0.401元/度[2]。", "110千伏工业用电电价为0.401元/度。"))
    for kind in ("marker_moved", "marker_added"):
        result = assistant.ask("110千伏工业电价多少？")
        assert result.answer == "110千伏工业用电电价为0.401元/度[1]。"
        assert [c.clause_id for c in result.citations] == [POWER] and "0.401" in result.citations[0].quote
        assert [w.kind for w in result.warnings] == [kind]


def test_a_claim_without_figures_that_no_clause_makes_is_removed(index_settings, retriever) -> None:
    reply = "110千伏工业用电电价为0.401元/度[1]。企业须先获得原所在地的海关高级认证，然后再申请[1]。"
    result = llm_assistant(index_settings, retriever, fake(reply)).ask("110千伏工业电价多少？")
    assert result.answer == "110千伏工业用电电价为0.401元/度[1]。"
    assert [w.kind for w in result.warnings] == ["unrelated_claim_removed"] and "海关" in result.warnings[0].detail


def test_a_part_the_model_left_out_gets_its_quoted_direct_line_back(index_settings, retriever) -> None:
    model = fake("110千伏工业用电电价为0.401元/度[1]。")
    result = llm_assistant(index_settings, retriever, model).ask("110千伏和220千伏工业电价分别多少？")
    assert result.answer.startswith("110千伏工业用电电价为0.401元/度[1]。\n") and "0.394 元/度[1]" in result.answer
    assert [w.kind for w in result.warnings] == ["part_restored"] and "220" in result.warnings[0].detail
    assert [p.markers for p in result.parts] == [[1], [1]] and all(p.answered for p in result.parts)


def test_a_reply_in_the_other_language_or_with_only_wrong_figures_gives_way_to_the_quotes(index_settings, retriever) -> None:
    model = fake("110千伏工业用电电价为0.401元/度[1]。")
    english = llm_assistant(index_settings, retriever, model).ask("What is the industrial power price at 110 kV?")
    assert english.mode == "extractive" and english.answer.startswith("Electricity for industry") and "0.401 yuan/kWh" in english.answer
    assert [w.kind for w in english.warnings] == ["model_reply_replaced"]
    wrong = llm_assistant(index_settings, retriever, fake("110千伏工业用电电价为0.41元/度[1]。")).ask("110千伏工业电价多少？")
    assert "0.41元" not in wrong.answer and "0.401 元/度" in wrong.answer and wrong.citations[0].clause_id == POWER
    assert [w.kind for w in wrong.warnings] == ["unsupported_number_removed", "model_reply_replaced"]


def test_the_tool_call_goes_back_to_the_server_with_string_content(index_settings, retriever) -> None:
    seen: list[list] = []

    class Recording(GenericFakeChatModel):
        def _generate(self, messages, *args, **kwargs):  # type: ignore[override]
            seen.append(list(messages))
            return super()._generate(messages, *args, **kwargs)

    model = Recording(messages=iter([tool_call("crop_insurance_premium", {"crop": "水地玉米", "quantity": 200}), "保费为6000元[1]。"]))
    llm_assistant(index_settings, retriever, model, route=False).ask("水地玉米200亩，保费怎么算？")
    echoed = [m for m in seen[1] if isinstance(m, AIMessage)]
    assert echoed and echoed[0].tool_calls and isinstance(echoed[0].content, str) and echoed[0].content  # llama.cpp rejects null
