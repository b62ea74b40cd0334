"""A speech reposted as a feed post (a WeChat account's article): a headline dressed with emoji, a
column's label and "！"; a box of points set with a symbol and no sentence ends ("划重点👇" then
"👉 …" lines); an end mark ("—END—") before the account's footer.

Read line by line, the box's points ran on into one paragraph with the next sentence, so a figure
question quoted the whole box; the headline was no title (the file name stood in); the end mark
was the speech's last sentence, which then "stopped mid-sentence". Texts are written here, in
three wordings of the post; counter-cases keep one symbol line, a cheer and a plain title as they
were.
"""
from __future__ import annotations

import pytest

from index.bullets import symbol_items
from index.chrome import chrome_line_kind
from index.parser import parse_speech


def _post(headline: str, lead: str, mark: str, points: list[str], end: str) -> str:
    box = "\n".join(f"{mark} {p}" for p in points)
    return f"""{headline}

原创 某县发布 2026-04-08 07:45

{lead}
{box}

4月7日，全县春季农业生产工作会议召开。县长出席会议并讲话。以下为讲话摘编：

🔹 回顾篇

去年全县粮食总产量达到31.2万吨，比上年增长2.1%；新建高标准农田4.5万亩。

🔹 部署篇

📌 稳住粮食播种面积。全县粮食播种面积稳定在62万亩以上，其中大豆扩种1.5万亩。

📌 抓好春耕物资保障。化肥储备不少于1.2万吨，县农业农村局每周调度一次价格。

📌 推进农机社会化服务。新增植保无人机40架，农机作业服务覆盖全部乡镇。

会议要求，各乡镇要把春耕工作摆上突出位置，确保不误农时。

{end}
来源：某县发布
编辑：王某　审核：赵某
"""


WORDINGS = [
    ("📢 权威发布｜县长在全县春季农业生产工作会议上这样部署！", "划重点👇", "👉",
     ["今年粮食播种面积稳定在62万亩以上", "新建高标准农田5万亩", "农机作业服务覆盖全部乡镇"], "—END—",
     "县长在全县春季农业生产工作会议上这样部署"),
    ("🔥重磅！县长在全县春季农业生产工作会议上的讲话", "要点速览⬇️", "▶",
     ["粮食播种面积稳定在62万亩以上", "化肥储备不少于1.2万吨", "新增植保无人机40架"], "- END -",
     "县长在全县春季农业生产工作会议上的讲话"),
    ("🌾春耕丨全县春季农业生产工作会议召开，这些事要抓紧！", "一图读懂👇", "✅",
     ["粮食播种面积稳定在62万亩以上", "大豆扩种1.5万亩", "新增植保无人机40架"], "（完）",
     "全县春季农业生产工作会议召开，这些事要抓紧"),
]


@pytest.mark.parametrize("headline, lead, mark, points, end, title", WORDINGS)
def test_each_symbol_point_is_a_paragraph_and_the_box_ends_with_them(headline, lead, mark, points, end, title):
    doc = parse_speech(_post(headline, lead, mark, points, end), "post")
    texts = [p.text for p in doc.passages]
    for point in points:
        assert f"{mark} {point}" in texts  # a point alone, not run on into the next line
    assert any(t.startswith("4月7日，全县春季农业生产工作会议召开") for t in texts)
    assert doc.title == title
    assert not any(end.strip("（）- —") in t for t in texts if len(t) < 10)  # the end mark is the page's
    assert not doc.truncation.findings  # and the last sentence is the speech's own


@pytest.mark.slow
@pytest.mark.parametrize("headline, lead, mark, points, end, title", WORDINGS)
def test_the_lead_pointing_down_gets_its_points(ask_of, headline, lead, mark, points, end, title):
    ask = ask_of(_post(headline, lead, mark, points, end), "post")
    box = ask(f"{lead.rstrip('👇⬇️')}说了什么")
    for point in points:
        assert point in box.answer
    assert "会议召开" not in box.answer  # the paragraph after the box is no point of it
    figure = ask("今年粮食播种面积稳定在多少亩")
    assert "62万亩" in figure.answer and "4月7日" not in figure.answer


def test_one_symbol_line_or_mixed_symbols_are_no_list():
    lines = ["👉 点击上方蓝字关注我们", "今天召开全县大会。", "▶ 第一项", "◆ 第二项"]
    assert symbol_items(lines) == set()
    assert symbol_items(["👉 甲", "👉 乙", "正文。"]) == {0, 1}


@pytest.mark.parametrize("line", ["—END—", "- END -", "（完）", "【全文完】", "—— 完 ——", "END"])
def test_an_end_mark_is_the_pages(line):
    assert chrome_line_kind(line) == "navigation"


@pytest.mark.parametrize("line", ["完善机制", "这项工作完了", "Endless", "完成全年目标任务。"])
def test_words_with_end_in_them_are_text(line):
    assert chrome_line_kind(line) is None


def test_a_cheer_on_the_first_line_is_no_title():
    doc = parse_speech("加油！\n\n今天召开全县大会，主要任务是部署今年的重点工作。\n", "cheer")
    assert doc.title == "cheer"


@pytest.mark.slow
def test_a_possibly_cut_text_says_why(ask_of):
    text = ("在全县秋粮收购工作会议上的讲话\n\n同志们：\n\n今年全县秋粮收购量预计达到18万吨。"
            "各收储企业要敞开收购，严禁压级压价。\n\n下一步，我们要继续加强市场监测，及时发布收购价格信息，确保农民")
    answer = ask_of(text, "autumn")("这篇讲话完整吗")
    lines = [line for line in answer.answer.splitlines() if line.startswith("- ")]
    assert answer.answer.startswith("可能不完整")
    assert lines and all(len(line) > 4 for line in lines)  # the reason is given, not an empty list


@pytest.mark.parametrize("line, title", [
    ("【精品范文】区委书记在全区经济工作会议上的讲话（节选）", "区委书记在全区经济工作会议上的讲话（节选）"),
    ("[原创]在全县安全生产工作会议上的讲话", "在全县安全生产工作会议上的讲话"),
    ("【推荐】关于加强农村供水管护的实施意见", "关于加强农村供水管护的实施意见"),
])
def test_a_template_sites_tag_is_no_part_of_the_title(line, title):
    doc = parse_speech(f"{line}\n\n同志们：\n\n今年全县要新建高标准农田5万亩，确保粮食播种面积稳定。\n", "page")
    assert doc.title == title
