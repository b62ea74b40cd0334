"""English questions choose their sentence by their Chinese terms, as Chinese ones do by their
words: the target asked (目标) under its heading, the beds asked rather than a sentence that only
shares the year. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

pytestmark = pytest.mark.slow

WATER_AND_CARE = """在全县民生工作会议上的讲话
同志们：
一、农村供水
（一）基本情况。截至去年底，全县农村自来水普及率达到91.5%，水质达标率达到90%。
（二）目标任务。到2025年底，全县农村自来水普及率达到97%，规模化供水覆盖农村人口比例达到80%。
县卫健局每季度开展一次水质抽检，确保水质达标率到2025年达到95%。
二、养老服务
今年全县新增养老床位300张，到2025年底养老床位总数达到2150张，护理型床位占比提高到55%。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    variant = assistant.variant(index=index_in_memory([parse_speech(WATER_AND_CARE, "county")], encoder))
    return variant.ask


@pytest.mark.parametrize("question", [
    "What is the county's target for rural tap water coverage?",
    "What goal is set for rural tap water coverage?",
])
def test_an_english_question_asking_a_target_gets_the_target(ask, question):
    text = ask(question).answer
    assert "97%" in text
    assert text.index("97%") < text.index("91.5%") if "91.5%" in text else True


@pytest.mark.parametrize("question", [
    "How many elderly care beds should the county have by the end of 2025?",
    "How many elderly care beds will there be in 2025?",
])
def test_an_english_figure_question_leads_with_its_own_sentence(ask, question):
    text = ask(question).answer
    assert "2150张" in text
    first = text.split("[1]")[0]
    assert "床位" in first, first  # not the water sentence that only shares the year


RAIN = """在全县防汛工作会议上的讲话
同志们：
今年汛期以来，全县累计降水量达到386毫米，较常年同期偏多两成。
从气象部门预测看，汛期后段我县降水仍将偏多，防汛形势复杂严峻。
"""


@pytest.mark.parametrize("question", [
    "How much rain has fallen since the flood season began?",
    "How much rain has fallen this flood season?",
])
def test_a_how_much_question_leads_with_the_sentence_holding_a_figure(assistant, encoder, question):
    """The forecast holds the question's terms (降水, 汛期) as well; the figure answers it."""
    answer = assistant.variant(index=index_in_memory([parse_speech(RAIN, "rain")], encoder)).ask(question)
    first = answer.answer.split("[1]")[0]
    assert "386毫米" in first, answer.answer


OPINION = """中共某某市委 某某市人民政府关于推进城乡融合发展的意见
（2024年3月1日）
为推进城乡融合发展，现提出如下意见。
一、总体要求
（一）基本原则
——坚持农民主体地位。尊重农民意愿，保障农民权益。
——坚持因地制宜。分类推进，不搞一刀切。
——坚持改革创新。破除妨碍城乡要素流动的体制机制障碍。
（二）主要目标
到2027年，城乡融合发展体制机制基本建立。到2035年，城乡基本公共服务均等化基本实现。
二、重点任务
推进县域内城乡公交一体化，建制村通客车率保持100%。
"""


@pytest.fixture(scope="module")
def ask_opinion(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(OPINION, "opinion")], encoder)).ask


@pytest.mark.parametrize("question", ["What are the basic principles?",
                                      "What basic principles does the document set out?"])
def test_an_english_question_naming_a_heading_by_its_terms_gets_its_list(ask_opinion, question):
    answer = ask_opinion(question)
    for principle in ("坚持农民主体地位", "坚持因地制宜", "坚持改革创新"):
        assert principle in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [("What should be achieved by 2035?", "均等化基本实现"),
                                                ("What is to be achieved by 2027?", "基本建立")])
def test_an_english_question_with_a_year_is_answered_from_that_year(ask_opinion, question, expected):
    answer = ask_opinion(question)
    assert answer.answerable and expected in answer.answer, answer.answer


def test_an_english_answer_calls_an_opinion_a_document(ask_opinion):
    assert "the speech" not in ask_opinion("What are the basic principles?").answer.lower()
    assert "the document" in ask_opinion("What is the weather like tomorrow?").answer


YEARS_EN = """2025年青溪县政府工作报告
各位代表：
一、2024年工作回顾
过去一年，全县经济恢复好于预期，全年地区生产总值增长5.2%，城镇新增就业5800人。
二、2025年重点工作
（一）扩大有效投资。全年实施重点项目110个。
（二）稳定财政收支。今年财政赤字率拟按2.8%左右安排。
（三）促进消费。开展促消费活动50场。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected, not_expected", [
    ("What is the deficit ratio planned for 2025?", "2.8%左右", "实施重点项目110个"),
    ("What was the county's GDP growth in 2024?", "5.2%", "城镇新增就业5800人。[2]"),
])
def test_an_english_figure_question_naming_a_years_part_gets_the_sentence(ask_of, question, expected, not_expected):
    answer = ask_of(YEARS_EN)(question)
    assert answer.answerable and expected in answer.answer and not_expected not in answer.answer, answer.answer
