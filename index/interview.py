"""Press interviews and Q&A pages (答记者问, 政策解读 by question and answer).

Such a page is a run of labelled turns: ``问：…？`` (or ``记者：``, ``提问：``, ``Q：``)
then ``答：…`` (or ``A：``, ``县农业农村局负责人：``). A reader takes each question as
the heading of the answer under it, so a question about a figure reaches the answer that
gives it, and "记者问了哪些问题" is the page's outline. The labels are not text of the
answer: the answer is read from after ``答：``.

A page counts as an interview only when it has two or more question turns and an answer
turn, so a lone ``记者：张三`` credit line in a news page changes nothing.
"""
from __future__ import annotations

import re

from .numbering import QUESTION_SCHEME, Marker

# A reporter's turn, bare ("记者：", "问：") or with the outlet ("县融媒体中心记者：", "新华社记者：").
QUESTION_LABEL_RE = re.compile(r"^[\s\u3000]*(?:(?P<outlet>[\u4e00-\u9fff]{2,12}?)?记者(?:提?问)?|提问|问|Q)"
                               r"[\s\u3000]*[：:][\s\u3000]*")
_ROLES = r"(?:负责人|发言人|局长|副局长|主任|副主任|书记|部长|厅长|司长|处长|县长|市长|区长|专家|主任委员)"
# An official's turn: "答：", "市粮食和物资储备局局长：", or the role with a name ("县财政局局长 陈某某：").
ANSWER_LABEL_RE = re.compile(rf"^[\s\u3000]*(?:答|A|[\u4e00-\u9fff]{{0,20}}{_ROLES}"
                             rf"(?P<name>[\s\u3000]{{0,2}}[\u4e00-\u9fff×＊*]{{1,4}}?)?(?:答|回答)?)"
                             rf"[\s\u3000]*[：:][\s\u3000]*")
# "…这一政策？答：…" on one line: an answer label after a question's end.
_INLINE_ANSWER_RE = re.compile(r"(?<=[？?。])[\s\u3000]*(?:答|A)[\s\u3000]*[：:]")
MAX_QUESTION_CHARS = 160


def is_interview(paragraphs: list[str]) -> bool:
    """Whether these paragraphs read as question-and-answer turns (2+ questions and an answer)."""
    questions = sum(1 for p in paragraphs if QUESTION_LABEL_RE.match(p) and _asks(p))
    answers = sum(1 for p in paragraphs if ANSWER_LABEL_RE.match(p) or _INLINE_ANSWER_RE.search(p))
    return questions >= 2 and answers >= 1


def _asks(text: str) -> bool:
    """A question turn: it asks something (a question mark, or a request such as 请介绍)."""
    body = text[QUESTION_LABEL_RE.match(text).end():]
    return bool(body) and ("？" in body or "?" in body or bool(re.search(r"请(?:您|你)?(?:介绍|谈谈|说说|解读|讲讲)", body)))


def question_turn(text: str) -> tuple[int, int, int] | None:
    """For a question turn: where the question starts, where it ends, and where an answer on
    the same line starts (``len(text)`` when none); None when ``text`` is no question turn."""
    m = QUESTION_LABEL_RE.match(text)
    if not m or not _asks(text):
        return None
    # a reporter named by the outlet keeps it: "市日报记者问了什么" is asked of the page
    start = len(text) - len(text.lstrip()) if m.group("outlet") else m.end()
    inline = _INLINE_ANSWER_RE.search(text, m.end())
    if inline:
        end = inline.start()
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        return start, end, inline.end()
    end = len(text)
    if end - m.end() > MAX_QUESTION_CHARS:  # a long turn is a question with its answer run on
        cut = max(text.rfind("？", m.end(), m.end() + MAX_QUESTION_CHARS), text.rfind("?", m.end(), m.end() + MAX_QUESTION_CHARS))
        if cut > 0:
            return start, cut + 1, cut + 1
    return start, end, end


def answer_start(text: str) -> int:
    """Where an answer turn's own words start (after ``答：``); 0 when it has no label, or when the
    label names who answers ("县财政局局长 陈某某："): that is part of what the page says."""
    m = ANSWER_LABEL_RE.match(text)
    return m.end() if m and not (m.group("name") or "").strip() else 0


def question_marker(label: str, value: int) -> Marker:
    """The marker a question turn is numbered by: its place among the questions of its section."""
    return Marker(QUESTION_SCHEME, value, label, len(label))
