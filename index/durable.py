"""The folders of an index on disk: build folders, the ``current`` link, and durable writes.

A rebuild writes a ``build-*`` folder, fsyncs every file in it and the folder itself,
and only then swaps the ``current`` link with ``os.replace`` (and fsyncs the index
folder), so neither a kill nor a power loss can leave ``current`` pointing at a
half-written build. A failed rebuild removes its own build folder. Readers resolve
``current`` once and read everything from the folder it named.
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

from .errors import IndexCorruptError, IndexLoadError, IndexMissingError, IndexWriteError

CURRENT = "current"
WHERE = "--index-dir / QA_INDEX_DIR"


def write_error(index_dir: Path, exc: BaseException) -> IndexWriteError:
    """A one-line IndexWriteError for an OSError (or FAISS's RuntimeError) met while writing."""
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or "No space left" in str(exc):
        why = "the disk is full (no space left on device)"
    elif code in (errno.EROFS, errno.EACCES, errno.EPERM):
        why = f"the folder cannot be written ({os.strerror(code)})"
    elif code in (errno.ENOTDIR, errno.EEXIST) or isinstance(exc, (NotADirectoryError, FileExistsError)):
        why = "a file stands where a folder must be"
    else:
        why = getattr(exc, "strerror", None) or str(exc).splitlines()[0][:200]
    return IndexWriteError(f"Cannot write the index at {index_dir}: {why}. Free some space or choose "
                           f"a folder you can write with {WHERE}; the previous index stays in use.")


def check_writable(index_dir: Path) -> None:
    """Raise IndexWriteError unless a build can be written in ``index_dir`` (checked before any model loads)."""
    index_dir = Path(index_dir)
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexWriteError(f"The index folder {index_dir} is a file, not a folder. "
                              f"Point {WHERE} at a folder.")
    if not index_dir.exists():  # nothing is created yet: the nearest existing folder must take it
        above = next((p for p in index_dir.parents if p.exists()), Path("/"))
        if not above.is_dir():
            raise write_error(index_dir, NotADirectoryError(errno.ENOTDIR, "not a folder", str(above)))
        if not os.access(above, os.W_OK | os.X_OK):
            raise write_error(index_dir, PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(above)))
        return
    probe = index_dir / f".write-test-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        probe.unlink()
    except OSError as exc:
        raise write_error(index_dir, exc) from None


@contextmanager
def build_lock(index_dir: Path):
    """Hold the rebuild lock of ``index_dir``; a second rebuild is refused at once."""
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        fh = open(index_dir / ".lock", "w")
    except OSError as exc:
        raise write_error(index_dir, exc) from None
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexLoadError(f"Another rebuild of {index_dir} is running; wait for it to finish.") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def write_json(path: Path, data) -> None:
    """Write JSON through a temporary file, fsynced, then renamed into place."""
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def fsync_path(path: Path) -> None:
    """Flush one file or folder (its entries) to disk."""
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(folder: Path) -> None:
    """Flush every file below ``folder``, then the folders themselves, deepest first."""
    folders = []
    for root, _dirs, files in os.walk(folder):
        folders.append(Path(root))
        for name in files:
            fsync_path(Path(root) / name)
    for path in reversed(folders):
        fsync_path(path)


def current_target(index_dir: Path) -> Path | None:
    """Where ``current`` points now (None when it does not resolve); never raises."""
    try:
        return (Path(index_dir) / CURRENT).resolve(strict=True)
    except (OSError, RuntimeError):
        return None


def resolve_current(index_dir: Path, fix: str) -> Path:
    """The build folder ``current`` names, resolved once; ``fix`` is the command errors give."""
    index_dir = Path(index_dir)
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexLoadError(f"The index folder {index_dir} is a file, not a folder. Point {WHERE} at a folder.")
    link = index_dir / CURRENT
    if not link.is_symlink() and not link.exists():
        raise IndexMissingError(f"No index has been built at {index_dir} yet. Run `{fix}`.")
    build = current_target(index_dir)
    # A rebuild may swap ``current`` and delete the old build between our resolving it and looking
    # at it: a build that is gone is read again; one that is there and no folder is damage.
    for _ in range(3):
        if build is not None and build.is_dir():
            return build
        time.sleep(0.01)  # gone, or deleted while we looked: resolve again (a file stays one: damage, below)
        build = current_target(index_dir)
    if build is None or not build.exists():
        raise IndexCorruptError(f"The index at {index_dir} points to a build that is gone. Run `{fix}`.")
    if not build.is_dir():
        raise IndexCorruptError(f"The index at {index_dir} is damaged: {link} is a file, not a build folder. "
                                f"Run `{fix}`.")
    return build


def swap_current(index_dir: Path, build: Path) -> None:
    """Point ``current`` at ``build`` atomically, flush the index folder, delete the old build."""
    link = index_dir / CURRENT
    old = current_target(index_dir) if link.is_symlink() else None
    if link.is_dir() and not link.is_symlink():  # a plain folder (an index copied without links)
        old = link.rename(index_dir / f"build-moved-{os.getpid()}").resolve()
    tmp_link = index_dir / f".{CURRENT}.{os.getpid()}"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    tmp_link.symlink_to(build.name)
    os.replace(tmp_link, link)  # atomic: readers see the old build or the new one
    fsync_path(index_dir)
    if old and old != build.resolve() and old.parent == index_dir.resolve():
        shutil.rmtree(old, ignore_errors=True)


def remove_leftovers(index_dir: Path) -> None:
    """Delete builds a killed rebuild left behind (never the current one)."""
    current = current_target(index_dir)
    for child in index_dir.glob("build-*"):
        if child.resolve() != current:
            shutil.rmtree(child, ignore_errors=True)
    for child in index_dir.glob(f".{CURRENT}.*"):
        child.unlink(missing_ok=True)
