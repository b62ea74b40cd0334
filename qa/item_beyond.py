"""A follow-up asking of an item what the item's own text does not say: "它的收集容器是什么颜色" after
"（三）厨余垃圾，是指易腐烂的…生活垃圾" (the colour stands in another article), "这个今年怎么整改" after a
problem shown (the measure stands in the tasks). Its resolved text ("厨余垃圾的收集容器是什么颜色") is
searched as any question, not answered from the item's passage. A detail of the item itself ("这个由谁
牵头", "第三项具体怎么做") stays on it: its line may follow it (see :mod:`qa.companions`).
"""
from __future__ import annotations

import re

from index.document import section_under
from index.store import PassageIndex

from .asked import asked
from .fact_check import fact_clauses
from .followup import ResolvedQuestion
from .followup_asks import ITEM_CONTENT, detail_word
from .question_form import content_words
from .question_terms import PERIOD
from .word_credit import credit


def solve_asked(question: str) -> bool:
    from .remedies import solve_asked as asks  # remedies reads the steering, which reads the follow-ups
    return asks(question)


def states_problem(text: str) -> bool:
    from .remedies import states_problem as states
    return states(text)


def _under_problems(section: str) -> bool:
    from .remedies import under_problems
    return under_problems(section)


def _problems_section(section: str) -> bool:
    from .remedies import problems_section
    return problems_section(section)

_FORMS = ("deictic", "ordinal", "ellipsis")
# Why the item is so ("为啥定这个数", "为什么这么定"): its reasons, which stand beside it (see
# qa.focus_answers), not words of their own to search for.
_WHY = re.compile(r"为啥|为什么|为何|凭啥|凭什么|怎么会|咋会|原因|理由")
# What an item is asked for as a whole ("第二个方面具体有哪些措施", "这个什么意思"): its own content.
_ITEM_CONTENT = frozenset(ITEM_CONTENT) | {"情况", "意思"}


def asks_beyond_item(index: PassageIndex, resolved: ResolvedQuestion) -> bool:
    """Whether a follow-up on one item asks words of its own that the item's text holds none of."""
    item = resolved.focus
    if item is None or not resolved.asks or resolved.form not in _FORMS or resolved.continues:
        return False
    if solve_asked(resolved.text) and (states_problem(item.text) or _under_problems(item.section)):
        return True  # "第一个问题怎么解决" of a problem shown: its remedy stands elsewhere
    if _field_said_elsewhere(index, resolved):
        return True  # "这个谁负责" of a task whose lead unit stands in the plan's table
    words = [w for w in content_words(_WHY.sub(" ", resolved.asks)) if len(w) >= 2 and not detail_word(w)
             and w not in _ITEM_CONTENT and not PERIOD.fullmatch(w)]
    if not words:
        return False
    text = item.text + "".join(index.passage(pid).text for pid in item.passage_ids if index.passage(pid))
    return not any(credit(w, text) > 0 for w in words)


# Who does a task and by when: a plan says them in the item, the line after it, or a table of its own.
_FIELD_FACTS = ("person", "date")


def _field_said_elsewhere(index: PassageIndex, resolved: ResolvedQuestion) -> bool:
    """Whether a follow-up asks who does the item shown or by when ("这个谁负责", "啥时候干完") and
    neither the item's passages nor the line after them says it: the answer stands elsewhere (a
    table of lead units and deadlines, a paragraph on the division of work)."""
    what = asked(resolved.text)
    if what.fact not in _FIELD_FACTS:
        return False
    rows = [index.position(pid) for pid in resolved.focus.passage_ids if index.passage(pid)]
    if not rows or any("|" in index.passages[r].text for r in rows):
        return False  # a table row's cells are read by its columns (see qa.row_columns)
    after = max(rows) + 1
    if after < len(index.passages) and index.passages[after].document == index.passages[rows[-1]].document \
            and section_under(index.passages[after].section, index.passages[rows[-1]].section):
        rows.append(after)  # "（牵头单位：…）" on the line after the item, under it
    return next(iter(fact_clauses(what, index, rows)), None) is None


def problem_to_solve(question: str, node) -> bool:
    """Whether ``question`` asks how the problem a section states is solved ("长效管理没有跟上的问题怎么解决" of
    "一、存在的问题 > （一）长效管理没有跟上"): the section states the problem; the remedy stands elsewhere."""
    return solve_asked(question) and _problems_section(node.path)  # not a heading of what is done ("整改措施")
