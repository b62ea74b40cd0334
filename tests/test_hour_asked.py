""""几点" asks a time of day when a modal, a verb of doing or a before/after follows it ("几点可以扔",
"几点以前要到", "几点上班"), and counts points when a noun follows or nothing does ("讲了几点要求",
"一共讲了几点")."""
from __future__ import annotations

import pytest

from qa.asked import asked


@pytest.mark.parametrize("question", ["厨余垃圾几点可以扔", "其他垃圾几点以前要扔掉", "政务大厅几点上班",
                                      "报名几点截止", "窗口几点能办理", "班车几点出发"])
def test_a_time_of_day_is_asked(question):
    what = asked(question)
    assert what.fact == "date" and what.precision == "hour"


@pytest.mark.parametrize("question", ["第十三条讲了几点要求", "讲话一共讲了几点", "提了几点意见", "有几点体会"])
def test_points_are_counted(question):
    assert asked(question).precision != "hour"
