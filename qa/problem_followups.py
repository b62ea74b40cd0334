"""A follow-up asking why the problems just shown arose, or what is done about them ("这些问题是什么
原因造成的", "为什么会这样", "对此提出了什么对策", "怎么解决"), after a list of problems or one of them.

Such a question names no subject of its own; its answer is not in the problem shown (which is all a
follow-up on it would read) but where the text analyses causes ("这些问题和短板，既有历史积累的原因…",
"四、原因分析") or sets out measures ("五、对策建议"). It is asked again as a question that stands
alone, of the problems the last turn asked about, or of the one problem it showed.
"""
from __future__ import annotations

import re

from index.document import SECTION_SEP
from index.headings import strip_heading_number

from .history import Turn
from .question_form import content_words

_CAUSE = re.compile(r"原因|为什么|为啥|为何|怎么(?:造成|回事|会这样|会出现)|咋回事|根源|症结|咋会|怎么会")
_REMEDY = re.compile(r"对策|措施|举措|办法|怎么(?:解决|办|破解|应对|补|改)|如何(?:解决|破解|应对|补齐|改进)|咋(?:办|解决|整)"
                     r"|怎样解决|下一步")
_PROBLEM = re.compile(r"问题|短板|不足|困难|弱项|差距|瓶颈|挑战|矛盾|难题|风险隐患")
# Words that only point back or frame the ask: the question names nothing of its own beyond them.
_FRAME = frozenset("这些 这个 这 那些 那个 此 对此 针对 上述 以上 这样 这种 那样 情况 会 出现 报告 讲话 文中 文件 提出 "
                   "造成 产生 导致 存在 问题 短板 不足 困难 原因 对策 措施 举措 办法 解决 怎么办 下 一步 补 改 破解 "
                   "应对 具体 说说 讲讲 有 了 的 是".split())
# What the last question asked with: dropped from the subject it lends ("存在哪些问题" → 问题).
_ASKING = frozenset("当前 目前 现在 主要 存在 哪些 几个 几条 什么 有 发现 调研 还".split())


def _asks(question: str) -> str | None:
    if _REMEDY.search(question):
        return "remedy"
    return "cause" if _CAUSE.search(question) else None


def asks_of_problems(question: str) -> bool:
    """Whether ``question`` may ask the causes or measures of the problems just shown: it asks one and
    names nothing of its own (the last turn decides, see :func:`problem_followup`)."""
    return _asks(question) is not None and names_nothing_of_its_own(question)


def names_nothing_of_its_own(question: str) -> bool:
    """Whether ``question`` names no subject beyond pointing back and its ask ("为什么会这样")."""
    return all(w in _FRAME or len(w) < 2 for w in content_words(question))


def problem_followup(question: str, turn: Turn) -> tuple[str, int | None] | None:
    """The question asked again to stand alone, and the place in the chain of the one problem it is
    about (None: the problems the last turn asked about); None when it is no such follow-up."""
    kind = _asks(question)
    if not asks_of_problems(question) or not turn.text:
        return None
    shown = [turn.items[0]] if len(turn.items) == 1 else []
    if not _PROBLEM.search(turn.text + " ".join(f"{i.section} {i.text}" for i in shown)):
        return None
    plural = re.search(r"这些|那些|上述|以上|这几", question) is not None
    at = turn.at if turn.at is not None else (0 if len(turn.chain) == 1 else None)
    if shown and at is None:
        at = next((i for i, it in enumerate(turn.chain) if set(it.passage_ids) & set(shown[0].passage_ids)), None)
    if at is not None and not plural and 0 <= at < len(turn.chain):
        from .followup import item_topic  # followup imports this module
        subject = item_topic(turn.chain[at].text)
    elif plural and turn.at is not None and (parent := _common_heading(turn.chain)) and _PROBLEM.search(parent):
        at, subject = None, parent  # "这些问题…" after one of them: the problems its list heading names
    else:
        at = None
        words = [w for w in content_words(turn.text) if w not in _ASKING and w != "和"]
        subject = "".join(words)
    if not subject:
        return None
    if kind == "cause":
        return f"{subject}的原因是什么", at
    problem = "" if _PROBLEM.search(subject) else "的问题"
    return f"针对{subject}{problem}有什么措施", at


def _common_heading(chain: list) -> str:
    """The heading every item of a list stands under ("（二）存在的问题和短板不容忽视"), without its number."""
    paths = [i.section.split(SECTION_SEP) for i in chain if i.section]
    if not paths:
        return ""
    common = [parts[0] for parts in zip(*paths) if len(set(parts)) == 1]
    return strip_heading_number(common[-1]).strip() if common else ""
