"""Asked for an example ("举了哪两个例子", "比如说哪些地方"), the answer gives the sentence that
gives one ("例如，…", "比如…"), not only the sentence the question's words found. Texts written here."""
from __future__ import annotations

import pytest

SPEECH = """在全市营商环境工作会议上的讲话
同志们：
今天召开会议，部署优化营商环境工作。
一、存在的问题
一些部门服务意识不强，办事推诿扯皮，企业反映强烈。比如，有的企业办理一个施工许可要跑五个部门，耗时两个多月。
二、发展布局
各县区要根据各自的资源禀赋，明确发展定位，形成特色鲜明的产业集群。例如，东山县重点发展茶叶精深加工，西河区重点发展临港物流。
三、典型经验
一些地方探索出了好的做法，值得推广。以南湖区为例，推行“一窗受理”后，平均办理时间缩短了60%。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("发展定位讲话举了哪两个例子", "茶叶精深加工"),
    ("办事推诿扯皮 比如说有什么表现", "跑五个部门"),
    ("推广好的做法，举了什么例子", "一窗受理"),
])
def test_the_sentence_giving_the_example_answers(ask_of, question, fact):
    answer = ask_of(SPEECH)(question)
    assert answer.answerable and fact in answer.answer, answer.answer
