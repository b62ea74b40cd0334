"""The chat app: the ``/chat`` API end to end (gradio_client), the handlers, the HTML rendering."""
from __future__ import annotations

import json
import os
import re
import time
from types import SimpleNamespace

import pytest

from index.errors import SpeechError
from qa.answer import Answer, Citation, Notice
from ui import render
from ui.chat import ChatService, parse_history
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
    user_msg = next(app.qa_service.respond(XSS, [], []))[0][0]["content"]
    assert "<script" not in user_msg and "&lt;script&gt;" in user_msg


def test_chat_api_rejects_long_and_empty_input(client, assistant):  # noqa: F811
    limit = assistant.settings.max_question_chars
    result = client.predict("问" * (limit + 1), [], api_name="/chat")
    assert result["error"] == "question_too_long" and str(limit) in result["answer"]
    assert result["answerable"] is False and result["citations"] == []
    assert client.predict("   ", [], api_name="/chat")["error"] == "empty_question"


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
    steps = list(service.respond("当前我市产城融合发展存在哪些突出问题?", [], []))
    texts = [s[0][-1]["content"] for s in steps]
    assert texts[0] == "…" and len(steps) >= 3
    assert steps[-1][2] == ["当前我市产城融合发展存在哪些突出问题?"]
    assert 'href="#cite-1"' in texts[-1]
    assert 'id="cite-1"' in steps[-1][1]
    follow = list(service.respond("第二个问题具体说说", steps[-1][0], steps[-1][2]))
    assert len(follow[-1][0]) == 4 and follow[-1][2][-1] == "第二个问题具体说说"


def test_respond_over_long_input_gets_a_message_and_no_answer(assistant):  # noqa: F811
    service = ChatService(assistant, stream_delay=0)
    long_q = "问" * (service.max_chars + 5)
    (messages, panel, history, box), = list(service.respond(long_q, [], []))
    assert "请精简到" in messages[-1]["content"] and panel is None and history == [] and box == long_q
    assert list(service.respond("  ", [], [])) == [([], None, [], "")]


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

        def rebuild(self, on_stage=None, extra_files=()):
            on_stage("embedding passages")
            time.sleep(0.05)
            raise RuntimeError("disk full")

    src = tmp_path / "x.txt"
    src.write_text("一、总体要求\n要坚持稳中求进,扎实推动高质量发展。\n", "utf-8")
    *_, (last, changed) = list(Rebuilder(Broken(), poll=0.01).handle(str(src)))
    assert "disk full" in last and "失败" in last and not changed
    assert not [p for p in (tmp_path / "up").rglob("*") if p.is_file()]  # nothing staged or saved


# -- rendering -------------------------------------------------------------------------
def _answer(**kw) -> Answer:
    c = Citation(1, "doc#p1", "doc", "一、<b>总则</b> > 一是", "前文<script>alert(1)</script>所引之句。后文",
                 "<script>alert(1)</script>所引之句。")
    base = dict(question="<img src=x onerror=alert(1)>?", answer="**要点**:*区政府_机制 <b>x</b>[1]\n\n- 第二条[1][9]",
                answerable=True, citations=[c], notices=[Notice("gap", "原文在此处省略了<i>1145</i>字", "doc#p1")])
    base.update(kw)
    return Answer(**base)


def test_evidence_panel_escapes_and_highlights():
    html = render.evidence_panel(_answer())
    assert "<script" not in html and "<b>" not in html and "<img" not in html and "<i>" not in html
    assert 'id="cite-1"' in html
    assert "<mark>&lt;script&gt;alert(1)&lt;/script&gt;所引之句。</mark>" in html
    assert "一、&lt;b&gt;总则&lt;/b&gt; &gt; 一是" in html
    assert "doc#p1" in html and "qa-notice" in html


def test_answer_message_banner_links_and_escaping():
    msg = render.answer_message(_answer())
    assert msg.startswith('<div class="qa-notice qa-notice-gap">⚠ 原文在此处省略了&lt;i&gt;1145&lt;/i&gt;字</div>')
    assert '<a class="qa-cite" href="#cite-1">[1]</a>' in msg
    assert "[9]" in msg and "#cite-9" not in msg  # no card, no link
    assert "<b>" not in msg and "&lt;b&gt;" in msg
    # Shown as HTML without Markdown: the characters stay as they are, lines become <br>.
    assert "<p>**要点**:*区政府_机制" in msg and "<p>- 第二条" in msg


def test_many_notices_are_summarised_in_the_bubble():
    notices = [Notice("blank", f"数字空缺{i}", "doc#p1") for i in range(5)]
    msg = render.answer_message(_answer(notices=notices))
    assert msg.count('class="qa-notice ') == 4 and "另有 2 条提示" in msg
    assert render.evidence_panel(_answer(notices=notices)).count("数字空缺") == 5


def test_refusal_is_shown_as_such():
    a = _answer(answerable=False, citations=[], notices=[], answer="讲话没有谈到这个问题。讲话谈的是……")
    assert "未在讲话中找到" in render.answer_message(a)
    panel = render.evidence_panel(a)
    assert "qa-refusal-card" in panel and render.REFUSAL_TITLE in panel


def test_highlight_and_user_text():
    assert render.highlight("a<b>c", "<b>") == "a<mark>&lt;b&gt;</mark>c"
    assert render.highlight("abc", "zz") == "abc"
    assert render.user_message("**x** <script>[1]\n\n![a](b)") == (
        '<div class="qa-user-text"><p>**x** &lt;script&gt;[1]</p><p>![a](b)</p></div>')


def test_outline_rows_and_click_questions():
    outline = [{"document": "d", "title": "一、总则", "path": "一、总则", "level": 1, "status": "partial"},
               {"document": "d", "title": "(一)目标", "path": "一、总则 > (一)目标", "level": 2, "status": "outline_only"},
               {"document": "d", "title": "(二)任务", "path": "一、总则 > (二)任务", "level": 2, "status": "complete"}]
    rows = render.outline_samples(outline)
    assert rows == [["◐ 一、总则"], ["\u3000✗ (一)目标"], ["\u3000✓ (二)任务"]]
    assert render.question_for_row(rows[1][0]) == "(一)目标讲了什么?"
    two = render.outline_samples(outline + [dict(outline[0], document="e")])
    assert ["📄 e"] in two and render.question_for_row("📄 e") == "e讲了什么?"


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
