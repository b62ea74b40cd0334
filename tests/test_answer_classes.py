"""Answer classes of issue 9, each on short speeches written here (never the eval sets' texts).

Every class gets several wordings: an announcement answered with what it announces, a
detail asked beyond an item's lead, a figure asked in a section whose heading says
something else, a section cut off right after its heading.
"""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

pytestmark = pytest.mark.slow

ANNOUNCE = """在全县项目建设推进会上的讲话
同志们：
召开这次推进会，主要出于两个方面的考虑。其一，全县项目建设进度明显滞后，一季度投资完成率只有百分之二十三。其二，部分重点项目要素保障不到位，用地指标和资金缺口较大。
一、正视项目建设中的短板
当前我县项目建设还存在一些不容忽视的问题，主要表现在以下几个方面：
一是项目储备不足，可研深度不够，储备项目中能够当年开工的不到三成。
二是审批效率不高，部分项目在环评和用地审批环节滞留时间过长。
三是服务保障不力，个别部门对企业诉求响应不及时。
为什么说项目建设是稳增长的关键？因为投资对经济增长的拉动作用最直接，今年全县固定资产投资要确保增长百分之十二。
二、扎实抓好项目建设重点工作
我再提三点要求。
（一）加快项目开工
要建立开工项目清单，倒排工期，确保二季度新开工项目不少于四十个。
（二）强化要素保障
要统筹用地指标，优先保障重点项目，全年争取专项债券资金八亿元。
"""

CUT = """在全市文化旅游发展大会上的讲话
同志们：
下面，我讲三点意见。
一、认清文旅融合发展的新形势
近年来，全市文旅产业保持较快增长，去年接待游客一千二百万人次，旅游总收入一百三十亿元。
二、突出文旅融合发展的重点
（一）打造精品景区
要推进景区提质扩容，年内新创建国家四级旅游景区两家。
（二）培育文旅新业态
一是 ……(未完，全文共6200字，当前仅显示900字)
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    """Ask questions of an index holding only the speeches written above."""
    docs = [parse_speech(ANNOUNCE, "announce"), parse_speech(CUT, "cut")]
    variant = assistant.variant(index=index_in_memory(docs, encoder))
    return lambda q, history=None: variant.ask(q, history or [])


@pytest.mark.parametrize("question", ["召开推进会出于哪两个方面的考虑?", "这次推进会是基于什么考虑召开的?"])
def test_an_announcement_is_answered_with_its_points(ask, question):
    answer = ask(question)
    assert answer.answerable
    assert "投资完成率" in answer.answer and "要素保障不到位" in answer.answer


@pytest.mark.parametrize("question, point, not_point", [
    ("召开推进会的第二个考虑是什么?", "要素保障不到位", "投资完成率"),
    ("推进会的第一个考虑是什么?", "投资完成率", "要素保障不到位"),
    ("项目建设存在的问题里，第三个问题是什么?", "服务保障不力", "审批效率不高"),
])
def test_an_ordinal_of_an_announced_list_quotes_that_point(ask, question, point, not_point):
    answer = ask(question)
    assert answer.answerable and point in answer.answer and not_point not in answer.answer


@pytest.mark.parametrize("question", ["召开推进会的第三个考虑是什么?", "项目建设的第五个问题是什么?"])
def test_an_ordinal_beyond_the_list_says_the_list_ends(ask, question):
    text = ask(question).answer
    assert "没有第" in text, text


@pytest.mark.parametrize("question", ["项目建设的问题主要表现在哪些方面?", "当前项目建设存在哪些不容忽视的问题?"])
def test_an_announced_list_of_items_is_quoted_item_by_item(ask, question):
    text = ask(question).answer
    for point in ("项目储备不足", "审批效率不高", "服务保障不力"):
        assert point in text


def test_a_rhetorical_question_is_answered_by_what_follows_it(ask):
    text = ask("为什么说项目建设是稳增长的关键?").answer
    assert "拉动作用最直接" in text


def test_announced_points_the_excerpt_cuts_get_a_notice(ask):
    answer = ask("文化旅游发展大会上讲了哪三点意见?")
    assert "认清文旅融合发展的新形势" in answer.answer and "突出文旅融合发展的重点" in answer.answer
    assert any(n.kind == "cut_off" for n in answer.notices)


REPORT_2025 = """2025年全县政府工作报告
各位代表：
一、2024年工作回顾
过去一年，全县地区生产总值增长5.8%，城镇新增就业6200人，粮食总产量稳定在26万吨。
二、2025年重点工作
今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业6000人以上，居民人均可支配收入与经济增长基本同步。
（一）抓好项目建设
全年实施重点项目120个，完成投资150亿元。
（二）推进乡村振兴
新建高标准农田3万亩，培育农民专业合作社示范社20家。
三、实施全民健身行动的总体要求
（一）指导思想
坚持以人民为中心，推动全民健身和全民健康深度融合。
（二）基本原则
——坚持政府主导。各级政府要把全民健身纳入经济社会发展规划。
——坚持共建共享。动员社会力量参与全民健身设施建设。
——坚持因地制宜。根据城乡特点布局健身场地。
四、完善农村公益事业建设机制
一是健全议事制度。村级公益事业建设要由村民会议民主决定。
二是完善激励机制。要按照“谁投入、谁受益”的原则，鼓励社会资本参与农村公益事业建设。对投入较大的项目，县财政给予适当奖补。
三是强化监督管理。建立项目公示制度，接受群众监督。
五、推进园村一体化
一是统筹园区与村庄布局，推动“园村一体化”发展。要按照“园区景区化、村庄园区化”的思路，推动园区与周边村庄共建共享。
二是建立联农带农机制。园区企业要优先吸纳周边农民就业。
"""

REPORT_2024 = """2024年全县政府工作报告
各位代表：
一、2023年工作回顾
过去一年，全县地区生产总值增长5.2%，城镇新增就业5800人。
二、2024年重点工作
今年全县经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业5500人以上。
"""


@pytest.fixture(scope="module")
def library(assistant, encoder):
    """Two years' reports of one county in one index."""
    docs = [parse_speech(REPORT_2025, "report2025"), parse_speech(REPORT_2024, "report2024")]
    variant = assistant.variant(index=index_in_memory(docs, encoder))
    return variant


@pytest.mark.parametrize("question", ["今年地区生产总值的增长目标是多少?", "今年GDP预期增长多少?"])
def test_a_figure_is_answered_by_its_sentence_not_the_parts_list(ask, library, question):
    answer = library.ask(question, document="report2025")
    assert "6%左右" in answer.answer
    assert "抓好项目建设" not in answer.answer  # not the list of the part's sub-sections


@pytest.mark.parametrize("question", ["实施全民健身行动的基本原则是什么?", "全民健身行动要坚持哪些基本原则?"])
def test_the_heading_naming_the_asked_noun_wins(library, question):
    text = library.ask(question, document="report2025").answer
    for principle in ("坚持政府主导", "坚持共建共享", "坚持因地制宜"):
        assert principle in text
    assert "指导思想" not in text


@pytest.mark.parametrize("question", ["完善激励机制按照什么原则?", "完善激励机制要遵循什么原则?",
                                      "完善激励机制按什么原则来做?"])
def test_the_detail_beyond_an_items_lead_is_quoted(library, question):
    assert "谁投入、谁受益" in library.ask(question, document="report2025").answer


@pytest.mark.parametrize("question", ["园村一体化按照什么思路推进?", "园村一体化是按什么思路来推进的?"])
def test_the_detail_asked_with_a_verb_after_its_noun_is_quoted(library, question):
    assert "园区景区化、村庄园区化" in library.ask(question, document="report2025").answer


@pytest.mark.parametrize("question", ["培育文旅新业态有哪些任务?", "文旅新业态方面要做哪些工作?"])
def test_a_section_cut_right_after_its_heading_says_so(ask, question):
    answer = ask(question)
    assert "截断" in answer.answer and answer.citations
    assert any(n.kind == "cut_off" for n in answer.notices)


def test_a_question_naming_a_year_is_answered_from_that_report(library):
    answer = library.ask("2025年政府工作报告提出的地区生产总值增长目标是多少?")
    assert "6%左右" in answer.answer and "5.5%" not in answer.answer
    assert {c.document for c in answer.citations} == {"report2025"}
    assert "《2025年全县政府工作报告》" in answer.answer  # the quote names its speech


def test_document_restricts_the_answer(library):
    answer = library.ask("今年地区生产总值的增长目标是多少?", document="2024年全县政府工作报告")
    assert "5.5%" in answer.answer and {c.document for c in answer.citations} == {"report2024"}
    with pytest.raises(ValueError, match="no indexed speech"):
        library.ask("今年目标是多少?", document="report2030")


def test_each_speech_answers_in_its_own_block(library):
    answer = library.ask("各篇报告提出的城镇新增就业目标分别是多少?")
    assert "《2025年全县政府工作报告》" in answer.answer and "《2024年全县政府工作报告》" in answer.answer
    assert "6000人" in answer.answer and "5500人" in answer.answer


def test_completeness_over_several_speeches_answers_for_each(library):
    text = library.ask("这篇报告完整吗?").answer
    assert "哪一篇" in text and "《2024年全县政府工作报告》" in text and "《2025年全县政府工作报告》" in text


@pytest.mark.parametrize("question", ["这篇讲话完整吗?", "讲话内容全吗，有没有删节?", "Is the speech complete?"])
def test_completeness_in_a_library_says_where_each_speech_breaks(ask, question):
    """With no speech named, each speech gets a line; one cut off is cited where it breaks, its
    notice naming it. ``ask`` holds one cut off and one that shows fewer points than it
    announces (incomplete by structure: no site notice, so no notice of its own)."""
    answer = ask(question)
    cut_title = "在全市文化旅游发展大会上的讲话"
    line = next(x for x in answer.answer.splitlines() if cut_title in x)
    assert "[" in line, line  # where it breaks, cited
    cut = [n for n in answer.notices if n.kind == "cut_off"]
    assert len(cut) == 1 and cut_title in cut[0].message and cut[0].passage_id.startswith("cut#")
    assert any(c.passage_id == cut[0].passage_id for c in answer.citations)
    assert not any("项目建设推进会" in n.message for n in answer.notices)
    assert not answer.answer.startswith(("出自", "From"))  # each line names its speech already


PRINCIPLES = """关于推进城乡生态建设的实施意见
一、总体要求
（一）基本原则
——坚持生态优先。牢固树立绿色发展理念，落实保护优先、自然恢复为主的方针，严守生态保护红线。
——坚持统筹推进。统筹城乡生态建设，建立部门协同的工作机制，形成工作合力。
二、坚持生态优先，打造绿色发展新格局
良好生态环境是城乡最大的优势。必须尊重自然、保护自然，推动生态资本加快增值。
（一）加强生态修复。实施重要生态系统保护和修复工程，新增造林面积5万亩。
（二）推进污染防治。开展农业面源污染治理，化肥使用量实现负增长。
（三）建设生态廊道。沿河沿路建设生态廊道，构建城乡生态网络。
（四）发展生态经济。将生态优势转化为发展优势，培育生态旅游和林下经济。
（五）健全生态补偿。加大重点生态功能区转移支付力度，完善生态保护补偿机制。
"""


@pytest.mark.parametrize("question, expected", [
    ("坚持生态优先要落实什么方针?", "自然恢复为主的方针"),
    ("坚持生态优先，要遵循什么方针?", "自然恢复为主的方针"),
    ("坚持统筹推进要建立什么机制?", "部门协同的工作机制"),
])
def test_a_part_named_by_the_question_does_not_hide_the_passage_holding_the_asked_noun(assistant, encoder,
                                                                                      question, expected):
    """Part 二 repeats the principle's words in its heading and has more passages than an answer
    quotes from; the principle, before them without the heading's lift, holds the noun asked."""
    variant = assistant.variant(index=index_in_memory([parse_speech(PRINCIPLES, "principles")], encoder))
    answer = variant.ask(question)
    assert expected in answer.answer, answer.answer


INLINE_HEADINGS = """关于推进县域商业体系建设的实施意见
一、总体要求
（一）基本原则。坚持市场主导、政府引导，坚持统筹布局、分类推进。
（二）主要目标。到2027年，建成乡镇商贸中心20个，村级便民商店覆盖率达到90%。
二、保障措施
（一）加强组织领导。成立县域商业体系建设工作专班，统筹推进县域商业体系建设。
（二）强化资金保障。县财政每年安排县域商业体系建设专项资金1000万元。
（三）加强督导考核。将县域商业体系建设纳入乡镇年度考核。
"""


@pytest.mark.parametrize("question, expected", [
    ("推进县域商业体系建设要坚持哪些原则?", "坚持市场主导"),
    ("县域商业体系建设的主要目标是什么?", "乡镇商贸中心20个"),
])
def test_a_heading_inline_with_its_text_names_what_its_sentences_are(assistant, encoder, question, expected):
    """"（一）基本原则。坚持…": the sentence under the heading is the principle asked for, though
    the measures' sentences repeat more of the question's words."""
    variant = assistant.variant(index=index_in_memory([parse_speech(INLINE_HEADINGS, "inline")], encoder))
    assert expected in variant.ask(question).answer


@pytest.mark.parametrize("sentence, question", [
    ("同时也要看到，当前经济运行还面临一些困难：一是部分企业订单不足，二是房地产投资下降，三是居民消费意愿偏弱。",
     "当前经济运行面临哪些困难?"),
    ("我再强调三点要求：第一，压实安全责任；第二，加强隐患排查；第三，做好应急值守。", "讲了哪三点要求?"),
    ("今年要抓好几件事：首先，稳住工业投资；其次，提振居民消费；再次，帮助企业纾困。", "今年要抓好哪几件事?"),
])
def test_an_announcement_that_lists_its_points_itself_is_the_answer(assistant, encoder, sentence, question):
    """The points follow the colon in the same sentence: the next paragraphs, about something
    else, are not quoted as what it announces (a press conference's next question, here)."""
    text = (f"全县经济运行情况新闻发布会实录\n主持人：请县统计局局长介绍情况。\n王立新：上半年全县经济运行总体平稳。{sentence}\n"
            "记者：茶叶产业发展情况怎么样？\n王立新：上半年全县茶叶产量达到1.2万吨，综合产值突破25亿元。\n")
    variant = assistant.variant(index=index_in_memory([parse_speech(text, "presser")], encoder))
    answer = variant.ask(question).answer
    assert sentence.split("：")[1][:6] in answer, answer
    assert "茶叶" not in answer, answer


REASONS = """在全市数字乡村建设推进会上的讲话
同志们：
今天召开推进会，部署全市数字乡村建设工作。
一、充分认识推进数字乡村建设的重大意义
（一）推进数字乡村建设是缩小城乡数字鸿沟的必然选择。全市农村宽带接入率比城区低十一个百分点，农民上网用网能力明显不足。
（二）推进数字乡村建设是激活农村要素资源的有效途径。土地、劳动力和农产品信息分散，线上交易规模还很小。
（三）推进数字乡村建设是提升乡村治理水平的现实需要。不少村级事务仍靠纸质台账，群众办事来回跑。
二、突出数字乡村建设重点任务
（一）完善信息基础设施
年内实现行政村千兆光纤全覆盖，新建农村5G基站三百个。
（二）发展农村电子商务
培育电商示范村二十个，带动农产品网络销售额增长两成。
"""

NECESSITY = """在全区安全生产专项整治动员会上的讲话
同志们：
一、深刻认识开展专项整治的紧迫性
第一，开展专项整治是遏制事故多发势头的迫切要求。今年以来全区发生生产安全事故九起，比去年同期明显增多。
第二，开展专项整治是补齐监管短板的现实需要。基层监管力量薄弱，一些小微企业长期处于监管盲区。
二、专项整治的主要内容
重点整治危化品储存、建筑施工和人员密集场所三个领域。
"""


@pytest.mark.parametrize("text, question, points", [
    (REASONS, "为什么要推进数字乡村建设?", ["缩小城乡数字鸿沟", "激活农村要素资源", "提升乡村治理水平"]),
    (REASONS, "推进数字乡村建设有什么意义?", ["缩小城乡数字鸿沟", "激活农村要素资源", "提升乡村治理水平"]),
    (NECESSITY, "为什么要开展专项整治?", ["遏制事故多发势头", "补齐监管短板"]),
])
def test_a_why_question_of_a_section_on_why_it_matters_gets_its_points(assistant, encoder, text, question, points):
    variant = assistant.variant(index=index_in_memory([parse_speech(text, "reasons")], encoder))
    answer = variant.ask(question)
    assert answer.answerable
    assert all(p in answer.answer for p in points), answer.answer


def test_a_why_question_about_one_claim_is_not_answered_with_every_reason(assistant, encoder):
    variant = assistant.variant(index=index_in_memory([parse_speech(REASONS, "reasons")], encoder))
    answer = variant.ask("为什么说推进数字乡村建设能激活农村要素资源?")
    assert answer.answerable
    assert "信息分散" in answer.answer
    assert "提升乡村治理水平" not in answer.answer


SAFETY_ITEMS = """在全县安全生产工作会议上的讲话
同志们：
下面，我强调两项重点工作。
一要抓好道路交通安全。严查超速超载和疲劳驾驶，今年完成农村公路生命防护工程80公里。
二要抓好消防安全。对沿街门店和出租房开展拉网式排查，年底前消除全部重大火灾隐患。
"""


@pytest.mark.parametrize("question, detail", [
    ("What does the speech ask for road traffic safety?", "生命防护工程"),
    ("道路交通安全有什么要求?", "生命防护工程"),
])
def test_an_item_lead_that_only_names_the_asked_topic_is_followed_by_its_body(assistant, encoder,
                                                                             question, detail):
    variant = assistant.variant(index=index_in_memory([parse_speech(SAFETY_ITEMS, "safety")], encoder))
    answer = variant.ask(question)
    assert answer.answerable
    assert "抓好道路交通安全" in answer.answer and detail in answer.answer


SUBJECT_AND_NOUN = """关于加强乡村治理的实施意见
一、健全村民自治机制
推动村务公开常态化，完善村民议事协商制度，积极发挥新乡贤作用。
二、完善乡村公共服务
按照有标准、有网络、有人才的要求，健全乡村公共文化服务体系。
三、加强乡村法治建设
深入开展法律进乡村活动，每个村配备一名法律顾问。
"""


@pytest.mark.parametrize("question, subject, elsewhere", [
    ("意见对新乡贤提了什么要求?", "新乡贤", "有标准"),
    ("对法律顾问有什么要求?", "法律顾问", "有标准"),
])
def test_the_asked_noun_does_not_pull_the_answer_away_from_the_subject(assistant, encoder, question, subject,
                                                                      elsewhere):
    variant = assistant.variant(index=index_in_memory([parse_speech(SUBJECT_AND_NOUN, "rules")], encoder))
    answer = variant.ask(question)
    assert subject in answer.answer and elsewhere not in answer.answer


TARGETS = """2026年青川县人民政府工作报告
一、过去一年工作回顾
过去一年，全县经济平稳增长。
二、今年工作安排
今年全县发展的主要预期目标是：地区生产总值增长6.5%左右；城镇新增就业4200人以上；城镇调查失业率控制在5.5%以内；粮食产量稳定在36万吨以上。
要坚持稳中求进，扎实做好各项工作。
"""


@pytest.mark.parametrize("follow_up, point", [("第三个呢?", "城镇调查失业率控制在5.5%以内"),
                                              ("第二项是什么?", "城镇新增就业4200人以上"),
                                              ("最后一个呢?", "粮食产量稳定在36万吨以上")])
def test_an_ordinal_counts_the_points_one_sentence_lists(assistant, encoder, follow_up, point):
    variant = assistant.variant(index=index_in_memory([parse_speech(TARGETS, "targets")], encoder))
    first = "今年的主要预期目标有哪些?"
    assert "地区生产总值增长6.5%左右" in variant.ask(first).answer
    answer = variant.ask(follow_up, [first])
    assert point in answer.answer
    assert [c.quote for c in answer.citations] == [point]


PRESS = """青川县2026年一季度经济运行新闻发布会实录
主持人：各位记者朋友，上午好！今天请县发展改革局负责同志介绍一季度经济运行情况。
刘建华：一季度，全县地区生产总值同比增长5.9%。
记者：二季度稳增长有哪些打算？
刘建华：二季度，我们将重点做好两方面工作。一是抓项目建设，确保新开工项目12个；二是抓消费提振，举办汽车家电促销活动8场。
记者：农业生产情况怎么样？
刘建华：春播面积完成32万亩，进度快于去年同期。
主持人：今天的发布会到此结束，谢谢大家！
"""


@pytest.mark.parametrize("question", ["二季度稳增长有哪些打算?", "二季度稳增长要做好哪两方面工作?"])
def test_an_answer_that_announces_its_own_points_is_answered_with_them(assistant, encoder, question):
    """A reporter's question is followed by an answer that announces two points: the points."""
    variant = assistant.variant(index=index_in_memory([parse_speech(PRESS, "press")], encoder))
    answer = variant.ask(question)
    assert "抓项目建设" in answer.answer and "抓消费提振" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["农业生产情况怎么样?", "春播进度怎么样?"])
def test_a_transcripts_answer_ends_where_the_next_turn_begins(assistant, encoder, question):
    variant = assistant.variant(index=index_in_memory([parse_speech(PRESS, "press")], encoder))
    answer = variant.ask(question)
    assert "春播面积完成32万亩" in answer.answer and "发布会到此结束" not in answer.answer, answer.answer


@pytest.mark.parametrize("notice, left", [("试读结束，剩余2400字请下载原文阅读。", "2400"),
                                          ("（还有3100字未显示，请登录后查看）", "3100"),
                                          ("余下1500字为付费内容，开通会员后阅读。", "1500")])
def test_a_cut_off_notice_counting_what_is_held_back_is_told(assistant, encoder, notice, left):
    text = ("在全县秋粮收购工作会议上的讲话\n同志们：\n一、做好收购准备\n各收储企业要提前检修烘干设备，"
            f"备足仓容。\n二、严格执行收购政策\n要坚持敞开收购，不得压级压价……\n{notice}\n")
    variant = assistant.variant(index=index_in_memory([parse_speech(text, "grain")], encoder))
    answer = variant.ask("这篇讲话完整吗?")
    assert "不完整" in answer.answer and f"{left}字" in answer.answer, answer.answer


def test_each_quoted_sentence_is_an_item_that_a_follow_up_can_quote_alone(encoder):
    """A follow-up's ordinal over an answer of quoted sentences picks a sentence, quoted by its
    span; a sentence's section is not the item (it would list the whole section)."""
    from qa.compose import sentence_items

    index = index_in_memory([parse_speech(TARGETS, "targets")], encoder)
    last = [s for s in range(len(index.sentence_spans)) if "稳中求进" in index.sentence_text(s)]
    first = [s for s in range(len(index.sentence_spans)) if "经济平稳增长" in index.sentence_text(s)]
    items = sentence_items(index, first + last)
    assert [it.text for it in items] == [index.sentence_text(s) for s in first + last]
    for it in items:
        passage = index.passage(it.passage_ids[0])
        assert it.span is not None and passage.text[it.span[0]:it.span[1]] == it.text


MINUTES = """关于城北供水管网改造工作专题会议纪要
2026年3月9日上午，副县长赵刚在县政府五楼会议室主持召开专题会议，研究城北供水管网改造工作。县水利局、县财政局等单位负责同志参加会议。现将会议议定事项纪要如下：
一、关于改造范围。会议同意将城北片区老旧供水管网纳入改造，涉及管网28公里。
二、关于资金保障。改造总投资约6500万元，由县财政统筹解决。
三、关于工作进度。县水利局要在10月底前完成全部改造任务。
"""


@pytest.mark.parametrize("question, holding", [("这次会议是谁主持的?", "副县长赵刚"),
                                               ("会议在什么地方召开?", "县政府五楼会议室"),
                                               ("会议是哪一天开的?", "2026年3月9日")])
def test_a_fact_asked_beside_an_announcement_is_the_sentence_holding_it(assistant, encoder, question, holding):
    """Minutes open with who, where and when, then '现将会议议定事项纪要如下：': asked who chaired the
    meeting, the answer is the sentence that says so, not the items the next sentence announces."""
    variant = assistant.variant(index=index_in_memory([parse_speech(MINUTES, "minutes")], encoder))
    answer = variant.ask(question)
    assert holding in answer.answer and "涉及管网28公里" not in answer.answer, answer.answer


def test_the_items_of_minutes_are_still_listed_when_asked_for(assistant, encoder):
    variant = assistant.variant(index=index_in_memory([parse_speech(MINUTES, "minutes")], encoder))
    answer = variant.ask("会议议定了哪些事项?")
    assert all(point in answer.answer for point in ("关于改造范围", "关于资金保障", "关于工作进度")), answer.answer


PENSION_PLAN = """青禾市关于推进养老服务体系建设的实施意见
一、总体要求
（一）主要目标
到2025年，全市每个街道建成1个综合养老服务中心，农村互助养老服务覆盖率达到60%。到2030年，基本建成居家社区机构相协调的养老服务体系。
二、发展社区养老服务
推进社区嵌入式养老服务设施建设，开展助餐、助浴、助洁服务。
三、补齐农村养老服务短板
（一）建好村级幸福院。每个行政村至少建成1所幸福院。
（二）发展互助养老。组织低龄老人结对帮扶高龄老人。
（三）加强乡镇敬老院改造。推动敬老院向区域养老服务中心转型。
"""


@pytest.mark.parametrize("question, expected, not_expected", [
    ("2025年之前在农村养老服务方面要完成哪些任务?", "农村互助养老服务覆盖率达到60%", "建好村级幸福院"),
    ("2030年前养老服务体系建设方面要达到什么目标?", "居家社区机构相协调", "助餐、助浴"),
])
def test_a_section_that_never_speaks_of_the_year_asked_does_not_steer(ask_of, question, expected, not_expected):
    answer = ask_of(PENSION_PLAN)(question)
    assert expected in answer.answer and not_expected not in answer.answer, answer.answer
