"""HTML for the chat page: answers with clickable citation markers, citation cards with the
quoted span highlighted, the clause tree. Pure functions of the assistant's JSON; all text escaped."""

from __future__ import annotations

import html
import re
from datetime import date
from decimal import Decimal
from typing import Any

from assistant.quantities import money_text

_MARKER = re.compile(r"\[(\d{1,2})\]")


def answer_html(answer: str, turn: int) -> str:
    """The answer text, escaped, with each [n] a link that opens citation n of this turn."""
    escaped = html.escape(answer)
    linked = _MARKER.sub(lambda m: f'<a class="cite-link" href="#cite-{turn}-{m.group(1)}">[{m.group(1)}]</a>', escaped)
    return linked.replace("\n", "<br>")


def citation_cards(result: dict[str, Any], turn: int, today: date, lang: str = "zh") -> str:
    if not result.get("citations"):
        return f'<p class="muted">{"本次回答没有引用条款。" if lang == "zh" else "No clauses cited."}</p>'
    cards = []
    for c in result["citations"]:
        text = c["text"]
        start, end = c.get("quote_start", 0), c.get("quote_end", 0)
        if 0 <= start < end <= len(text):
            body = html.escape(text[:start]) + "<mark>" + html.escape(text[start:end]) + "</mark>" + html.escape(text[end:])
        else:
            body = html.escape(text)
        meta = []
        if c.get("doc_title"):
            number = f"（{html.escape(c['doc_number'])}）" if c.get("doc_number") else ""
            meta.append(f"<div><b>{'文件' if lang == 'zh' else 'Document'}：</b>《{html.escape(c['doc_title'])}》{number}</div>")
        if c.get("responsible_units"):
            units = html.escape("、".join(c["responsible_units"]))
            meta.append(f"<div><b>{'责任单位' if lang == 'zh' else 'Departments'}：</b>{units}</div>")
        if c.get("valid_until"):
            expired = c["valid_until"] < today.isoformat()
            badge = f'<span class="badge expired">{"已到期" if lang == "zh" else "expired"}</span>' if expired else ""
            meta.append(f"<div><b>{'有效期至' if lang == 'zh' else 'Valid until'}：</b>{html.escape(c['valid_until'])} {badge}</div>")
        path = " › ".join(html.escape(p) for p in c["title_path"])
        cards.append(
            f'<details class="cite-card" id="cite-{turn}-{c["marker"]}">'
            f'<summary><span class="cite-no">[{c["marker"]}]</span> {html.escape(c["title_path"][-1] if c["title_path"] else "")}'
            f' <code>{html.escape(c["clause_id"])}</code></summary>'
            f'<div class="path">{path}</div>{"".join(meta)}<div class="clause-text">{body.replace(chr(10), "<br>")}</div></details>'
        )
    return "".join(cards)


def calculation_html(calc: dict[str, Any], lang: str = "zh") -> str:
    def show(value: str) -> str:
        if calc["unit"] == "元" and Decimal(value) >= 10_000:
            return f"{money_text(Decimal(value))}（{value} 元）"
        return f"{value} {calc['unit']}"

    raw = calc["result"]
    result = show(raw) if isinstance(raw, str) else f"{show(raw['low'])} – {show(raw['high'])}"
    steps = "".join(f"<li>{html.escape(s)}</li>" for s in calc["steps"])
    sources = "、".join(f"<code>{html.escape(cid)}</code>" for cid in calc["clause_ids"])
    return (
        f'<div class="calc-result"><div class="big">{html.escape(result)}</div>'
        f'<ol>{steps}</ol><div>{"依据条款" if lang == "zh" else "Sources"}：{sources}</div></div>'
    )


def clause_tree(clauses: list[Any], limit: int | None = None) -> str:
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
