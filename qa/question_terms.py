"""The words of a question: the focus words nearest its asking word, the noun a count leads, and
the words the index searches with.

jieba cuts a question as it cuts a speech, but a question's words need more care: an asking
pronoun is held apart before the cut ("哪天开的会" cut whole gives "天开"), a classifier or a
modal verb jieba glues to its neighbour is set apart ("多少家规上企业"), a thing's one-character
noun it cuts off is joined back ("消费券"), and the words that only frame the question (要求,
具体, 这个) are dropped. :mod:`qa.asked` reads what a question asks with these words.
"""
from __future__ import annotations

import re

import jieba

from index.tokenize import normalize, tokenize

from .everyday_words import official_words
from .frame_words import DIRECTION, FACT_FRAME, FRAME_WORDS, VERB_AND_MEASURE
from .glossary import chinese_terms, focus_terms
from .guard import question_language
from .question_names import ASKING_PART as _ASKING_PART
from .question_words import numbered_names

# Time words a question may name; a speech about another year does not answer it. ("比上年" compares.)
# A four-digit number is a year with 年, or standing alone ("2021 GDP"); "2000元", "2025万" are sums.
PERIOD = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?:\s*年|(?![\d.．%％]|\s*[万亿千百元人个户家辆台套吨亩米件项所座名次条块张份]))|[今去明前]年|[上下]半年|[一二三四1-4]季度"
                    r"|[一二三四五六七八九十]{2,3}五|近[一二三四五六七八九十两\d]+年|过去[一二三四五六七八九十两\d]+年"
                    r"|\b(?:19|20)\d{2}\b|this year|last year|next year")

# "那一条", "这次", "其中": words that point back or around, not at a subject.
_DEICTIC = re.compile(r"^(?:[这那该此其本]?[一两几]?[次条项点个份篇些种样位部家座所块边]|[这那该此其本]|其中|其他|相关|有关"
                      r"|有没有|有无)$")

# "建在什么位置", "位于什么位置" too, but not "在全省处于什么位置" (a rank, a role): 位置 is a place
# only right after 在/址 or 位于, and not after 摆在/放在 ("把生态保护摆在什么位置").
WHERE_PHRASE = re.compile(r"(?:什么|哪个|哪一个|啥|哪块|哪片)(?:地方|地点)|(?:(?<=[^摆放置]在)|(?<=址)|(?<=位于))(?:什么|哪个|啥)位置"
                          # "哪个县排最后", "哪几个区": the kind of place asked, not a word the answer must hold
                          r"|哪(?:个|一个|几个|些)(?:省|市|县|区|镇|乡|村|街道)(?![长委级域内外领干直属政里城市县区镇乡村])")
# "这个方案的改造目标", "本规划提出…": the text named by its genre is no subject of the question.
TEXT_ITSELF = re.compile(r"(?:这个|这份|这篇|这项|本|该|此)(?:方案|规划|通知|决定|纪要|要点|通报|批复|办法|条例|规定"
                          r"|计划|文件|报告|意见|讲话)")
# "第二个原因": the ordinal points at an item of the speech's own list; no passage says it.
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百\d]+(?:[个条点项款件次场招批轮仗]|部分|方面)$")
# The same ordinal when jieba cuts it from its classifier ("第三方面" -> 第三 / 方面).
_ORDINAL_RUN = re.compile(r"第[一二三四五六七八九十百\d]+(?:[个条点项款件次场招批轮仗]|部分|方面)")
# Where jieba glues a classifier or a verb to the word next to it ("多少家规上企业" -> 家规,
# "比重要" -> 重要, "县有" , "率要"), a space keeps them apart.
_GLUE = (re.compile(r"((?:多少|几)[个项家所座处名人次条种起倍张份户台套批类])()"),
         re.compile(r"(比重|占比|比例|[率量值额数])(要|是|为|将|有|得|能|会)"),
         re.compile(r"([\u4e00-\u9fff])((?:定|设|放|选|落)在)"),  # "服务日定在哪一天" -> 服务日 / 定在
         re.compile(r"([县市镇省区村内时])(有|要)"),
         re.compile(r"(多[大高长远重宽深])([\u4e00-\u9fff])"),  # "扩大了多大面积" -> 大面积
         re.compile(r"(最多|最少|至少|起码)([\u4e00-\u9fff])"),  # "最多用多少": a bound, then the verb
         # "考核里排第几名", "我县排第几": where or who, then the rank
         re.compile(r"([里中上省市县区镇乡村])(排|位列|名列|位居)(?=第|在|到|\s|$)"))

# A verb with its result complement as common as 做好 or 抓好 is a set phrase a text also writes.
_SET_WORD_FREQ = 500


def _unglue_modal(word: str) -> str:
    """"要配", a modal glued by jieba's guess to a verb: the verb alone (要素, 应急 are words);
    "运维是", a copula glued to the noun before it: the noun."""
    if len(word) == 2 and word[1] in "到好完掉住得" and jieba.dt.FREQ.get(word, 0) < _SET_WORD_FREQ:
        return ""  # "压到", "管到", "修好", "内得": a verb and its result, the doing, not the subject
    if len(word) == 2 and word[0] in "没未" and word[1] in "治修建完改管办做搞整查动":
        return ""  # "还有多少山塘没治": the doing not done, which the text says as 未完成治理
    if jieba.dt.FREQ.get(word):
        return word
    if len(word) == 2 and word[0] in "要需应该得":
        return word[1:]
    if len(word) >= 3 and word[0] in "能会要可来去" and not jieba.dt.FREQ.get(word[1:]) and word[1] in "来去":
        return ""  # "能来查", "要去管": a modal and a direction before a bare verb, the doing again
    return word[:-1] if len(word) >= 3 and word[-1] in "是要有为在" else word


# One-character nouns that close a compound naming a thing ("消费券", "充电桩", "健康卡", "检查站").
THING_SUFFIX = frozenset("券桩卡证站馆院厂库箱池棚室舱罐坝闸渠")


def _content_words(text: str) -> list[str]:
    """Words of two or more characters that name something (jieba's own cut, not search mode)."""
    tokenize("")  # jieba with the genre's words added
    text = _ORDINAL_RUN.sub(" ", normalize(text))
    for glue in _GLUE:
        text = glue.sub(r"\1 \2", text)
    words = []
    previous = ""
    has_han = bool(re.search(r"[\u4e00-\u9fff]", text))
    raw_previous = ""
    for w in numbered_names(jieba.lcut(text)):
        w, after_de = w.strip(), previous == "的"
        previous = w or previous
        # "消费券", "充电桩": jieba cuts the thing's one-character noun off; the word asked is the whole
        if w in THING_SUFFIX and words and words[-1] == raw_previous and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", words[-1]):
            words[-1] += w
            raw_previous = ""
            continue
        raw_previous = w
        if w == "地方" and after_de:  # "积水的地方": the places meant, not 地方政府
            continue
        if len(w) > 1 and w[-1] in "了过着":  # "建了" is 建 done: the aspect says nothing of the topic
            w = w[:-1]
        if VERB_AND_MEASURE.fullmatch(w):  # "编个啥规划": the verb and a loose 个 for the thing asked
            w = w[0]
        if len(w) > 2 and DIRECTION.search(w):  # "查出来", "留下来": the verb, whose result the text states
            w = DIRECTION.sub("", w)
        w = _unglue_modal(w)
        if len(w) < 2 or w in FRAME_WORDS or PERIOD.fullmatch(w) or re.fullmatch(r"[\d.%]+", w) \
                or _ASKING_PART.search(w) or _DEICTIC.match(w) or _ORDINAL.match(w):
            continue
        # English words are judged through the glossary; a Latin term of a Chinese question with a
        # Chinese name ("GDP" for 地区生产总值) is the thing asked about
        if re.fullmatch(r"[a-z'-]+", w) and not (has_han and official_words(w)):
            continue
        words.append(w)
    return words


def clause_of(question: str, pos: int) -> tuple[str, int]:
    """The clause of ``question`` around position ``pos`` and the position within it."""
    starts = [m.end() for m in re.finditer(r"[，,；;？?！!。：:]", question[:pos])]
    start = starts[-1] if starts else 0
    m = re.search(r"[，,；;？?！!。：:]", question[pos:])
    end = pos + m.start() if m else len(question)
    return question[start:end], pos - start


# "多少起违法案件", "几处重大隐患": a count leading the noun it counts, by its measure word.
_COUNT_LEADS = re.compile(r"(?:多少|几)\s*(?:万|亿|千|百)?\s*(?:个|项|条|件|处|起|家|所|座|名|位|户|辆|台|套|张|种|类|批|支|场)")


def counted_noun(question: str, at: int) -> str:
    """The noun a count leads ("罚没了多少起违法案件": 违法案件), its first two words, else "": the
    subject a decline names ("未给出违法案件的具体数字"), not the verb before the count."""
    clause, local = clause_of(question, at)
    lead = _COUNT_LEADS.search(clause, max(local - 2, 0))
    if lead is None or lead.start() > local + 2:
        return ""
    return "".join(_focus_candidates(clause[lead.end():])[:2])


# "绿色食品产业的任务期限": the due date of the task named before it; 任务 names no task itself.
_TASK_DUE = re.compile(r"(?:任务|工作|事项)(?=(?:的)?(?:期限|时限|截止日期|截止时间))")


# The asking pronoun itself, held apart before the words are cut: "哪天开的会" cut whole gives "天开".
_ASKING_PRONOUN = re.compile(r"哪一?[天日年]|何[时日年]|什么时[候间]|啥时候|几月几[日号]|几月份?|哪个月份?|几号|几日|多少|多久"
                             # "管到哪一年" asks a year, not a place
                             r"|(?:从|打)?哪[里儿]?来|(?:去|到)哪(?:[里儿]|(?!一?[天日年月号]))|哪[里儿]"
                             r"|(?:各|分别)(?:是|为|有|达到)"
                             r"|(?<=谁)来"
                             # "排名第几", "名次多少": the rank asked, which a text writes "第2位", "前三位"
                             r"|(?:排名|名次|位次|排位)(?=(?:目标|要求)?(?:是|为|要|达到)?(?:第几|多少|怎么样|如何|$))|排(?:在)?第几[位名]?")  # "管理办法谁来定": 定 is asked of whoever it is, not "来定"  # "收入各是多少": 各是 frames the figures asked


# A measure word after the asking number ("多少家规上企业", "几所学校"): cut whole, jieba glues it to
# what follows ("家规"), unless the two make a common word ("多少项目", "多少户籍人口").
_COUNTED_AFTER = re.compile(r"(?<=多少|[^\d]几)([家个项条座所名位户台辆套间处次批件张口栋])(?=([\u4e00-\u9fff]))")
_GLUED_FREQ = 500


def _measure_apart(text: str) -> str:
    return _COUNTED_AFTER.sub(lambda m: m.group(1) + (" " if jieba.dt.FREQ.get(m.group(1) + m.group(2), 0)
                                                        < _GLUED_FREQ else ""), text)


def _focus_candidates(text: str) -> list[str]:
    text = _measure_apart(_TASK_DUE.sub("", text))
    return [w for w in _content_words(_ASKING_PRONOUN.sub("，", text)) if w not in FACT_FRAME]


def focus_words(question: str, at: int | None) -> list[str]:
    """The question's content words, those of the asking clause first, nearest to ``at`` first
    (the words that only frame the fact asked left out: 要求, 之前, 拿出, 作为…)."""
    if question_language(question) == "en":
        return focus_terms(question)
    if at is None:
        return list(dict.fromkeys(_focus_candidates(question)))
    clause, local = clause_of(question, at)
    before, after = _focus_candidates(clause[:local]), _focus_candidates(clause[local:])
    near: list[str] = []
    for i in range(max(len(before), len(after))):  # interleave: the word just before, then just after
        if i < len(before):
            near.append(before[-1 - i])
        if i < len(after):
            near.append(after[i])
    rest = [w for w in _focus_candidates(question) if w not in near]
    return list(dict.fromkeys(near + rest))


def words_beside(question: str, others) -> list[str]:
    """The question's search words of two or more characters that neither hold nor stand inside
    any of ``others`` (the asked noun, the topic's words): what else the question is about. An
    English question's words are its Chinese terms: a speech holds no English word."""
    words = chinese_terms(question) if question_language(question) == "en" else search_words(question)
    return [w for w in words if len(w) >= 2 and not any(w in o or o in w for o in others)]


# "对园区配套提了什么要求": what the text asks of a subject; its sentences say "要…", rarely 要求.
_ASKS_REQUIREMENTS = re.compile(r"(?:提出?了?|有|作了?|做了?)(?:什么|哪些|哪几[条项点个]?)(?:具体)?要求")


def search_words(question: str) -> list[str]:
    """The question's words as the index sees them (jieba search mode), minus frame words and
    the asking phrase ("什么地方" asks where, "提了什么要求" what the text asks)."""
    plain = _ORDINAL_RUN.sub(" ", _ASKS_REQUIREMENTS.sub(" ", TEXT_ITSELF.sub(" ", question)))
    for glue in _GLUE:
        plain = glue.sub(r"\1 \2", plain)
    tokens = [_unglue_modal(w) for w in tokenize(_ASKING_PRONOUN.sub("，", WHERE_PHRASE.sub("哪里", plain)))]
    # "搞个啥活动": a spoken verb with a loose 个 is no word of the text's (it says 举办…活动)
    dropped = [w for w in tokens if w in FRAME_WORDS or _ASKING_PART.search(w) or _DEICTIC.match(w)
               or _ORDINAL.match(w) or VERB_AND_MEASURE.fullmatch(w)]
    # Search mode also yields the pieces of a dropped word ("具体内容" -> "体内"): they go with it.
    return [w for w in tokens if w not in dropped and not any(w in d for d in dropped if len(d) > len(w))]
