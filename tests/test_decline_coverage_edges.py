"""A circular or a notice without headings is listed in a decline by its paragraphs' topics. Its
addressee line ("各乡镇人民政府，县直有关单位："), its sign-off ("县安委办" and a date) and an
editor's note in brackets ("（根据录音整理，未经本人审阅）") say whom, who and how, not what it
covers; a time without a day ("11月中旬", "今年以来") or a frame ("从检查情况看") opening a
paragraph says no topic either. Texts written here, in four shapes."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from qa.decline import speech_parts

CIRCULAR = """关于全县燃气安全明察暗访情况的通报

各乡镇人民政府，县直有关单位：

11月中旬，县安委办组织对全县燃气经营和使用单位开展了明察暗访，共检查餐饮场所46家，发现问题隐患93项。

从检查情况看，城关镇、河口镇问题较多，个别餐饮场所燃气报警装置未安装或失效。

请各乡镇、各有关单位于12月10日前完成整改，整改情况报县安委办。

县安全生产委员会办公室
2026年11月25日
"""

NOTICE = """关于开展冬季校园消防安全检查的通知

各中小学校、幼儿园：

入冬以来，我市火灾事故多发。为切实做好校园消防安全工作，教育局决定在全市学校开展消防安全检查。

检查内容包括消防设施是否完好、疏散通道是否畅通、电气线路是否规范。

市教育局
2026年11月20日
"""

LETTER = """致全区广大党员干部的一封信

全区广大党员干部同志：

今年以来，全区上下齐心协力，防汛救灾工作取得阶段性胜利。

当前，灾后重建任务依然繁重，希望大家继续发扬连续作战的作风。
"""


REMARKS = """王县长在农田水利建设观摩会上的即兴讲话
（根据录音整理，未经本人审阅）

刚才看了三个点，今年农田水利建设动手早、规模大。

再一个是质量不能打折扣，验收不合格的一律不付尾款。
"""


@pytest.mark.parametrize("text, edges, topic", [
    (CIRCULAR, ("各乡镇人民政府", "县安全生产委员会办公室", "11月中旬", "从检查情况看"), "燃气"),
    (NOTICE, ("各中小学校", "市教育局", "入冬以来"), "消防"),
    (LETTER, ("全区广大党员干部同志", "今年以来", "当前"), "灾后重建"),
    (REMARKS, ("（根据录音整理", "根据录音整理"), "质量不能打折扣"),
])
def test_a_decline_lists_topics_not_addressee_sign_off_or_time(text, edges, topic):
    parts = speech_parts(parse_speech(text, "doc"))
    assert parts
    for edge in edges:
        assert not any(p.startswith(edge) for p in parts), (edge, parts)
    assert any(topic in p for p in parts), parts


def test_a_text_of_only_an_addressee_line_still_lists_something():
    parts = speech_parts(parse_speech("通知\n\n各有关单位：\n", "doc"))
    assert parts and all(p for p in parts)
