"""The chat app: ``build_app(assistant)`` lays it out, ``launch(assistant)`` serves it.

Left: the chat (streamed answers, ``[n]`` links to the source cards, examples,
clear) and the speech outline (click a section to ask about it). Right: the
evidence panel (notices, one card per citation) and the upload of a new speech.
The API endpoint ``/chat`` takes ``(question, history)`` and returns the answer
contract as a dict; it is the only event callable by name (see :mod:`ui.server`).
Messages are HTML built and escaped in :mod:`ui.render`, shown without Markdown.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from . import render, server
from .chat import ChatService
from .upload import Rebuilder
from .upload_checks import accepted_types, megabytes

TITLE = "讲话问答"
SUBTITLE = "只用讲话原文作答,逐句标注出处;原文省略、截断或空缺之处会明确指出。"
EXAMPLES = [
    "当前我市产城融合发展存在哪些突出问题?",
    "下一阶段的重点任务有哪些?",
    "新增了多少张医院床位?",
    "加大政策支持力度方面讲了什么?",
]
CONCURRENCY = 4
QUEUE_SIZE = 64
UPLOAD_EVENTS = 16  # upload events that may wait on the upload queue at once (each mostly sleeps)
# Gradio itself refuses files over this many times our limit, with its own toast; up to it,
# the file reaches our handler, which says why in the UI's words and deletes it at once.
TRANSFER_FACTOR = 16
TEMP_MAX_AGE = 3600  # seconds: Gradio deletes any upload of ours older than this (one never handled)

CSS = """
.qa-header h1 {margin: 0 0 .2em 0; font-size: 1.6em;}
.qa-header p {margin: 0; color: var(--body-text-color-subdued);}
.qa-notice {background: #fff4d6; border-left: 4px solid #e0a100; color: #5c4300; padding: .45em .7em;
  margin: 0 0 .4em 0; border-radius: 4px; font-size: .95em;}
.qa-refusal {background: #fde8e8; border-left: 4px solid #c62828; color: #7f1d1d; padding: .45em .7em;
  margin: 0 0 .4em 0; border-radius: 4px; font-weight: 600;}
.qa-info {color: #7f1d1d;}
.qa-answer p, .qa-user-text p {margin: 0 0 .5em 0;} .qa-answer p:last-child, .qa-user-text p:last-child {margin-bottom: 0;}
#qa-chat a.qa-cite {text-decoration: none; font-weight: 600; font-size: .85em; vertical-align: super; padding: 0 1px;}
.qa-evidence {display: flex; flex-direction: column; gap: .6em;}
.qa-evidence-q {font-weight: 600;}
.qa-empty {color: var(--body-text-color-subdued); padding: 1em; border: 1px dashed var(--border-color-primary);
  border-radius: 6px;}
.qa-card {border: 1px solid var(--border-color-primary); border-radius: 6px; padding: .6em .8em;
  background: var(--background-fill-secondary); scroll-margin-top: 1em;}
.qa-card:target {outline: 2px solid #e0a100;}
.qa-card-head {font-size: .85em; color: var(--body-text-color-subdued); margin-bottom: .35em;}
.qa-card-n {font-weight: 700; color: var(--color-accent);}
.qa-passage {line-height: 1.7;}
.qa-passage mark, .qa-quote mark {background: #ffe58a; padding: 0 1px;}
.qa-pid {font-size: .8em; color: var(--body-text-color-subdued); margin-top: .35em;}
.qa-refusal-card {border-color: #c62828; background: #fdf2f2;}
.qa-refusal-card .qa-card-head {color: #c62828; font-weight: 700; font-size: 1em;}
.qa-upload-error {color: #b71c1c;} .qa-upload-ok {color: #1b5e20;} .qa-upload-busy {color: #8a6100;}
#qa-outline td, #qa-outline th {text-align: left !important; white-space: pre-wrap;}
#qa-evidence {max-height: 640px; overflow-y: auto;}
"""


def _header() -> str:
    return (f'<div class="qa-header"><h1>{render.esc(TITLE)}</h1>'
            f'<p>{render.esc(SUBTITLE)}</p></div>')


def build_app(assistant: Any, *, stream_delay: float = 0.02, temp_root: str | Path | None = None) -> gr.Blocks:
    """Lay out the chat app for ``assistant`` (anything with ask/outline/rebuild/settings).

    Call :func:`launch` to serve it. ``temp_root``: Gradio's upload folder, whose copies of
    handled uploads are deleted. With ``settings.read_only`` there is no upload.
    """
    service = ChatService(assistant, stream_delay=stream_delay)
    rebuilder = Rebuilder(assistant, temp_root=temp_root)
    read_only = rebuilder.read_only

    def outline_rows() -> list[list[str]]:
        try:
            return render.outline_samples(assistant.outline()) or [["(没有提纲)"]]
        except Exception:
            return [["(提纲暂不可用)"]]

    with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=(TEMP_MAX_AGE, TEMP_MAX_AGE)) as demo:
        gr.HTML(_header())
        history = gr.State([])
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=420):
                chatbot = gr.Chatbot(
                    label="对话", elem_id="qa-chat", height=520, buttons=["copy", "copy_all"],
                    sanitize_html=True, render_markdown=False, latex_delimiters=[],
                    feedback_options=None, placeholder="就这篇讲话提问,或点击下面的示例问题、提纲里的章节。")
                with gr.Row():
                    textbox = gr.Textbox(
                        placeholder="输入问题,按回车发送", show_label=False, elem_id="qa-input", scale=5,
                        max_length=service.max_chars, autofocus=True, container=False)
                    send = gr.Button("发送", variant="primary", scale=1, min_width=80)
                    clear = gr.Button("清空对话", scale=1, min_width=80, elem_id="qa-clear")
                examples = gr.Dataset(components=["textbox"], samples=[[q] for q in EXAMPLES],
                                      label="示例问题", elem_id="qa-examples")
                with gr.Accordion("讲话提纲(点击章节即可提问)", open=True):
                    gr.HTML(f'<div class="qa-legend">{render.esc(render.STATUS_LEGEND)}</div>')
                    outline = gr.Dataset(components=["textbox"], samples=outline_rows(), layout="table",
                                         samples_per_page=200, label="提纲", elem_id="qa-outline")
            with gr.Column(scale=2, min_width=320):
                gr.HTML('<div class="qa-panel-title"><b>引用的原文</b></div>')
                evidence = gr.HTML(render.evidence_panel(None), elem_id="qa-evidence")
                if not read_only:
                    with gr.Accordion(f"添加讲话稿({accepted_types()})", open=False):
                        upload = gr.File(label="上传讲话稿", file_types=list(upload_suffixes()), type="filepath",
                                         elem_id="qa-upload")
                        upload_status = gr.HTML(render_upload_hint(rebuilder), elem_id="qa-upload-status")

        def respond(question: str, messages: list, past: list):
            for msgs, panel, new_past, box in service.respond(question, messages, past):
                yield msgs, (gr.skip() if panel is None else panel), new_past, box

        chat_io = dict(fn=respond, inputs=[textbox, chatbot, history],
                       outputs=[chatbot, evidence, history, textbox], api_visibility="private")
        textbox.submit(**chat_io)
        send.click(**chat_io)
        examples.click(lambda row: row[0], [examples], [textbox], queue=False,
                       api_visibility="private").then(**chat_io)
        outline.click(lambda row: render.question_for_row(row[0]), [outline], [textbox], queue=False,
                      api_visibility="private").then(**chat_io)
        clear.click(lambda: ([], render.evidence_panel(None), [], ""), None,
                    [chatbot, evidence, history, textbox], queue=False, api_visibility="private")

        def on_upload(file: Any, request: gr.Request):
            session = getattr(request, "session_hash", None) or ""
            cleared = False
            for status, changed in rebuilder.handle(file, session):
                outline_update = gr.Dataset(samples=outline_rows()) if changed else gr.skip()
                yield status, outline_update, (gr.skip() if cleared else None)  # empty the box at once
                cleared = True

        if not read_only:
            upload.upload(on_upload, [upload], [upload_status, outline, upload], api_visibility="private",
                          concurrency_limit=UPLOAD_EVENTS, show_progress="hidden")
        demo.load(lambda: gr.Dataset(samples=outline_rows()), None, [outline], api_visibility="private")

        def chat(question: str, history: list[str] | str | None = None) -> dict:
            """Answer one question about the speeches.

            history: earlier user questions (oldest first), as a list or a JSON string.
            Returns the answer contract: question, answer (markdown with [n] markers),
            answerable, citations, notices, retrieved; plus ``error`` for rejected input.
            """
            return service.api_chat(question, history)

        gr.api(chat, api_name="chat")
    demo.qa_service = service  # for tests and the benchmark
    demo.qa_rebuilder = rebuilder
    return demo


def upload_suffixes() -> tuple[str, ...]:
    """The file types the upload box offers: those the corpus reads."""
    from index.corpus import SPEECH_SUFFIXES

    return SPEECH_SUFFIXES


def render_upload_hint(rebuilder: Rebuilder) -> str:
    """The note under the upload box: types, limits, what happens next."""
    return (f'<div class="qa-upload-status">可上传 {render.esc(accepted_types())} 格式的讲话稿,'
            f"每份不超过 {megabytes(rebuilder.max_bytes)}、{rebuilder.max_passages} 段;"
            "最好是 UTF-8 编码(GB18030 也能读,会有提示)。上传后在后台排队重建索引,期间仍按原来的索引回答;"
            f"每个会话每小时最多上传 {rebuilder.per_hour} 份。</div>")


def launch(assistant: Any, host: str = "127.0.0.1", port: int = 7860, share: bool = False,
           block: bool = True, *, quiet: bool = False, stream_delay: float = 0.02) -> gr.Blocks:
    """Build the app and serve it on ``host:port`` (loopback by default, no share link unless asked).

    With ``block=False`` it returns at once; the server runs in a thread (``demo.local_url``,
    ``demo.close()``). Only the upload component accepts files; no extra paths are served.
    ``settings.auth`` (``user:password``) asks for a login; a host other than the loopback
    interface, or a share link, prints a warning on stderr.
    """
    settings = assistant.settings
    # Gradio re-summarises all recorded events with pandas after every event (about 20 ms at its
    # 10,000-event cap, in the request path); every 100 events is plenty (nothing here shows it).
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "100")
    temp_root = server.use_temp_dir(settings)  # before the app exists: Gradio reads it then
    demo = build_app(assistant, stream_delay=stream_delay, temp_root=temp_root)
    demo.qa_rebuilder.sweep()  # what an earlier run left there
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_SIZE)
    auth = server.auth_pair(getattr(settings, "auth", ""))
    warning = server.exposure_warning(host, share, auth=auth is not None,
                                      read_only=demo.qa_rebuilder.read_only)
    if warning:
        print(warning, file=sys.stderr)
    max_bytes = demo.qa_rebuilder.max_bytes
    demo.launch(server_name=host, server_port=port, share=share, prevent_thread_lock=not block,
                quiet=quiet, allowed_paths=None, max_file_size=max_bytes * TRANSFER_FACTOR, css=CSS,
                footer_links=["api"], show_error=False, theme=gr.themes.Soft(), auth=auth,
                app_kwargs={"middleware": [Middleware(server.OnlyChatAPI, uploads=not demo.qa_rebuilder.read_only)]})
    return demo
