"""A title set letter-spaced, as a masthead or a printed cover sets it ("工 作 简 报", "政　府　工　作　报　告"), is
read as its words; a bulletin is called a 文件 in answers, not a 讲话. A name spaced in two characters stays
a speaker's line. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from qa.documents import genre_noun

BULLETIN = """工 作 简 报
第7期
某镇党政办公室编　　　　2026年4月2日
【工作动态】
4月1日，镇里召开春耕生产调度会，部署今年春耕工作。
"""

REPORT = """政　府　工　作　报　告
——2026年1月8日在某县第十八届人民代表大会第五次会议上
县长　王　明
各位代表：
现在，我代表县人民政府，向大会报告工作。
"""


@pytest.mark.parametrize("text, title", [(BULLETIN, "工作简报"), (REPORT, "政府工作报告")])
def test_a_letter_spaced_title_reads_as_its_words(text, title):
    assert parse_speech(text, "doc").title.startswith(title)


def test_a_spaced_name_is_no_title():
    assert "王明" not in parse_speech(REPORT, "doc").title


@pytest.mark.parametrize("title, noun", [("工作简报", "文件"), ("防汛快报", "文件"), ("在全县大会上的讲话", "讲话")])
def test_a_bulletin_is_a_document(title, noun):
    assert genre_noun(title) == noun


@pytest.mark.parametrize("title, noun", [
    ("关于落实县委巡视反馈意见的整改方案", "文件"),  # a plan, whatever 意见 it answers
    ("在全县经济工作报告会上的讲话", "讲话"),  # a speech at a 报告会
    ("关于印发《全市节水工作实施意见》的通知", "文件"),
    ("关于进一步做好农村供水工作的实施意见", "意见"),
    ("关于城区污水治理情况的调研报告", "报告"),
    ("关于开展光盘行动的倡议书", "文件"),
])
def test_a_title_is_called_by_the_genre_it_ends_in(title, noun):
    assert genre_noun(title) == noun
