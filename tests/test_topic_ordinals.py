"""A bare ordinal of a topic with no earlier turn ("第二个问题是什么", "第三点措施讲的什么"):
the Nth item of the list that the text introduces as problems or measures, wherever that list
stands (inside a section titled by its subject, or under a heading naming the topic). Texts
written here."""
from __future__ import annotations

import pytest


FORESTRY = """在全县林业工作会议上的讲话
同志们：
（一）关于今年林业工作进展
今年以来，全县完成植树造林3.2万亩，森林覆盖率提高到61.5%。但也要看到，林业发展还存在一些短板和不足。一是林下经济规模偏小，产值仅占林业总产值的12%。二是森林防火基础设施薄弱，部分乡镇缺少专业扑火队伍。三是护林员队伍老化，平均年龄超过58岁。
（二）关于下一步的具体措施
一是做大林下经济。重点发展林菌、林药、林禽三大产业，每个乡镇培育1个示范基地。
二是织密防火网络。新建防火通道80公里，每个乡镇组建一支专业扑火队。
三是优化护林员队伍。新选聘护林员时优先招录45岁以下的脱贫人口。
"""

WATER = """在全市节水型城市建设推进会上的讲话
同志们：
一、工作成效
全市万元GDP用水量下降到28立方米。我们也清醒看到，节水工作仍面临不少困难：
一是管网漏损率偏高，老城区达到14%；
二是再生水利用率不足20%；
三是部分企业节水意识淡薄。
二、重点措施
1.加快管网改造，三年内完成老旧管网改造260公里。
2.扩大再生水利用，新建再生水厂2座。
3.推行阶梯水价，对超计划用水加价收费。
"""

# Problems introduced by a judgment that the situation is hard, not by a word for problems.
FLOOD = """在全县防汛工作会议上的讲话
同志们：
（一）今年防汛面临的形势
从气象部门预测看，今年主汛期降雨偏多两到三成。当前，我县防汛形势依然严峻复杂。一是部分病险水库尚未完成除险加固，仍有7座带病运行。二是山洪灾害预警设施老化，近三成监测站点无法正常传输数据。三是基层防汛队伍人员不足，专业抢险力量薄弱。
（二）做好防汛工作的三点考虑
召开这次会议，主要基于三个方面的考虑。第一，汛期临近，时间紧迫。第二，去年的教训必须吸取。第三，群众的期盼更高。
"""

DRAINAGE = """在全市城市排水防涝工作会议上的讲话
同志们：
一、面临的形势
经过三年建设，全市建成区积水点由126处减少到41处。但是，排水防涝的任务更加艰巨繁重：
1.老城区雨污合流管网仍有90公里未改造。
2.排涝泵站装机容量不足，部分低洼片区积水时间超过6小时。
3.地下空间防倒灌设施缺失。
二、工作要求
下面，我提两点要求。第一，各区要在5月底前完成管网清淤。第二，住建部门要建立积水点台账。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected, not_expected", [
    (FLOOD, "第二个问题是什么", "山洪灾害预警设施老化", "去年的教训"),
    (FLOOD, "存在的第一个问题", "病险水库", "时间紧迫"),
    (FLOOD, "面临哪些问题", "基层防汛队伍人员不足", "时间紧迫"),
    (DRAINAGE, "第三个问题是什么？", "防倒灌设施缺失", "积水点台账"),
    (DRAINAGE, "有哪些困难", "排涝泵站装机容量不足", "管网清淤"),
])
def test_problems_introduced_as_hard_going(ask_of, text, question, expected, not_expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
    assert not_expected not in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected, not_expected", [
    (FORESTRY, "第二个问题是什么", "森林防火基础设施薄弱", "林下经济规模偏小"),
    (FORESTRY, "存在的第三个不足是什么？", "护林员队伍老化", "森林防火"),
    (FORESTRY, "第一个短板", "林下经济规模偏小", "护林员"),
    (FORESTRY, "第三点措施讲的什么", "优化护林员队伍", "做大林下经济"),
    (FORESTRY, "第二条措施是什么", "织密防火网络", "优化护林员"),
    (WATER, "第二个困难是什么", "再生水利用率不足20%", "管网漏损"),
    (WATER, "第三个问题", "节水意识淡薄", "再生水利用率"),
    (WATER, "第一项措施是什么？", "加快管网改造", "阶梯水价"),
])
def test_a_bare_ordinal_of_a_topic_picks_that_item(ask_of, text, question, expected, not_expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
    assert not_expected not in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["第四个问题是什么", "第五个不足"])
def test_an_ordinal_past_the_list_says_where_it_ends(ask_of, question):
    answer = ask_of(FORESTRY)(question)
    assert "只列出了3点" in answer.answer, answer.answer


# A heading that names problems as what was dealt with ("…问题得到有效整治") heads results, not the
# problems the speech sees; those follow "还存在一些问题：" inside a paragraph.
DISCIPLINE = """在全县纪律检查委员会全体会议上的讲话
同志们：
一、过去一年的成效
第一，政治监督更加有力。全年开展政治监督检查12次。
第二，群众身边腐败和作风问题得到有效整治。查处侵害群众利益问题56起，处理81人。
在肯定成绩的同时，也要清醒看到还存在一些问题：一是少数单位管党治党责任落实不到位；二是形式主义、官僚主义在一些部门仍然突出；三是基层纪检力量薄弱，部分乡镇全年立案不足2件。
二、今年的重点任务
第一，着力解决群众急难愁盼问题。开展民生领域专项整治。
第二，持续纠治“四风”。紧盯节假日等重要节点。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected, not_expected", [
    ("讲话指出目前还存在哪些突出问题？", "基层纪检力量薄弱", "查处侵害群众利益问题56起"),
    ("讲话里提到存在哪些问题？", "形式主义、官僚主义", "专项整治"),
    ("存在问题里的第三条是什么？", "基层纪检力量薄弱", "责任落实不到位"),
])
def test_a_heading_on_problems_dealt_with_does_not_steer_the_problems(ask_of, question, expected, not_expected):
    answer = ask_of(DISCIPLINE)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
    assert not_expected not in answer.answer
