"""A speech shown whole: its headings as the navigation, what is missing marked where it is.

The text is the document's source exactly as read. Headings found in the body become
anchors (``ft-h-<k>``), every passage a span (``ft-p-<order>``) so that a citation opens
the text at its passage (``qa-ft-focus``). The truncation map is marked inline: a gap's
notice, the point where the excerpt is cut off, each blank figure (□ where a number is
missing) and each redacted word. Every character of the speech is escaped.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .escape import esc
from .library import doc_status

STATUS_SYMBOLS = {"complete": "✓", "partial": "◐", "outline_only": "✗", "omitted": "✗"}
LEGEND = ("<span class=\"qa-ft-gap\">省略</span> 原文省略之处 · <span class=\"qa-ft-cut-key\">✂ 截断</span> 节选到此为止 · "
          "<span class=\"qa-ft-blank\">□</span> 数字空缺 · <span class=\"qa-ft-redacted\">_</span> 词语被隐去")


@dataclass
class _Span:
    start: int
    end: int
    open: str  # the opening tag
    close: str = "</span>"


def _heading_spans(doc: Any) -> tuple[list[_Span], dict[str, str]]:
    """Spans of the headings that stand in the body, and each outline path's anchor."""
    spans, anchors = [], {}
    nodes = doc.outline_nodes()
    for k, node in enumerate(nodes):
        if node.body_start is None:
            continue
        at = doc.source.rfind(node.title, 0, node.body_start + 1)
        between = doc.source[at + len(node.title):node.body_start] if at >= 0 else "x"
        for other in nodes:  # a part's heading may stand right before its first sub-section's
            between = between.replace(other.title, "")
        if at < 0 or between.strip():
            continue  # its heading fell in a gap: only the outline names it
        spans.append(_Span(at, at + len(node.title), f'<span class="qa-ft-h qa-ft-l{node.level}" id="ft-h-{k}">'))
        anchors[node.path] = f"ft-h-{k}"
    return spans, anchors


def _blocks(doc: Any, focus: str | None) -> tuple[list[_Span], dict[str, str]]:
    """Headings and passages, as spans that never overlap (a heading inside a passage is left out)."""
    heads, anchors = _heading_spans(doc)
    blocks = []
    for p in doc.passages:
        cls = "qa-ft-p qa-ft-focus" if p.id == focus else "qa-ft-p"
        blocks.append(_Span(p.start, p.end, f'<span class="{cls}" id="ft-p-{p.order}">'))
        anchors.setdefault(p.section, f"ft-p-{p.order}")
    blocks += [h for h in heads if not any(b.start < h.end and h.start < b.end for b in blocks)]
    return sorted(blocks, key=lambda s: s.start), anchors


def _marks(doc: Any) -> tuple[list[_Span], dict[int, str]]:
    """Inline marks of the truncation map, and HTML inserted at points (□ for a missing figure, the cut-off)."""
    t, n = doc.truncation, len(doc.source)
    marks: list[_Span] = []
    inserts: dict[int, str] = {}
    for g in t.gaps:
        size = f"{g.omitted_chars}字" if g.omitted_chars else "一段"
        marks.append(_Span(g.start, g.end, f'<span class="qa-ft-gap" title="原文在此省略了{esc(size)}">'))
    for b in t.blanks:
        if b.kind == "missing":
            inserts[b.start] = inserts.get(b.start, "") + '<span class="qa-ft-blank" title="数字空缺">□</span>'
        elif b.end > b.start:
            marks.append(_Span(b.start, b.end, '<span class="qa-ft-blank" title="数字空缺">'))
    for r in t.redactions:
        if 0 <= r.offset < n:
            marks.append(_Span(r.offset, r.offset + 1, '<span class="qa-ft-redacted" title="词语被隐去">'))
    if t.cut_off and 0 <= t.cut_off.offset <= n:
        shown = (f":全文共{t.cut_off.total_chars}字,节选显示{t.cut_off.shown_chars}字"
                 if t.cut_off.total_chars and t.cut_off.shown_chars else "")
        inserts[t.cut_off.offset] = inserts.get(t.cut_off.offset, "") + (
            f'<span class="qa-ft-cut-mark">✂ 节选到此截断{esc(shown)},以下内容未收录。</span>')
        marks.append(_Span(t.cut_off.offset, n, '<span class="qa-ft-cut">'))
    kept: list[_Span] = []
    for m in sorted(marks, key=lambda s: (s.start, -s.end)):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept, inserts


def _at(spans: list[_Span], pos: int) -> _Span | None:
    return next((s for s in spans if s.start <= pos < s.end), None)


def body_html(doc: Any, focus: str | None = None) -> tuple[str, dict[str, str]]:
    """The speech's text with its blocks and marks (properly nested), and the outline's anchors."""
    source = doc.source
    blocks, anchors = _blocks(doc, focus)
    marks, inserts = _marks(doc)
    cuts = sorted({0, len(source), *inserts, *(p for s in blocks + marks for p in (s.start, s.end))})
    out: list[str] = []
    block: _Span | None = None
    mark: _Span | None = None
    for a, b in zip(cuts, cuts[1:] + [None]):
        if a in inserts:
            if mark:
                out.append(mark.close)
                mark = None
            out.append(inserts[a])
        if b is None:
            break
        new_block, new_mark = _at(blocks, a), _at(marks, a)
        if new_block is not block or new_mark is not mark:
            if mark:
                out.append(mark.close)
            if new_block is not block:
                if block:
                    out.append(block.close)
                if new_block:
                    out.append(new_block.open)
            if new_mark:
                out.append(new_mark.open)
            block, mark = new_block, new_mark
        out.append(esc(source[a:b]))
    out += [mark.close] if mark else []
    out += [block.close] if block else []
    return "".join(out), anchors


def fulltext_html(doc: Any, focus: str | None = None) -> str:
    """The full-text view of ``doc``: header, navigation by headings, and the marked text;
    ``focus`` (a passage id) is the passage to open at."""
    text, anchors = body_html(doc, focus)
    items = []
    for node in doc.outline_nodes():
        symbol = STATUS_SYMBOLS.get(node.status, "?")
        target = anchors.get(node.path) or next(  # a heading lost in a gap: its first passage
            (f"ft-p-{p.order}" for p in doc.passages if p.section.startswith(node.path + " > ")), None)
        label = f"{symbol} {esc(node.title)}"
        link = f'<a class="qa-ft-link" href="#{target}">{label}</a>' if target else f'<span>{label}</span>'
        items.append(f'<li class="qa-ft-l{node.level} qa-ft-s-{esc(node.status)}">{link}</li>')
    return (f'<div class="qa-ft-view"><div class="qa-ft-head"><div class="qa-ft-title">《{esc(doc.title)}》</div>'
            f'<div class="qa-ft-status">{esc(doc_status(doc))} · {len(doc.passages)} 段</div>'
            f'<div class="qa-ft-legend">{LEGEND}</div></div>'
            f'<div class="qa-ft-cols"><details class="qa-ft-nav" open><summary>目录(✓ 完整 · ◐ 部分 · ✗ 缺失)</summary>'
            f'<ul>{"".join(items)}</ul></details>'
            f'<div class="qa-ft-text">{text}</div></div></div>')
