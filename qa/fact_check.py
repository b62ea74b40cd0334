"""Does a passage hold the fact a question asks for, about what the question asks it of?

"乡村医生每月补贴标准是多少?" is answered only by a clause that holds a figure and
speaks of 补贴标准; a clause with a figure about 医学生 does not answer it, nor one
about another year ("今年…" for a question about 去年). A blanked figure ("达到公里",
flagged ``blank`` on its passage) counts as a figure: the answer will carry the blank
notice.
"""
from __future__ import annotations

import re

from index.store import PassageIndex
from index.tokenize import normalize

from .asked import Asked
from .measure import holds_measure, names_other_sum, names_sum, other_bound, tells_only_added
from .per_unit import per_unit_only
from .item_counts import counts_items, listed_items
from .fact_periods import dated_columns, period_conflict, period_context, table_columns, table_heading
from .periods import PERIOD_LEAD, document_years, part_year
from .question_overlap import beyond_question, unnamed

_NUM_UNITS = (r"%|％|‰|个百分点|人次|平方公里|平方米|立方米|公里|千米|毫米|厘米|公顷|千瓦|小时|分钟|万斤|"
              r"毫升|千克|公斤|海里|兆瓦|标准煤|"  # measures of volume, weight, distance and power
              r"[元人个家所座处名次条种起倍项张份户亩米吨辆年天岁成台套批类部篇层间栋度斤级万亿千百升克秒周瓦分"
              r"列趟班架艘场届期宗件棵株头只口眼桌]")  # trains, flights, ships, events, plots, trees, wells, tables
# A government office by its level and short name ("县住建局", "市应急管理局", "区政务服务中心").
_OFFICE = r"[省市县区镇乡][\u4e00-\u9fff]{1,6}?(?:[局委办站所院厅]|中心)"
FACT_PATTERNS = {
    "quantity": re.compile(
        r"(?<![\d.])(?!(?:19|20)\d{2}\s*[年－—–-])\d+(?:[.,]\d+)?\s*[多余]?(?:" + _NUM_UNITS + ")"
        r"|(?:[两三四五六七八九十]|[一二两三四五六七八九十][一二两三四五六七八九十百千万亿]+)[多余]?"
        r"(?:个百分点|[个项家所座处名次条种起倍成张份户亩万亿批类台套年天级]|公里)"
        r"|百分之[一二三四五六七八九十百点\d]+|一半|翻一番|翻番|第[一二三四五六七八九十百\d]+[名位届次批期轮]|前[一二两三四五六七八九十百\d]+[名位强]"
        # a share as a fraction: "只有城区的三分之一", "近五分之二"
        r"|[二两三四五六七八九十\d]+分之[一二三四五六七八九十\d]+"
        # a ratio: "配比约为1∶9", "按6:4比例分担" (not a clock time, "9:00")
        r"|(?<![\d.])\d+(?:\.\d+)?\s*∶\s*\d+(?:\.\d+)?|(?<![\d.:：])\d{1,2}\s*[:：]\s*(?:\d+\.\d+|\d(?![\d:：]))"),
    "date": re.compile(
        r"(?:19|20)\d{2}\s*年|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}(?!\d)|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月份?|\d{1,2}\s*[日号]|年底|年内|年初|年末"
        r"|月底|月初|[上中下]旬|[一二三四1-4]季度|[上下]半年|春节|元旦|国庆|汛前|汛期前|主汛期前|入汛前|开学前|底前|以前|之前|[今明去当]年"
        r"|每[年月周季天日旬]|每季度|每半年|每半个?月|每[两三四五六]个?(?:年|月|周|星期)|定期"
        # a time limit answers "多长时间/多久": "30个工作日内", "三个月内"
        r"|(?:\d+|[一二两三四五六七八九十百]+)\s*个?(?:工作日|自然日|日|天|周|星期|个月|小时|分钟)(?:内|以内|之内)?"
        # a length of time held or required answers "多久" too: "名下登记满1年", "租期1年以上", "居住满半年"
        r"|满\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:个?年|周年)|满半年|(?<![\d.])\d{1,2}\s*年(?:以上|以内|及以上)"),
    "person": re.compile(
        r"同志|书记|[省市县区镇乡村]长|主任|局长|厅长|部长|处长|科长|总理|主席|委员|组长|负责人|责任人|领导"
        r"|干部|代表|专家|企业家|国务院|党中央|党委|政府|部门|单位|机关"
        # a body that answers "由谁承担/向谁报告" as well as a person does
        r"|合作社|协会|商会|委员会|机构|组织|企业|院校|高校|学校|银行|公司|医院"
        # the people whose views or needs are meant ("征求谁的意见": 居民, 社会各界)
        r"|群众|居民|村民|市民|职工|家长|公众|各界"
        # who pays ("谁出钱"): the public purse of a level, or the households and owners themselves
        r"|财政|农户|业主|住户"
        r"|" + _OFFICE + r"|[省市县区镇乡][\u4e00-\u9fff]{1,6}?(?:大队|中队)"),
    "name": re.compile(r"《[^》]{2,60}》|“[^”]{2,30}”|「[^」]{2,30}」"
                       r"|(?<![\d.])\d{1,4}路(?:公交|车|线)?|[一二三四五六七八九十]{1,3}路(?:公交|车)|\d{1,2}号线"),
    # A named place ("黄山市", "海淀区") or a blanked or redacted one ("*市", "××县", "_市"); the generic nouns that
    # end in the same characters (城市, 乡镇, 全市 …) are taken out first, see GENERIC_PLACE.
    "place": re.compile(
        r"[\u4e00-\u9fff](?:省|市|县|区|镇|乡|村|街道)(?![长委级域内外场民])|[*＊×xX□○〇_＿]+(?:省|市|县|区|镇|乡|村)"
        r"|会场|会议室|礼堂|大厦|宾馆|酒店|广场|体育馆|会堂|会议中心|北京|上海|天津|重庆"
        # an office is where a body sits ("办公室设在县住建局"), its level word first in the clause
        r"|(?<![\u4e00-\u9fff])" + _OFFICE),
}
GENERIC_PLACE = re.compile(  # nouns of any place, never the name of one ("城南工业园区" stays a place)
    r"城市|城区|城镇|城乡|地区|农村|乡村|乡镇|村镇|镇村|都市|超市|上市|省市|市县|县区|区县|县市|建成区|中心区|社区|小区|片区|辖区|街区|景区"
    r"|[全我本各该每此这那外](?:省|市|县|区|镇|乡|村|街道|社区)")
# An area of a town named by where it lies ("城北片区", "河西组团", "东部新区"): a place, though 片区 alone is none.
NAMED_AREA = re.compile(r"(?:[城河江湖山][东南西北]|[东南西北][城郊湖山部]|[东西][南北])(?:片区|组团|板块|新区|新城|区域)")
_PRECISION = {
    # a time of day: "上午9点", "14:30", "晚上八点"
    "hour": re.compile(r"\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*[点时](?![钟多])|[一二三四五六七八九十]{1,3}点(?!钟多)|[上下]午|早上|晚上|中午|凌晨|傍晚"),
    # a month's end or third is a day as a deadline is given ("完成时限：11月底", "5月中旬前")
    "day": re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}(?!\d)|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号]"
                      r"|\d{1,2}\s*[日号]|(?:\d{1,2}\s*|[一二三四五六七八九十]{1,2})月(?:底|末|[上中下]旬)"),
    "year": re.compile(r"(?:19|20)\d{2}\s*年|[今明去当]年"),
    # how long ("多久", "多长时间"): a time limit as any date fact gives it ("15个工作日内"), or a span of
    # years ("旧车须在名下登记满1年", "有效期5年", "两年内")
    "span": re.compile(FACT_PATTERNS["date"].pattern
                       + r"|(?<![\d.])(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:周年|个?年(?![底末初级]))"),
}
# A clause that is a year alone, leading what follows it ("到2030年", "2025年底前", "明年").
_YEAR_LEAD = re.compile(r"^\s*(?:(?:到|至|截至|在)?\s*(?:19|20)\d{2}\s*年(?:底|末)?前?|今年|明年|去年)\s*$")
_CLAUSE = re.compile(r"(?:[^，,；;：:。！？!?]|(?<=\d)[:：](?=\d))+")  # a clock time (14:30) is one clause


_VENUE = re.compile(r"在(?!这里|这儿|此|那里|那儿|一起|线上|网上)[^，,。；;]{2,20}?(?:召开|举行|举办|开幕)|(?:会场|主会场|分会场|会议地点)(?:设在|在|：|:)"
                    r"|会议室|礼堂|会议中心|会堂|宾馆|酒店|大厦|体育馆|视频会议")


def holds_fact(clause: str, kind: str, precision: str | None = None, measure: str | None = None) -> bool:
    """Whether a clause holds a fact of ``kind`` (for a date, of the asked precision; for a
    quantity, in the asked measure: :mod:`qa.measure`)."""
    if kind == "quantity" and measure:
        return holds_measure(clause, measure)
    if kind == "date" and precision in _PRECISION:
        return bool(_PRECISION[precision].search(clause))
    if kind == "place" and measure == "venue":  # "在市行政中心召开", "会场设在…": a place the meeting is held at
        return bool(_VENUE.search(clause))
    if kind == "place":
        if NAMED_AREA.search(clause):
            return True
        clause = GENERIC_PLACE.sub("·", clause)
    return bool(FACT_PATTERNS[kind].search(clause))


# What says the quoted words that follow are a name: "名为“…”", "简称“…”".
_NAMING = re.compile(r"(?:名为|名叫|叫做?|称为|称作|命名为|简称|统称|即)[：:]?$")


def names_head(clause: str, head: list[str]) -> bool:
    """Whether a name in ``clause`` (a quoted or 《》 title) is the name of what the question asks
    about: it holds that noun (《…总体规划》 for 规划), the noun follows it ("“星火”家具厂"), or a
    naming verb comes before it ("简称“…”")."""
    for m in FACT_PATTERNS["name"].finditer(clause):
        after = clause[m.end():m.end() + 8]
        if any(h in m.group(0) or h in after for h in head) or _NAMING.search(clause[:m.start()]):
            return True
    return not head


def _clauses(index: PassageIndex, row: int, s_idx: int, kinds: tuple[str, ...] = ("blank",)) -> list[tuple[str, bool]]:
    """The clauses of one sentence, each with whether a blanked figure (or another flag of ``kinds``) lies in it."""
    _r, a, _b = index.sentence_spans[s_idx]
    blanks = [f.at for f in index.passages[row].flags if f.kind in kinds and f.at is not None]
    text = index.sentence_text(s_idx)
    return [(m.group(0), any(a + m.start() <= at <= a + m.end() for at in blanks))
            for m in _CLAUSE.finditer(text)]


def blank_fits(clause: str, measure: str | None) -> bool:
    """Whether a clause's blanked figure can be of the measure asked: "*万人" is no sum of 元 asked
    ("GDP总量要达到多少亿元"), nor "××个" a rate; a measure not known or a count lets any blank stand."""
    if measure in (None, "count", "change", "rise"):
        return True
    if measure == "money":
        return "元" in clause
    if measure == "rate":
        return bool(re.search(r"[%％]|百分点|率|比重|占比|成", clause))
    return measure in clause


def dated_by_lead(index: PassageIndex, row: int, s_idx: int, precision: str | None) -> bool:
    """Whether the paragraph opens with the year it speaks of ("到2020年，…。…贫困县全部摘帽，…"):
    its later sentences are dated by it, when a year is all the question asks."""
    first = index.sentences_of(row)[:1]
    return precision in (None, "year") and bool(first) and first[0] != s_idx \
        and PERIOD_LEAD.match(index.sentence_text(first[0])) is not None


# A plan's or notice's line naming who carries a task out: "牵头单位：市民政局；配合单位：…".
# Its due date is such a line too: "完成时限：11月底", "时间节点：6月底前".
RESPONSIBLE_LINE = re.compile(r"^\s*[（(]?(?:(?:牵头|责任|负责|主责|主办)(?:单位|部门|领导)|(?:完成|办结|完工)?(?:时限|期限)"
                              r"|完成时间|时间节点)\s*[）)]?\s*[：:]")


# A sentence that is only who does the work just described, its subject left out: "省市场监管局牵头，
# 省司法厅配合。", "省发展改革委、省市场监管局按职责分工负责。": what it states is about its item.
BARE_RESPONSIBLE = re.compile(rf"^\s*由?{_OFFICE}(?:[、和及与]{_OFFICE})*(?:牵头|(?:按职责分工|共同|具体)?负责)")


# A sentence whose subject points back at the work just described ("这项工作由…牵头", "上述任务
# 年底前完成", "此项改革…"): what it states is about the sentences before it.
REFERS_BACK = re.compile(r"(?:这|此|该|上述|以上)(?:项|些|几项|一)?(?:工作|任务|措施|改革|行动|事项|项目|活动|举措)")


def stated_text(index: PassageIndex, s_idx: int, figure: bool = False) -> str:
    """What a sentence states a fact about: itself; for a "牵头单位：…" line, also the task before it
    (its heading and the passage it follows in the same section); for a table row, its header; for
    a ``figure`` in an item's body, also the item's short lead."""
    sentence = index.sentence_text(s_idx)
    if columns := table_columns(passage := index.passages[index.sentence_spans[s_idx][0]]):
        return table_heading(passage) + columns + sentence
    if REFERS_BACK.match(sentence):  # "这项工作由市发展改革委牵头": the work is what the passage said before
        row, _a, b = index.sentence_spans[s_idx]
        return index.passages[row].text[:b]
    if not RESPONSIBLE_LINE.match(sentence) and not BARE_RESPONSIBLE.match(sentence):
        lead = item_lead(index, index.sentence_spans[s_idx][0]) if figure else ""
        # "二是加大镇级财政投入。…安排专项资金600万元": an item's figures are of what its short lead names
        return lead + sentence if lead and lead != sentence and len(lead) <= ITEM_TITLE_CHARS else sentence
    row, start, end = index.sentence_spans[s_idx]
    passage = index.passages[row]
    if start > 0:  # "…建成循环经济产业园一期。完成时限：10月底。": the task is the passage before the line
        return passage.section + passage.text[:end]
    before = index.passages[row - 1] if row > 0 else None
    task = before.text if before is not None and before.section == passage.section \
        and before.document == passage.document else ""
    return passage.section + task + sentence


def fact_clauses(what: Asked, index: PassageIndex, rows: list[int]):
    """The clauses of the passages ``rows`` that hold the fact ``what`` asks for, as
    (sentence index, clause window, passage context); a figure of another period, a sum of
    another thing, an addition for a total or a quoted term for a name never counts."""
    kind = what.fact
    head = what.focus[:2]
    years: dict[str, tuple[int, ...]] = {}

    def year_of(passage) -> tuple[int, ...]:
        if passage.document not in years:
            years[passage.document] = document_years(index.document(passage.document))
        return years[passage.document]

    listed = counts_items(what)  # "列了几个部门的分工": a list of numbered items is its own count
    for row in rows:
        passage = index.passages[row]
        # What a figure is of may be said around it: "火灾" in the heading, not the sentence.
        context = normalize(passage.section + passage.text + index.document(passage.document).title)
        part = part_year(index.document(passage.document), passage.section)
        columns = dated_columns(passage, part)  # "指标 | 目标 | 完成" under a part of one year
        for s_idx in index.sentences_of(row):
            _r, a, b = index.sentence_spans[s_idx]
            # a table row speaks of every period its columns name ("2024年完成 | 2025年目标")
            said_when = columns or period_context(passage.text, a, b, passage.section, part)
            if period_conflict(what.periods, said_when, year_of(passage)):
                continue
            if listed and listed_items(index, s_idx) is not None:
                yield s_idx, index.sentence_text(s_idx), context
                continue
            # a name or party asked may be the one the text redacts ("成功引进_新能源电池项目", "由县_局牵头"):
            # quoted with the notice
            clauses = _clauses(index, row, s_idx, ("blank", "redacted") if kind in ("name", "person") else ("blank",))
            dated = kind == "date" and dated_by_lead(index, row, s_idx, what.precision)
            leads = [i for i, (clause, _blank) in enumerate(clauses) if _YEAR_LEAD.match(clause)] if what.periods else []
            for i, (clause, blank) in enumerate(clauses):
                # "到2025年，…达到45个；到2030年，…": a clause speaks of the year leading it in its sentence
                lead = max((j for j in leads if j <= i), default=None) if len(leads) >= 2 else None
                if lead is not None and period_conflict(what.periods, clauses[lead][0], year_of(passage)):
                    continue
                # A blanked figure stands in for a number or a date, not for a place ("*市" is one).
                figure_blank = blank and kind != "place" and blank_fits(clause, what.measure)
                # a table's cell is a bare figure: its unit is in the row's label or the header
                in_table = kind in ("quantity", "rate") and bool(columns) and bool(re.search(r"\d", clause))
                if not figure_blank and not dated and not in_table \
                        and not holds_fact(unnamed(clause, what) if kind == "person"
                                           else beyond_question(clause, what), kind, what.precision, what.measure):
                    continue
                if kind == "name" and not names_head(clause, head) and not (blank and any(h in clause for h in head)):
                    continue  # "“三合一”场所" names no 作坊; "_新能源电池项目" is a 项目 whose name is redacted
                window = (clauses[i - 1][0] if i else "") + clause + columns + (table_heading(passage) if columns else "")
                # 产值6亿元 is not what it cost; an item's lead names what its figures are ("二是加大镇级
                # 财政投入。…安排专项资金600万元")
                if what.sum_of and not names_sum(window, what.sum_of) and not (
                        names_sum(item_lead(index, row), what.sum_of) and not names_other_sum(clause, what.sum_of)):
                    continue
                if what.counted_one and what.counted_one not in window:  # "多少个县" of "…三个责任"
                    continue
                if what.total and tells_only_added(window):  # "新建中小学5所" is not how many there are
                    continue
                if what.measure == "money" and per_unit_only(what.text, window):  # "每户补助3.5万元" is no total
                    continue
                if other_bound(what.bound, clause):  # "最低给多少奖励" is not told by "最高给予3万元"
                    continue
                yield s_idx, window, context


ITEM_TITLE_CHARS = 30  # an item's lead this short names its subject, as a heading does


def item_lead(index: PassageIndex, row: int) -> str:
    """The lead sentence of the item (一是…) passage ``row`` is, or "" for a passage that is none."""
    sentences = index.sentences_of(row) if index.passages[row].item else []
    return index.sentence_text(sentences[0]) if sentences else ""
