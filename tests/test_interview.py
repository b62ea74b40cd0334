"""Press interviews and Q&A pages: each question turn heads the answer under it.

Texts written here in the shapes such pages come in: ``问：/答：`` turns, a reporter and
an official named by role, a question and its answer on one line, an interview under
numbered parts, and a news page whose one ``记者：`` line is a credit, not a question.
"""
from __future__ import annotations

import pytest

from index.byline import read_byline
from index.interview import is_interview
from index.parser import parse_speech

PLAIN_LABELS = """市住房城乡建设局负责人就老旧小区改造答记者问
发布时间：2025-04-18 来源：市住房城乡建设局
问：今年全市计划改造多少个老旧小区？
答：今年全市计划改造老旧小区126个，涉及居民1.8万户，总投资约9.5亿元。
问：改造资金从哪里来？
答：一是争取中央和省级补助资金；二是市、区两级财政按比例配套；三是引导居民和社会资本出资。
问：居民意见不一致时怎么办？
答：我们坚持“一区一策”，改造方案须经三分之二以上居民同意后方可实施。
"""

ROLE_LABELS = """就全市夏粮收购工作答记者问
记者：今年夏粮收购的最低收购价是多少？
市粮食和物资储备局局长：今年小麦最低收购价为每斤1.19元，比去年提高0.01元。
记者：如何防止农民“卖粮难”？
市粮食和物资储备局局长：全市布设收购网点214个，做到农民交售粮食不出乡镇。
记者：请介绍一下仓容准备情况。
市粮食和物资储备局局长：目前全市可用仓容达到85万吨，能够满足收购需要。
"""

SAME_LINE = """县教育局就义务教育招生答问
问：今年城区小学招生计划是多少？答：今年城区小学计划招收一年级新生2860人，比去年增加140人。
问：随迁子女怎样入学？答：随迁子女凭居住证和就业证明即可申请入学，由教育局统筹安排学位。
"""

UNDER_PARTS = """全市优化营商环境新闻发布会实录
一、发布内容
今年以来，全市新设经营主体3.2万户，同比增长12.6%。
二、记者提问
问：企业开办时间压缩到了多少？
答：企业开办全流程压缩至1个工作日以内，实现“一网通办”。
问：涉企检查有哪些新规定？
答：推行“综合查一次”，同一企业一年内检查原则上不超过2次。
"""

NEWS_WITH_CREDIT = """全县秋粮收获进度过半
记者：王晓东
连日来，全县抢抓晴好天气组织秋粮收获，目前已收获玉米18万亩，进度达到54%。
县农业农村局组织农机手300余名，投入收割机械460台。
"""


@pytest.mark.parametrize("text, questions", [
    (PLAIN_LABELS, ["今年全市计划改造多少个老旧小区？", "改造资金从哪里来？", "居民意见不一致时怎么办？"]),
    (ROLE_LABELS, ["今年夏粮收购的最低收购价是多少？", "如何防止农民“卖粮难”？", "请介绍一下仓容准备情况。"]),
    (SAME_LINE, ["今年城区小学招生计划是多少？", "随迁子女怎样入学？"]),
])
def test_each_question_turn_heads_the_answer_under_it(text, questions):
    doc = parse_speech(text, "doc")
    assert [n.title for n in doc.outline] == questions
    for node in doc.outline:
        body = [p for p in doc.passages if p.section.startswith(node.path)]
        assert body, node.title
        # the answer's label is not text of the answer
        assert not any(p.text.startswith(("答：", "市粮食和物资储备局局长：")) for p in body)
        assert all(doc.source[p.start:p.end] == p.text for p in body)


def test_an_interview_under_numbered_parts_nests_its_questions():
    doc = parse_speech(UNDER_PARTS, "doc")
    assert [n.title for n in doc.outline] == ["一、发布内容", "二、记者提问"]
    assert [c.title for c in doc.outline[1].children] == ["企业开办时间压缩到了多少？", "涉企检查有哪些新规定？"]


def test_a_credit_line_does_not_make_a_news_page_an_interview():
    assert not is_interview(NEWS_WITH_CREDIT.splitlines())
    doc = parse_speech(NEWS_WITH_CREDIT, "doc")
    assert not doc.outline


def test_a_pages_publication_line_dates_it_when_the_text_has_no_date_line():
    byline = read_byline(PLAIN_LABELS, "doc")
    assert byline.date is None and byline.published is not None
    assert "2025-04-18" in byline.published.text
    assert PLAIN_LABELS[byline.published.start:byline.published.end] == byline.published.text


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (PLAIN_LABELS, "要改造几个老旧小区", "126个"),
    (PLAIN_LABELS, "改造资金有哪些来源", "按比例配套"),
    (ROLE_LABELS, "小麦收购价每斤多少钱", "1.19元"),
    (ROLE_LABELS, "可用仓容有多少", "85万吨"),
    (SAME_LINE, "城区小学今年招多少新生", "2860人"),
    (UNDER_PARTS, "企业开办要多长时间", "1个工作日以内"),
])
def test_a_question_is_answered_from_the_answer_turn(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer
    assert "答：" not in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["记者问了哪些问题？", "一共回答了几个问题", "What questions were asked?"])
def test_the_questions_asked_are_the_pages_outline(ask_of, question):
    answer = ask_of(PLAIN_LABELS)(question)
    assert answer.answerable
    for asked in ("改造多少个老旧小区", "改造资金从哪里来", "居民意见不一致时怎么办"):
        assert asked in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["这篇是什么时候发布的？", "发布日期是哪天"])
def test_the_publication_line_answers_when_the_page_was_published(ask_of, question):
    answer = ask_of(PLAIN_LABELS)(question)
    assert answer.answerable and "2025-04-18" in answer.answer
    assert answer.citations[0].passage_id == "doc#header"


PRESS = """某县春耕生产新闻发布会实录
主持人（县政府新闻办主任 李某某）：各位记者朋友，大家上午好！下面进入提问环节。
县融媒体中心记者：今年种粮农民能享受哪些补贴？什么时候发到农民手里？
县财政局局长 陈某某：感谢您的提问。耕地地力保护补贴每亩118元，4月底前发放到户。
市日报记者：今年农资质量方面有什么措施？
县农业农村局局长 张某某：一是加强源头检查；二是加大抽检力度，抽检样品不少于150个。
新华社记者：请介绍一下春灌安排。
县水利局局长：上游水库为春灌预留水量1200万立方米，3月25日起分片开闸放水。
"""


def test_a_press_transcript_keeps_who_asked_and_who_answered():
    doc = parse_speech(PRESS, "doc")
    assert [n.title for n in doc.outline] == [
        "县融媒体中心记者：今年种粮农民能享受哪些补贴？什么时候发到农民手里？",
        "市日报记者：今年农资质量方面有什么措施？", "新华社记者：请介绍一下春灌安排。"]
    first = [p.text for p in doc.passages if p.section.startswith(doc.outline[0].path)]
    assert first[0].startswith("县财政局局长 陈某某：感谢您的提问。"), first  # a named answerer is what the page says
    third = [p.text for p in doc.passages if p.section.startswith(doc.outline[2].path)]
    assert third[0].startswith("上游水库为春灌预留水量"), third  # a role alone is a label, as 答： is
