"""Numbered lines that are a list of points, not sub-headings whose text is missing."""
from __future__ import annotations

from .blocks import Head, Para


def points_not_headings(blocks: list) -> list:
    """A run of numbered lines with no text under any of them ("1.加强领导；" "2.压实责任；")
    is a list of points in its section, not sub-headings with their text missing. A document
    uses a scheme one way throughout: once a run of it reads as points, a lone bare line of it
    (the one article of a regulation's last chapter) is a point too."""
    out: list = []
    point_schemes: set[str] = set()
    i = 0
    while i < len(blocks):
        b = blocks[i]
        run = [b] if isinstance(b, Head) and not b.omitted and b.line is not None else []
        j = i + 1
        while run and j < len(blocks) and isinstance(blocks[j], Head) and blocks[j].level == b.level \
                and blocks[j].marker and blocks[j].marker.scheme == b.marker.scheme and blocks[j].line is not None:
            run.append(blocks[j])
            j += 1
        bare = run and all(_only_title(h) for h in run)
        after = blocks[j] if j < len(blocks) else None
        ends_list = after is None or isinstance(after, (Head, Para))
        if (len(run) >= 2 or run and b.marker.scheme in point_schemes) and bare and ends_list \
                and not (isinstance(after, Head) and after.level > b.level):
            point_schemes.add(b.marker.scheme)
            _earlier_points(out, b)
            for h in run:
                h.line.marker = h.marker
                h.line.item_only = True
                out.append(h.line)
            i = j
            continue
        out.append(b)
        i += 1
    return out


def _only_title(head: Head) -> bool:
    """Whether the heading's line holds its title and nothing more (a symbol is no part of a title).

    The title must take up the line from the marker on: "一、加快发展。一、加快发展。", the same
    sentence twice, ends with its title but holds a second point after it."""
    line = head.line.text.strip().rstrip("；;。，, ")
    return line.endswith(head.title) and len(line) - len(head.title) <= head.marker.end


def _earlier_points(out: list, first: Head) -> None:
    """The siblings just before a run read as points ("1.同意实施改造工程。由副县长…牵头。" before "2.…"
    "3.…" under "会议议定："), which read as run-in headings only because their line goes on past a
    first sentence: points too, with what followed them as their text. Changes ``out`` in place."""
    value, k = first.marker.value - 1, len(out) - 1
    while k >= 0 and value >= 1:
        head_at = next((i for i in range(k, -1, -1) if isinstance(out[i], Head)), None)
        if head_at is None:
            return
        h = out[head_at]
        if h.omitted or h.line is None or h.level != first.level or h.marker is None \
                or h.marker.scheme != first.marker.scheme or h.marker.value != value:
            return
        line = h.line
        inside = [i for i in range(head_at + 1, k + 1) if isinstance(out[i], Para) and out[i].offs
                  and line.offs and line.offs[0] <= out[i].offs[0] <= line.offs[-1]]
        line.marker, line.item_only = h.marker, True
        out[head_at] = line
        for i in reversed(inside):  # its body was cut from the same line: the line holds it
            del out[i]
        k, value = head_at - 1, value - 1
