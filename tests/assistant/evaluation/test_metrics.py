"""The metrics on hand-made results: each must be able to fail."""

import pytest

from assistant.evaluation.metrics import aggregate, item_answer, item_passed, item_retrieval
from assistant.quantities import chinese_to_int, contains_quantity


def retrieved(*ids: str, text: str = "12345") -> list[dict]:
    return [{"clause_id": cid, "text": text} for cid in ids]


def test_hit_and_mrr() -> None:
    groups = [["g1"]]
    m = item_retrieval(retrieved("a", "b", "g1", "c"), groups)
    assert (m["hit@1"], m["hit@3"], m["hit@5"]) == (0.0, 1.0, 1.0)
    assert m["mrr"] == pytest.approx(1 / 3)
    miss = item_retrieval(retrieved("a", "b", "c", "d", "e", "g1"), groups)
    assert (miss["hit@5"], miss["hit@10"]) == (0.0, 1.0)
    assert item_retrieval(retrieved("a"), groups)["mrr"] == 0.0


def test_any_clause_of_a_group_counts_and_all_evidence_needs_every_group() -> None:
    groups = [["g1", "g1bis"], ["g2"]]
    m = item_retrieval(retrieved("g1bis", "x"), groups)
    assert m["hit@1"] == 1.0 and m["all_evidence@5"] == 0.0
    assert item_retrieval(retrieved("g2", "g1"), groups)["all_evidence@5"] == 1.0


def test_ndcg_counts_each_evidence_piece_once() -> None:
    groups = [["g1", "g1bis"], ["g2"]]
    perfect = item_retrieval(retrieved("g1", "g2"), groups)["ndcg@10"]
    assert perfect == pytest.approx(1.0)
    duplicate = item_retrieval(retrieved("g1", "g1bis", "g2"), groups)["ndcg@10"]
    assert duplicate < 1.0
    assert item_retrieval(retrieved("x", "y"), groups)["ndcg@10"] == 0.0


def test_context_chars_counts_the_first_five() -> None:
    m = item_retrieval(retrieved(*"abcdefg", text="一二三"), [["a"]])
    assert m["context_chars@5"] == 15.0


ITEM = {"type": "numeric", "answer_numbers": ["76万元", "15%"], "calc": None}


def test_citation_precision_recall_and_support() -> None:
    groups = [["g1"], ["g2"]]
    record = {"answer": "补贴760,000 元，税率15％。", "citations": [{"clause_id": "g1"}, {"clause_id": "x"}]}
    m = item_answer(record, ITEM, groups)
    assert m["citation_recall"] == 0.5
    assert m["citation_precision"] == 0.5
    assert m["fully_supported"] == 0.0
    assert m["numbers_present"] == 1.0
    good = {"answer": "76万元；15%", "citations": [{"clause_id": "g1"}, {"clause_id": "g2"}]}
    g = item_answer(good, ITEM, groups)
    assert (g["citation_recall"], g["citation_precision"], g["fully_supported"]) == (1.0, 1.0, 1.0)


def test_numbers_compare_values_not_strings() -> None:
    assert contains_quantity("补贴 76万元", "760000元")
    assert contains_quantity("共计760,000 元", "76万元")
    assert contains_quantity("减按15％", "15%")
    assert contains_quantity("期限三年", "3年")
    assert not contains_quantity("补贴 7.6万元", "760000元")
    assert not contains_quantity("0.41元/度", "0.401")
    assert chinese_to_int("十五") == 15 and chinese_to_int("二百") == 200
    # a figure in a narrower unit states the broader one expected, not the other way round
    assert contains_quantity("按 3000 元/人·月给予派出单位综合补贴", "3000元")
    assert contains_quantity("年节能量 2000 吨标准煤以上", "2000吨")
    assert not contains_quantity("每头保额10000 元", "10000元/头")
    assert not contains_quantity("0.401元", "0.401元/度")
    assert not contains_quantity("补贴 6个月", "6个") and not contains_quantity("110千伏安", "110千伏")
    m = item_answer({"answer": "76万元", "citations": []}, ITEM, [["g1"]])
    assert m["numbers_present"] == 0.0  # 15% missing


def test_verification_firing_is_counted() -> None:
    fired = {"answer": "x", "citations": [], "warnings": [{"kind": "unsupported_number_removed", "detail": "9"}]}
    quiet = {"answer": "x", "citations": [], "warnings": [{"kind": "expired", "clause_id": "p1", "detail": "removed"}]}
    assert item_answer(fired, ITEM, [["g1"]])["verification_fired"] == 1.0
    assert item_answer(quiet, ITEM, [["g1"]])["verification_fired"] == 0.0


def test_calc_and_refusal() -> None:
    calc_item = {"type": "calc", "answer_numbers": [], "calc": {"expression": "30*200", "result": "6000"}}
    ok = item_answer({"answer": "", "citations": [], "calculations": [{"result": "6000.00"}]}, calc_item, [])
    bad = item_answer({"answer": "", "citations": [], "calculations": [{"result": "6000.01"}]}, calc_item, [])
    assert ok["calc_correct"] == 1.0 and bad["calc_correct"] == 0.0
    in_wan = {"type": "calc", "answer_numbers": ["500万元"], "calc": {"expression": "min(80000*0.01, 500)", "result": "500"}}
    yuan = {"answer": "", "citations": [], "calculations": [{"result": "5000000", "unit": "元"}]}
    assert item_answer(yuan, in_wan, [])["calc_correct"] == 1.0
    wrong_unit = {"answer": "", "citations": [], "calculations": [{"result": "5000000", "unit": "亩"}]}
    assert item_answer(wrong_unit, in_wan, [])["calc_correct"] == 0.0
    ranged = {"answer": "", "citations": [], "calculations": [{"result": {"low": "500", "high": "600"}, "unit": "元"}]}
    assert item_answer(ranged, calc_item, [])["calc_correct"] == 0.0
    oos = {"type": "out_of_scope", "answer_numbers": []}
    assert item_answer({"refused": True}, oos, [])["oos_refused"] == 1.0
    assert item_answer({"refused": False}, oos, [])["oos_refused"] == 0.0
    assert item_answer({"refused": True, "citations": []}, ITEM, [["g1"]])["false_refusals"] == 1.0


def test_aggregate_by_type_and_language() -> None:
    rows = [
        {"type": "fact", "lang": "zh", "latency_ms": 10.0, "metrics": {"hit@5": 1.0}},
        {"type": "fact", "lang": "en", "latency_ms": 30.0, "metrics": {"hit@5": 0.0}},
        {"type": "out_of_scope", "lang": "en", "latency_ms": 20.0, "metrics": {}},
    ]
    report = aggregate(rows)
    assert report["overall"]["hit@5"] == 0.5 and report["overall"]["n"] == 3
    assert report["by_lang"]["zh"]["hit@5"] == 1.0 and report["by_lang"]["en"]["hit@5"] == 0.0
    assert "hit@5" not in report["by_type"]["out_of_scope"]
    assert report["overall"]["latency_p50_ms"] == 20.0
    assert item_passed(rows[0], "search") and not item_passed(rows[1], "search")


def test_part_and_direct_line_metrics() -> None:
    item = {
        "type": "multi_clause", "answer_numbers": ["0.401", "0.477"], "answer_terms": ["内工信经运字〔2022〕405 号"],
        "parts": [{"answer_numbers": ["0.401"]}, {"answer_numbers": ["0.477"]}],
    }
    record = {
        "answer": "工业用电：110KV：0.401 元/度[1]\n关于“10千伏”的价格标准，指南没有写明。\n依据：\n1-10KV：0.477 元/度[1]",
        "citations": [], "refused": False,
        "parts": [{"answer_line": "工业用电：110KV：0.401 元/度[1]"}, {"answer_line": "关于“10千伏”的价格标准，指南没有写明。"}],
    }
    m = item_answer(record, item, [["g1"]])
    assert m["numbers_present"] == 1.0 and m["direct_numbers"] == 0.0  # 0.477 is quoted, not in a direct line
    assert m["parts_answered"] == 1.0 and m["terms_present"] == 0.0
    m = item_answer(record | {"answer": record["answer"] + "\n内工信经运字〔2022〕405号"}, item, [["g1"]])
    assert m["terms_present"] == 1.0  # whitespace ignored
    half = item_answer(record | {"answer": "工业用电：110KV：0.401 元/度[1]"}, item, [["g1"]])
    assert half["parts_answered"] == 0.5


def test_multi_part_items_are_also_summarised_together() -> None:
    rows = [
        {"type": "numeric", "lang": "zh", "parts": 2, "latency_ms": 1.0, "metrics": {"numbers_present": 1.0}},
        {"type": "fact", "lang": "zh", "parts": 0, "latency_ms": 1.0, "metrics": {"numbers_present": 0.0}},
    ]
    report = aggregate(rows)
    assert report["by_type"]["multi_part"]["n"] == 1 and report["by_type"]["multi_part"]["numbers_present"] == 1.0
