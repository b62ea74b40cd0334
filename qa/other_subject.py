""""单位呢" after "个人不按规定分类扔垃圾，罚多少钱": the last question asked again of another subject.

A bare "X呢" whose X the last turn never named asks the same detail of X: the subject of the same
kind in the last question (个人 for 单位, 厨余垃圾 for 有害垃圾) gives way to it. Without such a
subject to swap, the question stands alone.
"""
from __future__ import annotations

import re

from .question_form import _words, content_words

# Parties a rule or a report sets side by side: one is asked after the other.
_PARTIES = frozenset("个人 单位 企业 居民 家庭 农户 个体户 个体工商户 机关 事业单位 学校 医院 城市 农村 城区 乡镇 "
                     "社区 村 小区 商户 经营者 餐饮 酒店 宾馆 物业 业主 老人 儿童 学生 职工 干部".split())
# A person named by where they act: "在家里不按规定扔垃圾", "自己家装修".
_AT_HOME = re.compile(r"在(?:自己|我们?|咱们?)?家里?|(?:自己|我们?|咱们?)?家里")
MIN_SHARED_END = 2  # characters a thing's name must end in alike ("厨余垃圾", "有害垃圾")


def with_other_subject(last_question: str, subject: str) -> str | None:
    """``last_question`` asked of ``subject`` in place of its own subject of the same kind: a party
    for a party, or a name ending alike ("…垃圾"); None when it has no such subject."""
    words = content_words(last_question)
    if subject in _PARTIES:
        same = next((w for w in words if w in _PARTIES and w != subject), None)
        if same is None and (home := _AT_HOME.search(last_question)):
            same = home.group(0)  # "在家里不分类扔垃圾罚多少" asks of a person: "单位呢" asks it of 单位
    else:
        same = _named_alike(last_question, subject)
    return last_question.replace(same, subject, 1) if same else None


def _named_alike(text: str, subject: str) -> str | None:
    """The name in ``text`` that ends as ``subject`` does ("厨余垃圾" for "有害垃圾"; jieba cuts it
    厨余 + 垃圾, so a word that is only the ending takes the word before it)."""
    end = subject[-MIN_SHARED_END:]
    if len(subject) <= MIN_SHARED_END:
        return None
    tokens = _words(text)
    for i, w in enumerate(tokens):
        name = tokens[i - 1] + w if w == end and i > 0 else w
        if len(name) > MIN_SHARED_END and name.endswith(end) and name != subject:
            return name
    return None
