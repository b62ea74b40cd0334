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

from index.tokenize import normalize

from .guard import question_language
from .measure import asks_total, bound_asked, change_asked, counted_one, measure_asked, sum_asked
from .question_names import entity_words, stated_figures
from .question_terms import PERIOD, TEXT_ITSELF, WHERE_PHRASE, counted_noun, focus_words
from .question_words import counts_points

# "几点钟", "几点开始", "几点可以扔", "几点以前": a time of day ("讲了几点", "几点要求" count points).
# After 几点 a time of day takes a modal, a verb of doing or a before/after; a count takes a noun.
_HOUR_ASKED = (r"几点钟|几点(?=开|开始|结束|举行|召开|集合|出发|到|可以|能|可|得|才|就|前|以前|之前|后|以后|之后|起"
               r"|上班|下班|营业|关门|办理|投放|扔|倒|收|送|报到|截止)|what time")
# "What GDP growth target did the county set", "what deficit ratio will the report set": the figure is
# the object of the question, named right after "what" and before its verb
EN_FIGURE_OBJECT = (r"\bwhat (?:[\w'-]+ ){0,4}?(?:growth|ratio|rate|proportion|output)(?: target| goal)?"
                    r" (?:did|does|do|will|would|has|have|is|was|are|were|for|in)\b")
# The parties a who-question can ask by their kind ("哪个部门负责", "哪家银行出资"): a body answers as a person does.
PARTY_NOUNS = ("部门", "单位", "机构", "机关", "公司", "设计院", "研究院", "银行", "企业", "医院", "学校", "高校",
               "协会", "商会", "合作社")
# Fact kinds a sentence can be checked for, and the words that ask for each (Chinese, English).
_ASKS: dict[str, str] = {
    "date": r"哪一?天|哪一?日|何时|何日|什么时候|什么时间|啥时候|哪一?年|何年|几月份?|哪个月份?|几号(?![线楼院])|几日|日期|时间节点|多长时间|多久"
            r"|" + _HOUR_ASKED +
            r"|\bwhen\b|what year|which year|what date|which day|what day",
    "quantity": r"多少|多大|多高|多长|多远|多重|多快|几成|百分之几|比例|比重|占比|增幅|增速|第几"
                # a number to call asked by what it is: "投诉打什么电话", "热线是啥"
                r"|(?:拨打|打)(?:什么|哪个|啥)(?:电话|号码|热线)|(?:电话|热线|号码)(?:是)?(?:什么|啥)(?!时候|时间|地方)"
                r"|(?<!哪)几(?=[个项家所座处名人次条种起倍元亿万千百十公亩平米吨辆张份户年天岁级台套])"
                r"|how many|how much|what percentage|what share|what proportion|by how much|what rate"
                r"|\bwhat (?:is|was|are|were|will be) (?:the )?[\w\s'-]{0,40}?\b(?:ratio|rate|growth|proportion|output)\b"
                r"|" + EN_FIGURE_OBJECT,
    # "为什么人少", "没什么人住": no person asked
    # "重点打谁", "主要帮扶谁", "补给谁": the target of a doing is a group the text names, not a person
    # "哪个部门负责", "什么单位牵头": a body answers as a person does
    "person": r"(?<![打帮扶补给对向管罚奖])谁|哪位|哪(?!些)(?:个|家|一个)?(?:[\u4e00-\u9fff]{0,4}?(?:" + "|".join(PARTY_NOUNS) + r"))|什么(?:部门|单位|机构)|(?<![为没])什么人|何人|姓名|(?<=[长记任员者人])叫什么|\bwho\b|\bwhom\b|\bwhose\b",
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

_EN_PERIODS = {"this year": "今年", "last year": "去年", "next year": "明年"}


# "表现在哪里", "难在哪里": where in the figurative sense asks for a list, not a place.
# "钱主要用在哪里", "资金花在哪", "投向哪些领域": what money goes to, not a place
_FIGURATIVE_WHERE = re.compile(r"(?:表现|体现|难|问题|差距|关键|原因|不足|短板|重点|重心|着力点|落脚点|难点|症结|根子|根源|病根|出"
                               r"|用|花|投|使用|投入|投放)(?:主要)?(?:放|摆|落)?(?:在|于|到|向)"
                               r"(?:哪里|哪儿|哪些方面|哪些领域|哪)")
# Words that ask something other than a count: with them, "几个单位" is a determiner, not a question.
_OTHER_ASK = re.compile(r"怎么|如何|怎样|什么|哪些|为什么|为何|谁")

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


# The part a party asked by "谁/哪个部门" plays: a role any body named may fill, not what the question is
# about; it counts toward a sentence holding the fact only beside the subject (see qa.fact_match).
ROLE_ASKED = re.compile(r"负责|牵头|主管|分管|主抓|承担|主办|承办|出资|出钱|负总责")


# The ends of a span of time, asked of a date: a text writes the span ("4月1日至12月31日", "自…起施行");
# and the once of a frequency ("多久收一次", typed "多久收一会"): a text says "每月至少收集一次".
_SPAN_ENDS = frozenset("开始 结束 起止 为止 到期 开始时间 结束时间 一次 一回 一会 一趟 一遍".split())


_COMPARED_WITH = re.compile(r"(?:比|较|同|与|相比|高于|低于|超过)$")
# "今年的改厕任务比去年多还是少", "增速比去年高还是低", "是增加了还是减少了": a comparison asked, which
# takes the figure of each period compared
COMPARISON_ASKED = re.compile(r"(?:增加|增长|提高|上升|扩大|多|高|大|快|增|涨|升)了?还是(?:减少|下降|降低|缩小|少|低|小|慢|减|降|跌)"
                              r"|(?:是)?(?:增|涨|升|多)是(?:减|降|少)"
                              # "今年改厕任务比去年多吗": this year's figure against the year named
                              r"|比(?:去年|上年|前年|上一年|往年)[^，,。？?多少]{0,4}?(?:多(?!少)|(?<!多)少|高|低|快|慢|大|小)了?"
                              r"(?:吗|么|不|没有|呢|[？?]|$)")


# Words for a sum of any kind: the measure asked, not a subject a clause must name.
ANY_SUM = frozenset(("金额", "数额", "钱数", "款项", "钱"))
# Words for the size of a thing ("基金规模多少", "园区体量多大"): the figure asked, which a text gives
# in its units ("设立3亿元产业引导基金"), not a word a clause must hold.
SIZE_WORDS = frozenset(("规模", "体量"))
# ... asked as such: the size word right before the asking word, not 规模以上 or 规模化供水
SIZE_ASKED = re.compile(r"(?:规模|体量)(?:是|有|为|达到?|能有)?(?:多少|多大|几|怎样|如何)")


_NUMBER_NOUN = re.compile(r"号码|电话|热线")


def without_measure_words(words: list[str], measure: str | None, quantity: bool, question: str) -> list[str]:
    """``words`` (a question's focus or coverage words) without those that name the measure asked
    rather than a subject: 钱/金额 of a sum ("罚款金额是多少"), 规模/体量 of a size ("基金规模多少",
    not 规模以上工业), 电话/热线 of a number to call ("举报电话" asks 举报's); unchanged when nothing else
    would be left."""
    if measure == "money":
        words = [w for w in words if w not in ANY_SUM] or words
    if quantity and SIZE_ASKED.search(question):
        words = [w for w in words if w not in SIZE_WORDS] or words
    if measure == "phone":  # "举报电话是多少" of "通过12345政务服务便民热线投诉、举报": the 电话 is what is asked
        words = [w for w in dict.fromkeys(_NUMBER_NOUN.sub("", w) for w in words) if len(w) >= 2] or words
    return words


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


# A follow-up read onto an item's lead ("三是抓好地质灾害防治。 谁牵头"): the item's marker is no word
# the answer must hold
_LIST_MARKER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[是要](?![否不])|其[一二三四五六七八九十][，,、]?"
                          r"|第[一二三四五六七八九十]{1,3}[，,、]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d))")


@lru_cache(maxsize=1024)
def asked(question: str) -> Asked:
    """Read what ``question`` asks for (see the module docstring). Remembered: the refusal
    features, the judge, the fact veto and the answer each read the same question."""
    hits = []
    # "在什么地方召开": 地方 is the asking phrase (where), not a word the answer must hold.
    plain = WHERE_PHRASE.sub("哪里", _FIGURATIVE_WHERE.sub("哪些", TEXT_ITSELF.sub(" ", _LIST_MARKER.sub("", question))))
    for kind, pattern in _ASK_RE.items():
        m = pattern.search(plain)
        if m:
            hits.append((kind, m.start()))
    # "一共几条，分别是什么" asks for a list; "几月几号" a date, not a quantity.
    kinds = [k for k, _ in hits]
    if "date" in kinds and "quantity" in kinds and not re.search(r"多少|比例|比重", question):
        kinds.remove("quantity")
    if "quantity" in kinds and not re.search(r"多少|比例|比重|占比|第几|百分之几|多大|多高|多长|多远", question) \
            and _OTHER_ASK.search(question) and measure_asked(question) != "phone":
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
    # "罚款金额是多少", "基金规模多少": the sum or size asked, which the figure in its unit gives
    focus = without_measure_words(focus, measure, "quantity" in kinds, plain)
    if measure == "phone":  # "热线号码是多少": the 号码 is what is asked, the text gives "热线0571-…"
        focus = [w for w in dict.fromkeys(w.replace("号码", "") for w in focus) if w]
    near = sorted(focus[:2], key=lambda w: normalize(plain).find(w))
    if question_language(question) == "zh" and at is not None:
        near = counted_noun(plain, at) or near
    return Asked(kinds=kinds, focus=focus, periods=periods, precision=precision,
                 subject=_subject(normalize(plain), near, at, focus) if question_language(question) == "zh"
                 else " ".join(near),
                 entities=entity_words(question),
                 measure=measure,
                 sum_of=sum_asked(plain) if "quantity" in kinds else None,
                 total="quantity" in kinds and asks_total(plain),
                 bound=bound_asked(plain) if "quantity" in kinds else None,
                 stated=stated_figures(question), text=normalize(question),
                 counted_one=counted_one(plain) if "quantity" in kinds else "")


# A character jieba leaves alone before a word, which is part of the name ("茶博会": 茶 + 博会), unless it
# frames the clause (的, 是, 要, 在…).
_FRAME_CHARS = frozenset("的了是在和与及把被对要就也都还又将给向从让由为着过吗呢吧啊这那其该本各每某我你他她它们去到来说讲年月日号里内中上下")


_ASK_BETWEEN = re.compile(r"什么|多少|几|哪|谁|何|啥|怎")


def _subject(plain: str, near: list[str] | str, at: int | None, focus: list[str]) -> str:
    """The subject a decline names, as the question writes it: the near words run together where
    they stand side by side ("县长", "房价每平米"), else the one nearest the ask ("今年一件事新增
    多少项": 新增, not "一件新增"); a lone content character before it stays with it ("茶博会")."""
    words = [near] if isinstance(near, str) else list(near)
    if len(words) == 2:
        a, b = plain.find(words[0]), plain.find(words[1])
        gap = plain[a + len(words[0]):b] if 0 <= a < b else "x"
        if a >= 0 and b >= 0 and len(gap) <= 2 and all(c not in _FRAME_CHARS and "\u4e00" <= c <= "\u9fff" for c in gap):
            words = [plain[a:b + len(words[1])]]  # "园区总投资": a character between, as the question writes it
        elif 0 <= a < b and _ASK_BETWEEN.search(gap) and not re.search(r"(?:多少|几)$", gap):
            words = [words[0]]  # "大班额问题什么时候解决": the subject stands before its ask
    subject = _joined(words)
    start = plain.find(subject)
    # "大班额" + "问题", once: "每月" (a rate, as 每年) is not what a decline names
    left = next((w for w in focus if len(w) >= 2 and w[0] not in _FRAME_CHARS and plain.find(w) >= 0
                 and plain.find(w) + len(w) == start), None) if start > 0 else None
    if left:
        subject, start = left + subject, plain.find(left)
    if start >= 1 and re.fullmatch(r"[\u4e00-\u9fff]", plain[start - 1]) and plain[start - 1] not in _FRAME_CHARS \
            and (start == 1 or not re.fullmatch(r"[\u4e00-\u9fff0-9a-z]", plain[start - 2])):
        subject = plain[start - 1] + subject
    return subject


def _joined(words: list[str]) -> str:
    """Words of a question run together, a character two words share written once ("县长"
    and "长叫", which jieba cut from "县长叫", are "县长叫", not "县长长叫")."""
    out = ""
    for w in words:
        k = next((k for k in range(min(len(out), len(w)) - 1, 0, -1) if out.endswith(w[:k])), 0)
        out += w[k:]
    return out
