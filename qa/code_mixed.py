"""English words inside a Chinese question: "讲话的date是哪天", "speaker是什么职务", "一共讲了几个points".

People who read in both languages type a word of English where it comes first to mind. The
question is Chinese, so it is answered as one, with each such word put in Chinese: the words of
a speech's frame (speaker, date, points, meeting) from the list below, the genre's terms from
the glossary. A word neither knows (CPTPP, GDP, 5G) is left as it is: the speech may use it too.
"""
from __future__ import annotations

import re

from .glossary import GLOSSARY

# The frame of a speech and of a question about it, in the sense a mixed question uses them
# (the glossary's "report" is a 汇报 at a meeting; here it is the text itself).
MIXED_WORDS = {
    "speaker": "讲话人", "speakers": "讲话人", "author": "作者", "date": "日期", "time": "时间",
    "point": "点", "points": "点", "key points": "要点", "meeting": "会议", "conference": "会议",
    "title": "标题", "topic": "主题", "theme": "主题", "summary": "主要内容", "report": "报告",
    "speech": "讲话", "text": "原文", "deadline": "期限", "target": "目标", "targets": "目标",
    "goal": "目标", "goals": "目标", "budget": "预算", "project": "项目", "projects": "项目",
    "leader": "领导", "department": "部门", "list": "清单", "kpi": "指标", "task": "任务",
    "tasks": "任务", "measure": "措施", "measures": "措施", "problem": "问题", "problems": "问题",
    "issue": "问题", "issues": "问题", "plan": "计划", "policy": "政策", "policies": "政策",
}
_TERMS = sorted({*MIXED_WORDS, *GLOSSARY}, key=len, reverse=True)
# Whole English words or terms, longest first ("key points" before "points"); an acronym in
# capitals (GDP, CPTPP) is not among them.
_TERM_RE = re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(t) for t in _TERMS) + r")(?![A-Za-z])", re.I)
_CJK = re.compile(r"[\u3400-\u9fff]")


def chinese_for_mixed(question: str) -> str:
    """``question`` with each English word or term it mixes into Chinese put in Chinese, when
    a list knows it; a question with no Chinese, and an acronym in capitals, stay as they are."""
    if not _CJK.search(question):
        return question

    def put(m: re.Match[str]) -> str:
        word = m.group(0)
        if len(word) > 1 and word.isupper():
            return word
        return MIXED_WORDS.get(word.lower()) or GLOSSARY.get(word.lower(), "").replace(" ", "") or word

    return _TERM_RE.sub(put, question)
