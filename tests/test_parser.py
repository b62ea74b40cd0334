"""Tests of the speech parser: the seed speech's oddities and speeches of other shapes."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from index.document import SECTION_SEP, Document
from index.parser import parse_speech

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "index" / "data" / "chancheng_speech.txt"
SPEECHES = Path(__file__).resolve().parent / "speeches"

P1 = "一、深刻认识产城融合发展的重大意义,增强推进工作的责任感与紧迫感"
P2 = "二、精准把握我市产城融合发展的现状,明确推进工作的基础与方向"
P2_1 = P2 + SECTION_SEP + "(一)近年来我市产城融合发展取得的积极成效"
P2_2 = P2 + SECTION_SEP + "(二)当前我市产城融合发展存在的突出问题"
P3 = "三、明确下一阶段全市产城融合发展的重点任务,推动产城融合高质量发展"
P3_1 = P3 + SECTION_SEP + "(一)科学编制产城融合发展规划,优化空间布局"
P3_2 = P3 + SECTION_SEP + "(二)加快产业转型升级,增强产业对城市的支撑能力"
P3_3 = P3 + SECTION_SEP + "(三)加强基础设施建设,提升城市承载能力"
P3_4 = P3 + SECTION_SEP + "(四)健全公共服务体系,提高居民生活质量"
BOILERPLATE = re.compile(r"https?://|www\.|省略\s*\d+\s*字|正式会员|未完|当前仅显示|收藏《|本文来源|登录后查看|VIP")
HEADING_LINE = re.compile(r"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]"
                          r"|\d+[.．]|第[一二三四五六七八九十]+[，,、])")


def parse_file(path: Path) -> Document:
    text = path.read_bytes().decode("utf-8")
    return parse_speech(text, path.stem, str(path))


@pytest.fixture(scope="module")
def seed() -> Document:
    return parse_file(SEED)


def body_sentences(doc: Document) -> list[str]:
    """The body's sentences, found independently of the parser (simple rules for our files)."""
    src = re.split(r"…*[（(](?:未完|本文共)", doc.source)[0]
    src = re.sub(r"…+[（(][^)）]*(?:省略|略去|略)[^)）]*[)）]…+", "\n<GAP>\n", src)
    lines = [ln.strip() for ln in src.splitlines() if ln.strip()]
    lines = lines[lines.index(doc.title) + 1:]  # outline block and title
    joined = ""
    for ln in lines:
        if re.fullmatch(r"(各位领导、)?同志们[：:]", ln) or re.fullmatch(r"[（(]\d{4}年\d+月\d+日[)）]", ln):
            continue  # the salutation, and the date under the title (header, not body)
        if HEADING_LINE.match(ln):
            m = re.search(r"[。！？]", ln)
            ln = ln[m.end():] if m else ""
        if ln == "<GAP>" or not ln or re.fullmatch(r"[(（].*[)）]", ln):
            joined += "\n" + ln.replace("<GAP>", "") + "\n"
        else:  # a line ending mid-sentence runs on into the next
            joined += ln if ln[-1] not in "。！？；：:”" else ln + "\n"
    parts = re.split(r"(?<=[。！？])|\n", joined)
    return [p.strip() for p in parts if p.strip()]


def holders(doc: Document, sentence: str) -> int:
    """How many passages hold this sentence (a bare item marker must be a passage of its own)."""
    if len(sentence) < 4:
        return sum(p.text == sentence for p in doc.passages)
    return sum(sentence in p.text for p in doc.passages)


# ---- the seed speech ----------------------------------------------------------

def test_seed_title_and_outline_shape(seed):
    assert seed.title == "在全市产城融合发展推进会议上的讲话"
    assert len(seed.outline_nodes()) == 17
    assert [n.level for n in seed.outline] == [1, 1, 1, 1, 1]
    assert [len(n.children) for n in seed.outline] == [0, 2, 4, 3, 3]
    assert all(c.level == 2 for n in seed.outline for c in n.children)
    assert seed.outline[3].title.startswith("四、强化保障措施")
    assert seed.outline[4].title.startswith("四、凝聚各方力量")  # the mis-numbered fifth part
    assert seed.node(P2_2).title == "(二)当前我市产城融合发展存在的突出问题"
    assert seed.warnings == []


def test_seed_statuses(seed):
    status = {n.path: n.status for n in seed.outline_nodes()}
    assert status[P2_2] == "complete"
    assert status[P3_1] == "complete"
    assert status[P2_1] == "partial"
    assert status[P3_2] == "partial"
    assert status[P3_3] == status[P3_4] == "outline_only"
    for top in seed.outline[3:]:
        assert {n.status for n in top.walk()} == {"outline_only"}
    assert [status[seed.outline[i].path] for i in range(3)] == ["partial"] * 3
    tm = seed.truncation
    assert tm.partial == [P1, P2, P2_1, P3, P3_2]
    assert len(tm.outline_only) == 10 and tm.outline_only[:2] == [P3_3, P3_4]
    assert seed.node(P2_2).body_start < seed.node(P2_2).body_end


def test_seed_gap(seed):
    gaps = seed.truncation.gaps
    assert len(gaps) == 1
    gap = gaps[0]
    assert gap.omitted_chars == 1145
    assert gap.swallowed == [P2, P2_1]
    assert "省略1145字" in gap.notice and seed.source[gap.start:gap.end].strip("…") in gap.notice
    after = next(p for p in body_passages(seed) if p.start >= gap.end)
    before = [p for p in body_passages(seed) if p.end <= gap.start][-1]
    assert after.text.startswith("公里,城市轨道交通")
    assert after.section == P2_1 + SECTION_SEP + "二是" and after.item == "二是"
    assert any(f.kind == "gap" and f.detail == "starts after a gap" for f in after.flags)
    assert before.section == P1 and before.text.endswith("城市就会成")
    assert any(f.kind == "gap" and f.detail == "ends at a gap" for f in before.flags)
    third = next(p for p in seed.passages if p.text.startswith("三是产城空间布局"))
    assert third.section == P2_1 + SECTION_SEP + "三是"


def test_seed_cut_off(seed):
    cut = seed.truncation.cut_off
    assert (cut.total_chars, cut.shown_chars) == (10026, 3214)
    last = body_passages(seed)[-1]
    assert last.section == P3_2 + SECTION_SEP + "一是"
    assert "cut_off" in last.flag_kinds
    assert all(p.end <= cut.offset for p in seed.passages)
    assert sum("cut_off" in p.flag_kinds for p in seed.passages) == 1


def test_seed_blanks(seed):
    blanks = seed.truncation.blanks
    assert len(blanks) >= 10
    contexts = [b.context for b in blanks]
    for want in ["达到公里", "学位万个", "缩短了分钟", "入驻企业家", "中小学所", "床位张", "有个园区",
                 "我市个", "面积平方公里", "*万元", "*区政府", "*个"]:
        assert any(want in c for c in contexts), want
    assert {b.kind for b in blanks} == {"missing", "star"}
    src = seed.source
    for clean in ["最后一公里", "扩大5平方公里", "增长15%", "达到80%", "达到50%", "2024年"]:
        at = src.index(clean)
        assert not any(at <= b.start < at + len(clean) for b in blanks), clean
    flagged = [p for p in seed.passages if "blank" in p.flag_kinds]
    assert len(flagged) >= 6
    assert any(f.detail == "达到公里" for p in flagged for f in p.flags)


def test_seed_redactions(seed):
    reds = seed.truncation.redactions
    assert len(reds) == 3
    assert "创新_机制" in reds[0].context and reds[0].offset < seed.passages[0].start  # in the outline
    assert "三是_机制" in reds[1].context and "管理_和运行" in reds[2].context
    red_passage = next(p for p in seed.passages if p.text.startswith("三是_机制不健全"))
    assert [f.kind for f in red_passage.flags].count("redacted") == 2


def test_seed_passages_clean_and_bounded(seed):
    for n, p in enumerate(seed.passages):
        assert p.id == f"chancheng_speech#p{n}" and p.order == n and p.document == "chancheng_speech"
        assert not BOILERPLATE.search(p.text), p.text
        assert 0 < len(p.text) <= 400
        assert re.sub(r"\s", "", seed.source[p.start:p.end]) == re.sub(r"\s", "", p.text)
    texts = [p.text for p in body_passages(seed)]
    assert not any(t.startswith(("目录", "同志们", "在全市产城融合发展推进会议上的讲话")) for t in texts)
    assert not any(HEADING_LINE.match(t) for t in texts)
    assert seed.passages[0].section == seed.title
    assert seed.passages[0].text.startswith("今天,我们在这里召开")
    assert "作了汇报发言" in seed.passages[0].text  # a broken line joined


def body_passages(doc):
    """Passages of body text (not the stand-ins for outline-only headings)."""
    return [p for p in doc.passages if "outline_only" not in p.flag_kinds]


def test_seed_outline_only_headings_have_standin_passages(seed):
    standins = [p for p in seed.passages if "outline_only" in p.flag_kinds]
    assert [p.section for p in standins] == seed.truncation.outline_only
    for p in standins:
        node = seed.node(p.section)
        assert node.status == "outline_only" and p.text == node.title
        assert seed.source[p.start:p.end] == node.title  # points at the outline line
    redacted = [p for p in standins if "redacted" in p.flag_kinds]
    assert len(redacted) == 1 and "_" in redacted[0].text
    assert standins[0].order > body_passages(seed)[-1].order  # body ids stay stable


def test_seed_flags_know_their_place_in_the_text(seed):
    for p in seed.passages:
        for f in p.flags:
            if f.kind == "blank":
                assert f.at is not None and 0 <= f.at <= len(p.text)
                assert "".join(f.detail.split()).replace("*", "")[:1] in p.text[max(0, f.at - 12):f.at + 12]
            if f.kind == "redacted":
                assert p.text[f.at] == "_"


def test_seed_every_sentence_in_exactly_one_passage(seed):
    sentences = body_sentences(seed)
    assert len(sentences) > 40
    for s in sentences:
        assert holders(seed, s) == 1, s


def test_seed_items_in_section_2_2(seed):
    ps = [p for p in seed.passages if p.section.startswith(P2_2)]
    assert [p.item for p in ps] == ["一是", "二是", "三是"]
    assert [p.section.rsplit(SECTION_SEP, 1)[1] for p in ps] == ["一是", "二是", "三是"]
    assert all(p.text.startswith(p.item) for p in ps)


def test_seed_round_trip(seed):
    again = Document.from_dict(seed.to_dict())
    assert again == seed


# ---- speeches of other shapes -------------------------------------------------

@pytest.mark.parametrize("name", ["anquan_shengchan.txt", "xiangcun_zhenxing.txt", "yingshang_huanjing.md"])
def test_sample_sentences_and_bounds(name):
    doc = parse_file(SPEECHES / name)
    assert 1000 <= len(doc.source) <= 3000
    for p in doc.passages:
        assert not BOILERPLATE.search(p.text) and "\r" not in p.text
        assert 0 < len(p.text) <= 400
        assert re.sub(r"\s", "", doc.source[p.start:p.end]) == re.sub(r"\s", "", p.text)
    for s in body_sentences(doc):
        assert holders(doc, s) == 1, s


def test_parts_with_first_next_last_items_no_outline():
    doc = parse_file(SPEECHES / "anquan_shengchan.txt")
    assert doc.title == "在全市安全生产工作会议上的讲话"
    assert [n.title[:4] for n in doc.outline] == ["第一部分", "第二部分", "第三部分"]
    assert all(n.level == 1 and not n.children and n.status == "complete" for n in doc.outline)
    assert doc.truncation.is_complete and doc.warnings == []
    part2 = [p for p in doc.passages if p.section.startswith(doc.outline[1].path)]
    assert [p.item for p in part2] == ["首先", "首先", "其次", "再次", "最后"]  # the long one split
    assert part2[0].section == part2[1].section == doc.outline[1].path + SECTION_SEP + "首先"
    assert part2[0].text.endswith("。") and part2[0].end <= part2[1].start
    closing = doc.passages[-1]
    assert closing.text.startswith("同志们，安全生产") and closing.item is None
    assert any("要全面排查餐饮场所燃气使用情况，推广安装" in p.text for p in doc.passages)


def test_fullwidth_crlf_subheadings_and_other_site_notices():
    doc = parse_file(SPEECHES / "xiangcun_zhenxing.txt")
    assert "\r\n" in doc.source and doc.title == "在全县全面推进乡村振兴工作会议上的讲话"
    part1, part2 = doc.outline
    assert [c.title for c in part1.children] == ["（一）充分肯定过去一年取得的成绩", "（二）清醒看到存在的短板弱项"]
    assert [c.title for c in part1.children[1].children] == ["1．农业产业链条短", "2．农村基础设施欠账多"]
    assert part1.children[1].children[0].level == 3
    assert part1.status == "complete"
    (gap,) = doc.truncation.gaps
    assert gap.omitted_chars == 800 and gap.swallowed == []
    cut = doc.truncation.cut_off
    assert (cut.total_chars, cut.shown_chars) == (6852, 2314)
    assert [c.status for c in part2.children] == ["complete", "partial", "partial"]
    inline = next(p for p in doc.passages if p.text.startswith("要稳妥推进农村宅基地"))
    assert inline.section == part2.children[2].path == part2.path + SECTION_SEP + "（三）深化农村改革激发内生动力"
    assert "cut_off" in inline.flag_kinds


def test_ordinal_items_star_and_redaction_with_outline_block():
    doc = parse_file(SPEECHES / "yingshang_huanjing.md")
    assert doc.title == "在全区优化营商环境大会上的讲话"
    # 第一，/第二， open paragraphs in sequence under each part: sub-headings with inline bodies
    assert len(doc.outline) == 3 and [len(n.children) for n in doc.outline] == [3, 4, 2]
    assert doc.outline[1].children[0].title == "第一，持续深化“放管服”改革"
    assert {n.status for n in doc.outline_nodes()} == {"complete"} and doc.warnings == []
    intro = [p for p in doc.passages if p.section == doc.outline[0].path]
    assert [p.text[:6] for p in intro] == ["营商环境就是"]
    stars = [b for b in doc.truncation.blanks if b.kind == "star"]
    assert any("*万户" in b.context for b in stars)
    (red,) = doc.truncation.redactions
    assert "推行_审批" in red.context
    flagged = next(p for p in doc.passages if "redacted" in p.flag_kinds)
    assert flagged.section == doc.outline[1].children[0].path
    assert doc.passages[0].text.startswith("今天，区委、区政府")  # salutation dropped


# ---- small shapes --------------------------------------------------------------

def test_plain_text_falls_back_to_paragraphs():
    doc = parse_speech("今天天气很好，我们去公园散步。\n公园里有很多人。\n晚上回家吃饭。\n", "plain")
    assert any("no recognisable structure" in w for w in doc.warnings)
    assert doc.outline == [] and len(doc.passages) == 3
    assert all(p.section == doc.title for p in doc.passages)


def test_outline_gap_before_first_item_infers_nothing():
    text = ("提纲：\n一、总体要求\n二、重点任务\n（一）抓产业\n（二）抓项目\n……\n在某会议上的讲话\n同志们：\n"
            "一、总体要求\n要坚持稳中求进。\n……（略）……\n一是抓龙头企业。\n二是抓配套。\n（二）抓项目\n"
            "要加快项目建设。\n")
    doc = parse_speech(text, "t")
    (gap,) = doc.truncation.gaps
    assert gap.omitted_chars is None
    assert gap.swallowed == ["二、重点任务", "二、重点任务 > （一）抓产业"]
    first = next(p for p in doc.passages if p.text.startswith("一是"))
    assert first.section == "二、重点任务 > （一）抓产业 > 一是"
    assert "gap" in first.flag_kinds
    assert doc.node("二、重点任务 > （二）抓项目").status == "complete"
    assert doc.node("二、重点任务 > （一）抓产业").status == "partial"


def test_heading_keeps_inline_body_and_lines_do_not_join_headings():
    text = "一、总体要求。要坚持稳中求进，\n突出重点\n（一）抓产业\n要发展产业。\n"
    doc = parse_speech(text, "t")
    assert [p.text for p in doc.passages] == ["要坚持稳中求进，突出重点", "要发展产业。"]
    assert doc.outline[0].title == "一、总体要求"
    assert doc.outline[0].children[0].title == "（一）抓产业"


def test_unlabelled_outline_block_is_still_an_outline(seed):
    doc = parse_speech(seed.source.split("\n", 1)[1], "s")  # without the 目录/提纲 line
    assert [n.path for n in doc.outline_nodes()] == [n.path for n in seed.outline_nodes()]
    assert [p.section for p in doc.passages] == [p.section for p in seed.passages]
    assert doc.truncation.gaps[0].swallowed == [P2, P2_1]


def test_subtitle_markdown_bold_and_other_item_markers():
    text = ("**凝心聚力 真抓实干**\n——在全县经济工作会议上的讲话\n（2024年1月5日）\n同志们：\n"
            "全文共分为三个部分，我简要说明。\n**一、总结成绩**\n一要坚持稳中求进。\n二要推进改革。\n"
            "其一，抓项目。其二，抓招商。\n")
    doc = parse_speech(text, "c")
    assert doc.title == "凝心聚力 真抓实干 ——在全县经济工作会议上的讲话"
    assert doc.truncation.cut_off is None  # "全文共分为…" is speech, not a site notice
    assert doc.outline[0].title == "一、总结成绩"
    assert [p.item for p in doc.passages] == [None, "一要", "二要", "其一", "其二"]  # the date line is header
    assert [p.text for p in doc.passages[-2:]] == ["其一，抓项目。", "其二，抓招商。"]  # inline items cut


@pytest.mark.parametrize("marker,before", [("三是", "二是"), ("一是", None), ("其次", "首先"), ("第十一", "第十"),
                                           ("3.", "2."), ("二要", "一要"), ("其二", "其一"), ("最后", None)])
def test_previous_item(marker, before):
    from index.headings import previous_item
    assert previous_item(marker) == before


def test_numbered_headings_in_decorative_brackets():
    """Web and WeChat pages set headings in 【】 or 〖〗; a bracketed line without a number stays text."""
    text = ("在全区防汛工作会议上的讲话\n同志们：\n【一、形势判断】\n今年汛期降雨偏多。\n"
            "〖（一）主要风险〗\n山洪易发。\n【二、工作要求】\n要压实责任。\n【特别提示】请各单位于月底前报送材料。\n")
    doc = parse_speech(text, "t")
    assert [n.title for n in doc.outline] == ["一、形势判断", "二、工作要求"]
    assert [c.title for c in doc.outline[0].children] == ["（一）主要风险"]
    assert any(p.text.startswith("【特别提示】") for p in doc.passages)
    assert all("【" not in n.title and "〗" not in n.title for n in doc.outline_nodes())
    assert next(p for p in doc.passages if "山洪" in p.text).section == "一、形势判断 > （一）主要风险"


@pytest.mark.parametrize("bullet", ["👉 ", "▶", "■ ", "◆", "✅", "🔹 ", "➤ ", "•"])
def test_a_bullet_before_a_numbered_line_is_layout(bullet):
    """Web and WeChat pages set a symbol or emoji before a heading or a point; the numbering is what counts."""
    text = ("在全区项目建设推进会上的讲话\n同志们：\n"
            f"{bullet}一、抓项目\n今年安排重点项目86个。\n"
            f"{bullet}一是在审批提速上再加力。年内审批时限压减到15个工作日。\n"
            f"{bullet}二是在要素保障上再加力。新建标准厂房30万平方米。\n"
            f"{bullet}二、优环境\n★★★ 重磅推荐\n企业开办时间压缩至0.5个工作日。\n")
    doc = parse_speech(text, "t")
    assert [n.title for n in doc.outline] == ["一、抓项目", "二、优环境"]
    items = [p for p in doc.passages if p.item]
    assert [p.item for p in items] == ["一是", "二是"]
    assert items[0].text.startswith("一是在审批提速上再加力") and items[0].section == "一、抓项目 > 一是"
    assert any(p.text.startswith("★★★ 重磅推荐") for p in doc.passages)  # no number after it: left as written


@pytest.mark.parametrize("mark", ["- ", "* ", "+ ", "  - "])
def test_markdown_list_items_are_paragraphs_of_their_own(mark):
    """A Markdown speech lists points with "- " (or "* ", "+ ") and no end punctuation: each item
    stands alone, its mark is layout; a "> " quote line loses its mark too."""
    text = ("# 在全市文旅产业发展大会上的讲话\n\n> 2025年3月6日\n\n各位领导、同志们：\n\n## 二、存在的短板\n\n"
            f"{mark}产品供给同质化，夜间消费业态偏少\n{mark}景区停车位缺口约2600个\n{mark}宣传营销手段单一\n\n"
            "## 三、重点任务\n\n要推出10条精品旅游线路，2024-2025年\n连续办好文旅节。\n")
    doc = parse_speech(text, "t")
    items = [p.text for p in doc.passages if p.section.startswith("二、")]
    assert items == ["产品供给同质化，夜间消费业态偏少", "景区停车位缺口约2600个", "宣传营销手段单一"]
    assert all(doc.source[p.start:p.end] == p.text for p in doc.passages if p.section.startswith("二、"))
    assert not any(p.text.startswith((">", "-", "*", "+")) for p in doc.passages)
    assert any(p.text == "要推出10条精品旅游线路，2024-2025年连续办好文旅节。" for p in doc.passages)  # a hyphen inside runs on
