""""“雪亮工程”是什么意思?": what a term means, as the text itself defines it, or a plain
statement that the text only names it.

A document often uses a term it never explains ("推进农村“雪亮工程”建设"); quoting that
sentence as the meaning would mislead. The text defines a term when a sentence says so:
"“一核”即市中心城区", "所谓X，是指…", "X是指…", "X，就是…". A sentence that puts the term forward as what the means it lists bring
about ("加强A、B、C的衔接，形成“多规合一”的规划体系") is quoted and cited, with the plain
statement that the text does not define it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.store import PassageIndex

from .citations import CitationBuilder
from .documents import genre_noun

_ASKED = re.compile(r"^(?:请问)?(?:讲话|报告|意见|文件|原文|文中)?(?:里|中)?(?:的|所说的|提到的)?[“\"'‘「]?"
                    r"(?P<term>[^“”\"'‘’「」？?，,。]{2,16}?)[”\"'’」]?"
                    r"(?:是什么意思|指的是什么|是指什么|指什么|的意思是什么|什么意思|的含义是什么|是什么含义|的内涵是什么|怎么理解|如何理解"
                    # what counts as the term: "老旧小区是怎么界定的", "如何定义"
                    r"|是?(?:怎么|怎样|如何)(?:界定|定义)的?|的(?:界定|定义)(?:标准)?是什么)"
                    r"[？?。!！]*$")
MAX_MENTIONS = 2
LEAD_CHARS = 40  # a sentence this short that opens its passage is the item's lead, not a statement
EXPLAINING = 2  # sentences after a lead that say what it means
MAX_PARTS = 4
_PART_DEFINED = re.compile(r"^[“\"「]?[^，,。“”]{1,8}[”\"」]?(?:即|是指|指的是|就是)")


@dataclass
class TermReading:
    """What the text gives for a term: sentences defining it, else sentences naming it."""

    term: str
    defining: list[int]
    naming: list[int]
    # the term as the lead of an item or the title of a section, with the sentences that follow it:
    # "——坚持农民主体地位。充分尊重农民意愿，…" explains what the principle means
    leading: list[int] = field(default_factory=list)
    # the term as what the sentence's listed means bring about: "加强与国土空间规划、产业发展规划、
    # 城市建设规划的衔接，形成“多规合一”的规划体系" says what it is made of, without defining it
    formed: list[int] = field(default_factory=list)


def term_asked(question: str) -> str | None:
    """The term a "…是什么意思" question asks about, if it is one."""
    m = _ASKED.match(question.strip())
    return m.group("term").strip() if m else None


# "What does the 'one core' refer to?", "What is meant by “two wings”?": a quoted English term asked.
_EN_ASKED = re.compile(r"(?:\bwhat\s+(?:does|do|is|are)\s+(?:the\s+)?|\bmeant\s+by\s+(?:the\s+)?|\bmeaning\s+of\s+(?:the\s+)?"
                       r"|\bexplain\s+(?:the\s+)?)[‘'\"“](?P<term>[a-z][a-z -]{1,38}?)[’'\"”]", re.I)
# A plan's numbered slogan put in English ("one core", "two wings", "multiple poles"): its count and
# what is counted, as the genre writes them ("一核", "两翼", "多极").
_EN_COUNTS = {"one": ("一",), "two": ("两", "二"), "three": ("三",), "four": ("四",), "five": ("五",),
              "six": ("六",), "multiple": ("多",), "many": ("多",), "several": ("多",)}
_EN_COUNTED = {"core": ("核",), "pole": ("极",), "wing": ("翼",), "axis": ("轴",), "axe": ("轴",),
               "belt": ("带",), "zone": ("区",), "area": ("区",), "district": ("区",), "center": ("心", "中心"),
               "centre": ("心", "中心"), "ring": ("环",), "corridor": ("廊",), "chain": ("链",), "hub": ("枢纽",),
               "line": ("线",), "base": ("基地",), "cluster": ("集群",), "highland": ("高地",)}


# An English question asking the meaning of a term it gives in Chinese: "What does the term 两新 mean?"
_EN_ASKED_ZH = re.compile(r"\b(?:what\s+(?:does|do|is)|meaning\s+of|meant\s+by)\s+(?:the\s+)?"
                          r"(?:(?:term|word|phrase|expression)\s+)?"
                          r"[‘'\"“「]?(?P<term>[\u4e00-\u9fff]{2,12})[’'\"”」]?(?=\s|[?,.]|$)", re.I)


def english_term_asked(question: str) -> list[str]:
    """The Chinese forms of a term an English question asks the meaning of: one it gives in Chinese
    ("What does the term 两新 mean?"), or a numbered slogan put in English ("what does the 'one core'
    refer to": 一核), most likely first; empty for any other question."""
    if (zh := _EN_ASKED_ZH.search(question)) and re.search(r"\b(?:mean|means|meant|meaning|refer|refers|stand|stands)\b",
                                                            question, re.I):
        return [zh.group("term")]
    m = _EN_ASKED.search(question)
    if not m:
        return []
    words = m.group("term").lower().split()
    if len(words) != 2 or words[0] not in _EN_COUNTS:
        return []
    noun = words[1][:-1] if words[1].endswith("s") and words[1][:-1] in _EN_COUNTED else words[1]
    if noun not in _EN_COUNTED:
        return []
    return [c + n for c in _EN_COUNTS[words[0]] for n in _EN_COUNTED[noun]]


def _defines(term: str, sentence: str) -> bool:
    """Whether ``sentence`` says what ``term`` is ("“一核”即…", "所谓X，…", "X是指…")."""
    t = re.escape(term)
    # a glossary note: "4.“标准地”：指在城镇开发边界内…", "标准地：是指…"
    return bool(re.search(rf"{t}[”\"」]?(?:，|,)?(?:即|是指|指的是|就是|也就是|意思是)"
                          # "在“三个更”上下功夫，即办事更快、…": the work named on the term, then what it is
                          rf"|[“\"「]{t}[”\"」](?:上|方面|上面)?(?:下功夫|下足功夫|发力|用力|着力)[，,](?:即|也就是|就是)"
                          rf"|所谓[“\"「]?{t}|[“\"「]{t}[”\"」]即|{t}[”\"」]?[：:]\s*(?:是)?指", sentence))


_OUTCOME = r"(?:形成|实现|构建|建立|打造|做到|达到)"
FORMED_MIN = 12  # characters of means before the outcome verb, for a sentence to say what forms the term


def _formed_by(term: str, sentence: str) -> bool:
    """Whether ``sentence`` names ``term`` as the outcome of the means it lists before it
    ("通过A、B和C，形成“X”"): it says what the term is made of, though it defines nothing."""
    m = re.search(rf"{_OUTCOME}[^，,。；;“”]{{0,6}}[“\"「]?{re.escape(term)}", sentence)
    if m is None:
        return False
    means = sentence[:m.start()]
    return len(means) >= FORMED_MIN and bool(re.search(r"、|[和与及]", means))


def read_term(index: PassageIndex, term: str, documents: set[str] | None) -> TermReading:
    """The sentences of the speeches in scope that define ``term``, and those that name it."""
    reading = TermReading(term, [], [])
    direct: list[int] = []
    for doc in index.documents:
        if documents is not None and doc.id not in documents:
            continue
        for row in index.doc_rows(doc.id):
            if term not in index.passages[row].text:
                continue
            sentences = index.sentences_of(row)
            for i, s in enumerate(sentences):
                text = index.sentence_text(s)
                if term not in text:
                    continue
                if _defines(term, text):
                    direct.append(s)
                    continue
                if s in reading.defining:
                    continue
                # "…构建“一核引领、多极支撑”的格局。“一核”即…。“多极”即…": its parts defined after it
                parts = [t for t in sentences[i + 1:i + 1 + MAX_PARTS] if _PART_DEFINED.match(index.sentence_text(t))]
                if parts:
                    reading.defining += [s] + parts
                else:
                    reading.naming.append(s)
                    if _formed_by(term, text):
                        reading.formed.append(s)
                    if i == 0 and index.passages[row].item is not None and len(text) <= LEAD_CHARS \
                            and len(sentences) > 1 and not reading.leading:  # an item's lead: 一是…。——…。
                        reading.leading = [s] + sentences[1:1 + EXPLAINING]
        if not reading.leading:  # "（三）实施质量兴农战略" heads the text that says what it is
            reading.leading = _under_heading(index, doc, term)
    reading.defining = direct or reading.defining  # a sentence defining the term itself comes first
    return reading


def _under_heading(index: PassageIndex, doc, term: str) -> list[int]:
    """The first sentences under the one heading of ``doc`` whose title holds ``term``."""
    nodes = [n for top in doc.outline for n in top.walk() if term in n.title]
    if len(nodes) != 1:
        return []
    rows = [r for r in index.rows_under(doc.id, nodes[0].path) if "outline_only" not in index.passages[r].flag_kinds]
    return index.sentences_of(rows[0])[:EXPLAINING] if rows else []


def definition_answer(index: PassageIndex, reading: TermReading, builder: CitationBuilder,
                      lang: str) -> tuple[str, bool]:
    """The answer text and whether it answers: the defining sentences, cited; else a plain
    statement that the text does not explain the term, with the words that name it."""
    if reading.defining or reading.leading:
        quoted = " ".join(f"{builder.sentence(s)}[{builder.cite_sentence(s)}]"
                          for s in (reading.defining or reading.leading)[:1 + MAX_PARTS])
        return (f"The text explains “{reading.term}” as follows (quoted in Chinese): {quoted}" if lang == "en"
                else quoted), True
    if reading.formed:  # what it is made of, cited, with the plain statement that it is not defined
        quoted = " ".join(f"{builder.sentence(s)}[{builder.cite_sentence(s)}]" for s in reading.formed[:MAX_MENTIONS])
        if lang == "en":
            return f"The text does not define “{reading.term}”; this is how it puts it forward: {quoted}", True
        row = index.sentence_spans[reading.formed[0]][0]
        genre = genre_noun(index.document(index.passages[row].document).title)
        return f"{genre}没有专门解释“{reading.term}”的含义,原文是这样提出的:{quoted}", True
    mentions = "；".join(f"“{builder.sentence(s)}”" for s in reading.naming[:MAX_MENTIONS])
    if lang == "en":
        return f"The text does not explain what “{reading.term}” means; it only names it: {mentions}", False
    row = index.sentence_spans[reading.naming[0]][0]
    genre = genre_noun(index.document(index.passages[row].document).title)  # 讲话, 意见, 报告…
    return f"{genre}没有解释“{reading.term}”的含义,只是提到:{mentions}", False
