"""The chat app: ``build_app(assistant)`` lays it out, ``launch(assistant)`` serves it.

Left: the chat (streamed answers, ``[n]`` links to the source cards, examples,
clear) and the speech outline (click a section to ask about it). Right: the
evidence panel (notices, one card per citation) and the upload of a new speech.
The API endpoint ``/chat`` takes ``(question, history)`` and returns the answer
contract as a dict.
"""
from __future__ import annotations

import os
from typing import Any

import gradio as gr

from . import render
from .chat import ChatService
from .upload import Rebuilder

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

CSS = """
.qa-header h1 {margin: 0 0 .2em 0; font-size: 1.6em;}
.qa-header p {margin: 0; color: var(--body-text-color-subdued);}
.qa-notice {background: #fff4d6; border-left: 4px solid #e0a100; color: #5c4300; padding: .45em .7em;
  margin: 0 0 .4em 0; border-radius: 4px; font-size: .95em;}
.qa-refusal {background: #fde8e8; border-left: 4px solid #c62828; color: #7f1d1d; padding: .45em .7em;
  margin: 0 0 .4em 0; border-radius: 4px; font-weight: 600;}
.qa-info {color: #7f1d1d;}
#qa-chat a[href^="#cite-"] {text-decoration: none; font-weight: 600; font-size: .85em; vertical-align: super; padding: 0 1px;}
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


def build_app(assistant: Any, *, stream_delay: float = 0.02) -> gr.Blocks:
    """Lay out the chat app for ``assistant`` (anything with ask/outline/add_speech/rebuild/settings).

    Call :func:`launch` to serve it, or ``build_app(a).queue(...).launch(css=CSS)``.
    """
    service = ChatService(assistant, stream_delay=stream_delay)
    rebuilder = Rebuilder(assistant)

    def outline_rows() -> list[list[str]]:
        try:
            return render.outline_samples(assistant.outline()) or [["(没有提纲)"]]
        except Exception:
            return [["(提纲暂不可用)"]]

    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        gr.HTML(_header())
        history = gr.State([])
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=420):
                chatbot = gr.Chatbot(
                    label="对话", elem_id="qa-chat", height=520, buttons=["copy", "copy_all"],
                    sanitize_html=True, render_markdown=True, latex_delimiters=[], line_breaks=True,
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
                with gr.Accordion("添加讲话稿(.txt / .md)", open=False):
                    upload = gr.File(label="上传讲话稿", file_types=[".txt", ".md"], type="filepath",
                                     elem_id="qa-upload")
                    upload_status = gr.HTML(render_upload_hint(rebuilder.max_bytes))

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

        def on_upload(file: Any):
            for status, changed in rebuilder.handle(file):
                yield status, (gr.Dataset(samples=outline_rows()) if changed else gr.skip())

        upload.upload(on_upload, [upload], [upload_status, outline], api_visibility="private")
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


def render_upload_hint(max_bytes: int) -> str:
    """The note under the upload box (size limit, what happens next)."""
    return (f'<div class="qa-upload-status">讲话稿须为 UTF-8 文本,不超过 {max_bytes // 1000:,} KB。'
            "上传后会在后台重建索引,期间仍按原来的索引回答。</div>")


def launch(assistant: Any, host: str = "127.0.0.1", port: int = 7860, share: bool = False,
           block: bool = True, *, quiet: bool = False, stream_delay: float = 0.02) -> gr.Blocks:
    """Build the app and serve it on ``host:port`` (loopback by default, no share link unless asked).

    With ``block=False`` it returns at once; the server runs in a thread (``demo.local_url``,
    ``demo.close()``). Only the upload component accepts files; no extra paths are served.
    """
    # Gradio re-summarises all recorded events with pandas after every event (about 20 ms at its
    # 10,000-event cap, in the request path); every 100 events is plenty (nothing here shows it).
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "100")
    demo = build_app(assistant, stream_delay=stream_delay)
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_SIZE)
    max_bytes = int(getattr(assistant.settings, "max_upload_bytes", 2_000_000))
    demo.launch(server_name=host, server_port=port, share=share, prevent_thread_lock=not block,
                quiet=quiet, allowed_paths=None, max_file_size=max_bytes, css=CSS,
                footer_links=["api"], show_error=False, theme=gr.themes.Soft())
    return demo
