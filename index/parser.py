"""Parse the text of a speech into a :class:`~index.document.Document`.

The text is read line by line: an optional outline block, the title, the salutation,
then the body, whose heading lines make sections, whose broken lines are joined into
paragraphs, and whose site notices (gaps, a cut-off tail) are cut out and recorded.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .document import SECTION_SEP, Document, Flag, Gap, OutlineNode, Passage, TruncationMap
from .headings import (LINE_FINAL, SALUTATION_RE, heading_level, item_marker,
                       parse_outline_block, previous_item, split_heading)
from .outline import Aligner, assign_statuses, attribute_gap, build_tree
from .truncation import (BOILERPLATE_LINE_RE, GapNotice, find_blanks, find_cut_off, find_gaps,
                         find_redactions)

MAX_PASSAGE_CHARS = 400
_SPLIT_ENDS = "。！？!?"
_CLOSERS = "”’」』）)"
_PAREN_LINE_RE = re.compile(r"^[(（][^()（）]*[)）]$")


@dataclass
class _Para:
    """A paragraph of the body: joined text with the source offset of every character."""

    text: str = ""
    offs: list[int] = field(default_factory=list)
    after_gap: GapNotice | None = None
    ends_at_gap: GapNotice | None = None
    node: OutlineNode | None = None
    item: str | None = None

    def add(self, text: str, start: int) -> None:
        """Append a contiguous piece of the source that starts at ``start``."""
        self.text += text
        self.offs.extend(range(start, start + len(text)))


@dataclass
class _Head:
    level: int
    title: str
    node: OutlineNode | None = None


def _lines(source: str, limit: int) -> list[tuple[int, int, str]]:
    """Non-empty lines before ``limit`` as ``(start, end, text)``, whitespace and ``#`` marks trimmed."""
    out, pos = [], 0
    for raw in source.splitlines(keepends=True):
        start, pos = pos, pos + len(raw)
        if start >= limit:
            break
        body = source[start:min(pos, limit)]
        lead = re.match(r"[\s\u3000]*(?:#{1,6}[ \t\u3000]+)?[\s\u3000]*", body).end()
        text = body[lead:].rstrip()
        bold = re.fullmatch(r"\*\*([^*]+)\*\*", text)  # a markdown **heading**
        if bold:
            lead, text = lead + 2, bold.group(1)
        if text:
            out.append((start + lead, start + lead + len(text), text))
    return out


def _trim(source: str, a: int, b: int) -> tuple[int, int]:
    """Shrink ``[a, b)`` past surrounding whitespace."""
    while a < b and source[a].isspace():
        a += 1
    while b > a and source[b - 1].isspace():
        b -= 1
    return a, b


def _title(lines: list[tuple[int, int, str]], doc_id: str) -> tuple[str, int]:
    """The title line (short, unpunctuated, not a heading) and how many lines it took.

    A subtitle line right after it (``——在…会议上的讲话``) joins the title.
    """
    if lines:
        text = lines[0][2]
        if (len(text) <= 60 and text[-1] not in "。！？；，,：:;" and not heading_level(text, False)
                and not SALUTATION_RE.match(text) and not item_marker(text)):
            if len(lines) > 1 and re.match(r"^[—－-]{1,2}", lines[1][2]) and len(lines[1][2]) <= 60:
                return f"{text} {lines[1][2]}", 2
            return text, 1
    return doc_id, 0


def _split(para: _Para, limit: int = MAX_PASSAGE_CHARS) -> list[tuple[int, int]]:
    """Cut a paragraph into ``(i, j)`` ranges of at most ``limit`` chars, only at sentence ends."""
    text = para.text
    ends = [m.end() for m in re.finditer(rf"(?:[{_SPLIT_ENDS}]+|\.(?=\s))[{_CLOSERS}]*", text)]
    if not ends or ends[-1] != len(text):
        ends.append(len(text))
    sentences, i = [], 0
    for j in ends:
        if j - i > limit:  # an overlong sentence: fall back to semicolons
            cuts = [m.end() for m in re.finditer(r"[；;]", text, i, j)] + [j]
            for c in cuts:
                sentences.append((i, c))
                i = c
        else:
            sentences.append((i, j))
            i = j
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out and e - out[-1][0] <= limit:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _scan_body(source: str, lines, gaps: list[GapNotice]) -> list:
    """Turn body lines into a list of headings, paragraphs and gaps, in order."""
    blocks: list = []
    cur: _Para | None = None
    pending_gap: GapNotice | None = None
    under2 = seen_heading = False
    gap_at = [g.start for g in gaps]
    for start, end, text in lines:
        if BOILERPLATE_LINE_RE.match(text):
            continue
        cuts = gaps[bisect_left(gap_at, start):bisect_left(gap_at, end)]
        pieces, pos = [], start
        for g in cuts:
            pieces += [("text", pos, g.start), ("gap", g)]
            pos = g.end
        pieces.append(("text", pos, end))
        for k, piece in enumerate(pieces):
            if piece[0] == "gap":
                if cur:
                    cur.ends_at_gap = piece[1]
                cur, pending_gap = None, piece[1]
                blocks.append(piece[1])
                continue
            a, b = _trim(source, piece[1], piece[2])
            if a >= b:
                continue
            if k == 0:  # the line starts with this piece
                sal = SALUTATION_RE.match(source[a:b])
                if sal and (a + sal.end() >= b or not seen_heading):
                    a += sal.end()
                    if a >= b:
                        cur = None
                        continue
                level = heading_level(source[a:b], under2)
                if level:
                    title, body_at = split_heading(source[a:b])
                    cur, pending_gap, seen_heading = None, None, True
                    under2 = level >= 2
                    blocks.append(_Head(level, title))
                    a, b = _trim(source, a + body_at, b)
                    if a >= b:
                        continue
            piece_text = source[a:b]
            joins = (cur is not None and cur.text[-1] not in LINE_FINAL and not item_marker(piece_text)
                     and not _PAREN_LINE_RE.match(piece_text) and not _PAREN_LINE_RE.match(cur.text))
            if not joins:
                cur = _Para(after_gap=pending_gap)
                pending_gap = None
                blocks.append(cur)
            cur.add(piece_text, a)
    return blocks


def _assign_sections(blocks: list, top: list[OutlineNode], gaps_out: list[Gap]) -> set[int]:
    """Give each paragraph its outline node and item; fill ``gaps_out``; return swallowed node ids."""
    node: OutlineNode | None = None
    item: str | None = None
    swallowed_ids: set[int] = set()
    for i, b in enumerate(blocks):
        if isinstance(b, _Head):
            node, item = b.node, None
        elif isinstance(b, _Para):
            if item_marker(b.text):
                item = item_marker(b.text)
            elif SALUTATION_RE.match(b.text):  # "同志们，…" closes the run of items
                item = None
            b.node, b.item = node, item
        else:  # a gap notice
            rest = blocks[i + 1:]
            nxt = next((x for x in rest if isinstance(x, _Head)), None)
            post = []
            for x in rest:
                if not isinstance(x, _Para):
                    break
                post.append(x)
            target, lost = attribute_gap(node, nxt.node if nxt else None, top, bool(post))
            swallowed_ids.update(id(n) for n in lost)
            gaps_out.append(Gap(b.start, b.end, b.omitted_chars, [n.path for n in lost], b.notice))
            if post and not item_marker(post[0].text):
                later = next((m for m in map(lambda p: item_marker(p.text), post) if m), None)
                if later:
                    item = previous_item(later)
                elif target is not node:
                    item = None
            elif target is not node:
                item = None
            node = target
    return swallowed_ids


def parse_speech(text: str, doc_id: str, path: str | None = None, *,
                 title_hint: str | None = None) -> Document:
    """Parse a speech's text into outline, passages and truncation map.

    ``text`` is kept as ``Document.source``; all offsets point into it. ``doc_id``
    names the passages (``<doc_id>#p<n>``); ``path`` is only recorded. ``title_hint``
    is a title the file format gave (an HTML ``<title>``/``<h1>``, a .docx title).
    """
    warnings: list[str] = []
    cut = find_cut_off(text)
    limit = cut.offset if cut else len(text)
    lines = _lines(text, limit)
    entries, used = parse_outline_block(lines)
    title, took = _title(lines[used:], doc_id)
    body_lines = lines[used + took:]
    body_start = body_lines[0][0] if body_lines else limit
    gaps = find_gaps(text, body_start, limit)
    blocks = _scan_body(text, body_lines, gaps)

    top = build_tree(entries)
    aligner = Aligner(top, match=bool(entries))
    for b in blocks:
        if isinstance(b, _Head):
            b.node = aligner.align(b.title, b.level)
    if entries and aligner.added:
        warnings.append("headings not in the outline block: " + "; ".join(aligner.added))
    if not any(isinstance(b, _Head) for b in blocks) and not entries:
        warnings.append("no recognisable structure (no headings or outline); read as plain paragraphs")
    truncation = TruncationMap(cut_off=cut)
    swallowed = _assign_sections(blocks, top, truncation.gaps)

    notice_spans = sorted((g.start, g.end) for g in gaps)
    spans, pos = [], 0
    for s, e in notice_spans + [(limit, limit)]:
        spans.append((pos, s))
        pos = e
    truncation.blanks = find_blanks(text, spans)
    truncation.redactions = find_redactions(text, spans)

    passages: list[Passage] = []
    by_node: dict[int, list[Passage]] = {}
    offsets: list[list[int]] = []  # source offset of each character of each passage's text
    for para in (b for b in blocks if isinstance(b, _Para)):
        parts = _split(para)
        for k, (i, j) in enumerate(parts):
            while i < j and para.text[i].isspace():
                i += 1
            base = para.node.path if para.node else title
            p = Passage(id=f"{doc_id}#p{len(passages)}", document=doc_id,
                        section=base + (SECTION_SEP + para.item if para.item else ""),
                        text=para.text[i:j].strip(), start=para.offs[i], end=para.offs[j - 1] + 1,
                        order=len(passages), item=para.item)
            if para.after_gap:
                p.flags.append(Flag("gap", "starts after a gap", para.after_gap.end, 0))
            if para.ends_at_gap and k == len(parts) - 1:
                p.flags.append(Flag("gap", "ends at a gap", para.ends_at_gap.start, len(p.text)))
            passages.append(p)
            offsets.append(para.offs[i:i + len(p.text)])
            if para.node is not None:
                by_node.setdefault(id(para.node), []).append(p)
    for p, offs in zip(passages, offsets):
        p.flags += [Flag("blank", b.context, b.start, bisect_left(offs, b.start))
                    for b in truncation.blanks if p.start <= b.start < p.end]
        p.flags += [Flag("redacted", r.context, r.offset, bisect_left(offs, r.offset))
                    for r in truncation.redactions if p.start <= r.offset < p.end]
    if cut and passages:
        shown = f"全文共{cut.total_chars}字，仅显示{cut.shown_chars}字" if cut.total_chars else cut.notice
        passages[-1].flags.append(Flag("cut_off", f"the excerpt stops here ({shown})", cut.offset,
                                       len(passages[-1].text)))
    truncation.outline_only, truncation.partial = assign_statuses(top, by_node, swallowed)
    passages += _heading_passages(top, entries, truncation, doc_id, len(passages))
    return Document(id=doc_id, title=title, source=text, outline=top, passages=passages,
                    truncation=truncation, path=path, warnings=warnings)


def _heading_passages(top: list[OutlineNode], entries, truncation: TruncationMap, doc_id: str,
                      first: int) -> list[Passage]:
    """A stand-in passage for each outline-only heading, so a question can reach it and cite it.

    Its text is the heading as the outline gives it; it is flagged ``outline_only``
    (and ``redacted`` when the heading hides a word). Placed after the body
    passages so the body's passage ids do not move.
    """
    where = {(e.level, e.title): (e.start, e.end) for e in entries}
    out: list[Passage] = []
    for node in (n for t in top for n in t.walk() if n.status == "outline_only"):
        start, end = where.get((node.level, node.title), (node.body_start or 0, node.body_start or 0))
        p = Passage(id=f"{doc_id}#p{first + len(out)}", document=doc_id, section=node.path,
                    text=node.title, start=start, end=end, order=first + len(out),
                    flags=[Flag("outline_only", "heading only; its text is not in the excerpt", start, 0)])
        p.flags += [Flag("redacted", r.context, r.offset, r.offset - start)
                    for r in truncation.redactions if start <= r.offset < end]
        out.append(p)
    return out
