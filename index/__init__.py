"""Reading speeches into a Document (outline, passages, truncation map) and the passage index.

Light imports only: the embedding model and FAISS load when a build or a
search needs them, so reading a speech stays cheap.
"""
from __future__ import annotations

from .document import (Blank, CutOff, Document, Flag, Gap, OutlineNode, Passage, Redaction,
                       TruncationMap)
from .errors import IndexCorruptError, IndexLoadError, IndexMissingError, IndexStaleError, SpeechError

__all__ = ["Blank", "CutOff", "Document", "Flag", "Gap", "IndexCorruptError", "IndexLoadError",
           "IndexMissingError", "IndexStaleError", "OutlineNode", "Passage", "Redaction", "SpeechError",
           "TruncationMap"]
