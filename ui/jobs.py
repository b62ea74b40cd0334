"""A change to the speech library on its way into the index, and how the UI words it.

A job adds a speech (an upload), removes one, or replaces one by another; one worker
runs them in turn (see :mod:`ui.upload`). Everything said about a job is in the UI's
language: the index builder's progress messages (English, shared with the CLI) are
said again by kind, and a failure is named by its kind, never by an English traceback.
"""
from __future__ import annotations

import errno
import re
from dataclasses import dataclass, field
from pathlib import Path

from .upload_checks import status_html

STAGES: list[tuple[re.Pattern, str]] = [
    (re.compile(r"^(\d+) distinct sentences.*?(\d+) from the cache, (\d+) to embed", re.I),
     "共 {0} 句,{1} 句已有向量,{2} 句待计算"),
    (re.compile(r"^embedding (\d+) passages?", re.I), "正在计算 {0} 段的向量"),
    (re.compile(r"^(?:the )?embedding cache", re.I), "向量缓存不可用,全部重新计算"),
    (re.compile(r"^embedding", re.I), "正在计算向量"),
    (re.compile(r"^adding (\d+) speech\S* to (\d+)", re.I), "正在把 {0} 篇讲话并入已有的 {1} 篇"),
    (re.compile(r"^removing (\d+) speech\S* from (\d+)", re.I), "正在从 {1} 篇讲话中移除 {0} 篇"),
    (re.compile(r"^rebuilding the whole index", re.I), "索引需要完整重建,正在重建"),
    (re.compile(r"^reading|^chunking", re.I), "正在读取讲话"),
    (re.compile(r"^(?:indexing words|bm25)", re.I), "正在建立关键词索引"),
    (re.compile(r"^(?:saving|writing)", re.I), "正在写入索引"),
    (re.compile(r"^(?:swapping|loading)", re.I), "正在启用新索引"),
]
GENERIC_STAGE = "正在重建索引"


def stage_words(stage: str) -> str:
    """A progress message of the index builder in the UI's language (a generic one for any
    message of no known kind: the UI never shows the builder's English)."""
    text = str(stage).strip()
    for pattern, words in STAGES:
        m = pattern.search(text)
        if m:
            return words.format(*m.groups())
    return GENERIC_STAGE


def failure_words(exc: BaseException) -> str:
    """Why a rebuild failed, in the UI's language (the details go to the log)."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return "磁盘空间不足"
    if isinstance(exc, PermissionError):
        return "索引文件夹没有写入权限"
    if isinstance(exc, MemoryError):
        return "内存不足"
    if isinstance(exc, NotIndexed):
        return "新索引里没有这份讲话稿"
    return "重建索引时出错(详情见日志)"


class NotIndexed(RuntimeError):
    """The rebuilt index does not hold what the job added, or still holds what it removed."""


@dataclass
class UploadJob:
    """One change to the library: ``staged`` is added, the files in ``remove`` taken out."""

    name: str  # the file added (or removed, for a removal)
    doc_id: str
    staged: Path | None = None
    title: str = ""
    passages: int = 0
    notes: list[str] = field(default_factory=list)  # renamed, encoding warnings…
    remove: list[Path] = field(default_factory=list)  # upload files the job takes out
    removed_title: str = ""
    state: str = "queued"  # queued → running → done | failed; "refused" never ran
    stage: str = ""
    error: str = ""
    started: float = 0.0
    message: str = ""  # a refusal's words

    @property
    def kind(self) -> str:
        """add, remove or replace."""
        if self.staged is None:
            return "remove"
        return "replace" if self.remove else "add"

    @property
    def active(self) -> bool:
        """Still waiting or being indexed."""
        return self.state in ("queued", "running")


def job_line(job: UploadJob, ahead: int, elapsed: float) -> str:
    """One status line for a job, in the UI's language."""
    if job.state == "refused":
        return status_html(f"✗ 无法添加:{job.message} 讲话库没有变化。", "error")
    what = {"add": f"加入 {job.name}", "remove": f"删除《{job.removed_title or job.doc_id}》",
            "replace": f"用 {job.name} 替换《{job.removed_title}》"}[job.kind]
    if job.state == "queued" and ahead:
        return status_html(f"⏳ 已收到:{what},排队等待索引:前面还有 {ahead} 份。期间仍按原来的索引回答。", "busy")
    if job.active:
        return status_html(f"⏳ 正在{what}:{job.stage or '排队中'}…({elapsed:.0f} 秒)期间仍按原来的索引回答。",
                           "busy")
    if job.state == "failed":
        return status_html(f"✗ {what}失败:{job.error}。讲话库没有变化。", "error")
    notes = "".join(f" {n}。" for n in job.notes)
    if job.kind == "remove":
        return status_html(f"✓ 已删除《{job.removed_title or job.doc_id}》,索引已更新。", "ok")
    done = f"✓ 已加入《{job.title}》({job.name},{job.passages} 段),索引已更新。{notes}"
    if job.kind == "replace":
        done = f"✓ 已用《{job.title}》({job.name},{job.passages} 段)替换《{job.removed_title}》,索引已更新。{notes}"
    return status_html(done, "ok")
