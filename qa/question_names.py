"""What a question names by itself: the figures it gives and the proper names it uses.

Both are read off the question's own words, before anything is searched: a figure it states
("那个2亿的基金…") is not the answer to it, and a name it uses (深圳, 冬奥会) is one a speech must
mention to be about it.
"""
from __future__ import annotations

import re

import jieba.posseg

from index.tokenize import normalize, tokenize

from .frame_words import FRAME_WORDS
from .guard import question_language

# The part of a word that asks rather than names ("多少", "哪个", "什么时候").
ASKING_PART = re.compile(r"[哪几谁啥咋怎]|多[少远大高长久重快]|什么|时候|如何")


# A figure in the question, with its 万/亿 multiplier; a year (2025年) is a period, not a figure.
_STATED_FIGURE = re.compile(r"(?<![\d.第])(?!(?:19|20)\d{2}\s*年)\d+(?:\.\d+)?[万亿]?")


def stated_figures(question: str) -> list[str]:
    """The figures ``question`` itself gives ("那个2亿的产业引导基金县财政出多少": ["2亿"]): a clause
    whose only figure is one of them repeats the question, it does not answer it."""
    return list(dict.fromkeys(m.group(0) for m in _STATED_FIGURE.finditer(normalize(question))))


# jieba's tags for names of places, people, organisations, other proper terms, abbreviations, Latin words.
_ENTITY_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "eng"})
_COMMON_NAMES = frozenset("城市 全市 全县 全省 全国 国家 中国 我国 县城 城区 市区 乡村 农村 中央 地方".split())


def entity_words(question: str) -> list[str]:
    """The names a Chinese question uses (深圳, 江苏省, 冬奥会, GDP), which a speech that does not
    mention them cannot be about."""
    if question_language(question) == "en":
        return []
    tokenize("")
    out = []
    for pair in jieba.posseg.cut(normalize(question), HMM=False):
        word, tag = pair.word.strip(), pair.flag
        if tag in _ENTITY_TAGS and len(word) >= 2 and word not in _COMMON_NAMES | FRAME_WORDS \
                and not ASKING_PART.search(word) and not re.fullmatch(r"[\d.]+", word):  # jieba tags 2019 eng
            out.append(word)
    return list(dict.fromkeys(out))
