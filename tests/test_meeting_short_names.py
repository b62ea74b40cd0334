"""A meeting or body asked by its short name ("全会", "常委会", "人大") of a text that writes it out
("第六次全体会议", "常务委员会", "人民代表大会"): a communique's own sentences answer. Text written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

COMMUNIQUE = """中国共产党石门县第十四届委员会第五次全体会议公报
中国共产党石门县第十四届委员会第五次全体会议，于2025年12月20日至21日在县城召开。出席会议的有县委委员29名。
会议听取和讨论了县委常务委员会的工作报告。
石门县第十八届人民代表大会第四次会议定于2026年1月中旬召开。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(COMMUNIQUE, "communique")], encoder)).ask


@pytest.mark.parametrize("question, says", [("这次全会是什么时候开的，开了几天", "12月20日至21日"),
                                            ("全会在哪里召开", "在县城召开"),
                                            ("会议听取了常委会的什么报告", "常务委员会的工作报告"),
                                            ("县人大会议什么时候开", "2026年1月中旬")])
def test_the_short_name_finds_the_written_out_one(ask, question, says):
    a = ask(question)
    assert a.answerable and says in a.answer.split("[2]")[0]
