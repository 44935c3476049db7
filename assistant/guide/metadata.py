"""Clause metadata read from the text: document numbers, responsible units, policy level,
validity periods."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,12}\s*[〔\[【]\s*\d{4}\s*[〕\]】]\s*\d+\s*号"  # "内政办发[2024]24号" is written too
    r"|[\u4e00-\u9fff][\u4e00-\u9fff ]{1,30}公告\s*\d{4}\s*年第\s*\d+\s*号"
)


def doc_number_of(title: str) -> str | None:
    """The document number in a title line, as written (``内工信经运字〔2022〕405 号``)."""
    m = DOC_NUMBER.search(title)
    return m.group(0) if m else None


def strip_doc_number(title: str) -> str:
    """The title without a trailing ``（…〔2022〕405 号）``."""
    return re.sub(r"\s*（[^（）]*(〔\s*\d{4}\s*〕|公告\s*\d{4}\s*年第)[^（）]*号）\s*$", "", title).strip()


# A bracket naming the departments to contact: "（责任单位：…）", "(牵头单位:…;责任单位:…)", "（对接部门：…）".
_UNITS_OPEN = re.compile(r"[〔（(]\s*(?:责任单位|牵头单位|对接部门)\s*[：:]")
_CLOSE_FOR = {"〔": "〕", "（": "）", "(": ")"}
# A bracket whose departments are told by what they do, not by a label: "（自治区商务厅、公安厅等按职责分工负责）",
# "〔自治区农牧厅（乡村振兴局）牵头负责，自治区财政厅配合〕".
_DUTY_BRACKET = re.compile(
    r"[〔（(](?P<body>(?:[^（）()〔〕]|[（(][^（）()]{1,12}[）)]){2,120}?(?:按职责分工负责|牵头负责)(?:[^（）()〔〕]|[（(][^（）()]{1,12}[）)]){0,60})[）)〕]"
)
# A bracket of department names alone, after what they are responsible for: "…给予 30 万元科研经费补助。（自治区科技厅）".
_ORG_END = r"(?:厅|局|委|办|部|署|海关|总站|分局|分行|委员会|政府|公署)"
_ORG_NAME = rf"(?:自治区|内蒙古|市|旗|国家|人民银行|中国人民银行|呼和浩特|满洲里|二连浩特|各)[^（）()、，,；;。]{{0,24}}?{_ORG_END}"
_NEXT_NAME = rf"[^（）()、，,；;。]{{1,24}}?{_ORG_END}"
_NAMES_BRACKET = re.compile(
    rf"（(?P<body>{_ORG_NAME}(?:[（(][^（）()]{{1,12}}[）)])?(?:[、，,]{_NEXT_NAME}(?:[（(][^（）()]{{1,12}}[）)])?)*)）"
)
# Departments told by "负责" alone: "（人力资源社会保障部负责）".
_CHARGED_BRACKET = re.compile(rf"（(?P<body>{_NEXT_NAME}(?:[、，,]{_NEXT_NAME})*)负责）")
# Departments after a sentence, with no bracket: "…专业人才。 责任单位：自治区商务厅、财政厅按职责分工负责，…。".
_UNITS_SENTENCE = re.compile(r"(?:(?<=[。\s])|^)责任单位[：:](?P<body>[^。（）()〔〕]{2,200}?)(?:。|$)")
# Roles inside one bracket ("牵头单位:市能源局:责任单位:…"): each starts a new list.
_ROLE = re.compile(r"\s*[：:；;，,]?\s*(?=(?:牵头单位|责任单位|配合单位|协同单位)\s*[：:])")
# What is said of the departments, not their names.
_DUTY_WORDS = re.compile(r"(?:等)?(?:按职责分工负责|牵头负责|负责|配合)?$|等$")


def responsible_units_spans(text: str) -> list[tuple[int, int, int, int]]:
    """Each bracket naming departments (``〔责任单位：…〕``, ``（牵头单位：…）``, ``（…按职责分工负责）``,
    ``（自治区科技厅）``) as (start, end) of the whole bracket and (start, end) of its list of
    departments; an unclosed labelled bracket runs to the end of the text. Brackets inside a unit
    name (``农牧厅（乡村振兴局）``) stay inside."""
    spans = []
    for m in _UNITS_OPEN.finditer(text):
        depth, i = 1, m.end()
        while i < len(text) and depth:
            if text[i] in _CLOSE_FOR:
                depth += 1
            elif text[i] in _CLOSE_FOR.values():
                depth -= 1
            i += 1
        spans.append((m.start(), i, m.end(), i - 1 if depth == 0 else len(text)))
    for pattern in (_DUTY_BRACKET, _NAMES_BRACKET, _CHARGED_BRACKET, _UNITS_SENTENCE):
        for m in pattern.finditer(text):
            if not any(start <= m.start() < end or m.start() <= start < m.end() for start, end, _, _ in spans):
                spans.append((m.start(), m.end(), m.start("body"), m.end("body")))
    return sorted(spans)


def units_in(text: str, start: int, end: int) -> list[str]:
    """The departments of one bracket's list (``text[start:end]``): "市能源局:责任单位:市发展和改革委员会"
    is two; a lead's and a responsible unit's names stand alone, a helper's keep their role
    ("协同单位：旗财政局"); what is said of them ("按职责分工负责") is no name."""
    body = re.sub(r"\s+", "", text[start:end]).split("。")[0]
    body = _ROLE.sub("；", body.split("按职责分工负责")[0])
    units: list[str] = []
    for name in re.split(r"[、，,；;]", body):
        name = re.sub(r"^(?:牵头单位|责任单位)[：:]", "", name)
        name = _DUTY_WORDS.sub("", name)
        if name and not name.startswith("以下") and name not in units:
            units.append(name)
    return units


def responsible_units_of(text: str) -> list[str]:
    """Departments in every department bracket of the text (see :func:`responsible_units_spans`), in
    order, once each. Brackets inside a unit name (``农牧厅（乡村振兴局）``) are kept with the name."""
    units: list[str] = []
    for _, _, start, end in responsible_units_spans(text):
        units += [name for name in units_in(text, start, end) if name not in units]
    return units


_LEVEL_CUES: list[tuple[str, re.Pattern[str]]] = [
    (
        "国家级",
        re.compile(
            r"^(——)?(（[一二三四]）)?"
            r"(国家|中共中央|国务院|财政部|商务部|工业和信息化部|人力资源社会保障部|外商投资准入|关于营造|企业职工|第六篇)"
        ),
    ),
    ("自治区级", re.compile(r"^(——)?(（[一二三四]）)?(内蒙古|自治区)")),
    ("市级", re.compile(r"^(——)?(（[一二三四]）)?(鄂尔多斯|市级)")),
    ("旗级", re.compile(r"^(——)?(（[一二三四]）)?(伊金霍洛旗|旗级|第一篇)")),
]


def infer_level(text: str) -> str | None:
    """The policy level a heading, document title or responsible unit points to."""
    for level, cue in _LEVEL_CUES:
        if cue.search(text):
            return level
    m = re.search(r"责任单位[：:]\s*(自治区|市|旗)", text)
    if m:
        return {"自治区": "自治区级", "市": "市级", "旗": "旗级"}[m.group(1)]
    return None


@dataclass(frozen=True)
class Period:
    start: date | None
    end: date | None


def _ymd(y: str, m: str | None = None, d: str | None = None, *, end: bool = False) -> date:
    year = int(y)
    month = int(m) if m else (12 if end else 1)
    if d:
        day = int(d)
    else:
        day = calendar.monthrange(year, month)[1] if end else 1
    return date(year, month, day)


_S = r"\s*"
_DATE = rf"(\d{{4}}){_S}年{_S}(\d{{1,2}}){_S}月{_S}(\d{{1,2}}){_S}日"
_RANGE_DASH = r"(?:[-—–－~～]+|年?至)"
_CLAUSE_PERIODS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"自{_S}{_DATE}{_S}(?:起)?{_S}至{_S}{_DATE}"), "full"),
    (
        re.compile(
            rf"(?:执行期限|有效期|执行时间|实施期限|期限)(?:为|暂定为)?{_S}至{_S}"
            rf"(\d{{4}}){_S}年(?:{_S}(\d{{1,2}}){_S}月(?:{_S}(\d{{1,2}}){_S}日)?)?"
        ),
        "until",
    ),
    (
        re.compile(
            rf"(?:执行时间为|试点期限暂定为|期限为|实施期限为|执行期为){_S}"
            rf"(\d{{4}}){_S}年?{_S}{_RANGE_DASH}{_S}(\d{{4}}){_S}年"
        ),
        "years",
    ),
    (re.compile(rf"（{_S}(\d{{4}}){_S}{_RANGE_DASH}{_S}(\d{{4}}){_S}年{_S}）{_S}》?{_S}执行"), "years"),
]
# "本办法自 2025 年 1 月 1 日起实施": a document's start, with no end stated.
_DOC_START = re.compile(rf"自{_S}{_DATE}{_S}起{_S}(?:施行|实施|执行)")
_TITLE_PERIOD = re.compile(rf"（{_S}(\d{{4}}){_S}{_RANGE_DASH}{_S}(\d{{4}}){_S}年{_S}）")
_DOC_SCOPE = re.compile(r"本(政策|措施|办法|方案|通知|意见|细则|规定)")


def period_of_clause(text: str) -> Period | None:
    """A policy period the text states for itself (not a target date like 到2025年底)."""
    for pattern, kind in _CLAUSE_PERIODS:
        m = pattern.search(text)
        if not m:
            continue
        g = m.groups()
        if kind == "full":
            return Period(_ymd(*g[:3]), _ymd(*g[3:], end=True))
        if kind == "until":
            return Period(None, _ymd(g[0], g[1], g[2], end=True))
        return Period(_ymd(g[0]), _ymd(g[1], end=True))
    return None


def period_of_document(title: str, paragraphs: list[str]) -> Period | None:
    """A document's period: from its title (``（2021-2025 年）``) or a sentence about the whole
    document (``本政策…有效期至 2025 年 12 月 31 日``)."""
    if m := _TITLE_PERIOD.search(title):
        return Period(_ymd(m.group(1)), _ymd(m.group(2), end=True))
    sentences = [s for text in paragraphs for s in re.split(r"(?<=。)", text) if _DOC_SCOPE.search(s)]
    for sentence in sentences:
        if found := period_of_clause(sentence):
            return found
    for sentence in sentences:  # a start only: "本办法自 2025 年 1 月 1 日起实施"
        if m := _DOC_START.search(sentence):
            return Period(_ymd(*m.groups()), None)
    return None
