"""The chat in a real browser: headless Debian Chromium driven by Playwright.

Types questions, waits for the streamed answers, checks the notice banner, the
citation cards and their links, that a ``<script>`` question stays text, that
an outline click asks about its section, and that a bad upload is refused.
Saves ``test-artifacts/chat.png`` (and ``docs/screenshot.png`` with QA_SCREENSHOT=1).
"""
from __future__ import annotations

import os
import shutil

import pytest

from ui_support import ROOT, app, assistant, assistant_info, browser  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTICE_QUESTION = "新增了多少张医院床位?"
XSS_QUESTION = "<script>alert(1)</script><img src=x onerror=alert(2)>"


@pytest.fixture()
def page(browser, app):  # noqa: F811
    """A fresh page on the app, recording any JavaScript dialog (there must be none)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.goto(app.local_url)
    pg.wait_for_selector("#qa-input textarea", timeout=30_000)
    yield pg
    context.close()


def ask(pg, question: str, expected_tail: str, timeout: float = 60_000) -> None:
    """Type ``question``, press Enter, wait until the last bot message ends with the answer's last words."""
    n_before = pg.locator('#qa-chat [data-testid="bot"]').count()
    box = pg.locator("#qa-input textarea")
    box.fill(question)
    box.press("Enter")
    pg.wait_for_function(
        """([n, tail]) => {
            const bots = document.querySelectorAll('#qa-chat [data-testid="bot"]');
            return bots.length > n && bots[bots.length - 1].innerText.replace(/\\s+/g, '').includes(tail);
        }""", arg=[n_before, expected_tail], timeout=timeout)


def tail_of(answer_text: str) -> str:
    """The last words of an answer as the browser shows them (markers and spaces dropped)."""
    import re

    plain = re.sub(r"\s+", "", re.sub(r"\*\*", "", answer_text))
    return plain[-12:]


def test_streamed_answer_with_notice_cards_and_screenshot(page, assistant):  # noqa: F811
    expected = assistant.ask(NOTICE_QUESTION, [])
    assert expected.notices, "the question chosen for the banner must carry a notice"
    ask(page, NOTICE_QUESTION, tail_of(expected.answer))
    bot = page.locator('#qa-chat [data-testid="bot"]').last
    banner = bot.locator(".qa-notice").first
    banner.wait_for(state="visible")
    assert expected.notices[0].message in banner.inner_text()
    # One card per citation, anchored, with the quote highlighted; [n] links to the card.
    cards = page.locator("#qa-evidence .qa-card")
    assert cards.count() == len(expected.citations)
    for c in expected.citations:
        card = page.locator(f"#qa-evidence #cite-{c.id}")
        assert card.is_visible()
        assert c.passage_id in card.inner_text()
        assert card.locator("mark").count() == 1
    if expected.citations:
        link = bot.locator('a[href="#cite-1"]').first
        assert link.inner_text().strip() == "[1]"
        link.click()
        assert page.url.endswith("#cite-1")
        assert page.locator("#cite-1").is_visible()
    page.wait_for_timeout(400)
    out = ROOT / "test-artifacts"
    out.mkdir(exist_ok=True)
    page.screenshot(path=str(out / "chat.png"), full_page=True)
    if os.environ.get("QA_SCREENSHOT") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(out / "chat.png", ROOT / "docs" / "screenshot.png")
    assert not page.dialogs


def test_script_question_is_shown_as_text(page, assistant):  # noqa: F811
    expected = assistant.ask(XSS_QUESTION, [])
    ask(page, XSS_QUESTION, tail_of(expected.answer))
    user = page.locator('#qa-chat [data-testid="user"]').last
    assert "<script>alert(1)</script>" in user.inner_text()
    assert "<img src=x onerror=alert(2)>" in user.inner_text()
    assert user.locator("script, img").count() == 0
    assert page.locator('#qa-chat [data-testid="bot"]').last.locator("script, img").count() == 0
    page.wait_for_timeout(500)
    assert page.dialogs == []


def test_outline_click_asks_about_the_section(page, assistant):  # noqa: F811
    row = page.locator("#qa-outline").get_by_text("加大政策支持力度", exact=False).first
    heading = next(n["title"] for n in assistant.outline() if "加大政策支持力度" in n["title"])
    expected = assistant.ask(f"{heading}讲了什么?", [])
    n_before = page.locator('#qa-chat [data-testid="bot"]').count()
    row.click()
    page.wait_for_function(
        """([n, tail]) => {
            const bots = document.querySelectorAll('#qa-chat [data-testid="bot"]');
            return bots.length > n && bots[bots.length - 1].innerText.replace(/\\s+/g, '').includes(tail);
        }""", arg=[n_before, tail_of(expected.answer)], timeout=60_000)
    assert heading in page.locator('#qa-chat [data-testid="user"]').last.inner_text()
    if expected.notices:
        assert page.locator('#qa-chat [data-testid="bot"]').last.locator(".qa-notice").count() >= 1


def test_bad_upload_is_refused_with_a_message(page, assistant, tmp_path):  # noqa: F811
    before = assistant.outline()
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02binary\xff\xfe" * 50)
    page.get_by_text("添加讲话稿").first.click()
    page.locator("#qa-upload input[type=file]").set_input_files(str(bad))
    page.wait_for_selector(".qa-upload-error", timeout=30_000)
    assert "无法添加" in page.locator(".qa-upload-error").inner_text()
    assert assistant.outline() == before
    page.wait_for_timeout(300)  # the box is emptied: no download link to the refused file stays
    assert page.locator("#qa-upload a").count() == 0 and "broken.txt" not in page.locator("#qa-upload").inner_text()


def test_example_click_asks_and_clear_empties_the_chat(page, assistant):  # noqa: F811
    question = "下一阶段的重点任务有哪些?"
    expected = assistant.ask(question, [])
    page.locator("#qa-examples").get_by_text(question).first.click()
    page.wait_for_function(
        """(tail) => {
            const bots = document.querySelectorAll('#qa-chat [data-testid="bot"]');
            return bots.length > 0 && bots[bots.length - 1].innerText.replace(/\\s+/g, '').includes(tail);
        }""", arg=tail_of(expected.answer), timeout=60_000)
    assert page.locator("#qa-evidence .qa-card").count() >= 1
    page.locator("#qa-clear").click()
    page.wait_for_function("""() => document.querySelectorAll('#qa-chat [data-testid="bot"]').length === 0""",
                           timeout=10_000)
    assert page.locator("#qa-evidence .qa-card").count() == 0
    assert page.locator("#qa-evidence .qa-empty").count() == 1
