"""A sentence that only says who does an item's work, its subject left out ("省市场监管局牵头，省司法厅
配合。", "市发展改革委、市财政局按职责分工负责。"): asked who leads that item, it answers; the item's
heading and body are what it is about. Texts written here, three wordings."""
from __future__ import annotations

import re

import pytest

from qa.fact_check import BARE_RESPONSIBLE

TEXTS = [
    ("""在全省优化营商环境大会上的讲话
一、着力打造公平竞争的市场环境
1.清理妨碍公平竞争的政策措施
对现行涉企政策开展全面清理，重点纠正地方保护、指定交易等问题，6月底前完成存量政策清理。省市场监管局牵头，省司法厅配合。
2.规范招标投标市场秩序
全面推行远程异地评标，严厉打击围标串标行为。省发展改革委牵头，省住房城乡建设厅配合。
""", "清理妨碍公平竞争的政策措施谁牵头", "省市场监管局", "省发展改革委"),
    ("""在全市城市管理工作会议上的讲话
一、重点任务
（一）整治占道经营
对主次干道两侧占道经营开展集中整治，年底前实现主干道“零占道”。市城管局牵头，各区政府配合。
（二）推进垃圾分类
新建垃圾分类收集点300个，居民小区覆盖率达到90%。市住建局、市生态环境局按职责分工负责。
""", "整治占道经营是哪个部门牵头", "市城管局", "市住建局"),
    ("""在全县春季农业生产工作会议上的讲话
三、抓好三项重点工作
1.稳定粮食播种面积
全县粮食播种面积稳定在45万亩以上，各乡镇要把任务分解到村。县农业农村局牵头，各乡镇具体负责。
2.做好农资保供稳价
加强化肥、种子市场监管，严厉打击假冒伪劣农资。县市场监管局牵头，县供销社配合。
""", "稳定粮食播种面积由谁牵头", "县农业农村局", "县市场监管局"),
]


@pytest.mark.parametrize("sentence, bare", [
    ("省市场监管局牵头，省司法厅配合。", True), ("市住建局、市生态环境局按职责分工负责。", True),
    ("由县农业农村局牵头，各乡镇配合。", True), ("县农业农村局要加强技术指导。", False),
    ("对涉企政策开展全面清理，省市场监管局牵头。", False),
])
def test_a_sentence_of_who_alone(sentence, bare):
    assert bool(BARE_RESPONSIBLE.match(sentence)) is bare


@pytest.mark.slow
@pytest.mark.parametrize("text, question, lead, other", TEXTS)
def test_who_leads_an_item_is_its_bare_sentence(ask_of, text, question, lead, other):
    answer = ask_of(text, "items")(question)
    assert answer.answerable and lead in answer.answer, answer.answer
    assert other not in answer.answer and not re.search("未给出", answer.answer)
