"""A question naming an item word for word is answered by that item, even when its topic word
(措施, 任务, 要求) names a heading of another part. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

pytestmark = pytest.mark.slow

OPINION = """青禾市人民政府关于加快发展社区养老服务的意见
一、重点任务
（一）扩大服务供给。一是建设街道综合养老服务中心，每个街道至少建成1个；二是完善社区老年助餐服务，以社区食堂为依托，为高龄独居老人提供送餐上门；三是健全农村互助养老网络，以村级幸福院为支点，组织低龄老人结对帮扶高龄老人。
（二）提升服务质量。推行养老机构等级评定，到2026年二级以上机构占比达到60%。
二、保障措施
（一）加强组织领导。各级政府要把社区养老服务纳入重要议事日程。
（二）加大资金投入。市财政每年安排社区养老专项资金8000万元。
（三）强化人才支撑。每年培训养老护理员2000人次。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    variant = assistant.variant(index=index_in_memory([parse_speech(OPINION, "opinion")], encoder))
    return variant.ask


@pytest.mark.parametrize("question, words", [
    ("健全农村互助养老网络有哪些措施?", "村级幸福院"),
    ("完善社区老年助餐服务有什么举措?", "社区食堂"),
    ("建设街道综合养老服务中心的措施是什么?", "至少建成1个"),
])
def test_an_item_named_word_for_word_answers_its_topic_question(ask, question, words):
    answer = ask(question)
    assert words in answer.answer, answer.answer
    assert "加强组织领导" not in answer.answer  # not the 保障措施 heading's list


def test_a_topic_question_naming_nothing_else_still_gets_the_heading(ask):
    answer = ask("意见提出了哪些保障措施?")
    assert "加强组织领导" in answer.answer and "加大资金投入" in answer.answer


PLAN = """石门区城镇燃气管道更新改造行动方案（2025—2027年）
一、总体要求
2025年至2027年，全区计划更新改造城镇燃气管道86公里，涉及居民1.9万户。其中，2025年改造30公里。
二、主要任务
（一）摸清底数。区住建局于2025年3月底前完成燃气管道普查建档。
"""


@pytest.mark.parametrize("question, words", [
    ("这个方案的改造目标是多少公里?", "86公里"),  # 目标 frames the figure; the text never says it
    ("燃气管道更新改造的总目标是多少公里?", "86公里"),
    ("每年培训养老护理员的目标是多少人次?", "2000人次"),
])
def test_a_figure_asked_as_a_target_is_answered_though_the_text_never_says_target(ask, assistant, encoder,
                                                                                  question, words):
    plan = assistant.variant(index=index_in_memory([parse_speech(PLAN, "plan")], encoder)).ask
    answer = (plan if "公里" in words else ask)(question)
    assert answer.answerable and words in answer.answer, answer.answer


REPLY = """对县政协第二十八号提案的答复
李明委员：
您提出的《关于加快农村公路养护体系建设的提案》收悉，现答复如下：
一、基本情况
全县农村公路总里程1860公里，列养率达到100%。
二、存在的问题
一是养护资金不足，每公里年均养护经费不到2000元；二是专业养护队伍薄弱，部分乡镇没有专职养护人员。
三、下一步措施
今年新建乡镇养护站6个，年底前实现农村公路养护网格化管理全覆盖。
"""


@pytest.mark.parametrize("question", ["农村公路养护体系建设存在哪些问题?", "农村公路养护方面还有哪些问题?"])
def test_the_subject_a_speech_opens_with_is_no_item(assistant, encoder, question):
    """The question shares a long run with the opening ("《关于加快农村公路养护体系建设的提案》
    收悉"), but that names what the whole text is about: the heading on problems answers."""
    reply = assistant.variant(index=index_in_memory([parse_speech(REPLY, "reply")], encoder)).ask(question)
    assert "养护资金不足" in reply.answer and "专业养护队伍薄弱" in reply.answer, reply.answer
