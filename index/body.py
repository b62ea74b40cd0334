"""The body of a speech as a run of headings, paragraphs and gap notices.

Two passes. First, lines become *raw paragraphs*: a line that does not end a sentence runs
on into the next, unless the next one opens with a number; a gap notice ends a paragraph.
Second, each raw paragraph is cut where numbering starts inside it (``…。二是…``, or, on a
page scraped onto one line, ``…。二、…``), and each piece opening with a heading number
goes to the :class:`~index.sequence.SequenceTracker`, which says whether it is a heading.
"""
from __future__ import annotations

import re

from .articles import article_heading
from .bullets import TITLE_BRACKETS
from .headings import SALUTATION_RE, split_heading
from .interview import answer_start, is_interview, question_marker, question_turn
from .inline_points import split_inline
from .numbering import BARE_TITLE_SCHEME, BULLET_SCHEME, QUESTION_SCHEME, Marker, leading_marker, render_marker
from .blocks import Head, Para
from .point_runs import points_not_headings
from .raw_paragraphs import raw_paragraphs
from .sequence import APPENDIX_SCHEME, SequenceTracker
from .truncation import GapNotice

# An unnumbered closing part on a line of its own after the body: a report's glossary ("名词解释"),
# its notes or attachments, or a speech's closing words ("结语", "结束语"). It stands at the top
# level, beside the body's parts, not inside the last.
APPENDIX_RE = re.compile(r"[【\[]?(?:名词解释|名词注释|注释|附注|注解|附录[一二三四五六七八九十\d]?|"
                         r"附件[一二三四五六七八九十\d]{0,2}(?:[：:][^。；;]{0,30})?|有关名词解释|术语解释|备注"
                         r"|结语|结束语)[】\]]?[：:]?")
# A notice's list of attachments opening on the label's line ("附件：1.任务清单", then "2.验收标准"):
# the label is the appendix heading, and the first attachment an item like the ones after it.
APPENDIX_LIST_RE = re.compile(r"(附件)\s*[：:]\s*(?=\d{1,2}\s*[.．、])")


def scan_body(source: str, lines, gaps: list[GapNotice], tracker: SequenceTracker | None = None,
              titles: frozenset[int] = frozenset()) -> list:
    """Turn body lines into headings, paragraphs and gap notices, in order. ``titles``: the start
    offsets of unnumbered part titles (:func:`index.bare_titles.bare_title_lines`)."""
    tracker = tracker or SequenceTracker()
    blocks: list = []
    seen_heading = False
    gap_since_head = False
    gap_count = 0
    raws = raw_paragraphs(source, lines, gaps, titles)
    interview = is_interview([r.text for r in raws if isinstance(r, Para)])
    for k, raw in enumerate(raws):
        if isinstance(raw, Para) and _numbers_next_title(raw, raws[k + 1] if k + 1 < len(raws) else None, titles):
            continue  # "01" on a line of its own over an unnumbered part title: the title is the heading
        if isinstance(raw, GapNotice):
            blocks.append(raw)
            gap_since_head = True
            gap_count += 1
            continue
        sal = SALUTATION_RE.match(raw.text)
        if sal:
            if sal.end() >= len(raw.text) or not seen_heading:
                rest = raw.slice(sal.end(), len(raw.text))
                rest.after_gap, rest.ends_at_gap, rest.wide_break = raw.after_gap, raw.ends_at_gap, raw.wide_break
                # "同志们，…" after points run on in a paragraph turns to the room again: it ends the last point
                rest.salutation = any(isinstance(b, Para) and b.marker is not None for b in blocks)
                raw = rest
                if not raw.text.strip():
                    continue
            else:
                raw.salutation = True
        if interview:
            turn = question_turn(raw.text)
            if turn:
                head, raw = _question_head(raw, turn, tracker, gap_since_head, not seen_heading, gap_count)
                if head:
                    blocks.append(head)
                    seen_heading, gap_since_head = True, False
                if raw is None:
                    continue
            raw = _tail(raw, answer_start(raw.text))
        if seen_heading and (listed := APPENDIX_LIST_RE.match(raw.text)):
            tracker.open_appendix(listed.group(1))
            blocks.append(Head(1, listed.group(1), Marker(APPENDIX_SCHEME, 1, listed.group(1), listed.end()),
                               start=raw.offs[0], line=raw.slice(0, listed.end())))
            raw, gap_since_head = raw.slice(listed.end(), len(raw.text)), False
        elif seen_heading and APPENDIX_RE.fullmatch(title := raw.text.strip()):  # "名词解释" after the body
            tracker.open_appendix(title)
            blocks.append(Head(1, title, Marker(APPENDIX_SCHEME, 1, title, len(title)), start=raw.offs[0], line=raw))
            gap_since_head = False
            continue
        if raw.offs[0] in titles:
            bare = Marker(BARE_TITLE_SCHEME, 0, "", 0)
            decision = tracker.feed(bare, after_gap=gap_since_head or bool(raw.after_gap), at_start=not seen_heading,
                                    gaps=gap_count)
            if decision.depth:
                blocks.append(Head(decision.depth, raw.text.strip(), bare, start=raw.offs[0], line=raw))
                seen_heading, gap_since_head = True, False
                continue
        lead = leading_marker(raw.text) or item_opening_with_a_figure(raw.text, blocks)
        for piece in split_inline(raw, tracker, lead):
            m = leading_marker(piece.text) or item_opening_with_a_figure(piece.text, blocks)
            continues = False
            if m and m.is_heading and (piece.item_only or _points_across_gap(blocks, m, tracker)):
                piece.marker = m  # "…。第二，…" inside a paragraph, or the run going on past a gap: a point
                piece.item_only = True
                blocks.append(piece)
                continue
            while m and m.is_heading:  # a heading, and again when it runs on into its first sub-heading
                decision = tracker.feed(m, after_gap=gap_since_head or bool(piece.after_gap),
                                        at_start=not seen_heading, gaps=gap_count)
                if not decision.depth:
                    continues = _continues_points(blocks, m)
                    break
                if decision.across_gap:
                    omitted = [Head(decision.depth, render_marker(m.scheme, v, m.text), omitted=True,
                                    start=piece.offs[0]) for v in decision.skipped]
                    parent = next((i for i in range(len(blocks) - 1, -1, -1) if isinstance(blocks[i], Head)
                                   and not blocks[i].omitted and blocks[i].level < decision.depth), None)
                    if decision.in_part_before and parent is not None:
                        blocks[parent:parent] = omitted  # lost at the end of the part before this one
                    else:
                        blocks.extend(omitted)
                elif decision.skipped:
                    blocks.append(("jump", m, decision.skipped, piece.offs[0]))
                title, body_at = split_heading(piece.text)
                if m.scheme == "article":
                    title, body_at = article_heading(piece.text, m, title, body_at)
                if m.scheme.startswith(BULLET_SCHEME):  # a symbol is layout, not part of the title a reader quotes
                    title = title[m.end:].rstrip("".join(TITLE_BRACKETS.values()))
                blocks.append(Head(decision.depth, title, m, start=piece.offs[0], line=piece))
                seen_heading, gap_since_head = True, False
                while body_at < len(piece.text) and piece.text[body_at].isspace():
                    body_at += 1
                if body_at >= len(piece.text):
                    piece = None
                    break
                body = piece.slice(body_at, len(piece.text))
                body.ends_at_gap = piece.ends_at_gap
                # its heading opened the text after a gap ("（此处有删节）" / "第四，民生欠账较多。…"): the body
                # under it starts whole, not mid-text
                body.after_gap = None
                piece = body
                m = leading_marker(piece.text)
            if piece is None:
                continue
            piece.marker = m if m and (not m.is_heading or continues) else None
            piece.item_only = piece.item_only or continues
            blocks.append(piece)
    return points_not_headings(blocks)


_NUMBER_BEFORE_A_FIGURE = re.compile(r"[ \t\u3000]*([0-9]{1,2})[.．](?=[0-9])")


def item_opening_with_a_figure(text: str, blocks: list) -> Marker | None:
    """"2.9座病险水库一律空库运行" right after item "1.": item 2, whose text opens with a figure, not the
    decimal 2.9; only where the number goes on from the last numbered line's."""
    m = _NUMBER_BEFORE_A_FIGURE.match(text)
    if m is None:
        return None
    last = next((b.marker for b in reversed(blocks) if isinstance(b, (Head, Para)) and b.marker is not None), None)
    if last is None or last.scheme != "num_dot" or last.value + 1 != int(m.group(1)):
        return None
    return Marker("num_dot", last.value + 1, m.group(0).lstrip(" \t\u3000"), m.end())


# A magazine's or a WeChat article's part number, set on a line above the part's title: "01", "PART 02".
_PART_NUMBER_LINE = re.compile(r"(?:PART|Part|part|NO\.?|No\.?)?\s*0?[1-9]\d?")


def _numbers_next_title(raw: Para, nxt, titles: frozenset[int]) -> bool:
    """Whether ``raw`` is only a part's number and the next paragraph is an unnumbered part title."""
    return isinstance(nxt, Para) and nxt.offs[0] in titles and bool(_PART_NUMBER_LINE.fullmatch(raw.text.strip()))


def _continues_points(blocks: list, m) -> bool:
    """Whether a line opening with ``m`` ("第三，…"), no heading where it stands, goes on with the
    points run inside the paragraph before it ("…。第一，…。第二，…" hard-wrapped by a PDF copy)."""
    last = blocks[-1] if blocks else None
    return isinstance(last, Para) and last.item_only and last.marker is not None \
        and last.marker.scheme == m.scheme and last.marker.value + 1 == m.value


def _points_across_gap(blocks: list, m, tracker: SequenceTracker) -> bool:
    """Whether a line opening with ``m`` ("第四，…") after a gap goes on with points run inside the
    paragraph before the gap ("第一，…。第二，…。（此处有删节）第四，…"): the shown points are not
    lost, so this is the next point, not a heading whose numbering skipped them."""
    if tracker.depth_of(m.scheme):
        return False
    k = len(blocks) - 1
    while k >= 0 and isinstance(blocks[k], GapNotice):
        k -= 1
    last = blocks[k] if k >= 0 and k < len(blocks) - 1 else None
    return isinstance(last, Para) and last.item_only and last.marker is not None \
        and last.marker.scheme == m.scheme and last.marker.value < m.value


def _tail(para: Para, at: int) -> Para:
    """``para`` from ``at`` on, keeping where it stands against gaps and breaks."""
    if at <= 0:
        return para
    rest = para.slice(at, len(para.text))
    rest.after_gap, rest.ends_at_gap, rest.wide_break = para.after_gap, para.ends_at_gap, para.wide_break
    rest.salutation = para.salutation
    return rest


def _question_head(raw: Para, turn: tuple[int, int, int], tracker: SequenceTracker, after_gap: bool,
                   at_start: bool, gaps: int) -> tuple[Head | None, Para | None]:
    """An interview's question turn as the heading of its answer, and what of the paragraph
    is answer (None when the turn is only the question)."""
    q_start, q_end, a_start = turn
    depth = tracker.depth_of(QUESTION_SCHEME)
    value = tracker.stack[depth - 1].last + 1 if depth else 1
    marker = question_marker(raw.text[:q_start], value)
    decision = tracker.feed(marker, after_gap=after_gap or bool(raw.after_gap), at_start=at_start, gaps=gaps)
    if not decision.depth:
        return None, raw
    head = Head(decision.depth, raw.text[q_start:q_end].strip(), marker, start=raw.offs[q_start])
    while a_start < len(raw.text) and raw.text[a_start].isspace():
        a_start += 1
    if a_start >= len(raw.text):
        return head, None
    rest = raw.slice(a_start, len(raw.text))
    rest.ends_at_gap = raw.ends_at_gap
    return head, _tail(rest, answer_start(rest.text))
