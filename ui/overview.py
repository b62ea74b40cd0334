""""《title》主要讲了什么?": a speech's parts and their status, from its outline.

A speech's row in the outline asks this question. The answer lists the speech's
top-level parts in order, each with its status (whole, part of it shown, only its
heading) and a citation of its first passage, with notices for the cut-off, the gaps
and the parts that are only in the outline. Every sentence of it is the speech's own
heading or the document's own truncation figures.
"""
from __future__ import annotations

import re
from typing import Any

from qa.answer import Answer, Citation, Notice

from .library import doc_status

_ASK = re.compile(r"^\s*《(?P<title>[^》]{1,120})》\s*(?:的)?(?:主要|大致|都)?"
                  r"(?:讲了|说了|谈了|讲的是|说的是|讲|内容是|有)(?:些)?(?:什么|哪些|啥)(?:内容|部分)?\s*[?？。]?\s*$"
                  r"|^\s*《(?P<title2>[^》]{1,120})》\s*的?主要内容(?:是什么|有哪些)?\s*[?？。]?\s*$")
STATUS_WORDS = {"complete": "完整", "partial": "节选中不完整", "outline_only": "正文缺失,只见于提纲",
                "omitted": "正文缺失,只从编号推知"}


def asked_document(question: str, docs: list[Any]) -> Any | None:
    """The speech an overview question names by its title (or file name), or None."""
    m = _ASK.match(question or "")
    if not m:
        return None
    name = (m.group("title") or m.group("title2") or "").strip()
    for d in docs:
        stem = (getattr(d, "path", "") or "").rsplit("/", 1)[-1]
        if name in (d.title, d.id, stem):
            return d
    return None


def _first_passage(doc: Any, path: str) -> Any | None:
    return next((p for p in doc.passages if p.section == path or p.section.startswith(path + " > ")), None)


def _lead(text: str) -> str:
    m = re.match(r"[^。！？!?；;]*[。！？!?；;]?", text)
    return (m.group(0) if m and m.group(0).strip() else text).strip()


def overview_answer(question: str, doc: Any) -> Answer:
    """The parts of ``doc`` with their status, each cited, and the notices of what is missing."""
    citations: list[Citation] = []
    lines = []
    for node in doc.outline:
        p = _first_passage(doc, node.path)
        status = STATUS_WORDS.get(node.status, node.status)
        subs = f",含{len(node.children)}节" if node.children else ""
        marker = ""
        if p is not None:
            citations.append(Citation(len(citations) + 1, p.id, doc.id, p.section, p.text, _lead(p.text)))
            marker = f"[{len(citations)}]"
        lines.append(f"{node.title}({status}{subs}){marker}")
    head = f"《{doc.title}》({doc_status(doc)})共分{len(doc.outline)}个部分:"
    notices = _notices(doc)
    return Answer(question=question, answer=head + "\n\n" + "\n".join(lines), answerable=True,
                  citations=citations, notices=notices)


def _notices(doc: Any) -> list[Notice]:
    t = doc.truncation
    out = []
    if t.cut_off:
        shown = (f"全文共{t.cut_off.total_chars}字,节选仅显示{t.cut_off.shown_chars}字"
                 if t.cut_off.total_chars and t.cut_off.shown_chars else "之后的内容未收录")
        cut = next((p for p in doc.passages if "cut_off" in p.flag_kinds), None)
        out.append(Notice("cut_off", f"讲话在此处被截断:{shown}。", cut.id if cut else None))
    for g in t.gaps:
        size = f"{g.omitted_chars}字" if g.omitted_chars else "一段文字"
        where = f",涉及“{g.swallowed[-1].split(' > ')[-1]}”" if g.swallowed else ""
        after = next((p for p in doc.passages if p.start >= g.end), None)
        out.append(Notice("gap", f"原文此处省略了{size}{where}。", after.id if after else None))
    missing = [n.title for n in doc.outline if n.status in ("outline_only", "omitted")]
    if missing:
        out.append(Notice("outline_only", "以下部分只见于提纲,正文未收录:" + "、".join(f"“{m}”" for m in missing) + "。",
                          None))
    return out
