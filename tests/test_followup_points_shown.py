"""An ordinal after a heading shown with its numbered sub-points counts in those points when the
heading's own siblings are fewer (issue 9, class 5): "第5条呢" after "（一）…" was answered with its
six points means the fifth of them, not a fifth part the text does not have. Texts written here,
in two numbering schemes of the sub-points (1. / （1）-less 一是 headings) and two ordinal nouns."""
from __future__ import annotations

import pytest

TASKS = """关于2026年重点工作的报告
一、今年的重点工作
（一）加快产业升级
1.壮大装备制造
新引进装备制造企业12家。
2.做强食品加工
培育年产值超10亿元企业2家。
3.发展数字经济
新建5G基站300个。
4.提升园区承载
新建标准化厂房15万平方米。
5.强化科技创新
新认定高新技术企业20家。
（二）扩大有效需求
6.扩大有效投资
实施重点项目120个。
二、保障措施
（一）加强组织领导
各部门要明确责任分工。
"""

DUTIES = """在全县2026年民生工作会议上的讲话
同志们：
一、抓好民生实事
（一）教育
第一，新建幼儿园
新建公办幼儿园6所。
第二，改造校舍
改造农村学校校舍4万平方米。
第三，配强教师
招聘教师180名。
第四，建设食堂
新建学校食堂9个。
二、加强督查考核
县委督查室要每季度通报一次进度。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, history, question, expected, not_expected", [
    (TASKS, ["今年重点工作第一块有几条"], "第5条呢", "新认定高新技术企业20家", "（五）"),
    (TASKS, ["今年重点工作第一块有几条", "第5条呢"], "第4条呢", "新建标准化厂房15万平方米", "实施重点项目"),
    (DUTIES, ["民生实事里教育方面有哪几项"], "第四项呢", "新建学校食堂9个", "没有第"),
    (DUTIES, ["民生实事里教育方面有哪几项"], "第三个是啥", "招聘教师180名", "每季度"),
])
def test_an_ordinal_beyond_the_siblings_counts_in_the_points_shown(assistant, text, history, question,
                                                                 expected, not_expected):
    from index.parser import parse_speech
    from index.store import index_in_memory

    ask = assistant.variant(index=index_in_memory([parse_speech(text, "doc")], assistant.encoder)).ask
    answer = ask(question, history)
    assert answer.answerable and expected in answer.answer, answer.answer
    assert not_expected not in answer.answer, answer.answer


@pytest.mark.slow
def test_an_ordinal_chain_keeps_counting_in_its_own_list(assistant):
    """After "第一块是什么" (itself an ordinal of the parts), "第三块呢" is a third part the text
    lacks, not the third point shown under the first."""
    from index.parser import parse_speech
    from index.store import index_in_memory

    ask = assistant.variant(index=index_in_memory([parse_speech(TASKS, "doc")], assistant.encoder)).ask
    answer = ask("第三块呢", ["今年重点工作有哪几块", "第一块是什么"])
    assert "发展数字经济" not in answer.answer and "没有第3" in answer.answer, answer.answer
