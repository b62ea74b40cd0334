"""Abstract things counted in one measure word are asked in another: "几处重大隐患" of "重大隐患2项",
"多少条问题" of "问题93个", "几件实事" of "10项民生实事", "几起事故" of "事故3件". The figure in a
measure word of the same kind answers; a figure of another kind (家, 元) still does not. Texts
written here: an inspection circular, a work report and a safety briefing."""
from __future__ import annotations

import pytest

from qa.measure import holds_measure

pytestmark = pytest.mark.slow

CIRCULAR = """关于全县燃气安全明察暗访情况的通报

各乡镇人民政府，县直有关单位：

11月中旬，县安委办组织对全县燃气经营和使用单位开展了明察暗访，共检查餐饮场所46家，发现问题隐患93项，其中重大隐患2项。

请各乡镇、各有关单位于12月10日前完成整改，整改情况报县安委办。
"""

REPORT = """2026年镇政府工作报告

过去一年，我们集中力量办成了10项民生实事，新建村级卫生室4个，改造农村公路38公里。

今年，我们将继续办好群众身边的小事，全年收集群众意见建议126个，逐一答复。
"""

BRIEFING = """在全区安全生产形势分析会上的讲话

今年前三季度，全区共发生一般生产安全事故3件，死亡2人，同比分别下降25%和33%。

下一步要盯紧建筑施工、道路运输等重点行业，坚决遏制较大事故。
"""


@pytest.mark.parametrize("clause, measure", [
    ("其中重大隐患2项", "处"), ("发现问题隐患93个", "条"), ("办成了10项民生实事", "件"),
    ("共发生一般生产安全事故3件", "起"), ("排查出风险点12处", "处"),
    ("每个县至少配备2台应急送水车", "辆"), ("购置新能源公交车40辆", "台"), ("配备移动式净水设备1套", "台"),
    ("新建污水处理厂3处", "座"), ("新建九年一贯制学校2座", "所"),
])
def test_a_figure_in_a_measure_word_of_the_same_kind_holds(clause, measure):
    assert holds_measure(clause, measure)


@pytest.mark.parametrize("clause, measure", [
    ("共检查餐饮场所46家", "处"), ("投入资金300万元", "条"), ("死亡2人", "起"), ("改造农村公路38公里", "件"),
    ("配备应急送水车的乡镇12个", "辆"), ("改造农村公路38公里", "座"), ("新增学位1200个", "台"),
    ("新增学位2400个", "所"), ("建成污水处理站12个", "座"),  # 个 counts anything: no building by it
])
def test_a_figure_of_another_kind_does_not(clause, measure):
    assert not holds_measure(clause, measure)


@pytest.mark.parametrize("text, question, figure", [
    (CIRCULAR, "发现了几处重大隐患", "重大隐患2项"),
    (CIRCULAR, "查出来多少条问题隐患", "93项"),
    (REPORT, "去年办了几件民生实事", "10项民生实事"),
    (REPORT, "收集了多少条群众意见", "126个"),
    (BRIEFING, "前三季度出了几起事故", "3件"),
])
def test_a_count_asked_in_another_measure_word_is_answered(ask_of, text, question, figure):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    assert figure in answer.answer
    assert answer.citations


@pytest.mark.parametrize("text, question", [
    (CIRCULAR, "罚没了多少起违法案件"),
    (BRIEFING, "查处了几处违法建筑"),
])
def test_a_count_the_text_does_not_give_is_still_declined(ask_of, text, question):
    answer = ask_of(text)(question)
    assert not answer.answerable, answer.answer
    assert not answer.citations


@pytest.mark.parametrize("question, subject", [
    ("罚没了多少起违法案件", "违法案件"), ("今年要建多少个村级卫生室", "村级卫生室"), ("重大隐患有几处", "重大隐患"),
])
def test_a_decline_names_the_noun_counted_not_the_verb(question, subject):
    from qa.asked import asked

    assert asked(question).subject == subject


@pytest.mark.parametrize("question, measure", [("今年GDP目标定多少", None), ("今年GDP目标是多少", None),
                                               ("去年GDP是多少", "money"), ("今年投资目标是多少", "money")])
def test_the_target_of_an_output_is_no_sum(question, measure):
    """"GDP目标是多少" is answered by its growth ("增长6%左右"), so it asks no sum in 元."""
    from qa.measure import measure_asked
    assert measure_asked(question) == measure


GROWTH_PLAN = """2025年县政府工作报告
各位代表：
一、2025年主要目标
全县经济社会发展主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。
二、重点工作
要抓好项目建设，全年实施重点项目120个。
"""


def test_an_output_target_told_as_growth_is_answered(ask_of):
    answer = ask_of(GROWTH_PLAN)("今年GDP目标定多少")
    assert answer.answerable and "6%左右" in answer.answer, answer.answer
