"""Two readings of a question's wording for :mod:`qa.asked`: a count of a list's points, and a
number jieba cut off the series word it numbers."""
from __future__ import annotations

import re

from .measure import RATE_POINTS

# "基本原则有几条", "重点干的活有几块", "分了几块任务": a count of a list's points is read off the list
# (the text lists them, it rarely writes the number), unlike "几条公交线路", a count of things.
_POINTS_COUNTED = re.compile(r"几(?:条|个?[点项块类要]|个?方面|大块|大项|大部分|个?部分)(?P<noun>[\u4e00-\u9fff]{0,4})")
_LIST_NOUNS = ("原则", "意见", "要求", "任务", "措施", "举措", "问题", "困难", "挑战", "短板", "不足", "目标", "重点", "工作",
               "内容", "建议", "体会", "经验", "做法", "理由", "原因", "考虑", "方面", "部分", "成效", "成绩", "路径", "途径",
               "机制", "政策", "方向", "特点", "环节", "领域", "事", "活", "板块")


def counts_points(question: str) -> bool:
    """Whether the question counts the points of a list ("有几条", "几条原则", "几块任务"), not things."""
    m = _POINTS_COUNTED.search(question)
    if not m or RATE_POINTS.search(question):
        return False
    noun = m.group("noun")
    return not noun or noun[0] in "呢啊吧都分具" or any(w in noun for w in _LIST_NOUNS)


def numbered_names(tokens: list[str]) -> list[str]:
    """jieba's cut with a number put back on the series word it numbers ("3" "号线" -> "3号线")."""
    out: list[str] = []
    for w in tokens:
        if out and re.fullmatch(r"\d{1,3}", out[-1]) and re.match(r"号(?:线|楼|地块)", w):
            out[-1] += w
        else:
            out.append(w)
    return out
