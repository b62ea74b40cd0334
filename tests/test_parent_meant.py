"""A list question about an area ("公平竞争方面要做哪些工作") that names one item of a section by a run of
its words ("1.清理妨碍公平竞争的政策措施"), where the best passage is the section's own opening
("公平竞争是市场经济的核心。…"), asks for that section's items, not for the one item's sentence.
Texts written here, in three wordings; the counter-case asks of the item itself."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

MARKET = """在全市优化营商环境大会上的讲话

同志们：

一、正视差距

去年全市营商环境评价位列全省第五，企业满意度达到88%，但与先进地区相比仍有差距。

二、突出重点，推动营商环境整体提升

（一）着力打造更高效的政务服务环境

政务服务是营商环境的门面。要推动政务服务从能办向好办转变。

1.扩大一网通办覆盖面

今年再推出10个重点事项，年底前累计达到30个。

2.深化审批制度改革

社会投资工业项目审批全流程压缩到40个工作日以内。

（二）着力打造更公平的市场竞争环境

公平竞争是市场经济的核心。要坚决破除各种显性和隐性壁垒，让各类经营主体在同一起跑线上竞争。

1.清理妨碍公平竞争的政策措施

对现行涉企政策开展全面清理，6月底前完成存量政策清理，清理结果向社会公开。

2.规范招标投标市场秩序

全面推行远程异地评标，严厉打击围标串标、转包挂靠等违法行为。

3.保障各类经营主体平等参与

全面清理政府采购中对民营企业设置的差别化条件，预留中小企业份额提高到40%以上。
"""

VILLAGE = """在全县乡村振兴工作会议上的讲话

一、去年工作回顾

全县新建高标准农田5万亩，农村居民人均可支配收入增长7.2%。

二、今年重点任务

（一）持续改善农村人居环境

人居环境整治是乡村振兴的一场硬仗，事关广大农民根本福祉，必须一年接着一年干。

1.推进农村人居环境整治提升行动

全年完成农村户厕改造3000户，生活垃圾收运处置体系覆盖所有行政村。

2.加强农村生活污水治理

新建污水处理设施40处，农村生活污水治理率达到45%。

3.开展村庄清洁行动

组织开展春夏秋冬四季战役，每月评比一次。

（二）发展壮大县域富民产业

产业兴旺是乡村振兴的基础。要做强特色农业，延伸产业链条。
"""

SAFETY = """在全区安全生产工作会议上的讲话

一、当前形势

去年全区生产安全事故起数下降12%，死亡人数下降15%。

二、重点工作

（一）深化重点行业领域安全监管

安全监管要突出重点行业领域，聚焦危化品、建筑施工、道路交通等容易发生群死群伤的领域。

1.加强危化品安全监管

对全区28家危化品企业开展全覆盖检查，年底前完成自动化改造。

2.强化建筑施工安全监管

对在建工地实行月检查制度，严厉查处违法分包。

3.整治道路交通安全隐患

排查整治农村道路临水临崖路段，完成安防设施建设120公里。
"""


@pytest.mark.parametrize("text, question, section, items", [
    (MARKET, "公平竞争方面要做哪些工作", "更公平的市场竞争环境", ["规范招标投标市场秩序", "保障各类经营主体平等参与"]),
    (VILLAGE, "人居环境整治有哪些措施", "持续改善农村人居环境", ["加强农村生活污水治理", "开展村庄清洁行动"]),
    (SAFETY, "安全监管方面要抓哪些工作", "深化重点行业领域安全监管", ["强化建筑施工安全监管", "整治道路交通安全隐患"]),
])
def test_an_area_asked_gets_the_items_of_the_section_it_opens(ask_of, text, question, section, items):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    assert section in answer.answer, answer.answer
    for item in items:
        assert item in answer.answer, answer.answer


def test_a_question_about_the_item_itself_keeps_to_it(ask_of):
    answer = ask_of(MARKET)("清理妨碍公平竞争的政策措施有什么要求")
    assert "6月底前完成存量政策清理" in answer.answer, answer.answer
    assert "远程异地评标" not in answer.answer
