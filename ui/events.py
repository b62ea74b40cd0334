"""The app's events: what each click, upload and page load does.

Every event here is private (the UI's own; only ``/chat`` is an API). The chat's
conversation is its messages (see :mod:`ui.chat`); after each change the page saves
it in the browser (``qaChat.save`` in ``static/qa.js``), and restores it on load.
Clicks inside messages (a follow-up, 👍👎, "在全文中查看") reach the server through one
hidden textbox and button, the bridge, as a small JSON message.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import gradio as gr

from . import render
from .cards import evidence_panel
from .chat import ChatService, pop_last
from .feedback import FeedbackError, FeedbackLog, make_row
from .fulltext import fulltext_html
from .library import example_questions, library_html, titles
from .upload import Rebuilder
from .upload_checks import status_html

log = logging.getLogger(__name__)

MAX_BRIDGE = 200_000  # characters of one message from the page
SAVE_JS = "(m, c) => (window.qaChat ? window.qaChat.save(m, c) : c)"
RESTORE_JS = ("async () => { for (let i = 0; i < 100 && !window.qaChat; i++) await new Promise(r => setTimeout(r, 30));"
              " return window.qaChat ? window.qaChat.restore() : [[], '']; }")


def hint_html(text: str) -> str:
    """The line under the input box (empty when there is nothing to say)."""
    return f'<div class="qa-hint" role="alert">{render.esc(text)}</div>' if text else ""


def outline_rows(service: ChatService) -> list[list[str]]:
    """The outline's rows (a placeholder row when there is none)."""
    try:
        docs = service.documents()
        return render.outline_samples(service.assistant.outline(), titles(docs)) or [["(没有提纲)"]]
    except Exception:
        log.exception("outline failed")
        return [["(提纲暂不可用)"]]


def uploaded_choices(rebuilder: Rebuilder) -> list[tuple[str, str]]:
    """(title, id) of each speech added in the chat."""
    return [(f"《{d.title}》({d.id})", d.id) for d in rebuilder.uploaded()]


def _session(request: gr.Request | None) -> str:
    return getattr(request, "session_hash", None) or ""


def wire(demo: gr.Blocks, ui: SimpleNamespace, service: ChatService, rebuilder: Rebuilder, feedback: FeedbackLog,
         *, header: Callable[[list], str], upload_events: int = 16) -> None:
    """Attach every event of the app to the components in ``ui`` (see :mod:`ui.app`);
    ``header(docs)`` is the header's HTML."""
    upload_dir = service.assistant.settings.upload_dir
    library_outputs = [ui.outline, ui.examples, ui.header, ui.library, ui.scope] + ([ui.manage] if ui.manage else [])

    def refreshed(changed: bool = True) -> tuple:
        if not changed:
            return tuple(gr.skip() for _ in library_outputs)
        docs = service.documents()
        out = [gr.Dataset(samples=outline_rows(service)), gr.Dataset(samples=[[q] for q in example_questions(docs)]),
               header(docs), library_html(docs, upload_dir),
               gr.CheckboxGroup(choices=[(d.title, d.id) for d in docs], value=[d.id for d in docs])]
        if ui.manage:
            out.append(gr.Dropdown(choices=uploaded_choices(rebuilder), value=None))
        return tuple(out)

    # -- asking ----------------------------------------------------------------------
    def respond(question: str, messages: list, scope: list[str] | None, request: gr.Request):
        for msgs, panel, box, hint in service.respond(question, messages, scope, _session(request)):
            yield msgs, (gr.skip() if panel is None else panel), (gr.skip() if box is None else box), hint_html(hint)

    def retry(messages: list, scope: list[str] | None, request: gr.Request):
        rest, question = pop_last(messages)
        if not question.strip():
            yield gr.skip(), gr.skip(), gr.skip(), hint_html("还没有可以重新回答的问题。")
            return
        yield from respond(question, rest, scope, request)

    chat_outputs = [ui.chatbot, ui.evidence, ui.textbox, ui.hint]
    chat_io = dict(fn=respond, inputs=[ui.textbox, ui.chatbot, ui.scope], outputs=chat_outputs,
                   api_visibility="private")
    save = dict(fn=None, inputs=[ui.chatbot, ui.conv], outputs=[ui.conv], js=SAVE_JS, api_visibility="private")

    def then_save(event) -> None:
        event.then(**save)

    then_save(ui.textbox.submit(**chat_io))
    then_save(ui.send.click(**chat_io))
    then_save(ui.examples.click(lambda row: row[0], [ui.examples], [ui.textbox], queue=False,
                          api_visibility="private").then(**chat_io))
    then_save(ui.outline.click(lambda row: render.question_for_row(row[0]), [ui.outline], [ui.textbox], queue=False,
                         api_visibility="private")
        .then(None, js="() => { if (window.qaChat) window.qaChat.scrollToChat(); }", api_visibility="private")
        .then(**chat_io))
    then_save(ui.retry.click(retry, [ui.chatbot, ui.scope], chat_outputs, api_visibility="private"))

    def edit(messages: list):
        rest, question = pop_last(messages)
        if not question.strip():
            return gr.skip(), gr.skip(), hint_html("还没有可以修改的问题。")
        return rest, question, hint_html("上一问已放回输入框:改好后按回车重新提问。")

    ui.edit.click(edit, [ui.chatbot], [ui.chatbot, ui.textbox, ui.hint], queue=False,
                  api_visibility="private").then(**save)
    # Stop asks the answer in progress to end at its next step (it then saves itself); Gradio's
    # own cancelling would leave its error badge on the chat.
    def stop(request: gr.Request) -> None:
        service.stop(_session(request))

    ui.stop.click(stop, None, None, queue=False, api_visibility="private")

    def new_chat():
        return [], evidence_panel(None), "", "", "", gr.Row(visible=False)

    for trigger in (ui.new.click, ui.chatbot.clear):
        trigger(new_chat, None, [ui.chatbot, ui.evidence, ui.textbox, ui.hint, ui.conv, ui.fb_row], queue=False,
                api_visibility="private").then(None, js="() => { if (window.qaChat) window.qaChat.newChat(); }",
                                               api_visibility="private")
    ui.copy_all.click(None, js="() => window.qaChat.copyText(window.qaChat.conversationPlain())",
                      api_visibility="private")
    ui.export_all.click(None, js="() => window.qaChat.download('讲话问答-对话-' + window.qaChat.stamp() + '.md', "
                                 "window.qaChat.conversationMarkdown())", api_visibility="private")
    ui.open_go.click(None, None, [ui.chatbot, ui.conv], js="() => window.qaChat.takePending()",
                     api_visibility="private").then(
        lambda: (evidence_panel(None), ""), None, [ui.evidence, ui.hint], queue=False, api_visibility="private").then(
        None, js="() => setTimeout(() => window.qaChat.showLatest(), 200)", api_visibility="private")

    # -- the bridge: full text and feedback --------------------------------------------------
    def on_bridge(raw: str, request: gr.Request):
        skip = gr.skip()
        try:
            message = json.loads(raw) if isinstance(raw, str) and len(raw) <= MAX_BRIDGE else None
        except ValueError:
            message = None
        if not isinstance(message, dict):
            return skip, skip, skip, skip, skip
        if message.get("action") == "fulltext":
            html = _fulltext(service, message)
            if html is None:
                return skip, skip, skip, skip, hint_html("找不到这篇讲话的全文(讲话库可能刚更新过)。")
            return gr.Column(visible=True), html, skip, skip, skip
        if message.get("action") == "feedback":
            try:
                feedback.record(make_row(message), _session(request))
            except FeedbackError as exc:
                return skip, skip, skip, skip, hint_html(str(exc))
            word = "👍 有帮助" if message.get("rating") == "up" else "👎 没帮助"
            return (skip, skip, gr.Row(visible=True), json.dumps(message, ensure_ascii=False),
                    hint_html(f"已记下你的评价({word})。可以在下面补充说明,也可以不填。"))
        return skip, skip, skip, skip, skip

    ui.bridge_go.click(on_bridge, [ui.bridge], [ui.ft_box, ui.ft, ui.fb_row, ui.fb_ctx, ui.hint],
                       api_visibility="private").then(
        None, [ui.bridge], None, js="(raw) => { if (raw && raw.includes('\"fulltext\"')) window.qaChat.afterFulltext(); }",
        api_visibility="private")
    ui.ft_close.click(lambda: gr.Column(visible=False), None, [ui.ft_box], queue=False, api_visibility="private")

    def on_comment(ctx: str, comment: str, request: gr.Request):
        try:
            feedback.record(make_row(json.loads(ctx or "null"), comment or ""), _session(request))
        except (ValueError, FeedbackError) as exc:
            return gr.skip(), gr.skip(), hint_html(str(exc) if isinstance(exc, FeedbackError) else "反馈的格式不对。")
        return gr.Row(visible=False), "", hint_html("谢谢,说明已记下。")

    ui.fb_send.click(on_comment, [ui.fb_ctx, ui.fb_text], [ui.fb_row, ui.fb_text, ui.hint], api_visibility="private")

    # -- the page, the library -----------------------------------------------------------------
    demo.load(refreshed, None, library_outputs, api_visibility="private")
    demo.load(None, None, [ui.chatbot, ui.conv], js=RESTORE_JS, api_visibility="private")
    if ui.manage is None:
        return
    _wire_library(ui, rebuilder, refreshed, library_outputs, upload_events)


def _wire_library(ui, rebuilder: Rebuilder, refreshed, library_outputs: list, upload_events: int) -> None:
    """Uploads, deletions and replacements: each queued, its status streamed to the session."""
    def on_upload(file: Any, request: gr.Request):
        cleared = False
        for status, changed in rebuilder.handle(file, _session(request)):
            outline, *rest = refreshed(changed)
            yield (status, outline, (gr.skip() if cleared else None), *rest)  # the box is emptied at once
            cleared = True

    ui.upload.upload(on_upload, [ui.upload], [ui.upload_status, ui.outline, ui.upload, *library_outputs[1:]],
                     api_visibility="private", concurrency_limit=upload_events, show_progress="hidden",
                     trigger_mode="multiple")

    def on_delete(doc_id: str | None, request: gr.Request):
        if not doc_id:
            yield (status_html("请先在“已上传的讲话”里选择要删除的讲话。", "error"), *refreshed(False))
            return
        for status, changed in rebuilder.handle_removal(doc_id, _session(request)):
            yield (status, *refreshed(changed))

    ui.delete.click(on_delete, [ui.manage], [ui.lib_status, *library_outputs], api_visibility="private",
                    concurrency_limit=upload_events, show_progress="hidden")

    def on_replace(file: Any, doc_id: str | None, request: gr.Request):
        if not doc_id:
            rebuilder.discard_temp(getattr(file, "name", file) or "")
            yield (status_html("请先在“已上传的讲话”里选择要替换的讲话。", "error"), *refreshed(False))
            return
        for status, changed in rebuilder.handle(file, _session(request), replacing=doc_id):
            yield (status, *refreshed(changed))

    ui.replace.upload(on_replace, [ui.replace, ui.manage], [ui.lib_status, *library_outputs],
                      api_visibility="private", concurrency_limit=upload_events, show_progress="hidden")


def _fulltext(service: ChatService, message: dict) -> str | None:
    docs = service.documents()
    pid, doc_id = message.get("passage"), message.get("doc")
    if isinstance(pid, str):
        for d in docs:
            if any(p.id == pid for p in d.passages):
                return fulltext_html(d, focus=pid)
    if isinstance(doc_id, str):
        for d in docs:
            if d.id == doc_id:
                return fulltext_html(d)
    return None
