"""What a text is called, and at which meeting it was given: answered from its title.

"讲话的标题是什么", "这次会议的名称是什么", "会议叫什么?" ask about the text itself. The
title is no passage (it heads them all), so the answer cites ``<doc>#header`` like a byline
answer. A meeting is named by a "在…上的讲话" title; a title that names none leaves the
question to the text ("今天召开的全市…会议").
"""
from __future__ import annotations

import re
from typing import Literal

from index.byline import read_byline
from index.document import Document

from .answer import Answer, Citation
from .byline_answers import HEADER_SECTION
from .library_answers import merge_per_document

TitleAsked = Literal["title", "meeting"]

_TEXT = r"(?:讲话|报告|意见|文件|文章|发言|致辞|通知|这篇|这份|本文|该文|原文|全文)"
_TITLE_ZH = re.compile(rf"(?:{_TEXT}|这)的?(?:标题|题目|篇名)|(?:^|[，,])\s*(?:标题|题目)(?:是|叫)")
_MEETING_ZH = re.compile(r"(?:这次|本次|此次|这个|该)?会议?的?(?:名称|全称|名字)|(?:这次|本次|此次|该)?会议?叫(?:什么|啥)"
                         r"|(?:这次|本次|此次|这个)会议?是(?:个|一个)?(?:什么|啥)会|开的是(?:个|一个)?(?:什么|啥)会"
                         # "这是在什么会议上的讲话", "在哪个会上讲的"
                         r"|在(?:什么|哪个|哪次|啥)(?:会议?|大会|场合)上(?:的|讲|作|发言|致辞)")
_TITLE_EN = re.compile(r"\b(?:title|name)\s+of\s+(?:the|this)\s+(?:speech|report|document|text|article)\b"
                       r"|\bwhat\s+is\s+(?:the|this)\s+(?:speech|report|document|text)\s+called\b", re.I)
_MEETING_EN = re.compile(r"\b(?:name\s+of\s+the\s+(?:meeting|conference)|what\s+(?:meeting|conference)\b"
                         r"[^?]*\b(?:was|is)\b[^?]*\bcalled|which\s+(?:meeting|conference))", re.I)
# "在全市产城融合发展推进会议上的讲话", "在2024年全县经济工作会上的发言"
_MEETING_IN_TITLE = re.compile(r"在(.{2,40}?(?:会议|会|大会|座谈会|论坛|典礼|仪式))(?:上|中)?的(?:讲话|发言|致辞|报告|总结讲话)"
                               # a report's subtitle: "——2024年1月16日在…第四次会议上"
                               r"|[—－]\s*[\d年月日\s]*在(.{2,40}?(?:会议|大会))上\s*$")
# A news report of a meeting, titled by it: "全县优化营商环境暨项目建设推进会召开", "我市召开城市更新工作会议"
_MEETING_NEWS_TITLE = re.compile(r"^(.{2,40}?(?:会议|大会|座谈会|推进会|动员会|部署会|调度会|论坛|会))(?:在\S{1,10})?(?:召开|举行|开幕|闭幕)"
                                 r"|(?:召开|举行|举办)(.{2,40}?(?:会议|大会|座谈会|推进会|动员会|部署会|调度会|论坛))\s*$")


def title_asked(question: str) -> TitleAsked | None:
    """Whether ``question`` asks the text's title or the name of its meeting (None: neither)."""
    if _MEETING_ZH.search(question) or _MEETING_EN.search(question):
        return "meeting"
    if _TITLE_ZH.search(question) or _TITLE_EN.search(question):
        return "title"
    return None


def title_answer(question: str, asked: TitleAsked, doc: Document, lang: str) -> Answer | None:
    """The answer from ``doc``'s title, cited at ``<doc>#header``; None when the title does not
    name the meeting asked for."""
    byline = read_byline(doc.source, doc.id, doc.title)
    quote = byline.title.text if byline.title else doc.title
    meeting = _MEETING_IN_TITLE.search(doc.title)
    news = _MEETING_NEWS_TITLE.search(doc.title) if meeting is None else None
    if asked == "meeting" and news is not None:  # the report of a meeting: its title names the meeting
        where = news.group(1) or news.group(2)
        text = (f"The title names the meeting: {where} [1] (《{doc.title}》)." if lang == "en"
                else f"据标题,会议是{where}[1]:《{doc.title}》。")
    elif asked == "meeting":
        if meeting is None:
            return None
        where = meeting.group(1) or meeting.group(2)
        text = (f"The title says it was given at {where} [1]: 《{doc.title}》." if lang == "en"
                else f"据标题,这是在{where}上的讲话[1]:《{doc.title}》。")
    else:
        text = (f"The title is 《{doc.title}》 [1]." if lang == "en" else f"标题是《{doc.title}》[1]。")
    citation = Citation(id=1, passage_id=f"{doc.id}#header", document=doc.id, section=HEADER_SECTION,
                        text=quote, quote=quote)
    return Answer(question=question, answer=text, answerable=True, citations=[citation])


def title_answers(question: str, asked: TitleAsked, documents: list[Document], lang: str) -> Answer | None:
    """The title answer of each speech in scope (under its title when several); None when none has one."""
    given = [(d.title, a) for d in documents if (a := title_answer(question, asked, d, lang)) is not None]
    if not given:
        return None
    return given[0][1] if len(given) == 1 else merge_per_document(question, given, lang)
