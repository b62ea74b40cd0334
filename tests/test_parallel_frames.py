"""When every sub-section of a part is one paragraph, what follows the last one closes the part
(its closing call), unless it goes on in the frame the last one opened ("从自然灾害看，…" then
"从安全生产看，…"): then it is the same point's next paragraph. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.sections import same_frame

TEMPLATE = """在全区防灾减灾工作会议上的讲话
同志们：
一、认清形势
（一）去年工作成效明显
全区没有发生较大以上安全事故，因灾死亡人数为零。
（二）短板弱项依然存在
部分老旧小区消防通道被占用，应急物资储备不足。
（三）今年形势依然严峻
{first}
{second}
二、压实责任
各街道要落实属地责任，每月开展一次隐患排查。
"""


@pytest.mark.parametrize("first, second", [
    ("从自然灾害看，预计今年汛期降水量偏多1至2成。", "从安全生产看，全区在建工地数量处于高位。"),
    ("一方面，极端天气明显增多。", "另一方面，城市更新项目多、工地多。"),
    ("就城区而言，燃气用户达到18万户。", "就农村而言，自建房安全隐患仍然较多。"),
])
def test_a_paragraph_in_the_same_frame_stays_with_its_point(first, second):
    document = parse_speech(TEMPLATE.format(first=first, second=second), "doc")
    sections = {p.text: p.section for p in document.passages}
    assert sections[second] == sections[first] == "一、认清形势 > （三）今年形势依然严峻"


def test_a_closing_paragraph_still_closes_the_part():
    text = TEMPLATE.format(first="从自然灾害看，预计今年汛期降水量偏多1至2成。",
                           second="总之，我们一定要保持清醒头脑，克服麻痹思想。")
    sections = {p.text: p.section for p in parse_speech(text, "doc").passages}
    assert sections["总之，我们一定要保持清醒头脑，克服麻痹思想。"] == "一、认清形势"


@pytest.mark.parametrize("first, text, same", [
    ("从自然灾害看，…", "从安全生产看，…", True),
    ("从自然灾害看，…", "在安全生产方面，…", False),
    ("一方面，…", "另一方面，…", True),
    ("今年以来，…", "从安全生产看，…", False),
])
def test_frames_are_told_by_their_opening(first, text, same):
    assert same_frame(first, text) is same
