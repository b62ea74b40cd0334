"""Two classes of typed questions (issue 9, class 6 and class 5), on texts written here.

* A question of two asks typed with a space where punctuation would be ("去年新增多少 今年目标
  又是多少", "淘汰多少辆 谁负责") is judged clause by clause, as one written with a comma is:
  answerable when one clause is, not declined because the two periods it names are never in
  one passage.
* A follow-up naming a detail of the item just shown with 那个/这个 ("电动车那个具体多少起") keeps
  that detail as a word of what it asks, where the label names no item of the last answer.
"""
from __future__ import annotations

import pytest

from qa.refusal import asking_clauses


@pytest.mark.parametrize("question, clauses", [
    ("柴油货车今年淘汰多少辆 谁负责", ["柴油货车今年淘汰多少辆", "谁负责"]),
    ("去年城镇新增就业多少　今年目标又是多少", ["去年城镇新增就业多少", "今年目标又是多少"]),
    ("生态补偿按啥考核  和谁签的", ["生态补偿按啥考核", "和谁签的"]),
    ("污水管网要建多少公里", ["污水管网要建多少公里"]),
    ("GDP增长多少 目标是什么", ["GDP增长多少", "目标是什么"]),
])
def test_a_space_between_chinese_clauses_breaks_them(question, clauses):
    assert asking_clauses(question) == clauses


@pytest.mark.parametrize("question", ["How many buses will the city buy this year",
                                      "Who leads the river chief system and when is it due"])
def test_an_english_question_is_not_broken_at_its_spaces(question):
    assert len(asking_clauses(question)) < 2


REPORT = """2026年市政府工作报告
一、2025年工作回顾
过去一年，全市经济运行稳中有进。新增城镇就业×万人，城镇调查失业率控制在5.3%。
全年接待游客××万人次，旅游收入增长8.1%。
二、2026年主要目标
城镇新增就业5.6万人以上，城镇调查失业率控制在5.5%以内。
接待游客突破1500万人次，旅游总收入增长10%。
三、重点工作
（一）稳定扩大就业。开展职业技能培训4万人次，帮扶就业困难人员再就业3000人。
（二）做强文旅产业。新建A级景区3个，由市文旅局牵头负责。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("去年城镇就业新增多少 今年目标又是多少", "5.6万人以上"),
    ("去年新增就业多少人　今年计划多少", "5.6万人以上"),
    ("去年游客来了多少 今年要到多少", "1500万人次"),
])
def test_two_asks_typed_with_a_space_are_answered_by_either(assistant, question, expected):
    from index.parser import parse_speech
    from index.store import index_in_memory

    ask = assistant.variant(index=index_in_memory([parse_speech(REPORT, "report")], assistant.encoder)).ask
    answer = ask(question)
    assert answer.answerable, answer.answer
    assert expected in answer.answer
    assert any(n.kind == "blank" for n in answer.notices), answer.notices


SAFETY = """在全区安全生产工作会议上的讲话
同志们：
一、清醒认识当前安全形势
一是道路交通事故总量下降。全年道路交通事故起数同比下降12%。
二是部分领域隐患出现反弹。去年全区共发生电动自行车火灾××起，同比上升21.3%；建筑施工领域发生事故5起、死亡3人。
三是应急能力仍有短板。乡镇应急队伍装备配备率只有68%。
二、突出重点抓好整治
要开展燃气安全专项整治，年底前完成老旧燃气管道改造120公里。
"""

FARM = """在全县秋冬农业生产工作会议上的讲话
一、今年农业生产的主要成绩
一是粮食生产再获丰收。全县粮食总产达到××万吨，连续五年稳定在40万吨以上。
二是秸秆综合利用水平提高。全县秸秆综合利用率达到93%，建成收储点26个。
二、当前存在的问题
一是农机社会化服务不足。全县农机合作社只有41家，覆盖面不到一半。
二是高标准农田管护薄弱。部分田块沟渠淤塞，灌溉不畅。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, history, question, expected", [
    (SAFETY, ["讲话说哪些领域隐患反弹了"], "电动车那个具体多少起", "电动自行车火灾××起"),
    (SAFETY, ["讲话说哪些领域隐患反弹了"], "建筑施工这个死了几个人", "死亡3人"),
    (FARM, ["今年秸秆利用得怎么样"], "收储点那个建了多少", "建成收储点26个"),
])
def test_a_detail_named_with_nage_stays_asked(assistant, text, history, question, expected):
    from index.parser import parse_speech
    from index.store import index_in_memory

    ask = assistant.variant(index=index_in_memory([parse_speech(text, "doc")], assistant.encoder)).ask
    answer = ask(question, history)
    assert answer.answerable, answer.answer
    assert expected in answer.answer


DATA = """在全省数字政府建设推进会上的讲话
同志们：
一、去年的成效
一是政务服务效能提升。企业开办实现一网通办，平均用时压缩到0.8个工作日，首批21个高频事项实现一次办。
二是政务云基本建成。省级政务云平台接入部门58个，承载业务系统420个。
二、正视短板
一是数据共享不够顺畅。部门间数据壁垒尚未完全打破，省级平台归集的政务数据中，能够实时共享调用的仅占57%左右，企业重复填报的问题仍然突出。
二是办事材料仍然偏多。企业办事平均需提交材料9份。
三、重点任务
（一）打通数据共享堵点。制定政务数据共享责任清单，推动户籍、社保、不动产等高频数据按需实时共享，年底前政务数据实时共享率提高到80%以上，企业办事需提交的材料平均再减少40%。
（二）建设惠企政策平台。建设全省统一的惠企政策平台，6月底前上线运行，由省数据局牵头负责。
（三）推进数据开放。年内新增开放公共数据集500个，数据开放平台访问量增长30%。
"""

WATER = """关于推进农村供水保障的实施意见
一、现状
全县农村自来水普及率目前为88%，规模化供水工程覆盖人口占比为61%。
二、目标
到2027年，农村自来水普及率达到95%，规模化供水工程覆盖人口占比提高到75%。
三、保障
县水利局牵头负责，各乡镇于每年3月底前报送建设计划。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, first, second", [
    (DATA, "政务数据共享现在是多少 年底要提到多少", "57%左右", "80%以上"),
    (WATER, "自来水普及率现在多少，到2027年要达到多少", "88%", "95%"),
    (WATER, "规模化供水覆盖现在占多少 以后要提到多少", "61%", "75%"),
])
def test_two_figures_asked_at_once_get_a_sentence_each(ask_of, text, question, first, second):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    assert first in answer.answer and second in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected, not_expected", [
    (DATA, "惠企政策平台谁牵头 啥时候上线", "省数据局牵头", "57%"),
    (WATER, "供水建设谁牵头，计划什么时候报", "3月底前", "88%"),
])
def test_one_sentence_saying_who_and_when_answers_both(ask_of, text, question, expected, not_expected):
    answer = ask_of(text)(question)
    assert expected in answer.answer and not_expected not in answer.answer, answer.answer
