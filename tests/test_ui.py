"""The chat app: the ``/chat`` API end to end (gradio_client), the handlers, the HTML rendering."""
from __future__ import annotations

import json
import os
import re
import time
from types import SimpleNamespace

import pytest

from index.errors import SpeechError
from qa.answer import Answer
from ui import render
from ui.chat import ChatService, history_of, mark_stopped, parse_history, pop_last
from ui.upload import Rebuilder
from ui_support import app, assistant, assistant_info, make_assistant  # noqa: F401  (fixtures)

NOTICE_QUESTION = "新增了多少张医院床位?"
XSS = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def client(app):  # noqa: F811
    """A gradio_client connected to the running app."""
    from gradio_client import Client

    return Client(app.local_url, verbose=False)


def check_contract(result: dict) -> None:
    """The answer contract: keys, markers that point at citations, quotes inside their passages."""
    assert {"question", "answer", "answerable", "citations", "notices", "retrieved"} <= set(result)
    ids = [c["id"] for c in result["citations"]]
    assert ids == list(range(1, len(ids) + 1))
    for n in map(int, re.findall(r"\[(\d+)\]", result["answer"])):
        assert n in ids
    for c in result["citations"]:
        assert c["quote"] in c["text"]
    for n in result["notices"]:
        assert n["kind"] in {"gap", "cut_off", "blank", "outline_only", "redacted"} and n["message"]


# -- the API, end to end ---------------------------------------------------------
def test_chat_api_answers_with_citations_and_notices(client):
    result = client.predict(NOTICE_QUESTION, [], api_name="/chat")
    check_contract(result)
    assert result["answerable"] is True
    assert result["citations"] and result["notices"]
    assert result["question"] == NOTICE_QUESTION


def test_chat_api_takes_history_as_list_or_json(client, assistant):  # noqa: F811
    history = ["当前我市产城融合发展存在哪些突出问题?"]
    as_list = client.predict("第二个问题具体说说", history, api_name="/chat")
    as_json = client.predict("第二个问题具体说说", json.dumps(history, ensure_ascii=False), api_name="/chat")
    check_contract(as_list)
    assert as_list["answer"] == as_json["answer"]
    assert as_list["answer"] == assistant.ask("第二个问题具体说说", history).answer


def test_chat_api_script_question_is_inert(client, app):  # noqa: F811
    result = client.predict(XSS, None, api_name="/chat")
    check_contract(result)
    answer = Answer(**{k: v for k, v in result.items() if k in ("question", "answer", "answerable")})
    assert "<script" not in render.answer_message(answer)
    assert "<script" not in render.evidence_panel(answer)
    user_msg = next(app.qa_service.respond(XSS, [], None))[0][0]["content"]
    assert "<script" not in user_msg and "&lt;script&gt;" in user_msg


def test_chat_api_rejects_long_and_empty_input(client, assistant):  # noqa: F811
    limit = assistant.settings.max_question_chars
    result = client.predict("问" * (limit + 1), [], api_name="/chat")
    assert result["error"] == "question_too_long" and str(limit) in result["answer"]
    assert result["answerable"] is False and result["citations"] == []
    assert client.predict("   ", [], api_name="/chat")["error"] == "empty_question"


def test_chat_api_restricts_to_chosen_speeches(client, assistant):  # noqa: F811
    doc = assistant.documents()[0]
    for chosen in (doc.id, doc.title, f"{doc.id}.txt", [doc.id], json.dumps([doc.id])):
        result = client.predict("下一阶段的重点任务有哪些?", [], chosen, api_name="/chat")
        check_contract(result)
        assert result["citations"] and {c["document"] for c in result["citations"]} == {doc.id}, chosen
    unknown = client.predict("下一阶段的重点任务有哪些?", [], "没有这篇讲话", api_name="/chat")
    assert unknown["error"] == "unknown_document" and doc.id in unknown["answer"] and unknown["citations"] == []


def test_chat_api_says_a_question_that_is_not_text_is_not_empty(app):  # noqa: F811
    import httpx

    for bad in (123, ["问题"], {"q": "问题"}, True):
        result = app.qa_service.api_chat(bad, [])
        assert result["error"] == "invalid_question" and result["answerable"] is False, bad
    assert app.qa_service.api_chat("", [])["error"] == "empty_question"
    assert app.qa_service.api_chat("问题", [], 5)["error"] == "invalid_document"
    r = httpx.post(f"{app.local_url}gradio_api/call/chat", json={"data": [123, []]}, timeout=30)
    event = r.json()["event_id"]
    body = httpx.get(f"{app.local_url}gradio_api/call/chat/{event}", timeout=30).text
    assert "invalid_question" in body and "empty_question" not in body


def test_chat_api_handles_concurrent_sessions(app):  # noqa: F811
    from concurrent.futures import ThreadPoolExecutor

    from gradio_client import Client

    def one(i: int) -> dict:
        return Client(app.local_url, verbose=False).predict("下一阶段的重点任务有哪些?", [], api_name="/chat")

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(one, range(6)))
    assert len({r["answer"] for r in results}) == 1


def test_only_the_chat_endpoint_is_public(client):
    assert set(client.view_api(print_info=False, return_format="dict")["named_endpoints"]) == {"/chat"}


# -- the UI handlers -------------------------------------------------------------
def test_respond_streams_growing_text_then_links_and_history(assistant):  # noqa: F811
    service = ChatService(assistant, stream_delay=0)
    question = "当前我市产城融合发展存在哪些突出问题?"
    steps = list(service.respond(question, [], None))
    texts = [s[0][-1]["content"] for s in steps]
    assert texts[0] == "…" and len(steps) >= 3
    assert "qa-actions" not in texts[1] and "qa-actions" in texts[-1]  # actions once the answer is whole
    assert history_of(steps[-1][0]) == [question]  # the history is read back from the messages
    assert history_of(steps[-2][0]) == []  # a half-shown answer is not part of it
    assert 'href="#cite-1"' in texts[-1]
    panels = [s[1] for s in steps]
    # The panel is sent once, with the first words; later steps leave it alone, so they cannot
    # redraw it over a click on an older answer's citation.
    assert panels[0] is None and 'id="cite-1"' in panels[1] and all(p is None for p in panels[2:])
    follow = list(service.respond("第二个问题具体说说", steps[-1][0], None))
    assert len(follow[-1][0]) == 4 and history_of(follow[-1][0]) == [question, "第二个问题具体说说"]
    expected = assistant.ask("第二个问题具体说说", [question])
    assert expected.citations[0].quote.replace("<", "&lt;") in follow[-1][0][-1]["content"]


def test_retry_edit_and_stop_work_on_the_messages(assistant):  # noqa: F811
    service = ChatService(assistant, stream_delay=0)
    first = list(service.respond("下一阶段的重点任务有哪些?", [], None))[-1][0]
    messages = list(service.respond("第二个问题具体说说", first, None))[-1][0]
    rest, question = pop_last(messages)
    assert question == "第二个问题具体说说" and rest == first
    assert pop_last([]) == ([], "")
    streaming = list(service.respond("当前我市产城融合发展存在哪些突出问题?", first, None))[1][0]
    stopped = mark_stopped(streaming)
    assert "qa-stopped" in stopped[-1]["content"] and "已停止" in stopped[-1]["content"]
    assert history_of(stopped) == ["下一阶段的重点任务有哪些?"]  # a stopped answer is not leaned on
    assert mark_stopped(first) == first  # a whole answer is left as it is
    gradio_form = [{"role": m["role"], "content": [{"type": "text", "text": m["content"]}]} for m in first]
    assert history_of(gradio_form) == ["下一阶段的重点任务有哪些?"]  # as the page sends them back


def test_respond_over_long_input_gets_a_message_and_no_answer(assistant):  # noqa: F811
    service = ChatService(assistant, stream_delay=0)
    long_q = "问" * (service.max_chars + 5)
    (messages, panel, box, hint), = list(service.respond(long_q, [], None))
    assert "请精简到" in messages[-1]["content"] and panel is None and box is None and "请精简到" in hint
    assert history_of(messages) == []
    (messages, panel, box, hint), = list(service.respond("  ", [], None))
    assert messages == [] and panel is None and box is None and "请先输入问题" in hint


def test_scope_restricts_and_an_empty_scope_is_explained(assistant):  # noqa: F811
    service = ChatService(assistant, stream_delay=0)
    ids = [d.id for d in assistant.documents()]
    assert service.scope_of(None) is None and service.scope_of(ids) is None and service.scope_of(ids + ["gone"]) is None
    (messages, _p, box, hint), = list(service.respond("问题?", [], []))
    assert messages == [] and "至少选择一篇" in hint and box is None  # left as typed


def test_parse_history_forms():
    assert parse_history(None) == [] and parse_history("") == []
    assert parse_history('["a", "b"]') == ["a", "b"]
    assert parse_history([{"role": "user", "content": "a"}, {"role": "assistant", "content": "x"}]) == ["a"]
    assert parse_history([["a", "x"], ["b", "y"]]) == ["a", "b"]
    assert parse_history("not json") == ["not json"]


# -- uploads -------------------------------------------------------------------------
def _statuses(rebuilder: Rebuilder, path) -> list[tuple[str, bool]]:
    return list(rebuilder.handle(str(path)))


@pytest.mark.parametrize("name,data", [
    ("binary.txt", b"\x00\x01\x02\xff\xfe" * 100),
    ("slides.pdf", "一、总体要求\n内容。".encode()),
    ("empty.md", b"   \n"),
])
def test_bad_upload_gives_an_error_and_changes_nothing(assistant, tmp_path, name, data):  # noqa: F811
    before = assistant.outline()
    files_before = sorted(assistant.settings.upload_dir.rglob("*")) if assistant.settings.upload_dir.exists() else []
    path = tmp_path / name
    path.write_bytes(data)
    (status, changed), = _statuses(Rebuilder(assistant), path)
    assert "无法添加" in status and "qa-upload-error" in status and not changed
    assert assistant.outline() == before
    after = sorted(assistant.settings.upload_dir.rglob("*")) if assistant.settings.upload_dir.exists() else []
    assert after == files_before


def test_too_large_upload_is_refused(assistant, tmp_path):  # noqa: F811
    path = tmp_path / "big.txt"
    path.write_text("一、总体要求\n" + "产城融合。" * (assistant.settings.max_upload_bytes // 10), "utf-8")
    (status, _), = _statuses(Rebuilder(assistant), path)
    assert "超过" in status and "qa-upload-error" in status
    assert f"{assistant.settings.max_upload_bytes / 1e6:.1f} MB" in status  # as the hint states it


@pytest.mark.slow
def test_good_upload_rebuilds_in_background_and_keeps_answering(tmp_path, request):
    real = os.environ.get("QA_UI_REAL", "").strip() != "0"
    fresh, _ = make_assistant(tmp_path / "base", request.getfixturevalue("encoder") if real else None)
    before = fresh.outline()
    speech = tmp_path / "new_speech.txt"
    speech.write_text("在全市乡村振兴工作会议上的讲话\n同志们:\n一、扎实推进乡村振兴\n"
                      "今年要新建高标准农田十万亩,培育特色农产品品牌二十个。\n", "utf-8")
    rebuilder = Rebuilder(fresh, poll=0.05)
    steps = rebuilder.handle(str(speech))
    first, changed = next(steps)
    assert "new_speech.txt" in first and not changed and rebuilder.busy
    assert fresh.ask(NOTICE_QUESTION, []).answerable  # the old index still answers
    again = tmp_path / "another.txt"
    again.write_text("二、其他\n在全市工作会议上要抓好落实。\n", "utf-8")
    queued = rebuilder.handle(str(again))
    queued_first, _ = next(queued)
    assert "排队" in queued_first and "前面还有 1 份" in queued_first  # queued, and it says so
    *_, (last, changed) = list(steps)
    assert "✓" in last and changed
    assert len(fresh.outline()) > len(before) or {n["document"] for n in fresh.outline()} > {
        n["document"] for n in before}
    *_, (last_queued, changed) = list(queued)
    assert "✓" in last_queued and "another.txt" in last_queued and changed
    assert {"new_speech", "another"} <= {d.id for d in fresh.documents()}
    with pytest.raises(SpeechError):
        fresh.add_speech("new_speech.txt", speech.read_bytes())


def test_failed_rebuild_takes_the_file_back(tmp_path):
    class Broken:
        settings = SimpleNamespace(max_upload_bytes=10_000, upload_dir=tmp_path / "up", index_dir=tmp_path / "ix")

        def outline(self):
            return []

        def documents(self):
            return []

        def add_files(self, paths, on_stage=None):
            on_stage("embedding passages")
            time.sleep(0.05)
            raise RuntimeError("disk full")

    src = tmp_path / "x.txt"
    src.write_text("一、总体要求\n要坚持稳中求进,扎实推动高质量发展。\n", "utf-8")
    *_, (last, changed) = list(Rebuilder(Broken(), poll=0.01).handle(str(src)))
    assert "失败" in last and "重建索引时出错" in last and not changed
    assert not re.search(r"[A-Za-z]{4,}", re.sub(r"<[^>]+>|x\.txt", "", last))  # no English in the UI
    assert not [p for p in (tmp_path / "up").rglob("*") if p.is_file()]  # nothing staged or saved


# -- the chat benchmark ------------------------------------------------------------------
@pytest.mark.parametrize("client_process", [False, True])
def test_chat_bench_small_run(tmp_path, client_process):
    from ui.bench import run_chat_bench
    from ui_fake import FakeAssistant

    report = run_chat_bench(None, sessions=3, questions=2, assistant=FakeAssistant(tmp_path / "up"),
                            client_process=client_process, show=False)
    assert report["requests"] == 6 and report["errors"] == 0, report["error_samples"]
    assert 0 < report["p50_s"] <= report["p95_s"] <= report["max_s"]
    assert report["peak_rss_mb"] and report["peak_rss_mb"] >= report["start_rss_mb"]


# -- uploads speak the UI's language (issue 10, item 6) ------------------------------------------
@pytest.mark.parametrize("name,data", [
    ("empty.txt", b""), ("blank.md", b" \n\t\n"), ("nul.txt", b"\x00\x01ab" * 40),
    ("control.txt", b"ab\x01\x02\x03\x04cd\x05\x06" * 40), ("broken.docx", b"PK\x03\x04 not a zip" * 20),
    ("broken.pdf", "一、总体要求\n内容。".encode()), ("empty.html", b""),
])
def test_refused_upload_is_explained_in_chinese(assistant, tmp_path, name, data):  # noqa: F811
    path = tmp_path / name
    path.write_bytes(data)
    (status, changed), = _statuses(Rebuilder(assistant), path)
    text = re.sub(r"<[^>]+>", "", status).replace(name, "")
    assert "无法添加" in text and not changed
    assert not re.search(r"[A-Za-z]{4,}", text), text  # no English sentence left in it


def test_gb18030_upload_says_how_it_was_read(tmp_path):
    from ui_fake import FakeAssistant

    fake = FakeAssistant(tmp_path / "up", rebuild_seconds=0.05)
    path = tmp_path / "gbk.txt"
    path.write_bytes("在全市工作会议上的讲话\n一、总体要求\n要坚持稳中求进,扎实推动高质量发展。\n".encode("gb18030"))
    *_, (last, changed) = list(Rebuilder(fake, poll=0.01).handle(str(path)))
    assert "✓ 已加入" in last and "按 GB18030 编码读取" in last and changed


def test_web_page_upload_is_accepted(tmp_path):
    from ui_fake import FakeAssistant

    fake = FakeAssistant(tmp_path / "up", rebuild_seconds=0.05)
    path = tmp_path / "notice.html"
    path.write_text("<html><head><title>在全市工作会议上的讲话</title></head><body><h1>在全市工作会议上的讲话</h1>"
                    "<p>一、总体要求</p><p>要坚持稳中求进,扎实推动高质量发展。</p></body></html>", "utf-8")
    *_, (last, changed) = list(Rebuilder(fake, poll=0.01).handle(str(path)))
    assert "✓ 已加入" in last and "notice.html" in last and changed
    assert "notice" in {d.id for d in fake.documents()}


def test_size_limit_is_stated_alike_in_the_hint_and_the_refusal(app, assistant, tmp_path):  # noqa: F811
    from ui.app import TRANSFER_FACTOR, render_upload_hint

    limit = app.qa_rebuilder.max_bytes
    assert app.max_file_size >= limit * TRANSFER_FACTOR > 20_000_000  # a 20 MB file reaches our handler
    path = tmp_path / "twenty.txt"
    with open(path, "wb") as fh:
        fh.truncate(20_000_000)
    (status, _), = _statuses(Rebuilder(assistant), path)
    stated = f"{limit / 1e6:.1f} MB"
    assert f"有 20.0 MB,超过了 {stated} 的上限" in status and stated in render_upload_hint(app.qa_rebuilder)


# -- the library: delete and replace an upload, through the same queue ------------------------------
SPEECH = "在全市工作会议上的讲话\n同志们:\n一、总体要求\n要坚持稳中求进,扎实推动高质量发展。\n二、重点任务\n一是抓好项目建设。二是抓好招商引资。\n"


def _fake(tmp_path):
    from ui_fake import FakeAssistant

    return FakeAssistant(tmp_path / "up", rebuild_seconds=0.05)


def test_uploaded_speech_is_deleted_and_replaced_through_the_queue(tmp_path):
    fake = _fake(tmp_path)
    rebuilder = Rebuilder(fake, poll=0.01)
    src = tmp_path / "a.txt"
    src.write_text(SPEECH, "utf-8")
    assert "✓ 已加入" in list(rebuilder.handle(str(src), "s"))[-1][0]
    assert [d.id for d in rebuilder.uploaded()] == ["a"]
    new = tmp_path / "b.txt"
    new.write_text(SPEECH.replace("总体要求", "总体目标"), "utf-8")
    *_, (last, changed) = list(rebuilder.handle(str(new), "s", replacing="a"))
    assert "✓ 已用" in last and "替换" in last and changed
    ids = {d.id for d in fake.documents()}
    assert "b" in ids and "a" not in ids and not (tmp_path / "up" / "a.txt").exists()
    same = tmp_path / "b2" / "b.txt"  # a new version under the same name
    same.parent.mkdir()
    same.write_text(SPEECH.replace("总体要求", "工作要求"), "utf-8")
    *_, (last, _c) = list(rebuilder.handle(str(same), "s", replacing="b"))
    assert "✓ 已用" in last and "工作要求" in (tmp_path / "up" / "b.txt").read_text("utf-8")
    *_, (last, changed) = list(rebuilder.handle_removal("b", "s"))
    assert "✓ 已删除" in last and changed and "b" not in {d.id for d in fake.documents()}
    assert not [p for p in (tmp_path / "up").rglob("*") if p.is_file()]


def test_bundled_speech_cannot_be_deleted(tmp_path):
    fake = _fake(tmp_path)
    (last, changed), = list(Rebuilder(fake).handle_removal("chancheng_speech"))
    assert "无法删除" in last and "内置" in last and not changed
    assert "chancheng_speech" in {d.id for d in fake.documents()}


def test_failed_removal_puts_the_speech_back(tmp_path):
    fake = _fake(tmp_path)
    rebuilder = Rebuilder(fake, poll=0.01)
    src = tmp_path / "a.txt"
    src.write_text(SPEECH, "utf-8")
    list(rebuilder.handle(str(src)))

    def broken(doc_ids, on_stage=None):
        raise OSError(28, "No space left on device")

    fake.remove_documents = broken
    *_, (last, changed) = list(rebuilder.handle_removal("a"))
    assert "磁盘空间不足" in last and not changed
    assert (tmp_path / "up" / "a.txt").read_text("utf-8") == SPEECH and "a" in {d.id for d in fake.documents()}


def test_removal_killed_before_its_index_is_kept(tmp_path):
    from ui import staging

    up = tmp_path / "up"
    up.mkdir()
    (up / "kept.txt").write_text(SPEECH, "utf-8")
    held = staging.hold_removed(up, up / "kept.txt")
    assert not (up / "kept.txt").exists()
    names = {str((up / "kept.txt").resolve())}
    assert staging._settle_removed(up, names) == ["kept.txt: its removal did not finish; kept"]
    assert (up / "kept.txt").exists() and not held.exists()
    staging.hold_removed(up, up / "kept.txt")
    assert staging._settle_removed(up, set()) == [] and not (up / "kept.txt").exists()  # its index was swapped in


@pytest.mark.parametrize("stage,words", [
    ("embedding 36 passages", "正在计算 36 段的向量"), ("reading speeches", "正在读取讲话"),
    ("84 distinct sentences and heading paths: 80 from the cache, 4 to embed", "共 84 句,80 句已有向量,4 句待计算"),
    ("indexing words", "正在建立关键词索引"), ("saving", "正在写入索引"), ("swapping in the new index", "正在启用新索引"),
    ("adding 1 speech(es) to 2", "正在把 1 篇讲话并入已有的 2 篇"), ("removing 1 speech(es) from 3", "正在从 3 篇讲话中移除 1 篇"),
    ("rebuilding the whole index: the index at /x is stale: a.txt was edited", "索引需要完整重建,正在重建"),
    ("embedding cache unavailable (disk full); embedding everything", "向量缓存不可用,全部重新计算"),
    ("some future stage nobody named", "正在重建索引"),
])
def test_index_progress_is_said_in_chinese(stage, words):
    from ui.jobs import stage_words

    assert stage_words(stage) == words


# -- feedback ------------------------------------------------------------------------------------------
def test_feedback_rows_are_a_question_set(tmp_path):
    from qa.eval import load_questions
    from ui.feedback import FeedbackError, FeedbackLog, make_row, read_feedback

    meta = {"id": "abc123def456", "q": "新增了多少张医院床位?", "asked": True, "final": True, "answerable": True,
            "pids": ["chancheng_speech#p3"], "kinds": ["blank"], "scope": None}
    log = FeedbackLog(tmp_path / "feedback.jsonl")
    log.record(make_row({"rating": "down", "meta": meta, "text": "答案", "history": ["前一问"]}), "s")
    log.record(make_row({"rating": "down", "meta": meta, "text": "答案", "history": ["前一问"]}, "数字没给出"), "s")
    up = dict(meta, id="fedcba654321", q="下一阶段的重点任务有哪些?")
    log.record(make_row({"rating": "up", "meta": up, "text": "答案", "history": []}), "s")
    rows = read_feedback(tmp_path / "feedback.jsonl")
    assert [r["id"] for r in rows] == ["fb-abc123def456", "fb-fedcba654321"]
    assert rows[0]["comment"] == "数字没给出" and rows[0]["rating"] == "down" and rows[0]["history"] == ["前一问"]
    assert "answerable" not in rows[0] and rows[1]["answerable"] is True
    items = load_questions(tmp_path / "feedback.jsonl")  # qa eval reads the file as a question set
    assert {i.question for i in items} == {"新增了多少张医院床位?", "下一阶段的重点任务有哪些?"}
    assert all(i.kind == "feedback" for i in items)
    for bad in ({"rating": "meh", "meta": meta}, {"rating": "up", "meta": dict(meta, id="../../x")},
                {"rating": "up", "meta": dict(meta, q="")}, "not a dict"):
        with pytest.raises(FeedbackError):
            make_row(bad)
    long = make_row({"rating": "up", "meta": meta, "text": "长" * 50_000}, "评" * 5_000)
    assert len(long["answer"]) == 20_000 and len(long["comment"]) == 1_000


def test_feedback_is_limited_per_session(tmp_path):
    from ui.feedback import PER_HOUR, FeedbackError, FeedbackLog

    now = [0.0]
    log = FeedbackLog(tmp_path / "f.jsonl", clock=lambda: now[0])
    for _ in range(PER_HOUR):
        log.record({"id": "fb-x", "question": "q"}, "s")
    with pytest.raises(FeedbackError):
        log.record({"id": "fb-x", "question": "q"}, "s")
    log.record({"id": "fb-y", "question": "q"}, "other")
    now[0] += 3600
    log.record({"id": "fb-x", "question": "q"}, "s")


def test_stop_ends_the_answer_in_progress_of_that_session_only(assistant):  # noqa: F811
    service = ChatService(assistant, stream_delay=0)
    mine = service.respond("当前我市产城融合发展存在哪些突出问题?", [], None, "me")
    theirs = service.respond("当前我市产城融合发展存在哪些突出问题?", [], None, "other")
    next(mine), next(theirs), next(mine)
    service.stop("me")
    *_, (last, _p, _b, _h) = list(mine)
    assert "qa-stopped" in last[-1]["content"] and history_of(last) == []
    *_, (whole, _p, _b, _h) = list(theirs)
    assert "qa-actions" in whole[-1]["content"] and len(history_of(whole)) == 1
    later = list(service.respond("下一阶段的重点任务有哪些?", [], None, "me"))[-1][0]  # a stop asked before
    assert "qa-actions" in later[-1]["content"]  # an answer began does not stop it
