"""A speech with no title line is named by its file's stem, which may be shorter than the
4-character runs the title lookup counts ("gas.txt", "报告.txt"): the lookup counts nothing for
it instead of failing every question. Texts written here."""
from __future__ import annotations

import pytest

from qa.substrings import RunCounter

UNTITLED = """一、加快老旧管网改造
全市老旧燃气管道改造任务在2027年底前全部完成。
二、提升维修服务
居民报修后，城区4小时内、乡镇8小时内完成维修。
"""


@pytest.mark.parametrize("texts", [["gas"], ["ab", "报告"], [""]])
def test_texts_shorter_than_a_run_are_counted_without_failing(texts):
    counter = RunCounter(texts)
    assert counter.holders(texts[0], 5) == (1 if texts[0] else len(texts))
    assert counter.holders("燃气管道改造", 5) == 0


@pytest.mark.slow
@pytest.mark.parametrize("stem", ["gas", "a1", "报告"])
def test_a_speech_named_by_a_short_stem_is_answered(ask_of, stem):
    answer = ask_of(UNTITLED, stem)("居民报修以后多久能修好")
    assert answer.answerable and "4小时内" in answer.answer, answer.answer
