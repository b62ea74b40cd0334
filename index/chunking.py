"""The generic baseline: fixed-size overlapping chunks with no structure (what common RAG stacks do)."""
from __future__ import annotations

from dataclasses import replace

from .document import Document, Passage, TruncationMap


def fixed_chunks(document: Document, size: int = 750, overlap: int = 150) -> Document:
    """A copy of ``document`` whose passages are raw ``size``-character windows of its source.

    Nothing is cleaned, nothing is attributed to a section and no truncation
    is known: only a baseline to measure the structure-aware reading against.
    """
    if not 0 <= overlap < size:
        raise ValueError("overlap must be at least 0 and smaller than size")
    text, step, passages = document.source, size - overlap, []
    for start in range(0, max(len(text) - overlap, 1), step):
        end = min(start + size, len(text))
        passages.append(Passage(id=f"{document.id}#c{len(passages)}", document=document.id,
                                section=document.title, text=text[start:end], start=start, end=end,
                                order=len(passages)))
    return replace(document, outline=[], passages=passages, truncation=TruncationMap())
