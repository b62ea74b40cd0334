"""What the library holds: "这个库里都有哪些讲话", "一共收录了几篇", "Which speeches do you have?".

A user who keeps many speeches asks what is in the index before asking of one. The answer
lists each speech in scope by its title, with who gave it and when where its byline says.
"""
from __future__ import annotations

import re

from index.byline import read_byline, speaker_in_title
from index.document import Document

from .answer import Answer

_KINDS = r"(?:讲话|报告|文件|材料|文章|文档|稿子|资料)"
_ASKED = re.compile(
    rf"(?:库里|库中|资料库|知识库|收录|导入|上传|已有|你这里|你这儿|系统里)[^？?。，,]{{0,6}}?(?:哪些|哪几篇|几篇|多少篇|什么){_KINDS}?"
    rf"|(?:一共|总共|共)(?:有|收录了?|导入了?)?(?:几|多少)篇{_KINDS}?"
    rf"|^\s*(?:都|一共|总共)?有(?:哪些|哪几篇|几篇|多少篇){_KINDS}[？?。\s]*$"
    r"|\b(?:which|what) (?:speeches|documents|texts|reports) (?:are (?:there|indexed|loaded|in)|do you have)"
    r"|\bhow many (?:speeches|documents|texts|reports) (?:are (?:there|indexed|loaded)|do you have)", re.I)


def library_asked(question: str) -> bool:
    """Whether ``question`` asks what speeches the index holds."""
    return bool(_ASKED.search(question))


def library_answer(question: str, documents: list[Document], lang: str) -> Answer:
    """The speeches in scope, one line each: its title, and who gave it and when where its byline says."""
    lines = []
    for n, doc in enumerate(documents, start=1):
        byline = read_byline(doc.source)
        who = speaker_in_title(doc.title) or (byline.speaker.text if byline.speaker else None) \
            or (byline.signer.text if byline.signer else None)
        when = next((line.text for line in (byline.date, byline.signed) if line), None)
        said = "，".join(re.sub(r"\s+", " ", t).strip("（）() ") for t in (who, when) if t)
        lines.append(f"{n}. 《{doc.title}》" + (f"（{said}）" if said else ""))
    lead = (f"The index holds {len(documents)} speech(es):" if lang == "en"
            else f"已收录{len(documents)}篇：")
    return Answer(question=question, answer=lead + "\n\n" + "\n".join(lines), answerable=True)
