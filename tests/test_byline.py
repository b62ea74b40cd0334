"""Who gave a speech and when: read from the lines under its title, cited, or said to be absent.
Texts written here, in the shapes speeches come in: a speaker line with a role, a bare name,
a date line, an issuing body in a 关于 title, a scraped page whose chrome also holds a date."""
from __future__ import annotations

import pytest

from index.byline import read_byline
from index.parser import parse_speech
from index.store import index_in_memory
from qa.byline_answers import byline_asked

SPEAKER_AND_DATE = """在全县春季农业生产工作会议上的讲话
县长　刘明远
（2025年3月8日）
同志们：
今天召开全县春季农业生产工作会议，主要任务是部署春耕备耕工作。
一、抓好粮食生产
今年全县粮食播种面积稳定在52万亩以上。
"""

BARE_NAME = """2024年全市政府工作报告
赵文博

各位代表：
过去一年，全市地区生产总值增长5.6%。
"""

ISSUER_AND_DATE = """中共某某市委 某某市人民政府关于加快发展县域经济的意见
（2023年11月20日）
为加快发展县域经济，现提出如下意见。
一、总体要求
到2027年，县域经济总量占全市比重达到60%。
"""

SCRAPED = """某某县人民政府网
首页 > 政务公开 > 领导讲话
在全县招商引资工作大会上的讲话
发布时间：2024-05-10 09:00　来源：县政府办
县委书记　孙立平
（2024年5月6日）
同志们：
今年以来，全县新签约项目46个，总投资128亿元。
"""

REPORT_SUBTITLE = """青溪市2025年政府工作报告
——2025年1月18日在青溪市第十八届人民代表大会第三次会议上
各位代表：
过去一年，全市地区生产总值增长5.8%。
"""

NO_BYLINE = """在全镇安全生产工作会议上的讲话
同志们：
今年以来，全镇排查整改各类隐患312处。
"""


@pytest.mark.parametrize("text, speaker, date", [
    (SPEAKER_AND_DATE, "县长　刘明远", "（2025年3月8日）"),
    (BARE_NAME, "赵文博", None),
    (ISSUER_AND_DATE, None, "（2023年11月20日）"),
    (SCRAPED, "县委书记　孙立平", "（2024年5月6日）"),
    (NO_BYLINE, None, None),
    (REPORT_SUBTITLE, None, "2025年1月18日"),
])
def test_the_byline_is_read_with_its_offsets(text, speaker, date):
    byline = read_byline(text, "doc")
    assert byline.title is not None and text[byline.title.start:byline.title.end] == byline.title.text
    assert (byline.speaker.text if byline.speaker else None) == speaker
    assert (byline.date.text if byline.date else None) == date
    for line in (byline.speaker, byline.date):
        if line:
            assert text[line.start:line.end] == line.text


@pytest.mark.parametrize("question, asked", [
    ("这篇讲话是谁讲的?", "speaker"), ("这是谁的讲话？", "speaker"), ("讲话人是谁", "speaker"),
    # both asked in one breath, in a chat's words (啥时候, a clause each)
    ("这是谁在什么会上的讲话，啥时候讲的", "both"), ("谁讲的，什么时候", "both"), ("这篇讲话啥时候讲的", "date"),
    ("谁讲的这个政策好", None),
    ("这份报告是谁作的？", "speaker"), ("这份意见由哪个机关印发的", "speaker"),
    ("这份意见是哪天印发的？", "date"), ("报告是哪一年发布的", "date"), ("这份文件的印发日期是什么", "date"),
    ("这次会议是什么时候召开的?", "date"),
    ("这篇讲话是谁在什么时候讲的？", "both"), ("这篇讲话是谁讲的？什么时候？", "both"),
    ("这份报告是谁作的，哪天？", "both"), ("这个讲话是谁讲的 什么时候", "both"), ("这份通报是哪个单位什么时候发的？", "both"),
    ("通报是什么时候发的", "date"), ("这封函是谁发的", "speaker"),
    ("报告是什么时候出的", "date"), ("这份调研报告哪个月形成的", "date"),
    ("Who delivered this report?", "speaker"), ("When was this document issued?", "date"),
    # the meeting's day asked plainly beside who spoke
    ("这是谁的讲话 会是哪天开的", "both"), ("这是谁的讲话，会议几号开的", "both"),
    ("这篇讲话是谁讲的 这个会是什么时候开的", "both"),
    # who spoke, asked with the act as its verb: "谁在大会上讲话", "哪位领导在会上作报告"
    ("谁在大会上讲话", "speaker"), ("哪位领导在会上作报告", "speaker"), ("是谁在会上讲话的？", "speaker"),
    # the asking and the verb alone are of the text at hand
    ("什么时候发的", "date"), ("啥时候发布的？", "date"), ("是哪天印发的", "date"), ("几号发的", "date"),
    ("Who is the speaker?", "speaker"), ("Who was the author?", "speaker"),
])
def test_questions_about_the_text_itself_ask_its_byline(question, asked):
    assert byline_asked(question) == asked


@pytest.mark.parametrize("question", [
    "加装电梯由哪个单位牵头?", "什么时候完成整治?", "谁是第一责任人?", "领导小组组长是谁?",
    "由谁负责组织实施?", "讲话表扬的是谁", "党中央什么时候作出乡村振兴的重大决策部署",
    "文件规定的申报时间是什么时候", "到2020年要实现什么目标", "乡村振兴法计划在哪一年正式出台？",
    "意见提出哪一年出台乡村振兴法?", "讲话中提到的规划是什么时候印发的",
    "Who is responsible for flood control?", "When will the renovation be completed?",
    "补贴什么时候发", "工资由谁发",
])
def test_questions_about_what_the_text_says_do_not(question):
    assert byline_asked(question) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (SPEAKER_AND_DATE, "这篇讲话是谁讲的?", "刘明远"),
    (SPEAKER_AND_DATE, "讲话是哪天讲的？", "2025年3月8日"),
    (BARE_NAME, "这份政府工作报告是谁作的?", "赵文博"),
    (BARE_NAME, "Who delivered this report?", "赵文博"),
    (ISSUER_AND_DATE, "这份意见是什么时候印发的?", "2023年11月20日"),
    (ISSUER_AND_DATE, "这份意见是由谁印发的？", "中共某某市委 某某市人民政府"),
    (SCRAPED, "讲话人是谁?", "孙立平"),
    (SCRAPED, "When was the speech delivered?", "2024年5月6日"),
    (REPORT_SUBTITLE, "这份报告是哪天作的？", "2025年1月18日"),
])
def test_a_byline_question_is_answered_from_the_byline_and_cited(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer
    citation = answer.citations[0]
    assert citation.quote in citation.text and expected in citation.text
    assert "[1]" in answer.answer
    assert answer.retrieved  # the contract's ranked list is still there


@pytest.mark.slow
def test_the_title_year_is_said_when_there_is_no_date_line(ask_of):
    answer = ask_of(BARE_NAME)("这份报告是什么时候发布的?")
    assert answer.answerable and "2024年" in answer.answer and "没有注明具体日期" in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["这篇讲话是谁讲的?", "这次讲话是什么时候讲的？"])
def test_a_speech_without_a_byline_is_searched_and_declined_like_any_question(ask_of, question):
    answer = ask_of(NO_BYLINE)(question)
    assert not answer.answerable and not answer.citations


@pytest.mark.slow
def test_a_speech_without_a_byline_answers_from_its_text(ask_of):
    text = NO_BYLINE.replace("同志们：\n", "同志们：\n今天是2025年4月9日，我们召开全镇安全生产工作会议。\n")
    answer = ask_of(text)("这次会议是什么时候召开的?")
    assert answer.answerable and "2025年4月9日" in answer.answer


@pytest.mark.slow
def test_in_a_library_each_speech_with_a_byline_answers_under_its_title(assistant, encoder):
    docs = [parse_speech(SPEAKER_AND_DATE, "spring"), parse_speech(SCRAPED, "invest"),
            parse_speech(NO_BYLINE, "town")]
    answer = assistant.variant(index=index_in_memory(docs, encoder)).ask("这篇讲话是谁讲的?")
    assert answer.answerable
    assert "刘明远" in answer.answer and "孙立平" in answer.answer
    assert "《在全县春季农业生产工作会议上的讲话》" in answer.answer
    assert {c.document for c in answer.citations} == {"spring", "invest"}


SIGNED_AT_THE_END = """某某县林业局2024年工作总结
2024年，全县完成营造林5.6万亩，森林覆盖率达到64.2%。
一、主要工作
全年查处涉林案件37起。
二、2025年工作打算
计划完成营造林5万亩。

某某县林业局
2025年1月10日
"""

SIGNED_ON_ONE_LINE = """关于做好今冬明春森林防火工作的通知
各乡镇人民政府：
为切实做好今冬明春森林防火工作，现将有关事项通知如下。
一、压实防火责任。各乡镇要在11月底前完成护林员培训。
某某县森林防灭火指挥部办公室　2024年10月28日
"""


TWO_ISSUERS = """关于节约用水的倡议书
全市广大市民：
今年我市降水偏少四成，特发出如下倡议：一水多用，及时报修漏水管道。
东岭市水务局　东岭市节约用水办公室
2024年5月8日
"""
TWO_ISSUERS_ONE_LINE = """关于文明祭扫的倡议书
广大市民朋友：
清明将至，倡导鲜花祭扫、网络祭扫，不在林区焚香烧纸。
某某市文明办 某某市民政局　2025年3月28日
"""


@pytest.mark.parametrize("text, signer, date", [
    (SIGNED_AT_THE_END, "某某县林业局", "2025年1月10日"),
    (TWO_ISSUERS, "东岭市水务局　东岭市节约用水办公室", "2024年5月8日"),
    (TWO_ISSUERS_ONE_LINE, "某某市文明办 某某市民政局", "2025年3月28日"),
    (SIGNED_ON_ONE_LINE, "某某县森林防灭火指挥部办公室", "2024年10月28日"),
    (SPEAKER_AND_DATE, None, None),
])
def test_a_sign_off_at_the_end_is_read_with_its_offsets(text, signer, date):
    byline = read_byline(text, "doc")
    assert (byline.signer.text if byline.signer else None) == signer
    assert (byline.signed.text if byline.signed else None) == date
    for line in (byline.signer, byline.signed):
        if line:
            assert text[line.start:line.end] == line.text


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (SIGNED_AT_THE_END, "这份总结是哪个单位写的", "某某县林业局"),
    (SIGNED_AT_THE_END, "这份总结是什么时候写的？", "2025年1月10日"),
    (SIGNED_ON_ONE_LINE, "这份通知是哪天印发的", "2024年10月28日"),
    (SIGNED_ON_ONE_LINE, "Who issued this document?", "某某县森林防灭火指挥部办公室"),
    # the text named by its kind in English: a notice, a decision
    (SIGNED_ON_ONE_LINE, "Who issued this notice?", "某某县森林防灭火指挥部办公室"),
    (SIGNED_ON_ONE_LINE, "When was this notice issued?", "2024年10月28日"),
])
def test_the_sign_off_answers_who_issued_the_text_and_when(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
    citation = answer.citations[0]
    assert citation.passage_id == "doc#signoff" and citation.quote in citation.text


@pytest.mark.slow
def test_a_bodys_sign_off_does_not_name_a_person_asked_for(ask_of):
    answer = ask_of(SIGNED_AT_THE_END)("总结是局长谁签发的？")
    assert "文末落款是" not in answer.answer, answer.answer


NOTICE = """青溪县人民政府关于表彰2025年度森林防火工作先进集体的通报
各乡镇人民政府，县直各单位：
2025年，全县未发生重大森林火灾。县政府决定对县林业局等6个先进集体予以通报表彰。
希望受表彰的集体珍惜荣誉，再接再厉。
青溪县人民政府
2026年1月20日
"""


@pytest.mark.slow
def test_a_notice_is_issued_by_its_sign_off(ask_of):
    answer = ask_of(NOTICE)("这份通报是哪个单位什么时候发的？")
    assert answer.answerable and "青溪县人民政府" in answer.answer and "2026年1月20日" in answer.answer, answer.answer


# A speaker of two posts, listed with 、 ("县委副书记、县长  周明远", "市委常委、副市长 陈立").
@pytest.mark.parametrize("speaker", ["县委副书记、县长  周明远", "市委常委、常务副市长　陈立", "（区委副书记、区长 韩晓东）"])
def test_a_speaker_of_several_posts_is_read(speaker):
    text = f"在全区安全生产工作会议上的讲话\n（2025年3月12日）\n{speaker}\n同志们：\n今天召开全区安全生产工作会议。\n"
    byline = read_byline(text, "doc")
    assert byline.speaker is not None and byline.speaker.text == speaker


# A page that sets its title apart (an HTML <h1>, given to the parser as a hint) and keeps the
# speaker and date as lines of the body, above the salutation.
@pytest.mark.parametrize("head, speaker, date", [
    ("青川区委书记 冯家宁\n", "青川区委书记 冯家宁", None),
    ("县长　刘明远\n（2025年3月8日）\n", "县长　刘明远", "（2025年3月8日）"),
    ("（2024年11月2日）\n市委常委、副市长 陈立\n", "市委常委、副市长 陈立", "（2024年11月2日）"),
])
def test_a_page_whose_title_is_apart_still_gives_its_byline(head, speaker, date):
    hint = "在全市优化营商环境大会上的表态发言"
    text = f"{head}尊敬的各位领导，同志们：\n根据会议安排，我代表本区作表态发言。今年安排产业发展资金2.5亿元。\n"
    byline = read_byline(text, "page", hint)
    assert byline.speaker is not None and byline.speaker.text == speaker
    assert (byline.date.text if byline.date else None) == date
    doc = parse_speech(text, "page", title_hint=hint)
    assert doc.title == hint
    assert not any(speaker in p.text for p in doc.passages)  # the byline is no part of what was said


@pytest.mark.parametrize("question", ["这是谁的表态发言", "这是谁的工作报告？", "这是谁的动员讲话", "这是谁的新年致辞"])
def test_a_kind_of_speech_between_who_and_the_noun_still_asks_the_byline(question):
    assert byline_asked(question) == "speaker"


# The speaker asked by name or post ("做报告的局长叫啥名"); a name the text mentions is no byline.
@pytest.mark.parametrize("question", ["做报告的局长叫啥名", "讲话的书记叫什么名字", "作报告的是哪位局长", "这个报告的局长姓什么",
                                      "发言的是哪位", "讲话的人是什么职务？", "作报告的人是谁", "讲话的领导是谁"])
def test_the_speaker_asked_by_name_or_post_asks_the_byline(question):
    assert byline_asked(question) == "speaker"


@pytest.mark.parametrize("question", ["讲话中提到的项目叫什么名字", "这份报告提到的工程叫啥", "牵头单位叫什么",
                                      "讲话的人提到了哪些问题"])
def test_a_name_the_text_mentions_is_no_byline_question(question):
    assert byline_asked(question) is None


@pytest.mark.slow
def test_the_speakers_name_asked_by_post_is_answered_from_the_byline(ask_of):
    answer = ask_of(SPEAKER_AND_DATE)("讲话的县长叫什么名字")
    assert answer.answerable and "刘明远" in answer.answer, answer.answer


# Where a page was published ("哪个公众号发的", "这篇文章的来源"): the page's own line, when it has one.
@pytest.mark.parametrize("question, asked", [
    ("哪个公众号发的？啥时候推送的", "source"), ("这篇文章的来源是哪里", "source"), ("出处在哪", "source"),
    ("是哪个网站发布的", "source"), ("资金来源是哪里", None), ("钱的来源有哪些", None),
    ("这篇讲话发在哪家报纸", "source"), ("登在什么报上", "source"), ("刊登在哪里", "source"),
    # the text named as a news item, then its source or publisher ("这篇新闻是哪里发的" asks no place it names)
    ("这篇新闻来源是哪", "source"), ("这条消息是哪个单位发布的", "source"), ("报道是哪里发的", "source"),
    ("补贴资金从哪里发的", None), ("项目资金来源于哪里", None),
])
def test_the_page_that_published_the_text_is_asked(question, asked):
    assert byline_asked(question) == asked


@pytest.mark.slow
@pytest.mark.parametrize("question", ["哪个网站发的", "这篇文章的来源是哪里", "这篇新闻是哪里发的"])
def test_the_source_is_the_pages_own_line(ask_of, question):
    answer = ask_of(SCRAPED)(question)
    assert answer.answerable and "来源：县政府办" in answer.answer and answer.citations, answer.answer
    assert not ask_of(SPEAKER_AND_DATE)(question).answerable  # no page line: not made up from the text


# Put online ("这篇文章什么时候发布的"): the page's info row answers, not the speech's date under its title;
# asked when it was given ("讲话是哪天讲的"), the date under the title still does.
PAGE_AND_SPEECH_DATES = """青川新闻网 | 青川日报社主办
首页 > 政务公开 > 领导讲话
来源：青川日报　　发布时间：2026-03-20 10:05
在全县林业工作会议上的讲话
——2026年3月16日
县长　林建业
同志们：去年全县完成营造林2.4万亩，今年要再完成2.6万亩。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, said, not_said", [
    ("这篇文章什么时候发布的", "2026-03-20", "2026年3月16日"), ("讲话是哪天讲的", "2026年3月16日", "2026-03-20"),
])
def test_the_page_date_answers_when_it_was_posted(ask_of, question, said, not_said):
    answer = ask_of(PAGE_AND_SPEECH_DATES)(question)
    assert answer.answerable and said in answer.answer and not_said not in answer.answer, answer.answer


# A post's name asked ("市长叫什么名字", "书记是谁") of a text signed by that post: its byline; a post
# the byline does not hold is not given by it.
MAYOR_REPORT = """政府工作报告
——2026年1月10日在青梧市第八届人民代表大会第三次会议上
青梧市市长　苏望舒
各位代表：
一、2025年工作回顾
全年地区生产总值增长5.1%。
"""
SECRETARY_SPEECH = """在全县乡村振兴推进会上的讲话
县委书记　贺立言
同志们：
今年全县要新建和美乡村示范村15个。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, name", [
    (MAYOR_REPORT, "市长叫什么名字", "苏望舒"), (MAYOR_REPORT, "做报告的市长是谁？", "苏望舒"),
    (SECRETARY_SPEECH, "书记叫啥名字", "贺立言"), (SECRETARY_SPEECH, "县委书记是谁", "贺立言"),
])
def test_the_name_of_the_post_that_signed_is_its_byline(ask_of, text, question, name):
    answer = ask_of(text)(question)
    assert answer.answerable and name in answer.answer, answer.answer


@pytest.mark.slow
def test_a_post_the_byline_does_not_hold_is_not_answered_by_it(ask_of):
    answer = ask_of(MAYOR_REPORT)("县长叫什么名字")
    assert "苏望舒" not in answer.answer


DEPUTY_SPEECH = """在全市城市更新工作会议上的讲话
市政府副市长　闻人澈
同志们：
今年全市改造老旧小区120个。
"""
PLACEHOLDER_REPORT = """政府工作报告
——2026年1月9日在某市第十五届人民代表大会第五次会议上
市长　某某某
各位代表：
全年地区生产总值增长5%。
"""


@pytest.mark.slow
def test_a_deputy_is_no_name_of_the_post_asked(ask_of):
    answer = ask_of(DEPUTY_SPEECH)("市长叫什么名字")
    assert "闻人澈" not in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question", [
    (PLACEHOLDER_REPORT, "市长叫什么名字"), (PLACEHOLDER_REPORT, "市长是谁"), (PLACEHOLDER_REPORT, "作报告的市长叫什么"),
    (PLACEHOLDER_REPORT.replace("市长　某某某", "市长　×××"), "市长叫啥名字"),
    ("在全县春耕生产工作会议上的讲话\n县委书记　某某\n同志们：\n今年全县粮食播种面积稳定在80万亩。\n", "讲话的书记叫什么名字"),
])
def test_a_placeholder_byline_is_quoted_and_said_to_give_no_name(ask_of, text, question):
    """"市长　某某某" answers who gave it with a template's stand-in: quoted, and said to give no name."""
    answer = ask_of(text)(question)
    assert not answer.answerable and not answer.citations, answer.answer  # the contract: no citations then
    assert "代称" in answer.answer and "没有给出真实姓名" in answer.answer and "[1]" not in answer.answer, answer.answer


@pytest.mark.slow
def test_the_deputy_post_asked_is_its_byline(ask_of):
    answer = ask_of(DEPUTY_SPEECH)("副市长叫什么名字")
    assert "闻人澈" in answer.answer, answer.answer


@pytest.mark.parametrize("line, shown", [
    ("来源：市民政局　　发布时间：2025-02-10 10:00　　浏览次数：532　　字号：大 中 小　打印　关闭",
     "来源：市民政局 发布时间：2025-02-10 10:00"),
    ("发布时间：2024-06-03 09:12 来源：县政府办 阅读量：1208 【打印本页】【关闭窗口】", "发布时间：2024-06-03 09:12 来源：县政府办"),
    ("原创 柳溪发布 2025年02月18日", "原创 柳溪发布 2025年02月18日"),
])
def test_a_page_line_is_said_without_its_buttons_and_counters(line, shown):
    from index.chrome import without_buttons
    assert without_buttons(line) == shown
