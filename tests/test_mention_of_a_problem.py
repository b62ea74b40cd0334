"""Whether a text speaks of one thing, asked with 问题 after it ("有没有提到噪音的问题", "是否涉及停车难的
问题"): answered from where the text speaks of it, not with the text's list of problems. "有没有提到
存在的问题" still asks of the problems as such. Texts written here."""
from __future__ import annotations

import pytest

from qa.intent import detect_intent

ECOLOGY = """在全市生态环境保护工作会议上的讲话
同志们：
一、存在的问题
工作中还存在不少短板，主要有：
1. 大气污染防治压力较大。臭氧浓度不降反升。
2. 水环境质量不稳固。部分支流汛期水质波动明显。
3. 基层执法力量不足。执法人员数量不足、专业化水平不高。
二、面临的形势
群众对身边环境问题的投诉依然较多，其中噪声类投诉占比接近四成。
三、今年任务
加强商业街区噪声管控，年底前完成25个噪声自动监测点建设。老城区停车难要通过新建立体停车场缓解。
"""


@pytest.mark.parametrize("question", ["有没有提到噪声的问题", "讲话是否涉及停车难的问题？", "有无讲到臭氧的问题",
                                      "有没有提到噪音的短板"])
def test_a_mention_of_one_problem_asks_no_list(question):
    intent = detect_intent(question)
    assert intent.topic is None and not intent.wants_list, question


@pytest.mark.parametrize("question", ["有没有提到存在的问题", "是否讲到当前的突出问题", "存在哪些问题"])
def test_the_problems_as_such_are_still_the_problems(question):
    assert detect_intent(question).topic == "problems", question


@pytest.mark.slow
@pytest.mark.parametrize("question, said", [("有没有提到噪声的问题", "噪声"), ("有没有提到噪音的问题", "噪声"),
                                            ("讲话是否涉及停车难的问题", "停车难")])
def test_it_is_answered_from_where_the_text_speaks_of_it(ask_of, question, said):
    answer = ask_of(ECOLOGY)(question)
    assert answer.answerable and said in answer.answer, answer.answer
    assert "大气污染防治压力较大" not in answer.answer  # not the list of problems
