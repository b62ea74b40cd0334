"""A sentence quoted from inside a numbered item comes with the item's lead, which names the point.

Asked "园区和城区脱节怎么解决", the closest sentences are the item's details ("要将园区规划纳入
城镇总体规划…"); the measure's own name is the item's first sentence ("三是…推动“园镇一体化”发展。").
Texts written here, in three list styles (一是, 其一, 首先)."""
from __future__ import annotations

import pytest

SPEECH_YISHI = """在全县城乡建设工作会议上的讲话
同志们：
今天召开会议，部署城乡建设工作。
一、重点任务
一是推动“路网提质”工程。要按照“干线成网、支线通畅”的思路，打通县城与各乡镇之间的断头路，力争每个乡镇都有两条以上对外通道。同时，要加密城乡公交线路，让群众出行更方便。
二是实施“园镇一体化”行动。要把工业园区的规划建设纳入城镇总体规划，实现园区与城镇在道路、供水、供电等基础设施方面的共建共享。同时，要在园区周边配套建设居住社区和商业网点，让职工工作在园区、生活在城镇。
三是开展“老旧小区焕新”计划。要对2000年以前建成的老旧小区逐一摸底，加装电梯、改造管网，今年完成改造小区40个。
"""

SPEECH_QIYI = """在全市文化旅游工作会议上的讲话
同志们：
今年文旅工作，重点抓好两件事。
其一，打造“一河两岸”文旅廊道。要沿河布局滨水步道、夜游码头和文化街区，把沿岸的老厂房改造成文创空间。同时，要把两岸的历史建筑串成一条游线，让游客白天看景、晚上看戏。
其二，培育“非遗工坊”品牌。要支持传承人开设工坊，带动周边群众就业，每个县区至少建成三家。
"""

SPEECH_SHOUXIAN = """在全区基层治理工作推进会上的讲话
同志们：
抓好基层治理，要做好三件事。
首先，推行“网格吹哨、部门报到”机制。对网格员上报的问题，相关部门要在24小时内到场处置，处置结果要向群众公开。同时，要把处置时效纳入部门年度考核。
其次，建好“红色物业”。要推动社区党组织牵头成立物业服务企业，解决老旧小区无人管的问题。
"""


@pytest.mark.slow
@pytest.mark.parametrize("speech, question, lead_words", [
    (SPEECH_YISHI, "工业园区和城镇脱节的问题怎么解决", "园镇一体化"),
    (SPEECH_YISHI, "乡镇之间断头路怎么办", "路网提质"),
    (SPEECH_QIYI, "沿河的老厂房打算怎么用", "一河两岸"),
    (SPEECH_SHOUXIAN, "群众反映的问题部门多长时间内要到场", "网格吹哨、部门报到"),
])
def test_details_come_with_the_lead_of_their_item(ask_of, speech, question, lead_words):
    answer = ask_of(speech)(question)
    assert answer.answerable and lead_words in answer.answer, answer.answer
