"""Read speech files from disk or from bytes: checks, format, decoding, and parsing into Documents.

Every way in (the CLI, the Python API, the chat upload) goes through
:func:`read_speech_file` or :func:`read_speech_bytes`, which read every format in
:data:`index.formats.FORMATS` with the same checks. Bad input raises
:class:`~index.errors.SpeechError` with a message that says what is wrong and what to do.
"""
from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from .corpus import corpus_files
from .document import Document
from .errors import SpeechError
from .formats import extract, format_of
from .formats.text import decode_text
from .parser import parse_speech

MAX_BYTES = 2_000_000  # the most TEXT one speech may hold, counted as UTF-8 bytes
MAX_FILE_BYTES = 20_000_000  # the largest file read at all (a .docx/.pdf carries more than its text)


def decode_speech(data: bytes, name: str = "speech") -> tuple[str, list[str]]:
    """Decode a plain-text speech's bytes (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5).

    Returns the text and warnings (any encoding but UTF-8 is named in one). Raises
    :class:`SpeechError` for an empty, whitespace-only, binary or undecodable file.
    """
    text, _, warnings = decode_text(data, name)
    return text, warnings


def _too_large(name: str, size: int, limit: int, what: str) -> SpeechError:
    return SpeechError(f"{name} is too large ({size / 1e6:.1f} MB{what}; the limit is {limit / 1e6:.1f} MB"
                       f"{what}). Split it into one file per speech.")


def read_speech_file(path: str | Path, doc_id: str | None = None, *, max_bytes: int = MAX_BYTES,
                     max_file_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read and parse one speech file (.txt, .md, .docx, .pdf, .html, .htm) into a :class:`Document`.

    ``doc_id`` defaults to the file stem. Raises :class:`SpeechError` for a missing or
    non-regular file (a folder, ``/dev/null``, a FIFO), an unreadable, empty, binary,
    oversized, undecodable or unsupported one.
    """
    p = Path(path).expanduser()
    try:
        info = os.stat(p)
    except FileNotFoundError:
        raise SpeechError(f"No such speech file: {p}") from None
    except OSError as exc:
        raise SpeechError(f"Cannot read {p}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise SpeechError(f"{p} is a folder, not a speech file; give it with --corpus to read the "
                          "speeches in it.")
    if not stat.S_ISREG(info.st_mode):  # never opened: reading a FIFO or a device could block forever
        raise SpeechError(f"{p} is not a regular file; give a speech file saved on disk.")
    format_of(p.name)  # refuse a .doc or an unknown suffix before reading the bytes
    if info.st_size > max_file_bytes:
        raise _too_large(str(p), info.st_size, max_file_bytes, "")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SpeechError(f"Cannot read {p}: {exc.strerror or exc}") from None
    return read_speech_bytes(data, doc_id or p.stem, path=str(p), max_bytes=max_bytes,
                             max_file_bytes=max_file_bytes)


def read_speech_bytes(data: bytes, doc_id: str, path: str | None = None, *, max_bytes: int = MAX_BYTES,
                      max_file_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read and parse a speech given as bytes (an upload, say) into a :class:`Document`.

    The format comes from the suffix of ``path`` (the upload's original file name); with no
    suffix, from the bytes. ``path`` is recorded and names the speech in messages. The raw
    bytes may be up to ``max_file_bytes``; the text they hold up to ``max_bytes`` (as UTF-8).
    Raises :class:`SpeechError` as :func:`read_speech_file` does.
    """
    name = path or doc_id
    fmt = format_of(name, data)
    if len(data) > max_file_bytes:
        raise _too_large(name, len(data), max_file_bytes, "")
    got = extract(data, name, fmt)
    size = len(got.text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise _too_large(name, size, max_bytes, " of text")
    doc = parse_speech(got.text, doc_id, path, title_hint=got.title_hint)
    doc.warnings[:0] = got.warnings
    doc.encoding, doc.format = got.encoding, got.format
    for kind, n in got.removed.items():
        doc.removed[kind] = doc.removed.get(kind, 0) + n
    return doc


def read_corpus(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES) -> list[Document]:
    """Read every speech named by ``paths`` (files, or folders of speech files, sorted).

    Document ids are file stems, made unique (``name``, ``name-2``, ...) when two collide.
    Raises :class:`SpeechError` (naming the file) if any speech cannot be read; then
    nothing is returned.
    """
    docs: list[Document] = []
    taken: set[str] = set()
    for f in corpus_files(list(paths)):
        doc_id, n = f.stem, 1
        while doc_id in taken:
            n += 1
            doc_id = f"{f.stem}-{n}"
        taken.add(doc_id)
        docs.append(read_speech_file(f, doc_id, max_bytes=max_bytes))
    return docs
