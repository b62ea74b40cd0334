"""Which version of the speech reader an index's documents come from.

An index stores each speech as it was read: its outline, passages and truncation map. When
the reader changes (a numbering scheme it now knows, a notice it now keeps), an index built
before still answers from the old reading, and its corpus files have not changed, so no
corpus check sees it. The fingerprint is taken from the reading code itself, as the BM25
tokenizer's is (:func:`index.lexical.tokenizer_fingerprint`), so no one has to remember to
bump a number: every module of this package takes part except those that only store, embed
or load an index. A module added later takes part until it is named here, which errs toward
reading the speeches once more, never toward answering from a stale reading.
"""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

# Modules that store, embed or check an index; they change no Document.
_NOT_READING = frozenset({
    "__init__", "build_files", "bulk", "durable", "e5_bin", "e5_export", "embed_cache", "embeddings",
    "errors", "faiss_choice", "freshness", "integrity", "lean_forward", "lexical", "library", "manifest",
    "milvus_index", "milvus_store", "passage_index", "reader_version", "store", "store_choice", "vectors",
})


@cache
def reader_fingerprint() -> str:
    """A short hash of the code that turns a speech file into a Document."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*package.glob("*.py"), *package.glob("formats/*.py")]):
        if path.parent == package and path.stem in _NOT_READING:
            continue
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]
