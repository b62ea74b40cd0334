"""Words that frame a question, not its subject: "由哪几部分构成" asks what a named thing is
made of, not the text's outline; "几级" asks a count a sentence gives as "五级". Texts written here."""
from __future__ import annotations

import pytest

from qa.fact_check import holds_fact
from qa.question_terms import search_words
from qa.intent import detect_intent


@pytest.mark.parametrize("question", [
    "讲话一共分几个部分，各部分标题是什么?", "这篇报告的结构是怎样的", "意见包括哪几个部分", "全文共有几部分",
    "讲话的框架是什么", "它分几部分", "What is the structure of the speech?",
    "这篇讲话一共讲了几个部分，都是什么", "讲了哪几个部分", "报告谈了几部分",
])
def test_parts_of_the_text_ask_its_outline(question):
    assert detect_intent(question).outline


@pytest.mark.parametrize("question", [
    "现代乡村社会治理体制由哪几部分构成？", "多元投入格局由哪几个部分构成？", "优化产业结构有哪些措施",
    "考核体系由哪些部分组成?", "How will the industrial structure be improved?",
])
def test_parts_of_a_named_thing_do_not(question):
    assert not detect_intent(question).outline


@pytest.mark.parametrize("clause", ["五级书记抓乡村振兴", "建好县乡村三级综治中心", "实行3级网格管理"])
def test_a_count_of_levels_is_a_quantity(clause):
    assert holds_fact(clause, "quantity")


GOVERNANCE = """在全市基层治理工作会议上的讲话
同志们：
一、总体要求
要建立党委领导、政府负责、社会协同、公众参与、法治保障的基层治理体系，坚持自治、法治、德治相结合。
要落实市县乡村四级书记抓基层治理的责任，形成一级抓一级、层层抓落实的格局。
二、重点工作
全面推行网格化管理，全市划分综合网格3260个，每个网格配备专职网格员1名。
"""


SERVICE = """在全县政务服务工作会议上的讲话
同志们：
一、过去三年的成效
三年来，全县市场主体年均增长12%，网上办件量年均增长35%，群众满意度稳定在98%以上。
二、今年的重点
企业开办全程网办，在1个工作日内办结。工程建设项目审批压减到三个月以内。
对群众反映的问题，要在15个工作日内答复办理结果。
"""


FRAMED = [  # a frame word, a count of levels, a rate or a time limit asked in other words
    ("GOVERNANCE", "基层治理体系由哪几部分构成?", "党委领导、政府负责"),
    ("GOVERNANCE", "基层治理体系由哪些方面组成？", "党委领导、政府负责"),
    ("GOVERNANCE", "几级书记要抓基层治理?", "四级书记"),
    ("GOVERNANCE", "抓基层治理的书记有几级？", "四级书记"),
    ("SERVICE", "市场主体每年平均增长多少?", "12%"),
    ("SERVICE", "网上办件量平均每年增长多少？", "35%"),
    ("SERVICE", "市场主体的年增长率是多少?", "12%"),
    ("SERVICE", "群众反映的问题要在多长时间内答复?", "15个工作日内"),
    ("SERVICE", "企业开办多久能办结？", "1个工作日内"),
    ("SERVICE", "工程建设项目审批要压减到多长时间?", "三个月以内"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", FRAMED)
def test_framed_questions_are_answered_from_the_sentence(ask_of, text, question, expected):
    answer = ask_of(globals()[text], text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
    assert "一、总体要求\n" not in answer.answer


PARKS = """在全市开发区建设工作会议上的讲话
同志们：
一、存在的问题
部分开发区生活配套不足，职工通勤时间长，留人难。
二、下一步工作
开发区周边要规划建设人才公寓、职工食堂和幼儿园，做到生产生活同步配套。
各开发区要在年底前完成控制性详细规划修编。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["讲话对开发区配套提了什么要求?", "对开发区生活配套有哪些要求？",
                                      "讲话对开发区规划修编提出了什么要求"])
def test_asking_what_the_text_requires_is_not_declined_for_want_of_the_word_requirement(ask_of, question):
    ask = ask_of(PARKS)
    assert ask(question).answerable


@pytest.mark.parametrize("question, noun", [("乡村振兴的总要求是什么？", "总要求"), ("当前的首要任务是什么", "首要任务"),
                                            ("坚持的原则是什么", "原则")])
def test_an_asked_head_noun_keeps_its_modifier(question, noun):
    from qa.intent import asked_nouns
    assert noun in asked_nouns(question)


GUIDANCE = """关于加快建设美丽乡村的实施意见
一、指导思想
全面贯彻落实上级决策部署，坚持以人民为中心的发展思想，坚持农业农村优先发展，按照村容整洁、设施完善、生态良好、乡风文明、治理有序的总要求，统筹推进美丽乡村建设，让农民群众有更多获得感。
二、重大意义
建设美丽乡村，是满足农民美好生活需要的必然要求，是推进城乡融合发展的必然要求。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["美丽乡村建设的总要求是什么?", "建设美丽乡村的总要求是什么"])
def test_the_sentence_naming_the_asked_head_noun_answers(ask_of, question):
    ask = ask_of(GUIDANCE)
    answer = ask(question)
    assert "村容整洁" in answer.answer.split("[1]")[0], answer.answer


DUTIES = """在全镇河道清淤工作会议上的讲话
同志们：
一、明确责任
河道清淤由镇水利站牵头，各村为实施主体，镇财政所负责资金保障。
二、时间安排
清淤工程要在汛期前完工。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [("河道清淤谁牵头负责?", "镇水利站牵头"),
                                                ("资金保障由谁牵头？", "镇财政所负责资金保障")])
def test_who_leads_a_task_is_told_by_either_word(ask_of, question, expected):
    ask = ask_of(DUTIES)
    answer = ask(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question, dropped", [
    ("工业投资咋样", "咋样"), ("配套咋弄", "弄"), ("安全培训搞得怎么样", "搞"), ("仓容够不够", "够不够"),
    ("各部门之间为啥互相推诿", "之间"), ("河道怎么治", "治"), ("这事咋办", "咋办"),
])
def test_everyday_asking_words_are_not_subjects(question, dropped):
    assert dropped not in search_words(question)


ROADS = """在全县农村公路建设推进会上的讲话
同志们：
一、今年的工作
今年以来，全县新改建农村公路186公里，完成年度任务的62%。但也要看到，部分乡镇养护资金不到位，路面损坏修复不及时。
二、下一步安排
各乡镇要把养护经费列入财政预算，确保每公里每年不少于1000元。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("农村公路建设咋样", "186公里"), ("养护经费咋弄", "列入财政预算"), ("公路养护搞得怎么样", "养护资金不到位"),
])
def test_everyday_asking_is_answered_not_declined(ask_of, question, expected):
    answer = ask_of(ROADS)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


INVESTMENT = """在全市招商引资工作会议上的讲话
同志们：
一、上半年工作
上半年全市签约项目92个，协议投资达到310亿元。
二、下半年工作思路
下半年，要坚持“精准招商、以商招商”的总体思路，围绕装备制造、新材料、食品加工三条产业链开展招引。在招引对象上，要重点瞄准行业龙头和专精特新企业。
之所以突出产业链招商，主要有以下几点考虑。其一，单个项目难以形成集聚效应。其二，龙头企业能带来一批配套项目。其三，产业链招商能降低企业协作成本。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected, not_expected", [
    ("下半年招商的总体思路是什么", "精准招商、以商招商", "其一"),
    ("围绕哪几条产业链开展招商", "装备制造、新材料、食品加工", "其二"),
    ("招商要重点瞄准哪些企业", "行业龙头", "其三"),
    ("为什么突出产业链招商", "其一", None),
    ("突出产业链招商有哪几点考虑", "其二", None),
])
def test_a_list_announced_as_another_thing_does_not_answer(ask_of, question, expected, not_expected):
    answer = ask_of(INVESTMENT)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
    assert not_expected is None or not_expected not in answer.answer


@pytest.mark.parametrize("question, kind", [
    ("城市新区为什么人少?", "reason"), ("为什么有些小区没什么人住", "reason"), ("为什么人才留不住", "reason"),
])
def test_why_with_a_person_word_asks_no_person(question, kind):
    from qa.asked import asked
    what = asked(question)
    assert "person" not in what.kinds and kind in what.kinds


@pytest.mark.parametrize("question", ["生态补偿的重点放在哪", "改革的重点放在哪里？", "工作重心摆在哪"])
def test_where_a_focus_is_put_asks_no_place(question):
    from qa.asked import asked
    assert "place" not in asked(question).kinds


BODIES = """在全县职业技能培训工作会议上的讲话
同志们：
一、培训任务
今年全县要完成各类职业技能培训1.2万人次。农民技能培训主要由县职业教育中心和各乡镇农民专业合作社承担，劳动力转移培训由县人社部门统一组织。
二、工作要求
各乡镇每季度要向县就业工作领导小组报告培训进展。对培训质量不达标的机构，取消其定点培训资格。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("农民技能培训由谁来承担", "农民专业合作社"),
    ("谁负责农民的技能培训？", "县职业教育中心"),
    ("乡镇要向谁报告培训进展", "县就业工作领导小组"),
])
def test_a_body_answers_who_as_a_person_does(ask_of, question, expected):
    answer = ask_of(BODIES)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question, period", [
    ("过去五年一共脱贫多少人", "过去五年"), ("近三年新增就业多少人？", "近三年"), ("2024年上半年签约项目多少个", "2024年"),
])
def test_a_period_asked_is_no_focus_word(question, period):
    from qa.asked import asked
    what = asked(question)
    assert any(period in p for p in what.periods)
    assert not any(w in period for w in what.focus), what.focus


@pytest.mark.parametrize("question, dropped", [
    ("讲话里怎么形容教育和发展的关系", "形容"), ("原话是怎么概括的", "概括"), ("每个村至少要配几名网格员", "至少"),
    ("我们县的主导产业有哪些", "我们"), ("咱们的目标是多少", "咱们"), ("最多能补贴多少", "最多"),
    ("建成区每年扩大了多大面积", "大面积"), ("大坝要建多高多宽", "多宽"),
])
def test_how_the_text_puts_it_a_bound_and_our_side_are_not_subjects(question, dropped):
    assert dropped not in search_words(question)


@pytest.mark.parametrize("question", ["问题的根子在哪里", "这些短板的根源在哪", "病根出在哪儿"])
def test_where_a_root_lies_asks_no_place(question):
    from qa.asked import asked
    assert "place" not in asked(question).kinds


GRID = """在全县基层治理工作会议上的讲话
同志们：
一、关于当前形势
我县基层治理基础总体较好，但部分村网格员配备不足。基层治理和乡村振兴是相辅相成的关系，治理强则乡村兴。
这些问题表现在网格员数量上，但根子在于一些乡镇重视不够、经费保障不到位。
二、关于下一步工作
要确保每个行政村专职网格员不少于3名，所需经费由县财政统筹保障。全县5个乡镇要在年底前完成网格划分。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("讲话怎么形容基层治理和乡村振兴的关系", "相辅相成"),
    ("每个村至少要配几名网格员", "不少于3名"),
    ("问题的根子在哪里", "重视不够"),
    ("我们县有几个乡镇", "5个乡镇"),
])
def test_framed_everyday_questions_are_answered(ask_of, question, expected):
    answer = ask_of(GRID)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question, dropped", [
    ("“两张皮”指的是哪两样东西", "东西"), ("去年园区出了什么状况", "状况"), ("所谓“一核”是什么意思", "所谓"),
    ("“多极”是指哪块地方", "地方"),
])
def test_stand_in_nouns_of_spoken_questions_are_not_subjects(question, dropped):
    assert dropped not in search_words(question)


LAYOUT = """在全县城乡融合发展推进会上的讲话
同志们：
一、优化空间布局
要构建“一心两翼”的发展格局。“一心”即县城中心区，重点发展商贸物流和现代服务业；“两翼”即东部工业新城和西部生态农业区。
二、破解突出问题
当前，部分园区与城镇仍是“两张皮”，产业发展和城镇建设脱节，职工就近居住比例不足三成。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("所谓“一心”,具体是指哪块地方?", "县城中心区"),
    ("讲话里说的“两张皮”,指的是哪两样东西脱节?", "产业发展和城镇建设脱节"),
])
def test_a_quoted_term_asked_in_spoken_words_is_answered(ask_of, question, expected):
    answer = ask_of(LAYOUT)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


# "分成多少项" and "期限是哪天" frame the fact asked: the split a count is of, the date a task is due.
# The text says "分解为…62项" and "完成时限：11月底"; neither word need stand in the answering sentence.
TASKS = """在全县重点工作推进会上的讲话
同志们：
一、任务分解
今年全县重点工作已经分解为6个方面48项具体任务，逐项明确了牵头领导和责任单位。
二、重点产业
做大绿色建材产业，新增规上企业5家，建成循环经济产业园一期。完成时限：2026年10月底。
做强文旅康养产业，新增A级景区2个。完成时限：2026年12月底。
"""


@pytest.mark.parametrize("question", ["今年重点任务一共分成多少项", "重点工作分为几个方面", "任务划分成多少项"])
def test_the_split_of_a_count_is_no_focus(question):
    from qa.asked import asked
    assert not {"分成", "分为", "划分"} & set(asked(question).focus)


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("今年重点任务一共分成多少项", "48项"),
    ("重点工作分为几个方面", "6个方面"),
    ("绿色建材产业的任务期限是啥时候", "10月底"),
    ("文旅康养产业这项工作的时限是哪天", "12月底"),
])
def test_a_framed_fact_is_answered(ask_of, question, fact):
    answer = ask_of(TASKS, "tasks")(question)
    assert answer.answerable and fact in answer.answer, answer.answer
