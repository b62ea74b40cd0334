"""Answers over a library of several speeches: say which speech each quote comes from, and
answer "各篇讲话都提到了哪些…" speech by speech."""
from __future__ import annotations

import re

from index.store import PassageIndex

from .answer import Answer, Citation, Notice
from .ordinal_picks import numbered_past, shown_numbers

# "各篇讲话都…", "每篇讲话…", "这几篇讲话分别…": the user wants one answer per speech; "哪篇讲话提到了…"
# asks which speeches do, answered by the ones that do.
PER_DOCUMENT_RE = re.compile(r"各篇|每篇|每一篇|几篇讲话|各个讲话|各份|每份|各讲话|分别(?:提到|讲|说)|"
                             r"哪[一几]?[篇份]|哪些(?:讲话|报告|文件|文章|材料)|哪个(?:讲话|报告|文件)|"
                             r"\beach (?:speech|document|report)\b|\ball (?:the )?speeches\b"
                             r"|\bwhich (?:speech|speeches|document|documents|report|reports)\b", re.I)
_MARK = re.compile(r"\[(\d+)\]")


def asks_per_document(question: str) -> bool:
    """Whether the question asks for an answer speech by speech."""
    return bool(PER_DOCUMENT_RE.search(question))


def label_sources(answer: Answer, titles: dict[str, str], lang: str) -> None:
    """Name the speech of every quote in the answer text (the index holds several speeches).

    One speech: a line naming it opens the answer. Several: each marker ``[n]`` is followed
    by its speech's title.
    """
    docs = list(dict.fromkeys(c.document for c in answer.citations))
    if not docs or all(f"《{titles.get(d, d)}》" in answer.answer for d in docs):
        return  # none quoted, or the answer names each speech it quotes (a line per speech)
    if len(docs) == 1:
        title = titles.get(docs[0], docs[0])
        lead = f"From 《{title}》:" if lang == "en" else f"出自《{title}》:"
        answer.answer = f"{lead}\n\n{answer.answer}"
        return
    by_id = {c.id: titles.get(c.document, c.document) for c in answer.citations}
    answer.answer = _MARK.sub(lambda m: f"{m.group(0)}《{by_id.get(int(m.group(1)), '')}》"
                              if int(m.group(1)) in by_id else m.group(0), answer.answer)


def merge_per_document(question: str, parts: list[tuple[str, Answer]], lang: str, unnamed: bool = False,
                       followed: bool = False) -> Answer:
    """One answer made of each speech's own answer, under its title, citations renumbered.

    ``unnamed``: the question named no speech and fits these about as well (not "各篇讲话…");
    the lead says so and how to ask one of them. ``followed``: it follows up such an answer."""
    merged = Answer(question=question, answer="", answerable=True)
    blocks = []
    for title, part in parts:
        offset = len(merged.citations)
        text = _MARK.sub(lambda m: f"[{int(m.group(1)) + offset}]", part.answer)
        for c in part.citations:
            c.id += offset
            merged.citations.append(c)
        merged.notices += part.notices
        merged.items += part.items
        blocks.append(f"《{title}》:\n{text}")
    merged.retrieved = [r for _t, p in parts for r in p.retrieved]
    merged.retrieved.sort(key=lambda r: -r.score)
    if unnamed and followed:
        lead = (f"As before, speech by speech ({len(parts)} speeches; name one, or choose it, to ask that one alone):"
                if lang == "en" else f"上一问按篇作答，这里也按篇列出（共{len(parts)}篇；写明讲话名称或选定讲话，可只问一篇）:")
    elif unnamed:
        lead = (f"The question names no speech; {len(parts)} speeches answer it (name one, or choose it, "
                "to ask that one alone):" if lang == "en"
                else f"问题没有指明是哪篇讲话，有{len(parts)}篇讲话都谈到这一点，分列如下（写明讲话名称或选定讲话，可只问一篇）:")
    else:
        lead = (("1 speech speaks" if len(parts) == 1 else f"{len(parts)} speeches speak") + " to this:"
                if lang == "en" else f"共有{len(parts)}篇讲话谈到这一点:")
    merged.answer = lead + "\n\n" + "\n\n".join(blocks)
    return merged


def beyond_the_list(index: PassageIndex, question: str, resolved, lang: str) -> Answer:
    """"那第三点呢?" after a list of two: the list ends there; say so, citing its last point,
    with the notice of the omission or cut-off when the speech has one."""
    chain = resolved.chain
    n, asked = len(chain), (resolved.position or 0) + 1
    numbers = shown_numbers(chain)
    if numbered_past(numbers, asked):  # "第三条呢" of 一是/二是/四是: the point before the gap, and the gap
        return _in_gap(index, question, chain[max(i for i, k in enumerate(numbers) if k < asked)], asked, lang)
    last = chain[-1]
    citations, notices = _cite_point(index, last), []
    mark = "[1]" if citations else ""
    cut = False
    if citations:
        p = index.passage(citations[0].passage_id)
        doc = index.document(p.document)
        tm = doc.truncation if doc else None
        node = doc.node(last.section) if doc else None
        cut = node is not None and node.status == "partial"  # the last point shown is incomplete
        if tm is not None and (tm.cut_off or tm.gaps or tm.omitted):
            kind = "cut_off" if tm.cut_off else "gap"
            notices.append(Notice(kind, f"The text stops before point {asked}: the rest is not in the excerpt."
                                  if lang == "en" else f"文中没有第{asked}点:讲话在此之后被截断或省略,其余内容不在节选中。",
                                  p.id))
    if cut:  # "第五条呢" of a list the paywall cuts within its second point: not "没有第5点"
        text = (f"The excerpt shows {n} points, the last of them incomplete (“{last.text}”{mark}); point {asked} is "
                "not in the excerpt." if lang == "en"
                else f"节选中这一部分只显示了{n}点,最后一点“{last.text}”{mark}不完整,第{asked}点不在节选中,无法给出。")
    else:
        text = (f"The list has only {n} points in the text; the last one is “{last.text}”{mark}." if lang == "en"
                else f"文中这一部分只列出了{n}点,没有第{asked}点。最后一点是“{last.text}”{mark}。")
    return Answer(question=question, answer=text, answerable=True, citations=citations, notices=notices)


def _in_gap(index: PassageIndex, question: str, before, asked: int, lang: str) -> Answer:
    """Point ``asked`` of a list whose numbering skips it: the text left it out in a gap; cite the
    point shown before it, with the gap's notice."""
    citations = _cite_point(index, before)
    pid = citations[0].passage_id if citations else None
    mark = "[1]" if citations else ""
    text = (f"Point {asked} lies in a part the excerpt leaves out: the text shows the point before it, “{before.text}”{mark}, "
            "then the omission." if lang == "en"
            else f"第{asked}点在原文省略的部分,节选中没有显示。它前面的一点是“{before.text}”{mark},其后即是省略处。")
    notice = Notice("gap", f"Point {asked} falls in the part the excerpt leaves out." if lang == "en"
                    else f"原文此处有省略:第{asked}点在省略的部分,节选中没有显示。", pid)
    return Answer(question=question, answer=text, answerable=True, citations=citations, notices=[notice])


def _cite_point(index: PassageIndex, point) -> list[Citation]:
    """Citation [1] of a listed point's first passage the index holds, or none."""
    pid = next((p for p in point.passage_ids if index.passage(p)), None)
    if pid is None:
        return []
    p = index.passage(pid)
    return [Citation(id=1, passage_id=p.id, document=p.document, section=p.section, text=p.text, quote=p.text[:120])]
