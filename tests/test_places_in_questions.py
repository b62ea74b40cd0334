"""A place named beside what is asked says where, not what: "明天青屿天气怎么样" asks about the
weather, which a speech on old housing never gives, though it names 青屿市 on every page. Texts
written here."""
from __future__ import annotations

import pytest

SPEECH = """在全市城市更新工作会议上的讲话
同志们：
今天召开会议，部署全市城市更新和老旧小区改造工作。
一、去年的成绩
去年新开工改造城镇老旧小区312个，涉及居民4.86万户，加装电梯527部。
市政府印发《{city}城市更新三年行动方案》，配套出台规划、土地、财税等政策文件14个。
完成城市燃气老化管道更新改造120公里，新建和改造供水管网86公里。
整治背街小巷210条，新增公共停车泊位1.2万个，建成口袋公园45个。
二、存在的问题
一是资金筹措渠道单一，社会资本参与不足；二是部分项目前期工作滞后，开工进度不快；三是居民参与机制还不健全。
三、今年的任务
今年计划改造老旧小区260个，年底前全部开工，市住建局牵头，各区政府负责落实。
推进片区化改造，统筹配建养老、托育、停车、充电等设施，完善一刻钟便民生活圈。
实施城市生命线安全工程，完成易涝积水点整治30处，汛期前全部完工。
四、保障措施
市财政安排城市更新专项资金12亿元，支持各区加快改造进度。
建立月调度、季通报制度，考核结果与资金分配挂钩。
同志们，城市更新事关群众切身利益，让我们为建设宜居韧性智慧的现代化{city}作出新的更大贡献！
"""


@pytest.mark.slow
@pytest.mark.parametrize("city, question", [
    ("青屿市", "明天青屿天气怎么样"), ("青屿市", "青屿明天会下雨吗"), ("澜州市", "澜州周末气温多少度"),
    ("临江县", "临江县的房价现在多少钱一平"),
])
def test_the_speechs_own_place_beside_an_unknown_topic_is_declined(ask_of, city, question):
    answer = ask_of(SPEECH.format(city=city))(question)
    assert not answer.answerable, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("city, question, fact", [
    ("青屿市", "青屿去年改造了多少个老旧小区", "312个"), ("澜州市", "澜州今年要改多少个小区", "260个"),
    ("临江县", "临江县城市更新专项资金有多少", "12亿元"),
])
def test_a_question_naming_the_place_and_a_topic_of_the_speech_is_answered(ask_of, city, question, fact):
    answer = ask_of(SPEECH.format(city=city))(question)
    assert answer.answerable and fact in answer.answer, answer.answer
