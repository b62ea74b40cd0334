"""The speeches in the index as the chat names them: titles, what each is missing, examples.

- :func:`doc_status` says in a few words whether a speech is whole and what its excerpt
  leaves out ("节选:显示3214/10026字,1处省略").
- :func:`header_html` is the first screen's line naming the speech (or the speeches).
- :func:`library_html` is the table of the speech library.
- :func:`example_questions` follows the speeches indexed, uploads included.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .escape import esc

STRONG = 0.5  # a truncation finding at least this sure says the text is an excerpt
_NUMBERING = re.compile(r"^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])\s*")
_LIST_NOUN = re.compile(r"(问题|任务|措施|成效|要求|意见|目标|原则|举措|重点|经验|困难|挑战|成绩)$")
MAX_HEADER_DOCS = 4


def titles(docs: list[Any]) -> dict[str, str]:
    """Document id → title."""
    return {d.id: (d.title or d.id) for d in docs}


def doc_status(doc: Any) -> str:
    """"全文", or "节选:" and what the excerpt leaves out (cut-off, gaps, blanks, redactions…)."""
    t = doc.truncation
    missing = []
    if t.cut_off:
        if t.cut_off.total_chars and t.cut_off.shown_chars:
            missing.append(f"显示{t.cut_off.shown_chars}/{t.cut_off.total_chars}字")
        else:
            missing.append("在结尾处被截断")
    if t.gaps:
        missing.append(f"{len(t.gaps)}处省略")
    outline_only = [n for n in doc.outline_nodes() if n.status in ("outline_only", "omitted")]
    if outline_only:
        missing.append(f"{len(outline_only)}节只有标题")
    if t.blanks:
        missing.append(f"{len(t.blanks)}处数字空缺")
    if t.redactions:
        missing.append(f"{len(t.redactions)}处词语隐去")
    if missing:
        return "节选:" + ",".join(missing)
    strong = [f for f in t.findings if f.confidence >= STRONG]
    if strong:
        return "节选:" + "、".join(dict.fromkeys(_FINDING_WORDS.get(f.kind, "可能不完整") for f in strong))
    if t.findings:
        return "全文(可能不完整)"
    return "全文"


_FINDING_WORDS = {"notice": "网页注明未完", "gap": "有省略", "trailing_ellipsis": "结尾是省略号",
                  "mid_sentence": "结尾句子不完整", "announced_count": "列出的条目少于所说",
                  "numbering_jump": "编号有跳跃"}


def is_uploaded(doc: Any, upload_dir: Path) -> bool:
    """Whether the speech was added in the chat (its file lies in the upload folder)."""
    if not getattr(doc, "path", None):
        return False
    folder = Path(upload_dir).expanduser().resolve()
    path = Path(doc.path).expanduser().resolve()
    return folder in path.parents


def header_html(docs: list[Any], app_title: str, subtitle: str) -> str:
    """The first screen's header: the app, then the speech (or speeches) with what each is missing."""
    if len(docs) == 1:
        d = docs[0]
        names = (f'<p class="qa-doc-line"><span class="qa-doc-title">《{esc(d.title)}》</span>'
                 f'<span class="qa-doc-status">{esc(doc_status(d))}</span></p>')
    else:
        shown = "".join(f'<li><span class="qa-doc-title">《{esc(d.title)}》</span>'
                        f'<span class="qa-doc-status">{esc(doc_status(d))}</span></li>'
                        for d in docs[:MAX_HEADER_DOCS])
        more = f"<li>…另有 {len(docs) - MAX_HEADER_DOCS} 篇,见“讲话库”</li>" if len(docs) > MAX_HEADER_DOCS else ""
        names = f'<p class="qa-doc-line">讲话库共 {len(docs)} 篇讲话:</p><ul class="qa-doc-list">{shown}{more}</ul>'
    return (f'<div class="qa-header"><div class="qa-header-top"><h1>{esc(app_title)}</h1>'
            '<button id="qa-theme-toggle" class="qa-theme-toggle" type="button" title="切换浅色/深色">'
            '<span class="qa-theme-dark">🌙 深色</span><span class="qa-theme-light">☀ 浅色</span></button></div>'
            f'{names}<p class="qa-subtitle">{esc(subtitle)}</p></div>')


def library_html(docs: list[Any], upload_dir: Path) -> str:
    """The library: a row per speech with its title, status, passages, source file and a
    button that opens its full text."""
    rows = []
    for d in docs:
        source = Path(d.path).name if getattr(d, "path", None) else d.id
        kind = "上传" if is_uploaded(d, upload_dir) else "内置"
        rows.append(f'<div class="qa-lib-row"><div class="qa-lib-title">《{esc(d.title)}》'
                    f'<span class="qa-lib-id" hidden>{esc(d.id)}</span></div>'
                    f'<div class="qa-lib-meta"><span class="qa-lib-status">{esc(doc_status(d))}</span> · '
                    f'<span class="qa-lib-n">{len(d.passages)} 段</span> · <span class="qa-lib-file">{esc(source)}</span>'
                    f'<span class="qa-lib-kind">{kind}</span>'
                    '<button class="qa-lib-ft" type="button">查看全文</button></div></div>')
    return f'<div class="qa-library">{"".join(rows)}</div>'


def heading_core(title: str) -> str:
    """A heading without its numbering, cut at its first comma: the words a question uses."""
    core = _NUMBERING.sub("", title).strip()
    return re.split(r"[,，;；]", core)[0].strip() or core


def heading_question(title: str) -> str:
    """The question a heading suggests, in the heading's own words without its numbering:
    "<heading>有哪些?" when it ends in a list noun (问题, 任务, 措施…), "<heading>讲了什么?" else."""
    words = _NUMBERING.sub("", title).strip() or title
    return f"{words}有哪些?" if _LIST_NOUN.search(words) else f"{words}讲了什么?"


def overview_question(doc: Any) -> str:
    """The question that asks what a speech is about."""
    return f"《{doc.title}》主要讲了什么?"


def example_questions(docs: list[Any], per_doc: int = 2, limit: int = 6) -> list[str]:
    """Example questions from the speeches indexed: each speech's overview question and
    questions from its first headings that have a body, uploads included."""
    out: list[str] = []
    for d in docs:
        heads = [n for n in d.outline_nodes() if n.status in ("complete", "partial")]
        heads.sort(key=lambda n: (n.status != "complete", -n.level))  # whole leaf sections first
        questions = [overview_question(d)] + [heading_question(n.title) for n in heads]
        out += list(dict.fromkeys(questions))[:per_doc + 1]
    return list(dict.fromkeys(out))[:limit]
