"""Who gave a speech and when: answered from the lines under its title.

"这篇讲话是谁讲的", "这份意见是哪天印发的", "Who delivered this report?" ask about the
text itself, not about anything it says. The byline (a speaker line, a date line) is
not in any passage, so the answer cites a passage of its own, ``<doc>#header``: the
title and byline lines, exactly as the source has them. An issuing body named in a
``X关于…的意见`` title, or a year in the title, is what the text does give, and is said
as such; a speech with no byline at all is answered from its text like any question.
"""
from __future__ import annotations

import re
from typing import Literal

from index.byline import Byline, SourceLine, read_byline, speaker_in_title
from index.chrome import without_buttons
from index.title import STAND_IN
from index.document import Document
from index.tokenize import tokenize

from .answer import Answer, Citation
from .decline import listing
from .library_answers import merge_per_document
from .page_questions import PAGE_FACT, PAGE_NAMED, POSTED_ASKED, SOURCE_ASKED

Asked = Literal["speaker", "date", "both", "number", "number_date", "source"]

# The document's issuing number: "文号是多少", "发文字号", "What is the document number?"
_NUMBER_ASKED = re.compile(r"文号|发文字号|发文号|文件编号|第几期|哪一期|期号|\b(?:document|reference|file)\s+(?:number|no\.?)"
                           r"|\bwhich\s+issue\b|\bissue\s+(?:number|no\.?)", re.I)

_TEXT_ZH = (r"(?:讲话|报告|意见|文件|文章|发言|致辞|通知|通报|通告|公告|决定|方案|规划|纲要|纪要|总结|解读|材料"
            r"|批复|答复|回复|复函|请示|函|要点|办法|细则|述职|这篇|这份|该文|本文|全文|原文)")
_VERB_ZH = r"(?:讲话|作报告|做报告|讲|作|做|写|撰写|编写|发表|印发|发布|签发|下发|发出|发|出台|出|形成|完成|制定|起草|致辞|发言|给|作出" \
           r"|召开|举行|开)"  # the meeting it was given at: "哪天开的"
# The verb ends the question ("…是谁讲的?"): "什么时候作出部署" asks about what the text says.
_END = r"(?:的|了|呢)?\s*[？?。!！]*\s*$"
_SPEAKER_ZH = re.compile(
    rf"(?:谁|哪位(?:领导|同志)?|哪个(?:领导|人|单位|部门|机关)|什么人|由谁)(?:在\S{{0,12}}?|什么时候|何时|哪天)?"
    rf"{_VERB_ZH}{_END}"
    rf"|(?:讲话人|报告人|作者|发言人|署名|落款|发文(?:单位|机关)|印发(?:单位|机关))"
    rf"|(?:讲话|发言|致辞|(?:作|做)报告)的(?:人|领导|同志)(?=是|叫|姓|什么|啥)"
    rf"|谁的(?:[\u4e00-\u9fff]{{1,4}}?)?(?:讲话|报告|发言|致辞)|{_TEXT_ZH}是谁"
    # the text named after its verb: "谁发的通报", "哪个单位印发的这个方案"
    rf"|(?:谁|哪个(?:单位|部门|机关))(?:\S{{0,4}}?){_VERB_ZH}的(?:这个|这份|这篇|该)?{_TEXT_ZH}{_END}"
    # who reports on the year's work: "谁做的述职", "述职的是哪个单位"
    rf"|谁(?:做|作)?的?述职|述职的?(?:是|人|单位|主体)"
    # the speaker asked by name or post: "做报告的局长叫啥名", "作报告的是哪位局长"
    rf"|(?:讲话|报告|发言|致辞)的(?:[\u4e00-\u9fff]{{1,4}}?)?(?:叫|姓)(?:啥|什么)(?:名字?)?{_END}"
    rf"|(?:讲话|报告|发言|致辞)的是哪位[\u4e00-\u9fff]{{0,4}}{_END}"
    # the act named, then who: "致辞的是谁", "作报告的是谁"
    rf"|(?:讲话|发言|致辞|(?:作|做)报告)的(?:人)?是谁{_END}")
_DATE_ZH = re.compile(
    rf"(?:什么时候|啥时候|何时|哪天|哪一天|哪年|哪一年|什么时间|什么日子|几月几[日号]|几号|哪个月)(?:\S{{0,12}}?){_VERB_ZH}{_END}"
    rf"|(?:{_VERB_ZH}|成文|讲话|报告)(?:的)?(?:时间|日期)|落款日期|{_TEXT_ZH}的?(?:日期|时间)是"
    rf"|(?:这次|本次|此次)会议\S{{0,4}}?(?:什么时候|何时|哪天|哪一天)(?:召开|举行){_END}"
    # the meeting said plainly: "会是哪天开的", "会议几号开的"
    rf"|(?:^|[\s，,])(?:这个|这次|今天的?)?会议?是?(?:什么时候|何时|哪天|哪一天|几号|几月几[日号])(?:召开|举行|开)(?:的|了)?{_END}"
    rf"|(?:什么时候|何时|哪天|哪一天)(?:\S{{0,4}}?){_VERB_ZH}的(?:这个|这份|这篇|该)?{_TEXT_ZH}{_END}")
# Not the text's own byline: who leads or answers for a task, when a task is due.
_NOT_BYLINE = re.compile(r"负责|牵头|主抓|分管|承担|完成|实现|达到|建成|到位|截止|之前|以前|前要|召开[^的]")
_TEXT_EN = (r"(?:speech|report|text|document|opinion|address|remarks|article|decision|notice|notification|circular"
            r"|plan|measures|rules|regulations|minutes|bulletin|it)")
_SPEAKER_EN = re.compile(r"\bwho\b[^?]*\b(?:gave|give|delivered|deliver|made|wrote|issued|signed|authored)\b"
                         r"|\bwho\b[^?]*\bspeaker\b|\bwho\s+(?:is|was)\s+the\s+(?:speaker|author)\b", re.I)
_DATE_EN = re.compile(rf"\b(?:when|what\s+date|which\s+day|which\s+year)\b[^?]*\b(?:was|were|did)\b[^?]*\b"
                      rf"{_TEXT_EN}\b[^?]*\b(?:given|delivered|issued|published|made|written|signed|dated|give|"
                      rf"deliver|issue|publish)\b|\bdate\s+of\s+(?:the|this)\s+{_TEXT_EN}\b", re.I)
_EN_TEXT_RE = re.compile(rf"\b{_TEXT_EN}\b", re.I)
_YEAR_RE = re.compile(r"(?:19|20)\d{2}年")
_ISSUER_RE = re.compile(r"^(.{2,40}?)关于")
_STAND_IN = re.compile(STAND_IN)
_A_POST = re.compile(r"(?:书记|长|主任|委员|部长|代表|负责人|领导)$")
HEADER_SECTION = "标题与署名"
_ASKS_A_PERSON = re.compile(r"局长|书记|县长|市长|省长|区长|主任|部长|厅长|处长|领导|同志|姓名|名字|\bperson\b|\bofficial\b")
SIGNOFF_SECTION = "落款"


# Nouns that only a text's byline answers ("讲话人是谁", "印发日期"), whatever else the question says.
_BYLINE_NOUN = re.compile(r"讲话人|报告人|作者|发言人|署名|落款|发文(?:单位|机关)|印发(?:单位|机关)"
                          r"|(?:讲话|发言|致辞|(?:作|做)报告)的(?:人|领导|同志)(?=是|叫|姓|什么|啥)"
                          r"|(?:印发|发布|发表|成文|签发)(?:的)?(?:时间|日期)")
# What the text says, not the text itself: "讲话中…", "意见提出…在哪一年出台".
_SAYS = re.compile(r"[中里内]|提出|提到|要求|指出|说|讲到|谈到|明确|强调|部署|规定|表示")


# A document the text names, by the words before its kind ("补贴办法什么时候出台" of a reply that says
# "研究制定城乡公交运营补贴办法，力争年内出台"): its own date is in the text, not the byline.
_RULE_KINDS = r"办法|细则|方案|规划|纲要|要点|意见|通知|决定|条例"
_NAMED_KIND = re.compile(rf"(?=([\u4e00-\u9fff]{{2,4}}(?:{_RULE_KINDS})))")
_OWN_TEXT = re.compile(r"这|该|本|此|份|篇")
# What any rule is of, naming no subject ("扶持办法", "实施细则").
_KIND_OF_RULE = frozenset("扶持 补贴 补助 奖励 支持 管理 实施 具体 相关 工作 考核 专项 配套 有关".split())


def names_a_document_within(question: str, documents) -> bool:
    """Whether ``question`` names a document that one of ``documents`` speaks of, not the text itself:
    its words appear in the text's body but not in its title, as a phrase ("补贴办法") or by the
    subject it is of ("劳务合作社扶持办法" of "对新成立的劳务合作社…具体办法由…4月底前制定出台")."""
    for m in _NAMED_KIND.finditer(question):
        phrase = m.group(1)
        if _OWN_TEXT.search(phrase):
            continue
        if any(phrase in d.source and phrase not in d.title for d in documents):
            return True
    kind = re.search(_RULE_KINDS, question)
    if kind is None or _OWN_TEXT.search(question[:kind.start()]):
        return False
    subject = [w for w in tokenize(question[max(0, kind.start() - 10):kind.start()])
               if len(w) >= 2 and w not in _KIND_OF_RULE]
    for d in documents:
        said = [w for w in subject if w in d.source and w not in d.title]
        if len(said) >= 2 or any(len(w) >= 3 for w in said):
            return True
    return False


# The meeting itself asked when ("会议是哪天开的", "这个会几号开的"): of a speech given at a meeting, the date
# under its title is the meeting's.
_MEETING_ASKED = re.compile(r"^\s*(?:这个|这次|本次|此次|今天的?|那个)?(?:会议?|大会)(?:是|在)?"
                            r"(?:什么时候|啥时候|何时|哪天|哪一天|几号|几月几[日号]|什么时间)")
# "今天召开全局2025年工作会议": a speech opening on the meeting it is given at
_MEETING_TODAY = re.compile(r"今天[^。！!]{0,6}(?:召开|举行|在这里召开)[^。！!]{0,30}会")
_MEETING_TITLE = re.compile(r"会议|大会|(?:座谈|推进|部署|调度|动员|培训|现场|观摩|务虚|工作|表彰|总结)会")


_BARE_WHEN = re.compile(r"\s*(?:是|这是)?(?:什么时候|啥时候|何时|哪天|哪一天|几号|几月几[日号])"
                        r"(?:发布|印发|下发|发出|签发|出台|发|出|写|讲|召开|举行|开)的?[？?。!！\s]*$")


_MEETING_SPOKEN_AT = re.compile(r"(?:会议|大会|座谈会|推进会|动员会|会)(?:上)?(?:的讲话)?(?:是|由)?(?:谁|哪位领导|哪位)(?:讲|作|做)")


def _about_the_text(question: str) -> bool:
    """Whether the question's subject is the text ("这份意见是…", "这是谁的讲话"), not a thing it names."""
    if _BYLINE_NOUN.search(question) or re.search(r"这是谁|这是哪|这次会议", question) or _MEETING_ASKED.match(question):
        return True
    if re.match(r"\s*(?:是)?谁(?:讲|作|做|说|写)的", question):  # "谁讲的，什么时候": asked of the text at hand
        return True
    if _MEETING_SPOKEN_AT.search(question):  # "县里的经济工作会议是谁讲的": the speech given at it
        return True
    if _BARE_WHEN.match(question):  # "什么时候发的": the asking and the verb alone, of the text at hand
        return True
    m = re.search(_TEXT_ZH, question)
    return bool(m) and not _SAYS.match(question[m.end():])


def byline_asked(question: str) -> Asked | None:
    """Whether ``question`` asks who gave the text, when, both, its issuing number, or the page
    that published it (None: none)."""
    if _NUMBER_ASKED.search(question):
        # "这个通知是哪天发的，文号多少": its date asked in a clause of its own too
        dated = any(_DATE_ZH.search(c) for c in re.split(r"[，,；;？?]", question) if not _NUMBER_ASKED.search(c))
        return "number_date" if dated else "number"
    if SOURCE_ASKED.search(question) or (PAGE_NAMED.search(question) and PAGE_FACT.search(question)):
        return "source"
    if _NOT_BYLINE.search(question):
        return None
    if re.search(r"[a-zA-Z]{3}", question) and not re.search(r"[\u4e00-\u9fff]", question):
        if not _EN_TEXT_RE.search(question) and not re.search(r"\b(?:speaker|author)\b", question, re.I):
            return None  # "Who is the speaker?" names the text by its speaker
        who, when = bool(_SPEAKER_EN.search(question)), bool(_DATE_EN.search(question))
    else:
        if not _about_the_text(question):
            return None
        clauses = re.split(r"[，,；;？?]", question)  # "谁讲的，什么时候", "谁讲的？什么时候": each at its clause's end
        who, when = any(_SPEAKER_ZH.search(c) for c in clauses), any(_DATE_ZH.search(c) for c in clauses)
        when = when or (who and bool(_WHEN_TOO.search(question)))  # "…是谁讲的？什么时候？"
    return "both" if who and when else "speaker" if who else "date" if when else None


# A bare "when" after asking who: "这篇讲话是谁讲的？什么时候？", "谁作的报告，哪天？"
_WHEN_TOO = re.compile(r"[？?，,、\s]\s*(?:又是|是)?(?:什么时候|啥时候|何时|哪天|哪一天|什么时间)(?:讲的|作的|说的|呢)?[？?]?\s*$")


def _header_citation(doc: Document, byline: Byline, quote: SourceLine, number: int) -> Citation:
    if quote in (byline.signer, byline.signed):  # the sign-off at the end: a passage of its own
        lines = [ln for ln in (byline.signer, byline.signed) if ln is not None]
        start, end = min(ln.start for ln in lines), max(ln.end for ln in lines)
        return Citation(id=number, passage_id=f"{doc.id}#signoff", document=doc.id, section=SIGNOFF_SECTION,
                        text=doc.source[start:end], quote=quote.text)
    lines = [ln for ln in (byline.title, byline.speaker, byline.date, byline.published, byline.number)
             if ln is not None]
    start, end = min(ln.start for ln in lines), max(ln.end for ln in lines)
    return Citation(id=number, passage_id=f"{doc.id}#header", document=doc.id, section=HEADER_SECTION,
                    text=doc.source[start:end], quote=quote.text)


def byline_answer(question: str, asked: Asked, doc: Document, lang: str) -> Answer:
    """The answer to a byline question about ``doc``, citing the lines that give it."""
    byline = read_byline(doc.source, doc.id, doc.title)
    title = f"《{doc.title}》"
    parts: list[str] = []
    quotes: list[SourceLine] = []
    missing: list[str] = []
    nameless = False  # the name asked is a stand-in's

    # "文末" only for a sign-off that ends the text (a forwarding notice signs before its plan follows)
    where = "文末" if byline.signed is None or not doc.source[byline.signed.end:].strip() else "文中"
    where_en = "at its end" if where == "文末" else "within it"

    def cite(line: SourceLine) -> str:
        if line not in quotes:
            quotes.append(line)
        return f"[{quotes.index(line) + 1}]"

    page = without_buttons(byline.published.text) if byline.published else ""

    def page_shows() -> str:  # the page's own line, its buttons and counters left out
        return (f"The page it came from shows: {page} {cite(byline.published)}." if lang == "en"
                else f"原文所在页面标注：{page}{cite(byline.published)}。")

    if asked in ("number", "number_date"):
        if byline.number:
            parts.append(f"The document number under the title of {title} reads: {byline.number.text} "
                         f"{cite(byline.number)}." if lang == "en" else
                         f"{title}的{'期号' if byline.number.text.endswith('期') else '发文字号'}是："
                         f"{byline.number.text}{cite(byline.number)}。")
        else:
            missing.append("document number" if lang == "en" else "文号")
    if asked == "source":  # the page's own line: "原创 柳溪发布 2025年02月18日", "发布时间：… 来源：…"
        if byline.published:
            parts.append(page_shows())
        else:
            missing.append("source" if lang == "en" else "发布来源")
    if asked in ("speaker", "both"):
        issuer = _ISSUER_RE.match(byline.title.text) if byline.title and not byline.speaker else None
        if byline.speaker:
            parts.append(f"The byline under the title of {title} reads: {byline.speaker.text} {cite(byline.speaker)}."
                         if lang == "en" else f"{title}标题下的署名是：{byline.speaker.text}{cite(byline.speaker)}。")
            if (stand_in := _stand_in_asked(question, byline)) is not None:
                # "县长叫什么" of "县长　某某某": a template's stand-in, not a name
                nameless = True
                parts.append(f"“{stand_in.group(0)}” stands in for the name: the text does not give it."
                             if lang == "en" else f"其中“{stand_in.group(0)}”是代称，原文没有给出真实姓名。")
        elif byline.signer and not _ASKS_A_PERSON.search(question):  # "局长是谁" is not the bureau that signed
            parts.append(f"The text is signed off {where_en} by: {byline.signer.text} {cite(byline.signer)}."
                         if lang == "en" else f"{title}{where}落款是：{byline.signer.text}{cite(byline.signer)}。")
        elif issuer:
            parts.append(f"The title names the issuer: {issuer.group(1)} {cite(byline.title)}."
                         if lang == "en" else f"标题写明发文者是{issuer.group(1)}{cite(byline.title)}。")
        elif byline.title and (said := speaker_in_title(byline.title.text)) \
                and not (_NAME_ASKED.search(question) and _A_POST.search(said)):  # a post is no name
            parts.append(f"The title names the speaker: {said} {cite(byline.title)}." if lang == "en"
                         else f"标题写明讲话人是{said}{cite(byline.title)}。")
        else:
            missing.append("speaker" if lang == "en" else "讲话人或署名")
    if asked in ("date", "both", "number_date"):
        year = _YEAR_RE.search(byline.title.text) if byline.title and not (byline.date or byline.published
                                                                         or byline.signed) else None
        if byline.published and POSTED_ASKED.search(question):  # "这篇文章什么时候发布的": the page's date
            parts.append(page_shows())
        elif byline.date:
            parts.append(f"The date under the title reads: {byline.date.text} {cite(byline.date)}."
                         if lang == "en" else f"{title}标题下注明的日期是：{byline.date.text}{cite(byline.date)}。")
        elif byline.signed:
            parts.append(f"The sign-off {where_en} is dated {byline.signed.text} {cite(byline.signed)}."
                         if lang == "en" else f"{title}{where}落款日期是：{byline.signed.text}{cite(byline.signed)}。")
        elif byline.published:  # the page's date, not the speech's own: said as what the page shows
            parts.append(f"The text itself gives no date; the page it came from shows: {page} "
                         f"{cite(byline.published)}." if lang == "en" else
                         f"原文正文没有注明日期，所在页面标注：{page}{cite(byline.published)}。")
        elif year:
            parts.append(f"The text gives no date; its title names the year: {year.group(0)} {cite(byline.title)}."
                         if lang == "en" else
                         f"原文没有注明具体日期，标题写明的年份是{year.group(0)}{cite(byline.title)}。")
        else:
            missing.append("date" if lang == "en" else "日期")
    if missing:
        gap = " or ".join(missing) if lang == "en" else "和".join(missing)
        parts.append(f"{title} does not state its {gap}: the text has no byline under its title."
                     if lang == "en" else f"原文没有写明{gap}：{title}标题下没有这一信息。")
    if not quotes or nameless:  # nothing under the title says it, or a stand-in does
        text = " ".join(parts) if lang == "en" else "".join(parts)
        # an unanswered question carries no citations (the answer contract), so no [n] marks either
        return Answer(question=question, answer=re.sub(r" ?\[\d+\]", "", text), answerable=False)
    citations = [_header_citation(doc, byline, q, i + 1) for i, q in enumerate(quotes)]
    return Answer(question=question, answer=(" " if lang == "en" else "").join(parts), answerable=True,
                  citations=citations)


def _stand_in_asked(question: str, byline: Byline) -> re.Match[str] | None:
    """The template's stand-in ("某某某") a byline gives where the question asks for a person's name."""
    if byline.speaker is None or not _ASKS_A_PERSON.search(question):
        return None
    return _STAND_IN.search(byline.speaker.text)


def byline_answers(question: str, asked: Asked, documents: list[Document], lang: str) -> Answer | None:
    """The byline answer of each speech in scope that has one (under its title when several).

    None when no speech in scope has the byline asked: the question is then answered from
    the text like any other ("这次会议是什么时候召开的" may be told in the opening), and
    declined by the refusal rule when the text does not tell it either.
    """
    if _MEETING_ASKED.match(question):  # the meeting asked of: the speeches given at one
        # dated under its title: a news report's page date is not the meeting's, which its body tells
        documents = [d for d in documents if (_MEETING_TITLE.search(d.title) or _MEETING_TODAY.search(d.source[:600]))
                     and read_byline(d.source, d.id, d.title).date is not None]
    parts = [(d.title, byline_answer(question, asked, d, lang)) for d in documents]
    # a stand-in's byline is answered too, unanswerable: it says the text gives no name
    given = [(t, a) for (t, a), d in zip(parts, documents)
             if a.answerable or _stand_in_asked(question, read_byline(d.source, d.id, d.title)) is not None]
    if not given:
        return None
    return given[0][1] if len(given) == 1 else merge_per_document(question, given, lang)


# The speaker asked by name ("讲话的领导叫啥名", "What is the speaker's name?"), not who the text is from.
_NAME_ASKED = re.compile(r"叫(?:啥|什么)|姓(?:啥|什么)|名字|姓名|\bname\b", re.I)
# The speaker's post, asked as people ask it ("讲话的领导是什么职务", "作报告的是什么官"): no byline, no answer.
_POST_ASKED = re.compile(r"职务|职位|官职|头衔|身份|什么官|什么级别|\bposition\b|\bpost\b|\brank\b", re.I)
# A title that may name its speaker ("李明同志在…上的讲话", "市长在…会议上的讲话"): not read for a byline.
_TITLE_NAMES = re.compile(r"同志|^\S{2,12}?在\S+(?:讲话|报告|发言|致辞)")


def unnamed_speaker(question: str, asked: Asked, documents: list[Document], lang: str) -> Answer | None:
    """The decline when the speaker is asked by name or post and the one speech in scope names no one: no
    byline, no sign-off, a title without a name ("在全市…会议上的讲话"). Its passages would only
    offer a heading that shares a word (加强组织领导 for "领导叫啥名"). None otherwise."""
    post = bool(_POST_ASKED.search(question))
    if asked != "speaker" or len(documents) != 1 or not (post or _NAME_ASKED.search(question)):
        return None
    doc = documents[0]
    if _TITLE_NAMES.search(doc.title):
        return None
    what = ("姓名和职务" if _NAME_ASKED.search(question) else "职务") if post else "姓名"
    lead = (f"《{doc.title}》 does not name its speaker: there is no byline under its title."
            if lang == "en" else f"原文没有写明讲话人的{what}：《{doc.title}》标题下没有署名，标题也未提及。")
    return Answer(question=question, answer=f"{lead}\n\n{listing([doc], lang)}", answerable=False)
