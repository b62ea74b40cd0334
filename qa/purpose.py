"""Why a thing is to be done ("为啥要搞城市更新", "推进产城融合有什么意义"): a speech says it in a
sentence of significance about that thing, "推进城市更新，既是…的现实需要，也是…的重要举措", often in
its review or opening, far from the passages that share the question's words.
"""
from __future__ import annotations

import re

from index.store import PassageIndex

from .asked import asked

PURPOSE_ASKED = re.compile(r"(?:为什么|为啥|为何|干嘛|干啥)(?:还)?(?:要|得|非要|必须)"
                           r"|(?:意义|好处|必要性)(?:是什么|是啥|在哪|有哪些|何在)|有(?:什么|啥)(?:意义|好处|必要)")
# A sentence of significance: "既是…也是…", "…的现实需要", "…的必由之路", "意义重大".
PURPOSE_CUE = re.compile(r"既是[^。；;]{2,60}?也是|(?:现实|迫切|客观|必然|内在)(?:需要|要求)|必由之路|必然选择"
                         r"|意义(?:重大|深远)|具有(?:十分)?重要(?:的)?(?:现实|战略)?意义")
# Verbs of doing that a question puts before the thing ("实施城市更新"): the thing is what the sentence names.
_DOING = frozenset("实施 推进 推动 开展 搞 建 建设 抓 做 加快 加强 出台 制定".split())


def purpose_sentence(index: PassageIndex, doc_id: str, question: str) -> int | None:
    """The first sentence of speech ``doc_id`` that says why the thing the question names matters
    (a sentence of significance holding its name), or None."""
    if not PURPOSE_ASKED.search(question):
        return None
    names = [w for w in asked(question).focus if len(w) >= 2 and w not in _DOING]
    if not names:
        return None
    thing = max(names, key=len)
    for row in index.doc_rows(doc_id):
        for s in index.sentences_of(row):
            text = index.sentence_text(s)
            if thing in text and PURPOSE_CUE.search(text):
                return s
    return None
