"""The form of a question, read before any earlier turn is consulted: its ordinal ("第三条",
"最后一点", "the second one"), its pronoun or demonstrative, and what it asks beyond them.
How an ordinal picks an item of a list in the speech's own numbering is :mod:`qa.ordinal_picks`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import jieba

from index.tokenize import normalize, tokenize

from .intent import EN_ORDINALS, numeral_value

_N = r"[一二三四五六七八九十]+|\d+"
# Generic names for the items of a list: an ordinal or a demonstrative may carry one without
# bringing a topic of its own ("第二点理由", "这项工作"). Topic nouns (问题, 措施) are not here:
# they must agree with the last turn ("第三条措施" after a list of problems stands alone).
# The ways of what was asked, by which a list's items are counted whatever they are ("钱从哪来"
# then "第二个渠道具体给多少钱"): the item, not a word of what is asked about it.
WAY_NOUNS = frozenset("渠道 途径 方式 方法 手段 来源 路子 招数".split())
KIND_NOUNS = WAY_NOUNS | frozenset(
    "理由 原因 方面 要求 意见 建议 内容 要点 重点 事项 环节 考虑 做法 工作 点 条 项 个 "
    "希望 期望 体会 看法 认识 启示 考量 想法 思考 感受 "  # what a speaker announces: "我提四点希望"
    "数 数字 事 事儿 说法 提法 指标 "  # what was just said, called by what it is: "为啥定这个数", "这个说法怎么理解"
    "one item point thing step reason".split())
# What the items of a list are called; an ordinal followed by one (after a short modifier:
# "第一个突出问题") is a reference, not part of a name ("第二个五年规划", "第三产业").
ITEM_NOUNS = tuple(w for w in KIND_NOUNS if len(w) > 1) + tuple(
    "问题 任务 措施 举措 成效 成绩 困难 挑战 短板 不足 目标 经验 原则 路径 方向 领域 意义 作用 特点 表现 "
    "机制 办法 对策 思路 部署 安排 观点 步骤 政策 项目 条件 材料 阶段 工程 行动 活动 平台 实事 渠道 "
    "硬仗 攻坚战 战役 实招 硬招 "  # "第三场硬仗", "第二招": a campaign's fights and moves
    "problem task measure issue".split())
# The text itself, named after a demonstrative ("这个讲话", "这个报告"): no reference to the last answer.
_THE_TEXT = frozenset("讲话 讲话稿 报告 文件 文章 稿子 讲稿 发言 全文 原文".split())
# "这个会" is the meeting the speech was given at when nothing follows 会 that makes it the modal
# ("这个会在哪开的", "为什么开这个会"; not "这个会影响进度吗").
_THE_MEETING = re.compile(r"^会(?=$|[\s，,。？?！!在上是开为的由讲叫啥什哪几主要])")
# Words that only frame a request about something already named; a question of these
# words alone asks for more about the last answer ("具体说说", "有数据支撑吗").
FRAMING = frozenset(
    "呢 吗 吧 啊 呀 么 是 的 了 什么 啥 哪个 哪 哪些 哪一个 具体 具体内容 详细 详细点 详细些 说说 讲讲 谈谈 "
    "说 讲 谈 一下 展开 展开说 解释 介绍 内容 意思 什么意思 理解 怎么 怎样 如何 怎么样 为什么 为何 原因 理由 "
    "咋 咋样 "  # spoken 怎么 ("最后一项具体咋推进")
    "多少 几 请 再 能 能否 可以 你 讲话 提到 提出 指 指的是 叫 叫什么 包括 包含 有 有没有 没有 有无 那 那么 "
    "这 然后 接着 又 也 都 还 还有 另外 此外 给 我 一些 一点 更多 进一步 举 个 一个 例子 举例 案例 事例 "
    "数据 数字 支撑 依据 细节 说明 原文 要 到底 究竟 讲了 说了 写了 其他 其它 别的 其余 "
    "主要 表现 体现 在 哪几 哪几个 "  # "第三个呢，主要表现在哪几方面": more about the point
    "举个 点 效果 成效 结果 "  # "能举个例子吗", "详细点", "效果怎么样": more about what was just said
    "几月份 几月 几号 哪天 哪一天 哪年 何时 什么时候 啥时候 多久 "  # "具体是几月份": a detail of what was just said
    "做 弄 搞 干 办 整 件 事 事情 "  # "具体怎么做", "咋弄", "要干哪几件事": doing what was just said
    "它 下面 里面 里头 底下 之下 当中 其中 "  # "它下面第二项", "这里面第三条": the item shown, inside it
    "what about how why tell me more detail details explain example examples any is are the and of "
    "it this that mean does do give please again further".split())
_EN_WORD = re.compile(r"[a-z][a-z'-]*|[0-9]+")
_PUNCT = re.compile(r"^[\W_]+$")

# "第三要" of a list said "一要…二要…" (not "第一要务", "第一要求")
_ORDINAL_YAO = r"要(?![务求素点件闻害领义着紧])"
# 排在第二位, 第二件事; "第四块", "第二大块", "第三小点": a list's parts in everyday words
_ORDINAL = re.compile(rf"(?:倒数)?第\s*({_N})\s*(个|小?条|小?点|小?项|小节|件|大?方面|类|种|句|段|款|位|大?块|板块|步|场|招|批|轮|仗|{_ORDINAL_YAO})?")
# What may follow an ordinal that is a reference, not part of a name ("第三产业", "第十四次"):
# a kind noun (after a short modifier: "第一个突出问题"), or the end of the phrase.
_ORDINAL_END = re.compile(r"\s*(?:$|[呢是的吗啊呀，,。？?！!、]|具体|讲|说|有|要|怎|如何|里|中|那|这"
                          r"|展开|详细|细说|解释|介绍|谈|再"  # "第二条展开说说", "第三点详细讲讲"
                          r"|谁|啥|什么时候|何时|多少|几|哪|由谁"  # "第三项谁牵头", "第二条多少钱"
                          r"|牵头|负责|投资|资金|目标|完成|建成)")  # "第一项投资多少", "第二个目标是多少"
_QI = re.compile(r"(?<![尤极])其([一二三四五六七八九十])(?=$|[呢是，,。？?！!])")
# A list's own marker said back to point at its item: "一是说的啥", "那三是呢", "二要具体指什么".
_SAID_MARKER = re.compile(r"^(?:那么?|那个|还有)?\s*([一二三四五六七八九十])(?:是|要)"
                          r"(?=$|[呢吗，,。？?！!\s]|说|讲|具体|什么|啥|指|怎么|咋|呀|啊)")
_LAST = re.compile(r"最后(?:那|这)?一?(?:个|小?条|小?点|小?项|小节|件|方面|大?块)|后者")
# The first of two, or the first of a list in everyday words ("头一条"; "头条" is a headline).
_FIRST_OF_TWO = re.compile(r"前者|头一(?:个|条|点|项|件)")
_RELATIVE = re.compile(r"(下|后|上|前)一(?:个|条|点|项|件|方面|行)|^(?:那么?)?(?:然后|接着|再往下|下面)呢")
# A tier of a table ("档"), whose rows run from low to high: "再往上一档", "高一档" is the next row,
# "往下一档", "低一档" the one before; "下一档" the next, "上一档" the one before, as for any list.
_TIER = re.compile(r"(?:再?往(上|下)|再?(高|低))一(?:档|级|个档次)|(下|后|上|前)一(?:档|级|个档次)")
_EN_ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth|sixth|last|next|previous|1st|2nd|3rd|4th|5th|6th)\b"
                         r"(?!\s+(?:part|section|chapter|half|year|plan)\b)", re.I)
# Pronouns and demonstratives. A demonstrative with a measure word may bind a noun of its
# own ("这个城市"); that noun must then come from the last turn.
# "为啥定这么多", "目标为什么这么高": the figure just answered
_PRONOUN = re.compile(r"(?<![其吉])它们?|其中|(?:这|那)么(?:多|高|低|大|快|少|长|短|严|紧)|(?:^|[，,]|那么?|你|请|关于)(?:上面|上述|上文|前面|刚才|以上|前述)"
                      r"|(?:上面|上述|上文|前面|刚才|前述)(?:所|你)?(?:说|讲|提|列)")
# "这事谁负责", "那件事由谁管": the matter just answered (not 这事业单位, 那事项)
MATTER = re.compile(r"(?:这|那)(?:件|个)?事")
_DEMONSTRATIVE = re.compile(MATTER.pattern + r"(?:情|儿)?(?![业项务件宜实先故])"
                            r"|(?:这|那)一?(?:个|条|点|项|些|种|件|方面|句话|句|段话|段|部分)|这(?=是|说|意味|指|怎|具体|呢|$)"
                            r"|(?<![应活])该(?=[\u4e00-\u9fff])|(?<![因如彼由从就])此(?![外次时前后刻])(?=[\u4e00-\u9fff])")
_EN_DEICTIC = re.compile(r"\b(it|this one|that one|this point|that point|these|those|them)\b", re.I)
_ELLIPSIS = re.compile(r"^(?:那么?|and|what about|how about)?\s*(.+?)\s*(?:呢|又如何|又怎么样|怎么样呢|情况呢)?\s*[?？。!！]*$", re.I)
_CONNECTIVE = re.compile(r"^(?:那么?|还有|另外|此外|再|然后|and|so)\s*", re.I)


@dataclass
class Reading:
    """What the form of a question says, before the last turn is consulted."""

    position: int | None = None  # an ordinal: 0-based, -1 the last
    relative: int | None = None  # "下一条" +1, "上一条" -1
    deictic: bool = False  # a pronoun, or a demonstrative with no noun of its own
    plural: bool = False  # "这些", "它们": the last answer as a whole
    bound: str | None = None  # the noun a demonstrative binds ("规划" in "这个规划")
    label: list[str] = field(default_factory=list)  # words naming the item pointed at ("人才" in "人才那一条")
    rest: str = ""  # the question without its ordinal and reference words

    @property
    def refers(self) -> bool:
        """Whether the form refers back at all (ordinal, pronoun or demonstrative)."""
        return self.position is not None or self.relative is not None or self.deictic or bool(self.bound)


def _words(text: str) -> list[str]:
    """Words of a text (jieba's precise mode; English words whole), without punctuation."""
    tokenize("")  # jieba knows the genre's words ("产城融合") before it cuts
    text = normalize(text)
    out = []
    for w in jieba.lcut(text):
        w = w.strip()
        if not w or _PUNCT.match(w):
            continue
        out += _EN_WORD.findall(w) if w.isascii() else [w]
    return out


def framing(word: str) -> bool:
    """Whether ``word`` only frames a question: a framing word, or a short run jieba cut out of
    two of them ("有举例子吗" → 有举 + 例子, where 有举 is 有 + 举)."""
    if word in FRAMING:
        return True
    return 2 <= len(word) <= 4 and any(word[:i] in FRAMING and framing(word[i:]) for i in range(1, len(word)))


def content_words(text: str) -> list[str]:
    """The words of ``text`` that bring a topic: not framing, not the name of a kind of item."""
    return [w for w in _words(text) if not framing(w) and w not in KIND_NOUNS]


# "它下面第二条装机多少": an ordinal with its measure word inside the item shown refers back, whatever follows
_INSIDE_SHOWN = re.compile(r"(?:下面|里面|里头|底下|当中|其中)的?$")


def _ordinal_end_ok(question: str, end: int, classifier: bool) -> bool:
    """Whether an ordinal ends a reference ("第二个呢", "第一个突出问题"), not a name ("第三产业")."""
    tail = question[end:]
    reach = 5 if classifier else 1  # "第一个突出问题"; without a measure word only "第二问题"
    if classifier and re.match(r"[ \t\u3000]", tail):  # "第二条 钱咋解决": a pause, as a comma would be
        return True
    return bool(_ORDINAL_END.match(tail)) or any(tail[i:].startswith(k) for k in ITEM_NOUNS for i in range(reach))


def _cut(text: str, start: int, end: int) -> str:
    return text[:start] + " " + text[end:]


# One-character words after "这个" that are no noun it binds: a preposition or verb of the asking
# ("这个由谁牵头", "这一条归哪个部门管", "这个找谁办"): the demonstrative points at the last answer.
_NOT_BOUND = frozenset("由谁该会归找让交靠被跟和与对从向把将以按可得属")


def read_question(question: str) -> Reading:
    """The form of a question: its ordinal, pronoun or demonstrative, and what is left."""
    q = question.strip()
    r = Reading(rest=q)
    if (m := _LAST.search(q)) or re.search(r"\blast\b", q, re.I) and (m := _EN_ORDINAL.search(q)):
        r.position, r.rest = -1, _cut(q, *m.span())
    elif (m := _FIRST_OF_TWO.search(q)):
        r.position, r.rest = 0, _cut(q, *m.span())
    elif (m := _TIER.search(q)):
        way = m.group(1) or m.group(2) or m.group(3)
        r.relative, r.rest = (1 if way in ("上", "高") and not m.group(3) or way in ("下", "后") and m.group(3)
                              else -1), _cut(q, *m.span())
    elif (m := _RELATIVE.search(q)):
        r.relative, r.rest = (1 if (m.group(1) or "下") in "下后" else -1), _cut(q, *m.span())
    elif (m := next((x for x in _ORDINAL.finditer(q) if _ordinal_end_ok(q, x.end(), bool(x.group(2)))
                     or (x.group(2) and _INSIDE_SHOWN.search(q[:x.start()]))), None)):
        value = numeral_value(m.group(1))
        if value:
            r.position = -value if m.group(0).startswith("倒数") else value - 1
            r.rest = _cut(q, *m.span())
    elif (m := _QI.search(q)) or (m := _SAID_MARKER.search(q)):
        r.position, r.rest = (numeral_value(m.group(1)) or 1) - 1, _cut(q, *m.span())
    elif (m := _EN_ORDINAL.search(q)):
        word = m.group(1).lower()
        if word in ("next", "previous"):
            r.relative = 1 if word == "next" else -1
        else:
            r.position = EN_ORDINALS.get(word, 1) - 1
        r.rest = _cut(q, *m.span())
    rest = r.rest
    if (m := _PRONOUN.search(rest)):
        r.deictic, r.plural = True, "们" in m.group(0)
        rest = _cut(rest, *m.span())
    if (m := _DEMONSTRATIVE.search(rest)):
        r.label = content_words(re.split(r"[，,。；;：:]", rest[:m.start()])[-1])
        after = _words(rest[m.end():])
        plural = "些" in m.group(0)
        if not (after and after[0] in _THE_TEXT or _THE_MEETING.match(rest[m.end():].lstrip())):
            # "这个讲话一共讲了几点", "这个会在哪开的" ask about the speech itself
            if not after or after[0] in KIND_NOUNS or after[0] in FRAMING or after[0] in _NOT_BOUND \
                    or "事" in m.group(0):  # "这事儿花多少钱": 事 is the noun it binds, the matter answered
                r.deictic, r.plural = True, r.plural or plural
            else:
                r.bound, r.plural = after[0], r.plural or plural
            rest = _cut(rest, *m.span())
    if (m := _EN_DEICTIC.search(rest)):
        r.deictic, r.plural = True, m.group(1).lower() in ("these", "those", "them")
        rest = _cut(rest, *m.span())
    r.rest = re.sub(r"\s+", " ", rest).strip()
    return r


def is_elaboration(question: str) -> bool:
    """A request for more with no topic of its own: "具体说说", "有没有例子", "为什么?", "why?"."""
    words = _words(question)
    return bool(words) and all(framing(w) for w in words)


def ellipsis_subject(question: str) -> str | None:
    """The … of "那…呢" ("那学校呢" → "学校"); None when the question is not of that form."""
    q = question.strip()
    if not re.search(r"(?:呢|又如何|又怎么样|情况呢)\s*[?？。!！]*$|^(?:what|how) about\b", q, re.I):
        return None
    m = _ELLIPSIS.match(q)
    subject = _CONNECTIVE.sub("", m.group(1)).strip() if m else ""
    return subject or None


def leans_on_previous(question: str) -> bool:
    """Whether a question has a form that may lean on the turn before it (used to walk back a chain).

    The form alone decides here; :func:`resolve_followup` then checks the reference
    against the last turn itself.
    """
    return read_question(question).refers or is_elaboration(question) or ellipsis_subject(question) is not None


# An ordinal with the unit of a place in a text: "第一部分", "第五个方面", "第6条", "第（二）项".
_PLACES = re.compile(rf"第\s*({_N})\s*(?:个|小?条|小?点|小?项|大?方面|部分|章|节|大?块|板块|类|种)")


def last_ordinal(question: str) -> int | None:
    """The place (0-based) the last of two or more ordinals names ("第五个方面第2条": 1), else None."""
    found = _PLACES.findall(question)
    value = numeral_value(found[-1]) if len(found) >= 2 else None
    return value - 1 if value else None


def ordinals_in(question: str) -> int:
    """How many ordinals a question names ("第二部分的第三项": 2)."""
    return sum(_ordinal_end_ok(question, x.end(), bool(x.group(2))) for x in _ORDINAL.finditer(question)) \
        + len(_EN_ORDINAL.findall(question))


def referenced_position(question: str) -> int | None:
    """0-based item position an ordinal in a question names (-1 for "the last"), or None."""
    return read_question(question).position


# "附件有几个", "通知带了几个附件", "时间安排分几个阶段", "主要任务有几项": how many parts a heading has;
# its own title or a word for parts may follow the count, nothing else ("有几个村" counts villages);
# a bare 多少 asks a figure ("进出口总额是多少").
_COUNTS_PARTS = re.compile(r"(?:几|多少(?=\s*[个项类条点步]))\s*个?(?:[项类条点步]|阶段|方面|部分|环节|步骤)?"
                           r"([\u4e00-\u9fff]{0,6}?)(?=$|[？?。，,！!\s]|呢|吗|啊)")


def counts_parts_of(question: str, title: str) -> bool:
    """Whether a question asks how many parts the heading ``title`` has, the count being its number of
    sub-headings or items rather than a figure of the text."""
    m = _COUNTS_PARTS.search(question)
    return bool(m) and (not m.group(1) or m.group(1) in normalize(title))
