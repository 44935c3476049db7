"""Reports of a run: JSON, Markdown, and a self-contained HTML page with SVG charts."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from assistant.evaluation.metrics import DEFINITIONS, MATCH_COUNTS, MATCH_DEFINITIONS

RATE_METRICS = [
    "hit@1", "hit@5", "all_evidence@5", "mrr", "ndcg@10",
    "citation_precision", "citation_recall", "fully_supported", "numbers_present", "calc_correct",
    "oos_refused", "false_refusals",
]


def _metric_names(report: dict[str, Any]) -> list[str]:
    present = set(report["overall"])
    return [m for m in DEFINITIONS if m in present]


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if value <= 1.0 else f"{value:.1f}"
    return str(value)


def markdown(report: dict[str, Any]) -> str:
    if report["mode"] == "match":
        return match_markdown(report)
    names = _metric_names(report)
    lines = [
        f"# Evaluation report — {report['mode']} mode",
        "",
        f"Dataset `{report['dataset']}`, {report['items']} items, k = {report['k']}.",
        "",
        "| metric | overall | " + " | ".join(report["by_lang"]) + " |",
        "|---|---|" + "---|" * len(report["by_lang"]),
    ]
    for name in names:
        cells = [_fmt(report["by_lang"][lang].get(name, "–")) for lang in report["by_lang"]]
        lines.append(f"| {name} | {_fmt(report['overall'][name])} | " + " | ".join(cells) + " |")
    lines += ["", "## By question type", "", "| type | n | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
    for qtype, summary in report["by_type"].items():
        lines.append(f"| {qtype} | {summary['n']} | " + " | ".join(_fmt(summary.get(n, "–")) for n in names) + " |")
    lines += ["", "## What the metrics mean", ""]
    lines += [f"- **{name}**: {DEFINITIONS[name]}" for name in names]
    return "\n".join(lines) + "\n"


def _bar_chart(title: str, groups: dict[str, dict[str, Any]], metrics: list[str]) -> str:
    """Grouped horizontal bars: one block per metric, one bar per group, values in [0, 1]."""
    colours = ["#2f6fb0", "#d9822b", "#3c9a5f", "#b03a2e", "#7d5ba6", "#8c6d31", "#4a9da8", "#c25b9c"]
    names = [n for n in groups if any(m in groups[n] for m in metrics)]
    bar_h, gap, label_w, width = 14, 10, 170, 640
    legend_rows = 1 + sum(len(n) for n in names) * 8 // (width - label_w)
    height = 40 + 16 * legend_rows + len(metrics) * (len(names) * bar_h + gap) + 20
    parts = [f'<svg role="img" aria-label="{html.escape(title)}" width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">']
    parts.append(f'<text x="0" y="16" font-size="15" font-weight="bold">{html.escape(title)}</text>')
    lx, ly = label_w, 24
    for i, name in enumerate(names):
        item_w = 24 + 7 * len(name)
        if lx + item_w > width:
            lx, ly = label_w, ly + 16
        parts.append(f'<rect x="{lx}" y="{ly}" width="10" height="10" fill="{colours[i % len(colours)]}"/>')
        parts.append(f'<text x="{lx + 14}" y="{ly + 9}" font-size="11">{html.escape(name)}</text>')
        lx += item_w
    y = ly + 20
    for metric in metrics:
        if not any(metric in groups[n] for n in names):
            continue
        parts.append(f'<text x="0" y="{y + bar_h}" font-size="12">{html.escape(metric)}</text>')
        for i, name in enumerate(names):
            value = groups[name].get(metric)
            if value is None:
                continue
            w = max(1, int((width - label_w - 60) * min(float(value), 1.0)))
            parts.append(f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h - 2}" fill="{colours[i % len(colours)]}">'
                         f'<title>{html.escape(name)} {metric}: {value:.3f}</title></rect>')
            parts.append(f'<text x="{label_w + w + 4}" y="{y + bar_h - 3}" font-size="10">{value:.2f}</text>')
            y += bar_h
        y += gap
    parts.append("</svg>")
    return "".join(parts)


def _histogram(latencies: list[float]) -> str:
    if not latencies:
        return ""
    bins = 20
    top = max(latencies) or 1.0
    counts = [0] * bins
    for value in latencies:
        counts[min(bins - 1, int(value / top * bins))] += 1
    width, height, pad = 660, 220, 40
    peak = max(counts)
    bw = (width - 2 * pad) / bins
    parts = [f'<svg role="img" aria-label="Latency histogram" width="{width}" height="{height + 40}" xmlns="http://www.w3.org/2000/svg">',
             '<text x="0" y="16" font-size="15" font-weight="bold">Latency per item (ms)</text>']
    for i, count in enumerate(counts):
        h = (height - 40) * count / peak
        parts.append(f'<rect x="{pad + i * bw:.1f}" y="{height - h:.1f}" width="{bw - 2:.1f}" height="{h:.1f}" fill="#2f6fb0">'
                     f'<title>{i * top / bins:.0f}–{(i + 1) * top / bins:.0f} ms: {count}</title></rect>')
    parts.append(f'<line x1="{pad}" y1="{height}" x2="{width - pad}" y2="{height}" stroke="#333"/>')
    for i in range(0, bins + 1, 5):
        parts.append(f'<text x="{pad + i * bw:.1f}" y="{height + 16}" font-size="10" text-anchor="middle">{i * top / bins:.0f}</text>')
    parts.append(f'<text x="0" y="{height - (height - 40) + 4}" font-size="10">{peak}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _ratio(summary: dict[str, Any], name: str) -> str:
    num, den = MATCH_COUNTS[name]
    counts = summary.get("counts", {})
    if name not in summary:
        return "–"
    return f"{summary[name]:.3f} ({counts.get(num, 0)}/{counts.get(den, 0)})"


def match_markdown(report: dict[str, Any]) -> str:
    """The match mode's report: the four provision metrics overall and by part of the guide."""
    names = list(MATCH_DEFINITIONS)
    lines = [
        "# Evaluation report — match mode",
        "",
        f"Dataset `{report['dataset']}`, {report['items']} profiles; metrics pooled over provisions (numerator/denominator).",
        "",
        "| part | profiles | " + " | ".join(names) + " |",
        "|---|---|" + "---|" * len(names),
        f"| overall | {report['overall']['n']} | " + " | ".join(_ratio(report["overall"], n) for n in names) + " |",
    ]
    for part, summary in report["by_part"].items():
        lines.append(f"| {part} | {summary['n']} | " + " | ".join(_ratio(summary, n) for n in names) + " |")
    lines += ["", f"Latency per profile: median {report['overall']['latency_p50_ms']} ms, p95 {report['overall']['latency_p95_ms']} ms.",
              "", "## What the metrics mean", ""]
    lines += [f"- **{name}**: {MATCH_DEFINITIONS[name]}" for name in names]
    return "\n".join(lines) + "\n"


def _amount_text(amount: dict[str, Any] | None) -> str:
    return f" {amount['low']}–{amount['high']} 元/{amount['per']}" if amount else ""


def match_html_page(report: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    """The match mode's HTML report: metrics, a chart by part, and every must-find provision that was missed."""
    names = list(MATCH_DEFINITIONS)
    metric_rows = "".join(
        f"<tr><td>{html.escape(n)}</td><td>{html.escape(_ratio(report['overall'], n))}</td>"
        f"<td>{html.escape(MATCH_DEFINITIONS[n])}</td></tr>"
        for n in names
    )
    part_rows = "".join(
        f"<tr><td>{html.escape(part)}</td><td>{s['n']}</td>" + "".join(f"<td>{html.escape(_ratio(s, n))}</td>" for n in names) + "</tr>"
        for part, s in report["by_part"].items()
    )
    misses = []
    for row in rows:
        for f in row["findings"]:
            if f["found"] and f.get("amount_right", True):
                continue
            got = "; ".join(f"{r['id']}: {r['status']}" + _amount_text(r.get("amount")) for r in f["reported"]) or "not reported"
            misses.append(
                f"<tr><td>{html.escape(row['id'])}</td><td>{html.escape(row['part'])}</td><td>{html.escape(row['question'])}</td>"
                f"<td>{html.escape(f['evidence'])}</td><td>{html.escape(f['expected'])}</td><td>{html.escape(got)}</td></tr>"
            )
    chart = _bar_chart("By part of the guide", {p: s for p, s in report["by_part"].items()}, names)
    return f"""<!doctype html>
{_page_head("Evaluation report — match", 1100)}
<h1>Evaluation report — match mode</h1>
<p>Dataset <code>{html.escape(report['dataset'])}</code>, {report['items']} profiles. Metrics are pooled over provisions
(numerator/denominator in brackets).</p>
<h2>Metrics</h2>
<table><tr><th>metric</th><th>overall</th><th>definition</th></tr>{metric_rows}</table>
<h2>By part of the guide</h2>
<table><tr><th>part</th><th>profiles</th>{"".join(f"<th>{html.escape(n)}</th>" for n in names)}</tr>{part_rows}</table>
<div class="charts">
{chart}
{_histogram([r["latency_ms"] for r in rows])}
</div>
<h2>Must-find provisions missed or with a wrong amount ({len(misses)})</h2>
<table><tr><th>id</th><th>part</th><th>profile</th><th>evidence</th><th>expected</th><th>reported</th></tr>{"".join(misses)}</table>
</body></html>
"""


def _page_head(title: str, width_px: int) -> str:
    """The ``<html>`` and ``<head>`` of a report page (its title escaped), up to ``<body>``."""
    return f"""<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 2rem auto; max-width: {width_px}px; padding: 0 1rem; }}
table {{ border-collapse: collapse; margin: 1rem 0; font-size: 14px; }}
td, th {{ border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }}
th {{ background: #f3f5f8; }}
.charts svg {{ display: block; margin: 1.5rem 0; max-width: 100%; height: auto; }}
</style></head><body>"""


def html_page(report: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    if report["mode"] == "match":
        return match_html_page(report, rows)
    rates = [m for m in RATE_METRICS if m in report["overall"]]
    table = markdown(report)
    misses = [r for r in rows if r["metrics"].get("hit@5", 1.0) < 1.0 or r["metrics"].get("numbers_present", 1.0) < 1.0]
    miss_rows = "".join(
        f"<tr><td>{html.escape(r['id'])}</td><td>{html.escape(r['type'])}</td><td>{html.escape(r['lang'])}</td>"
        f"<td>{html.escape(r['question'])}</td><td>{html.escape(', '.join(x['clause_id'] for x in r['retrieved'][:5]))}</td>"
        f"<td>{html.escape(' / '.join(','.join(g) for g in r['gold']))}</td></tr>"
        for r in misses
    )
    metric_rows = "".join(
        f"<tr><td>{html.escape(m)}</td><td>{_fmt(report['overall'][m])}</td><td>{html.escape(DEFINITIONS[m])}</td></tr>"
        for m in _metric_names(report)
    )
    return f"""<!doctype html>
{_page_head(f"Evaluation report — {report['mode']}", 1000)}
<h1>Evaluation report — {html.escape(report['mode'])} mode</h1>
<p>Dataset <code>{html.escape(report['dataset'])}</code>, {report['items']} items, k = {report['k']}.</p>
<h2>Metrics</h2>
<table><tr><th>metric</th><th>overall</th><th>definition</th></tr>{metric_rows}</table>
<div class="charts">
{_bar_chart("By question type", {k: v for k, v in report["by_type"].items()}, rates)}
{_bar_chart("By language", report["by_lang"], rates)}
{_histogram([r["latency_ms"] for r in rows])}
</div>
<h2>Items that missed ({len(misses)})</h2>
<table><tr><th>id</th><th>type</th><th>lang</th><th>question</th><th>retrieved (top 5)</th><th>gold</th></tr>{miss_rows}</table>
<details><summary>Markdown report</summary><pre>{html.escape(table)}</pre></details>
</body></html>
"""


def write_reports(report: dict[str, Any], rows: list[dict[str, Any]], out: Path) -> None:
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    (out / "report.md").write_text(markdown(report), encoding="utf-8")
    (out / "report.html").write_text(html_page(report, rows), encoding="utf-8")
