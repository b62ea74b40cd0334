"""A question in the perfective with no period ("中心组学习了几次", "已经改造了多少户") asks what was
done: the review's figure, not the plan's for the next year, where both give one for the same thing.
Texts written here, in three wordings of a year's report; the counter-cases ask the plan."""
from __future__ import annotations

import pytest

from qa.done_or_planned import PAST_ASKED

pytestmark = pytest.mark.slow


def _report(done: str, plan: str) -> str:
    return f"""2025年度个人述职报告

根据县委组织部要求，现将本人一年来履职情况报告如下。

一、履职情况

（一）加强理论学习。{done}

（二）推进重点工作。全年完成农村供水工程42处，新增受益人口2.6万人。

二、存在的不足

一是理论学习还不够深入；二是深入基层还不够经常。

三、下一步工作打算

一是持续加强理论武装。{plan}

二是加快项目建设。全年计划完成投资3.8亿元。
"""


WORDINGS = [
    ("全年组织中心组集体学习14次，专题研讨5次。", "坚持中心组每月集中学习不少于1次，全年专题研讨不少于6次。", "中心组学习了几次", "14次", "1次"),
    ("全年开展廉政警示教育8次，覆盖干部职工320人次。", "每季度至少开展1次廉政警示教育，全年不少于4次。", "廉政警示教育开展了几次", "8次", "4次"),
    ("全年下乡调研56天，走访基层站点127个。", "本人全年下乡调研不少于60天，每月走访基层站点不少于10个。", "下乡调研搞了多少天", "56天", "60天"),
]


@pytest.mark.parametrize("done, plan, question, said, planned_figure", WORDINGS)
def test_what_was_done(ask_of, done, plan, question, said, planned_figure):
    assert PAST_ASKED.search(question)
    answer = ask_of(_report(done, plan), "report")(question)
    assert said in answer.answer and plan not in answer.answer


@pytest.mark.parametrize("done, plan, question, said, planned_figure", WORDINGS)
def test_what_is_planned(ask_of, done, plan, question, said, planned_figure):
    answer = ask_of(_report(done, plan), "report")("下一步" + question.replace("了", "要").replace("搞", "要"))
    assert planned_figure in answer.answer
