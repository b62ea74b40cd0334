"""A survey report (调研报告) as such reports are written: its authors on a line under the title
("县委政研室调研组"), parts named by a noun ("二、主要做法", "四、对策建议"), and figures asked by
their size ("差距有多大"). Each was missed on a new-shape report: the authors' line ran into the
first sentence, "有什么建议" quoted two sentences holding the word 建议 instead of the part, and
"收入差距有多大" listed the whole problems part. Texts written here, in several wordings."""
from __future__ import annotations

import pytest

from index.byline import read_byline
from qa.intent import detect_intent

VILLAGES = """关于全县村级集体经济发展情况的调研报告
县委政研室调研组
为摸清村级集体经济家底，调研组深入9个乡镇、38个行政村开展专题调研。现将有关情况报告如下。
一、基本情况
全县村级集体经济总收入1.42亿元，村均61万元。
二、主要做法
（一）盘活闲置资产。全县盘活闲置校舍、厂房218处，年增收1600万元。
（二）发展物业经济。城郊12个村建设标准厂房，物业收入占比超过一半。
三、存在的问题
一是发展不平衡，收入最高的村与最低的村相差90多倍。二是人才缺乏，村干部平均年龄54岁。
四、对策建议
（一）扶持薄弱村。建议县财政每年每村安排15万元扶持资金。
（二）培养经营人才。建议每年选派40名村干部到企业跟班学习。
"""

ELDERLY = """全市居家养老服务情况调研报告
市民政局课题组
一、现状
全市60岁以上老年人口达到86万人，占总人口的21.3%。
二、经验做法
（一）建设社区食堂。全市建成社区老年食堂312个，日均服务2.1万人次。
（二）推行家庭养老床位。累计设立家庭养老床位4800张。
三、问题
服务供需矛盾突出，城乡服务水平差距较大，农村助餐点覆盖率只有城区的三分之一。
四、意见建议
（一）加大财政投入。建议市财政每年安排专项资金5000万元。
（二）壮大服务队伍。建议对养老护理员给予每人每月500元岗位补贴。
"""


@pytest.mark.parametrize("text,authors", [(VILLAGES, "县委政研室调研组"), (ELDERLY, "市民政局课题组")])
def test_the_authors_line_is_the_byline(text, authors):
    assert read_byline(text).speaker.text == authors


@pytest.mark.parametrize("question", ["收入差距有多大", "老年人口占比有多高", "两个村差得有多远"])
def test_a_size_asked_is_a_figure(question):
    assert detect_intent(question).wants_figure


@pytest.mark.parametrize("text,question,must", [
    (VILLAGES, "有什么建议", ["扶持薄弱村", "培养经营人才"]),
    (VILLAGES, "调研报告提了哪些建议", ["扶持薄弱村", "培养经营人才"]),
    (VILLAGES, "有哪些做法", ["盘活闲置资产", "发展物业经济"]),
    (ELDERLY, "提出了什么建议", ["加大财政投入", "壮大服务队伍"]),
    (ELDERLY, "有什么做法", ["建设社区食堂", "推行家庭养老床位"]),
])
def test_a_part_named_by_the_noun_asked(ask_of, text, question, must):
    answer = ask_of(text)(question)
    assert all(m in answer.answer for m in must), answer.answer


@pytest.mark.parametrize("text,question,figure", [
    (VILLAGES, "收入差距有多大", "90多倍"),
    (ELDERLY, "农村助餐点覆盖率差距有多大", "三分之一"),
    (VILLAGES, "调研了多少个村", "38个行政村"),
])
def test_the_figure_asked_by_its_size(ask_of, text, question, figure):
    answer = ask_of(text)(question)
    assert figure in answer.answer and "共列出" not in answer.answer, answer.answer


def test_a_detail_inside_a_part_is_not_the_part(ask_of):
    answer = ask_of(ELDERLY)("对养老护理员有什么建议")
    assert "500元" in answer.answer and "共列出" not in answer.answer, answer.answer
