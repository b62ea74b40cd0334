"""Why-questions in spoken shapes: "为什么说咱们县非推进X不可，讲了哪些理由", "推进X有哪些理由",
"咱县为啥非得搞X". They ask why the subject matters, as "为什么要推进X" does: the answer is the
part on why it matters (its 势在必行 sentence), not a later part whose heading shares the
subject (…形成推进X的强大合力) and whose points are tasks. Texts written here."""
from __future__ import annotations

import pytest

from qa.everyday_words import official_words

MUST = """目录/提纲：……
一、深刻认识数字乡村建设的重大意义，增强推进工作的紧迫感
二、当前数字乡村建设的主要任务
（一）完善乡村信息基础设施
（二）发展农村电子商务
三、凝聚各方力量，形成推进数字乡村建设的强大合力
（一）加强组织领导
（二）强化资金保障
（三）营造良好氛围
……
在全县数字乡村建设推进会上的讲话
同志们：
今天召开全县数字乡村建设推进会，我讲三点意见。
一、深刻认识数字乡村建设的重大意义，增强推进工作的紧迫感
数字乡村建设是乡村振兴的战略方向，是缩小城乡数字鸿沟的关键一招。我县作为全市农业大县，推进数字乡村建设更是势在必行。一方面，农产品销售长期依赖中间商，农民增收空间受到挤压；另一方面，乡村治理手段落后，群众办事往返奔波。
二、当前数字乡村建设的主要任务
（一）完善乡村信息基础设施
年内新建5G基站120个，实现行政村光纤全覆盖。
（二）发展农村电子商务
培育电商示范村15个，农产品 ……(未完，全文共6200字，当前仅显示820字，请阅读下面提示信息。
"""

HARBOUR = """在全市港口物流发展大会上的讲话
同志们：
一、深刻认识港口物流的重要地位，增强工作的紧迫性
当前周边港口竞争日趋激烈，货源分流明显。我市发展港口物流刻不容缓。一方面，集装箱吞吐量连续两年下滑；另一方面，临港产业配套不足，企业物流成本居高不下。
二、下一步重点工作
（一）拓展集装箱航线。新开通内贸航线4条。
（二）建设多式联运枢纽。
三、强化保障，合力推进港口物流发展
（一）健全工作机制
（二）加大要素保障
"""


@pytest.mark.parametrize("text, words", [
    ("为什么说咱们市非推进产业升级不可", ["我市", "势在必行"]), ("咱县为啥非得修这条路", ["我县", "必须"]),
    ("这件事咱们区为什么不得不做", ["我区", "刻不容缓"]), ("对咱镇来说为啥非干不可", ["我镇", "迫在眉睫"]),
])
def test_spoken_own_place_and_necessity_give_the_texts_words(text, words):
    assert all(w in official_words(text) for w in words), official_words(text)


@pytest.mark.parametrize("text", ["并非不可能", "这事非常不可思议", "是非不可不辨", "咱们一起来看"])
def test_what_only_looks_like_necessity_gives_nothing(text):
    assert not {"势在必行", "我市"} & set(official_words(text))


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said, not_said", [
    (MUST, "为什么说咱们县非推进数字乡村建设不可，讲了哪些理由", "势在必行", "加强组织领导"),
    (MUST, "推进数字乡村建设有哪些理由?", "势在必行", "加强组织领导"),
    (MUST, "为什么说我县推进数字乡村建设势在必行，讲了哪些理由", "依赖中间商", "加强组织领导"),
    (HARBOUR, "为啥说咱们市非发展港口物流不可，有哪些理由", "刻不容缓", "健全工作机制"),
    (HARBOUR, "发展港口物流有哪些理由", "吞吐量连续两年下滑", "加大要素保障"),
])
def test_a_spoken_why_question_gets_the_part_on_why(ask_of, text, question, said, not_said):
    answer = ask_of(text, "why")(question)
    assert answer.answerable and said in answer.answer and not_said not in answer.answer, answer.answer


# A speech whose part on why comes before parts that share its subject's words (the problems'
# 机制, the tasks' 城乡融合发展规划): asked how the speech argues why, that part answers.
MERGE = """在全市城乡融合发展推进会议上的讲话
同志们：
今天召开全市城乡融合发展推进会议，主要任务是分析形势、部署工作。下面，我讲三点意见。
一、深刻认识城乡融合发展的重大意义，增强推进工作的责任感
城乡融合发展是破解城乡二元结构的根本途径，是实现共同富裕的必然要求，对于畅通要素流动、扩大内需、缩小收入差距具有十分重要的作用。近年来，随着新型城镇化的深入推进，城乡融合已成为解决农村发展不充分问题的关键一招。
我市作为全省农业大市，推进城乡融合发展更是刻不容缓。一方面，农村人口持续外流，留守老人比例逐年上升；另一方面，城乡公共服务差距较大，农村学校、卫生室条件相对落后。
二、正视我市城乡融合发展存在的问题
一是要素流动不畅。城乡土地、资金、人才等要素双向流动的渠道还不通畅。
二是协调机制不健全，缺乏有效的统筹推进机制。部门之间职责不清，存在推诿扯皮现象，政策落实效率不高。
三、明确下一阶段城乡融合发展的重点任务
（一）推进城乡规划一体化。编制全市城乡融合发展规划，统筹城乡空间布局。
（二）推进基础设施一体化。实施农村公路提档升级工程，新改建农村公路300公里。
（三）推进公共服务均等化。推动优质教育医疗资源向农村延伸。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "从宏观层面看，讲话是怎么论证推进城乡融合的意义的",
    "报告是怎样论述推进城乡融合的必要性的",
    "从全局角度来看，讲话如何阐明城乡融合发展的重要性",
])
def test_how_the_speech_argues_why_gets_the_part_on_why(ask_of, question):
    """"讲话是怎么论证X的意义的" asks why X matters, framed as how the speech argues it."""
    answer = ask_of(MERGE, "why")(question)
    assert answer.answerable and "刻不容缓" in answer.answer and "破解城乡二元结构" in answer.answer, answer.answer
    assert "统筹城乡空间布局" not in answer.answer, answer.answer
