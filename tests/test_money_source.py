"""Asked where money comes from ("钱从哪来", "资金来源", "谁出钱", "经费怎么筹"), the answer holds the
sentence naming a source (what is sought or raised, from whom, who pays), not only sentences on how
much is planned (issue 9, class 2: the asked detail over the passage's other sentences). Texts written here."""
from __future__ import annotations

import pytest

from qa.sentence_cues import SOURCE_ASKED, SOURCE_CUE

PROJECTS = """在全县重点项目建设推进会上的讲话
一、目标任务
项目是发展的生命线。今年全县安排重点项目96个，年度计划投资85亿元，其中新开工项目40个。
各项目单位要倒排工期，确保按期开工。一是优化审批服务，推行容缺受理和并联审批，项目审批时限压缩三分之一。
二是强化要素保障，全年计划供应建设用地2600亩，积极争取超长期特别国债和地方政府专项债券支持。
二、工作要求
县发展改革局要每月调度一次进度，对滞后项目挂牌督办。
"""

VILLAGE = """关于推进农村生活污水治理的实施方案
一、总体目标
到2027年，全县农村生活污水治理率达到60%以上，基本消除较大面积农村黑臭水体。
二、建设任务
今年完成32个村的生活污水治理，建设集中处理设施18座，铺设污水管网46公里。
靠近城镇的村庄优先纳入城镇污水管网，居住分散的村庄采用小型生态处理设施。
设施建成后由乡镇负责日常运维，县生态环境分局每季度抽检一次出水水质。
三、资金保障
污水治理项目资金实行多元投入。县财政按照每村40万元的标准给予补助，不足部分由乡镇自筹解决。
鼓励村集体经济组织和社会资本参与设施运维，运维费用纳入县级财政预算。
四、组织实施
各乡镇要成立工作专班，6月底前完成设计招标，11月底前全部建成。
"""


@pytest.mark.parametrize("question", ["搞项目的钱从哪来", "资金来源有哪些", "这事谁出钱", "经费怎么筹",
                                      "钱打哪儿来"])
def test_questions_asking_a_source(question):
    assert SOURCE_ASKED.search(question)


@pytest.mark.parametrize("question", ["今年计划投资多少", "钱花在哪了", "资金使用有什么要求"])
def test_questions_asking_no_source(question):
    assert not SOURCE_ASKED.search(question)


def test_sentences_naming_a_source():
    assert SOURCE_CUE.search("积极争取超长期特别国债和地方政府专项债券支持")
    assert SOURCE_CUE.search("不足部分由乡镇自筹解决")
    assert not SOURCE_CUE.search("年度计划投资85亿元，其中新开工项目40个")


@pytest.mark.slow
@pytest.mark.parametrize("text, question, shown", [
    (PROJECTS, "搞项目的钱从哪来", "专项债券"),
    (PROJECTS, "重点项目资金从哪里来", "超长期特别国债"),
    (VILLAGE, "村里污水治理的钱从哪来", "自筹"),
    (VILLAGE, "污水治理资金来源有哪些", "每村40万元"),
])
def test_the_answer_names_the_source(ask_of, text, question, shown):
    answer = ask_of(text)(question)
    assert answer.answerable and shown in answer.answer, answer.answer
