"""HTML for the chat page: answers with clickable citation markers, citation cards (grouped by the
question that cited them) with the quoted span highlighted, refusals with the nearest topics to ask
about, calculator results and problems, the clause browser's results and tree. Pure functions of
the assistant's typed results; all text escaped."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from assistant.models import MARKER, Calculation, Citation, Clause, Refusal
from assistant.quantities import BASE_UNIT, dimension_of, money_text
from assistant.service import CalculatorError, english_amount, heading_label


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

# The page's own words, by language.
TEXT = {
    "zh": {
        "no_citations": "本次回答没有引用条款。", "document": "文件", "departments": "责任单位", "valid_until": "有效期至",
        "expired": "已到期", "page": "指南页码", "clause_id": "条款编号", "copy": "复制", "copied": "已复制",
        "question": "第{n}问", "silent": "指南没有涉及这个问题。", "unstated": "指南没有写明所问的内容。",
        "topics": "指南涉及的相近主题（点击即可提问）：", "ask": "就这个主题提问：{question}", "sources": "依据条款",
        "calc_expired": "注意：本计算依据的条款 {clause_id}（{title}）所在政策的执行期已于{until}结束，请向责任部门确认是否延续。",
        "fill_in": "请填写：", "one_of": "（可选：{choices}）", "a_number": "", "cannot": "无法计算：",
        "check_inputs": "请检查输入", "details": "详情：", "found": "找到 {n} 条（按相关程度排列）",
        "none_found": "没有找到相关条款。", "colon": "：", "working": "计算过程",
    },
    "en": {
        "no_citations": "No clauses cited.", "document": "Document", "departments": "Departments", "valid_until": "Valid until",
        "expired": "expired", "page": "Page of the guide", "clause_id": "Clause id", "copy": "Copy", "copied": "Copied",
        "question": "Question {n}", "silent": "The guide does not cover this.",
        "unstated": "The guide does not state what was asked.",
        "topics": "Nearby topics the guide covers (click to ask in the guide's words):", "ask": "Asks: {question}", "sources": "Sources",
        "calc_expired": "Note: the policy period of clause {clause_id} ({title}), which this calculation rests on, "
        "ended on {until}; check with the responsible department whether it continues.",
        "fill_in": "Please fill in: ", "one_of": " (one of: {choices})", "a_number": " (a number)", "cannot": "Cannot calculate: ",
        "check_inputs": "check the inputs", "details": "Details: ", "found": "{n} clauses, most relevant first", "found_one": "1 clause",
        "none_found": "No clauses found.", "colon": ": ", "working": "Working (as the guide writes its figures)", "part": "Part {n}",
    },
}  # fmt: skip


def page_text(lang: str) -> Mapping[str, str]:
    """The page's own words in ``lang`` (Chinese unless English)."""
    return TEXT["en" if lang == "en" else "zh"]


def user_text_html(message: str) -> str:
    """What the person typed, shown literally: no HTML and no markdown of theirs is rendered."""
    escaped = "".join(_MARKDOWN.get(c, c) for c in html.escape(message, quote=True))
    return escaped.replace("\n", "<br>")


def warning_notes(kinds: Sequence[str], lang: str) -> str:
    """One plain sentence per kind of change, in the page's language."""
    sentences = dict.fromkeys(NOTES[k]["en" if lang == "en" else "zh"] for k in kinds if k in NOTES)
    return "".join(f"<br><small>⚠️ {html.escape(s)}</small>" for s in sentences)


# ---- headings ---------------------------------------------------------------------------------

_PART = re.compile(r"^第([一二三四五六七八九十]+)篇")
_NUMBERING = re.compile(
    r"^(?:——|※|第[一二三四五六七八九十百零\d]+(?:篇|部分|章|节|条)|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、]|[①-⑳])\s*"
)
_DOC_NUMBER_AT_END = re.compile(r"（[^（）]*号）$")
_NUMERALS = {c: n for n, c in enumerate("一二三四五六七八九十", 1)}
HEADING_CHARS = 20  # a longer heading is cut in a card's title
HEADING_CHARS_EN = 60  # the same for an English title, cut at a word
TITLE_HEADINGS = 3  # headings a card's title shows after the part


def bare_heading(heading: str) -> str:
    """What a heading names, in its own words: numbering (第三篇 一、 （二） 3. —— 第一部分) and a
    document number at its end dropped."""
    words = _DOC_NUMBER_AT_END.sub("", _NUMBERING.sub("", heading.strip())).strip()
    return words or heading.strip()


def english_heading(heading: str) -> str:
    """A heading's English title (corpus/headings_en.tsv through the glossary); the guide's own
    words, bare, for a heading it does not know."""
    bare = bare_heading(heading)
    return heading_label(bare) or bare


def heading_words(heading: str, lang: str = "zh") -> str:
    """A heading as a card's title shows it: a part by its number only (第三篇 / Part 3), any other
    heading bare (in English, by its English title)."""
    part = _PART.match(heading)
    if lang != "en":
        return part.group(0) if part else bare_heading(heading)
    if part:
        numeral = part.group(1)
        number = _NUMERALS.get(numeral) or 10 + _NUMERALS.get(numeral[-1], 0)  # 十一 → 11
        return page_text("en")["part"].format(n=number)
    return english_heading(heading)


def _cut(words: str, lang: str) -> str:
    if lang != "en":
        return words if len(words) <= HEADING_CHARS else words[:HEADING_CHARS] + "…"
    if len(words) <= HEADING_CHARS_EN:
        return words
    return words[:HEADING_CHARS_EN].rsplit(" ", 1)[0].rstrip(",;:(") + "…"


def heading_title(title_path: Sequence[str], lang: str = "zh") -> str:
    """A clause's heading path in words, shortened: the part, then the last ``TITLE_HEADINGS``
    headings, each cut ("第三篇 › 惠农惠牧政策 › 旗级政策 › 伊金霍洛旗地方性肉牛保险政策"; in
    English "Part 3 › Policies for farmers and herders › Banner policies › …")."""
    words = [_cut(heading_words(h, lang), lang) for h in title_path]
    if len(words) > TITLE_HEADINGS + 1:
        words = [words[0], "…", *words[-TITLE_HEADINGS:]]
    return " › ".join(words)


def _title_html(title_path: Sequence[str], lang: str, query: str = "") -> str:
    """A card's title: its heading path in words, the words searched marked; in English the English
    titles, with the guide's own headings below them."""
    title = heading_title(title_path, lang)
    shown = f'<span class="card-title">{_marked(title, hit_spans(title, query))}</span>'
    if lang == "en":
        chinese = heading_title(title_path)
        shown += f'<span class="card-path" lang="zh">{_marked(chinese, hit_spans(chinese, query))}</span>'
    return shown


# ---- citation cards ---------------------------------------------------------------------------


def _marked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` escaped, each of ``spans`` (ascending, not overlapping) in <mark>, line breaks kept."""
    out: list[str] = []
    at = 0
    for start, end in spans:
        if start < at or not 0 <= start < end <= len(text):
            continue
        out += [html.escape(text[at:start]), "<mark>", html.escape(text[start:end]), "</mark>"]
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out).replace("\n", "<br>")


def _card(c: Citation, anchor: str, summary: str, body: str, today: date, lang: str, *, opened: bool) -> str:
    """One clause as a folded card: its heading path in words as the title, then the document, the
    departments, the validity, the printed page and the clause id (copyable), then the text."""
    t = page_text(lang)
    colon = t["colon"]
    meta = []
    if c.doc_title:
        number = f"（{html.escape(c.doc_number)}）" if c.doc_number else ""
        english = f"{html.escape(english_heading(c.doc_title))} " if lang == "en" and heading_label(bare_heading(c.doc_title)) else ""
        meta.append(f'<div class="document"><b>{t["document"]}{colon}</b>{english}《{html.escape(c.doc_title)}》{number}</div>')
    if c.responsible_units:  # the departments' own names, to be asked for by them
        meta.append(f"<div><b>{t['departments']}{colon}</b>{html.escape('、'.join(c.responsible_units))}</div>")
    if c.valid_until:
        badge = f' <span class="badge expired">{t["expired"]}</span>' if c.expired(today) else ""
        meta.append(f"<div><b>{t['valid_until']}{colon}</b>{html.escape(c.valid_until.isoformat())}{badge}</div>")
    if label := c.page_label("en" if lang == "en" else "zh"):
        meta.append(f'<div class="page"><b>{t["page"]}{colon}</b>{html.escape(label)}</div>')
    clause_id = html.escape(c.clause_id)
    meta.append(
        f'<div class="clause-ref">{t["clause_id"]} <code class="clause-id">{clause_id}</code> '
        f'<button type="button" class="copy-id" data-copy="{clause_id}" data-copied="{t["copied"]}">{t["copy"]}</button></div>'
    )
    full_path = html.escape(" › ".join(c.title_path), quote=True)
    return (
        f'<details class="cite-card" id="{anchor}"{" open" if opened else ""}>'
        f'<summary title="{full_path}">{summary}</summary>'
        f'<div class="card-meta">{"".join(meta)}</div><div class="clause-text">{body}</div></details>'
    )


def citation_cards(citations: Sequence[Citation], turn: int, today: date, lang: str = "zh", *, open_first: bool = False) -> str:
    """One card per citation (id ``cite-{turn}-{marker}``), the quote highlighted, an expired badge
    when the clause's period ended before ``today``; ``open_first`` shows the first card open."""
    if not citations:
        return f'<p class="muted">{page_text(lang)["no_citations"]}</p>'
    return "".join(
        _card(
            c, f"cite-{turn}-{c.marker}",
            f'<span class="cite-no">[{c.marker}]</span> {_title_html(c.title_path, lang)}',
            _marked(c.text, [(c.quote_start, c.quote_end)]), today, lang, opened=open_first and index == 0,
        )
        for index, c in enumerate(citations)
    )  # fmt: skip


@dataclass(frozen=True)
class AnsweredTurn:
    """One question of the conversation and the citations of its answer, kept for the citation panel."""

    number: int
    question: str
    citations: list[Citation]


QUESTION_CHARS = 40  # of a question, shown above its cards


def citation_panel(turns: Sequence[AnsweredTurn], today: date, lang: str) -> str:
    """The cards of every question that cited clauses, newest question first, each group under a
    heading "第n问" with the question; empty when no answer cited anything."""
    groups = []
    for turn in reversed(turns):
        if not turn.citations:
            continue
        asked = turn.question if len(turn.question) <= QUESTION_CHARS else turn.question[:QUESTION_CHARS] + "…"
        heading = page_text(lang)["question"].format(n=turn.number)
        groups.append(
            f'<section class="turn-cards" id="turn-{turn.number}"><div class="turn-heading"><b>{heading}</b> '
            f'<span class="turn-question">{html.escape(asked)}</span></div>'
            f"{citation_cards(turn.citations, turn.number, today, lang)}</section>"
        )
    return "".join(groups)


# ---- refusals ---------------------------------------------------------------------------------


def topic_question(topic: str) -> str:
    """The question a nearby topic asks when clicked: what the guide provides on its most specific
    heading, in the guide's own words ("周边旗区有哪些规定？")."""
    return f"{bare_heading(topic.split(' › ')[-1])}有哪些规定？"


def refusal_html(refusal: Refusal, lang: str) -> str:
    """A refused answer in plain words in the page's language, what the clauses found leave
    unstated, and the nearest topics the guide covers as buttons that ask about them (none when the
    refusal names none)."""
    t = page_text(lang)
    # the guide's words (what is unstated, the topics) are shown literally, as a person's own text is
    shown = "<br>".join([t["unstated"] if refusal.unstated else t["silent"], *map(user_text_html, refusal.unstated)])
    if refusal.topics:
        # a topic asks in the guide's own words, which find its heading; in English it is named by its English titles
        name = english_heading if lang == "en" else bare_heading
        buttons = "".join(
            f'<button type="button" class="topic-ask" value="{html.escape(topic_question(topic), quote=True)}" '
            f'title="{html.escape(t["ask"].format(question=topic_question(topic)), quote=True)}">'
            f'{user_text_html(" › ".join(name(h) for h in topic.split(" › ")))}</button>'
            for topic in refusal.topics
        )
        shown += f'<div class="topics"><small>{t["topics"]}</small><br>{buttons}</div>'
    return f'<div class="refusal">{shown}</div>'


# ---- calculators ------------------------------------------------------------------------------


def grouped(value: str) -> str:
    """A decimal with thousands separators: 760000 → 760,000; 0.401 stays."""
    return f"{Decimal(value):,}"


def result_text(value: str, unit: str, lang: str) -> str:
    """A calculation's result: 76万元（760,000 元）; for an English reader 760,000 yuan (76万元)."""
    big_money = unit == "元" and Decimal(value) >= 10_000
    dimension = dimension_of(unit)
    if lang == "en" and dimension and BASE_UNIT.get(dimension) == unit:
        english = english_amount(Decimal(value), dimension)
        return f"{english} ({money_text(Decimal(value))})" if big_money else english
    if big_money:
        return f"{money_text(Decimal(value))}（{grouped(value)} 元）"
    return f"{grouped(value)} {unit}"


def calculation_html(calc: Calculation, sources: Sequence[Clause], today: date, lang: str = "zh") -> str:
    """A note for each source clause whose policy period ended before ``today``, then the result
    large, its steps, its source clause ids; each of ``sources`` a folded clause below. In English
    the result is in English units; the steps keep the guide's units and words, as its clauses do."""
    t = page_text(lang)
    notes = "".join(
        f'<p class="calc-expired">⚠️ '
        f"{html.escape(t['calc_expired'].format(clause_id=c.clause_id, title=heading_title(c.title_path, lang), until=c.valid_until))}</p>"
        for c in sources
        if c.valid_until and c.expired(today)
    )
    raw = calc.result
    shown = [result_text(raw, calc.unit, lang)] if isinstance(raw, str) else [result_text(raw[e], calc.unit, lang) for e in ("low", "high")]
    result = " – ".join(shown)
    steps = "".join(f"<li>{html.escape(s)}</li>" for s in calc.steps)
    working = f'<div class="working muted">{t["working"]}{t["colon"]}</div>' if lang == "en" else ""
    ids = "、".join(f"<code>{html.escape(cid)}</code>" for cid in calc.clause_ids)
    cards = "".join(
        f"<details><summary><code>{html.escape(c.clause_id)}</code> {html.escape(heading_title(c.title_path, lang))}</summary>"
        f"{html.escape(c.text)}</details>"
        for c in sources
    )
    return (
        f'{notes}<div class="calc-result"><div class="big">{html.escape(result)}</div>'
        f'{working}<ol>{steps}</ol><div>{t["sources"]}{t["colon"]}{ids}</div></div>{cards}'
    )


@dataclass(frozen=True)
class CalculatorInput:
    """One input of a calculator's form: its name, its label and, for a choice, what may be chosen
    and how each choice is shown (on the English page, by its English label)."""

    name: str
    label: str
    choices: tuple[str, ...] = ()
    choice_labels: tuple[str, ...] = ()

    @classmethod
    def from_schema(cls, name: str, prop: Mapping[str, Any], lang: str = "zh") -> CalculatorInput:
        """The input as the calculator's schema describes it, labelled in ``lang``."""
        choices = tuple(prop.get("enum", ()))
        if lang == "en":
            english = tuple(prop.get("enum_en", ()))
            label = str(prop.get("description_en") or prop.get("description", name))
            return cls(name, label[:1].upper() + label[1:], choices, english if len(english) == len(choices) else choices)
        return cls(name, str(prop.get("description", name)), choices, choices)

    @property
    def options(self) -> list[tuple[str, str]]:
        """The choices as (shown, value) pairs: the value is always the calculator's own choice."""
        return list(zip(self.choice_labels, self.choices))

    def allowed(self, lang: str) -> str:
        """What the input takes: its choices, or a number (its label names the units)."""
        t = page_text(lang)
        listed = ("、" if lang != "en" else ", ").join(self.choice_labels)
        return t["one_of"].format(choices=listed) if self.choices else t["a_number"]


def missing_inputs_html(missing: Sequence[CalculatorInput], lang: str) -> str:
    """The inputs still to fill in, each with what it takes ("请填写：接入电压等级（可选：…）")."""
    separator = "；" if lang != "en" else "; "
    asked = separator.join(f"{field.label}{field.allowed(lang)}" for field in missing)
    return f'<p class="error">⚠️ {html.escape(page_text(lang)["fill_in"] + asked)}</p>'


def calculator_error_html(error: CalculatorError, lang: str) -> str:
    """A calculator's refusal of its inputs in the page's language: the input it is about and what
    that input takes (its choices, its units, the provision's limit); an error about no one input
    asks to check them, the calculator's own message as the detail."""
    t = page_text(lang)
    if error.problem is not None:
        return f'<p class="error">⚠️ {html.escape(t["cannot"] + error.said(lang))}</p>'
    return (
        f'<p class="error">⚠️ {html.escape(t["cannot"] + t["check_inputs"])}<br>'
        f'<small class="muted">{t["details"]}{html.escape(str(error))}</small></p>'
    )


# ---- clause browser ---------------------------------------------------------------------------

PREVIEW_CHARS = 160  # of a clause's text, shown in a search result before it is opened
PREVIEW_BEFORE = 40  # characters a preview shows before the first hit
_CJK = re.compile(r"[\u4e00-\u9fff]{2}")
_WORD_BREAK = re.compile(r"[\s,，。？?！!、；;：:“”\"'（）()]+")


def hit_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query's words occur in ``text`` (case ignored), merged; a Chinese word also by each
    two characters of it, so "工业电价" marks 工业 and 电价 in "工业用电价格"."""
    terms: set[str] = set()
    for word in filter(None, _WORD_BREAK.split(query)):
        terms.add(word)
        terms.update(word[i : i + 2] for i in range(len(word) - 1) if _CJK.fullmatch(word[i : i + 2]))
    spans = sorted(m.span() for term in terms if len(term) > 1 for m in re.finditer(re.escape(term), text, re.IGNORECASE))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def search_results_html(query: str, clauses: Sequence[Clause], today: date, lang: str) -> str:
    """The clauses a search found, best first, as a count and one folded card each: its heading path
    and a preview with the query's words marked; opened, the whole card with them marked."""
    t = page_text(lang)
    if not clauses:
        return f'<p class="muted">{t["none_found"]}</p>'
    cards = []
    for index, clause in enumerate(clauses, 1):
        spans = hit_spans(clause.text, query)
        start = max(0, spans[0][0] - PREVIEW_BEFORE) if spans else 0
        end = start + PREVIEW_CHARS
        preview = _marked(clause.text[start:end], [(s - start, min(e, end) - start) for s, e in spans if s >= start and s < end])
        summary = (
            f'{_title_html(clause.title_path, lang, query)}'
            f'<div class="hit-preview">{"…" if start else ""}{preview}{"…" if end < len(clause.text) else ""}</div>'
        )
        cards.append(_card(Citation.of(index, clause), f"hit-{index}", summary, _marked(clause.text, spans), today, lang, opened=False))
    found = t["found_one"] if len(clauses) == 1 and "found_one" in t else t["found"].format(n=len(clauses))
    return f'<p class="hit-count">{found}</p>{"".join(cards)}'


def tree_heading(heading: str, lang: str) -> str:
    """A heading of the clause tree as HTML: the guide's words; in English its English title (a part
    with its number) and the guide's words beside it."""
    if lang != "en":
        return html.escape(heading)
    english = english_heading(heading)
    if _PART.match(heading):
        english = f"{heading_words(heading, 'en')} · {english}"
    return f'{html.escape(english)} <span class="tree-zh" lang="zh">{html.escape(heading)}</span>'


def clause_tree(clauses: Sequence[Clause], limit: int | None = None, lang: str = "zh") -> str:
    """Nested <details> following the title paths (headings in ``lang``); each clause a line with its id."""
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
            out.append(f'<details class="tree"><summary>{tree_heading(heading, lang)}</summary><div class="tree-body">')
        open_path = list(path)
        preview = html.escape(clause.text[:160]) + ("…" if len(clause.text) > 160 else "")
        out.append(f'<div class="tree-clause"><code>{html.escape(clause.clause_id)}</code> {preview}</div>')
    out.extend("</div></details>" for _ in open_path)
    return "".join(out)


# The hotline desk's own words, by language (the draft itself is a Chinese letter).
DRAFT_TEXT = {
    "zh": {"title": "答复草稿（审核后可复制发送）", "copy": "复制草稿", "copied": "✓ 已复制", "said": "草稿已复制到剪贴板。",
           "failed": "无法自动复制，请选中草稿文字后手动复制。"},
    "en": {"title": "Reply draft (review, then copy)", "copy": "Copy draft", "copied": "✓ Copied",
           "said": "The draft was copied to the clipboard.", "failed": "Could not copy; select the draft's text and copy it by hand."},
}  # fmt: skip


def draft_html(draft: str, lang: str) -> str:
    """The hotline desk: the reply draft whole (no scroll box), to read out, with one button that
    copies it and says so, in words and to a screen reader (an aria-live status); nothing before an answer."""
    if not draft:
        return ""
    words = DRAFT_TEXT[lang]
    return (
        f'<section class="draft-desk" aria-label="{html.escape(words["title"])}">'
        f'<div class="draft-head"><strong>{html.escape(words["title"])}</strong>'
        f'<button type="button" class="copy-draft" data-label="{html.escape(words["copy"])}"'
        f' data-copied="{html.escape(words["copied"])}" data-said="{html.escape(words["said"])}"'
        f' data-failed="{html.escape(words["failed"])}">{html.escape(words["copy"])}</button></div>'
        f'<p class="draft-status" role="status" aria-live="polite"></p>'
        f'<div class="draft-text" lang="zh-CN">{html.escape(draft)}</div></section>'
    )
