"""The blocks a speech's body is read into: headings and paragraphs (gap notices sit between them)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .numbering import Marker
from .truncation import GapNotice


@dataclass
class Para:
    """A paragraph of the body: joined text with the source offset of every character."""

    text: str = ""
    offs: list[int] = field(default_factory=list)
    after_gap: GapNotice | None = None
    ends_at_gap: GapNotice | None = None
    node: object | None = None  # the OutlineNode it belongs to, once sections are assigned
    item: str | None = None
    marker: Marker | None = None  # an item marker opening it
    wide_break: bool = False  # a wider break than the document's usual one comes before it
    salutation: bool = False  # it opens with 同志们 / 各位代表
    inline: bool = False  # cut out of a longer paragraph
    item_only: bool = False  # cut at an inline point (…。第二，…): its number is an item, never a heading

    def add(self, text: str, start: int) -> None:
        """Append a contiguous piece of the source that starts at ``start``."""
        self.text += text
        self.offs.extend(range(start, start + len(text)))

    def slice(self, i: int, j: int) -> Para:
        """A new paragraph holding ``text[i:j]``, with its offsets."""
        return Para(self.text[i:j], self.offs[i:j])


@dataclass
class Head:
    """A heading of the body."""

    level: int
    title: str
    marker: Marker | None = None
    node: object | None = None
    omitted: bool = False  # known only because the numbering skips it
    start: int = 0  # source offset of the heading
    line: Para | None = None  # the paragraph the heading was read from, when it is all heading
