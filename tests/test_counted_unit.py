"""A question that counts in a unit ("分成哪几类", "抓了哪几方面") is answered by the sentence that
announces a list counted in that unit and the items it announces, even when a passage sharing
more of the question's words, or the list's own items, rank above it. Among several such
announcements the one on the question's subject wins. Texts written here."""
from __future__ import annotations

import pytest

from qa.intent import detect_intent

pytestmark = pytest.mark.slow

RULES = """某市餐厨废弃物管理办法

第一章　总则

第一条　为了加强餐厨废弃物管理，保护环境，制定本办法。

第二条　本市行政区域内餐厨废弃物的产生、收集、运输和处置，适用本办法。

第二章　分类与收集

第五条　本市餐厨废弃物分为以下三类：

（一）餐饮垃圾，是指餐饮服务单位在经营过程中产生的食物残余；

（二）厨房余物，是指单位食堂加工食品产生的下脚料；

（三）废弃油脂，是指不可再食用的动植物油脂和各类油水混合物。

第六条　产生餐厨废弃物的单位应当按照分类要求设置收集容器，餐饮垃圾、厨房余物和废弃油脂分类存放，不得混入其他生活垃圾。

第七条　餐厨废弃物应当分类收集、分类运输，收集容器应当密闭、完好，每日至少清运一次。

第八条　区城市管理部门应当公布分类收集餐厨废弃物的收运单位名单和收运时间，方便产生单位分类交付。

第九条　餐厨废弃物收集单位应当建立收运台账，记录废弃物的来源、种类、数量和去向，按月向市城市管理部门报送。

第十条　本市建立餐厨废弃物分类社会监督员制度，聘请居民代表担任监督员，对废弃物分类收集进行监督。
"""

BRIEFING = """某县夏粮生产新闻发布会实录

主持人：各位记者朋友，大家好！今天我们召开夏粮生产和农业防灾减灾新闻发布会，介绍今年全县夏粮生产和农业防灾减灾工作的有关情况。

县农业农村局局长 赵某某：下面，我就今年夏粮生产和农业防灾减灾工作作简要介绍。县委、县政府高度重视夏粮生产，4月召开全县夏粮生产暨农业防灾减灾工作推进会，对夏粮生产抓什么、怎么抓作了全面部署。

今年夏季粮食生产，我们重点抓好三个方面工作。一是抓好田间管理，组织农技人员分片包干指导一喷三防。二是抓好机收减损，调度联合收割机1200台。三是抓好烘干收储，新建烘干中心5个。

农业防灾减灾方面，我们将重点落实四项措施。一是完善预警机制。二是储备救灾物资。三是组建应急服务队。四是推广农业保险。

以上是有关情况介绍，谢谢大家！
"""


@pytest.fixture(scope="module")
def ask_rules(ask_of):
    return ask_of(RULES, "kitchen_rules")


@pytest.fixture(scope="module")
def ask_briefing(ask_of):
    return ask_of(BRIEFING, "summer_grain")


@pytest.mark.parametrize("question,unit", [("垃圾分成哪几类", "类"), ("抓了哪几方面", "方面"),
                                           ("这次整治分了哪几类", "类"), ("提了哪几点", None), ("去年工作有哪几点体会？", None), ("讲话一共几个部分", None),
                                           ("补贴标准是多少", None)])
def test_the_counted_unit_is_read_only_from_a_list_question(question, unit):
    assert detect_intent(question).counted_unit == unit


@pytest.mark.parametrize("question", ["餐厨废弃物分成哪几类", "餐厨垃圾一共分几类", "饭店的垃圾分哪几类"])
def test_the_list_announced_in_the_unit_answers(ask_rules, question):
    answer = ask_rules(question)
    assert answer.answerable
    assert "分为以下三类" in answer.answer, answer.answer
    for item in ("餐饮垃圾", "厨房余物", "废弃油脂"):
        assert item in answer.answer
    assert "收运台账" not in answer.answer and "监督员" not in answer.answer


@pytest.mark.parametrize("question", ["夏粮生产抓了哪几方面", "今年夏粮重点抓哪几个方面"])
def test_the_announcement_beats_an_opening_sharing_more_words(ask_briefing, question):
    answer = ask_briefing(question)
    assert "重点抓好三个方面工作" in answer.answer, answer.answer
    assert "抓好机收减损" in answer.answer and "推进会" not in answer.answer


def test_among_two_announcements_the_subject_decides(ask_briefing):
    answer = ask_briefing("防灾减灾落实了哪几项措施")
    assert "四项措施" in answer.answer and "组建应急服务队" in answer.answer, answer.answer
    assert "抓好机收减损" not in answer.answer
