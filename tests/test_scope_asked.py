"""A scope above the text's own asked of it ("全省养老机构入住率多少" of a county's survey): where the
text never speaks at that level (no 全省, 省里, 省委 or 省级 in it), its county figures are no answer
and the question is declined as asking beyond the text. A text that does speak at that level
keeps the question. Texts written here."""
from __future__ import annotations

import pytest

COUNTY_SURVEY = """关于某县农村互助养老情况的调研报告
为摸清全县农村互助养老底数，县民政局组成调研组，走访了全县12个乡镇。
一、基本情况
全县共有农村互助幸福院46所，床位920张，入住老人318人，平均入住率34.6%。
二、存在问题
一是运营经费不足，全县多数幸福院靠村集体勉强维持。二是服务人员短缺，护理员平均年龄超过60岁。
三、对策建议
建议县财政每年安排运营补助资金300万元，按入住人数拨付。
"""

TOWNSHIP_SPEECH = """在全镇秸秆禁烧工作会议上的讲话
同志们：
今年全镇小麦种植面积3.2万亩，秸秆综合利用率要达到95%以上。
各村要落实网格责任，村干部分片包干，发现火点30分钟内到场处置。
镇里拿出10万元设立奖补资金，对全年零火点的村每村奖励5000元。
"""

DISTRICT_WITH_CITY = """在全区招商引资工作推进会上的讲话
同志们：
上半年全区新签约项目28个，总投资156亿元，在全市排名第三。
市委、市政府对招商工作高度重视，全市今年的目标是新签约项目200个。
下半年全区要再签约项目20个以上。
"""


@pytest.mark.parametrize("text, question", [
    (COUNTY_SURVEY, "全省互助幸福院平均入住率是多少"),
    (COUNTY_SURVEY, "我省幸福院一共多少张床位"),
    (COUNTY_SURVEY, "省里给幸福院的运营补助有多少"),
    (TOWNSHIP_SPEECH, "全县小麦种了多少亩"),
    (TOWNSHIP_SPEECH, "全市秸秆综合利用率要达到多少"),
    (TOWNSHIP_SPEECH, "本县给零火点的村奖励多少"),
])
def test_a_scope_the_text_never_speaks_at_is_declined(ask_of, text, question):
    answer = ask_of(text)(question)
    assert not answer.answerable and not answer.citations, answer.answer


@pytest.mark.parametrize("text, question, fact", [
    (COUNTY_SURVEY, "全县幸福院平均入住率是多少", "34.6%"),
    (COUNTY_SURVEY, "幸福院入住率多少", "34.6%"),
    (TOWNSHIP_SPEECH, "全镇小麦种了多少亩", "3.2万亩"),
    (DISTRICT_WITH_CITY, "全市今年要新签约多少个项目", "200个"),  # the district's speech speaks of the city
    (DISTRICT_WITH_CITY, "上半年签约项目在全市排第几", "第三"),  # a field ranked in, not a scope
])
def test_the_texts_own_scope_or_one_it_speaks_at_is_answered(ask_of, text, question, fact):
    answer = ask_of(text)(question)
    assert answer.answerable and fact in answer.answer, answer.answer
