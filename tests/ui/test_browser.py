"""Browser tests: Playwright drives Debian's Chromium (headless) against a real
`policy-assistant ui` process. Screenshots of every step go to tests/artifacts/."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

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
        "() => { const t = document.querySelector('#draft textarea'); return t && t.value.startsWith('您好'); }", timeout=60_000
    )
    assert "伊金霍洛旗地方性肉牛保险政策" in page.locator("#draft textarea").input_value()
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
