"""The sentence an excerpt breaks off in (issue 9, classes 4 and 6). Texts written here.

* A site's notice with its subject inside the bracket ("……（全文未完）", "(本文未完)") starts at
  its ellipsis: the words shown before it stay the passage's text, not part of the notice.
* A question about what that sentence was saying is answered with the sentence as far as it runs
  and the cut-off (or gap) notice, not declined because the asked figure is past the break.
* A near miss about a sentence the excerpt shows whole is still declined, the last one before
  the cut included: the break is after it.
"""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.truncation import find_cut_off

ONE_LINE = ("在全镇乡村振兴工作推进会上的讲话\n同志们：今年全镇计划改造农村户厕860户，建设村级污水站12座。"
            "领导小组每月召开一次调度会，研究解决重点难点问题。实行班子成员包片、镇干部包村的责任体系，"
            "每名包村干部每月驻村时间不少于……（全文未完）\n【打印本页】【关闭窗口】\n")

PRINTED = """在全区应急管理工作会议上的讲话
同志们：
一、加强应急队伍建设
每个社区要明确不少于5名应急信息员，8月底前全部到位。全区目前登记备案的社会救援队伍有6支、队员约300人，要通过政府购买服务等方式，把社会救援队伍纳入(本文未完)
"""

GAPPED = """在全县招商引资工作会议上的讲话
同志们：
一、创新招商方式
一是突出产业链招商，围绕装备制造产业链引进配套企业15家。二是推行以商招商，对引荐项目落地的企业给予……
……（此处省略约900字）……
二、优化营商环境
企业开办时间压缩到1个工作日以内，全年新增市场主体4200户。
"""


@pytest.mark.parametrize("text, shown", [
    (ONE_LINE, "每月驻村时间不少于"),
    (PRINTED, "把社会救援队伍纳入"),
])
def test_the_words_before_a_bracketed_notice_stay_text(text, shown):
    cut = find_cut_off(text)
    assert cut is not None and shown not in cut.notice
    document = parse_speech(text, "doc")
    assert shown in document.passages[-1].text or any(shown in p.text for p in document.passages)


@pytest.mark.parametrize("notice", ["……（全文未完）", "……(本文未完)", "……【正文未完】"])
def test_a_notice_with_its_subject_inside_the_bracket_starts_at_the_ellipsis(notice):
    text = f"在全县会议上的讲话\n要求各乡镇每月报送一次进度，年底前全部完成{notice}\n"
    assert find_cut_off(text).notice == notice


@pytest.mark.slow
@pytest.mark.parametrize("text, question, shown, kind", [
    (ONE_LINE, "包村干部每个月至少在村里待几天", "每月驻村时间不少于", "cut_off"),
    (PRINTED, "社会救援队伍最后要纳入什么体系", "把社会救援队伍纳入", "cut_off"),
    (GAPPED, "以商招商引荐项目的企业奖励多少钱", "对引荐项目落地的企业给予", "gap"),
])
def test_a_question_on_the_broken_sentence_gets_it_with_the_notice(ask_of, text, question, shown, kind):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    assert shown in answer.answer
    assert kind in [n.kind for n in answer.notices], answer.notices


WHOLE_BEFORE_CUT = """在全县工业经济推进会上的讲话
同志们：
一、去年工作回顾
去年全县规模以上工业增加值增长7.2%，新增规上企业36家。
园区新建标准厂房18万平方米，道路管网配套基本完成。
二、当前形势
一是从发展基础看，全县已形成装备制造、食品加工两大主导产业。
二是从竞争态势看，周边县市都在加大工业招商力度，我们必须以项目攻坚抢占先机，力争全年新开工亿元以上工业项目25个，完成工业投资120亿元。
……（未完，全文共5200字，当前仅显示600字）
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question", [
    (WHOLE_BEFORE_CUT, "新开工的亿元以上工业项目每个奖励多少钱"),
    (WHOLE_BEFORE_CUT, "亿元以上工业项目开工了给多少奖励"),
    (ONE_LINE, "村级污水站每座投资多少钱"),
    (GAPPED, "新增市场主体中外资企业有多少户"),
])
def test_a_near_miss_on_a_whole_sentence_is_still_declined(ask_of, text, question):
    answer = ask_of(text)(question)
    assert not answer.answerable, answer.answer
