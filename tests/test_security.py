"""Security and upload hardening of the chat (issue 12, items 1-5 and 7).

Each test injects the fault and asserts the message. The Markdown/HTML list is rendered
through the real app in headless Chromium (marked ``browser``); the rest drive the app
over HTTP, as the page or an API client would, or the upload handler directly.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from index.errors import SpeechError
from qa.config import Settings
from ui import render, server, staging
from ui.upload import Rebuilder
from ui.upload_checks import upload_name
from ui_fake import FakeAssistant
from ui_support import ROOT, browser, free_port  # noqa: F401  (fixture)

SPEECH = ("在全市工作会议上的讲话\n同志们:\n一、总体要求\n要坚持稳中求进,扎实推动高质量发展。\n"
          "二、重点任务\n一是抓好项目建设。二是抓好招商引资。三是抓好民生保障。\n")


# -- helpers ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    """One cache folder for every app of this module (Gradio's temp folder lives under it)."""
    return tmp_path_factory.mktemp("cache")


def fake(base: Path, cache: Path, **overrides) -> FakeAssistant:
    """The quick stand-in assistant with its own folders and the given settings."""
    settings = Settings.from_env().with_overrides(cache_dir=cache, upload_dir=base / "up",
                                                  index_dir=base / "index", **overrides)
    return FakeAssistant(base / "up", settings=settings, rebuild_seconds=0.3)


class Served:
    """A launched app (closed on exit) with helpers to act as its page or as an API client."""

    def __init__(self, assistant, **launch_kw) -> None:
        from ui.app import launch

        self.demo = launch(assistant, port=free_port(), block=False, quiet=True, stream_delay=0, **launch_kw)
        self.url = self.demo.local_url

    def __enter__(self) -> Served:
        return self

    def __exit__(self, *exc) -> None:
        self.demo.close()

    def fn_index(self, api_name: str) -> int:
        return next(i for i, fn in self.demo.fns.items() if fn.api_name == api_name)

    def upload_file(self, name: str, data: bytes) -> str:
        """POST the file to Gradio's upload route, as the page does; its path on the server."""
        r = httpx.post(f"{self.url}gradio_api/upload", files=[("files", (name, data))], timeout=30)
        r.raise_for_status()
        path = r.json()[0]
        for _ in range(100):  # Gradio moves the file into place in a background task
            if Path(path).exists():
                break
            time.sleep(0.05)
        return path

    def run_event(self, api_name: str, data: list, session: str = "sess1", timeout: float = 60) -> list:
        """Run a UI event through the queue, as the page does; the list of outputs it streamed."""
        body = {"data": data, "fn_index": self.fn_index(api_name), "session_hash": session,
                "event_data": None, "trigger_id": None}
        httpx.post(f"{self.url}gradio_api/queue/join", json=body, timeout=30).raise_for_status()
        outputs = []
        with httpx.stream("GET", f"{self.url}gradio_api/queue/data", params={"session_hash": session},
                          timeout=timeout) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                msg = json.loads(line[5:])
                if msg.get("msg") in ("process_generating", "process_completed") and msg.get("output"):
                    outputs.append(msg["output"].get("data"))
                if msg.get("msg") == "process_completed":
                    assert msg.get("success", True), msg
                    return outputs
        return outputs


def file_data(path: str, name: str) -> dict:
    return {"path": path, "orig_name": name, "meta": {"_type": "gradio.FileData"}}


def statuses(rebuilder: Rebuilder, path: Path, session: str = "") -> list[str]:
    return [s for s, _ in rebuilder.handle(str(path), session)]


# -- 1. no character of a speech or a question forms markup (string level; Chromium below) ------
MARKUP = [
    "[营商环境细则](http://127.0.0.1:7499/phish)", "![示意图](http://127.0.0.1:7499/x.png)",
    "<http://127.0.0.1:7499/auto>", "[参考资料][ref]", "**大力**", "*放管服*", "`审批代码`",
    "~~旧规定~~", "| 指标 | 目标 |", "# 标题", "&lt;实体&gt; &amp; &copy;", '<script>alert("x")</script>',
    "<img src=x onerror=alert(1)>", "营商环境一定要好!",
]


def test_answer_html_keeps_every_construct_as_text():
    from qa.answer import Answer, Citation

    text = "讲话讲到:\n\n" + "\n".join(f"{i}. {m}[1]" for i, m in enumerate(MARKUP, 1)) + "\n# 行首标题\n| a | b |"
    c = Citation(1, "d#p1", "d", "一、<b>节</b>", " ".join(MARKUP), MARKUP[0])
    msg = render.answer_message(Answer("q", text, True, [c]))
    for tag in ("<img", "<script", "<strong", "<em", "<code", "<table", "<h1", "<del", "<ul", "<li"):
        assert tag not in msg
    assert msg.count("<a ") == len(MARKUP) and msg.count('<a class="qa-cite" href="#cite-1">[1]</a>') == len(MARKUP)
    assert "![示意图](http://127.0.0.1:7499/x.png)" in msg  # the characters are all still there
    assert "好!<a class" in msg  # "!" before a citation stays a "!"
    assert "&amp;lt;实体&amp;gt;" in msg  # an entity in the speech shows as typed


# -- 2. uploaded files do not stay in Gradio's folder, which lies under our cache ------------
def test_temp_file_is_deleted_whether_accepted_or_refused(tmp_path, cache):
    assistant = fake(tmp_path, cache)
    temp = tmp_path / "gradio"
    good, bad = temp / "abc" / "speech.txt", temp / "def" / "empty.txt"
    for p, data in ((good, SPEECH.encode()), (bad, b"  \n")):
        p.parent.mkdir(parents=True)
        p.write_bytes(data)
    rebuilder = Rebuilder(assistant, poll=0.02, temp_root=temp)
    assert "✓ 已加入" in statuses(rebuilder, good)[-1]
    assert "无法添加" in statuses(rebuilder, bad)[-1]
    assert not good.exists() and not bad.exists() and list(temp.iterdir()) == []
    # What Gradio leaves untracked at the top of its folder (a spool file per upload, the part of a
    # file over its limit) goes once old enough; a recent one, possibly still being written, stays.
    old = time.time() - 700
    for name in ("tmpold", "tmpnew", "f00/raw.txt", "f01/raw.txt"):
        (temp / name).parent.mkdir(exist_ok=True)
        (temp / name).write_bytes(b"x")
    for name in ("tmpold", "f00/raw.txt"):
        os.utime(temp / name, (old, old))
    assert rebuilder.sweep() == 2
    assert sorted(str(p.relative_to(temp)) for p in temp.rglob("*")) == ["f01", "f01/raw.txt", "tmpnew"]
    outside = tmp_path / "mine.txt"  # a file that is not Gradio's is never deleted
    outside.write_text("内容", "utf-8")
    statuses(rebuilder, outside)
    assert outside.exists()


def test_upload_through_the_page_route_leaves_no_file_to_serve(tmp_path, cache):
    assistant = fake(tmp_path, cache)
    with Served(assistant) as app:
        temp = server.temp_dir(assistant.settings).resolve()
        assert os.environ["GRADIO_TEMP_DIR"] == str(temp) and cache.resolve() in temp.parents
        for name, data, expect in (("good.txt", SPEECH.encode(), "✓ 已加入"),
                                   ("bad.txt", b"\x00\x01binary" * 20, "无法添加")):
            path = app.upload_file(name, data)
            assert temp in Path(path).resolve().parents
            assert httpx.get(f"{app.url}gradio_api/file={path}").status_code == 200  # before handling
            outputs = app.run_event("on_upload", [file_data(path, name)])
            assert expect in json.dumps(outputs, ensure_ascii=False)
            assert outputs[0][2] is None  # the box is emptied at once: no link to the file stays
            assert not Path(path).exists()
            assert httpx.get(f"{app.url}gradio_api/file={path}").status_code in (403, 404)
        assert "good" in {d.id for d in assistant.documents()}


# -- 3. exposure is opt-in and protected; only /chat is an API ----------------------------------
def test_only_chat_is_callable_by_name(tmp_path, cache):
    from gradio_client import Client

    with Served(fake(tmp_path, cache)) as app:
        for route in ("call", "call/v2", "run", "api"):
            for name in ("respond", "on_upload", "lambda", "lambda_1"):
                r = httpx.post(f"{app.url}gradio_api/{route}/{name}", json={"data": ["问题", [], []]})
                assert r.status_code == 404 and "only /chat" in r.text, (route, name)
        r = httpx.post(f"{app.url}gradio_api/call/chat", json={"data": ["下一阶段的重点任务有哪些?", []]})
        assert r.status_code == 200 and "event_id" in r.json()
        client = Client(app.url, verbose=False)
        assert set(client.view_api(print_info=False, return_format="dict")["named_endpoints"]) == {"/chat"}
        with pytest.raises(Exception):
            client.predict("问题", [], [], api_name="/respond")
        assert client.predict("下一阶段的重点任务有哪些?", [], api_name="/chat")["answerable"] is True


def test_login_is_required_with_qa_auth(tmp_path, cache, monkeypatch):
    from gradio_client import Client

    monkeypatch.setenv("QA_AUTH", "reader:s3cret:with-colon")
    assistant = fake(tmp_path, cache, auth=Settings.from_env().auth)
    assert "s3cret" not in repr(assistant.settings)  # never printed with the settings
    with Served(assistant) as app:
        assert httpx.get(f"{app.url}config").status_code == 401
        assert httpx.post(f"{app.url}gradio_api/call/chat", json={"data": ["问题", []]}).status_code == 401
        with pytest.raises(Exception):
            Client(app.url, auth=("reader", "wrong"), verbose=False)
        client = Client(app.url, auth=("reader", "s3cret:with-colon"), verbose=False)
        assert client.predict("下一阶段的重点任务有哪些?", [], api_name="/chat")["answerable"] is True


@pytest.mark.parametrize("value", ["nocolon", ":pw", "user:"])
def test_malformed_qa_auth_is_a_settings_error(monkeypatch, value):
    from qa.config import SettingsError

    monkeypatch.setenv("QA_AUTH", value)
    with pytest.raises(SettingsError, match="QA_AUTH must look like user:password"):
        Settings.from_env()


def test_exposure_warning_names_the_protections_missing():
    assert server.exposure_warning("127.0.0.1", False, auth=False, read_only=False) is None
    assert server.exposure_warning("localhost", False, auth=False, read_only=False) is None
    assert server.exposure_warning("::1", False, auth=False, read_only=False) is None
    wide = server.exposure_warning("0.0.0.0", False, auth=False, read_only=False)
    assert "every machine that can reach 0.0.0.0" in wide and "QA_AUTH" in wide and "--read-only" in wide
    shared = server.exposure_warning("127.0.0.1", True, auth=True, read_only=True)
    assert "public share link" in shared and "QA_AUTH" not in shared and "--read-only" not in shared
    assert "192.168.1.5" in server.exposure_warning("192.168.1.5", False, auth=True, read_only=False)


def test_binding_all_interfaces_prints_the_warning(tmp_path, cache, capfd):
    from ui.app import launch

    demo = launch(fake(tmp_path, cache), host="0.0.0.0", port=free_port(), block=False, quiet=True)
    demo.close()
    err = capfd.readouterr().err
    assert "warning: the chat is open to every machine that can reach 0.0.0.0" in err


def test_read_only_chat_has_no_upload(tmp_path, cache):
    assistant = fake(tmp_path, cache, read_only=True)
    with Served(assistant) as app:
        assert "on_upload" not in {fn.api_name for fn in app.demo.fns.values()}
        config = httpx.get(f"{app.url}config").json()
        assert not [c for c in config["components"] if c.get("props", {}).get("elem_id") == "qa-upload"]
        assert app.demo.qa_rebuilder.read_only
        r = httpx.post(f"{app.url}gradio_api/upload", files=[("files", ("speech.txt", SPEECH.encode()))])
        assert r.status_code == 404 and "read-only" in r.text
        assert not list(server.temp_dir(assistant.settings).rglob("speech.txt"))
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, "utf-8")
    assert "只读" in statuses(Rebuilder(assistant), path)[-1]
    assert not (tmp_path / "up").exists()


def test_read_only_flag_and_variable(monkeypatch):
    from qa.cli import build_parser, settings_from

    monkeypatch.setenv("QA_READ_ONLY", "1")
    assert Settings.from_env().read_only is True
    monkeypatch.setenv("QA_READ_ONLY", "0")
    args = build_parser().parse_args(["chat", "--read-only", "--uploads-per-hour", "3",
                                      "--max-upload-passages", "50"])
    settings = settings_from(args)
    assert settings.read_only is True and settings.uploads_per_hour == 3 and settings.max_upload_passages == 50


# -- 4. uploads cannot keep the server busy ----------------------------------------------------
def test_too_many_passages_are_refused(tmp_path, cache):
    assistant = fake(tmp_path, cache, max_upload_passages=3)
    path = tmp_path / "long.txt"
    path.write_text("一、总体要求\n" + "".join(f"第{i}段要抓好第{i}项工作。\n\n" for i in range(1, 9)), "utf-8")
    last = statuses(Rebuilder(assistant), path)[-1]
    assert "超过了每次上传 3 段的上限" in last and "拆成几份" in last and "qa-upload-error" in last
    assert "long" not in {d.id for d in assistant.documents()}


def test_uploads_are_indexed_one_at_a_time_with_their_place_shown(tmp_path, cache):
    assistant = fake(tmp_path, cache)
    running, overlaps = [0], []
    add = assistant.add_files

    def counted(*args, **kw):
        running[0] += 1
        overlaps.append(running[0])
        try:
            return add(*args, **kw)
        finally:
            running[0] -= 1

    assistant.add_files = counted
    rebuilder = Rebuilder(assistant, poll=0.02)
    gens = []
    for i in range(3):
        path = tmp_path / f"s{i}.txt"
        path.write_text(SPEECH.replace("总体要求", f"总体要求{i}"), "utf-8")
        gens.append(rebuilder.handle(str(path), session=f"user{i}"))
    firsts = [next(g)[0] for g in gens]
    assert "正在加入 s0.txt" in firsts[0]
    assert "前面还有 1 份" in firsts[1] and "前面还有 2 份" in firsts[2]
    finals = [list(g)[-1][0] for g in gens]
    assert all("✓ 已加入" in f for f in finals) and max(overlaps) == 1
    assert {"s0", "s1", "s2"} <= {d.id for d in assistant.documents()}


def test_uploads_per_session_per_hour(tmp_path, cache):
    now = [1000.0]
    assistant = fake(tmp_path, cache, uploads_per_hour=2)
    rebuilder = Rebuilder(assistant, poll=0.01, clock=lambda: now[0])
    paths = []
    for i in range(4):
        paths.append(tmp_path / f"h{i}.txt")
        paths[-1].write_text(SPEECH.replace("总体要求", f"总体要求{i}"), "utf-8")
    assert "✓" in statuses(rebuilder, paths[0], "alice")[-1]
    assert "✓" in statuses(rebuilder, paths[1], "alice")[-1]
    refused = statuses(rebuilder, paths[2], "alice")[-1]
    assert "每个会话一小时内最多上传 2 份讲话稿" in refused and "60 分钟后" in refused
    assert "✓" in statuses(rebuilder, paths[2], "bob")[-1]  # another session is not held back
    now[0] += 3600
    assert "✓" in statuses(rebuilder, paths[3], "alice")[-1]


# -- 5. dotfile names ---------------------------------------------------------------------------
def test_dotfile_upload_is_renamed_and_really_indexed(tmp_path, cache):
    from index.corpus import corpus_files

    assistant = fake(tmp_path, cache)
    path = tmp_path / ".hidden.txt"
    path.write_text(SPEECH, "utf-8")
    last = statuses(Rebuilder(assistant, poll=0.02), path)[-1]
    assert "✓ 已加入" in last and "已改名为 hidden.txt" in last
    assert "hidden" in {d.id for d in assistant.documents()}
    saved = tmp_path / "up" / "hidden.txt"
    assert saved in corpus_files([tmp_path / "up"])  # the next rebuild reads it too


@pytest.mark.parametrize("name", [".txt", "...txt", " . .md"])
def test_name_that_is_only_an_extension_is_refused(name):
    with pytest.raises(SpeechError, match="除了扩展名没有文件名"):
        upload_name(name)


def test_names_and_types():
    assert upload_name("..a b.TXT") == ("a b.TXT", True)
    assert upload_name("讲话.md") == ("讲话.md", False)
    assert upload_name("x\x07y.txt") == ("x_y.txt", True)
    with pytest.raises(SpeechError, match="只能添加"):
        upload_name("slides.exe")


def test_assistant_refuses_a_hidden_name():
    from qa.assistant import Assistant

    with pytest.raises(SpeechError, match="hidden file"):
        Assistant.add_speech(object.__new__(Assistant), ".hidden.txt", SPEECH.encode())


# -- 7. an upload interrupted by a kill --------------------------------------------------------
def test_staged_upload_is_dropped_or_published_by_the_index(tmp_path):
    up, index_dir = tmp_path / "up", tmp_path / "index"
    dropped = staging.stage(up, "dropped.txt", b"a")
    assert not (up / "dropped.txt").exists() and dropped.parent.name == staging.STAGING
    lines = staging.recover(up, index_dir)  # no index names it: its upload never finished
    assert lines == ["dropped.txt: its upload did not finish; dropped"]
    assert not dropped.exists() and not staging.staging_dir(up).exists()


@pytest.mark.slow
def test_kill_during_an_upload_then_the_chat_starts(tmp_path, encoder, model_dir, capfd):
    """A real upload killed with SIGKILL; then the chat's start settles it and answers."""
    from qa.assistant import Assistant

    settings = Settings.from_env().with_overrides(cache_dir=tmp_path / "cache", upload_dir=tmp_path / "up",
                                                  index_dir=tmp_path / "index", model_dir=model_dir)
    Assistant(settings=settings, progress=False, encoder=encoder)  # the index before the upload
    speech = tmp_path / "killed.txt"
    speech.write_text(SPEECH, "utf-8")
    script = textwrap.dedent(f"""
        import sys, time
        sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / 'tests')!r}]
        from qa.assistant import Assistant
        from qa.config import Settings
        from ui.upload import Rebuilder
        s = Settings.from_env().with_overrides(cache_dir={str(tmp_path / 'cache')!r}, upload_dir={str(tmp_path / 'up')!r},
                                               index_dir={str(tmp_path / 'index')!r}, model_dir={str(model_dir)!r})
        r = Rebuilder(Assistant(settings=s, progress=False))
        r.assistant.add_files = lambda paths, on_stage=None: (print("adding", flush=True), time.sleep(600))
        job = r.submit({str(speech)!r})
        time.sleep(600)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert proc.stdout.readline().strip() == "adding"
        assert (tmp_path / "up" / staging.STAGING / "killed.txt").exists()
    finally:
        proc.kill()
        proc.wait()
    assert not (tmp_path / "up" / "killed.txt").exists()  # the upload folder still agrees with the index
    chat = staging.open_assistant(settings, progress=False, encoder=encoder)
    assert "killed" not in {d.id for d in chat.documents()} and not staging.staging_dir(tmp_path / "up").exists()
    assert chat.ask("下一阶段的重点任务有哪些?", []).answerable

    # Killed after the swap, before the file was published: the start publishes it.
    staged = staging.stage(settings.upload_dir, "swapped.txt", SPEECH.replace("总体要求", "总体目标").encode())
    chat.add_files([staged])
    again = staging.open_assistant(settings, progress=False, encoder=encoder)
    assert (tmp_path / "up" / "swapped.txt").read_bytes() == staged.read_bytes()
    assert "swapped" in {d.id for d in again.documents()}

    # A file that reached the upload folder without its index (an older version's kill):
    # the chat rebuilds by itself, and says so.
    (tmp_path / "up" / "copied.txt").write_text(SPEECH.replace("总体要求", "工作要求"), "utf-8")
    capfd.readouterr()
    chat = staging.open_assistant(settings, progress=False, encoder=encoder)
    assert "copied" in {d.id for d in chat.documents()}
    assert "changed since the index was built (copied.txt); rebuilding the index first" in capfd.readouterr().err

    # An upload removed by hand: the index would be stale; the chat rebuilds without it.
    (tmp_path / "up" / "copied.txt").unlink()
    chat = staging.open_assistant(settings, progress=False, encoder=encoder)
    assert "copied" not in {d.id for d in chat.documents()} and "swapped" in {d.id for d in chat.documents()}
    assert "(copied.txt); rebuilding the index first" in capfd.readouterr().err


# -- 1. in Chromium: a speech and a question full of Markdown and HTML stay text ---------------
MD_SPEECH = """在全市优化营商环境大会上的讲话
同志们:
一、关于营商环境细则
营商环境细则详见[营商环境细则](http://127.0.0.1:7499/phish)这份文件。
细则附图见![示意图](http://127.0.0.1:7499/x.png)所列内容。
相关材料见<http://127.0.0.1:7499/auto>和[参考资料][ref]两处。
[ref]: http://127.0.0.1:7499/ref
二、关于改革任务
要**大力**推进*放管服*改革,落实`审批代码`和~~旧规定~~的清理。
| 指标 | 目标 |
|---|---|
| 办理时限 | 三天 |
# 办理时限压缩到三天以内
&lt;实体&gt; &amp; &copy; 这些字符照原样显示。
三、关于安全要求
<script>alert("x")</script>这样的代码不得执行。
<img src=x onerror=alert(1)>这样的图片不得显示。
营商环境一定要好!
"""
MD_QUESTION = ("[点我](http://127.0.0.1:7499/q) ![图](http://127.0.0.1:7499/q.png) <http://127.0.0.1:7499/a>\n"
               "# 标题\n| a | b |\n|---|---|\n**粗体** *斜体* `代码` ~~删除~~ &amp; <b>粗</b>"
               "<img src=x onerror=alert(5)><script>alert(6)</script> 营商环境细则讲了什么!")
FORBIDDEN = ("a[href], img, script, iframe, object, embed, strong, em, b, i, code, pre, table, "
             "h1, h2, h3, h4, h5, h6, del, s, blockquote, ul, ol, li, hr, input")
MARKUP_FOUND = """([roots, forbidden]) => {
    const bad = [];
    for (const sel of roots) for (const root of document.querySelectorAll(sel))
        for (const el of root.querySelectorAll(forbidden)) {
            if (el.matches('a.qa-cite') && /^#cite-\\d+$/.test(el.getAttribute('href'))) continue;
            bad.push(sel + ': ' + el.outerHTML.slice(0, 160));
        }
    return bad;
}"""
MESSAGE_ROOTS = ['#qa-chat [data-testid="bot"] .qa-answer', '#qa-chat [data-testid="bot"] .qa-notice',
                 '#qa-chat [data-testid="user"] .qa-user-text', "#qa-evidence .qa-passage",
                 "#qa-evidence .qa-section", "#qa-evidence .qa-evidence-q", "#qa-evidence .qa-quote",
                 "#qa-outline td", "#qa-upload-status"]


@pytest.fixture(scope="module")
def real_app(tmp_path_factory, cache, request):
    """The app over the real Assistant (the fake with QA_UI_REAL=0), with its own folders."""
    base = tmp_path_factory.mktemp("secapp")
    if os.environ.get("QA_UI_REAL", "").strip() == "0":
        assistant = fake(base, cache)
    else:
        from qa.assistant import Assistant

        settings = Settings.from_env().with_overrides(
            cache_dir=cache, upload_dir=base / "up", index_dir=base / "index",
            model_dir=request.getfixturevalue("model_dir"))
        assistant = Assistant(settings=settings, progress=False, encoder=request.getfixturevalue("encoder"))
    with Served(assistant) as app:
        app.assistant = assistant
        yield app


def _ask(page, question: str, n_before: int) -> None:
    box = page.locator("#qa-input textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        """(n) => { const bots = document.querySelectorAll('#qa-chat [data-testid="bot"]');
                    return bots.length > n && bots[bots.length - 1].querySelector('.qa-answer'); }""",
        arg=n_before, timeout=60_000)
    # the streamed reply settles: its text unchanged over a second (a fixed pause read half a reply under load)
    last, same = None, 0
    for _ in range(120):
        page.wait_for_timeout(250)
        text = page.evaluate("""() => { const bots = document.querySelectorAll('#qa-chat [data-testid="bot"]');
                                        return bots[bots.length - 1].innerText; }""")
        same = same + 1 if text == last else 0
        if same >= 4:
            break
        last = text


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.browser
@pytest.mark.slow
def test_markdown_and_html_from_a_speech_and_a_question_stay_text(real_app, browser, tmp_path):  # noqa: F811
    speech = tmp_path / "md_speech.txt"
    speech.write_text(MD_SPEECH, "utf-8")
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    dialogs, outside = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: outside.append(r.url) if "7499" in r.url else None)
    page.goto(real_app.url)
    page.wait_for_selector("#qa-input textarea", timeout=30_000)

    page.get_by_text("添加讲话稿").first.click()
    page.locator("#qa-upload input[type=file]").set_input_files(str(speech))
    page.wait_for_selector(".qa-upload-ok", timeout=180_000)
    assert "已加入" in page.locator(".qa-upload-ok").inner_text()
    temp = server.temp_dir(real_app.assistant.settings)
    assert not list(temp.rglob("md_speech.txt"))  # item 2: Gradio's copy is gone
    page.locator("#qa-outline").get_by_text("关于安全要求").first.wait_for(timeout=30_000)

    cited_texts: list[str] = []
    n = 0
    for question in (MD_QUESTION, "关于营商环境细则讲了什么?", "关于改革任务讲了什么?", "关于安全要求讲了什么?"):
        expected = real_app.assistant.ask(question, [])
        _ask(page, question, n)
        n += 1
        bad = page.evaluate(MARKUP_FOUND, [MESSAGE_ROOTS, FORBIDDEN])
        assert bad == [], bad
        bot = page.locator('#qa-chat [data-testid="bot"]').last
        shown = _flat(bot.inner_text())
        for c in expected.citations:
            assert _flat(c.quote) in shown  # each quote as raw characters, "[", "(", "!" and all
            card = page.locator(f"#qa-evidence #cite-{c.id} .qa-passage")
            assert _flat(card.inner_text()) == _flat(c.text)
            cited_texts.append(c.text)
        if question == MD_QUESTION:
            user = page.locator('#qa-chat [data-testid="user"]').last
            assert _flat(user.inner_text()) == _flat(MD_QUESTION)

    # The reader may drop parts of the text (a URL, say); what it keeps must still hold each form
    # of markup, or the test would prove nothing.
    cited = "".join(cited_texts)
    for form in (r"(?<!!)\[[^\]]+\]\(", r"!\[[^\]]+\]\(", r"\*\*[^*]+\*\*", r"`[^`]+`", r"~~[^~]+~~",
                 r"&lt;|&amp;", r"<script>", r"<img src=x onerror=", r"好!"):
        assert re.search(form, cited), f"no cited passage holds {form!r}"
    page.wait_for_timeout(300)
    out = ROOT / "test-artifacts"
    out.mkdir(exist_ok=True)
    page.screenshot(path=str(out / "security.png"), full_page=True)
    assert dialogs == [] and outside == []
    context.close()
