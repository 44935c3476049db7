"""The language-model answerer: any LangChain chat model; an OpenAI-compatible endpoint covers
OpenAI, DeepSeek, Qwen (DashScope compatible mode), vLLM, Ollama and LM Studio.

The model sees only the numbered clauses; calculators are tools it may call; everything it
writes goes through the same verification as the extractive answer.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import StructuredTool

from assistant.answer.prompts import REFUSAL, load_prompt
from assistant.answer.sentences import split_sentences
from assistant.calculators import CalculatorError, Catalogue
from assistant.models import MARKER, Calculation, Citation
from assistant.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.answer.chain import Turn

MAX_TOOL_ROUNDS = 3


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
        temperature=0,
    )


def calculator_tools(catalogue: Catalogue) -> list[StructuredTool]:
    """The calculators as LangChain tools (JSON-schema arguments)."""
    tools = []
    for item in catalogue.describe():
        name = item["name"]

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
        self.tools = calculator_tools(catalogue) if catalogue else []
        self.bound = model
        if self.tools:
            try:
                self.bound = model.bind_tools(self.tools)  # type: ignore[assignment]
            except NotImplementedError:
                self.bound = model

    def messages(self, turn: Turn) -> list[BaseMessage]:
        system = load_prompt(f"answer_system_{turn.lang}").format(refusal=REFUSAL[turn.lang], today=self.settings.today)
        clauses = "\n\n".join(
            f"[{i}] {' › '.join(h.clause.title_path[-2:])}"
            + (f"（有效期至 {h.clause.valid_until}）" if h.clause.valid_until else "")
            + f"\n{h.clause.text}"
            for i, h in enumerate(turn.hits, 1)
        )
        shown = turn.history[max(0, len(turn.history) - self.settings.llm_history_turns) :]
        history = "".join(f"{'User' if t['role'] == 'user' else 'Assistant'}: {t['content'][:500]}\n" for t in shown)
        user = load_prompt("answer_user").format(
            clauses=clauses, history=f"Conversation so far:\n{history}\n" if history else "", question=turn.question
        )
        return [SystemMessage(system), HumanMessage(user)]

    def answer(self, turn: Turn) -> tuple[str, list[Citation]]:
        messages = self.messages(turn)
        reply: BaseMessage = self._reply(messages, turn)
        rounds = 0
        while isinstance(reply, AIMessage) and reply.tool_calls and rounds < MAX_TOOL_ROUNDS:
            rounds += 1
            messages.append(reply)
            for call in reply.tool_calls:
                messages.append(ToolMessage(self._run_tool(call, turn), tool_call_id=call.get("id") or call["name"]))
            reply = self._reply(messages, turn)
        text = reply.content if isinstance(reply.content, str) else "".join(
            part.get("text", "") if isinstance(part, dict) else str(part) for part in reply.content
        )
        return text.strip(), self.citations(text, turn)

    def _reply(self, messages: list[BaseMessage], turn: Turn) -> BaseMessage:
        """The model's reply; with a listener on the turn, streamed: each text chunk reaches it as
        the model produces it, and the chunks (tool calls included) add up to the reply."""
        if turn.on_text is None:
            return self.bound.invoke(messages)
        reply: BaseMessage | None = None
        for chunk in self.bound.stream(messages):
            reply = chunk if reply is None else reply + chunk  # type: ignore[operator]
            if isinstance(chunk.content, str) and chunk.content:
                turn.on_text(chunk.content)
        return reply if reply is not None else AIMessage(content="")

    def _run_tool(self, call: dict[str, Any], turn: Turn) -> str:
        if self.catalogue is None:
            return json.dumps({"error": "no calculators"})
        try:
            calculation: Calculation = self.catalogue.run(call["name"], dict(call.get("args") or {}))
        except CalculatorError as exc:
            return json.dumps({"error": str(exc)}, ensure_ascii=False)
        turn.calculations.append(calculation)
        return calculation.model_dump_json()

    def citations(self, text: str, turn: Turn) -> list[Citation]:
        """A citation for each marker that names a clause given to the model, with the sentence
        of that clause that best matches what the answer says next to the marker."""
        out: list[Citation] = []
        for marker in sorted({int(m) for m in MARKER.findall(text)}):
            if not 1 <= marker <= len(turn.hits):
                continue  # verification removes markers that point nowhere
            clause = turn.hits[marker - 1].clause
            context = " ".join(s for s in re.split(r"(?<=[。！？.!?\n])", text) if f"[{marker}]" in s)
            sentences = split_sentences(clause.text) or []
            best = max(sentences, key=lambda s: _overlap(s.text, context), default=None)
            out.append(Citation.of(marker, clause, best.start if best else 0, best.end if best else 0))
        return out


def _overlap(a: str, b: str) -> int:
    grams = {a[i : i + 2] for i in range(len(a) - 1)}
    return sum(1 for i in range(len(b) - 1) if b[i : i + 2] in grams)
