"""A field of work named by a short word: "人才方面有哪些举措", "金融这块讲了什么".

Such a word is too short to name a heading by the run it shares with it (two characters
are in many headings and paragraphs), but the question says it names an area of the text.
The area is the shallowest heading holding the word, when one heading at that depth does,
or the one heading above all of them ("生态" in three sub-sections of one part).
"""
from __future__ import annotations

import re

from index.document import SECTION_SEP, OutlineNode

# "在乡村治理方面", "人才这块", "金融那一块", "就业那部分", "生态领域"
_AREA = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:方面|[这那]一?块|[这那]一?部分|领域)")
_NOT_AN_AREA = re.compile(r"^(?:哪|什么|各|这|那|多|几|其他|其它|有关|相关|具体|主要|重点|两个|三个|几个)")
_LEADING = re.compile(r"^(?:在|对|关于|针对|围绕|从|就)")
# The field opening a question of the things to do in it: "防汛要做哪几件事", "消防有哪些工作", "招商要抓哪几项"
_DOING_AREA = re.compile(r"^([\u4e00-\u9fff]{2,6}?)(?:工作)?(?:上|里)?(?:今年|明年|下一步|接下来|下步)?"
                         r"(?:要|需要|得|应该|还)?(?:做|干|抓|办|搞|有)?好?"
                         r"(?:(?:哪几|哪些)(?:件事|件|项工作|项|方面的?工作|工作|事)"
                         r"|(?<=[做干抓办搞])(?:啥|什么)(?:工作|事)?[？?]?$)")
_NOT_A_FIELD = re.compile(r"^(?:今年|明年|去年|下一?步|接下来|今后|会后|近期|我们|大家|各地|各级|全[县市区省镇]|县里|市里|区里)")


def area_asked(question: str) -> str | None:
    """The run of the question before 方面/这块/那部分/领域, without a leading preposition, or the field
    opening a question of what to do in it ("防汛要做哪几件事"); None if none."""
    m = _AREA.search(question)
    if not m:
        m = _DOING_AREA.match(question.strip())
        return m.group(1) if m and not _NOT_AN_AREA.match(m.group(1)) and not _NOT_A_FIELD.match(m.group(1)) else None
    run = _LEADING.sub("", m.group(1))
    run = run if len(run) >= 2 else m.group(1)  # "就业那部分": 就 begins the word, it is no preposition
    return run if len(run) >= 2 and not _NOT_AN_AREA.match(run) else None


def area_nodes(run: str, titles: list[tuple[str, OutlineNode, str]]) -> list[tuple[str, OutlineNode]]:
    """The heading of each document that the area ``run`` names: its longest tail (two characters
    or more) that some heading holds; per document the shallowest holder when it is the only
    one at its depth, else the one heading all the shallowest holders stand under."""
    for size in range(len(run), 1, -1):
        word = run[-size:]
        holders = [(d, n) for d, n, title in titles if word in title]
        if holders:
            break
    else:
        return []
    out = []
    for doc in dict.fromkeys(d for d, _ in holders):
        nodes = [n for d, n in holders if d == doc]
        top = min(n.level for n in nodes)
        shallow = [n for n in nodes if n.level == top]
        if len(shallow) == 1:
            out.append((doc, shallow[0]))
            continue
        parents = {n.path.rsplit(SECTION_SEP, 1)[0] for n in shallow if SECTION_SEP in n.path}
        if len(parents) == 1 and all(SECTION_SEP in n.path for n in shallow):
            above = parents.pop()
            parent = next((n for d, n, _t in titles if d == doc and n.path == above), None)
            if parent is not None:
                out.append((doc, parent))
    return out


def names_field(question: str, node: OutlineNode) -> bool:
    """Whether ``question`` names ``node`` as a field ("工业方面要抓哪几件事" of "（二）坚持工业强县，…"):
    the user points at that part, so its items answer, though another passage shares more words."""
    run = area_asked(question)
    return bool(run) and run in node.title
