"""When a topic word's heading should not steer the answer.

"健全乡村养老服务网络有哪些措施?" has the topic word 措施, and a heading "三、保障措施" names it;
but the question names, word for word, an item of another part ("三是健全乡村养老服务网络，以…"):
that item answers it, not the heading's list.

Likewise a heading named by a run another unrelated heading holds too (:func:`undecided`), and
a section that never speaks of the year a question names (:func:`speaks_of_year`).
"""
from __future__ import annotations

import re

from index.document import OutlineNode, section_under
from index.store import PassageIndex
from index.tokenize import normalize

from .question_terms import words_beside
from .intent import TOPICS, Intent, topic_words
from .substrings import longest_run

NAMED_RUN = 6  # characters of the question a passage must hold word for word


# "第二，群众身边腐败和作风问题得到有效整治", "第一，着力解决群众急难愁盼问题": a heading naming
# problems as what was or is to be dealt with heads results or tasks. It answers what is done about
# problems ("针对这些问题要抓好哪几个方面"), not which problems the speech sees ("还存在哪些问题").
DEALT_WITH = re.compile(r"(?:解决|整治|破解|纠治|化解|整改|治理)[^，,。]{0,14}(?:问题|困难|短板)"
                        r"|(?:问题|困难|短板)[^，,。]{0,2}(?:得到|得以|有效|明显|基本|全面)")
_DOING_ASKED = re.compile(r"针对|解决|破解|化解|整治|整改|应对|怎么|怎样|如何|抓好|措施|举措|办法|对策")


def heads_problems_seen(question: str, title: str) -> bool:
    """Whether a heading naming problems answers ``question`` about them (see DEALT_WITH)."""
    return not DEALT_WITH.search(title) or bool(_DOING_ASKED.search(question))


def named_elsewhere(index: PassageIndex, question: str, intent: Intent, target: tuple[str, OutlineNode],
                    hits, top: int = 5) -> bool:
    """Whether one of the ``top`` hits outside the targeted section holds a run of the question
    of NAMED_RUN characters or more, with a word the question has beyond its topic that the
    target's heading path lacks."""
    # Without a topic word ("…不完善表现在哪些方面"), every word of the question is beside it.
    beside = words_beside(question, topic_words(intent.topic) if intent.topic else ())
    if not beside:
        return False
    doc_id, node = target
    inside = set(index.rows_under(doc_id, node.path))
    path = normalize(node.path)
    q = normalize(question)
    topic = [w for w in topic_words(intent.topic) if not w.isascii()] if intent.topic else []
    for h in hits[:top]:
        if h.row in inside:
            if _states_the_list(index, h.row, q, beside, topic, path):
                return True
            continue
        text = normalize(h.passage.section + h.passage.text)
        run = longest_run(q, text)
        if len(run) >= NAMED_RUN and any(w in run and w not in path for w in beside) \
                and not _names_the_whole(index, h.passage.document, run):
            return True
    return False


def _states_the_list(index: PassageIndex, row: int, q: str, beside: list[str], topic: list[str], path: str) -> bool:
    """Whether a sentence of the targeted section says the asked list itself, word for word with
    the question ("企业反映比较集中的问题有审批环节多、…" for "企业反映比较集中的问题有哪些"): the
    run holds the topic word and a word beyond it that the headings lack."""
    for s in index.sentences_of(row):
        text = normalize(index.sentence_text(s))
        run = longest_run(q, text)
        if len(run) >= NAMED_RUN and any(w in run for w in topic) and any(w in run and w not in path for w in beside):
            return True
    return False


OPENING_CHARS = 300  # of the text under the title, before its first heading, that says what it is about


def _names_the_whole(index: PassageIndex, doc_id: str, run: str) -> bool:
    """Whether ``run`` names what the whole text is about, as its title or its opening does
    ("您提出的《关于加强农村学校体育设施建设的提案》收悉"), rather than a part of it."""
    doc = index.document(doc_id)
    opening = "".join(p.text for p in doc.passages if p.section == doc.title)[:OPENING_CHARS]
    return run in normalize(doc.title + opening)


YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # a year a question names: "2020年之前"


def undecided(found: list[tuple[int, str, OutlineNode, str]], doc: str, node: OutlineNode, run: str) -> bool:
    """Whether ``node``'s run is one that another heading of its speech, not above or below it,
    also holds, while some heading of that speech is named by a run of its own."""
    def related(a: OutlineNode, b: OutlineNode) -> bool:
        return section_under(a.path, b.path) or section_under(b.path, a.path)

    own = [(n, r) for _s, d, n, r in found if d == doc]
    if not any(r == run and not related(n, node) for n, r in own):
        return False
    return any(not any(r2 == r and not related(n2, n) for n2, r2 in own) for n, r in own)


def speaks_of_year(index: PassageIndex, doc_id: str, node: OutlineNode, year: str) -> bool:
    """Whether a section's heading or text names ``year`` ("2020"): one that never does is no
    answer to "2020年之前…要完成哪些任务"."""
    return year in node.title or any(year in index.passages[r].text for r in index.rows_under(doc_id, node.path))


# "重点任务里规划那一块", "保障那部分": a block of a named section, called by one word of its heading.
_BLOCK = re.compile(r"(?:^|[里中的，,、])([\u4e00-\u9fff]{2,6}?)(?:那|这)一?(?:块|部分|节)")


def narrowed_to_block(question: str, named: list[tuple[str, OutlineNode]]) -> list[tuple[str, OutlineNode]]:
    """Of the sections a question names, the one section under them that its block word names
    ("重点任务里规划那一块讲了几点": the 规划 section of the 重点任务 part, not the part); else ``named``."""
    m = _BLOCK.search(question)
    if not m or not named:
        return named
    word = m.group(1)
    inner = [(doc, child) for doc, node in named if word not in node.title
             for child in node.walk() if child is not node and word in child.title]
    return inner if len(inner) == 1 else named

# The topics a speech's part on its situation holds side by side ("一、正视成绩，更要正视差距":
# （一）…取得的成效, （二）…存在的短板, （三）…面临的形势): a part named for one is often all three.
SITUATION_TOPICS = ("problems", "results")


def narrowest_naming(node: OutlineNode, cues) -> OutlineNode:
    """The one section under ``node`` that names the topic too, when ``node`` holds others that do
    not: "一、正视成绩、直面问题" names problems beside results, and its "（二）存在的问题和短板"
    is the list asked. A part whose several children name it ("（一）…问题 （二）…问题") stays.
    Only for :data:`SITUATION_TOPICS`: a part named for tasks or measures is all tasks or
    measures, whatever word a child repeats ("（二）…为产城融合发展提供保障"). A heading about
    the topic alone ("二、存在的主要问题") is the list asked, though one of its sections names the
    topic as what it says ("（三）营商环境仍有短板")."""
    while len(node.children) > 1 and not about_the_topic_alone(node.title, cues):
        naming = [c for c in node.children if names_topic(c.title, cues)]
        if len(naming) != 1:
            break
        node = naming[0]
    return node


def about_the_topic_alone(title: str, cues) -> bool:
    """Whether a heading ends in the topic's noun and names no other topic of the situation: "存在的
    主要问题", "当前面临的困难和挑战"; not "正视成绩、直面问题", which heads the results too."""
    others = {c for t in SITUATION_TOPICS for c in TOPICS[t]["heading"] if c not in cues}
    bare = re.sub(r"[\s。.：:]+$", "", title)
    return any(bare.endswith(c) for c in cues) and not any(c in title for c in others)


# "2. 投资增长后劲不足", "动力不足": 不足 said of a thing is one problem of a list, not a heading
# about problems ("存在的不足", "短板与不足").
_SAID_OF_A_THING = re.compile(r"(?<![的之些与和及、在有])不足[。.]?$")


def names_topic(title: str, cues) -> bool:
    """Whether a heading names a topic by one of its ``cues``, not as what one item says."""
    return any(c in title and not (c == "不足" and _SAID_OF_A_THING.search(title)) for c in cues)


GAPPED_PIECE = 2  # characters of each of the two pieces of a run a heading holds with a gap
GAPPED_SPAN = (4, 8)  # characters of the question's run, both pieces together
GAP_MAX = 3  # characters a heading may hold between the two pieces ("管住" 野外 "火源")
GAPPED_SPEECHES_MAX = 2  # speeches whose headings may hold the run, for it to name any


def _holds_gapped(title: str, first: str, second: str) -> bool:
    """Whether ``title`` holds ``first`` and, at most :data:`GAP_MAX` characters after it, ``second``."""
    start = title.find(first)
    while start >= 0:
        after = start + len(first)
        if second in title[after:after + GAP_MAX + len(second)] and not title.startswith(second, after):
            return True
        start = title.find(first, start + 1)
    return False


def gapped_headings_named(question: str, titles, shared, rare=lambda _piece: True,
                          subject=lambda _piece, _doc: False) -> list[tuple[str, OutlineNode]]:
    """The heading that holds a run of the question with a few words between its two pieces
    ("管住火源有几条措施" of "（一）牢牢管住野外火源"), when it is the only heading of its speech
    to hold it. A heading holding the run unbroken is named by the longest shared run first.

    ``titles`` are (speech id, node, normalized title) of every heading; ``shared`` the
    indices of those sharing a two-character run with the question (the only candidates);
    ``rare(piece)`` whether few headings hold a piece: words of every heading (重点, 工作)
    join nothing, apart or together; nor does ``subject(piece, speech)``, a word the speech says
    throughout ("分类" of a 垃圾分类管理办法), which names the whole text, not one of its parts."""
    q = normalize(question)
    best: dict[str, list[tuple[int, int]]] = {}  # speech -> (run length, title index) of each holder
    for i in shared:
        d, _node, title = titles[i]
        # where a piece can start: the question's positions whose two characters the title holds
        starts = [j for j in range(len(q) - 1) if q[j:j + GAPPED_PIECE] in title]
        if len(starts) < 2:
            continue
        size = 0
        for start in starts:
            for length in range(min(GAPPED_SPAN[1], len(q) - start), max(size, GAPPED_SPAN[0] - 1), -1):
                run = q[start:start + length]
                if not all("\u4e00" <= c <= "\u9fff" for c in run):
                    continue
                if any(start + cut in starts and rare(run[:cut]) and rare(run[cut:])
                       and not subject(run[:cut], d) and not subject(run[cut:], d)
                       and _holds_gapped(title, run[:cut], run[cut:])
                       for cut in range(GAPPED_PIECE, length - GAPPED_PIECE + 1)):
                    size = length
                    break
        if size:
            best.setdefault(d, []).append((size, i))
    named = []
    for holders in best.values():
        top = max(size for size, _i in holders)
        winners = [i for size, i in holders if size == top]
        if len(winners) == 1:  # two headings holding as much cannot be told apart
            named.append((titles[winners[0]][0], titles[winners[0]][1]))
    # held by a heading in each of many speeches, the run is a phrase of the genre, not a name
    return named if len(named) <= GAPPED_SPEECHES_MAX else []


def topic_nodes_of(titles, topic: str) -> list[tuple[str, OutlineNode]]:
    """Of ``titles`` ((speech id, node, normalized title) of every heading), the shallowest heading
    of each speech naming ``topic`` ("三、…重点任务" rather than a child that repeats it); for a
    topic of the situation, narrowed to its one section naming it (:func:`narrowest_naming`)."""
    cues = TOPICS[topic]["heading"]
    best: dict[str, tuple[str, OutlineNode]] = {}
    for d, node, title in titles:
        if names_topic(title, cues) and (d not in best or node.level < best[d][1].level):
            best[d] = (d, node)
    if topic not in SITUATION_TOPICS:
        return list(best.values())
    return [(d, narrowest_naming(node, cues)) for d, node in best.values()]


def part_nodes_of(documents, part: int, section: int | None = None) -> list[tuple[str, OutlineNode]]:
    """The part-th top-level node of each document (-1: the last), or its section-th child (by
    position: a speech's own numbering can be wrong)."""
    out = []
    for d in documents:
        position = part if part > 0 else len(d.outline) + part + 1  # -1: the last part
        if 0 < position <= len(d.outline):
            node = d.outline[position - 1]
            if section is not None:
                if not 0 < section <= len(node.children):
                    continue
                node = node.children[section - 1]
            out.append((d.id, node))
    return out


# "最后一条说了什么" of a regulation: its last article (articles run through the chapters), not a list's end.
LAST_ARTICLE_ASKED = re.compile(r"最后(?:一|那|这)条(?!措施|意见|要求|建议|任务|经验|问题)")
_ARTICLE_TITLE = re.compile(r"第[一二三四五六七八九十百零〇两]{1,6}条(?:$|[\s\u3000【\[])")


def article_nodes(doc) -> list[OutlineNode]:
    """A regulation's articles, in order: its outline nodes titled 第…条 (none when fewer than two)."""
    articles = [n for n in doc.outline_nodes() if _ARTICLE_TITLE.match(n.title)]
    return articles if len(articles) >= 2 else []


def last_articles(documents) -> list[tuple[str, OutlineNode]]:
    """Each regulation's last article."""
    return [(doc.id, articles[-1]) for doc in documents if (articles := article_nodes(doc))]
