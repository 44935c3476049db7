from datetime import date

from assistant.answer.verification import verify
from assistant.models import Calculation, Citation

CLAUSE = "小于 1KV：0.504 元/度；1-10KV：0.477 元/度\n110KV：0.401 元/度；220 千伏以上：0.394 元/度"


def citation(marker: int, clause_id: str = "p1.i2.i5.i3.c1", text: str = CLAUSE) -> Citation:
    return Citation(marker=marker, clause_id=clause_id, title_path=["5.电价"], text=text)


def test_supported_answer_passes_untouched() -> None:
    verdict = verify("110千伏工业电价为0.401元/度[1]。", [citation(1)], {"p1.i2.i5.i3.c1"})
    assert verdict.answer == "110千伏工业电价为0.401元/度[1]。" and not verdict.fired


def test_invented_number_is_removed_and_named() -> None:
    answer = "110千伏工业电价为0.401元/度[1]。220千伏的电价是0.350元/度[1]。"
    verdict = verify(answer, [citation(1)], {"p1.i2.i5.i3.c1"})
    assert "0.350" not in verdict.answer and "0.401" in verdict.answer
    assert [w.kind for w in verdict.warnings] == ["unsupported_number_removed"] and "0.350" in verdict.warnings[0].detail


def test_marker_pointing_nowhere_is_removed() -> None:
    verdict = verify("电价为0.401元/度[1][3]。", [citation(1)], {"p1.i2.i5.i3.c1"})
    assert "[3]" not in verdict.answer and "[1]" in verdict.answer
    assert any(w.kind == "marker_removed" and "[3]" in w.detail for w in verdict.warnings)


def test_citation_of_a_clause_not_retrieved_is_dropped() -> None:
    verdict = verify("电价为0.401元/度[1]。", [citation(1, clause_id="p9.x")], {"p1.i2.i5.i3.c1"})
    assert verdict.citations == [] and verdict.fired


def test_numbers_from_a_calculation_and_the_question_are_supported() -> None:
    calc = Calculation(tool="t", inputs={}, steps=["200亩 × 30元/亩 = 6000元"], result="6000", unit="元", clause_ids=["c"])
    verdict = verify("保费为6000元，共200亩[1]。", [citation(1)], {"p1.i2.i5.i3.c1"}, [calc], question="200亩")
    assert "6000" in verdict.answer and not verdict.fired


def test_unit_aware_matching() -> None:
    clause = "按照设备投资总额的 10%给予最高5000 万元补贴。"
    cit = citation(1, "c1", clause)
    assert not verify("最高补贴5000万元[1]。", [cit], {"c1"}).fired
    assert not verify("最高补贴5,000万元[1]。", [cit], {"c1"}).fired
    assert not verify("At most 50000000 元 [1].", [cit], {"c1"}).fired
    assert verify("最高补贴5000元[1]。", [cit], {"c1"}).fired


def test_numbers_in_the_cited_clause_headings_are_supported() -> None:
    heading = "外商投资准入特别管理措施（负面清单）（2024 年版）"
    cit = Citation(marker=1, clause_id="c1", title_path=["（一）国家级政策", heading], text="二、境外投资者不得作为个体工商户投资人。")
    assert not verify(f"- [1] ({heading}): “二、境外投资者不得作为个体工商户投资人。”", [cit], {"c1"}).fired
    assert verify("- [1] (2023 年版): “二、境外投资者不得作为个体工商户投资人。”", [cit], {"c1"}).fired


def test_a_bullet_quoting_several_sentences_is_removed_whole() -> None:
    answer = (
        "According to the guide:\n"
        "- [1] (5.电价): “110KV：0.401 元/度。220 千伏：0.350 元/度。”\n"
        "- [1] (5.电价): “1-10KV：0.477 元/度。”"
    )
    verdict = verify(answer, [citation(1)], {"p1.i2.i5.i3.c1"})
    assert verdict.answer == "According to the guide:\n- [1] (5.电价): “1-10KV：0.477 元/度。”"
    assert [w.kind for w in verdict.warnings] == ["unsupported_number_removed"] and "0.350" in verdict.warnings[0].detail


def test_the_policy_period_end_a_model_is_shown_is_a_figure_of_the_clause() -> None:
    from datetime import date

    cit = citation(1).model_copy(update={"valid_until": date(2025, 12, 31)})
    assert not verify("工业用电（有效期至 2025-12-31）：110KV 0.401 元/度[1]。", [cit], {"p1.i2.i5.i3.c1"}).fired
    assert verify("工业用电（有效期至 2025-11-30）：110KV 0.401 元/度[1]。", [cit], {"p1.i2.i5.i3.c1"}).fired


def test_one_documents_period_over_another_clauses_figures_is_not_cited_to_both() -> None:
    """The model put clause 1's amounts under clause 2's document and period: no pair of markers
    makes that sentence true, so it goes (a clause wanted only for a date's bare numbers backs no figure)."""
    amounts = Citation(marker=1, clause_id="a", title_path=["12.培育新型经营主体"],
                       text="示范家庭农牧场、合作社示范社分别一次性给予 30 万元、50 万元资金扶持。")
    period = Citation(marker=2, clause_id="b", title_path=["8.支持饲草料基地流转"],
                      text="每亩每年奖励100 元。", valid_until=date(2025, 12, 31))
    answer = "根据《另一文件》（有效期至 2025-12-31），示范家庭农牧场、合作社示范社分别一次性给予30 万元、50 万元资金扶持[1][2]。"
    verdict = verify(answer, [amounts, period], {"a", "b"}, candidates=[amounts, period])
    assert "[2]" not in verdict.answer and "2025-12-31" not in verdict.answer
    assert verdict.fired
    both = "示范家庭农牧场一次性给予30 万元[1]，流转土地每亩每年奖励100 元[2]。"  # each figure from its own clause: both stay
    kept = verify(both, [amounts, period], {"a", "b"}, candidates=[amounts, period])
    assert "[1]" in kept.answer and "[2]" in kept.answer
