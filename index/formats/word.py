"""Read a Word ``.docx`` speech: its paragraphs and tables in order, one line each."""
from __future__ import annotations

import io
import re

from ..errors import SpeechError
from .base import Extracted

_TITLE_STYLES = {"title", "标题"}
_HEADING1_STYLES = {"heading 1", "标题 1", "标题1"}
_CELL_SEP = " | "
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _style(paragraph) -> str:
    try:
        return (paragraph.style.name or "").strip().lower() if paragraph.style is not None else ""
    except (KeyError, AttributeError, ValueError):
        return ""


def paragraph_text(p) -> str:
    """The text of a ``<w:p>``, including what python-docx's ``Paragraph.text`` skips.

    Runs inside tracked insertions (``w:ins``), inline content controls, smart tags and
    simple fields are text the reader sees; deleted or moved-away runs and text boxes
    (paragraphs of their own, drawn elsewhere) are not.
    """
    from docx.oxml.ns import qn

    skip = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent")}
    parts = []
    for el in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):
        anc = el.getparent()
        while anc is not None and anc is not p and anc.tag not in skip:
            anc = anc.getparent()
        if anc is not p:
            continue
        parts.append(el.text or "" if el.tag == qn("w:t") else "\t" if el.tag == qn("w:tab") else "\n")
    return "".join(parts)


def _blocks(children, parent, numbering, out: list[tuple[str, str]]) -> None:
    """Append ``(style, line)`` for every paragraph and table row among ``children``, in order.

    Walks the XML itself, not python-docx's ``iter_inner_content``, so that paragraphs
    inside content controls (``w:sdt``, common in templates) are not lost.
    """
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in children:
        if child.tag == qn("w:p"):
            p = Paragraph(child, parent)
            text = paragraph_text(child).strip()
            if text:
                marker = numbering.marker(child)
                sep = "" if not marker or re.search(r"[\W_]$", marker) else " "
                out.append((_style(p), f"{marker}{sep}{text}"))
        elif child.tag == qn("w:tbl"):
            for row in Table(child, parent).rows:
                cells, seen = [], set()
                for cell in row.cells:  # a merged cell appears once per grid column
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    lines = "\n".join(paragraph_text(q) for q in cell._tc.iter(qn("w:p"))).splitlines()
                    text = " ".join(line.strip() for line in lines if line.strip())
                    if text:
                        cells.append(text)
                if cells:
                    out.append(("table", _CELL_SEP.join(cells)))
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                _blocks(content.iterchildren(), parent, numbering, out)


def _core_title(document) -> str | None:
    """The document's Title property, unless it is Word's 'Microsoft Word - name.doc' or empty."""
    try:
        title = (document.core_properties.title or "").strip()
    except Exception:  # a malformed core.xml is not worth refusing the speech for
        return None
    title = re.sub(r"^Microsoft Word\s*-\s*", "", title)
    title = re.sub(r"\.docx?$", "", title, flags=re.I).strip()
    return title or None


def read_docx(data: bytes, name: str) -> Extracted:
    """Extract a ``.docx`` file's text: one line per paragraph, one per table row.

    ``title_hint`` is the first paragraph when it is styled Title (or Heading 1 and no other
    paragraph is), else the document's Title property. Raises :class:`SpeechError` for a
    damaged, password-protected or empty document.
    """
    import docx

    from .wordnum import Numbering

    if data.startswith(_OLE_MAGIC):
        raise SpeechError(f"{name} is not a .docx file inside (it is an old Word .doc, or a password-"
                          "protected document); open it in Word/WPS and save it as .docx without a "
                          "password (or as .txt).")
    try:
        document = docx.Document(io.BytesIO(data))
        numbering = Numbering.of(document)
        blocks: list[tuple[str, str]] = []
        _blocks(document.element.body.iterchildren(), document, numbering, blocks)
    except Exception as exc:  # zip, zlib and XML errors of a damaged file come in many types
        detail = (str(exc).splitlines() or [""])[0].strip("'\"")[:120] or type(exc).__name__
        raise SpeechError(f"{name} is not a readable .docx file (damaged, or not a Word document: "
                          f"{detail}). Open it in Word/WPS and save it again, or give the text as .txt.") from None
    if not blocks:
        raise SpeechError(f"{name} is empty: the document has no text in it.")
    hint = None
    first_style, first_text = blocks[0]
    headings1 = sum(1 for style, _ in blocks if style in _HEADING1_STYLES)
    if first_style in _TITLE_STYLES or (first_style in _HEADING1_STYLES and headings1 == 1):
        hint = first_text
    return Extracted(text="\n".join(text for _, text in blocks) + "\n", format="docx",
                     title_hint=hint or _core_title(document))
