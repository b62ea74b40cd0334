"""Points that nothing numbers: a page dropped the "- " or "•" before each, and what is left is
paragraphs that end in a semicolon, the last in a full stop. They are the section's points; the
paragraph that announces them and the one that comments after ("这些问题，…") are not. A
follow-up on one of them ("第二条呢", "最后一条呢") gets that point, not the whole section
(issue 9, classes 1 and 5). Texts written here."""
from __future__ import annotations

import pytest

from qa.compose import section_items

TOWN = """在全镇人居环境整治推进会上的讲话
一、成绩和问题
（一）主要成绩
去年全镇完成改厕1200户，新建污水管网18公里。
（二）存在的问题
对照群众期盼，我们的工作还有不少差距。主要表现在：
村庄保洁还不够到位，部分村背街小巷垃圾清运不及时；
改厕后续管护跟不上，有的户厕建成后无人维修；
资金投入渠道单一，主要依靠上级补助；
个别村干部认识不到位，存在等靠要思想。
这些问题群众看在眼里，必须下决心解决。各村要逐条对照，列出整改清单。
二、下步打算
今年要完成改厕800户，年底前全部通过验收。
"""

REPORT = """县市场监管局2025年工作总结
一、工作开展情况
全年共检查食品经营户3200家，立案查处违法案件146起。
二、存在的不足
一年来的工作虽有进展，但也存在一些不足：
基层所执法力量薄弱，平均每所只有4名执法人员;
智慧监管平台数据没有打通;
投诉举报处置时效不高，平均办结时间超过10个工作日。
对此，我们将在新的一年里认真加以解决。
三、明年工作打算
重点抓好食品安全示范城市创建。
"""

SECTIONS = [(TOWN, "存在的问题", 4, "个别村干部认识不到位"),
            (REPORT, "存在的不足", 3, "投诉举报处置时效不高")]


@pytest.mark.parametrize("text, title, count, last", SECTIONS)
def test_the_points_are_the_semicolon_run(assistant, encoder, text, title, count, last):
    from index.parser import parse_speech
    from index.store import index_in_memory

    doc = parse_speech(text, "doc")
    index = index_in_memory([doc], encoder)
    node = next(n for n in doc.outline_nodes() if title in n.title)
    picks = section_items(index, doc, node, encoder.encode_query("问题"))
    assert len(picks) == count, [p.label for p in picks]
    assert last in picks[-1].label
    assert not any("主要表现在" in p.label or "这些问题" in p.label or "对此" in p.label for p in picks)


def test_paragraphs_that_are_no_semicolon_list_stay_the_sections_points(assistant, encoder):
    from index.parser import parse_speech
    from index.store import index_in_memory

    text = TOWN.replace("；\n", "。\n")
    doc = parse_speech(text, "doc")
    index = index_in_memory([doc], encoder)
    node = next(n for n in doc.outline_nodes() if "存在的问题" in n.title)
    labels = [p.label for p in section_items(index, doc, node, encoder.encode_query("问题"))]
    assert any("对照群众期盼" in label for label in labels) and any("这些问题" in label for label in labels)


@pytest.mark.slow
@pytest.mark.parametrize("text, history, question, shown, absent", [
    (TOWN, "存在的问题列了几条", "第二条呢", "改厕后续管护跟不上", "村庄保洁"),
    (TOWN, "人居环境整治还有哪些问题", "最后一条呢", "个别村干部认识不到位", "资金投入渠道单一"),
    (REPORT, "存在哪些不足", "第三个是啥", "投诉举报处置时效不高", "智慧监管平台"),
])
def test_a_follow_up_gets_that_point_alone(ask_of, text, history, question, shown, absent):
    ask = ask_of(text)
    first = ask(history)
    answer = ask(question, [history])
    assert shown in answer.answer and absent not in answer.answer, (first.answer, answer.answer)
