"""Which numbered lines are headings, and at what depth: as a reader follows the numbering.

A line opening with ``（三）`` is a heading when it continues the ``（一）（二）`` sequence
open at its depth, or starts a new one (``（一）``) one level deeper. Depths are not a
fixed table: the first scheme a document uses is depth 1, the next one met under it is
depth 2, and so on; returning to an open scheme closes the deeper ones.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .numbering import BARE_TITLE_SCHEME, BULLET_SCHEME, Marker

# A forward jump this large is still read as the next heading (a numbering slip or an
# omission); anything larger, or any step back, is prose that happens to open with a number.
MAX_JUMP = 3
# Across a gap notice, numbers as many as this may have fallen in it ("12." then "……（中间内容略）……"
# then "16."): the omission says why they are missing.
MAX_GAP_JUMP = 20
# A regulation numbers its articles straight through its chapters, so an excerpt of it, or a chapter
# quoted alone, opens at "第八条": the first article seen opens the sequence at whatever number it has.
STRAIGHT_THROUGH = ("article",)
# A regulation's divisions, outermost first: in such an excerpt a chapter heading met under articles
# opened at the top ("第十条…", "第三章　物业服务", "第十一条…") stands above them, not inside one.
REGULATION_RANKS = ("chapter", "section", "article")


APPENDIX_SCHEME = "appendix"


@dataclass
class _Open:
    scheme: str
    last: int
    like: str  # the marker as last written, to write omitted ones in the same style
    gaps: int = 0  # how many gaps the document had shown when this sequence last moved


@dataclass
class Decision:
    """What the tracker made of a marker."""

    depth: int  # 1-based; 0 = not a heading
    skipped: list[int] = field(default_factory=list)  # values jumped over (numbering jump)
    scheme: str = ""
    like: str = ""
    across_gap: bool = False  # an omission lies between this heading and the last of its sequence
    # the numbers skipped fell before the part this heading opens under: a numbering run straight
    # through the parts ("12." in 三, a gap, then "四、" and "16."), so they belong to the part before
    in_part_before: bool = False


class SequenceTracker:
    """Follows the open numbering sequences of a document, outermost first."""

    def __init__(self) -> None:
        self.stack: list[_Open] = []
        # Where each closed sequence stopped: regulations number 第X条 straight through
        # their chapters, so 第三条 opening 第二章 continues 第二条 of 第一章.
        self.closed: dict[str, int] = {}
        self.closed_gaps: dict[str, int] = {}  # the gaps seen when each closed sequence last moved

    def open_appendix(self, title: str) -> None:
        """An appendix after the body ("名词解释", "附件1"): the body's sequences close, and the
        appendix stands at the top, so its own notes (1. 2. …) number afresh under it."""
        self._close(0)
        self.stack = [_Open(APPENDIX_SCHEME, 1, title)]

    def depth_of(self, scheme: str) -> int:
        """The depth at which ``scheme`` is open, or 0."""
        return next((i + 1 for i, o in enumerate(self.stack) if o.scheme == scheme), 0)

    def expects(self, marker: Marker) -> bool:
        """Whether ``marker`` would continue an open sequence (without feeding it)."""
        d = self.depth_of(marker.scheme)
        return bool(d) and marker.value == self.stack[d - 1].last + 1

    def feed(self, marker: Marker, after_gap: bool = False, at_start: bool = False, gaps: int = 0) -> Decision:
        """Decide whether a paragraph opening with ``marker`` is a heading; update the state.

        ``after_gap``: an omission lies between the last heading and this line, so a
        sequence may continue past numbers that fell in it, or start past 1.
        ``at_start``: no heading has been seen yet (an excerpt may start mid-sequence).
        ``gaps``: how many gap notices came before this line, so a sequence knows whether
        one fell since it last moved (between ``一、`` and ``三、`` with ``（二）`` in between).
        """
        v = marker.value
        d = self.depth_of(marker.scheme)
        if marker.scheme.startswith(BULLET_SCHEME) or marker.scheme == BARE_TITLE_SCHEME:  # no number: each one is the next
            v = self.stack[d - 1].last + 1 if d else 1
        if d:
            last = self.stack[d - 1].last
            across = after_gap or gaps > self.stack[d - 1].gaps
            if v in (last, last + 1, 1) or (last + 1 < v <= last + (MAX_GAP_JUMP if across else MAX_JUMP)):
                skipped = list(range(last + 1, v)) if v > last + 1 else []
                self._close(d)
                self.stack[d - 1] = _Open(marker.scheme, v, marker.text, gaps)
                return Decision(d, skipped, marker.scheme, marker.text, across)
            return Decision(0)
        continues = v > 1 and self.closed.get(marker.scheme) == v - 1
        stopped = self.closed.get(marker.scheme)
        if v > 1 and stopped is not None and stopped + 1 < v <= stopped + MAX_GAP_JUMP \
                and gaps > self.closed_gaps.get(marker.scheme, gaps):
            self.stack.append(_Open(marker.scheme, v, marker.text, gaps))
            return Decision(len(self.stack), list(range(stopped + 1, v)), marker.scheme, marker.text, True,
                            in_part_before=not after_gap)
        # only before any heading, or under a chapter: a speech's "第十五条规定，…" cites a law
        first_of_run = marker.scheme in STRAIGHT_THROUGH and stopped is None and (
            at_start or bool(self.stack) and self.stack[-1].scheme in REGULATION_RANKS)
        if self.stack and _ranks_above(marker.scheme, self.stack[0].scheme) and v <= MAX_JUMP + 1:
            self._close(0)
            self.stack.append(_Open(marker.scheme, v, marker.text, gaps))
            return Decision(1, [], marker.scheme, marker.text, after_gap)
        if v == 1 or continues or first_of_run or ((after_gap or at_start or not self.stack) and v <= MAX_JUMP + 1):
            skipped = list(range(1, v)) if after_gap and v > 1 else []
            self.stack.append(_Open(marker.scheme, v, marker.text, gaps))
            return Decision(len(self.stack), skipped, marker.scheme, marker.text, after_gap)
        return Decision(0)

    def _close(self, depth: int) -> None:
        """Close the sequences deeper than ``depth``, remembering where each stopped."""
        for open_ in self.stack[depth:]:
            self.closed[open_.scheme] = open_.last
            self.closed_gaps[open_.scheme] = open_.gaps
        del self.stack[depth:]


def _ranks_above(scheme: str, other: str) -> bool:
    """Whether a regulation's ``scheme`` (第三章) holds ``other`` (第十条) rather than the other way."""
    return scheme in REGULATION_RANKS and other in REGULATION_RANKS \
        and REGULATION_RANKS.index(scheme) < REGULATION_RANKS.index(other)


def outline_depths(markers: list[Marker | None]) -> list[int]:
    """Depths for a list of heading lines (an outline block), 0 for lines that are not headings."""
    tracker = SequenceTracker()
    return [tracker.feed(m, at_start=True).depth if m and m.is_heading else 0 for m in markers]
