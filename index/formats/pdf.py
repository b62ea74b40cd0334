"""Read a ``.pdf`` speech that has a text layer: page by page, page furniture removed."""
from __future__ import annotations

import io
import logging
import re
from collections import Counter

from ..errors import SpeechError
from ..hard_wrap import COPIED_PAGE_NUMBER
from .base import Extracted

# A line that is only a page number: as a copied text writes one (:data:`COPIED_PAGE_NUMBER`),
# or, at a page's edge, a bare number ("3") or "3/12".
PAGE_NUMBER_RE = re.compile(rf"^(?:{COPIED_PAGE_NUMBER.pattern}|[-—–－~～·•\s]*\d{{1,4}}[-—–－~～·•\s]*"
                            r"|\d{1,4}\s*[/／]\s*\d{1,4})$")
_EDGE = 2  # how many lines at the top and at the bottom of a page can be furniture
_HAN_PAIR_RE = re.compile(r"[\u3400-\u9fff](?= ?[\u3400-\u9fff])")
_MIN_CHARS_PER_PAGE = 10


def _edges(lines: list[str]) -> set[int]:
    """Indexes of the lines at a page's top and bottom edges."""
    n = len(lines)
    return set(range(min(_EDGE, n))) | set(range(max(0, n - _EDGE), n))


def strip_furniture(pages: list[list[str]]) -> tuple[list[list[str]], dict[str, int]]:
    """Drop page numbers and running headers/footers from the edges of pages.

    A running line is one that, with its digits blanked, stands at a page edge on at least
    two pages and on half of them (the first page's top lines are kept). Returns the pages
    and the count of dropped lines per kind
(``page_number``, ``running_header``).
    """
    key = lambda line: re.sub(r"\d+", "#", re.sub(r"\s+", "", line))  # noqa: E731
    seen = Counter(k for lines in pages for k in {key(lines[i]) for i in _edges(lines)})
    running = {k for k, n in seen.items() if n >= 2 and n >= len(pages) / 2}
    out, dropped = [], Counter()
    for n, lines in enumerate(pages):
        edges, kept = _edges(lines), []
        for i, line in enumerate(lines):
            if i in edges and PAGE_NUMBER_RE.match(line.strip()):
                dropped["page_number"] += 1
            # The first page's top is kept: a later page's running header is often the title.
            elif i in edges and key(line) in running and not (n == 0 and i < _EDGE):
                dropped["running_header"] += 1
            else:
                kept.append(line)
        out.append(kept)
    return out, dict(dropped)


def _unspace(text: str) -> str:
    """Remove the spaces a PDF's letter-spaced layout put between characters.

    Only when most neighbouring ideographs are spaced apart: then every glyph is followed by
    a space, and a real space shows as two. In unspaced text a single space may mark a
    missing figure (``总值 亿元``) and is kept.
    """
    pairs = _HAN_PAIR_RE.findall(text)
    spaced = len(re.findall(r"[\u3400-\u9fff] [\u3400-\u9fff]", text))
    if pairs and spaced > 0.5 * len(pairs):
        return re.sub(r" {2,}", " ", re.sub(r"(?<=\S) (?=\S)", "", text))
    return text


def read_pdf(data: bytes, name: str) -> Extracted:
    """Extract a PDF's text layer page by page, without page numbers or running headers.

    Raises :class:`SpeechError` for a damaged or password-protected PDF, and for one
    without a text layer (a scan).
    """
    from pypdf import PdfReader

    pdf_logger = logging.getLogger("pypdf")
    level = pdf_logger.level
    pdf_logger.setLevel(logging.CRITICAL)  # pypdf logs every quirk of a real-world PDF it repairs
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise SpeechError(f"{name} is password-protected; open it, save a copy without the password "
                              "(or the text as .txt/.docx), and give that.")
        raw_pages = []
        for page in reader.pages:
            try:
                raw_pages.append(page.extract_text() or "")
            except Exception:  # one page's broken content stream should not lose the others
                raw_pages.append("")
    except SpeechError:
        raise
    except Exception as exc:  # pypdf's own errors, and zlib/struct/index errors from a damaged file
        detail = (str(exc).splitlines() or [""])[0][:120] or type(exc).__name__
        if "cryptography" in detail or "AES" in detail:
            raise SpeechError(f"{name} is encrypted in a way that cannot be read here ({detail}); save a "
                              "copy without protection, or give the text as .txt/.docx.") from None
        raise SpeechError(f"{name} is not a readable PDF (damaged: {detail}). Open it and save it "
                          "again, or give the text as .txt/.docx.") from None
    finally:
        pdf_logger.setLevel(level)
    pages = [[line.strip() for line in _unspace(t).splitlines() if line.strip()] for t in raw_pages]
    pages, dropped = strip_furniture(pages)
    text_pages = [p for p in pages if sum(len(line) for line in p) >= _MIN_CHARS_PER_PAGE]
    if not text_pages:
        raise SpeechError(f"{name} has no text layer (a scanned PDF?); run OCR on it or give the text "
                          "as .txt/.docx.")
    warnings = []
    if len(text_pages) < len(pages):
        warnings.append(f"{name}: {len(pages) - len(text_pages)} of {len(pages)} pages have no text "
                        "layer (scanned?) and were skipped.")
    text = "\n".join(line for p in text_pages for line in p) + "\n"
    return Extracted(text=text, format="pdf", warnings=warnings, removed=dropped)
