"""A post or a portal article whose parts are ``<h2>``/``<h3>`` headings ("一、…", "（一）…"), which the
page extractor's precise mode leaves out: the parts must stay in the outline, while a sidebar's own
heading ("相关阅读") stays out with its links. Pages written here."""
from __future__ import annotations

import pytest

from index.reader import read_speech_bytes

WECHAT = """<html><head><meta charset="utf-8"><title>在全镇工作会上的讲话</title></head><body>
<div id="js_content">
<p>原创 作者：融媒体中心 河湾发布</p>
<p style="text-align:center">在全镇工作会上的讲话</p>
<p>同志们：今天开会，我讲三点意见。</p>
{h}一、回顾去年，看清差距{e}
<p>去年全镇财政收入完成2.4亿元，增长6%。但集镇建设还比较滞后，短板明显。</p>
{h}二、突出重点，抓好落实{e}
<p><strong>第一，抓产业。</strong>要做强竹木加工产业，今年产值力争突破6亿元。</p>
<p><strong>第二，抓项目。</strong>要实行领导包联项目制度，全年实施重点项目9个。</p>
{h}三、转变作风，狠抓落实{e}
<p><strong>第一，要敢担当。</strong>对推诿扯皮的要严肃问责，绝不姑息。</p>
<p>来源：镇党政办</p>
</div></body></html>"""

PORTAL = """<html><head><meta charset="utf-8"><title>县长在全县农业农村工作会议上的讲话_石桥县人民政府</title></head>
<body><div class="nav"><a>首页</a> | <a>政务公开</a> | <a>领导讲话</a></div>
<div class="article"><h1>县长在全县农业农村工作会议上的讲话</h1>
<p>发布时间：2026-01-20　来源：县政府办</p>
<h3>一、去年农业农村工作成效明显</h3>
<p>全县粮食总产量达到31.5万吨，连续五年稳定在30万吨以上。农村居民人均可支配收入增长7.1%。</p>
<h3>二、今年要抓好的几项重点工作</h3>
<h4>（一）稳定粮食生产</h4>
<p>全年粮食播种面积稳定在62万亩以上，新建高标准农田3.2万亩。</p>
<h4>（二）发展乡村产业</h4>
<p>培育市级以上龙头企业5家，建成农产品加工园区1个。</p>
</div>
<div class="side"><h3>相关阅读</h3><ul><li><a>全县春耕生产现场会召开</a></li><li><a>县政府常务会议研究农业保险工作</a></li></ul></div>
</body></html>"""


@pytest.mark.parametrize("h, e", [("<h2><strong>", "</strong></h2>"), ("<h2>", "</h2>"),
                                  ("<h3><span>", "</span></h3>")])
def test_a_posts_parts_set_as_headings_stay_its_parts(h, e):
    doc = read_speech_bytes(WECHAT.format(h=h, e=e).encode("utf-8"), "post", "post.html")
    assert [n.title for n in doc.outline] == ["一、回顾去年，看清差距", "二、突出重点，抓好落实", "三、转变作风，狠抓落实"]
    second = doc.outline[1]
    assert [c.title for c in second.children][:2] == ["第一，抓产业", "第二，抓项目"]
    text = "".join(p.text for p in doc.passages)
    assert "今年产值力争突破6亿元" in text and "点击" not in text


def test_a_portal_articles_headings_nest_and_its_sidebar_heading_stays_out():
    doc = read_speech_bytes(PORTAL.encode("utf-8"), "portal", "portal.html")
    assert [n.title for n in doc.outline] == ["一、去年农业农村工作成效明显", "二、今年要抓好的几项重点工作"]
    assert [c.title for c in doc.outline[1].children] == ["（一）稳定粮食生产", "（二）发展乡村产业"]
    said = doc.said_text()
    assert "相关阅读" not in said and "春耕生产现场会" not in said
    assert "新建高标准农田3.2万亩" in said


def test_a_page_whose_headings_are_kept_reads_as_before():
    """Only a page that lost a heading of its article is read again: one whose headings the precise
    mode keeps (here as bold paragraphs) is read from that mode alone."""
    page = WECHAT.format(h="<p><strong>", e="</strong></p>")
    doc = read_speech_bytes(page.encode("utf-8"), "post", "post.html")
    assert [n.title for n in doc.outline][0] == "一、回顾去年，看清差距"
    assert "河湾发布" not in "".join(p.text for p in doc.passages)
