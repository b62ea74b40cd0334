"""An ordinal part a speech's top level cannot hold ("第五个方面", where it has three parts) is the item
of that number in the list of headings meant: the section the question names by its words ("今年工作的
第五个方面"), else the one list of that many headings, of several the one whose opening counts them in
the unit asked ("重点抓好六个方面工作"). "它下面第二项" after one is the second point under it.
A report written here."""
from __future__ import annotations

import pytest

REPORT = """2026年区政府工作报告
一、2025年工作回顾
（一）经济运行稳中有进。地区生产总值增长5.8%。
（二）产业结构持续优化。新增规上企业46家。
（三）城市面貌明显改善。改造老旧小区32个。
（四）改革开放纵深推进。新增外贸企业28家。
（五）生态环境持续向好。空气优良天数比例达到88%。
（六）民生保障更加有力。新增城镇就业1.1万人。
二、2026年工作安排
今年重点抓好六个方面工作。
（一）全力扩大有效投资
1.抓项目建设。全年实施重点项目120个。
2.抓招商引资。引进亿元以上项目30个。
（二）加快产业转型升级
1.壮大先进制造业。规上工业增加值增长7%。
2.发展现代服务业。新增限上商贸企业40家。
（三）深化重点领域改革
1.优化营商环境。推行涉企检查综合查一次。
2.深化国企改革。完成3家区属国企整合。
（四）推进城乡融合发展
1.建设宜居城区。新开工城市更新项目15个。
2.振兴乡村产业。新建高标准农田2万亩。
（五）持续改善生态环境
1.打好蓝天保卫战。PM2.5浓度控制在32微克以内。
2.推进绿色低碳转型。新增分布式光伏装机8万千瓦。
（六）用心办好民生实事
1.稳定和扩大就业。城镇新增就业1万人以上。
2.提升教育质量。新建改扩建中小学5所。
三、加强政府自身建设
坚持依法行政，主动接受人大监督和政协民主监督。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["今年工作的第五个方面是什么", "2026年工作安排的第五个方面讲了啥", "第五个方面讲的是什么"])
def test_the_fifth_heading_of_the_list_meant(ask_of, question):
    a = ask_of(REPORT)(question)
    assert a.answerable and "持续改善生态环境" in a.answer, a.answer
    assert "城乡融合" not in a.answer and "不存在" not in a.answer


@pytest.mark.slow
def test_the_point_under_the_heading_shown(ask_of):
    a = ask_of(REPORT)("它下面第二项具体要做什么", history=["今年工作的第五个方面是什么"])
    assert "分布式光伏" in a.answer and "现代服务业" not in a.answer, a.answer


@pytest.mark.slow
def test_a_part_the_top_level_holds_is_that_part(ask_of):
    a = ask_of(REPORT)("第二部分讲了什么")
    assert "2026年工作安排" in a.answer, a.answer


@pytest.mark.slow
def test_the_point_under_a_heading_an_ordinal_showed(ask_of):
    history = ["今年工作安排有几个方面", "第五个方面是啥"]
    a = ask_of(REPORT)("它下面第二条装机多少", history=history)
    assert "8万千瓦" in a.answer and "PM2.5" not in a.answer, a.answer


@pytest.mark.slow
def test_two_ordinals_name_an_item_of_a_heading(ask_of):
    a = ask_of(REPORT)("今年工作的第五个方面第2条是什么")
    assert "分布式光伏" in a.answer and "PM2.5" not in a.answer, a.answer


@pytest.mark.slow
def test_a_part_and_an_item_of_it(ask_of):
    a = ask_of(REPORT)("第二部分的第三个方面是什么")
    assert "深化重点领域改革" in a.answer and "加快产业转型升级" not in a.answer, a.answer
