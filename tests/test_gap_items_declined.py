"""An item known only from the numbering around a gap ("13." between 12. and a gap and 16.) is
not in the text: asked by its number, the answer declines (no citations) with the gap notice,
says where the item would stand and what the text goes on with. An item the text shows is still
answered. Texts written here, in two numbering schemes (1./2. through the parts, and 第一，/第二，)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

NUMBERED_POINTS = """关于印发《2026年全县农业农村工作要点》的通知

各乡镇人民政府，县直有关部门：

现将《2026年全县农业农村工作要点》印发给你们，请认真贯彻落实。

一、稳定粮食生产

1.稳定播种面积。全年粮食播种面积稳定在48万亩以上，其中大豆扩种到5万亩。（责任单位：县农业农村局）

2.建设高标准农田。新建高标准农田2.6万亩，亩均投入不低于3000元。（责任单位：县农业农村局、县财政局）

3.强化农技服务。组建春耕服务队30支，开展技术培训100场次。（责任单位：县农技中心）

二、发展乡村产业

4.壮大特色种养。新建标准化养殖场6个，培育茶叶、中药材特色基地3个。（责任单位：县畜牧中心）
……（中间内容略）……
7.培育经营主体。新培育家庭农场40家、农民合作社示范社12家。（责任单位：县农业农村局）

三、建设宜居乡村

8.推进厕所改造。完成农村户厕改造1800户，6月底前全部验收。（责任单位：县农业农村局）
"""

POINT_LINES = """在全镇经济工作会议上的讲话

同志们：

一、正视存在的问题

在看到成绩的同时，我们也要清醒看到存在的不足，主要是：
第一，工业总量偏小。全镇规上工业企业只有14家，产值过亿元的仅2家。
第二，项目储备不足。亿元以上在谈项目仅3个，有的签约一年还没开工。
（此处有删节）
第四，民生欠账较多。镇卫生院床位缺口约60张，养老服务供给不足。

二、抓好今年重点工作

今年要重点抓好招商引资，全年引进亿元以上项目5个。
"""


@pytest.fixture(scope="module")
def ask_points(ask_of):
    return ask_of(NUMBERED_POINTS, "farm_points")


@pytest.fixture(scope="module")
def ask_lines(ask_of):
    return ask_of(POINT_LINES, "town_review")


@pytest.mark.parametrize("question", ["第5条讲的什么内容", "第6条的责任单位是谁", "第二部分第二条是啥"])
def test_an_item_the_gap_took_is_declined_with_the_gap_notice(ask_points, question):
    answer = ask_points(question)
    assert not answer.answerable, answer.answer
    assert answer.citations == [] and "[1]" not in answer.answer
    assert "gap" in [n.kind for n in answer.notices]
    assert "不在节选中" in answer.answer
    assert "7.培育经营主体" in answer.answer  # what the text goes on with


def test_an_item_the_text_shows_is_still_answered(ask_points):
    answer = ask_points("第4条讲的什么内容")
    assert answer.answerable and answer.citations
    assert "标准化养殖场6个" in answer.answer


@pytest.mark.parametrize("question", ["存在的不足里第三条是什么", "第三个问题是什么", "What is the third shortcoming?"])
def test_a_point_of_its_own_line_the_gap_took_is_declined(ask_lines, question):
    answer = ask_lines(question)
    assert not answer.answerable, answer.answer
    assert answer.citations == []
    assert "gap" in [n.kind for n in answer.notices]
    assert "第四，民生欠账较多" in answer.answer  # what the text goes on with


def test_a_point_of_its_own_line_the_text_shows_is_still_answered(ask_lines):
    answer = ask_lines("存在的不足里第二条是什么")
    assert answer.answerable and "项目储备不足" in answer.answer


@pytest.mark.parametrize("lang, said, not_said", [("zh", "省略的部分中", "正文在此处中断"),
                                                  ("en", "omitted part", "breaks off")])
def test_the_bare_number_of_a_point_the_gap_took_is_quoted_as_lost_not_as_cut(assistant, encoder, lang, said,
                                                                                not_said):
    from index.parser import parse_speech
    from index.store import index_in_memory
    from qa.citations import CitationBuilder

    index = index_in_memory([parse_speech(POINT_LINES, "town_review")], encoder)
    answerer = assistant.variant(index=index)._state.answerer
    row = next(r for r, p in enumerate(index.passages) if p.text.strip() == "第三，")
    quoted = answerer._quote(index.sentences_of(row)[0], CitationBuilder(index), lang)
    assert said in quoted and not_said not in quoted, quoted
