"""Writing one build folder: shared by a full rebuild, an add and a remove.

:func:`fresh_build` takes the index's build lock, clears what a killed build left,
and makes a new ``build-*`` folder (removed again if anything fails before the
swap); :func:`save_files` writes the data files into it. The manifest, the fsync
and the swap follow in :func:`index.store.commit_build`. A kill at any moment
leaves the old build in use.
"""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import faiss
import numpy as np

from .durable import build_lock, check_writable, current_target, remove_leftovers, write_error
from .lexical import TOKENS_FILE, save_tokens
from .milvus_store import RECORD, drop_recorded


@contextmanager
def fresh_build(index_dir: Path) -> Iterator[Path]:
    """Hold the build lock and yield a new, empty build folder; remove it if the block fails before the swap."""
    index_dir = Path(index_dir)
    check_writable(index_dir)
    with build_lock(index_dir):
        current = current_target(index_dir)
        for leftover in index_dir.glob("build-*"):  # a killed build's Milvus collections go with its folder
            if leftover.resolve() != current and (leftover / RECORD).exists():
                drop_recorded(leftover)
        remove_leftovers(index_dir)
        stamp = f"build-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
        build, n = index_dir / stamp, 1
        while build.exists():  # a second rebuild within the same second: never reuse the current build
            n += 1
            build = index_dir / f"{stamp}-{n}"
        try:
            build.mkdir()  # first, so a rebuild in progress is visible (and cleaned up if killed)
        except OSError as exc:
            raise write_error(index_dir, exc) from None
        try:
            yield build
        except BaseException:
            if current_target(index_dir) != build.resolve():
                drop_recorded(build)
                shutil.rmtree(build, ignore_errors=True)
            raise


def save_files(build: Path, built, vectors: bool = True) -> None:
    """Write the data files of an in-memory index (a :class:`index.store.PassageIndex`).

    ``vectors=False``: not the vectors and BM25 (a Milvus store holds them).
    """
    if vectors:
        with open(build / "sentences.npy", "wb") as fh:
            np.save(fh, built.sentence_vectors)
        faiss.write_index(built.faiss_index, str(build / "vectors.faiss"))
        built.bm25.save(str(build / "bm25"), show_progress=False)
    write_json_fast(build / "sentences.json", built.sentence_spans)
    if built.tokens is not None:
        save_tokens(build / TOKENS_FILE, built.tokens, built.passages)
    write_json_fast(build / "documents.json", built.documents)


def _fields(obj):
    """A dataclass as the dict ``dataclasses.asdict`` makes of it, one level at a time (no deep copy)."""
    if dataclasses.is_dataclass(obj):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    raise TypeError(f"{type(obj).__name__} is not JSON serializable")


def write_json_fast(path: Path, data) -> None:
    """Write JSON (dataclasses as their fields, like ``Document.to_dict``) through an fsynced
    temporary file. One ``json.dumps`` call runs in C; ``asdict`` and ``json.dump`` took
    5 s for a 10,000-passage library, this about a tenth."""
    text = json.dumps(data, default=_fields, ensure_ascii=False)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
