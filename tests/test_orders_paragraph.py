"""A paragraph of short orders under the sentence naming its subject ("扎实做好碳达峰工作。制定…方案。优化…。大力
发展…。开展…。"): asked how the subject is handled ("碳达峰方面怎么说"), the whole paragraph answers, not only the
sentences that repeat its name. A paragraph of long sentences, or a figure asked, is answered as before.
Texts written here, in two wordings."""
from __future__ import annotations

import pytest

CARBON = """某县2026年重点工作
（一）加强生态建设。
扎实做好碳达峰工作。制定全县碳达峰行动方案。优化产业结构和能源结构。大力发展光伏和风电。开展节能降碳专项行动。
（二）加强民生保障。
提高城乡低保标准。新建养老服务中心2个。
"""

MARKETS = """在全区商贸工作会议上的讲话
一、今年重点工作
要全力促进夜间经济发展。打造夜间消费街区3条。延长商场营业时间。举办夜市美食节。完善夜间公交线路。
全区社会消费品零售总额增长6%，其中夜间消费额占比达到三成以上，带动就业2000余人，成为拉动消费的新引擎。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, steps", [
    (CARBON, "碳达峰方面怎么说", ["优化产业结构和能源结构", "开展节能降碳专项行动"]),
    (MARKETS, "夜间经济怎么发展", ["延长商场营业时间", "完善夜间公交线路"]),
])
def test_the_paragraphs_steps_answer(ask_of, text, question, steps):
    answer = ask_of(text)(question)
    assert answer.answerable and all(s in answer.answer for s in steps), answer.answer


@pytest.mark.slow
def test_a_figure_asked_keeps_its_sentence(ask_of):
    answer = ask_of(MARKETS)("夜间消费额占比多少")
    assert "三成以上" in answer.answer and "举办夜市美食节" not in answer.answer, answer.answer
