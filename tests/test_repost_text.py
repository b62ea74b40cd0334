"""A speech reposted by a public account and copied out of the phone as text: the account's name and
an editor's note (编者按) above the title, parts numbered "01" / "PART 02" on lines of their own over
unnumbered titles, a figure blanked as "**". The title is the speech's, the number lines are no
passages, the parts are counted in order, and the blank is found. Texts written here."""
from __future__ import annotations

import pytest

from index.blanks import find_blanks
from index.parser import parse_speech
from index.store import index_in_memory


def repost(number: str, account: str = "青溪发布") -> str:
    """The repost as the phone copies it: a blank line between paragraphs."""
    return _REPOST.format(number=number.format(1), number2=number.format(2), number3=number.format(3),
                          account=account).replace("\n", "\n\n")


_REPOST = """点击上方蓝字 关注我们
{account}
原创 {account} 2025-04-02 08:00 发表于浙江
编者按：4月1日，全县招商引资工作会议召开。县委书记出席会议并讲话，现将讲话全文刊发，供学习贯彻。
在全县招商引资工作会议上的讲话
县委书记 方某某
（2025年4月1日）
同志们：
今天召开这次会议，主要任务是总结去年招商工作，部署今年任务。下面，我讲三个方面的意见。
{number}
认清形势 坚定招商信心
去年全县新签约亿元以上项目46个，协议引资218亿元，新增市场主体**户，增长9.5%。
{number2}
正视问题 补齐招商短板
一是大项目偏少，10亿元以上项目只有3个。二是落地率不高，签约项目开工率只有61%。
{number3}
突出重点 全力攻坚项目
今年要新签约亿元以上项目50个以上，县投资促进中心牵头，6月底前完成产业链招商图谱。
"""


@pytest.mark.parametrize("number", ["0{}", "PART 0{}", "{}"])
def test_the_title_is_the_speech_not_the_account_and_number_lines_are_no_passages(number):
    doc = parse_speech(repost(number), "repost")
    assert doc.title == "在全县招商引资工作会议上的讲话"
    assert [n.title for n in doc.outline] == ["认清形势 坚定招商信心", "正视问题 补齐招商短板", "突出重点 全力攻坚项目"]
    assert not any(p.text.strip() in ("01", "02", "03", "PART 01", "PART 02", "1", "2", "3") for p in doc.passages)


@pytest.mark.parametrize("text,blanked", [
    ("全年新增市场主体**户，增长9.5%。", "**"),
    ("总投资**亿元的项目年内开工。", "**"),
])
def test_a_double_star_between_a_word_and_its_unit_is_a_blank(text, blanked):
    blanks = find_blanks(text, [(0, len(text))])
    assert [text[b.start:b.end] for b in blanks] == [blanked]


@pytest.mark.parametrize("text", ["要**加强组织领导**，确保各项任务落地。", "**人才工作**要抓紧。"])
def test_a_bold_run_is_no_blank(text):
    assert find_blanks(text, [(0, len(text))]) == []


@pytest.mark.slow
@pytest.mark.parametrize("question,expected", [("第二部分讲的什么", "正视问题 补齐招商短板"),
                                               ("讲话的第三部分说了啥", "突出重点 全力攻坚项目")])
def test_a_part_asked_by_its_number_is_named_by_its_heading(assistant, encoder, question, expected):
    variant = assistant.variant(index=index_in_memory([parse_speech(repost("0{}"), "repost")], encoder))
    answer = variant.ask(question, [])
    assert answer.answerable and expected in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["一共讲了几个方面", "总共讲了哪几个方面？"])
def test_how_many_aspects_asked_alone_is_the_speech_s_own_parts(assistant, encoder, question):
    variant = assistant.variant(index=index_in_memory([parse_speech(repost("0{}"), "repost")], encoder))
    answer = variant.ask(question, [])
    assert answer.answerable and "三个方面" in answer.answer and "认清形势 坚定招商信心" in answer.answer
