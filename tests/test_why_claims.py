"""A claim asked "为什么说…" (the item's own lead restated): every reason the item gives after it,
when they fit a screen, not the two nearest the question's words. Texts written here."""
from __future__ import annotations

import pytest

SPEECH = """在全县城乡建设工作会议上的讲话
同志们：
一、存在的问题
一是公共服务配套不足，影响了群众的获得感。虽然近年来投入不断加大，但与群众需求相比仍有差距。在教育方面，城区学校大班额问题依然存在，学位供给偏紧。在医疗方面，乡镇卫生院设备陈旧，基层看病难问题较为突出。在养老方面，农村养老服务设施覆盖率不足四成，专业护理人员严重短缺。
二是基础设施建设滞后，制约了城乡融合的步伐。在交通方面，部分乡村道路路面狭窄，存在“断头路”问题。在供水方面，部分村庄管网老化严重，夏季用水高峰时常停水。在网络方面，偏远山区信号覆盖不全，电商发展受到限制。
二、下一步工作
加快补齐公共服务短板，推进基础设施提档升级。
"""


SERVICES = ["学位供给偏紧", "基层看病难", "专业护理人员严重短缺"]
INFRASTRUCTURE = ["断头路", "常停水", "电商发展受到限制"]


@pytest.mark.slow
@pytest.mark.parametrize("question, reasons", [
    ("为什么说公共服务配套不足影响了群众的获得感?", SERVICES),
    ("为什么说基础设施建设滞后制约了城乡融合的步伐", INFRASTRUCTURE),
    ("为何说基础设施滞后制约了城乡融合", INFRASTRUCTURE),
])
def test_every_reason_after_a_claim_asked_why_is_quoted(ask_of, question, reasons):
    answer = ask_of(SPEECH)(question)
    assert answer.answerable and all(r in answer.answer for r in reasons), answer.answer
