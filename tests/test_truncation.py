"""Gap and cut-off notices in many site wordings, and the findings that a text is not whole."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.truncation import find_cut_off, find_gaps, truncation_findings

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "index" / "data" / "chancheng_speech.txt"
REAL = ROOT.parent / "shared" / "corpus" / "real"

BODY = ("在全县春季农业生产工作会议上的讲话\n同志们：\n一、抓好春耕备耕\n"
        "今年全县粮食播种面积要稳定在86万亩以上，各乡镇要把任务分解到村、落实到户。\n"
        "二、抓好农田水利\n要加快推进高标准农田建设，确保汛前完成渠道清淤")


def kinds(findings):
    return [f.kind for f in findings]


# ---- the bundled speech -----------------------------------------------------------

@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_cut_off_and_gap_unchanged(seed):
    cut = find_cut_off(seed)
    assert (cut.total_chars, cut.shown_chars) == (10026, 3214)
    assert seed[cut.offset:].startswith("……(未完")
    assert seed[:cut.offset].rstrip().endswith("一是")
    gaps = find_gaps(seed, 0, cut.offset)
    assert [g.omitted_chars for g in gaps] == [1145]
    assert seed[gaps[0].start:gaps[0].end].strip("…") in gaps[0].notice


def test_seed_findings(seed):
    cut = find_cut_off(seed)
    gaps = find_gaps(seed, 0, cut.offset)
    found = truncation_findings(seed, cut.offset, cut, gaps)
    assert kinds(found)[:2] == ["notice", "gap"]
    by_kind = {f.kind: f for f in found}
    assert by_kind["notice"].confidence == pytest.approx(0.95) and by_kind["notice"].offset == cut.offset
    assert by_kind["gap"].confidence == pytest.approx(0.95) and "1145" in by_kind["gap"].detail
    assert by_kind["trailing_ellipsis"].confidence == pytest.approx(0.8)
    assert by_kind["mid_sentence"].confidence == pytest.approx(0.4)  # "一是" then the notice


# ---- cut-off wordings ---------------------------------------------------------------

@pytest.mark.parametrize("notice,total,shown", [
    ("……(未完，全文共5200字，当前仅显示1800字)", 5200, 1800),
    ("……（本文共6000字，剩余4100字，登录后查看全文）", 6000, 1900),
    ("(全文约6000字，已显示前2000字)", 6000, 2000),
    ("……预览结束，免费获取全文或定制代笔此类文章！", None, None),
    ("（本文仅展示部分内容，正式会员可阅读全文）", None, None),
    ("（未完待续）", None, None),
    ("……待续", None, None),
    ("未完，请点击下一页继续阅读", None, None),
    ("剩余内容请下载后查看", None, None),
    ("下载后查看全文", None, None),
    ("【会员可见】", None, None),
    ("登录后查看完整内容", None, None),
    ("……付费阅读全文", None, None),
    ("购买后阅读全部内容", None, None),
    ("……（试读结束）", None, None),
    ("免费获取全文或定制代笔此类文章", None, None),
])
def test_cut_off_wordings(notice, total, shown):
    text = BODY + "\n" + notice + "\n"
    cut = find_cut_off(text)
    assert cut is not None, notice
    assert cut.offset == text.index(notice)
    assert (cut.total_chars, cut.shown_chars) == (total, shown)
    assert cut.notice == notice


def test_ellipsis_on_its_own_line_belongs_to_the_notice():
    text = BODY + "。\n……\n试读结束，剩余1860字请下载原文阅读。\n"
    cut = find_cut_off(text)
    assert cut.offset == text.index("……\n试读")
    assert "试读结束" in cut.notice


def test_inline_notice_at_the_end_followed_by_chrome():
    text = (BODY + "。免费获取全文请联系客服。\n上一篇：在全县林业工作会议上的讲话\n下一篇：在全县水利工作会议上的讲话\n"
            "版权所有 © 2024 某某范文网\n")
    cut = find_cut_off(text)
    assert cut.offset == text.index("免费获取全文")
    assert text[:cut.offset].endswith("渠道清淤。")


def test_notice_followed_by_chrome_lines_is_still_the_cut_off():
    text = BODY + "\n……（未完）\n收藏《在全县春季农业生产工作会议上的讲话》\n相关推荐\n在全县植树造林动员会上的讲话\n"
    cut = find_cut_off(text)
    assert cut.offset == text.index("……（未完）")


def test_gap_notice_at_the_very_end_is_the_cut_off():
    text = BODY + "\n……（此处省略2000字）\n本文来源：某某文库\n"
    cut = find_cut_off(text)
    assert cut is not None and cut.offset == text.index("……（此处省略2000字）")
    assert find_gaps(text, 0, cut.offset) == []


@pytest.mark.parametrize("sentence", [
    "全文共分为三个部分，我简要作个说明。",
    "对尚未完成的任务，要挂图作战。",
    "各乡镇未完工项目要在6月底前全部完工。",
    "其余部分由县财政统筹解决。",
    "要原原本本阅读全文，深刻领会精神实质。",
    "各级党员要登录学习平台后查看学习内容，按时完成学时。",
    "全县正式会员单位达到120家，协会作用进一步发挥。",
])
def test_speech_sentences_are_not_notices(sentence):
    for text in (BODY + "。\n" + sentence + "\n三、抓好安全生产\n要守住底线。\n", BODY + "。\n" + sentence):
        assert find_cut_off(text) is None, sentence


# ---- gaps ------------------------------------------------------------------------------

def test_gaps_in_several_wordings():
    text = (BODY + "。\n……（此处省略800字）……\n三、抓好森林防火\n要落实网格化管理。\n"
            "......（中间部分略去1200字）......\n四、抓好安全生产\n要守住底线。\n（略）\n要加强值班值守。\n")
    gaps = find_gaps(text)
    assert [g.omitted_chars for g in gaps] == [800, 1200, None]
    assert text[gaps[0].start:gaps[0].end] == "……（此处省略800字）……"
    assert find_cut_off(text) is None


# ---- findings ----------------------------------------------------------------------------

@pytest.mark.parametrize("ending", ["……", "......", "。。。", "…"])
def test_trailing_ellipsis(ending):
    text = BODY + ending + "\n"
    found = truncation_findings(text, len(text), None, [])
    assert kinds(found)[0] == "trailing_ellipsis" and found[0].confidence == pytest.approx(0.8)
    assert "notice" not in kinds(found)


def test_ellipsis_on_a_line_of_its_own_after_a_finished_sentence():
    text = BODY + "。\n……\n"
    found = truncation_findings(text, len(text), None, [])
    assert kinds(found) == ["trailing_ellipsis"]


def test_mid_sentence_is_weak_evidence():
    found = truncation_findings(BODY, len(BODY), None, [])
    assert kinds(found) == ["mid_sentence"]
    assert found[0].confidence < 0.5 and found[0].offset == len(BODY)


@pytest.mark.parametrize("ending", [
    "。\n谢谢大家！", "。\n谢谢大家", "。\n谢谢各位", "。\n2021年3月5日", "。\n（二〇二一年三月五日）",
    "。\n清源县人民政府\n2024年6月15日", "。\n（此件公开发布）", "。",
    "。\n上一篇：在全县林业工作会议上的讲话\n相关推荐\n在全县水利工作会议上的讲话\n京ICP备12345678号",
])
def test_endings_that_are_not_truncation(ending):
    text = BODY + ending + "\n"
    assert truncation_findings(text, len(text), None, []) == []


def test_notice_and_gap_findings_on_our_own_excerpt():
    text = (BODY + "。\n……（此处略去约600字，VIP会员可查看）……\n三、抓好安全生产\n要守住底线，"
            "\n……预览结束，免费获取全文或定制代笔此类文章！\n")
    cut = find_cut_off(text)
    gaps = find_gaps(text, 0, cut.offset)
    found = truncation_findings(text, cut.offset, cut, gaps)
    assert kinds(found) == ["notice", "gap", "trailing_ellipsis", "mid_sentence"]
    assert found[1].offset == gaps[0].start and gaps[0].omitted_chars == 600


def test_an_offer_only_notice_is_a_little_less_sure():
    text = BODY + "\n（本文仅展示部分内容，正式会员可阅读全文）\n"
    cut = find_cut_off(text)
    (notice, *_rest) = truncation_findings(text, cut.offset, cut, [])
    assert notice.kind == "notice" and 0.85 <= notice.confidence < 0.95


@pytest.mark.parametrize("name", ["gwr2021.txt", "yihao2018.txt"])
def test_real_documents_are_whole(name):
    text = (REAL / name).read_text(encoding="utf-8-sig")
    assert find_cut_off(text) is None
    assert find_gaps(text) == []
    assert truncation_findings(text, len(text), None, []) == []


# The findings' details are written for logs, in English; a Chinese answer says them in Chinese.
@pytest.mark.parametrize("detail, said", [
    ("（三） lies in a gap", "（三）在省略的部分中"),
    ("numbering jumps to 五、 (skips 1)", "编号跳到五、,中间缺1个"),
    ("something else", ""),
])
def test_a_numbering_jump_is_said_in_the_answers_language(detail, said):
    import re

    from index.document import TruncationFinding
    from qa.truncation_answers import finding_line

    zh = finding_line(TruncationFinding("numbering_jump", 0.9, detail, 0), "zh")
    assert said in zh and not re.search(r"[A-Za-z]{2}", zh), zh
    assert detail in finding_line(TruncationFinding("numbering_jump", 0.9, detail, 0), "en")


# Asked whether the text is complete, the answer quotes the site's own words at each break.
TEMPLATE_EXCERPT = """在全区经济工作会议上的讲话
同志们：
一、客观看待去年经济运行
全区地区生产总值增长6.2%。一是工业稳中有进。规上工业增加值增长7.1%。二是创新招商方式，推行……
……（此处省略约800字）……
二、扎实做好今年经济工作
今年要突出抓好项目建设。新开工项目60个以上……
（未完，剩余约1500字）
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["这篇讲话完整吗", "这个稿子是全文吗"])
def test_the_completeness_answer_quotes_the_sites_notices(ask_of, question):
    answer = ask_of(TEMPLATE_EXCERPT)(question)
    assert "页面注明:“此处省略约800字”" in answer.answer and "页面注明:“未完，剩余约1500字”" in answer.answer, answer.answer


@pytest.mark.slow
def test_a_notice_with_a_web_address_is_not_quoted(ask_of):
    text = TEMPLATE_EXCERPT.replace("此处省略约800字", "某某文秘网http://www.example.cn省略800字,会员可阅读全文")
    answer = ask_of(text)("这篇讲话完整吗")
    assert "http" not in answer.answer and "example" not in answer.answer, answer.answer
