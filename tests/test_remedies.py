"""How a named problem is solved: the sentence saying what is done about it (in the tasks), not the
sentence stating the problem (in the shortcomings). Texts written here, two shapes."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.remedies import solve_asked, states_problem

SPEECH = """在全县教育卫生工作会议上的讲话
一、正视存在的问题
当前，我县教育卫生事业还有不少短板。县城学校大班额问题尚未根本解决，部分班级超过60人。
乡镇卫生院全科医生不足，平均每院不到2人。
二、今年重点工作
（一）扩充教育资源。新建、改扩建幼儿园4所，县第三小学9月建成投用，有效化解县城大班额问题。
（二）加强基层医疗。通过定向培养和县乡轮岗，年内为每个乡镇卫生院补充全科医生2名。
"""
NEWS = """全县优化营商环境推进会召开
会议指出，我县营商环境仍有短板，审批环节多、办事时间长的问题还没有根本解决。
会议要求，一是聚焦审批提速，全面推行拿地即开工，工业项目审批时限再压缩30%。
二是强化要素保障，年内新增工业用地2000亩。
"""


@pytest.fixture(scope="module")
def ask_of(assistant, encoder):
    variants = {name: assistant.variant(index=index_in_memory([parse_speech(text, name)], encoder))
                for name, text in (("speech", SPEECH), ("news", NEWS))}
    return lambda name, q, history=None: variants[name].ask(q, history or [])


@pytest.mark.parametrize("question", ["县城大班额问题怎么解决", "大班额问题今年采取什么措施", "针对大班额的问题有什么办法"])
def test_the_remedy_not_the_problem(ask_of, question):
    a = ask_of("speech", question)
    assert a.answerable and "改扩建幼儿园4所" in a.answer
    assert "尚未根本解决" not in a.answer


def test_a_remedy_sharing_one_word_of_the_problem(ask_of):
    a = ask_of("news", "怎么解决审批环节多的问题")
    assert "审批时限再压缩30%" in a.answer and "还没有根本解决" not in a.answer


def test_the_problems_are_still_the_problems(ask_of):
    a = ask_of("speech", "存在哪些问题")
    assert "大班额问题尚未根本解决" in a.answer


@pytest.mark.parametrize("question, asks", [("县城大班额问题怎么解决", True), ("针对审批环节多的问题有什么措施", True),
                                            ("全科医生不足的问题咋办", True), ("存在哪些问题", False),
                                            # a trouble named by its adjective, without 问题
                                            ("企业融资难怎么办", True), ("看病贵咋解决", True), ("融资难不难", False),
                                            ("今年要新建几所幼儿园", False)])
def test_the_question_is_told_apart(question, asks):
    assert solve_asked(question) is asks


@pytest.mark.parametrize("sentence, states", [("县城学校大班额问题尚未根本解决。", True), ("全科医生不足。", True),
                                              ("新建幼儿园4所，有效化解县城大班额问题。", False),
                                              ("年内补充全科医生2名。", False)])
def test_a_problem_stated_is_told_from_one_solved(sentence, states):
    assert states_problem(sentence) is states


def test_a_handling_asked_of_no_named_problem_is_no_remedy_question():
    assert not solve_asked("项目进度慢了怎么处理，连着亮红牌会咋样")
    assert solve_asked("项目进度慢的问题怎么处理")


CHAIN = """在全区优化营商环境大会上的讲话
一、正视存在的问题
一是审批效率不高，企业办事来回跑的情况仍然存在。
二是涉企执法不够规范，多头检查、重复检查时有发生。
二、今年重点抓好的工作
（一）规范涉企执法
推行“综合查一次”改革，由区司法局牵头，对同一企业的检查事项实行“进一次门、查多项事”。
（二）提升审批效率
推行“一窗通办”，由区行政审批局牵头，年内审批时限压缩一半。
"""


@pytest.fixture(scope="module")
def ask_chain(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(CHAIN, "chain")], encoder)).ask


@pytest.mark.parametrize("follow", ["今年针对这个问题有什么措施，由谁牵头？", "这个问题今年怎么解决", "针对这个问题怎么改进"])
def test_the_remedy_of_the_problem_just_shown(ask_chain, follow):
    a = ask_chain(follow, ["存在哪些问题", "第二个呢"])
    assert "综合查一次" in a.answer
    assert "多头检查、重复检查时有发生" not in a.answer


def test_the_problem_just_shown_is_still_the_item_asked_of(ask_chain):
    a = ask_chain("这个问题具体表现在哪", ["存在哪些问题", "第二个呢"])
    assert "多头检查" in a.answer


# A trouble named by its adjective ("融资难"): the measure names its subject (融资), not the whole word.
FUNDS = """在全县项目建设推进大会上的讲话
一、正视短板
当前我县要素保障还有短板。企业融资难、融资贵问题仍然存在，中小微企业贷款平均利率高于全市0.3个百分点。
二、打好要素保障攻坚战
在用地保障上，县自然资源局牵头，年内消化批而未供土地1200亩。在资金保障上，县金融服务中心牵头，每季度举办1次融资对接会，全年新增普惠小微贷款20亿元以上。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["企业融资难怎么办", "融资难的问题怎么解决"])
def test_the_remedy_of_a_trouble_named_by_its_adjective(assistant, encoder, question):
    answer = assistant.variant(index=index_in_memory([parse_speech(FUNDS, "funds")], encoder)).ask(question)
    assert "融资对接会" in answer.answer and "平均利率高于" not in answer.answer, answer.answer


# A problem stated as a section's heading under a part on problems ("一、存在的问题 > （一）长效管理没有跟上"), asked
# how it is solved, first or after the list: the remedy in the tasks, not the problem's own section or sentence.
RENEWAL = """在全市老旧小区改造工作会议上的讲话
同志们：
一、存在的问题
（一）长效管理没有跟上。一些小区改造后没有引入物业，出现“一年新、两年旧”的现象。
（二）资金来源单一。财政资金占比高达70%。
二、今年重点任务
（一）建立长效管理机制。改造完成的小区要同步引入专业化物业服务，年底前物业覆盖率达到85%以上。
（二）拓宽资金渠道。专营单位出资比例不低于50%。
"""


@pytest.mark.slow
@pytest.mark.parametrize("history, question", [([], "长效管理没有跟上的问题怎么解决"),
                                               (["有哪些问题"], "第一个问题怎么解决")])
def test_the_remedy_of_a_problem_stated_as_a_heading(assistant, encoder, history, question):
    ask = assistant.variant(index=index_in_memory([parse_speech(RENEWAL, "renewal")], encoder)).ask
    answer = ask(question, history)
    assert "专业化物业服务" in answer.answer and "一年新、两年旧" not in answer.answer, answer.answer
