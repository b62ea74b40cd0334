"""Why a section's task is set, asked by its heading ("为啥要补齐排涝设施短板"): the section's opening says it
("去年汛期…暴露出排涝设施的短板，教训十分深刻"), not its numbered points, which say what is done. A section
whose opening gives no reason is answered as before, and asked what to do, the points answer. Texts
written here, in two wordings."""
from __future__ import annotations

import pytest

FLOODS = """在全县防汛工作会议上的讲话
同志们：
一、去年工作回顾
去年全县转移避险群众1.2万人，未发生人员伤亡。
二、今年重点任务
（一）补齐排涝设施短板。去年汛期强降雨期间，县城老城区出现了严重积水，暴露出排涝设施的短板，教训十分深刻。今年要把排涝能力建设摆在更加突出的位置。
1.整治易涝点。汛期前完成12处易涝点整治。
2.新建排水管网。全年新建排水管网30公里。
3.建设排涝泵站。新建排涝泵站2座。
（二）加强预警发布。
1.完善预警平台。6月底前建成县级预警信息发布平台。
2.畅通传递渠道。每个行政村配备应急广播。
"""

SCHOOLS = """在全市教育工作会议上的讲话
同志们：
一、扩大优质学位供给
之所以把扩大学位摆在首位，是因为近三年城区新增入学儿童1.8万人，大班额问题反弹，群众意见较大。
一是新建学校。年内新建中小学6所。
二是挖潜扩容。利用闲置校舍增加学位2400个。
二、加强教师队伍建设
一是补充教师。全年招聘教师800名。
二是加强培训。每名教师每年培训不少于72学时。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said, not_said", [
    (FLOODS, "为啥要补齐排涝设施短板", "暴露出排涝设施的短板", "新建排涝泵站2座"),
    (SCHOOLS, "为什么要扩大优质学位供给", "大班额问题反弹", "年内新建中小学6所"),
])
def test_the_sections_opening_says_why(ask_of, text, question, said, not_said):
    answer = ask_of(text)(question)
    assert answer.answerable and said in answer.answer and not_said not in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said", [
    (FLOODS, "补齐排涝设施短板要做哪些工作", "新建排涝泵站2座"),
    (SCHOOLS, "扩大学位有哪些举措", "挖潜扩容"),
])
def test_what_to_do_is_still_the_points(ask_of, text, question, said):
    answer = ask_of(text)(question)
    assert answer.answerable and said in answer.answer, answer.answer


@pytest.mark.slow
def test_an_opening_that_gives_no_reason_leads_nothing(encoder):
    from index.parser import parse_speech
    from index.store import index_in_memory
    from qa.why_asked import reason_lead

    index = index_in_memory([parse_speech(FLOODS, "d")], encoder)
    tasks = index.documents[0].outline[1]
    lessons, warnings = tasks.children[:2]
    assert [index.sentence_text(s) for s in reason_lead(index, "d", lessons)][0].startswith("去年汛期强降雨期间")
    assert reason_lead(index, "d", warnings) == []  # "（二）加强预警发布。" gives none
