"""Speech file formats: which suffixes are read, and how each turns bytes into text.

The heavy libraries (python-docx, pypdf, trafilatura) are imported only when a file
of their format is read.
"""
from __future__ import annotations

from ..errors import SpeechError
from .base import Extracted
from .radicals import ideographs
from .widths import half_width_figures, table_bars
from .text import decode_text

# Suffix → format. Folders contribute every suffix listed here.
FORMATS = {".txt": "txt", ".md": "md", ".docx": "docx", ".pdf": "pdf", ".html": "html", ".htm": "html"}
TEXT_FORMATS = ("txt", "md")
_MAGIC = ((b"%PDF-", "pdf"), (b"PK\x03\x04", "docx"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"))

__all__ = ["FORMATS", "TEXT_FORMATS", "Extracted", "extract", "format_of"]


def format_of(name: str, data: bytes | None = None) -> str:
    """The format of a speech file named ``name``, from its suffix.

    A name without a suffix is read by its first bytes (a PDF, a .docx, else text).
    Raises :class:`SpeechError` for an old Word ``.doc`` and for any other suffix.
    """
    dot = name.rfind(".")
    suffix = name[dot:].lower() if dot > max(name.rfind("/"), name.rfind("\\")) + 1 else ""
    if suffix in FORMATS:
        return FORMATS[suffix]
    if suffix == ".doc" or (not suffix and data is not None and data.startswith(_MAGIC[2][0])):
        raise SpeechError(f"{name} is an old Word .doc file; open it in Word/WPS and save it as .docx "
                          "(or .txt).")
    if suffix:
        raise SpeechError(f"{name}: {suffix} files cannot be read; give one of "
                          + ", ".join(FORMATS) + ".")
    head = (data or b"")[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return next((fmt for magic, fmt in _MAGIC if data and data.startswith(magic)), "txt")


def extract(data: bytes, name: str, fmt: str) -> Extracted:
    """Turn a speech file's bytes into text, in the given format (see :func:`format_of`).

    Characters a PDF's text layer (or a text copied from one) gives as radicals are read as the
    characters they stand for (:func:`.radicals.ideographs`), and full-width figures and letters as
    half-width ones (:func:`.widths.half_width_figures`). Raises :class:`SpeechError` with a
    one-line message for anything unreadable.
    """
    out = _extract(data, name, fmt)
    out.text = table_bars(half_width_figures(ideographs(out.text)))
    out.title_hint = half_width_figures(ideographs(out.title_hint)) if out.title_hint else out.title_hint
    return out


def _extract(data: bytes, name: str, fmt: str) -> Extracted:
    if fmt in TEXT_FORMATS:
        actual = next((f for magic, f in _MAGIC if data.startswith(magic)), None)
        if actual:
            raise SpeechError(f"{name} is a .{actual} file, not text; give it its .{actual} name"
                              + (" (an old .doc: save it as .docx or .txt)." if actual == "doc" else "."))
        text, encoding, warnings = decode_text(data, name)
        if fmt == "md":
            from .markdown import plain_markdown
            text = plain_markdown(text)
        return Extracted(text=text, format=fmt, encoding=encoding, warnings=warnings)
    if not data:
        raise SpeechError(f"{name} is empty: there is no speech text in it.")
    if fmt == "docx":
        from .word import read_docx
        return read_docx(data, name)
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf(data, name)
    if fmt == "html":
        from .web import read_html
        return read_html(data, name)
    raise SpeechError(f"{name}: the format {fmt!r} cannot be read.")
