"""Whom a reply answers (qa/addressee.py): a 提案答复, a 建议答复 and a 来信回复 open on their
addressee; "谁提的" and its kin quote that line and the sentence naming the proposal."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.addressee import addressee_asked

PROPOSAL = """关于县政协九届四次会议第0093号提案的答复

尊敬的刘建华委员：

您在县政协九届四次会议上提出的《关于完善农村客运网络的提案》收悉，现答复如下：

一、基本情况
全县现有农村客运线路46条，通客车的建制村达到100%，但日均班次不足2班的村有37个。

二、下一步打算
今年将新开通预约响应式客运线路8条，对开行偏远线路的企业每车每年补贴1.2万元。

感谢您对交通工作的关心和支持。

县交通运输局
2025年6月20日
"""

SUGGESTION = """对市人大十六届三次会议第41号建议的答复

李建国等3位代表：

你们提出的关于加强农村饮水安全保障的建议已收到，现将办理情况答复如下。

一、关于水源保护
全市已划定乡镇级饮用水水源保护区62个，年内完成规范化建设20个。

二、关于管网改造
今年安排资金8600万元，改造老旧供水管网310公里。
"""

LETTER = """关于张女士来信反映小区噪音问题的回复

张女士：

您来信反映的锦绣花园小区夜间施工噪音扰民问题收悉，现回复如下：

经区城管执法局现场核查，该工地确有夜间违规施工行为，已责令其停止夜间作业，并处罚款2万元。
"""

SPEECH = """在全县交通工作会议上的讲话

同志们：
今年全县交通工作的目标是新改建农村公路120公里，这个目标是县政府常务会议研究提出的。
"""


@pytest.fixture(scope="module")
def ask_one(ask_of):
    return {name: ask_of(text, name) for name, text in
            (("proposal", PROPOSAL), ("suggestion", SUGGESTION), ("letter", LETTER), ("speech", SPEECH))}


@pytest.mark.parametrize("name, question, addressee, proposal", [
    ("proposal", "这个提案是谁提的?", "刘建华委员", "《关于完善农村客运网络的提案》"),
    ("proposal", "提案人是谁", "刘建华委员", "《关于完善农村客运网络的提案》"),
    ("suggestion", "这条建议是哪位代表提出的?", "李建国等3位代表", "加强农村饮水安全保障的建议"),
    ("suggestion", "建议人是谁?", "李建国等3位代表", "加强农村饮水安全保障的建议"),
    ("letter", "来信人是谁", "张女士", "夜间施工噪音扰民问题"),
    ("letter", "这份回复是答复给谁的", "张女士", "夜间施工噪音扰民问题"),
])
def test_the_addressee_and_the_proposal_are_quoted_and_cited(ask_one, name, question, addressee, proposal):
    answer = ask_one[name](question)
    assert answer.answerable and addressee in answer.answer and proposal in answer.answer, answer.answer
    quotes = [c.quote for c in answer.citations]
    assert addressee in quotes and any(proposal in q for q in quotes)


@pytest.mark.parametrize("question", ["Who made the proposal?", "Who is the reply addressed to?"])
def test_an_english_question_gets_the_addressee_in_english(ask_one, question):
    answer = ask_one["proposal"](question)
    assert answer.answerable and "addressed to 刘建华委员" in answer.answer, answer.answer


def test_a_speech_that_is_no_reply_is_answered_from_its_text(ask_one):
    answer = ask_one["speech"]("这个目标是谁提出的?")
    assert "答复的对象" not in answer.answer and "县政府常务会议" in answer.answer, answer.answer


def test_other_questions_of_a_reply_are_answered_as_before(ask_one):
    answer = ask_one["proposal"]("偏远线路每车每年补贴多少?")
    assert "1.2万元" in answer.answer and "答复的对象" not in answer.answer


def test_in_a_library_each_reply_is_named(assistant, encoder):
    docs = [parse_speech(PROPOSAL, "proposal"), parse_speech(SUGGESTION, "suggestion"), parse_speech(SPEECH, "speech")]
    answer = assistant.variant(index=index_in_memory(docs, encoder)).ask("提案人和建议人分别是谁?")
    assert "《关于县政协九届四次会议第0093号提案的答复》" in answer.answer and "刘建华委员" in answer.answer
    assert "李建国等3位代表" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["补贴标准是多少", "这个提案办得怎么样", "谁负责牵头", "Who leads the work?"])
def test_questions_that_ask_no_addressee_are_not_read_as_asking_one(question):
    assert not addressee_asked(question)


def test_in_a_library_an_answer_from_one_reply_names_it(assistant, encoder):
    docs = [parse_speech(LETTER, "letter"), parse_speech(SPEECH, "speech")]
    answer = assistant.variant(index=index_in_memory(docs, encoder)).ask("来信人是谁?")
    assert answer.answer.startswith("出自《关于张女士来信反映小区噪音问题的回复》") and "张女士" in answer.answer


MINUTES = """县政府第12次常务会议纪要

时间：2025年3月6日上午
地点：县政府三楼会议室
主持：县长赵立新

会议研究了城区停车设施建设工作，同意新建公共停车场3处。
"""


def test_in_a_library_a_labelled_field_names_its_text(assistant, encoder):
    docs = [parse_speech(MINUTES, "minutes"), parse_speech(SPEECH, "speech")]
    answer = assistant.variant(index=index_in_memory(docs, encoder)).ask("常务会议在哪里开的?")
    assert "县政府三楼会议室" in answer.answer and "《县政府第12次常务会议纪要》" in answer.answer, answer.answer
