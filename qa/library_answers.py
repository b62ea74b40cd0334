"""Answers over a library of several speeches: say which speech each quote comes from, and
answer "各篇讲话都提到了哪些…" speech by speech."""
from __future__ import annotations

import re

from .answer import Answer

# "各篇讲话都…", "每篇讲话…", "这几篇讲话分别…": the user wants one answer per speech.
PER_DOCUMENT_RE = re.compile(r"各篇|每篇|每一篇|几篇讲话|各个讲话|各份|每份|各讲话|分别(?:提到|讲|说)|"
                             r"\beach (?:speech|document|report)\b|\ball (?:the )?speeches\b", re.I)
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
    if not docs:
        return
    if len(docs) == 1:
        title = titles.get(docs[0], docs[0])
        lead = f"From 《{title}》:" if lang == "en" else f"出自《{title}》:"
        answer.answer = f"{lead}\n\n{answer.answer}"
        return
    by_id = {c.id: titles.get(c.document, c.document) for c in answer.citations}
    answer.answer = _MARK.sub(lambda m: f"{m.group(0)}《{by_id.get(int(m.group(1)), '')}》"
                              if int(m.group(1)) in by_id else m.group(0), answer.answer)


def merge_per_document(question: str, parts: list[tuple[str, Answer]], lang: str) -> Answer:
    """One answer made of each speech's own answer, under its title, citations renumbered."""
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
    lead = (f"{len(parts)} speeches speak to this:" if lang == "en"
            else f"共有{len(parts)}篇讲话谈到这一点:")
    merged.answer = lead + "\n\n" + "\n\n".join(blocks)
    return merged
