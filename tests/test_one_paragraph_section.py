"""A section of one short paragraph, asked what it sets out ("生态补偿机制这块有哪些安排"), is quoted whole:
its five measures, not the two sentences nearest the question. Texts written here."""
from __future__ import annotations

import pytest

OPINION = """关于推进生态文明建设的实施意见
一、总体要求
坚持绿水青山就是金山银山理念，推动绿色发展。
二、重点任务
（一）加强水污染防治
全面推行河长制，完成12条黑臭水体整治。
（二）完善生态补偿机制
落实重点生态功能区转移支付制度。鼓励在重点生态区位推行商品林赎买。健全流域上下游横向补偿机制。建立禁渔期渔民补助制度。推行生态护林员以工代赈做法。
（三）推进绿色低碳转型
新建分布式光伏项目50个。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["生态补偿机制这块有哪些安排", "完善生态补偿机制这部分讲了什么"])
def test_a_short_paragraph_is_quoted_whole(ask_of, question):
    answer = ask_of(OPINION)(question)
    for measure in ("转移支付", "商品林赎买", "横向补偿", "禁渔期", "以工代赈"):
        assert measure in answer.answer, (measure, answer.answer)


SUPPORT = """在全县项目建设推进大会上的讲话
一、强化要素保障
各部门要全力为项目建设提供要素支撑。在用地保障上，县自然资源局牵头，全年争取新增建设用地指标1500亩。在资金保障上，县财政局牵头，全年争取专项债券资金12亿元。在用工保障上，县人社局牵头，全年组织招聘会40场以上。
二、强化调度督办
各部门每月报送项目推进情况，对进度滞后的项目要说明原因、提出措施。
"""


@pytest.mark.slow
def test_a_clause_of_the_paragraph_named_is_not_the_whole(ask_of):
    answer = ask_of(SUPPORT)("用工保障方面有什么措施")
    assert "招聘会40场" in answer.answer and "建设用地指标" not in answer.answer, answer.answer
