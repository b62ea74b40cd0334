"""A question about the problems of a subject ("营商环境存在哪些问题") that names a part of what to do
by that subject ("四、全力打造一流营商环境") is answered from the part on problems that speaks of it; and
where that part lists its problems in one run per subject ("先说营商环境。…一是…" then "再说项目建设。
一是…"), by the subject's own run. Texts written here, in two wordings."""
from __future__ import annotations

import pytest

from qa.compose import ItemPick
from qa.list_runs import runs_of_points

pytestmark = pytest.mark.slow

DISTRICT = """在全区优化营商环境暨项目建设推进大会上的讲话

一、成绩来之不易

去年全区地区生产总值增长6.8%，新签约亿元以上项目103个。

二、正视差距不足，增强危机感

先说营商环境。通过第三方评估，我们收集到企业反映的问题162条，归纳起来，主要有三个方面：

一是政务服务中梗阻仍然存在，一些事项网上能办但网上难办。

二是要素保障不够有力，可供应的工业用地仅剩1260亩。

三是政策兑现不够及时，平均兑现周期仍需47天。

再说项目建设。

一是大项目偏少，去年新签约10亿元以上项目只有9个。

二是项目转化率不高，签约项目当年开工率只有63%。

三、坚定不移抓项目

今年全区安排重大项目260个，年度计划投资450亿元。

四、全力打造一流营商环境

（一）优化政务服务

推行高效办成一件事改革，年内推出20个集成服务套餐。

（二）强化要素保障

开展低效用地二次开发专项行动，全年盘活低效用地1500亩以上。
"""

CITY = """在全市社会事业工作会议上的讲话

一、过去一年的工作

全市新建中小学12所，新增三甲医院1家。

二、存在的短板

关于教育工作，群众反映集中，主要是：

一是城区学位依然紧张，部分学校大班额问题突出。

二是乡村教师流失较多，年轻教师留不住。

关于医疗卫生，

一是基层医疗服务能力偏弱，村卫生室缺医少药。

二是医保报销流程繁琐，异地就医结算不便。

三、办好人民满意的教育

（一）扩大优质学位供给

今年开工建设城东第二小学，新增学位1200个。

（二）稳定乡村教师队伍

落实乡村教师生活补助，每人每月不低于500元。
"""


@pytest.mark.parametrize("text, question, wanted, unwanted", [
    (DISTRICT, "营商环境存在哪些问题", ["政务服务中梗阻", "政策兑现不够及时"], ["大项目偏少", "集成服务套餐"]),
    (DISTRICT, "项目建设还有什么问题", ["大项目偏少", "项目转化率不高"], ["政务服务中梗阻"]),
    (CITY, "教育方面还有哪些短板", ["城区学位依然紧张", "乡村教师流失较多"], ["基层医疗服务能力偏弱", "城东第二小学"]),
    (CITY, "医疗卫生存在哪些问题", ["基层医疗服务能力偏弱", "医保报销流程繁琐"], ["城区学位依然紧张"]),
])
def test_the_problems_of_a_subject_are_its_own_run_in_the_problems_part(ask_of, text, question, wanted, unwanted):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    assert all(w in answer.answer for w in wanted), answer.answer
    assert not any(u in answer.answer for u in unwanted), answer.answer


def test_a_list_splits_where_its_numbering_starts_again():
    picks = [ItemPick(label=m, section="s", document="d", marker=m) for m in ("一是", "二是", "三是", "一是", "二是")]
    assert [len(run) for run in runs_of_points(picks)] == [3, 2]
    assert len(runs_of_points(picks[:3])) == 1
