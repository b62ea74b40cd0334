"""What a question asks for: a list of problems/tasks/measures, a figure, completeness, a heading."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .asked import COMPARISON_ASKED, EN_FIGURE_OBJECT
from .causes_asked import causes_of_problems_asked
from .guard import question_language
from .measure import RATE_POINTS
from .text_asked import (_ASPECTS_ASKED, _COMPLETE_ASKED, _COMPLETE_CUES, _OUTLINE_CUES, _TEXT_ITSELF, _TURNS_ASKED,
                         _asks_summary, _asks_text_parts)

# Topic words, in Chinese and English, and the heading words that mark the matching section.
TOPICS: dict[str, dict[str, tuple[str, ...]]] = {
    "problems": {"ask": ("问题", "困难", "短板", "不足", "瓶颈", "矛盾", "挑战", "差距", "毛病", "难处", "痛点", "problem",
                         "issue", "challenge", "shortcoming", "weakness", "difficult"),
                 "heading": ("问题", "不足", "短板", "困难", "挑战")},
    # A report on one's own work (述职报告, 工作总结) titles its plans "下一步工作打算", "明年工作思路".
    "tasks": {"ask": ("任务", "重点工作", "怎么做", "怎么干", "部署", "下一阶段", "下一步", "task",
                      "priorit", "next stage", "next step"),
              "heading": ("任务", "重点工作", "工作安排", "部署", "工作打算", "工作思路", "工作计划", "工作设想")},
    "measures": {"ask": ("保障措施", "措施", "保障", "measure", "safeguard", "guarantee"),
                 "heading": ("保障", "措施")},
    "results": {"ask": ("成效", "成绩", "成果", "进展", "取得", "achievement", "achieved", "accomplish", "progress",
                        "result"),
                "heading": ("成效", "成绩", "成果", "进展")},
}


def topic_words(topic: str) -> tuple[str, ...]:
    """The words that ask for a topic or head its section (问题, 困难, 短板…)."""
    return TOPICS[topic]["ask"] + TOPICS[topic]["heading"]

_LIST_CUES = ("哪些", "哪几", "几个", "几项", "几条", "几点", "几方面", "都有", "列举", "归纳",
              "what are", "which", "list", "key")
# "分了几大块", "有几类", "几大任务", "分几步": the parts of a list counted in everyday words ("几块钱" is money)
_BLOCKS_ASKED = re.compile(r"几大(?![小约概])|几块(?![钱])|几类|几板块|分几步|几个?步骤|几个?阶段")
_DETAIL_CUES = ("什么时候", "何时", "哪一年", "哪年", "哪几年", "哪些年", "多少年", "多长时间", "多久", "哪天",
                "哪一天", "截至", "期限", "谁", "哪位", "叫什么",
                "为什么", "为何", "原因", "什么原则", "什么标准", "什么要求", "什么目标", "目标是", "是多少",
                "when", "who", "why", "what year", "what target", "what principle")
# The noun a question asks for: "按照什么原则" / "哪些措施" / "目标是多少" / "多少钱".
_ASKED_AFTER = re.compile(r"(?:什么|哪些|哪个|哪几个|哪几项|哪几条|哪方面|哪种|多少|几)(?:个|项|条|类|种|点)?([\u4e00-\u9fff]{2,4}?)"
                          r"(?=[？?，,。的]|$|是|要|呢|来|去)")  # "按什么思路来推进": 思路
# "按照什么思路推进": the verb after the noun is what is done by it, not part of the noun asked.
_DOING_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:推进|实施|开展|落实|解决|推动|执行|进行|安排|部署)$")
_ASKED_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:是什么|是啥|是多少|有哪些|有多少|为多少|是哪些|怎么样|如何|有几(?:项|条|点|个方面)(?=[？?。，,！!]|$|呢|啊|吗))")
# "哪几年", "哪几个月": a span of time asked for, not a list.
_TIME_SPAN_ASKED = re.compile(r"哪几(?:年|天|个月|月|周)")
# "多大", "多高", "百分之几": the size of something asked as a measure (qa.asked reads them as a quantity too)
_FIGURE_CUES = ("多少", "几", "数量", "数字", "比例", "比重", "面积", "里程", "多大", "多高", "多远", "多重", "多快",
                "百分之几", "how many", "how much",
                "what percentage", "number")
# "What is the deficit-to-GDP ratio for 2021?", "What was GDP growth in 2020?": a figure, in English.
EN_FIGURE_ASKED = re.compile(r"\bwhat (?:is|was|are|were|will be) (?:the |this year's |last year's )?"
                             r"[\w\s'-]{0,40}?\b(?:ratio|rate|growth|share|proportion|amount|total|output)\b"
                             r"|" + EN_FIGURE_OBJECT, re.I)


_NUMERALS = "一二三四五六七八九十"
_PART_REF = re.compile(r"第([一二三四五六七八九十]+|\d+)(?:部分|大部分|个部分|大点|章|点(?:意见|看法|体会)"
                       # "第三方面的考虑": a point of a list the text announces, not its third part
                       r"|方面(?!的?(?:考虑|原因|问题|措施|任务|要求|理由|成效|短板|困难|挑战|原则|举措))"
                       # "第二个方面讲了什么" is a part of a speech that speaks in 方面; "第三个方面的责任" a point
                       # "第四个方面的意见": the speech's own points ("我讲四个方面的意见")
                       r"|个方面(?!的(?!(?:主要)?内容|意见|看法|体会)))"
                       # "讲话的第二点讲了什么": a point of the text itself is one of its parts
                       r"|(?:讲话|报告|意见|全文|文件|这篇)(?:的|中|里)?第([一二三四五六七八九十]+|\d+)(?:点|个要点)")
# "讲话最后一部分讲了什么": the last part, whatever its number (part -1).
_LAST_PART = re.compile(r"最后(?:一个?|那个?|这个?)?大?部分|最后一章|\b(?:last|final) part\b", re.I)
# "讲了哪几点意见", "谈了几点体会": the speaker's own points, i.e. the speech's parts.
_SPEAKER_SAID = re.compile(r"^(?:讲|谈|提)")
_SPEAKERS = re.compile(r"领导|县长|市长|省长|区长|镇长|乡长|书记|主任|局长|部长|讲话人|发言人|他|她|说|讲|谈|提|了|到|中|里面?")
# "对粮食生产", "在安全生产方面": a subject; "对大家", "对各级干部" the audience, no subject
_ABOUT_A_SUBJECT = re.compile(r"(?:对|关于|围绕|针对|就)(?!大家|我们|各位|各级|全体|与会|同志|干部|这次|本次|此次|会议)"
                              r"[\u4e00-\u9fff]{2,}|[\u4e00-\u9fff]{2,}(?:方面|工作上)")
_POINTS_ASKED = re.compile(r"(?:讲|谈|提)了?(?:哪|几)几?个?点|(?:哪|几)几?个?点(?:意见|看法|体会)")
# The points asked by what they are ("有哪几点体会"): a list a sentence may announce inline, not the parts.
POINTS_OF_NOUN = re.compile(r"(?:哪|几)几?个?点(?:深刻)?(?:意见|看法|体会|考虑|经验|启示|要求|原则|建议)")
_ITEM_REF = re.compile(r"([一二三四五六七八九十])是")
_ONE_OF_THEM = re.compile(r"第[一二三四五六七八九十\d]+[条点个项场招]")
_EN_PART_REF = re.compile(r"\b(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)\s+"
                          r"(?:part\b|main\s+point\b|point\s+of\s+the\s+(?:speech|report|text))", re.I)
EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6}
# "二(一)", "三（三）", "第三部分第一节", "第二章第二节", "第五部分第二条": a section by its place in the outline.
_SECTION_REF = re.compile(r"(?<![一二三四五六七八九十])([一二三四五六七八九十])\s*[(（]([一二三四五六七八九十])[)）]"
                          r"|第([一二三四五六七八九十]+)(?:部分|章)(?:的)?第?[(（]?([一二三四五六七八九十]+)[)）]?"
                          r"(?:节|个方面|方面|点|条|项)")


def position_after_section(question: str) -> int | None:
    """The place (0-based) an ordinal after a section reference names within it ("第二部分第二项的第4点": 3),
    None when nothing follows the reference ("第三部分第一节讲了什么": the section itself)."""
    from .question_form import read_question  # question_form reads this module's numerals
    m = _SECTION_REF.search(question)
    return read_question(question[m.end():]).position if m else None


def numeral_value(token: str) -> int | None:
    """1 for "一"/"1", 10 for "十", 12 for "十二"; None when not a number."""
    if token.isdigit():
        return int(token)
    if token == "十":
        return 10
    if len(token) == 2 and token[0] == "十":
        return 10 + _NUMERALS.index(token[1]) + 1
    if len(token) == 1 and token in _NUMERALS:
        return _NUMERALS.index(token) + 1
    return None


@dataclass
class Intent:
    """The parts of a question that steer retrieval and the shape of the answer."""

    lang: str
    topic: str | None = None  # problems | tasks | measures | results
    wants_list: bool = False
    wants_figure: bool = False
    completeness: bool = False
    outline: bool = False  # asks for the parts of the speech, its outline
    part: int | None = None  # "第一部分" -> 1; "最后一部分" -> -1
    section: int | None = None  # "二(一)" -> part 2, section 1
    items: list[str] = field(default_factory=list)  # "一是" mentioned in the question
    wants_detail: bool = False  # a figure, a date, a person, a reason or a standard: one sentence holds it
    asked: list[str] = field(default_factory=list)  # the nouns asked for ("原则" in "按照什么原则")
    asks_reason: bool = False  # 为什么 / 为何 / 为啥 / 原因 / why
    counted_unit: str | None = None  # "抓了哪几方面" -> 方面: the unit a list question counts in
    points: bool = False  # asks the points a sentence announces ("有哪几点体会"), not the parts: set by the answerer


# "抓了哪几方面", "提了哪几点", "分几类": the unit a question counts in, when it names no noun
ASKED_UNIT = re.compile(r"(?:哪|几)[几些]?(?:个|大)?(方面|点|条|项|件|类|块|部分)")
# ... and ends its clause there: "有哪几点体会" counts 体会, which its own words find
_UNIT_ENDS = re.compile(r"$|[？?，,。！!；;\s呢啊吧]")


# A count after a verb of doing ("问题改完了几个", "今年签了几个项目", "新建了几个站"): things done, a figure the
# text writes ("已完成整改22个"), not a list; after a verb of saying or having ("提了几个要求") it is a list.
_DONE_COUNT = re.compile(r"(?:改|整改|完成|办|办结|建|新建|建成|签|签约|开工|查|查处|处理|解决|销号|化解|引进|招|培训|新增"
                         r"|验收|拆|拆除|关停|淘汰|收购|发放|救助|帮扶)(?:完|好|成|掉|结|出|到)?了?(?:一共|总共|共)?几(?:个|项|条|件|处|起)")


def _has(text: str, cues: tuple[str, ...]) -> bool:
    return any(c in text for c in cues)


# "Which department leads…", "which year…": one party, place or date asked, as 哪个部门 and 哪一年 ask one;
# "which measures", "which departments" ask a list.
_EN_WHICH_ONE = re.compile(r"\bwhich\s+(?:department|office|unit|agency|bureau|body|organi[sz]ation|company|person|official"
                           r"|leader|year|month|day|date|city|county|district|town|township|village|province|place)\b")


def detect_intent(question: str) -> Intent:
    """Read the cues of a question (no model involved: plain, testable rules)."""
    low = _EN_WHICH_ONE.sub("who", question.lower())
    intent = Intent(lang=question_language(question))
    for topic, words in TOPICS.items():
        if _has(low, words["ask"]):
            intent.topic = topic
            break
    listed = _DONE_COUNT.sub(" ", _TIME_SPAN_ASKED.sub("", low))  # "改完了几个" counts things done: a figure
    intent.wants_list = (_has(listed, _LIST_CUES) or bool(_BLOCKS_ASKED.search(question))) \
        and not RATE_POINTS.search(question)  # "覆盖哪几年" asks for years; "涨了几个点" a rate
    intent.wants_figure = (_has(low, _FIGURE_CUES) or bool(EN_FIGURE_ASKED.search(low))
                           or bool(COMPARISON_ASKED.search(question))) and not intent.wants_list  # "比去年多吗": two figures
    intent.completeness = _has(low, _COMPLETE_CUES) or bool(_COMPLETE_ASKED.search(question))
    points = _POINTS_ASKED.search(question)
    if points and (not _SPEAKER_SAID.search(points.group(0)) or _ABOUT_A_SUBJECT.search(question[:points.start()])) \
            and _SPEAKERS.sub("", _TEXT_ITSELF.sub("", question[:points.start()])):
        points = None  # "去年工作有几点体会", "会上对粮食生产提了哪几点要求": points of a subject the question names
    # "几点体会中第三条是什么" names the points to ask one of them, not what they are ("讲了哪几点意见，
    # 第二点是什么" asks both)
    if points and points.group(0).startswith("几") and _ONE_OF_THEM.search(question, points.end()):
        points = None
    intent.outline = _has(low, _OUTLINE_CUES) or _asks_text_parts(question) or _asks_summary(question) \
        or bool(points or _ASPECTS_ASKED.search(question) or _TURNS_ASKED.search(question))
    if (m := _SECTION_REF.search(question)):
        intent.part = numeral_value(m.group(1) or m.group(3))
        intent.section = numeral_value(m.group(2) or m.group(4))
    elif (m := _PART_REF.search(question)):
        intent.part = numeral_value(m.group(1) or m.group(2))
    elif (m := _EN_PART_REF.search(question)):
        intent.part = EN_ORDINALS[m.group(1).lower()]
    elif _LAST_PART.search(question):
        intent.part = -1
    intent.items = [f"{m.group(1)}是" for m in _ITEM_REF.finditer(question)]
    intent.wants_detail = (intent.wants_figure or _has(low, _DETAIL_CUES)) and not intent.wants_list
    intent.asked = asked_nouns(question)
    intent.asks_reason = _has(low, ("为什么", "为何", "为啥", "凭什么", "原因", "理由", "根源", "症结", "why"))
    if causes_of_problems_asked(question):  # "问题产生的原因是什么": the causes the text lists, all of them
        intent.wants_list, intent.wants_detail = True, False
    if _EACH_OF_COUNTED.search(question):  # "三项重点工程分别由谁牵头": each item of the list, with its own
        intent.wants_list, intent.wants_detail, intent.wants_figure = True, False, False
    if (unit := ASKED_UNIT.search(question)) and _UNIT_ENDS.match(question, unit.end()) \
            and not intent.outline and not intent.wants_detail:
        intent.counted_unit = unit.group(1)
    if intent.asks_reason and intent.topic == "problems" and _CAUSE_OF_PROBLEMS.search(question):
        intent.topic = None  # "为啥会出现这些问题": their causes, not the list of problems again
    if intent.topic == "problems" and _solve_asked(question):
        intent.topic = None  # "大班额问题怎么解决": what is done about it, not the list of problems
    if intent.topic == "problems" and (m := _MENTION_OF_A_PROBLEM.search(question)) \
            and not _ANY_PROBLEM.fullmatch(m.group(1)):
        intent.topic, intent.wants_list = None, False  # "有没有提到噪音的问题": whether it speaks of 噪音
    if intent.topic == "problems" and not intent.wants_list \
            and not _has(_PROBLEM_RAISED.sub("", low), TOPICS["problems"]["ask"]):
        intent.topic = None  # "企业反映问题多久给回复": how a raised matter is handled, not the speech's problems
    return intent


def _solve_asked(question: str) -> bool:
    from .remedies import solve_asked  # remedies reads the steering, which reads this module
    return solve_asked(question)


# A detail asked of each item of a counted list ("三项重点工程分别由谁牵头", "四个项目各自投资多少"): the list.
_EACH_OF_COUNTED = re.compile(r"[一二三四五六七八九十两\d]+(?:项|个|条|件|类|大)[\u4e00-\u9fff]{1,8}?(?:分别|各自|各)")
# "有没有提到噪音的问题", "是否涉及停车难的问题": whether a text speaks of one thing, not its list of problems;
# "有没有提到存在的问题" asks of the problems as such.
_MENTION_OF_A_PROBLEM = re.compile(r"(?:有没有|是否|有无)(?:提到|提及|提|讲到|谈到|说到|涉及|讲|说)(?:过|到)?"
                                   r"([^，,。？?！!]{2,12}?)的?(?:问题|短板|不足)(?:吗|呢)?[？?。！!]*$")
_ANY_PROBLEM = re.compile(r"(?:(?:存在|突出|主要|面临|当前|目前|现在|工作中|发展中|一些|哪些|什么|啥|其他|别的|具体)(?:的)?)+")
# A problem someone raises or meets, the object of a verb of handling it ("企业反映问题", "遇到问题找谁").
_PROBLEM_RAISED = re.compile(r"(?:反映|提出|提的|遇到|碰到|投诉|上报|反馈)(?:的)?(?:问题|困难)")


# A question asking why problems arose, not what they are ("为啥会出现这些问题", "这些短板的原因是什么").
_CAUSE_OF_PROBLEMS = re.compile(r"(?:为什么|为何|为啥)(?:会)?(?:出现|存在|产生|有)|原因|根源|症结")


_NOT_NOUNS = frozenset("方面 问题 内容 情况 工作 意思 东西 时候 地方 呢 的 讲话 报告 文件 事 件事 事情 事儿 件".split())


# An English question asks for these nouns as the Chinese one does ("what is the city's target
# for…" asks 目标 as "…的目标是多少" does).
_EN_ASKED = {"target": "目标", "targets": "目标", "goal": "目标", "goals": "目标", "principle": "原则",
             "principles": "原则", "requirement": "要求", "requirements": "要求", "standard": "标准",
             "standards": "标准", "deadline": "时间", "approach": "思路", "idea": "思路", "ideas": "思路"}
_EN_ASKED_RE = re.compile(r"\b(?:what|which)\b[^?]*?\b(" + "|".join(_EN_ASKED) + r")\b", re.I)


_MODIFIERS = ("首要", "主要", "基本", "根本", "核心", "总")
_NOUN_AFTER = re.compile(r"(?:个|项|条|类|种)?(?!方面|内容|情况|东西|地方)[\u4e00-\u9fff]{2}(?![吗呢啊])")


# "收入各是多少", "目标分别是多少": an adverb between the noun and 是多少 is no part of the noun
_ADVERB_TAIL = re.compile(r"(?:各|分别|都|一共|总共|共|大概|大约|到底|究竟)$")


def _head_noun(run: str) -> str:
    """The noun asked before "是什么": its last two characters with a modifier that narrows it
    (总要求, 首要任务, 基本原则); "的原则" is 原则."""
    run = _ADVERB_TAIL.sub("", run) or run
    head, before = run[-2:], run[:-2]
    return next((m + head for m in _MODIFIERS if before.endswith(m)), head)


def asked_nouns(question: str) -> list[str]:
    """The nouns a question asks for: "原则" in "按照什么原则", "目标" in "目标是多少", and in
    English, "target" in "What is the city's target for…"."""
    if question_language(question) == "en":
        return [_EN_ASKED[m.group(1).lower()] for m in _EN_ASKED_RE.finditer(question)][:1]
    found = [_DOING_AFTER.sub("", m.group(1)) for m in _ASKED_AFTER.finditer(question)]
    # "管理责任人有哪些职责": what follows is asked (职责); the run before is who has it. A topic
    # word after ("经济发展有哪些不足") asks the topic's list, and the run before still says whose.
    found += [_head_noun(m.group(1)) for m in _ASKED_BEFORE.finditer(question)
              if not (m.group(0).endswith(("有哪些", "有多少", "是哪些")) and (after := _NOUN_AFTER.match(question, m.end()))
                      and not any(after.group(0).endswith(w) or after.group(0).startswith(w)
                                  for t in TOPICS.values() for w in t["ask"] if not w.isascii()))]
    # "第三条建议具体说的啥", "建议里第三条是什么": one of a list, the list named by its noun
    found += [m.group(1) for m in _ORDINAL_OF.finditer(question)] + [m.group(1) for m in _LIST_THEN_ORDINAL.finditer(question)]
    return [w for w in dict.fromkeys(found) if w not in _NOT_NOUNS and len(w) >= 2 and not _A_COUNT.fullmatch(w)]


_ORDINAL = r"第[一二三四五六七八九十\d]{1,3}(?:条|项|点|个|场|招)"
_ORDINAL_OF = re.compile(_ORDINAL + r"(?!是|讲|说|的|有|呢|具体|主要|指|都|又|还|要|在|内容|写)([\u4e00-\u9fff]{2,4}?)(?=具体|是|讲|说|的|呢|有|主要|指|[，,？?]|$)")
_LIST_THEN_ORDINAL = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:里面|里头|当中|里|中)(?:的)?" + _ORDINAL)
_A_COUNT = re.compile(r"[一二三四五六七八九十\d]+[条项点个]")  # "三条": a count, not a noun
