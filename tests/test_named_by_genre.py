"""A library question names a speech by its title's words with its kind ("商务工作要点第14条", "述职述廉报告中…",
"发布会实录里…"), and a year before a verb ("2026年计划完成…") is the fact's year, not the title's. Texts
written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from qa.documents import years_named
from qa.levels import speeches_meant

TITLES = {
    "points": "关于印发《2026年全市商务工作要点》的通知\n一、稳外贸\n14.培育外贸新业态。\n",
    "duty": "2025年度个人述职述廉报告\n一、履职情况\n全年完成水利投资4.36亿元。2026年计划完成水利投资4.6亿元。\n",
    "press": "某县2026年春耕生产新闻发布会实录\n主持人：各位记者朋友，大家好。\n县财政局局长：每亩补贴118元。\n",
    "rules": "某某市生活垃圾分类管理办法\n第十四条　大件垃圾应当预约收运。\n",
    "report": "2026年政府工作报告\n一、2025年工作回顾\n全市完成固定资产投资820亿元。\n",
}


@pytest.fixture(scope="module")
def docs():
    return [parse_speech(text, name) for name, text in TITLES.items()]


@pytest.mark.parametrize("question, meant", [
    ("商务工作要点第14条是什么内容", {"points"}),
    ("述职述廉报告中2026年计划完成水利投资多少", {"duty"}),
    ("新闻发布会实录里补贴标准是多少", {"press"}),
])
def test_a_title_run_with_its_kind_names_the_speech(docs, question, meant):
    assert speeches_meant(question, docs)[0] == meant


@pytest.mark.parametrize("question, years", [("述职述廉报告中2026年计划完成水利投资多少", []), ("2026年安排资金多少", []),
                                             ("2026年政府工作报告提出了什么", ["2026年"]),
                                             ("2025年的工作安排里讲了什么", ["2025年"])])
def test_a_year_before_a_verb_dates_no_text(question, years):
    assert years_named(question) == years
