"""An item named by its place alone as the first question ("第三点是什么", "第二条呢"): the speech's
part of that number, or the item of its one list; never a decline with the outline. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.bare_asks import names_only_an_ordinal

PARTS = """在全市农产品稳产保供会议上的讲话
关于稳产保供，我讲三点。
一、稳面积
全市粮食播种面积稳定在210万亩以上。
二、强服务
组织农技人员下乡指导，每个乡镇不少于5人。
三、保流通
新建冷链仓储设施12处，打通农产品进城通道。
"""
INLINE = """在全镇防汛工作会议上的讲话
今年防汛，我强调三点。一是压实责任，村干部汛期24小时在岗。二是排查隐患，6月1日前完成山塘巡查。三是备足物资，镇里新购冲锋舟2艘。
"""


@pytest.fixture(scope="module")
def ask_of(assistant, encoder):
    variants = {name: assistant.variant(index=index_in_memory([parse_speech(text, name)], encoder))
                for name, text in (("parts", PARTS), ("inline", INLINE))}
    return lambda name, q: variants[name].ask(q)


@pytest.mark.parametrize("question", ["第三点是什么", "第三条呢", "第三个讲的啥"])
def test_the_third_part(ask_of, question):
    a = ask_of("parts", question)
    assert a.answerable and "冷链仓储设施12处" in a.answer
    assert "210万亩" not in a.answer


@pytest.mark.parametrize("question", ["第二点是什么", "第二条呢"])
def test_the_second_point_of_the_one_list(ask_of, question):
    a = ask_of("inline", question)
    assert a.answerable and "山塘巡查" in a.answer and "冲锋舟" not in a.answer


def test_a_place_past_the_parts_says_so(ask_of):
    a = ask_of("parts", "第五点是什么")
    assert "只有3个部分" in a.answer


@pytest.mark.parametrize("question, bare", [("第三点是什么", True), ("第二条呢", True), ("第三点希望说的是什么", False),
                                            ("第二条措施由谁牵头", False), ("投资多少", False)])
def test_a_bare_ordinal_is_told_apart(question, bare):
    assert names_only_an_ordinal(question) is bare


RUN_ON = """在全县秋冬季森林防火工作会议上的讲话
抓好今冬防火，我提几点要求。第一，管住火源，进山路口全部设卡。第二，加强巡护，护林员每天巡山不少于两次。第三，备好队伍，每个乡镇组建20人扑火队。
"""
PARAGRAPHS = """在全区招商引资推进会上的讲话
下一步，重点抓好以下三项工作：
一是精准招商。围绕新能源汽车零部件产业链，列出目标企业清单。
二是以商招商。发挥已落户企业的牵线作用，每家企业推荐1个项目。
三是优化服务。重大项目实行专班服务，审批时限压缩一半。
"""


@pytest.mark.parametrize("text, ranked, lead", [
    (INLINE, ("二是排查隐患", "三是备足物资"), "我强调三点"),
    (RUN_ON, ("第二，加强巡护", "第三，备好队伍"), "我提几点要求"),
    (PARAGRAPHS, ("二是以商招商", "三是优化服务"), "以下三项工作"),
])
def test_the_list_of_the_points_ranked_is_found(encoder, text, ranked, lead):
    """Whichever points of a list the search ranked, the sentence announcing it comes with them: "第二条呢"
    asked first is then the list's second point, not every point ranked."""
    from qa.announced import announcers_of

    index = index_in_memory([parse_speech(text, "doc")], encoder)
    sentences = [next(s for s in range(len(index.sentence_spans)) if index.sentence_text(s).startswith(r))
                 for r in ranked]
    assert [index.sentence_text(s) for s in announcers_of(index, sentences)] == \
        [next(index.sentence_text(s) for s in range(len(index.sentence_spans)) if lead in index.sentence_text(s))]
