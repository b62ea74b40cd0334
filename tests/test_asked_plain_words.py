"""What a question in plain words asks, read the way the text would write it: a modal and a
direction glued before a verb ("能来查") is no subject, a deadline before the flood season is a
date, and "各街道" is every street office, no named place. Sentences written here."""
from __future__ import annotations

import pytest

from qa.asked import asked
from qa.fact_check import holds_fact


@pytest.mark.parametrize("question, not_focus", [
    ("一个部门一年能来查企业几次", "能来查"), ("他们要去管哪些企业", "要去管"), ("会来检查几次", "会来检"),
])
def test_a_glued_modal_and_direction_is_no_subject(question, not_focus):
    assert not_focus not in asked(question).focus


@pytest.mark.parametrize("sentence", ["汛期前完成县城易涝点整治。", "主汛期前全部到位。", "入汛前完成隐患排查。"])
def test_before_the_flood_season_is_a_date(sentence):
    assert holds_fact(sentence, "date")


@pytest.mark.parametrize("sentence, place", [
    ("各街道要按照标准化要求完善物资储备点。", False), ("每个社区明确1名信息员。", False),
    ("物资储备库设在城东街道。", True), ("会议在青溪县召开。", True),
])
def test_every_street_office_is_no_named_place(sentence, place):
    assert holds_fact(sentence, "place") is place
