"""The chat app: ``build_app(assistant)`` lays it out, ``launch(assistant)`` serves it.

Left: the header naming the speeches, the chat (streamed answers, each with its own
sources, follow-ups, copy/export and 👍👎; stop, retry, edit the last question, a new
chat), examples drawn from the speeches, the conversations kept in this browser, and
the outline (click a section to ask about it). Right: the evidence panel of the answer
whose ``[n]`` was clicked (the latest by default), the speech library (choose which
speeches to ask; delete or replace an upload) and the upload of a new speech. The
full text of a speech opens over the page. Behaviour in the page is ``static/qa.js``,
the look ``static/qa.css``; events are wired in :mod:`ui.events`.

The API endpoint ``/chat`` takes ``(question, history, document)`` and returns the answer
contract as a dict; it is the only event callable by name (see :mod:`ui.server`).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from . import events, render, server
from .cards import evidence_panel
from .chat import ChatService
from .feedback import FeedbackLog, feedback_path
from .library import example_questions, header_html, library_html
from .upload import Rebuilder
from .upload_checks import accepted_types, megabytes

TITLE = "讲话问答"
SUBTITLE = "只用讲话原文作答,逐句标注出处;原文省略、截断或空缺之处会明确指出。"
CONCURRENCY = 4
QUEUE_SIZE = 64
UPLOAD_EVENTS = 16  # upload events that may wait on the upload queue at once (each mostly sleeps)
# Gradio itself refuses files over this many times our limit, with its own toast; up to it,
# the file reaches our handler, which says why in the UI's words and deletes it at once.
TRANSFER_FACTOR = 16
TEMP_MAX_AGE = 3600  # seconds: Gradio deletes any upload of ours older than this (one never handled)
STATIC = Path(__file__).resolve().parent / "static"


def css() -> str:
    """The app's style sheet."""
    return (STATIC / "qa.css").read_text(encoding="utf-8")


def page_js() -> str:
    """The app's script (a function Gradio runs once the page is up)."""
    return (STATIC / "qa.js").read_text(encoding="utf-8")


def upload_suffixes() -> tuple[str, ...]:
    """The file types the upload box offers: those the corpus reads."""
    from index.corpus import SPEECH_SUFFIXES

    return SPEECH_SUFFIXES


def render_upload_hint(rebuilder: Rebuilder) -> str:
    """The note under the upload box: types, limits, what happens next."""
    return (f'<div class="qa-upload-status">可上传 {render.esc(accepted_types())} 格式的讲话稿,'
            f"每份不超过 {megabytes(rebuilder.max_bytes)}、{rebuilder.max_passages} 段;"
            "最好是 UTF-8 编码(GB18030 也能读,会有提示)。上传后在后台排队加入索引,期间仍按原来的索引回答;"
            f"每个会话每小时最多上传 {rebuilder.per_hour} 份。</div>")


def _layout(ui: SimpleNamespace, service: ChatService, rebuilder: Rebuilder) -> None:
    docs = service.documents()
    upload_dir = service.assistant.settings.upload_dir
    ui.header = gr.HTML(header_html(docs, TITLE, SUBTITLE), elem_id="qa-header")
    gr.HTML(f'<span id="qa-max-chars" hidden>{service.max_chars}</span><div id="qa-note" role="status"></div>',
            elem_id="qa-page-bits")
    with gr.Row(equal_height=False, elem_id="qa-main"):
        with gr.Column(scale=3, min_width=420, elem_id="qa-left"):
            ui.chatbot = gr.Chatbot(
                show_label=False, elem_id="qa-chat", height=560, buttons=[], sanitize_html=True,
                render_markdown=False, latex_delimiters=[], feedback_options=None,
                placeholder="就讲话库里的讲话提问,或点击下面的示例问题、提纲里的章节。")
            with gr.Row(elem_id="qa-input-row"):
                ui.textbox = gr.Textbox(placeholder="输入问题,按回车发送", show_label=False, elem_id="qa-input", scale=5,
                                        autofocus=True, container=False)
                ui.send = gr.Button("发送", variant="primary", scale=1, min_width=64, elem_id="qa-send")
                ui.stop = gr.Button("停止", variant="stop", scale=1, min_width=64, elem_id="qa-stop")
            gr.HTML('<div class="qa-count" id="qa-count" aria-live="polite"></div>', elem_id="qa-counter")
            ui.hint = gr.HTML("", elem_id="qa-hint")
            with gr.Row(visible=False, elem_id="qa-fb-row") as ui.fb_row:
                ui.fb_text = gr.Textbox(label="补充说明(可选)", placeholder="哪里不对,或缺了什么?", scale=4,
                                        elem_id="qa-fb-text", max_length=1000)
                ui.fb_send = gr.Button("提交说明", scale=1, min_width=80, elem_id="qa-fb-send")
            with gr.Row(elem_id="qa-tools"):
                ui.retry = gr.Button("重新回答", size="sm", elem_id="qa-retry")
                ui.edit = gr.Button("修改上一问", size="sm", elem_id="qa-edit")
                ui.new = gr.Button("新对话", size="sm", elem_id="qa-new")
                ui.copy_all = gr.Button("复制全部", size="sm", elem_id="qa-copy-all")
                ui.export_all = gr.Button("导出对话", size="sm", elem_id="qa-export-all")
            ui.examples = gr.Dataset(components=["textbox"], samples=[[q] for q in example_questions(docs)],
                                     label="示例问题", elem_id="qa-examples")
            with gr.Accordion("历史对话(只保存在这个浏览器里)", open=False, elem_id="qa-history"):
                gr.HTML('<div class="qa-chatlist"></div>', elem_id="qa-chatlist")
            with gr.Accordion("讲话提纲(点击章节即可提问)", open=True, elem_id="qa-outline-box"):
                gr.HTML(f'<div class="qa-legend">{render.esc(render.STATUS_LEGEND)}</div>')
                ui.outline = gr.Dataset(components=["textbox"], samples=events.outline_rows(service), layout="table",
                                        samples_per_page=200, label="提纲", elem_id="qa-outline")
        with gr.Column(scale=2, min_width=320, elem_id="qa-right"):
            gr.HTML('<div class="qa-panel-title"><b>引用的原文</b></div>', elem_id="qa-panel-title")
            ui.evidence = gr.HTML(evidence_panel(None), elem_id="qa-evidence")
            with gr.Accordion("讲话库", open=False, elem_id="qa-library-box"):
                ui.library = gr.HTML(library_html(docs, upload_dir), elem_id="qa-library")
                ui.scope = gr.CheckboxGroup(choices=[(d.title, d.id) for d in docs], value=[d.id for d in docs],
                                            label="提问范围:只从勾选的讲话里回答", elem_id="qa-scope")
                ui.manage = None
                if not rebuilder.read_only:
                    with gr.Row():
                        ui.manage = gr.Dropdown(choices=events.uploaded_choices(rebuilder), value=None, scale=3,
                                                label="已上传的讲话(内置讲话不能删除)", elem_id="qa-manage")
                        ui.delete = gr.Button("删除", variant="stop", scale=1, min_width=60, elem_id="qa-delete")
                    ui.replace = gr.UploadButton("用新文件替换所选讲话", file_types=list(upload_suffixes()),
                                                 type="filepath", size="sm", elem_id="qa-replace")
                    ui.lib_status = gr.HTML("", elem_id="qa-lib-status")
            if not rebuilder.read_only:
                with gr.Accordion(f"添加讲话稿({accepted_types()})", open=False):
                    ui.upload = gr.File(label="上传讲话稿", file_types=list(upload_suffixes()), type="filepath",
                                        elem_id="qa-upload")
                    ui.upload_status = gr.HTML(render_upload_hint(rebuilder), elem_id="qa-upload-status")
    with gr.Column(visible=False, elem_id="qa-fulltext") as ui.ft_box:
        ui.ft_close = gr.Button("✕ 关闭全文", size="sm", elem_id="qa-ft-close")
        ui.ft = gr.HTML("", elem_id="qa-ft")
    ui.bridge = gr.Textbox(visible="hidden", elem_id="qa-bridge")
    ui.bridge_go = gr.Button("bridge", visible="hidden", elem_id="qa-bridge-go")
    ui.fb_ctx = gr.Textbox(visible="hidden", elem_id="qa-fb-ctx")
    ui.conv = gr.Textbox(visible="hidden", elem_id="qa-conv")
    ui.open_go = gr.Button("open", visible="hidden", elem_id="qa-open-go")


def build_app(assistant: Any, *, stream_delay: float = 0.02, temp_root: str | Path | None = None) -> gr.Blocks:
    """Lay out the chat app for ``assistant`` (anything with ask/documents/outline/settings and
    add_files/remove_documents).

    Call :func:`launch` to serve it. ``temp_root``: Gradio's upload folder, whose copies of
    handled uploads are deleted. With ``settings.read_only`` nothing can be uploaded or deleted.
    """
    service = ChatService(assistant, stream_delay=stream_delay)
    rebuilder = Rebuilder(assistant, temp_root=temp_root)
    feedback = FeedbackLog(feedback_path(assistant.settings))
    ui = SimpleNamespace()
    with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=(TEMP_MAX_AGE, TEMP_MAX_AGE)) as demo:
        _layout(ui, service, rebuilder)
        events.wire(demo, ui, service, rebuilder, feedback, upload_events=UPLOAD_EVENTS,
                    header=lambda docs: header_html(docs, TITLE, SUBTITLE))

        def chat(question: str, history: list[str] | str | None = None,
                 document: list[str] | str | None = None) -> dict:
            """Answer one question about the speeches.

            history: earlier user questions (oldest first), as a list or a JSON string.
            document: restrict the answer to these speeches (an id, file name or title, or a list).
            Returns the answer contract: question, answer (text with [n] markers), answerable,
            citations, notices, retrieved; plus ``error`` for rejected input.
            """
            return service.api_chat(question, history, document)

        gr.api(chat, api_name="chat")
    demo.qa_service = service  # for tests and the benchmark
    demo.qa_rebuilder = rebuilder
    demo.qa_feedback = feedback
    return demo


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
                quiet=quiet, allowed_paths=None, max_file_size=max_bytes * TRANSFER_FACTOR, css=css(), js=page_js(),
                footer_links=["api"], show_error=False, theme=gr.themes.Soft(), auth=auth,
                app_kwargs={"middleware": [Middleware(server.OnlyChatAPI, uploads=not demo.qa_rebuilder.read_only)]})
    return demo
