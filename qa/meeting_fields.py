"""When and where a meeting was held, and who chaired it, as minutes and notices label them.

"会议在哪里开的", "会议什么时候召开", "会议是谁主持的" ask a fact that a 会议纪要 or a 会议通知
gives as a labelled field ("时间：2024年7月9日上午　地点：县行政中心三楼第二会议室　主持：…"),
not in a sentence. The field answers, quoted and cited in the passage that holds it. A text
with no such field is answered like any other question.
"""
from __future__ import annotations

import re

from index.document import SECTION_SEP
from index.numbering import leading_marker
from index.raw_paragraphs import CONTACT_LABELS, DISTRIBUTION_LABELS, spaced
from index.store import PassageIndex

from .asked import asked
from .question_terms import search_words
from .citations import CitationBuilder, quoted_per_speech

# "会议…", "这次会", "开会": the question is about the meeting itself
_ABOUT_MEETING = re.compile(r"会议|这次会|本次会|此次会|开会|会是|会在|会几|参会|与会")
# "这次活动什么时候开始", or the event by the name its text's title quotes ("安全生产月什么时候开始" of
# "…《…“安全生产月”活动方案》…"): a campaign's plan heads its time and place as a meeting notice does
_ABOUT_ACTIVITY = re.compile(r"活动")
_QUOTED_NAME = re.compile(r"[“\"]([^”\"]{2,12})[”\"]")
_ASKS_TIME_OF_DAY = re.compile(r"几点|几时|什么时间")
# "参会人员有哪些", "哪些单位参会", "谁来开会": who takes part, asked with no who-word asked() reads
_ASKS_ATTENDEES = re.compile(r"(?:参会|与会|出席|参加会议|开会)的?(?:人员|人|单位|部门|范围|对象)"
                             r"|(?:哪些|哪几个?|什么)(?:人|单位|部门|领导)[^，,。？?]{0,4}?(?:参会|与会|出席|参加|来开会)"
                             r"|谁(?:来|要)?(?:参会|与会|出席|参加|开会)")
_LABELS = {
    "place": r"(?:会议|活动)?(?:地点|地址|会场)",
    "date": r"(?:会议|活动)?(?:时间|日期)",
    "chair": r"(?:会议)?(?:主持人?|主持单位)",
    "attendees": r"(?:参加人员|参会人员|出席人员?|出席|参加)",
    "contact": rf"(?:会议)?(?:{CONTACT_LABELS})",
    "absent": r"(?:请假|缺席)(?:人员)?",
    "recorder": r"(?:会议)?(?:记录人?|记录员)",
    "observers": r"列席(?:人员|单位)?",
    "distribution": rf"(?:{DISTRIBUTION_LABELS})",
}
_LABELS = {kind: spaced(label) for kind, label in _LABELS.items()}  # "请　　假：", set to align
# "谁请假了", "哪些人缺席": who minutes say was away ("请假：…", "缺席人员：…"); only a meeting has absentees.
_ASKS_ABSENT = re.compile(r"请假|缺席|没来开会|没参会")
# "记录人是谁", "谁做的记录", "哪些单位列席": who minutes say kept the record, or sat in without a vote.
_ASKS_RECORDER = re.compile(r"记录人|记录员|谁(?:做的?|负责|作)?(?:的)?记录|记录(?:的)?(?:人)?是谁")
_ASKS_OBSERVERS = re.compile(r"列席")
# "有事找谁，电话多少", "联系人是谁", "咨询电话是多少": whom a notice says to contact, as it labels
# them at its end ("联系人：…，电话：…"), meeting or not.
_ASKS_CONTACT = re.compile(r"联系人|联系电话|咨询电话|联系方式|电话|邮箱|有事找谁|找谁联系|联系谁|咨询谁|问谁")
CONTACT_FIELDS = 3  # "联系人：…" "联系电话：…" "邮箱：…" on lines of their own
# "这份简报发给了哪些单位", "通知抄送了谁": whom the text itself goes to, as its foot labels them
# ("报：市防指" "送：…" "发：…", "抄送：…"); not "补贴发给了哪些人", which asks what the text says.
_ASKS_DISTRIBUTION = re.compile(r"抄送|主送|报送|分送|发送范围"
                                r"|(?:简报|通知|通报|文件|纪要|这份|这期|本期|此文)[^，,。？?]{0,6}?"
                                r"(?:发给|送给|发到|送到|报给|印发给|下发到|下发给)了?(?:哪些|哪几|谁|哪里|哪儿)"
                                # "发给谁的" names no text, and no thing given ("发给哪些人" may ask who gets a subsidy)
                                r"|^(?:是)?(?:发给|送给|发到|送到|下发给|印发给)了?(?:谁|哪些单位|哪些部门|哪几个单位|哪里|哪儿)")
# A notice's addressees open its body, on a line of their own ending in a colon ("各区县（市）商务主管
# 部门，江澜经开区管委会，局机关各科室、直属单位："): whom it goes to, where no field labels them.
_ADDRESSEE_LINE = re.compile(r"^((?:各|[\u4e00-\u9fff（）()]{2,20}(?:局|委|办|政府|部门|单位|管委会|公司|中心))"
                             r"[^。！？!?；;]{0,150}[：:])$")
DISTRIBUTION_FIELDS = 5  # "报：…" "送：…" "发：…", or "主送：…" "抄送：…", in the order given
# The fields quoted together, in the order given, and how many: not the one that best fits the question.
_TOGETHER = {"contact": CONTACT_FIELDS, "distribution": DISTRIBUTION_FIELDS}
# A field runs to the next label, the end of its line or a sentence end; a "；" parts the members of one
# field ("列席：县财政局局长　祁山；县教育局局长　田禾"), and ends it only before another label.
_NEXT = r"(?=[\s\u3000]+[\u4e00-\u9fff]{2,6}\s*[：:]|[；;][\s\u3000]*[\u4e00-\u9fff]{2,6}\s*[：:]|[。\n]|[；;]\s*$|$)"


def names_event(question: str, titles: list[str]) -> bool:
    """Whether ``question`` is about the meeting or campaign its text is for: it says 会议 or 活动, or
    the name a title quotes ("安全生产月" of "…“安全生产月”活动方案")."""
    return bool(_ABOUT_MEETING.search(question) or _ABOUT_ACTIVITY.search(question)
                or any(name in question for t in titles for name in _QUOTED_NAME.findall(t)))


def field_asked(question: str, titles: list[str] = ()) -> str | None:
    """The kind of labelled fact asked: a notice's contact ("contact"), whom the text goes to
    ("distribution"), who minutes say was away
    ("absent"), kept the record ("recorder") or sat in ("observers"), or of a meeting or campaign
    ("place", "date", "chair", "attendees") when the question is about it (``titles``: of the texts
    in scope, whose quoted names name it)."""
    if _ASKS_CONTACT.search(question):
        return "contact"
    if _ASKS_DISTRIBUTION.search(question):
        return "distribution"
    if _ASKS_ABSENT.search(question):
        return "absent"
    if _ASKS_RECORDER.search(question):
        return "recorder"
    if _ASKS_OBSERVERS.search(question):
        return "observers"
    if not names_event(question, titles):
        return None
    if _ASKS_TIME_OF_DAY.search(question):
        return "date"
    if _ASKS_ATTENDEES.search(question):
        return "attendees"
    kind = asked(question).fact
    if kind == "person":  # who chaired it, or who took part: "谁参加了会议" is not its chair
        return "chair" if "主持" in question else "attendees" if re.search(r"参加|出席|参会|与会", question) else None
    return kind if kind in ("place", "date") else None


def field_label(question: str) -> re.Pattern[str] | None:
    """The label of the meeting field a question asks ("地点：", "主持："), as a pattern; None for none."""
    kind = field_asked(question)
    return re.compile(rf"(?:^|[\s\u3000]){_LABELS[kind]}\s*[：:]") if kind else None


def _heading_fields(index: PassageIndex, doc_id: str, kind: str) -> list[tuple[int, re.Match[str]]]:
    """A notice that heads its fields ("一、会议时间" with "3月12日上午9:30" on the next line): the first
    sentence of the first passage under a heading that is the label alone, as a field "label：value"
    matched in the passage (group 1 the quoted span, group 2 the value)."""
    label = re.compile(rf"{_LABELS[kind]}[：:]?")
    for row in index.doc_rows(doc_id):
        passage = index.passages[row]
        head = passage.section.split(SECTION_SEP)[-1].strip() if passage.section else ""
        marker = leading_marker(head)
        if not label.fullmatch(head[marker.end:].strip() if marker else head):
            continue
        value = re.match(r"\s*((\S[^。\n]*?))[。；;]?(?=\n|$|(?<=。))", passage.text)
        return [(row, value)] if value else []
    return []


def field_answer(index: PassageIndex, kind: str, documents: set[str] | None, builder: CitationBuilder,
                 lang: str, question: str = "") -> str | None:
    """The labelled field of ``kind`` in the speeches in scope, quoted and cited; None when none has one.
    Of several ("参加人员：县财政局…" at the top, "参加：吴静（县财政局）…" at the end), the first that
    names a word of the question beyond the meeting ("县财政局谁参加了会议"), else the first."""
    pattern = re.compile(rf"(?:^|[\s\u3000])({_LABELS[kind]}\s*[：:]\s*(\S.*?)){_NEXT}")
    words = [w for w in search_words(question) if len(w) >= 2 and w not in ("会议", "参加", "出席", "参会", "主持")]
    found = []
    for doc in index.documents:
        if documents is not None and doc.id not in documents:
            continue
        fields = [(row, m) for row in index.doc_rows(doc.id)
                  for m in pattern.finditer(index.passages[row].text)]
        if not fields and kind not in _TOGETHER:  # "一、会议时间" a heading, its value the body below it
            fields = _heading_fields(index, doc.id, kind)
        if kind == "distribution" and not fields:  # "各区县…，局机关各科室、直属单位：" heads the notice
            fields = [(row, m) for row in list(index.doc_rows(doc.id))[:2]
                      if (m := _ADDRESSEE_LINE.match(index.passages[row].text))][:1]
        if fields:
            # a list of people by their units ("吴静（县财政局）") says who came from a unit asked about
            def fit(field):
                value = field[1].group(2)
                return (any(w in value for w in words),
                        any(re.search(rf"[（(][^（）()]*{re.escape(w)}[）)]", value) for w in words))
            if kind in _TOGETHER:  # name, phone and mail, or 报/送/发, together in their order
                found += [(doc.title, m.group(1), builder.cite(row, m.start(1), m.end(1)))
                          for row, m in fields[:_TOGETHER[kind]]]
                continue
            row, m = max(fields, key=fit)  # the first of the best: max keeps the earliest on ties
            mark = builder.cite(row, m.start(1), m.end(1))
            found.append((doc.title, m.group(1), mark))
    return quoted_per_speech(found, lambda field, mark: f"The text gives: {field} [{mark}]." if lang == "en"
                             else f"原文写明:{field}[{mark}]。")
