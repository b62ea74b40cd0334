"""A paragraph that opens with its year ("到2027年，…。") dates the sentences after it: asked when
one of their goals is due, the answer is that year, quoted with its lead. Texts written here."""
from __future__ import annotations

import pytest

PLAN = """青禾县乡村振兴三年行动方案
一、总体目标
到2027年，全县乡村振兴取得明显进展，城乡融合机制初步建立。农村生活垃圾收运处置体系全面覆盖所有行政村；卫生厕所普及率达到95%以上，农村集中供水率稳步提升；村级集体经济薄弱村全部清零，农民收入增速快于城镇居民。
到2030年，乡村全面振兴取得决定性进展，农业农村现代化基本实现。县域城乡基本公共服务均等化基本实现，乡村治理体系更加完善；农村人居环境整体提升，生态宜居美丽乡村全面建成。
二、重点任务
（一）发展特色产业。做强茶叶、竹笋两大主导产业，建设标准化茶园2万亩。
（二）改善人居环境。推进厕所革命和污水治理，建立长效管护机制。
"""

OPINION = """关于加快青禾市养老服务体系建设的实施意见
2026年，全市新建社区嵌入式养老服务中心30个。各区要加快推进助餐点建设，实现城市社区老年助餐服务全覆盖；探索建立家庭养老床位制度，为失能老人提供上门照护。
到2028年，全市养老服务体系基本健全。居家社区机构相协调、医养康养相结合的格局基本形成；护理型床位占比提高到65%。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, year, holding", [
    (PLAN, "薄弱村什么时候要全部清零？", "到2027年", "薄弱村全部清零"),
    (PLAN, "按方案安排，生态宜居美丽乡村哪一年全面建成？", "到2030年", "全面建成"),
    (OPINION, "老年助餐服务什么时候实现全覆盖？", "2026年", "助餐服务全覆盖"),
    (OPINION, "医养结合的格局计划在哪一年基本形成？", "到2028年", "格局基本形成"),
])
def test_a_goal_is_dated_by_its_paragraph_lead(ask_of, text, question, year, holding):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    assert year in answer.answer and holding in answer.answer, answer.answer


@pytest.mark.slow
def test_a_goal_no_paragraph_dates_is_still_declined(ask_of):
    answer = ask_of(PLAN)("标准化茶园什么时候建成？")
    assert not answer.answerable or "未给出" in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question, lead, detail", [
    (PLAN, "方案对2027年村集体经济提了什么目标？", "到2027年", "薄弱村全部清零"),
    (PLAN, "到2030年乡村治理要达到什么程度？", "到2030年", "乡村治理体系更加完善"),
    (OPINION, "到2028年护理型床位有什么要求？", "到2028年", "护理型床位占比提高到65%"),
])
def test_a_years_goal_is_the_sentence_after_its_lead(ask_of, text, question, lead, detail):
    answer = ask_of(text)(question)
    assert answer.answerable and lead in answer.answer and detail in answer.answer, answer.answer
