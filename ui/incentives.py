"""The chat page's "政策匹配 / Incentives" tab: a project profile's form built from its JSON Schema, the match as
a table grouped by level (each row opening to its conditions, clause ids and quotes, and the questions to ask),
the totals with the guide's no-stacking rules, and the report to download (HTML, PDF, JSON). The chat hands a
question that describes a project over to this tab. A thin client of :class:`assistant.service.Assistant`: the
profile, the matching, the report and reading a profile from a question are the assistant's."""

from __future__ import annotations

import hashlib
import html
import json
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.incentives.matching import MatchResult, ProvisionMatch
from assistant.incentives.profile import option_label, profile_schema
from assistant.incentives.provisions import LEVELS
from assistant.service import Assistant, ProfileError
from policy_assistant_ui.render import grouped

# The fields a project is first described by, shown at once in this order; every other field of the schema
# is under "more".
MAIN_FIELDS = (
    "sector", "operates_in", "park", "investment_total", "land_mu", "voltage", "annual_kwh", "employees",
    "certifications", "talents", "dairy_cows", "beef_breeding_cows", "beef_fattening_cattle", "sheep", "crop_areas_mu",
)  # fmt: skip

WORDS = {
    "zh": {
        "tab": "政策匹配",
        "intro": "填写项目情况（不知道的可以不填，相应条件会标为“待确认”），点击“匹配”，逐条列出可享受的政策、条件、金额和原文。",
        "more": "更多项目信息", "run": "匹配", "unset": "未填写", "yes": "是", "no": "否", "date_hint": "YYYY-MM-DD",
        "colon": "：", "eligible": "符合", "not_eligible": "不符合", "unknown": "待确认", "expired": "已过期",
        "provision": "政策", "status": "结论", "amount": "金额", "validity": "有效期", "departments": "责任单位",
        "once": "一次性", "year": "每年", "cost": "费用（应支付，不计入合计）", "no_amount": "—", "open_ended": "未写明期限",
        "until": "至 {date}", "conditions": "条件", "clause": "条款", "ask": "需向投资者确认",
        "grant": "给予", "amount_note": "金额暂无法计算：{note}", "steps": "计算",
        "excluded": "不叠加：按“{rule}”只计入更高的一项", "not_counted": "未计入合计",
        "section_eligible": "符合条件的政策（{n} 条）", "section_unknown": "待确认的政策（{n} 条，展开查看需要确认的问题）",
        "section_not_eligible": "不符合条件的政策（{n} 条）",
        "summary": "共 {n} 条政策：符合 {eligible} 条，待确认 {unknown} 条，不符合 {not_eligible} 条。",
        "totals": "合计", "total_once": "一次性", "total_year": "每年", "yuan": "元",
        "no_stacking": "不重复享受", "kept": "计入：{kept}；未计入：{dropped}",
        "expired_out": "已过期、未计入合计：{names}", "unknown_amounts": "符合但缺少计算金额所需信息：{names}",
        "disclaimer": "金额依据本指南所载政策计算（基准日 {today}），具体以责任单位审核为准。",
        "bad_profile": "项目信息有误，请检查：{fields}",
        "html": "下载报告（HTML）", "pdf": "下载报告（PDF）", "json": "下载 JSON",
        "handover": "在政策匹配中查看", "empty": "尚未匹配。",
        "levels": {"国家级": "国家级", "自治区级": "自治区级", "市级": "市级（鄂尔多斯市）", "旗级": "旗级（伊金霍洛旗）"},
    },
    "en": {
        "tab": "Incentives",
        "intro": "Describe the project (leave out what you do not know: the conditions that need it are marked "
        "“To confirm”), press “Match”, and every provision that applies is listed with its conditions, amount and clause.",
        "more": "More about the project", "run": "Match", "unset": "Not given", "yes": "Yes", "no": "No", "date_hint": "YYYY-MM-DD",
        "colon": ": ", "eligible": "Eligible", "not_eligible": "Not eligible", "unknown": "To confirm", "expired": "Expired",
        "provision": "Provision", "status": "Status", "amount": "Amount", "validity": "Valid until", "departments": "Departments",
        "once": "one-off", "year": "per year", "cost": "a cost (paid, not in the totals)", "no_amount": "—", "open_ended": "no end date",
        "until": "{date}", "conditions": "Conditions", "clause": "clause", "ask": "To ask the investor",
        "grant": "Grants", "amount_note": "No amount yet: {note}", "steps": "Figures from",
        "excluded": "Not stacked: under “{rule}” only the higher one counts", "not_counted": "not in the totals",
        "section_eligible": "Provisions that apply ({n})", "section_unknown": "To confirm ({n}; open for the questions to ask)",
        "section_not_eligible": "Provisions not met ({n})",
        "summary": "{n} provisions: {eligible} eligible, {unknown} to confirm, {not_eligible} not eligible.",
        "totals": "Totals", "total_once": "One-off", "total_year": "Per year", "yuan": "yuan",
        "no_stacking": "No stacking", "kept": "counted: {kept}; left out: {dropped}",
        "expired_out": "Expired, left out of the totals: {names}", "unknown_amounts": "Eligible, amount not computable yet: {names}",
        "disclaimer": "Amounts follow the guide's edition (as of {today}); the departments confirm them.",
        "bad_profile": "Please check: {fields}",
        "html": "Download report (HTML)", "pdf": "Download report (PDF)", "json": "Download JSON",
        "handover": "See matching incentives", "empty": "Nothing matched yet.",
        "levels": {"国家级": "National", "自治区级": "Inner Mongolia (regional)", "市级": "Ordos (city)", "旗级": "Ejin Horo (banner)"},
    },
}  # fmt: skip

AMOUNT_NOTES_EN = {
    "缺少计算所需的信息": "the profile lacks what the calculation needs",
    "资料中没有该政策涵盖的项目": "the profile lists none of the items the provision covers",
    "": "the calculation cannot use the profile's figures",
}

# The tab's own styles (in the page's <head>): badges dark enough for 4.5:1, a table that stacks on a phone,
# touch targets of 44 px there.
STYLE = """<style>
#match-result .match-table { width: 100%; border-collapse: collapse; margin: 4px 0 14px; }
#match-result .match-table th, #match-result .match-table td { border-bottom: 1px solid #e3e7ee; padding: 6px; text-align: left;
  vertical-align: top; }
#match-result .match-table th { font-size: 0.9em; color: #3d4652; }
#match-result details.provision summary { cursor: pointer; font-weight: 600; }
#match-result .provision-body { font-weight: 400; margin: 6px 0 4px 12px; }
#match-result .provision-body ul { margin: 4px 0; padding-left: 18px; }
#match-result .quote { display: block; color: #3d4652; background: #fbfcfe; border-left: 3px solid #8fb1e3; padding: 2px 8px;
  margin: 2px 0; }
#match-result .clause-id { font-family: monospace; color: #5a6472; }
#match-result .met { font-weight: 700; }
#match-result .badge { border-radius: 4px; padding: 1px 6px; font-size: 0.85em; color: #ffffff; white-space: nowrap; }
#match-result .badge.eligible { background: #1e7b34; }
#match-result .badge.not_eligible { background: #5a6472; }
#match-result .badge.unknown { background: #8a4b00; }
#match-result .badge.expired { background: #b03a2e; }
#match-result .badge.not-counted { background: #5a6472; }
#match-result .amount { white-space: nowrap; }
#match-result .muted { color: #5a6472; font-size: 0.9em; }
#match-result .match-totals { border: 1px solid #8fb1e3; border-radius: 8px; padding: 8px 12px; background: #f8fbff; }
#match-result .match-totals .big { font-size: 1.25em; font-weight: 700; }
#match-result .error { color: #b03a2e; }
#match-result details.status-section { margin: 10px 0; border: 1px solid #d8dee8; border-radius: 8px; padding: 6px 10px; }
#match-result details.status-section > summary { cursor: pointer; font-weight: 600; min-height: 44px; padding: 10px 0;
  box-sizing: border-box; }
@media (max-width: 640px) {
  #match-result .match-table thead { display: none; }
  #match-result .match-table tr { display: block; border-bottom: 1px solid #d8dee8; padding: 4px 0; }
  #match-result .match-table td { display: block; border: none; padding: 2px 4px; }
  #match-result .match-table td[data-label]::before { content: attr(data-label); color: #5a6472; font-size: 0.9em; }
  #match-result .amount { white-space: normal; }
  #match-result details summary { min-height: 44px; padding: 10px 0; box-sizing: border-box; }  /* the ▸ marker kept */
  #incentives-form label, #incentives-form input[type=checkbox] { min-height: 44px; }
}
</style>"""


@dataclass(frozen=True)
class FormField:
    """One input of the form: a profile field (``key``: one entry of a table field), how it is entered."""

    name: str
    key: str | None
    kind: str  # choice, multi, yesno, int, number, date, text
    options: tuple[str, ...] = ()

    def label(self, schema: dict[str, Any], lang: str) -> str:
        prop = schema["properties"][self.name]
        return option_label(self.key, lang) if self.key else prop["label_en" if lang == "en" else "label_zh"]

    def choices(self, lang: str) -> list[tuple[str, str]]:
        words = WORDS[lang]
        if self.kind == "yesno":
            return [(words["unset"], ""), (words["yes"], "yes"), (words["no"], "no")]
        shown = [(option_label(o, lang), o) for o in self.options]
        return shown if self.kind == "multi" else [(words["unset"], ""), *shown]

    def component(self, schema: dict[str, Any], lang: str) -> Any:
        elem_id = f"profile-{self.name}" + (f"-{self.options.index(self.key)}" if self.key else "")
        label = self.label(schema, lang)
        if self.kind == "multi":
            return gr.CheckboxGroup(self.choices(lang), label=label, elem_id=elem_id)
        if self.kind in ("choice", "yesno"):
            return gr.Dropdown(self.choices(lang), value="", label=label, elem_id=elem_id)
        hint = WORDS[lang]["date_hint"] if self.kind == "date" else ""
        return gr.Textbox(label=label, placeholder=hint, elem_id=elem_id, min_width=150, max_lines=1)

    def update(self, schema: dict[str, Any], lang: str) -> dict[str, Any]:
        if self.kind in ("multi", "choice", "yesno"):
            return gr.update(label=self.label(schema, lang), choices=self.choices(lang))
        return gr.update(label=self.label(schema, lang))

    def value_in(self, profile: dict[str, Any]) -> Any:
        """What the input shows for ``profile`` (a profile's JSON)."""
        value = profile.get(self.name)
        if self.key is not None:
            value = (value or {}).get(self.key)
        if value is None:
            return [] if self.kind == "multi" else ""
        if self.kind == "yesno":
            return "yes" if value else "no"
        if self.kind in ("int", "number"):
            return format(Decimal(str(value)).normalize(), "f")
        return value


def form_fields(schema: dict[str, Any]) -> list[FormField]:
    """The form's inputs, from the profile's JSON Schema: a choice, a list of choices, yes / no, a number, a
    date or text per field, one number per entry of a table field."""
    fields = []
    for name, prop in schema["properties"].items():
        branch = next((b for b in prop.get("anyOf", [prop]) if b.get("type") != "null"), prop)
        kind = branch.get("type")
        if kind == "object":
            keys = tuple(str(k) for k in branch.get("propertyNames", {}).get("enum", []))
            each = branch.get("additionalProperties", {})
            number = "int" if each.get("type") == "integer" else "number"
            fields += [FormField(name, key, number, keys) for key in keys]
        elif kind == "array":
            fields.append(FormField(name, None, "multi", tuple(str(v) for v in branch.get("items", {}).get("enum", []))))
        elif "enum" in branch:
            fields.append(FormField(name, None, "choice", tuple(str(v) for v in branch["enum"])))
        elif kind == "boolean":
            fields.append(FormField(name, None, "yesno"))
        elif kind in ("integer", "number"):
            fields.append(FormField(name, None, "int" if kind == "integer" else "number"))
        else:
            fields.append(FormField(name, None, "date" if branch.get("format") == "date" else "text"))
    return fields


def profile_of(fields: Sequence[FormField], values: Sequence[Any]) -> dict[str, Any]:
    """The profile's JSON the form's ``values`` give; an input left empty is left out (unknown)."""
    data: dict[str, Any] = {}
    for field, value in zip(fields, values):
        if value is None or value == "" or value == []:
            continue
        if field.kind == "yesno":
            value = value == "yes"
        elif isinstance(value, str):
            value = value.strip()
            if field.kind in ("int", "number"):
                value = value.replace(",", "").replace("，", "")  # 100,000,000 as typed; the profile checks the number
            if not value:
                continue
        if field.key is not None:
            data.setdefault(field.name, {})[field.key] = value
        else:
            data[field.name] = value
    return data


# ---- the match as HTML ------------------------------------------------------------------------


def _e(text: object) -> str:
    return html.escape(str(text))


def amount_text(low: str, high: str, lang: str) -> str:
    """An amount in yuan with thousands separators; a range as low–high."""
    unit = WORDS[lang]["yuan"]
    return f"{grouped(low)} {unit}" if low == high else f"{grouped(low)}–{grouped(high)} {unit}"


def _amount_cell(p: ProvisionMatch, lang: str) -> str:
    w = WORDS[lang]
    if p.amount is None:
        grant = p.grant_en if lang == "en" else p.grant
        return f'<span class="muted">{_e(grant)}</span>' if grant else w["no_amount"]
    shown = f'<span class="amount">{_e(amount_text(p.amount.low, p.amount.high, lang))}</span> · {w[p.amount.per]}'
    if p.amount.kind == "cost":
        shown += f'<br><span class="muted">{w["cost"]}</span>'
    if p.excluded_by:
        shown += f' <span class="badge not-counted">{w["not_counted"]}</span>'
    return shown


def _validity_cell(p: ProvisionMatch, lang: str) -> str:
    w = WORDS[lang]
    if p.valid_until is None:
        return f'<span class="muted">{w["open_ended"]}</span>'
    badge = f' <span class="badge expired">{w["expired"]}</span>' if p.expired else ""
    return _e(w["until"].format(date=p.valid_until.isoformat())) + badge


def _details(p: ProvisionMatch, result: MatchResult, lang: str) -> str:
    """What a row opens to: each condition (✓ met, ✗ not met, ? unknown) with its clause id and quote; what is
    granted, the working of the amount, why it is not stacked; the questions to ask."""
    w = WORDS[lang]
    marks = {True: "✓", False: "✗", None: "?"}
    items = []
    for c in p.conditions:
        text = c.text_en if lang == "en" else c.text
        items.append(
            f'<li><span class="met">{marks[c.met]}</span> {_e(text)} '
            f'<span class="muted">({w["clause"]} <span class="clause-id">{_e(c.clause_id)}</span>)</span>'
            f'<q class="quote">{_e(c.quote)}</q></li>'
        )
    body = [f"<div><b>{w['conditions']}</b><ul>{''.join(items)}</ul></div>"] if items else []
    grant = p.grant_en if lang == "en" else p.grant
    if grant:
        body.append(f"<div><b>{w['grant']}{w['colon']}</b> {_e(grant)}</div>")
    if p.amount is not None and (p.amount.steps or p.amount.quote):
        working = "" if lang == "en" else "; ".join(p.amount.steps)  # the calculators' working is in Chinese
        ids = ", ".join(p.amount.clause_ids)
        quote = f'<q class="quote">{_e(p.amount.quote)}</q>' if p.amount.quote else ""
        body.append(f'<div><b>{w["steps"]}{w["colon"]}</b> {_e(working)} <span class="clause-id">{_e(ids)}</span>{quote}</div>')
    elif p.amount_note:
        note = AMOUNT_NOTES_EN.get(p.amount_note, AMOUNT_NOTES_EN[""]) if lang == "en" else p.amount_note
        body.append(f'<div class="muted">{_e(w["amount_note"].format(note=note))}</div>')
    if p.excluded_by:
        group = next((g for g in result.totals.groups if g.id == p.excluded_by), None)
        if group is not None:
            rule = group.text_en if lang == "en" else group.text
            body.append(
                f"<div>{_e(w['excluded'].format(rule=rule))} "
                f'(<span class="clause-id">{_e(group.clause_id)}</span>)<q class="quote">{_e(group.quote)}</q></div>'
            )
    asks = p.ask_en if lang == "en" else p.ask
    if asks:
        body.append(f"<div><b>{w['ask']}</b><ul>{''.join(f'<li>{_e(q)}</li>' for q in asks)}</ul></div>")
    ids = " ".join(f'<span class="clause-id">{_e(i)}</span>' for i in p.clause_ids)
    body.append(f'<div class="muted">{w["clause"]}{w["colon"]}{ids}</div>')
    return "".join(body)


def _table(provisions: Sequence[ProvisionMatch], result: MatchResult, lang: str) -> str:
    w = WORDS[lang]
    head = "".join(f'<th scope="col">{w[c]}</th>' for c in ("provision", "status", "amount", "validity", "departments"))
    rows = []
    for p in provisions:
        title = p.title_en if lang == "en" else p.title
        rows.append(
            f'<tr class="row-{p.status}" data-provision="{_e(p.id)}">'
            f'<td><details class="provision" id="provision-{_e(p.id)}"><summary>{_e(title)}</summary>'
            f'<div class="provision-body">{_details(p, result, lang)}</div></details></td>'
            f'<td data-label="{w["status"]}{w["colon"]}"><span class="badge {p.status}">{w[p.status]}</span></td>'
            f'<td data-label="{w["amount"]}{w["colon"]}">{_amount_cell(p, lang)}</td>'
            f'<td data-label="{w["validity"]}{w["colon"]}">{_validity_cell(p, lang)}</td>'
            f'<td data-label="{w["departments"]}{w["colon"]}">{_e("、".join(p.departments)) or w["no_amount"]}</td></tr>'
        )
    return f'<table class="match-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _by_level(provisions: Sequence[ProvisionMatch], result: MatchResult, lang: str, heading: str = "h4") -> str:
    parts = []
    for level in LEVELS:
        here = [p for p in provisions if p.level == level]
        if here:
            parts.append(f'<{heading} class="level">{_e(WORDS[lang]["levels"][level])}</{heading}>{_table(here, result, lang)}')
    return "".join(parts)


def _totals_html(result: MatchResult, lang: str) -> str:
    w = WORDS[lang]
    t = result.totals
    titles = {p.id: (p.title_en if lang == "en" else p.title) for p in result.provisions}
    sep = ", " if lang == "en" else "、"
    once, year = amount_text(t.once.low, t.once.high, lang), amount_text(t.year.low, t.year.high, lang)
    lines = [
        f'<div class="big">{w["totals"]}{w["colon"]}{w["total_once"]} <span class="total-once">{_e(once)}</span>'
        f' · {w["total_year"]} <span class="total-year">{_e(year)}</span></div>'
    ]
    for g in t.groups:
        kept = w["kept"].format(kept=titles.get(g.kept, g.kept), dropped=sep.join(titles.get(d, d) for d in g.dropped))
        rule = g.text_en if lang == "en" else g.text
        lines.append(
            f'<div class="no-stacking"><b>{w["no_stacking"]}{w["colon"]}</b> {_e(rule)} — {_e(kept)} '
            f'(<span class="clause-id">{_e(g.clause_id)}</span>)<q class="quote">{_e(g.quote)}</q></div>'
        )
    if t.expired_left_out:
        lines.append(f"<div>{_e(w['expired_out'].format(names=sep.join(titles[i] for i in t.expired_left_out)))}</div>")
    if t.amounts_unknown:
        lines.append(f"<div>{_e(w['unknown_amounts'].format(names=sep.join(titles[i] for i in t.amounts_unknown)))}</div>")
    lines.append(f'<div class="muted">{_e(w["disclaimer"].format(today=result.today.isoformat()))}</div>')
    return f'<section class="match-totals">{"".join(lines)}</section>'


def match_html(result: MatchResult, lang: str) -> str:
    """The match: a count; the provisions whose conditions are met, as tables by level; the totals with the
    no-stacking rules; then, closed, those to confirm with the investor and those not met. All text escaped."""
    w = WORDS[lang]
    by_status = {s: [p for p in result.provisions if p.status == s] for s in ("eligible", "unknown", "not_eligible")}
    counts = {s: len(found) for s, found in by_status.items()}
    parts = [f'<p class="match-summary">{_e(w["summary"].format(n=len(result.provisions), **counts))}</p>']
    if by_status["eligible"]:
        parts.append(f'<h3 class="status-heading">{_e(w["section_eligible"].format(n=counts["eligible"]))}</h3>')
        parts.append(_by_level(by_status["eligible"], result, lang))
    parts.append(_totals_html(result, lang))
    for status in ("unknown", "not_eligible"):
        if by_status[status]:
            summary = _e(w[f"section_{status}"].format(n=counts[status]))
            parts.append(
                f'<details class="status-section section-{status}"><summary>{summary}</summary>'
                f"{_by_level(by_status[status], result, lang)}</details>"
            )
    return "".join(parts)


def error_html(error: ProfileError, schema: dict[str, Any], lang: str) -> str:
    """A profile the assistant refused: the fields named by their labels, the assistant's words after them."""
    names = []
    for part in str(error).split("; "):
        field = part.split(":", 1)[0].split(".")[0]
        prop = schema["properties"].get(field)
        names.append(prop["label_en" if lang == "en" else "label_zh"] if prop else field)
    said = WORDS[lang]["bad_profile"].format(fields=("; " if lang == "en" else "；").join(dict.fromkeys(names)))
    return f'<p class="error" role="alert">⚠️ {_e(said)}</p><p class="muted">{_e(error)}</p>'


# ---- the tab ----------------------------------------------------------------------------------


def incentives_handover_button() -> gr.Button:
    """The chat's way to the tab, under the answer: shown when the question describes a project asking which
    policies apply (wired by :func:`build_incentives_tab`)."""
    return gr.Button(WORDS["zh"]["handover"] + " →", visible=False, variant="secondary", elem_id="see-incentives")


def build_incentives_tab(assistant: Assistant, *, toggle: gr.Radio, lang: gr.State, conversation: gr.State, handover: gr.Button) -> gr.Tab:
    """The tab, inside the page's gr.Tabs; relabelled when ``toggle`` switches the language; ``handover`` (in
    the chat) shown for a question of ``conversation`` that describes a project, and opening the tab filled."""
    schema = profile_schema()
    fields = form_fields(schema)
    main = [f for f in fields if f.name in MAIN_FIELDS]
    main.sort(key=lambda f: MAIN_FIELDS.index(f.name))
    more = [f for f in fields if f.name not in MAIN_FIELDS]

    with gr.Tab(WORDS["zh"]["tab"], id="incentives", elem_id="incentives-tab") as tab:
        intro = gr.Markdown(WORDS["zh"]["intro"], elem_id="incentives-intro")
        components: dict[FormField, Any] = {}
        headings: dict[str, gr.Markdown] = {}  # a table field's label, over its entries

        def draw(group: list[FormField]) -> None:
            for _, block in groupby(group, key=lambda f: f.name if f.key or f.kind == "multi" else ""):
                block = list(block)
                if block[0].key:
                    headings[block[0].name] = gr.Markdown(heading(block[0].name, "zh"), elem_classes=["table-field"])
                with gr.Row(equal_height=False):
                    for field in block:
                        components[field] = field.component(schema, "zh")

        def heading(name: str, lang: str) -> str:
            return f"**{html.escape(schema['properties'][name]['label_en' if lang == 'en' else 'label_zh'])}**"

        with gr.Column(elem_id="incentives-form"):
            draw(main)
            with gr.Accordion(WORDS["zh"]["more"], open=False, elem_id="profile-more") as accordion:
                draw(more)
        run = gr.Button(WORDS["zh"]["run"], variant="primary", elem_id="match-run")
        result_box = gr.HTML("", elem_id="match-result", head=STYLE)
        with gr.Row():
            download_html = gr.DownloadButton(WORDS["zh"]["html"], visible=False, elem_id="download-html")
            download_pdf = gr.DownloadButton(WORDS["zh"]["pdf"], visible=False, elem_id="download-pdf")
            download_json = gr.DownloadButton(WORDS["zh"]["json"], visible=False, elem_id="download-json")
        matched = gr.State(None)  # the profile (JSON) of the match shown, to show it again in another language
        handed = gr.State(None)  # the profile a chat question described

    ordered = list(components)
    inputs = [components[f] for f in ordered]
    downloads = [download_html, download_pdf, download_json]
    reports = Path(tempfile.mkdtemp(prefix="incentive-reports-"))  # the reports offered for download

    def shown(profile: dict[str, Any] | None, language: str) -> tuple[Any, ...]:
        """The match of ``profile`` and its report's downloads in ``language``; a bad profile said in words."""
        if profile is None:
            return "", *(gr.update(visible=False),) * 3
        try:
            result = assistant.match(profile)
        except ProfileError as exc:
            return error_html(exc, schema, language), *(gr.update(visible=False),) * 3
        # one folder per profile and language (the same match asked again writes over its files), the names kept for the download
        key = hashlib.sha256(json.dumps([profile, language], sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]
        folder = reports / key
        folder.mkdir(exist_ok=True)
        files = {
            "json": folder / "incentive-match.json",
            "html": folder / f"incentive-report-{language}.html",
            "pdf": folder / f"incentive-report-{language}.pdf",
        }
        files["json"].write_text(result.model_dump_json(indent=2), encoding="utf-8")
        files["html"].write_text(str(assistant.match_report(profile, fmt="html", lang=language)), encoding="utf-8")
        pdf = assistant.match_report(profile, fmt="pdf", lang=language)
        assert isinstance(pdf, bytes)
        files["pdf"].write_bytes(pdf)
        words = WORDS[language]
        return (
            match_html(result, language),
            *(gr.update(value=str(files[kind]), label=words[kind], visible=True) for kind in ("html", "pdf", "json")),
        )

    def run_match(language: str, *values: Any) -> tuple[Any, ...]:
        profile = profile_of(ordered, values)
        return *shown(profile, language), profile

    run.click(run_match, [lang, *inputs], [result_box, *downloads, matched])

    # ---- the chat's hand-over -----------------------------------------------------------------
    def offer(history: list[dict[str, str]], language: str) -> tuple[Any, Any]:
        """After an answer: the hand-over offered when its question describes a project asking which policies apply."""
        asked = next((m["content"] for m in reversed(history or []) if m.get("role") == "user"), None)
        profile = assistant.profile_from_question(asked) if asked else None
        if profile is None:
            return gr.update(visible=False), None
        return gr.update(value=WORDS[language]["handover"] + " →", visible=True), profile.model_dump(mode="json", exclude_none=True)

    conversation.change(offer, [conversation, lang], [handover, handed], show_progress="hidden")

    def take_over(profile: dict[str, Any] | None, language: str) -> tuple[Any, ...]:
        """The tab opened with the form showing the question's profile (nothing else) and its match."""
        profile = profile or {}
        return gr.Tabs(selected="incentives"), *(f.value_in(profile) for f in ordered), *shown(profile, language), profile

    tabs = tab.parent
    assert isinstance(tabs, gr.Tabs), "the incentives tab is built inside the page's gr.Tabs"
    handover.click(take_over, [handed, lang], [tabs, *inputs, result_box, *downloads, matched])

    # ---- the page's language ------------------------------------------------------------------
    def relabel(choice: str, profile: dict[str, Any] | None) -> tuple[Any, ...]:
        code = "en" if choice == "English" else "zh"
        words = WORDS[code]
        return (
            gr.update(label=words["tab"]), words["intro"], gr.update(label=words["more"]), gr.update(value=words["run"]),
            gr.update(value=words["handover"] + " →"),
            *(heading(name, code) for name in headings),
            *(f.update(schema, code) for f in ordered),
            *shown(profile, code),
        )  # fmt: skip

    relabelled = [tab, intro, accordion, run, handover, *headings.values(), *inputs, result_box, *downloads]
    toggle.change(relabel, [toggle, matched], relabelled, show_progress="hidden")
    return tab
