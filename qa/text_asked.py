"""Questions about the text itself, not a matter it speaks of: whether it is complete ("这篇讲话完整吗",
"讲话最后讲了什么"), its outline or parts ("讲话分为几个部分", "这个办法一共几章"), a summary of it
("简单概括一下这次会讲了啥"), the aspects it covers, an interview's questions. Read with a question's
intent (:func:`qa.intent.detect_intent`).
"""
from __future__ import annotations

import re

_COMPLETE_CUES = ("全文", "多少字", "字数", "省略", "删节", "截断", "节选", "没显示",
                  "不全", "残缺", "全部内容", "收尾", "结尾", "结束语", "断掉", "断在",
                  "full text", "omitted", "truncated", "cut off", "how does the speech end")
# Words that ask about the text only when the text is what they are said of: "这篇讲话完整吗" and
# "Is the speech complete?", not "打造完整的产业链" or "How long will contracts be extended?"
# nor "how many kilometres will the county complete".
_TEXT = r"(?:speech|text|report|document|excerpt|opinion|article|transcript|it)"
# The text's end asked ("讲话最后提了哪些…", "报告结尾讲了啥"), not its last item or part.
END_ASKED = re.compile(r"(?:讲话|报告|发言|文件|全文|文章|致辞)(?:的)?(?:最后|末尾|最末|结尾)(?![一那这]?(?:个|项|条|点|部分|章|块|件|方面|段))")
_COMPLETE_ASKED = re.compile(
    r"(?:讲话|报告|文件|意见|原文|文本|文章|节选|内容|稿子?|这篇|本文|它)(?:是否|是不是|是)?(?:内容)?不?完整"
    r"|完整(?:的)?(?:吗|么|不)|是否完整|完不完整"
    # the text's end asked ("讲话最后讲了什么", "报告最后提了什么要求"), not its last item or part
    r"|(?:讲话|报告|发言|文件|全文|文章|致辞)(?:的)?(?:最后|末尾|最末)(?![一那这]?(?:个|项|条|点|部分|章|块|件|方面|段))"
    # "讲话最后对抓落实提了啥要求": what it is said of may stand between
    r"(?:对|就|围绕|关于)?(?:[\u4e00-\u9fff]{1,8}?)?(?:又|还)?(?:讲|说|提|谈|强调|要求|是)"
    r"|\bcomplete\s+(?:version|" + _TEXT + r")\b|\b" + _TEXT + r"\s+(?:is\s+|was\s+)?(?:in)?complete\b"
    r"|\b(?:is|was)\s+(?:the|this)\s+" + _TEXT + r"\b[^?]*\b(?:in)?complete\b"
    r"|\bhow\s+long\s+(?:is|was)\s+(?:the|this)\s+(?:full\s+|whole\s+|original\s+)?" + _TEXT + r"\b", re.I)
_OUTLINE_CUES = ("提纲", "目录", "大标题", "每部分", "各部分", "主要讲了什么", "主要讲了哪些", "讲了哪些内容",
                 "主要内容是什么", "outline", "sections of the speech", "parts of the speech", "what is the speech about")
# Cues that ask the text's outline only when the text is what they are said of: "讲话分为几个部分",
# not "治理体制由哪几部分构成" nor "优化产业结构".
# A regulation's chapters and articles are its parts: "这个办法一共几章", "条例总共多少条" (not "有几条措施").
# 框架/结构 of the text itself, not "结构安全隐患", "产业结构": the word ends the phrase
_TEXT_PARTS = re.compile(r"(哪几个?|几个?|哪些)大?(?:部分|小标题|块(?!钱))|(?<!产业|经济|能源|人口|收入|年龄|投资)(?:框架|结构)"
                         r"(?=[是呢吗啊嘛？?。，,\s]|$|怎|如何|什么|分|有|包括|大致)|(?:哪几|几|多少)个?章"
                         r"|(?:多少|几)条(?=[吗呢啊嘛？?。，,\s]|$)")
_TEXT_ITSELF = re.compile(r"讲话|报告|文件|意见|全文|原文|文章|这篇|这份|这个|这次|本次|此次|今天|本文|该文|它|一共|总共|共|分为|分成|分了?|包括"
                          r"|办法|条例|规定|细则|章程|法规"
                          # a text called by its genre ("这个总结分几个部分", "方案一共几部分")
                          r"|总结|述职|通知|通报|决定|方案|规划|纲要|要点|公报|纪要|发言|讲稿|致辞|汇报|调研"
                          r"|工作(?=要点|报告|总结|计划|方案|安排)"  # "这份工作要点一共分几大部分"
                          r"|由|有|是|主要|的|整体|整个|讲了?|谈了?|说了?|写了?|[,，\s]")
_EN_STRUCTURE = re.compile(r"\bstructure\b[^?]*\b(?:speech|report|text|document)\b"
                           r"|\b(?:speech|report|text|document)\b[^?]*\bstructure\b", re.I)


def _asks_text_parts(question: str) -> bool:
    m = _TEXT_PARTS.search(question)
    return bool(m) and not _TEXT_ITSELF.sub("", question[:m.start()]) or bool(_EN_STRUCTURE.search(question))


# A summary of the whole text asked in everyday words: "简单概括一下这次会讲了啥", "总结一下这篇报道",
# "用一句话概括": nothing is left once the asking, the text's own names and the fillers are taken out
# ("第三部分讲了啥" leaves 第三部分, "去年工作总结了哪些经验" leaves its subject).
_SUMMARY_ASKED = re.compile(r"概括|总结|归纳|梳理|简述|概述|(?:大意|主要内容)(?:是)?(?:什么|啥)?"
                            r"|[讲说写]了?(?:些|一些)?(?:啥|什么)|讲的(?:是)?(?:啥|什么)")
_SUMMARY_FILLER = re.compile(r"简单|简要|大概|大致|一下|一句话|几句话|用|帮我|帮忙|请|你|给我|会议|会上|会|报道|新闻"
                             r"|稿子?|内容|都|主要|吗|呢|吧|啊|[？?。！!，,\s]")


def _asks_summary(question: str) -> bool:
    if not _SUMMARY_ASKED.search(question):
        return False
    return not _SUMMARY_FILLER.sub("", _TEXT_ITSELF.sub("", _SUMMARY_ASKED.sub("", question)))


# "这篇讲话讲了哪几个方面?": the speech itself is what has the aspects (not "要抓好哪几个方面").
_ASPECTS_ASKED = re.compile(r"(?:讲话|报告|文件|意见|全文|这篇|本文)(?:主要|一共|总共|共)?"
                            r"(?:讲|谈|分|包括|包含|涉及)了?(?:哪几个|哪些|几个)方面"
                            # "一共讲了几个方面": asked of nothing else, the speech's own parts
                            r"|^(?:一共|总共|共|主要)(?:讲|谈|分)了?(?:哪几个|哪些|几个)方面")
# "记者问了哪些问题", "一共回答了几个问题": an interview's questions are its parts.
_TURNS_ASKED = re.compile(r"(?:记者|媒体|提问|问|回答|答)了?[^，,。？?]{0,4}(?:哪些|哪几个|几个|什么|多少个?)问题"
                          r"|\bwhat\s+(?:questions|were\s+the\s+questions)\b[^?]*\b(?:ask(?:ed)?|answer(?:ed)?|put)\b", re.I)
