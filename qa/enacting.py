"""Why and on what basis a rule was made ("制定这个办法的目的和依据是什么", "本条例是根据哪些法律
制定的"): a 办法, 条例 or 意见 says it in its enacting clause, "为了…，根据…，结合本市实际，制定本办法。",
usually its 第一条. Its words seldom match the question's (目的, 依据), so ranking misses it and the
question was declined.
"""
from __future__ import annotations

import re

from index.store import PassageIndex

from .citations import CitationBuilder, first_span_per_speech, quoted_per_speech

_RULE = r"(?:办法|条例|细则|规定|意见|实施意见|方案|实施方案|措施|若干措施|准则|制度|规则|公约|决定)"
# "制定这个办法的目的", "出台本条例的依据", "为什么要制定这个办法", "办法是根据什么制定的", "立法目的"
ENACTING_ASKED = re.compile(
    rf"(?:制定|出台|印发|起草|颁布)(?:这个|这部|这项|这份|本|该|此)?{_RULE}?的?(?:目的|依据|根据|初衷|原因|背景|出发点|法律依据)"
    rf"|(?:为什么|为啥|为何|干嘛)(?:要)?(?:制定|出台|搞|印发|颁布)(?:这个|这部|这项|这份|本|该|此)?{_RULE}"
    rf"|{_RULE}(?:是)?(?:根据|依据|按照)(?:哪些|哪部|哪个|什么)[\u4e00-\u9fff]{{0,6}}?(?:制定|出台)"
    rf"|(?:立法|制定)(?:目的|宗旨|依据)|目的和依据|依据和目的"
    r"|\bwhy\b[^?]*\b(?:made|issued|adopted|enacted)\b|\b(?:purpose|legal basis)\s+of\s+(?:the|these|this)\b", re.I)
# "为了加强…，根据《…》等法律、法规，结合本市实际，制定本办法。"
_ENACTING = re.compile(rf"(?:^|[。；;\s])(?:第一条\s*)?(?:为了|为)[^。；;]{{4,}}?制定本{_RULE}")


def enacting_asked(question: str) -> bool:
    """Whether ``question`` asks why or on what basis the text itself was made."""
    return bool(ENACTING_ASKED.search(question))


def enacting_answer(index: PassageIndex, documents: set[str] | None, builder: CitationBuilder,
                    lang: str) -> str | None:
    """The enacting clause of each rule in scope, quoted and cited; None when none has one."""
    found = first_span_per_speech(index, documents, builder, _clause)
    return quoted_per_speech(found, lambda clause, mark: f"The text states its purpose and basis: {clause} [{mark}]"
                             if lang == "en" else f"文件写明了制定的目的和依据:{clause}[{mark}]")


def _clause(text: str) -> tuple[int, int] | None:
    """The span of the enacting sentence in a passage's text, to its full stop."""
    if (m := _ENACTING.search(text)) is None:
        return None
    start = m.start() + (1 if text[m.start()] in "。；; \n" else 0)
    end = text.find("。", m.end())
    return start, len(text) if end < 0 else end + 1
