"""Problems a speech names in passing, not as a list under a heading: "同时也要看到，一些地方隐患排查走过场；
有的部门监管责任不落实；还有少数企业主体责任悬空。" Asked "讲话里提到了哪些问题", such a sentence answers, not
one that names 问题 only as what is thought about ("各部门要站在群众角度想问题，…"), which shares the word."""
from __future__ import annotations

import re

from index.store import PassageIndex

from .list_asked import without_handled_problems

# Who falls short, said of some ("一些地方", "有的部门", "少数企业", "个别干部"): twice in a sentence, its clauses
# are the problems it names; or a turn to them ("同时也要看到，", "但也要清醒看到：", "不容忽视的是，").
_SOME_FALL_SHORT = re.compile(r"(?:一些|有的|有些|少数|个别|部分)(?:地方|部门|单位|企业|干部|乡镇|村|领域|行业|同志|人)")
_SOME = re.compile(r"(?:一些|有的|有些|少数|个别|部分)[\u4e00-\u9fff]")
_TURN_TO_PROBLEMS = re.compile(r"(?:也要|也应|还要|更要|必须)?(?:清醒|清楚|客观)?(?:地)?(?:看到|认识到)[，,：:]|不容忽视的是")
_PROBLEM_WORDS = ("问题", "困难", "短板", "不足", "瓶颈", "矛盾", "挑战", "差距")


def names_problems_in_passing(sentence: str) -> bool:
    """Whether ``sentence`` names problems by who falls short ("一些地方…；有的部门…")."""
    return len(_SOME_FALL_SHORT.findall(sentence)) >= 2 or (
        bool(_TURN_TO_PROBLEMS.search(sentence)) and bool(_SOME.search(sentence)))


def handled_only(sentence: str) -> bool:
    """Whether ``sentence`` names problems only as what is thought about or handled ("想问题"); one naming
    none at all ("检查中发现，有的企业…") may describe them."""
    handled = without_handled_problems(sentence)
    return handled != sentence and not any(w in handled for w in _PROBLEM_WORDS)


def problems_in_passing(index: PassageIndex, chosen: list[int], rows: list[int]) -> list[int]:
    """``chosen`` for a question asking the problems, when none of it names a problem but some sentence of
    ``rows`` names them in passing: those sentences instead. ``chosen`` otherwise."""
    if not chosen or not all(handled_only(index.sentence_text(s)) for s in chosen):
        return chosen
    passing = [s for r in rows for s in index.sentences_of(r) if names_problems_in_passing(index.sentence_text(s))]
    return sorted(dict.fromkeys(passing))[:3] or chosen
