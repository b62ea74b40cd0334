"""A frequency answers "多久…一次": "每半月开展一次督查", "每旬调度一次", "每两周通报一次", as
"每季度" and "每半年" did. Texts written here."""
from __future__ import annotations

import pytest

from qa.fact_check import holds_fact

SPEECH = """在全县安全生产工作会议上的讲话
一、过去一年工作回顾
全年共组织安全检查62次，排查整改隐患430处。
二、今年重点工作
县安委办要每半月开展一次暗访督查。防汛指挥部每旬调度一次水情。
县应急管理局每两周通报一次隐患整改进度。各乡镇每半个月上报一次巡查台账。
"""


@pytest.mark.parametrize("clause", ["县安委办要每半月开展一次暗访督查", "每旬调度一次水情", "每两周通报一次",
                                    "每半个月上报一次巡查台账", "每两个星期检查一次"])
def test_a_frequency_is_a_time_fact(clause):
    assert holds_fact(clause, "date")


@pytest.mark.parametrize("clause", ["全年共组织安全检查62次", "排查整改隐患430处"])
def test_a_count_is_no_frequency(clause):
    assert not holds_fact(clause, "date")


@pytest.mark.slow
@pytest.mark.parametrize("question, said", [("暗访督查多久搞一次", "每半月"), ("水情多长时间调度一次", "每旬"),
                                            ("隐患整改进度多久通报一次", "每两周")])
def test_how_often_is_answered(ask_of, question, said):
    a = ask_of(SPEECH, "safety")(question)
    assert a.answerable and said in a.answer
