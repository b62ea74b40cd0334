"""Notices: say plainly, in the question's language, what the excerpt does not show."""
from __future__ import annotations

import re

from index.document import Document, Flag, OutlineNode, Passage

from .answer import Notice


def _zh_en(lang: str, zh: str, en: str) -> str:
    return en if lang == "en" else zh


def gap_text(document: Document, lang: str, offset: int | None = None) -> str:
    """How much a gap left out, from the truncation map (the gap at ``offset``, else the first)."""
    gaps = document.truncation.gaps
    gap = next((g for g in gaps if offset in (g.start, g.end)), gaps[0] if gaps else None)
    n = gap.omitted_chars if gap else None
    if n:
        return _zh_en(lang, f"原文在此处省略了{n}字", f"the source omits {n} characters here")
    return _zh_en(lang, "原文在此处有省略", "the source omits text here")


_LEFT_RE = re.compile(r"(?:剩余|余下|还有|剩下)\s*(\d+)\s*字")  # a site's count of what it holds back


def cut_off_text(document: Document, lang: str) -> str:
    """Where the excerpt stops and how much of the whole it shows."""
    cut = document.truncation.cut_off
    if cut and cut.total_chars and cut.shown_chars:
        return _zh_en(lang, f"讲话在此处被截断:全文共{cut.total_chars}字,节选仅显示{cut.shown_chars}字",
                      f"the excerpt is cut off here: it shows {cut.shown_chars} of "
                      f"{cut.total_chars} characters")
    if cut and cut.notice and (left := _LEFT_RE.search(cut.notice)):  # "试读结束，剩余1860字请下载…"
        return _zh_en(lang, f"讲话在此处被截断,网站注明其后还有{left.group(1)}字未显示",
                      f"the excerpt is cut off here; the site says {left.group(1)} more characters are not shown")
    return _zh_en(lang, "讲话在此处被截断,后文未显示", "the excerpt is cut off here; the rest is not shown")


def speech_prefix(document: Document, lang: str) -> str:
    """What opens a notice that must say which speech of several it is about: 《title》."""
    return f"《{document.title}》: " if lang == "en" else f"《{document.title}》"


_PLACE_BLANK = re.compile(r"[*＊×xX□○〇]+(?:省|市|县|区|镇|乡|村)(?![长委级域内外场民])|^(?:省|市|县|区|镇|乡|村)的")


def names_a_place(context: str) -> bool:
    """Whether a blank (its context, as :class:`index.document.Blank` keeps it) hides a place's name
    ("XX镇人民政府", "*市通过…"), not a figure: template sites blank both."""
    return bool(_PLACE_BLANK.search(context))


def flag_notice(flag: Flag, passage: Passage, document: Document, lang: str) -> Notice:
    """The notice for one truncation flag on a passage the answer uses."""
    pid = passage.id
    if flag.kind == "blank":
        where = f"“{flag.detail}”" if flag.detail else ""
        parts = (flag.detail or "").split("”“")
        if flag.detail and all(_PLACE_BLANK.search(p) for p in parts):  # "*市通过…": a place's name, not a figure
            return Notice("blank", _zh_en(lang, f"原文此处地名缺失:{where}处的名称在节选中被略去,无法给出。",
                                          f"A place name is missing in the source at {where}: the excerpt "
                                          f"leaves the name out."), pid)
        return Notice("blank", _zh_en(lang, f"原文此处数字缺失:{where}处的数字在节选中被略去,无法给出。",
                                      f"A figure is missing in the source at {where}: the excerpt "
                                      f"leaves the number out, so it cannot be given."), pid)
    if flag.kind == "redacted":
        where = f"“{flag.detail}”" if flag.detail else ""
        return Notice("redacted", _zh_en(lang, f"原文此处有词语被隐去(以“_”代替):{where}。",
                                         f"A word is redacted in the source (shown as “_”): {where}."), pid)
    if flag.kind == "gap":
        if "omitted part" in flag.detail:  # a section known only from the numbering around a gap
            return Notice("gap", _zh_en(lang, f"{gap_text(document, 'zh', flag.offset)},该部分的标题和正文都在省略处,"
                                              "节选中只能从编号推知它的存在。",
                                        f"{gap_text(document, 'en', flag.offset).capitalize()}; this section's "
                                        "heading and text lie in the omitted part: only its number is known."), pid)
        after = "starts after" in flag.detail
        zh_gap, en_gap = gap_text(document, "zh", flag.offset), gap_text(document, "en", flag.offset)
        zh = f"{zh_gap},这段文字从省略处之后开始,开头不完整。" if after else f"{zh_gap},这段文字之后的内容缺失。"
        en = (f"{en_gap.capitalize()}; this passage starts after the omission, so its beginning is missing."
              if after else f"{en_gap.capitalize()}; what follows this passage is missing.")
        return Notice("gap", _zh_en(lang, zh, en), pid)
    if flag.kind == "cut_off":
        return Notice("cut_off", _zh_en(lang, f"{cut_off_text(document, 'zh')}。",
                                        f"{cut_off_text(document, 'en').capitalize()}."), pid)
    if flag.kind == "attachment":  # "附件：1.…名单" with no attachment after it
        return Notice("outline_only", _zh_en(lang, "该附件没有随文给出,文中只有附件名称。",
                                             "This attachment is not included in the text; only its name is listed."),
                      pid)
    return outline_notice(lang, pid)


def flag_notices(used: list[tuple[Passage, Flag]], document_of, lang: str) -> list[Notice]:
    """One notice per passage and kind: the blanks of a quoted span are named together."""
    grouped: dict[tuple[str, str], tuple[Passage, list[Flag]]] = {}
    for passage, flag in used:
        grouped.setdefault((passage.id, flag.kind), (passage, []))[1].append(flag)
    out = []
    for (_pid, kind), (passage, flags) in grouped.items():
        details = list(dict.fromkeys(f.detail for f in flags if f.detail))
        merged = Flag(kind, "”“".join(details) if kind in ("blank", "redacted") else flags[0].detail)
        out.append(flag_notice(merged, passage, document_of(passage.document), lang))
    return out


def outline_notice(lang: str, passage_id: str | None = None) -> Notice:
    """The section exists only as a heading of the outline."""
    return Notice("outline_only", _zh_en(lang, "该部分正文在节选中缺失,仅有提纲标题。",
                                         "This section's text is missing from the excerpt; "
                                         "only its outline heading is shown."), passage_id)


def partial_reason(node: OutlineNode, document: Document, lang: str) -> tuple[str, str]:
    """For a partial section: which truncation takes part of it away (gap or cut_off), in words."""
    cut = document.truncation.cut_off
    ends_cut = cut is not None and node.body_end is not None and node.body_end >= cut.offset - 2
    gap = next((g for g in document.truncation.gaps if node.path in g.swallowed or (
        node.body_start is not None and node.body_start <= g.start <= (node.body_end or g.start))), None)
    if gap is not None or not ends_cut:
        return "gap", gap_text(document, lang, gap.start if gap else None)
    return "cut_off", cut_off_text(document, lang)


def node_notice(node: OutlineNode, document: Document, lang: str,
                passage_id: str | None = None) -> Notice | None:
    """A notice for a targeted section that the excerpt shows only in part or not at all."""
    if node.status == "outline_only":
        return outline_notice(lang, passage_id)
    if node.status == "omitted":
        return Notice("gap", _zh_en(lang, f"{gap_text(document, 'zh')},该部分的标题和正文都在省略处,节选中没有。",
                                    f"{gap_text(document, 'en').capitalize()}; this section lies in the "
                                    "omitted part."), passage_id)
    if node.status != "partial":
        return None
    kind, reason = partial_reason(node, document, lang)
    return Notice(kind, _zh_en(lang, f"该部分在节选中不完整:{reason}。",
                               f"This section is incomplete in the excerpt: {reason}."), passage_id)


def dedupe(notices: list[Notice]) -> list[Notice]:
    """Drop repeats, keeping the first: one notice per gap, cut-off or outline-only kind (each is
    one event of the document, however many quoted passages it touches), and one per passage for
    blanks and redactions."""
    seen, out = set(), []
    events: dict[tuple, set[str | None]] = {}  # (kind, figures) -> the speeches it was told of
    for n in notices:
        if n.kind in ("gap", "cut_off"):  # the same omission or cut of one speech, however it is worded
            event = (n.kind, tuple(re.findall(r"\d+", n.message)))
            speech = n.passage_id.split("#", 1)[0] if n.passage_id else None
            told = events.setdefault(event, set())
            # A notice tied to no passage is about the speech answered; another speech's cut is news.
            if told and (speech is None or None in told or speech in told):
                continue
            told.add(speech)
            out.append(n)
            continue
        key = n.kind if n.kind == "outline_only" else (n.kind, n.passage_id)
        if key not in seen:
            seen.add(key)
            out.append(n)
    return out
