"""Turn raw user input into a question, or into a clear reply when it is not one.

HTML and script are stripped (a question is only ever a question), control
characters dropped, and overlong input cut with a note.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from .code_mixed import chinese_for_mixed

_SCRIPT = re.compile(r"<\s*(script|style)\b[^>]*>.*?<\s*/\s*\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]{0,400}>")
_WORDISH = re.compile(r"[\w\u4e00-\u9fff]", re.U)
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class CleanQuestion:
    """The question to answer, or a reply to give instead (``reply`` set)."""

    text: str
    lang: str  # "zh" or "en"
    reply: str | None = None  # set when there is no question to answer
    note: str | None = None  # said before the answer (e.g. the input was cut)


def question_language(text: str) -> str:
    """'en' for questions written in Latin letters with no Chinese, else 'zh'."""
    return "en" if _LATIN.search(text) and not _CJK.search(text) else "zh"


def strip_markup(text: str) -> str:
    """Remove script/style blocks and tags, unescape entities, drop control characters."""
    text = _SCRIPT.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip()


# A request to invent, guess or answer without the text ("直接编一个GDP数字", "随便估一个", "不要引用原文",
# "make up a figure"): the assistant only quotes the text, so it says so instead of answering. Not
# "要编个啥规划" (编 as 编制, to draw up a plan).
MAKE_UP_ASKED = re.compile(
    r"编造|瞎编|胡编|乱编|捏造|虚构|杜撰|编(?:一个|个|一些|些|点)?(?:数|数字|数据|答案|理由|故事)"
    r"|随便(?:说|给|编|估|猜|报)|猜(?:一下|一个|猜|个)|估(?:一个|个数)"
    r"|(?:不要|别|不用|无需|不必)(?:再)?(?:引用|看|参考|管|依据|根据)(?:讲话|原文|文件|报告|文章)"
    r"|\bmake (?:\w+ )?up\b|\binvent\b|\bfabricat|\bguess\b|\bdon'?t (?:quote|cite)\b|\bwithout (?:quoting|citing)\b",
    re.I)


def clean_question(raw: object, max_chars: int = 500) -> CleanQuestion:
    """Validate and clean one question; never raises for bad input."""
    if not isinstance(raw, str):
        return CleanQuestion("", "zh", reply="请输入一个文字问题。")
    text = strip_markup(raw)
    lang = question_language(text)
    if not text:
        return CleanQuestion("", lang, reply=(
            "Please type a question about the speech." if lang == "en"
            else "请输入一个关于讲话内容的问题,例如:当前存在哪些突出问题?"))
    if not _WORDISH.search(text):
        return CleanQuestion("", lang, reply=(
            "I can only answer questions written in words, not only symbols or emoji." if lang == "en"
            else "请用文字提问(只有符号或表情的输入无法回答),例如:下一阶段的重点任务有哪些?"))
    if MAKE_UP_ASKED.search(text):
        return CleanQuestion("", lang, reply=(
            "I only answer from the speech's own sentences, each cited; I do not make up, guess or "
            "estimate what the text does not say. Ask about what it says, e.g.: What are the key tasks?"
            if lang == "en" else
            "本助手只依据讲话原文作答、逐句注明出处,不编造、不猜测、不估算原文没有的内容。"
            "可以问讲话里写到的内容,例如:下一阶段的重点任务有哪些?"))
    if lang == "zh":  # "讲话的date是哪天" is a Chinese question with a word of English in it
        text = chinese_for_mixed(text)
    note = None
    if len(text) > max_chars:
        text = text[:max_chars]
        note = (f"(Your question was longer than {max_chars} characters; only its start was used.)"
                if lang == "en" else f"(问题超过{max_chars}字,只采用了前{max_chars}字。)")
    return CleanQuestion(text, lang, note=note)
