"""Errors of the index layer. Each message says what is wrong and what to do."""
from __future__ import annotations


class SpeechError(ValueError):
    """A speech file cannot be read (empty, binary, unknown encoding, too large…)."""


class IndexLoadError(RuntimeError):
    """The saved index cannot be used; the message names the fix."""


class IndexMissingError(IndexLoadError):
    """No index has been built in this folder yet."""


class IndexCorruptError(IndexLoadError):
    """The index folder is damaged (bad manifest, missing or inconsistent files)."""


class IndexStaleError(IndexLoadError):
    """The index was built from other corpus files, another model or an older schema."""


class IndexWriteError(IndexLoadError):
    """An index cannot be written (read-only or full folder, a file in the way); the old one stays."""
