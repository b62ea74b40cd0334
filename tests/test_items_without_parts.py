"""A short text whose numbered items are one sentence each ("一、洗菜水浇花，一水多用。") has no
parts: "第二条是啥" is its second item, not "文中只有0个部分". Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

APPEAL = """关于节约用水的倡议书
全市广大市民：
今年我市降水偏少四成，为保障供水安全，特发出如下倡议：
一、洗菜水浇花，淘米水冲厕，一水多用。
二、及时报修漏水管道，报修电话96390。
三、家庭安装节水龙头和节水马桶。
东岭市水务局
2024年5月8日
"""
NOTICE = """关于做好春节期间安全工作的通知
各乡镇、各部门：
1. 严格落实值班制度，节日期间24小时有人值守。
2. 加强烟花爆竹燃放管理，城区禁放区域严禁燃放。
3. 做好困难群众走访慰问，确保温暖过节。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    def asker(text):
        return assistant.variant(index=index_in_memory([parse_speech(text, "doc")], encoder)).ask
    return {"appeal": asker(APPEAL), "notice": asker(NOTICE)}


def test_no_count_of_parts_is_made_up_for_a_text_of_none(ask):
    # which item a bare "第二条" of an unannounced list is stays open; the reply must not be "只有0个部分"
    a = ask["appeal"]("第二条是啥")
    assert "0个部分" not in a.answer and "部分不存在" not in a.answer


@pytest.mark.parametrize("name, question, item", [("appeal", "第三条倡议是什么", "节水龙头"),
                                                  ("notice", "第二条是什么", "烟花爆竹")])
def test_the_nth_item_of_a_text_without_parts(ask, name, question, item):
    a = ask[name](question)
    assert a.answerable and item in a.answer
    assert "0个部分" not in a.answer and "部分不存在" not in a.answer
