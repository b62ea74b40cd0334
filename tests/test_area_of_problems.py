"""A question about the problems of a field ("资金方面有什么问题") where two headings hold the field's word,
one among the problems ("（二）资金筹措渠道单一") and one among the tasks ("（二）拓宽资金渠道"), is answered
from the one in the part on problems, not with every problem listed. Texts written here, two wordings."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CITY = """在全市城市更新工作会议上的讲话

一、正视问题短板

在看到成绩的同时，我们也要清醒地看到还存在不少不足，主要表现在三个方面。

（一）统筹谋划不够系统

一些区仍然就小区论小区，片区化推进的项目只占31%。

（二）资金筹措渠道单一

去年城市更新投资中，财政资金和专项债券占比高达68%，社会资本参与的积极性还不高。

（三）长效管理机制没有跟上

一些小区改造完成后没有引入物业，设施损坏无人维修。

二、强化要素保障

（一）加强组织领导

领导小组办公室设在市住建局，负责日常调度。

（二）拓宽资金渠道

今年市财政安排城市更新专项资金5亿元，鼓励社会资本参与。
"""

COUNTY = """在全县教育工作会议上的讲话

一、存在的问题

对照群众期盼，我县教育还存在一些短板。

（一）学位供给仍然紧张

城区小学平均班额达到52人，大班额问题突出。

（二）教师队伍结构不优

乡村教师平均年龄49岁，音体美教师缺口120人。

二、重点任务

（一）扩大学位供给

新建城东小学，新增学位1800个。

（二）加强教师队伍建设

今年招聘教师200名，优先补充乡村学校。
"""


@pytest.mark.parametrize("text, question, wanted, unwanted", [
    (CITY, "资金方面有什么问题", "社会资本参与的积极性还不高", ["片区化推进的项目只占31%", "专项资金5亿元"]),
    (COUNTY, "教师方面存在哪些问题", "音体美教师缺口120人", ["大班额问题突出", "招聘教师200名"]),
])
def test_a_field_asked_of_the_problems_is_its_heading_among_them(ask_of, text, question, wanted, unwanted):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    assert wanted in answer.answer, answer.answer
    assert not any(u in answer.answer for u in unwanted), answer.answer
