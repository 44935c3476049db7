"""Printed page numbers recovered from the extraction's page breaks, on made-up text and the real guide."""

import re

from assistant.guide.pages import PageMap
from tests.conftest import find_clause


def test_leading_spaces_open_pages_and_a_lone_number_closes_the_page_it_numbers() -> None:
    raw = " 第一篇\n\n正文一\n\n\n7\n\n正文二\n\n 续页\n\n正文三\n\n 再续\n"
    pages = PageMap.of(raw)
    assert pages.page_at(raw.index("正文一")) == 7  # the footer "7" closes the first page
    assert pages.page_at(raw.index("正文二")) == 8
    assert pages.page_at(raw.index("续页")) == 9
    assert pages.page_at(raw.index("再续")) == 10
    assert pages.pages((raw.index("正文二"), raw.index("再续") + 2)) == [8, 9, 10]


def test_pages_before_the_first_footer_count_back_from_it_and_a_footer_corrects_the_count() -> None:
    raw = " 甲\n\n 乙\n\n3\n\n 丙\n\n9\n\n 丁\n"
    pages = PageMap.of(raw)
    assert [pages.page_at(raw.index(w)) for w in "甲乙丙丁"] == [2, 3, 9, 10]


def test_without_footers_pages_count_from_one() -> None:
    raw = "甲\n\n 乙\n"
    assert [PageMap.of(raw).page_at(raw.index(w)) for w in "甲乙"] == [1, 2]


def test_every_footer_of_the_real_guide_numbers_the_page_it_closes(raw_guide: str) -> None:
    pages = PageMap.of(raw_guide)
    footers = [(m.start(), int(m.group(1))) for m in re.finditer(r"(?m)^\s*(\d{1,3})\s*$", raw_guide)]
    assert len(footers) == 7
    for offset, number in footers:
        assert pages.page_at(offset - 1) == number
    assert len(pages.starts) == 190
    assert list(pages.numbers) == sorted(set(pages.numbers))  # strictly increasing


def test_clauses_carry_their_pages(corpus) -> None:
    for clause in corpus.clauses:
        assert clause.pages and clause.pages == list(range(clause.pages[0], clause.pages[-1] + 1)), clause.clause_id
        assert 2 <= clause.pages[0] <= clause.pages[-1] <= 192
    assert find_clause(corpus, "110KV：0.401 元/度").pages == [4]
    assert corpus.clauses[0].pages[0] == 2
    # the clause just before the footer "80" lies on page 80
    offset = re.search(r"(?m)^80$", corpus.raw).start()
    before = max((c for c in corpus.clauses if c.source_span[1] <= offset), key=lambda c: c.source_span[1])
    assert before.pages[-1] == 80
