"""The chat handlers: the streamed UI reply and the ``/chat`` API endpoint."""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from typing import Any

from qa.answer import Answer
from qa.streaming import partial_texts

from . import render

log = logging.getLogger(__name__)

Messages = list[dict[str, Any]]
EMPTY_MESSAGE = "请输入问题。"
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


class ChatService:
    """Wraps an assistant for the UI: input checks, streaming, the JSON API."""

    def __init__(self, assistant: Any, stream_delay: float = 0.02) -> None:
        self.assistant = assistant
        self.stream_delay = stream_delay

    @property
    def max_chars(self) -> int:
        """The longest question accepted."""
        return int(getattr(self.assistant.settings, "max_question_chars", 500))

    def check(self, question: str) -> str | None:
        """A message saying why ``question`` cannot be asked, or None when it can."""
        if not question or not question.strip():
            return EMPTY_MESSAGE
        if len(question) > self.max_chars:
            return too_long_message(len(question), self.max_chars)
        return None

    def ask(self, question: str, history: list[str]) -> Answer:
        """Ask the assistant, turning an unexpected failure into a plain refusal."""
        try:
            return self.assistant.ask(question.strip(), history)
        except Exception:  # the UI must keep working; the log has the details
            log.exception("ask failed for %r", question)
            return Answer(question=question, answer=ERROR_MESSAGE, answerable=False)

    # -- the API -----------------------------------------------------------------
    def api_chat(self, question: str, history: Any = None) -> dict[str, Any]:
        """Answer one question: the answer contract (``Answer.to_dict()``), or an ``error`` with a message."""
        problem = self.check(question if isinstance(question, str) else "")
        if problem:
            kind = "empty_question" if problem == EMPTY_MESSAGE else "question_too_long"
            return {"question": question, "answer": problem, "answerable": False, "citations": [],
                    "notices": [], "retrieved": [], "error": kind}
        return self.ask(question, parse_history(history)).to_dict()

    # -- the UI ------------------------------------------------------------------
    def respond(self, question: str, messages: Messages | None, history: list[str] | None
                ) -> Iterator[tuple[Messages, Any, list[str], str]]:
        """Stream a reply: yields (chat messages, evidence HTML or None, question history, textbox text).

        The evidence is None while it is unchanged (the app turns it into a skip).
        """
        messages = list(messages or [])
        history = list(history or [])
        problem = self.check(question or "")
        if problem == EMPTY_MESSAGE:
            yield messages, None, history, ""
            return
        messages.append({"role": "user", "content": render.user_message(question.strip())})
        if problem:
            messages.append({"role": "assistant", "content": render.message_text(problem)})
            yield messages, None, history, question
            return
        messages.append({"role": "assistant", "content": "…"})
        yield list(messages), None, history, ""
        answer = self.ask(question, history)
        evidence = render.evidence_panel(answer)
        for part in partial_texts(answer.answer):
            messages[-1] = {"role": "assistant", "content": render.answer_message(answer, part)}
            yield list(messages), evidence, history, ""
            time.sleep(self.stream_delay)
        messages[-1] = {"role": "assistant", "content": render.answer_message(answer)}
        yield messages, evidence, history + [question.strip()], ""
