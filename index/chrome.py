"""Site chrome in scraped and template-site pages: what a page adds around a speech.

Headers with the site's name, publication/author lines, menus, promotions, copyright
and ICP lines, photo captions and bare URLs are not the speech. The detectors here
only say where such text is (whole lines, a page's tail, spans inside a line); they
never rewrite the text, so the parser keeps its offsets into the source.

A line that reads like a sentence of a speech is never chrome unless it carries an
unmistakable site mark (an ICP number, ©, a URL, a site's promotion).
"""
from __future__ import annotations

import re

# The characters str.splitlines() breaks at: U+2028/U+2029 (and \x85, \v, \f) end a line
# in scraped text as \n does.
LINE_SEPARATORS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Whitespace a page uses for indents and spacing, including what str.isspace() misses.
SPACE_CHARS = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
              "\u200b\u202f\u205f\u3000\ufeff"
_LINE_BREAK_RE = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

ChromeKind = str  # site_header, date_line, navigation, promo, copyright, caption, url
CHROME_KINDS = ("site_header", "date_line", "navigation", "promo", "copyright", "caption", "url")

_HAN = "\u4e00-\u9fff"
_SENTENCE_PUNCT = "。！？!?；;"

_URL_LINE_RE = re.compile(r"^(?:(?:原文|本文|文章)?(?:链接|网址|地址|出处)[:：]\s*)?(?:https?://|www\.)\S+$"
                          r"|^!\[[^\]]*\]\([^)]*\)$", re.IGNORECASE)  # a bare address, or a Markdown image
_COPYRIGHT_STRONG_RE = re.compile(r"ICP[备证]|公网安备|Copyright|©|\(c\)\s*\d{4}", re.IGNORECASE)
_COPYRIGHT_RE = re.compile(r"版权所有|版权声明|版权归|免责声明|转载请注明|未经.{0,6}(?:许可|授权).{0,6}(?:转载|复制|使用)"
                           r"|侵权.{0,4}联系|本站(?:所有|部分)?(?:文章|内容|资料|范文)")
_META_LABELS = (r"本文来源|文章作者|发布时间|发布日期|发表时间|发表日期|更新时间|上传时间|录入时间|发文日期|文章来源|信息来源|稿件来源|来源"
                r"|作者|责任编辑|编辑|编审|审核|供稿|撰稿|投稿|浏览(?:次数|量)?|阅读(?:次数|量|数)?|点击(?:次数|量|数)?|人气")
_META_RE = re.compile(rf"(?:^|[\s【\[|｜])(?:{_META_LABELS})\s*[:：]")
_SITE_DATE_RE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}[:：]\d{2}")
_BREADCRUMB_RE = re.compile(r"^(?:(?:当前位置|您的位置|你的位置|所在位置)\s*[:：]|(?:网站)?首页\s*[>»＞/→])")
_SITE_WORDS = (r"文秘网|范文网|公文网|写作网|材料网|秘书网|文库|文档网|资料网|学习网|党建网|范文大全|范文之家|公文之家"
               r"|写作之家|范文先生|文秘帮|第一范文|办公资源|网站|门户网|(?:中国|新华|人民|央视|光明|求是|中国政府|新浪|搜狐"
               r"|网易|腾讯|凤凰|澎湃)网|\.(?:com|cn|net|org)\b")
_SITE_RE = re.compile(_SITE_WORDS, re.IGNORECASE)
_RUNS_ON_RE = re.compile(r"[，,][\u4e00-\u9fff]{1,4}$")  # a clause begun at the line's end, run on to the next
_SITE_SUFFIX_RE = re.compile(rf"(?<=\S)\s*(?:[-_|｜–]|--|(?<!—)—(?!—))\s*[^-_|｜—–]{{0,24}}?"
                             rf"(?:{_SITE_WORDS}|网|在线|频道|大全)\s*$", re.IGNORECASE)
_NAV_WORDS = {
    "首页", "主页", "网站首页", "收藏", "加入收藏", "收藏本站", "收藏本文", "分享", "分享到", "转发", "打印", "打印本页",
    "打印本文", "关闭", "关闭窗口", "返回", "返回顶部", "返回首页", "返回列表", "上一篇", "下一篇", "上一页", "下一页", "尾页",
    "末页", "相关推荐", "相关文章", "相关阅读", "相关内容", "相关范文", "热门文章", "热门推荐", "热门范文", "猜你喜欢",
    "推荐阅读", "延伸阅读", "精彩推荐", "最新文章", "最新更新", "更多", "查看更多", "网站地图", "联系我们", "关于我们",
    "登录", "注册", "搜索", "微信", "微博", "QQ", "QQ空间", "朋友圈", "导航", "栏目导航", "字号", "大", "中", "小",
    "点赞", "评论", "举报", "纠错", "回复", "引用", "只看楼主", "楼主", "收起", "展开", "TOP", "顶部", "默认", "复制链接", "手机版", "电脑版", "RSS",
}
_NAV_START_RE = re.compile(r"^[【\[]?(?:上一篇|下一篇|上一页|下一页|相关推荐|相关文章|相关阅读|相关范文|相关内容|热门文章|热门推荐"
                           r"|猜你喜欢|推荐阅读|延伸阅读|精彩推荐|最新文章|返回顶部|返回首页|返回列表|分享到|收藏《"
                           r"|点击(?:下载|收藏|查看|阅读|进入|这里)|[【\[]?字号)")
# The mark a post or a wire story ends with ("—END—", "- END -", "（完）", "【全文完】"): the page's, not the speech's.
_END_MARK_RE = re.compile(r"^[\s\-—–_=~·•*#【\[（(<《]*(?:END|End|end|完|全文完|本文完|本期完|本篇完)[\s\-—–_=~·•*#】\]）)>》]*$")
_NAV_SPLIT_RE = re.compile(r"[\s|｜/·•、>»＞→\-—_,，【】\[\]]+")
_PROMO_STRONG_RE = re.compile(r"请点击.{0,30}联系|联系老师|联系客服|免费获取全文|定制代笔|代写代笔|范文代写|开通会员|升级会员"
                              r"|成为会员|会员专享|付费下载|下载本文|文档下载|长按(?:识别|关注)|添加微信|加微信|微信号\s*[:：]"
                              r"|公众号\s*[:：]|点击(?:上方)?蓝字.{0,16}关注|点击关注|关注我们$")
_PROMO_WEAK_RE = re.compile(r"(?:扫码|扫描(?:下方|上方|左侧|右侧)?二维码).{0,4}(?:关注|添加|领取|获取|下载|加入|进群|联系|阅读)"
                            r"|扫一扫|关注.{0,6}公众号|VIP|立即下载|下载全文|word(?:文档|版)|代写", re.IGNORECASE)
# A site's name as the first word of a line ("公文易写网　2023-05-12", "某某文库 - 讲话稿").
_SITE_TOKEN_RE = re.compile(r"^[\w·]{2,12}(?:网|网站|文库|在线)(?=[\s|｜\-_—–]+\S)")
_NAME = rf"[{_HAN}·]{{2,6}}"
_PRESS = r"(?:新华社|人民日报|中新社|本报|本台|央视)?(?:记者|通讯员)"
_CAPTION_RE = re.compile(
    rf"^[（(【\[]?\s*(?:{_PRESS}\s*{_NAME}(?:\s*[、，,]\s*{_NAME})*\s*[/／]?\s*摄"
    rf"|(?:摄影|供图)(?:\s*[:：]\s*|\s+){_NAME}(?:\s*[、，,]\s*{_NAME})*"
    rf"|{_NAME}(?:\s*[、，,]\s*{_NAME})*\s*[/／\s]\s*摄)\s*[）)】\]]?$")
# A news report's credit line ("（记者　孙某某）", "本报记者 李某 通讯员 王某某"): who wrote it, kept as
# a paragraph of its own ("这篇稿子的记者是谁"); a photo's credit ends in 摄 and is a caption.
REPORTER_LINE_RE = re.compile(rf"^[（(【\[]?\s*{_PRESS}[\s\u3000：:]*{_NAME}"
                              rf"(?:[\s\u3000、，,]+(?:{_PRESS}[\s\u3000：:]*)?{_NAME})*\s*[）)】\]]?$")
# Captions that open with their own label, whatever follows.
_CAPTION_LABEL_RE = re.compile(r"^[（(【\[]?\s*(?:图片|照片|视频|配图)(?:来源|来自|提供|作者)\s*[:：]"
                               r"|^图为|^(?:上|下|左|右)图(?:为|[:：])|^图\s*\d+\s*[:：]")
_LINK_TITLE_RE = re.compile(r"(?:讲话|讲话稿|讲话提纲|发言|发言稿|致辞|报告|意见|通知|方案|总结|心得体会|范文|\d+篇)"
                            r"(?:[（(][^）)]*[）)])?\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?$")
# A gap or cut-off notice is the truncation detectors' to find, not chrome to drop.
_NOTICE_RE = re.compile(r"(?:省略|略去|删节|删去)[^字\n]{0,8}字|未完|(?:全文|本文)共?\s*\d+\s*字|显示\s*\d+\s*字"
                        r"|剩余\s*\d+\s*字|预览结束|试读结束")
# A line opening with a heading number or an item marker ("一、", "（二）", "1.", "①", "一是", "首先", "第一，").
_LINKED_DOC_RE = re.compile(r"(?:讲话|讲话稿|发言|致辞|心得体会|范文|工作报告)(?:[（(][^）)]*[）)])?\s*"
                            r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?$")
_HEADING_START_RE = re.compile(
    r"^(?:第[一二三四五六七八九十百]+(?:部分|章|节|条)|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|\d{1,2}[.．、](?!\d)|[(（]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}[是要]|首先|其次|再次|最后"
    r"|[第其][一二三四五六七八九十]{1,3}[，,、：:])")


def starts_numbered(line: str) -> bool:
    """Whether a line opens with a heading number or an item marker (never chrome, never a title)."""
    return bool(_HEADING_START_RE.match(line.strip(SPACE_CHARS + "\n\r")))


def line_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text[start:end]``, without its line break.

    Breaks are the ones :meth:`str.splitlines` knows (``\\r\\n``, ``\\n``, U+2028, U+2029, …),
    so a page whose paragraphs are split by U+2028 reads as lines. Offsets are into ``text``.
    """
    end = len(text) if end is None else end
    out, pos = [], start
    for m in _LINE_BREAK_RE.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past whitespace at both ends, NBSP, U+3000 and zero-width spaces included."""
    while start < end and (text[start].isspace() or text[start] in SPACE_CHARS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in SPACE_CHARS):
        end -= 1
    return start, end


def _clean(line: str) -> str:
    a, b = trim_span(line, 0, len(line))
    return line[a:b]


def _speech_like(line: str) -> bool:
    """A sentence of running text: long enough, with inner commas, ending like a sentence."""
    return len(line) >= 25 and any(c in line for c in "，,、") and line[-1] in "。！？!?；;”"


def _is_nav_line(line: str) -> bool:
    if _NAV_START_RE.match(line):
        return True
    tokens = [t.strip("【】[]()（）「」:：<>《》") for t in _NAV_SPLIT_RE.split(line)]
    tokens = [t for t in tokens if t]
    return bool(tokens) and all(t in _NAV_WORDS for t in tokens) and any(len(t) > 1 for t in tokens)


# The contact a notice or opinion closes with, labelled: its text, not the site's "联系我们".
# An app's stamp at a copy's end: "本文由云记笔记导出", "—— 由WPS Office生成", "发送自我的iPhone", "来自印象笔记".
_APP_STAMP_RE = re.compile(r"^[-—–_=~·•*#\s]*(?:(?:本文|此文|该文|本文档|本笔记|笔记|文档)?(?:由|通过|使用)[\w\s·.（）()]{1,20}?"
                           r"(?:导出|生成|转换|转存|同步|分享)|(?:发送自|发自|来自)(?:我的)?\s*(?:iPhone|iPad|Android|华为|小米|"
                           r"[\w\s]{0,8}(?:笔记|邮箱|客户端|手机))|Sent from my\s+\w+)[-—–_=~·•*#\s。.]*$", re.IGNORECASE)
_CONTACT_FIELD_RE = re.compile(r"^(?:联\s*系\s*人|联系电话|咨询电话)\s*[：:]\s*\S")


def chrome_line_kind(line: str) -> ChromeKind | None:
    """The kind of site chrome a whole line is, or None for text of the speech.

    Kinds: ``site_header`` (site name, breadcrumb), ``date_line`` (publication date,
    source, author, views), ``navigation`` (menus, 上一篇/下一篇, related links),
    ``promo`` (contact/scan/subscribe/download offers, an app's export stamp), ``copyright`` (版权/ICP/免责声明),
    ``caption`` (photo credits, 图为…) and ``url`` (a bare address).
    """
    text = _clean(line)
    if not text or _NOTICE_RE.search(text):
        return None
    if _URL_LINE_RE.match(text):
        return "url"
    if _COPYRIGHT_STRONG_RE.search(text):
        return "copyright"
    if _PROMO_STRONG_RE.search(text):
        return "promo"
    if _APP_STAMP_RE.match(text):
        return "promo"
    if _CAPTION_LABEL_RE.search(text) and len(text) <= 160:
        return "caption"
    if _CONTACT_FIELD_RE.match(text):  # a notice's own "联系人：…，电话：…，邮箱：…@….com"
        return None
    if len(text) > 120 or _speech_like(text) or _HEADING_START_RE.match(text):
        return None
    if _COPYRIGHT_RE.search(text):
        return "copyright"
    if _BREADCRUMB_RE.match(text):  # "首页 > 新闻中心   发布时间：2025-03-12  来源：…": the page's date line too
        return "date_line" if _META_RE.search(text) and _SITE_DATE_RE.search(text) else "site_header"
    if _is_nav_line(text) or _END_MARK_RE.match(text):
        return "navigation"
    if _CAPTION_RE.search(text):
        return "caption"
    if _META_RE.search(text) and not any(c in text[:-1] for c in "。！？"):
        return "date_line"
    if _SITE_TOKEN_RE.match(text) and not any(c in text for c in "。！？，"):
        return "site_header"
    if _SITE_DATE_RE.search(text) and len(text) <= 60 and not any(c in text for c in "。！？，"):
        return "date_line"
    if _PROMO_WEAK_RE.search(text) and len(text) <= 60:
        return "promo"
    # a hard-wrapped sentence's line that runs on past its comma ("网站和“云溪应急”公众号上公布…容量，方") is text
    if len(text) <= 50 and not any(c in text for c in "。！？") and not _RUNS_ON_RE.search(text) \
            and (_SITE_RE.search(text) or _SITE_SUFFIX_RE.search(text)):
        return "site_header"
    return None


def strip_site_suffix(title: str) -> str:
    """A page title without the site's name after it ("…政府工作报告_中国政府网" → "…政府工作报告")."""
    out = title.strip()
    while True:
        m = _SITE_SUFFIX_RE.search(out)
        if not m or m.start() == 0:
            return out
        out = out[:m.start()].rstrip()


def _link_like(line: str) -> bool:
    """A short line without sentence punctuation (a link or a label); numbered only when it
    names a document ("1. 在全县…会议上的讲话"), so a closing heading is never taken for a link."""
    if len(line) > 48 or any(c in line for c in _SENTENCE_PUNCT):
        return False
    return not _HEADING_START_RE.match(line) or bool(_LINKED_DOC_RE.search(line))


def chrome_tail(lines: list[str]) -> int:
    """Index of the first line of the page's closing chrome (``len(lines)`` when there is none).

    The tail is the last run of chrome lines, link-like short lines and blank lines. It
    starts at its first chrome line or listed link title (``在…上的讲话``, ``…报告``), so a
    signature or date line that ends the speech itself is kept.
    """
    start = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        text = _clean(lines[i])
        if text and not (chrome_line_kind(text) or _link_like(text)):
            break
        start = i
    for i in range(start, len(lines)):
        text = _clean(lines[i])
        if text and (chrome_line_kind(text) or _LINK_TITLE_RE.search(text)):
            return i
    return len(lines)


_INLINE_RES: list[tuple[str, re.Pattern]] = [
    ("caption", re.compile(rf"[（(【\[]\s*(?:图片|照片|视频|配图)?(?:来源|来自|提供)?\s*(?:摄影|供图|图片来源|图片来自|图片提供)"
                           rf"\s*[:：][^（）()【】\[\]\n]{{0,40}}[）)】\]]"
                           rf"|[（(【\[]\s*(?:新华社|人民日报|中新社|本报)?(?:记者|通讯员)\s*{_NAME}(?:\s*[、，,]\s*{_NAME})*"
                           rf"\s*[/／]?\s*摄\s*[）)】\]]"
                           rf"|[（(【\[]\s*{_NAME}\s*[/／\s]\s*摄\s*[）)】\]]")),
    ("date_line", re.compile(r"[（(【\[]\s*(?:文章|信息|稿件)?(?:来源|稿源|作者|责任编辑|编辑)\s*[:：][^（）()【】\[\]\n]{1,40}"
                             r"[）)】\]]")),
    ("promo", re.compile(r"[（(【\[]?\s*请点击[^。！？\n]{0,40}?联系[^。！？\n（）()【】]{0,30}(?:[。！!]|[）)】\]]|$)"
                         r"|(?:扫码|扫描(?:下方|上方)?二维码)(?:关注|添加|领取|获取|下载)[^。！？\n]{0,30}[。！!]?"
                         r"|关注(?:我们的)?(?:微信)?公众号[^。！？\n，,]{0,30}[。！!]?", re.MULTILINE)),
    ("url", re.compile(r"https?://[A-Za-z0-9\-./?=&%#:~+_]+|www\.[A-Za-z0-9\-]+\.[A-Za-z0-9\-./?=&%#:~+_]+")),
]


def _in_notice(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a bracketed gap or cut-off notice ("(…省略1145字…)")."""
    opened = max(text.rfind(c, max(0, start - 80), start) for c in "(（【[")
    if opened < 0:
        return False
    closes = [i for i in (text.find(c, end, end + 80) for c in ")）】]") if i >= 0]
    return bool(closes) and bool(_NOTICE_RE.search(text, opened, min(closes)))


def inline_chrome(text: str) -> list[tuple[int, int, ChromeKind]]:
    """``(start, end, kind)`` spans of chrome inside lines of running text, in order.

    A caption or source note in brackets (``（新华社记者 张三 摄）``, ``（来源：…）``), a
    "请点击…联系老师" promotion at the end of a paragraph, a scan/subscribe offer and a URL.
    Gap and cut-off notices are the truncation detectors' business: nothing inside a
    bracketed notice is returned.
    """
    spans: list[tuple[int, int, str]] = []
    for kind, rx in _INLINE_RES:
        spans += [(m.start(), m.end(), kind) for m in rx.finditer(text)
                  if m.end() > m.start() and not _in_notice(text, m.start(), m.end())]
    spans.sort()
    out: list[tuple[int, int, str]] = []
    for s in spans:
        if out and s[0] < out[-1][1]:
            if s[1] > out[-1][1]:
                out[-1] = (out[-1][0], s[1], out[-1][2])
            continue
        out.append(s)
    return out


# A page's buttons and counters on its date line ("浏览次数：532　字号：大 中 小　打印　关闭"): no part of what it says.
_BUTTONS_RE = re.compile(r"(?:浏览|阅读|点击|访问)(?:次数|量|数)?\s*[：:]\s*\d+\s*次?|字号\s*[：:]?\s*(?:[大中小]\s*){2,3}"
                         r"|[【\[]?\s*(?:打印|关闭|分享到?|收藏|纠错)(?:本页|窗口|文章)?\s*[】\]]?(?=\s|$|[【\[])")


def without_buttons(line: str) -> str:
    """A page's date or source line without its buttons and counters."""
    return re.sub(r"\s{2,}", " ", _BUTTONS_RE.sub(" ", line)).strip() or line
