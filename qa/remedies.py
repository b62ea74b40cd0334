"""How a named problem is to be solved ("县城大班额问题怎么解决", "针对审批环节多的问题有什么措施"):
the sentence that says what is done about it, not the sentence that states the problem.

The problem's own words ("大班额", "审批") rank its statement first ("县城学校“大班额”问题尚未根本
解决"), often in the part on shortcomings; what is done about it stands in the tasks, sharing a
word or two ("新建、改扩建幼儿园3所…有效化解县城大班额问题", "一是聚焦审批提速…").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from index.document import SECTION_SEP
from index.store import PassageIndex

from .question_terms import focus_words
from .steering import DEALT_WITH

_PROBLEM = r"(?:问题|短板|难题|困难|瓶颈|矛盾|痛点|堵点|难点)"
_SOLVE = r"(?:解决|破解|化解|整治|治理|应对|改善|改进|整改|缓解|攻克|补齐|补上|处理)"
# "…问题怎么解决", "如何破解…难题", "针对…问题有什么措施", "…问题咋办", "…短板采取了哪些办法"
SOLVE_ASKED = re.compile(rf"(?:怎么|怎样|如何|咋|靠什么|用什么办法)(?:来|去)?{_SOLVE}"
                         rf"|{_SOLVE}[^，,。？?]{{0,16}}{_PROBLEM}[^，,。？?]{{0,4}}(?:怎么|怎样|如何|咋|有(?:什么|哪些|啥)|采取)"
                         rf"|(?:针对|对于|对)[^，,。？?]{{2,20}}{_PROBLEM}[^，,。？?]{{0,8}}(?:措施|举措|办法|怎么|如何|咋)"
                         rf"|{_PROBLEM}(?:怎么办|咋办|如何办)"
                         rf"|{_PROBLEM}[^，,。？?]{{0,8}}(?:采取|有)(?:了)?(?:什么|哪些|啥)(?:措施|举措|办法|对策|招)"
                         r"|\bhow\b[^?]*\b(?:solve|tackle|address|fix|deal with)\b")
# A trouble named by its adjective ("融资难怎么办", "看病贵咋解决", "审批慢的问题"): a problem without the word 问题.
_TROUBLE = r"[\u4e00-\u9fff]{2,6}?(?:难|贵|慢|差|乱|堵|弱)"
_TROUBLE_ASKED = re.compile(rf"{_TROUBLE}(?:的问题)?(?:怎么办|咋办|如何办|(?:怎么|怎样|如何|咋)(?:来|去)?{_SOLVE})")
_EN_PROBLEM = re.compile(r"\b(?:problems?|issues?|shortcomings?|bottlenecks?)\b", re.I)
# A sentence stating a problem: "尚未根本解决", "还不够", "比较突出", "仍有发生", "存在…问题".
_STATES = re.compile(r"尚未|还没有|没有根本|仍然|依然|仍有|还有不少|还存在|存在[^，。；]{0,12}问题|不够|不足|不强|不高|不优"
                     r"|滞后|薄弱|偏低|偏高|偏多|偏少|较多|较大|比较突出|较为突出|依然突出|时有发生|仍有发生")
# What is to be done: "要…", "加快…", "年内…", "全面推行…".
_TO_DO = re.compile(r"要|将|加快|推行|推进|推动|实施|新建|改扩建|力争|确保|年内|今年|全面|聚焦|着力|建立|完善|开展|落实")
_ASK_WORDS = frozenset("解决 破解 化解 整治 治理 应对 改善 缓解 攻克 补齐 处理 措施 举措 办法 对策 针对 问题 短板 难题 困难 "
                       "瓶颈 矛盾 痛点 堵点 难点 采取 今年 下一步".split())


# A part on problems ("一、存在的问题", "（二）面临的困难和挑战"), and a heading saying what is done about them.
_PROBLEMS_PART = re.compile(r"问题|不足|短板|困难|挑战")
_REMEDY_PART = re.compile(r"措施|举措|对策|办法|整改|建议|解决")


def under_problems(section: str) -> bool:
    """Whether a section path names a part on problems anywhere ("一、存在的问题 > （一）…")."""
    return bool(_PROBLEMS_PART.search(section))


def problems_section(section: str) -> bool:
    """Whether a section path stands in a part on problems, not under a heading of what is done."""
    return under_problems(section) and not _REMEDY_PART.search(section.rsplit(SECTION_SEP, 1)[-1])


def in_problems_part(index: PassageIndex, s_idx: int) -> bool:
    """Whether sentence ``s_idx`` stands in a part on problems, not under a heading of what is done."""
    return problems_section(index.passages[index.sentence_spans[s_idx][0]].section)


def solve_asked(question: str) -> bool:
    """Whether ``question`` asks how a problem it names as one (问题, 短板, 难题…) is solved; "项目进度慢了
    怎么处理" asks what the text does about slow projects, which a rule's own sentence says."""
    return bool(_TROUBLE_ASKED.search(question)) or bool(SOLVE_ASKED.search(question)) and (
        bool(re.search(_PROBLEM, question)) or bool(_EN_PROBLEM.search(question)))


def states_problem(sentence: str) -> bool:
    """Whether a sentence states a problem rather than what is done about it."""
    return bool(_STATES.search(sentence)) and not DEALT_WITH.search(sentence)


def remedy_sentence(index: PassageIndex, doc_id: str, question: str,
                    rarity: Callable[[str], float]) -> int | None:
    """The sentence of speech ``doc_id`` that best says what is done about the problem the question
    names: it holds the problem's rarest words and states no problem; None when the question asks
    no such thing, names no problem words, or no sentence fits."""
    if not solve_asked(question):
        return None
    words = [w for w in focus_words(question, None) if w not in _ASK_WORDS and len(w) >= 2]
    # "融资难": the trouble's subject (融资) is what a measure names ("举办1次融资对接会")
    words += [w[:-1] for w in words if len(w) >= 3 and w[-1] in "难贵慢差乱堵弱" and w[:-1] not in words]
    if not words:
        return None
    weight = {w: rarity(w) for w in words}
    best, best_score, said = None, 0.0, set()
    for row in index.doc_rows(doc_id):
        heading = index.passages[row].section.rsplit(SECTION_SEP, 1)[-1]
        if index.sentences_of(row) and in_problems_part(index, index.sentences_of(row)[0]):
            continue  # "一、存在的问题 > （一）长效管理没有跟上": the problem stated, whatever its words
        for s in index.sentences_of(row):
            text = index.sentence_text(s)
            if states_problem(text):
                continue
            # a measure under its heading ("【规范涉企执法】推行“综合查一次”…") holds the heading's words
            held = [w for w in words if w in text or w in heading]
            said.update(held)
            score = sum(weight[w] for w in held) * (1.5 if _TO_DO.search(text) else 1.0)
            if score > best_score:
                best, best_score = s, score
    if best is None:
        return None
    # Of the problem's words that any sentence beyond its statement says, it holds the rarest.
    rarest = max(said, key=weight.get)
    heading = index.passages[int(index.sentence_spans[best][0])].section.rsplit(SECTION_SEP, 1)[-1]
    return best if rarest in index.sentence_text(best) or rarest in heading else None
