"""The language-model answerer: any LangChain chat model; an OpenAI-compatible endpoint covers
OpenAI, DeepSeek, Qwen (DashScope compatible mode), vLLM, Ollama and LM Studio.

The model sees only the numbered clauses; calculators are tools it may call; everything it
writes goes through the same verification as the extractive answer.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import StructuredTool

from assistant.answer.grounding import citation_for_clause, context_of
from assistant.answer.markers import normalise_markers
from assistant.answer.prompts import REFUSAL, load_prompt
from assistant.answer.sentences import shared_pairs, split_sentences
from assistant.calculators import CalculatorError, Catalogue
from assistant.models import MARKER, AnswerWarning, Calculation, Citation, Clause
from assistant.quantities import dimension_of, quantities
from assistant.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.answer.chain import Turn

MAX_TOOL_ROUNDS = 3
# Calculators offered to the model as tools: those whose parameters come from the clauses found.
MAX_TOOLS = 3
# The clauses shown to the model are cut to their most relevant sentences: a small model's
# context (4,096 tokens) holds the prompt, the clauses and the answer, and every character costs
# prompt time on a CPU.
CLAUSE_CHARS = 2400
MIN_CLAUSE_CHARS = 300


def chat_model(settings: Settings) -> BaseChatModel:
    if settings.llm != "openai":
        raise ValueError(f"unknown PA_LLM {settings.llm!r}: use 'openai' (any OpenAI-compatible endpoint)")
    if not settings.llm_model:
        raise ValueError("PA_LLM=openai needs PA_LLM_MODEL (and PA_LLM_BASE_URL for a non-OpenAI endpoint)")
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=settings.llm_model,
        base_url=settings.llm_base_url,
        api_key=settings.llm_api_key or "not-needed",
        timeout=settings.llm_timeout,
        max_retries=settings.llm_max_retries,
        max_completion_tokens=settings.llm_max_tokens,
        temperature=0,
    )


def calculator_tools(catalogue: Catalogue, names: list[str] | None = None) -> list[StructuredTool]:
    """The calculators (all, or those named) as LangChain tools (JSON-schema arguments)."""
    tools = []
    for item in catalogue.describe():
        name = item["name"]
        if names is not None and name not in names:
            continue

        def run(_name: str = name, **kwargs: Any) -> str:
            return catalogue.run(_name, kwargs).model_dump_json()

        tools.append(
            StructuredTool.from_function(
                func=run,
                name=name,
                description=f"{item['title']} / {item['title_en']}: {item['description']}",
                args_schema=item["input_schema"],
            )
        )
    return tools


class LLMAnswerer:
    name = "llm"

    def __init__(self, model: BaseChatModel, settings: Settings, catalogue: Catalogue | None = None) -> None:
        self.model = model
        self.settings = settings
        self.catalogue = catalogue
        self._clause_ids = {item["name"]: set(item["clause_ids"]) for item in catalogue.describe()} if catalogue else {}

    def tools_for(self, turn: Turn) -> list[str]:
        """The calculators whose parameters come from the clauses found, best-ranked clause first;
        none when a calculation already ran (the deterministic router answered it), and only those
        that take a figure of a kind the question states ("200亩", "100万度"): a calculator computes
        from the investor's figures, and a tier named by a number ("110千伏") is no such figure."""
        if turn.calculations or self.catalogue is None:
            return []
        stated = {dimension_of(q.unit) for q in quantities(turn.question) if q.unit}
        if not stated:
            return []
        names: list[str] = []
        for hit in turn.hits:
            for name, ids in self._clause_ids.items():
                takes = {spec.dimension for spec in self.catalogue.get(name).inputs.values()}
                if hit.clause.clause_id in ids and name not in names and takes & stated:
                    names.append(name)
        return names[:MAX_TOOLS]

    def _bound(self, names: list[str]) -> Any:
        if not names or self.catalogue is None:
            return self.model
        try:  # tool_choice "auto": servers such as llama.cpp's ignore tools unless it is set
            return self.model.bind_tools(calculator_tools(self.catalogue, names), tool_choice="auto")
        except (NotImplementedError, TypeError):
            return self.model

    def messages(self, turn: Turn) -> list[BaseMessage]:
        system = load_prompt(f"answer_system_{turn.lang}").format(refusal=REFUSAL[turn.lang], today=self.settings.today)
        budget = max(MIN_CLAUSE_CHARS, CLAUSE_CHARS // max(1, len(turn.hits)))
        clauses = "\n\n".join(
            f"[{i}] {' › '.join(h.clause.title_path[-2:])}"
            + (f"（有效期至 {h.clause.valid_until}）" if h.clause.valid_until else "")
            + f"\n{excerpt(h.clause, turn.query, budget)}"
            for i, h in enumerate(turn.hits, 1)
        )
        results = "".join(f"- {c.tool}: {'; '.join(c.steps)}\n" for c in turn.calculations)
        shown = turn.history[max(0, len(turn.history) - self.settings.llm_history_turns) :]
        history = "".join(f"{'User' if t['role'] == 'user' else 'Assistant'}: {t['content'][:500]}\n" for t in shown)
        user = load_prompt("answer_user").format(
            clauses=clauses,
            calculations=f"Calculations (already computed; state them as given) / 计算结果：\n{results}\n" if results else "",
            history=f"Conversation so far:\n{history}\n" if history else "",
            question=turn.question,
        )
        return [SystemMessage(system), HumanMessage(user)]

    def answer(self, turn: Turn) -> tuple[str, list[Citation]]:
        messages = self.messages(turn)
        offered = self.tools_for(turn)
        bound = self._bound(offered)
        reply: BaseMessage = self._reply(bound, messages, turn)
        if offered and not _text(reply) and not getattr(reply, "tool_calls", None):
            # some servers (llama.cpp's function-calling format) reply empty when a model offered
            # tools chooses to write instead: ask again without them
            bound = self.model
            reply = self._reply(bound, messages, turn)
        rounds = 0
        while isinstance(reply, AIMessage) and reply.tool_calls and rounds < MAX_TOOL_ROUNDS:
            rounds += 1
            # llama.cpp's server rejects (HTTP 500) an assistant message whose content is null, as
            # the OpenAI format writes it beside tool calls: the reply goes back with a blank one
            messages.append(reply if _text(reply) else reply.model_copy(update={"content": " "}))
            for call in reply.tool_calls:
                messages.append(ToolMessage(self._run_tool(call, turn, offered), tool_call_id=call.get("id") or call["name"]))
            reply = self._reply(bound, messages, turn)
        text = normalise_markers(_text(reply).strip(), len(turn.hits))
        return text, self.citations(text, turn)

    def _reply(self, bound: Any, messages: list[BaseMessage], turn: Turn) -> BaseMessage:
        """The model's reply; with a listener on the turn, streamed: each text chunk reaches it as
        the model produces it, and the chunks (tool calls included) add up to the reply."""
        if turn.on_text is None:
            return bound.invoke(messages)
        reply: BaseMessage | None = None
        try:
            for chunk in bound.stream(messages):
                reply = chunk if reply is None else reply + chunk
                if isinstance(chunk.content, str) and chunk.content:
                    turn.on_text(chunk.content)
        except ValueError as exc:  # langchain: "No generation chunks were returned" (an empty stream)
            if reply is not None or "chunks" not in str(exc):
                raise
        return reply if reply is not None else AIMessage(content="")

    def _run_tool(self, call: dict[str, Any], turn: Turn, offered: list[str]) -> str:
        if self.catalogue is None or call.get("name") not in offered:
            detail = f"the model called {call.get('name')!r}, which it was not offered (offered: {', '.join(offered) or 'none'})"
            turn.warnings.append(AnswerWarning(kind="tool_call_failed", detail=detail))
            return json.dumps({"error": f"no tool named {call.get('name')!r}"}, ensure_ascii=False)
        args = dict(call.get("args") or {})
        invented = _unstated_inputs(args, " ".join([turn.question, *(t["content"] for t in turn.history if t["role"] == "user")]))
        if invented:
            detail = f"the model called {call['name']!r} with {', '.join(invented)}, which the question does not state"
            turn.warnings.append(AnswerWarning(kind="tool_call_failed", detail=detail))
            return json.dumps({"error": f"use only the figures the question states; not stated: {', '.join(invented)}"}, ensure_ascii=False)
        try:
            calculation: Calculation = self.catalogue.run(call["name"], args)
        except (CalculatorError, TypeError, ValueError) as exc:
            detail = f"the model called {call.get('name')!r} with {json.dumps(call.get('args'), ensure_ascii=False)[:200]}: {exc}"
            turn.warnings.append(AnswerWarning(kind="tool_call_failed", detail=detail))
            return json.dumps({"error": str(exc)}, ensure_ascii=False)
        turn.calculations.append(calculation)
        return calculation.model_dump_json()

    def citations(self, text: str, turn: Turn) -> list[Citation]:
        """A citation for each marker that names a clause given to the model, with the sentence
        of that clause that best matches what the answer says next to the marker."""
        return [
            citation_for_clause(turn.hits[marker - 1].clause, marker, context_of(text, marker))
            for marker in sorted({int(m) for m in MARKER.findall(text)})
            if 1 <= marker <= len(turn.hits)  # verification removes markers that point nowhere
        ]


def _text(reply: BaseMessage) -> str:
    if isinstance(reply.content, str):
        return reply.content
    return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in reply.content)


def _unstated_inputs(args: dict[str, Any], question: str) -> list[str]:
    """The inputs of a tool call that the question does not state: a number not in it (as written,
    or with 万 or 亿 multiplied out), or a choice ("水地玉米") it does not name. A calculator computes
    from the investor's figures, not the model's."""
    stated = {q.value for q in quantities(question)}
    stated |= {Decimal(n) for n in re.findall(r"\d+(?:\.\d+)?", question.replace(",", ""))}
    squashed = re.sub(r"\s+", "", question).lower()
    out = []
    for name, value in args.items():
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            continue
        try:
            number = Decimal(str(value).replace(",", "").strip())
        except InvalidOperation:
            number = None
        if number is not None and number.is_finite():
            if number not in stated:
                out.append(f"{name}={value}")
        elif isinstance(value, str) and re.sub(r"\s+", "", value).lower() not in squashed:
            numbers = [Decimal(n) for n in re.findall(r"\d+(?:\.\d+)?", value)]
            if not numbers or not all(n in stated for n in numbers):  # "110KV" for "110千伏" is stated
                out.append(f"{name}={value}")
    return out


def excerpt(clause: Clause, question: str, budget: int) -> str:
    """The clause whole when it fits ``budget`` characters, else its sentences that share the most
    wording with the question, in the clause's order, up to the budget."""
    text = clause.text.strip()
    if len(text) <= budget:
        return text
    sentences = split_sentences(text)
    ranked = sorted(range(len(sentences)), key=lambda i: (-shared_pairs(sentences[i].text, question), i))
    chosen: list[int] = []
    used = 0
    for i in ranked:
        length = len(sentences[i].text) + 1
        if used + length > budget and chosen:
            continue
        chosen.append(i)
        used += length
    return "…".join(sentences[i].text for i in sorted(chosen))
