"""Which speeches a question is about, in an index that holds several.

A user may choose speeches (``document=`` / ``--doc``); a question may also name one: a run
of its title ("2021年政府工作报告", "全县防汛工作会议"), a year that only one title
carries, or an issuing level only one header names (国务院, 全县…). Words every title
shares (工作, 会议, 讲话) never name a speech.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from index.document import Document
from index.tokenize import normalize

from .asked import asked
from .places import own_places, place_index, place_names
from .substrings import RunCounter, SharedRuns

MIN_RUN = 4  # characters a title run must have to name a speech
_YEAR_RE = re.compile(r"(?:19|20)\d{2}(?=年)")
# Runs that hold nothing but these say nothing about which speech is meant.
_GENERIC = re.compile(r"^(?:[在上的讲话会议工作大会全县市区镇省国推进发展重点年度关于意见报告同志们]|\d)+$")


class UnknownDocumentError(ValueError):
    """A ``document=`` names no indexed speech."""


def resolve_documents(chosen: str | Iterable[str] | None, documents: list[Document]) -> set[str] | None:
    """The ids of the chosen speeches (by id, file name or title); None when none was chosen."""
    if chosen is None:
        return None
    names = [chosen] if isinstance(chosen, str) else list(chosen)
    if not names:
        return None
    by_key: dict[str, str] = {}
    for d in documents:
        for key in (d.id, d.title, (d.path or "").rsplit("/", 1)[-1]):
            if key:
                by_key[key] = d.id
    out = set()
    for name in names:
        if not isinstance(name, str) or name.strip() not in by_key:
            known = ", ".join(sorted(d.id for d in documents)[:10])
            raise UnknownDocumentError(f"no indexed speech is called {name!r}; the speeches are: {known}")
        out.add(by_key[name.strip()])
    return out


def _runs(question: str, title: str) -> list[str]:
    """Common runs of at least MIN_RUN characters between a question and a title, longest first."""
    q, t = normalize(question), normalize(title)
    matcher = SequenceMatcher(None, q, t, autojunk=False)
    runs = [q[b.a:b.a + b.size] for b in matcher.get_matching_blocks() if b.size >= MIN_RUN]
    return sorted(runs, key=len, reverse=True)


NAMES_A_SPEECH = 0.5  # half the title, or a run with its genre word, or a year only it carries
_GENRE = ("报告", "讲话", "意见", "会议", "大会", "文件", "通知", "决定", "纲要", "规划", "要点", "方案", "办法", "条例", "规定",
          "总结", "实录", "解读")


# A meeting a question names a speech by ("在全省文旅大会上", "全县经济工作会议上"), and a title of one given at a meeting.
_MEETING_NAMED = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:大会|会议|座谈会|推进会|动员会|部署会|工作会)上")
_MEETING_TITLE = re.compile(r"(?:大会|会议|座谈会|推进会|动员会|部署会|工作会)上的(?:讲话|报告|发言|致辞)")


# What a text is called as a whole ("讲话分了几个部分"), not the meeting it was given at (会议, 大会).
_TEXT_KINDS = ("讲话", "报告", "意见", "通知", "决定", "方案", "规划", "纲要", "要点", "办法", "条例", "规定", "总结", "实录", "解读")
_DOCUMENT_GENRES = ("通知", "决定", "方案", "规划", "纲要", "办法", "条例", "规定", "决议", "公报", "纪要", "要点",
                    "通报", "批复", "答复", "复函", "简报", "快报", "专报", "倡议书", "公开信", "一封信")


def genre_noun(title: str) -> str:
    """What to call a speech in an answer, from its title: 报告 (a work report), 意见 (an
    opinion), 总结 (a summary of a year's work), 文件 (a notice, plan, decision…), 答问 (a press
    interview), else 讲话 ("讲话中没有涉及…" about an 意见 reads wrong). A title ends in what the text
    is: "关于落实反馈意见的整改方案" is a 方案 (文件), "在报告会上的讲话" a 讲话."""
    if re.search(r"答记者问|答问|问答|访谈|发布会实录", title):  # "就政府工作报告答记者问" is an interview
        return "答问"
    at = {"报告": title.rfind("报告"), "意见": title.rfind("意见"), "讲话": title.rfind("讲话"),
          "文件": max(title.rfind(g) for g in _DOCUMENT_GENRES)}
    if (m := re.search(r"总结(?:报告)?$|工作总结", title)) and "讲话" not in title:  # not "总结大会上的讲话"
        at["总结"] = m.start()
    genre, where = max(at.items(), key=lambda kv: kv[1])
    return genre if where >= 0 else "讲话"


_EN_GENRE = {"报告": "report", "意见": "document", "总结": "summary", "文件": "document", "答问": "interview"}
_THE_SPEECH = re.compile(r"\b([Tt])he speech\b")


def call_by_genre(text: str, titles: list[str]) -> str:
    """English answer text that calls the texts it is about by their genre: "the report", "the
    document" for an 意见 or a plan, rather than "the speech" (all of them one genre, else as is)."""
    genres = {_EN_GENRE.get(genre_noun(t)) for t in titles}
    if len(genres) != 1 or None in genres:
        return text
    noun = genres.pop()
    return _THE_SPEECH.sub(lambda m: f"{m.group(1)}he {noun}", text)


# "报告说…", "这份意见提出…", "意见中…": the genre noun used as the name of the text itself.
_GENRE_REFERRED = re.compile(r"(?:这份|这篇|该|本|此)(报告|意见)|(报告|意见)(?:说|提出|指出|要求|强调|提到|明确|部署"
                             r"|认为|中|里|对|讲)")


def genre_referred(question: str) -> str | None:
    """The genre noun (报告, 意见) a question calls its text by, if it does."""
    m = _GENRE_REFERRED.search(normalize(question))
    return (m.group(1) or m.group(2)) if m else None


# "某市第十五届人大五次会议的报告": the session of the congress a report was given at, as its title says
_SESSION_RE = re.compile(r"第[一二三四五六七八九十]{1,3}届")
_CONGRESS_TAIL = r"(?:人大|人民代表大会)?(?:第?[一二三四五六七八九十]{1,2}次(?:会议|全会|大会)?)?(?:上)?的?"
class _Titles:
    """The titles of an index's speeches, with the titles holding each MIN_RUN-character run:
    only a title sharing such a run with the question can be named by it, so a library of
    thousands of speeches costs a lookup per question, not an alignment per title."""

    def __init__(self, documents: list[Document]) -> None:
        self.documents, self.count = documents, len(documents)
        self.titles = {d.id: normalize(d.title) for d in documents}
        self._shared = SharedRuns(self.titles.values(), MIN_RUN)
        self._holders = RunCounter(list(self.titles.values()))
        # a place a title names (青山镇) -> the speeches naming it; the same without its 市/县 (青山)
        self.places, self.stems = place_index({i: place_names(t) for i, t in self.titles.items()})
        # the speeches' own places and stems, and their texts: read when first needed
        self._own: tuple[dict[str, set[str]], dict[str, set[str]], dict[str, str]] | None = None

    def named_place(self, question: str) -> str | None:
        """The speech whose title alone names a place the question names ("青山镇去年…"), also without
        its 市/县 ("澜州今年GDP目标多少" of a title naming 澜州市); failing that, the one speech whose own
        place it is, named in its letterhead or byline or all through its text (:func:`own_places`)."""
        q = normalize(question)
        found = {i for p in place_names(q) for i in self.places.get(p, ()) if len(self.places[p]) == 1}
        found |= {i for stem, held in self.stems.items() if len(held) == 1 and stem in q for i in held}
        if not found:
            if self._own is None:
                self._own = (*place_index({d.id: own_places(d) for d in self.documents}),
                             {d.id: normalize(d.said_text()) for d in self.documents})
            places, stems, texts = self._own
            found = {i for p in place_names(q) if p not in self.places for i in places.get(p, ()) if len(places[p]) == 1}
            # a stem is a weaker name ("新材料产业园" of 新材料产业园区): only where no other speech says it
            found |= {i for stem, held in stems.items() if len(held) == 1 and stem in q and stem not in self.stems
                      for i in held if not any(stem in t for j, t in texts.items() if j != i)}
        return found.pop() if len(found) == 1 else None

    def stems_named(self, question: str, doc_id: str) -> list[str]:
        """The place stems of speech ``doc_id``'s title that ``question`` holds ("澜州")."""
        q = normalize(question)
        return [stem for stem, held in self.stems.items() if doc_id in held and stem in q]

    def sharing(self, question: str) -> list[Document]:
        """The speeches whose title shares a run of MIN_RUN characters with the question, in order."""
        return [self.documents[i] for i in self._shared.sharing(normalize(question))]

    def held_by_more_than(self, run: str, most: int) -> bool:
        """Whether more than ``most`` titles hold ``run``."""
        return self._holders.holders(run, most + 1) > most


_cached: _Titles | None = None


def _titles_of(documents: list[Document]) -> _Titles:
    """The title lookup of this list of speeches (kept for the last list asked about: an index's own)."""
    global _cached
    cached = _cached
    if cached is None or cached.documents is not documents or cached.count != len(documents):
        cached = _cached = _Titles(documents)
    return cached


# 计划/安排 name a text only as a noun ("2025年的工作安排里", "2026年计划中"), not as the verb of a fact
# asked ("2026年计划完成水利投资多少", "2026年安排资金多少")
_TEXT_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:度|的)?(?=[\u4e00-\u9fff]{0,6}?"
                        r"(?:报告|讲话|总结|意见|方案|要点|规划|(?:计划|安排)(?=[中里的]|提出|要求|明确|指出|[^\u4e00-\u9fff]|$)))")


def years_named(question: str) -> list[str]:
    """The years a question names a text by ("县里2026年政府工作报告", "2025年的工作总结"), as titles
    write them ("2026年"); not a year the asked fact is of ("2025年粮食产量")."""
    return [f"{y}年" for y in _TEXT_YEAR.findall(question)]


def without_text_years(question: str) -> str:
    """The question without the years it names its text by: they date the text, not the fact asked."""
    return _TEXT_YEAR.sub(" ", question)


def named_documents(question: str, documents: list[Document]) -> set[str]:
    """The speeches a question names; empty when it names none, or names them all alike.

    A title run counts for the share of the title it covers, and more when it holds the
    title's genre word (…报告, …会议上的讲话): "乡村振兴重点" shared with a title is a
    topic, "政府工作报告" is a reference.
    """
    if not documents:
        return set()
    lookup = _titles_of(documents)
    titles = lookup.titles
    scores: dict[str, float] = {}
    meeting = _MEETING_NAMED.search(normalize(question))
    for d in lookup.sharing(question):
        for run in _runs(question, d.title):
            if _GENERIC.match(run) or lookup.held_by_more_than(run, 2):
                continue
            # "在全省文旅大会上讲了几点": a run of the meeting the question names, of a speech given at one
            genre = any(g in run for g in _GENRE) or (meeting is not None and run in meeting.group(0)
                                                     and _MEETING_TITLE.search(d.title) is not None)
            if len(documents) == 1 and not genre:
                continue  # one speech: only a run that calls it by its genre refers to it, the rest is topic
            scores[d.id] = max(scores.get(d.id, 0.0), len(run) / max(len(titles[d.id]), 1) + 0.5 * genre)
    if len(documents) > 1 and (place := lookup.named_place(question)) is not None:  # only its title names it
        scores[place] = scores.get(place, 0.0) + 0.5
    if len(documents) > 1 and (genre := genre_referred(question)) is not None:
        holders = [d.id for d in documents if genre_noun(d.title) == genre]
        if len(holders) == 1:  # "报告说…" where one speech of the library is a report
            scores[holders[0]] = scores.get(holders[0], 0.0) + NAMES_A_SPEECH
    # a year, or a congress's session ("第十五届"), that only one title carries names that speech
    for mark in set(_YEAR_RE.findall(question)) | set(_SESSION_RE.findall(question)):
        holders = [d.id for d in documents if mark in d.title]
        if len(holders) == 1:
            scores[holders[0]] = scores.get(holders[0], 0.0) + 0.5
    if (years := years_named(question)):  # "2026年政府工作报告" is not the title dated 2021
        dated = {doc.id: _YEAR_RE.findall(doc.title) for doc in documents}
        scores = {i: sc for i, sc in scores.items() if not dated[i] or any(y[:4] in dated[i] for y in years)}
    scores = {d: sc for d, sc in scores.items() if sc >= NAMES_A_SPEECH}
    if not scores:
        return set()
    best = max(scores.values())
    return {doc for doc, s in scores.items() if s >= best - 1e-9}


def without_title_runs(question: str, documents: list[Document], named: set[str], keep_genre: bool = False) -> str:
    """The question without the runs that name its speech ("2021年政府工作报告提出的…" → "提出的…"),
    so the title's words do not steer the search inside that speech. ``keep_genre``: a run ending in
    the speech's genre word leaves that word ("…会议上的讲话分了几个部分" → "讲话分了几个部分"), which
    tells what is asked of the speech as a whole."""
    out = question
    for d in documents:
        if d.id in named:
            for run in _runs(question, d.title):
                genre = next((g for g in _TEXT_KINDS if run.endswith(g) and len(run) > len(g)), "") if keep_genre else ""
                out = out.replace(run, f" {genre} " if genre else " ")
            # "第十五届人大五次会议的报告": the session its title names, and the congress's name with it
            for m in _SESSION_RE.finditer(question):
                if m.group(0) in d.title:
                    out = re.sub(re.escape(m.group(0)) + _CONGRESS_TAIL, " ", out)
            # "澜川市政府工作报告里…": the place its title names is no word of its passages
            for place in sorted(place_names(normalize(question)) & place_names(normalize(d.title)), key=len, reverse=True):
                out = out.replace(place, " ")
            for stem in sorted(_titles_of(documents).stems_named(out, d.id), key=len, reverse=True):
                out = out.replace(stem, " ")  # "澜州的报告里…": the same place, its 市 left out
    if len(normalize(out)) < 4:
        return question
    # "常务会议哪天开的": a fact asked of the meeting itself, where the run naming the speech is the
    # subject; what is left ("哪天开的") asks for nothing the search could find.
    if asked(question).fact is not None and not asked(out).focus:
        return question
    return out


# What joined a speech's name to the question ("…政策解读里补贴标准是多少", "…会议上的讲话…") is left
# where the name was taken out.
_IN_IT = r"里面|里头|里边|当中|之中|里|中|上"
_AFTER_NAME = re.compile(rf"\s+(?:{_IN_IT}|的)+(?=\S)")


def named_as_a_place(text: str) -> bool:
    """Whether the speech's name, taken out of ``text`` by :func:`without_title_runs`, stood as where
    the question looks ("…政策解读里补贴标准是多少"), not as what it asks of ("这个实施意见的目的")."""
    return re.search(rf"\s(?:{_IN_IT})", text) is not None


def without_naming_words(text: str) -> str:
    """``text`` (a question with its speech's name taken out by :func:`without_title_runs`) without
    the particle that joined the name to the rest, and without the gaps."""
    return re.sub(r"\s+", " ", _AFTER_NAME.sub(" ", text)).strip()

