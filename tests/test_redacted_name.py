"""A name the text redacts ("成功引进_新能源电池项目") answers a question asking that name: the sentence
is quoted with the redaction notice, not declined as a name never given. A name never written is still
declined. A speech written here."""
from __future__ import annotations

import pytest

SPEECH = """在全区经济工作会议上的讲话
一、去年的成绩
成功引进_新能源电池项目，总投资达85亿元，是我区建区以来单体投资规模最大的制造业项目。
全年新增规上企业28家，建成省级研发平台3个。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["去年引进的单体投资最大的制造业项目叫什么", "投资最大的那个项目名字是什么"])
def test_a_redacted_name_is_quoted_with_its_notice(ask_of, question):
    a = ask_of(SPEECH)(question)
    assert a.answerable and "新能源电池项目" in a.answer, a.answer
    assert "redacted" in [n.kind for n in a.notices]


@pytest.mark.slow
def test_a_name_never_written_is_declined(ask_of):
    a = ask_of(SPEECH)("省级研发平台叫什么名字")
    assert not a.answerable, a.answer
