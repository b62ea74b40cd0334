"""A how-to question names the heading of what is to be done, in its words in any order.

"集体经济怎么壮大" asks what the speech says to do: its heading "（三）着力壮大集体经济" holds the
question's words, though not as one run, and so does the review's "2.集体经济持续壮大", which says
what was done. A heading under a part that reviews results ("（一）过去一年成绩来之不易") or lists
problems answers no how-to question; of the rest, a heading holding every content word of the
question is named when it is the only one.
"""
from __future__ import annotations

import re

import jieba

from index.document import SECTION_SEP, OutlineNode
from index.tokenize import normalize

from .intent import TOPICS
from .question_terms import PERIOD

HOW_ASKED = re.compile(r"怎么|怎样|如何|咋")
# What is to be done, asked without a how: "今年人居环境整治要抓哪几项", "集体经济下一步要做什么".
# "景区品质提升有啥安排", "这块有哪些措施": what is to be done, asked by its kind.
TO_DO_ASKED = re.compile(r"要(?:抓|做|干|搞)(?:哪|什么|啥|好)"
                         r"|(?:有|作了?|做了?|提了?|定了?)(?:什么|啥|哪些)(?:具体)?(?:安排|部署|措施|举措|打算|办法|实招)")
# A how-to question about the past ("去年集体经济是怎么壮大的") asks the review.
_PAST = re.compile(r"去年|上年|过去|以来|已经|前年|是怎么.{0,6}的")
# Parts that tell what was done, or what went wrong: the review, the results, the problems.
_NOT_TO_DO = tuple(w for topic in ("results", "problems") for w in TOPICS[topic]["heading"]) + ("回顾",)
_ASKING = re.compile(r"哪|几|啥|什么")  # "哪几项", "几项": the asking, no content
_QUESTION_WORDS = frozenset({"怎么", "怎样", "如何", "怎么样", "咋办", "什么", "哪些", "要求", "讲话", "报告", "具体",
                             "下一步", "一步", "接下来", "今后", "抓好", "做好", "搞好", "干好",
                             "安排", "部署", "措施", "举措", "打算", "办法", "实招"})


def _content_words(question: str) -> list[str]:
    """The question's words of two Chinese characters or more, question words aside."""
    words = [w for w in jieba.lcut(question) if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w)]
    return list(dict.fromkeys(w for w in words if w not in _QUESTION_WORDS and not HOW_ASKED.search(w)
                              and not _ASKING.search(w) and not PERIOD.fullmatch(w)))


def _words_of_how_to(question: str) -> list[str]:
    """The content words of a how-to question about what is to be done; empty for any other
    question, or one naming fewer than two words."""
    if not (HOW_ASKED.search(question) or TO_DO_ASKED.search(question)) or _PAST.search(question):
        return []
    words = _content_words(TO_DO_ASKED.sub(" ", question))  # "提了什么举措" asks; it names nothing
    return words if len(words) >= 2 else []


def to_do_part(node: OutlineNode) -> bool:
    """Whether ``node`` stands under no part that reviews results or lists problems."""
    return not any(w in part for part in node.path.split(SECTION_SEP) for w in _NOT_TO_DO)


def how_to_headings(question: str, titles) -> list[tuple[str, OutlineNode]]:
    """The headings a how-to question names by all its content words, none under a review or a
    problems part; ``titles`` are (speech id, node, normalized title) of every heading. Empty when
    the question asks no how-to, or names fewer than two words."""
    words = _words_of_how_to(question)
    if not words:  # most questions: no pass over every heading of the library
        return []
    return [(d, node) for d, node, title in titles if _names(words, title, node)]


def how_to_names(question: str, node: OutlineNode) -> bool:
    """Whether ``node`` is a heading the how-to ``question`` names (see :func:`how_to_headings`):
    its section says what to do, so it answers, though a passage of the review ranks higher."""
    words = _words_of_how_to(question)
    return bool(words) and _names(words, normalize(node.title), node)


def _names(words: list[str], title: str, node: OutlineNode) -> bool:
    """Whether the normalized ``title`` of ``node`` holds every word and stands in a part of what to do."""
    return all(w in title for w in words) and to_do_part(node)
