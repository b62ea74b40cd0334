"""Which targeted section a question is answered from, and whether it, not a passage elsewhere, holds
the answer: the structure steers the answer, it does not overrule the ranking."""
from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from index.document import OutlineNode, section_under
from index.headings import strip_heading_number
from index.store import PassageIndex

from .ranking import SearchResult, argmax_where, max_where


def best_target(result: SearchResult) -> tuple[str, OutlineNode] | None:
    """The one targeted section to answer from (the best-ranked one when several)."""
    if not result.targets:
        return None

    def best_rank(target: tuple[str, OutlineNode]) -> int:
        doc, node = target
        return next((i for i, h in enumerate(result.hits)
                     if h.passage.document == doc and section_under(h.passage.section, node.path)),
                    len(result.hits))
    return min(result.targets, key=best_rank)


def answers_from(index: PassageIndex, heading_rows: np.ndarray, fragment: Callable[[int], bool],
                 target: tuple[str, OutlineNode], result: SearchResult, margin: float = 0.15) -> bool:
    """Whether the targeted section, not some other passage, holds the answer.

    When the best passage before steering lies elsewhere and clearly beats everything in the
    section ("这次会议的主要任务是什么" is about the meeting, not the tasks section), the answer
    comes from the passages instead. ``fragment(s)``: whether sentence ``s`` is a bare marker.
    """
    base = result.base
    if base is None:
        return True
    # A section cut off right after its heading ("一是 ……(未完…)") shows nothing to compare:
    # the question named it, so it answers, with what is shown and the notice.
    inside = [r for r in index.rows_under(target[0], target[1].path)
              if not all(fragment(s) for s in index.sentences_of(r))]
    if not inside:
        return True
    # A heading that stands alone elsewhere ("附件：重点任务分工表", its body not in the text) holds
    # no answer to beat the section with, however close its words are.
    best = max_where(base, ~heading_rows)
    return float(base[inside].max()) >= best - margin


def parent_meant(index: PassageIndex, heading_rows: np.ndarray, target: tuple[str, OutlineNode],
                 result: SearchResult) -> tuple[str, OutlineNode] | None:
    """The section above ``target`` that a list question means when it names an item of it by a run
    of words, and the best passage is that section's own opening: "公平竞争方面要做哪些工作" names
    "1.清理妨碍公平竞争的政策措施", yet "公平竞争是市场经济的核心。…" opens "（二）着力打造更公平的市场
    竞争环境", whose items are the answer. None when the best passage lies elsewhere."""
    base = result.base
    if base is None or not len(base):
        return None
    passage = index.passages[argmax_where(base, ~heading_rows)]  # candidates only: no library scan
    doc, node = target
    if passage.document != doc or passage.section == node.path or not section_under(node.path, passage.section):
        return None
    return next(((doc, n) for n in index.document(doc).outline_nodes() if n.path == passage.section), None)


# A part referred to as such after its heading's words: "规范涉企执法那块", "设施网络这部分", "招商引资那一节里".
_PART_WORD = r"(?:的)?(?:那块|这块|那部分|这部分|那一部分|这一部分|那段|这段|那一段|这一段|那一节|这一节|那节|这节|部分)"
_TITLE_BRACKETS = re.compile(r"[【】\[\]〔〕]")
_TITLE_CHARS = 4  # a shorter title ("要求", "其他") is said by many questions that do not point at its part


def names_part_by_title(question: str, node: OutlineNode) -> bool:
    """Whether ``question`` points at ``node``'s part by its heading's words and a part word ("规范涉企执法
    那块都说了些啥" of "【规范涉企执法】"): it asks of that part, however well another passage's words match
    (a problem item "涉企执法还不够规范" ranking first). The heading's words before its first comma do."""
    title = strip_heading_number(_TITLE_BRACKETS.sub("", node.title))
    title = re.split(r"[，,。；;：:]", title, maxsplit=1)[0]
    if len(title) < _TITLE_CHARS:
        return False
    return re.search(re.escape(title) + _PART_WORD, question) is not None
