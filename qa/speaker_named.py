"""A speech of a library named by who gave it: "何志远副市长今年要改造多少个老旧小区", "秦县长讲话的
第三点是什么", "省长在营商环境大会上提出的总体目标是什么".

Users remember a speech by its speaker as often as by its title. The speaker is read from the
title ("林志远在全省…大会上的讲话") and the byline under it ("市政府副市长　何志远"). A question
names a speech by the speaker's full name, by surname and post ("秦县长", "何副市长"), or by the
post alone when the question has the post speak ("省长在…上提出的", "区委书记讲了"): a post that
only acts in the text ("县委书记要当好什么角色") names no speech. A post no byline gives is the
speech's level (省长: the province's speeches).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from index.byline import read_byline, speaker_in_title
from index.document import Document

from .speaker_refs import POSTS

# A post with what leads it ("市委书记", "乡党委书记", "县委副书记", "副市长"): the whole post, and its core.
_POST = re.compile(rf"(?:[省市县区镇乡]委?|[镇乡]党委|常务)?副?(?:{POSTS})")
_CORE = re.compile(rf"(?:{POSTS})$")
# The post speaks: "省长在营商环境大会上提出的", "区委书记讲话里", "县长说的"
_SPEAKS = r"(?:同志)?(?:在[^，,。？?！!\s]{1,16}?[上中里])?(?:的)?(?:一共|总共|共|主要|都|又|还|刚才|今天|重点|着重|也)?(?:讲话|讲|说|提出|提到|提|强调|指出|要求|部署|作的?报告|发言|致辞)"
_LEVEL_OF_POST = {"省": "省", "市": "市", "县": "县", "区": "区", "镇": "镇", "乡": "镇"}
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# What stands before the post in a byline: the place ("澜州市" of 澜州市市长) and the body ("县水利局党组").
_PLACE_BEFORE_POST = re.compile(rf"[\u4e00-\u9fff]{{2,3}}[省市县区](?=(?:[省市县区镇乡]委?|[镇乡]党委|常务)?副?(?:{POSTS}))")
_BODY = re.compile(rf"[\u4e00-\u9fff]*?(?:局|委员会|厅|办公室|人民政府|政府)(?:党组|党委)?"
                   rf"(?=(?:[省市县区镇乡]委?|[镇乡]党委|常务)?副?(?:{POSTS}))")

_speakers: dict[tuple[str, int], tuple[frozenset[str], frozenset[str]]] = {}


def speaker_of(doc: Document) -> tuple[frozenset[str], frozenset[str]]:
    """The posts and the names of who gave ``doc`` (from its title and byline), read once per text."""
    key = (doc.id, hash(doc.source))  # a str keeps its hash: read once per text, not per call
    if key not in _speakers:
        byline = read_byline(doc.source)
        text = " ".join(t for t in (speaker_in_title(doc.title), byline.speaker.text if byline.speaker else None) if t)
        text = _PLACE_BEFORE_POST.sub(" ", _BODY.sub(" ", text))  # "澜州市市长", "县水利局党组书记"
        posts = {m.group(0) for m in _POST.finditer(text)}
        names = {n for n in _HAN.findall(_POST.sub(" ", text)) if 2 <= len(n) <= 4 and n.strip("某") and n != "同志"}
        _speakers[key] = frozenset(posts), frozenset(names)
    return _speakers[key]


def speaker_named(question: str, documents: list[Document],
                  level_of: Callable[[Document], str | None]) -> tuple[set[str], str]:
    """The speeches ``question`` names by their speaker, and the words that named them ("" when none);
    none in a library of one, or when the speaker is every speech's. ``level_of``: a speech's level,
    for a post no byline gives."""
    if len(documents) < 2:
        return set(), ""
    found: dict[str, str] = {}
    for rule in (_by_name, _by_surname_and_post, _by_post_speaking):
        found = {doc.id: words for doc in documents if (words := rule(question, doc))}
        if found:  # a news report or a press conference names its speakers in its text, not its byline
            words = max(found.values(), key=len)
            said = _said_in_text(words, rule is _by_surname_and_post)
            found |= {doc.id: words for doc in documents if doc.id not in found and said.search(doc.source)}
            break
    if not found and (m := re.search(rf"({_POST.pattern}){_SPEAKS}", question)):
        level = _LEVEL_OF_POST.get(re.sub(r"^(?:常务)?副?", "", m.group(1))[:1])  # 省长, 区委书记, 副市长
        found = {d.id: m.group(1) for d in documents if level and level_of(d) == level}
    if not found or len(found) == len(documents):
        return set(), ""
    return set(found), max(found.values(), key=len)


def _said_in_text(words: str, surname_and_post: bool) -> re.Pattern[str]:
    """How a text names the speaker ``words`` stand for: the name or post itself, or for "张局长" the
    surname with the post on either side ("张某某局长", "局长 张某某")."""
    if not surname_and_post:
        return re.compile(re.escape(words))
    surname, post = words[0], _CORE.search(words).group(0)
    return re.compile(rf"{surname}[\u4e00-\u9fff]{{0,2}}(?:同志)?副?{post}|{post}[\s\u3000:：]*{surname}")


def _by_name(question: str, doc: Document) -> str:
    _posts, names = speaker_of(doc)
    return next((n for n in sorted(names, key=len, reverse=True) if n in question), "")


def _by_surname_and_post(question: str, doc: Document) -> str:
    posts, names = speaker_of(doc)
    for name in names:
        for post in posts:
            core = _CORE.search(post).group(0)
            for said in (post, "副" + core if "副" in post else core, core):
                if name[0] != "某" and name[0] + said in question:  # 秦县长, 何副市长
                    return name[0] + said
    return ""


def _by_post_speaking(question: str, doc: Document) -> str:
    """"市委书记讲了…" names the speeches its post gave; a bare "书记讲了…" every 书记's."""
    posts, _names = speaker_of(doc)
    for m in re.finditer(rf"({_POST.pattern}){_SPEAKS}", question):
        asked = m.group(1)
        if asked in posts or _CORE.fullmatch(asked) is not None and any(p.endswith(asked) for p in posts):
            return asked
    return ""


# A post's name asked, nothing else: "市长叫什么名字", "做报告的局长是谁", "书记姓什么".
_POST_NAME_ASKED = re.compile(rf"^(?:这位|这个|那位|做报告的|作报告的|讲话的|致辞的|发言的)?((?:[省市县区镇乡]委?)?副?(?:{POSTS}))"
                              r"(?:的名字)?(?:叫什么名字?|叫啥名?字?|叫什么|是谁|是哪位|姓什么|姓啥)[？?。!！\s]*$")


def docs_signed_by_post_asked(question: str, documents: list[Document]) -> list[Document]:
    """The speeches whose byline gives the post ``question`` asks the name of ("市长叫什么名字" of a
    report signed "…市市长　陆文清"); [] when it asks no such thing or no byline holds the post."""
    m = _POST_NAME_ASKED.match(question.strip())
    if m is None:
        return []
    post = m.group(1)
    # "市长　某某某" gives no name: its byline answer says so
    return [d for d in documents if any(_same_post(p, post) for p in speaker_of(d)[0])]


def _same_post(held: str, asked: str) -> bool:
    """Whether a byline's post is the one asked: "县委书记" is a 书记, "副市长" no 市长."""
    if held.endswith(asked):
        return len(held) == len(asked) or held[-len(asked) - 1] != "副"
    return asked.endswith(held) and asked[-len(held) - 1] != "副"
