"""What was done, asked in the past ("中心组学习了几次", "已经改了多少户"), is answered by the review's
figure, not by the plan's for the next year ("每月集中学习不少于1次").

A report on a year's work reviews it, then plans the next one, and both give a figure for the same
thing. A question with no period named but in the perfective ("学了几次", "已经…多少") asks what
was done; of the sentences holding the figure equally well, one that plans (under a part of what is
to be done, or saying 将/计划/力争/不少于) gives way to one that reports.
"""
from __future__ import annotations

import re

from index.store import PassageIndex

# "学习了几次", "开过几次", "已经改造多少户", "完成了多少": done, not to be done
PAST_ASKED = re.compile(r"[\u4e00-\u9fff](?:了|过)(?:几|多少)|已经?[\u4e00-\u9fff]{1,6}?(?:了)?(?:几|多少)")
# The part a plan stands under, and the words a sentence plans with.
_PLAN_PART = re.compile(r"下一步|打算|今后|明年|工作安排|工作计划|工作思路|重点任务|重点工作|工作要点")
_PLANS = re.compile(r"将|计划|力争|争取|不少于|不低于|拟|要")


def planned(index: PassageIndex, s_idx: int) -> bool:
    """Whether sentence ``s_idx`` plans what is to be done rather than reports what was."""
    row = index.sentence_spans[s_idx][0]
    return bool(_PLAN_PART.search(index.passages[row].section) or _PLANS.search(index.sentence_text(s_idx)))


def done_over_planned(index: PassageIndex, question: str, periods: list[str], chosen: list[int],
                      holding: dict[int, float], least: float) -> list[int]:
    """``chosen``, or, for a question asking in the perfective what was done, without the planning
    sentences that hold the figure (and the rest of their passages) when a reporting one holds it as
    well: that one is kept, or put in their place."""
    if periods or not PAST_ASKED.search(question):
        return chosen
    held = [s for s in chosen if s in holding and holding[s] >= least]
    plans = [s for s in held if planned(index, s)]
    done = [s for s in holding if holding[s] >= least and not planned(index, s)]
    if not plans or not done:
        return chosen
    best = max(done, key=lambda s: holding[s])
    if holding[best] < max(holding[s] for s in plans):
        return chosen
    plan_rows = {index.sentence_spans[s][0] for s in plans}
    kept = [s for s in chosen if index.sentence_spans[s][0] not in plan_rows]
    return sorted(set(kept) | {best})
