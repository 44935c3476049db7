"""Hotline reply drafts: a formal Chinese letter with exact quotes, sources and departments."""

from __future__ import annotations

from datetime import date
from re import Match

from assistant.answer.prompts import REFUSAL, load_prompt
from assistant.models import MARKER, AnswerResult, Citation


def hotline_draft(result: AnswerResult, today: date) -> str:
    """A reply a hotline agent can send after review."""
    template = load_prompt("draft_zh")
    if result.refused:
        body = REFUSAL["zh"] + "建议您向伊金霍洛旗相关主管部门进一步咨询。"
    else:
        body_lines = _part_answers(result)
        if body_lines and result.citations:
            body_lines.append("相关规定原文如下：")
        for citation in result.citations:
            body_lines.append(f"根据{_source_name(citation)}，“{citation.quote or citation.text}”")
        for calc in result.calculations:
            value = calc.result if isinstance(calc.result, str) else f"{calc.result['low']}至{calc.result['high']}"
            body_lines.append(f"按上述标准测算：{'；'.join(calc.steps)}，结果约为{value}{calc.unit}（仅供参考）。")
        for citation in result.citations:
            if citation.expired(today):
                body_lines.append(f"需要提示的是，该政策的执行期已于{citation.valid_until.isoformat()}结束。")
        body = "\n".join(body_lines)
    sources = "\n".join(
        f"{i}. {_source_name(c)}{_section(c)}{_printed_page(c)}" for i, c in enumerate(result.citations, 1)
    ) or "（无）"
    units: list[str] = []
    for citation in result.citations:
        for unit in citation.responsible_units:
            if unit not in units:
                units.append(unit)
    departments = f"如需办理，请联系责任单位：{'、'.join(units)}。\n" if units else ""
    return template.format(question=result.question, body=body, sources=sources, departments=departments)


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
    if not citation.title_path:
        return ""
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
