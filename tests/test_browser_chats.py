"""Chats that last, in a real browser (issue 10, features 3-6): conversations kept in the
browser across reloads, Markdown export, 👍/👎 feedback to a local file, stop / retry / edit
and suggested follow-ups.

The app here streams slowly (0.15 s a step) so that "stop" has something to stop. Each test
runs in a desktop light and a phone dark view and saves screenshots under
``test-artifacts/browser``.
"""
from __future__ import annotations

import json

import pytest

from ui import plain
from ui.feedback import feedback_path, read_feedback
from ui.library import titles
from ui_support import BOT, TWO_VIEWS, USER, ask, assistant, assistant_info, browser, flat, free_port, open_page, shot  # noqa: F401,E501

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LIST_Q = "当前我市产城融合发展存在哪些突出问题?"
NOTICE_Q = "新增了多少张医院床位?"
SECOND = "第二项具体讲了什么?"
THIRD = "第三项具体讲了什么?"


@pytest.fixture(scope="module")
def chat_app(assistant):  # noqa: F811
    from ui.app import launch

    demo = launch(assistant, port=free_port(), block=False, quiet=True, stream_delay=0.15)
    try:
        yield demo
    finally:
        demo.close()


@pytest.fixture(scope="module")
def url(chat_app):
    return chat_app.local_url


def shows(bot, expected) -> bool:
    """Whether a bot message shows exactly the text of ``expected``."""
    return flat(bot.locator(".qa-answer").inner_text()) == flat(plain.answer_text(expected.answer))


def bots(page) -> int:
    return page.locator(BOT).count()


# -- 3. conversations survive a reload ---------------------------------------------------------------
@pytest.mark.parametrize("view", TWO_VIEWS)
def test_conversations_survive_a_reload_and_are_listed(browser, url, assistant, view):  # noqa: F811
    page = open_page(browser, url, view)
    ask(page, LIST_Q)
    ask(page, SECOND)
    page.reload()
    page.wait_for_function("() => document.querySelectorAll('#qa-chat [data-testid=\"bot\"] .qa-actions').length === 2",
                           timeout=30_000)
    assert LIST_Q in page.locator(USER).first.inner_text()
    if view.startswith("desktop"):  # the panel shows the last answer again
        page.wait_for_function("(q) => document.querySelector('#qa-evidence .qa-evidence-q')?.innerText === '问:' + q",
                               arg=SECOND, timeout=10_000)
    expected = assistant.ask(THIRD, [LIST_Q, SECOND])  # the follow-up leans on the restored chat
    assert shows(ask(page, THIRD), expected)
    page.get_by_text("历史对话").first.click()
    items = page.locator("#qa-chatlist .qa-chat-item")
    items.first.wait_for(timeout=10_000)
    assert items.count() == 1 and LIST_Q[:20] in items.first.inner_text() and "3 问" in items.first.inner_text()
    page.locator("#qa-new").click()
    page.wait_for_function("() => !document.querySelector('#qa-chat [data-testid=\"bot\"]')")
    ask(page, NOTICE_Q)
    page.wait_for_function("() => document.querySelectorAll('#qa-chatlist .qa-chat-item').length === 2")
    assert NOTICE_Q[:10] in page.locator("#qa-chatlist .qa-chat-current").inner_text()
    shot(page, "chats", view)
    page.locator("#qa-chatlist .qa-chat-item").filter(has_text=LIST_Q[:20]).locator(".qa-chat-open").click()
    page.wait_for_function("() => document.querySelectorAll('#qa-chat [data-testid=\"bot\"]').length === 3",
                           timeout=20_000)
    page.locator("#qa-chatlist .qa-chat-item").filter(has_text=NOTICE_Q[:10]).locator(".qa-chat-del").click()
    page.wait_for_function("() => document.querySelectorAll('#qa-chatlist .qa-chat-item').length === 1")
    page.reload()
    page.wait_for_function("() => document.querySelectorAll('#qa-chat [data-testid=\"bot\"]').length === 3",
                           timeout=30_000)
    stored = json.loads(page.evaluate("() => localStorage.getItem('qa-chats-v1')"))
    assert len(stored["chats"]) == 1 and stored["chats"][0]["n"] == 3  # kept in the browser only
    kept = assistant.settings.upload_dir.parent
    assert not [p for p in kept.rglob("*") if p.is_file() and "chat" in p.name]  # nothing on the server
    assert not page.errors


# -- 4. export as Markdown ----------------------------------------------------------------------------
@pytest.mark.parametrize("view", TWO_VIEWS)
def test_export_an_answer_and_the_conversation_as_markdown(browser, url, assistant, view):  # noqa: F811
    page = open_page(browser, url, view)
    expected = assistant.ask(NOTICE_Q, [])
    bot = ask(page, NOTICE_Q)
    with page.expect_download() as download:
        bot.locator(".qa-act-md").click()
    path = download.value.path()
    assert download.value.suggested_filename.endswith(".md")
    text = open(path, encoding="utf-8").read()
    assert text == plain.markdown(expected, titles(assistant.documents()))
    assert text.startswith(f"## 问:{plain.md_escape(NOTICE_Q)}") and "> ⚠ " in text and "**来源**" in text
    ask(page, LIST_Q)
    with page.expect_download() as download:
        page.locator("#qa-export-all").click()
    whole = open(download.value.path(), encoding="utf-8").read()
    assert whole.startswith("# 讲话问答:对话记录") and whole.count("## 问:") == 2 and text.strip() in whole
    assert "<div" not in whole and "qa-" not in whole
    shot(page, "export", view)


# -- 5. feedback --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("view", TWO_VIEWS)
def test_feedback_is_appended_to_a_local_file_for_review(browser, url, assistant, view):  # noqa: F811
    from qa.eval import load_questions

    path = feedback_path(assistant.settings)
    before = len(read_feedback(path)) if path.exists() else 0
    page = open_page(browser, url, view)
    ask(page, LIST_Q)
    bot = ask(page, NOTICE_Q)
    bot.locator(".qa-act-down").click()
    page.wait_for_selector("#qa-fb-row", state="visible", timeout=10_000)
    assert "已记下你的评价" in page.locator("#qa-hint").inner_text()
    assert "qa-on" in bot.locator(".qa-act-down").get_attribute("class")
    page.locator("#qa-fb-text textarea").fill("数字被略去了,能否给出全文的出处?")
    page.locator("#qa-fb-send").click()
    page.wait_for_function("() => /谢谢/.test(document.querySelector('#qa-hint').innerText)", timeout=10_000)
    shot(page, "feedback", view)
    page.locator(BOT).first.locator(".qa-act-up").click()
    page.wait_for_function("() => /已记下/.test(document.querySelector('#qa-hint').innerText)", timeout=10_000)
    page.wait_for_timeout(300)
    rows = read_feedback(path)
    assert len(rows) == before + 2
    down = next(r for r in rows if r["question"] == NOTICE_Q and r["rating"] == "down" and r["comment"])
    assert down["comment"] == "数字被略去了,能否给出全文的出处?" and down["history"] == [LIST_Q]
    assert down["citations"] and "blank" in down["notices"]
    up = rows[-1]
    assert up["question"] == LIST_Q and up["rating"] == "up" and up["answerable"] is True
    assert {i.question for i in load_questions(path)} >= {LIST_Q, NOTICE_Q}  # qa eval reads it


# -- 6. stop, retry, edit, follow-ups ----------------------------------------------------------------------------
@pytest.mark.parametrize("view", TWO_VIEWS)
def test_stop_retry_edit_and_suggested_follow_ups(browser, chat_app, url, assistant, view):  # noqa: F811
    page = open_page(browser, url, view)
    box = page.locator("#qa-input textarea")
    chat_app.qa_service.stream_delay = 1.0  # slow enough to stop it mid-answer
    try:
        box.fill(LIST_Q)
        box.press("Enter")
        page.wait_for_function("""() => { const b = document.querySelectorAll('#qa-chat [data-testid="bot"] .qa-answer');
                                          return b.length && b[b.length - 1].innerText.length > 10; }""", timeout=30_000)
        page.locator("#qa-stop").click()
        page.wait_for_selector(f"{BOT} .qa-stopped", timeout=10_000)
    finally:
        chat_app.qa_service.stream_delay = 0.15
    page.wait_for_timeout(800)
    assert page.locator(f"{BOT} .qa-actions").count() == 0  # it never finished
    shot(page, "stopped", view)
    page.locator("#qa-retry").click()
    page.wait_for_selector(f"{BOT} .qa-actions", timeout=60_000)
    assert bots(page) == 1 and page.locator(USER).count() == 1 and page.locator(f"{BOT} .qa-stopped").count() == 0
    page.locator("#qa-edit").click()
    page.wait_for_function("() => !document.querySelector('#qa-chat [data-testid=\"bot\"]')", timeout=10_000)
    assert box.input_value() == LIST_Q and "改好后按回车" in page.locator("#qa-hint").inner_text()
    edited = "当前存在哪些突出问题?"
    box.fill(edited)
    box.press("Enter")
    page.wait_for_selector(f"{BOT} .qa-actions", timeout=60_000)
    assert page.locator(USER).count() == 1 and edited in page.locator(USER).first.inner_text()
    chips = page.locator(BOT).last.locator(".qa-suggest")
    assert 2 <= chips.count() <= 3
    suggestion = chips.first.inner_text()
    shot(page, "follow-ups", view)
    chips.first.click()
    page.wait_for_function("() => document.querySelectorAll('#qa-chat [data-testid=\"bot\"] .qa-actions').length === 2",
                           timeout=60_000)
    assert page.locator(USER).last.inner_text().strip() == suggestion
    assert shows(page.locator(BOT).last, assistant.ask(suggestion, [edited]))
    assert not page.errors
