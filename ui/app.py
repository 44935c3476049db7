"""The chat page (Gradio): a thin client of :class:`assistant.service.Assistant`.

Chinese first with an English toggle; chat with streaming answers and citation cards; a hotline
draft mode; calculators with forms generated from their schemas; a clause browser; feedback.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.feedback import COMMENT_CHARS, Feedback, Rating
from assistant.models import AnswerResult, Citation
from assistant.service import Assistant, CalculatorError, QuestionError, UnknownClauseError
from assistant.settings import Settings
from policy_assistant_ui.render import answer_html, calculation_html, citation_cards, clause_tree, user_text_html, warning_notes

BROWSE_RESULTS = 20  # clauses the browser's search shows, in the guide's order

EXAMPLES = [
    "110千伏工业电价多少？",
    "我种了200亩水地玉米，保费一共多少？",
    "我们10千伏改110千伏接入，一年1000万度能省多少电费？",
    "设备投资8亿的奶酪项目能补多少？",
    "Which industries get the strategic-emerging-industry power price?",
    "西部大开发企业所得税优惠税率是多少？",
]

LABELS = {
    "zh": {
        "title": "## 伊金霍洛旗投资政策助手\n依据《伊金霍洛旗投资政策指南》逐条作答，每个结论都标注可核对的条款。",
        "chat": "咨询", "calc": "计算器", "browse": "条款浏览",
        "question": "您的问题", "placeholder": "例如：110千伏工业电价多少？（可继续追问：那10千伏呢？）",
        "send": "发送", "clear": "新对话", "draft": "热线答复草稿模式", "draft_box": "答复草稿（审核后可复制发送）",
        "citations": "引用条款（点击答案中的 [n] 打开）", "comment": "意见（可选）", "up": "有帮助", "down": "有问题",
        "calc_pick": "选择计算器", "run": "计算", "search": "搜索条款", "clause_id": "条款编号", "open": "打开",
        "examples": "示例问题", "verification_removed": "核验：已删去无条款依据的内容（见上方提示）。",
        "verified": "✓ 已逐条核验：数字均出自所引条款或计算。",
    },
    "en": {
        "title": "## Ejin Horo investment-policy assistant\n"
        "Answers from the Ejin Horo investment-policy guide, every statement with a clause you can check.",
        "chat": "Chat", "calc": "Calculators", "browse": "Clause browser",
        "question": "Your question", "placeholder": "e.g. What is the industrial electricity price at 110 kV? (then: what about 10 kV?)",
        "send": "Send", "clear": "New chat", "draft": "Hotline draft mode", "draft_box": "Reply draft (review, then copy)",
        "citations": "Cited clauses (click [n] in the answer)", "comment": "Comment (optional)", "up": "Helpful", "down": "Wrong",
        "calc_pick": "Calculator", "run": "Calculate", "search": "Search clauses", "clause_id": "Clause id", "open": "Open",
        "examples": "Examples", "verification_removed": "Verified: text no cited clause supports was removed (see the notes above).",
        "verified": "✓ Verified: every figure is in a cited clause or a calculation.",
    },
}

CSS = """
.gradio-container { max-width: 1180px !important; margin: auto; }
.cite-card { border: 1px solid #d8dee8; border-radius: 8px; padding: 6px 10px; margin: 6px 0; background: #fbfcfe; }
.cite-card[open] { background: #f4f8ff; border-color: #8fb1e3; }
.cite-card summary { cursor: pointer; font-weight: 600; }
.cite-card .path { color: #5a6472; font-size: 0.85em; margin: 4px 0; }
.cite-card mark { background: #ffe58a; padding: 0 1px; }
.cite-card .clause-text { margin-top: 6px; line-height: 1.6; }
.cite-no { color: #2f6fb0; }
.cite-card .page { color: #5a6472; font-size: 0.85em; margin-left: 6px; }
.cite-card .path code { font-size: 0.9em; color: #8a929c; }
.badge.expired { background: #c0392b; color: white; border-radius: 4px; padding: 0 5px; font-size: 0.8em; }
.cite-link { color: #2f6fb0; font-weight: 600; text-decoration: none; }
.calc-result .big { font-size: 1.6em; font-weight: 700; margin-bottom: 6px; }
.tree summary { cursor: pointer; }
.tree-body { margin-left: 14px; }
.tree-clause { font-size: 0.9em; margin: 3px 0; }
.muted { color: #777; }
#header h2 { word-break: keep-all; overflow-wrap: normal; }
@media (max-width: 640px) {
  .gradio-container { padding: 4px !important; }
  #header h2 { font-size: 1.3rem; }
}
"""

# Citation markers open their card.
HEAD = """
<script>
document.addEventListener('click', function (event) {
  const link = event.target.closest('a.cite-link');
  if (!link) return;
  event.preventDefault();
  const id = link.getAttribute('href').slice(1);
  const card = document.getElementById(id);
  if (card) { card.open = true; card.scrollIntoView({behavior: 'smooth', block: 'nearest'}); }
});
</script>
"""


def build_ui(assistant: Assistant, settings: Settings) -> gr.Blocks:
    calculators = assistant.calculators()

    with gr.Blocks(title="伊金霍洛旗投资政策助手") as demo:
        lang = gr.State("zh")
        conversation = gr.State([])  # [{"role", "content"}] plain text, for follow-ups
        last = gr.State(None)  # the last AnswerResult, for feedback

        with gr.Row():
            header = gr.Markdown(LABELS["zh"]["title"], elem_id="header")
            toggle = gr.Radio(["中文", "English"], value="中文", show_label=False, scale=0, min_width=180, elem_id="lang-toggle")

        with gr.Tabs():
            with gr.Tab(LABELS["zh"]["chat"], id="chat") as chat_tab:
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=300):
                        chatbot = gr.Chatbot(height=460, elem_id="chatbot", feedback_options=None, buttons=["copy"], show_label=False)
                        with gr.Row():
                            question = gr.Textbox(
                                label=LABELS["zh"]["question"], placeholder=LABELS["zh"]["placeholder"], scale=5,
                                elem_id="question", max_length=settings.max_question_chars,
                            )
                            send = gr.Button(LABELS["zh"]["send"], variant="primary", scale=1, elem_id="send")
                        with gr.Row():
                            draft_mode = gr.Checkbox(label=LABELS["zh"]["draft"], value=False, elem_id="draft-mode")
                            clear = gr.Button(LABELS["zh"]["clear"], size="sm", elem_id="clear")
                        examples = gr.Examples(EXAMPLES, inputs=[question], label=LABELS["zh"]["examples"])
                        draft_box = gr.Textbox(
                            label=LABELS["zh"]["draft_box"], lines=10, visible=False, buttons=["copy"], elem_id="draft"
                        )
                        with gr.Row():
                            comment = gr.Textbox(label=LABELS["zh"]["comment"], scale=4, elem_id="comment", max_length=COMMENT_CHARS)
                            up = gr.Button(LABELS["zh"]["up"], size="sm", elem_id="thumbs-up")
                            down = gr.Button(LABELS["zh"]["down"], size="sm", elem_id="thumbs-down")
                        feedback_note = gr.Markdown("", elem_id="feedback-note")
                    with gr.Column(scale=2, min_width=280):
                        citations_title = gr.Markdown(f"**{LABELS['zh']['citations']}**")
                        citations = gr.HTML("", elem_id="citations")

            with gr.Tab(LABELS["zh"]["calc"], id="calc") as calc_tab:
                choices = [(f"{c.title} / {c.title_en}", c.name) for c in calculators]
                calc_pick = gr.Dropdown(choices, value=calculators[0].name, label=LABELS["zh"]["calc_pick"], elem_id="calc-pick")
                calc_desc = gr.Markdown(calculators[0].description)
                calc_output = gr.HTML("", elem_id="calc-result", render=False)  # placed below the form

                @gr.render(inputs=[calc_pick])
                def calculator_form(name: str) -> None:
                    item = next(c for c in calculators if c.name == name)
                    properties = item.input_schema["properties"]
                    fields = []
                    for input_name, prop in properties.items():
                        label = f"{prop.get('description', input_name)}"
                        if "enum" in prop:
                            fields.append(
                                gr.Dropdown(prop["enum"], label=label, value=prop.get("default"), elem_id=f"calc-in-{input_name}")
                            )
                        else:
                            fields.append(gr.Textbox(label=label, value=prop.get("default"), elem_id=f"calc-in-{input_name}"))
                    run = gr.Button(LABELS["zh"]["run"], variant="primary", elem_id="calc-run")

                    def compute(*values: Any) -> str:
                        args = {n: v for n, v in zip(properties, values) if v not in (None, "")}
                        try:
                            calc = assistant.calculate(name, args)
                        except CalculatorError as exc:
                            return f"<p class=\"error\">⚠️ {html.escape(str(exc))}</p>"
                        return calculation_html(calc, assistant.clauses(calc.clause_ids))

                    run.click(compute, inputs=fields, outputs=[calc_output])

                calc_output.render()

                calc_pick.change(lambda n: next(c.description for c in calculators if c.name == n), calc_pick, calc_desc)

            with gr.Tab(LABELS["zh"]["browse"], id="browse") as browse_tab:
                with gr.Row():
                    browse_query = gr.Textbox(label=LABELS["zh"]["search"], scale=4, elem_id="browse-query")
                    browse_id = gr.Textbox(label=LABELS["zh"]["clause_id"], scale=2, elem_id="browse-id")
                    open_btn = gr.Button(LABELS["zh"]["open"], scale=1)
                browse_view = gr.HTML(clause_tree(assistant.clauses()), elem_id="clause-tree")

        # ---- chat -------------------------------------------------------------------------
        def respond(message: str, chat: list, history: list, draft: bool, language: str) -> Iterator[tuple]:
            message = (message or "").strip()
            if not message:
                yield chat, history, gr.update(), gr.update(), None, ""
                return
            chat = chat + [{"role": "user", "content": user_text_html(message)}, {"role": "assistant", "content": "…"}]
            yield chat, history, gr.update(), gr.update(), None, ""
            turn = len(chat) // 2
            shown = ""
            result, removed = None, []
            try:
                for event in assistant.stream(message, history, draft=draft):
                    if event.event == "token":  # the answer as it is produced, before verification
                        shown += event.text
                        chat[-1] = {"role": "assistant", "content": answer_html(shown, turn)}
                        yield chat, history, gr.update(), gr.update(), None, ""
                    else:
                        result, removed = event.result, event.removed
            except QuestionError as exc:
                chat[-1] = {"role": "assistant", "content": f"⚠️ {exc}"}
                yield chat, history, gr.update(), gr.update(), None, ""
                return
            assert result is not None
            cards = citation_cards(result.citations, turn, settings.today, "en" if language == "en" else "zh")
            text = result.answer  # the verified answer replaces what was streamed
            notes = warning_notes([w.kind for w in result.warnings], "en" if language == "en" else "zh")
            labels = LABELS["en" if language == "en" else "zh"]
            if removed:
                notes += f"<br><small>{labels['verification_removed']}</small>"
            elif result.citations and not result.refused:
                notes += f'<br><small class="verified">{labels["verified"]}</small>'

            chat[-1] = {"role": "assistant", "content": answer_html(text, turn) + notes}
            history = history + [{"role": "user", "content": message}, {"role": "assistant", "content": text}]
            history = history[max(0, len(history) - settings.max_history_turns) :]
            draft_update = gr.update(value=result.draft or "", visible=bool(draft))
            yield chat, history, cards, draft_update, result, ""

        outputs = [chatbot, conversation, citations, draft_box, last, question]
        send.click(respond, [question, chatbot, conversation, draft_mode, lang], outputs)
        question.submit(respond, [question, chatbot, conversation, draft_mode, lang], outputs)
        clear.click(
            lambda: ([], [], "", gr.update(value="", visible=False), None), None, [chatbot, conversation, citations, draft_box, last]
        )
        draft_mode.change(lambda on: gr.update(visible=on), draft_mode, draft_box)

        def give_feedback(rating: Rating, text: str, result: AnswerResult | None, language: str) -> tuple[str, str]:
            if result is None:
                return ("请先提问。" if language == "zh" else "Ask a question first."), text
            number = assistant.feedback(Feedback.on_answer(result, rating, text, source="ui")).id
            return (f"已记录反馈 #{number}，谢谢！" if language == "zh" else f"Feedback #{number} saved, thank you!"), ""

        up.click(lambda t, r, lg: give_feedback("up", t, r, lg), [comment, last, lang], [feedback_note, comment])
        down.click(lambda t, r, lg: give_feedback("down", t, r, lg), [comment, last, lang], [feedback_note, comment])

        # ---- browser ----------------------------------------------------------------------
        def browse(query: str) -> str:
            query = (query or "").strip()
            if not query:
                return clause_tree(assistant.clauses())
            try:
                found = assistant.search(query, k=BROWSE_RESULTS)
            except QuestionError as exc:
                return f"<p>⚠️ {html.escape(str(exc))}</p>"
            return clause_tree(assistant.clauses([hit.clause_id for hit in found.results]))

        def open_clause(clause_id: str) -> str:
            try:
                clause = assistant.clause(clause_id or "")
            except UnknownClauseError as exc:
                return f"<p>⚠️ {html.escape(str(exc))}</p>"
            return citation_cards([Citation.of(1, clause)], 0, settings.today, open_first=True)

        browse_query.submit(browse, browse_query, browse_view)
        open_btn.click(open_clause, browse_id, browse_view)
        browse_id.submit(open_clause, browse_id, browse_view)

        # ---- language ---------------------------------------------------------------------
        def switch(choice: str) -> tuple:
            code = "en" if choice == "English" else "zh"
            t = LABELS[code]
            return (
                code, t["title"], gr.update(label=t["question"], placeholder=t["placeholder"]), gr.update(value=t["send"]),
                gr.update(label=t["draft"]), gr.update(value=t["clear"]), gr.update(label=t["draft_box"]),
                gr.update(label=t["comment"]), gr.update(value=t["up"]), gr.update(value=t["down"]),
                f"**{t['citations']}**", gr.update(label=t["chat"]), gr.update(label=t["calc"]), gr.update(label=t["browse"]),
                gr.update(label=t["calc_pick"]), gr.update(label=t["search"]), gr.update(label=t["clause_id"]),
                gr.update(value=t["open"]), gr.update(label=t["examples"]),
            )

        toggle.change(
            switch, toggle,
            [lang, header, question, send, draft_mode, clear, draft_box, comment, up, down, citations_title,
             chat_tab, calc_tab, browse_tab, calc_pick, browse_query, browse_id, open_btn, examples.dataset],
        )
    return demo


def launch(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    assistant = Assistant.load(settings)
    demo = build_ui(assistant, settings)
    print(f"Chat page on http://{host}:{port}")
    demo.queue(default_concurrency_limit=4).launch(
        server_name=host, server_port=port, css=CSS, head=HEAD, footer_links=[], show_error=True, quiet=True
    )
