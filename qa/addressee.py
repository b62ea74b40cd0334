"""Whom a reply answers: the member whose proposal a 提案答复, 建议答复 or 来信回复 takes up.

A reply opens on its addressee, on a line of its own ("王晓梅委员：", "尊敬的李建国代表："),
and its next sentence names what they proposed ("您提出的《关于…的提案》收悉"). "这个提案是谁提的",
"提案人是谁", "Who made the proposal?" ask for that line. A bare salutation is no sentence a
search ranks first, so it is quoted directly, with the sentence naming the proposal.
"""
from __future__ import annotations

import re

from index.store import PassageIndex

from .citations import CitationBuilder

# who proposed, wrote or is answered: "谁提的", "哪位委员提出的", "提案人", "答复的是谁"
_ASKED_ZH = re.compile(r"(?:谁|哪位|哪个(?:委员|代表|人))[^，,。？?]{0,6}?(?:提出|提交|提的|提了|反映|来信|写信)"
                       r"|(?:提案|建议|议案|来信|写信)人|(?:答复|回复|复函)(?:的是|给了?|的对象是?)?(?:谁|哪位)"
                       r"|答复对象"
                       # "这是对谁的提案的答复", "给哪位委员的回复"
                       r"|(?:对|给)(?:谁|哪位(?:委员|代表)?)的?(?:提案|建议|议案|来信|答复|回复)")
_ASKED_EN = re.compile(r"\bwho\b[^?]*\b(?:made|raised|submitted|put\s+forward|wrote|sent|proposed)\b[^?]*"
                       r"\b(?:proposal|suggestion|motion|letter)"
                       r"|\bwho\b[^?]*\b(?:reply|response|answer)\b[^?]*\baddressed\b"
                       r"|\bto\s+whom\b[^?]*\b(?:reply|response|letter)\b", re.I)
_REPLY_TITLE = re.compile(r"答复|复函|回复|回函")
_SALUTATION = re.compile(r"^\s*(?:尊敬的)?([\u4e00-\u9fff·]{1,12}(?:等\s*\d{1,3}\s*[位名])?"
                         r"(?:委员|代表|同志|先生|女士|老师))\s*[：:]\s*$")
_PROPOSED = re.compile(r"[^。！？!?]*(?:提出|提交|来信)[^。！？!?]*(?:收悉|已收到|收到)[^。！？!?]*[。！？!?]?")
_LEAD_ROWS = 3  # the salutation stands at the top: in a reply's first passages


def addressee_asked(question: str) -> bool:
    """Whether ``question`` asks who proposed (or wrote) what a reply answers."""
    return bool(_ASKED_ZH.search(question) or _ASKED_EN.search(question))


def addressee_answer(index: PassageIndex, documents: set[str] | None, builder: CitationBuilder,
                     lang: str) -> str | None:
    """The addressee of each reply in scope and the sentence naming their proposal, quoted and
    cited; None when no reply in scope opens on one (the question is then answered like any)."""
    found = []
    for doc in index.documents:
        if (documents is not None and doc.id not in documents) or not _REPLY_TITLE.search(doc.title):
            continue
        rows = index.doc_rows(doc.id)[:_LEAD_ROWS]
        for i, row in enumerate(rows):
            m = _SALUTATION.match(index.passages[row].text)
            if not m:
                continue
            parts = [(m.group(1), builder.cite(row, m.start(1), m.end(1)))]
            for later in rows[i:i + 2]:  # the same passage or the next names the proposal
                text = index.passages[later].text
                said = _PROPOSED.search(text, m.end() if later == row else 0)
                if said:
                    parts.append((said.group(0).strip(), builder.cite(later, said.start(), said.end())))
                    break
            found.append((doc.title, parts))
            break
    if not found:
        return None
    lines = []
    for title, parts in found:
        (name, mark), rest = parts[0], parts[1:]
        if lang == "en":
            line = f"The reply is addressed to {name} [{mark}]" + (
                f", who proposed: {rest[0][0]} [{rest[0][1]}]" if rest else ".")
        else:
            line = f"答复的对象是{name}[{mark}]。" + (f"{rest[0][0]}[{rest[0][1]}]" if rest else "")
        lines.append(line if len(found) == 1 else f"- 《{title}》: {line}")
    return "\n".join(lines)
