"""Headings named whole by a question: one too short for a shared run to name it ("附件是哪几个", "结语讲了
什么"), and the one heading ending in the noun a question asks ("有什么建议" of "四、对策建议")."""
from __future__ import annotations

import re
from collections import Counter

from index.document import OutlineNode
from index.tokenize import normalize

from .asked import asked as asked_fact
from .word_credit import ranked_head

SHORT_HEADING = (2, 3)  # characters of a heading too short for a shared run to name it ("附件", "结语")


def holds_noun_asked(title: str, asked: list[str]) -> bool:
    """Whether a heading holds a noun the question asks, or its head where a ranking word modifies it
    ("主要目标" asked of "一、工作目标")."""
    return any(a in title or any(h in title for h in ranked_head(a)) for a in asked)


def short_titles(titles) -> list[tuple[str, OutlineNode, str]]:
    """Of ``titles`` ((speech id, node, normalized title without its number) of every heading), those
    of two or three characters that are the only heading of their title in their speech."""
    per_doc = Counter((d, t) for d, _n, t in titles)
    return [(d, n, t) for d, n, t in titles if SHORT_HEADING[0] <= len(t) <= SHORT_HEADING[1] and per_doc[d, t] == 1]


def short_headings_named(question: str, short) -> list[tuple[str, OutlineNode]]:
    """The headings of :func:`short_titles` ``short`` the question holds whole ("附件是哪几个", "结语讲了
    什么"). A run of four characters names a longer heading; these are too short for a run to be told
    from a word the question happens to share."""
    q = normalize(question)
    return [(d, n) for d, n, t in short if t in q]


def noun_headings_named(question: str, asked: list[str], titles, doc_titles: dict[str, str]) -> list[tuple[str, OutlineNode]]:
    """The one heading of a speech that ends in the noun asked (or its first conjunct does), when the
    question says nothing else the heading or the speech's title does not ("有什么建议" of "四、对策建议",
    "调研报告总结了哪些做法" of "二、主要做法"). A question with words of its own ("激励机制按照什么原则")
    asks a detail inside some part, not the part "基本原则"."""
    nouns = [a for a in asked if len(a) >= 2]
    if not nouns:
        return []
    # or a conjunct of it does: "二、主要做法和成效" is a heading of 做法 too
    # and a noun the part analyses: "二、原因剖析", "问题查摆" are headings of 原因, 问题
    def ending_in(words: list[str]) -> list[tuple[str, OutlineNode, str]]:
        return [(d, n, t) for d, n, t in titles if any(re.search(rf"{re.escape(a)}(?:剖析|分析|查摆|梳理)?"
                                                          rf"(?:(?:和|与|及|以及)[\u4e00-\u9fff]{{1,6}})?$", t)
                                                for a in words)]

    found = ending_in(nouns)
    if not found:  # "方案的主要目标" of "一、工作目标": a modifier that only ranks the noun names no other heading
        found = ending_in([h for a in nouns for h in ranked_head(a)])
    if len({d for d, _n, _t in found}) != 1 or len(found) != 1:
        return []
    doc, node, title = found[0]
    rest = [w for w in asked_fact(question).focus if len(w) >= 2 and not any(w in a or a in w for a in nouns)]
    if any(w not in title and w not in normalize(doc_titles.get(doc, "")) for w in rest):
        return []
    return [(doc, node)]
