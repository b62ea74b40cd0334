"""Cut an answer into growing prefixes for streaming, never inside a ``[n]`` marker."""
from __future__ import annotations

import re
from collections.abc import Iterator

# A piece is a run of text up to and including a sentence end, a marker or a line break.
_PIECE = re.compile(r"[^。！？!?\n\[]*(?:\[\d+\]|[。！？!?]|\n)|[^\n]+$|\[", re.S)


def partial_texts(text: str, min_step: int = 12) -> Iterator[str]:
    """Yield prefixes of ``text`` that grow by at least ``min_step`` characters, ending on the whole text."""
    shown = 0
    for match in _PIECE.finditer(text):
        end = match.end()
        if end - shown >= min_step or end == len(text):
            shown = end
            yield text[:end]
    if shown < len(text):
        yield text
