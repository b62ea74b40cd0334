""""X是什么意思?": the text's own definition of a term, cited, or a plain statement that the
text only names it. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.definitions import term_asked

LAYOUT = """在全县城乡建设工作会议上的讲话
同志们：
一、优化空间布局
要构建“一主两副、多点支撑”的县域发展格局。“一主”即县城主城区，重点发展商贸物流和现代服务业。“两副”即东部和西部两个中心镇，重点发展特色产业。
所谓“镇村联动”，就是以中心镇带动周边村庄，统筹建设道路、供水和垃圾处理设施。
二、完善基层治理
全面推广“积分制”管理，推进农村“雪亮工程”建设，实现重点部位监控全覆盖。
三、优化政务服务
重点在“三个更”上下功夫，即办事更快、材料更少、服务更暖。要在“两个零”方面发力，也就是企业开办零费用、群众办事零跑腿。
"""


@pytest.mark.parametrize("question, term", [
    ("“雪亮工程”是什么意思?", "雪亮工程"), ("镇村联动指的是什么？", "镇村联动"), ("讲话里的“积分制”怎么理解", "积分制"),
    ("一主两副、多点支撑是什么意思", "一主两副、多点支撑"),
])
def test_a_meaning_question_names_its_term(question, term):
    assert term_asked(question) == term


@pytest.mark.parametrize("question", ["雪亮工程建设要达到什么目标?", "什么是积分制管理的意义", "这篇讲话讲了什么"])
def test_other_questions_do_not(question):
    assert term_asked(question) is None


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(LAYOUT, "layout")], encoder)).ask


@pytest.mark.slow
@pytest.mark.parametrize("question, definition", [
    ("“一主”指的是什么?", "“一主”即县城主城区"),
    ("镇村联动是什么意思？", "以中心镇带动周边村庄"),
    ("“一主两副、多点支撑”是什么意思", "“两副”即东部和西部两个中心镇"),
    # the work named on the term, then what it is: "在“三个更”上下功夫，即…"
    ("“三个更”是什么意思", "办事更快、材料更少、服务更暖"), ("两个零指的是什么", "企业开办零费用"),
])
def test_the_texts_own_definition_answers(ask, question, definition):
    answer = ask(question)
    assert answer.answerable and definition in answer.answer, answer.answer
    assert all(c.quote in c.text for c in answer.citations) and answer.citations


@pytest.mark.slow
@pytest.mark.parametrize("question, term", [("“雪亮工程”是什么意思?", "雪亮工程"), ("积分制指什么", "积分制")])
def test_a_term_the_text_only_names_is_said_to_be_unexplained(ask, question, term):
    answer = ask(question)
    assert not answer.answerable and not answer.citations
    assert f"没有解释“{term}”的含义" in answer.answer and "推进农村“雪亮工程”建设" in answer.answer


@pytest.mark.slow
def test_a_term_the_text_never_names_goes_to_the_refusal_rule(ask):
    answer = ask("“放管服”是什么意思?")
    assert not answer.answerable and "没有解释" not in answer.answer


PRINCIPLES = """关于推进县域商业体系建设的实施意见
一、基本原则
——坚持市场主导。充分发挥市场在资源配置中的决定性作用，引导各类企业参与县域商业网点建设。
——坚持补齐短板。聚焦乡镇商贸中心和村级便民店，优先改造设施落后的网点。
二、重点任务
（一）实施县域商业提升行动
到2027年，每个乡镇至少建成1个商贸中心，村级便民店覆盖率达到95%以上。
（二）完善农村物流网络
一是推进客货邮融合。利用农村客运班车捎带邮件快件，降低末端配送成本。
"""


@pytest.fixture(scope="module")
def ask_principles(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(PRINCIPLES, "principles")], encoder)).ask


@pytest.mark.slow
@pytest.mark.parametrize("question, explained", [
    ("坚持市场主导是什么意思", "决定性作用"),
    ("“坚持补齐短板”怎么理解？", "优先改造设施落后的网点"),
    ("县域商业提升行动指的是什么", "每个乡镇至少建成1个商贸中心"),
    ("客货邮融合是什么意思", "捎带邮件快件"),
])
def test_a_term_that_leads_an_item_or_heads_a_section_is_explained_by_what_follows(ask_principles, question, explained):
    answer = ask_principles(question)
    assert answer.answerable and explained in answer.answer, answer.answer


FORMED = """关于推进县域基层治理现代化的实施意见
一、重点任务
（一）统筹基础设施
要统筹交通、供水、供电和通信管线建设，实现“一张网”管理，避免道路反复开挖。
（二）优化便民服务
通过整合乡镇综合执法、网格管理和便民服务事项，打造“一站式”服务平台。
（三）推广先进经验
各乡镇要推广“村民说事”制度，定期召开村民议事会。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, means", [
    ("一张网是什么意思", "统筹交通、供水、供电和通信管线建设"),
    ("“一站式”指的是什么？", "整合乡镇综合执法、网格管理和便民服务事项"),
])
def test_a_term_put_forward_as_what_listed_means_bring_about_is_quoted_and_cited(assistant, encoder, question, means):
    ask = assistant.variant(index=index_in_memory([parse_speech(FORMED, "formed")], encoder)).ask
    answer = ask(question)
    assert answer.answerable and means in answer.answer and answer.citations, answer.answer
    assert "没有专门解释" in answer.answer  # it says plainly that the text defines nothing


@pytest.mark.slow
def test_a_term_only_promoted_is_still_said_to_be_unexplained(assistant, encoder):
    ask = assistant.variant(index=index_in_memory([parse_speech(FORMED, "formed")], encoder)).ask
    answer = ask("村民说事是什么意思")
    assert not answer.answerable and "没有解释“村民说事”的含义" in answer.answer, answer.answer


ZONES = """某市国土空间总体规划实施意见
一、总体布局
构建“一心两翼三带”的城市空间格局。“一心”即老城中心区，重点发展商贸服务业。“两翼”即东部高新区和西部临港新城。“三带”是指沿江、沿湖和沿山三条生态带。
二、保障措施
加强规划实施监督。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, defined", [
    ("What does the 'one center' refer to?", "老城中心区"),
    ("What is meant by “two wings” in the layout?", "东部高新区"),
    ("Please explain the 'three belts'.", "沿江、沿湖和沿山"),
])
def test_a_numbered_slogan_asked_in_english_is_defined_from_the_text(ask_of, question, defined):
    answer = ask_of(ZONES, "zones")(question)
    assert answer.answerable and defined in answer.answer and "quoted in Chinese" in answer.answer, answer.answer
    assert answer.citations


def test_an_english_question_without_a_slogan_asks_no_term():
    from qa.definitions import english_term_asked
    assert english_term_asked("What does the 'one core' refer to?") == ["一核"]
    assert english_term_asked("What is meant by 'two wings'?") == ["两翼", "二翼"]
    assert english_term_asked("What does the report say about water?") == []
    assert english_term_asked("What does 'green development' mean?") == []


# What counts as a term, asked as 界定 or 定义: the text's own "所称X，是指…" answers.
SCOPED = """在全市城市更新工作会议上的讲话
一、去年工作回顾
全年改造老旧小区126个，惠及居民3.2万户。（注：本讲话所称老旧小区，是指建成于2000年底前、公共设施落后的住宅小区。）
二、今年重点任务
困难群众，是指城乡低保对象、特困人员和低保边缘家庭。要做好困难群众的兜底保障。
"""


@pytest.mark.parametrize("question, term", [
    ("老旧小区是怎么界定的", "老旧小区"), ("困难群众怎么定义", "困难群众"), ("老旧小区的界定标准是什么", "老旧小区")])
def test_a_question_of_what_counts_as_a_term_names_it(question, term):
    assert term_asked(question) == term


@pytest.mark.slow
@pytest.mark.parametrize("question, definition", [
    ("老旧小区是怎么界定的", "建成于2000年底前"), ("困难群众如何界定", "城乡低保对象")])
def test_what_counts_as_a_term_is_the_texts_definition(assistant, encoder, question, definition):
    answer = assistant.variant(index=index_in_memory([parse_speech(SCOPED, "scoped")], encoder)).ask(question)
    assert answer.answerable and definition in answer.answer, answer.answer


@pytest.mark.parametrize("question, term", [
    ("What does the term 两新 mean in this report?", "两新"), ("What is meant by “一网通办”?", "一网通办"),
    ("What does 雪亮工程 stand for?", "雪亮工程")])
def test_an_english_question_asks_the_meaning_of_a_chinese_term(question, term):
    from qa.definitions import english_term_asked
    assert english_term_asked(question) == [term]


def test_an_english_question_about_a_chinese_term_asking_no_meaning_is_none():
    from qa.definitions import english_term_asked
    assert english_term_asked("What is 两新 spending this year?") == []


@pytest.mark.slow
def test_an_english_question_gets_the_texts_definition(ask):
    answer = ask("What is meant by the term 镇村联动?")
    assert answer.answerable and "以中心镇带动周边村庄" in answer.answer, answer.answer
