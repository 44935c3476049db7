"""The incentive report an investment officer hands over: a printable, self-contained HTML page and a PDF
of one :class:`MatchResult`, in Chinese or English. Labels follow the language; the guide's quotes, titles
and departments stay as the guide writes them. The PDF is drawn with reportlab and its built-in CID font
``STSong-Light`` (no font file: the viewer supplies the glyphs, the text stays extractable)."""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from assistant.incentives.matching import TOPICS, AmountResult, ConditionResult, MatchResult, ProvisionMatch
from assistant.incentives.profile import KEY_EN, SECTOR_EN, ProjectProfile
from assistant.incentives.provisions import LEVELS

Lang = Literal["zh", "en"]

LABELS: dict[str, tuple[str, str]] = {
    "title": ("伊金霍洛旗招商引资政策匹配报告", "Ejin Horo Banner investment incentives: match report"),
    "date": ("日期", "Date"),
    "project": ("项目", "Project"),
    "profile": ("项目情况", "Project profile"),
    "provisions": ("适用或待确认的政策", "Provisions that apply or may apply"),
    "not_applicable": ("不适用的政策（有条件不满足）", "Provisions that do not apply (a condition is not met)"),
    "status": ("状态", "Status"),
    "conditions": ("条件", "Conditions"),
    "clause": ("条款", "Clause"),
    "quote": ("原文", "Quote"),
    "amount": ("金额", "Amount"),
    "grant": ("享受内容", "Grants"),
    "validity": ("有效期", "Valid until"),
    "no_period": ("指南未载明期限", "no period stated in the guide"),
    "expired": ("已到期", "EXPIRED"),
    "departments": ("责任单位", "Departments to contact"),
    "none_stated": ("指南未载明", "not stated in the guide"),
    "ask": ("需向企业确认", "Questions to ask the investor"),
    "basis": ("依据条款", "Clauses"),
    "totals": ("合计", "Totals"),
    "totals_note": (
        "仅计符合条件、未到期的政策；同组政策就高、不重复享受",
        "Eligible provisions still in force only; within a no-stacking group only the highest counts",
    ),
    "once": ("一次性", "One-off"),
    "year": ("每年", "Per year"),
    "cost": ("费用，不计入合计", "a price paid, not in the totals"),
    "no_stacking": ("不重复享受规则", "No-stacking rules"),
    "kept": ("计入", "counted"),
    "dropped": ("不计", "left out"),
    "excluded": ("与同组政策就高，不计入合计", "not counted: a higher provision of its no-stacking group is"),
    "expired_left_out": ("已到期、未计入合计", "Expired, left out of the totals"),
    "amounts_unknown": ("金额待补充信息后测算", "Amounts pending the investor's answers"),
    "amount_pending": ("金额待定：", "Amount pending: "),
    "inputs_missing": ("缺少计算所需的信息", "the inputs it needs are missing"),
    "steps": ("计算过程", "Working"),
    "closing": (
        "以上金额和条件依据本版《伊金霍洛旗招商引资政策指南》测算，仅供参考，请以各责任单位确认为准。",
        "The figures and conditions above come from this edition of the Ejin Horo Banner investment-policy guide;"
        " they are indicative and must be confirmed with the departments responsible.",
    ),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "yuan": ("元", "yuan"),
}

STATUS = {"eligible": ("符合", "eligible"), "not_eligible": ("不符合", "not eligible"), "unknown": ("待确认", "to be confirmed")}
MET = {True: ("满足", "met"), False: ("不满足", "not met"), None: ("未知", "unknown")}
HTML_MARK = {True: "✓", False: "✗", None: "?"}
PDF_MARK = {True: "√", False: "×", None: "？"}  # GB2312 characters: STSong-Light has them
LEVEL_EN = {"国家级": "National", "自治区级": "Inner Mongolia Autonomous Region", "市级": "Ordos City", "旗级": "Ejin Horo Banner"}
TOPIC = {
    "land_utilities": ("用地与水电气价格", "Land and utilities"),
    "agriculture": ("农牧业", "Agriculture"),
    "industry": ("工业", "Industry"),
    "services": ("服务业", "Services"),
    "talent": ("人才", "Talent"),
    "science_technology": ("科技创新", "Science and technology"),
    "tax": ("税收", "Tax"),
}
VALUE_EN: dict[str, str] = {
    **SECTOR_EN,
    **KEY_EN,
    "伊金霍洛旗": "Ejin Horo Banner",
    "鄂尔多斯市其他旗区": "elsewhere in Ordos",
    "内蒙古自治区其他盟市": "elsewhere in Inner Mongolia",
    "自治区外": "outside Inner Mongolia",
    "蒙苏经济技术开发区": "Mengsu Economic and Technological Development Zone",
    "空港物流园区": "Airport Logistics Park",
    "园区外": "outside the parks",
    "工业用地": "industrial",
    "农业用地": "agricultural",
    "商服用地": "commercial",
    "不满1千伏": "below 1 kV",
    "1-10千伏": "1–10 kV",
    "110千伏": "110 kV",
    "220千伏以上": "220 kV and above",
    "国家高新技术企业": "national high-tech enterprise",
    "国家科技型中小企业": "national tech-based SME",
    "创新型中小企业": "innovative SME",
    "专精特新中小企业": "specialised and sophisticated SME",
    "专精特新“小巨人”企业": "specialised “little giant”",
    "国家级制造业单项冠军": "national manufacturing single champion",
    "自治区级制造业单项冠军": "regional manufacturing single champion",
    "自治区级企业技术中心": "regional enterprise technology centre",
    "国家级工业设计中心": "national industrial design centre",
    "自治区级工业设计中心": "regional industrial design centre",
    "重点企业": "key enterprise",
    "国家级示范物流园区": "national demonstration logistics park",
    "5A级物流企业": "5A logistics enterprise",
    "domestic": "domestic",
    "foreign_invested": "foreign-invested",
}
VALUE_ZH = {"domestic": "内资企业", "foreign_invested": "外商投资企业"}
UNIT_EN = {
    "元": "yuan",
    "亩": "mu",
    "度": "kWh",
    "吨": "tonnes",
    "立方米": "m³",
    "平方米": "m²",
    "公斤": "kg",
    "公斤/日": "kg a day",
    "吨标准煤": "tonnes of coal equivalent",
    "头": "head",
    "年": "years",
    "%": "%",
}
"""Units a profile field is stated in (the end of its description), in English."""


def label(key: str, lang: Lang) -> str:
    zh, en = LABELS[key]
    return zh if lang == "zh" else en


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "zh" else pair[1]


def grouped(value: Decimal) -> str:
    """``3000000`` → ``3,000,000``; decimals kept as given (``1234.5`` → ``1,234.5``)."""
    sign = "-" if value < 0 else ""
    text = format(abs(value).normalize(), "f")
    whole, _, fraction = text.partition(".")
    return sign + f"{int(whole):,}" + (f".{fraction}" if fraction else "")


def _wan(value: Decimal) -> str:
    return format((value / 10000).quantize(Decimal("0.01")).normalize(), "f")


def money(low: str, high: str | None, lang: Lang) -> str:
    """``3,000,000 元（300万元）`` / ``3,000,000 yuan (300万元)``; a range as ``low–high``. 万元 from 10,000 up."""
    lo = Decimal(low)
    hi = Decimal(high if high is not None else low)
    unit = label("yuan", lang)
    text = grouped(lo) if lo == hi else f"{grouped(lo)}–{grouped(hi)}"
    if max(abs(lo), abs(hi)) >= 10000:
        wan = f"{_wan(lo)}万元" if lo == hi else f"{_wan(lo)}万–{_wan(hi)}万元"
        return f"{text} {unit}（{wan}）" if lang == "zh" else f"{text} {unit} ({wan})"
    return f"{text} {unit}"


def _unit_of(field: str) -> str | None:
    """The unit a field is stated in, read from its description's end: ``用地面积（亩） / …`` → ``亩``."""
    info = ProjectProfile.model_fields.get(field)
    zh = (info.description or "").partition(" / ")[0] if info else ""
    if not zh.endswith("）") or "（" not in zh:
        return None
    unit = zh[zh.rindex("（") + 1 : -1]
    return unit if unit in UNIT_EN else None


def _value_words(field: str, value: Any, lang: Lang) -> str:
    if isinstance(value, bool):
        return label("yes" if value else "no", lang)
    if isinstance(value, dict):
        return ("，" if lang == "zh" else "; ").join(f"{_value_words('', k, lang)}: {v}" for k, v in value.items())
    if isinstance(value, list):
        return ("、" if lang == "zh" else "; ").join(_value_words("", v, lang) for v in value)
    unit = _unit_of(field)
    if unit is not None:
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            return str(value)
        return money(str(number), None, lang) if unit == "元" else f"{grouped(number)} {unit if lang == 'zh' else UNIT_EN[unit]}"
    text = str(value)
    if lang == "en" and field != "name":
        return VALUE_EN.get(text, text)
    return VALUE_ZH.get(text, text) if lang == "zh" else text


def profile_lines(profile: dict[str, Any], lang: Lang) -> list[tuple[str, str]]:
    """The fields the profile gives, as (label, value in words), in the schema's order."""
    lines = []
    for name, info in ProjectProfile.model_fields.items():
        if name not in profile:
            continue
        zh, _, en = (info.description or name).partition(" / ")
        lines.append((zh if lang == "zh" else (en or name), _value_words(name, profile[name], lang)))
    return lines


@dataclass
class _Section:
    level: str
    topic: str
    items: list[ProvisionMatch]


def sections(result: MatchResult, *, applicable: bool) -> list[_Section]:
    """The provisions that apply or may apply (``applicable``), or those that do not, grouped by level, then topic."""
    out: list[_Section] = []
    chosen = [p for p in result.provisions if (p.status != "not_eligible") == applicable]
    for item in sorted(
        chosen,
        key=lambda p: (LEVELS.index(p.level) if p.level in LEVELS else 9, TOPICS.index(p.topic) if p.topic in TOPICS else 99),
    ):
        if not out or (out[-1].level, out[-1].topic) != (item.level, item.topic):
            out.append(_Section(item.level, item.topic, []))
        out[-1].items.append(item)
    return out


def level_name(level: str, lang: Lang) -> str:
    return level if lang == "zh" else LEVEL_EN.get(level, level)


def topic_name(topic: str, lang: Lang) -> str:
    return _pick(TOPIC[topic], lang) if topic in TOPIC else topic


def amount_words(item: ProvisionMatch, lang: Lang) -> str | None:
    amount: AmountResult | None = item.amount
    if amount is not None:
        per = label(amount.per, lang)
        if lang == "zh":
            return f"{money(amount.low, amount.high, lang)}，{per}" + (f"（{label('cost', lang)}）" if amount.kind == "cost" else "")
        return f"{money(amount.low, amount.high, lang)}, {per.lower()}" + (f" ({label('cost', lang)})" if amount.kind == "cost" else "")
    if item.amount_note:
        note = item.amount_note if lang == "zh" else label("inputs_missing", lang)
        return label("amount_pending", lang) + note
    return None


def amount_basis(item: ProvisionMatch) -> str | None:
    """The clauses whose figures the amount uses, and the words of a fixed sum: ``p6.d1.i1 “…”``."""
    if item.amount is None or not item.amount.clause_ids:
        return None
    ids = ", ".join(item.amount.clause_ids)
    return f"{ids} “{item.amount.quote}”" if item.amount.quote else ids


def grant_words(item: ProvisionMatch, lang: Lang) -> str | None:
    return item.grant if lang == "zh" else (item.grant_en or item.grant)


def validity_words(item: ProvisionMatch, lang: Lang) -> str:
    if item.valid_until is None:
        return label("no_period", lang)
    text = item.valid_until.isoformat()
    if not item.expired:
        return text
    return f"{text}（{label('expired', lang)}）" if lang == "zh" else f"{text} ({label('expired', lang)})"


def condition_words(condition: ConditionResult, lang: Lang) -> str:
    return condition.text if lang == "zh" else condition.text_en


def title_of(item: ProvisionMatch, lang: Lang) -> str:
    return item.title if lang == "zh" else item.title_en


def _titles(result: MatchResult, ids: list[str], lang: Lang) -> str:
    by_id = {p.id: p for p in result.provisions}
    return ("、" if lang == "zh" else "; ").join(title_of(by_id[i], lang) if i in by_id else i for i in ids)


# ---------------------------------------------------------------- HTML

_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;
 max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;font-size:11pt}
h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.3em;border-bottom:2px solid #333;margin-top:1.6em}
h3{font-size:1.1em;margin:1.2em 0 .4em;color:#333}
.meta{color:#555;margin:0 0 1em}
table{border-collapse:collapse;width:100%;margin:.3em 0}th,td{border:1px solid #bbb;padding:.25em .45em;vertical-align:top;text-align:left}
th{background:#f0f0f0;font-weight:600}
.provision{border:1px solid #ccc;border-left:6px solid #999;padding:.5em .8em;margin:.7em 0;page-break-inside:avoid;break-inside:avoid}
.provision.eligible{border-left-color:#2e7d32}.provision.unknown{border-left-color:#f9a825}.provision.not_eligible{border-left-color:#9e9e9e}
.provision h4{margin:0 0 .3em;font-size:1.05em}
.status{display:inline-block;padding:0 .4em;border-radius:3px;font-size:.9em;margin-right:.4em;background:#eee}
.eligible .status{background:#c8e6c9}.unknown .status{background:#fff3c4}.not_eligible .status{color:#555}
.met{color:#2e7d32;font-weight:700}.unmet{color:#c62828;font-weight:700}.unk{color:#b26a00;font-weight:700}
.expired{color:#c62828;font-weight:700}.quote{font-family:serif}.cid{font-family:monospace;white-space:nowrap}
dl{margin:.3em 0;display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em}dt{font-weight:600}dd{margin:0}
.totals td.num{font-weight:700;white-space:nowrap}.closing{margin-top:2em;padding-top:.6em;border-top:1px solid #333;font-weight:600}
@media print{body{margin:0;max-width:none;font-size:10pt}a{color:inherit;text-decoration:none}h2{page-break-after:avoid}
 .provision{border-left-width:4px}@page{size:A4;margin:15mm}}
"""


def render_html(result: MatchResult, lang: Lang) -> str:
    """A printable, self-contained HTML page of ``result`` (inline CSS, no external assets), every text escaped."""

    def e(text: object) -> str:
        return html.escape(str(text), quote=True)

    name = result.profile.get("name")
    title = label("title", lang)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}{' — ' + e(name) if name else ''}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        f'<p class="meta">{e(label("date", lang))}: {e(result.today.isoformat())}'
        + (f" · {e(label('project', lang))}: {e(name)}" if name else "")
        + "</p>",
        f"<h2>{e(label('profile', lang))}</h2>",
        '<table class="profile"><tbody>',
    ]
    out += [f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in profile_lines(result.profile, lang)]
    out.append("</tbody></table>")
    for applicable, heading in ((True, "provisions"), (False, "not_applicable")):
        out.append(f"<h2>{e(label(heading, lang))}</h2>")
        level = None
        for section in sections(result, applicable=applicable):
            if section.level != level:
                level = section.level
                out.append(f"<h3>{e(level_name(level, lang))}</h3>")
            out.append(f'<h4 class="topic">{e(topic_name(section.topic, lang))}</h4>')
            out += [_provision_html(item, lang, e) for item in section.items]
        if applicable:
            out.append(_totals_html(result, lang, e))
    out.append(f'<p class="closing">{e(label("closing", lang))}</p>')
    out.append("</body></html>")
    return "\n".join(out)


def _conditions_html(item: ProvisionMatch, lang: Lang, e: Any) -> str:
    if not item.conditions:
        return ""
    css = {True: "met", False: "unmet", None: "unk"}
    rows = "".join(
        f'<tr><td class="{css[c.met]}" title="{e(_pick(MET[c.met], lang))}">{HTML_MARK[c.met]}</td><td>{e(condition_words(c, lang))}</td>'
        f'<td class="cid">{e(c.clause_id)}</td><td class="quote">“{e(c.quote)}”</td></tr>'
        for c in item.conditions
    )
    return (
        f'<table class="conditions"><thead><tr><th></th><th>{e(label("conditions", lang))}</th><th>{e(label("clause", lang))}</th>'
        f"<th>{e(label('quote', lang))}</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _provision_html(item: ProvisionMatch, lang: Lang, e: Any) -> str:
    parts = [
        f'<div class="provision {e(item.status)}" id="{e(item.id)}">',
        f'<h4><span class="status">{e(_pick(STATUS[item.status], lang))}</span>{e(title_of(item, lang))}'
        + (f" <small>{e(item.title)}</small>" if lang == "en" else "")
        + "</h4>",
        "<dl>",
        f'<dt>{e(label("basis", lang))}</dt><dd class="cid">{e(", ".join(item.clause_ids))}</dd>',
    ]
    if item.status == "not_eligible":  # what it is and why not: the conditions, nothing to ask or to expect
        parts.append("</dl>")
        parts.append(_conditions_html(item, lang, e))
        parts.append("</div>")
        return "\n".join(parts)
    amount = amount_words(item, lang)
    if amount:
        basis = amount_basis(item)
        shown = f' <span class="cid">[{e(basis)}]</span>' if basis else ""
        parts.append(f"<dt>{e(label('amount', lang))}</dt><dd><strong>{e(amount)}</strong>{shown}</dd>")
    if item.excluded_by:
        parts.append(f"<dt></dt><dd>{e(label('excluded', lang))} ({e(item.excluded_by)})</dd>")
    grant = grant_words(item, lang)
    if grant:
        parts.append(f"<dt>{e(label('grant', lang))}</dt><dd>{e(grant)}</dd>")
    if item.amount is not None and item.amount.steps and lang == "zh":
        parts.append(f"<dt>{e(label('steps', lang))}</dt><dd>{e('；'.join(item.amount.steps))}</dd>")
    validity = validity_words(item, lang)
    css_validity = ' class="expired"' if item.expired else ""
    parts.append(f"<dt>{e(label('validity', lang))}</dt><dd{css_validity}>{e(validity)}</dd>")
    departments = ("、".join(item.departments) if lang == "zh" else "; ".join(item.departments)) or label("none_stated", lang)
    parts.append(f"<dt>{e(label('departments', lang))}</dt><dd>{e(departments)}</dd>")
    parts.append("</dl>")
    parts.append(_conditions_html(item, lang, e))
    questions = item.ask if lang == "zh" else item.ask_en
    if questions:
        parts.append(f"<p><strong>{e(label('ask', lang))}:</strong></p><ul>" + "".join(f"<li>{e(q)}</li>" for q in questions) + "</ul>")
    parts.append("</div>")
    return "\n".join(parts)


def _totals_html(result: MatchResult, lang: Lang, e: Any) -> str:
    totals = result.totals
    parts = [
        f"<h2>{e(label('totals', lang))}</h2>",
        f"<p>{e(label('totals_note', lang))}</p>",
        '<table class="totals"><tbody>',
        f'<tr><th>{e(label("once", lang))}</th><td class="num">{e(money(totals.once.low, totals.once.high, lang))}</td></tr>',
        f'<tr><th>{e(label("year", lang))}</th><td class="num">{e(money(totals.year.low, totals.year.high, lang))}</td></tr>',
        "</tbody></table>",
    ]
    if totals.groups:
        parts.append(f"<h3>{e(label('no_stacking', lang))}</h3><ul>")
        for group in totals.groups:
            text = group.text if lang == "zh" else group.text_en
            parts.append(
                f"<li>{e(text)} — {e(label('kept', lang))}: {e(_titles(result, [group.kept], lang))}; "
                f"{e(label('dropped', lang))}: {e(_titles(result, group.dropped, lang))}"
                f'<br><span class="cid">{e(group.clause_id)}</span> <span class="quote">“{e(group.quote)}”</span></li>'
            )
        parts.append("</ul>")
    if totals.expired_left_out:
        parts.append(f"<p><strong>{e(label('expired_left_out', lang))}:</strong> {e(_titles(result, totals.expired_left_out, lang))}</p>")
    if totals.amounts_unknown:
        parts.append(f"<p><strong>{e(label('amounts_unknown', lang))}:</strong> {e(_titles(result, totals.amounts_unknown, lang))}</p>")
    return "\n".join(parts)


# ---------------------------------------------------------------- PDF

PDF_FONT = "STSong-Light"


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))


def render_pdf(result: MatchResult, lang: Lang) -> bytes:
    """The same report as an A4 PDF (reportlab), text extractable."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _register_font()

    def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=PDF_FONT, fontSize=size, leading=size * 1.4, wordWrap="CJK", **kw)

    body, small = style("body", 9.5), style("small", 8.5)
    h1, h2, h3, h4 = (
        style("h1", 16, spaceAfter=4),
        style("h2", 13, spaceBefore=10, spaceAfter=4),
        style("h3", 11.5, spaceBefore=8),
        style("h4", 10.5, spaceBefore=6, spaceAfter=2),
    )
    red = style("red", 9.5, textColor=colors.HexColor("#c62828"))

    def p(text: str, st: ParagraphStyle = body) -> Paragraph:
        return Paragraph(html.escape(text, quote=False), st)

    width = A4[0] - 30 * mm
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ]
    )
    name = result.profile.get("name")
    story: list[Any] = [
        p(label("title", lang), h1),
        p(f"{label('date', lang)}: {result.today.isoformat()}" + (f" · {label('project', lang)}: {name}" if name else "")),
        p(label("profile", lang), h2),
    ]
    rows = [[p(k, small), p(v, small)] for k, v in profile_lines(result.profile, lang)]
    if rows:
        table = Table(rows, colWidths=[width * 0.4, width * 0.6])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)

    def provision_block(item: ProvisionMatch) -> list[Any]:
        block: list[Any] = [
            p(f"[{_pick(STATUS[item.status], lang)}] {title_of(item, lang)}" + (f" ({item.title})" if lang == "en" else ""), h4),
            p(f"{label('basis', lang)}: {', '.join(item.clause_ids)}", small),
        ]
        full = item.status != "not_eligible"
        amount = amount_words(item, lang) if full else None
        if amount:
            basis = amount_basis(item)
            block.append(p(f"{label('amount', lang)}: {amount}" + (f" [{basis}]" if basis else "")))
        if item.excluded_by:
            block.append(p(f"{label('excluded', lang)} ({item.excluded_by})", small))
        grant = grant_words(item, lang) if full else None
        if grant:
            block.append(p(f"{label('grant', lang)}: {grant}"))
        if full:
            block.append(p(f"{label('validity', lang)}: {validity_words(item, lang)}", red if item.expired else body))
            departments = ("、".join(item.departments) if lang == "zh" else "; ".join(item.departments)) or label("none_stated", lang)
            block.append(p(f"{label('departments', lang)}: {departments}", small))
        if item.conditions:
            head = [p("", small), p(label("conditions", lang), small), p(label("clause", lang), small), p(label("quote", lang), small)]
            cond_rows = [
                [p(PDF_MARK[c.met], small), p(condition_words(c, lang), small), p(c.clause_id, small), p(f"“{c.quote}”", small)]
                for c in item.conditions
            ]
            table = Table([head, *cond_rows], colWidths=[width * 0.06, width * 0.3, width * 0.2, width * 0.44], repeatRows=1)
            table.setStyle(grid)
            block.append(table)
        questions = (item.ask if lang == "zh" else item.ask_en) if full else []
        if questions:
            block.append(p(f"{label('ask', lang)}:", small))
            block += [p(f"· {q}", small) for q in questions]
        block.append(Spacer(1, 4))
        return block

    def provision_sections(applicable: bool) -> None:
        story.append(p(label("provisions" if applicable else "not_applicable", lang), h2))
        level = None
        for section in sections(result, applicable=applicable):
            if section.level != level:
                level = section.level
                story.append(p(level_name(level, lang), h3))
            story.append(p(topic_name(section.topic, lang), h4))
            story.extend(KeepTogether(provision_block(item)) for item in section.items)

    provision_sections(True)
    totals = result.totals
    story += [
        p(label("totals", lang), h2),
        p(label("totals_note", lang), small),
        Table(
            [
                [p(label("once", lang)), p(money(totals.once.low, totals.once.high, lang))],
                [p(label("year", lang)), p(money(totals.year.low, totals.year.high, lang))],
            ],
            colWidths=[width * 0.25, width * 0.75],
            style=TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999"))]),
        ),
    ]
    if totals.groups:
        story.append(p(label("no_stacking", lang), h3))
        for group in totals.groups:
            text = group.text if lang == "zh" else group.text_en
            story.append(
                p(
                    f"· {text} — {label('kept', lang)}: {_titles(result, [group.kept], lang)}; "
                    f"{label('dropped', lang)}: {_titles(result, group.dropped, lang)}; {group.clause_id} “{group.quote}”",
                    small,
                )
            )
    if totals.expired_left_out:
        story.append(p(f"{label('expired_left_out', lang)}: {_titles(result, totals.expired_left_out, lang)}", small))
    if totals.amounts_unknown:
        story.append(p(f"{label('amounts_unknown', lang)}: {_titles(result, totals.amounts_unknown, lang)}", small))
    provision_sections(False)
    story += [Spacer(1, 10), p(label("closing", lang), style("closing", 10))]

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=label("title", lang),
        author="policy-assistant",
        lang="zh-CN" if lang == "zh" else "en",
    )
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return buffer.getvalue()


def _page_number(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(PDF_FONT, 8)
    canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, 8 * 2.83, str(doc.page))
    canvas.restoreState()
