"""Numbered points run on inside one paragraph, and where to cut it.

A speech pasted from a page or a one-line excerpt runs its points on: "…。二是…", "…行动。1.壮大
主导产业。…2.抓好…", or, on a page flattened onto one line, "…。二、…（一）…". A paragraph is cut
where such a run starts; a number that begins no run ("增长3.5%", a stray "3.") stays text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .headings import RUN_ON_SUBHEAD
from .numbering import HEADING_SCHEMES, Marker, inline_markers, leading_marker, marker_at, marker_start
from .sequence import SequenceTracker

if TYPE_CHECKING:
    from .body import Para

# Schemes that, found after a sentence end inside a long paragraph, mean the page was
# flattened onto one line; the lighter ones only count in such a paragraph.
STRONG_INLINE = ("part", "cn_dun", "cn_paren")
ITEM_INLINE = ("shi", "seq", "qi", "ordinal")
# Numbered points run on inside a paragraph ("…行动。1.壮大主导产业。…2.抓好企业梯次培育。…"), as a
# site's editor or a one-line page leaves them: cut only where they count on from 1 or from the
# paragraph's own lead ("1.全力抓项目。…2.多方争资金。…"), so a stray "3." is never a point.
LIST_INLINE = ("num_dot", "num_dun", "num_paren", "circled")
DENSE_CHARS = 600


def _runs(markers: list[Marker], lead: Marker | None, tracker: SequenceTracker) -> list[Marker]:
    """The inline markers that take part in a numbered run (two in a row, or continuing one)."""
    keep: set[int] = set()
    by_scheme: dict[str, list[int]] = {}
    for i, m in enumerate(markers):
        by_scheme.setdefault(m.scheme, []).append(i)
    for scheme, idx in by_scheme.items():
        prev = lead.value if lead and lead.scheme == scheme else None
        for n, i in enumerate(idx):
            m = markers[i]
            nxt = markers[idx[n + 1]].value if n + 1 < len(idx) else None
            follows = prev is not None and (m.value == prev + 1 or (scheme == "seq" and m.value == 99))
            starts = m.value == 1 and nxt is not None and (nxt == 2 or (scheme == "seq" and nxt == 99))
            if follows or starts or (m.is_heading and tracker.expects(m) and scheme not in LIST_INLINE):
                keep.add(i)
                prev = m.value
    return [markers[i] for i in sorted(keep)]


def split_inline(para: Para, tracker: SequenceTracker, lead: Marker | None) -> list[Para]:
    """Cut a paragraph where a numbered run starts inside it."""
    text = para.text
    dense = len(text) >= DENSE_CHARS and any(
        m.scheme in STRONG_INLINE for m in _runs(inline_markers(text[1:], STRONG_INLINE), None, tracker))
    schemes = ITEM_INLINE + LIST_INLINE + (HEADING_SCHEMES if dense else ())
    found = [m for m in inline_markers(text, schemes) if marker_start(m) > 0]
    if dense:  # a page run together: a first sub-heading may follow its heading's last word ("…紧迫感（一）…")
        at = {marker_start(m) for m in found}
        run_on = [marker_at(text, r.start()) for r in RUN_ON_SUBHEAD.finditer(text, 1) if r.start() not in at]
        found = sorted(found + [m for m in run_on if m is not None], key=marker_start)
    cuts = [marker_start(m) for m in _runs(found, lead, tracker)]
    if not cuts:
        return [para]
    bounds = [0] + cuts + [len(text)]
    pieces = []
    for i, j in zip(bounds, bounds[1:]):
        while j > i and text[j - 1].isspace():
            j -= 1
        if j > i:
            piece = para.slice(i, j)
            piece.inline = i > 0
            # "1.全力抓项目。…2.多方争资金。…": a run on from the paragraph's own heading is its siblings
            sibling = lead is not None and lead.is_heading and lead.scheme in LIST_INLINE \
                and (own := leading_marker(piece.text)) is not None and own.scheme == lead.scheme
            piece.item_only = i > 0 and not dense and not sibling
            pieces.append(piece)
    pieces = _last_point_ends_its_run(pieces)
    pieces[0].after_gap, pieces[0].wide_break, pieces[0].salutation = para.after_gap, para.wide_break, para.salutation
    pieces[-1].ends_at_gap = para.ends_at_gap
    return pieces


# A sentence that sums up a run of points ("这些问题，必须认真加以解决。", "以上几项工作…", "总之，…"):
# it closes the list, no part of its last point.
SUMS_UP_RUN = re.compile(r"^(?:以上|上述|总之|综上|总的来说|总而言之"
                         r"|这(?:些|几个?|[二三四五六七八九十]+个?)(?:方面的?)?(?:问题|短板|不足|困难|矛盾|挑战|差距|弱项|情况|方面)"
                         r"(?:和[\u4e00-\u9fff]{2})?[，,、都既虽如若是的])")


def _last_point_ends_its_run(pieces: list[Para]) -> list[Para]:
    """The last of points run on in one paragraph ends where the run ends.

    Points run on with "；" ("一是淘汰锅炉40台；二是检查工地200个；三是修订清单，涉及企业100家。") end
    at the last one's full stop: a sentence after it ("全年优良天数达到300天。") says what they came to.
    Points run on with full stops end before a sentence that sums them up ("…四是监管力量薄弱。…。
    这些问题，必须认真加以解决。"). Either way what follows is no part of the last point."""
    marked = [p for p in pieces if leading_marker(p.text) is not None]
    last = pieces[-1]
    if len(marked) < 2 or marked[-1] is not last:
        return pieces
    if all(p.text.rstrip().endswith(("；", ";")) for p in marked[:-1]):
        stop = last.text.find("。")
    else:
        stop = next((m.start() - 1 for m in re.finditer(r"(?<=[。！？!?])\s*", last.text)
                     if m.end() < len(last.text) and SUMS_UP_RUN.match(last.text[m.end():])), -1)
    rest = stop + 1
    while rest < len(last.text) and last.text[rest].isspace():
        rest += 1
    if stop < 0 or rest >= len(last.text) or leading_marker(last.text[rest:]) is not None:
        return pieces
    point, after = last.slice(0, stop + 1), last.slice(rest, len(last.text))
    point.inline, point.item_only = last.inline, last.item_only  # what follows stands as a paragraph after the list
    return pieces[:-1] + [point, after]
