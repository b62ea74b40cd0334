"""An item a cut-off speech enumerates ahead but never reaches: "要素保障更有力这块有啥措施" of
"重点在“五个更”上下功夫，即政务服务更高效、市场环境更公平、要素保障更有力、法治环境更完善、政企关系更亲清",
where the excerpt shows the sections of the first two and stops.

A speech often names the parts it is about to take up in one sentence ("即…、…、…", "包括…、…、…"),
then gives each a section. An excerpt cut off before the later ones shows their names only in that
sentence. A question naming one of them is answered with that sentence, cited, and the notice
that the text is cut off, not with sentences that share a word of its name.
"""
from __future__ import annotations

import re

from index.document import Document
from index.tokenize import normalize

from .truncation_answers import break_notice, rows_flagged

# The enumeration: after 即/包括/分别是/：, three items or more separated by 、 up to the sentence's end.
_ENUMERATION = re.compile(r"(?:即|包括|分别是|分别为|也就是|[：:])\s*((?:[^、，。；：:]{2,20}、){2,}[^、，。；：:]{2,20}?)(?:等)?[。；，]?$")
_LINK = re.compile(r"^(?:和|以及|及|与)")
MIN_SHARE = 0.6  # of an item's two-character pieces a question or a heading must hold to name it
MIN_PIECES = 4  # or this many of a long item's pieces, a quarter of them at least ("改变…不良习惯")


def _pieces(text: str) -> set[str]:
    t = re.sub(r"[^\u4e00-\u9fff]", "", normalize(text))
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _names(item: str, text: str) -> bool:
    pieces = _pieces(item)
    shared = len(pieces & _pieces(text))
    return bool(pieces) and (shared >= MIN_SHARE * len(pieces) or shared >= max(MIN_PIECES, len(pieces) / 4))


def enumerated_items(sentence: str) -> list[str]:
    """The items a sentence enumerates ("即A、B、C。"), else an empty list."""
    m = _ENUMERATION.search(sentence.strip())
    return [_LINK.sub("", i).strip("“”\"' ") for i in m.group(1).split("、")] if m else []


def item_beyond_cut(index, doc: Document, question: str) -> tuple[int, str] | None:
    """(the enumerating sentence, the item) when ``question`` names an item that ``doc``, cut off,
    enumerates and gives no section or other passage of its own."""
    if not doc.truncation.cut_off:
        return None
    titles = [n.title for n in doc.outline_nodes()]
    for row in index.doc_rows(doc.id):
        for s in index.sentences_of(row):
            items = enumerated_items(index.sentence_text(s))
            asked = [i for i in items if _names(i, question)]
            if len(asked) != 1:
                continue
            item = asked[0]
            # the first item has its section: the list is what the speech goes on to take up
            earlier = items[:items.index(item)]
            if any(_names(item, t) for t in titles) or not earlier or not any(_names(earlier[0], t) for t in titles):
                continue
            if any(item in index.passages[r].text for r in index.doc_rows(doc.id) if r != row):
                continue
            return s, item
    return None


def beyond_cut_answer(index, builder, doc: Document, found: tuple[int, str], lang: str):
    """The enumerating sentence, cited, and what the excerpt does not show, with the cut-off notice."""
    s, item = found
    quote = f"“{builder.sentence(s)}”[{builder.cite_sentence(s)}]"
    flagged = rows_flagged(index, doc, "cut_off")
    notice = break_notice(index, doc, "cut_off", flagged[-1] if flagged else index.sentence_spans[s][0], lang)
    if lang == "en":
        text = (f"The speech names “{item}” among what it takes up: {quote} The excerpt is cut off before "
                "that part, so what it says there is not shown.")
    else:
        text = f"讲话在这里提到了“{item}”:{quote}。节选在讲到这一方面之前就截断了,具体内容没有显示。"
    return text, [], [notice]
