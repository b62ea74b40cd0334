"""What one person said, asked by their post in a report that names them: "县长提了什么要求", "王书记强调了
什么", "李某某讲了啥" of a news report on a meeting ("县长李某某主持会议。……李某某在主持时要求，…"). A report
speaks of its speakers in the third person, by post and name once, then by name; the question uses the
post. Ranked by its words, "要求" finds the main speaker's "王某某就下一步工作提出四点要求：" whoever was asked.
The post is read as the name the text gives its holder, and that person's own sentences answer: those
opening with the name and a verb of saying, a list one announces ("提出四点要求：") with its items.
"""
from __future__ import annotations

import re

from index.store import PassageIndex

from .citations import CitationBuilder
from .speaker_refs import POSTS

_SAYING = r"(?:讲|说|提|谈|强调|指出|要求|表示|部署|布置|希望|交代)"
# "县长提了什么要求", "王书记在会上强调了什么", "李某某讲了啥", "县长都说了些啥"
# "县委书记王某某讲了啥": the post and the name both, as a news report writes them at first mention
_ASKED = re.compile(rf"^(?:那么?)?(?:会上|在会上)?(?P<who>[\u4e00-\u9fff]{{0,4}}?(?:{POSTS})|[\u4e00-\u9fff]某某?)"
                    r"(?P<name>[\u4e00-\u9fff]某某?|[\u4e00-\u9fff]{2,3}?)?(?:同志)?"
                    rf"(?:在会上|在会议上|会上|在讲话中)?(?:都|主要|又|还|最后)?(?P<verb>{_SAYING})(?:了|出|到|出了)?(?:些)?"
                    r"(?:什么|啥|哪些|哪几点|哪几条|几点)(?P<what>要求|意见|内容|话|事)?[？?。!！\s]*$")
_NAME = r"[\u4e00-\u9fff]某某?|[\u4e00-\u9fff]{2,3}?"
# A sentence of the person's own: the name, where or when, then a verb of saying ("李某某在主持时要求，",
# "王某某就下一步工作提出四点要求：")
_OWN_VERB = r"[^，,。；;：:]{0,16}?(?:指出|强调|要求|表示|说|提出|认为|希望|谈到|部署|布置|交代)"
MAX_SENTENCES = 12


def said_by_asked(question: str) -> re.Match | None:
    """The person and the verb a question asks what someone said with, or None."""
    return _ASKED.search(question.strip())


def holder_names(source: str, who: str) -> list[str]:
    """The names ``source`` gives the holder of the post in ``who`` ("县长" → 李某某 of "县长李某某主持会议";
    "王书记" → the 书记 whose name starts with 王); ``who`` itself when it is a name ("李某某")."""
    if "某" in who and not re.search(POSTS, who):
        return [who]
    post = re.search(POSTS, who)
    if post is None:
        return []
    surname = who[:post.start()][-1:] if post.start() and not re.search(r"[县市区镇乡省委府]", who[post.start() - 1]) \
        else ""
    names = []
    for m in re.finditer(rf"{post.group(0)}(?:同志)?\s?({_NAME})(?=出席|主持|在|指出|强调|要求|表示|讲话|作|，|,|、|同志|说)",
                         source):
        name = m.group(1)
        if (not surname or name.startswith(surname)) and name not in names:
            names.append(name)
    return names


def said_by_answer(index: PassageIndex, question: str, documents: set[str] | None, builder: CitationBuilder,
                   lang: str) -> str | None:
    """The sentences of the person asked, cited, in the one speech in scope that names them; None when
    no speech, or more than one, does, or the person says nothing in their own name there."""
    asked = said_by_asked(question)
    if asked is None:
        return None
    found = []
    for doc in index.documents:
        if documents is not None and doc.id not in documents:
            continue
        named = asked.group("name")
        names = [named] if named and asked.group("who") + named in doc.source \
            else holder_names(doc.source, asked.group("who"))
        for name in names:
            own = _own_sentences(index, doc.id, name)
            if own:
                found.append((name, own))
                break
    if len(found) != 1:
        return None
    name, sentences = found[0]
    verb = asked.group("what") if asked.group("what") in ("要求", "意见") else asked.group("verb")
    if verb in ("要求", "强调", "指出", "部署", "希望") and any(verb in index.sentence_text(s) for s in sentences):
        sentences = _with_listed(index, [s for s in sentences if verb in index.sentence_text(s)])
    quotes = " ".join(f"{builder.sentence(s)}[{builder.cite_sentence(s)}]" for s in sentences[:MAX_SENTENCES])
    who = asked.group("who")
    lead = (f"{who} ({name}) said:" if lang == "en" else f"文中的{who}是{name}，{name}讲到:") if who != name \
        else (f"{name} said:" if lang == "en" else f"{name}讲到:")
    return f"{lead}\n\n{quotes}"


def _own_sentences(index: PassageIndex, doc_id: str, name: str) -> list[int]:
    """The sentences opening with ``name`` and a verb of saying, with the items a list of them announces."""
    opening = re.compile(rf"^\s*{re.escape(name)}{_OWN_VERB}")
    found = [s for row in index.doc_rows(doc_id) for s in index.sentences_of(row)
             if opening.search(index.sentence_text(s))]
    return _with_listed(index, found)


def _with_listed(index: PassageIndex, sentences: list[int]) -> list[int]:
    """``sentences`` and, after one announcing a list ("提出四点要求："), the rest of its passage; after
    one of those, or one closing its paragraph ("王某某强调，…。"), the numbered items of the passages
    after it ("一要…", "二是…", "（三）…")."""
    out: list[int] = []
    for s in sentences:
        out.append(s)
        row = index.sentence_spans[s][0]
        if index.sentence_text(s).rstrip().endswith(("：", ":")):
            out += [t for t in index.sentences_of(row) if t > s]
        elif s != index.sentences_of(row)[-1]:
            continue  # "王某某强调，…。" closing its paragraph may lead "一要…三要" too; inside one it leads nothing
        doc_rows = index.doc_rows(index.passages[row].document)
        for nxt in doc_rows[doc_rows.index(row) + 1:]:
            following = index.sentences_of(nxt)
            if not following or not _ITEM.match(index.sentence_text(following[0])):
                break
            out += following
    return list(dict.fromkeys(out))


_ITEM = re.compile(r"\s*(?:[一二三四五六七八九十][是要]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十]+[，,、])")
