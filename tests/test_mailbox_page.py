"""A mailbox or message-board page (县长信箱, 网民留言, 12345 咨询): its title stands after a label
("来信标题：…"), its fields each on a line of their own ("来信人：", "来信内容：", "办理单位：", "回复内容："),
and the reply is signed at its end. The title is the title without its label, each field is a
paragraph of its own (not glued to the next label), and "这个回复是哪个部门给的" is its sign-off.
Texts written here, three wordings."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

PAGES = [
    ("""首页 > 互动交流 > 县长信箱 > 信件详情
来信标题：关于城东小区老旧电梯更换的诉求
来信人：王**
来信时间：2026-03-02
来信内容：我家住城东小区3号楼，电梯已经用了18年，今年坏了7次。请问政府对老旧电梯更换有没有补助？
办理单位：县住房和城乡建设局
回复时间：2026-03-16
回复内容：
您好！您反映的问题收悉。使用年限超过15年的住宅电梯，可申请更新补助，每台补助不超过15万元。
县住房和城乡建设局
2026年3月16日
""", "关于城东小区老旧电梯更换的诉求", "县住房和城乡建设局"),
    ("""留言标题：建议在南湖公园增设公共厕所
留言时间：2026-04-10
留言内容：南湖公园每天游客很多，但园内只有一处公共厕所，节假日排队很长，建议增设。
答复单位：市城市管理局
答复内容：
网友您好！我局已将南湖公园公厕建设列入今年计划，新建公厕2座，预计8月底前投入使用。感谢您的建议。
市城市管理局
2026年4月20日
""", "建议在南湖公园增设公共厕所", "市城市管理局"),
    ("""咨询主题：灵活就业人员社保补贴怎么申请
咨询时间：2026-05-06
咨询内容：我是灵活就业人员，想问一下社保补贴需要什么条件，到哪里申请。
办理部门：县人力资源和社会保障局
处理结果：
您好！就业困难人员灵活就业后缴纳社会保险的，可按实际缴费的三分之二给予补贴，请到户籍所在地乡镇社保所申请。
县人力资源和社会保障局
2026年5月8日
""", "灵活就业人员社保补贴怎么申请", "县人力资源和社会保障局"),
]


@pytest.mark.parametrize("text, title, office", PAGES)
def test_the_title_and_fields_of_a_mailbox_page(text, title, office):
    doc = parse_speech(text, "mail")
    assert doc.title == title
    labelled = [p.text for p in doc.passages if "：" in p.text[:6]]
    # each field is a paragraph of its own: no label glued after another one's value
    assert all(p.count("：") == 1 or not any(lab in p[6:] for lab in ("内容：", "单位：", "部门：", "结果："))
               for p in labelled), labelled


@pytest.mark.slow
@pytest.mark.parametrize("text, title, office", PAGES)
def test_who_replied_is_the_sign_off(ask_of, text, title, office):
    answer = ask_of(text, "mail")("这个回复是哪个部门给的")
    assert answer.answerable and office in answer.answer, answer.answer
