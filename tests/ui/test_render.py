"""The chat page's HTML from typed results, and the page built over the one door (no browser)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.models import Citation, Refusal
from assistant.service import CalculatorError
from ui.render import (
    AnsweredTurn,
    CalculatorInput,
    calculation_html,
    calculator_error_html,
    citation_cards,
    citation_panel,
    heading_title,
    hit_spans,
    missing_inputs_html,
    refusal_html,
    search_results_html,
    topic_question,
)

TODAY = date(2026, 11, 28)


def test_a_clause_card_opens_and_marks_an_expired_policy(assistant) -> None:
    expired = assistant.clause("p3.s1.g4.d2.c1")
    card = citation_cards([Citation.of(1, expired)], 0, TODAY, open_first=True)
    assert card.startswith('<details class="cite-card" id="cite-0-1" open>')
    assert "2024-12-31" in card and 'class="badge expired"' in card
    current = citation_cards([Citation.of(2, assistant.clause("p6.d1.i1"))], 3, TODAY)
    assert 'id="cite-3-2">' in current and "badge expired" not in current


def test_a_card_is_titled_by_its_headings_in_words_with_its_page_and_id_below(assistant) -> None:
    clause = assistant.clause("p3.s1.g4.d2.c1")
    assert heading_title(clause.title_path) == "第三篇 › 惠农惠牧政策 › 旗级政策 › 伊金霍洛旗地方性肉牛保险政策"
    card = citation_cards([Citation.of(1, clause)], 2, TODAY)
    summary = card.split("<summary", 1)[1].split("</summary>", 1)[0]
    assert "p3.s1.g4.d2.c1" not in summary and "伊金霍洛旗地方性肉牛保险政策" in summary
    assert "第33页" in card and '<code class="clause-id">p3.s1.g4.d2.c1</code>' in card
    assert "《伊金霍洛旗地方性肉牛保险政策》" in card
    english = citation_cards([Citation.of(1, clause)], 2, TODAY, "en")
    assert "p. 33" in english and "expired" in english and "已到期" not in english
    # a long path keeps its part and its last headings; a document number is left to the card's body
    tax = assistant.clause("p6.d1.i1")
    assert heading_title(tax.title_path) == "第六篇 › 关于延续西部大开发企业所得税政策的公告"
    deep = assistant.clause("p3.s2.g3.d2.i6.i3")
    assert heading_title(deep.title_path).startswith("第三篇 › … › ") and heading_title(deep.title_path).endswith("支持领域范围")


def test_the_panel_keeps_every_questions_cards_newest_first(assistant) -> None:
    power = Citation.of(1, assistant.clause("p1.i2.i5.i3.c1"))
    cattle = Citation.of(1, assistant.clause("p3.s1.g4.d2.c1"))
    turns = [AnsweredTurn(1, "110千伏工业电价多少？", [power]), AnsweredTurn(2, "天气？", []), AnsweredTurn(3, "肉牛保险？", [cattle])]
    panel = citation_panel(turns, TODAY, "zh")
    assert panel.index('id="cite-3-1"') < panel.index('id="cite-1-1"') and "第3问" in panel and "第1问" in panel
    assert "第2问" not in panel  # nothing cited, no group
    assert "Question 1" in citation_panel(turns, TODAY, "en") and citation_panel([], TODAY, "zh") == ""


def test_a_refusal_is_a_plain_sentence_with_the_topics_it_names() -> None:
    refusal = Refusal(topics=["（三）周边资源分布概况 › 1.周边旗区", "第六篇 国家税收政策"])
    shown = refusal_html(refusal, "zh")
    assert "指南没有涉及这个问题。" in shown and shown.count('class="topic-ask"') == 2
    assert 'value="周边旗区有哪些规定？"' in shown and 'value="国家税收政策有哪些规定？"' in shown
    assert "周边资源分布概况 › 周边旗区" in shown
    assert "The guide does not cover this." in refusal_html(refusal, "en")
    bare = refusal_html(Refusal(), "en")
    assert "topic-ask" not in bare and "topics" not in bare
    unstated = refusal_html(Refusal(unstated=["指南中该条款（伊金霍洛旗地方性肉牛保险政策）未写明文号。"]), "zh")
    assert "指南没有写明所问的内容。" in unstated and "未写明文号" in unstated
    assert topic_question("第一篇 伊金霍洛旗基本情况 › （一）伊金霍洛旗简介") == "伊金霍洛旗简介有哪些规定？"


def test_a_calculation_shows_its_source_clauses(assistant) -> None:
    calc = assistant.calculate("crop_insurance_premium", {"crop": "水地玉米", "quantity": "200亩"})
    page = calculation_html(calc, assistant.clauses(calc.clause_ids), TODAY)
    assert "6,000 元" in page and page.count("<details>") == 1 and "p3.s1.g1.i8.i1" in page
    assert "calc-expired" not in page


def test_a_calculation_on_an_expired_provision_warns_above_its_result(assistant) -> None:
    calc = assistant.calculate("beef_cattle_insurance_farmer_premium", {"quantity": "10000"})
    page = calculation_html(calc, assistant.clauses(calc.clause_ids), TODAY, "zh")
    assert page.index('class="calc-expired"') < page.index('class="calc-result"') and "2024-12-31" in page
    assert "70万元（700,000 元）" in page
    assert "ended on 2024-12-31" in calculation_html(calc, assistant.clauses(calc.clause_ids), TODAY, "en")


def test_calculator_problems_name_the_input_and_what_it_takes(assistant) -> None:
    info = next(c for c in assistant.calculators() if c.name == "industrial_power_cost")
    inputs = [CalculatorInput.from_schema(name, prop) for name, prop in info.input_schema["properties"].items()]
    missing = missing_inputs_html(inputs[:1], "zh")
    assert "请填写：接入电压等级（可选：不满1千伏、1-10千伏、110千伏、220千伏以上）" in missing
    assert "Please fill in: 接入电压等级 (one of: 不满1千伏, 1-10千伏, 110千伏, 220千伏以上)" in missing_inputs_html(inputs[:1], "en")
    with pytest.raises(CalculatorError) as refused:
        assistant.calculate("industrial_power_cost", {"voltage": "110千伏", "energy": "很多"})
    shown = calculator_error_html(str(refused.value), inputs, "zh")
    assert "无法计算：请检查“用电量" in shown and "详情：energy:" in shown
    assert "Cannot calculate: check the inputs" in calculator_error_html("something else", inputs, "en")


def test_search_results_mark_the_words_searched(assistant) -> None:
    assert hit_spans("工业用电价格", "工业电价") == [(0, 2), (3, 5)]
    clauses = [assistant.clause("p1.i2.i5.i4.c1"), assistant.clause("p1.i2.i5.i3.c1")]
    page = search_results_html("电价", clauses, TODAY, "zh")
    assert page.startswith('<p class="hit-count">找到 2 条') and page.count('class="cite-card"') == 2
    assert "<mark>电价</mark>" in page and 'id="hit-2"' in page
    assert search_results_html("电价", [], TODAY, "en") == '<p class="muted">No clauses found.</p>'


def test_the_page_builds_over_the_assistant(assistant) -> None:
    from ui.app import build_ui

    page = build_ui(assistant, assistant.settings)
    html_blocks = [block for block in page.blocks.values() if type(block).__name__ == "HTML"]
    tree = next(b for b in html_blocks if b.elem_id == "clause-tree")
    assert tree.value.count('class="tree-clause"') == len(assistant.clauses())


def test_the_users_own_text_is_shown_literally() -> None:
    from policy_assistant_ui.render import user_text_html

    shown = user_text_html('<img src=x onerror="alert(1)"> **粗体** 110千伏电价？')
    assert "<img" not in shown and "&lt;img" in shown and "**" not in shown and "110千伏电价？" in shown


def test_notes_are_sentences_for_people_not_log_lines() -> None:
    from policy_assistant_ui.render import warning_notes

    notes = warning_notes(["unsupported_number_removed", "refused", "marker_moved", "unsupported_number_removed"], "zh")
    assert notes.count("⚠️") == 1 and "没有条款依据" in notes
    assert "relevance" not in warning_notes(["refused"], "en") and warning_notes(["refused"], "en") == ""
