"""Answers about the text itself: is it complete, how long, what is left out (from the truncation map)."""
from __future__ import annotations

import re

from index.document import Document, OutlineNode, TruncationFinding, section_under
from index.store import PassageIndex

from .answer import Notice
from .citations import CitationBuilder
from .compose import heading_row
from .documents import named_documents
from .notices import cut_off_text, gap_text, names_a_place, node_notice, outline_notice, partial_reason, speech_prefix


_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def last_sentence_citing(index: PassageIndex, builder: CitationBuilder, row: int, cite: bool = True) -> str:
    """The last sentence of passage ``row`` in quotes, with its citation mark (none with ``cite`` off:
    a declined answer quotes without citing)."""
    # A cut-off marker on its own ("……", "(未完)") is where the text stops, not what it says last.
    def worded(r: int) -> list[int]:
        return [s for s in index.sentences_of(r) if len(_WORDS.findall(index.sentence_text(s))) >= 4]

    sentences = worded(row)
    doc = index.passages[row].document
    before = index.passages[row - 1] if row > 0 else None
    # The marker stood alone after the last words shown (in their section or one above it); under a
    # heading of its own ("（二）… 一是 ……") that heading was shown last: the marker's passage is cited.
    if not sentences and before is not None and before.document == doc \
            and section_under(before.section, index.passages[row].section):
        sentences = worded(row - 1)
        builder.tell_breaks_of(row)
    if not sentences:
        return f"“{index.passages[row].text}”" + (f"[{builder.cite(row)}]" if cite else "")
    s = sentences[-1]
    return f"“{builder.sentence(s)}”" + (f"[{builder.cite_sentence(s)}]" if cite else "")


def announcement_citing(index: PassageIndex, builder: CitationBuilder, doc: Document, offset: int | None) -> str:
    """The sentence of ``doc`` standing at source ``offset`` (where a count was announced: "下面，我讲
    四点意见。") in quotes with its citation mark; empty when no passage holds it."""
    if offset is None:
        return ""
    for r in index.doc_rows(doc.id):
        passage = index.passages[r]
        if passage.start <= offset < passage.end:
            for s_idx in index.sentences_of(r):
                _row, a, b = index.sentence_spans[s_idx]
                if passage.start + a <= offset < passage.start + b:
                    return f"“{builder.sentence(s_idx)}”[{builder.cite_sentence(s_idx)}]"
    return ""


def announced_lines(index: PassageIndex, builder: CitationBuilder, doc: Document, lang: str) -> list[str]:
    """A line for each count the text announces and does not show in full, quoting the announcement."""
    out = []
    for f in doc.truncation.findings:
        if f.kind == "announced_count":
            quote = announcement_citing(index, builder, doc, f.offset)
            line = finding_line(f, lang)
            out.append(line if not quote else (f"{line[:-1]} ({quote})." if lang == "en" else f"{line[:-1]}:{quote}。"))
    return out


def _sentence(text: str, lang: str) -> str:
    return f"{text[:1].upper()}{text[1:]}." if lang == "en" else f"{text}。"


def rows_flagged(index: PassageIndex, doc: Document, kind: str, detail: str = "") -> list[int]:
    return [r for r in index.doc_rows(doc.id)  # the document's own rows, not the library's
            if any(f.kind == kind and detail in f.detail for f in index.passages[r].flags)]


# Findings that say more than the gaps and the cut-off already do.
_EVIDENCE_KINDS = ("announced_count", "numbering_jump", "trailing_ellipsis", "mid_sentence")
WEAK_EVIDENCE = 0.5  # below this confidence a finding alone makes the text "possibly" incomplete


_ANNOUNCED = re.compile(r"announces (\d+) (.*), shows (\d+)")  # index.counts writes the detail so


def announced_and_shown(finding: TruncationFinding) -> tuple[int, int] | None:
    """For an ``announced_count`` finding, how many points the text announces and how many it shows."""
    m = _ANNOUNCED.search(finding.detail) if finding.kind == "announced_count" else None
    return (int(m.group(1)), int(m.group(3))) if m else None


def finding_line(finding: TruncationFinding, lang: str) -> str:
    """One line saying what a truncation finding shows."""
    if finding.kind == "announced_count":
        counts = announced_and_shown(finding)
        n, shown = counts if counts else ("?", "?")
        return (f"it announces {n} points but shows {shown}" if lang == "en"
                else f"讲话预告的要点有{n}个,文中只出现了{shown}个。")
    if finding.kind == "numbering_jump":
        if lang == "en":
            return f"the numbering skips a section ({finding.detail})"
        # the finding's detail is written for logs, in English: say it in Chinese
        if m := re.fullmatch(r"(.+) lies in a gap", finding.detail):
            where = f"{m.group(1)}在省略的部分中"
        elif m := re.fullmatch(r"numbering jumps to (.+) \(skips (\d+)\)", finding.detail):
            where = f"编号跳到{m.group(1)},中间缺{m.group(2)}个"
        else:
            where = ""
        return f"标题编号有跳跃,中间的部分不在文中({where})。" if where else "标题编号有跳跃,中间的部分不在文中。"
    if finding.kind == "trailing_ellipsis":
        return "the text ends in an ellipsis" if lang == "en" else "正文以省略号结尾。"
    return ("the text stops without final punctuation, possibly mid-sentence" if lang == "en"
            else "正文结尾没有句末标点,可能停在句子中间。")


def break_notice(index: PassageIndex, doc: Document, kind: str, row: int | None, lang: str,
                  named: str = "") -> Notice:
    """The notice of a gap or the cut-off at ``row`` (None: no passage marks it), ``named``
    first when the speech must be named (one of several)."""
    text = gap_text(doc, lang) if kind == "gap" else cut_off_text(doc, lang)
    return Notice(kind, named + _sentence(text, lang), index.passages[row].id if row is not None else None)


def _only_weak_evidence(doc: Document) -> bool:
    tm = doc.truncation
    return bool(tm.findings) and not (tm.gaps or tm.cut_off or tm.blanks or tm.redactions or tm.outline_only
                                      or tm.partial or tm.omitted) \
        and all(f.confidence < WEAK_EVIDENCE for f in tm.findings)


SITE_NOTICE_MAX = 60  # a longer "notice" is a paragraph of chrome, not the site's word on the cut


def _site_says(notice: str, lang: str) -> str:
    """The site's own words where it left text out ("此处省略约1200字"), to quote beside the break."""
    notice = " ".join(notice.split()).strip("…．.。（）()【】[] ")
    # a web address is no part of what it says, and would show as a link
    if not notice or len(notice) > SITE_NOTICE_MAX or re.search(r"https?:|www\.|\.(?:com|cn|net)\b", notice):
        return ""
    return f"; the page says “{notice}”" if lang == "en" else f";页面注明:“{notice}”"


def completeness_answer(index: PassageIndex, doc: Document, node: OutlineNode | None,
                        builder: CitationBuilder, lang: str) -> tuple[str, list[Notice]]:
    """Say what of ``node`` (or of the whole document) the excerpt shows, citing where it breaks."""
    if node is not None:
        return _node_answer(index, doc, node, builder, lang)
    tm = doc.truncation
    lines, notices = [], []
    for row in rows_flagged(index, doc, "gap", "ends at"):
        where = last_sentence_citing(index, builder, row)
        at = next((f.offset for f in index.passages[row].flags if f.kind == "gap" and "ends at" in f.detail), None)
        gap = next((g for g in tm.gaps if at in (g.start, g.end)), None)
        said = _site_says(gap.notice if gap else "", lang)
        lines.append(f"{gap_text(doc, lang, at)} (after {where}{said})" if lang == "en"
                     else f"{gap_text(doc, lang, at)}(在{where}之后{said})。")
        notices.append(break_notice(index, doc, "gap", row, lang))
    if tm.cut_off:
        rows = rows_flagged(index, doc, "cut_off")
        where = last_sentence_citing(index, builder, rows[-1]) if rows else ""
        said = _site_says(tm.cut_off.notice, lang)
        lines.append(f"{cut_off_text(doc, lang)} ({where}{said})" if lang == "en"
                     else f"{cut_off_text(doc, lang)}(截断处:{where}{said})。")
        notices.append(break_notice(index, doc, "cut_off", rows[-1] if rows else None, lang))
    lines += [finding_line(f, lang) for f in tm.findings if f.kind in _EVIDENCE_KINDS and f.kind != "announced_count"]
    lines += announced_lines(index, builder, doc, lang)
    # the other defects, those it has: "0处数字缺失" would say nothing a reader needs
    places = sum(names_a_place(b.context) for b in tm.blanks)  # "来源：XX镇人民政府": a name, not a figure
    counts = [(len(tm.blanks) - places, "figures are left blank", "处数字缺失"),
              (places, "place names are left blank", "处地名被隐去"),
              (len(tm.redactions), "words are redacted", "处词语被隐去(“_”)"),
              (len(tm.outline_only), "outline sections have no text", "个提纲小节只有标题、没有正文")]
    if any(n for n, _en, _zh in counts):
        if lang == "en":
            lines.append("Also: " + ", ".join(f"{n} {en}" for n, en, _zh in counts if n) + ".")
        else:
            lines.append("此外,节选中有" + "、".join(f"{n}{zh}" for n, _en, zh in counts if n) + "。")
    whole_text = not (tm.gaps or tm.cut_off or tm.outline_only or tm.partial or tm.omitted or tm.findings)
    if whole_text:
        body = [r for r in index.doc_rows(doc.id) if "outline_only" not in index.passages[r].flag_kinds]
        end = f" It ends: {last_sentence_citing(index, builder, body[-1])}." if lang == "en" and body \
            else (f"结尾是:{last_sentence_citing(index, builder, body[-1])}。" if body else "")
        if tm.is_complete:
            head = (f"Yes. 《{doc.title}》 is whole: nothing is left out, cut off or blanked.{end}" if lang == "en"
                    else f"完整。《{doc.title}》全文都在,没有省略、截断或空缺的数字。{end}")
            return head, []
        blanks = (f"{len(tm.blanks)} figures are left blank and {len(tm.redactions)} words redacted"
                  if lang == "en" else f"有{len(tm.blanks)}处数字空缺、{len(tm.redactions)}处词语被隐去(“_”)")
        head = (f"The text of 《{doc.title}》 is whole (nothing omitted or cut off), but {blanks}.{end}"
                if lang == "en" else f"《{doc.title}》的文字是完整的(没有省略或截断),但{blanks}。{end}")
        kind = "blank" if tm.blanks else "redacted"
        return head, [Notice(kind, _sentence(blanks if lang == "en" else f"原文{blanks}", lang), None)]
    if _only_weak_evidence(doc):
        head = (f"Possibly incomplete: 《{doc.title}》 shows no site notice, but:" if lang == "en"
                else f"可能不完整。《{doc.title}》没有网站的截断提示,但:")
        return head + "\n\n" + "\n".join(f"- {x}" for x in lines), []
    head = (f"No. 《{doc.title}》 is an incomplete excerpt:" if lang == "en"
            else f"不完整。《{doc.title}》是节选:")
    return head + "\n\n" + "\n".join(f"- {x}" for x in lines), notices


def _node_answer(index: PassageIndex, doc: Document, node: OutlineNode, builder: CitationBuilder,
                 lang: str) -> tuple[str, list[Notice]]:
    rows = [r for r in index.rows_under(doc.id, node.path)
            if "outline_only" not in index.passages[r].flag_kinds]
    title = f"“{node.title}”"
    if node.status == "outline_only":
        head = heading_row(index, doc.id, node)
        mark = f"[{builder.cite(head)}]" if head is not None else ""
        text = (f"No. {title}{mark} appears only as an outline heading; its text is not in the excerpt."
                if lang == "en" else f"不完整。{title}{mark}在节选中只有提纲标题,正文缺失。")
        return text, [outline_notice(lang, index.passages[head].id if head is not None else None)]
    if node.status == "complete":
        first = f"“{builder.sentence(index.sentences_of(rows[0])[0])}”" \
                f"[{builder.cite_sentence(index.sentences_of(rows[0])[0])}]" if rows else ""
        return ((f"Yes: {title} is shown in full in the excerpt. It begins: {first}" if lang == "en"
                 else f"完整。{title}在节选中是完整的,开头是:{first}"), [])
    notice = node_notice(node, doc, lang, index.passages[rows[0]].id if rows else None)
    _kind, reason = partial_reason(node, doc, lang)
    breaks = [r for r in rows if any(f.kind in ("gap", "cut_off") for f in index.passages[r].flags)]
    where = last_sentence_citing(index, builder, breaks[0] if breaks else rows[-1]) if rows else ""
    if lang == "en":
        text = f"No. {title} is only partly shown: {reason}. It breaks off at {where}."
    else:
        text = f"不完整。{title}在节选中只显示了一部分,{reason}。节选在此中断:{where}"
    return text, [notice] if notice else []


EACH_SPEECH_MAX = 30  # a library up to this size is listed whole when no speech is named


def speeches_to_answer_for(index: PassageIndex, question: str, result) -> set[str] | None | bool:
    """For a question about "the speech" (its completeness, its parts) that several speeches
    answer and none is named: the speeches to answer for (``None``: every one of a library small
    enough to list, else those the question reached); ``False`` when it is about one speech."""
    scope = {h.passage.document for h in result.hits}
    if len(scope) < 2 or named_documents(question, index.documents):
        return False
    return None if len(index.documents) <= EACH_SPEECH_MAX else scope


def library_completeness(index: PassageIndex, builder: CitationBuilder, lang: str,
                         documents: set[str] | None = None) -> tuple[str, list[Notice]]:
    """Completeness of every speech in scope (no speech named): a line each, saying for an
    incomplete one where it breaks (cited), with its notices named by its title."""
    lines, notices = [], []
    for doc in index.documents:
        if documents is not None and doc.id not in documents:
            continue
        tm = doc.truncation
        where = ""
        if tm.is_complete:
            verdict = "complete" if lang == "en" else "完整"
            where = _ending(index, doc, builder, lang)
        elif _only_weak_evidence(doc):
            verdict = "possibly incomplete" if lang == "en" else "可能不完整"
        else:
            reasons = [k for k, has in (("省略", tm.gaps), ("截断", tm.cut_off), ("数字缺失", tm.blanks),
                                         ("词语隐去", tm.redactions)) if has]
            verdict = ("incomplete" if lang == "en" else "不完整(" + "、".join(reasons or ["结构缺失"]) + ")")
            where, found = _breaks(index, doc, builder, lang)
            notices += found
        lines.append(f"- 《{doc.title}》: {verdict}{where}")
    head = ("Which speech? The index holds several; for each:" if lang == "en"
            else "索引中有多篇讲话,请指明是哪一篇。各篇情况如下:")
    return head + "\n" + "\n".join(lines), notices


def _ending(index: PassageIndex, doc: Document, builder: CitationBuilder, lang: str) -> str:
    """How a whole speech of several ends, cited: the evidence that nothing follows."""
    body = [r for r in index.doc_rows(doc.id) if "outline_only" not in index.passages[r].flag_kinds]
    if not body:
        return ""
    where = last_sentence_citing(index, builder, body[-1])
    return f" (it ends: {where})" if lang == "en" else f":结尾是{where}"


def _breaks(index: PassageIndex, doc: Document, builder: CitationBuilder, lang: str) -> tuple[str, list[Notice]]:
    """Where one speech of several breaks off (its first gap, its cut-off), cited, and the
    notices for them, each naming the speech."""
    parts, notices = [], []
    named = speech_prefix(doc, lang)
    gaps = rows_flagged(index, doc, "gap", "ends at")
    if gaps:
        where = last_sentence_citing(index, builder, gaps[0])
        parts.append(f"text left out after {where}" if lang == "en" else f"在{where}之后有省略")
        notices.append(break_notice(index, doc, "gap", gaps[0], lang, named))
    if doc.truncation.cut_off:
        rows = rows_flagged(index, doc, "cut_off")
        if rows:
            where = last_sentence_citing(index, builder, rows[-1])
            parts.append(f"cut off at {where}" if lang == "en" else f"截断于{where}")
        notices.append(break_notice(index, doc, "cut_off", rows[-1] if rows else None, lang, named))
    if not parts:
        return "", notices
    return (f" ({'; '.join(parts)})" if lang == "en" else ":" + ";".join(parts)), notices
