"""Question answering over Chinese government speeches.

>>> from qa import Assistant          # doctest: +SKIP
>>> Assistant().ask("当前存在哪些突出问题?").to_dict()   # doctest: +SKIP
"""
from __future__ import annotations

from .answer import Answer, AnswerItem, Citation, Notice, RetrievedPassage

__all__ = ["Answer", "AnswerItem", "Assistant", "Citation", "Notice", "RetrievedPassage", "ask"]


def __getattr__(name: str):
    # Lazy: importing qa (e.g. for Answer) must not load torch and the model.
    if name in ("Assistant", "ask", "default_assistant"):
        from . import assistant

        return getattr(assistant, name)
    raise AttributeError(name)
