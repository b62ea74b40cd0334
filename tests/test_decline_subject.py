"""The subject a decline names is written as the question writes it: "未给出县长的…", not "县长叫的";
"茶博会", not "博会"; "园区总投资", not "投资"; the one word before its ask where the near words stand
apart ("大班额问题", not "问题解决")."""
from __future__ import annotations

import pytest

from qa.asked import asked


@pytest.mark.parametrize("question, subject", [("县长叫什么名字", "县长"), ("镇长叫啥名字", "镇长"),
                                               ("茶博会办的是第几届", "茶博会"), ("园区总投资多少钱", "园区总投资"),
                                               ("大班额问题什么时候解决", "大班额问题"), ("房价每平米多少钱", "房价每平米"),
                                               ("乡村医生每月补贴标准是多少?", "补贴标准")])
def test_the_subject_as_the_question_writes_it(question, subject):
    assert asked(question).subject == subject


TEXT = """在全县春耕生产工作会议上的讲话
今年全县计划播种粮食85万亩，其中小麦40万亩。
县农业农村局要组织技术人员下乡指导。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, named", [("县长叫什么名字", "县长的"), ("县委书记叫什么", "县委书记的")])
def test_a_decline_names_the_person_asked(ask_of, question, named):
    a = ask_of(TEXT)(question)
    assert not a.answerable and named in a.answer and "叫的" not in a.answer, a.answer


@pytest.mark.parametrize("question, not_subject", [("2025年乡村振兴要达到什么目标", "年乡村振兴")])
def test_a_date_is_no_part_of_the_subject(question, not_subject):
    assert asked(question).subject != not_subject
