"""``qa index rebuild`` and ``qa index info``."""
from __future__ import annotations

import json
import sys
import time

from index.corpus import corpus_files
from index.durable import check_writable
from index.errors import IndexLoadError, SpeechError
from index.freshness import describe_corpus
from index.reader import read_corpus
from index.store import build_index, check_fresh, load_index
from index.tokenize import warm_up

from .config import Settings
from .index_report import document_info, document_lines


def index_rebuild(settings: Settings, progress: bool = True) -> int:
    """Read the corpus, embed and index it, swap it in; print a summary.

    Every setting and the index folder are checked before the model loads.
    """
    started = time.perf_counter()
    settings.check_paths()
    check_writable(settings.index_dir)
    warm_up()
    given = list(settings.corpus) or None  # None: the default corpus
    files = corpus_files(settings.corpus_paths())
    documents = read_corpus(files)
    for doc in documents:
        for warning in doc.warnings:
            print(f"warning: {doc.id}: {warning}", file=sys.stderr)
    encoder = settings.make_encoder(progress=progress)
    manifest = build_index(documents, encoder, settings.index_dir, files, progress=progress,
                           on_stage=(lambda s: print(f"… {s}", file=sys.stderr)) if progress else None,
                           sources=given)
    print(f"Indexed {manifest.passages} passages from {manifest.documents} document(s) of "
          f"{describe_corpus(manifest)} into {settings.index_dir} in {time.perf_counter() - started:.1f} s.")
    for doc in documents:
        tm = doc.truncation
        print(f"  {doc.id}: 《{doc.title}》 {len(doc.passages)} passages, {len(tm.gaps)} gap(s), "
              f"cut-off: {'yes' if tm.cut_off else 'no'}, {len(tm.findings)} truncation finding(s), "
              f"{len(tm.blanks)} blank figures, {len(tm.redactions)} redactions, "
              f"{len(tm.outline_only)} outline-only sections")
    return 0


def _upload_files(settings: Settings) -> list:
    try:
        return corpus_files([settings.upload_dir]) if settings.upload_dir.is_dir() else []
    except SpeechError:
        return []


def index_info(settings: Settings, as_json: bool = False) -> int:
    """Print what the index holds; exit 2 with the fix when it is missing or damaged.

    A stale index is still described, with a line saying why it is stale: judged
    against the corpus given, else against the index's own files.
    """
    settings.check_paths(model=False)
    index = load_index(settings.index_dir)  # whole and readable, or a clear error
    given = list(settings.corpus) or None
    try:
        check_fresh(index.manifest, given, None, settings.index_dir, own_files=given is None,
                    elsewhere=_upload_files(settings), default_corpus=settings.corpus_paths())
        stale = None
    except IndexLoadError as exc:
        stale = str(exc)
    m = index.manifest
    data = {"manifest": m.to_dict(), "corpus": describe_corpus(m),
            "documents": [document_info(d) for d in index.documents]}
    if stale:
        data["stale"] = stale
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"index:    {settings.index_dir}\nbuilt:    {m.built_at} in {m.build_seconds} s, "
          f"schema {m.schema_version}\nmodel:    {m.model_id} ({m.model_sha256[:12]}…, dim {m.dim}, {m.precision})\n"
          f"corpus:   {data['corpus']}\npassages: {m.passages} in {m.documents} document(s)")
    if stale:
        print(f"STALE:    {stale}")
    for info in data["documents"]:
        print()
        print("\n".join(document_lines(info)))
    return 0
