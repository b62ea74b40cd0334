"""Why a thing is to be done ("为啥要搞城市更新", "推进X有什么意义"): the speech's sentence of its
significance about that thing ("推进城市更新，既是…的现实需要，也是…的重要举措") answers, though it
stands far from the passages that share the question's words. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.purpose import purpose_sentence

RENEWAL = """在全市城市更新工作会议上的讲话
一、充分肯定成绩
去年全市改造老旧小区126个，惠及居民3.2万户。全市还有约1100个老旧小区尚未改造。推进城市更新，既是改善人居环境的现实需要，也是扩大有效投资的重要举措。
二、正视问题短板
城市更新资金筹措渠道单一，社会资本参与不足。
三、聚焦重点任务
今年城市更新要完成老旧小区改造120个，新建城市公园15个。城市更新项目要实行清单化管理。
城市更新是一项长期性、系统性工程，要坚持规划先行，搞城市更新不能大拆大建。
鼓励设计单位参与城市更新，组建城市更新专家咨询委员会，为城市更新重大项目提供技术论证。
四、强化要素保障
要拓宽城市更新资金渠道，营造全社会参与城市更新的良好氛围。城市更新工作每季度排名通报。
"""
PARKS = """在全县全域旅游发展大会上的讲话
一、发展现状
去年全县接待游客520万人次。发展全域旅游，是县域经济转型的必由之路。
二、重点任务
要打造三条精品旅游线路。全域旅游示范区创建要在年底前通过验收。
"""


@pytest.fixture(scope="module")
def index_of(encoder):
    return lambda text: index_in_memory([parse_speech(text, "doc")], encoder)


@pytest.mark.parametrize("text, question, said", [
    (RENEWAL, "为啥要搞城市更新", "既是改善人居环境的现实需要"),
    (RENEWAL, "为什么要推进城市更新", "既是改善人居环境的现实需要"),
    (PARKS, "搞全域旅游有什么意义", "必由之路"),
])
def test_the_sentence_of_significance_is_found(index_of, text, question, said):
    index = index_of(text)
    s = purpose_sentence(index, "doc", question)
    assert s is not None and said in index.sentence_text(s)


@pytest.mark.parametrize("question", ["城市更新为什么会资金不足", "城市更新要改多少个小区", "为啥要建公园"])
def test_other_questions_find_none(index_of, question):
    assert purpose_sentence(index_of(RENEWAL), "doc", question) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said", [
    (RENEWAL, "为啥要搞城市更新", "也是扩大有效投资的重要举措"),
    (PARKS, "为什么要发展全域旅游", "县域经济转型的必由之路"),
])
def test_the_answer_leads_with_it(ask_of, text, question, said):
    answer = ask_of(text)(question)
    assert answer.answerable and said in answer.answer.split("[1]")[0], answer.answer
