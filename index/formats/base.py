"""What a file format gives the reader: the speech's text and what the format told about it."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Extracted:
    """The text of a speech file, before parsing."""

    text: str
    format: str  # txt, md, docx, pdf, html
    encoding: str | None = None  # the codec the bytes were decoded with, where there was one
    title_hint: str | None = None  # a title the format gave (<h1>/<title>, a .docx Title)
    warnings: list[str] = field(default_factory=list)
    removed: dict[str, int] = field(default_factory=dict)  # furniture dropped, count per kind
