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
    # "为啥要出这个办法", "为什么定这个规定": the everyday verbs of making one too
    rf"|(?:为什么|为啥|为何|干嘛)(?:要)?(?:制定|出台|搞|印发|颁布|推出|发布|出|发|定|弄|订)(?:这个|这部|这项|这份|本|该|此)?{_RULE}"
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


# "这个办法哪天通过的", "条例是什么时候审议通过的", "意见啥时候印发的": when the text itself was adopted
ADOPTED_ASKED = re.compile(
    rf"(?:这个|这部|这项|这份|本|该|此)?{_RULE}[^，,。？?]{{0,6}}?(?:哪天|哪一天|什么时候|啥时候|何时|哪年|几月几[号日]|哪个月)"
    r"[^，,。？?]{0,8}?(?:通过|审议|批准|印发|发布|公布|出台)"
    rf"|(?:哪天|什么时候|啥时候|何时)(?:通过|审议通过|印发|发布|出台)(?:的)?(?:这个|这部|这项|本|该)?{_RULE}")
# The line under a rule's title that dates its adoption: "（2024年11月20日市人民政府第35次常务会议审议通过）",
# "（2023年5月6日印发）"; within the text's opening lines only.
_ADOPTED = re.compile(r"[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[^（）()。\n]{0,40}?"
                      r"(?:通过|批准|印发|发布|公布)\s*[）)]?")
ADOPTION_ROWS = 3


def adopted_asked(question: str) -> bool:
    """Whether ``question`` asks when the text itself was adopted or issued."""
    return bool(ADOPTED_ASKED.search(question))


def adoption_answer(index: PassageIndex, documents: set[str] | None, builder: CitationBuilder,
                    lang: str) -> str | None:
    """The dated adoption line under each rule's title in scope, quoted and cited; None when none has one."""
    def span(text: str) -> tuple[int, int] | None:
        m = _ADOPTED.search(text)
        return m.span() if m else None

    found = first_span_per_speech(index, documents, builder, span, ADOPTION_ROWS)
    return quoted_per_speech(found, lambda line, mark: f"The text is dated: {line} [{mark}]"
                             if lang == "en" else f"文件标题下注明:{line}[{mark}]")
