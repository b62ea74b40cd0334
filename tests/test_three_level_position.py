"""A point by three places ("第二部分第二项的第4点", "第三部分第（一）项第二条") is that point of that
section, not the section's second item nor its whole list. A speech written here, its points numbered
1. 2. … under one section and 一是/二是 under another."""
from __future__ import annotations

import pytest

SPEECH = """在全市营商环境工作会议上的讲话
一、过去一年的工作
（一）政务服务提速。企业开办时间压缩到1个工作日。
（二）要素保障加强。新增工业用地3000亩。
二、今年的重点任务
（一）提升政务服务效能
1.推进高效办成一件事。今年再推出12个重点事项。
2.深化一网通办。网上可办率达到99%。
3.规范中介服务。清理中介服务事项20项。
（二）优化法治环境
1.规范涉企执法。推行综合查一次。
2.规范招标投标。开展专项整治行动。
3.加强产权保护。办结涉企积案50件。
4.健全信用修复机制。信用修复办理时限压缩到3个工作日。
三、强化组织保障
（一）压实责任
一是落实一把手责任。二是建立周调度机制。三是开展第三方评估。四是实行月通报制度。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, said, not_said", [
    ("第二部分第二项的第4点是什么", "信用修复", "规范招标投标"),
    ("第二部分的第（二）项第3条讲什么", "产权保护", "规范中介服务"),
    ("第二部分第一项的第二条是什么", "一网通办", "规范招标投标"),
])
def test_a_point_by_three_places(ask_of, question, said, not_said):
    a = ask_of(SPEECH)(question)
    assert said in a.answer and not_said not in a.answer, a.answer


@pytest.mark.slow
def test_two_places_still_name_the_section(ask_of):
    a = ask_of(SPEECH)("第二部分第二节讲了什么")
    assert "规范涉企执法" in a.answer and "加强产权保护" in a.answer, a.answer
