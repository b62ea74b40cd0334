"""A question matched to one of a Q&A's question headings ("哪些人能申请补贴" is "三、哪些人可以申请购车补贴").

A 政策解读, a 答记者问 or a FAQ is a list of questions, each a heading over its answer, and its
headings share the text's subject ("…申请补贴", "…申请购车补贴"). A user's question shares that
subject with several of them; what tells them apart is what is asked: who may (哪些人), how
(怎样), when (什么时候), how much (多少/标准), why (背景/为啥), where (哪里), or whether (有没有, …吗).
So a heading question is scored by the question's content words it holds and by asking the same
kind of thing, and one that wins alone is the section meant. The run of characters the heading
matcher reads ("申请补贴" of "七、怎样申请补贴") cannot see the asking word that decides.
"""
from __future__ import annotations

import re

from index.document import Document, OutlineNode, section_under
from index.tokenize import normalize, tokenize

from .asked_questions import question_headings
from .everyday_words import written

# The kinds of asking, in the order a question is read: "哪些人可以申请" is who before what.
ASK_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("who", r"哪些人|什么人|哪类人|谁|哪位|(?:哪些|哪类|什么样的?)(?:群体|对象|居民|群众|家庭|农户|企业|单位|部门|机构|人员)"
            r"|哪个(?:部门|单位)"),
    ("why", r"为什么|为何|为啥|干嘛|背景|原因|目的|缘由|初衷"),
    ("when", r"什么时候|啥时候|何时|多久|多长时间|期限|截止|几月|哪天|哪一天|最晚|最迟|到账"),
    ("where", r"哪里|哪儿|在哪|什么地方|啥地方|咨询哪|打哪"),
    ("how", r"怎样|怎么|如何|咋|流程|步骤|程序|办理方式"),
    ("amount", r"多少|多大|标准|额度|金额|几[个项次万千百块]"),
    ("whether", r"吗|是否|有没有|有无|能否|能不能|可不可以|可否|会不会|[能可会][\u4e00-\u9fff]{0,6}不[？?]?$"),
    ("what", r"什么|哪些|哪几|啥"),
))
# Words that frame a question or a heading and name no subject.
_FRAME = frozenset("这个 那个 这次 本次 此次 请问 一下 可以 能够 需要 还有 额外 主要 具体 相关 有关 政策 措施 规定 "
                   "问题 内容 情况 方面 我们 我 你们 大家 市民 咨询".split())
_KIND_WORDS = re.compile("|".join(p.pattern for _k, p in ASK_KINDS))
# The asking words proper, not the nouns that also tell the kind (标准, 背景, 期限, 流程).
ASKING_WORDS = re.compile(r"什么时候|啥时候|何时|多久|多长时间|哪些人|什么人|谁|哪位|为什么|为何|为啥|哪里|哪儿|在哪"
                          r"|什么地方|怎样|怎么|如何|多少|多大|是否|有没有|能否|能不能|什么|哪些|哪几|哪个|啥|吗")
KIND_WEIGHT = 2  # asking the same kind counts as one shared two-character word
MIN_CONTENT = 2  # characters of the question's subject the heading must hold


def ask_kind(text: str) -> str | None:
    """What ``text`` asks: who, why, when, where, how, amount, whether or what; None if it asks nothing."""
    for kind, pattern in ASK_KINDS:
        if pattern.search(text):
            return kind
    return None


def subject_words(question: str) -> list[str]:
    """The question's words that name its subject: two characters or more, not asking words and
    not framing ones."""
    plain = written(normalize(_KIND_WORDS.sub("，", question)))
    return list(dict.fromkeys(w for w in tokenize(plain) if len(w) >= 2 and w not in _FRAME
                              and re.search(r"[\u4e00-\u9fff]", w)))


def _score(words: list[str], kind: str | None, title: str) -> tuple[int, int]:
    """(content characters the heading holds, the whole score with the asking kind's weight)."""
    heading = written(normalize(title))
    content = sum(len(w) for w in words if w in heading)
    return content, content + (KIND_WEIGHT if kind is not None and ask_kind(heading) == kind else 0)


def all_question_headings(documents: list[Document]) -> list[tuple[str, OutlineNode]]:
    """(speech id, heading) of every question heading of the Q&As among ``documents``."""
    return [(doc.id, node) for doc in documents for node in question_headings(doc)]


def question_heading_named(question: str, headings: list[tuple[str, OutlineNode]]) -> list[tuple[str, OutlineNode]]:
    """The one heading among ``headings`` (see :func:`all_question_headings`) that ``question``
    asks: holding at least :data:`MIN_CONTENT` characters of its subject and scoring above every
    other; empty when there are none, or two tie."""
    if not headings or not (words := subject_words(question)):
        return []
    kind = ask_kind(question)
    scored: list[tuple[int, str, OutlineNode]] = []
    for doc_id, node in headings:
        content, total = _score(words, kind, node.title)
        if content >= MIN_CONTENT:
            scored.append((total, doc_id, node))
    if not scored:
        return []
    scored.sort(key=lambda s: -s[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return []
    return [(scored[0][1], scored[0][2])]


def asks_as_its_heading(question: str, doc: Document, node: OutlineNode) -> bool:
    """Whether ``question`` asks what the question heading ``node`` of the Q&A ``doc`` asks: the
    same kind of asking, about words of its subject. Its answer is then the section, as the text
    answered itself, even for a detail asked (who, when, how much)."""
    kind = ask_kind(question)
    if kind is None or not any(n is node for n in question_headings(doc)):
        return False
    words = subject_words(question)
    content, _total = _score(words, kind, node.title)
    if content < MIN_CONTENT or ask_kind(written(normalize(node.title))) != kind:
        return False
    # every word of its subject is in the section: "买一台拖拉机能补贴多少钱" is not "购车补贴的标准是多少"
    section = written(normalize(node.title + "".join(p.text for p in doc.passages if section_under(p.section, node.path))))
    return all(w in section for w in words)


def targets_asked_as_headings(index, question: str, targets: list[tuple[str, OutlineNode]]) -> bool:
    """Whether ``question`` asks what one of the targeted headings asks (:func:`asks_as_its_heading`)."""
    return any(asks_as_its_heading(question, index.document(d), n) for d, n in targets)
