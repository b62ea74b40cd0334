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
