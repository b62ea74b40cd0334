"""An ordinal asked how its item is carried out ("最后一项具体咋推进", "第二条怎么落实", "第一个如何
开展") points into the list just given, like "第二个呢": the how-verb and the spoken 咋 are no topic
of the question's own. Texts written here, a list of tasks in 一是 and 第一，styles."""
from __future__ import annotations

import pytest

from qa.question_form import content_words, read_question

TASKS = """在全县农村人居环境整治推进会上的讲话
同志们：
一、主要问题
一是协调推进机制不健全，部门之间配合不够。
二是资金投入不足，村级组织无力承担管护费用。
二、重点任务
一是推进农村厕所改造。今年新改建户厕3000座，每个行政村建成1座以上公共厕所。
二是开展村庄清洁行动。以“三清一改”为重点，组织群众清理房前屋后，做到垃圾日产日清。
三是实施污水治理工程。在中心村建设小型污水处理站12座，生活污水治理率达到40%。
"""


@pytest.mark.parametrize("question", ["最后一项具体咋推进", "第二个咋搞"])
def test_the_spoken_how_is_no_content_word(question):
    assert "咋" not in content_words(question)


@pytest.mark.parametrize("question, position", [
    ("第二条 钱咋解决", 1), ("第三项　谁牵头", 2), ("第一个 具体说说", 0), ("第三产业 怎么发展", None),
])
def test_a_pause_after_an_ordinal_with_its_measure_word_ends_it(question, position):
    assert read_question(question).position == position


@pytest.mark.slow
@pytest.mark.parametrize("ordinal_question, expected", [
    ("第三项 咋推进", "污水处理站"),
    ("第二条 钱咋解决", "三清一改"),
    ("最后一项具体咋推进", "污水处理站"),
    ("第二条怎么落实", "三清一改"),
    ("第一个如何开展", "户厕3000座"),
    ("第三项具体怎么实施", "污水处理站"),
])
def test_an_ordinal_asked_how_points_into_the_last_list(ask_of, ordinal_question, expected):
    ask = ask_of(TASKS)
    answer = ask(ordinal_question, ["重点任务部署了几项"])
    assert answer.answerable and expected in answer.answer, answer.answer
