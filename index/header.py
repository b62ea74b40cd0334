"""The lines before and around the body: outline block, title, speaker, and site chrome.

A scraped or template-site page carries lines that are not the speech: a site header, a
date line, navigation, promotion, copyright and ICP lines, captions, a trailing list of
links. They are taken out of the body here, counted per kind so a user can see what
was removed, and never reach a passage.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .chrome import chrome_line_kind, chrome_tail, inline_chrome
from .headings import OutlineEntry, parse_outline_block
from .title import find_title

Line = tuple[int, int, str]


@dataclass
class Header:
    """What the top of a speech holds, and the body lines that remain."""

    title: str | None
    entries: list[OutlineEntry]
    body: list[Line]
    removed: Counter = field(default_factory=Counter)


def _without_chrome(source: str, lines: list[Line], removed: Counter) -> list[Line]:
    """Body lines without chrome lines, the closing chrome run, and chrome inside lines."""
    tail = chrome_tail([t for _, _, t in lines])
    for _, _, t in lines[tail:]:
        removed[chrome_line_kind(t) or "navigation"] += 1
    out: list[Line] = []
    for start, end, text in lines[:tail]:
        kind = chrome_line_kind(text)
        if kind:
            removed[kind] += 1
            continue
        pos = start
        for a, b, k in inline_chrome(text):
            removed[k] += 1
            if start + a > pos:
                out.append((pos, start + a, source[pos:start + a]))
            pos = start + b
        if pos < end:
            piece = source[pos:end]
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                out.append((pos + lead, end, piece.strip()))
    return out


def read_header(source: str, lines: list[Line], hint: str | None, stem: str) -> Header:
    """Split the non-empty ``lines`` into outline block, title and body; drop chrome."""
    removed: Counter = Counter()
    match = find_title([t for _, _, t in lines], hint, stem)
    skip = {i for i, _ in match.chrome_before + match.chrome_after}
    for _, kind in match.chrome_before + match.chrome_after:
        removed[kind] += 1
    skip |= {i for i in (match.speaker, match.date, match.number) if i is not None}
    if match.index is not None:
        top = [ln for i, ln in enumerate(lines[:match.index]) if i not in skip]
        entries, used = parse_outline_block(top)
        after = match.index + match.used
        body = [ln for i, ln in enumerate(lines[after:], after) if i not in skip]
        if match.end_in_line is not None:  # a page on one line: the body goes on after the title
            start, end, text = lines[match.index]
            cut = start + match.end_in_line
            rest = source[cut:end]
            lead = len(rest) - len(rest.lstrip())
            if rest.strip():
                body.insert(0, (cut + lead, end, rest.strip()))
        removed["site_header"] += len(top) - used  # lines above the title that are not the speech
    else:
        kept = [ln for i, ln in enumerate(lines) if i not in skip]
        entries, used = parse_outline_block(kept)
        if used:  # an unlabelled outline block hid the title: look again below it
            below = read_header(source, kept[used:], hint, stem)
            below.removed.update(removed)
            return Header(below.title, entries, below.body, below.removed)
        body = kept
    return Header(match.title, entries, _without_chrome(source, body, removed), removed)
