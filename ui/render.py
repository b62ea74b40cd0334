"""HTML and chat-message rendering for the chat UI.

Every piece of text that comes from a user, a speech or the answerer goes
through :func:`html.escape` before it is put into markup; the only markup in
the output is the markup written here. The chatbot renders these messages as
HTML without Markdown, so escaped text stays text.
"""
from __future__ import annotations

import html
import re
from typing import Any

from qa.answer import Answer

_MARKER = re.compile(r"\[(\d+)\]")
STATUS_SYMBOLS = {"complete": "✓", "partial": "◐", "outline_only": "✗"}
STATUS_LEGEND = "✓ 完整 · ◐ 部分(摘录有省略或在此截断) · ✗ 摘录中缺失(只见于提纲)"
REFUSAL_TITLE = "未在讲话中找到"
MAX_BANNERS = 3  # notices shown in the chat bubble; the evidence panel lists them all


def esc(text: Any) -> str:
    """HTML-escape any value (quotes included)."""
    return html.escape("" if text is None else str(text), quote=True)


def text_html(text: str, known: set[int] | None = None) -> str:
    """Plain text as HTML built here: every character escaped, paragraphs at blank lines, ``<br>``
    at line breaks, and ``[n]`` markers of ``known`` citations linked to their card ``#cite-n``.

    The chatbot shows this without Markdown, so no character of a speech or a question can form
    a link, an image, emphasis, a heading or a table: it can only ever be text.
    """
    paragraphs = [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip("\n")) if p.strip()]
    return "".join("<p>" + "<br>".join(_linked(line, known) for line in p.split("\n")) + "</p>"
                   for p in paragraphs)


def _linked(line: str, known: set[int] | None) -> str:
    out, last = [], 0
    for m in _MARKER.finditer(line):
        n = int(m.group(1))
        if known is not None and n not in known:
            continue
        out.append(esc(line[last:m.start()]))
        out.append(f'<a class="qa-cite" href="#cite-{n}">[{n}]</a>')
        last = m.end()
    out.append(esc(line[last:]))
    return "".join(out)


def user_message(question: str) -> str:
    """The user's chat message: the question exactly as typed, as text."""
    return f'<div class="qa-user-text">{text_html(question, known=set())}</div>'


def notice_banner(answer: Answer, limit: int = MAX_BANNERS) -> str:
    """One warning div (class ``qa-notice``) per notice, at most ``limit`` then a count; empty when none."""
    shown = "".join(f'<div class="qa-notice qa-notice-{esc(n.kind)}">⚠ {esc(n.message)}</div>'
                    for n in answer.notices[:limit])
    rest = len(answer.notices) - limit
    if rest > 0:
        shown += f'<div class="qa-notice qa-notice-more">⚠ 另有 {rest} 条提示,见右侧“引用的原文”。</div>'
    return shown


def answer_message(answer: Answer, text: str | None = None) -> str:
    """The assistant's chat message: notice banners on top, then the (partial) answer text with linked markers.

    ``text`` is the part streamed so far (default: the whole answer).
    """
    body = text_html(answer.answer if text is None else text, {c.id for c in answer.citations})
    top = notice_banner(answer)
    if not answer.answerable:
        top = f'<div class="qa-refusal">✗ {REFUSAL_TITLE}</div>' + top
    return f'{top}<div class="qa-answer">{body}</div>'


def message_text(text: str) -> str:
    """A plain message from the app (errors, limits) for the chatbot, escaped."""
    return f'<div class="qa-info">{esc(text)}</div>'


def highlight(text: str, quote: str) -> str:
    """Escape ``text`` and wrap the first occurrence of ``quote`` in ``<mark>``."""
    i = text.find(quote) if quote else -1
    if i < 0:
        return esc(text)
    return f"{esc(text[:i])}<mark>{esc(quote)}</mark>{esc(text[i + len(quote):])}"


def citation_card(c: Any) -> str:
    """One evidence card, anchored at ``cite-<id>``: section path, passage with the quote marked, passage id."""
    quote_note = "" if (c.quote and c.quote in c.text) else (
        f'<div class="qa-quote">引文:<mark>{esc(c.quote)}</mark></div>' if c.quote else "")
    return (f'<div class="qa-card" id="cite-{int(c.id)}">'
            f'<div class="qa-card-head"><span class="qa-card-n">[{int(c.id)}]</span> '
            f'<span class="qa-section">{esc(c.section)}</span></div>'
            f'<div class="qa-passage">{highlight(c.text, c.quote)}</div>{quote_note}'
            f'<div class="qa-pid">{esc(c.document)} · <code>{esc(c.passage_id)}</code></div></div>')


def evidence_panel(answer: Answer | None) -> str:
    """The right-hand panel for one answer: notices, a refusal card or one card per citation."""
    if answer is None:
        return ('<div class="qa-evidence qa-empty">提问后,这里会列出回答引用的原文段落,'
                '并标出所引的句子。</div>')
    parts = [f'<div class="qa-evidence"><div class="qa-evidence-q">问:{esc(answer.question)}</div>']
    parts += [f'<div class="qa-notice qa-notice-{esc(n.kind)}">⚠ {esc(n.message)}'
              f'{f" <code>{esc(n.passage_id)}</code>" if n.passage_id else ""}</div>' for n in answer.notices]
    if not answer.answerable:
        parts.append(f'<div class="qa-card qa-refusal-card"><div class="qa-card-head">✗ {REFUSAL_TITLE}</div>'
                     f'<div class="qa-passage">讲话里没有回答这个问题的内容;左侧回复说明了讲话谈到的内容。</div></div>')
    parts += [citation_card(c) for c in answer.citations]
    parts.append("</div>")
    return "".join(parts)


def outline_samples(outline: list[dict]) -> list[list[str]]:
    """Rows for the outline list: indented title with its status symbol (document rows when several)."""
    docs = list(dict.fromkeys(n["document"] for n in outline))
    rows: list[list[str]] = []
    for doc in docs:
        if len(docs) > 1:
            rows.append([f"📄 {doc}"])
        for n in (n for n in outline if n["document"] == doc):
            indent = "\u3000" * max(0, int(n.get("level", 1)) - 1)
            rows.append([f"{indent}{STATUS_SYMBOLS.get(n['status'], '?')} {n['title']}"])
    return rows


def question_for_row(row: str) -> str:
    """The question that clicking an outline row asks: "<heading>讲了什么?"."""
    label = row.strip().strip("\u3000")
    for symbol in ("📄", *STATUS_SYMBOLS.values(), "?"):
        if label.startswith(symbol):
            label = label[len(symbol):].strip()
            break
    return f"{label}讲了什么?"
