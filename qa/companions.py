"""Sentences an answer quotes beside the ones it chose, because the paragraph gives them a role:
the year that dates a goal, the goals after a year's lead, the unit a plan makes responsible."""
from __future__ import annotations

import re

from index.store import PassageIndex

from .fact_check import RESPONSIBLE_LINE, dated_by_lead, holds_fact
from .word_credit import said
from .periods import PERIOD_LEAD

# Asking who carries a task out: "由谁牵头", "哪个部门负责", "谁来管".
_ASKS_RESPONSIBLE = re.compile(r"牵头|负责|责任单位|责任部门|主管|哪个部门|哪些部门|哪家单位|哪个单位|谁来|由谁|谁"
                               # the due date a task's line gives with its lead unit ("完成时限：…")
                               r"|时限|期限|完成时间|截止|什么时候完|啥时候完|何时完")


def dating_leads(index: PassageIndex, chosen: list[int]) -> list[int]:
    """The paragraph leads that date ``chosen`` sentences holding no date of their own."""
    out = []
    for s_idx in chosen:
        row = index.sentence_spans[s_idx][0]
        if dated_by_lead(index, row, s_idx, None) and not holds_fact(index.sentence_text(s_idx), "date"):
            out.append(index.sentences_of(row)[0])
    return out


def responsible_lines(index: PassageIndex, question: str, chosen: list[int]) -> list[int]:
    """The line naming who is responsible for the task the chosen sentences state, when the
    question asks who ("专项规划由谁牵头编"): a plan writes it on a line of its own after the task
    ("2.编制建设规划。…" then "牵头单位：市自然资源和规划局；…"), in the same section, sharing no
    word with the question."""
    if not chosen or not _ASKS_RESPONSIBLE.search(question) \
            or any(RESPONSIBLE_LINE.match(index.sentence_text(s)) for s in chosen):
        return []
    row = index.sentence_spans[chosen[0]][0]
    passage = index.passages[row]
    after = [r for r in index.rows_under(passage.document, passage.section)
             if r >= row and index.passages[r].section == passage.section][:3]
    return [s for r in after for s in index.sentences_of(r)
            if s > chosen[0] and RESPONSIBLE_LINE.match(index.sentence_text(s))][:1]


def period_details(index: PassageIndex, words: list[str], chosen: list[int], rarity) -> list[int]:
    """For a chosen paragraph lead that only names its year ("到2035年，乡村振兴取得决定性进展…。"),
    the sentence after it in the paragraph holding most of the question's ``words`` the lead lacks
    ("相对贫困进一步缓解" in the next one); none when no later sentence holds any."""
    out = []
    for s_idx in chosen:
        row = index.sentence_spans[s_idx][0]
        rest = index.sentences_of(row)
        if not rest or rest[0] != s_idx or not PERIOD_LEAD.match(index.sentence_text(s_idx)):
            continue
        lead = index.sentence_text(s_idx)
        lacking = [w for w in words if len(w) >= 2 and not said(w, lead)]
        scored = [(sum(rarity(w) for w in lacking if said(w, index.sentence_text(t))), t) for t in rest[1:]]
        best = max(scored, default=(0.0, None))
        if best[0] > 0 and best[1] not in chosen:
            out.append(best[1])
    return out


# A paragraph of short orders under the one naming its subject ("扎实做好碳达峰工作。制定…方案。优化…。大力发展…。"):
# each is a step of it, however few of the question's words it holds.
ORDERS_PARAGRAPH_CHARS = 200
ORDER_CHARS = 40
ORDERS_AT_LEAST = 3


def orders_of_subject(index: PassageIndex, chosen: list[int]) -> list[int]:
    """The rest of a short paragraph of short sentences whose first sentence is chosen: "碳达峰方面怎么说"
    of "扎实做好碳达峰工作。制定全县碳达峰行动方案。优化产业结构和能源结构。…" is the whole paragraph, not
    the two sentences naming 碳达峰. Empty when no chosen sentence opens such a paragraph."""
    for s_idx in chosen:
        row = index.sentence_spans[s_idx][0]
        sentences = index.sentences_of(row)
        if sentences[0] != s_idx or len(sentences) < ORDERS_AT_LEAST \
                or len(index.passages[row].text) > ORDERS_PARAGRAPH_CHARS \
                or any(len(index.sentence_text(s)) > ORDER_CHARS for s in sentences):
            continue
        return list(sentences)
    return []


# What was or is done about a thing ("设施网络方面做了哪些工作", "医养结合是怎么做的", "采取了哪些举措").
_DOINGS_ASKED = re.compile(r"做了(?:哪些|什么|啥)|干了(?:哪些|什么|啥)|(?:哪些|什么)(?:工作|做法|举措|措施|办法)|怎么(?:做|干|搞)的"
                           r"|采取了|具体(?:做|干|抓)了")
ITEM_BODY_CHARS = 420  # an item quoted whole up to this length (a screen of text)


def item_body(index: PassageIndex, question: str, chosen: list[int]) -> list[int]:
    """The rest of a numbered item whose lead alone was chosen ("二是设施网络逐步完善。"), when the question asks
    what was done about it: the lead names the item, its body says what was done. Empty otherwise."""
    if not _DOINGS_ASKED.search(question):
        return []
    for s_idx in chosen:
        row = index.sentence_spans[s_idx][0]
        passage, sentences = index.passages[row], index.sentences_of(row)
        if passage.item and sentences[0] == s_idx and len(sentences) > 1 \
                and not any(s in chosen for s in sentences[1:]) and len(passage.text) <= ITEM_BODY_CHARS:
            return list(sentences)
    return []
