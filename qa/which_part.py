"""Questions that ask where the text speaks of something: "文件哪一部分专门讲人才?",
"乡村治理在哪个部分", "Which section covers talent?".

The answer is a heading, not a sentence: the part (or sub-section) whose title names the
subject, cited at the text under it. A subject no heading names is left to the ordinary answer.
"""
from __future__ import annotations

import re

from index.document import Document, OutlineNode

from .question_terms import words_beside
from .glossary import chinese_terms
from .guard import question_language

_WHICH_PART_ZH = re.compile(r"(?:哪一?|哪个)(?:部分|章|节|块|板块|段|篇章)|在哪(?:一|个)?(?:部分|章|节|块)"
                            r"|(?:在|放在|位于)(?:文件|报告|讲话|全文)?的?第几(?:个)?(?:部分|章|节|板块|篇章)"
                            r"|(?:哪|什么)(?:个|一个)?标题下")
_WHICH_PART_EN = re.compile(r"\b(?:which|what)\s+(?:part|section|chapter)s?\b|\bwhere\s+(?:in|does)\s+the\s+"
                            r"(?:speech|report|document|text)\b", re.I)
# Words of the asking frame, not of the subject: "文件哪一部分专门讲人才" is about 人才.
_FRAME = ("部分", "章节", "板块", "篇章", "标题", "专门", "主要", "重点", "集中", "讲到", "谈到", "提到", "涉及",
          "论述", "内容", "关于", "放在", "位于", "第几", "文件", "讲话", "报告", "意见", "全文", "这篇", "哪个", "哪一")


_OTHER_ASK = re.compile(r"怎么|怎样|如何|什么|哪些|多少|为什么|为何|谁|\b(?:how|what|why|who)\b", re.I)


def which_part_asked(question: str) -> bool:
    """Whether ``question`` asks which part of the text speaks of something, and nothing else
    ("…出自哪一部分，要怎么实现" asks how as well: the sentences answer it, not a heading)."""
    m = _WHICH_PART_ZH.search(question) or _WHICH_PART_EN.search(question)
    if not m:
        return False
    clauses = re.split(r"[，,；;？?]", question)
    at = len(re.split(r"[，,；;？?]", question[:m.start()])) - 1
    return not any(_OTHER_ASK.search(c) for i, c in enumerate(clauses) if i != at)


def subject_words(question: str) -> list[str]:
    """What the question asks the part of (Chinese terms for an English question)."""
    if question_language(question) == "en":
        return [w for w in chinese_terms(question) if len(w) >= 2]
    return [w for w in words_beside(question, _FRAME) if len(w) >= 2]


def part_naming(doc: Document, words: list[str]) -> OutlineNode | None:
    """The heading of ``doc`` that names most of ``words``; the higher one when two name as many.
    None when no heading names any."""
    best: tuple[int, int, OutlineNode] | None = None
    for node in doc.outline_nodes():
        named = sum(w in node.title for w in words)
        if named and (best is None or (named, -node.level) > best[:2]):
            best = (named, -node.level, node)
    return best[2] if best else None
