"""BM25 over jieba words, and the words of each passage kept with the build.

BM25's scores depend on corpus-wide statistics (document frequencies, the mean
length), so adding or removing a speech changes every stored score. What does not
change is each passage's list of words: a build keeps them (``tokens.npz``), and an
add or a remove rebuilds BM25 from the kept words plus the new speech's, without
running jieba over the library again. Given the same word lists in the same order,
bm25s builds the same index as a full rebuild does.
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

import bm25s
import numpy as np

from .document import Passage
from .tokenize import tokenize

TOKENS_FILE = "tokens.npz"


def lexical_text(p: Passage) -> str:
    """What BM25 sees of a passage: its section path and its text."""
    return f"{p.section} {p.text}"


@cache
def tokenizer_fingerprint() -> str:
    """What the words depend on: our tokenizer's code and jieba's version (kept words are reused only under the same)."""
    import jieba

    from . import tokenize as module

    return hashlib.sha256(Path(module.__file__).read_bytes() + jieba.__version__.encode()).hexdigest()[:16]


def text_hash(text: str) -> bytes:
    """An 8-byte key of a passage's lexical text."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()


def passage_tokens(passages: Sequence[Passage], known: Mapping[bytes, list[str]] | None = None) -> list[list[str]]:
    """The BM25 words of each passage (``[""]`` for a passage without any, as bm25s needs one).

    ``known``: words kept by an earlier build, by :func:`text_hash` of the lexical text
    (see :func:`known_tokens`); jieba runs only on the rest.
    """
    out = []
    for p in passages:
        text = lexical_text(p)
        words = known.get(text_hash(text)) if known else None
        out.append(list(words) if words is not None else (tokenize(text) or [""]))
    return out


def build_bm25(tokens: Sequence[list[str]]) -> bm25s.BM25:
    """A BM25 index over these word lists, in this order."""
    bm = bm25s.BM25()
    bm.index(list(tokens), show_progress=False)
    return bm


def save_tokens(path: Path, tokens: Sequence[list[str]], passages: Sequence[Passage] = ()) -> None:
    """Write the word lists compactly: a vocabulary, word ids and per-passage offsets (and the
    passages' text keys, so that a later build can reuse them)."""
    vocab: dict[str, int] = {}
    ids = np.fromiter((vocab.setdefault(t, len(vocab)) for doc in tokens for t in doc), dtype=np.int32)
    offsets = np.zeros(len(tokens) + 1, dtype=np.int64)
    np.cumsum([len(doc) for doc in tokens], out=offsets[1:])
    words = np.array(list(vocab), dtype=str) if vocab else np.zeros(0, dtype="U1")
    keys = np.frombuffer(b"".join(text_hash(lexical_text(p)) for p in passages), dtype="<u8")
    with open(path, "wb") as fh:
        np.savez(fh, vocab=words, ids=ids, offsets=offsets, keys=keys)


def load_tokens(path: Path, passages: int) -> list[list[str]] | None:
    """The word lists saved with a build, or None when the file is missing or does not fit."""
    try:
        with np.load(path, allow_pickle=False) as data:
            vocab, ids, offsets = data["vocab"].tolist(), data["ids"], data["offsets"]
    except (OSError, ValueError, KeyError):
        return None
    if len(offsets) != passages + 1 or offsets[0] != 0 or offsets[-1] != len(ids) \
            or (np.diff(offsets) < 0).any() or (len(ids) and (ids.min() < 0 or ids.max() >= len(vocab))):
        return None
    words = [vocab[i] for i in ids.tolist()]
    bounds = offsets.tolist()
    return [words[a:b] for a, b in zip(bounds, bounds[1:])]


def known_tokens(path: Path, passages: int) -> dict[bytes, list[str]]:
    """The kept words of a build by passage text key; empty when there are none to reuse."""
    tokens = load_tokens(path, passages)
    try:
        with np.load(path, allow_pickle=False) as data:
            keys = data["keys"]
    except (OSError, ValueError, KeyError):
        return {}
    if tokens is None or len(keys) != len(tokens):
        return {}
    return dict(zip((k.tobytes() for k in keys), tokens))
