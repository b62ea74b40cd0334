"""What an upload may be, and how the UI says why one is refused.

Messages are in the UI's language. The reader's own messages (English, shared with the
CLI) are said again by kind; one of no listed kind keeps its words after a Chinese lead.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from index.corpus import SPEECH_SUFFIXES
from index.errors import SpeechError
from index.reader import read_speech_bytes

from .render import esc

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
READ_PROBLEMS = [
    (re.compile(r"is empty|only whitespace|no (speech )?text in it", re.I), "里没有讲话正文"),
    (re.compile(r"binary file", re.I), "看起来是二进制文件,不是讲话文本"),
    (re.compile(r"unknown encoding|not valid UTF|byte-order mark", re.I),
     "的文字编码无法识别;请另存为 UTF-8 后再上传"),
    (re.compile(r"password|encrypted", re.I), "有密码保护或已加密;请另存一份不加密的副本再上传"),
    (re.compile(r"no text layer", re.I), "没有文字层(可能是扫描件);请先做文字识别,或上传文字版"),
    (re.compile(r"too large", re.I), "太大了;请一份讲话一个文件"),
    (re.compile(r"not a readable|damaged|not a \.docx|is a \.\w+ file", re.I),
     "已损坏或与扩展名不符;请重新保存后再上传"),
]


def status_html(text: str, kind: str = "info") -> str:
    """The upload status line (escaped), styled by ``kind``: info, busy, ok or error."""
    return f'<div class="qa-upload-status qa-upload-{esc(kind)}">{esc(text)}</div>'


def megabytes(n: int) -> str:
    """A size as the UI states it: ``2.0 MB``."""
    return f"{n / 1e6:.1f} MB"


def accepted_types() -> str:
    """The file types an upload may have, as the UI lists them: ``.txt / .md / …``."""
    return " / ".join(SPEECH_SUFFIXES)


def read_problem(name: str, message: str) -> str:
    """The reader's message about ``name``, in the UI's language where its kind is known."""
    for pattern, problem in READ_PROBLEMS:
        if pattern.search(message):
            return f"{name} {problem}。"
    return f"无法读取 {name}:{message}"


def upload_name(filename: str) -> tuple[str, bool]:
    """(the name an upload is saved under, whether it differs from ``filename``'s own).

    Leading dots and spaces go (the corpus scan skips hidden files, so a ``.name`` would never
    be indexed), and control characters become ``_``. Raises SpeechError for a type the corpus
    does not read or a name with nothing left before its extension.
    """
    original = Path(str(filename)).name
    stem, dot, ext = _CONTROL.sub("_", original).strip().rpartition(".")
    if not dot or f".{ext.lower()}" not in SPEECH_SUFFIXES:
        raise SpeechError(f"{original}:只能添加 {accepted_types()} 格式的讲话稿。")
    stem = stem.lstrip(". ").strip()
    if not stem.strip("."):
        raise SpeechError(f"“{original}”除了扩展名没有文件名,请改名后再上传。")
    name = f"{stem}.{ext}"
    return name, name != original


def read_upload(data: bytes, name: str, *, renamed: bool, max_passages: int) -> tuple[Any, list[str]]:
    """The speech in an upload's bytes, and the notes its status line gives (a renamed file, an
    encoding other than UTF-8, what the reader warned of). Raises SpeechError, in the UI's words,
    for a file that cannot be read, holds no text to index, or is cut into too many passages."""
    try:
        document = read_speech_bytes(data, Path(name).stem, path=name)
    except SpeechError as exc:
        raise SpeechError(read_problem(name, str(exc))) from None
    passages = len(document.passages)
    if not passages:
        raise SpeechError(f"{name} 里没有可以索引的正文。")
    if passages > max_passages:
        raise SpeechError(f"{name} 切分出 {passages} 段,超过了每次上传 {max_passages} 段的上限;"
                          "请拆成几份分别上传。")
    notes = [f"已改名为 {name}(以点开头的文件名是隐藏文件,不会被索引)"] if renamed else []
    encoding = (getattr(document, "encoding", None) or "utf-8").lower().replace("_", "-")
    if encoding not in ("utf-8", "utf-8-sig", "ascii"):
        notes.append(f"按 {encoding.upper()} 编码读取;如有乱码,请另存为 UTF-8 后再上传")
    notes += [f"提示:{w}" for w in getattr(document, "warnings", []) if encoding.upper() not in w.upper()]
    return document, notes
