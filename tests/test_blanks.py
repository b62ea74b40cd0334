"""Blank figures in their several forms, no alarm on magnitudes and thresholds, and redactions."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.blanks import find_blanks, find_redactions
from index.truncation import find_blanks as find_blanks_compat
from index.truncation import find_cut_off, find_gaps

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "index" / "data" / "chancheng_speech.txt"
REAL = ROOT.parent / "shared" / "corpus" / "real"


def blanks(text: str):
    return find_blanks(text, [(0, len(text))])


def test_truncation_still_exports_the_blank_detectors():
    assert find_blanks_compat is find_blanks


def test_seed_blanks_unchanged():
    text = SEED.read_text(encoding="utf-8")
    cut = find_cut_off(text)
    spans, pos = [], 0
    for g in find_gaps(text, 0, cut.offset):
        spans.append((pos, g.start))
        pos = g.end
    spans.append((pos, cut.offset))
    found = find_blanks(text, spans)
    contexts = [b.context for b in found]
    for want in ["达到公里", "学位万个", "缩短了分钟", "入驻企业家", "中小学所", "床位张", "有个园区",
                 "我市个", "面积平方公里", "*万元", "*区政府", "*个"]:
        assert any(want in c for c in contexts), want
    assert {b.kind for b in found} == {"missing", "star"}
    for clean in ["最后一公里", "扩大5平方公里", "增长15%", "达到80%", "达到50%", "2024年"]:
        at = text.index(clean)
        assert not any(at <= b.start < at + len(clean) for b in found), clean


@pytest.mark.parametrize("sentence,mark", [
    ("全县高新技术产业增加值占比××%，比上年有所提高。", "××"),
    ("今年以来共发生道路交通事故12起，造成xx人死亡。", "xx"),
    ("全县营商环境评价排名全省第xx位，进步明显。", "xx"),
    ("全年完成固定资产投资××万元，同比增长。", "××"),
    ("新增规模以上企业□□家，新增就业岗位。", "□□"),
    ("○○县委、县政府高度重视这项工作。", "○○"),
    ("在〇〇镇召开现场推进会。", "〇〇"),
    ("社会消费品零售总额增长x%，增速回落。", "x"),
    ("我县在全市考核中位列第X名。", "X"),
    ("XX同志作了重要讲话。", "XX"),
    ("新建村级服务站ｘｘ个。", "ｘｘ"),
    ("累计发放补贴×万元。", "×"),
    ("县财政出资设立规模_亿元的产业引导基金。", "_"),
    ("全年新建村级服务站__个。", "__"),
])
def test_placeholders(sentence, mark):
    (b,) = blanks(sentence)
    assert b.kind == "placeholder"
    assert sentence[b.start:b.end] == mark
    assert mark in b.context


@pytest.mark.parametrize("sentence,mark", [("累计发放补贴*万元。", "*"), ("新增市场主体＊＊户。", "＊＊"),
                                           ("*区政府作了发言。", "*")])
def test_stars_stay_stars(sentence, mark):
    (b,) = blanks(sentence)
    assert b.kind == "star" and sentence[b.start:b.end] == mark


@pytest.mark.parametrize("sentence,unit", [
    ("上半年，全县实现地区生产总值 亿元，同比增长6.2%。", "亿元"),
    ("规模以上工业增加值增长 %，高于全市平均水平。", "%"),
    ("城镇新增就业\u3000万人，完成年度目标。", "万人"),
    ("今年新建 个产业园区，引进项目30个。", "个"),
    ("全年接待游客\u00a0万人次，旅游收入大幅增长。", "万人"),
])
def test_a_space_where_the_number_was(sentence, unit):
    (b,) = blanks(sentence)
    assert b.kind == "space"
    assert sentence[b.end - len(unit):b.end] == unit and not sentence[b.start].strip()


@pytest.mark.parametrize("sentence", [
    "全县在建亿元以上项目11个，累计完成投资23.6亿元。",
    "新打造万亩以上高标准农田示范片3个。",
    "紧扣建设百万人口区域中心城市的目标，加快打造千亿级新材料产业集群。",
    "对十万元以下的小额采购项目实行简易程序。",
    "单笔支出在万元以内的，由部门负责人审批。",
    "力争培育亿元级企业5家。",
    "全县共有数万人参与志愿服务。",
    "带动上万家农户增收致富。",
    "近万名干部下沉一线。",
    "培育了一批万元户。",
    "全县万元GDP用水量较上年下降4.1%。",
    "万元工业增加值能耗下降3%，万元地区生产总值建设用地下降5%。",
    "让万家灯火更加温暖，让千家万户共享发展成果。",
    "亿万农民的获得感不断增强。",
    "全县农村公路通车公里数持续增加。",
    "年收入超亿元的企业达到12家。",
    "过万元的支出要集体研究。",
    "增长2.3%，城镇新增就业1100万人，财政支出3.65万亿元，增长6%以上。",
    "房间面积按3×5米计算。",
    "这是自二〇〇八年以来的最好水平，二〇二一年再创新高。",
    "全面推进5G网络建设，配备X光机和CT设备，新购Ｘ光机2台。",
    "（单位：万元）",
    "凝心聚力 真抓实干",
    "中共中央 国务院关于实施乡村振兴战略的意见",
    "要有个人的担当，拥有家庭农场的农户要登记。",
])
def test_no_alarm_on_magnitudes_thresholds_and_figures(sentence):
    assert blanks(sentence) == [], [(b.context, b.kind) for b in blanks(sentence)]


def test_bullet_boxes_at_line_start_are_not_blanks():
    text = "□ 加强组织领导\n□ 强化资金保障\n新增企业□□家。\n"
    found = blanks(text)
    assert [text[b.start:b.end] for b in found] == ["□□"]


def test_spans_limit_the_search():
    text = "达到公里，缩短了分钟。"
    found = find_blanks(text, [(0, 4)])
    assert [b.context for b in found] == ["达到公里"]


@pytest.mark.parametrize("name", ["gwr2021.txt", "yihao2018.txt"])
def test_no_false_alarms_on_real_documents(name):
    text = (REAL / name).read_text(encoding="utf-8-sig")
    found = blanks(text)
    assert found == [], [(b.context, b.kind) for b in found[:10]]
    assert find_redactions(text, [(0, len(text))]) == []


@pytest.mark.parametrize("sentence,context", [("创新_机制，激发活力。", "创新_机制"),
                                              ("完善__制度体系。", "完善__制度"),
                                              ("推行＿审批改革。", "推行＿审批")])
def test_redactions_stay_redactions(sentence, context):
    (red,) = find_redactions(sentence, [(0, len(sentence))])
    assert context in red.context
    assert blanks(sentence) == []


def test_an_underscore_before_a_unit_is_a_figure_not_a_word():
    sentence = "设立规模_亿元的引导基金。"
    assert find_redactions(sentence, [(0, len(sentence))]) == []


def test_underscores_in_names_are_not_redactions():
    text = "文件名为 speech_2021.txt，见附件 file_name。"
    assert find_redactions(text, [(0, len(text))]) == []


PLACES_LEFT_OUT = """在全市开发区工作会议上的讲话
同志们：
从外地经验看，*市通过整合园区资源，实现了工业产值年均增长12%。××县推行“标准地”出让，项目开工时间缩短了一半。
我市开发区去年实现税收亿元，同比增长6%。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, says, not_says", [
    ("外地园区工业产值年均增长多少", "地名缺失", "数字缺失"),
    ("标准地出让让开工时间缩短了多少", "地名缺失", "数字缺失"),
    ("我市开发区去年税收多少", "数字缺失", "地名缺失"),
])
def test_a_place_left_out_is_said_to_be_a_name_not_a_figure(assistant, encoder, question, says, not_says):
    from index.parser import parse_speech
    from index.store import index_in_memory
    ask = assistant.variant(index=index_in_memory([parse_speech(PLACES_LEFT_OUT, "doc")], encoder)).ask
    answer = ask(question)
    messages = " ".join(n.message for n in answer.notices if n.kind == "blank")
    assert says in messages and not_says not in messages, messages


@pytest.mark.parametrize("sentence, said", [("县属国有平台公司债务化解方面，______________。", "债务化解方面"),
                                            ("联系人：________ 电话：0731-1234567", "联系人"),
                                            ("今年要重点做好三件事：＿＿＿＿；二是抓好项目建设。", "三件事")])
def test_a_line_left_to_fill_in_is_a_blank(sentence, said):
    found = blanks(sentence)
    assert [b.kind for b in found] == ["placeholder"] and said in found[0].context, found


@pytest.mark.parametrize("sentence", ["def __init__(self) 不是讲话", "成功引进___新能源项目"])
def test_an_underscore_run_touching_a_word_is_no_fill_in(sentence):
    assert [b for b in blanks(sentence) if b.kind == "placeholder"] == []


@pytest.mark.parametrize("text, detail", [
    ("第四条　本规定自2026年×月1日起施行。", "2026年×月1日"),
    ("本办法自2025年××月起实施。", "2025年××月"),
])
def test_a_blank_is_quoted_with_the_number_before_it_whole(text, detail):
    blanks = find_blanks(text, [(0, len(text))])
    assert blanks and detail in blanks[0].context, [b.context for b in blanks]
