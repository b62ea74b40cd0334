"""A word of the present ("今天", "现在", "目前") says when, as a place says where: an off-topic question
carrying one ("今天股市怎么样") is declined though the speech opens "今天，我们召开…"; a question on the
speech's topic with one is answered as before. Texts written here."""
from __future__ import annotations

import pytest

SPEECH = """在全镇集体经济发展推进会上的讲话
同志们：
今天，我们召开全镇集体经济发展推进会，主要任务是总结去年工作，部署今年任务。
一、去年工作回顾
去年全镇村集体经济总收入达到812万元，同比增长21.3%。
二、存在的问题
目前，部分村集体经济增收渠道单一，过度依赖资源发包。
三、今年重点任务
今年要新建标准化厂房2万平方米，现在已完成选址。
（一）发展物业经济，盘活闲置村部和校舍，年内出租率达到八成。
（二）发展服务经济，鼓励村成立劳务合作社，承接小型工程。
（三）发展特色种养，扩大稻虾共作面积3000亩。
（四）推行强村带弱村，由6个强村分别结对帮扶薄弱村。
（五）规范财务管理，村级财务每季度公开一次。
（六）加强人才支撑，每村培养2名致富带头人。
（七）用好上级政策，积极争取扶持资金。
（八）强化考核激励，对增收快的村给予奖励。
（九）建立风险防控机制，严禁村级举债兴办企业。
（十）加强宣传引导，营造干事创业氛围。
四、保障措施
各村党支部书记是第一责任人，镇里每月调度一次进展。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["今天股市怎么样", "今天比赛怎么样", "今天外面冷不冷", "现在房价多少", "目前油价是多少"])
def test_an_off_topic_question_with_a_word_of_the_present_is_declined(ask_of, question):
    assert not ask_of(SPEECH)(question).answerable


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [("目前集体经济存在什么问题", "增收渠道单一"),
                                                ("现在集体经济收入多少", "812万元"),
                                                ("厂房现在选址了吗", "已完成选址")])
def test_a_question_on_the_topic_with_one_is_answered(ask_of, question, expected):
    answer = ask_of(SPEECH)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
