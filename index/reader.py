"""Read speech files from disk: checks, decoding, and parsing into Documents.

Bad input raises :class:`~index.errors.SpeechError` with a message that says what is
wrong and what to do; nothing is produced for it.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .corpus import corpus_files
from .document import Document
from .errors import SpeechError
from .parser import parse_speech

MAX_BYTES = 2_000_000
_CONTROL_OK = "\t\n\r\f\v"


def _plausible_chinese(text: str) -> bool:
    """True when text decoded as GB18030 looks like Chinese, not mis-decoded bytes."""
    visible = [c for c in text if not c.isspace()]
    han = [c for c in visible if "\u4e00" <= c <= "\u9fff"]
    if not visible or len(han) < 0.2 * len(visible):
        return False
    common = 0
    for c in han:
        try:
            c.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common >= 0.9 * len(han)


def decode_speech(data: bytes, name: str = "speech") -> tuple[str, list[str]]:
    """Decode a speech file's bytes: UTF-8 (with or without BOM), else GB18030.

    Returns the text and warnings (a GB18030 file is read with a warning). Raises
    :class:`SpeechError` for an empty, whitespace-only, binary or undecodable file.
    """
    if not data:
        raise SpeechError(f"{name} is empty: there is no speech text in it.")
    if b"\x00" in data:
        raise SpeechError(f"{name} looks like a binary file (it contains NUL bytes), not a speech text. "
                          "Give a .txt or .md file saved as UTF-8 text.")
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            text = None
        if text is None or not _plausible_chinese(text):
            raise SpeechError(f"{name} is in an unknown encoding (neither UTF-8 nor GB18030/GBK). "
                              "Convert it to UTF-8 (e.g. `iconv -f <encoding> -t UTF-8`) and try again.") from None
        warnings.append(f"{name} is not UTF-8; it was read as GB18030 (GBK). Save it as UTF-8 to be sure.")
    controls = sum(1 for c in text if ord(c) < 32 and c not in _CONTROL_OK)
    if controls > max(2, len(text) // 100):
        raise SpeechError(f"{name} looks like a binary file (control characters), not a speech text.")
    if not text.strip():
        raise SpeechError(f"{name} holds only whitespace: there is no speech text in it.")
    return text, warnings


def read_speech_file(path: str | Path, doc_id: str | None = None, *,
                     max_bytes: int = MAX_BYTES) -> Document:
    """Read and parse one speech file (``.txt`` / ``.md``) into a :class:`Document`.

    ``doc_id`` defaults to the file stem. Files over ``max_bytes`` are refused.
    Raises :class:`SpeechError` for a missing, unreadable, empty, binary, oversized or
    undecodable file.
    """
    p = Path(path).expanduser()
    if not p.is_file():
        raise SpeechError(f"No such speech file: {p}")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise SpeechError(f"{p} is too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB). "
                              "Split it into one file per speech.")
        data = p.read_bytes()
    except OSError as exc:
        raise SpeechError(f"Cannot read {p}: {exc.strerror or exc}") from None
    return read_speech_bytes(data, doc_id or p.stem, path=str(p), max_bytes=max_bytes)


def read_speech_bytes(data: bytes, doc_id: str, path: str | None = None, *,
                      max_bytes: int = MAX_BYTES) -> Document:
    """Decode and parse a speech given as bytes (an upload, say) into a :class:`Document`.

    ``path`` is recorded and names the speech in messages. Raises :class:`SpeechError`
    for an empty, whitespace-only, binary, oversized or undecodable speech.
    """
    name = path or doc_id
    if len(data) > max_bytes:
        raise SpeechError(f"{name} is too large ({len(data) / 1e6:.1f} MB; the limit is "
                          f"{max_bytes / 1e6:.1f} MB). Split it into one file per speech.")
    text, warnings = decode_speech(data, name)
    doc = parse_speech(text, doc_id, path)
    doc.warnings[:0] = warnings
    return doc


def read_corpus(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES) -> list[Document]:
    """Read every speech named by ``paths`` (files, or folders of ``.txt``/``.md`` files, sorted).

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
