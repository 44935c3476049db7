"""Hotline reply drafts: a formal Chinese letter with exact quotes, sources and departments."""

from __future__ import annotations

import re
from datetime import date
from re import Match

from assistant.answer.prompts import REFUSAL, load_prompt
from assistant.models import MARKER, AnswerResult, Citation


def hotline_draft(result: AnswerResult, today: date) -> str:
    """A reply a hotline agent can send after review."""
    template = load_prompt("draft_zh")
    if result.refused:
        body = REFUSAL["zh"] + "建议您向伊金霍洛旗相关主管部门进一步咨询。"
        departments = ""
    else:
        # read aloud in this order: the figure, the conditions (the quotes), the expiry caveat, whom to call
        body_lines = _part_answers(result)
        said = "".join(body_lines)
        for calc in result.calculations:  # a figure worked out is read before the clauses it rests on
            value = calc.result if isinstance(calc.result, str) else f"{calc.result['low']}至{calc.result['high']}"
            working = "；".join(calc.steps)
            if working and working in said:
                continue  # the direct line already reads out this calculation
            body_lines.append(f"经测算：{working}，结果约为{value}{calc.unit}（仅供参考，依据下列规定）。")
        if body_lines and result.citations:
            body_lines.append("相关规定原文如下：")
        for citation in result.citations:
            body_lines.append(f"根据{_source_name(citation)}，“{_spoken(citation.quote or citation.text)}”")
        ended = sorted({c.valid_until for c in result.citations if c.valid_until is not None and c.expired(today)})
        for end in ended:
            body_lines.append(f"需要提示的是，该政策的执行期已于{end.isoformat()}结束，目前是否延续请以主管部门最新通知为准。")
        units: list[str] = []
        for citation in result.citations:
            for unit in citation.responsible_units:
                if unit not in units:
                    units.append(unit)
        if units:
            body_lines.append(f"如需办理，请联系责任单位：{'、'.join(units)}。")
        elif result.citations:
            body_lines.append("如需办理，请咨询伊金霍洛旗相关主管部门。")
        body = "\n".join(body_lines)
        departments = ""
    sources = "\n".join(
        f"{i}. {_source_name(c)}{_section(c)}{_printed_page(c)}" for i, c in enumerate(result.citations, 1)
    ) or "（无）"
    return template.format(question=result.question, body=body, sources=sources, departments=departments)


_NUMBER = re.compile(r"\d")


def _spoken(quote: str) -> str:
    """A quote as it can be read out: wrapped lines joined, and a flattened table (a line of column
    names, then rows of cells split by spaces) told as sentences, never pasted as rows: "肉牛养殖保险：
    保险期限12个月，单位保额10000元/头，拟定费率3.5%，单位保费350元/头"; captions of no figure dropped."""
    lines = [line.strip() for line in quote.splitlines() if line.strip()]
    if len(lines) <= 1:
        return quote.strip()
    kept: list[str] = []
    columns: list[str] = []
    for line in lines:
        cells = line.split()
        if not _NUMBER.search(line) and (len(cells) >= 2 or len(line) <= 8) and not line.endswith(("。", "；", "：")):
            if len(cells) >= 2:
                columns = cells  # a header row: the names of the columns the next rows fill
            continue  # a caption or a header row: nothing to read out on its own
        if len(cells) >= 2 and all(len(cell) <= 12 for cell in cells) and _NUMBER.search(line):
            label, values = (cells[0], cells[1:]) if not _NUMBER.search(cells[0]) else ("", cells)
            if columns and len(columns) == len(values):
                told = "，".join(f"{name}{value}" for name, value in zip(columns, values))
            else:
                told = "，".join(values)
            kept.append(f"{label}：{told}" if label else told)
            continue
        kept.append(line)
    text = ""
    for piece in kept:
        if text and not text.endswith(("。", "；", "：", "，")):
            text += "；"
        text += piece
    return text


def _part_answers(result: AnswerResult) -> list[str]:
    """The answer's direct lines, one per part of the question, with each marker as the number of
    its source below ("（依据1）"): the draft answers what was asked before it quotes."""
    if result.lang != "zh" or not result.parts:
        return []  # a Chinese letter: an English question's lines are read from the quotes instead
    sources = {c.marker: i for i, c in enumerate(result.citations, 1)}

    def cite(m: Match[str]) -> str:
        number = sources.get(int(m.group(1)))
        return f"（依据{number}）" if number else ""

    answered = [(p.question.strip("？? "), MARKER.sub(cite, p.answer_line).strip()) for p in result.parts if p.answer_line]
    if not answered:
        return []
    if len(answered) == 1:
        return [f"经查，{answered[0][1].rstrip('。')}。"]
    numbered = [f"{_ordinal(i)}、关于“{question}”：{line}" for i, (question, line) in enumerate(answered, 1)]
    return ["经查：", *numbered]


def _ordinal(number: int) -> str:
    """一 to 十, then digits."""
    return "一二三四五六七八九十"[number - 1] if number <= 10 else str(number)


def _section(citation: Citation) -> str:
    """The heading the clause sits under, unless that heading is the document itself."""
    if not citation.title_path or not citation.doc_title:
        return ""  # without a document, the source's name is this heading already
    heading = citation.title_path[-1]
    if heading.startswith("——") or (citation.doc_title and citation.doc_title in heading):
        return ""
    return f"“{heading}”"


def _printed_page(citation: Citation) -> str:
    """Where the caller finds the clause in the printed guide."""
    label = citation.page_label("zh")
    return f"（见《伊金霍洛旗投资政策指南》{label}）" if label else ""


def _source_name(citation: Citation) -> str:
    if citation.doc_title:
        number = f"（{citation.doc_number}）" if citation.doc_number else ""
        return f"《{citation.doc_title}》{number}"
    return "《伊金霍洛旗投资政策指南》" + (f"“{citation.title_path[-1].removeprefix('——')}”部分" if citation.title_path else "")
