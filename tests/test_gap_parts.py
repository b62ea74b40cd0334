"""A part known only from the numbering around a gap ("三、" between 二 and a gap and 四) is said
to lie in the omitted text, with where the text breaks and what it goes on with; a sub-heading
the question names beats a run it shares with two parts. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

pytestmark = pytest.mark.slow

GAP_PART = """在全市交通强市建设推进会上的讲话

同志们：

一、充分认识建设交通强市的重要意义

交通是城市发展的先行官。我市地处两省交界，建设交通强市是发挥区位优势的关键一招。

二、准确把握交通强市建设的主要任务

（一）明确总体目标。到2028年，全市高速公路通车里程达到620公里，实现县县通高速。

（二）突出年度重点。今年全市计划新改建农村公路380公里，新开通城乡公交线路26条。
......（中间部分略去900字）......
四、强化交通强市建设的要素保障

（一）加大资金投入。市财政今年安排交通建设资金12亿元。

（二）保障建设用地。对重点交通项目用地实行应保尽保。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(GAP_PART, "traffic")], encoder)).ask


@pytest.mark.parametrize("question", ["讲话第三部分讲了什么内容？", "第三部分的标题是什么?", "What does the third part of the speech say?"])
def test_a_part_lost_in_a_gap_is_said_to_be_there(ask, question):
    answer = ask(question)
    assert "gap" in [n.kind for n in answer.notices]
    assert "900" in answer.answer
    assert "新开通城乡公交线路26条" in answer.answer  # the last words before the gap, cited
    assert "四、强化交通强市建设的要素保障" in answer.answer  # what the text goes on with
    assert "标题之后就被截断" not in answer.answer and "cut off right after its heading" not in answer.answer
    for c in answer.citations:
        assert c.quote in c.text


@pytest.mark.parametrize("question", ["今年交通强市建设的年度重点任务有哪些？", "交通强市建设今年的年度重点任务是什么"])
def test_a_sub_heading_named_beats_a_run_two_parts_share(ask, question):
    answer = ask(question)
    assert "380公里" in answer.answer, answer.answer
    assert "620公里" not in answer.answer.split("[1]")[0]


LIST_AFTER_GAP = """在全县文旅融合发展大会上的讲话

同志们：

一、近年来取得的成效

近年来，全县文旅产业发展势头良好，文旅融合走出了新路子。
……（以下省略800字，登录后查看全文）……
床位数达到4200张，形成了较为完善的旅游接待体系。

三是文旅品牌持续打响，成功举办三届乡村旅游节，全县旅游收入年均增长12%。

二、下一步重点工作

要加快建设全域旅游示范县。
"""


@pytest.fixture(scope="module")
def ask_gap_list(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(LIST_AFTER_GAP, "tour")], encoder)).ask


@pytest.mark.parametrize("question", ["取得成效的第一条是什么?", "第一项成效是什么？"])
def test_an_item_before_what_a_gap_shows_is_said_to_be_omitted(ask_gap_list, question):
    answer = ask_gap_list(question)
    assert "省略" in answer.answer and "第1项不在节选中" in answer.answer, answer.answer


def test_the_unmarked_text_before_a_marked_item_after_a_gap_is_the_item_before_it(ask_gap_list):
    answer = ask_gap_list("第二项成效是什么?")
    assert "床位数达到4200张" in answer.answer, answer.answer
    assert "三届乡村旅游节" not in answer.answer
