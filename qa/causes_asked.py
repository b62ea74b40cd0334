"""The causes of a text's problems, asked with no subject of their own: "问题产生的原因是什么",
"为什么会出现这些问题", "这些短板的根源在哪", "为啥会这样" after a list of problems. A 对照检查, an
investigation report or a 述职 analyses them in a part of their own ("二、原因剖析", "四、原因分析",
"产生问题的根源"): that part is the answer, not a sentence sharing the word 问题."""
from __future__ import annotations

import re

from index.document import OutlineNode
from index.tokenize import normalize

# A heading of the part that analyses causes.
CAUSE_HEADING = re.compile(r"原因|根源|症结|成因|根子")
_CAUSE_ASKED = re.compile(r"原因|根源|症结|成因|根子|为什么|为何|为啥|咋会|怎么会|怎么回事")
# What such a question says besides asking: the problems in general, and the frame of the asking.
_NO_SUBJECT = re.compile(
    r"原因|根源|根子|症结|成因|为什么|为何|为啥|咋会|怎么会|怎么回事|这些|这几个|那些|上述|以上|前面|刚才|说的|讲的|列的|提到的"
    r"|存在的?|主要|突出|问题|短板|不足|差距|弱项|毛病|这样|这种情况|这些情况|产生|出现|造成|导致|形成|发生|会有|有这么多|深层次"
    r"|分析|剖析|查摆|主要有|有哪些|哪些|是什么|有什么|什么|在哪里?|在于|呢|了|的|会|是|有|都|还|又|里|中|方面|个|些|讲话|报告|文中|材料"
    r"|[？?！!。，,、\s]")


def causes_of_problems_asked(question: str) -> bool:
    """Whether ``question`` asks why the text's problems arose, naming nothing else ("问题产生的原因
    是什么"); not "为什么要推进产城融合" (why a task matters) nor "敬老院入住率低的原因" (one problem's cause)."""
    q = normalize(question)
    return bool(_CAUSE_ASKED.search(q)) and not _NO_SUBJECT.sub("", q)


def cause_nodes(titles) -> list[tuple[str, OutlineNode]]:
    """Of ``titles`` ((speech id, node, normalized title without its number)), the one heading per speech
    that names the causes it analyses, the highest one where several do."""
    found: dict[str, tuple[str, OutlineNode]] = {}
    for doc, node, title in titles:
        if CAUSE_HEADING.search(title) and len(title) <= 16:
            if doc not in found or node.level < found[doc][1].level:
                found[doc] = (doc, node)
    return list(found.values())
