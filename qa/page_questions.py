"""Questions about the page a text was saved from, not about what the text says: where it was published
("哪个公众号发的", "这篇新闻来源是哪") and when it was put online ("这篇文章什么时候发布的"), which its info row
("来源：…　发布时间：…") answers (see :mod:`qa.byline_answers`)."""
from __future__ import annotations

import re

# Where a page was published, not who spoke: "哪个公众号发的", "这篇文章出自哪个网站", "来源是哪里".
SOURCE_ASKED = re.compile(r"哪个公众号|什么公众号|哪个网站|什么网站|哪家(?:媒体|网站)|哪个平台|出自哪|出处"
                          r"|(?:^|这篇|文章|稿子|页面|原文|新闻|报道|消息|稿件)的?来源(?!于)"
                          # "这篇新闻是哪里发的", "报道是哪个单位发布的": the page's publisher, not a place it names
                          r"|(?:这篇|这条|文章|新闻|报道|消息|稿子|稿件)[^，,。？?]{0,4}?(?:是)?(?:哪里|哪儿|哪个单位|哪家)(?:发|发布|刊发)的"
                          # a paper that printed it: "发在哪家报纸", "登在什么报上", "哪个报社刊发的"
                          r"|(?:哪家|哪个|哪份|什么|啥)(?:报纸|报社|报刊|报)|(?:刊登|刊发|登载)在哪")


# A question about the page the text was saved from ("这篇网页啥时候发的，哪个单位发布的") asks its
# info row, not the speech's own date under its title.
PAGE_NAMED = re.compile(r"网页|页面|网站上|网上|挂网|这篇(?:网文|推送)|公众号")
PAGE_FACT = re.compile(r"发布|发的|贴出|挂出|什么时候|何时|哪天|日期|时间|谁|哪个单位|哪家|来源")


# Put online ("什么时候发布的", "哪天推送的", "When was it posted?"): the page's date, not the speech's.
POSTED_ASKED = re.compile(r"发布|推送|刊发|挂网|上网|发到网|\bposted\b|\bpublished\b", re.I)
