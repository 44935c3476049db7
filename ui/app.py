"""The chat page (Gradio): a thin client of :class:`assistant.service.Assistant`.

Chinese first with an English toggle; chat with streaming answers, refusals that offer the nearest
topics, and the citation cards of every question; a hotline draft mode; calculators with forms
generated from their schemas, grouped by topic and found by typing; a clause browser; feedback, and
tickets for answers that did not help.
"""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import gradio as gr

from assistant.feedback import COMMENT_CHARS, REASONS, Feedback, Rating, Reason
from assistant.models import AnswerResult, CalculatorInfo, Citation
from assistant.service import Assistant, CalculatorError, QuestionError, UnknownClauseError, heading_label
from assistant.settings import Settings
from policy_assistant_ui.incentives import build_incentives_tab, incentives_handover_button
from policy_assistant_ui.render import (
    AnsweredTurn,
    CalculatorInput,
    answer_html,
    calculation_html,
    calculator_error_html,
    citation_cards,
    citation_panel,
    clause_tree,
    draft_html,
    missing_inputs_html,
    refusal_html,
    search_results_html,
    user_text_html,
    warning_notes,
)

BROWSE_RESULTS = 20  # clauses the browser's search shows, most relevant first

EXAMPLES = {
    "zh": [
        "110千伏工业电价多少？",
        "我种了200亩水地玉米，保费一共多少？",
        "我们10千伏改110千伏接入，一年1000万度能省多少电费？",
        "设备投资8亿的奶酪项目能补多少？",
        "Which industries get the strategic-emerging-industry power price?",
        "西部大开发企业所得税优惠税率是多少？",
    ],
    "en": [
        "What is the industrial electricity price at 110 kV?",
        "I grow 120 mu of sunflowers. What would the total crop-insurance premium be?",
        "We are connected at 10 kV and use 10 million kWh a year. How much would we save per year if we connected at 110 kV instead?",
        "What is the industrial land price in the Airport Logistics Park?",
        "Which industries get the strategic-emerging-industry power price?",
        "What is the preferential corporate income tax rate under the Western Development policy?",
    ],
}

LABELS = {
    "zh": {
        "title": "## 伊金霍洛旗投资政策助手\n逐条依据指南作答，每个结论都标注可核对的条款。",
        "edition": "指南版本：《{guide}》（共{clauses}条条款）", "built": "索引数据日期：{date}",
        "chat": "咨询", "calc": "计算器", "browse": "条款浏览",
        "question": "您的问题", "placeholder": "例如：110千伏工业电价多少？（可继续追问：那10千伏呢？）",
        "send": "发送", "clear": "新对话", "draft": "热线答复草稿模式",
        "citations": "引用条款（点击答案中的 [n] 打开）", "comment": "意见（可选）", "up": "有帮助", "down": "有问题",
        "reasons": "哪里有问题（可多选，随“有问题”提交）", "chosen": "✓ 已选：{label}",
        "ask_first": "请先提问。", "saved": "已记录反馈 #{number}，谢谢！",
        "ticket": "登记待办", "ticket_note": "待办备注（可选：来电人需要什么、回电联系方式）", "ticket_confirm": "确认登记",
        "ticket_saved": "已登记待办 #{number}", "ticket_done": "✓ 已登记待办 #{number}",
        "calc_topic": "按主题",
        "calc_pick": "选择计算器（可输入搜索）", "run": "计算", "search": "搜索条款", "clause_id": "条款编号", "open": "打开",
        "examples": "示例问题", "empty_id": "请输入条款编号或先搜索。", "page_title": "伊金霍洛旗投资政策助手",
        "bad_question": "无法处理这个问题：问题为空，或超过 {limit} 字。",
        "takes": "需要填写：{inputs}。", "optional": "（可选）", "quoted_from": "参数引自条款 {ids}。",
        "unknown_id": "没有编号为“{clause_id}”的条款，请检查编号或先搜索。",
        "verification_removed": "核验：已删去无条款依据的内容（见上方提示）。",
        "verified": "✓ 已逐条核验：数字均出自所引条款或计算。",
    },
    "en": {
        "title": "## Ejin Horo investment-policy assistant\n"
        "Answers from the Ejin Horo investment-policy guide, every statement with a clause you can check.",
        "edition": "Guide edition: {english}《{guide}》 ({clauses:,} clauses)", "built": "index data of {date}",
        "chat": "Chat", "calc": "Calculators", "browse": "Clause browser",
        "question": "Your question", "placeholder": "e.g. What is the industrial electricity price at 110 kV? (then: what about 10 kV?)",
        "send": "Send", "clear": "New chat", "draft": "Hotline draft mode",
        "citations": "Cited clauses (click [n] in the answer)", "comment": "Comment (optional)", "up": "Helpful", "down": "Wrong",
        "reasons": "What was wrong (any, sent with “Wrong”)", "chosen": "✓ Chosen: {label}",
        "ask_first": "Ask a question first.", "saved": "Feedback #{number} saved, thank you!",
        "ticket": "Log a ticket", "ticket_note": "Ticket note (optional: what the caller needs, a callback contact)",
        "ticket_confirm": "Confirm ticket", "ticket_saved": "Ticket #{number} logged", "ticket_done": "✓ Ticket #{number} logged",
        "calc_topic": "Topic",
        "calc_pick": "Calculator (type to search)",
        "run": "Calculate", "search": "Search clauses", "clause_id": "Clause id", "open": "Open",
        "examples": "Examples", "empty_id": "Enter a clause id or search first.", "page_title": "Ejin Horo investment-policy assistant",
        "bad_question": "The question cannot be taken: it is empty or longer than {limit} characters.",
        "takes": "Takes: {inputs}.", "optional": " (optional)", "quoted_from": "Its figures are quoted from {ids}.",
        "unknown_id": "No clause has the id “{clause_id}”; check it or search first.",
        "verification_removed": "Verified: text no cited clause supports was removed (see the notes above).",
        "verified": "✓ Verified: every figure is in a cited clause or a calculation.",
    },
}  # fmt: skip

REASON_LABELS: dict[str, dict[Reason, str]] = {
    "zh": {"wrong_figure": "数字不对", "wrong_citation": "引用不对", "did_not_answer": "没回答问题", "expired": "过期"},
    "en": {"wrong_figure": "Wrong figure", "wrong_citation": "Wrong citation", "did_not_answer": "Did not answer", "expired": "Expired"},
}

CSS = """
/* the light theme's accent, primary buttons and subdued text dark enough for 4.5:1 contrast (WCAG AA, checked by axe);
   the dark theme (.dark on <body>) keeps its own */
:root {
  --color-accent: #c2410c; --button-primary-background-fill: #c2410c; --button-primary-background-fill-hover: #9a3412;
  --button-primary-text-color: #ffffff; --button-primary-text-color-hover: #ffffff; --body-text-color-subdued: #5a6472;
}
.gradio-container { max-width: 1180px !important; margin: auto; }
.cite-card { border: 1px solid #d8dee8; border-radius: 8px; padding: 6px 10px; margin: 6px 0; background: #fbfcfe; }
.cite-card[open] { background: #f4f8ff; border-color: #8fb1e3; }
.cite-card summary { cursor: pointer; font-weight: 600; }
.cite-card mark, .refusal mark { background: #ffe58a; padding: 0 1px; }
.cite-card .card-meta { color: #3d4652; font-size: 0.9em; margin: 6px 0; }
.cite-card .clause-text { margin-top: 6px; line-height: 1.6; }
.cite-card .clause-ref { color: #5a6472; font-size: 0.8em; }
.cite-card .clause-id { user-select: all; font-size: 0.95em; color: #5a6472; }
.cite-card .copy-id { font-size: 0.9em; border: 1px solid #d8dee8; border-radius: 4px; padding: 0 5px; margin-left: 4px; cursor: pointer; }
.cite-card .hit-preview { font-weight: 400; color: #3d4652; font-size: 0.9em; margin: 2px 0 0 14px; }
.cite-card[open] .hit-preview { display: none; }
.cite-no { color: #2f6fb0; }
.cite-card .card-path, .tree-zh { font-weight: 400; font-size: 0.85em; color: #5a6472; }
.cite-card .card-path { display: block; margin-left: 1.1em; }
.calc-result .working { font-size: 0.9em; margin-top: 4px; }
.turn-cards { margin-bottom: 12px; }
.turn-heading { font-size: 0.9em; color: #5a6472; border-bottom: 1px solid #e3e7ee; padding: 2px 0; }
.turn-question { color: #5a6472; }
.badge.expired { background: #c0392b; color: white; border-radius: 4px; padding: 0 5px; font-size: 0.8em; }
.cite-link { color: #2f6fb0; font-weight: 600; text-decoration: none; }
/* Gradio dims every chat message to 0.8 opacity, which takes the citation markers and topic buttons under 4.5:1 */
#chatbot .message-wrap .prose.chatbot.md { opacity: 1; }
.refusal .topics { margin-top: 6px; }
.topic-ask { border: 1px solid #8fb1e3; border-radius: 14px; background: #f4f8ff; color: #2f6fb0; padding: 2px 10px; margin: 4px 6px 0 0;
  cursor: pointer; font-size: 0.9em; }
.calc-result .big { font-size: 1.6em; font-weight: 700; margin-bottom: 6px; }
.calc-expired { background: #fff4e5; border-left: 4px solid #e67e22; padding: 6px 10px; }
.hit-count { font-weight: 600; }
#log-ticket, #ticket-confirm { min-height: 44px; }
.tree summary { cursor: pointer; }
/* the hotline desk: the draft whole, to read out, under the answer */
.draft-desk { border: 1px solid #8fb1e3; border-left: 4px solid #2f6fb0; border-radius: 8px; padding: 8px 12px; background: #f8fbff; }
.draft-desk .draft-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
.draft-desk .copy-draft { border: 1px solid #2f6fb0; border-radius: 6px; background: #2f6fb0; color: white; padding: 4px 14px;
  min-height: 36px; font-weight: 600; cursor: pointer; }
.draft-desk .copy-draft.copied { background: #1e7b34; border-color: #1e7b34; }
.draft-desk .draft-status { margin: 2px 0; font-size: 0.9em; color: #1e7b34; min-height: 1em; }
.draft-desk .draft-text { white-space: pre-wrap; line-height: 1.7; font-size: 1.02em; overflow-wrap: anywhere; }
.tree-body { margin-left: 14px; }
.tree-clause { font-size: 0.9em; margin: 3px 0; }
.muted { color: #636363; }
#header h2 { word-break: keep-all; overflow-wrap: normal; }
#header small { color: #5a6472; }
#question textarea::placeholder { color: #5a6472; opacity: 1; }
/* a citation marker stays small in the text but is tapped through a 44 px high area around it */
a.cite-link { position: relative; }
a.cite-link::after { content: ""; position: absolute; left: -6px; right: -6px; top: 50%; height: 44px; transform: translateY(-50%); }
/* the chat tab: on a laptop the answer's column (#chat-main over #chat-more) with the citation panel beside it, sized as
   Gradio's row sized the two columns; under 768 px, where that row stacked them, one column in the page's order:
   the answer, its citation cards, then the examples and feedback (no display: contents, which loses the cards' tap areas) */
@media (min-width: 768px) {
  #chat-layout { display: grid; grid-template-columns: minmax(300px, 3fr) minmax(280px, 2fr); grid-template-rows: auto 1fr;
    grid-template-areas: "main panel" "more panel"; gap: var(--layout-gap); align-items: start; }
  #chat-layout > #chat-main { grid-area: main; }
  #chat-layout > #citation-panel { grid-area: panel; }
  #chat-layout > #chat-more { grid-area: more; }
}
@media (max-width: 767px) {
  #chat-layout > .column { flex: 1 1 100% !important; min-width: 100% !important; }
}
@media (max-width: 640px) {
  .gradio-container { padding: 4px !important; }
  #header h2 { font-size: 1.3rem; word-break: normal; overflow-wrap: anywhere; }
  /* the title whole on its own line, the language switch under it */
  #header-row { flex-wrap: wrap; }
  #header-row > #header { flex: 1 1 100% !important; min-width: 100% !important; }
  #header-row > #lang-toggle { flex: 1 1 100% !important; }
  /* the four tabs side by side on a 390 px screen (none hidden in Gradio's overflow menu) */
  .tab-container button { padding: 0 10px; }  /* also the hidden copies Gradio measures them by */
  /* touch targets at least 44 px high */
  button, #lang-toggle label, .topic-ask, .cite-card .copy-id, .draft-desk .copy-draft { min-height: 44px !important; }
  #chatbot .icon-button { min-width: 44px; min-height: 44px; justify-content: center; }
}
"""

# Citation markers open their card (scrolled to); a nearby topic asks its question (sent once the
# question box has taken it); a card's copy button copies the clause id (where the browser allows;
# the id is selected whole by a click anyway).
HEAD = """
<script>
document.documentElement.lang = 'zh-CN';  // the page opens in Chinese; the language switch sets 'en'
// The language switch announced by its name, as one group of choices (the Radio shows no label);
// a chat message's accessible name read as words: Gradio puts the message's HTML source in its
// aria-label, which is parsed (never run) and replaced by its text, so [n] is heard, not <a class=…>.
new MutationObserver(function () {
  const toggle = document.getElementById('lang-toggle');
  if (toggle && !toggle.hasAttribute('aria-label')) {
    toggle.setAttribute('role', 'radiogroup');
    toggle.setAttribute('aria-label', '语言 / Language');
  }
  document.querySelectorAll('#chatbot [aria-label]').forEach(function (el) {
    const label = el.getAttribute('aria-label');
    if (/[<&]/.test(label)) {
      const text = new DOMParser().parseFromString(label.replace(/<br\\s*\\/?>/gi, ' '), 'text/html').body.textContent;
      el.setAttribute('aria-label', text.replace(/\\s+/g, ' ').trim());
    }
  });
}).observe(document.documentElement, {childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label']});
document.addEventListener('click', function (event) {
  const link = event.target.closest('a.cite-link');
  if (link) {
    event.preventDefault();
    const card = document.getElementById(link.getAttribute('href').slice(1));
    if (card) { card.open = true; card.scrollIntoView({behavior: 'smooth', block: 'nearest'}); }
    return;
  }
  const topic = event.target.closest('button.topic-ask');
  if (topic) {
    const box = document.querySelector('#question textarea');
    box.value = topic.value;
    box.dispatchEvent(new Event('input', {bubbles: true}));
    setTimeout(function () { document.querySelector('#send').click(); }, 100);
    return;
  }
  const copyDraft = event.target.closest('button.copy-draft');
  if (copyDraft) {
    // the whole draft to the clipboard; the button and a live status say it was copied, for a few seconds
    const desk = copyDraft.closest('.draft-desk');
    const text = desk.querySelector('.draft-text').textContent;
    const status = desk.querySelector('.draft-status');
    const done = function () {
      copyDraft.textContent = copyDraft.dataset.copied;
      copyDraft.classList.add('copied');
      status.textContent = copyDraft.dataset.said;
      clearTimeout(copyDraft._reset);
      copyDraft._reset = setTimeout(function () {
        copyDraft.textContent = copyDraft.dataset.label;
        copyDraft.classList.remove('copied');
        status.textContent = '';
      }, 4000);
    };
    const byHand = function () {
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      let ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      area.remove();
      if (ok) { done(); } else { status.textContent = copyDraft.dataset.failed; }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, byHand);
    } else {
      byHand();
    }
    return;
  }
  const copy = event.target.closest('button.copy-id');
  if (copy && navigator.clipboard) {
    navigator.clipboard.writeText(copy.dataset.copy).then(function () { copy.textContent = copy.dataset.copied; });
  }
});
</script>
"""


# The calculators by topic, in the order the selector offers them ("all" first, the default).
TOPICS = {
    "all": {"zh": "全部", "en": "All"},
    "land_utilities": {"zh": "土地与水电气热", "en": "Land and utilities"},
    "agriculture": {"zh": "农牧业", "en": "Agriculture"},
    "industry": {"zh": "工业与商贸", "en": "Industry and trade"},
    "talent": {"zh": "人才", "en": "Talent"},
    "science_technology": {"zh": "科技创新", "en": "Science and technology"},
    "tax": {"zh": "税收", "en": "Tax"},
}
def topic_choices(lang: str) -> list[tuple[str, str]]:
    """The topic selector's options in the page's language, by topic key."""
    return [(labels[lang], key) for key, labels in TOPICS.items()]


def calculators_in(calculators: list[CalculatorInfo], topic: str) -> list[CalculatorInfo]:
    """The calculators of ``topic`` ("all": every one), in the catalogue's order."""
    return [c for c in calculators if topic in ("all", None) or c.topic == topic]  # the catalogue's topic


def calculator_choices(calculators: list[CalculatorInfo], lang: str) -> list[tuple[str, str]]:
    """The calculators to pick from, by title: "中文 / English" on the Chinese page, English on the English one."""
    return [(c.title_en if lang == "en" else f"{c.title} / {c.title_en}", c.name) for c in calculators]


def calculator_description(item: CalculatorInfo, lang: str) -> str:
    """What a calculator computes: its own description on the Chinese page; on the English page its
    English title (and its Chinese one, as the guide names it), the inputs it takes and its clauses."""
    if lang != "en":
        return item.description
    labels = LABELS["en"]
    schema = item.input_schema
    required = set(schema.get("required", []))
    inputs = "; ".join(
        str(prop.get("description_en") or prop.get("description", name)) + ("" if name in required else labels["optional"])
        for name, prop in schema["properties"].items()
    )
    ids = ("clause " if len(item.clause_ids) == 1 else "clauses ") + ", ".join(item.clause_ids)
    return f"**{item.title_en}** ({item.title}). {labels['takes'].format(inputs=inputs)} {labels['quoted_from'].format(ids=ids)}"


def header_markdown(lang: str, guide_title: str, clauses: int, built: datetime | None) -> str:
    """The page's title, the guide's edition and the date of the index's data."""
    labels = LABELS[lang]
    english = f"{heading_label(guide_title)} " if lang == "en" and heading_label(guide_title) else ""
    facts = [labels["edition"].format(guide=guide_title, english=english, clauses=clauses)]
    if built is not None:
        facts.append(labels["built"].format(date=built.date().isoformat()))
    return f"{labels['title']}\n\n<small>{' · '.join(facts)}</small>"


def reason_choices(lang: str) -> list[tuple[str, Reason]]:
    """The reasons a thumbs down can give, labelled in the page's language, stored by code."""
    return [(REASON_LABELS[lang][reason], reason) for reason in REASONS]


def feedback_controls(rated: Rating | None, lang: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The 👍 and 👎 buttons and the reason chips for the latest answer: open until it is rated, then
    the chosen button marked and everything closed, so an answer is rated once."""
    labels = LABELS[lang]
    buttons = []
    for rating in ("up", "down"):
        chosen = rating == rated
        label = labels["chosen"].format(label=labels[rating]) if chosen else labels[rating]
        buttons.append(gr.update(value=label, variant="primary" if chosen else "secondary", interactive=rated is None))
    return buttons[0], buttons[1], gr.update(label=labels["reasons"], choices=reason_choices(lang), interactive=rated is None)


def ticket_control(result: AnswerResult | None, rated: Rating | None, ticket: int | None, lang: str) -> dict[str, Any]:
    """The "登记待办" button for the latest answer: offered under a refused answer and under one rated
    👎; once a ticket is logged, its number shown and the button closed, so an answer is logged once."""
    labels = LABELS[lang]
    if ticket is not None:
        return gr.update(value=labels["ticket_done"].format(number=ticket), variant="primary", interactive=False, visible=True)
    offered = result is not None and (result.refused or rated == "down")
    return gr.update(value=labels["ticket"], variant="secondary", interactive=True, visible=offered)


def build_ui(assistant: Assistant, settings: Settings) -> gr.Blocks:
    calculators = assistant.calculators()
    clause_count = len(assistant.clauses())
    built = assistant.index_built()

    trees: dict[str, str] = {}  # the clause tree in each language, built once

    def tree(language: str) -> str:
        if language not in trees:
            trees[language] = clause_tree(assistant.clauses(), lang=language)
        return trees[language]

    def calculation_shown(name: str, given: dict[str, Any], missing: list[str], language: str) -> str:
        """The result of calculator ``name`` on ``given``, or what is wrong with them (the required
        inputs ``missing``, or what the calculator refused), in ``language``."""
        if missing:  # named as the page names them, with what they take
            properties = next(c for c in calculators if c.name == name).input_schema["properties"]
            return missing_inputs_html([CalculatorInput.from_schema(n, properties[n], language) for n in missing], language)
        try:
            calc = assistant.calculate(name, given)
        except CalculatorError as exc:
            return calculator_error_html(exc, language)
        return calculation_html(calc, assistant.clauses(calc.clause_ids), settings.today, language)

    def bad_question(language: str) -> str:
        return LABELS[language]["bad_question"].format(limit=settings.max_question_chars)

    with gr.Blocks(title=LABELS["zh"]["page_title"]) as demo:
        lang = gr.State("zh")
        conversation = gr.State([])  # [{"role", "content"}] plain text, for follow-ups
        turns = gr.State([])  # [AnsweredTurn], for the citation panel
        last = gr.State(None)  # the last AnswerResult, for feedback
        answer_key = gr.State(None)  # a key per answer, so its feedback is stored once
        rated = gr.State(None)  # the Rating the last answer was given, if any
        ticketed = gr.State(None)  # the number of the ticket logged for the last answer, if any

        with gr.Row(elem_id="header-row"):
            header = gr.Markdown(header_markdown("zh", settings.guide_title, clause_count, built), elem_id="header")
            toggle = gr.Radio(
                ["中文", "English"], value="中文", label="语言 / Language", show_label=False, scale=0, min_width=180, elem_id="lang-toggle"
            )

        with gr.Tabs():
            with gr.Tab(LABELS["zh"]["chat"], id="chat") as chat_tab:
                # the answer's column, then the panel of its cited clauses, then the rest of the chat column: in
                # this order on a phone (the cards right after the answer); the panel beside both on a laptop (CSS)
                with gr.Row(equal_height=False, elem_id="chat-layout"):
                    with gr.Column(scale=3, min_width=300, elem_id="chat-main"):
                        # each question can be asked again: edited (or as it was) from its own bubble, or the latest
                        # retried; each answer copied
                        chatbot = gr.Chatbot(
                            height=460, elem_id="chatbot", feedback_options=None, buttons=["copy"], show_label=False, editable="user"
                        )
                        # the hotline desk: the reply draft right under the answer it drafts, whole, with its copy button
                        draft_box = gr.HTML("", visible=False, elem_id="draft")
                        see_incentives = incentives_handover_button()  # a question describing a project: to its match
                        with gr.Row():
                            question = gr.Textbox(
                                label=LABELS["zh"]["question"], placeholder=LABELS["zh"]["placeholder"], scale=5,
                                elem_id="question", max_length=settings.max_question_chars,
                            )
                            send = gr.Button(LABELS["zh"]["send"], variant="primary", scale=1, elem_id="send")
                    with gr.Column(scale=2, min_width=280, elem_id="citation-panel"):
                        citations_title = gr.Markdown(f"**{LABELS['zh']['citations']}**", elem_id="citations-title")
                        citations = gr.HTML("", elem_id="citations")
                    with gr.Column(scale=3, min_width=300, elem_id="chat-more"):
                        with gr.Row():
                            draft_mode = gr.Checkbox(label=LABELS["zh"]["draft"], value=False, elem_id="draft-mode")
                            clear = gr.Button(LABELS["zh"]["clear"], size="sm", elem_id="clear")
                        # example questions in the page's language; one clicked fills the question box (its
                        # label and placeholder left as the page's language has them: gr.Examples would reset them)
                        examples = gr.Dataset(
                            components=[question], samples=[[example] for example in EXAMPLES["zh"]], type="values",
                            label=LABELS["zh"]["examples"], elem_id="examples",
                        )
                        examples.click(lambda sample: sample[0], examples, question, show_progress="hidden", queue=False)
                        with gr.Row():
                            comment = gr.Textbox(label=LABELS["zh"]["comment"], scale=4, elem_id="comment", max_length=COMMENT_CHARS)
                            up = gr.Button(LABELS["zh"]["up"], size="sm", elem_id="thumbs-up")
                            down = gr.Button(LABELS["zh"]["down"], size="sm", elem_id="thumbs-down")
                        reasons = gr.CheckboxGroup(reason_choices("zh"), label=LABELS["zh"]["reasons"], elem_id="feedback-reasons")
                        ticket = gr.Button(LABELS["zh"]["ticket"], visible=False, elem_id="log-ticket")
                        with gr.Column(visible=False, elem_id="ticket-form") as ticket_form:
                            ticket_note = gr.Textbox(
                                label=LABELS["zh"]["ticket_note"], lines=2, max_length=COMMENT_CHARS, elem_id="ticket-note"
                            )
                            ticket_confirm = gr.Button(LABELS["zh"]["ticket_confirm"], variant="primary", elem_id="ticket-confirm")
                        feedback_note = gr.Markdown("", elem_id="feedback-note")

            with gr.Tab(LABELS["zh"]["calc"], id="calc") as calc_tab:
                # a topic narrows the calculators offered; typing in the dropdown finds one by its title
                calc_topic = gr.Radio(topic_choices("zh"), value="all", label=LABELS["zh"]["calc_topic"], elem_id="calc-topic")
                calc_pick = gr.Dropdown(
                    calculator_choices(calculators, "zh"), value=calculators[0].name, label=LABELS["zh"]["calc_pick"],
                    elem_id="calc-pick", filterable=True,
                )
                calc_desc = gr.Markdown(calculator_description(calculators[0], "zh"))
                calc_run = gr.Button(LABELS["zh"]["run"], variant="primary", elem_id="calc-run", render=False)  # below the form
                calc_output = gr.HTML("", elem_id="calc-result", render=False)
                calc_last = gr.State(None)  # (calculator, inputs, missing inputs) of what is shown, to show it in another language
                calc_typed = gr.State({})  # (calculator, input) → what was entered, kept when the form is drawn again

                # the form of the calculator picked, labelled in the page's language; drawn again in the
                # other language with what was entered
                @gr.render(inputs=[calc_pick, toggle, calc_typed], triggers=[demo.load, calc_pick.change, toggle.change])
                def calculator_form(name: str, choice: str, typed: dict[tuple[str, str], Any]) -> None:
                    item = next(c for c in calculators if c.name == name)
                    form_lang = "en" if choice == "English" else "zh"
                    properties = item.input_schema["properties"]
                    inputs = [CalculatorInput.from_schema(n, prop, form_lang) for n, prop in properties.items()]
                    required = set(item.input_schema.get("required", []))
                    fields = []
                    for field, prop in zip(inputs, properties.values()):
                        value = typed.get((name, field.name), prop.get("default"))
                        # keyed by calculator and input, so another calculator's form never inherits what was typed here
                        shown = {"label": field.label, "value": value, "elem_id": f"calc-in-{field.name}"}
                        shown["key"] = f"calc-{name}-{field.name}"
                        component = gr.Dropdown(field.options, **shown) if field.choices else gr.Textbox(**shown)
                        entered = component.input if field.choices else component.blur  # a choice picked, a number typed

                        def remember(kept: dict, value: Any, key: tuple[str, str] = (name, field.name)) -> dict:
                            return {**kept, key: value}

                        entered(remember, [calc_typed, component], calc_typed, queue=False, show_progress="hidden")
                        fields.append(component)

                    def compute(language: str, *values: Any) -> tuple[str, tuple]:
                        given = {
                            field.name: value.strip() if isinstance(value, str) else value
                            for field, value in zip(inputs, values)
                            if value is not None and str(value).strip()
                        }
                        missing = [field.name for field in inputs if field.name in required and field.name not in given]
                        return calculation_shown(name, given, missing, language), (name, given, missing)

                    calc_run.click(compute, inputs=[lang, *fields], outputs=[calc_output, calc_last])

                calc_run.render()
                calc_output.render()

                # another calculator: its description, and no result of the one before under its form
                def pick_calculator(name: str, language: str) -> tuple[str, str, None]:
                    return calculator_description(next(c for c in calculators if c.name == name), language), "", None

                calc_pick.input(pick_calculator, [calc_pick, lang], [calc_desc, calc_output, calc_last])

                # another topic: only its calculators offered, the first of them picked, no result left shown
                def pick_topic(topic: str, language: str) -> tuple[dict[str, Any], str, str, None]:
                    offered = calculators_in(calculators, topic) or calculators
                    first = offered[0]
                    choices = calculator_choices(offered, language)
                    return gr.update(choices=choices, value=first.name), calculator_description(first, language), "", None

                calc_topic.input(pick_topic, [calc_topic, lang], [calc_pick, calc_desc, calc_output, calc_last])

            with gr.Tab(LABELS["zh"]["browse"], id="browse") as browse_tab:
                with gr.Row():
                    browse_query = gr.Textbox(label=LABELS["zh"]["search"], scale=4, elem_id="browse-query")
                    browse_id = gr.Textbox(label=LABELS["zh"]["clause_id"], scale=2, elem_id="browse-id")
                    open_btn = gr.Button(LABELS["zh"]["open"], scale=1)
                browse_view = gr.HTML(tree("zh"), elem_id="clause-tree")
                browsed = gr.State(("tree", ""))  # what the browser shows, to show it again in another language

            build_incentives_tab(assistant, toggle=toggle, lang=lang, conversation=conversation, handover=see_incentives)

        # ---- chat -------------------------------------------------------------------------
        def respond(
            message: str, chat: list, history: list, answered: list[AnsweredTurn], draft: bool, language: str
        ) -> Iterator[tuple]:
            unchanged = (gr.update(),) * len(feedback_row)  # the feedback row, while an answer streams
            message = (message or "").strip()
            if not message:
                yield chat, history, gr.update(), gr.update(), None, "", answered, *unchanged
                return
            chat = chat + [{"role": "user", "content": user_text_html(message)}, {"role": "assistant", "content": "…"}]
            yield chat, history, gr.update(), gr.update(), None, "", answered, *fresh_feedback(None, language)
            turn = len(chat) // 2
            shown = ""
            result, removed = None, []
            try:
                for event in assistant.stream(message, history, draft=draft):
                    if event.event == "token":  # the answer as it is produced, before verification
                        shown += event.text
                        chat[-1] = {"role": "assistant", "content": answer_html(shown, turn)}
                        yield chat, history, gr.update(), gr.update(), None, "", answered, *unchanged
                    else:
                        result, removed = event.result, event.removed
            except QuestionError:
                chat[-1] = {"role": "assistant", "content": f"⚠️ {html.escape(bad_question(language))}"}
                yield chat, history, gr.update(), gr.update(), None, "", answered, *unchanged
                return
            assert result is not None
            answered = answered + [AnsweredTurn(turn, message, result.citations)]
            text = result.answer  # the verified answer replaces what was streamed
            notes = warning_notes([w.kind for w in result.warnings], language)
            labels = LABELS[language]
            if removed:
                notes += f"<br><small>{labels['verification_removed']}</small>"
            elif result.citations and not result.refused:
                notes += f'<br><small class="verified">{labels["verified"]}</small>'
            refusal = result.refusal if result.refused else None
            shown = refusal_html(refusal, language) if refusal is not None else answer_html(text, turn)
            chat[-1] = {"role": "assistant", "content": shown + notes}
            history = history + [{"role": "user", "content": message}, {"role": "assistant", "content": text}]
            history = history[max(0, len(history) - settings.max_history_turns) :]
            draft_update = gr.update(value=draft_html(result.draft or "", language), visible=bool(draft))
            panel = citation_panel(answered, settings.today, language)
            yield chat, history, panel, draft_update, result, "", answered, *fresh_feedback(uuid.uuid4().hex, language, result)

        def fresh_feedback(key: str | None, language: str, result: AnswerResult | None = None) -> tuple:
            """The feedback row for a new answer (``key``, ``result``) or none yet: no note, no reasons,
            nothing rated, no ticket (its button offered when the answer was refused)."""
            thumbs_up, thumbs_down, chips = feedback_controls(None, language)
            offer = ticket_control(result, None, None, language)
            return "", thumbs_up, thumbs_down, {**chips, "value": []}, key, None, offer, gr.update(visible=False), "", None

        chat_inputs = [question, chatbot, conversation, turns, draft_mode, lang]
        feedback_row = [feedback_note, up, down, reasons, answer_key, rated, ticket, ticket_form, ticket_note, ticketed]
        chat_outputs = [chatbot, conversation, citations, draft_box, last, question, turns, *feedback_row]
        asking = [send.click(respond, chat_inputs, chat_outputs), question.submit(respond, chat_inputs, chat_outputs)]

        def ask_again(
            index: int, edited: str | None, chat: list, history: list, answered: list[AnsweredTurn], draft: bool, language: str
        ) -> Iterator[tuple]:
            """Ask the question of the chat's message ``index`` again (``edited``: as the person changed it):
            that turn and every later one leave the chat, the follow-up history and the citation panel, and
            the fresh answer takes the turn's number with its own citations. The question box is left as typed."""
            number = index // 2 + 1  # the chat holds a (question, answer) pair per turn
            asked = next((t.question for t in answered if t.number == number), None)
            if edited is not None or asked is None:  # as shown in the bubble: entities and line breaks back to text
                asked = html.unescape(re.sub(r"<br\s*/?>", "\n", edited if edited is not None else chat[index]["content"]))
            kept = [t for t in answered if t.number < number]
            dropped = 2 * (len(answered) - len(kept))  # each answered turn left a question and an answer in the history
            history = history[: max(0, len(history) - dropped)]
            panel: Any = citation_panel(kept, settings.today, language)  # the earlier asking's cards gone at once
            for values in respond(asked, chat[: 2 * (number - 1)], history, kept, draft, language):
                shown = values[2] if panel is None or not isinstance(values[2], dict) else panel
                yield (*values[:2], shown, *values[3:5], gr.update(), *values[6:])
                panel = None

        def retry(chat: list, history: list, answered: list, draft: bool, language: str, retried: gr.RetryData) -> Iterator[tuple]:
            index = retried.index if isinstance(retried.index, int) else retried.index[0]
            yield from ask_again(index, None, chat, history, answered, draft, language)

        def edit(chat: list, history: list, answered: list, draft: bool, language: str, edited: gr.EditData) -> Iterator[tuple]:
            index = edited.index if isinstance(edited.index, int) else edited.index[0]
            changed = edited.value if edited.value != edited.previous_value else None
            if isinstance(changed, list):  # a multimodal message: its text
                changed = " ".join(str(c.get("text", c)) if isinstance(c, dict) else str(c) for c in changed)
            yield from ask_again(index, changed, chat, history, answered, draft, language)

        again_inputs = [chatbot, conversation, turns, draft_mode, lang]
        asking += [chatbot.retry(retry, again_inputs, chat_outputs), chatbot.edit(edit, again_inputs, chat_outputs)]

        def new_chat(language: str) -> tuple:
            """Everything the conversation left behind: the bubbles, the follow-up history, every
            question's citation cards, the reply draft, the answer feedback would be about."""
            return [], [], [], "", "", None, *fresh_feedback(None, language)

        cleared = [chatbot, conversation, turns, citations, draft_box, last, *feedback_row]
        clear.click(new_chat, lang, cleared, cancels=asking)
        chatbot.clear(new_chat, lang, cleared, cancels=asking)  # the chat's own trash icon
        draft_mode.change(lambda on: gr.update(visible=on), draft_mode, draft_box)

        def give_feedback(
            rating: Rating, text: str, chosen: list[Reason], result: AnswerResult | None, key: str | None,
            earlier: Rating | None, logged: int | None, language: str,
        ) -> tuple:
            """Store the verdict on the latest answer, once: its key makes a repeat (a second click that
            raced the buttons closing) return the first receipt and store nothing new. A 👎 offers a ticket."""
            if result is None or key is None:
                return LABELS[language]["ask_first"], text, *(gr.update(),) * 4, None
            given = earlier or rating
            item = Feedback.on_answer(
                result, given, text, source="ui", reasons=chosen if given == "down" else (), idempotency_key=f"ui:{key}"
            )
            number = assistant.feedback(item).id
            return (
                LABELS[language]["saved"].format(number=number), "", *feedback_controls(given, language),
                ticket_control(result, given, logged, language), given,
            )

        rating_inputs = [comment, reasons, last, answer_key, rated, ticketed, lang]
        rating_outputs = [feedback_note, comment, up, down, reasons, ticket, rated]
        up.click(lambda *values: give_feedback("up", *values), rating_inputs, rating_outputs)
        down.click(lambda *values: give_feedback("down", *values), rating_inputs, rating_outputs)

        def log_ticket(
            note: str, chosen: list[Reason], result: AnswerResult | None, key: str | None, given: Rating | None, language: str
        ) -> tuple:
            """Store a ticket for the latest answer, once: its own key (not the rating's) makes a repeated
            confirm return the first ticket's number and store nothing new."""
            if result is None or key is None:
                return LABELS[language]["ask_first"], gr.update(), gr.update(visible=False), note, None
            item = Feedback.ticket_for(result, note, source="ui", reasons=chosen, idempotency_key=f"ui-ticket:{key}")
            number = assistant.feedback(item).id
            return (
                LABELS[language]["ticket_saved"].format(number=number), ticket_control(result, given, number, language),
                gr.update(visible=False), "", number,
            )

        ticket.click(lambda: gr.update(visible=True), None, ticket_form)
        ticket_confirm.click(
            log_ticket, [ticket_note, reasons, last, answer_key, rated, lang], [feedback_note, ticket, ticket_form, ticket_note, ticketed]
        )

        # ---- browser ----------------------------------------------------------------------
        def browser_html(shown: tuple[str, str], language: str) -> str:
            """What the browser shows (``shown``: the tree, a search, a clause id) in ``language``."""
            kind, value = shown
            if kind == "search":
                try:
                    found = assistant.search(value, k=BROWSE_RESULTS)
                except QuestionError:
                    return f'<p class="error">⚠️ {html.escape(bad_question(language))}</p>'
                hits = [assistant.clause(hit.clause_id) for hit in found.results]
                return search_results_html(value, hits, settings.today, language)
            if kind == "clause":
                if not value:
                    return f'<p class="error">⚠️ {LABELS[language]["empty_id"]}</p>'
                try:
                    clause = assistant.clause(value)
                except UnknownClauseError:
                    shown_id = value if len(value) <= 80 else f"{value[:80]}…"
                    return f'<p class="error">⚠️ {html.escape(LABELS[language]["unknown_id"].format(clause_id=shown_id))}</p>'
                return citation_cards([Citation.of(1, clause)], 0, settings.today, language, open_first=True)
            return tree(language)

        def browse(query: str, language: str) -> tuple[str, tuple[str, str]]:
            query = (query or "").strip()
            shown = ("search", query) if query else ("tree", "")
            return browser_html(shown, language), shown

        def open_clause(clause_id: str, language: str) -> tuple[str, tuple[str, str]]:
            shown = ("clause", (clause_id or "").strip())
            return browser_html(shown, language), shown

        browse_query.submit(browse, [browse_query, lang], [browse_view, browsed])
        open_btn.click(open_clause, [browse_id, lang], [browse_view, browsed])
        browse_id.submit(open_clause, [browse_id, lang], [browse_view, browsed])

        # ---- language ---------------------------------------------------------------------
        def switch(
            choice: str, answered: list[AnsweredTurn], given: Rating | None, result: AnswerResult | None, logged: int | None,
            calculator: str, browsing: tuple[str, str], calculated: tuple | None, topic: str,
        ) -> tuple:
            """Every word of the page in the language chosen: labels, buttons, examples, the citation
            cards, the calculator's titles, description and result, what the browser shows."""
            code = "en" if choice == "English" else "zh"
            t = LABELS[code]
            item = next((c for c in calculators if c.name == calculator), calculators[0])
            return (
                code, header_markdown(code, settings.guide_title, clause_count, built),
                gr.update(label=t["question"], placeholder=t["placeholder"]), gr.update(value=t["send"]),
                gr.update(label=t["draft"]), gr.update(value=t["clear"]),
                draft_html(result.draft, code) if result is not None and result.draft else gr.update(),
                gr.update(label=t["comment"]), *feedback_controls(given, code),
                ticket_control(result, given, logged, code), gr.update(label=t["ticket_note"]), gr.update(value=t["ticket_confirm"]),
                f"**{t['citations']}**", citation_panel(answered, settings.today, code),
                gr.update(label=t["chat"]), gr.update(label=t["calc"]), gr.update(label=t["browse"]),
                gr.update(label=t["calc_topic"], choices=topic_choices(code)),
                gr.update(label=t["calc_pick"], choices=calculator_choices(calculators_in(calculators, topic) or calculators, code)),
                gr.update(value=t["run"]), gr.update(label=t["search"]),
                gr.update(label=t["clause_id"]), gr.update(value=t["open"]),
                gr.update(label=t["examples"], samples=[[example] for example in EXAMPLES[code]]),
                calculator_description(item, code),
                calculation_shown(*calculated, code) if calculated else gr.update(), browser_html(browsing, code),
            )

        toggle.change(
            switch, [toggle, turns, rated, last, ticketed, calc_pick, browsed, calc_last, calc_topic],
            [lang, header, question, send, draft_mode, clear, draft_box, comment, up, down, reasons,
             ticket, ticket_note, ticket_confirm, citations_title, citations,
             chat_tab, calc_tab, browse_tab, calc_topic, calc_pick, calc_run, browse_query, browse_id, open_btn, examples,
             calc_desc, calc_output, browse_view],
        )
        # the browser tab's title and the document's language follow the page's
        toggle.change(
            None, toggle, None,
            js=f"""(choice) => {{ const en = choice === 'English';
                document.title = en ? {LABELS['en']['page_title']!r} : {LABELS['zh']['page_title']!r};
                document.documentElement.lang = en ? 'en' : 'zh-CN'; }}""",
        )
    return demo


def launch(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    assistant = Assistant.load(settings)
    demo = build_ui(assistant, settings)
    print(f"Chat page on http://{host}:{port}")
    demo.queue(default_concurrency_limit=4).launch(
        server_name=host, server_port=port, css=CSS, head=HEAD, footer_links=[], show_error=True, quiet=True
    )
