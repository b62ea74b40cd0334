"""A clause that names its subject by the heading's last word alone: "（一）工程总投资1.2亿元" under
"一、关于城区供水管网改造工程" says 工程 for the whole 城区供水管网改造工程. A figure asked of that work
("供水管网改造总共投多少钱") is answered from the clause, not declined as a detail the text lacks; a
figure the part never gives is still declined. Texts written here, in three shapes: meeting minutes
(工程), a work plan (行动), a county report (项目)."""
from __future__ import annotations

import pytest

MINUTES = """县政府第十二次常务会议纪要

2026年3月10日，县长李某某主持召开县政府第十二次常务会议，研究部署近期重点工作。现将会议议定事项纪要如下：

一、关于城区供水管网改造工程

会议听取了县水务局关于城区供水管网改造工程推进情况的汇报。会议指出，该工程是今年十件民生实事之一。

（一）工程总投资1.2亿元，其中争取上级补助资金0.5亿元，其余由县财政统筹解决。

（二）工程分两期实施，一期于2026年6月底前完工，二期于2026年12月底前完工。

二、关于秋季森林防火工作

会议强调，各乡镇要严格落实森林防火责任制，县应急管理局牵头开展防火宣传。
"""

PLAN = """某区2026年背街小巷环境提升三年行动实施方案

为改善群众居住环境，区政府决定实施背街小巷环境提升三年行动，现制定如下方案。

一、背街小巷环境提升三年行动

1.行动范围覆盖全区9个街道，共整治背街小巷214条。
2.行动所需资金约8600万元，由区财政和街道按7:3分担。
3.行动自2026年4月启动，2028年10月底前全部完成。

二、保障措施

各街道要成立工作专班，区城管局每季度通报一次进度。
"""

REPORT = """关于全县农村饮水安全巩固提升情况的报告

各位代表：

现将全县农村饮水安全巩固提升工作情况报告如下。

一、城乡供水一体化项目

今年以来，我们把城乡供水一体化作为民生头等大事来抓。项目总投资3.6亿元，新建水厂2座，铺设主管网186公里，受益人口21万人。目前主体工程已完成80%，计划明年6月通水。

二、存在的问题

部分村组管网老化，漏损率偏高，维修资金不足。
"""


@pytest.mark.parametrize("text, question, expected", [
    (MINUTES, "供水管网改造总共投多少钱", "1.2亿元"),
    (MINUTES, "城区供水管网改造工程上级补助多少", "0.5亿元"),
    (PLAN, "背街小巷环境提升要花多少钱", "8600万元"),
    (PLAN, "背街小巷整治一共多少条", "214条"),
    (REPORT, "城乡供水一体化总投资是多少", "3.6亿元"),
])
def test_a_figure_of_the_work_its_heading_names(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.parametrize("text, question", [
    (MINUTES, "供水管网改造惠及多少户居民"),
    (MINUTES, "供水管网改造要铺设多少公里管道"),
    (PLAN, "背街小巷环境提升要拆除多少处违建"),
])
def test_a_figure_the_part_never_gives_is_still_declined(ask_of, text, question):
    answer = ask_of(text)(question)
    assert not answer.answerable, answer.answer


def test_only_a_heading_that_says_more_than_its_last_word_lends_its_words(sentence_in):
    """A heading of its last word alone ("一、工程") names nothing more than the clause does."""
    from qa.fact_match import named_by_head

    index, s_idx = sentence_in(MINUTES, "工程总投资")
    assert "城区供水管网改造工程" in named_by_head(index, s_idx, index.sentence_text(s_idx))
    index, s_idx = sentence_in(MINUTES, "防火宣传")
    assert named_by_head(index, s_idx, "会议强调") == ""


def test_a_heading_ending_in_a_predicate_names_nothing(sentence_in):
    """"投资增长后劲不足" ends in 不足, no kind of undertaking: "民间投资占比不足四成" under it does not say the
    heading's 投资增长 (a growth figure asked is not this share's)."""
    from qa.fact_match import named_by_head

    text = ("关于2025年经济运行情况的报告\n\n一、存在的问题\n\n（一）投资增长后劲不足\n\n"
            "民间投资意愿不强，全年民间投资占固定资产投资比重不足四成。\n\n（二）消费恢复偏慢\n\n居民消费意愿偏弱。\n")
    index, s_idx = sentence_in(text, "民间投资")
    assert named_by_head(index, s_idx, index.sentence_text(s_idx)) == ""
