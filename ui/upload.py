"""Adding a speech from the chat: check, save, rebuild the index in the background."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from index.errors import SpeechError

from .render import esc

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = (".txt", ".md")
STAGE_NAMES = {
    "reading speeches": "正在读取讲话", "reading": "正在读取讲话", "chunking": "正在切分段落",
    "embedding passages": "正在计算向量", "embedding": "正在计算向量", "bm25": "正在建立关键词索引",
    "writing index": "正在写入索引", "writing": "正在写入索引", "loading": "正在载入新索引",
}


def status_html(text: str, kind: str = "info") -> str:
    """The upload status line (escaped), styled by ``kind``: info, busy, ok or error."""
    return f'<div class="qa-upload-status qa-upload-{esc(kind)}">{esc(text)}</div>'


class Rebuilder:
    """Adds one uploaded speech at a time and rebuilds the index in a background thread.

    While a rebuild runs, ``busy`` is true, ``stage`` says what it is doing, and
    the assistant keeps answering from the old index (the swap is the assistant's).
    """

    def __init__(self, assistant: Any, poll: float = 0.3) -> None:
        self.assistant = assistant
        self.poll = poll
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.stage = ""
        self.error: str | None = None
        self.added: str | None = None

    @property
    def busy(self) -> bool:
        """True while a speech is being added or the index rebuilt."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def max_bytes(self) -> int:
        """The upload size limit."""
        return int(getattr(self.assistant.settings, "max_upload_bytes", 2_000_000))

    def start(self, path: str | Path) -> str:
        """Check and save the file at ``path``, then start the rebuild; returns the saved name.

        Raises SpeechError (nothing changed) for a bad file, or RuntimeError when busy.
        """
        path = Path(path)
        if path.suffix.lower() not in ALLOWED_SUFFIXES:
            raise SpeechError(f"{path.name}: 只能添加 .txt 或 .md 格式的讲话稿。")
        size = path.stat().st_size
        if size > self.max_bytes:
            raise SpeechError(f"{path.name} 有 {size:,} 字节,超过了 {self.max_bytes:,} 字节的上限。")
        with self._lock:
            if self.busy:
                raise RuntimeError("正在更新索引,请等这次完成后再上传。")
            saved = self.assistant.add_speech(path.name, path.read_bytes())
            self.stage, self.error, self.added = "开始重建索引", None, Path(saved).name
            self._thread = threading.Thread(target=self._run, args=(Path(saved),), daemon=True,
                                            name="qa-rebuild")
            self._thread.start()
        return self.added

    def _on_stage(self, stage: str) -> None:
        self.stage = STAGE_NAMES.get(str(stage).strip().lower(), str(stage))

    def _run(self, saved: Path) -> None:
        try:
            self.assistant.rebuild(on_stage=self._on_stage)
            self.stage = "完成"
        except Exception as exc:  # report it in the UI; take the file back out of the corpus
            log.exception("rebuild failed after adding %s", saved)
            self.error = str(exc) or exc.__class__.__name__
            try:
                saved.unlink()
            except OSError:
                pass

    def wait(self, timeout: float | None = None) -> None:
        """Block until the running rebuild (if any) ends."""
        if self._thread is not None:
            self._thread.join(timeout)

    def handle(self, file: Any) -> Iterator[tuple[str, bool]]:
        """The upload event: yields (status HTML, outline changed?) until the rebuild ends."""
        path = getattr(file, "name", file)
        if not path:
            yield status_html("请选择一个 .txt 或 .md 讲话稿文件。"), False
            return
        try:
            name = self.start(path)
        except SpeechError as exc:
            yield status_html(f"✗ 无法添加:{exc} 讲话库没有变化。", "error"), False
            return
        except RuntimeError as exc:
            yield status_html(f"⏳ {exc}", "busy"), False
            return
        started = time.monotonic()
        while self.busy:
            yield status_html(f"⏳ 已收到 {name},{self.stage}…({time.monotonic() - started:.0f} 秒)"
                              " 期间仍按原来的索引回答。", "busy"), False
            time.sleep(self.poll)
        if self.error:
            yield status_html(f"✗ 重建索引失败:{self.error} 已撤回 {name},讲话库没有变化。", "error"), False
        else:
            yield status_html(f"✓ 已加入 {name},索引已更新。", "ok"), True
