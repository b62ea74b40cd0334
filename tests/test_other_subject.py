""""单位呢" after "个人…罚多少钱": the last question asked again of another subject of the same kind
(a party for a party, a name ending alike). Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.other_subject import with_other_subject

RULES = """青川市餐厨垃圾和生活垃圾管理办法
第三条　生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾。有害垃圾，是指废电池、废灯管、废药品等对人体健康有危害的垃圾。
第八条　机关、企业事业单位应当在办公场所设置分类收集容器，单位负责人是本单位生活垃圾分类的第一责任人。
第九条　有害垃圾收集容器为红色，厨余垃圾收集容器为绿色。
第十条　单位和个人应当按照下列要求分类投放生活垃圾：
（一）可回收物投放至可回收物收集容器；
（二）有害垃圾投放至有害垃圾收集容器或者暂存点；
（三）厨余垃圾沥干水分后投放至厨余垃圾收集容器。
第二十条　厨余垃圾应当每日收集运输；有害垃圾每月至少收集一次，暂存不得超过60日；可回收物每周至少收集一次。
第三十条　个人未按照规定分类投放生活垃圾的，由城市管理部门责令改正；拒不改正的，处50元以上200元以下罚款。
第三十一条　单位未按照规定分类投放生活垃圾的，由城市管理部门责令改正；拒不改正的，处5000元以上5万元以下罚款。
第三十二条　本办法自2025年1月1日起施行。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(RULES, "rules")], encoder)).ask


@pytest.mark.parametrize("follow", ["单位呢", "那单位呢", "要是单位呢"])
def test_the_fine_of_the_other_party(ask, follow):
    a = ask(follow, ["个人不按规定分类扔垃圾，罚多少钱？"])
    assert "5000元以上5万元以下" in a.answer.split("[2]")[0]


def test_the_frequency_of_another_kind_of_waste(ask):
    a = ask("有害垃圾呢", ["厨余垃圾多久收运一次"])
    assert a.answerable and "每月至少收集一次" in a.answer


@pytest.mark.parametrize("last, subject, again", [
    ("个人不按规定分类扔垃圾，罚多少钱", "单位", "单位不按规定分类扔垃圾，罚多少钱"),
    ("厨余垃圾多久收运一次", "有害垃圾", "有害垃圾多久收运一次"),
    ("城市低保标准是多少", "农村", "农村低保标准是多少"),
    ("厨余垃圾多久收运一次", "学校", None),
    ("今年新建多少所学校", "医院", "今年新建多少所医院")])
def test_the_subject_swapped(last, subject, again):
    assert with_other_subject(last, subject) == again
