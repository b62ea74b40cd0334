"""The penalty for a breach of a rule ("管理责任人不履行职责怎么处罚", "违反第十三条怎么处理",
"收运单位混装混运要承担什么责任"): the article of sanctions that covers it, not the duty itself.

A regulation states a duty in one article ("第十一条 管理责任人应当履行下列职责：…") and its
penalty in another that cites it by number ("违反本办法第十一条规定，管理责任人未…的，…处200元以上
2000元以下罚款"). The duty's own words rank the duty first; the penalty shares only a word or two
with the question unless the article it cites lends it that article's words.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from index.numbering import cn_number
from index.store import PassageIndex

from .everyday_words import EVERYDAY
from .numbered_items import articles, item_number_asked
from .question_terms import search_words
from .word_credit import credit

# "怎么罚", "罚多少", "如何处罚", "承担什么责任", "有什么后果", "违反…怎么处理", "…会怎么样", "what is the penalty"
PENALTY_ASKED = re.compile(r"罚|处分|法律责任|(?:承担|负|担)(?:什么|哪些|啥|何种)(?:样的)?(?:法律)?责任|(?:什么|啥)后果"
                           r"|(?:违反|违规|违法|不按|未按|拒不|擅自)[^，,。？?]{0,24}(?:怎么|如何|咋|怎样)(?:处理|处置|办|管)"
                           # "宾馆主动提供一次性牙刷会怎么样": what befalls a breach (only a rule's sanction answers)
                           r"|(?:会|将)(?:怎么样|怎样|咋样|如何)[？?。]*$|什么下场|(?:会|将)被(?:怎么|如何|咋)(?:处理|处置|办|管)"
                           r"|\bpenalt|\bfine[sd]?\b|\bpunish", re.I)
_SANCTIONS = r"罚款|罚金|处罚|没收|吊销|暂扣|警告|责令(?:改正|限期|停止|停业)|处分|追究[^，。；]{0,10}责任|通报批评"
SANCTION = re.compile(_SANCTIONS)
# A rule's sanction: a breach named as a condition ("…的，"), then what follows it. A report's "办理环境
# 行政处罚案件356件，罚没款2870万元" counts fines levied, which a figure question asks as any other.
RULE_SANCTION = re.compile(rf"的[，,][^。]*?(?:{_SANCTIONS})")
# "违反本办法第十一条规定", "违反本条例第二十五条第一款规定", "违反第十条、第十二条规定"
_CITES = re.compile(r"违反(?:本(?:办法|条例|规定|细则|法|决定|规则|实施办法))?((?:第[一二三四五六七八九十百零〇两\d]+条"
                    r"(?:第[一二三四五六七八九十\d]+款)?[、和及或]?)+)")
_ARTICLE_NO = re.compile(r"第([一二三四五六七八九十百零〇两\d]+)条")
# Words that frame the ask, not its subject.
_ASK_WORDS = frozenset("罚 罚款 处罚 处分 怎么 如何 怎样 多少 责任 法律责任 承担 什么 处理 处置 违反 违规 规定 后果 会 被 "
                       "按规定 按照规定 不按 未按 "  # a breach's frame, which every sanction says one way or another
                       "本办法 办法 条例 本条例 要 哪些 penalty fine fined punish".split())
TIED = 3  # sanctions scoring alike that leave the question's answer to the search
CLOSE_SHARE = 0.9  # sanctions scoring this share of the best one's are quoted beside it
LENT_WEIGHT = 0.8  # a word only the cited article holds counts a little less than one the sanction says


def penalty_asked(question: str) -> bool:
    """Whether ``question`` asks the penalty for a breach."""
    return bool(PENALTY_ASKED.search(question))


def cited_articles(sentence: str) -> list[int]:
    """The numbers of the articles a sanction cites as breached ("违反本办法第十一条规定": [11])."""
    out: list[int] = []
    for m in _CITES.finditer(sentence):
        out += [cn_number(n.replace("两", "二").replace("〇", "零")) for n in _ARTICLE_NO.findall(m.group(1))]
    return out


def penalty_sentences(index: PassageIndex, doc_id: str, question: str,
                      rarity: Callable[[str], float]) -> list[int]:
    """The sanction sentences of speech ``doc_id`` that answer a penalty question, best first: those
    in or citing the article it names by number, else those holding (or citing an article holding)
    the rarest of its subject words; empty when it asks no penalty or no sanction fits, so the
    question is answered as any other."""
    if not penalty_asked(question):
        return []
    doc = index.document(doc_id)
    numbered = articles(doc)
    article_text = {n: node.title + "".join(index.passages[r].text for r in index.rows_under(doc_id, node.path))
                    for n, node in numbered.items()}
    article_of_row = {r: n for n, node in numbered.items() for r in index.rows_under(doc_id, node.path)}
    sanctions = [(s, row) for row in index.doc_rows(doc_id) for s in index.sentences_of(row)
                 if RULE_SANCTION.search(index.sentence_text(s))]
    if not sanctions:
        return []
    named = item_number_asked(question)
    if named is not None and named in numbered:  # "违反第十三条怎么处理", "第35条罚多少"
        hits = [s for s, row in sanctions if article_of_row.get(row) == named] \
            or [s for s, _row in sanctions if named in cited_articles(index.sentence_text(s))]
        return hits[:3]
    # an everyday word jieba cuts apart ("乱扔" as 乱 + 扔) is a word of the question still
    spoken = [k for k in EVERYDAY if len(k) >= 2 and k in question]
    words = [w for w in dict.fromkeys(search_words(question) + spoken) if len(w) >= 2 and w not in _ASK_WORDS
             and not SANCTION.search(w)]
    if not words:
        return []
    weight = {w: rarity(w) for w in words}
    party = {s: party_of(index.sentence_text(s)) for s, _row in sanctions}
    parties = {p for p in party.values() if p}
    scores: dict[int, float] = {}
    for s, _row in sanctions:
        text = index.sentence_text(s)
        lent = _lent(text, article_text)
        # a sanction of no one subject names its parties inside ("…的，对单位处5万元…，对个人处100元…")
        scores[s] = sum(weight[w] * (_party_held(w, party[s]) if w in parties and party[s] else
                                     max(_held(w, text), LENT_WEIGHT * _held(w, lent) if lent else 0.0)) for w in words)
    best = max(scores, key=scores.get)
    if scores[best] <= 0 or sum(v >= 0.99 * scores[best] for v in scores.values()) >= TIED:
        return []  # "不分类会有什么后果": words every sanction holds pick none of them
    # Of the subject words the text holds anywhere, the best holds the rarest: else the question is of
    # something no penalty names ("过度包装怎么罚" of a rule that bans it and fines nothing).
    text = "".join(index.passages[r].text for r in index.doc_rows(doc_id))
    rarest = max((w for w in words if _held(w, text)), key=weight.get, default=None)
    if rarest is None or not _holds(index, best, rarest, article_text):
        return []
    # "单位…罚多少" of 单位 and 收运单位: the party asked, when the best is of it, not another beside it
    asked_parties = {w for w in words if w in parties}
    own = party[best] in asked_parties
    return [s for s in sorted(scores, key=scores.get, reverse=True)
            if s == best or (scores[s] >= CLOSE_SHARE * scores[best] and _holds(index, s, rarest, article_text)
                             and (not own or party[s] in asked_parties))][:3]


# Who a sanction is of: its sentence's subject, before the breach ("收运单位未按规定…的", "第十一条　单位
# 未按照规定分类投放…的", "违反本办法第九条规定，个人随意倾倒…的").
_PARTY = re.compile(r"^(?:第[一二三四五六七八九十百零〇两\d]+条\s*)?(?:违反[^，,。]{0,30}?规定[，,]\s*)?"
                    r"([\u4e00-\u9fff]{2,10}?)(?=未|不|违反|擅自|拒不|随意|在|将|对|接收|有下列|超[过出]|拒绝|阻挠|伪造|非法|混)")


def party_of(sentence: str) -> str:
    """The party a sanction sentence is of ("收运单位"), or ""."""
    m = _PARTY.match(sentence.strip())
    return m.group(1) if m else ""


def _party_held(word: str, party: str) -> float:
    """How far a sanction of ``party`` is one of the party asked: the same party fully; one whose name
    only holds it hardly ("单位呢" of 收运单位 and 单位: the 单位's own), another not at all."""
    if word == party:
        return 1.0
    return 0.3 if word in party else 0.0


def _lent(sentence: str, article_text: dict[int, str]) -> str:
    """The text of the articles a sanction cites, whose words it lends ("违反本办法第十一条规定")."""
    return "".join(article_text.get(n, "") for n in cited_articles(sentence))


def _holds(index: PassageIndex, s: int, word: str, article_text: dict[int, str]) -> bool:
    text = index.sentence_text(s)
    return bool(_held(word, text)) or bool(_held(word, _lent(text, article_text)))


def _held(word: str, text: str) -> float:
    """How far ``text`` holds ``word``: the word itself fully; a synonym or a part of it by half, since
    a sanction's party is exact ("单位" is not the "部门" that enforces it)."""
    return 1.0 if word in text else 0.5 * credit(word, text)
