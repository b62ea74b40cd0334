"""A question that names its speech by its title's words ("全县经济工作会议讲话一共讲了几部分",
"…政策解读里补贴标准是多少") is asked as if without them: the name chooses the speech, and the rest
is what is asked. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.documents import without_naming_words

MEETING = """在全县经济工作会议上的讲话
同志们：
这次会议的主要任务是总结去年经济工作，部署今年任务。下面，我讲三点意见。
一、正视成绩和不足，准确把握经济形势
去年全县地区生产总值完成168.2亿元，增长6.1%。同时也要看到，工业转型慢、项目储备不足。
二、突出重点，全力抓好今年经济工作
今年要抓好项目建设，全年实施重点项目120个，完成投资95亿元。
三、转变作风，确保目标任务完成
各级领导干部要深入一线，每月至少两次到联系项目现场办公。
"""
POLICY = """《青川市支持新能源汽车消费若干措施》政策解读
一、出台《措施》的背景是什么
为进一步促进汽车消费，市商务局会同市财政局制定了《措施》。
二、哪些人可以申请补贴
在本市购买新能源乘用车并在本市上牌的个人消费者可以申请。
三、补贴标准是多少
购买价格10万元以上15万元以下的，每辆补贴3000元；15万元以上的，每辆补贴5000元。
四、怎样申请补贴
消费者通过“青川商务”公众号提交申请，审核通过后30个工作日内发放。
"""


@pytest.fixture(scope="module")
def alone(assistant, encoder):
    return {name: assistant.variant(index=index_in_memory([parse_speech(text, name)], encoder)).ask
            for name, text in (("meeting", MEETING), ("policy", POLICY))}


@pytest.fixture(scope="module")
def library(assistant, encoder):
    docs = [parse_speech(MEETING, "meeting"), parse_speech(POLICY, "policy")]
    return assistant.variant(index=index_in_memory(docs, encoder)).ask


@pytest.mark.parametrize("question", ["全县经济工作会议讲话一共讲了几部分", "在全县经济工作会议上的讲话分了几个部分",
                                      "经济工作会议上的讲话一共讲了几点"])
def test_the_parts_of_a_speech_named_by_its_title(alone, library, question):
    for ask in (alone["meeting"], library):
        a = ask(question)
        assert a.answerable, question
        assert "正视成绩和不足" in a.answer and "转变作风" in a.answer
        assert "3" in a.answer or "三" in a.answer


@pytest.mark.parametrize("question", ["新能源汽车消费政策解读里补贴标准是多少", "新能源汽车消费政策解读中的补贴标准是多少"])
def test_a_detail_of_a_speech_named_by_its_title(alone, library, question):
    for ask in (alone["policy"], library):
        a = ask(question)
        assert a.answerable and "3000元" in a.answer and "5000元" in a.answer, question


def test_the_question_as_asked_without_the_name_is_answered_the_same(alone):
    named = alone["meeting"]("全县经济工作会议讲话一共讲了几部分")
    plain = alone["meeting"]("讲话一共讲了几部分")
    assert [c.passage_id for c in named.citations] == [c.passage_id for c in plain.citations]


@pytest.mark.parametrize("text, plain", [(" 里补贴标准是多少", "补贴标准是多少"),
                                         ("补贴  中的标准是多少", "补贴 标准是多少"),
                                         (" 上的讲话一共讲了几部分", "讲话一共讲了几部分"),
                                         ("去年的 GDP", "去年的 GDP")])
def test_the_joining_particle_goes_with_the_name(text, plain):
    assert without_naming_words(text) == plain
