"""A list whose points run 一是, 二是, then a gap, the tail of 四是 and 五是: the list is shown with the
speech's own numbers, saying the third lies in the omission; "第三条呢" after it says so with the
gap's notice (not a decline of the whole question), and "第四条呢" is the tail shown. Texts written
here, three wordings."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TEXTS = [
    ("""关于全县农村养老服务情况的调研报告
二、主要做法和成效
近年来，县委、县政府把农村养老服务作为民生实事来抓，主要做法有：
一是兜底保障有力有效。将1426名特困老人全部纳入供养范围，集中供养标准提高到每人每年8400元。二是设施网络逐步完善。投入4800万元改造14所乡镇敬老院。
……（此处省略约900字）……
展技能轮训，累计培训1050人次，持证护理员增加到112人。
五是互助养老初见成效。组建农村养老志愿服务队152支。
三、存在的主要问题
敬老院平均入住率仅为36.2%。
""", "主要做法有哪几条", "培训1050人次"),
    ("""在全市招商引资工作会议上的讲话
一、过去一年的主要成绩
一年来，全市招商引资工作取得了新进展：一是项目落地提速。新签约亿元以上项目86个，总投资620亿元。二是产业链招商见效。围绕新能源汽车产业链引进配套企业23家。
……（中间内容略）……
均开工率达到78%。
五是营商服务持续优化。企业开办时间压缩至0.5个工作日。
二、下一步工作
要聚焦主导产业精准招商。
""", "取得了哪些成绩", "开工率达到78%"),
    ("""在全县教育工作会议上的讲话
一、去年工作回顾
去年全县教育工作有几个亮点：一是办学条件明显改善。新建改扩建学校12所，新增学位6800个。二是教师队伍不断壮大。招聘新教师320名。
（以上为节选，中间部分省略）
质量稳步提升，高考本科上线率达到71.5%。
五是教育公平有力推进。资助困难学生2.3万人次。
二、今年重点任务
要推进义务教育优质均衡发展。
""", "有哪几个亮点", "本科上线率达到71.5%"),
]


@pytest.mark.parametrize("text, question, tail", TEXTS)
def test_the_list_says_which_point_the_gap_took(ask_of, text, question, tail):
    ask = ask_of(text, "gap")
    answer = ask(question)
    assert answer.answerable and "第3项在省略处" in answer.answer and tail in answer.answer, answer.answer
    third = ask("第三条呢", [question])
    assert third.answerable and "省略" in third.answer and tail not in third.answer, third.answer
    assert any(n.kind == "gap" for n in third.notices)
    fourth = ask("第四条呢", [question])
    assert tail in fourth.answer, fourth.answer
