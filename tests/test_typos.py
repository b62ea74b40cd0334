"""Questions typed by pinyin with a slip of the same sound ("生产总直", "报井器", "冲电桩", "脱结"):
read as the speech's own word, and the answer says how it was read. A word of no such slip, or
one that reads two ways, stays as typed. Texts written here."""
from __future__ import annotations

import pytest

from qa.typos import HomophoneReader, asking_slip

TEXT = """全年实现地区生产总值286.4亿元，增长5.8%。全面推广安装燃气泄漏报警装置，6月30日前实现应装尽装。
今年新建电动自行车集中充电端口5000个，由区消防救援大队牵头。推动产业园区与城区协调发展，防止产城脱节。
加快建设第二水厂，完成老旧管网改造30公里。"""


@pytest.mark.parametrize("question, typed, read", [
    ("去年地区生产总直是多少", "总直", "总值"),
    ("燃气报井器什么时候装完", "报井器", "报警器"),
    ("电动车冲电桩建多少个", "冲电桩", "充电桩"),
    ("园区和城区脱结怎么办", "脱结", "脱节"),
    ("第二水场什么时候建成", "水场", "水厂"),
])
def test_a_slip_of_the_same_sound_is_read_as_the_texts_word(question, typed, read):
    fixed, fixes = HomophoneReader([TEXT]).read(question)
    assert fixes == [(typed, read)] and read in fixed and typed not in fixed


@pytest.mark.parametrize("question", ["明天天气怎么样", "红烧肉怎么做", "地区生产总值是多少", "How much was GDP?",
                                      "公交线路有几条"])
def test_a_question_without_a_slip_is_left_as_typed(question):
    assert HomophoneReader([TEXT]).read(question) == (question, [])


@pytest.mark.parametrize("question", ["增长目标为什么定得比去年高", "管网改得怎么样了", "充电端口建得够不够"])
def test_a_particle_written_the_other_way_is_no_slip(question):
    reader = HomophoneReader([TEXT + "确定的目标要落实到位。管网改造的进度要加快。建设的端口要好用。"])
    assert reader.read(question) == (question, [])


def test_a_word_that_reads_two_ways_stays_as_typed():
    reader = HomophoneReader(["要建设公示栏。", "要更新公式栏。"])  # 公是 → 公示 or 公式? (gongshi)
    assert reader.fix("公是栏") is None


@pytest.mark.parametrize("question, text", [
    ("农村充电桩要建多少个", "各级干部要坚持问题导向。"),  # 要建 is 要 + 建, not the 要坚 of 要坚持
    ("城里的干部能回村任职吗", "由镇指挥村级应急队伍。"),  # 回村, not the 挥村 of 指挥村级
    ("要建几个站", "我们要坚定信心。"),
])
def test_a_change_that_makes_no_word_is_no_slip(question, text):
    assert HomophoneReader([text]).read(question) == (question, [])


def test_a_change_may_make_a_word_of_the_texts_own():
    reader = HomophoneReader(["澜州市今年新建公园12个。"], words={"澜州", "公园"})
    assert reader.read("蓝州今年建几个公园") == ("澜州今年建几个公园", [("蓝州", "澜州")])


@pytest.mark.slow
def test_the_answer_says_how_a_slip_was_read(ask_of):
    speech = ("在全区安全生产工作会议上的讲话\n同志们：\n今天召开会议，部署今年安全生产工作。\n一、重点工作\n"
              + TEXT.replace("\n", "各街道要抓好落实，确保按期完成。\n"))
    answer = ask_of(speech)("电动车冲电桩要建多少个")
    assert answer.answerable and "5000个" in answer.answer, answer.answer
    assert answer.answer.startswith("（“冲电桩”按“充电桩”理解。）"), answer.answer


@pytest.mark.parametrize("question", ["剩下的问题什么时候解决", "还有哪些事情"])
def test_a_dictionary_word_is_meant_as_typed(question):
    reader = HomophoneReader(["节约的资金省下来用于民生。要把事情办好。"])
    assert reader.read(question) == (question, [])


def test_a_library_past_the_scan_limit_reads_questions_as_typed(monkeypatch):
    import qa.typos
    monkeypatch.setattr(qa.typos, "MAX_TEXT_CHARS", 10)
    assert HomophoneReader([TEXT]).read("电动车冲电桩建多少个") == ("电动车冲电桩建多少个", [])


@pytest.mark.parametrize("question", ["消费券发多少钱", "电费券用了多少"])
def test_a_character_the_text_writes_beside_its_neighbour_was_typed_right(question):
    # 费券 (消费券, 电费券) is the text's own pair: 券 was typed right, though 全发 (安全发展) and
    # 全用 (全用于) would make pairs of the text too
    reader = HomophoneReader(["全年发放消费券1500万元、电费券800万元，资金全用于民生，坚持守牢底线、安全发展。"])
    assert reader.read(question) == (question, [])


@pytest.mark.parametrize("question, read", [
    ("那些人能申请补贴", "哪些人能申请补贴"), ("那个部门负责垃圾分类", "哪个部门负责垃圾分类"), ("那家单位牵头", "哪家单位牵头"),
    ("那个呢", None), ("那些问题怎么解决", None), ("在那里办理", None), ("那么补贴标准是多少", None),
    ("那些措施具体说说", None),
])
def test_that_typed_for_which_in_a_question_asking_nothing_else(question, read):
    """那 typed for 哪 (same pinyin) where nothing else in the question asks; a follow-up's 那个呢, a
    question asking by another word, 那么 and a place 在那里 stay as typed."""
    fixed, fixes = asking_slip(question)
    assert (fixed if fixes else None) == read


@pytest.mark.slow
def test_that_typed_for_which_is_answered_and_said(ask_of):
    text = ("关于家庭医生签约服务的政策问答\n一、哪些居民可以签约？\n在本市居住满半年的常住居民均可签约。\n"
            "二、怎样办理签约？\n居民到社区卫生服务中心选择医生团队。\n三、签约收费标准是多少？\n每人每年120元。\n")
    answer = ask_of(text, "faq")("那些居民能签约")
    assert "常住居民" in answer.answer and "“那些”按“哪些”理解" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["全乡有多少护林员，平均年龄多大", "水库库容多大", "从县城到园区多远"])
def test_a_word_asking_a_size_is_no_slip(question):
    reader = HomophoneReader(["全乡共有护林员多达126名，平均年龄52岁。县城距园区多达30公里，水库库容多达1200万立方米。"])
    assert reader.read(question) == (question, [])


@pytest.mark.parametrize("question, text", [
    ("哪几个地方在会上发了言", "去年共处罚了12家违法排污企业。"),  # 发了 → 罚了
    ("房子盖好了没人住咋办", "各村完成了每月两次的巡查。"),  # 好了没 → 好了每
    ("会议开着没人管吗", "镇里开展着每周一次的评比。"),  # 开着没 → 着每
    ("材料报过了没", "材料要抱过来核对。"),  # 报过 → 抱过
])
def test_a_word_glued_to_an_aspect_particle_was_typed_right(question, text):
    """jieba glues a verb and its particle ("发了", "好了没"): two words typed right, not one slip that
    the text's 罚了 or 了每 would mend."""
    assert HomophoneReader([TEXT + text]).read(question) == (question, [])


# jieba's dictionary keeps rare variant spellings ("复盖"); typed, they are slips for the common word of
# the same sound that the text writes. A word of its own ("剩下", "报到", "打到") stays as typed.
@pytest.mark.parametrize("question, typed, read", [
    ("森林复盖率多少", "复盖", "覆盖"), ("宽带复盖了多少个村", "复盖", "覆盖"), ("复盖率提高了多少", "复盖", "覆盖"),
])
def test_a_rare_variant_spelling_is_read_as_the_common_word(question, typed, read):
    reader = HomophoneReader(["全县森林覆盖率达到58.6%，宽带网络覆盖全部行政村。我们要再接再厉。"])
    assert reader.read(question) == (question.replace(typed, read), [(typed, read)])


@pytest.mark.parametrize("question", ["新生什么时候报到", "剩下的问题什么时候解决", "补贴钱啥时候能打到卡上"])
def test_a_common_dictionary_word_stays_as_typed(question):
    reader = HomophoneReader(["新闻报道了此事。节约的资金省下来用于民生。全年粮食产量达到23.8万吨。"])
    assert reader.read(question) == (question, [])


# The segmenter glues a noun's last character to the verb after it ("可回收物指什么" as 可回收/物指): the
# glued pair is no slip for a word another text writes (物质), since 物 goes on from 回收物 there.
GLUED_TEXTS = ["（一）可回收物，是指适宜回收和资源化利用的生活垃圾；（二）有害垃圾，是指对人体健康有危害的生活垃圾。",
               "要保障粮食等重要物质供应，做好应急物资储备。企业用工指导价由人社部门发布。"]


@pytest.mark.parametrize("question", ["可回收物指什么", "有害垃圾指的是什么", "可回收物指哪些东西"])
def test_a_character_glued_across_two_words_is_no_slip(question):
    assert HomophoneReader(GLUED_TEXTS).read(question) == (question, [])


@pytest.mark.parametrize("question, typed, read", [("去年地区生产总直是多少", "总直", "总值"),
                                                   ("全年生产总直多少", "总直", "总值")])
def test_a_slip_that_goes_on_from_the_texts_run_is_still_read(question, typed, read):
    fixed, fixes = HomophoneReader([TEXT, *GLUED_TEXTS]).read(question)
    assert fixes == [(typed, read)] and read in fixed


NEGATED_TEXT = "县级领导每人每年联系移民安置小区不少于2个。部分安置房入住率偏低。每户补助资金3万元。全镇无证摊点全部清理。"


@pytest.mark.parametrize("question", ["移民小区房子盖好了为啥没人住", "为啥没户申请", "那些房子怎么不住人",
                                      "未证摊点怎么管"])
def test_a_negation_is_typed_on_purpose(question):
    """没/不/未 are no slips for 每/部/无 of the same sound: a negation changes what is asked."""
    fixed, fixes = HomophoneReader([NEGATED_TEXT]).read(question)
    assert not any(typed[0] in "没不无未非别" or any(c in "没不无未非别" for c in typed) for typed, _read in fixes)
    assert all(c in fixed for c in "没不未" if c in question)
