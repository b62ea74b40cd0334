"""The chat handlers: the streamed UI reply and the ``/chat`` API endpoint.

The conversation lives in the chat messages themselves: each answer's message carries a
hidden ``qa-meta`` (see :mod:`ui.render`), so the questions a follow-up leans on are read
back from the messages. A conversation restored from the browser, retried, edited or
stopped therefore never disagrees with a separate history.
"""
from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Iterator
from typing import Any

from qa.answer import Answer
from qa.streaming import partial_texts

from . import render
from .cards import evidence_panel
from .followups import suggest
from .library import titles as doc_titles
from .overview import asked_document, overview_answer

log = logging.getLogger(__name__)

Messages = list[dict[str, Any]]
EMPTY_MESSAGE = "请输入问题。"
EMPTY_HINT = "请先输入问题,再点“发送”。"
NO_SCOPE_HINT = "请在“讲话库”里至少选择一篇讲话,再提问。"
ERROR_MESSAGE = "抱歉,回答这个问题时出错了,请换个说法再试。"


def too_long_message(length: int, limit: int) -> str:
    """The reply to a question over the length limit."""
    return f"问题太长了(共{length}字),请精简到{limit}字以内再问。"


def parse_history(history: Any) -> list[str]:
    """Earlier user questions from a list, a JSON string of a list, or chat messages (role/content dicts)."""
    if history is None or history == "":
        return []
    if isinstance(history, str):
        try:
            history = json.loads(history)
        except json.JSONDecodeError:
            return [history]
    if not isinstance(history, list):
        return []
    out: list[str] = []
    for item in history:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict) and item.get("role", "user") == "user":
            content = item.get("content")
            if isinstance(content, str):
                out.append(content)
        elif isinstance(item, (list, tuple)) and item and isinstance(item[0], str):
            out.append(item[0])  # (user, bot) pairs
    return [h for h in out if h.strip()]


def history_of(messages: Messages | None) -> list[str]:
    """The questions asked and answered in a chat, oldest first, read from the answers' meta."""
    out = []
    for m in messages or []:
        meta = render.read_meta(m.get("content")) if isinstance(m, dict) else None
        if meta and meta.get("asked") and isinstance(meta.get("q"), str):
            out.append(meta["q"])
    return out


def pop_last(messages: Messages | None) -> tuple[Messages, str]:
    """The chat without its last exchange, and that exchange's question (for retry and edit)."""
    messages = list(messages or [])
    question = ""
    while messages and messages[-1].get("role") != "user":
        meta = render.read_meta(messages[-1].get("content"))
        question = question or (meta or {}).get("q", "")
        messages.pop()
    if messages:
        last = messages.pop()
        question = question or _text_of(last.get("content"))
    return messages, question


def _text_of(content: Any) -> str:
    import html
    import re

    if isinstance(content, list):
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    text = re.sub(r"</p><p>", "\n\n", str(content or "")).replace("<br>", "\n")
    return html.unescape(re.sub(r"<[^>]+>", "", text))


class ChatService:
    """Wraps an assistant for the UI: input checks, scope, streaming, the JSON API."""

    def __init__(self, assistant: Any, stream_delay: float = 0.02) -> None:
        self.assistant = assistant
        self.stream_delay = stream_delay
        self._stops: dict[str, float] = {}  # session → when it last asked to stop

    def stop(self, session: str) -> None:
        """Ask the session's answer in progress to stop at its next step."""
        if len(self._stops) > 10_000:  # sessions long gone
            self._stops.clear()
        self._stops[session] = time.monotonic()

    def _stopped(self, session: str | None, since: float) -> bool:
        return session is not None and self._stops.get(session, 0.0) >= since

    @property
    def max_chars(self) -> int:
        """The longest question accepted."""
        return int(getattr(self.assistant.settings, "max_question_chars", 500))

    def documents(self) -> list[Any]:
        """The indexed speeches (none when the assistant cannot list them)."""
        try:
            return list(self.assistant.documents())
        except Exception:
            return []

    def check(self, question: str) -> str | None:
        """A message saying why ``question`` cannot be asked, or None when it can."""
        if not question or not question.strip():
            return EMPTY_MESSAGE
        if len(question) > self.max_chars:
            return too_long_message(len(question), self.max_chars)
        return None

    def scope_of(self, chosen: list[str] | None) -> list[str] | None:
        """The speeches to ask (ids): None for all; [] when every one was unticked."""
        if chosen is None:
            return None
        ids = [d.id for d in self.documents()]
        picked = [i for i in chosen if i in ids]
        return None if set(picked) >= set(ids) else picked

    def ask(self, question: str, history: list[str], scope: list[str] | None = None) -> Answer:
        """Ask the assistant (an overview question is answered from the outline), turning an
        unexpected failure into a plain refusal. Raises UnknownDocumentError for a bad scope."""
        from qa.documents import UnknownDocumentError

        docs = self.documents()
        doc = asked_document(question, [d for d in docs if scope is None or d.id in scope])
        try:
            if doc is not None:
                return overview_answer(question.strip(), doc)
            return self.assistant.ask(question.strip(), history, document=scope)
        except UnknownDocumentError:
            raise
        except Exception:  # the UI must keep working; the log has the details
            log.exception("ask failed for %r", question)
            return Answer(question=question, answer=ERROR_MESSAGE, answerable=False)

    # -- the API -----------------------------------------------------------------
    def api_chat(self, question: Any, history: Any = None, document: Any = None) -> dict[str, Any]:
        """Answer one question: the answer contract (``Answer.to_dict()``), or an ``error`` with a message.

        ``document``: a speech's id, file name or title, a list of them, or a JSON string of a list;
        the answer is restricted to those speeches.
        """
        from qa.documents import UnknownDocumentError

        if not isinstance(question, str):
            return _error(question, "问题必须是文字。", "invalid_question")
        problem = self.check(question)
        if problem:
            kind = "empty_question" if problem == EMPTY_MESSAGE else "question_too_long"
            return _error(question, problem, kind)
        scope = _documents_arg(document)
        if scope is False:
            return _error(question, "document 必须是讲话的名称,或名称的列表。", "invalid_document")
        try:
            if scope is not None:
                from qa.documents import resolve_documents

                scope = sorted(resolve_documents(scope, self.documents()) or []) or None
            return self.ask(question, parse_history(history), scope).to_dict()
        except UnknownDocumentError:
            names = "、".join(f"{d.id}(《{d.title}》)" for d in self.documents()[:10])
            return _error(question, f"讲话库里没有名为 {document} 的讲话;可选的有:{names}。", "unknown_document")

    # -- the UI ------------------------------------------------------------------
    def respond(self, question: str, messages: Messages | None, chosen: list[str] | None = None,
                session: str | None = None) -> Iterator[tuple[Messages, Any, str | None, str]]:
        """Stream a reply: yields (chat messages, evidence HTML or None, textbox text or None, hint).

        The evidence is None while it is unchanged, and the textbox None where the question stays
        in it as typed (the app turns both into a skip, so a box the user goes on editing while a
        refusal is sent is not overwritten). When the
        ``session`` asks to :meth:`stop`, the answer ends where it is, marked as stopped.
        """
        started = time.monotonic()
        messages = list(messages or [])
        problem = self.check(question or "")
        if problem == EMPTY_MESSAGE:
            yield messages, None, None, EMPTY_HINT
            return
        scope = self.scope_of(chosen)
        if scope == []:
            yield messages, None, None, NO_SCOPE_HINT
            return
        messages.append({"role": "user", "content": render.user_message(question.strip())})
        if problem:
            messages.append({"role": "assistant", "content": render.message_text(problem)})
            yield messages, None, None, problem
            return
        aid = uuid.uuid4().hex[:12]
        history = history_of(messages[:-1])
        messages.append({"role": "assistant", "content": "…"})
        yield list(messages), None, "", ""
        answer = self.ask(question, history, scope)
        docs = self.documents()
        titles = doc_titles(docs)
        # The panel is sent once: every update of it redraws it, which would undo a click on
        # an older answer's citation made while this one is still finishing.
        unsent = [evidence_panel(answer, titles, aid)]

        def evidence() -> str | None:
            return unsent.pop() if unsent else None

        for part in partial_texts(answer.answer):
            if self._stopped(session, started):
                yield mark_stopped(messages), evidence(), "", ""
                return
            messages[-1] = {"role": "assistant",
                            "content": render.answer_message(answer, part, aid=aid, final=False, scope=scope)}
            yield list(messages), evidence(), "", ""
            time.sleep(self.stream_delay)
        if self._stopped(session, started):
            yield mark_stopped(messages), evidence(), "", ""
            return
        messages[-1] = {"role": "assistant", "content": render.answer_message(
            answer, aid=aid, titles=titles, suggestions=suggest(answer, docs), scope=scope)}
        yield messages, evidence(), "", ""


def mark_stopped(messages: Messages | None) -> Messages:
    """The chat after "stop": a last answer still streaming is marked as stopped (and, not having
    been answered whole, is left out of the history)."""
    messages = list(messages or [])
    if messages and messages[-1].get("role") == "assistant":
        content = messages[-1].get("content")
        meta = render.read_meta(content)
        text = content if isinstance(content, str) else _raw(content)
        if (meta and not meta.get("final")) or text == "…":
            stopped = '<div class="qa-stopped">(已停止,这条回答没有显示完。)</div>'
            messages[-1] = {"role": "assistant", "content": text.replace("…", "", 1) + stopped
                            if text == "…" else text[: text.rfind("</div>")] + stopped + "</div>"}
    return messages


def _raw(content: Any) -> str:
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return str(content or "")


def _documents_arg(document: Any) -> list[str] | None | bool:
    """``document`` as a list of names, None when not given, False when it is of no usable type."""
    if document is None or document == "" or document == []:
        return None
    if isinstance(document, str):
        text = document.strip()
        if text.startswith("["):
            try:
                document = json.loads(text)
            except json.JSONDecodeError:
                return False
        else:
            return [text]
    if isinstance(document, (list, tuple)) and all(isinstance(d, str) for d in document):
        return list(document) or None
    return False


def _error(question: Any, message: str, kind: str) -> dict[str, Any]:
    return {"question": question if isinstance(question, str) else str(question), "answer": message,
            "answerable": False, "citations": [], "notices": [], "retrieved": [], "error": kind}
