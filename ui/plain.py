"""An answer as plain text (what "copy" gives) and as Markdown (what "export" writes).

Plain text: the answer, its notices as lines, and the numbered sources
(``[n] 《title》 section:“quote”``). Markdown: the same, with every character of the
speech escaped so that none of it forms a link, an image or emphasis in a viewer.
"""
from __future__ import annotations

import re
from typing import Any

from .banners import notice_lines

# "1. 一是…": a list number before an item that has its own ordinal is said twice.
_OWN_ORDINAL = (r"(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,，、:：]|首先|其次|再次|最后|"
                r"其[一二三四五六七八九十][,，、:：]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|"
                r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])")
_DOUBLE = re.compile(rf"^(\s*)\d{{1,2}}[.、．)]\s*(?={_OWN_ORDINAL})")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>!|~$&#+\-.=])")
_MARKER = re.compile(r"\[(\d+)\]")


def undouble(line: str) -> str:
    """A line without the list number in front of an item that carries its own (一是, (二), 首先…)."""
    return _DOUBLE.sub(r"\1", line)


def answer_text(text: str) -> str:
    """The answer text as shown: lines undoubled, runs of blank lines made one."""
    lines = [undouble(line.rstrip()) for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def title_of(document: str, titles: dict[str, str] | None) -> str:
    """A document's title for a source line (its id when the title is not known)."""
    return (titles or {}).get(document) or document


def source_line(c: Any, titles: dict[str, str] | None) -> str:
    """``[n] 《title》 section:“quote”`` for one citation."""
    return f"[{c.id}] 《{title_of(c.document, titles)}》 {c.section}:“{c.quote.strip()}”"


def plain_text(answer: Any, titles: dict[str, str] | None = None) -> str:
    """The answer, its notices as lines, then its numbered sources: plain text."""
    parts = [answer_text(answer.answer)]
    lines = notice_lines(answer)
    if lines:
        parts.append("提示:\n" + "\n".join(
            f"⚠ {n.message}" + (f"(见{''.join(f'[{r}]' for r in n.refs)})" if n.refs else "") for n in lines))
    if answer.citations:
        parts.append("来源:\n" + "\n".join(source_line(c, titles) for c in answer.citations))
    return "\n\n".join(p for p in parts if p)


def md_escape(text: str) -> str:
    """Text that a Markdown viewer shows as typed: every special character backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def markdown(answer: Any, titles: dict[str, str] | None = None) -> str:
    """One question and its answer as Markdown: heading, notices as a quote, answer, sources."""
    out = [f"## 问:{md_escape(answer.question.strip())}"]
    lines = notice_lines(answer)
    if lines:
        out.append("\n".join(f"> ⚠ {md_escape(n.message)}"
                             + (f"(见{''.join(f'[{r}]' for r in n.refs)})".replace("[", "\\[").replace("]", "\\]")
                                if n.refs else "") for n in lines))
    body = [md_escape(line) for line in answer_text(answer.answer).split("\n") if line.strip()]
    out.append("\n\n".join(body) if body else "")
    if answer.citations:
        out.append("**来源**\n\n" + "\n".join(f"- {md_escape(source_line(c, titles))}" for c in answer.citations))
    return "\n\n".join(p for p in out if p) + "\n"


def conversation_plain(turns: list[tuple[str, str]]) -> str:
    """A whole chat as plain text from (question, answer plain text) pairs."""
    return "\n\n".join(f"问:{q}\n\n{a}" for q, a in turns)
