"""Whether a question is about the speech by its form, not only by its words.

A named heading or part, a follow-up on the last answer, the text's completeness or outline: such
questions are answered from the speech's structure. A topic word alone (问题, 任务) is not enough:
"红烧肉怎么做" must still meet the evidence rule (:mod:`qa.refusal`).
"""
from __future__ import annotations

from index.store import PassageIndex

from .list_asked import announced_inline, topic_list_asked
from .followup import ResolvedQuestion
from .intent import Intent, topic_words
from .retriever import SearchResult
from .which_part import part_naming, subject_words, which_part_asked


def about_the_speech(index: PassageIndex, resolved: ResolvedQuestion, intent: Intent,
                     result: SearchResult) -> bool:
    """Questions that are about the speech by their form: a named heading or part, a
    follow-up on the last answer, the text's completeness or outline. A topic word
    alone (问题, 任务) is not enough: "红烧肉怎么做" must still meet the evidence rule."""
    named = bool(result.targets) and result.strength >= 1.0
    # "保障措施有哪些": a list of a kind a heading of the speech names (…保障措施)
    listed_topic = bool(result.targets) and intent.topic is not None and intent.wants_list
    # A follow-up that asks something new ("它的预算是多少") is judged like any question.
    bare_reference = resolved.focus is not None and not getattr(resolved, "asks", "")
    # "第三点意见讲的是什么" where the text shows two: about its structure, answered with what it shows.
    numbered_part = intent.part is not None
    # "取得成效的第一条是什么": a point of a list a heading of the speech names, by its number
    numbered_item = resolved.position is not None and intent.topic is not None and (
        bool(result.targets)  # "第二个问题是什么" of a list the text introduces as problems (…短板和不足。一是…)
        or topic_list_asked(index, resolved.text, topic_words(intent.topic),
                            [h.row for h in result.hits[:5]]) is not None)
    # "哪一部分专门讲人才" of a text with a heading on 人才
    part_named = which_part_asked(resolved.text) and bool(result.hits) and part_naming(
        index.document(result.hits[0].passage.document), subject_words(resolved.text)) is not None
    if bare_reference or named or listed_topic or intent.completeness or intent.outline \
            or numbered_part or numbered_item or part_named:
        return True
    # "第四点意见是什么" of "我讲四点意见。第一，…" run on in a paragraph: a point the speech numbers
    # (read last: it reads every announcing sentence of the speech)
    return resolved.position is not None and bool(result.hits) and announced_inline(
        index, index.document(result.hits[0].passage.document), resolved.text, intent.asked)


def names_a_heading(resolved: ResolvedQuestion, intent: Intent, result: SearchResult) -> bool:
    """Whether a question is about the speech only by the heading words it uses (not a
    follow-up, nor a question of the text's parts, outline or completeness), and the sections
    it names are shown whole: of a section cut off or lost in a gap, the answer is what is
    shown and the notice, not "the speech does not give it"."""
    return resolved.focus is None and not (intent.completeness or intent.outline or intent.part) \
        and all(node.status == "complete" for _d, node in result.targets)
