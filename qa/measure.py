"""What a figure is measured in, when the question says so.

"有多少所学校" counts in 所, "花了多少钱" asks a sum in 元, "增速是多少" a rate. A clause
whose figure is in another measure does not answer it: "城东实验学校总投资多少?" is not
answered by "新建中小学5所，…确保城东实验学校投入使用", nor "征收率是多少?" by
"起征点…提高到15万元". :func:`measure_asked` reads the measure off the question and
:func:`holds_measure` checks a clause for a figure in it.
"""
from __future__ import annotations

import re

# "1.2万", "11万余", "三千多": a figure with its magnitude, more-or-less words allowed.
_NUMBER = r"(?:\d+(?:[.,]\d+)?|[一二两三四五六七八九十百千]+)\s*[多余]?\s*(?:万|亿|千|百){0,2}[多余]?"
# Measure words that name the same kind of thing: a question's 名 is the text's 人.
_SAME_KIND = {"人": "人|名|位|人次", "名": "人|名|位|人次", "位": "人|名|位|人次", "人次": "人次|人",
              "元": "元", "公里": "公里|千米", "平方米": "平方米|平米",
              # enterprises and households: a question's 多少家 经营主体 is the text's 52.6万户
              "家": "家|户", "户": "户|家",
              # times counted per unit: "检查多少次" is the text's "600家次", "培训多少次" its "3000人次"
              "次": "次|家次|人次|户次|架次|车次|批次|场次|轮次",
              # abstract things counted (problems, hazards, matters): "几处隐患" is the text's "隐患3项",
              # "多少条问题" its "问题93个"; 起 and 件 count cases, as 事故3起 or 案件5件
              "处": "处|项|个|条", "条": "条|项|个|件|处", "件": "件|项|起|个|条", "起": "起|件",
              # vehicles and machines: "几辆送水车" is the text's "2台应急送水车", "几台设备" its "1套"
              "辆": "辆|台", "台": "台|辆|套", "套": "套|台",
              # buildings and sites: "几座水厂" is the text's "水厂3处"; never 个, which counts anything
              "座": "座|处|所", "所": "所|座"}
_CLASSIFIER = re.compile(
    r"(?:多少|几)\s*(?:万|亿|千|百)?\s*(人次|批次|平方米|公里|所|座|处|家|名|人|位|次|起|件|条|张|户|亩|吨|辆|台|套|元|岁|倍|分(?![钟之]))"
    r"|(?:多少|几)\s*个\s*(人)(?![次口员])")  # "几个人": people, as 几人; "多少个亿元以上项目" is a count
# The units a sum of money or a rate is given in.
# A sum is often written without 元 ("投资120亿", "资金3000万"): a figure in 万 or 亿 that no
# other measure word follows counts as one.
_MONEY = r"元|(?:万|亿)[多余]?(?![人名位个户家所座处次条种亩吨辆台套张平公千米])"
_RATE = r"%|％|‰|个?百分点|[\d一二两三四五六七八九十]\s*倍|[\d一二两三四五六七八九十]成|百分之|[一二三四五六七八九十]分之|翻一?番|一半"
_MONEY_ASKED = re.compile(
    r"多少钱|花了多少|花费多少|(?P<noun>投资|资金|经费|金额|费用|补贴|补助|奖励|奖补|价格|造价|工资|收入|成本|税款|税收|债券|贷款|预算"
    r"|支出|投入|损失|产值|利润|销售额|生产总值|经济总量|GDP)[^，,；;。？?！!\s]{0,4}多少(?!\s*[个项家所座处名人次条种张户亩吨辆台套岁倍])"
    r"|多少(?:[^，,；;。？?！!\s]{0,4}?)(?P<after>资金|投资|经费|补贴|补助|损失|税收|产值|利润|收入)"
    r"|how much money|how much does .{0,40}\bcost\b", re.I)
_RATE_ASKED = re.compile(
    # "提高到多少" asks the level reached, not by how much.
    # "占全市多少": a share of a whole
    r"(?:(?:率|比重|占比|比例|增速|增幅|涨幅|降幅|占(?!地))[^，,；;。？?！!\s]{0,4}"
    # 降 of 降雨/降水/降雪/降温 is weather, no change of a figure ("强降雨转移了多少群众")
    r"|(?:增长|下降|降低|降(?![雨水雪温])|提高|上升|下调|上调|上涨|涨|下跌|跌)[^，,；;。？?！!\s到至]{0,4})"
    r"(?:多少|几成|百分之几)(?!\s*[个项家所座处名人次条种元张户亩吨辆台套岁倍万亿])"
    r"|百分之几|几成|what percentage|what share|what proportion|what rate|by what percent", re.I)


# A question naming the rate it asks ("增速是多少", "占比提高多少", "几成"), not only a change of something.
_RATE_NAMED = re.compile(r"率|比重|占(?!地)|比例|增速|增幅|涨幅|降幅|百分之几|几成|百分点|percent|share|proportion|rate",
                         re.I)
# The verbs a change is told with, the figure following ("提高1岁", "增加3000元", "下降2个百分点").
_CHANGE_VERB = r"(?:增长|增加|提高|提升|上升|上涨|下降|降低|减少|回落|回升|扩大|缩小|延长|缩短|多|少)"


# A count of people asked by its noun ("常住人口有多少", "参训人数是多少"): told in 人 or 万人, so a
# rate of that population ("常住人口城镇化率54.7%") does not answer it.
_PEOPLE_ASKED = re.compile(r"(?:人口|人数)[^，,；;。？?！!\s率比]{0,4}(?:多少|几)(?!\s*[个项家所座处次条种元张户亩吨辆台套岁倍])")


# A cut asked of a sum ("一般性支出压减多少", "经费砍了多少") is told either way: "再压减5%" or
# "压减3000万元".
_CUT_ASKED = re.compile(r"(?:压减|削减|压缩|缩减|减少|节约|节省|砍掉?|少花|减|压(?![实力]))了?[^，,；;。？?！!\s到至]{0,3}(?:多少|几成)"
                        r"(?!\s*[个项家所座处名人次条种张户亩吨辆台套岁倍])")


# A cut named with the sum it cuts ("减税降费多少", "物流降本多少", "降了多少费"): 降 here is no rate's
# change, and the speech tells it either way ("减税降费15亿元", "降低物流成本5%").
_SUM_CUT_ASKED = re.compile(r"(?:减|降|压减|削减)(?:税|费|价|本|成本)[^，,；;。？?！!\s]{0,3}(?:多少|几成)"
                            r"|(?:减|降)了?多少(?:税|费)")


# "多少个县", "几个村": things counted, whatever their measure word in the text (45个, 12所, 3.2万户),
# never a rate or a sum ("水质达标率95%" does not say how many counties). Not "几个点" (points of a
# rate), "多少个亿" (a sum), nor a span of time ("几个月").
_COUNT_ASKED = re.compile(r"(?:多少|几)\s*个(?!\s*(?:百分点|点|亿|万|千|月|小时|工作日|季度|星期|礼拜|年头))")
# "五大产业集群" counts its clusters as 几个产业集群 does.
_COUNTED = (r"(?:个(?!百分点)|所|座|家|处|项|条|名|人|户|位|只|头|辆|台|套|张|件|起|次|批|栋|幢|间|支|村|县|镇|乡"
            r"|区|市|类|种|场|期|部|本|篇|株|棵|艘|架|口|宗|块|片|段|组|对|大(?=[\u4e00-\u9fff]{2}))")


# "涨了几个点", "比全市高几个点": points of a rate (百分点), not the points of a list.
RATE_POINTS = re.compile(r"(?:涨|降|跌|掉|升|增长|下降|提高|提升|上升|增加|减少|回落|回升|高|低|多|少|快|慢)了?(?:将近|大约|约)?几个?点")


# A number to call or write to asked ("咨询电话是多少", "举报热线多少", "手机号是几号"): told as a
# run of digits with no measure word ("0766-82316050", "12345", "13800001111").
_PHONE_ASKED = re.compile(r"(?:电话|热线|号码|手机号?|传真|座机|邮编|邮政编码)[^，,；;。？?！!\s]{0,3}?(?:是)?(?:多少|几号|啥|什么)"
                          r"|(?:拨打|打)(?:什么|哪个|啥)(?:电话|号码|热线)")
_PHONE = r"(?<![\d.])(?:\d{3,4}\s*[-－—–]\s*\d{7,8}|\d{5,12})(?![\d.%％])"


# "GDP目标是多少", "生产总值预期定多少": the target of an output is its growth, a rate or a sum
_GROWTH_TARGET = re.compile(r"(?:生产总值|经济总量|GDP|产值)[^多]{0,2}?(?:目标|预期)", re.I)


# "排名目标是多少名", "名次要进到几位": a rank asked by its count word, not people
_RANK_COUNTED = re.compile(r"(?:排名|名次|位次|排位)[^，,。？?]{0,8}?(?:多少|几)\s*[名位]")


def measure_asked(question: str) -> str | None:
    """The measure a quantity question asks its figure in: a measure word ("所", "人"),
    ``"money"``, ``"rate"``, ``"phone"`` (a number to call: digits with no measure word),
    ``"change"`` (a cut of a sum, told as a rate or a sum), or
    ``"count"`` (多少个: things counted in any measure word, not a rate or a sum); ``None``
    when the question does not say (多少, 提高到多少)."""
    if _PHONE_ASKED.search(question):
        return "phone"
    # "排第几名", "第几位", "前多少名的企业": a rank ("位列第三名", "前50名企业"), no count of people
    if "第几" in question or re.search(r"前(?:多少|几)\s*[名位强]", question) or _RANK_COUNTED.search(question):
        return None
    if m := _CLASSIFIER.search(question):
        return m.group(1) or m.group(2)
    if _SUM_CUT_ASKED.search(question):
        return "change"
    if _RATE_ASKED.search(question) or RATE_POINTS.search(question):
        # "人均预期寿命要提高多少": a change of a thing that is no rate is told as a rate or by the
        # figure its verb takes ("再提高1岁", "增加3000元")
        return "rate" if _RATE_NAMED.search(question) or RATE_POINTS.search(question) else "rise"
    if (money := _MONEY_ASKED.search(question)) and not _GROWTH_TARGET.search(money.group(0)):
        return "change" if _CUT_ASKED.search(question) else "money"
    if _PEOPLE_ASKED.search(question):
        return "人"
    if _COUNT_ASKED.search(question):
        return "count"
    return None


# The words a speech uses for the same sum: a question's 投资 is the text's 投入, its 补贴 a 补助.
# A sum of another name is another sum: 产值 6亿元 does not say what a plant cost (投资).
_SAME_SUM = {"投资": "投资|投入", "投入": "投入|投资", "资金": "资金|经费|款", "经费": "经费|资金",
             "补贴": "补贴|补助|奖补", "补助": "补助|补贴|奖补", "奖补": "奖补|奖励|补贴|补助",
             "奖励": "奖励|奖补|奖金", "费用": "费用|经费|成本", "成本": "成本|费用", "价格": "价格|价",
             "造价": "造价|投资", "工资": "工资|薪", "税款": "税", "税收": "税", "损失": "损失",
             "预算": "预算|经费|资金", "罚款": "罚款|罚没|罚金", "罚金": "罚金|罚款|罚没",
             # a region's output by its names: "GDP", 地区生产总值, 经济总量
             "生产总值": "生产总值|经济总量|GDP", "经济总量": "经济总量|生产总值|GDP", "gdp": "生产总值|经济总量|GDP",
             "GDP": "生产总值|经济总量|GDP"}


def sum_asked(question: str) -> str | None:
    """The noun of the sum a question asks ("茶叶加工厂总投资多少" -> 投资); ``None`` when it
    names none (多少钱) or a word for any sum (金额)."""
    m = _MONEY_ASKED.search(question)
    noun = (m.group("noun") or m.group("after")) if m else None
    return None if noun in (None, "金额") else noun


def names_sum(text: str, noun: str) -> bool:
    """Whether ``text`` names the sum ``noun`` (or a word for the same sum)."""
    return any(w in text for w in _SAME_SUM.get(noun, noun).split("|"))


# Sums a figure may be of besides what is spent on a thing: what was made, sold, earned or lost.
_OTHER_SUMS = ("产值", "增加值", "收入", "营收", "销售额", "营业额", "交易额", "总额", "利润", "税收", "损失",
               "价格", "工资")


def names_other_sum(text: str, noun: str) -> bool:
    """Whether ``text`` names a sum of another nature than ``noun`` ("新落地项目产值12亿元" for 投入)."""
    own = _SAME_SUM.get(noun, noun).split("|")
    return any(w in text and not any(w in o or o in w for o in own) for w in _OTHER_SUMS)


# A rate asked in everyday words that a speech writes in its own: "每年平均增长" is its 年均增长,
# a "年增长率" its 年均增速 or 增幅.
_SAME_RATE = {"平均": "平均|年均|人均|户均|日均|月均", "每年": "每年|年均|逐年|年度",
              "年增长率": "年增长率|年均增长|年均增速|增速|增幅", "增长率": "增长率|增速|增幅|增长",
              "增速": "增速|增长率|增幅|增长", "增幅": "增幅|增速|增长率|增长", "年均": "年均|每年平均|平均每年"}


# Who answers for a task: "谁牵头负责" is told as "县农业农村局牵头" or "由…负责".
_SAME_DUTY = {"牵头": "牵头|负责|抓总", "负责": "负责|牵头|责任|承担|组织", "承担": "承担|负责|组织",
              "汇报": "汇报|报告", "报告": "报告|汇报"}


# A change in one direction, in the verbs a speech uses for it: a question's 减少 is its 下降 or
# 压减, its 增加 an 增长. A change the other way is another fact.
_FALLING = "减少|下降|降低|压减|削减|缩减|压缩|精简|回落"
_RISING = "增长|增加|提高|上升|提升"
_SAME_CHANGE = {**{w: _FALLING for w in _FALLING.split("|")}, **{w: _RISING for w in _RISING.split("|")}}
# A change asked in one everyday character ("涨了几个点", "跌了多少", "升了多少"): too short to be a
# focus word, so the clause of the other change ("下降了2.3个百分点") would match the subject as well.
_ONE_CHARACTER_CHANGE = re.compile(r"(?<![下上提回增减降压削缩])(涨|升|降|跌|掉)(?=了|得|多少|几|多|到|幅)")


def change_asked(question: str) -> str | None:
    """The speech's word for a change asked in one everyday character (涨: 增长, 跌: 下降), or None
    when the question asks none that way or already names it in the speech's words."""
    m = _ONE_CHARACTER_CHANGE.search(question)
    named = question.replace("增加值", "")  # 工业增加值 is a sum, not a change
    if m is None or any(w in named for w in _SAME_CHANGE) or _SUM_CUT_ASKED.search(question):
        return None
    return "增长" if m.group(1) in "涨升" else "下降"


def words_for(word: str) -> tuple[str, ...]:
    """The words a speech may write for the sum, rate, duty or change ``word`` names (资金: 资金,
    经费, 款; 每年: 年均; 负责: 牵头; 减少: 下降, 压减), else the word."""
    words = _SAME_SUM.get(word) or _SAME_RATE.get(word) or _SAME_DUTY.get(word) or _SAME_CHANGE.get(word)
    return tuple(words.split("|")) if words else (word,)


_PEOPLE = (r"[^\d个项家所座处条张户亩吨辆台套元里米，,。；;、]{0,8}?"
           r"(?:人口|人员|群众|劳动力|农民工|毕业生|学生|职工|患者|居民|干部|党员|人才)")


def _pattern(measure: str) -> re.Pattern[str]:
    if measure == "rate":
        return re.compile(_RATE)
    if measure == "rise":
        return re.compile(f"{_RATE}|{_CHANGE_VERB}了?(?:再|约|近|超过|将近)?{_NUMBER}")
    if measure == "change":
        return re.compile(f"{_RATE}|{_NUMBER}(?:{_MONEY})")
    if measure == "money":
        return re.compile(_NUMBER + _MONEY)
    if measure == "phone":
        return re.compile(_PHONE)
    if measure == "count":
        return re.compile(_NUMBER + r"\s*" + _COUNTED)
    unit = _NUMBER + f"(?:{_SAME_KIND.get(measure, re.escape(measure))})"
    if measure in ("人", "名", "位", "人次"):  # "5575万农村贫困人口": people counted by the noun that names them
        # "进入全市前三位", "排名第3名": a rank, not people counted
        unit = r"(?<![前第\d一二两三四五六七八九十])" + unit + "|" + _NUMBER + _PEOPLE
    return re.compile(unit)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def holds_measure(clause: str, measure: str) -> bool:
    """Whether ``clause`` holds a figure in ``measure`` (see :func:`measure_asked`)."""
    if measure not in _PATTERNS:
        _PATTERNS[measure] = _pattern(measure)
    return bool(_PATTERNS[measure].search(clause))


# "这个县有多少所中小学?" asks how many there are; "今年新建中小学5所" says how many were added.
# 一共 asks how many there are only before 有/是 or the count itself ("一共多少个村"): before any
# other verb it sums what was done ("一共罚了多少钱", "总共培训了多少人"), which a flow figure tells.
_ASKS_TOTAL = re.compile(r"(?:一共|总共|共|现|总|还|全[县市省区镇国])?有(?:多少|几)|总数|总量"
                         r"|(?:一共|总共)(?:有|是)?(?:多少|几)")
_ADDED = re.compile(r"(?<![除重拆])新建|新增|新开工|改扩建|新培育|新引进|新签约|新设|新招|新招聘|新认定|新创建"
                    # figures of those acted on in a period, not of all there are ("处理党员干部61人")
                    r"|查处|处理|处分|问责|培训|救助|帮扶|走访|约谈|关停|取缔"
                    # or taken away in a period, which says nothing of the stock ("化解存量债务3.2亿元", "拆除违建")
                    r"|化解|偿还|消化|压减|削减|拆除|腾退|淘汰|清退")
_TOTAL = re.compile(r"共有|现有|总数|总量|累计|达到|拥有|一共|总共|保有|全部")


def asks_total(question: str) -> bool:
    """Whether a quantity question asks how many there are (有多少, 一共, 总数), not how many
    were added (新建/新增 … 多少)."""
    return bool(_ASKS_TOTAL.search(question)) and not _ADDED.search(question) and not _NOT_DONE.search(question)


# "有几个项目没按期开工", "还有多少村未通自来水": those that did not, a count of some, not of all there are
_NOT_DONE = re.compile(r"没|未|尚未|还没")


def tells_only_added(window: str) -> bool:
    """Whether a clause (with the one before it) gives a figure of things added, and no total. A count
    of kinds ("按照…三种方式分类实施", "分两类") is how many there are, whatever verb stands near."""
    return bool(_ADDED.search(window)) and not _TOTAL.search(window) and not _KINDS_COUNTED.search(window)


_KINDS_COUNTED = re.compile(r"[一二两三四五六七八九十\d]+\s*(?:种|类|大类)")



# A figure's bound: the least ("最低", "至少", "不低于") or the most ("最高", "最多", "不超过").
_LOWER = re.compile(r"最低|最少|至少|不低于|不少于|下限|起码")
_UPPER = re.compile(r"最高|最多|至多|不超过|不高于|上限|封顶")


def bound_asked(question: str) -> str | None:
    """Which bound of a figure a question asks: ``"lower"``, ``"upper"``, or None (neither, or both)."""
    lower, upper = bool(_LOWER.search(question)), bool(_UPPER.search(question))
    return "lower" if lower and not upper else "upper" if upper and not lower else None


def other_bound(asked: str | None, clause: str) -> bool:
    """Whether ``clause`` gives only the other bound of a figure than the one ``asked``
    ("最低给多少奖励" is not told by "最高给予3万元奖励")."""
    if asked is None:
        return False
    own, other = (_LOWER, _UPPER) if asked == "lower" else (_UPPER, _LOWER)
    return bool(other.search(clause)) and not own.search(clause)


# "多少个县", "几个村": a count of places or units named by one character, which no focus word keeps
# (words of one character are not searched); the clause holding the figure must name it.
_ONE_CHARACTER_COUNTED = re.compile(r"(?:多少|几)\s*个\s*([县村镇乡市区省校站厂院户])(?![\u4e00-\u9fff]{0,1}(?:级|里|内|直|属|域|长|委))")


def counted_one(question: str) -> str:
    """The one-character noun a count asks of ("到2030年有多少个县实现一体化": 县), else ""."""
    m = _ONE_CHARACTER_COUNTED.search(question)
    return m.group(1) if m else ""
