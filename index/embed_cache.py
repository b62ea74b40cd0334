"""A content-addressed cache of passage-side embeddings, kept beside the index.

A vector is kept under the sha256 of (model fingerprint, precision, prompt kind,
exact text), so a rebuild sends only the text it has not seen through the model
and reuses the rest bit for bit.

On disk, ``<index_dir>/embed-cache/<model>-<precision>/`` holds segment files::

    seg-<stamp>.vec   header (magic, dim), then fixed-size records:
                      key (16 bytes) | vector (dim float32) | crc32 of key and vector
    seg-<stamp>.use   the last-used time of each record (uint64 ns; for eviction only)

A segment is written to a temporary name, fsynced and renamed, so a kill leaves
either no segment or a whole one. A record cut short or whose checksum fails (a
torn write, a flipped bit) is never served: it reads as a miss, and the next commit
rewrites the cache without it. A ``.use`` file that does not read whole counts as
"used long ago". When the cache outgrows its budget the least recently used records
go first (see :meth:`EmbeddingCache.commit`). Only builds use the cache, and they
hold the index's build lock, so there is one writer at a time.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import time
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .durable import fsync_path

MAGIC = b"QAEMBv1\n"
HEADER = 16  # magic (8) | dim (uint32) | reserved (4)
KEY_BYTES = 16
DEFAULT_BUDGET_MB = 1024
MAX_SEGMENTS = 32  # more than this and a commit merges them into one
FOLDER = "embed-cache"


def cache_folder(index_dir: Path) -> Path:
    """Where the embedding cache of an index folder lives."""
    return Path(index_dir) / FOLDER


def text_key(prefix: bytes, text: str) -> bytes:
    """The 16-byte key of one text under a (model, precision, kind) prefix."""
    return hashlib.sha256(prefix + text.encode("utf-8")).digest()[:KEY_BYTES]


def _record_dtype(dim: int) -> np.dtype:
    return np.dtype([("key", f"V{KEY_BYTES}"), ("vec", "<f4", (dim,)), ("crc", "<u4")])


def _crc(record: np.void) -> int:
    raw = record.tobytes()
    return zlib.crc32(raw[:-4])


class _Segment:
    """One segment file, mapped read-only; records are checked as they are served."""

    def __init__(self, path: Path, dim: int) -> None:
        self.path, self.dim = path, dim
        size = path.stat().st_size
        dtype = _record_dtype(dim)
        count = max(0, (size - HEADER) // dtype.itemsize)  # a torn tail is left out
        self.records = (np.memmap(path, dtype=dtype, mode="r", offset=HEADER, shape=(count,))
                        if count else np.zeros(0, dtype=dtype))
        self.used = self._read_use(count)

    def _read_use(self, count: int) -> np.ndarray:
        use = self.path.with_suffix(".use")
        try:
            data = np.fromfile(use, dtype="<u8")
        except (OSError, ValueError):
            data = np.zeros(0, dtype="<u8")
        return data.copy() if len(data) == count else np.zeros(count, dtype="<u8")

    def write_use(self) -> None:
        _write_atomic(self.path.with_suffix(".use"), self.used.astype("<u8").tobytes())


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _segment_dim(path: Path) -> int | None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEADER)
    except OSError:
        return None
    if len(head) < HEADER or head[:8] != MAGIC:
        return None
    dim = int.from_bytes(head[8:12], "little")
    return dim if 0 < dim <= 65536 else None


class EmbeddingCache:
    """The cache of one model at one precision; open with :meth:`open`."""

    def __init__(self, folder: Path, prefix: bytes, budget_bytes: int) -> None:
        self.folder, self.prefix, self.budget = folder, prefix, budget_bytes
        self.segments: list[_Segment] = []
        self._where: dict[bytes, tuple[int, int]] = {}
        self._pending: list[tuple[bytes, np.ndarray]] = []
        self.hits = self.misses = self.damaged = 0
        self._touched: set[int] = set()
        self._load()

    @classmethod
    def open(cls, index_dir: Path, fingerprint: str, precision: str, kind: str = "passage",
             budget_mb: float = DEFAULT_BUDGET_MB) -> EmbeddingCache:
        """The cache for this model and precision under ``index_dir``; ``budget_mb`` bounds the whole folder."""
        folder = cache_folder(index_dir) / f"{fingerprint[:16]}-{precision}"
        folder.mkdir(parents=True, exist_ok=True)
        prefix = f"{fingerprint}\0{precision}\0{kind}\0".encode()
        return cls(folder, prefix, int(budget_mb * 2**20))

    def _load(self) -> None:
        self._unreadable: list[Path] = []
        for tmp in self.folder.glob(".*.tmp"):  # a kill during a write
            tmp.unlink(missing_ok=True)
        for use in self.folder.glob("seg-*.use"):  # a kill between a segment's two files
            if not use.with_suffix(".vec").exists():
                use.unlink(missing_ok=True)
        for path in sorted(self.folder.glob("seg-*.vec")):  # oldest first: a later copy of a key wins
            dim = _segment_dim(path)
            if dim is None:
                self._unreadable.append(path)
                self.damaged += 1
                continue
            self._index(_Segment(path, dim))

    def _index(self, seg: _Segment) -> None:
        n = len(self.segments)
        self.segments.append(seg)
        keys = seg.records["key"].tobytes()
        for row in range(len(seg.records)):
            self._where[keys[row * KEY_BYTES:(row + 1) * KEY_BYTES]] = (n, row)

    def __len__(self) -> int:
        return len(self._where)

    def keys(self, texts: Sequence[str]) -> list[bytes]:
        """The cache keys of ``texts``."""
        return [text_key(self.prefix, t) for t in texts]

    def lookup(self, texts: Sequence[str]) -> dict[int, np.ndarray]:
        """The cached vectors of ``texts`` by position; a damaged record counts as a miss."""
        now = time.time_ns()
        wanted: dict[int, list[tuple[int, int, bytes]]] = {}  # segment -> (position, row, key)
        for i, key in enumerate(self.keys(texts)):
            where = self._where.get(key)
            if where is not None:
                wanted.setdefault(where[0], []).append((i, where[1], key))
        found: dict[int, np.ndarray] = {}
        for n, items in wanted.items():
            seg = self.segments[n]
            rows = np.fromiter((row for _i, row, _k in items), dtype=np.int64, count=len(items))
            records = np.array(seg.records[rows])  # one read per segment
            raw = records.tobytes()
            size = records.dtype.itemsize
            for j, (i, row, key) in enumerate(items):
                rec = raw[j * size:(j + 1) * size]
                if rec[:KEY_BYTES] != key or zlib.crc32(rec[:-4]) != int.from_bytes(rec[-4:], "little"):
                    self.damaged += 1
                    del self._where[key]
                    continue
                found[i] = records["vec"][j]
            seg.used[rows] = now
            self._touched.add(n)
        self.hits += len(found)
        self.misses += len(texts) - len(found)
        return found

    def add(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Remember new vectors (written at the next :meth:`commit`)."""
        for key, vec in zip(self.keys(texts), np.asarray(vectors, dtype=np.float32)):
            self._pending.append((key, vec))

    def pending(self) -> int:
        """Vectors added since the last commit."""
        return len(self._pending)

    def commit(self) -> None:
        """Write pending vectors as a new segment, record what was used, and keep within the budget."""
        if self._pending:
            dim = len(self._pending[0][1])
            records = np.zeros(len(self._pending), dtype=_record_dtype(dim))
            records["key"] = [k for k, _v in self._pending]
            records["vec"] = np.stack([v for _k, v in self._pending])
            self._pending = []
            self._write_segment(records, np.full(len(records), time.time_ns(), dtype="<u8"))
        for n in sorted(self._touched):
            self.segments[n].write_use()
        self._touched.clear()
        if self.damaged or len(self.segments) > MAX_SEGMENTS or self._size() > self.budget:
            self._compact()

    def _write_segment(self, records: np.ndarray, used: np.ndarray) -> None:
        raw = records.view(np.uint8).reshape(len(records), -1)
        records["crc"] = [zlib.crc32(row[:-4].tobytes()) for row in raw]
        dim = records.dtype["vec"].shape[0]
        stamp = f"{time.time_ns():020d}-{os.getpid()}"
        path = self.folder / f"seg-{stamp}.vec"
        header = MAGIC + dim.to_bytes(4, "little") + bytes(4)
        _write_atomic(path.with_suffix(".use"), used.astype("<u8").tobytes())
        _write_atomic(path, header + records.tobytes())
        fsync_path(self.folder)
        self._index(_Segment(path, dim))

    def _size(self) -> int:
        """Bytes of the whole cache folder (every model), which the budget bounds."""
        return sum(p.stat().st_size for p in self.folder.parent.rglob("*") if p.is_file())

    def _compact(self) -> None:
        """Rewrite the live, sound records, most recently used first, within 90% of the budget.

        Other models' caches go first, least recently used folder first.
        """
        for other in sorted((p for p in self.folder.parent.iterdir() if p.is_dir() and p != self.folder),
                            key=lambda p: p.stat().st_mtime):
            if self._size() <= self.budget:
                break
            shutil.rmtree(other, ignore_errors=True)
        by_segment: dict[int, list[int]] = {}
        for n, row in self._where.values():
            by_segment.setdefault(n, []).append(row)
        dims = [self.segments[n].dim for n in by_segment]
        dim = max(set(dims), key=dims.count) if dims else 0
        parts = [(self.segments[n].records[rows], self.segments[n].used[rows])
                 for n, rows in ((n, np.array(sorted(r))) for n, r in by_segment.items())
                 if self.segments[n].dim == dim]
        old = [s.path for s in self.segments] + self._unreadable
        self.segments, self._where, self._unreadable, self.damaged = [], {}, [], 0
        if parts:
            records = np.concatenate([r for r, _u in parts])
            used = np.concatenate([u for _r, u in parts])
            sound = np.array([_crc(rec) == int(rec["crc"]) for rec in records], dtype=bool)
            records, used = records[sound], used[sound]
            order = np.argsort(-used.astype(np.float64), kind="stable")
            keep = min(len(order), int(0.9 * self.budget) // (records.dtype.itemsize + 8))  # + its use stamp
            if keep:
                self._write_segment(np.ascontiguousarray(records[order[:keep]]), used[order[:keep]])
        for path in old:
            path.with_suffix(".use").unlink(missing_ok=True)
            path.unlink(missing_ok=True)
