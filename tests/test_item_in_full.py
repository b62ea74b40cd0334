"""A listed item asked for in full ("第二个具体说说", "第一条详细讲讲", "这一条展开说说") is quoted
whole when it fits a screen, its details included, not only its lead and the sentences most like
the question. Texts written here."""
from __future__ import annotations

import pytest

from qa.followup import _MORE

SPEECH = """在全县农村人居环境整治推进会上的讲话
同志们：
一、存在的问题
当前我县农村人居环境整治还存在不少短板。
一是垃圾收运体系不健全。部分乡镇垃圾转运站建设滞后，与整治要求相比仍有差距。在设施方面，全县还有12个行政村没有配备垃圾收集车。在运行方面，部分村保洁员每月补助不足300元，队伍不稳定。这一问题已成为制约整治成效的突出短板。
二是生活污水治理滞后。部分村庄污水直排问题仍然存在，与群众期盼相比仍有差距。在设施方面，已建成的18座污水处理站中有5座长期停运。在管网方面，配套管网缺口约40公里，雨污分流不到位。这一问题群众反映强烈。
三是村容村貌提升不平衡。示范村与普通村差距明显，部分村庄乱搭乱建、乱堆乱放现象反复出现。
二、下一步工作
各乡镇要对照问题清单逐项整改，年底前全部销号。
"""


@pytest.mark.parametrize("question, more", [
    ("第二个具体说说", True), ("第一条详细讲讲", True), ("这一条展开说说", True), ("第二个呢", False),
    ("第三条是什么", False),
])
def test_a_request_for_the_whole_item_is_told_by_its_words(question, more):
    assert bool(_MORE.search(question)) is more


@pytest.mark.slow
@pytest.mark.parametrize("first, then, details", [
    ("存在哪些问题", "第二个具体说说", ["5座长期停运", "缺口约40公里"]),
    ("存在哪些问题", "第一条详细讲讲", ["12个行政村", "不足300元"]),
])
def test_an_item_asked_for_in_full_is_quoted_whole(assistant, encoder, first, then, details):
    from index.parser import parse_speech
    from index.store import index_in_memory
    ask = assistant.variant(index=index_in_memory([parse_speech(SPEECH, "doc")], encoder)).ask
    ask(first)
    answer = ask(then, [first])
    assert answer.answerable and all(d in answer.answer for d in details), answer.answer


# A part whose points are sub-headings with no points of their own: one asked by its place is
# read whole when it fits a screen, its later sentences' figures included.
SUB_HEADED = """在全区防灾减灾工作会议上的讲话
同志们：
一、认清形势
（一）去年工作成效明显
全区没有发生较大以上安全事故，因灾死亡人数为零。
全年排查整改隐患2.1万处。
（二）短板弱项依然存在
部分老旧小区消防通道被占用。
应急物资储备不足，基层救援力量薄弱。
（三）今年形势依然严峻
从自然灾害看，预计今年汛期降水量较常年偏多1至2成，极端天气增多。对此我们一定要保持清醒头脑。
从安全生产看，建设施工强度处于高位。全区计划实施城市更新项目96个，在建工地数量多。城镇燃气安全压力依然较大，全区现有燃气用户约18万户。
二、压实责任
各街道要落实属地责任，每月开展一次隐患排查。
"""


@pytest.mark.slow
@pytest.mark.parametrize("then", ["第三小点呢", "第三个说今年形势咋样", "最后一点呢"])
def test_a_sub_heading_asked_by_its_place_is_read_whole(ask_of, then):
    answer = ask_of(SUB_HEADED)(then, ["第一部分讲了啥"])
    assert answer.answerable and all(d in answer.answer for d in ("偏多1至2成", "96个", "18万户")), answer.answer
