"""Adding a speech from the chat: checked at once, then indexed one upload at a time in the background.

An upload is refused at once, with a message in the UI's language, when the chat is
read-only, the session has used its uploads for the hour, the file is of another type,
too large, unreadable, empty, cut into more passages than an upload may have, or named
like a speech already there. An accepted one is staged (see :mod:`ui.staging`) and
queued; a single worker rebuilds the index for each in turn, and each upload's status
says its place in the queue until its turn. Gradio's temporary copy of the file is
deleted as soon as it has been read, whatever the outcome.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.errors import SpeechError
from index.reader import read_speech_bytes

from . import server, staging
from .upload_checks import accepted_types, megabytes, read_problem, status_html, upload_name

log = logging.getLogger(__name__)

MAX_PENDING = 8  # uploads waiting at once, all sessions together
HOUR = 3600.0
STAGE_NAMES = {
    "reading speeches": "正在读取讲话", "reading": "正在读取讲话", "chunking": "正在切分段落",
    "embedding passages": "正在计算向量", "embedding": "正在计算向量", "bm25": "正在建立关键词索引",
    "writing index": "正在写入索引", "writing": "正在写入索引", "loading": "正在载入新索引",
}
@dataclass
class UploadJob:
    """One accepted upload on its way into the index."""

    name: str
    doc_id: str
    staged: Path
    title: str = ""
    passages: int = 0
    notes: list[str] = field(default_factory=list)  # renamed, encoding warnings…
    state: str = "queued"  # queued → running → done | failed
    stage: str = ""
    error: str = ""
    started: float = 0.0


class Rebuilder:
    """Checks uploads, queues the accepted ones, and rebuilds the index for each in turn.

    While a rebuild runs the assistant keeps answering from the old index (the swap is the
    assistant's). ``temp_root``: Gradio's upload folder; a handled file inside it is deleted.
    """

    def __init__(self, assistant: Any, poll: float = 0.3, *, temp_root: str | Path | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.assistant = assistant
        self.poll = poll
        self.temp_root = Path(temp_root).resolve() if temp_root else None
        self.clock = clock
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._jobs: deque[UploadJob] = deque()
        self._worker: threading.Thread | None = None
        self._recent: dict[str, deque[float]] = {}
        settings = assistant.settings
        staging.recover(settings.upload_dir, getattr(settings, "index_dir", settings.upload_dir))

    # -- limits --------------------------------------------------------------------
    def _setting(self, name: str, default: Any) -> Any:
        return getattr(self.assistant.settings, name, default)

    @property
    def max_bytes(self) -> int:
        """The upload size limit."""
        return int(self._setting("max_upload_bytes", 2_000_000))

    @property
    def max_passages(self) -> int:
        """The most passages one upload may be cut into."""
        return int(self._setting("max_upload_passages", 400))

    @property
    def per_hour(self) -> int:
        """Uploads one session may make in an hour."""
        return int(self._setting("uploads_per_hour", 10))

    @property
    def read_only(self) -> bool:
        """True when the chat takes no uploads."""
        return bool(self._setting("read_only", False))

    @property
    def busy(self) -> bool:
        """True while an upload waits or is being indexed."""
        return bool(self._jobs)

    def _take_slot(self, session: str) -> None:
        now = self.clock()
        with self._lock:
            for key in list(self._recent):
                times = self._recent[key]
                while times and now - times[0] >= HOUR:
                    times.popleft()
                if not times:
                    del self._recent[key]
            times = self._recent.setdefault(session, deque())
            if len(times) >= self.per_hour:
                wait = max(1, round((HOUR - (now - times[0])) / 60))
                raise SpeechError(f"每个会话一小时内最多上传 {self.per_hour} 份讲话稿,"
                                  f"请约 {wait} 分钟后再试。")
            times.append(now)

    # -- accepting -------------------------------------------------------------------
    def _existing(self) -> set[str]:
        """Document ids already indexed or on their way."""
        docs = self.assistant.documents() if hasattr(self.assistant, "documents") else []
        return {d.id for d in docs} | {n["document"] for n in self.assistant.outline()} | {
            j.doc_id for j in self._jobs}

    def submit(self, path: str | Path, session: str = "") -> UploadJob:
        """Check the file at ``path`` and queue it; the job. Raises SpeechError (nothing changed)."""
        path = Path(path)
        if self.read_only:
            raise SpeechError("这个聊天是只读的,不能添加讲话稿。")
        name, renamed = upload_name(path.name)
        size = path.stat().st_size
        if size > self.max_bytes:
            raise SpeechError(f"{name} 有 {megabytes(size)},超过了 {megabytes(self.max_bytes)} 的上限。")
        self._take_slot(session)
        data = path.read_bytes()
        doc_id = Path(name).stem
        try:
            document = read_speech_bytes(data, doc_id, path=name)
        except SpeechError as exc:
            raise SpeechError(read_problem(name, str(exc))) from None
        passages = len(document.passages)
        if not passages:
            raise SpeechError(f"{name} 里没有可以索引的正文。")
        if passages > self.max_passages:
            raise SpeechError(f"{name} 切分出 {passages} 段,超过了每次上传 {self.max_passages} 段的上限;"
                              "请拆成几份分别上传。")
        notes = [f"已改名为 {name}(以点开头的文件名是隐藏文件,不会被索引)"] if renamed else []
        encoding = (getattr(document, "encoding", None) or "utf-8").lower().replace("_", "-")
        if encoding not in ("utf-8", "utf-8-sig", "ascii"):
            notes.append(f"按 {encoding.upper()} 编码读取;如有乱码,请另存为 UTF-8 后再上传")
        notes += [f"提示:{w}" for w in getattr(document, "warnings", []) if encoding.upper() not in w.upper()]
        upload_dir = Path(self.assistant.settings.upload_dir)
        with self._lock:
            if doc_id in self._existing() or (upload_dir / name).exists():
                raise SpeechError(f"讲话库里已有名为 {doc_id} 的讲话稿;请改名后再上传。")
            if len(self._jobs) >= MAX_PENDING:
                raise SpeechError(f"已有 {len(self._jobs)} 份讲话稿在排队等待索引,请稍后再上传。")
            job = UploadJob(name=name, doc_id=doc_id, staged=staging.stage(upload_dir, name, data),
                            title=getattr(document, "title", "") or doc_id, passages=passages, notes=notes)
            self._jobs.append(job)
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, daemon=True, name="qa-uploads")
                self._worker.start()
        return job

    def place(self, job: UploadJob) -> int:
        """How many uploads are ahead of ``job`` (0: it is being indexed or done)."""
        with self._lock:
            return next((i for i, j in enumerate(self._jobs) if j is job), 0)

    # -- the worker ------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._jobs:
                    self._worker = None
                    self._idle.notify_all()
                    return
                job = self._jobs[0]
            self._run(job)
            with self._lock:
                self._jobs.popleft()

    def _run(self, job: UploadJob) -> None:
        settings = self.assistant.settings
        job.state, job.started, job.stage = "running", self.clock(), "开始重建索引"

        def on_stage(stage: str) -> None:
            job.stage = STAGE_NAMES.get(str(stage).strip().lower(), str(stage))

        try:
            self.assistant.rebuild(on_stage=on_stage, extra_files=[job.staged])
            if not self._indexed(job):
                raise RuntimeError("新索引里没有这份讲话稿")
            staging.publish(settings.upload_dir, job.staged)
        except Exception as exc:  # report it in the UI; the old index stays in use
            log.exception("adding %s failed", job.name)
            job.error = str(exc) or exc.__class__.__name__
            job.staged.unlink(missing_ok=True)
            job.state = "failed"
            return
        with self._lock:
            waiting = {j.staged for j in self._jobs if j is not job}
        staging.recover(settings.upload_dir, getattr(settings, "index_dir", settings.upload_dir), keep=waiting)
        job.state = "done"

    def _indexed(self, job: UploadJob) -> bool:
        """Whether the index in use holds the document read from the staged file."""
        staged = job.staged.resolve()
        docs = self.assistant.documents() if hasattr(self.assistant, "documents") else []
        return any(getattr(d, "path", None) and Path(d.path).resolve() == staged for d in docs)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every queued upload is handled; False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._jobs, timeout)

    # -- the upload event --------------------------------------------------------------
    def discard_temp(self, path: str | Path) -> None:
        """Delete Gradio's copy of a handled upload (see :func:`ui.server.discard_temp`)."""
        server.discard_temp(self.temp_root, path)

    def sweep(self, max_age: float = server.SPOOL_MAX_AGE) -> int:
        """Remove what no handler took from Gradio's folder (see :func:`ui.server.sweep_temp`)."""
        return server.sweep_temp(self.temp_root, max_age)

    def handle(self, file: Any, session: str = "") -> Iterator[tuple[str, bool]]:
        """The upload event: yields (status HTML, outline changed?) until the upload is indexed."""
        path = getattr(file, "name", file)
        if not path:
            yield status_html(f"请选择一个讲话稿文件({accepted_types()})。"), False
            return
        try:
            job = self.submit(path, session)
        except (SpeechError, OSError) as exc:
            yield status_html(f"✗ 无法添加:{exc} 讲话库没有变化。", "error"), False
            return
        finally:
            self.discard_temp(path)
            self.sweep()
        while job.state in ("queued", "running"):
            ahead = self.place(job)
            if job.state == "queued" and ahead:
                text = f"⏳ 已收到 {job.name},排队等待索引:前面还有 {ahead} 份。期间仍按原来的索引回答。"
            else:
                text = (f"⏳ 正在加入 {job.name}:{job.stage or '排队中'}…"
                        f"({max(0.0, self.clock() - job.started) if job.started else 0:.0f} 秒)"
                        "期间仍按原来的索引回答。")
            yield status_html(text, "busy"), False
            time.sleep(self.poll)
        if job.state == "failed":
            yield status_html(f"✗ 加入 {job.name} 失败:{job.error}。讲话库没有变化。", "error"), False
            return
        notes = "".join(f" {n}。" for n in job.notes)
        yield status_html(f"✓ 已加入《{job.title}》({job.name},{job.passages} 段),索引已更新。{notes}",
                          "ok"), True
