"""Chat messages as HTML built here.

Every piece of text that comes from a user, a speech or the answerer goes through
:func:`esc` before it is put into markup; the only markup in the output is the markup
written here. The chatbot renders these messages as HTML without Markdown, so escaped
text stays text.

An answer's message carries everything about that answer: its banners, its text with
``[n]`` links, its own sources (:mod:`ui.cards`), suggested follow-ups, the action
buttons, its plain text and Markdown (hidden, for copy and export) and a hidden JSON
``qa-meta`` (its id, question, whether it was asked…), from which the page and the
server read the conversation back. The chat's sanitizer keeps classes and ``hidden``
but drops ``data-*`` attributes, hence classes and hidden elements.
"""
from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from typing import Any

from qa.answer import Answer

from . import plain
from .banners import notice_lines
from .cards import REFUSAL_TITLE, evidence_panel, sources_block  # noqa: F401  (evidence_panel re-exported)
from .escape import esc

_MARKER = re.compile(r"\[(\d+)\]")
_META = re.compile(r'<span class="qa-meta" hidden(?:="")?>(.*?)</span>', re.S)
STATUS_SYMBOLS = {"complete": "✓", "partial": "◐", "outline_only": "✗", "omitted": "✗"}
STATUS_LEGEND = "✓ 完整 · ◐ 部分(摘录有省略或在此截断) · ✗ 摘录中缺失(只见于提纲)"
MAX_BANNERS = 3  # notices shown on top of the bubble; its sources list them all
DOC_ROW = "📄"


def text_html(text: str, known: set[int] | None = None) -> str:
    """Plain text as HTML built here: every character escaped, paragraphs at blank lines, ``<br>``
    at line breaks, list numbers said twice dropped ("1. 一是" → "一是"), and ``[n]`` markers of
    ``known`` citations linked to their card ``#cite-n``.

    The chatbot shows this without Markdown, so no character of a speech or a question can form
    a link, an image, emphasis, a heading or a table: it can only ever be text.
    """
    text = plain.answer_text(text)
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join("<p>" + "<br>".join(_linked(line, known) for line in p.split("\n")) + "</p>"
                   for p in paragraphs)


def _linked(line: str, known: set[int] | None) -> str:
    out, last = [], 0
    for m in _MARKER.finditer(line):
        n = int(m.group(1))
        if known is not None and n not in known:
            continue
        out.append(esc(line[last:m.start()]))
        out.append(cite_link(n))
        last = m.end()
    out.append(esc(line[last:]))
    return "".join(out)


def cite_link(n: int) -> str:
    """The link of a ``[n]`` marker to its source card."""
    return f'<a class="qa-cite" href="#cite-{int(n)}">[{int(n)}]</a>'


def user_message(question: str) -> str:
    """The user's chat message: the question exactly as typed, as text."""
    return f'<div class="qa-user-text">{text_html(question, known=set())}</div>'


def message_text(text: str) -> str:
    """A plain message from the app (errors, limits) for the chatbot, escaped."""
    return f'<div class="qa-info">{esc(text)}</div>'


def notice_banner(answer: Answer, limit: int = MAX_BANNERS) -> str:
    """One warning div (class ``qa-notice``) per notice, at most ``limit`` then a count; each
    names the ``[n]`` it concerns. Empty when there are none."""
    lines = notice_lines(answer)
    shown = "".join(
        f'<div class="qa-notice qa-notice-{esc(n.kind)}">⚠ {esc(n.message)}'
        + (f'<span class="qa-notice-refs">(见{"".join(cite_link(r) for r in n.refs)})</span>' if n.refs else "")
        + "</div>" for n in lines[:limit])
    rest = len(lines) - limit
    if rest > 0:
        shown += (f'<div class="qa-notice qa-notice-more">⚠ 另有 {rest} 条提示,'
                  '<span class="qa-wide">见右侧“引用的原文”</span><span class="qa-narrow">见下方“来源”</span>。</div>')
    return shown


def meta_html(meta: dict[str, Any]) -> str:
    """The hidden JSON that says what a message is (see :func:`read_meta`)."""
    return f'<span class="qa-meta" hidden>{esc(json.dumps(meta, ensure_ascii=False))}</span>'


def read_meta(content: Any) -> dict[str, Any] | None:
    """The ``qa-meta`` of a chat message's content (a string or Gradio's list of text parts)."""
    if isinstance(content, list):
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    if not isinstance(content, str):
        return None
    m = _META.search(content)
    if not m:
        return None
    try:
        meta = json.loads(html.unescape(m.group(1)))
    except ValueError:
        return None
    return meta if isinstance(meta, dict) else None


def _followups(questions: Sequence[str]) -> str:
    if not questions:
        return ""
    chips = "".join(f'<button class="qa-suggest" type="button">{esc(q)}</button>' for q in questions)
    return f'<div class="qa-followups"><span class="qa-fu-label">接着问:</span>{chips}</div>'


ACTIONS = ('<div class="qa-actions">'
           '<button class="qa-act qa-act-copy" type="button" title="复制这条回答(纯文本,含提示和出处)">复制</button>'
           '<button class="qa-act qa-act-md" type="button" title="把这条回答导出为 Markdown 文件">导出</button>'
           '<button class="qa-act qa-act-up" type="button" title="这条回答有帮助">👍 有帮助</button>'
           '<button class="qa-act qa-act-down" type="button" title="这条回答没帮助">👎 没帮助</button></div>')


def answer_message(answer: Answer, text: str | None = None, *, aid: str = "", titles: dict[str, str] | None = None,
                   suggestions: Sequence[str] = (), final: bool | None = None, stopped: bool = False,
                   scope: list[str] | None = None) -> str:
    """The assistant's chat message for ``answer``: banners on top, the (partial) text with linked
    markers, and once ``final``, its sources, follow-ups, actions, plain text and Markdown.

    ``text`` is the part streamed so far (default: the whole answer, which is final).
    """
    final = (text is None) if final is None else final
    meta = {"id": aid, "q": answer.question.strip(), "asked": final and not stopped, "final": final,
            "answerable": bool(answer.answerable), "pids": [c.passage_id for c in answer.citations],
            "kinds": [str(n.kind) for n in answer.notices], "scope": scope}
    body = text_html(answer.answer if text is None else text, {c.id for c in answer.citations})
    top = notice_banner(answer)
    if not answer.answerable:
        top = f'<div class="qa-refusal">✗ {REFUSAL_TITLE}</div>' + top
    parts = [f'<div class="qa-msg">{meta_html(meta)}{top}<div class="qa-answer">{body}</div>']
    if stopped:
        parts.append('<div class="qa-stopped">(已停止,这条回答没有显示完。)</div>')
    if final:
        parts += [sources_block(answer, titles), _followups(suggestions), ACTIONS,
                  f'<pre class="qa-plain" hidden>{esc(plain.plain_text(answer, titles))}</pre>',
                  f'<pre class="qa-md" hidden>{esc(plain.markdown(answer, titles))}</pre>']
    parts.append("</div>")
    return "".join(parts)


def outline_samples(outline: list[dict], titles: dict[str, str] | None = None) -> list[list[str]]:
    """Rows for the outline list: a row per speech (its title), then its indented headings
    with their status symbols."""
    rows: list[list[str]] = []
    for doc in dict.fromkeys(n["document"] for n in outline):
        rows.append([f"{DOC_ROW} 《{(titles or {}).get(doc) or doc}》"])
        for n in (n for n in outline if n["document"] == doc):
            indent = "\u3000" * max(0, int(n.get("level", 1)))
            rows.append([f"{indent}{STATUS_SYMBOLS.get(n['status'], '?')} {n['title']}"])
    return rows


def question_for_row(row: str) -> str:
    """The question an outline row asks: "《title》主要讲了什么?" for a speech, "<heading>讲了什么?" else."""
    label = row.strip().strip("\u3000")
    if label.startswith(DOC_ROW):
        title = label[len(DOC_ROW):].strip().removeprefix("《").removesuffix("》")
        return f"《{title}》主要讲了什么?"
    for symbol in (*STATUS_SYMBOLS.values(), "?"):
        if label.startswith(symbol):
            label = label[len(symbol):].strip()
            break
    return f"{label}讲了什么?"
