"""Browser tests: Playwright drives Debian's Chromium (headless) against a real
`policy-assistant ui` process. Screenshots of every step go to tests/artifacts/."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from assistant.answer.drafts import SPOKEN_SECONDS, speaking_seconds
from assistant.feedback import FeedbackStore, feedback_path
from tests.servers import free_port, wait_until_up

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() and os.environ.get("PA_REQUIRE_BROWSER") != "1",
        reason="Debian's chromium is not installed (CI installs it and sets PA_REQUIRE_BROWSER=1)",
    ),
]


@pytest.fixture(scope="module")
def ui_url(index_settings):
    port = free_port()
    env = {**os.environ, "PA_DATA_DIR": str(index_settings.data_dir), "PA_TODAY": "2026-11-28", "GRADIO_ANALYTICS_ENABLED": "False"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "ui", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    url = f"http://127.0.0.1:{port}/"
    wait_until_up(url, proc, timeout=120)
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield b
        b.close()


def ask(page, question: str) -> None:
    box = page.locator("#question textarea")
    box.fill(question)
    page.locator("#send").click()


def last_answer(page):
    return page.locator("#chatbot .message-row.bot-row, #chatbot [data-testid='bot']").last


def wait_for_answer_containing(page, text: str, timeout: float = 60_000) -> None:
    page.wait_for_function(
        "t => { const c = document.querySelector('#chatbot'); return c && c.innerText.includes(t); }", arg=text, timeout=timeout
    )


def test_a_full_session_on_a_laptop_screen(ui_url, browser, index_settings) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(ui_url)
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.screenshot(path=ARTIFACTS / "01-start.png", full_page=True)

    # ask a question, see the answer with a citation
    ask(page, "110千伏工业电价多少？")
    wait_for_answer_containing(page, "0.401")
    page.wait_for_selector("#citations .cite-card")
    wait_for_answer_containing(page, "✓ 已逐条核验")  # the stream ends with verification's verdict
    page.screenshot(path=ARTIFACTS / "02-answer.png", full_page=True)
    assert page.locator("#chatbot a.cite-link").count() >= 1

    # open the citation and see the highlighted clause
    page.locator("#chatbot a.cite-link").first.click()
    opened = page.locator("#citations details.cite-card[open]")
    opened.first.wait_for(timeout=10_000)
    assert "0.401" in opened.first.locator("mark").inner_text()
    page.screenshot(path=ARTIFACTS / "03-citation.png", full_page=True)

    # a follow-up question
    ask(page, "那10千伏呢？")
    wait_for_answer_containing(page, "0.477")
    page.screenshot(path=ARTIFACTS / "04-follow-up.png", full_page=True)

    # draft mode
    page.locator("#draft-mode input").check()
    ask(page, "旗里的肉牛保险一头保费多少？")
    page.wait_for_function(
        "() => { const t = document.querySelector('#draft .draft-text'); return t && t.textContent.startsWith('您好'); }", timeout=60_000
    )
    assert "伊金霍洛旗地方性肉牛保险政策" in page.locator("#draft .draft-text").text_content()
    page.screenshot(path=ARTIFACTS / "05-draft.png", full_page=True)

    # feedback, found in the store
    page.locator("#comment textarea").fill("草稿很清楚")
    page.locator("#thumbs-up").click()
    page.wait_for_function("() => document.querySelector('#feedback-note').innerText.includes('已记录反馈')", timeout=20_000)
    with sqlite3.connect(index_settings.data_dir / "feedback.sqlite3") as db:
        rows = db.execute("SELECT rating, comment, source FROM feedback WHERE comment = '草稿很清楚'").fetchall()
    assert rows == [("up", "草稿很清楚", "ui")]
    page.screenshot(path=ARTIFACTS / "06-feedback.png", full_page=True)

    # a calculator
    page.get_by_role("tab", name="计算器").click()
    voltage = page.locator("#calc-in-voltage input")
    voltage.wait_for(timeout=20_000)
    voltage.click()
    page.get_by_role("option", name="110千伏", exact=True).click()
    page.wait_for_function("() => document.querySelector('#calc-in-voltage input').value === '110千伏'", timeout=10_000)
    energy = page.locator("#calc-in-energy textarea, #calc-in-energy input").first
    energy.fill("1000万度")
    energy.press("Tab")
    page.locator("#calc-run").click()
    page.wait_for_function("() => document.querySelector('#calc-result').innerText.includes('401万元')", timeout=30_000)
    page.screenshot(path=ARTIFACTS / "07-calculator.png", full_page=True)

    # the clause browser
    page.get_by_role("tab", name="条款浏览").click()
    page.locator("#browse-id textarea, #browse-id input").first.fill("p6.d1.i1")
    page.locator("#browse-id textarea, #browse-id input").first.press("Enter")
    page.wait_for_function("() => document.querySelector('#clause-tree').innerText.includes('15%')", timeout=20_000)
    page.screenshot(path=ARTIFACTS / "08-browser.png", full_page=True)
    page.close()


def test_phone_sized_viewport_and_english(ui_url, browser) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    page.goto(ui_url)
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.get_by_text("English", exact=True).click()
    page.wait_for_function("() => document.body.innerText.includes('Ejin Horo investment-policy assistant')", timeout=20_000)
    translated = "() => document.body.innerText.includes('Examples') && !document.body.innerText.includes('示例问题')"
    page.wait_for_function(translated, timeout=20_000)
    ask(page, "What is the industrial electricity price at 110 kV?")
    wait_for_answer_containing(page, "0.401 yuan/kWh")  # the English direct line
    page.screenshot(path=ARTIFACTS / "09-phone-english.png", full_page=True)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 400, f"horizontal overflow on a phone: {width}px"
    page.close()


def test_hostile_text_is_rendered_as_text(ui_url, browser) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(ui_url)
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.evaluate("() => { window.__pwned = false; }")
    ask(page, "<img src=x onerror=\"window.__pwned=true\"> 电价多少？")
    wait_for_answer_containing(page, "元/度")
    assert page.evaluate("() => window.__pwned") is False
    page.close()


def test_evaluation_report_shows_its_charts(browser, assistant, tmp_path) -> None:
    from assistant.evaluation.dataset import load_dataset
    from assistant.evaluation.runner import run_eval, save_run

    items = load_dataset(Path(__file__).resolve().parents[2] / "evals/datasets/dev.jsonl")[:40]
    rows = run_eval(items, assistant, mode="ask", progress=False)
    save_run(rows, tmp_path / "run", mode="ask", dataset=Path("dev.jsonl"), k=5)
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    page.goto((tmp_path / "run" / "report.html").as_uri())
    charts = page.locator("svg")
    assert charts.count() == 3
    for i in range(3):
        box = charts.nth(i).bounding_box()
        assert box and box["width"] > 300 and box["height"] > 100
    assert page.locator("svg rect").count() > 20  # bars and histogram columns were drawn
    page.screenshot(path=ARTIFACTS / "10-eval-report.png", full_page=True)
    page.close()


# ---- the chat page as a workspace: each behaviour on a laptop and a phone, in Chinese and English ----

SCREENS = {
    "laptop": {"viewport": {"width": 1366, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True},
}
EVERY_SCREEN_AND_LANGUAGE = pytest.mark.parametrize("screen, lang", [(s, lang) for s in SCREENS for lang in ("zh", "en")])
TABS = {"zh": {"calc": "计算器", "browse": "条款浏览"}, "en": {"calc": "Calculators", "browse": "Clause browser"}}


@pytest.fixture
def open_page(ui_url, browser):
    """A fresh session of the chat page on a screen, in a language; its context closed afterwards."""
    contexts = []

    def opened(screen: str, lang: str = "zh"):
        context = browser.new_context(**SCREENS[screen], permissions=["clipboard-read", "clipboard-write"])
        contexts.append(context)
        page = context.new_page()
        page.goto(ui_url)
        page.wait_for_selector("#question textarea", timeout=60_000)
        if lang == "en":
            page.get_by_text("English", exact=True).click()
            page.wait_for_function("() => document.body.innerText.includes('Ejin Horo investment-policy assistant')", timeout=20_000)
        return page

    yield opened
    for context in contexts:
        context.close()


def shot(page, name: str) -> None:
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def fits_the_screen(page, screen: str) -> None:
    if screen == "phone":
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 400, f"horizontal overflow on a phone: {width}px"


def wait_for_turn(page, number: int, timeout: float = 60_000) -> None:
    """Until answer ``number`` is final: its citation cards are in the panel."""
    page.locator(f"#citations details.cite-card[id^='cite-{number}-']").first.wait_for(timeout=timeout)


def choose(page, elem_id: str, option: str) -> None:
    page.locator(f"#{elem_id} input").click()
    page.get_by_role("option", name=option, exact=True).click()
    page.wait_for_function("([id, v]) => document.querySelector(`#${id} input`).value === v", arg=[elem_id, option], timeout=10_000)


def fill(page, elem_id: str, text: str) -> None:
    box = page.locator(f"#{elem_id} textarea, #{elem_id} input").first
    box.fill(text)
    box.press("Tab")


@pytest.mark.parametrize("screen, way", [("laptop", "trash"), ("phone", "trash"), ("laptop", "new chat"), ("phone", "new chat")])
def test_clearing_the_chat_forgets_the_conversation(open_page, screen: str, way: str) -> None:
    page = open_page(screen)
    page.locator("#draft-mode input").check()
    ask(page, "110千伏工业电价多少？")
    wait_for_answer_containing(page, "✓ 已逐条核验")
    page.wait_for_function(
        "() => { const t = document.querySelector('#draft .draft-text'); return t && t.textContent.startsWith('您好'); }", timeout=30_000
    )
    if way == "trash":
        page.locator("#chatbot button[aria-label='Clear']").click()
    else:
        page.locator("#clear").click()
    page.wait_for_function(
        "() => !document.querySelector('#chatbot .message-row') && document.querySelector('#citations').innerText.trim() === ''"
        " && !document.querySelector('#draft .draft-text')",
        timeout=20_000,
    )
    shot(page, f"11-cleared-{way.replace(' ', '-')}-{screen}")
    ask(page, "那10千伏呢？")  # a follow-up of nothing: the earlier question is gone
    page.locator("#chatbot .refusal").wait_for(timeout=60_000)
    assert "0.477" not in page.locator("#chatbot").inner_text()
    assert page.locator("#citations .cite-card").count() == 0
    fits_the_screen(page, screen)


QUESTIONS = {
    "zh": ["110千伏工业电价多少？", "旗里的肉牛保险一头保费多少？"],
    "en": ["What is the industrial electricity price at 110 kV?", "How much is the grazing-ban subsidy per mu?"],
}


@EVERY_SCREEN_AND_LANGUAGE
def test_an_earlier_answers_citations_still_open(open_page, screen: str, lang: str) -> None:
    page = open_page(screen, lang)
    for number, question in enumerate(QUESTIONS[lang], 1):
        ask(page, question)
        wait_for_turn(page, number)
    page.locator("#chatbot a.cite-link[href='#cite-1-1']").first.click()
    card = page.locator("#cite-1-1")
    expect(card).to_have_attribute("open", "")
    expect(card).to_be_in_viewport()
    assert "0.401" in card.locator("mark").inner_text()
    heading = page.locator("#turn-1 .turn-heading").inner_text()
    assert heading.startswith("第1问" if lang == "zh" else "Question 1")
    assert page.locator("#citations .turn-cards").first.get_attribute("id") == "turn-2"  # the newest question first
    shot(page, f"12-earlier-citation-{screen}-{lang}")
    fits_the_screen(page, screen)


# a question near the guide's topics that it does not answer, and an off-topic one
REFUSED = {"zh": "注册公司要多少注册资本？", "en": "How much registered capital does a new company need?"}
OFF_TOPIC = {"zh": "伊金霍洛旗的天气怎么样？", "en": "What is the weather like in Ejin Horo?"}
PLAIN_REFUSAL = {"zh": "指南没有涉及这个问题。", "en": "The guide does not cover this."}


@EVERY_SCREEN_AND_LANGUAGE
def test_a_refusal_says_so_plainly_and_offers_the_nearest_topics(open_page, screen: str, lang: str) -> None:
    page = open_page(screen, lang)
    ask(page, REFUSED[lang])
    refusal = page.locator("#chatbot .refusal")
    refusal.wait_for(timeout=60_000)
    said = refusal.inner_text()
    assert said.startswith(PLAIN_REFUSAL[lang])
    assert not any(word in page.locator("#chatbot").inner_text() for word in ("relevance", "refused", "0.9"))
    topics = refusal.locator("button.topic-ask")
    assert topics.count() >= 1
    shot(page, f"13-refusal-{screen}-{lang}")
    asked = topics.first.get_attribute("value")
    topics.first.click()
    wait_for_turn(page, 2)  # the topic's question was asked, and answered with a citation
    assert asked in page.locator("#chatbot").inner_text()
    assert page.locator("#chatbot a.cite-link[href='#cite-2-1']").count() >= 1
    shot(page, f"14-topic-asked-{screen}-{lang}")
    fits_the_screen(page, screen)
    ask(page, OFF_TOPIC[lang])  # nothing of the guide is near the weather: no topics are offered
    page.wait_for_function("document.querySelectorAll('#chatbot .refusal').length >= 2", timeout=60_000)
    last = page.locator("#chatbot .refusal").last
    assert last.inner_text().startswith(PLAIN_REFUSAL[lang]) and last.locator("button.topic-ask").count() == 0


FEEDBACK_WORDS = {
    "zh": {"ask_first": "请先提问。", "saved": "已记录反馈", "reason": "数字不对", "chosen": "✓ 已选"},
    "en": {"ask_first": "Ask a question first.", "saved": "saved, thank you", "reason": "Wrong figure", "chosen": "✓ Chosen"},
}


def feedback_rows(index_settings) -> list[tuple]:
    """What the page's store holds, oldest first (an empty store before any feedback)."""
    records = FeedbackStore(feedback_path(index_settings.data_dir)).all()
    return [(r["rating"], r["reasons"], r["comment"], r["source"]) for r in records]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_answer_is_rated_once_with_its_reasons(open_page, index_settings, lang: str) -> None:
    words = FEEDBACK_WORDS[lang]
    page = open_page("laptop", lang)
    up, down, note = page.locator("#thumbs-up"), page.locator("#thumbs-down"), page.locator("#feedback-note")
    up.click()  # nothing to rate yet
    expect(note).to_contain_text(words["ask_first"])
    ask(page, QUESTIONS[lang][0])
    wait_for_turn(page, 1)
    expect(note).not_to_contain_text(words["ask_first"])  # the answer took the note away
    before = feedback_rows(index_settings)

    page.locator("#feedback-reasons").get_by_label(words["reason"], exact=True).check()
    page.locator("#comment textarea").fill(f"reasons-{lang}")
    down.click()
    expect(note).to_contain_text(words["saved"])
    assert feedback_rows(index_settings)[len(before) :] == [("down", ["wrong_figure"], f"reasons-{lang}", "ui")]
    expect(down).to_contain_text(words["chosen"])
    expect(down).to_have_class(re.compile(r"\bprimary\b"))
    expect(up).to_be_disabled()
    expect(down).to_be_disabled()
    expect(page.locator("#feedback-reasons input").first).to_be_disabled()
    shot(page, f"15-rated-laptop-{lang}")
    up.click(force=True)  # the other verdict on the same answer
    down.click(force=True)
    page.wait_for_timeout(1_000)
    assert len(feedback_rows(index_settings)) == len(before) + 1

    ask(page, QUESTIONS[lang][1])  # a new answer: a new verdict, nothing left of the last one
    wait_for_turn(page, 2)
    expect(note).to_have_text("")
    for button in (up, down):
        expect(button).to_be_enabled()
        expect(button).not_to_contain_text(words["chosen"])
        expect(button).not_to_have_class(re.compile(r"\bprimary\b"))
    expect(page.locator("#feedback-reasons input:checked")).to_have_count(0)
    up.click()
    expect(note).to_contain_text(words["saved"])
    assert feedback_rows(index_settings)[len(before) + 1 :] == [("up", [], "", "ui")]


CATTLE = {"zh": "旗里的肉牛保险一头保费多少？", "en": "What is the premium of the banner beef-cattle insurance per head?"}


@EVERY_SCREEN_AND_LANGUAGE
def test_a_card_reads_as_headings_document_page_and_id(open_page, index_settings, screen: str, lang: str) -> None:
    page = open_page(screen, lang)
    header = page.locator("#header").inner_text()
    built = datetime.fromtimestamp((index_settings.data_dir / "index.json").stat().st_mtime).date().isoformat()
    assert "《伊金霍洛旗投资政策指南》" in header and built in header
    assert ("指南版本" if lang == "zh" else "Guide edition") in header
    ask(page, CATTLE[lang])
    wait_for_turn(page, 1)
    card = page.locator("#citations details.cite-card", has=page.locator("code.clause-id", has_text="p3.s1.g4.d2.c1")).first
    summary = card.locator("summary")
    summary.click()
    expect(card).to_have_attribute("open", "")
    assert "第三篇 › 惠农惠牧政策 › 旗级政策 › 伊金霍洛旗地方性肉牛保险政策" in summary.inner_text()
    assert "p3.s1.g4.d2.c1" not in summary.inner_text()
    text = card.inner_text()
    assert "《伊金霍洛旗地方性肉牛保险政策》" in text and "2024-12-31" in text
    assert ("已到期" if lang == "zh" else "expired") in card.locator(".badge.expired").inner_text()
    assert ("第33页" if lang == "zh" else "p. 33") in card.locator(".page").inner_text()
    size = "e => parseFloat(getComputedStyle(e).fontSize)"
    assert card.locator("code.clause-id").evaluate(size) < summary.evaluate(size)  # the id small, not the title
    card.locator("button.copy-id").click()
    expect(card.locator("button.copy-id")).to_have_text("已复制" if lang == "zh" else "Copied")
    assert page.evaluate("() => navigator.clipboard.readText()") == "p3.s1.g4.d2.c1"
    shot(page, f"15-card-{screen}-{lang}")
    fits_the_screen(page, screen)


@EVERY_SCREEN_AND_LANGUAGE
def test_the_clause_browser_lists_marks_and_opens_clauses(open_page, screen: str, lang: str) -> None:
    page = open_page(screen, lang)
    page.get_by_role("tab", name=TABS[lang]["browse"]).click()
    page.get_by_role("button", name="打开" if lang == "zh" else "Open", exact=True).click()
    empty = "请输入条款编号或先搜索" if lang == "zh" else "Enter a clause id or search first"
    page.wait_for_function("t => document.querySelector('#clause-tree').innerText.includes(t)", arg=empty, timeout=20_000)
    assert "unknown clause id" not in page.locator("#clause-tree").inner_text()
    fill(page, "browse-query", "电价")
    page.locator("#browse-query textarea, #browse-query input").first.press("Enter")
    count = page.locator("#clause-tree .hit-count")
    count.wait_for(timeout=20_000)
    results = page.locator("#clause-tree details.cite-card")
    assert count.inner_text().startswith(f"找到 {results.count()} 条" if lang == "zh" else f"{results.count()} clauses")
    assert results.count() > 5 and page.locator("#clause-tree mark", has_text="电价").count() >= results.count() // 2
    power = page.locator("#clause-tree details.cite-card", has=page.locator("code.clause-id", has_text="p1.i2.i5.i3.c1"))
    power.locator("summary").click()
    expect(power).to_have_attribute("open", "")
    expect(power.locator(".clause-text")).to_contain_text("0.401")
    expect(power.locator(".clause-text")).to_be_visible()
    shot(page, f"16-browser-search-{screen}-{lang}")
    fits_the_screen(page, screen)


CALCULATOR_WORDS = {
    "zh": {"missing": "请填写：接入电压等级（可选：不满1千伏、1-10千伏、110千伏、220千伏以上）", "110kV": "110千伏",
           "not_a_number": "无法计算：“用电量”要填一个数字", "yuan": "元",
           "cattle": "伊金霍洛旗肉牛保险（参保对象缴纳部分） / Banner beef-cattle insurance: farmer's share"},
    "en": {"missing": "Please fill in: Supply voltage (one of: below 1 kV, 1–10 kV, 110 kV, 220 kV and above)", "110kV": "110 kV",
           "not_a_number": "Cannot calculate: “electricity used” takes a number", "yuan": "yuan",
           "cattle": "Banner beef-cattle insurance: farmer's share"},
}  # fmt: skip


@EVERY_SCREEN_AND_LANGUAGE
def test_calculators_start_clean_group_digits_explain_and_warn(open_page, screen: str, lang: str) -> None:
    words = CALCULATOR_WORDS[lang]
    page = open_page(screen, lang)
    page.get_by_role("tab", name=TABS[lang]["calc"]).click()
    run = page.locator("#calc-run")
    run.wait_for(timeout=20_000)
    # (the form is rendered after the page loads, and the button's handler with it: a click before it does nothing)
    page.locator("#calc-in-voltage input").wait_for(timeout=20_000)
    result = page.locator("#calc-result")
    run.click()
    expect(result).to_contain_text(words["missing"])
    choose(page, "calc-in-voltage", words["110kV"])
    fill(page, "calc-in-energy", "很多")
    run.click()
    expect(result).to_contain_text(words["not_a_number"])
    fill(page, "calc-in-energy", "1000万度")
    run.click()
    expect(result).to_contain_text(f"4,010,000 {words['yuan']}")
    shot(page, f"17-calculator-{screen}-{lang}")

    choose(page, "calc-pick", words["cattle"])
    page.locator("#calc-in-quantity").wait_for(timeout=20_000)
    expect(result).to_have_text("")  # the power cost is not left under the insurance form
    fill(page, "calc-in-quantity", "10000")
    run.click()
    expect(result).to_contain_text(f"700,000 {words['yuan']}")
    warning = result.locator(".calc-expired")
    expect(warning).to_contain_text("2024-12-31")
    assert warning.bounding_box()["y"] < result.locator(".calc-result").bounding_box()["y"]
    shot(page, f"18-calculator-expired-{screen}-{lang}")
    fits_the_screen(page, screen)


TICKET_WORDS = {
    "zh": {"log": "登记待办", "note": "待办备注（可选：来电人需要什么、回电联系方式）", "confirm": "确认登记",
           "saved": "已登记待办 #{n}", "done": "✓ 已登记待办 #{n}", "down": "有问题"},
    "en": {"log": "Log a ticket", "note": "Ticket note (optional: what the caller needs, a callback contact)",
           "confirm": "Confirm ticket", "saved": "Ticket #{n} logged", "done": "✓ Ticket #{n} logged", "down": "Wrong"},
}  # fmt: skip
UNCOVERED = {"zh": "深圳的工业电价是多少？", "en": "What is the industrial electricity price in Shenzhen?"}


def exported_tickets(index_settings, monkeypatch, capsys) -> list[dict]:
    """What `policy-assistant feedback export --kind ticket` prints for the page's store."""
    from assistant.cli import main

    monkeypatch.setattr("assistant.cli.get_settings", lambda: index_settings)
    capsys.readouterr()
    assert main(["feedback", "export", "--kind", "ticket"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def log_the_ticket(page, words: dict[str, str], note: str, screenshot: str | None = None) -> int:
    """Open the ticket form, type the note (a screenshot of the form), confirm; the ticket's number
    from the confirmation."""
    page.get_by_role("button", name=words["log"], exact=True).click()
    box = page.get_by_label(words["note"], exact=True)  # the note box is named by its label
    expect(box).to_be_visible()
    box.fill(note)
    if screenshot:
        shot(page, screenshot)
    page.get_by_role("button", name=words["confirm"], exact=True).click()
    confirmation = page.locator("#feedback-note")
    expect(confirmation).to_contain_text(words["saved"].split("#")[0].strip())
    number = int(re.search(r"#(\d+)", confirmation.inner_text()).group(1))
    expect(confirmation).to_contain_text(words["saved"].format(n=number))
    return number


@EVERY_SCREEN_AND_LANGUAGE
def test_a_refused_answer_is_logged_as_a_ticket_once(open_page, index_settings, monkeypatch, capsys, screen: str, lang: str) -> None:
    words = TICKET_WORDS[lang]
    page = open_page(screen, lang)
    button, form = page.locator("#log-ticket"), page.locator("#ticket-form")
    expect(button).to_be_hidden()  # nothing asked, nothing to log
    ask(page, UNCOVERED[lang])
    page.locator("#chatbot .refusal").wait_for(timeout=60_000)
    expect(button).to_be_visible()
    assert button.evaluate("e => e.tagName") == "BUTTON"
    if screen == "phone":
        assert button.bounding_box()["height"] >= 44
    expect(form).to_be_hidden()  # the note box opens on request

    note = f"来电人要深圳电价，回电13800000000 ({screen}-{lang})"
    number = log_the_ticket(page, words, note, screenshot=f"19-ticket-form-{screen}-{lang}")
    expect(button).to_have_text(words["done"].format(n=number))
    expect(button).to_be_disabled()
    expect(form).to_be_hidden()
    shot(page, f"19-ticket-logged-{screen}-{lang}")
    fits_the_screen(page, screen)
    button.click(force=True)  # the same answer again: nothing opens, nothing is stored
    page.wait_for_timeout(500)
    expect(form).to_be_hidden()

    tickets = [t for t in exported_tickets(index_settings, monkeypatch, capsys) if t["comment"] == note]
    assert [(t["id"], t["kind"], t["status"], t["rating"], t["source"]) for t in tickets] == [(number, "ticket", "open", "down", "ui")]
    assert tickets[0]["question"] == UNCOVERED[lang] and tickets[0]["answer"]


@pytest.mark.parametrize("screen, lang", [("laptop", "zh"), ("phone", "en")])
def test_an_answer_rated_down_can_be_logged_and_the_next_answer_starts_without_one(
    open_page, index_settings, monkeypatch, capsys, screen: str, lang: str
) -> None:
    words = TICKET_WORDS[lang]
    page = open_page(screen, lang)
    button = page.locator("#log-ticket")
    ask(page, QUESTIONS[lang][0])
    wait_for_turn(page, 1)
    expect(button).to_be_hidden()  # an answer nobody found wrong needs no ticket
    page.locator("#thumbs-down").click()
    expect(page.locator("#feedback-note")).to_contain_text(FEEDBACK_WORDS[lang]["saved"])
    expect(button).to_be_visible()
    note = f"rated-down-{screen}-{lang}"
    number = log_the_ticket(page, words, note)
    expect(button).to_have_text(words["done"].format(n=number))
    tickets = [t for t in exported_tickets(index_settings, monkeypatch, capsys) if t["comment"] == note]
    assert [(t["id"], t["question"]) for t in tickets] == [(number, QUESTIONS[lang][0])]
    assert tickets[0]["clause_ids"] and tickets[0]["clause_ids"][0] == "p1.i2.i5.i3.c1"

    ask(page, QUESTIONS[lang][1])  # a new answer: no ticket yet, and none offered until it is rated down
    wait_for_turn(page, 2)
    expect(button).to_be_hidden()
    page.locator("#thumbs-up").click()
    expect(page.locator("#feedback-note")).to_contain_text(FEEDBACK_WORDS[lang]["saved"])
    expect(button).to_be_hidden()
    fits_the_screen(page, screen)


# ---- finding 10: phone and accessibility ----

PHONE_CHECKS = """() => {
  const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const short = [];
  const targets = document.querySelectorAll(
    '#send, #clear, #thumbs-up, #thumbs-down, [role=tab], #lang-toggle label, #chatbot .icon-button, .gallery-item');
  for (const e of targets) {
    const height = e.getBoundingClientRect().height;
    if (visible(e) && height < 44) short.push([e.id || e.textContent.trim() || e.getAttribute('aria-label'), height]);
  }
  // a citation marker: a 44 px high hit area (its ::after); a tap 20 px above or below its middle lands on it
  for (const a of document.querySelectorAll('#chatbot a.cite-link')) {
    const r = a.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    const area = Math.max(r.height, parseFloat(getComputedStyle(a, '::after').height) || 0);
    const lands = at => { const el = document.elementFromPoint(x, at); return el && el.closest('a.cite-link') === a; };
    if (area < 44 || !lands(y - 20) || !lands(y + 20)) short.push(['cite-link ' + a.textContent, area]);
  }
  const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const box = document.querySelector('#question textarea');
  let bg = box;
  while (bg && rgb(getComputedStyle(bg).backgroundColor)[3] === 0) bg = bg.parentElement;
  const l1 = lum(rgb(getComputedStyle(box, '::placeholder').color));
  const l2 = lum(rgb(getComputedStyle(bg || document.body).backgroundColor));
  const contrast = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  const toggle = document.querySelector('#lang-toggle');
  const named = toggle.getAttribute('aria-label') || (toggle.querySelector('legend') || {}).textContent || '';
  const chat = document.querySelector('#chatbot');
  const bubble = [...chat.querySelectorAll('.message-row.bot-row, [data-testid="bot"]')].pop();
  const labels = [...chat.querySelectorAll('[aria-label]')].map(e => e.getAttribute('aria-label'));
  const title = document.querySelector('#header h2'), lang = toggle.getBoundingClientRect(), t = title.getBoundingClientRect();
  const overlaps = !(t.right <= lang.left || lang.right <= t.left || t.bottom <= lang.top || lang.bottom <= t.top);
  return {short, contrast, named, role: toggle.getAttribute('role'), text: bubble.textContent,
          links: bubble.querySelectorAll('a.cite-link').length, rawLabels: labels.filter(v => /<[a-z\\/]|&#?\\w+;/i.test(v)),
          heardAnswer: labels.some(v => v.includes('0.401') && v.includes('[1]')),
          titleClipped: title.scrollWidth > title.clientWidth || overlaps,
          titleLines: Math.round(t.height / parseFloat(getComputedStyle(title).lineHeight))};
}"""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_phone_page_is_readable_and_tappable(open_page, lang: str) -> None:
    page = open_page("phone", lang)
    ask(page, "110千伏工业电价多少？" if lang == "zh" else "What is the industrial electricity price at 110 kV?")
    wait_for_turn(page, 1)
    wait_for_answer_containing(page, "✓")
    shot(page, f"f10-phone-{lang}")
    # the markers inside the window (the full-page screenshot leaves the page scrolled): a tap is tried where it can land
    page.locator("#chatbot a.cite-link").first.evaluate("a => a.scrollIntoView({block: 'center'})")
    found = page.evaluate(PHONE_CHECKS)
    # a screen reader hears words and markers, the markers still links
    assert "<a " not in found["text"] and "cite-link" not in found["text"], found["text"]
    assert found["rawLabels"] == [], f"HTML in an accessible name: {found['rawLabels']}"
    assert found["heardAnswer"], "no message is named by the answer's words"
    assert "[1]" in found["text"] and found["links"] >= 1
    assert found["short"] == [], f"touch targets under 44 px: {found['short']}"
    assert found["contrast"] >= 4.5, f"placeholder contrast {found['contrast']:.2f}:1"
    assert found["named"] == "语言 / Language" and found["role"] == "radiogroup"
    expect(page.get_by_role("radiogroup", name="语言 / Language")).to_be_visible()
    assert not found["titleClipped"]
    assert found["titleLines"] <= 2, "the title squeezed beside the language switch"
    fits_the_screen(page, "phone")


# Where a block of the chat tab is on the page (document coordinates), if it is shown.
BLOCK_BOXES = """ids => Object.fromEntries(ids.map(id => {
  const e = document.getElementById(id), r = e && e.getBoundingClientRect();
  return [id, r && r.width > 0 && r.height > 0
    ? {top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right} : null];
}))"""
CHAT_BLOCK = ["chatbot", "question", "send"]  # the answer and the box to ask the next question
CITATION_PANEL = ["citations-title", "citations"]
OTHER_BLOCKS = ["draft-mode", "clear", "examples", "comment", "thumbs-up", "thumbs-down", "feedback-reasons", "feedback-note", "log-ticket"]


@EVERY_SCREEN_AND_LANGUAGE
def test_the_citations_follow_the_answer_on_a_phone_and_sit_beside_it_on_a_laptop(open_page, screen: str, lang: str) -> None:
    page = open_page(screen, lang)
    ask(page, QUESTIONS[lang][0])
    wait_for_turn(page, 1)
    wait_for_answer_containing(page, "✓")
    boxes = page.evaluate(BLOCK_BOXES, CHAT_BLOCK + CITATION_PANEL + OTHER_BLOCKS)
    shot(page, f"f10-citations-after-the-answer-{screen}-{lang}")
    chat = [boxes[i] for i in CHAT_BLOCK]
    panel = [boxes[i] for i in CITATION_PANEL]
    others = {i: boxes[i] for i in OTHER_BLOCKS if boxes[i]}
    assert None not in chat + panel and {"examples", "thumbs-up", "draft-mode"} <= others.keys(), boxes
    chat_bottom = max(b["bottom"] for b in chat)
    panel_top, panel_bottom = min(b["top"] for b in panel), max(b["bottom"] for b in panel)
    panel_left = min(b["left"] for b in panel)
    answer = boxes["chatbot"]
    if screen == "phone":
        # the cited clauses right under the answer and its question box, in its column; nothing in between
        assert chat_bottom <= panel_top + 1, f"the citation panel ({panel_top:.0f}) starts above the chat's end ({chat_bottom:.0f})"
        between = {i: round(b["top"]) for i, b in others.items() if b["top"] < panel_bottom - 1}
        assert not between, f"between the answer and its citations (panel {panel_top:.0f}–{panel_bottom:.0f}): {between}"
        assert abs(panel_left - answer["left"]) < 30
    else:
        # unchanged on a laptop: the panel beside the chat from its top, everything else under the question box
        assert panel_left >= answer["right"], "the citation panel is not beside the chat"
        assert abs(panel_top - answer["top"]) < 30
        for i, b in others.items():
            assert b["right"] <= panel_left and b["top"] >= chat_bottom - 1, f"{i} is not under the question box: {b}"
    fits_the_screen(page, screen)


# ---- finding 3: the English page ----

# The page's own words (tabs, labels, buttons, options, placeholders, examples, card titles) as shown,
# outside what the assistant answered and the guide's own text.
OWN_WORDS = """() => {
  const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const quoted = '#chatbot, #clause-tree .clause-text, #clause-tree .hit-preview, .card-path, .tree-zh, .card-meta, #calc-result ol, '
    + '#draft, #lang-toggle';
  const words = [];
  for (const e of document.querySelectorAll(
      'button, [role=tab], [role=option], label, [data-testid=block-info], .card-title, .hit-count, textarea, input[type=text]')) {
    if (!visible(e) || e.closest(quoted)) continue;
    const text = (e.matches('textarea, input') ? e.placeholder : e.innerText || '').trim();
    if (text) words.push(text);
  }
  return words;
}"""
CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_MESSAGES = re.compile(r"not a number|missing input|unknown value|must be at least|[a-z_]+: ")
# a question asked from the examples, and a figure of its answer converted for the page's reader beside the guide's words
EXAMPLE_ASKED = {
    "zh": ("110千伏工业电价多少？", "0.401 元/度", "110KV：0.401 元/度"),
    "en": ("What is the industrial land price in the Airport Logistics Park?", "82,700 yuan/mu", "8.27 万元/亩"),
}
# a question in the other language: its answer is in its own language, the page's notes in the page's
OTHER_QUESTION = {
    "zh": ("What is the industrial electricity price at 110 kV?", "0.401 yuan/kWh", "✓ 已逐条核验"),
    "en": ("110千伏工业电价多少？", "工业用电：110KV：0.401 元/度", "✓ Verified"),
}
PAGE_WORDS = {
    "zh": {"title": "伊金霍洛旗投资政策助手", "card": "第一篇 › 投资要素成本 › 电价 › 工业用电", "voltage": "接入电压等级",
           "options": ["不满1千伏", "1-10千伏", "110千伏", "220千伏以上"], "run": "计算",
           "refused": "无法计算：“用电量”要填一个数字，可带单位：度、千瓦时、kwh、kilowatt-hours、万度、万千瓦时、亿度（填的是“一千万度”）",
           "result": "401万元（4,010,000 元）", "part": "第一篇 伊金霍洛旗基本情况", "other": "English"},
    "en": {"title": "Ejin Horo investment-policy assistant", "card": "Part 1 › Costs of doing business › Industrial land prices",
           "voltage": "Supply voltage", "options": ["below 1 kV", "1–10 kV", "110 kV", "220 kV and above"], "run": "Calculate",
           "refused": "Cannot calculate: “electricity used” takes a number, with or without one of the units "
                      "度, 千瓦时, kwh, kilowatt-hours, 万度, 万千瓦时, 亿度 (given: “一千万度”)",
           "result": "4,010,000 yuan (401万元)", "part": "Part 1 · Ejin Horo Banner at a glance", "other": "中文"},
}  # fmt: skip


def own_words_are_in(page, lang: str) -> None:
    """The page's own words are English on the English page (the language switch names 中文 in its own
    words); on the Chinese page none is a message of the program's own English. (A calculator's
    refusal and result, which quote what was typed and the guide's units, are checked word for word.)"""
    words = page.evaluate(OWN_WORDS)
    if lang == "en":
        chinese = [w for w in words if CJK.search(w.replace("中文", ""))]
        assert chinese == [], f"Chinese on the English page: {chinese}"
    else:
        english = [w for w in words if ENGLISH_MESSAGES.search(w)]
        assert english == [], f"English messages on the Chinese page: {english}"


@EVERY_SCREEN_AND_LANGUAGE
def test_the_page_speaks_the_language_chosen_and_answers_in_the_questions(open_page, screen: str, lang: str) -> None:
    words = PAGE_WORDS[lang]
    page = open_page(screen, lang)
    expect(page).to_have_title(words["title"])
    assert page.evaluate("() => document.documentElement.lang") == ("en" if lang == "en" else "zh-CN")
    own_words_are_in(page, lang)
    shot(page, f"f3-start-{screen}-{lang}")

    # an example in the page's language asks its question; the answer's direct line converts the
    # guide's figure for the reader, the guide's words quoted beside it; the card is titled in the page's language
    asked, converted, evidence = EXAMPLE_ASKED[lang]
    page.get_by_role("button", name=asked[:40]).click()
    expect(page.locator("#question textarea")).to_have_value(asked)
    page.locator("#send").click()
    wait_for_turn(page, 1)
    wait_for_answer_containing(page, converted)
    assert evidence in page.locator("#chatbot").inner_text()
    expect(page.locator("#cite-1-1 .card-title")).to_have_text(words["card"])
    own_words_are_in(page, lang)
    shot(page, f"f3-example-answered-{screen}-{lang}")

    # a question in the other language is answered in its language; the page's notes stay in the page's
    question, answered, note = OTHER_QUESTION[lang]
    ask(page, question)
    wait_for_turn(page, 2)
    wait_for_answer_containing(page, answered)
    expect(last_answer(page)).to_contain_text(note)
    shot(page, f"f3-other-language-{screen}-{lang}")

    # the calculator: labels, options, its button, its refusal and its result in the page's language
    page.get_by_role("tab", name=TABS[lang]["calc"]).click()
    run = page.locator("#calc-run")
    expect(run).to_have_text(words["run"])
    expect(page.locator("#calc-in-voltage")).to_contain_text(words["voltage"])
    page.locator("#calc-in-voltage input").click()
    assert page.get_by_role("option").all_inner_texts() == words["options"]
    page.get_by_role("option", name=words["options"][2], exact=True).click()
    fill(page, "calc-in-energy", "一千万度")
    run.click()
    expect(page.locator("#calc-result .error")).to_have_text(f"⚠️ {words['refused']}")
    own_words_are_in(page, lang)
    shot(page, f"f3-calculator-refused-{screen}-{lang}")
    fill(page, "calc-in-energy", "1000万度")
    run.click()
    expect(page.locator("#calc-result .big")).to_have_text(words["result"])
    own_words_are_in(page, lang)
    shot(page, f"f3-calculator-{screen}-{lang}")

    # the clause browser's tree in the page's language
    page.get_by_role("tab", name=TABS[lang]["browse"]).click()
    expect(page.locator("#clause-tree summary").first).to_have_text(re.compile("^" + re.escape(words["part"])))
    own_words_are_in(page, lang)
    shot(page, f"f3-browser-{screen}-{lang}")
    fits_the_screen(page, screen)

    # the other language: the page follows the toggle, what was typed and shown is kept and shown in it
    other = "en" if lang == "zh" else "zh"
    page.get_by_text(words["other"], exact=True).click()
    expect(page.locator("#clause-tree summary").first).to_have_text(re.compile("^" + re.escape(PAGE_WORDS[other]["part"])))
    page.get_by_role("tab", name=TABS[other]["calc"]).click()
    expect(page.locator("#calc-result .big")).to_have_text(PAGE_WORDS[other]["result"])
    expect(page.locator("#calc-in-energy textarea, #calc-in-energy input").first).to_have_value("1000万度")
    expect(page.locator("#calc-in-voltage input")).to_have_value(PAGE_WORDS[other]["options"][2])
    own_words_are_in(page, other)
    shot(page, f"f3-switched-{screen}-{lang}-to-{other}")
    fits_the_screen(page, screen)


# ---- finding 6: the hotline desk ----

HOTLINE = {
    "zh": {"question": "我养了50头肉牛，保险怎么算？",
           "figure": "经查，计算结果：3500元（参保肉牛头数 50头 × 70元/头 = 3500元）", "copy": "复制草稿", "copied": "✓ 已复制",
           "said": "草稿已复制到剪贴板。"},
    "en": {"question": "I raise 50 beef cattle. How much is the insurance premium?",
           "figure": "经测算：参保肉牛头数 50头 × 70元/头 = 3500元",
           "copy": "Copy draft", "copied": "✓ Copied", "said": "The draft was copied to the clipboard."},
}  # fmt: skip


@EVERY_SCREEN_AND_LANGUAGE
def test_the_hotline_desk_reads_out_beside_the_answer_and_copies_in_one_click(open_page, screen: str, lang: str) -> None:
    words = HOTLINE[lang]
    page = open_page(screen, lang)
    page.locator("#draft-mode input").check()
    ask(page, words["question"])
    wait_for_turn(page, 1)
    text = page.locator("#draft .draft-text")
    expect(text).to_contain_text("您好！", timeout=30_000)
    draft = text.text_content()

    # the part read aloud, short: the figure first, then the condition, the expiry caveat, whom to call
    said, written = draft.split("以下为书面依据，不必朗读。")
    body = said.split("答复如下：")[1].strip()
    assert body.startswith(words["figure"]), body[:80]
    assert speaking_seconds(said) <= SPOKEN_SECONDS, f"{speaking_seconds(said):.1f} s"
    figure, condition = body.index("3500元"), body.index("适用条件：保障对象为从事肉牛养殖的农牧户、合作社、企业等新农主体")
    assert figure < condition < body.index("执行期已于2024-12-31结束") < body.index("请咨询伊金霍洛旗相关主管部门")
    assert body.splitlines()[-1] == "请咨询伊金霍洛旗相关主管部门。" and "原文" not in body
    # then the written part: the document, its page and the exact quote, the beef-cattle table told as a sentence
    assert written.index("政策依据：") < written.index("《伊金霍洛旗地方性肉牛保险政策》（见《伊金霍洛旗投资政策指南》第33页）")
    assert "原文：“地方财政肉牛养殖保险试点期限暂定为 2022 年至 2024 年，共 3年，保障对象为" in written
    assert "肉牛养殖保险：保险期限12个月，单位保额10000元/头，拟定费率3.5%，单位保费350元/头" in written
    assert "品种及风险" not in draft and "保险期限 单位保额" not in draft

    # beside the answer: right under the chat, above the question box and the examples, whole (no scroll box)
    chat, desk = page.locator("#chatbot").bounding_box(), page.locator("#draft .draft-desk").bounding_box()
    examples, asked = page.locator("#examples").bounding_box(), page.locator("#question").bounding_box()
    assert chat["y"] + chat["height"] <= desk["y"] + 1 and desk["y"] + desk["height"] <= asked["y"] + 1 < examples["y"]
    assert abs(desk["x"] - chat["x"]) < 30, "the draft is not in the answer's column"
    assert page.locator("#draft textarea").count() == 0
    assert page.evaluate(
        "() => { const t = document.querySelector('#draft .draft-text'); return t.scrollHeight <= t.clientHeight + 1"
        " && getComputedStyle(t).overflowY !== 'scroll'; }"
    ), "the draft is clipped in a scroll box"
    page.locator("#draft .draft-desk").scroll_into_view_if_needed()
    shot(page, f"f6-hotline-desk-{screen}-{lang}")

    # one click copies the whole draft; the button says so, and a live status announces it, then the button returns
    button = page.locator("#draft button.copy-draft")
    expect(button).to_have_text(words["copy"])
    assert page.locator("#draft [role=status][aria-live=polite]").count() == 1
    button.click()
    expect(button).to_have_text(words["copied"])
    expect(page.locator("#draft .draft-status")).to_have_text(words["said"])
    assert page.evaluate("() => navigator.clipboard.readText()") == draft
    shot(page, f"f6-hotline-copied-{screen}-{lang}")
    expect(button).to_have_text(words["copy"], timeout=10_000)
    expect(page.locator("#draft .draft-status")).to_have_text("")
    fits_the_screen(page, screen)


REASK = {
    "zh": {"first": "110千伏工业电价多少？", "second": "旗里的肉牛保险一头保费多少？", "edited": "1-10千伏工业电价多少？",
           "follow_up": "那110千伏呢？", "verified": "✓ 已逐条核验"},
    "en": {"first": "What is the industrial electricity price at 110 kV?", "second": "How much is the grazing-ban subsidy per mu?",
           "edited": "What is the industrial electricity price at 1-10 kV?", "follow_up": "And at 110 kV?", "verified": "✓ Verified"},
}  # fmt: skip


def mark_stale(page, selector: str) -> None:
    """Mark what is shown now, so a fresh answer's element is told from it."""
    page.locator(selector).first.evaluate("el => { el.dataset.stale = '1'; }")


@EVERY_SCREEN_AND_LANGUAGE
def test_a_turn_is_asked_again_with_its_own_fresh_citations(open_page, screen: str, lang: str) -> None:
    words = REASK[lang]
    page = open_page(screen, lang)
    for number, question in enumerate([words["first"], words["second"]], 1):
        ask(page, question)
        wait_for_turn(page, number)
    questions = page.locator("#chatbot button[aria-label='Edit']")  # one per question asked
    expect(questions).to_have_count(2)
    page.locator("#thumbs-up").click()
    expect(page.locator("#thumbs-up")).to_be_disabled()

    # the latest question asked again: a fresh answer in the same turn, with fresh cards, rated afresh; nothing doubled
    mark_stale(page, "#cite-2-1")
    page.locator("#chatbot button[aria-label='Retry']").click()
    page.locator("#cite-2-1:not([data-stale])").wait_for(timeout=60_000)
    expect(page.locator("#thumbs-up")).to_be_enabled()
    expect(questions).to_have_count(2)
    assert [s.get_attribute("id") for s in page.locator("#citations .turn-cards").all()] == ["turn-2", "turn-1"]
    expect(page.locator("#citations [id^='cite-2-']")).to_have_count(page.locator("#citations #turn-2 .cite-card").count())
    page.locator("#chatbot a.cite-link[href='#cite-2-1']").last.click()
    expect(page.locator("#cite-2-1")).to_have_attribute("open", "")
    shot(page, f"16-retried-{screen}-{lang}")

    # the first question edited and asked again: it and everything after it replaced by the new answer
    questions.first.click()
    page.locator("#chatbot textarea").fill(words["edited"])
    mark_stale(page, "#cite-1-1")
    page.locator("#chatbot button[aria-label='Submit']").click()
    page.locator("#cite-1-1:not([data-stale])").wait_for(timeout=60_000)
    expect(page.locator("#cite-1-1 mark")).to_contain_text("0.477")
    expect(page.locator("#citations .turn-cards")).to_have_count(1)
    expect(questions).to_have_count(1)
    chat = page.locator("#chatbot").inner_text()
    assert "0.477" in chat and words["second"] not in chat and chat.count(words["verified"]) == 1
    shot(page, f"16-edited-{screen}-{lang}")

    # the follow-up history is the new conversation's: "what about 110 kV" follows the edited question
    ask(page, words["follow_up"])
    wait_for_turn(page, 2)
    expect(page.locator("#cite-2-1 mark")).to_contain_text("0.401")
    assert [s.get_attribute("id") for s in page.locator("#citations .turn-cards").all()] == ["turn-2", "turn-1"]
    fits_the_screen(page, screen)


TOPIC_WORDS = {
    "zh": {"tax": "税收", "all": "全部", "search": "应缴",
           "payable": "西部大开发 15% 税率下应缴企业所得税 / Corporate income tax payable at the Western Development 15% rate",
           "others": ["西部大开发 15% 企业所得税优惠少缴税额 / Western Development 15% corporate income tax saving",
                      "科技型中小企业研发费用加计扣除少缴税额 / Tax saved by the R&D super-deduction of tech SMEs"],
           "result": "1,500,000 元"},
    "en": {"tax": "Tax", "all": "All", "search": "payable",
           "payable": "Corporate income tax payable at the Western Development 15% rate",
           "others": ["Western Development 15% corporate income tax saving", "Tax saved by the R&D super-deduction of tech SMEs"],
           "result": "1,500,000 yuan"},
}  # fmt: skip


@EVERY_SCREEN_AND_LANGUAGE
def test_calculators_are_grouped_by_topic_and_found_by_typing(open_page, screen: str, lang: str) -> None:
    words, power = TOPIC_WORDS[lang], CALCULATOR_WORDS[lang]
    page = open_page(screen, lang)
    page.get_by_role("tab", name=TABS[lang]["calc"]).click()
    run = page.locator("#calc-run")
    run.wait_for(timeout=20_000)
    result = page.locator("#calc-result")
    # a result of the first calculator, shown under it
    choose(page, "calc-in-voltage", power["110kV"])
    fill(page, "calc-in-energy", "1000万度")
    run.click()
    expect(result).to_contain_text(f"4,010,000 {power['yuan']}")

    # a topic: only its calculators offered, the result of the one before gone
    page.locator("#calc-topic").get_by_text(words["tax"], exact=True).click()
    expect(result).to_have_text("")
    page.locator("#calc-in-income").wait_for(timeout=20_000)  # the topic's first calculator, its form drawn
    for field in ("income", "standard_rate"):  # nothing typed into the power form is left in this one
        expect(page.locator(f"#calc-in-{field} textarea, #calc-in-{field} input").first).to_have_value("")
    page.locator("#calc-pick input").click()
    options = page.get_by_role("option")
    expect(options).to_have_count(3)
    offered = [text.replace("✓", "").strip() for text in options.all_inner_texts()]  # the chosen one is ticked
    assert sorted(offered) == sorted([words["payable"], *words["others"]])
    shot(page, f"30-calculator-topic-{screen}-{lang}")

    # typing finds one
    box = page.locator("#calc-pick input")
    box.fill(words["search"])  # as an input method leaves it (Chinese is composed, not typed key by key) …
    box.press("End")  # … and a key let go, which is when the dropdown filters
    expect(options).to_have_count(1)
    expect(options.first).to_contain_text(words["payable"])
    shot(page, f"31-calculator-typed-{screen}-{lang}")
    options.first.click()
    page.wait_for_function("([id, v]) => document.querySelector(`#${id} input`).value === v", arg=["calc-pick", words["payable"]],
                           timeout=10_000)
    page.locator("#calc-in-base").wait_for(timeout=20_000)
    fill(page, "calc-in-base", "1000万元")
    run.click()
    expect(result).to_contain_text(words["result"])
    shot(page, f"32-calculator-topic-result-{screen}-{lang}")
    fits_the_screen(page, screen)

    # back to every calculator: the whole catalogue offered again
    page.locator("#calc-topic").get_by_text(words["all"], exact=True).click()
    expect(result).to_have_text("")
    page.locator("#calc-pick input").click()
    assert page.get_by_role("option").count() > 80


# ---- the chat page as a workspace: an automated accessibility check (axe-core) ----

def serious_axe_violations(page) -> list[str]:
    """What axe-core (bundled with axe-playwright-python, no network) finds serious or critical on the page as
    shown: each rule's id, impact, its first node's target and what is wrong there."""
    said = []
    for violation in Axe().run(page).response["violations"]:
        if violation["impact"] in ("serious", "critical"):
            first = violation["nodes"][0]
            why = "; ".join(check["message"] for check in first.get("any", []) + first.get("all", []))
            said.append(f"{violation['id']} ({violation['impact']}) at {first['target']} (+{len(violation['nodes']) - 1} more): {why}")
    return said


@EVERY_SCREEN_AND_LANGUAGE
def test_no_serious_accessibility_violations_on_any_tab(open_page, screen: str, lang: str) -> None:
    page = open_page(screen, lang)
    ask(page, QUESTIONS[lang][0])
    wait_for_turn(page, 1)
    wait_for_answer_containing(page, "✓")  # the stream has ended with verification's verdict
    found = {"chat": serious_axe_violations(page)}

    page.get_by_role("tab", name=TABS[lang]["calc"]).click()
    page.locator("#calc-run").wait_for(timeout=20_000)
    page.locator("#calc-in-voltage input").wait_for(timeout=20_000)
    found["calculators"] = serious_axe_violations(page)

    page.get_by_role("tab", name=TABS[lang]["browse"]).click()
    page.locator("#clause-tree summary").first.wait_for(timeout=20_000)
    found["clause browser"] = serious_axe_violations(page)

    shot(page, f"a11y-browser-{screen}-{lang}")
    failures = [f"{tab}: {said}" for tab, violations in found.items() for said in violations]
    assert failures == [], "serious or critical axe violations:\n" + "\n".join(failures)
