""""…具体体现在哪些方面?", "钱从哪里来?": a question about how a named thing shows itself or is
done is answered past the lead sentence that names it: with the item's points (一方面/另一方面,
在…方面), else its best sentences. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

pytestmark = pytest.mark.slow

PROBLEMS = """在全县城乡融合发展推进会上的讲话
同志们：
一、存在的突出问题
一是公共服务供给不均衡，城乡差距依然明显。从调查情况看，差距主要集中在教育和医疗两个领域。在教育方面，乡村学校专任教师缺口达到210人，音体美教师尤为紧缺。在医疗方面，村卫生室执业医师配备率仅为63%，群众看病仍需进城。公共服务不均衡，已成为城乡融合的突出短板。
二是要素流动不顺畅，资源配置效率不高。城乡要素市场分割的格局还没有根本改变。一方面，农村宅基地和集体经营性建设用地入市改革推进缓慢，土地要素难以盘活。另一方面，金融机构在乡村的网点覆盖不足，涉农贷款审批周期长、门槛高。要素流动不顺畅，制约了乡村产业发展。
二、下一步重点工作
推进城乡融合发展，必须解决人从哪里来的问题。要健全返乡创业扶持政策，落实场地、资金、培训支持，吸引外出务工人员、高校毕业生和退役军人回乡创业。今年全县计划培育返乡创业带头人120名。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(PROBLEMS, "fusion")], encoder)).ask


@pytest.mark.parametrize("question, points", [
    ("公共服务供给不均衡具体体现在哪些方面?", ["在教育方面", "在医疗方面"]),
    ("公共服务供给不均衡有哪些表现?", ["在教育方面", "在医疗方面"]),
    ("要素流动不顺畅表现在哪些方面?", ["一方面", "另一方面"]),
    ("要素流动不顺畅具体是指什么?", ["一方面", "另一方面"]),
])
def test_an_items_points_follow_its_lead(ask, question, points):
    answer = ask(question)
    assert answer.answerable
    for point in points:
        assert point in answer.answer, answer.answer
    assert "[2]" in answer.answer  # the points are cited, not folded into the lead's citation


@pytest.mark.parametrize("question", ["返乡创业的人从哪里来?", "城乡融合发展的人从哪里来？"])
def test_a_framing_lead_is_followed_by_what_answers_it(ask, question):
    answer = ask(question)
    assert answer.answerable and "返乡创业扶持政策" in answer.answer, answer.answer


def test_a_figure_question_is_not_lengthened(ask):
    answer = ask("乡村学校专任教师缺口有多少人?")
    assert "210人" in answer.answer
    assert "在医疗方面" not in answer.answer


NARRATIVE = """在全县服务业发展推进会上的讲话
同志们：
（一）关于当前服务业运行情况
今年以来，全县服务业运行总体平稳。1至9月，服务业增加值同比增长6.8%，占地区生产总值比重达到51.2%。
但也要清醒看到，服务业结构层次偏低，生产性服务业占比不足三成，龙头企业少、带动能力弱的困难依然突出。
（二）关于下一步工作
要实施服务业提质扩容行动，年内新增规模以上服务业企业30家。
"""


@pytest.mark.parametrize("question", ["当前服务业存在哪些问题?", "服务业发展面临哪些困难？", "当前服务业还有哪些短板"])
def test_a_narrative_section_named_by_its_subject_answers_with_its_problem_sentences(assistant, encoder, question):
    ask = assistant.variant(index=index_in_memory([parse_speech(NARRATIVE, "service")], encoder)).ask
    answer = ask(question)
    assert "结构层次偏低" in answer.answer, answer.answer
    assert answer.answer.index("结构层次偏低") < answer.answer.find("服务业运行总体平稳") % 10**6


FUNDS = """关于推进县域特色产业发展的实施意见
三、强化要素保障
推进县域特色产业发展，必须解决钱从哪里来的问题。要建立财政优先保障、金融重点倾斜、社会积极参与的多元投入格局，县财政每年安排专项资金3000万元。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["特色产业发展的钱从哪来", "发展特色产业的钱从哪儿来？", "特色产业的资金从哪里来"])
def test_where_the_money_comes_from_is_told_after_the_sentence_that_asks_it(ask_of, question):
    answer = ask_of(FUNDS)(question)
    assert answer.answerable and "多元投入格局" in answer.answer, answer.answer


FINANCING = """在全县中小企业座谈会上的讲话
同志们：
一、当前企业面临的困难
融资难、用工难是企业反映最集中的问题。
二、下一步工作
首先，要着力破解融资难题。设立规模2亿元的应急转贷资金池，将担保费率降至1%以下。同时引导银行开发“科创贷”产品。
其次，要着力缓解用工难题。全年举办招聘会30场。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["缓解融资难有哪些办法", "破解融资难采取了什么措施", "融资难题要采取哪些措施来破解"])
def test_the_measures_asked_of_an_items_lead_follow_it(ask_of, question):
    answer = ask_of(FINANCING)(question)
    assert answer.answerable and "应急转贷资金池" in answer.answer, answer.answer
