"""The title of a speech: its own title line, not a site's name, a date or the file name.

Speeches, reports and documents name themselves in a few shapes: ``在…上的讲话``,
``…政府工作报告``, ``关于…的意见``, ``…讲话提纲``. Scraped pages put a site header,
a breadcrumb and a date line above that line, so the title is looked for among the
first lines that are not site chrome, before the speech begins (a salutation, a
heading, a sentence).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import DATE_LINE, ISSUER_DATE_LINE
from .bullets import BULLET_CHARS
from .chrome import chrome_line_kind, starts_numbered, strip_site_suffix

WINDOW = 8  # non-chrome lines searched for the title
SHORT_HEADER_LINE = 12  # a line above an editor's note this short is a name (an account's), not text
MAX_TITLE = 80
HEADLINE_MIN = 8  # a feed's headline, its dress taken off, is at least this long

_KINDS = r"讲话|讲话稿|讲话提纲|致辞|发言|发言稿|主持词|报告|工作报告|总结讲话|动员讲话|党课讲稿|讲稿"
# An official document's issuing number (发文字号): issuer's short name, 〔year〕 and a serial, "号".
# Beside it, right-aligned, a reply's class or an urgency or signer's mark: "…56号　　A类", "签发人：李某".
NUMBER_MARK = r"(?:[\s\u3000]*(?:[A-DＡ-Ｄ]类|特急|加急|平急|签发人[：:]\s*[\u4e00-\u9fff]{2,4}))?"
DOC_NUMBER_RE = re.compile(rf"[\u4e00-\u9fff]{{1,12}}[〔\[［【(（]\s*(?:19|20)\d{{2}}\s*[〕\]］】)）]\s*第?\s*\d{{1,4}}\s*号{NUMBER_MARK}")
# A bulletin's issue number under its masthead ("第12期", "总第126期", "〔2026〕第3期"): its number, as a
# document's 发文字号 is.
ISSUE_NUMBER_RE = re.compile(r"(?:[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*)?总?第\s*\d{1,4}\s*期")
_DOC_KINDS = r"意见|实施意见|指导意见|若干意见|通知|决定|报告|通报|规定|办法|方案|规划|纲要|决议|公报|批复|答复|复函|函|会议纪要|纪要|请示|通告|公告|细则"
_NOTE = r"(?:\s*[（(](?:摘要|提纲|节选|要点|全文|摘编|摘登|整理稿|发言稿|讲话稿|草案|征求意见稿|\d{4}年[^）)]{0,10})[)）])?"
_SHAPES = (rf"(?:.{{0,40}}?(?:在|于).{{2,70}}?(?:上|中|时|之际|期间)的(?:{_KINDS})"
           rf"|.{{0,40}}?政府工作报告|.{{0,40}}?关于.{{2,80}}?的(?:{_DOC_KINDS})"
           rf"|.{{2,60}}?(?:讲话提纲|讲话稿|工作报告|的讲话|上的致辞|上的发言|述职报告|党课讲稿"
           rf"|工作总结|工作要点|工作计划|工作打算|调研报告|调查报告|考察报告|研究报告)){_NOTE}")
# An editor's preface above a reposted speech ("编者按：3月5日，…县委书记…讲话"): not the speech's
# body, so the title may still follow it.
_PREFACE_RE = re.compile(r"^\W{0,3}\s*(?:编者按|编者的话|编辑按|按语|导读|内容提要)\s*[：:]")
TITLE_RE = re.compile(rf"^{_SHAPES}$")
# A line that is the name of a document, nothing else: "…三年行动实施方案（2025—2027年）", "关于…的意见".
# A notice forwarding a plan (关于印发…的通知) carries the plan's own title under its sign-off.
DOC_TITLE_LINE_RE = re.compile(rf"^[\u4e00-\u9fff《》“”\d（）()—－\-、]{{4,60}}?(?:{_DOC_KINDS}|{_KINDS}"
                               rf"|工作要点|工作计划|实施细则)(?:\s*[（(][^（）()。，,]{{2,20}}[)）])?$")
# A title at the head of a line that goes on with the speech (a whole page on one line).
_PREFIX_RE = re.compile(rf"^{_SHAPES}(?=[ \t\u3000]+\S|同志们|各位)")
SALUTATION_RE = re.compile(
    r"^(?:同志们|各位(?:领导|代表|委员|同志|来宾|嘉宾|同仁|老师|专家)[^，,。:：]{0,20}|女士们、?先生们|朋友们|尊敬的[^，,。:：]{1,30})"
    r"\s*[：:，,！!]")
_SUBTITLE_RE = re.compile(r"^(?:——|—|－－|--|-)\s*\S")
_SENTENCE_PUNCT = "。！？!?；;"
_FILE_RE = re.compile(r"\.(?:txt|md|docx?|pdf|html?|wps)$|^[A-Za-z0-9_\-.]+$", re.IGNORECASE)
_OUTLINE_MARK_RE = re.compile(r"^(?:目\s*录|提\s*纲|目录/提纲|提纲/目录|目录及提纲|讲话提纲)\s*[：:]?\s*(?:…+|\.{3,})?$")
_CLOSER_RE = re.compile(r"^(?:…+|\.{3,}|-{3,}|—{2,}|\*{3,}|={3,})$")
# A red-headed document's banner above its number and title ("××区人民政府办公室文件"): the issuer's.
_MASTHEAD_RE = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:文件|简报)$")
_MD_RE = re.compile(r"^#{1,6}\s*|^\*\*(?=.*\*\*$)|\*\*$")
# A speaker line under a title: "李克强", "县委书记　周建国", "（李克强）", "张三同志".
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
             "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
             "习温栗")
_ROLE = r"(?:[\u4e00-\u9fff、]{0,16}(?:书记|市长|县长|省长|区长|镇长|乡长|主任|总理|部长|局长|厅长|主席|委员|代表|理事长|院长|校长|同志)[\s\u3000]*)"
# Less common surnames ("副市长　柏云舟", "县长  霍明哲"): read only after a post, as several are words too.
_MORE_SURNAMES = ("霍柏邝樊葛邢乔伍庞颜倪聂翟殷詹欧耿焦俞柳祝舒阮柯裴涂翁冉骆靳柴鲍喻祁蒲滕饶牟艾尤卓缪芦麦褚娄窦"
                  "戚岑卜晏瞿桂佟臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄仲虞敖巩佘苑迟封匡鞠荆冀郁胥燕鄢谌奚粟冼蔺阚帅屠"
                  "廉禹漆卿狄晋扈晁芮阙鹿邸雍辜裘亓邰赫逯茹慕嵇湛戎茅尉檀昝常康施牛安齐易章鲁岳申关兰左甘包宁尚"
                  "符纪梅童凌毕单季成苗谷盛曲蓝路游辛管蒙华房屈解阳时司古吉简车项连景党宫费冷席卫米宗全应边师和"
                  "商沙荣明池查官谈惠乐南班储原楚皮楼满闻位厉伊花权强朴盖练井祖巴丰支国平计索宣相初门云容敬来都"
                  "普浦戈伏薄羊乌母修杭况那宿鲜印隆诸战危玉银亢公哈宾勾利呼居揭干但冶斯元束衣信展阴智幸奉植衡富"
                  "尧由文")
# A body's name on a line of its own ("县水务局党组", "中共某某县委办公室"): under a title, the body
# that gives the report (a 班子述职报告 is the 党组's); at the end, the body signing it off.
BODY_LINE_RE = re.compile(r"^[\u4e00-\u9fff（）()]{2,40}(?:局|委|政府|办公室|办公厅|委员会|中心|院|厅|部|处|所|站"
                          r"|办事处|公司|党委|党组|支部|协会|办"
                          # a survey's or a study's authors: "县委政研室调研组", "市统计局课题组", "研究室"
                          r"|调研组|课题组|工作组|督查组|考察组|研究室|政研室)$")
# A template's stand-in for the name ("县长 某某某", "市委书记 ×××", "局长 ×某") is a speaker line too.
STAND_IN = r"(?:某某某?|[×xXＸ＊*]{2,3}|[×xXＸ＊*]某|某[×xXＸ＊*])"
_SPEAKER_RE = re.compile(rf"^[（(]?{_ROLE}?[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:同志)?[）)]?$"
                         rf"|^[（(]?{_ROLE}[{_MORE_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:同志)?[）)]?$"
                         rf"|^[（(]?{_ROLE}[\s\u3000]*{STAND_IN}(?:同志)?[）)]?$"
                         rf"|^[（(]?{_ROLE}?[{_SURNAMES}][\s\u3000][\u4e00-\u9fff](?:[\s\u3000][\u4e00-\u9fff])?[）)]?$"
                         rf"|^[（(]?{_ROLE}[{_MORE_SURNAMES}][\s\u3000][\u4e00-\u9fff](?:[\s\u3000][\u4e00-\u9fff])?[）)]?$")


def speaker_line_re() -> re.Pattern:
    """The pattern of a speaker line under a title ("县委书记　周建国", "县长 某某某")."""
    return _SPEAKER_RE


@dataclass
class TitleMatch:
    """Where the title is among the lines given, and what lies around it.

    ``title`` is None when no line or hint looks like one (the caller then uses the
    file stem). ``index`` is the title's first line and ``used`` how many lines it takes
    (2 with a ``——在…上的讲话`` subtitle, or a main title over its ``在…讲话`` line);
    ``end_in_line`` is set when the title is only the head of its line (a whole page on
    one line): the title ends there and the speech goes on. ``chrome_before`` lists
    ``(index, kind)`` of site-chrome lines above the title (or above the body when
    there is no title line), ``chrome_after`` those between the title and the body.
    ``speaker`` and ``date`` are the indices of a speaker line ("李克强", "县委书记 张三")
    and a date line ("（2018年1月2日）") under the title: the speech's header, not chrome.
    """

    title: str | None
    index: int | None
    used: int
    chrome_before: list[tuple[int, str]] = field(default_factory=list)
    chrome_after: list[tuple[int, str]] = field(default_factory=list)
    speaker: int | None = None
    date: int | None = None
    number: int | None = None  # a document's issuing number under its title ("岚政办发〔2025〕31号")
    end_in_line: int | None = None
    source: str = "line"  # "line", "hint" or "none"


# A title set letter-spaced, as a masthead or a printed cover does it ("工 作 简 报", "政　府　工　作　报　告"):
# single characters, three or more, each apart.
_LETTER_SPACED = re.compile(r"^[\u4e00-\u9fff](?:[ \t\u00a0\u3000]+[\u4e00-\u9fff]){2,}$")


def _clean(line: str) -> str:
    text = _MD_RE.sub("", line.strip(" \t\r\n\u00a0\u3000\u200b\ufeff")).strip()
    return re.sub(r"[ \t\u00a0\u3000]+", "", text) if _LETTER_SPACED.match(text) else text


# A post's headline dressed for a feed: emoji before it, a column's label ("权威发布｜", "重磅丨") and
# exclamation marks after it ("📢 权威发布｜市长在全市稳就业工作会议上这样说！").
# A template site tags its copy the same way: "【精品范文】…的讲话", "[原创]…"; a mailbox page labels it.
_HEADLINE_DRESS = re.compile(rf"^[{BULLET_CHARS}\ufe0f\u200d\s]+|^[\u4e00-\u9fff]{{2,6}}\s*(?:[｜|丨]|[！!](?=\S{{8}}))\s*"
                             r"|^(?:【[^】]{1,8}】|\[[^\]]{1,8}\])\s*|[！!]+$"
                             # a mailbox or message page labels its title: "来信标题：关于…的诉求", "主题：…"
                             r"|^(?:来信|留言|信件|咨询|投诉|诉求|文章)?(?:标题|主题)\s*[：:]\s*")


def _headline(text: str) -> str:
    """A first line without the dress a feed puts on a headline."""
    return _HEADLINE_DRESS.sub("", _HEADLINE_DRESS.sub("", text)).strip()


def _not_a_title(text: str, stem: str | None) -> bool:
    """Lines that are never a title: chrome, dates, file names, salutations, headings, items, sentences."""
    return (not text or len(text) > MAX_TITLE or chrome_line_kind(text) is not None or bool(_MASTHEAD_RE.match(text))
            or bool(DATE_LINE.match(text)) or bool(SALUTATION_RE.match(text)) or starts_numbered(text)
            or bool(_OUTLINE_MARK_RE.match(text)) or bool(_CLOSER_RE.match(text))
            or any(c in text for c in _SENTENCE_PUNCT) or text[-1] in "，,：:、…"
            or bool(stem and text in (stem, *(stem + e for e in (".txt", ".md", ".docx", ".pdf", ".html"))))
            or bool(_FILE_RE.search(text)))


def looks_like_title(text: str, stem: str | None = None) -> bool:
    """Whether a line reads as a speech's or document's own title (``在…上的讲话``, ``关于…的意见``)."""
    text = _clean(text)
    return not _not_a_title(text, stem) and bool(TITLE_RE.match(text))


def _begins_body(text: str) -> bool:
    """The speech itself has begun: a salutation, a heading, or a sentence."""
    return (bool(SALUTATION_RE.match(text)) or starts_numbered(text)
            or (len(text) > 30 and any(c in text for c in _SENTENCE_PUNCT)))


def _header_lines(texts: list[str]):
    """``(index, text, chrome kind)`` of the lines before the body, an outline block skipped."""
    in_outline = False
    for i, text in enumerate(texts):
        if not text:
            continue
        if _OUTLINE_MARK_RE.match(text):
            in_outline = True
            continue
        if in_outline and (starts_numbered(text) or _CLOSER_RE.match(text)):
            continue
        in_outline = False
        yield i, text, chrome_line_kind(text)


# The end of a title wrapped onto a line of its own: "的调研报告", "上的讲话", "的实施意见".
_TITLE_TAIL_RE = re.compile(r"(?:上|中)?的[\u4e00-\u9fff]{0,8}(?:报告|讲话|意见|通知|方案|办法|规划|决定|总结|要点|发言|致辞)")


def find_title(lines: list[str], hint: str | None = None, stem: str | None = None) -> TitleMatch:
    """Find the title among the first lines of a speech.

    Looks at up to :data:`WINDOW` non-chrome lines before the body begins (an outline
    block is skipped) for a line of a title's shape; a ``——…`` subtitle line right
    after it joins it. Without one, the ``hint`` (an HTML ``<title>``/``<h1>`` or a
    .docx title, its site suffix removed) when it looks like a title; else a short
    unpunctuated first line that is not chrome, a heading, a date or a salutation;
    else None. ``stem`` (the file name) is never taken for a title.
    """
    texts = [_clean(x) for x in lines]
    chrome: list[tuple[int, str]] = []
    seen: list[int] = []  # non-chrome lines of the header
    for i, text, kind in _header_lines(texts):
        if kind:
            if kind == "site_header" and looks_like_title(strip_site_suffix(text), stem):
                return _match(texts, i, strip_site_suffix(text), chrome, stem)
            chrome.append((i, kind))
            continue
        prefix = _PREFIX_RE.match(text) if not seen and len(text) > MAX_TITLE // 2 else None
        if prefix and not _not_a_title(prefix.group(0), stem):
            end = lines[i].find(prefix.group(0)) + len(prefix.group(0))
            return TitleMatch(prefix.group(0), i, 1, chrome, end_in_line=end)
        # an editor's note before the title, also under a repost's account name ("云湖发布" / "编者按：…")
        if _PREFACE_RE.match(text) and (not seen or all(len(texts[j]) <= SHORT_HEADER_LINE for j in seen)):
            continue
        if _begins_body(text) or len(seen) >= WINDOW:
            break
        seen.append(i)
        nxt = _next(texts, i)
        # a title whose kind is wrapped onto the next line ("关于…建设情况" / "的调研报告")
        if nxt is not None and nxt - i <= 2 and _TITLE_TAIL_RE.fullmatch(texts[nxt]) \
                and not _begins_body(text) and looks_like_title(text + texts[nxt], stem):
            return _match(texts, i, text + texts[nxt], chrome, stem, lines_used=nxt - i + 1)
        if (head := _headline(text)) != text and looks_like_title(head, stem):  # "🔥重磅！…", "【精品范文】…"
            return _match(texts, i, head, chrome, stem)
        if looks_like_title(text, stem):
            return _match(texts, i, text, chrome, stem)
        # A long title set over two lines, as a printed page or PDF wraps it ("在全区…工作会议" / "上的讲话")
        if nxt is not None and nxt - i <= 2 and not chrome_line_kind(texts[nxt]) and not _begins_body(texts[nxt]) \
                and not looks_like_title(texts[nxt], stem) and looks_like_title(text + texts[nxt], stem):
            return _match(texts, i, text + texts[nxt], chrome, stem, lines_used=nxt - i + 1)
    if hint:
        cleaned = strip_site_suffix(_clean(hint))
        if not _not_a_title(cleaned, stem):
            at = next((i for i in seen if texts[i] == cleaned), None)
            if at is not None:
                return _match(texts, at, cleaned, chrome, stem, source="hint")
            if seen and _SUBTITLE_RE.match(texts[seen[0]]) and len(texts[seen[0]]) <= 60:
                # the page set its title apart and gave the "——…在…会议上" line under it as text
                return _match(texts, seen[0], f"{cleaned} {texts[seen[0]]}", chrome, stem, source="hint")
            match = TitleMatch(cleaned, None, 0, [c for c in chrome if not seen or c[0] < seen[0]], source="hint")
            # A page that sets its title apart (an HTML <h1>) still gives the speaker and date as lines.
            match.speaker = next((i for i in seen if _SPEAKER_RE.match(texts[i])), None)
            match.date = next((i for i in seen if DATE_LINE.match(texts[i])), None)
            return match
    if seen:
        first = texts[seen[0]]
        head = _headline(first)
        head = first if len(head) < HEADLINE_MIN else head  # "加油！" is a cheer, not a headline
        if not _not_a_title(head, stem) and len(head) <= 60:
            return _match(texts, seen[0], head, chrome, stem)
    # a bulletin whose issue carries no article title of its own ("防汛工作简报" / "第12期" / "【编者按】…")
    # is known by its masthead
    if seen and _MASTHEAD_RE.match(texts[seen[0]]) and texts[seen[0]].endswith("简报"):
        return _match(texts, seen[0], texts[seen[0]], chrome, stem, masthead=True)
    return TitleMatch(None, None, 0, chrome, source="none")


def _match(texts: list[str], i: int, title: str, chrome: list[tuple[int, str]], stem: str | None,
           source: str = "line", lines_used: int = 1, masthead: bool = False) -> TitleMatch:
    """The title at line ``i`` (over ``lines_used`` lines), joined with a subtitle (or a main title
    above it), and the header under it (under a bulletin's ``masthead``, its issue number too; a
    record titled of its own keeps "〔2026〕第3期" as a line of its text)."""
    start, used = i, lines_used
    nxt = _next(texts, i + lines_used - 1)
    if nxt is not None and _SUBTITLE_RE.match(texts[nxt]) and len(texts[nxt]) <= 60:
        title, used = f"{title} {texts[nxt]}", nxt - i + 1
    else:
        prev = _prev(texts, i)
        if (prev is not None and (texts[i].startswith("在") or _SUBTITLE_RE.match(texts[i]))
                and not _not_a_title(texts[prev], stem) and not TITLE_RE.match(texts[prev])
                and not DOC_NUMBER_RE.fullmatch(texts[prev])
                and len(texts[prev]) <= 30 and all(prev != c for c, _ in chrome)):
            start, title, used = prev, f"{texts[prev]} {title}", i - prev + lines_used
    match = TitleMatch(title, start, used, [c for c in chrome if c[0] < start], source=source)
    # A red-headed document gives its number above the title, under the issuer's banner.
    match.number = next((j for j in range(start) if DOC_NUMBER_RE.fullmatch(texts[j])), None)
    j = _next(texts, start + used - 1)
    while j is not None and j - start < used + WINDOW:  # speaker, date and chrome under the title
        text = texts[j]
        kind = chrome_line_kind(text)
        if kind:
            match.chrome_after.append((j, kind))
        elif match.speaker is None and (_SPEAKER_RE.match(text) or BODY_LINE_RE.match(text)) \
                and not SALUTATION_RE.match(text):
            match.speaker = j
        elif match.date is None and (DATE_LINE.match(text) or ISSUER_DATE_LINE.match(text)):
            match.date = j  # "青禾县防汛抗旱指挥部办公室　　2026年6月18日": the issuer beside its date
        elif match.number is None and (DOC_NUMBER_RE.fullmatch(text) or masthead and ISSUE_NUMBER_RE.fullmatch(text)):
            match.number = j
        elif _repeats_title(text, title, stem):  # a page's heading, then the speech's own title line
            match.chrome_after.append((j, "site_header"))
        else:
            break
        j = _next(texts, j)
    return match


def _repeats_title(text: str, title: str, stem: str | None) -> bool:
    """Whether ``text`` is the title again, in full or without the speaker a page put before it
    ("县长吴立群在全县…的讲话" over the body's own "在全县…的讲话")."""
    line, whole = re.sub(r"\s+", "", text), re.sub(r"\s+", "", title)
    return (line in whole or whole in line) and looks_like_title(text, stem)


def _next(texts: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(texts)) if texts[j]), None)


def _prev(texts: list[str], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if texts[j]), None)
