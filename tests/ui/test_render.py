"""The chat page's HTML from typed results, and the page built over the one door (no browser)."""

from __future__ import annotations

from datetime import date

from assistant.models import Citation
from ui.render import calculation_html, citation_cards

TODAY = date(2026, 11, 28)


def test_a_clause_card_opens_and_marks_an_expired_policy(assistant) -> None:
    expired = assistant.clause("p3.s1.g4.d2.c1")
    card = citation_cards([Citation.of(1, expired)], 0, TODAY, open_first=True)
    assert card.startswith('<details class="cite-card" id="cite-0-1" open>')
    assert "2024-12-31" in card and 'class="badge expired"' in card
    current = citation_cards([Citation.of(2, assistant.clause("p6.d1.i1"))], 3, TODAY)
    assert 'id="cite-3-2">' in current and "badge expired" not in current


def test_a_calculation_shows_its_source_clauses(assistant) -> None:
    calc = assistant.calculate("crop_insurance_premium", {"crop": "水地玉米", "quantity": "200亩"})
    page = calculation_html(calc, assistant.clauses(calc.clause_ids))
    assert "6000 元" in page and page.count("<details>") == 1 and "p3.s1.g1.i8.i1" in page


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
