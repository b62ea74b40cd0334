"""Who wrote a news report ("这篇稿子的记者是谁", "这篇报道是谁写的"): its reporter's line, "（记者　孙某某）",
"本报记者 李某 通讯员 王某", "文/张某", which names no speaker, so the byline of a speech does not
hold it and the question was declined."""
from __future__ import annotations

import re

from index.store import PassageIndex

from .citations import CitationBuilder, first_span_per_speech, quoted_per_speech

# A question about the report's writer: its reporter named, or the report named with who wrote it.
REPORTER_ASKED = re.compile(r"(?:哪个|哪位|什么)(?:记者|通讯员)|(?:记者|通讯员|撰稿人?)(?:是谁|是哪|叫|姓|的名字|名字)"
                            r"|(?:稿子|稿件|新闻|报道|消息|文章)[^，,。？?]{0,4}?(?:作者|谁写|哪个人写|哪位写)"
                            r"|(?:谁|哪位|哪个人)(?:写|采写|撰写)的?(?:这篇|这条|该)?(?:稿子|稿件|新闻|报道|消息)"
                            r"|\breporter\b|\bwho wrote (?:the|this) (?:news|report|article)\b", re.I)
_NAME = r"[\u4e00-\u9fff某×*＊]{2,4}"
# "（记者　孙某某）", "本报记者 李某 通讯员 王某", "文/张某", "记者：刘某某 王某"
_REPORTER_LINE = re.compile(rf"(?:(?:本报|本台|本网|融媒体)?(?:特约)?(?:记者|通讯员)|文\s*/|撰稿|撰文)[\s\u3000：:]*"
                            rf"{_NAME}(?:[\s\u3000、，,]+(?:(?:记者|通讯员)[\s\u3000：:]*)?{_NAME})*")
_BRACKETS = "（(【[）)】]"


def reporter_asked(question: str) -> bool:
    """Whether ``question`` asks who wrote the news report."""
    return bool(REPORTER_ASKED.search(question))


def reporter_answer(index: PassageIndex, documents: set[str] | None, builder: CitationBuilder,
                    lang: str) -> str | None:
    """The reporter's line of each report in scope, quoted and cited; None when none has one."""
    found = first_span_per_speech(index, documents, builder, _credit)
    return quoted_per_speech(found, lambda line, mark: f"The report is signed: {line} [{mark}]." if lang == "en"
                             else f"报道署名为:{line}[{mark}]。")


def _credit(text: str) -> tuple[int, int] | None:
    """The span of the reporter's line in a passage's text, standing on its own."""
    m = next((m for m in _REPORTER_LINE.finditer(text) if _standalone(text, m)), None)
    return m.span() if m else None


def _standalone(text: str, m: re.Match) -> bool:
    """Whether the reporter's name stands as a line or in brackets of its own, not inside a sentence
    ("记者从会上获悉" names no one)."""
    before = text[:m.start()].rstrip(" \u3000")
    after = text[m.end():].lstrip(" \u3000")
    opens = not before or before[-1] in "（(【[。！？!?\n"
    closes = not after or after[0] in "）)】]\n。"
    return opens and closes
