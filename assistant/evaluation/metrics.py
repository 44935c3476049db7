"""Metrics of one evaluation run, computed from per-item result records.

Each metric is defined in ``DEFINITIONS`` in one sentence; the report prints them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from statistics import median
from typing import Any

from assistant.models import VERIFICATION_KINDS
from assistant.quantities import UnitError, contains_quantity, to_decimal

DEFINITIONS: dict[str, str] = {
    "hit@1": "Share of items whose first retrieved clause contains gold evidence.",
    "hit@3": "Share of items with a clause containing gold evidence among the first 3 retrieved.",
    "hit@5": "Share of items with a clause containing gold evidence among the first 5 retrieved.",
    "hit@10": "Share of items with a clause containing gold evidence among the first 10 retrieved.",
    "all_evidence@5": "Share of items for which every piece of gold evidence is in some clause of the first 5 retrieved.",
    "mrr": "Mean of 1/rank of the first retrieved clause containing gold evidence (0 when none in the list).",
    "ndcg@10": "Normalised discounted cumulative gain of the first 10 retrieved clauses, each evidence piece counted once.",
    "context_chars@5": "Mean number of characters of clause text in the first 5 retrieved clauses.",
    "citation_precision": "Share of cited clauses that contain gold evidence (answers with citations).",
    "citation_recall": "Share of gold evidence pieces covered by some cited clause.",
    "fully_supported": "Share of answers whose citations cover every gold evidence piece and contain no unsupported citation.",
    "numbers_present": "Share of items whose answer states every expected number (values compared: 76万元 = 760000元).",
    "calc_correct": "Share of calc items for which a calculation's result equals the expected result.",
    "direct_numbers": "Share of items with expected numbers whose direct lines (the answer's parts) state every one of them.",
    "terms_present": "Share of items with expected terms (a document number, a department) whose answer states every one.",
    "parts_answered": "Share of the parts of multi-part items whose expected numbers and terms the answer states.",
    "verification_fired": "Share of answers in which verification removed an unsupported sentence or a marker pointing nowhere.",
    "oos_refused": "Share of out-of-scope items the assistant refused.",
    "false_refusals": "Share of in-scope items the assistant wrongly refused (lower is better).",
    "latency_p50_ms": "Median time per item in milliseconds.",
    "latency_p95_ms": "95th-percentile time per item in milliseconds.",
}

LOWER_IS_BETTER = {"false_refusals", "verification_fired", "context_chars@5", "latency_p50_ms", "latency_p95_ms"}


def _covered(ids: list[str], groups: list[list[str]]) -> list[bool]:
    return [any(cid in group for cid in ids) for group in groups]


def item_retrieval(retrieved: list[dict[str, Any]], groups: list[list[str]]) -> dict[str, float]:
    """Retrieval metrics of one item; ``groups`` lists, per evidence piece, the clauses containing it."""
    ids = [r["clause_id"] for r in retrieved]
    gold = set().union(*map(set, groups)) if groups else set()
    first = next((i for i, cid in enumerate(ids) if cid in gold), None)
    out = {f"hit@{k}": float(first is not None and first < k) for k in (1, 3, 5, 10)}
    out["all_evidence@5"] = float(all(_covered(ids[:5], groups)))
    out["mrr"] = 1.0 / (first + 1) if first is not None else 0.0
    seen: set[int] = set()
    dcg = 0.0
    for rank, cid in enumerate(ids[:10], 1):
        new = [g for g, group in enumerate(groups) if cid in group and g not in seen]
        if new:
            seen.update(new)
            dcg += 1.0 / math.log2(rank + 1)
    ideal = sum(1.0 / math.log2(r + 1) for r in range(1, min(len(groups), 10) + 1))
    out["ndcg@10"] = dcg / ideal if ideal else 0.0
    out["context_chars@5"] = float(sum(len(r.get("text", "")) for r in retrieved[:5]))
    return out




def _kind(warning: Any) -> str:
    """The kind of a warning record; runs recorded before warnings were typed carry plain strings."""
    return str(warning.get("kind", "")) if isinstance(warning, dict) else ""


def item_answer(record: dict[str, Any], item: dict[str, Any], groups: list[list[str]]) -> dict[str, float]:
    """Answer metrics of one item from its result record (answer, citations, calculations, refused)."""
    out: dict[str, float] = {}
    warnings = record.get("warnings") or []
    out["verification_fired"] = float(any(_kind(w) in VERIFICATION_KINDS for w in warnings))
    in_scope = item["type"] != "out_of_scope"
    refused = bool(record.get("refused"))
    if not in_scope:
        out["oos_refused"] = float(refused)
        return out
    out["false_refusals"] = float(refused)
    cited = [c["clause_id"] for c in record.get("citations", [])]
    gold = set().union(*map(set, groups)) if groups else set()
    if groups:
        covered = _covered(cited, groups)
        out["citation_recall"] = sum(covered) / len(groups)
        if cited:
            out["citation_precision"] = sum(1 for cid in cited if cid in gold) / len(cited)
        out["fully_supported"] = float(all(covered) and bool(cited) and all(cid in gold for cid in cited))
    numbers = item.get("answer_numbers") or []
    if numbers:
        text = record.get("answer") or ""
        out["numbers_present"] = float(all(contains_quantity(text, n) for n in numbers))
        lines = "\n".join(p.get("answer_line", "") for p in record.get("parts") or [])
        out["direct_numbers"] = float(all(contains_quantity(lines, n) for n in numbers))
    terms = item.get("answer_terms") or []
    if terms:
        out["terms_present"] = float(all(_squash(t) in _squash(record.get("answer") or "") for t in terms))
    parts = [p for p in item.get("parts") or [] if p.get("answer_numbers") or p.get("answer_terms")]
    if len(item.get("parts") or []) > 1 and parts:
        text = record.get("answer") or ""
        stated = [
            all(contains_quantity(text, n) for n in p.get("answer_numbers", []))
            and all(_squash(t) in _squash(text) for t in p.get("answer_terms", []))
            for p in parts
        ]
        out["parts_answered"] = sum(stated) / len(stated)
    if item["type"] == "calc" and item.get("calc"):
        out["calc_correct"] = float(
            any(calc_matches(c, item["calc"]["result"], numbers) for c in record.get("calculations", []))
        )
    return out


def _squash(text: str) -> str:
    return "".join(text.split())


def calc_matches(calculation: dict[str, Any], expected_result: str, expected_numbers: list[str]) -> bool:
    """The calculation's result equals the expected result: by value with units against the
    item's expected numbers (500万元 = 5000000元), or as the same bare decimal."""
    result = calculation.get("result")
    if not isinstance(result, str):  # a range is never an exact expected result
        return False
    with_unit = f"{result}{calculation.get('unit', '')}"
    if any(contains_quantity(with_unit, n) for n in expected_numbers):
        return True
    try:
        return to_decimal(result) == to_decimal(expected_result)
    except UnitError:
        return False


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


def aggregate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Mean of each metric over the items it applies to, overall and by type and language."""

    def summarise(selection: list[dict[str, Any]]) -> dict[str, Any]:
        sums: dict[str, list[float]] = defaultdict(list)
        for row in selection:
            for name, value in row["metrics"].items():
                sums[name].append(value)
        summary: dict[str, Any] = {name: round(sum(v) / len(v), 4) for name, v in sums.items()}
        summary["n"] = len(selection)
        latencies = [row["latency_ms"] for row in selection]
        summary["latency_p50_ms"] = round(median(latencies), 1) if latencies else 0.0
        summary["latency_p95_ms"] = round(percentile(latencies, 0.95), 1)
        return summary

    by_type: dict[str, list] = defaultdict(list)
    by_lang: dict[str, list] = defaultdict(list)
    for row in rows:
        by_type[row["type"]].append(row)
        by_lang[row["lang"]].append(row)
        if row.get("parts", 0) > 1:  # multi-part questions, whatever their type, are also shown together
            by_type["multi_part"].append(row)
    return {
        "overall": summarise(rows),
        "by_type": {k: summarise(v) for k, v in sorted(by_type.items())},
        "by_lang": {k: summarise(v) for k, v in sorted(by_lang.items())},
    }


def item_passed(row: dict[str, Any], mode: str) -> bool:
    """One flag per item for comparing runs: fixed or broken."""
    m = row["metrics"]
    if mode == "match":
        return all(m.get(name, 1.0) == 1.0 for name in ("provision_recall", "provision_precision", "amounts_right"))
    if mode == "search":
        return m.get("hit@5", 1.0) == 1.0
    if row["type"] == "out_of_scope":
        return m.get("oos_refused") == 1.0
    return (
        m.get("false_refusals", 0.0) == 0.0
        and m.get("citation_recall", 1.0) == 1.0
        and m.get("numbers_present", 1.0) == 1.0
        and m.get("calc_correct", 1.0) == 1.0
    )


# --- Incentive-match metrics (issue 15) ---

MATCH_DEFINITIONS: dict[str, str] = {
    "provision_recall": (
        "Share of must-find provisions found: some reported provision whose clause texts or quotes contain the "
        "evidence (whitespace ignored) has the expected status."
    ),
    "provision_precision": (
        "Share of provisions reported eligible that are right: each either contains the evidence of a must-find "
        "expected eligible, or contains no must-find evidence and no must-not-find quote."
    ),
    "amounts_right": (
        "Share of must-find provisions with an expected amount that were found with exactly that amount "
        "(low, high and once/year equal as decimals)."
    ),
    "unknown_should_be_known": (
        "Share of must-find provisions expected eligible or not eligible that were reported unknown instead (lower is better)."
    ),
}
"""Match-mode metrics are pooled over provisions (micro averages), overall and by part of the guide."""

MATCH_COUNTS = {
    "provision_recall": ("found", "must_find"),
    "provision_precision": ("eligible_right", "eligible_reported"),
    "amounts_right": ("amounts_right", "amounts_expected"),
    "unknown_should_be_known": ("unknown_instead", "should_be_known"),
}
"""Each match metric as numerator / denominator of the per-item counts."""

DEFINITIONS.update(MATCH_DEFINITIONS)
LOWER_IS_BETTER.add("unknown_should_be_known")


def _decimal_equal(a: Any, b: Any) -> bool:
    try:
        return to_decimal(str(a)) == to_decimal(str(b))
    except UnitError:
        return False


def _contains(texts: list[str], evidence: str) -> bool:
    needle = _squash(evidence)
    return any(needle in _squash(t) for t in texts)


def item_match(reported: list[dict[str, Any]], item: dict[str, Any]) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """Counts of one profile's match and a finding per must-find provision.

    ``reported``: the provisions of the match, each with ``status``, ``amount`` and ``texts`` (the texts of its
    clauses and the quotes of its conditions and amount); ``item``: the profile item's ``must_find`` and ``must_not_find``.
    """
    must_find = item.get("must_find") or []
    must_not = item.get("must_not_find") or []
    counts = dict.fromkeys(("must_find", "found", "amounts_expected", "amounts_right", "should_be_known", "unknown_instead",
                            "eligible_reported", "eligible_right"), 0)
    findings = []
    for gold in must_find:
        holders = [p for p in reported if _contains(p["texts"], gold["evidence"])]
        right = [p for p in holders if p["status"] == gold["status"]]
        counts["must_find"] += 1
        counts["found"] += bool(right)
        finding: dict[str, Any] = {
            "evidence": gold["evidence"],
            "expected": gold["status"],
            "reported": [{"id": p.get("id"), "status": p["status"], "amount": p.get("amount")} for p in holders],
            "found": bool(right),
        }
        if gold["status"] != "unknown":
            counts["should_be_known"] += 1
            unknown_instead = not right and any(p["status"] == "unknown" for p in holders)
            counts["unknown_instead"] += unknown_instead
            finding["unknown_instead"] = unknown_instead
        expected_amount = gold.get("amount")
        if expected_amount:
            counts["amounts_expected"] += 1
            amount_ok = any(_amount_equal(p.get("amount"), expected_amount) for p in right)
            counts["amounts_right"] += amount_ok
            finding["amount_right"] = amount_ok
        findings.append(finding)
    for p in reported:
        if p["status"] != "eligible":
            continue
        counts["eligible_reported"] += 1
        hits = [g for g in must_find if _contains(p["texts"], g["evidence"])]
        if hits:
            counts["eligible_right"] += any(g["status"] == "eligible" for g in hits)
        else:
            counts["eligible_right"] += not any(_contains(p["texts"], quote) for quote in must_not)
    return counts, findings


def _amount_equal(reported: dict[str, Any] | None, expected: dict[str, Any]) -> bool:
    if not reported:
        return False
    return (
        reported.get("per") == expected["per"]
        and _decimal_equal(reported.get("low"), expected["low"])
        and _decimal_equal(reported.get("high"), expected["high"])
    )


def match_rates(counts: dict[str, int]) -> dict[str, float]:
    """The match metrics from pooled counts; a metric with a zero denominator is left out."""
    return {name: round(counts[num] / counts[den], 4) for name, (num, den) in MATCH_COUNTS.items() if counts.get(den)}


def aggregate_match(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Match metrics pooled over all profiles' provisions, overall and by the profiles' part of the guide."""

    def summarise(selection: list[dict[str, Any]]) -> dict[str, Any]:
        pooled: dict[str, int] = defaultdict(int)
        for row in selection:
            for name, value in row["counts"].items():
                pooled[name] += value
        summary: dict[str, Any] = {**match_rates(pooled), "counts": dict(pooled), "n": len(selection)}
        latencies = [row["latency_ms"] for row in selection]
        summary["latency_p50_ms"] = round(median(latencies), 1) if latencies else 0.0
        summary["latency_p95_ms"] = round(percentile(latencies, 0.95), 1)
        return summary

    by_part: dict[str, list] = defaultdict(list)
    for row in rows:
        by_part[row["part"]].append(row)
    return {
        "overall": summarise(rows),
        "by_part": {k: summarise(v) for k, v in sorted(by_part.items(), key=lambda kv: _part_rank(kv[0]))},
    }


def _part_rank(part: str) -> tuple[int, str]:
    from assistant.evaluation.dataset import GUIDE_PARTS

    return next((i for i, name in enumerate(GUIDE_PARTS) if part.startswith(name)), len(GUIDE_PARTS)), part
