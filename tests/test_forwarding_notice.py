"""A notice that forwards a plan (关于印发/转发…的通知): a few lines to the recipients, a sign-off
(the issuing body over its date), then the plan under its own title. Read as prose, the sign-off,
the plan's title and its first sentence ran into one paragraph ("…办公室2025年3月12日…实施方案（…）
为持续改善…"), and "什么时候印发的" found no date, as the sign-off was looked for at the end only.
A date on a line of its own and a document's name on a line of its own close their paragraph; the
first sign-off counts where none ends the text. Texts written here, in several wordings."""
from __future__ import annotations

import pytest

from index.byline import read_signoff
from index.parser import parse_speech

PRINTED = """关于印发《某某县农村供水保障三年行动方案（2025—2027年）》的通知

各乡镇人民政府，县直各有关单位：
现将《某某县农村供水保障三年行动方案（2025—2027年）》印发给你们，请认真抓好落实。

某某县人民政府办公室
2025年4月8日

某某县农村供水保障三年行动方案（2025—2027年）

为提升农村供水保障水平，结合我县实际，制定本方案。
一、工作目标
到2027年，全县农村自来水普及率达到98%，规模化供水工程覆盖农村人口比例达到85%。
二、重点任务
（一）实施水源提升工程。新建水库2座，完成12处水源地规范化建设。
（二）推进管网延伸。新建改造供水管网320公里，实现城乡供水同网同质。
"""

FORWARDED = """关于转发《市教育局关于加强中小学课后服务管理的意见》的通知
各中小学校：
现将市教育局《关于加强中小学课后服务管理的意见》转发给你们，请结合各校实际，认真贯彻执行。
某某区教育局
2024年9月2日
关于加强中小学课后服务管理的意见
课后服务是减轻家长负担的重要举措。各校课后服务每天不少于2小时，结束时间原则上不早于当地正常下班时间。
一、服务内容
以作业辅导为主，兼顾体育、艺术、科普等活动，不得利用课后服务讲授新课。
二、收费标准
课后服务费每生每学期不超过400元，家庭经济困难学生免收。
"""

SIGNED_AT_END = """某某镇2025年防汛工作方案
一、工作目标
确保汛期不发生因灾死亡事故，重要堤防不决口。
二、工作措施
（一）落实防汛责任。镇领导包村、村干部包组，责任到人。
（二）做好物资储备。储备编织袋2万条、救生衣300件。
某某镇人民政府
2025年5月6日
"""


@pytest.mark.parametrize("text,signer,date", [
    (PRINTED, "某某县人民政府办公室", "2025年4月8日"),
    (FORWARDED, "某某区教育局", "2024年9月2日"),
    (SIGNED_AT_END, "某某镇人民政府", "2025年5月6日"),
])
def test_the_sign_off_is_found_where_it_stands(text, signer, date):
    body, when = read_signoff(text)
    assert body.text == signer and when.text == date


@pytest.mark.parametrize("text,opening,title", [
    (PRINTED, "为提升农村供水保障水平", "某某县农村供水保障三年行动方案（2025—2027年）"),
    (FORWARDED, "课后服务是减轻家长负担的重要举措", "关于加强中小学课后服务管理的意见"),
])
def test_the_plan_starts_its_own_paragraph(text, opening, title):
    doc = parse_speech(text, "doc")
    texts = [p.text for p in doc.passages]
    assert any(t.startswith(opening) for t in texts), texts
    assert title in texts, texts  # the plan's name is a line of its own, not the head of its first sentence


def test_a_sentence_ending_in_a_document_kind_still_runs_on():
    text = "某某县会议讲话\n各乡镇要对照县里印发的实施方案\n逐项抓好落实，确保按期完成。\n"
    texts = [p.text for p in parse_speech(text, "doc").passages]
    assert "各乡镇要对照县里印发的实施方案逐项抓好落实，确保按期完成。" in texts, texts


@pytest.mark.parametrize("text,question,expected,where", [
    (PRINTED, "这个方案什么时候印发的", "2025年4月8日", "文中"),
    (FORWARDED, "通知是哪天发的", "2024年9月2日", "文中"),
    (SIGNED_AT_END, "方案是什么时间印发的", "2025年5月6日", "文末"),
])
def test_asked_when_the_date_of_the_sign_off(ask_of, text, question, expected, where):
    answer = ask_of(text)(question)
    assert expected in answer.answer and f"{where}落款" in answer.answer, answer.answer


def test_the_plans_figures_answer_from_its_own_paragraphs(ask_of):
    answer = ask_of(FORWARDED)("课后服务每天多长时间")
    assert "不少于2小时" in answer.answer and "某某区教育局" not in answer.answer
