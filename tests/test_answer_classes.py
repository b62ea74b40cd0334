"""Answer classes of issue 9, each on short speeches written here (never the eval sets' texts).

Every class gets several wordings: an announcement answered with what it announces, a
detail asked beyond an item's lead, a figure asked in a section whose heading says
something else, a section cut off right after its heading.
"""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

pytestmark = pytest.mark.slow

ANNOUNCE = """在全县项目建设推进会上的讲话
同志们：
召开这次推进会，主要出于两个方面的考虑。其一，全县项目建设进度明显滞后，一季度投资完成率只有百分之二十三。其二，部分重点项目要素保障不到位，用地指标和资金缺口较大。
一、正视项目建设中的短板
当前我县项目建设还存在一些不容忽视的问题，主要表现在以下几个方面：
一是项目储备不足，可研深度不够，储备项目中能够当年开工的不到三成。
二是审批效率不高，部分项目在环评和用地审批环节滞留时间过长。
三是服务保障不力，个别部门对企业诉求响应不及时。
为什么说项目建设是稳增长的关键？因为投资对经济增长的拉动作用最直接，今年全县固定资产投资要确保增长百分之十二。
二、扎实抓好项目建设重点工作
我再提三点要求。
（一）加快项目开工
要建立开工项目清单，倒排工期，确保二季度新开工项目不少于四十个。
（二）强化要素保障
要统筹用地指标，优先保障重点项目，全年争取专项债券资金八亿元。
"""

CUT = """在全市文化旅游发展大会上的讲话
同志们：
下面，我讲三点意见。
一、认清文旅融合发展的新形势
近年来，全市文旅产业保持较快增长，去年接待游客一千二百万人次，旅游总收入一百三十亿元。
二、突出文旅融合发展的重点
（一）打造精品景区
要推进景区提质扩容，年内新创建国家四级旅游景区两家。
（二）培育文旅新业态
一是 ……(未完，全文共6200字，当前仅显示900字)
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    """Ask questions of an index holding only the speeches written above."""
    docs = [parse_speech(ANNOUNCE, "announce"), parse_speech(CUT, "cut")]
    variant = assistant.variant(index=index_in_memory(docs, encoder))
    return lambda q, history=None: variant.ask(q, history or [])


@pytest.mark.parametrize("question", ["召开推进会出于哪两个方面的考虑?", "这次推进会是基于什么考虑召开的?"])
def test_an_announcement_is_answered_with_its_points(ask, question):
    answer = ask(question)
    assert answer.answerable
    assert "投资完成率" in answer.answer and "要素保障不到位" in answer.answer


@pytest.mark.parametrize("question", ["项目建设的问题主要表现在哪些方面?", "当前项目建设存在哪些不容忽视的问题?"])
def test_an_announced_list_of_items_is_quoted_item_by_item(ask, question):
    text = ask(question).answer
    for point in ("项目储备不足", "审批效率不高", "服务保障不力"):
        assert point in text


def test_a_rhetorical_question_is_answered_by_what_follows_it(ask):
    text = ask("为什么说项目建设是稳增长的关键?").answer
    assert "拉动作用最直接" in text


def test_announced_points_the_excerpt_cuts_get_a_notice(ask):
    answer = ask("文化旅游发展大会上讲了哪三点意见?")
    assert "认清文旅融合发展的新形势" in answer.answer and "突出文旅融合发展的重点" in answer.answer
    assert any(n.kind == "cut_off" for n in answer.notices)
