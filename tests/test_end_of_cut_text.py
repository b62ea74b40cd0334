"""The end of a text asked ("讲话最后提了哪些保障措施") of a text cut off: its end is not shown, so the answer is
that the text breaks off, with its notice, not that an item sharing a word with the question ("1.清理…政策措施")
is complete. Texts written here, a paged page and a paywall."""
from __future__ import annotations

import pytest

PAGED = """在全市文旅工作会议上的讲话
同志们：
今天召开全市文旅工作会议。下面，我讲三点意见。
一、充分肯定去年成绩
去年全市接待游客3200万人次，增长15%；旅游总收入310亿元。
二、着力抓好今年重点工作
（一）打造精品线路。今年推出10条精品旅游线路。
1.清理不合理收费的政策措施。对全市景区收费项目开展全面清理，6月底前完成。
2.提升服务质量。全市A级景区游客满意度达到90%以上。
上一页 1 2 3 下一页
"""

PAYWALL = """在全县安全生产工作会议上的讲话
同志们：
一、认清形势
去年全县安全生产形势总体平稳。
二、落实责任
要压实企业主体责任，完善安全生产保障措施，全年培训企业负责人1200人次。
（全文共8236字，剩余5100字，开通会员后可阅读全文）
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question", [(PAGED, "讲话最后提了哪些保障措施"), (PAYWALL, "讲话最后对保障措施提了什么要求")])
def test_the_end_of_a_cut_text_is_not_shown(ask_of, text, question):
    answer = ask_of(text)(question)
    assert "不完整" in answer.answer and not answer.answer.startswith("完整"), answer.answer
    assert any(n.kind == "cut_off" for n in answer.notices), answer.notices
