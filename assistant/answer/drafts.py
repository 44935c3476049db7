"""Hotline reply drafts: a formal Chinese letter in two parts. The part read aloud, from the greeting
to the department to refer to, is short: the figure first (one line per part of the question, the
sentence that states it, not the whole clause), the key condition, the expiry caveat, whom to call.
The written part after it ("政策依据") holds what a reply must carry on paper: each clause's document
name and number, the page of the printed guide and the exact quote."""

from __future__ import annotations

import re
from datetime import date

from assistant.answer.prompts import REFUSAL, load_prompt
from assistant.models import MARKER, AnswerResult, Citation

# Reading speed of the part read aloud. An assumption, not a measured figure: Mandarin read out at a
# steady, clear pace runs at roughly 4–5 characters a second (about 270 a minute), English at about
# 150 words a minute. Digits count as characters (each is at least one syllable read out).
ZH_CHARS_PER_SECOND = 4.5
EN_WORDS_PER_SECOND = 2.5
SPOKEN_SECONDS = 35  # the most the part read aloud may take ("about 30 seconds"); a condition is read only within it
# What closes the part read aloud and opens the written one; what follows it is for the page.
WRITTEN_PART = "以下为书面依据，不必朗读。相关规定原文如下："
FIGURE_CHARS = 48  # a direct line longer than this is cut to the sentence that states the figure
CONDITION_CHARS = 40  # a condition longer than this is left to the written quote
SPOKEN_UNITS = 2  # departments named aloud; the rest are in the written part

_CJK_OR_DIGIT = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\d]")
_ENGLISH_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_REFERENCE = re.compile(r"（依据\d+）")  # a pointer to a written source: seen, not read out
_CONDITION = re.compile(r"对象|条件|前提|须|需|应当|符合|仅限|限于|全职|要求")
_CONTACT = re.compile(
    r"(?:联系电话|咨询电话|服务电话|电话|热线|联系方式)[：:\s]*((?:\d{3,4}[-－—])?\d{5,8}(?:[、/或，,]\s*(?:\d{3,4}[-－—])?\d{5,8})*)"
)
_SEGMENT = re.compile(r"[^，；。！？,;…\n]+")
_SLOT_UNIT = {  # the unit of the figure a part asks for
    "amount": re.compile(r"元"),
    "price": re.compile(r"元"),
    "percentage": re.compile(r"[%％]|百分"),
    "duration": re.compile(r"\d\s*(?:年|个月|月|天|日)"),
}
_NUMBERING = re.compile(r"^(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)\s*")  # an item's number
_METADATA = ("page", "doc_number", "department")  # slots whose line names where, not how much
_QUOTED_ZH = re.compile(r"“([^”]*[\u4e00-\u9fff][^”]*)”")


def spoken_part(draft: str) -> str:
    """The part of ``draft`` read out to the caller: the greeting to the department to refer to."""
    end = draft.find(WRITTEN_PART)
    if end < 0:
        end = draft.find("政策依据：")
    return (draft if end < 0 else draft[:end]).strip()


def written_part(draft: str) -> str:
    """The part of ``draft`` sent on paper, not read out: the sources with their exact quotes."""
    start = draft.find(WRITTEN_PART)
    return draft[start:] if start >= 0 else draft[draft.find("政策依据：") :]


def speaking_seconds(text: str) -> float:
    """How long ``text`` takes to read out: its Chinese characters and digits at ZH_CHARS_PER_SECOND,
    its English words at EN_WORDS_PER_SECOND; punctuation and the "（依据n）" pointers are not read."""
    text = _REFERENCE.sub("", text)
    return len(_CJK_OR_DIGIT.findall(text)) / ZH_CHARS_PER_SECOND + len(_ENGLISH_WORD.findall(text)) / EN_WORDS_PER_SECOND


def hotline_draft(result: AnswerResult, today: date) -> str:
    """A reply a hotline agent can read out, then send after review."""
    template = load_prompt("draft_zh")
    if result.refused:
        body = REFUSAL["zh"] + "建议您向伊金霍洛旗相关主管部门进一步咨询。"
        sources = "（无）"
    else:
        sources = "\n".join(_written_source(i, c, today) for i, c in enumerate(result.citations, 1)) or "（无）"
        figures = _figure_lines(result)
        caveat = _expiry_caveat(result.citations, today)
        refer = _department_line(result.citations)
        said = "".join(figures)
        required = [*figures, *caveat, *refer]
        letter = template.format(question=result.question, body="\n".join(required), sources="", departments="")
        asks_figures = any(p.slot not in _METADATA for p in result.parts) or not result.parts
        condition = _condition(result.citations, said) if asks_figures else ""  # a page asked needs no condition
        if condition and speaking_seconds(spoken_part(letter) + condition) <= SPOKEN_SECONDS:
            required = [*figures, condition, *caveat, *refer]
        body = "\n".join(required)
        if result.citations:
            body += "\n\n" + WRITTEN_PART
    return template.format(question=result.question, body=body, sources=sources, departments="")


# ---- the part read aloud -----------------------------------------------------------------------


def _figure_lines(result: AnswerResult) -> list[str]:
    """The answer's figure first: per part of the question, the sentence of its direct line that
    states the figure, with the number of its written source ("（依据1）"); an English question's
    lines told from the Chinese evidence they quote, a calculation by its working."""
    sources = {c.marker: i for i, c in enumerate(result.citations, 1)}
    lines: list[tuple[str, str]] = []  # (what the part asks, the line that answers it)
    for part in result.parts:
        if not part.answer_line:
            continue
        if result.lang == "zh":
            line = _figure_sentence(part.answer_line.split("\n")[0], part.question, part.slot)
        else:
            line = _from_english(part.answer_line, part.slot, result, sources)
        if line:
            lines.append((part.question.strip("？? ") if result.lang == "zh" else "", line))
    said = "".join(line for _, line in lines)
    worked = []
    for calc in result.calculations:  # a figure worked out and not yet read: its working, first
        working = "；".join(calc.steps)
        if working and _plain(working) not in _plain(said):
            value = calc.result if isinstance(calc.result, str) else f"{calc.result['low']}至{calc.result['high']}"
            worked.append(working if value in working else f"{working}，结果为{value}{calc.unit}")
    if worked:
        lines = [("", f"经测算：{'；'.join(worked)}")] + [(q, line) for q, line in lines if not line.startswith("计算结果")]
    if not lines:
        return []
    if len(lines) == 1:
        line = lines[0][1]
        return [line + "。" if line.startswith("经测算") else f"经查，{line}。"]
    asked = _distinct([q for q, _ in lines])
    numbered, count = [], 0
    for question, (_, line) in zip(asked, lines):
        if question or not line.startswith("经测算"):
            count += 1
            line = f"{_ordinal(count)}、关于“{question}”：{line}" if question else f"{_ordinal(count)}、{line}"
        numbered.append(line)
    return ["经查：", *numbered]


def _figure_sentence(line: str, question: str, slot: str = "") -> str:
    """``line`` as read out: its markers as "（依据n）" at the end, and when it is long, only the
    sentence stating the figure (the piece with a number that shares most words with ``question``);
    a line naming a page, a document number or a department (its ``slot``) kept whole."""
    markers = list(dict.fromkeys(int(m) for m in MARKER.findall(line)))
    text = MARKER.sub("", line).strip().rstrip("。；，")
    head, colon, rest = text.partition("：")
    if colon and not re.search(r"\d", head) and len(head) <= 40 and (len(text) > FIGURE_CHARS or head in rest):
        text = rest  # the heading it was found under: named in the written part
    if "…" in text and re.search(r"\d", after := text.rsplit("…", 1)[1]):
        text = after  # "设立“暖才”补贴金，…对其…父母每人每年给予 2000 元": the opening a line elides from is not read out
    if (len(text) > FIGURE_CHARS or any(_table_row(p) for p in _SEGMENT.findall(text))) and slot not in _METADATA:
        text = _best_piece(text, question, slot)
    if _table_row(text):  # nothing but a table's row states it: its cells read one by one, not pasted
        text = "，".join(text.split())
    return text + "".join(f"（依据{m}）" for m in markers)


def _best_piece(text: str, question: str, slot: str = "") -> str:
    """The piece of ``text`` (split at commas and stops) that answers ``question``: one stating a
    figure in the unit the ``slot`` asks for, sharing most of the question's words; without a
    figure, the best pieces up to FIGURE_CHARS."""
    pieces = [p.strip() for p in _SEGMENT.findall(text) if p.strip()]
    if not pieces:
        return text
    asked = _bigrams(question)

    def score(piece: str) -> tuple[int, ...]:
        unit = _SLOT_UNIT.get(slot)
        figure = bool(re.search(r"\d", piece)) and not _table_row(piece)
        shared = (len(asked & _bigrams(piece)), len(set(question) & set(piece) - set(" ，、")))  # words, then characters
        return (figure, figure and bool(unit and unit.search(piece)), *shared)

    best = max(pieces, key=score)  # the first of the best
    if score(best)[0]:
        return best
    chosen: set[int] = set()
    for i in sorted(range(len(pieces)), key=lambda i: score(pieces[i]), reverse=True):
        if sum(len(pieces[j]) for j in chosen) + len(pieces[i]) > FIGURE_CHARS and chosen:
            continue
        chosen.add(i)
    return "，".join(pieces[i] for i in sorted(chosen))


def _from_english(line: str, slot: str, result: AnswerResult, sources: dict[int, int]) -> str:
    """An English part's line told in Chinese: the guide's own words it quotes, or the page asked."""
    markers = [int(m) for m in MARKER.findall(line)]
    refs = "".join(f"（依据{sources[m]}）" for m in dict.fromkeys(markers) if m in sources)
    first = line.split("\n")[0]
    if first.startswith("Result:") and result.calculations:
        return ""  # read as its working
    cited = [c for c in result.citations if c.marker in markers]
    if slot == "page" and cited and cited[0].page_label("zh"):
        return f"{_heading(cited[0])}见《伊金霍洛旗投资政策指南》{cited[0].page_label('zh')}{refs}"
    quoted = _QUOTED_ZH.findall(line)
    if quoted:
        return _figure_sentence(quoted[0], "") + refs
    if cited:  # the piece of the clause that holds the figures the English line gives
        numbers = set(re.findall(r"\d+(?:\.\d+)?", line.replace(",", "")))
        pieces = [p for p in _SEGMENT.findall(cited[0].quote or cited[0].text) if numbers & set(re.findall(r"\d+(?:\.\d+)?", p))]
        if pieces:
            return pieces[0].strip() + refs
    return ""


def _condition(citations: list[Citation], said: str) -> str:
    """The key condition the cited clause states and the figure line does not: who qualifies, what is
    required ("保障对象为从事肉牛养殖的农牧户…"), in the clause's words; "" when it states none."""
    for citation in citations:
        for piece in _SEGMENT.findall(citation.quote or citation.text):
            piece = _NUMBERING.sub("", piece.strip())
            if _CONDITION.search(piece) and len(piece) <= CONDITION_CHARS and not _table_row(piece) and _plain(piece) not in _plain(said):
                return f"适用条件：{piece}。"
    return ""


def _expiry_caveat(citations: list[Citation], today: date) -> list[str]:
    ended = sorted({c.valid_until for c in citations if c.valid_until is not None and c.expired(today)})
    if not ended:
        return []
    dates = "、".join(end.isoformat() for end in ended)
    return [f"请注意，该政策执行期已于{dates}结束，是否延续以主管部门最新通知为准。"]


def _department_line(citations: list[Citation]) -> list[str]:
    """Whom to refer the caller to: the responsible units (the lead unit of each clause first), and a
    phone number where the clause gives one."""
    if not citations:
        return []
    lists = [[u for u in c.responsible_units if not u.startswith("协同单位")] for c in citations]
    units: list[str] = []  # the lead unit of each clause, then the others
    for rank in range(max((len(listed) for listed in lists), default=0)):
        for listed in lists:
            if rank < len(listed) and listed[rank] not in units:
                units.append(listed[rank])
    contacts = list(dict.fromkeys(m.group(1) for c in citations for m in _CONTACT.finditer(c.text)))
    phone = f"（联系电话：{'、'.join(contacts)}）" if contacts else ""
    if units:
        named = "、".join(units[:SPOKEN_UNITS]) + ("等" if len(units) > SPOKEN_UNITS else "")
        return [f"请联系责任单位：{named}{phone}。"]
    return [f"请咨询伊金霍洛旗相关主管部门{phone}。"]


# ---- the written part --------------------------------------------------------------------------


def _written_source(number: int, citation: Citation, today: date) -> str:
    """One source on paper: the document and its number, the heading, the page of the printed guide,
    the policy period when it has ended, the responsible units, and the exact quote."""
    facts = []
    if citation.valid_until is not None and citation.expired(today):
        facts.append(f"执行期至{citation.valid_until.isoformat()}（已结束）")
    if citation.responsible_units:
        facts.append(f"责任单位：{'、'.join(citation.responsible_units)}")
    extra = "；".join(facts)
    quote = _spoken(citation.quote or citation.text)
    return (
        f"{number}. {_source_name(citation)}{_section(citation)}{_printed_page(citation)}"
        + (f"\n   {extra}" if extra else "")
        + f"\n   原文：“{quote}”"
    )


def _table_row(piece: str) -> bool:
    """Cells of a flattened table ("肉牛养殖保险 12个月 10000元/头 3.5%"): never read out as a row."""
    if re.search(r"[×=＝÷]", piece):
        return False  # a calculation's working, read as it is
    return sum(1 for cell in piece.split() if re.search(r"\d", cell) and re.search(r"[^\d.]", cell)) >= 2


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    return {a + b for a, b in zip(chars, chars[1:])}


def _distinct(questions: list[str]) -> list[str]:
    """The parts' questions without what they all share (the "引进人才的父母七十多岁了，" asked of each),
    cut at a comma so each reads whole."""
    asked = [q for q in questions if q]
    if len(asked) < 2:
        return questions
    prefix, suffix = asked[0], asked[0]
    for q in asked[1:]:
        while not q.startswith(prefix):
            prefix = prefix[:-1]
        while not q.endswith(suffix):
            suffix = suffix[1:]
    cut = max(prefix.rfind("，"), prefix.rfind(","), prefix.rfind("；")) + 1
    if len(suffix) < 2 or min(len(q) for q in asked) - cut - len(suffix) < 2:
        suffix = ""  # what they share at the end is too little to drop, or leaves too little to tell them apart
    return [q[cut : len(q) - len(suffix)].strip() if q else q for q in questions]


def _heading(citation: Citation) -> str:
    return citation.title_path[-1].removeprefix("——") if citation.title_path else ""


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
