"""Why-questions a heading answers: a heading that says why its subject matters
("一、充分认识推进数字乡村建设的重大意义") answers "为什么要推进数字乡村建设?", read against the
question's :class:`~qa.intent.Intent`.
"""
from __future__ import annotations

import re

from index.tokenize import normalize

from .everyday_words import NECESSITY
from .intent import Intent
from .substrings import longest_run

# A heading that says why its subject matters ("一、充分认识实施城市更新行动的重大意义",
# "深刻认识加强作风建设的极端重要性"): its points are the reasons for that subject.
_GIVES_REASONS = re.compile(r"意义|重要性|必要性|紧迫性|重要作用|极端重要")


def gives_reasons(title: str) -> bool:
    """Whether a heading announces why its subject matters (its points answer "为什么…")."""
    return bool(_GIVES_REASONS.search(title))


# What frames a why-question rather than names its subject.
_WHY_FRAME = re.compile(r"为什么|为何|原因|理由|有什么|有何|哪些|是什么|(?:重大|重要)?(?:意义|重要性|必要性|紧迫性)"
                        r"|^(?:说|要|需要|必须|讲话|报告)+|[要说]|[？?！!。，,\s]")
# Spoken frames of the same question: "为什么说咱们市非推进产城融合不可,讲了哪些理由" and "为什么说
# 我市推进产城融合势在必行" ask why 推进产城融合 matters, as "为什么要推进产城融合" does.
_SPOKEN_WHY = re.compile(r"势在必行|刻不容缓|迫在眉睫|(?:十分|非常|很有)必要|有哪些|哪几[条点个项方面]*|[讲说提谈]了|为啥|咋"
                         r"|(?:对)?(?:咱们?|我们?)[省市县区镇乡村](?:来说)?"
                         # "讲话是怎么论证推进X的意义的", "从宏观层面看，如何阐述X的重要性": how it is argued
                         r"|从\S{1,6}?(?:层面|角度|高度|全局)(?:上)?来?看|(?:是)?(?:怎么|如何|怎样)(?:论证|阐述|论述|阐明|说明)(?:了)?"
                         r"|讲话|报告")
SUBJECT_SHARE = 0.6  # of a why-question's subject that one run of the heading must hold


def answers_why(question: str, intent: Intent, title: str) -> bool:
    """Whether a heading that says why its subject matters answers this question: it asks why
    ("为什么要…", "…有什么意义") and the heading holds most of its subject in one run.
    "为什么要推进数字乡村建设?" is answered by "一、充分认识推进数字乡村建设的重大意义";
    "为什么说基础设施滞后制约了产城融合?" is a claim, not answered by "…产城融合发展的重大意义"."""
    if not (intent.asks_reason or gives_reasons(question)) or not gives_reasons(title):
        return False
    unframed = NECESSITY.sub(lambda m: m.group(1) or "", normalize(question))  # 非推进X不可: 推进X
    subject = _WHY_FRAME.sub("", _SPOKEN_WHY.sub("", unframed)).rstrip("的")  # "…X的意义的": X
    heading = normalize(title)
    if len(subject) < 2:
        return False
    return len(longest_run(subject, heading)) >= SUBJECT_SHARE * len(subject)
