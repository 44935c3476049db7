"""The chat page's HTML from typed results, and the page built over the one door (no browser)."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest

from assistant.language import detect_language
from assistant.models import Citation, Refusal
from assistant.service import CalculatorError, heading_label
from ui.render import (
    AnsweredTurn,
    CalculatorInput,
    bare_heading,
    calculation_html,
    calculator_error_html,
    citation_cards,
    citation_panel,
    clause_tree,
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


def form_inputs(assistant, name: str, lang: str) -> list[CalculatorInput]:
    info = next(c for c in assistant.calculators() if c.name == name)
    return [CalculatorInput.from_schema(n, prop, lang) for n, prop in info.input_schema["properties"].items()]


def refusal_of(assistant, name: str, inputs: dict) -> CalculatorError:
    with pytest.raises(CalculatorError) as refused:
        assistant.calculate(name, inputs)
    return refused.value


def test_calculator_problems_name_the_input_and_what_it_takes(assistant) -> None:
    missing = missing_inputs_html(form_inputs(assistant, "industrial_power_cost", "zh")[:1], "zh")
    assert "请填写：接入电压等级（可选：不满1千伏、1-10千伏、110千伏、220千伏以上）" in missing
    english = missing_inputs_html(form_inputs(assistant, "industrial_power_cost", "en")[:1], "en")
    assert "Please fill in: Supply voltage (one of: below 1 kV, 1–10 kV, 110 kV, 220 kV and above)" in english
    refused = refusal_of(assistant, "industrial_power_cost", {"voltage": "110千伏", "energy": "很多"})
    shown = calculator_error_html(refused, "zh")
    assert "无法计算：“用电量”要填一个数字，可带单位：度、千瓦时、kwh、kilowatt-hours、万度、万千瓦时、亿度（填的是“很多”）" in shown
    assert "not a number" not in shown and "energy" not in shown  # the calculator's own English message is not the page's
    assert "Cannot calculate: “electricity used” takes a number" in calculator_error_html(refused, "en")
    assert "Cannot calculate: check the inputs" in calculator_error_html(CalculatorError("something else"), "en")


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


# ---- the English page: the page's own words in English, the guide's beside them ----

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_heading_of_the_guide_has_an_english_title(assistant) -> None:
    untitled = {h for c in assistant.clauses() for h in [*c.title_path, c.doc_title or ""] if h and not heading_label(bare_heading(h))}
    assert untitled == set()
    assert heading_label("伊金霍洛旗地方性肉牛保险政策") == "Ejin Horo Banner local beef-cattle insurance"
    assert heading_label("国内外顶尖人才 (A 类）") == heading_label("国内外顶尖人才(A类）") != ""  # spaces do not matter
    assert heading_label("没有这个标题") == ""


def test_an_english_card_is_titled_in_english_over_the_guides_headings(assistant) -> None:
    clause = assistant.clause("p3.s1.g4.d2.c1")
    title = heading_title(clause.title_path, "en")
    assert title == "Part 3 › Policies for farmers and herders › Banner policies › Ejin Horo Banner local beef-cattle insurance"
    card = citation_cards([Citation.of(1, clause)], 2, TODAY, "en")
    summary = card.split("<summary", 1)[1].split("</summary>", 1)[0]
    assert f'<span class="card-title">{title}</span>' in summary
    assert '<span class="card-path" lang="zh">第三篇 › 惠农惠牧政策 › 旗级政策 › 伊金霍洛旗地方性肉牛保险政策</span>' in summary
    assert "<b>Document: </b>Ejin Horo Banner local beef-cattle insurance 《伊金霍洛旗地方性肉牛保险政策》" in card
    assert "<b>Valid until: </b>2024-12-31" in card and "：</b>" not in card  # English punctuation on the English page
    # a long path keeps its part and its last headings, each English title cut at a word
    deep = heading_title(assistant.clause("p3.s2.g3.d2.i6.i3").title_path, "en")
    assert deep.startswith("Part 3 › … › ") and deep.endswith("What is supported") and not CJK.search(deep)


def test_english_search_results_and_tree_show_english_titles_with_the_guides_words(assistant) -> None:
    power = assistant.clause("p1.i2.i5.i3.c1")
    page = search_results_html("电价", [power], TODAY, "en")
    assert page.startswith('<p class="hit-count">1 clause</p>')
    assert "Part 1 › Costs of doing business › Electricity prices › Electricity for industry" in page
    assert "第一篇 › 投资要素成本 › <mark>电价</mark> › 工业用电" in page
    tree = clause_tree(assistant.clauses(), lang="en")
    part = '<summary>Part 1 · Ejin Horo Banner at a glance <span class="tree-zh" lang="zh">第一篇 伊金霍洛旗基本情况</span></summary>'
    assert part in tree
    assert "<summary>第一篇 伊金霍洛旗基本情况</summary>" in clause_tree(assistant.clauses())


def test_an_english_refusal_names_its_topics_in_english_and_asks_in_the_guides_words() -> None:
    refusal = Refusal(topics=["5.电价 › 工业用电", "（三）周边资源分布概况 › 1.周边旗区"])
    shown = refusal_html(refusal, "en")
    assert ">Electricity prices › Electricity for industry</button>" in shown
    assert ">Resources in the surrounding area › Neighbouring banners and districts</button>" in shown
    assert 'value="工业用电有哪些规定？"' in shown and 'title="Asks: 工业用电有哪些规定？"' in shown


def test_an_english_calculation_reads_in_english_units(assistant) -> None:
    calc = assistant.calculate("industrial_power_cost", {"voltage": "110千伏", "energy": "1000万度"})
    page = calculation_html(calc, assistant.clauses(calc.clause_ids), TODAY, "en")
    assert '<div class="big">4,010,000 yuan (401万元)</div>' in page
    assert "Sources: <code>p1.i2.i5.i3.c1</code>" in page and "Part 1 › Costs of doing business" in page
    assert '<div class="big">401万元（4,010,000 元）</div>' in calculation_html(calc, assistant.clauses(calc.clause_ids), TODAY, "zh")
    ranged = assistant.calculate("strategic_industry_power_cost", {"quantity": "1000万度"})
    assert "2,900,000 yuan (290万元) – 3,300,000 yuan (330万元)" in calculation_html(ranged, [], TODAY, "en")


def test_every_calculator_input_and_choice_has_an_english_label(assistant) -> None:
    for info in assistant.calculators():
        assert info.title_en and not CJK.search(info.title_en)
        for name, prop in info.input_schema["properties"].items():
            field = CalculatorInput.from_schema(name, prop, "en")
            assert field.label and not CJK.search(field.label), (info.name, name, field.label)
            assert all(not CJK.search(label) for label in field.choice_labels), (info.name, name, field.choice_labels)
            assert [value for _, value in field.options] == list(prop.get("enum", []))  # the value stays the calculator's own


@pytest.mark.parametrize(
    "name, inputs, zh, en",
    [
        ("industrial_power_cost", {"voltage": "11千伏", "energy": "1"},
         "“接入电压等级”只能选：不满1千伏、1-10千伏、110千伏、220千伏以上（填的是“11千伏”）",
         "“supply voltage” takes one of: below 1 kV, 1–10 kV, 110 kV, 220 kV and above (given: “11千伏”)"),
        ("industrial_power_cost", {"voltage": "110千伏", "energy": "1000万吨"},
         "“用电量”的单位不对，可用：度、千瓦时、kwh、kilowatt-hours、万度、万千瓦时、亿度（填的是“万吨”）",
         "“electricity used” takes one of the units 度, 千瓦时, kwh, kilowatt-hours, 万度, 万千瓦时, 亿度 (given: “万吨”)"),
        ("industrial_power_cost", {"voltage": "110千伏", "energy": "-5"},
         "“用电量”不能小于 0度（填的是 -5）", "“electricity used” must be at least 0 kWh (given: -5)"),
        ("forage_base_subsidy", {"base_type": "饲草基地", "quantity": "8000亩"},
         "“基地面积”须达到 1万亩 才能享受该政策", "“base area” must reach 10,000 mu to qualify"),
        ("industrial_power_cost", {"voltage": "110千伏"}, "请填写“用电量”", "“electricity used” is missing"),
    ],
)  # fmt: skip
def test_a_calculators_refusal_is_said_in_the_pages_language(assistant, name: str, inputs: dict, zh: str, en: str) -> None:
    refused = refusal_of(assistant, name, inputs)
    assert calculator_error_html(refused, "zh") == f'<p class="error">⚠️ 无法计算：{html.escape(zh)}</p>'
    assert calculator_error_html(refused, "en") == f'<p class="error">⚠️ Cannot calculate: {html.escape(en)}</p>'


def test_an_english_choice_label_is_also_taken_as_input(assistant) -> None:
    calc = assistant.calculate("industrial_power_cost", {"voltage": "110 kV", "energy": "1000万度"})
    assert calc.inputs["voltage"] == "110千伏" and calc.result == "4010000"


def test_the_english_page_offers_english_examples_calculators_and_descriptions(assistant) -> None:
    from ui.app import EXAMPLES, calculator_choices, calculator_description

    assert all(detect_language(q) == "en" for q in EXAMPLES["en"]) and len(EXAMPLES["en"]) == len(EXAMPLES["zh"])
    calculators = assistant.calculators()
    assert all(not CJK.search(title) for title, _ in calculator_choices(calculators, "en"))
    chinese = calculator_choices(calculators, "zh")[0]
    assert chinese == ("工业用电电费（按电压等级） / Industrial electricity cost by voltage", "industrial_power_cost")
    power = next(c for c in calculators if c.name == "industrial_power_cost")
    described = calculator_description(power, "en")
    assert described == (
        "**Industrial electricity cost by voltage** (工业用电电费（按电压等级）). Takes: supply voltage; electricity used (kWh); "
        "voltage to compare with (optional). Its figures are quoted from clause p1.i2.i5.i3.c1."
    )
    assert calculator_description(power, "zh") == power.description
