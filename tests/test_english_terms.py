"""English words as the texts write them: "grain output" is 粮食产量 or 粮食总产量 (a crop's yield),
not an industry's output value (产值); a dispute "resolved" is one 化解 (矛盾纠纷化解率). Texts written here."""
from __future__ import annotations

import pytest

from qa.code_mixed import chinese_for_mixed
from qa.glossary import chinese_terms

REPORT = """2026年县政府工作报告
一、2025年工作回顾
全县规模以上工业总产值突破420亿元，增长9.1%。
二、2026年主要目标
全县经济社会发展主要预期目标是：地区生产总值增长6%左右；粮食总产量稳定在52万吨以上；城镇新增就业4000人以上。
"""


@pytest.mark.parametrize("question", ["What's this year's grain output target?", "What is the target for grain production?"])
def test_grain_output_names_both_words_of_the_text(question):
    terms = chinese_terms(question)
    assert "粮食" in terms and "产量" in terms and "产值" not in terms


def test_a_code_mixed_question_gets_the_words_joined():
    assert "粮食产量" in chinese_for_mixed("今年的grain output目标是多少")


@pytest.mark.slow
@pytest.mark.parametrize("question", ["What's this year's grain output target?",
                                      "How much grain is the county expected to produce this year?"])
def test_the_grain_target_is_answered(ask_of, question):
    answer = ask_of(REPORT)(question)
    assert answer.answerable and "52万吨" in answer.answer, answer.answer


TOWNSHIP = """在全镇平安建设工作会议上的讲话
同志们：
一、去年工作回顾
全年排查化解矛盾纠纷286起，化解率达到97.9%，信访总量同比下降12%。
二、今年重点工作
要深化“枫桥经验”，推动矛盾纠纷就地化解。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("What was the dispute resolution rate last year?", "97.9%"),
    ("How many disputes were resolved last year?", "286起"),
])
def test_disputes_resolved_are_the_texts_disputes_settled(ask_of, question, fact):
    answer = ask_of(TOWNSHIP)(question)
    assert answer.answerable and fact in answer.answer, answer.answer


DRY_SEASON = """关于做好今年抗旱保供水工作的通知
一、保障群众饮水
遇持续干旱时，各乡镇要启动应急送水，确保群众每人每天生活用水不低于30升。
对山区分散农户，由乡镇包村干部逐户登记，建立送水台账。
二、抓好工作落实
各乡镇要在6月20日前报送本地抗旱保供水实施方案，县水利局负责汇总审核。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, shown", [
    ("During a drought, how much water must be ensured per person per day?", "30升"),
    ("In dry spells, what is the daily water guarantee per person?", "30升"),
    ("By what date must townships submit their implementation plans?", "6月20日前"),
])
def test_plain_words_of_an_english_question_reach_the_text(ask_of, question, shown):
    answer = ask_of(DRY_SEASON)(question)
    assert answer.answerable and shown in answer.answer, answer.answer


NEW_ENTITIES = """在全市优化营商环境大会上的讲话
一、过去一年的成效
全年新设经营主体8.6万户，同比增长9.2%，其中新设企业2.1万户。企业开办时间压缩至0.5个工作日。
二、今年的目标
经营主体总量突破60万户。
"""


@pytest.mark.parametrize("question", ["How many new business entities were registered last year?",
                                      "how many new market entities were set up?",
                                      "How many new businesses were set up last year?"])
def test_new_entities_are_the_texts_newly_set_up_ones(ask_of, question):
    assert "新设立" in chinese_terms(question)  # the everyday entry for 新设, 新增, 新登记
    answer = ask_of(NEW_ENTITIES)(question)
    assert answer.answerable and ("8.6万户" in answer.answer or "2.1万户" in answer.answer), answer.answer


SORTING = """某市生活垃圾分类管理办法
第八条　生活垃圾分类收集容器的颜色按照下列规定设置：
（一）可回收物收集容器为蓝色；
（二）有害垃圾收集容器为红色；
（三）厨余垃圾收集容器为绿色。
第二十条　本市生活垃圾回收利用率到2026年底应当达到38%以上，到2028年底应当达到45%以上。
第二十六条　建立生活垃圾分类“义务监督员”制度，聘请60名社区居民担任义务监督员。
"""


@pytest.mark.parametrize("question, terms", [
    ("What color is the bin for kitchen waste?", {"颜色", "收集容器", "厨余垃圾"}),
    ("What is the recycling rate target for 2028?", {"回收利用率"}),
    ("How many supervisors will be hired?", {"监督员", "聘请"}),
    ("How many staff were trained?", {"干部职工", "培训"}),
    ("What is the rural tap water coverage?", {"自来水", "普及率"}),
])
def test_the_words_of_waste_sorting_and_staffing(question, terms):
    assert terms <= set(chinese_terms(question))


@pytest.mark.slow
@pytest.mark.parametrize("question, figure", [("What color is the bin for hazardous waste?", "红色"),
                                              ("What is the recycling rate target for 2028?", "45%"),
                                              ("How many supervisors will the city hire?", "60名")])
def test_english_questions_on_waste_sorting(ask_of, question, figure):
    answer = ask_of(SORTING)(question)
    assert answer.answerable and figure in answer.answer, answer.answer


CARE = """全县农村养老服务调研报告
一、基本情况
全县有乡镇敬老院14所，床位1,640张，入住594人，入住率为36.2%。
持证护理员112人，月平均工资2,650元。
二、下一步打算
到2027年，护理型床位占比达到55%以上。
"""
CLIMATE = """在全市生态环境保护大会上的讲话
一、今年重点任务
要扎实推进碳达峰、碳中和，制定全市碳达峰实施方案。
今年完成病险水库除险加固12座，整治山塘40口。
"""


@pytest.mark.parametrize("text, question, expected", [
    (CARE, "What is the occupancy rate of the nursing homes?", "36.2%"),
    (CARE, "How much do caregivers earn a month?", "2,650元"),
    (CLIMATE, "What does the speech say about carbon neutrality?", "碳中和"),
    (CLIMATE, "How many dangerous reservoirs will be reinforced this year?", "12座"),
])
def test_a_fields_english_words_reach_its_sentences(ask_of, text, question, expected):
    """Elderly care (nursing homes, occupancy, caregivers), climate (carbon neutrality) and water works
    (reservoirs reinforced) in English reach the sentences that state them."""
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
