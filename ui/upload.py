"""Changing the speech library from the chat: checked at once, then indexed one job at a time.

An upload is refused at once, with a message in the UI's language, when the chat is
read-only, the session has used its uploads for the hour, the file is of another type,
too large, unreadable, empty, cut into more passages than an upload may have, or named
like a speech already there. An accepted one is staged (see :mod:`ui.staging`) and
queued; so are the removal and the replacement of an uploaded speech (the bundled one
cannot be removed). One worker changes the index for each in turn with the Assistant's
``add_files`` / ``remove_documents`` (no embedding of the library; a replacement is a
removal, then an add); meanwhile the old index answers. Each session sees its own jobs
with their place in the queue. Gradio's copy of an upload is deleted once it is read.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from index.errors import SpeechError

from . import server, staging
from .jobs import UploadJob, failure_words, job_line, stage_words
from .library import is_uploaded
from .limits import HourlyLimit
from .upload_checks import accepted_types, megabytes, read_upload, status_html, upload_name

log = logging.getLogger(__name__)

MAX_PENDING = 8  # jobs waiting at once, all sessions together


class Rebuilder:
    """Checks uploads, queues library changes, and changes the index for each in turn.

    ``temp_root``: Gradio's upload folder; a handled file inside it is deleted.
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
        self._hourly = HourlyLimit(lambda: self.per_hour, clock)
        self._shown: dict[str, list[UploadJob]] = {}  # per session: the jobs its status line shows
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
        """True while a job waits or is being indexed."""
        return bool(self._jobs)

    def _take_slot(self, session: str) -> None:
        wait = self._hourly.take(session)
        if wait is not None:
            raise SpeechError(f"每个会话一小时内最多上传 {self.per_hour} 份讲话稿,请约 {wait} 分钟后再试。")

    # -- accepting -------------------------------------------------------------------
    def _documents(self) -> list[Any]:
        return list(self.assistant.documents()) if hasattr(self.assistant, "documents") else []

    def _existing(self) -> set[str]:
        """Document ids already indexed or on their way."""
        return {d.id for d in self._documents()} | {n["document"] for n in self.assistant.outline()} | {
            j.doc_id for j in self._jobs if j.staged is not None}

    def uploaded(self) -> list[Any]:
        """The speeches added in the chat (those that may be removed or replaced)."""
        return [d for d in self._documents() if is_uploaded(d, self.assistant.settings.upload_dir)]

    def _uploaded_doc(self, doc_id: str) -> Any:
        doc = next((d for d in self.uploaded() if d.id == doc_id), None)
        if doc is None:
            raise SpeechError("只能删除或替换在这里上传的讲话稿;内置的讲话不能删除。")
        if any(j.active and self.upload_file(doc) in j.remove for j in self._jobs):
            raise SpeechError(f"《{doc.title}》已在等待删除或替换。")
        return doc

    def upload_file(self, doc: Any) -> Path:
        """The file in the upload folder that holds an uploaded speech (its index may name the
        staged copy it was read from)."""
        return Path(self.assistant.settings.upload_dir) / Path(doc.path).name

    def submit(self, path: str | Path, session: str = "", *, replacing: str | None = None) -> UploadJob:
        """Check the file at ``path`` and queue it (replacing the uploaded speech ``replacing``);
        the job. Raises SpeechError (nothing changed)."""
        path = Path(path)
        if self.read_only:
            raise SpeechError("这个聊天是只读的,不能添加讲话稿。")
        old = self._uploaded_doc(replacing) if replacing else None
        name, renamed = upload_name(path.name)
        size = path.stat().st_size
        if size > self.max_bytes:
            raise SpeechError(f"{name} 有 {megabytes(size)},超过了 {megabytes(self.max_bytes)} 的上限。")
        self._take_slot(session)
        data = path.read_bytes()
        doc_id = Path(name).stem
        document, notes = read_upload(data, name, renamed=renamed, max_passages=self.max_passages)
        passages = len(document.passages)
        upload_dir = Path(self.assistant.settings.upload_dir)
        with self._lock:
            same_file = old is not None and Path(old.path).name == name
            taken = self._existing() - ({old.id} if old is not None else set())
            if doc_id in taken or ((upload_dir / name).exists() and not same_file):
                raise SpeechError(f"讲话库里已有名为 {doc_id} 的讲话稿;请改名后再上传。")
            self._check_room()
            job = UploadJob(name=name, doc_id=doc_id, staged=staging.stage(upload_dir, name, data),
                            title=getattr(document, "title", "") or doc_id, passages=passages, notes=notes,
                            remove=[self.upload_file(old)] if old is not None else [],
                            removed_title=old.title if old is not None else "")
            self._enqueue(job)
        return job

    def submit_removal(self, doc_id: str) -> UploadJob:
        """Queue the removal of the uploaded speech ``doc_id``; the job. Raises SpeechError."""
        if self.read_only:
            raise SpeechError("这个聊天是只读的,不能删除讲话稿。")
        doc = self._uploaded_doc(doc_id)
        with self._lock:
            self._check_room()
            job = UploadJob(name=Path(doc.path).name, doc_id=doc.id, remove=[self.upload_file(doc)],
                            removed_title=doc.title)
            self._enqueue(job)
        return job

    def _check_room(self) -> None:
        if len(self._jobs) >= MAX_PENDING:
            raise SpeechError(f"已有 {len(self._jobs)} 份讲话稿在排队等待索引,请稍后再试。")

    def _enqueue(self, job: UploadJob) -> None:
        self._jobs.append(job)
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, daemon=True, name="qa-uploads")
            self._worker.start()

    def place(self, job: UploadJob) -> int:
        """How many jobs are ahead of ``job`` (0: it is being indexed or done)."""
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
        job.state, job.started, job.stage = "running", self.clock(), "开始更新索引"
        held: list[tuple[Path, Path]] = []
        done = ""  # the last change swapped in

        def on_stage(stage: str) -> None:
            job.stage = stage_words(stage)

        try:
            gone = [d.id for d in self.uploaded() if self.upload_file(d) in job.remove]
            held = [(p, staging.hold_removed(settings.upload_dir, p)) for p in job.remove]
            if gone:
                self.assistant.remove_documents(gone, on_stage=on_stage)
                done = "removed"
            if job.staged is not None:
                self.assistant.add_files([job.staged], on_stage=on_stage)
                done = "added"
            staging.check_indexed(settings.upload_dir, self._documents(), job.staged, job.remove)
            if job.staged is not None:
                staging.publish(settings.upload_dir, job.staged)
        except Exception as exc:  # report it in the UI; the old index stays in use
            log.exception("%s %s failed", job.kind, job.name)
            job.error = failure_words(exc)
            if job.staged is not None:
                job.staged.unlink(missing_ok=True)
            for original, moved in held:
                staging.restore_removed(moved, original)
            if done == "removed" and job.staged is not None:  # a replacement's add failed: put the old one back
                self._put_back([original for original, _moved in held if original.is_file()])
            job.state = "failed"
            return
        for _original, moved in held:
            moved.unlink(missing_ok=True)
        with self._lock:
            waiting = {j.staged for j in self._jobs if j is not job and j.staged is not None}
        staging.recover(settings.upload_dir, getattr(settings, "index_dir", settings.upload_dir), keep=waiting)
        job.state = "done"

    def _put_back(self, files: list[Path]) -> None:
        try:
            self.assistant.add_files(files)
        except Exception:  # then the next start rebuilds the index with them (ui.staging.open_assistant)
            log.exception("putting back %s failed", ", ".join(f.name for f in files))

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every queued job is handled; False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._jobs, timeout)

    # -- what a session sees ------------------------------------------------------------
    def discard_temp(self, path: str | Path) -> None:
        """Delete Gradio's copy of a handled upload (see :func:`ui.server.discard_temp`)."""
        server.discard_temp(self.temp_root, path)

    def sweep(self, max_age: float = server.SPOOL_MAX_AGE) -> int:
        """Remove what no handler took from Gradio's folder (see :func:`ui.server.sweep_temp`)."""
        return server.sweep_temp(self.temp_root, max_age)

    def _show(self, session: str, job: UploadJob) -> None:
        """Put ``job`` on the session's status, dropping the outcomes of earlier finished jobs."""
        with self._lock:
            shown = [j for j in self._shown.get(session, []) if j.active]
            self._shown[session] = (shown + [job])[-MAX_PENDING:]
            if len(self._shown) > 1000:  # sessions that went away
                for key in [k for k, js in self._shown.items() if not any(j.active for j in js)][:500]:
                    del self._shown[key]

    def status(self, session: str) -> str:
        """The session's status: a line per job it started since its last finished ones."""
        jobs = list(self._shown.get(session, []))
        now = self.clock()
        lines = [job_line(j, self.place(j) if j.active else 0, max(0.0, now - j.started) if j.started else 0)
                 for j in jobs]
        return f'<div class="qa-upload-lines">{"".join(lines)}</div>'

    def _follow(self, job: UploadJob, session: str) -> Iterator[tuple[str, bool]]:
        while job.active:
            yield self.status(session), False
            time.sleep(self.poll)
        yield self.status(session), job.state == "done"

    def handle(self, file: Any, session: str = "", replacing: str | None = None) -> Iterator[tuple[str, bool]]:
        """The upload event: yields (status HTML, library changed?) until the upload is indexed."""
        path = getattr(file, "name", file)
        if not path:
            yield status_html(f"请选择一个讲话稿文件({accepted_types()})。"), False
            return
        try:
            job = self.submit(path, session, replacing=replacing)
        except (SpeechError, OSError) as exc:
            self._show(session, UploadJob(name=Path(str(path)).name, doc_id="", state="refused", message=str(exc)))
            yield self.status(session), False
            return
        finally:
            self.discard_temp(path)
            self.sweep()
        self._show(session, job)
        yield from self._follow(job, session)

    def handle_removal(self, doc_id: str, session: str = "") -> Iterator[tuple[str, bool]]:
        """The delete event: yields (status HTML, library changed?) until the speech is out of the index."""
        try:
            job = self.submit_removal(doc_id)
        except SpeechError as exc:
            yield status_html(f"✗ 无法删除:{exc}", "error"), False
            return
        self._show(session, job)
        yield from self._follow(job, session)
