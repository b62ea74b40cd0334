"""What a question asks for: the kind of fact, the words it is about, and the periods it names.

A question such as "乡村医生每月补贴标准是多少?" asks for a *quantity* about *补贴标准*; the
speech answers it only if a clause about 补贴标准 holds a figure. These are plain,
testable rules over the question's words (no model): :mod:`qa.refusal_features`
checks them against the retrieved sentences.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import jieba

from index.tokenize import normalize, tokenize

from .everyday_words import official_words
from .glossary import chinese_terms, focus_terms
from .guard import question_language
from .measure import asks_total, bound_asked, change_asked, counted_one, measure_asked, sum_asked
from .frame_words import DIRECTION, FACT_FRAME, FRAME_WORDS, VERB_AND_MEASURE
from .question_names import ASKING_PART as _ASKING_PART, entity_words, stated_figures
from .question_words import counts_points, numbered_names

# "几点钟", "几点开始": a time of day ("讲了几点" counts points)
_HOUR_ASKED = r"几点钟|几点(?=开|开始|结束|举行|召开|集合|出发|到)|what time"
# "What GDP growth target did the county set", "what deficit ratio will the report set": the figure is
# the object of the question, named right after "what" and before its verb
EN_FIGURE_OBJECT = (r"\bwhat (?:[\w'-]+ ){0,4}?(?:growth|ratio|rate|proportion|output)(?: target| goal)?"
                    r" (?:did|does|do|will|would|has|have|is|was|are|were|for|in)\b")
# Fact kinds a sentence can be checked for, and the words that ask for each (Chinese, English).
_ASKS: dict[str, str] = {
    "date": r"哪一?天|哪一?日|何时|何日|什么时候|什么时间|啥时候|哪一?年|何年|几月|几号(?![线楼院])|几日|日期|时间节点|多长时间|多久"
            r"|" + _HOUR_ASKED +
            r"|\bwhen\b|what year|which year|what date|which day|what day",
    "quantity": r"多少|多大|多高|多长|多远|多重|多快|几成|百分之几|比例|比重|占比|增幅|增速|第几"
                r"|(?<!哪)几(?=[个项家所座处名人次条种起倍元亿万千百十公亩平米吨辆张份户年天岁级台套])"
                r"|how many|how much|what percentage|what share|what proportion|by how much|what rate"
                r"|\bwhat (?:is|was|are|were|will be) (?:the )?[\w\s'-]{0,40}?\b(?:ratio|rate|growth|proportion|output)\b"
                r"|" + EN_FIGURE_OBJECT,
    # "为什么人少", "没什么人住": no person asked
    # "重点打谁", "主要帮扶谁", "补给谁": the target of a doing is a group the text names, not a person
    # "哪个部门负责", "什么单位牵头": a body answers as a person does
    "person": r"(?<![打帮扶补给对向管罚奖])谁|哪位|哪(?!些)(?:个|家|一个)?(?:[\u4e00-\u9fff]{0,4}?(?:部门|单位|机构|机关|公司|设计院|研究院))|什么(?:部门|单位|机构)|(?<![为没])什么人|何人|姓名|[长记任员者人]叫什么|\bwho\b|\bwhom\b|\bwhose\b",
    # "几路车", "几号线": a route or line is asked by its number, a name of its own
    "name": r"叫什么|全称|名称|称为什么|名字|几路(?:车|公交|线)?(?![费径程])|几号线|哪(?:一)?路(?:车|公交)|what is .{0,40}\bcalled\b|\bname of\b|\btitle of\b",
    # "钱从哪里来" asks a source, answered by measures, not a place
    "place": r"在哪(?![些几]|[一个]?(?:部分|章|节|块|板块|段))|(?<!从)哪里|(?<!从)哪儿|什么地方|何地|何处|哪个(?:会场|地方|城市|省|市|县|区|镇|乡|村|街道|场所)|哪座城市"
             r"|哪次会议|地点|会场|\bwhere\b|which city|what venue|what place",
    "reason": r"为什么|为何|原因|缘何|怎么会|\bwhy\b",
    "list": r"哪些|哪几|有什么|分别|列举|都有|what are|which .{0,30}\b(?:are|were)\b|\blist\b",
}
_ASK_RE = {kind: re.compile(pat, re.I) for kind, pat in _ASKS.items()}
# Where a meeting was held ("这个推进会是在哪开的", "大会在哪个会场开的"): its venue, which a place the
# speech names for something else (the villages that spoke at it) does not tell.
VENUE_ASKED = re.compile(r"会(?:议)?[^，,。？?]{0,6}(?:在哪|哪里|哪儿|什么地方|哪个(?:会场|地方|场所))|会场|会议地点|开会地点"
                         r"|\bvenue\b|where (?:was|is|will) the (?:meeting|conference|session)", re.I)
_PLACE_IN_TEXT = re.compile(r"第几(?:个)?(?:部分|章|节|板块|篇章|段)")
FACT_KINDS = ("quantity", "date", "person", "name", "place")  # kinds a sentence can be checked for

# Time words a question may name; a speech about another year does not answer it. ("比上年" compares.)
# A four-digit number is a year with 年, or standing alone ("2021 GDP"); "2000元", "2025万" are sums.
PERIOD = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?:\s*年|(?![\d.．%％]|\s*[万亿千百元人个户家辆台套吨亩米件项所座名次条块张份]))|[今去明前]年|[上下]半年|[一二三四1-4]季度"
                    r"|[一二三四五六七八九十]{2,3}五|近[一二三四五六七八九十两\d]+年|过去[一二三四五六七八九十两\d]+年"
                    r"|\b(?:19|20)\d{2}\b|this year|last year|next year")
_EN_PERIODS = {"this year": "今年", "last year": "去年", "next year": "明年"}

# "那一条", "这次", "其中": words that point back or around, not at a subject.
_DEICTIC = re.compile(r"^(?:[这那该此其本]?[一两几]?[次条项点个份篇些种样位部家座所块边]|[这那该此其本]|其中|其他|相关|有关"
                      r"|有没有|有无)$")


# "表现在哪里", "难在哪里": where in the figurative sense asks for a list, not a place.
_FIGURATIVE_WHERE = re.compile(r"(?:表现|体现|难|问题|差距|关键|原因|不足|短板|重点|重心|着力点|落脚点|难点|症结|根子|根源|病根|出)(?:主要)?(?:放|摆|落)?(?:在|于)"
                               r"(?:哪里|哪儿|哪些方面|哪)")
# "建在什么位置", "位于什么位置" too, but not "在全省处于什么位置" (a rank, a role): 位置 is a place
# only right after 在/址 or 位于, and not after 摆在/放在 ("把生态保护摆在什么位置").
_WHERE_PHRASE = re.compile(r"(?:什么|哪个|哪一个|啥|哪块|哪片)(?:地方|地点)|(?:(?<=[^摆放置]在)|(?<=址)|(?<=位于))(?:什么|哪个|啥)位置")
# "这个方案的改造目标", "本规划提出…": the text named by its genre is no subject of the question.
_TEXT_ITSELF = re.compile(r"(?:这个|这份|这篇|这项|本|该|此)(?:方案|规划|通知|决定|纪要|要点|通报|批复|办法|条例|规定"
                          r"|计划|文件|报告|意见|讲话)")
# Words that ask something other than a count: with them, "几个单位" is a determiner, not a question.
_OTHER_ASK = re.compile(r"怎么|如何|怎样|什么|哪些|为什么|为何|谁")
# "第二个原因": the ordinal points at an item of the speech's own list; no passage says it.
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百\d]+(?:[个条点项款件次]|部分|方面)$")
# The same ordinal when jieba cuts it from its classifier ("第三方面" -> 第三 / 方面).
_ORDINAL_RUN = re.compile(r"第[一二三四五六七八九十百\d]+(?:[个条点项款件次]|部分|方面)")
# Where jieba glues a classifier or a verb to the word next to it ("多少家规上企业" -> 家规,
# "比重要" -> 重要, "县有" , "率要"), a space keeps them apart.
_GLUE = (re.compile(r"((?:多少|几)[个项家所座处名人次条种起倍张份户台套批类])()"),
         re.compile(r"(比重|占比|比例|[率量值额数])(要|是|为|将|有|得|能|会)"),
         re.compile(r"([\u4e00-\u9fff])((?:定|设|放|选|落)在)"),  # "服务日定在哪一天" -> 服务日 / 定在
         re.compile(r"([县市镇省区村内时])(有|要)"),
         re.compile(r"(多[大高长远重宽深])([\u4e00-\u9fff])"),  # "扩大了多大面积" -> 大面积
         re.compile(r"(最多|最少|至少|起码)([\u4e00-\u9fff])"))  # "最多用多少": a bound, then the verb


@dataclass(frozen=True)
class Asked:
    """What a question asks: fact kinds (most specific first), its focus words, its periods.
    One reading is shared by every caller of :func:`asked` for the same question: read only."""

    kinds: list[str] = field(default_factory=list)
    focus: list[str] = field(default_factory=list)  # content words, nearest to the asking word first
    periods: list[str] = field(default_factory=list)  # "2022年", "去年", "上半年", "十四五"
    precision: str | None = None  # for a date: "hour" (几点钟), "day" (哪天) or "year" (哪一年)
    subject: str = ""  # the two focus words nearest the asking word, in the question's order
    entities: list[str] = field(default_factory=list)  # names: places, organisations, terms (深圳, PPP)
    measure: str | None = None  # for a quantity: the measure word, "money", "rate" or "change" (qa.measure)
    sum_of: str | None = None  # for a sum of money: the noun it is a sum of (投资, 补贴)
    total: bool = False  # a quantity asked as how many there are (有多少), not how many were added
    bound: str | None = None  # a quantity's bound asked: "lower" (最低, 至少) or "upper" (最高, 最多)
    stated: list[str] = field(default_factory=list)  # figures the question itself gives ("那个2亿的基金": 2亿)
    counted_one: str = ""  # a one-character noun counted ("多少个县": 县), which the figure's clause must name
    text: str = ""  # the question, normalized: what it already says is not what it asks

    @property
    def fact(self) -> str | None:
        """The one checkable fact kind asked for (quantity/date/person/place), if any."""
        return next((k for k in self.kinds if k in FACT_KINDS), None)


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


def _clause_of(question: str, pos: int) -> tuple[str, int]:
    """The clause of ``question`` around position ``pos`` and the position within it."""
    starts = [m.end() for m in re.finditer(r"[，,；;？?！!。：:]", question[:pos])]
    start = starts[-1] if starts else 0
    m = re.search(r"[，,；;？?！!。：:]", question[pos:])
    end = pos + m.start() if m else len(question)
    return question[start:end], pos - start


# "多少起违法案件", "几处重大隐患": a count leading the noun it counts, by its measure word.
_COUNT_LEADS = re.compile(r"(?:多少|几)\s*(?:万|亿|千|百)?\s*(?:个|项|条|件|处|起|家|所|座|名|位|户|辆|台|套|张|种|类|批|支|场)")


def _counted_noun(question: str, at: int) -> str:
    """The noun a count leads ("罚没了多少起违法案件": 违法案件), its first two words, else "": the
    subject a decline names ("未给出违法案件的具体数字"), not the verb before the count."""
    clause, local = _clause_of(question, at)
    lead = _COUNT_LEADS.search(clause, max(local - 2, 0))
    if lead is None or lead.start() > local + 2:
        return ""
    return "".join(_focus_candidates(clause[lead.end():])[:2])


# "绿色食品产业的任务期限": the due date of the task named before it; 任务 names no task itself.
_TASK_DUE = re.compile(r"(?:任务|工作|事项)(?=(?:的)?(?:期限|时限|截止日期|截止时间))")


# The ends of a span of time, asked of a date: a text writes the span ("4月1日至12月31日", "自…起施行");
# and the once of a frequency ("多久收一次", typed "多久收一会"): a text says "每月至少收集一次".
_SPAN_ENDS = frozenset("开始 结束 起止 为止 到期 开始时间 结束时间 一次 一回 一会 一趟 一遍".split())


# The asking pronoun itself, held apart before the words are cut: "哪天开的会" cut whole gives "天开".
_ASKING_PRONOUN = re.compile(r"哪一?[天日年]|何[时日年]|什么时[候间]|啥时候|几月几[日号]|几月|几号|几日|多少|多久"
                             # "管到哪一年" asks a year, not a place
                             r"|(?:从|打)?哪[里儿]?来|(?:去|到)哪(?:[里儿]|(?!一?[天日年月号]))|哪[里儿]"
                             r"|(?:各|分别)(?:是|为|有|达到)")  # "收入各是多少": 各是 frames the figures asked


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
    clause, local = _clause_of(question, at)
    before, after = _focus_candidates(clause[:local]), _focus_candidates(clause[local:])
    near: list[str] = []
    for i in range(max(len(before), len(after))):  # interleave: the word just before, then just after
        if i < len(before):
            near.append(before[-1 - i])
        if i < len(after):
            near.append(after[i])
    rest = [w for w in _focus_candidates(question) if w not in near]
    return list(dict.fromkeys(near + rest))


_COMPARED_WITH = re.compile(r"(?:比|较|同|与|相比|高于|低于|超过)$")
# "今年的改厕任务比去年多还是少", "增速比去年高还是低", "是增加了还是减少了": a comparison asked, which
# takes the figure of each period compared
COMPARISON_ASKED = re.compile(r"(?:增加|增长|提高|上升|扩大|多|高|大|快|增|涨|升)了?还是(?:减少|下降|降低|缩小|少|低|小|慢|减|降|跌)"
                              r"|(?:是)?(?:增|涨|升|多)是(?:减|降|少)"
                              # "今年改厕任务比去年多吗": this year's figure against the year named
                              r"|比(?:去年|上年|前年|上一年|往年)[^，,。？?多少]{0,4}?(?:多(?!少)|(?<!多)少|高|低|快|慢|大|小)了?"
                              r"(?:吗|么|不|没有|呢|[？?]|$)")


def question_periods(question: str) -> list[str]:
    """The years and periods a question names, normalised ("2022年", "去年", "上半年")."""
    found = []
    compares = COMPARISON_ASKED.search(question) is not None
    for m in PERIOD.finditer(question.lower()):
        if _COMPARED_WITH.search(question[:m.start()]) and not compares:
            continue  # "比前年增长了几个点": what it is measured against, unless the comparison is asked
        text = _EN_PERIODS.get(m.group(0), m.group(0)).replace(" ", "")
        if re.fullmatch(r"(?:19|20)\d{2}", text):
            text += "年"
        found.append(text)
    return list(dict.fromkeys(found))


@lru_cache(maxsize=1024)
def asked(question: str) -> Asked:
    """Read what ``question`` asks for (see the module docstring). Remembered: the refusal
    features, the judge, the fact veto and the answer each read the same question."""
    hits = []
    # "在什么地方召开": 地方 is the asking phrase (where), not a word the answer must hold.
    plain = _WHERE_PHRASE.sub("哪里", _FIGURATIVE_WHERE.sub("哪些", _TEXT_ITSELF.sub(" ", question)))
    for kind, pattern in _ASK_RE.items():
        m = pattern.search(plain)
        if m:
            hits.append((kind, m.start()))
    # "一共几条，分别是什么" asks for a list; "几月几号" a date, not a quantity.
    kinds = [k for k, _ in hits]
    if "date" in kinds and "quantity" in kinds and not re.search(r"多少|比例|比重", question):
        kinds.remove("quantity")
    if "quantity" in kinds and not re.search(r"多少|比例|比重|占比|第几|百分之几|多大|多高|多长|多远", question) \
            and _OTHER_ASK.search(question):
        kinds.remove("quantity")
    if "list" in kinds and "quantity" in kinds and re.search(r"分别是什么|分别是哪|哪几", question) \
            and not re.search(r"多少", question):
        kinds.remove("quantity")
    if "quantity" in kinds and not re.search(r"多少|比例|比重|占比|百分之几", question) and counts_points(question):
        kinds.remove("quantity")
        if "list" not in kinds:
            kinds.append("list")
    # "在文件的第几部分" asks where the text says it, not a figure it gives.
    if "quantity" in kinds and _PLACE_IN_TEXT.search(question) and not re.search(r"多少|多大|比例|比重|占比", question):
        kinds.remove("quantity")
    at = next((pos for k, pos in hits if k == (next((x for x in kinds if x in FACT_KINDS), None))), None)
    precision = None
    if "date" in kinds:
        if re.search(_HOUR_ASKED, question, re.I):
            precision = "hour"
        elif re.search(r"哪一?天|哪一?日|何日|几号|几日|日期|what date|which day|what day", question, re.I):
            precision = "day"
        elif re.search(r"哪一?年|何年|what year|which year", question, re.I):
            precision = "year"
        elif re.search(r"多久|多长时间|多长期限|多少年|几年|how long", question, re.I):
            precision = "span"
    periods = question_periods(question)
    compared = COMPARISON_ASKED.search(plain)  # "增加了还是减少了" asks; its words are not the subject
    if compared and periods and "今年" not in periods and periods[0] in ("去年", "前年"):
        periods = ["今年", *periods]  # "目标比去年多还是少": this year's against last year's
    # "过去五年": the period is asked as a period, not as the words 过去 and 五年 a sentence must hold
    focus = [w for w in focus_words(plain, at) if not any(w in p for p in periods)
             and not (compared and w in compared.group(0))]
    if "quantity" in kinds and (change := change_asked(plain)) and change not in focus:
        focus.append(change)  # "涨了几个点": the clause that says 增长, not one of a fall of the same thing
    if kinds[:1] == ["date"]:  # "从什么时候开始到什么时候结束", "多久收一次": the span or frequency asked
        focus = [w for w in focus if w not in _SPAN_ENDS]
    measure = measure_asked(plain) if "quantity" in kinds \
        else "venue" if kinds[:1] == ["place"] and VENUE_ASKED.search(plain) else None
    if measure == "phone":  # "热线号码是多少": the 号码 is what is asked, the text gives "热线0571-…"
        focus = [w for w in dict.fromkeys(w.replace("号码", "") for w in focus) if w]
    near = sorted(focus[:2], key=lambda w: normalize(plain).find(w))
    if question_language(question) == "zh" and at is not None:
        near = _counted_noun(plain, at) or near
    return Asked(kinds=kinds, focus=focus, periods=periods, precision=precision,
                 subject="".join(near) if question_language(question) == "zh" else " ".join(near),
                 entities=entity_words(question),
                 measure=measure,
                 sum_of=sum_asked(plain) if "quantity" in kinds else None,
                 total="quantity" in kinds and asks_total(plain),
                 bound=bound_asked(plain) if "quantity" in kinds else None,
                 stated=stated_figures(question), text=normalize(question),
                 counted_one=counted_one(plain) if "quantity" in kinds else "")


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
    plain = _ORDINAL_RUN.sub(" ", _ASKS_REQUIREMENTS.sub(" ", _TEXT_ITSELF.sub(" ", question)))
    for glue in _GLUE:
        plain = glue.sub(r"\1 \2", plain)
    tokens = [_unglue_modal(w) for w in tokenize(_ASKING_PRONOUN.sub("，", _WHERE_PHRASE.sub("哪里", plain)))]
    dropped = [w for w in tokens if w in FRAME_WORDS or _ASKING_PART.search(w) or _DEICTIC.match(w)
               or _ORDINAL.match(w)]
    # Search mode also yields the pieces of a dropped word ("具体内容" -> "体内"): they go with it.
    return [w for w in tokens if w not in dropped and not any(w in d for d in dropped if len(d) > len(w))]
