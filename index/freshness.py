"""Is an index still what it claims to be? Schema, model and corpus checks, with short messages.

An index knows its own corpus: the manifest lists its files and their hashes, and the
paths it was built from. With no corpus given, an index is judged against its own
corpus: an index of the default corpus (the bundled speech and the upload folder)
against that corpus as it is now, any other against its own files (edited or missing:
stale). Only a corpus given explicitly is compared with it instead. Every message says
which corpus the index was built from and the command that rebuilds it.
"""
from __future__ import annotations

import shlex
from collections.abc import Sequence
from pathlib import Path

from .corpus import corpus_files as expand_corpus
from .errors import IndexStaleError, ReaderChangedError
from .manifest import SCHEMA_VERSION, Manifest
from .reader_version import reader_fingerprint

NAMED = 3  # a message names at most this many files, then "and N more"


def name_some(names: Sequence[str], limit: int = NAMED) -> str:
    """``a, b, c and 4 more``: a short list for a one-line message."""
    names = list(names)
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def short_paths(paths: Sequence[str | Path], limit: int = NAMED) -> list[str]:
    """The paths as given, or, for a longer list, the folders the files lie in."""
    paths = [str(p) for p in paths]
    if len(paths) <= limit:
        return paths
    return list(dict.fromkeys(p if Path(p).is_dir() else str(Path(p).parent) for p in paths))


def own_sources(manifest: Manifest) -> list[str] | None:
    """The corpus paths that rebuild this index; None when it was built from the default corpus."""
    if manifest.sources == []:
        return None
    if manifest.sources:
        return short_paths(manifest.sources)
    return short_paths([e["path"] for e in manifest.corpus])  # older manifests: from the files


def rebuild_command(index_dir: Path | str, sources: Sequence[str | Path] | None = None) -> str:
    """The ``qa index rebuild`` command for this index folder and corpus (None: the default corpus)."""
    words = ["qa", "index", "rebuild", "--index-dir", str(index_dir)]
    if sources:
        words += ["--corpus", *(str(s) for s in sources)]
    return " ".join(shlex.quote(w) for w in words)


def describe_corpus(manifest: Manifest) -> str:
    """``the default corpus (…)`` or ``/data/speeches (501 files)``: where an index came from."""
    files = len(manifest.corpus)
    count = f"{files} file{'s' if files != 1 else ''}"
    sources = own_sources(manifest)
    if sources is None:
        return f"the default corpus (the bundled speech and the upload folder; {count})"
    return f"{name_some(sources)} ({count})"


def _fix(manifest: Manifest, index_dir: Path) -> str:
    return f"Run `{rebuild_command(index_dir, own_sources(manifest))}`."


def check_fresh(manifest: Manifest, index_dir: Path | str, corpus: Sequence[Path] | None = None,
                model_sha256: str | None = None, own_files: bool = False,
                elsewhere: Sequence[Path] = (), default_corpus: Sequence[Path] | None = None) -> None:
    """Raise IndexStaleError when the index no longer matches schema, model or corpus.

    ``corpus`` (files or folders, given explicitly) must hold exactly the indexed files,
    by content. Without it, ``own_files`` checks the index against its own corpus:
    ``default_corpus`` (the default corpus as it is now) for an index built from the
    default corpus, else its own files, still there and unchanged (or moved into one
    of ``elsewhere``).
    """
    index_dir = Path(index_dir)
    built_from = f"It was built from {describe_corpus(manifest)}."
    if manifest.schema_version != SCHEMA_VERSION:
        raise IndexStaleError(f"The index at {index_dir} was built with schema {manifest.schema_version}; "
                              f"this version reads schema {SCHEMA_VERSION}. {built_from} {_fix(manifest, index_dir)}")
    if model_sha256 and manifest.model_sha256 != model_sha256:
        raise IndexStaleError(f"The index at {index_dir} was built with another embedding model "
                              f"({manifest.model_id}, {manifest.model_sha256[:12]}). {built_from} "
                              f"{_fix(manifest, index_dir)}")
    if corpus is not None:
        new, gone = manifest.corpus_diff(expand_corpus(corpus))
        if new or gone:
            given = short_paths(corpus)
            parts = [f"{len(new)} given file(s) are new or edited ({name_some(new)})" if new else "",
                     f"{len(gone)} indexed file(s) are not in it ({name_some(gone)})" if gone else ""]
            raise IndexStaleError(
                f"The index at {index_dir} does not match the corpus given ({name_some(given)}): "
                f"{'; '.join(p for p in parts if p)}. {built_from} Run `{rebuild_command(index_dir, given)}` "
                f"to index the corpus given, or leave out --corpus/QA_CORPUS to answer from the index's own.")
    elif own_files and manifest.sources == [] and default_corpus is not None:
        new, gone = manifest.corpus_diff(expand_corpus(default_corpus))
        if new or gone:
            parts = [f"new or edited: {name_some(new)}" if new else "", f"gone: {name_some(gone)}" if gone else ""]
            raise IndexStaleError(f"The index at {index_dir} is stale: the default corpus (the bundled speech "
                                  f"and the upload folder) changed ({'; '.join(p for p in parts if p)}). "
                                  f"{_fix(manifest, index_dir)}")
    elif own_files:
        problems = manifest.own_changes(elsewhere)
        if problems:
            raise IndexStaleError(f"The index at {index_dir} is stale: {name_some(problems)}. {built_from} "
                                  f"{_fix(manifest, index_dir)}")
    if manifest.extra.get("reader") != reader_fingerprint():
        raise ReaderChangedError(f"The index at {index_dir} holds its speeches as another version of the reader "
                                 f"read them. {built_from} {_fix(manifest, index_dir)}", manifest.sources)
