"""The incentive report on the real guide: the HTML page and the PDF (opened with pypdf) carry every
provision, quote, clause id, the totals and the closing line; the English version has English labels."""

import html
import io
import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from assistant.calculators import default_catalogue
from assistant.incentives import MatchResult, match, parse_profile, render_html, render_pdf
from assistant.incentives.provisions import default_provisions
from assistant.incentives.report import LABELS, grouped, money

PROFILES = Path(__file__).parent / "profiles"
TODAY = date(2026, 11, 28)
CLOSING_ZH = "以上金额和条件依据本版《伊金霍洛旗招商引资政策指南》测算，仅供参考，请以各责任单位确认为准。"
CLOSING_EN = "The figures and conditions above come from this edition of the Ejin Horo Banner investment-policy guide"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def run(corpus, profile_name: str, **changes) -> MatchResult:
    profile = json.loads((PROFILES / f"{profile_name}.json").read_text(encoding="utf-8")) | changes
    return match(parse_profile(profile), default_provisions(), default_catalogue(), corpus, TODAY)


def squash(text: str) -> str:
    return "".join(text.split())


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 2
    return "".join(page.extract_text() for page in reader.pages)


def clause_ids(result: MatchResult) -> set[str]:
    ids = {cid for p in result.provisions for cid in p.clause_ids}
    ids |= {c.clause_id for p in result.provisions for c in p.conditions}
    ids |= {cid for p in result.provisions if p.amount is not None for cid in p.amount.clause_ids}
    ids |= {g.clause_id for g in result.totals.groups}
    return ids


def test_money_has_thousands_separators_and_wan() -> None:
    assert money("3000000", "3000000", "zh") == "3,000,000 元（300万元）"
    assert money("3000000", None, "en") == "3,000,000 yuan (300万元)"
    assert money("7100000", "11100000", "zh") == "7,100,000–11,100,000 元（710万–1110万元）"
    assert money("6000", "6000", "zh") == "6,000 元" and money("1234.5", None, "en") == "1,234.5 yuan"
    assert grouped(Decimal("1955000")) == "1,955,000" and grouped(Decimal("-20.50")) == "-20.5"


@pytest.mark.parametrize("name", ["data_centre", "dairy_farm", "tech_startup"])
def test_the_pdf_opens_and_holds_the_totals_and_every_clause_id(corpus, name) -> None:
    result = run(corpus, name)
    text = squash(pdf_text(render_pdf(result, "zh")))
    assert "伊金霍洛旗招商引资政策匹配报告" in text  # Chinese is drawn and extractable
    assert squash(money(result.totals.once.low, result.totals.once.high, "zh")) in text
    assert squash(money(result.totals.year.low, result.totals.year.high, "zh")) in text
    missing = [cid for cid in clause_ids(result) if cid not in text]
    assert not missing
    assert all(squash(p.title) in text for p in result.provisions)
    assert squash(CLOSING_ZH) in text


def test_the_data_centre_pdf_states_its_sums(corpus) -> None:
    result = run(corpus, "data_centre")
    text = squash(pdf_text(render_pdf(result, "zh")))
    assert "9,100,000–13,100,000元（910万–1310万元）" in text and "4,200,000元（420万元）" in text
    assert "2,000,000元（200万元），每年" in text  # the western-development income-tax saving
    assert "自治区“小巨人”企业奖励" in text and "分别给予20万元、50万元、100万元一次性奖励" in text  # the no-stacking rule quoted
    english = squash(pdf_text(render_pdf(result, "en")))
    assert "9,100,000–13,100,000yuan(910万–1310万元)" in english and "Peryear" in english
    assert squash(CLOSING_EN) in english and all(cid in english for cid in clause_ids(result))


@pytest.mark.parametrize("name", ["data_centre", "dairy_farm", "tech_startup"])
def test_the_html_holds_every_title_quote_the_totals_and_the_closing_line(corpus, name) -> None:
    result = run(corpus, name)
    page = render_html(result, "zh")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page and "@media print" in page
    assert not re.search(r"""(src|href)\s*=|@import|url\(""", page)  # self-contained: no external assets
    for item in result.provisions:
        assert html.escape(item.title) in page
        for condition in item.conditions:
            assert html.escape(condition.quote) in page and condition.clause_id in page
        for question in item.ask:  # a provision a condition rules out asks nothing
            assert (html.escape(question) in page) or item.status == "not_eligible"
    applicable, ruled_out = page.split("<h2>不适用的政策（有条件不满足）</h2>")
    assert all((f'id="{p.id}"' in ruled_out) == (p.status == "not_eligible") for p in result.provisions)
    assert "<h2>合计</h2>" in applicable
    for group in result.totals.groups:
        assert html.escape(group.quote) in page
    assert money(result.totals.once.low, result.totals.once.high, "zh") in page
    assert money(result.totals.year.low, result.totals.year.high, "zh") in page
    assert CLOSING_ZH in page and f"日期: {TODAY.isoformat()}" in page


def test_the_html_marks_conditions_and_expiry(corpus) -> None:
    page = render_html(run(corpus, "tech_startup"), "zh")
    assert '<td class="met" title="满足">✓</td>' in page and '<td class="unmet" title="不满足">✗</td>' in page
    assert '<td class="unk" title="未知">?</td>' in page
    assert '<dd class="expired">2025-12-31（已到期）</dd>' in page
    assert "<th>年用电量（度）</th>" not in page  # only the fields the profile gives


@pytest.mark.parametrize("name", ["data_centre", "dairy_farm", "tech_startup"])
def test_the_english_page_has_no_chinese_labels(corpus, name) -> None:
    result = run(corpus, name)
    page = render_html(result, "en")
    assert 'lang="en"' in page and "Ejin Horo Banner investment incentives: match report" in page
    assert "Questions to ask the investor" in page and CLOSING_EN in page
    # the guide's own words may stay Chinese: titles, quotes, departments, the project's name; and 万元
    allowed = {result.profile.get("name", ""), "万元", "万"}
    allowed |= {p.title for p in result.provisions} | {d for p in result.provisions for d in p.departments}
    allowed |= {c.quote for p in result.provisions for c in p.conditions} | {g.quote for g in result.totals.groups}
    allowed |= {p.amount.quote for p in result.provisions if p.amount is not None and p.amount.quote}
    text = html.unescape(re.sub(r"<style>.*?</style>|<[^>]+>", " ", page, flags=re.S))
    for words in sorted(allowed, key=len, reverse=True):
        text = text.replace(words, " ")
    assert not CJK.findall(text), sorted(set(CJK.findall(text)))
    for key, (zh, _) in LABELS.items():
        assert zh not in text, key


def test_every_text_is_escaped(corpus) -> None:
    result = run(corpus, "data_centre", name='<script>alert("x")</script> & 公司')
    page = render_html(result, "en")
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 公司" in page
    assert '<script>alert("x")</script>&公司' in squash(pdf_text(render_pdf(result, "zh")))  # drawn as text, not markup


def test_an_empty_profile_gets_a_report_of_questions(corpus) -> None:
    result = match(parse_profile({}), default_provisions(), default_catalogue(), corpus, TODAY)
    page = render_html(result, "zh")
    assert "待确认" in page and "0 元" in page
    assert "One-off0yuan" in squash(pdf_text(render_pdf(result, "en")))
