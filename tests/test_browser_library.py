"""The speech library in a real browser: uploads (issue 10, defect 6), the library panel
(feature 1: list, choose, delete, replace) and the full-text view (feature 2).

Each test runs in a desktop and a phone view, light and dark, on the real app with its
own upload and index folders, and saves screenshots under ``test-artifacts/browser``.
With ``QA_SCREENSHOT=1`` the library and full-text screenshots are copied to ``docs/``.
"""
from __future__ import annotations

import os
import re
import shutil
import time

import pytest

from ui.library import doc_status, overview_question
from ui_support import (ALL_VIEWS, ROOT, TWO_VIEWS, app, ask, assistant, assistant_info,  # noqa: F401
                        browser, flat, open_page, shot)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FLOOD = ("在全县防汛抗旱工作会议上的讲话{tag}\n同志们:\n一、充分认识防汛工作的严峻形势\n今年汛期降雨偏多,防汛形势复杂。\n"
         "二、扎实做好防汛重点工作\n一是加强监测预警,做到雨情水情早发现。二是抓好转移避险,确保群众安全。"
         "三是备足抢险物资,落实抢险队伍。\n三、压实防汛工作责任\n各级领导干部要坚守岗位,严格值班值守。\n")
NOTICE_Q = "新增了多少张医院床位?"


@pytest.fixture(scope="module")
def url(app):  # noqa: F811
    return app.local_url


def upload(page, path, *, box: str = "#qa-upload") -> None:
    """Put a file into an upload control, as a person picking it would."""
    if box == "#qa-replace":  # a button that opens the file chooser
        with page.expect_file_chooser() as chooser:
            page.locator(box).click()
        chooser.value.set_files(str(path))
        return
    page.locator(f"{box} input[type=file]").set_input_files(str(path))


def status(page) -> str:
    return page.locator("#qa-upload-status").inner_text()


def open_accordion(page, label: str, exact: bool = False) -> None:
    page.get_by_text(label, exact=exact).first.click()
    page.wait_for_timeout(300)


# -- 6. uploads speak the UI's language and never vanish -------------------------------------------------
@pytest.mark.parametrize("view", TWO_VIEWS)
def test_uploads_speak_chinese_are_queued_and_never_vanish(browser, url, assistant, tmp_path, view):  # noqa: F811
    page = open_page(browser, url, view)
    open_accordion(page, "添加讲话稿")
    assert ".docx" in page.locator("#qa-upload-status").inner_text() + page.get_by_text("添加讲话稿").first.inner_text()
    empty = tmp_path / f"empty-{view}.txt"
    empty.write_bytes(b"")
    upload(page, empty)
    page.wait_for_selector("#qa-upload-status .qa-upload-error", timeout=30_000)
    said = status(page)
    assert "无法添加" in said and "里没有讲话正文" in said
    assert not re.search(r"[A-Za-z]{4,}", said.replace(empty.name, "")), said  # no English
    page.wait_for_timeout(300)
    assert page.locator("#qa-upload a").count() == 0  # the refused file does not stay in the box

    big = tmp_path / f"big-{view}.txt"
    with open(big, "wb") as fh:
        fh.truncate(20_000_000)
    upload(page, big)
    page.wait_for_function("() => document.querySelector('#qa-upload-status').innerText.includes('20.0 MB')",
                           timeout=60_000)
    said = status(page)
    limit = assistant.settings.max_upload_bytes / 1e6
    assert f"有 20.0 MB,超过了 {limit:.1f} MB 的上限" in said and empty.name not in said  # the old error is gone
    assert page.locator(".toast-body, [data-testid='toast-body']").count() == 0  # no English toast
    page.locator("#qa-upload-status").scroll_into_view_if_needed()
    shot(page, "upload-refused", view)

    from format_samples import make_docx

    docx = tmp_path / f"word-{view}.docx"  # the reader's formats are taken here too
    docx.write_bytes(make_docx(FLOOD.format(tag=f"(Word{view})")))
    upload(page, docx)
    page.wait_for_selector("#qa-upload-status .qa-upload-ok", timeout=120_000)
    assert "✓ 已加入" in status(page) and docx.name in status(page)

    gbk = tmp_path / f"gbk-{view}.txt"
    gbk.write_bytes(FLOOD.format(tag=f"(GB{view})").encode("gb18030"))
    upload(page, gbk)
    page.wait_for_function("(n) => document.querySelector('#qa-upload-status').innerText.includes(n) && "
                           "document.querySelector('#qa-upload-status .qa-upload-ok')", arg=gbk.name, timeout=120_000)
    assert "按 GB18030 编码读取" in status(page) and docx.name not in status(page)  # each upload's own line

    add = assistant.add_files

    def slow(*args, **kw):  # long enough to add a second file while the first is indexed
        time.sleep(2.5)
        return add(*args, **kw)

    assistant.add_files = slow
    try:
        first = tmp_path / f"page-{view}.html"
        first.write_text(f"<html><head><title>在全市安全生产会议上的讲话{view}</title></head><body>"
                         f"<h1>在全市安全生产会议上的讲话{view}</h1><p>一、总体要求</p><p>要坚持安全第一,预防为主。</p>"
                         "<p>二、重点任务</p><p>一是排查隐患。二是严格执法。</p></body></html>", "utf-8")
        second = tmp_path / f"second-{view}.md"
        second.write_text(FLOOD.format(tag=f"(二{view})"), "utf-8")
        upload(page, first)
        page.wait_for_function("() => /正在加入/.test(document.querySelector('#qa-upload-status').innerText)",
                               timeout=30_000)
        busy = status(page)
        assert not re.search(r"[A-Za-z]{4,}", re.sub(r"[\w.-]+\.(html|md|txt)", "", busy)), busy  # progress in Chinese
        upload(page, second)
        page.wait_for_function("() => /前面还有 1 份/.test(document.querySelector('#qa-upload-status').innerText)",
                               timeout=30_000)
        page.locator("#qa-upload-status").scroll_into_view_if_needed()
        shot(page, "upload-queued", view)
        assert first.name in status(page) and second.name in status(page)  # both shown, the second queued
        page.wait_for_function(
            "() => document.querySelectorAll('#qa-upload-status .qa-upload-ok').length >= 2", timeout=120_000)
    finally:
        assistant.add_files = add
    ids = {d.id for d in assistant.documents()}
    assert {first.stem, second.stem, gbk.stem, docx.stem} <= ids
    page.wait_for_timeout(500)
    examples = page.locator("#qa-examples").inner_text()
    second_doc = next(d for d in assistant.documents() if d.id == second.stem)
    assert overview_question(second_doc) in examples or len(ids) > 3  # examples follow the speeches
    assert f"《{second_doc.title}》" in page.locator("#qa-outline").inner_text()
    assert "讲话库共" in page.locator("#qa-header").inner_text()
    page.locator("#qa-upload-status").scroll_into_view_if_needed()
    shot(page, "upload-done", view)
    assert not page.errors


# -- feature 1: the library -----------------------------------------------------------------------------
def choose(page, label: str) -> None:
    """Pick ``label`` in the "已上传的讲话" dropdown."""
    page.locator("#qa-manage input").click()
    page.get_by_role("option", name=re.compile(re.escape(label))).first.click()
    page.wait_for_timeout(200)


@pytest.mark.parametrize("view", TWO_VIEWS)
def test_library_lists_scopes_replaces_and_deletes(browser, url, app, assistant, tmp_path, view):  # noqa: F811
    speech = tmp_path / f"lib-{view}.txt"
    speech.write_text(FLOOD.format(tag="" if view == "desktop-light" else f"(库{view})"), "utf-8")
    assert "✓" in list(app.qa_rebuilder.handle(str(speech)))[-1][0]
    page = open_page(browser, url, view)
    open_accordion(page, "讲话库", exact=True)
    docs = assistant.documents()
    rows = page.locator("#qa-library .qa-lib-row")
    assert rows.count() == len(docs)
    for d in docs:
        row = rows.filter(has=page.locator(".qa-lib-title", has_text=f"《{d.title}》"))
        assert row.locator(".qa-lib-status").inner_text() == doc_status(d)
        assert row.locator(".qa-lib-n").inner_text() == f"{len(d.passages)} 段"
        assert row.locator(".qa-lib-file").inner_text() == os.path.basename(d.path)
    bundled = next(d for d in docs if "chancheng" in d.id)
    assert "内置" in rows.filter(has_text=f"《{bundled.title}》").inner_text()
    ours = next(d for d in docs if d.id == speech.stem)
    shot(page, "library", view, full_page=not view.startswith("desktop"))
    if os.environ.get("QA_SCREENSHOT") == "1" and view == "desktop-light":
        shutil.copyfile(shot(page, "library-docs", view), ROOT / "docs" / "screenshot-library.png")

    # Choose which speeches to ask: only ours.
    scope = page.locator("#qa-scope")
    for d in docs:
        if d.id != ours.id:
            scope.get_by_label(d.title, exact=True).uncheck()
    bot = ask(page, "防汛重点工作有哪些?")
    cited = {t.strip("《》") for t in bot.locator(".qa-doc").all_text_contents()}
    assert cited == {ours.title}, cited
    bot = ask(page, NOTICE_Q)  # a question about the bundled speech, asked of ours only
    assert bundled.title not in " ".join(bot.locator(".qa-doc").all_text_contents())
    for d in docs:
        scope.get_by_label(d.title, exact=True).check()

    # Replace it with a new version, then delete it; the bundled speech cannot be chosen.
    choose(page, ours.id)
    options = page.get_by_role("option").all_inner_texts() if page.get_by_role("option").count() else []
    assert not any("chancheng" in o for o in options)
    newer = tmp_path / f"lib2-{view}.txt"
    newer.write_text(FLOOD.format(tag=f"(新版{view})"), "utf-8")
    upload(page, newer, box="#qa-replace")
    page.wait_for_selector("#qa-lib-status .qa-upload-ok", timeout=120_000)
    assert "替换" in page.locator("#qa-lib-status").inner_text()
    page.wait_for_function("(t) => document.querySelector('#qa-library').innerText.includes(t)",
                           arg=f"(新版{view})", timeout=30_000)
    assert ours.id not in {d.id for d in assistant.documents()}
    choose(page, newer.stem)
    page.locator("#qa-delete").click()
    page.wait_for_function("() => /已删除/.test(document.querySelector('#qa-lib-status').innerText)", timeout=120_000)
    page.wait_for_timeout(500)
    assert newer.stem not in {d.id for d in assistant.documents()}
    assert f"(新版{view})" not in page.locator("#qa-library").inner_text()
    assert not (assistant.settings.upload_dir / newer.name).exists()
    shot(page, "library-after", view)
    assert not page.errors


# -- feature 2: the full text ---------------------------------------------------------------------------
@pytest.mark.parametrize("view", ALL_VIEWS)
def test_full_text_opens_at_the_cited_spot(browser, url, assistant, view):  # noqa: F811
    page = open_page(browser, url, view)
    expected = assistant.ask(NOTICE_Q, [])
    bot = ask(page, NOTICE_Q)
    if view.startswith("desktop"):
        page.locator("#qa-evidence .qa-open-ft").first.click()
    else:
        bot.locator("details.qa-sources > summary").click()
        bot.locator(".qa-open-ft").first.click()
    page.wait_for_selector("#qa-fulltext .qa-ft-view", timeout=30_000)
    page.wait_for_timeout(600)
    doc = next(d for d in assistant.documents() if d.id == expected.citations[0].document)
    passage = next(p for p in doc.passages if p.id == expected.citations[0].passage_id)
    focus = page.locator("#qa-fulltext .qa-ft-focus")
    assert focus.count() == 1 and focus.get_attribute("id") == f"ft-p-{passage.order}"
    assert flat(focus.inner_text()).replace("□", "") == flat(doc.source[passage.start:passage.end])
    text_box = page.locator("#qa-fulltext .qa-ft-text").bounding_box()
    f = focus.bounding_box()
    assert text_box["y"] - 1 <= f["y"] <= text_box["y"] + text_box["height"]  # opened at the cited spot
    text = page.locator("#qa-fulltext .qa-ft-text")
    assert "省略1145字" in text.locator(".qa-ft-gap").first.inner_text()
    assert "全文共10026字" in text.locator(".qa-ft-cut-mark").inner_text()
    assert text.locator(".qa-ft-blank").count() == len(doc.truncation.blanks)
    assert text.locator(".qa-ft-redacted").count() == len(doc.truncation.redactions)
    assert "节选:显示3214/10026字" in page.locator("#qa-fulltext .qa-ft-status").inner_text()
    shot(page, "fulltext", view)
    if os.environ.get("QA_SCREENSHOT") == "1" and view == "desktop-light":
        shutil.copyfile(shot(page, "fulltext-docs", view), ROOT / "docs" / "screenshot-fulltext.png")
    nav = page.locator("#qa-fulltext .qa-ft-nav")
    if nav.get_attribute("open") is None:
        nav.locator("summary").click()
    nav.get_by_text("(二)当前我市产城融合发展存在的突出问题").click()
    page.wait_for_timeout(400)
    heading = page.locator("#qa-fulltext .qa-ft-h").filter(has_text="(二)当前我市产城融合发展存在的突出问题")
    h, box = heading.bounding_box(), page.locator("#qa-fulltext .qa-ft-text").bounding_box()
    assert box["y"] - 1 <= h["y"] <= box["y"] + box["height"]
    assert "✗" in nav.get_by_text("(三)加强基础设施建设", exact=False).first.text_content()
    page.locator("#qa-ft-close").click()
    page.wait_for_timeout(400)
    assert page.locator("#qa-fulltext .qa-ft-view").count() == 0 or not page.locator("#qa-fulltext").is_visible()
    if view.startswith("desktop"):  # from the library too
        open_accordion(page, "讲话库", exact=True)
        page.locator("#qa-library .qa-lib-row").filter(has_text=doc.title).locator(".qa-lib-ft").click()
        page.wait_for_selector("#qa-fulltext .qa-ft-view", timeout=30_000)
        assert page.locator("#qa-fulltext .qa-ft-title").inner_text() == f"《{doc.title}》"
    assert not page.errors
