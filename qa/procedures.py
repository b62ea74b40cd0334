"""How a citizen applies for something ("老旧小区改造怎么申请补贴", "How do I apply for a business
license?"): a procedure that speeches and reports rarely give.

Such a question is answered only where one of the best passages speaks of applying or handling
(申请, 申报, 办理, 受理, 窗口, 手续…); otherwise it is a near miss (issue 9, class 6), declined
in plain words with what the speech does cover. "…咋办/怎么办" (what is to be done) asks no
procedure.
"""
from __future__ import annotations

import re

import jieba

from index.document import Document
from index.tokenize import normalize

from .decline import listing
from .glossary import focus_terms
from .question_terms import search_words
from .word_credit import credit

# "怎么申请", "去哪报名", "如何办理", "申请条件"; "怎么办" (what is to be done) is no procedure
PROCEDURE_ASKED = re.compile(
    r"(?:怎么|如何|怎样|咋|去哪儿?|到哪儿?|在哪儿?|哪里)(?:样|才能|可以|能|去)?(?:申请|申报|报名|领取|办理|登记|报销)"
    r"|(?:申请|申报|报名|办理)(?:流程|条件|手续|材料|程序|渠道)"
    r"|\bhow (?:do|can|should|would) (?:i|we|you|one|people) (?:apply|register|sign up)\b|\bhow to (?:apply|register)\b"
    r"|\bapplication (?:process|procedure)\b", re.I)
# Words of the procedure itself, not of the thing applied for.
_PROCEDURE_FRAME = re.compile(r"流程|条件|手续|材料|程序|渠道|步骤|方式|方法|途径|要求|时间|地点")
# What a passage that gives a procedure says.
PROCEDURE_SAID = re.compile(r"申请|申报|报名|领取|办理|受理|窗口(?!期)|手续|登记|报销|网上办|一网通办|掌上办|即可")


def procedure_asked(question: str) -> bool:
    """Whether ``question`` asks how to apply for or obtain something."""
    return bool(PROCEDURE_ASKED.search(normalize(question)))


def procedure_reply(question: str, hits, documents: list[Document], lang: str) -> str | None:
    """The decline for a procedure no best passage speaks of, or ``None`` when one does."""
    if not procedure_asked(question) or not documents:
        return None
    # the passage says how to apply for the thing asked: "怎么申请驾照" is not answered by "完成农户申请"
    objects = [w for w in (focus_terms(question) if lang == "en" else search_words(question))
               if len(w) >= 2 and not PROCEDURE_SAID.search(w)]
    by_id = {d.id: d for d in documents}
    # and its speech names the most specific word: "外贸企业出口退税怎么办理" is not answered by "外贸企业…申请
    # 国际认证" of a speech that never says 退税
    jieba.dt.check_initialized()
    # of the thing applied for, not the procedure's own words ("流程是啥"), and 外贸企业 is 外贸 + 企业
    words = [w for w in objects if not any(o != w and o in w for o in objects) and not _PROCEDURE_FRAME.search(w)]
    rarest = min(words, key=lambda w: jieba.dt.FREQ.get(w, 0)) if words else None

    said: dict[str, str] = {}  # each speech's text, read once

    def of_the_thing(passage) -> bool:
        if not objects:
            return True
        # "农机补贴怎么申请" of a notice on 农机购置补贴: its title names it
        doc = by_id.get(passage.document)
        text = (doc.title if doc else "") + passage.section + passage.text
        if doc is not None and doc.id not in said:
            said[doc.id] = doc.said_text()
        return (rarest is None or credit(rarest, said[doc.id] if doc else text)) and any(credit(w, text) for w in objects)

    if any(PROCEDURE_SAID.search(h.passage.text) and of_the_thing(h.passage) for h in hits):
        return None
    if lang == "en":
        lead = ("The speech does not say how to apply for this, so I cannot answer it from the source."
                if len(documents) == 1 else
                "None of the indexed speeches says how to apply for this, so I cannot answer it from the sources.")
    else:
        lead = f"《{documents[0].title}》没有讲到这项事情怎么申请或办理,无法依据原文作答。" if len(documents) == 1 \
            else "已收录的讲话都没有讲到这项事情怎么申请或办理,无法依据原文作答。"
    return f"{lead}\n\n{listing(documents[:3], lang)}"
