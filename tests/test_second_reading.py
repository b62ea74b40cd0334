"""A bare detail typed after another question ("去年投资完成了多少" after "谁主持的会") is first read
as a detail of the last turn's subject; when that reading quotes no figure and the question read
alone finds one, the answer is the second reading. Texts written here, in three wordings; the
counter-case keeps a follow-up whose first reading holds the figure."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _news(day: str, host: str, done: str, fund: str) -> str:
    return f"""全县项目建设推进会召开

{day}，全县项目建设推进会召开。县委书记王某某出席会议并讲话，{host}主持会议。

会议通报了去年重点项目建设情况。2025年，全县共实施重点项目118个，{done}，同比增长9.6%；新开工项目40个。

王某某强调，要聚焦要素保障，设立{fund}产业引导基金，帮助企业解决融资难题；要聚焦作风转变，对推诿扯皮等行为严肃追责问责。

会议要求，2026年全县计划实施重点项目130个以上。各乡镇、各部门要倒排工期、挂图作战。（记者 周某某）
"""


WORDINGS = [("3月9日", "县长李某某", "完成投资52.3亿元", "3亿元", "52.3亿元"),
            ("4月2日", "县委副书记赵某某", "累计完成投资61.8亿元", "5亿元", "61.8亿元"),
            ("2月27日", "常务副县长陈某某", "完成项目投资47.5亿元", "2亿元", "47.5亿元")]


@pytest.mark.parametrize("day, host, done, fund, figure", WORDINGS)
def test_a_bare_figure_after_a_field_of_the_meeting(ask_of, day, host, done, fund, figure):
    ask = ask_of(_news(day, host, done, fund), "news")
    first = ask("谁主持的会")
    assert host in first.answer
    later = ask("去年投资完成了多少", [first.question])
    assert figure in later.answer


@pytest.mark.parametrize("day, host, done, fund, figure", WORDINGS)
def test_a_follow_up_holding_its_figure_stays(ask_of, day, host, done, fund, figure):
    ask = ask_of(_news(day, host, done, fund), "news")
    later = ask("规模多少", ["产业引导基金是怎么安排的"])
    assert fund in later.answer and figure not in later.answer
