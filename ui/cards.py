"""The sources of one answer: one card per cited passage, its quotes marked, and the notices.

Several citations may quote the same passage; they share one card, which lists their
numbers and marks each quote (``mark.qa-q-<n>``). The same body is shown twice: inside
the answer's own message (a ``<details>`` that small screens open next to the answer,
without ids) and in the evidence panel (with ``id="cite-<n>"`` anchors for every number).
All text is escaped here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .banners import notice_lines
from .escape import esc

REFUSAL_TITLE = "未在讲话中找到"


@dataclass
class SourceGroup:
    """The citations of one passage."""

    passage_id: str
    document: str
    section: str
    text: str
    quotes: list[tuple[int, str]] = field(default_factory=list)  # (citation number, quote)

    @property
    def numbers(self) -> list[int]:
        """The citation numbers that point at this passage."""
        return [n for n, _q in self.quotes]


def group_citations(citations: list[Any]) -> list[SourceGroup]:
    """One group per passage, in the order the passages are first cited."""
    groups: dict[str, SourceGroup] = {}
    for c in citations:
        g = groups.setdefault(c.passage_id, SourceGroup(c.passage_id, c.document, c.section, c.text))
        g.quotes.append((int(c.id), c.quote))
    return list(groups.values())


def mark_quotes(text: str, quotes: list[tuple[int, str]]) -> str:
    """``text`` escaped, with each quote found in it wrapped in ``<mark class="qa-q-<n>">``
    (quotes that overlap share one mark carrying both classes)."""
    spans: list[tuple[int, int, list[int]]] = []
    for n, quote in quotes:
        at = text.find(quote) if quote else -1
        if at < 0:
            continue
        spans.append((at, at + len(quote), [n]))
    spans.sort()
    merged: list[tuple[int, int, list[int]]] = []
    for a, b, ns in spans:
        if merged and a < merged[-1][1]:
            pa, pb, pns = merged[-1]
            merged[-1] = (pa, max(pb, b), pns + ns)
        else:
            merged.append((a, b, ns))
    out, last = [], 0
    for a, b, ns in merged:
        classes = " ".join(f"qa-q-{n}" for n in ns)
        out.append(f'{esc(text[last:a])}<mark class="{classes}">{esc(text[a:b])}</mark>')
        last = b
    out.append(esc(text[last:]))
    return "".join(out)


def card_html(g: SourceGroup, titles: dict[str, str] | None = None, *, anchors: bool = False) -> str:
    """One passage card; with ``anchors`` it is the target of ``#cite-<n>`` for each of its numbers."""
    numbers = g.numbers
    classes = " ".join(["qa-card"] + [f"qa-c-{n}" for n in numbers])
    missing = [(n, q) for n, q in g.quotes if q and q not in g.text]
    notes = "".join(f'<div class="qa-quote">[{n}] 引文:<mark class="qa-q-{n}">{esc(q)}</mark></div>'
                    for n, q in missing)
    title = (titles or {}).get(g.document) or g.document
    inner = (f'<div class="qa-card-head"><span class="qa-card-n">{"".join(f"[{n}]" for n in numbers)}</span> '
             f'<span class="qa-doc">《{esc(title)}》</span> <span class="qa-section">{esc(g.section)}</span></div>'
             f'<div class="qa-passage">{mark_quotes(g.text, g.quotes)}</div>{notes}'
             f'<div class="qa-pid"><span class="qa-doc-id">{esc(g.document)}</span> · '
             f'<span class="qa-pid-id">{esc(g.passage_id)}</span> '
             f'<button class="qa-open-ft" type="button">在全文中查看</button></div>')
    if not anchors:
        return f'<div class="{classes}">{inner}</div>'
    for n in reversed(numbers[1:]):  # every number is an anchor that holds the whole card
        inner = f'<div class="qa-alias" id="cite-{n}">{inner}</div>'
    return f'<div class="{classes}" id="cite-{numbers[0]}">{inner}</div>'


def notices_html(answer: Any, *, with_ids: bool = True) -> str:
    """Every notice of the answer, one warning line each, naming the markers it concerns."""
    out = []
    for n in notice_lines(answer):
        refs = "".join(f"[{r}]" for r in n.refs)
        where = f' <span class="qa-notice-refs">(见{refs})</span>' if refs else ""
        pid = f' <span class="qa-pid-id">{esc(n.passage_id)}</span>' if with_ids and n.passage_id else ""
        out.append(f'<div class="qa-notice qa-notice-{esc(n.kind)}">⚠ {esc(n.message)}{where}{pid}</div>')
    return "".join(out)


def sources_body(answer: Any, titles: dict[str, str] | None = None, *, anchors: bool = False) -> str:
    """Notices, a refusal card when declined, then one card per cited passage."""
    parts = [notices_html(answer)]
    if not answer.answerable:
        parts.append(f'<div class="qa-card qa-refusal-card"><div class="qa-card-head">✗ {REFUSAL_TITLE}</div>'
                     '<div class="qa-passage">讲话里没有回答这个问题的内容;回答里说明了讲话谈到的内容。</div></div>')
    parts += [card_html(g, titles, anchors=anchors) for g in group_citations(answer.citations)]
    return "".join(parts)


def sources_block(answer: Any, titles: dict[str, str] | None = None) -> str:
    """The answer's sources inside its own message: closed, opened on small screens or by a click."""
    groups = len(group_citations(answer.citations))
    if not groups and not answer.notices:
        return ""
    label = f"来源:{groups} 段原文" if groups else "来源"
    if answer.notices:
        label += f",{len(answer.notices)} 条提示"
    return (f'<details class="qa-sources"><summary>{label}</summary>'
            f'<div class="qa-src-body">{sources_body(answer, titles)}</div></details>')


def evidence_panel(answer: Any | None, titles: dict[str, str] | None = None, aid: str = "") -> str:
    """The evidence panel for one answer (a placeholder before the first), scrolling in its own box."""
    if answer is None:
        body = ('<div class="qa-evidence qa-empty">提问后,这里会列出回答引用的原文段落,并标出所引的句子;'
                '点击回答里的 [n] 可查看那一条回答的出处。</div>')
    else:
        body = (f'<div class="qa-evidence"><span class="qa-aid" hidden>{esc(aid)}</span>'
                f'<div class="qa-evidence-q">问:{esc(answer.question)}</div>'
                f'{sources_body(answer, titles, anchors=True)}</div>')
    return f'<div class="qa-evidence-scroll">{body}</div>'
