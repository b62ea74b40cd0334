"""What one person said, asked by their post, in a news report that names them once by post and name and
then by name ("县长提了什么要求" of "县长李某某主持会议。……李某某在主持时要求，…"): that person's own
sentences, a list they announce with its items; not the main speaker's list that "要求" ranks first.
A speech in the first person, or a post the text gives no name, is left to the ranked answer. Texts
written here in two wordings."""
from __future__ import annotations

import pytest

from qa.said_by import holder_names, said_by_asked

REPORT = """全市文旅产业发展推进会召开
本报讯　5月8日，全市文旅产业发展推进会召开。市委书记赵某某出席会议并讲话，市长钱某某主持会议。
赵某某指出，文旅产业是我市的优势产业，去年接待游客2860万人次，同比增长18%。
赵某某就下一步工作提出三点要求：
一是做强景区品牌，年内创建5A级景区1家；
二是做优文旅业态，培育夜间经济集聚区3个；
三是做实服务保障，开通旅游专线8条。
钱某某在主持时要求，各县区要抓紧制定落实方案，5月底前报市文旅局备案。
副市长孙某某通报了一季度全市文旅项目推进情况。
"""

NEWS = """我县召开秋冬季森林防火工作会议
10月20日，全县秋冬季森林防火工作会议召开。县委书记周建国出席并讲话，县长吴卫东主持。
周建国强调，森林防火责任重于泰山，各乡镇要守住不发生重大森林火灾的底线。
一要压实包保责任，县级领导包乡镇、乡镇干部包村组。
二要严管野外用火，坚决查处烧荒烧秸秆行为。
吴卫东要求，各乡镇要在11月1日前完成防火隔离带清理，落实24小时值班值守。
"""

SPEECH = """在全县秋冬季森林防火工作会议上的讲话
县长　吴卫东
同志们：
今天召开会议，主要是部署秋冬季森林防火工作。我强调三点：一要压实责任。二要清理隐患。三要严格值守。
"""


@pytest.mark.parametrize("question, who, verb", [("县长提了什么要求", "县长", "提"), ("王书记强调了什么", "王书记", "强调"),
                                                 ("李某某讲了啥", "李某某", "讲"), ("市长在会上都说了些啥", "市长", "说")])
def test_what_someone_said_is_asked_by_post_or_name(question, who, verb):
    asked = said_by_asked(question)
    assert asked is not None and asked.group("who") == who and asked.group("verb") == verb


@pytest.mark.parametrize("question", ["会议提了什么要求", "县长是谁", "县长什么时候讲的话", "县里提了哪些目标"])
def test_other_questions_ask_no_one(question):
    assert said_by_asked(question) is None


@pytest.mark.parametrize("text, who, names", [(REPORT, "市长", ["钱某某"]), (REPORT, "赵书记", ["赵某某"]),
                                              (NEWS, "县长", ["吴卫东"]), (NEWS, "王书记", [])])
def test_the_post_is_read_as_its_holders_name(text, who, names):
    assert holder_names(text, who) == names


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said, not_said", [
    (REPORT, "市长提了什么要求", "5月底前报市文旅局备案", "5A级景区"),
    (REPORT, "书记提了什么要求", "做强景区品牌", "5月底前报市文旅局备案"),
    (REPORT, "赵书记讲了啥", "开通旅游专线8条", "5月底前报市文旅局备案"),
    (NEWS, "县长提了什么要求", "11月1日前完成防火隔离带清理", "守住不发生重大森林火灾"),
    (NEWS, "书记强调了什么", "严管野外用火", "11月1日前"),  # the items after the sentence closing its paragraph
])
def test_the_persons_own_sentences_answer(ask_of, text, question, said, not_said):
    answer = ask_of(text)(question)
    assert answer.answerable and said in answer.answer and not_said not in answer.answer, answer.answer
    assert answer.citations


@pytest.mark.slow
def test_a_speech_in_the_first_person_is_left_to_the_ranked_answer(ask_of):
    answer = ask_of(SPEECH)("县长强调了什么")
    assert "讲到:" not in answer.answer and "压实责任" in answer.answer, answer.answer


# A question may name the post and the name both, as the report does at first mention.
@pytest.mark.parametrize("question, who, name", [("县委书记王某某讲了啥", "县委书记", "王某某"),
                                                 ("会上县长李某某讲了啥", "县长", "李某某"),
                                                 ("县长吴卫东都说了些啥", "县长", "吴卫东")])
def test_the_post_and_the_name_may_be_asked_together(question, who, name):
    asked = said_by_asked(question)
    assert asked and asked.group("who") == who and asked.group("name") == name


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said, not_said", [
    (REPORT, "市委书记赵某某讲了啥", "做强景区品牌", "抓紧制定落实方案"),
    (REPORT, "市长钱某某讲了什么", "抓紧制定落实方案", "做强景区品牌"),
    (NEWS, "县委书记周建国讲了啥", "压实包保责任", "11月1日前"),
    (NEWS, "县长吴卫东说了什么", "11月1日前", "压实包保责任"),
])
def test_a_person_asked_by_post_and_name_is_answered_with_their_sentences(ask_of, text, question, said, not_said):
    answer = ask_of(text)(question)
    assert said in answer.answer and not_said not in answer.answer, answer.answer
