"""What each notice of an answer says, as the chat shows it.

A notice quotes short snippets of the source in “…” (a blank in context, a redacted
word). The answerer cuts them by characters, so one may stop mid-word ("三是_机制不健");
here each snippet found in the passage the notice concerns is widened to whole words.
Each notice also names the ``[n]`` markers of the citations it concerns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_SNIPPET = re.compile(r"“([^“”]{1,40})”")
MAX_GROWTH = 6  # characters a snippet may grow on each side


@dataclass
class NoticeLine:
    """One notice as shown: its kind, its message (snippets widened), the markers it concerns."""

    kind: str
    message: str
    refs: list[int]
    passage_id: str | None = None


@lru_cache(maxsize=512)
def _word_bounds(text: str) -> tuple[tuple[int, int], ...]:
    import jieba

    return tuple((start, end) for _w, start, end in jieba.tokenize(text))


def widen(snippet: str, text: str) -> str:
    """``snippet`` grown to the whole words of ``text`` it starts and ends inside (at most
    :data:`MAX_GROWTH` characters each side); unchanged when ``text`` does not hold it."""
    at = text.find(snippet)
    if at < 0 or not snippet.strip():
        return snippet
    start, end = at, at + len(snippet)
    for a, b in _word_bounds(text):
        if a < start < b and start - a <= MAX_GROWTH:
            start = a
        if a < end < b and b - end <= MAX_GROWTH:
            end = b
    return text[start:end]


def widen_message(message: str, texts: list[str]) -> str:
    """Every “snippet” of ``message`` widened to whole words of the first text that holds it."""
    def grow(m: re.Match) -> str:
        snippet = m.group(1)
        for text in texts:
            if snippet in text:
                return f"“{widen(snippet, text)}”"
        return m.group(0)

    return _SNIPPET.sub(grow, message)


def notice_lines(answer: Any) -> list[NoticeLine]:
    """The answer's notices as shown, in order, with the citation numbers each one concerns."""
    out = []
    for n in answer.notices:
        cited = [c for c in answer.citations if n.passage_id and c.passage_id == n.passage_id]
        texts = [c.text for c in cited] or [c.text for c in answer.citations]
        out.append(NoticeLine(str(n.kind), widen_message(str(n.message), texts),
                              sorted({int(c.id) for c in cited}), n.passage_id))
    return out
