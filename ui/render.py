"""HTML for the chat page: answers with clickable citation markers, citation cards with the
quoted span highlighted, the clause tree. Pure functions of the assistant's typed results; all text escaped."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from assistant.models import MARKER, Calculation, Citation, Clause
from assistant.quantities import money_text


def answer_html(answer: str, turn: int) -> str:
    """The answer text, escaped, with each [n] a link that opens citation n of this turn."""
    escaped = html.escape(answer)
    linked = MARKER.sub(lambda m: f'<a class="cite-link" href="#cite-{turn}-{m.group(1)}">[{m.group(1)}]</a>', escaped)
    return linked.replace("\n", "<br>")


# Characters markdown would read as markup in a chat bubble, written as entities instead.
_MARKDOWN = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-.!|~"}

# What a reader is told when the answer was changed or degraded (the details stay in the JSON).
NOTES = {
    "unsupported_number_removed": {
        "zh": "已删去一处没有条款依据的数字。", "en": "A figure no cited clause states was removed.",
    },
    "unsupported_number_replaced": {
        "zh": "一处没有条款依据的说法已换成条款原文。", "en": "A statement no clause supports was replaced by the clause's own words.",
    },
    "unrelated_claim_removed": {
        "zh": "已删去一句与所引条款无关的说法。", "en": "A statement unrelated to the cited clauses was removed.",
    },
    "marker_removed": {"zh": "已删去一个指向错误的引用编号。", "en": "A citation marker pointing nowhere was removed."},
    "llm_fallback": {
        "zh": "语言模型暂不可用，以下为条款原文摘录。", "en": "The language model is unavailable; the answer quotes the guide instead.",
    },
    "index_degraded": {
        "zh": "语义检索暂不可用，结果来自关键词检索。", "en": "Semantic search is unavailable; results come from keyword search.",
    },
    "calculation_failed": {"zh": "计算出错，答案未包含计算结果。", "en": "The calculation failed; the answer goes on without it."},
    "question_truncated": {
        "zh": "问题过长，只读取了开头部分。", "en": "The question was long; only its beginning was read.",
    },
}  # fmt: skip


def user_text_html(message: str) -> str:
    """What the person typed, shown literally: no HTML and no markdown of theirs is rendered."""
    escaped = "".join(_MARKDOWN.get(c, c) for c in html.escape(message, quote=True))
    return escaped.replace("\n", "<br>")


def warning_notes(kinds: Sequence[str], lang: str) -> str:
    """One plain sentence per kind of change, in the page's language."""
    sentences = dict.fromkeys(NOTES[k]["en" if lang == "en" else "zh"] for k in kinds if k in NOTES)
    return "".join(f"<br><small>⚠️ {html.escape(s)}</small>" for s in sentences)


def citation_cards(citations: Sequence[Citation], turn: int, today: date, lang: str = "zh", *, open_first: bool = False) -> str:
    """One card per citation (id ``cite-{turn}-{marker}``), the quote highlighted, an expired badge
    when the clause's period ended before ``today``; ``open_first`` shows the first card open."""
    if not citations:
        return f'<p class="muted">{"本次回答没有引用条款。" if lang == "zh" else "No clauses cited."}</p>'
    cards = []
    for index, c in enumerate(citations):
        text = c.text
        start, end = c.quote_start, c.quote_end
        if 0 <= start < end <= len(text):
            body = html.escape(text[:start]) + "<mark>" + html.escape(text[start:end]) + "</mark>" + html.escape(text[end:])
        else:
            body = html.escape(text)
        meta = []
        if c.doc_title:
            number = f"（{html.escape(c.doc_number)}）" if c.doc_number else ""
            meta.append(f"<div><b>{'文件' if lang == 'zh' else 'Document'}：</b>《{html.escape(c.doc_title)}》{number}</div>")
        if c.responsible_units:
            units = html.escape("、".join(c.responsible_units))
            meta.append(f"<div><b>{'责任单位' if lang == 'zh' else 'Departments'}：</b>{units}</div>")
        if c.valid_until:
            badge = f'<span class="badge expired">{"已到期" if lang == "zh" else "expired"}</span>' if c.expired(today) else ""
            until = html.escape(c.valid_until.isoformat())
            meta.append(f"<div><b>{'有效期至' if lang == 'zh' else 'Valid until'}：</b>{until} {badge}</div>")
        path = " › ".join(html.escape(p) for p in c.title_path)
        label = c.page_label(lang)
        page = f' <span class="page">{html.escape(label)}</span>' if label else ""
        opened = " open" if open_first and index == 0 else ""
        cards.append(
            f'<details class="cite-card" id="cite-{turn}-{c.marker}"{opened}>'
            f'<summary><span class="cite-no">[{c.marker}]</span> {html.escape(c.title_path[-1] if c.title_path else "")}'
            f'{page}</summary>'
            f'<div class="path">{path} <code>{html.escape(c.clause_id)}</code></div>{"".join(meta)}'
            f'<div class="clause-text">{body.replace(chr(10), "<br>")}</div></details>'
        )
    return "".join(cards)


def calculation_html(calc: Calculation, sources: Sequence[Clause] = (), lang: str = "zh") -> str:
    """The result large, its steps, its source clause ids; each of ``sources`` a folded clause below."""

    def show(value: str) -> str:
        if calc.unit == "元" and Decimal(value) >= 10_000:
            return f"{money_text(Decimal(value))}（{value} 元）"
        return f"{value} {calc.unit}"

    raw = calc.result
    result = show(raw) if isinstance(raw, str) else f"{show(raw['low'])} – {show(raw['high'])}"
    steps = "".join(f"<li>{html.escape(s)}</li>" for s in calc.steps)
    ids = "、".join(f"<code>{html.escape(cid)}</code>" for cid in calc.clause_ids)
    cards = "".join(
        f"<details><summary><code>{html.escape(c.clause_id)}</code> {html.escape(c.title_path[-1] if c.title_path else '')}</summary>"
        f"{html.escape(c.text)}</details>"
        for c in sources
    )
    return (
        f'<div class="calc-result"><div class="big">{html.escape(result)}</div>'
        f'<ol>{steps}</ol><div>{"依据条款" if lang == "zh" else "Sources"}：{ids}</div></div>{cards}'
    )


def clause_tree(clauses: Sequence[Clause], limit: int | None = None) -> str:
    """Nested <details> following the title paths; each clause a line with its id."""
    out: list[str] = []
    open_path: list[str] = []
    for index, clause in enumerate(clauses):
        if limit is not None and index >= limit:
            break
        path = clause.title_path
        common = 0
        while common < min(len(open_path), len(path)) and open_path[common] == path[common]:
            common += 1
        out.extend("</div></details>" for _ in range(len(open_path) - common))
        for heading in path[common:]:
            out.append(f'<details class="tree"><summary>{html.escape(heading)}</summary><div class="tree-body">')
        open_path = list(path)
        preview = html.escape(clause.text[:160]) + ("…" if len(clause.text) > 160 else "")
        out.append(f'<div class="tree-clause"><code>{html.escape(clause.clause_id)}</code> {preview}</div>')
    out.extend("</div></details>" for _ in open_path)
    return "".join(out)
