"""A run of the question that is the whole of one heading names that heading, not a longer heading
that only holds it (issue 9, class 2: heading words over the question's focus). A plan's
"二、重点任务" beside its attachment label "附件：重点任务分工表", a report's "三、保障措施" beside
"四、保障措施落实情况的督查": asked the short one, the answer is its list. Texts written here."""
from __future__ import annotations

import pytest

PLAN = """关于推进老旧小区改造的实施方案
一、工作目标
到2026年底，完成2000年以前建成的老旧小区改造120个，惠及居民1.8万户。
二、重点任务
（一）改造基础设施。更新供水、排水、供电管线，每个小区至少增设一处充电设施。
（二）完善公共服务。利用闲置用房建设养老托育设施，新增社区食堂15个。
（三）建立长效管理。改造完成的小区全部引入物业服务或实行居民自治管理。
三、保障措施
（一）加强统筹协调。县住建局牵头，每月召开一次调度会。
（二）落实资金来源。县财政安排改造资金8000万元，居民按每平方米10元标准出资。
附件：重点任务分工表
"""

REPORT = """在全市安全生产工作会议上的讲话
一、去年工作回顾
全年生产安全事故起数下降12%，死亡人数下降9%，未发生较大以上事故。
二、今年工作安排
1.开展隐患排查。重点行业领域每季度排查一次，建立隐患清单和整改清单。
2.强化执法检查。全年执法检查企业不少于800家次，对违法行为依法从严处罚。
三、保障措施
1.压实企业主体责任，企业主要负责人每月带队检查一次。
2.充实基层监管力量，每个乡镇配备专职安全监管员不少于3名。
四、保障措施落实情况的督查
市安委办每半年通报一次各地落实情况。
"""


@pytest.mark.parametrize("text,question,must,must_not", [
    (PLAN, "重点任务有哪些", ["改造基础设施", "完善公共服务", "建立长效管理"], ["分工表"]),
    (PLAN, "方案的重点任务是什么", ["改造基础设施", "建立长效管理"], ["分工表"]),
    (REPORT, "保障措施有哪些", ["压实企业主体责任", "充实基层监管力量"], ["每半年通报"]),
    (REPORT, "讲了哪几条保障措施", ["压实企业主体责任", "充实基层监管力量"], ["每半年通报"]),
])
def test_a_heading_named_whole_wins(ask_of, text, question, must, must_not):
    answer = ask_of(text)(question)
    assert answer.answerable
    for words in must:
        assert words in answer.answer, (question, answer.answer)
    for words in must_not:
        assert words not in answer.answer, (question, answer.answer)


def test_the_longer_heading_still_named_by_its_own_words(ask_of):
    answer = ask_of(REPORT)("落实情况的督查是怎么安排的")
    assert "每半年通报一次" in answer.answer
