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


class ReaderChangedError(IndexStaleError):
    """The index's speeches were read by another version of the reader: what it holds of them may
    differ from what reading them now gives, so they are read again (see :mod:`index.reader_version`)."""

    def __init__(self, message: str, sources: list[str] | None = None) -> None:
        super().__init__(message)
        self.sources = sources  # the manifest's recorded corpus, for the rebuild that reads it again
