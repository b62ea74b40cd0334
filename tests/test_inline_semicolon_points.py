"""A sentence that announces its points and lists them itself, one per "；" ("要把握好四条原则：坚持A，…；
坚持B，…；坚持C，…；坚持D，…。"): asked those points, the answer is that sentence, not the headings
that follow it in its part; "第三条是什么意思" is its third clause. Texts written here, three wordings;
an announcement whose points follow as paragraphs still reads them."""
from __future__ import annotations

import pytest

TEXTS = [
    ("""在全市城市更新工作会议上的讲话
三、聚焦重点任务，全力推动城市更新提质增效
在具体工作中，要把握好四条原则：坚持民生优先，先解决群众最急最忧最盼的问题；坚持规划引领，先有规划、后有项目；坚持政府引导、市场运作，让市场主体有合理回报；坚持群众参与，做到改不改、怎么改由群众商量着办。
（一）高质量推进老旧小区改造
今年新开工改造老旧小区286个。
（二）稳妥推进城中村改造
今年新开工城中村改造项目6个。
""", "要把握哪几条原则", "坚持政府引导、市场运作", "新开工改造老旧小区286个"),
    ("""在全县乡村振兴工作推进会上的讲话
二、突出重点，扎实推进各项工作
推进乡村振兴，要处理好三个关系：处理好产业发展与生态保护的关系，守住生态红线；处理好政府主导与农民主体的关系，调动农民积极性；处理好当前与长远的关系，防止急功近利。
（一）做强特色产业
全县新发展茶叶基地1.2万亩。
（二）建设宜居乡村
完成农村户厕改造3200户。
""", "要处理好哪几个关系", "处理好当前与长远的关系", "新发展茶叶基地1.2万亩"),
    ("""在全区安全生产工作会议上的讲话
二、压实责任，全力防范化解重大风险
抓好今年的安全生产工作，我提三点要求：一把手要亲自抓，每季度至少专题研究一次；分管领导要靠前抓，每月深入一线检查；各部门要协同抓，形成齐抓共管合力。
（一）深化重点行业领域专项整治
对全区危化品企业开展全覆盖检查。
（二）加强应急能力建设
年内建成区级应急物资储备库。
""", "提了哪几点要求", "各部门要协同抓", "危化品企业开展全覆盖检查"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, question, third, heading_body", TEXTS)
def test_the_points_are_the_sentences_own_clauses(ask_of, text, question, third, heading_body):
    ask = ask_of(text, "points")
    answer = ask(question)
    assert answer.answerable and third in answer.answer, answer.answer
    assert heading_body not in answer.answer and "（一）" not in answer.answer, answer.answer
    follow = ask("第三条是什么意思", [question])
    assert third in follow.answer and heading_body not in follow.answer, follow.answer


@pytest.mark.slow
def test_an_announcement_whose_points_follow_still_reads_them(ask_of):
    text = """在全县防汛工作会议上的讲话
一、做好汛前准备
我提三点要求：
一要压实责任，县级领导包乡镇。
二要排查隐患，6月底前完成水库巡查。
三要备足物资，补齐冲锋舟和救生衣。
"""
    answer = ask_of(text, "after")("提了哪三点要求")
    assert all(w in answer.answer for w in ("压实责任", "排查隐患", "备足物资")), answer.answer
