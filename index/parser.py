"""Parse the text of a speech into a :class:`~index.document.Document`.

The text is read line by line: an optional outline block, the title, the salutation,
then the body (:mod:`index.body`), whose numbered lines become headings as a reader
follows the numbering (:mod:`index.sequence`), whose paragraphs go to their sections
and items (:mod:`index.sections`) and become passages (:mod:`index.passages`), and whose
site notices (gaps, a cut-off tail) are cut out and recorded.
"""
from __future__ import annotations

import re

from .announce import find_announcements
from .attachments import mark_missing_attachments
from .bare_titles import bare_title_lines
from .body import Head, Para, scan_body
from .bullets import bullet_levels, outline_bullets
from .headings import SALUTATION_RE
from .counts import announced_count_findings, implied_cut_off
from .document import Document, Flag, OutlineNode, Passage, TruncationFinding, TruncationMap
from .hard_wrap import COPIED_PAGE_NUMBER, running_lines
from .page_numbers import bare_page_number_lines
from .header import Header, read_header
from .mail_header import mail_header
from .numbering import leading_marker
from .outline import Aligner, assign_statuses, build_tree
from .passages import MAX_PASSAGE_CHARS, flag_marks, make_passages  # noqa: F401 (re-exported)
from .raw_paragraphs import FIELD_LINE_RE, MARKDOWN_ITEM
from .sections import assign_sections
from .truncation import CutOff, find_blanks, find_cut_off, find_gaps, find_redactions, truncation_findings


# The detail of the flag on a stand-in for a heading known only from the numbering.
OMITTED_DETAIL = "its heading and text lie in the omitted part"


# A bullet a web or WeChat page sets before a numbered point ("👉 一是…", "▶ 1.…", "■（一）…"):
# arrows, geometric shapes, dingbats, stars and emoji, with their variation selectors.
_BULLET = re.compile("(?:[\u2022\u00b7\u2190-\u21ff\u25a0-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]"
                     "[\ufe0f\u200d]?)+[ \t\u3000\u00a0]*")
_MD_RULE_ROW = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")


def source_lines(source: str, limit: int) -> list[tuple[int, int, str]]:
    """Non-empty lines before ``limit`` as ``(start, end, text)``, whitespace and ``#`` marks trimmed."""
    out, pos = [], 0
    layout = running_lines(source) | mail_header(source)[1] | bare_page_number_lines(source)
    for raw in source.splitlines(keepends=True):
        start, pos = pos, pos + len(raw)
        if start >= limit:
            break
        body = source[start:min(pos, limit)]
        lead = re.match(r"[\s\u3000]*(?:#{1,6}[ \t\u3000]+)?[\s\u3000]*", body).end()
        text = body[lead:].rstrip()
        if _MD_RULE_ROW.fullmatch(text) or COPIED_PAGE_NUMBER.fullmatch(text) or start + lead in layout:
            continue  # layout, not text
        row = re.fullmatch(r"\|\s*(.*?\S)\s*\|", text)  # a Markdown table row: its cells, not its outer bars
        if row and "|" in row.group(1):
            lead, text = lead + row.start(1), row.group(1)
        bold = re.fullmatch(r"\*\*([^*]+)\*\*", text)  # a markdown **heading**
        if bold:
            lead, text = lead + 2, bold.group(1)
        # A numbered heading set in decorative brackets, as web and WeChat pages do ("【二、重点任务】");
        # only a numbered one, so a bracketed site line ("【来源：…】") stays what the chrome rules expect.
        boxed = re.fullmatch(r"[【〖]([^【】〖〗]+)[】〗]", text)
        if boxed and leading_marker(boxed.group(1)) is not None:
            lead, text = lead + 1, boxed.group(1)
        listed = MARKDOWN_ITEM.match(text)  # a Markdown list item or quote ("- …", "* …", "> …"): its mark is layout
        if listed and listed.end() < len(text):
            lead, text = lead + listed.end(), text[listed.end():]
        bullet = _BULLET.match(text)  # only before a marker, so a "★★★ 重磅" site line stays chrome
        if bullet and leading_marker(text[bullet.end():]) is not None:
            lead, text = lead + bullet.end(), text[bullet.end():]
        if text:
            out.append((start + lead, start + lead + len(text), text))
    return out


def _running_spans(source: str, limit: int) -> list[tuple[int, int]]:
    """The spans of the running header and footer lines before ``limit``."""
    ends = ((s, source.find("\n", s)) for s in running_lines(source) if s < limit)
    return [(s, min(limit, e if e >= 0 else len(source))) for s, e in ends]


def parse_speech(text: str, doc_id: str, path: str | None = None, *,
                 title_hint: str | None = None) -> Document:
    """Parse a speech's text into outline, passages and truncation map.

    ``text`` is kept as ``Document.source``; all offsets point into it. ``doc_id``
    names the passages (``<doc_id>#p<n>``); ``path`` is only recorded. ``title_hint``
    is a title the file format gave (an HTML ``<title>``/``<h1>``, a .docx title).
    """
    title_hint = title_hint or mail_header(text)[0]  # a forwarded mail's subject names the speech
    cut = find_cut_off(text)
    limit = cut.offset if cut else len(text)
    header = read_header(text, source_lines(text, limit), title_hint, doc_id)
    with outline_bullets(bullet_levels(header.body)):
        return _parse_body(text, doc_id, path, cut, limit, header)


CLOSING_PARAS = 3  # paragraphs a speech's closing words run to, after the one turning to the room


def _detach_closing_fields(paras: list[Para]) -> None:
    """Minutes close with labelled lines on the whole record ("出席：…", "列席：…", "请假：…",
    "记录：…", "抄送：…"), and a speech with its closing words, addressed to the room again
    ("同志们，…让我们…"): they stand under the document, not in its last part, whose list they
    would otherwise join. A part holding nothing else ("五、联系方式" / "联系人：…") keeps them."""
    k = len(paras)
    while k and paras[k - 1].item is None and FIELD_LINE_RE.match(paras[k - 1].text):
        k -= 1
    for j in range(k - 1, max(k - 1 - CLOSING_PARAS, -1), -1):
        if paras[j].item is not None or paras[j].node is None:
            break
        if SALUTATION_RE.match(paras[j].text):
            k = j  # the closing words start at the paragraph that turns to the room
            break
    if k == len(paras) or not k:
        return
    last = paras[len(paras) - 1].node
    if last is None or paras[k - 1].node is not last:
        return
    for para in paras[k:]:
        para.node = None


def _parse_body(text: str, doc_id: str, path: str | None, cut: CutOff | None, limit: int, header: Header) -> Document:
    """The body after the header: headings, sections, passages and the truncation map."""
    warnings: list[str] = []
    title, entries, body_lines = header.title or doc_id, header.entries, header.body
    body_start = body_lines[0][0] if body_lines else limit
    body_end = body_lines[-1][1] if body_lines else limit
    gaps = find_gaps(text, body_start, limit)
    titles = bare_title_lines(text, body_lines) if not entries else frozenset()
    blocks = scan_body(text, body_lines, gaps, titles=titles)
    if entries:  # the outline block names what a gap swallowed; numbering need not guess
        blocks = [b for b in blocks if not (isinstance(b, Head) and b.omitted)]

    top = build_tree(entries)
    aligner = Aligner(top, match=bool(entries))
    omitted_ids: set[int] = set()
    findings: list[TruncationFinding] = []
    for b in blocks:
        if isinstance(b, Head):
            b.node = aligner.align(b.title, b.level)
            if b.omitted:
                omitted_ids.add(id(b.node))
                findings.append(TruncationFinding("numbering_jump", 0.9, f"{b.title} lies in a gap", b.start))
        elif isinstance(b, tuple):
            _, marker, skipped, at = b
            findings.append(TruncationFinding("numbering_jump", 0.4, f"numbering jumps to {marker.label} "
                                              f"(skips {len(skipped)})", at))
    deepest = max((e.level for e in entries), default=0)
    added = [p for p in aligner.added if p.count(" > ") < deepest]
    if entries and added:
        warnings.append("headings not in the outline block: " + "; ".join(added))
    if not any(isinstance(b, Head) for b in blocks) and not entries:
        warnings.append("no recognisable structure (no headings or outline); read as plain paragraphs")
    truncation = TruncationMap(cut_off=cut)
    swallowed = assign_sections(blocks, top, truncation.gaps)

    # a running header's "××县" is a masthead, not a blanked figure
    notice_spans = sorted([(g.start, g.end) for g in gaps] + _running_spans(text, limit))
    spans, pos = [], 0
    for s, e in notice_spans + [(limit, limit)]:
        spans.append((pos, s))
        pos = e
    truncation.blanks = find_blanks(text, spans)
    truncation.redactions = find_redactions(text, spans)

    paras = [b for b in blocks if isinstance(b, Para)]
    _detach_closing_fields(paras)
    passages, offsets = make_passages(paras, doc_id, title)
    flag_marks(passages, offsets, truncation)
    by_node: dict[int, list[Passage]] = {}
    for para in paras:
        if para.node is not None:
            by_node.setdefault(id(para.node), [])
    for p, para_node in zip(passages, _passage_nodes(paras, passages)):
        if para_node is not None:
            by_node.setdefault(id(para_node), []).append(p)
    findings += truncation_findings(text, body_end, cut, gaps)
    findings += announced_count_findings(blocks, find_announcements(text, body_start, limit), cut, gaps)
    if cut is None:
        cut = implied_cut_off(findings, body_end)
    truncation.cut_off = cut
    if cut and passages:
        shown = f"全文共{cut.total_chars}字，仅显示{cut.shown_chars}字" if cut.total_chars else cut.notice
        passages[-1].flags.append(Flag("cut_off", f"the excerpt stops here ({shown})", cut.offset,
                                       len(passages[-1].text)))
    truncation.outline_only, truncation.partial = assign_statuses(top, by_node, swallowed)
    for node in (n for t in top for n in t.walk() if id(n) in omitted_ids):
        truncation.omitted.append(node.path)
        if node.status == "outline_only":
            node.status = "omitted"
            truncation.outline_only.remove(node.path)
    truncation.findings = findings
    mark_missing_attachments(text, passages)
    passages += _heading_passages(top, entries, truncation, doc_id, len(passages))
    return Document(id=doc_id, title=title, source=text, outline=top, passages=passages,
                    truncation=truncation, path=path, warnings=warnings, removed={k: n for k, n in header.removed.items() if n})


def _passage_nodes(paras: list[Para], passages: list[Passage]) -> list[OutlineNode | None]:
    """The outline node of each passage (passages keep their paragraph's order)."""
    out, k = [], 0
    for para in paras:
        while k < len(passages) and para.offs and passages[k].start <= para.offs[-1] and passages[k].start >= para.offs[0]:
            out.append(para.node)
            k += 1
    return out


def _heading_passages(top: list[OutlineNode], entries, truncation: TruncationMap, doc_id: str,
                      first: int) -> list[Passage]:
    """A stand-in passage for each outline-only heading, so a question can reach it and cite it.

    Its text is the heading as the outline gives it; it is flagged ``outline_only``
    (and ``redacted`` when the heading hides a word). Placed after the body
    passages so the body's passage ids do not move.
    """
    where = {(e.level, e.title): (e.start, e.end) for e in entries}
    out: list[Passage] = []
    for node in (n for t in top for n in t.walk() if n.status in ("outline_only", "omitted")):
        start, end = where.get((node.level, node.title), (node.body_start or 0, node.body_start or 0))
        flag = (Flag("outline_only", "heading only; its text is not in the excerpt", start, 0)
                if node.status == "outline_only" else Flag("gap", OMITTED_DETAIL, start, 0))
        p = Passage(id=f"{doc_id}#p{first + len(out)}", document=doc_id, section=node.path,
                    text=node.title, start=start, end=end, order=first + len(out), flags=[flag])
        p.flags += [Flag("redacted", r.context, r.offset, r.offset - start)
                    for r in truncation.redactions if start <= r.offset < end]
        out.append(p)
    return out
