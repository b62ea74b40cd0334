"""Earlier turns of a chat: what a follow-up leans on, resolved without recursion.

A follow-up ("第三条", "那…呢") points into the answer to the question before it,
which may itself be a follow-up. Only the chain of turns that lean back is answered
again, oldest first, in a loop, within the last ``turns`` questions; results are kept
per history in a small bounded cache, since a chat sends the same history with every
question.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

Turn = tuple[str, list]  # (the turn's resolved text, the items its answer listed)


def check_history(history: Any) -> list[str]:
    """The earlier questions as a list, oldest first; a str, bytes or mapping is a TypeError."""
    if history is None:
        return []
    if isinstance(history, (str, bytes, dict)) or not hasattr(history, "__iter__"):
        raise TypeError(f"history must be a list of the earlier questions, oldest first, "
                        f"not a {type(history).__name__}")
    return [h for h in history if isinstance(h, str) and h.strip()]


class TurnMemory:
    """Resolves the last turn of a history, answering only the turns a follow-up leans on."""

    def __init__(self, answer_turn: Callable[[str, list[str], Callable[[], Turn]], Any],
                 leans: Callable[[str], bool], size: int = 512) -> None:
        """``answer_turn(question, earlier, previous)`` answers one turn (an Answer);
        ``leans(question)`` tells whether a question uses the turn before it."""
        self.answer_turn = answer_turn
        self.leans = leans
        self.size = size
        self._cache: dict[tuple[str, ...], Turn] = {}
        self._lock = threading.Lock()

    def clear(self) -> None:
        """Forget every turn (the index was swapped)."""
        with self._lock:
            self._cache.clear()

    def _get(self, key: tuple[str, ...]) -> Turn | None:
        with self._lock:
            return self._cache.get(key)

    def _put(self, key: tuple[str, ...], turn: Turn) -> None:
        with self._lock:
            if key not in self._cache and len(self._cache) >= self.size:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = turn

    def previous(self, history: Sequence[str]) -> Callable[[], Turn]:
        """A callable giving the last turn of ``history``, resolved on first use only."""
        history = list(history)
        return lambda: self.last_turn(history)

    def last_turn(self, history: Sequence[str]) -> Turn:
        """The resolved text and listed items of ``history[-1]``."""
        history = list(history)
        if not history:
            return "", []
        if (known := self._get(tuple(history))) is not None:
            return known
        start = len(history) - 1  # back to the first turn that stands alone (or is known)
        while start > 0 and self._get(tuple(history[:start])) is None and self.leans(history[start]):
            start -= 1
        turn: Turn = ("", [])
        for i in range(start, len(history)):
            key = tuple(history[:i + 1])
            if (known := self._get(key)) is not None:
                turn = known
                continue
            before = tuple(history[:i])
            prior = turn if i > start else (self._get(before) or (history[i - 1] if i else "", []))
            answer = self.answer_turn(history[i], list(before), lambda p=prior: p)
            turn = ((getattr(answer, "resolved", None) or history[i]),
                    (answer.items if answer.answerable else []))
            self._put(key, turn)
        return turn
