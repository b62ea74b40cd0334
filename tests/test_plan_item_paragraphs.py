"""A plan's tasks (工作要点) end each paragraph naming who carries them out ("（牵头单位：…）"). The last task
of a part can run to a second paragraph: it is that task's, not the part's closing words, because it
ends with its own note. Texts written here, three wordings; a closing paragraph with no note still
belongs to the part."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

TEXTS = [
    ("""关于印发《2026年全市商务工作要点》的通知

一、全力提振消费

1.开展消费促进活动

全年举办促消费活动200场以上。（牵头单位：市商务局消费促进科）

2.打造消费载体

新建便民生活圈30个。（牵头单位：市商务局流通科）

二、稳住外贸基本盘

3.壮大外贸主体

新增有进出口实绩企业80家。（牵头单位：市商务局外贸科）

4.强化外贸风险防范

扩大出口信用保险覆盖面。（牵头单位：市商务局外贸科；配合单位：市金融办）

完善贸易摩擦预警体系，新设产业预警点3个。（牵头单位：市商务局公平贸易科；配合单位：市工信局）

三、加大招商引资力度

5.开展产业链招商

全年引进亿元项目60个。（牵头单位：市商务局投资促进科）
""", "4.强化外贸风险防范", "新设产业预警点3个"),
    ("""某县2026年农业农村工作要点

一、稳定粮食生产

1.稳定播种面积

粮食播种面积稳定在48万亩以上。（责任单位：县农业农村局）

2.建设高标准农田

新建高标准农田2.6万亩。（责任单位：县农业农村局、县财政局）

开展农田建设质量专项检查，10月底前完成验收。（责任单位：县农业农村局）

二、发展乡村产业

3.壮大特色种养

新建标准化养殖场6个。（责任单位：县畜牧中心）
""", "2.建设高标准农田", "农田建设质量专项检查"),
    ("""2026年全区应急管理工作要点

一、防范化解重大风险

（一）深化安全生产治本攻坚

开展重点行业专项整治。（牵头部门：区应急管理局）

（二）加强自然灾害防治

完成地质灾害隐患点治理12处。（牵头部门：区自然资源局）

建立汛期会商研判机制，每周会商一次。（牵头部门：区应急管理局；配合部门：区气象局）

二、提升应急处置能力

（三）建强救援队伍

新建乡镇应急救援队3支。（牵头部门：区应急管理局）
""", "（二）加强自然灾害防治", "汛期会商研判机制"),
]


@pytest.mark.parametrize("text, task, second", TEXTS)
def test_the_last_tasks_second_paragraph_is_its_own(text, task, second):
    doc = parse_speech(text, "plan")
    holding = [p for p in doc.passages if second in p.text]
    assert holding and holding[0].section.endswith(task), [(p.section, p.text[:12]) for p in doc.passages]


def test_a_closing_paragraph_with_no_note_belongs_to_the_part():
    text = TEXTS[0][0].replace("完善贸易摩擦预警体系，新设产业预警点3个。（牵头单位：市商务局公平贸易科；配合单位：市工信局）",
                               "各科室要对照上述任务，细化措施，确保按期完成。")
    assert "对照上述任务" in text
    doc = parse_speech(text, "plan")
    closing = [p for p in doc.passages if "对照上述任务" in p.text]
    assert closing and closing[0].section == "二、稳住外贸基本盘", [(p.section, p.text[:12]) for p in doc.passages]
