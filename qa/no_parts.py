"""A text with no parts, asked its parts.

A news report of a meeting, a notice or a one-page excerpt may have no numbered headings. Asked
"这篇讲话分几个部分", the reply says so, where an outline answer would list none ("共分0个部分").
Asked the points of a list in it ("王书记提了几点要求"), its sentences answer, as for any question.
"""
from __future__ import annotations

import re

from index.document import Document

# The text's own divisions asked ("分几个部分", "框架", "提纲", "小标题"), not the points of a list in it.
TEXT_PARTS_ASKED = re.compile(r"部分|框架|结构|提纲|目录|大标题|小标题|章节|几章|\bparts?\b|\bsections?\b", re.I)


def no_parts_answer(doc: Document, lang: str) -> str:
    """The reply to a question about the parts of a text that has none (no numbered headings)."""
    paragraphs = len(doc.passages)
    if lang == "en":
        return (f"《{doc.title}》 is not divided into parts: it has no numbered headings, "
                f"only {paragraphs} passages of running text.")
    return f"《{doc.title}》没有分部分:文中没有编号的小标题,是连续的{paragraphs}段正文。"
