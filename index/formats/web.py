"""Read a saved web page (``.html``/``.htm``): the article's text, and its title as a hint."""
from __future__ import annotations

import codecs
import logging
import re

from ..errors import SpeechError
from .base import Extracted
from ..title import looks_like_title, speaker_line_re
from .text import check_text, decode_cut, detect_legacy, han_share, lenient

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
# Site names follow a title after "_", "|" or a spaced dash: "标题_新华网", "标题 - XX网".
_TITLE_SEP_RE = re.compile(r"\s*[_|｜]\s*|\s+[-–—]\s+|\s*-{2,}\s*")  # "标题--县人民政府" too
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
               "section", "article", "blockquote", "pre", "dd", "dt", "dl", "header", "footer",
               "hr", "center", "form", "td", "th", "address", "figcaption", "main", "aside", "nav"}
_TABLE_ROW_RE = re.compile(r"^\|\s*(.*?)\s*\|?\s*$")
# Charsets as pages declare them, and the codec that reads what such pages really hold.
_CHARSET_CODECS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030",
                   "big5": "cp950", "cp950": "cp950", "big5-hkscs": "big5hkscs"}


def _visible(html: str) -> str:
    """Roughly the text a browser shows: no scripts, styles or tags."""
    html = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", "", html)
    return re.sub(r"<[^>]*>", "", html)


def decode_html(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Decode a page's bytes: a BOM; else UTF-8 when the bytes are valid UTF-8 (real Chinese text
    in another encoding never is); else the ``<meta charset>`` when its reading looks like
    Chinese; else detection. Returns ``(html, codec, warnings)``."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec, []
            except UnicodeDecodeError:
                break
    try:
        text, warnings = decode_cut(data, "utf-8", name, "UTF-8")
        return text, "utf-8", warnings
    except UnicodeDecodeError:
        pass
    declared, codec = _META_CHARSET_RE.search(data[:4096]), None
    if declared:
        label = declared.group(1).decode("ascii").lower()
        codec = _CHARSET_CODECS.get(label, label)
        try:
            codec = codecs.lookup(codec).name
        except LookupError:
            codec = None
        if codec and not codec.startswith(("utf-16", "utf-32")):  # bytes read as ASCII cannot be UTF-16
            try:
                text = data.decode(codec)
                # A Latin code page "decodes" anything: believe it only if Chinese comes out.
                if han_share(_visible(text)) >= 0.2:
                    return text, codec, []
            except UnicodeDecodeError:
                pass  # a wrong declaration is common enough: find the real one below
    try:
        return detect_legacy(data, name, _visible)
    except SpeechError:
        fallback = codec or "utf-8"  # the page's own word, else the web's default
        got = lenient(data, fallback, name, fallback)
        if got is None:
            raise
        return got[0], fallback, got[1]


def _text_of(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def page_title(tree) -> str | None:
    """The page's own title: its first ``<h1>`` unless that is the site's name, else the part of
    ``<title>`` that is not the site's name."""
    title_el = tree.find(".//title")
    parts = [p for p in _TITLE_SEP_RE.split(_text_of(title_el)) if p] if title_el is not None else []
    # the part that reads as a document's title ("政府工作报告_青石县人民政府"), else the longest
    titled = [p for p in parts if looks_like_title(p)]
    main = titled[0] if titled else max(parts, key=len) if parts else None
    site = {p for p in parts if p != main}
    for h1 in tree.iter("h1"):
        text = _text_of(h1)
        if len(text) >= 4 and text not in site:
            return text
    if not titled:  # "领导讲话_白石镇人民政府": a column's name; the article's own title block says it
        for el in tree.iter("td", "div", "span", "p", "h2", "h3"):
            text = _text_of(el)
            if "title" in (el.get("class") or "").lower() and looks_like_title(text):
                return text
    return main


# A page's date as its meta line gives it: "2025年02月18日 08:30", "2025-04-08 18:30".
_PAGE_DATE_RE = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})")
_META_MAX = 80
_META_REACH = 12  # elements between the date line and the title <h1>


def _title_element(elements: list, title: str) -> int | None:
    """Where the page's title stands among ``elements``: the ``<h1>`` holding it, else the first
    block that does (a ``<div class="title">``, a ``<td class="title">``)."""
    heads = [i for i, el in enumerate(elements) if el.tag.lower() == "h1" and _text_of(el) == title] or \
        [i for i, el in enumerate(elements) if el.tag.lower() in _BLOCK_TAGS and _text_of(el) == title]
    return heads[0] if heads else None


def meta_line(tree, title: str | None) -> str | None:
    """The short line beside a page's title that dates it: above a WeChat ``<h1>`` ("原创 柳溪发布
    2025年02月18日 08:30"), or under a site's title block ("发布时间：2026-01-20 来源：县政府办公室").
    Article extractors drop it with the header, but it is the one date many pages give. The title
    is the ``<h1>`` holding it, else the block that does (a ``<div class="title">``); the nearest
    dated short line within a few elements of it is taken, the one above first."""
    if not title:
        return None
    tags = _BLOCK_TAGS | {"em", "span", "time"}
    elements = [el for el in tree.iter() if isinstance(el.tag, str)]
    at = _title_element(elements, title)
    if at is None:
        return None
    around = set(elements[at].iterancestors()) | set(elements[at].iterdescendants())

    def dated(i: int) -> str | None:
        el = elements[i]
        if el.tag.lower() not in tags or el in around:
            return None
        text = _text_of(el)
        return text if len(text) <= _META_MAX and _PAGE_DATE_RE.search(text) else None

    above = [t for i in range(at - 1, max(-1, at - 1 - _META_REACH), -1) if (t := dated(i))]
    below = [t for i in range(at + 1, min(len(elements), at + 1 + _META_REACH)) if (t := dated(i))]
    # of nested elements holding the same line, the outermost (the whole line, not a <span> of it)
    for found in (above, below):
        if found:
            return max((t for t in found if t in found[0] or found[0] in t), key=len)
    return None


LAYOUT_CELL_CHARS = 200  # a table cell holding more text than this is a page's column, not a datum
_TABLE_PARTS = ("table", "tbody", "thead", "tfoot", "tr", "td", "th")


def unwrap_layout_tables(tree) -> bool:
    """Turn the tables an old site lays its page out with into plain blocks, so that the body
    in one cell ("…。<br><br>二、…") is read as paragraphs, not as one table row. A table is
    layout when one of its own cells holds a long text or another table; a table of figures,
    whose cells are short, stays a table. Returns whether any table was unwrapped."""
    changed = False
    for table in list(tree.iter("table")):
        cells = [c for c in table.iter("td", "th") if next(c.iterancestors("table"), None) is table]
        if not any(len(c.text_content().strip()) > LAYOUT_CELL_CHARS or c.find(".//table") is not None
                   for c in cells):
            continue
        for el in [table, *(e for e in table.iter(*_TABLE_PARTS[1:])
                            if next(e.iterancestors("table"), None) is table)]:
            el.tag = "div"
        changed = True
    return changed


def speaker_line(tree, title: str | None) -> str | None:
    """The speaker's line right under a page's title ("县长　周某某" in a cell of its own), which
    article extractors drop with the title block; None when the page has none there."""
    if not title:
        return None
    elements = [el for el in tree.iter() if isinstance(el.tag, str)]
    at = _title_element(elements, title)
    if at is None:
        return None
    inside = set(elements[at].iterdescendants())
    for el in elements[at + 1:at + 1 + _META_REACH]:
        text = _text_of(el)
        if el not in inside and text and speaker_line_re().match(text) and len(text) <= _META_MAX:
            return text
    return None


def strip_tags(tree) -> str:
    """The text of ``<body>``, one line per block element; scripts and styles dropped."""
    body = tree.find(".//body")
    body = body if body is not None else tree
    for bad in list(body.iter("script", "style", "noscript", "template", "iframe")):
        bad.drop_tree()
    for el in body.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() != "br":
                el.text = "\n" + (el.text or "")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in body.text_content().splitlines())
    return "\n".join(line for line in lines if line)


_NEXT_PAGE = ("下一页", "下页", "后一页", "下一頁")


def pager_line(tree) -> str | None:
    """The pager of an article split over several pages ("上一页 1 2 3 4 下一页"), when its next
    page is a link: the saved page holds only part of the text, and the pager says so."""
    for link in tree.iter("a"):
        if _text_of(link) in _NEXT_PAGE and link.get("href") and link.getparent() is not None:
            line = " ".join(t.strip() for t in link.getparent().itertext() if t.strip())
            if re.search(r"\d+\s+\d+\s*(?:" + "|".join(_NEXT_PAGE) + ")", line) and len(line) <= 80:
                return line
    return None


def dropped_headings(tree, text: str) -> list[str]:
    """The ``<h2>``–``<h6>`` headings of the article that the extracted ``text`` lacks: those whose
    next element's text is in it (a sidebar's "相关新闻" heading is left out with its links)."""
    shown = re.sub(r"\s+", "", text)

    def kept(el) -> bool:
        return el is not None and (said := re.sub(r"\s+", "", el.text_content())[:20]) != "" and said in shown

    out = []
    for el in tree.iter("h2", "h3", "h4", "h5", "h6"):
        heading = _text_of(el)
        if len(heading) >= 2 and heading.replace(" ", "") not in shown and kept(el.getnext()):
            out.append(heading)
    return out


def read_html(data: bytes, name: str) -> Extracted:
    """Extract a saved page's main text (trafilatura; a plain tag strip when it finds none).

    Paragraphs and ``<br>`` breaks become lines; table rows become ``a | b`` lines.
    ``title_hint`` comes from the page's ``<h1>``/``<title>``.
    """
    import lxml.html
    import trafilatura
    from lxml.etree import ParserError

    if not data.strip():
        raise SpeechError(f"{name} is empty: there is no speech text in it.")
    html, encoding, warnings = decode_html(data, name)
    html = _XML_DECL_RE.sub("", html)
    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError) as exc:
        raise SpeechError(f"{name} is not a readable web page ({exc}). Save the page again, or give "
                          "the text as .txt.") from None
    title_hint = page_title(tree)
    if unwrap_layout_tables(tree):
        html = lxml.html.tostring(tree, encoding="unicode")
    log = logging.getLogger("trafilatura")
    level = log.level
    log.setLevel(logging.CRITICAL)  # it logs every page it finds thin; the fallback handles those
    options = dict(include_comments=False, include_tables=True, include_formatting=False, output_format="txt",
                   deduplicate=False)
    try:
        text = trafilatura.extract(html, **options)
        if text and dropped_headings(tree, text):
            # Its precise mode drops a post's short <h2>/<h3> parts ("一、…"); the outline needs them,
            # and the recall mode keeps them (the chrome it brings along is read as chrome later).
            text = trafilatura.extract(html, favor_recall=True, **options) or text
    except Exception:  # trafilatura on a malformed page: the plain strip below still reads it
        text = None
    finally:
        log.setLevel(level)
    if text and text.strip():
        text = "\n".join(_TABLE_ROW_RE.sub(lambda m: re.sub(r"\s*\|\s*", " | ", m.group(1)), line)
                         if line.lstrip().startswith("|") else line for line in text.splitlines())
    else:
        text = strip_tags(tree)
    check_text(text, name)
    pager = pager_line(tree)  # trafilatura drops it as chrome; it tells where the text goes on
    if pager and pager not in text:
        text = text.rstrip("\n") + "\n" + pager
    speaker = speaker_line(tree, title_hint)
    if speaker and speaker not in text:
        text = speaker + "\n" + text.lstrip("\n")
    meta = meta_line(tree, title_hint)
    if meta and meta not in text:
        text = meta + "\n" + text.lstrip("\n")
    return Extracted(text=text.strip("\n") + "\n", format="html", encoding=encoding,
                     title_hint=title_hint, warnings=warnings)
