"""How far a text holds one of a question's words: said outright (in the word itself, a sum by any
of its names, the text's everyday or synonym words, a worker as X员 or X人员), said in part (a user's "罚款" is the text's
"罚没款"), or not at all. :mod:`qa.fact_match` weighs a clause's share of the focus words with it.
"""
from __future__ import annotations

import re

from .everyday_words import word_variants
from .measure import words_for
from .question_terms import THING_SUFFIX
from .synonyms import synonyms


# The span a count is taken over, said without naming which one ("一年开了多少次会", "一个月下乡几天"):
# a text names it (全年, 2023年, 每月, 3月份).
SPAN_SAID = {
    "一年": re.compile(r"一年|全年|年度|每年|年均|(?:19|20)\d{2}\s*年(?![底末初])|[今去上当]年"),
    "一个月": re.compile(r"一个月|每月|月均|全月|\d{1,2}\s*月份?|[本上当]月"),
    "一周": re.compile(r"一周|每周|周均|[本上]周"),
    "一天": re.compile(r"一天|每天|每日|日均|全天|当天"),
}
SPAN_SAID.update({"这一年": SPAN_SAID["一年"], "一年来": SPAN_SAID["一年"], "一整年": SPAN_SAID["一年"],
                  "一月": SPAN_SAID["一个月"]})


def _cased_as(word: str, text: str) -> str:
    """``text`` in lower case where ``word`` has Latin letters: a question is read lower-cased ("pm10"),
    and a speech writes PM10, GDP, 5G as it likes."""
    return text.lower() if any("a" <= c <= "z" for c in word) else text


def said(word: str, text: str) -> bool:
    """Whether ``text`` holds a focus word, a sum by any of its names (资金 as 经费), the word
    in the text's own words (上报 as 报告), or the span a count is taken over (一年 as 2023年)."""
    text = _cased_as(word, text)
    if word in SPAN_SAID and SPAN_SAID[word].search(text):
        return True
    if word.isascii() and word in text:  # "gdp": the term itself, whatever it is said as besides
        return True
    return any(w in text for w in (*words_for(word), *word_variants(word), *synonyms(word), *_worker_forms(word),
                                   *(ADDING if word in ADDING else ()), *ranked_head(word)))


# Words that only rank or sum up the noun they modify (主要目标, 总体要求, 基本原则), not name a kind of it
# (工作目标, 安全目标): the text may write the noun under its own modifier.
RANKING_MODIFIER = re.compile(r"主要|首要|基本|根本|核心|总体?")


def ranked_head(word: str) -> tuple[str, ...]:
    """The noun a ranking word modifies ("总体目标": 目标), or nothing."""
    return (word[-2:],) if len(word) >= 3 and RANKING_MODIFIER.fullmatch(word[:-2]) else ()


# Verbs of adding new things, said one for another: "今年要新增多少个事项" of "今年再推出12个…事项".
ADDING = ("新增", "增加", "新建", "推出", "新设", "增设", "新上", "新开", "上线", "新认定", "新培育")


def _worker_forms(word: str) -> tuple[str, ...]:
    """The other form of a worker's name: "保洁员" is written 保洁人员 as often, and the other way round."""
    if word.endswith("人员") and len(word) >= 4:
        return (word[:-2] + "员",)
    if word.endswith("员") and len(word) >= 3:
        return (word[:-1] + "人员",)
    return ()


# A focus word the text holds only in part counts for this share of its weight: a user's
# "罚款" is the text's "罚没款", "玉米种" its "玉米", "质量检查" its "质量…检查".
PARTLY_SAID_CREDIT = 0.5


def partly_said(word: str, text: str) -> bool:
    """Whether ``text`` holds most of a focus word: a two-character word's characters with one
    between them, a three-character word's two-character piece, a longer word's three-character
    piece or both its halves ("质量检查" as "质量…检查"; "城镇化率" is not said by "城镇")."""
    if len(word) == 2:
        return re.search(re.escape(word[0]) + "[\\u4e00-\\u9fff]?" + re.escape(word[1]), text) is not None
    if len(word) == 3 and word[-1] in THING_SUFFIX:  # "消费券" is not said by 消费 in general
        return re.search(re.escape(word[:2]) + "[\u4e00-\u9fff]{0,3}" + word[-1], text) is not None
    if len(word) == 3:
        return word[:2] in text or word[1:] in text
    half = len(word) // 2
    return (word[:half] in text and word[half:] in text) or any(word[i:i + 3] in text for i in range(len(word) - 2))


def credit(word: str, text: str) -> float:
    """How far ``text`` holds a focus word: 1 when :func:`said`, :data:`PARTLY_SAID_CREDIT` in part, else 0."""
    text = _cased_as(word, text)
    if said(word, text):
        return 1.0
    return PARTLY_SAID_CREDIT if partly_said(word, text) else 0.0
