"""Announced counts against shown ones: ``下面，我讲三点意见`` followed by only two points.

The points an announcement introduces are the headings that follow it (the first one's
depth, until the numbering goes back up), or else the items that follow it in its own
section. Fewer shown than announced is evidence that the excerpt lost the rest.
"""
from __future__ import annotations

from .announce import Announcement
from .body import Head, Para
from .document import CutOff, TruncationFinding
from .truncation import GapNotice


def _points_after(blocks: list, i: int) -> int:
    """How many points follow block ``i``: headings of one depth, or items of one section."""
    rest = blocks[i + 1:]
    heads = [b for b in rest if isinstance(b, Head)]
    first_para = next((k for k, b in enumerate(rest) if isinstance(b, Para) and b.marker), None)
    first_head = next((k for k, b in enumerate(rest) if isinstance(b, Head)), None)
    if first_head is not None and (first_para is None or first_head < first_para):
        depth = heads[0].level
        shown = 0
        for h in heads:
            if h.level < depth:
                break
            if h.level == depth and not h.omitted:
                shown += 1
        return shown
    if first_para is None:
        return 0
    node = rest[first_para].node
    labels: list[str] = []
    for b in rest[first_para:]:
        if isinstance(b, Head) or (isinstance(b, Para) and b.node is not node):
            break
        if isinstance(b, Para) and b.marker and b.marker.label not in labels:
            labels.append(b.marker.label)
    return len(labels)


def announced_count_findings(blocks: list, announcements: list[Announcement], cut: CutOff | None,
                             gaps: list[GapNotice]) -> list[TruncationFinding]:
    """A finding for each announcement whose list shows fewer points than it announced."""
    out: list[TruncationFinding] = []
    for a in announcements:
        if not a.count or a.count < 2:
            continue
        at = next((k for k, b in enumerate(blocks) if isinstance(b, Para) and b.offs
                   and b.offs[0] <= a.start <= b.offs[-1]), None)
        if at is None:
            continue
        shown = _points_after(blocks, at)
        if shown >= a.count:
            continue
        lost_after = (cut is not None and cut.offset > a.start) or any(g.start > a.start for g in gaps)
        out.append(TruncationFinding(
            "announced_count", 0.9 if lost_after else 0.6,
            f"announces {a.count} {a.noun}, shows {shown}", a.start))
    return out


# Evidence at the very end of the text that it stops short, without a site's notice.
_END_KINDS = ("trailing_ellipsis", "mid_sentence")
CUT_EVIDENCE = 0.5  # combined confidence from which the text is read as cut off


def implied_cut_off(findings: list[TruncationFinding], body_end: int) -> CutOff | None:
    """A cut-off the site did not announce: the body ends in "……", or stops mid-sentence
    after announcing more points than it shows. None when the evidence is weak."""
    end = [f for f in findings if f.kind in _END_KINDS]
    if not end:
        return None
    support = [f for f in findings if f.kind == "announced_count"]
    miss = 1.0
    for f in end + support:  # independent pieces of evidence: 1 - P(all wrong)
        miss *= 1 - f.confidence
    if 1 - miss < CUT_EVIDENCE:
        return None
    best = max(end, key=lambda f: f.confidence)
    return CutOff(offset=body_end, total_chars=None, shown_chars=None, notice=best.detail)
