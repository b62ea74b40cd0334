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


# What a section's opening says of why it is there: the lesson or the cause behind it ("去年汛期…出现了严重
# 积水，暴露出排涝设施的短板，教训十分深刻"), or its significance.
_REASON_CUE = re.compile(r"暴露出|暴露了|教训|之所以|由于|因为|原因|导致|造成了|(?:现实|迫切|客观|必然|内在)(?:需要|要求)"
                         r"|必由之路|意义(?:重大|深远)|重要意义")
REASON_LEAD_SENTENCES = 4


def reason_lead(index, doc_id: str, node) -> list[int]:
    """The sentences of the section's own opening (its text before its points) when they say why it is
    there: "为啥要补齐排涝设施短板" of "（一）补齐排涝设施短板。去年汛期…暴露出…短板，教训十分深刻。" and its
    1./2./3. is answered by the opening, not the points. Empty when the opening gives no reason."""
    if not node.children:
        return []
    own = [s for r in index.rows_under(doc_id, node.path) if index.passages[r].section == node.path
           for s in index.sentences_of(r)]
    return own[:REASON_LEAD_SENTENCES] if any(_REASON_CUE.search(index.sentence_text(s)) for s in own) else []
