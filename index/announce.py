"""Sentences that announce a list: "下面，我讲三点意见", "主要基于三个方面的考虑".

A speaker announces what follows, often with its count. The answerer quotes the
announced items rather than the announcement, and the truncation map compares the
count with the items shown. Each rule is a shape of announcement (a verb of
speaking or of structure, a count, a measure word, the announced noun), not a phrase.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .numbering import cn_number

_NUM = r"(?:[一二两三四五六七八九十]{1,3}|\d{1,2})"
_VAGUE = r"(?:几|若干|多)"
# Verbs that open an announced list: of speaking ("讲", "提"), of doing ("抓好", "做了"), of structure ("基于", "表现在").
_CUE = (r"讲|谈|提|说|强调|明确|交流|汇报|报告|讲讲|谈谈|提出|抓好|做好|抓住|把握|处理好|突出|落实|做到|坚持|注意|重点抓"
        r"|基于|出于|考虑|表现在|体现在|集中在|反映在|包括|概括为|归纳为|分为|有|是|从"
        r"|推进|推动|实施|开展|强化|加强|部署|安排|办好|打好|聚焦")  # "重点推进三项工作。"
_MEASURE = r"(?:点|个|项|条|件|大|类|种|场|招|句话|方面|层面|重点)"
_NOUNS = (r"意见|要求|建议|看法|体会|认识|考虑|考量|想法|思考|工作|任务|措施|举措|问题|原因|方面|层面|事情|事|重点|原则"
          r"|目标|特点|特征|变化|成效|成绩|经验|启示|困难|挑战|风险|短板|不足|理由|因素|关系|转变|内容|部署"
          r"|希望|期望|期待|嘱托|感受|收获|硬仗|攻坚战|战役|实招|硬招")
# "讲三点意见", "基于三个方面的考虑", "抓好以下五项工作", "表现在以下几个方面", "做了以下工作", "我讲三点：",
# "打好“四场硬仗”。" (the count and its noun in quotes, as a campaign's name)
_COUNTED_RE = re.compile(
    rf"(?:{_CUE})(?:了|好|出|在)?(?:以下|如下|下面|这|这么)?[“\"「]?(?P<n>{_NUM}|{_VAGUE})(?P<m>{_MEASURE})?"
    rf"(?P<m2>{_MEASURE})?(?:的)?(?:主要|重点|具体|重要|基本)?(?P<noun>{_NOUNS})?[”\"」]?"
    rf"(?=\s*(?P<end>[。：:；;！!，,]|$))", re.MULTILINE)
_UNCOUNTED_RE = re.compile(
    rf"(?:{_CUE}|做了|开展了|抓了|推进了)(?:了|好|出|在)?(?:以下|如下)(?:的|几个|几点|几项|几条)?(?:主要|重点|具体)?(?P<noun>{_NOUNS})"
    rf"(?=\s*[。：:；;！!]|\s*$)", re.MULTILINE)
# "重点推进以下五项工作。", "抓好以下五个领域。", "落实好以下四个方面的责任。": 以下/如下 before a
# count announces whatever noun ends the sentence, after any verb.
_FOLLOWING_RE = re.compile(
    rf"(?:以下|如下)(?P<n>{_NUM}|{_VAGUE})(?P<m>{_MEASURE})(?P<m2>{_MEASURE})?(?:的)?"
    rf"(?P<noun>[\u4e00-\u9fff]{{0,4}}?)(?=\s*[。：:；;！!]|\s*$)", re.MULTILINE)
# "要落实好四个方面的责任。": a count of aspects of a noun, after a verb of doing or speaking.
_ASPECTS_RE = re.compile(
    rf"(?:{_CUE})(?:了|好|出|在)?(?P<n>{_NUM})个?(?:方面|层面)的(?P<noun>[\u4e00-\u9fff]{{1,4}}?)"
    rf"(?=\s*[。：:；;！!]|\s*$)", re.MULTILINE)
# "我们也清醒看到面临的困难和挑战。", "存在的突出问题主要是：" — a noun phrase of problems ending its sentence.
_PROBLEMS = (r"困难和挑战|困难和问题|问题和挑战|问题和不足|风险挑战|风险和挑战|矛盾和问题|突出问题|主要问题|短板弱项"
             r"|困难挑战|挑战")
_PROBLEMS_RE = re.compile(
    r"(?:面临的|存在的|遇到的|当前的|前进道路上的|发展中的)(?:主要|突出|一些|不少)?"
    rf"(?P<noun>{_PROBLEMS})(?:主要(?:是|有|表现在))?(?=\s*[。：:！!])")
# "全区发展仍有短板弱项。", "我们的工作还存在一些不足。": a still-having verb, then the noun (a bare
# 问题 or 不足 only here: "要解决存在的问题。" is a directive, not an announcement).
_STILL_HAS_RE = re.compile(
    r"(?:仍|还|也|依然|仍然)(?:有|存在|面临)着?(?:一些|不少|许多|较多)?(?:突出|主要)?"
    rf"(?P<noun>{_PROBLEMS}|不足之处|薄弱环节|问题|不足|困难|短板|差距)(?=\s*[。：:！!])")
# "当前安全生产形势依然严峻复杂。", "面临的挑战更加艰巨：": a judgment that the situation is hard,
# ending its sentence, says the problems come next (the noun read is 问题).
_HARD_GOING_RE = re.compile(
    r"(?:形势|局面|态势|任务|压力|挑战)(?:依然|仍然|仍|还|十分|更加|更为|日益|相当|较为|非常|异常)?"
    r"(?:严峻|复杂|艰巨|繁重|不容乐观)(?:复杂|严峻|艰巨|繁重)?(?=\s*[。：:！!])")
# "一些地方探索形成了好的经验做法。", "各地涌现出一批好经验好做法。": good practices found, ending the
# sentence, say the examples come next (the noun read is 经验 or 做法)
_PRACTICES_RE = re.compile(
    r"(?:形成|涌现|探索|积累|总结|创造|摸索)出?了?(?:一批|一些|不少|许多|很多)?(?:好的?|成功的?|有效的?|可复制的?)?"
    r"(?P<noun>经验做法|经验|做法)(?:好做法)?(?=\s*[。：:！!])")
_NOUN_SET = set(_NOUNS.split("|"))
_SENTENCE_START = "。！？!?；;\n\r\u2028\u2029"


@dataclass
class Announcement:
    """A sentence announcing a list: its span in the source, the count (None when not given), the noun."""

    start: int
    end: int
    count: int | None
    noun: str


def cn_count(token: str) -> int | None:
    """The value of a count written ``三``/``两``/``十二``/``3``; None for ``几``/``若干`` or anything else."""
    return cn_number(token) if token else None


def _sentence(text: str, at: int, to: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around ``[at, to)``: from after the previous sentence end to its own end mark."""
    a = at
    while a > lo and text[a - 1] not in _SENTENCE_START:
        a -= 1
    while a < at and text[a] in " \t\u3000\u00a0":
        a += 1
    b = to
    while b < hi and text[b] not in _SENTENCE_START + "：:":
        b += 1
    if b < hi and text[b] not in "\n\r\u2028\u2029":
        b += 1
    return a, b


def find_announcements(text: str, start: int = 0, end: int | None = None) -> list[Announcement]:
    """Sentences in ``text[start:end]`` that announce a list, in order, one per sentence.

    ``count`` is the announced number (``三点意见`` → 3, ``两个方面`` → 2) or None for
    ``几``/``若干``/``以下`` and for announcements without a number (``面临的困难和挑战``).
    ``noun`` is what is announced (``意见``, ``考虑``, ``方面``; the measure word when no noun follows).
    """
    end = len(text) if end is None else end
    found: list[Announcement] = []
    for m in _COUNTED_RE.finditer(text, start, end):
        if not m.group("m") and m.group("n") != "若干":
            continue  # a count needs its measure word ("三点", "两个方面"), except "若干意见"
        noun = m.group("noun") or m.group("m2") or m.group("m")
        if noun not in _NOUN_SET and noun not in ("点", "方面", "层面", "条", "句话", "重点", "招"):
            continue  # "有三个，" with no noun is not an announcement
        a, b = _sentence(text, m.start(), m.end(), start, end)
        found.append(Announcement(a, b, cn_count(m.group("n")), noun))
    # After the counted shapes ("以下五项工作" reads as 工作 there); a shape with no noun of its
    # own names its measure word, or announces problems ("形势依然严峻。").
    for rx in (_FOLLOWING_RE, _ASPECTS_RE, _UNCOUNTED_RE, _PROBLEMS_RE, _STILL_HAS_RE, _HARD_GOING_RE, _PRACTICES_RE):
        for m in rx.finditer(text, start, end):
            a, b = _sentence(text, m.start(), m.end(), start, end)
            got = m.groupdict()
            noun = got.get("noun") or got.get("m2") or got.get("m") or "问题"
            found.append(Announcement(a, b, cn_count(got.get("n") or ""), noun))
    found.sort(key=lambda x: x.start)
    out: list[Announcement] = []
    for ann in found:
        if out and ann.start < out[-1].end:
            continue  # one announcement per sentence: the first (counted) reading
        out.append(ann)
    return out
