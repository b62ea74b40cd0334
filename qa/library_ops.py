"""An Assistant's library changes without a full rebuild: add speech files, remove documents.

:func:`add_files` and :func:`remove_documents` call :func:`index.library.add_documents` and
:func:`index.library.remove_documents` (what ``qa index add`` / ``qa index remove`` call) on
the assistant's index folder with its loaded model, under its rebuild lock, then swap the
new index in as :meth:`qa.assistant.Assistant.rebuild` does. A new speech takes the place a
full rebuild of the corpus will give it (a file outside the corpus: in the upload folder,
sorted by name), so the index equals that rebuild's. When that cannot hold (no readable
index, one of another model or precision, or one that no longer matches its corpus) the
reason goes to ``on_stage`` as ``rebuilding the whole index: …`` and a full rebuild is done.
"""
from __future__ import annotations

import copy
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from index.corpus import SPEECH_SUFFIXES, corpus_files, speech_files_in
from index.errors import IndexLoadError, SpeechError
from index.library import add_documents as _add, rebuild_order, remove_documents as _remove
from index.manifest import Manifest, file_sha256
from index.reader import read_corpus, read_speech_bytes
from index.store import check_fresh, read_manifest
from index.store_choice import check_store

Stage = Callable[[str], None] | None


class NeedsRebuild(Exception):
    """Why the index cannot be changed in place (English, like the builder's other messages)."""


def add_files(assistant: Any, paths: Sequence[Path], on_stage: Stage = None) -> Manifest:
    """Add the speech files ``paths`` to ``assistant``'s index (see the module docstring)."""
    files = corpus_files(paths)
    documents = read_corpus(files)  # a speech that cannot be read fails here, before any lock
    settings = assistant.settings
    with assistant._rebuild_lock:
        try:
            manifest = _changeable(assistant, adding=files)
            order = future_order(settings, manifest, files)
            added = _add(settings.index_dir, documents, assistant.encoder, files, order=order,
                         cache_mb=settings.embed_cache_mb, on_stage=on_stage, progress=assistant.progress,
                         record_sources=False)  # a staged path is no source: rebuilds read the upload folder
        except NeedsRebuild as why:
            reason = str(why)
        else:
            assistant._reload()
            return added
    roots, _sources = assistant.corpus_sources()
    return _rebuild(assistant, reason, on_stage, extra_files=[f for f in files if not _inside(f, roots)])


def remove_documents(assistant: Any, doc_ids: Sequence[str], on_stage: Stage = None) -> Manifest:
    """Remove the documents ``doc_ids`` from ``assistant``'s index (see the module docstring)."""
    with assistant._rebuild_lock:
        try:
            _changeable(assistant, removing=doc_ids)
            removed = _remove(assistant.settings.index_dir, doc_ids, on_stage=on_stage)
        except NeedsRebuild as why:
            reason = str(why)
        else:
            assistant._reload()
            return removed
    return _rebuild(assistant, reason, on_stage)


def _rebuild(assistant: Any, reason: str, on_stage: Stage, extra_files: Sequence[Path] = ()) -> Manifest:
    if on_stage:
        on_stage(f"rebuilding the whole index: {reason}")
    if assistant.progress:
        print(f"note: {reason}; rebuilding the whole index.", file=sys.stderr)
    return assistant.rebuild(on_stage=on_stage, extra_files=extra_files)


def _changeable(assistant: Any, removing: Sequence[str] = (), adding: Sequence[Path] = ()) -> Manifest:
    """The index's manifest when it can be changed in place; else :class:`NeedsRebuild` saying why.

    Fresh means what the assistant's own load means by it, but for the change itself: a
    removed document's file may be out of the corpus already, a file added may be in it
    already (a speech put back into the upload folder).
    """
    settings, encoder = assistant.settings, assistant.encoder
    try:
        manifest = read_manifest(settings.index_dir)
    except (IndexLoadError, OSError, ValueError) as exc:
        raise NeedsRebuild(f"no readable index to change ({exc})") from None
    if manifest.model_sha256 != encoder.fingerprint or manifest.precision != encoder.precision:
        raise NeedsRebuild(f"the index was built with another model or precision ({manifest.model_id}, "
                           f"{manifest.precision})")
    if settings.store is not None and check_store(settings.store) != (manifest.extra.get("milvus") or {}).get("store", ""):
        raise NeedsRebuild("the index keeps its vectors elsewhere than the store set (QA_STORE)")
    kept = copy.copy(manifest)
    kept.corpus = [e for e in manifest.corpus if e.get("document") not in set(removing)]
    given, default = list(settings.corpus) or None, settings.corpus_paths()
    if adding:
        given, default = given and _without(given, adding), _without(default, adding)
    try:
        check_fresh(kept, given, encoder.fingerprint, settings.index_dir, own_files=given is None,
                    elsewhere=speech_files_in(settings.upload_dir), default_corpus=default)
    except IndexLoadError as exc:  # IndexStaleError among them
        raise NeedsRebuild(str(exc)) from None
    return manifest


def _without(paths: Sequence[Path], files: Sequence[Path]) -> list[Path]:
    """The speech files ``paths`` name, less ``files``."""
    leave_out = {Path(f).resolve() for f in files}
    try:
        kept = [f for f in corpus_files(paths) if f.resolve() not in leave_out]
    except SpeechError as exc:
        raise NeedsRebuild(str(exc)) from None
    if not kept:
        raise NeedsRebuild("the corpus holds nothing but the speeches added")
    return kept


def rebuild_sources(settings: Any, recorded: Sequence[str] | None) -> tuple[list[Path], list[Path] | None]:
    """What a full rebuild reads, and what it records as the index's corpus (None: the default one),
    for an index whose manifest recorded the sources ``recorded``.

    A corpus given explicitly wins; else the index keeps the corpus it was built from,
    with the chat's uploads; an index of the default corpus stays on the default corpus.
    """
    if settings.corpus:
        return list(settings.corpus), list(settings.corpus)
    kept = [Path(s) for s in recorded or []]
    if not kept:
        return settings.corpus_paths(), None
    upload = settings.upload_dir.expanduser().resolve()
    if upload.is_dir() and any(upload.iterdir()) and upload not in kept:
        kept.append(upload)
    return kept, kept


def future_order(settings: Any, manifest: Manifest, files: Sequence[Path]) -> list[Path]:
    """The files a full rebuild will read once ``files`` are in place, in its order, each named
    where it is now (:func:`index.library.rebuild_order`): a file outside the corpus goes to the
    upload folder; an indexed speech is found where the index read it, by its bytes."""
    roots, _sources = rebuild_sources(settings, manifest.sources)
    upload = Path(settings.upload_dir).expanduser().resolve()
    outside = [Path(f) for f in files if not _inside(Path(f), roots)]
    if outside and not settings.corpus and upload not in {Path(r).expanduser().resolve() for r in roots}:
        roots = [*roots, upload]  # a rebuild reads the upload folder once it holds a file
    now_at = {upload / f.name: f for f in outside}
    order: list[Path] = []
    for root in roots:
        if Path(root).expanduser().resolve() == upload:
            order += sorted(set(speech_files_in(upload)) | {upload / f.name for f in outside})
        else:
            order += corpus_files([root])
    indexed = {str(Path(e["path"]).resolve()) for e in manifest.corpus}
    by_sha = {e["sha256"]: Path(e["path"]) for e in manifest.corpus}
    for f in order:
        if f not in now_at and f.is_file() and str(f.resolve()) not in indexed:
            if (was := by_sha.get(file_sha256(f))) is not None:  # e.g. an upload indexed from staging
                now_at[f] = was
    return rebuild_order(order, now_at)


def _inside(path: Path, roots: Sequence[Path]) -> bool:
    """Whether a rebuild that reads ``roots`` reads ``path`` (named, or in a named folder)."""
    path = path.expanduser().resolve()
    for root in roots:
        root = Path(root).expanduser().resolve()
        if path == root or (root.is_dir() and path.parent == root and not path.name.startswith(".")):
            return True
    return False


def save_upload(assistant: Any, filename: str, data: bytes) -> Path:
    """Check an uploaded speech and save it to ``assistant``'s upload folder (no rebuild yet); see
    :meth:`qa.assistant.Assistant.add_speech`."""
    name = Path(filename).name
    if name.startswith("."):  # the corpus scan skips hidden files: it would never be indexed
        raise SpeechError(f"{name}: a name starting with a dot is a hidden file; rename it.")
    if Path(name).suffix.lower() not in SPEECH_SUFFIXES:
        raise SpeechError(f"{name}: only {' / '.join(SPEECH_SUFFIXES)} speeches can be added.")
    settings = assistant.settings  # the name is checked first: it needs no loaded assistant
    if len(data) > settings.max_upload_bytes:
        raise SpeechError(f"{name} is {len(data):,} bytes; the limit is "
                          f"{settings.max_upload_bytes:,}.")
    document = read_speech_bytes(data, Path(name).stem, path=name)
    if not document.passages:
        raise SpeechError(f"{name}: no text to index was found in it.")
    target = settings.upload_dir / name
    if target.exists() or Path(name).stem in {d.id for d in assistant.documents()}:
        raise SpeechError(f"A speech named {Path(name).stem} is already in the corpus.")
    settings.upload_dir.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{name}.part")
    tmp.write_bytes(data)
    tmp.replace(target)
    return target
