"""Which store an index uses, from the ``QA_STORE`` setting (no heavy imports: the settings check it).

``""``, ``faiss`` or ``local``: the index folder (FAISS and bm25s). ``milvus://host:port``
(or ``http(s)://host:port``): a Milvus server or cluster. A path ending in ``.db``: a
Milvus Lite file. A Milvus value may end in ``?bm25=words`` (our jieba words, weighted
as bm25s weights them: the default) or ``?bm25=milvus`` (Milvus's BM25 function with its
jieba analyzer).
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .errors import IndexLoadError

MODES = ("words", "milvus")
LOCAL = ("", "faiss", "local")


def is_milvus(store: str | None) -> bool:
    """Whether ``store`` names a Milvus server (``milvus://``, ``http(s)://``) or a Milvus Lite file (``.db``)."""
    if not store:
        return False
    base = store.split("?", 1)[0]
    return base.startswith(("milvus://", "http://", "https://")) or base.endswith(".db")


def parse_store(store: str) -> tuple[str, str]:
    """The client URI and the BM25 mode of a ``QA_STORE`` value."""
    base, _, query = store.partition("?")
    mode = (parse_qs(query).get("bm25") or [MODES[0]])[0]
    if mode not in MODES:
        raise IndexLoadError(f"QA_STORE {store}: bm25={mode} is not one of {', '.join(MODES)}.")
    if base.startswith("milvus://"):
        parts = urlsplit(base)
        base = f"http://{parts.hostname}:{parts.port or 19530}"
    elif base.endswith(".db"):
        base = str(Path(base).expanduser().resolve())
    return base, mode


def check_store(store: str) -> str:
    """``store`` as an index uses it ("" for the index folder); IndexLoadError for a value that names no store."""
    if store.strip().lower() in LOCAL:
        return ""
    if not is_milvus(store):
        raise IndexLoadError(f"QA_STORE={store!r}: use milvus://host:port, a Milvus Lite file ending in .db, "
                             f"or faiss for the index folder.")
    parse_store(store)
    return store.strip()
