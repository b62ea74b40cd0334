"""Whether the speech answers a question, judged as its form asks (see ``ExtractiveAnswerer._answer``)."""
from __future__ import annotations

from index.store import PassageIndex

from .about import names_a_heading
from .compose import has_points
from .question_form import counts_parts_of
from .question_headings import targets_asked_as_headings
from .range_rows import row_for_value


def judge_question(index: PassageIndex, refusal, structure: bool, resolved, intent, result, search_text: str,
                   about: bool, lang: str):
    """The refusal rule's judgement of a question not about the speech by its form; for one naming a
    heading, only whether the fact asked is absent; None where none is to be made: a scale's
    brackets decide it ("85岁的老人每月发多少": its row, or no bracket holds it), or the text asks it of
    itself. Without the ``structure`` (a baseline), the refusal rule alone."""
    if structure and row_for_value(index, resolved.text, result)[1]:
        return None
    if not about:
        return refusal.judge(search_text, result, index, lang)
    # "附件有几个": the count is the heading's parts, not a figure its text must hold; "补贴标准定的多少" of
    # a Q&A's "三、补贴标准是多少": the text asked it of itself
    if names_a_heading(resolved, intent, result) and not any(
            counts_parts_of(resolved.text, n.title) and has_points(index, d, n) for d, n in result.targets) \
            and not targets_asked_as_headings(index, resolved.text, result.targets):
        return refusal.fact_absent(search_text, result, index, lang)
    return None
