"""A bare detail question ("钱从哪来") typed after another question asks that detail of the last
turn's subject, unless it names a heading of the speech word for word ("（一）强化资金保障，解决好
“钱从哪里来”的问题"): then it asks for that section. Texts written here, in several wordings; the
counter-case keeps the follow-up where no heading names the question."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TOWN = """在全镇乡村振兴推进会上的讲话

一、去年工作回顾

农村居民人均可支配收入达到21860元，同比增长7.2%。新建高标准农田1.2万亩。

二、今年重点任务

今年新建污水处理站3座，由镇村建办牵头，8月底前建成投用。

三、强化保障

（一）强化资金保障，解决好“钱从哪里来”的问题

今年全镇乡村振兴计划总投入3860万元。一是积极争取上级资金，3月底前建立项目库。二是加大镇级财政投入，安排专项资金600万元。三是撬动社会资本参与，力争吸引社会资金800万元以上。

（二）强化人才保障，解决好“人从哪里来”的问题

一是实施乡贤回引工程，年内回引人才30名。二是加强本土人才培养，培训高素质农民200人。
"""

PLAIN = """在全镇乡村振兴推进会上的讲话

一、去年工作回顾

农村居民人均可支配收入达到21860元，同比增长7.2%。

二、今年重点任务

今年新建污水处理站3座，总投资900万元，由县级财政补助600万元、镇级自筹300万元，8月底前建成投用。
"""


@pytest.mark.parametrize("question, items", [
    ("钱从哪来", ["争取上级资金", "撬动社会资本"]),
    ("钱从哪里来？", ["争取上级资金", "加大镇级财政投入"]),
    ("人从哪里来", ["乡贤回引", "本土人才培养"]),
])
def test_a_bare_ask_naming_a_heading_is_that_section(ask_of, question, items):
    answer = ask_of(TOWN)(question, ["去年农民收入多少"])
    assert answer.answerable, answer.answer
    assert all(i in answer.answer for i in items), answer.answer
    assert "21860元" not in answer.answer


def test_a_bare_ask_no_heading_names_is_still_asked_of_the_last_turn(ask_of):
    answer = ask_of(PLAIN)("钱从哪来", ["污水处理站建几座"])
    assert "县级财政补助600万元" in answer.answer, answer.answer


def test_a_heading_of_another_speech_in_a_library_leaves_the_follow_up_alone(assistant, encoder):
    from index.parser import parse_speech
    from index.store import index_in_memory
    library = assistant.variant(index=index_in_memory([parse_speech(PLAIN, "plain"), parse_speech(TOWN, "town")],
                                                      encoder))
    answer = library.ask("钱从哪来", ["污水处理站总投资多少，建几座"], document="plain")
    assert "县级财政补助600万元" in answer.answer, answer.answer
    assert "争取上级资金" not in answer.answer
    unscoped = library.ask("钱从哪来", ["污水处理站总投资多少"])
    assert "争取上级资金" not in unscoped.answer, unscoped.answer
