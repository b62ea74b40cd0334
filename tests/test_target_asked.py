""""重点打谁", "主要帮扶谁", "补贴发给谁": 谁 after a verb of doing asks the group the doing is aimed
at, which the text names (黑恶势力, 低收入农户), not a person or office; the fact check for a person
declined it. "由谁牵头", "谁来负责", "县长是谁" still ask a person. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked

NOTICE = """关于开展农村社会治理专项行动的通知
一、严厉打击违法犯罪
深入开展扫黑除恶常态化斗争，严厉打击农村黑恶势力、宗族恶势力和“村霸”，依法整治黄赌毒等突出问题。
二、精准开展帮扶
对脱贫不稳定户、边缘易致贫户和突发严重困难户开展常态化监测，实行一户一策精准帮扶。
三、发放临时救助
临时救助金直接发放给遭遇突发事件、意外伤害导致基本生活陷入困境的家庭。
四、组织实施
由县委政法委牵头，县公安局、县民政局配合。
"""


@pytest.mark.parametrize("question", ["扫黑除恶在农村重点打谁", "主要帮扶谁", "临时救助金发给谁", "专项行动针对谁"])
def test_the_target_of_a_doing_is_no_person_asked(question):
    assert asked(question).fact != "person", asked(question)


@pytest.mark.parametrize("question", ["由谁牵头", "谁来负责组织实施", "县长是谁"])
def test_who_does_it_is_a_person(question):
    assert asked(question).fact == "person"


@pytest.mark.slow
@pytest.mark.parametrize("question, quoted", [
    ("扫黑除恶在农村重点打谁", "农村黑恶势力"),
    ("常态化监测主要帮扶谁", "脱贫不稳定户"),
    ("临时救助金发给谁", "基本生活陷入困境的家庭"),
])
def test_the_target_is_answered(ask_of, question, quoted):
    answer = ask_of(NOTICE)(question)
    assert answer.answerable and quoted in answer.answer, answer.answer
