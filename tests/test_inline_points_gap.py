"""Points run on inside one paragraph and cut by a gap ("第一，…第二，…（此处有删节）第四，…"):
the points shown before the gap are points, not headings lost in it, and the one after the gap
goes on with them. Asked by number, a shown point is answered; the skipped one is declined with
the gap notice, never answered with the next point shown. Texts written here, in three schemes."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

pytestmark = pytest.mark.slow

ORDINAL_COMMA = """关于做好全县秋冬季安全生产工作的讲话

同志们：

今天召开会议，主要是部署秋冬季安全生产工作。下面，我讲四点意见。第一，要压实企业主体责任，各企业主要负责人要亲自抓安全。第二，要强化隐患排查整治，对重点行业开展拉网式检查。（此处有删节）第四，要加强应急值守，严格执行领导带班制度。

同志们，安全生产责任重于泰山，大家要抓紧抓实。
"""

YI_SHI = """在全市农村人居环境整治推进会上的讲话

今年以来，全市农村人居环境整治取得积极进展，但也要清醒看到存在的突出问题，主要有四个方面：一是厕所改造质量不高，部分户厕建成后无法使用。二是垃圾转运体系不健全，偏远村组清运不及时。……（中间部分省略）……四是长效管护机制缺失，村庄保洁员队伍不稳定。

下一步，各地要对照问题清单，逐项抓好整改。
"""

QI_YI = """在全区招商引资工作调度会上的讲话

这次调度会，主要基于三个方面的考虑。其一，上半年签约项目落地率偏低，只有六成项目开工。其二，【此处省略】其三，部分园区配套跟不上，企业反映用电用水排队时间长。

请各园区会后认真对照，拿出整改方案。
"""


def _outline_titles(text: str) -> list[str]:
    return [n.title for n in parse_speech(text, "doc").outline_nodes()]


@pytest.mark.parametrize("text", [ORDINAL_COMMA, YI_SHI])
def test_points_before_the_gap_are_not_omitted_headings(text):
    doc = parse_speech(text, "doc")
    assert doc.truncation.omitted == []
    assert not any(n.status == "omitted" for n in doc.outline_nodes())
    assert doc.truncation.gaps, "the gap notice is still read"


@pytest.mark.parametrize("text, question, expected", [
    (ORDINAL_COMMA, "第四点意见是什么", "加强应急值守"),
    (ORDINAL_COMMA, "第二点是什么", "强化隐患排查整治"),
    (YI_SHI, "第四个问题是什么", "长效管护机制缺失"),
    (YI_SHI, "第一个问题是什么", "厕所改造质量不高"),
])
def test_a_shown_point_is_answered_by_its_number(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable
    assert expected in answer.answer
    assert answer.citations


@pytest.mark.parametrize("text, question, before, after", [
    (ORDINAL_COMMA, "第三点意见是什么", "第2点", "第4点"),
    (YI_SHI, "第三个问题是什么", "第2点", "第4点"),
])
def test_the_skipped_point_is_declined_with_the_gap_notice(ask_of, text, question, before, after):
    answer = ask_of(text)(question)
    assert not answer.answerable
    assert not answer.citations
    assert [n.kind for n in answer.notices] == ["gap"]
    assert before in answer.answer and after in answer.answer
    assert "应急值守" not in answer.answer and "长效管护" not in answer.answer


def test_the_list_shows_the_points_and_says_one_is_missing(ask_of):
    answer = ask_of(YI_SHI)("存在哪些突出问题")
    assert answer.answerable
    for shown in ("厕所改造质量不高", "垃圾转运体系不健全", "长效管护机制缺失"):
        assert shown in answer.answer
    assert "gap" in {n.kind for n in answer.notices}


def test_a_point_of_a_text_without_gap_is_answered(ask_of):
    full = ORDINAL_COMMA.replace("（此处有删节）", "第三，要狠抓隐患整改闭环，做到整改到位。")
    answer = ask_of(full)("第三点意见是什么")
    assert answer.answerable
    assert "狠抓隐患整改闭环" in answer.answer
    assert not answer.notices


def test_a_point_whose_text_the_gap_took_says_so(ask_of):
    answer = ask_of(QI_YI)("第二个考虑是什么")
    assert "其二" in answer.answer
    assert "不在节选中" in answer.answer
    assert not answer.answer.startswith("下的")
    assert "gap" in {n.kind for n in answer.notices}


def test_the_point_after_a_marker_only_point_is_answered(ask_of):
    answer = ask_of(QI_YI)("第三个考虑是什么")
    assert answer.answerable
    assert "园区配套跟不上" in answer.answer


def test_closing_words_to_the_room_end_the_last_point():
    """"同志们，…" after the points turns to the room again: it is no part of the fourth point."""
    doc = parse_speech(ORDINAL_COMMA, "doc")
    closing = next(p for p in doc.passages if "重于泰山" in p.text)
    assert closing.item is None
    assert next(p for p in doc.passages if "应急值守" in p.text).item == "第四"


def test_the_last_point_is_quoted_without_the_closing_words(ask_of):
    answer = ask_of(ORDINAL_COMMA)("第四点是什么")
    assert "应急值守" in answer.answer
    assert "重于泰山" not in answer.answer
