"""``qa index rebuild`` and ``qa index info``."""
from __future__ import annotations

import json
import sys
import time

from index.corpus import corpus_files
from index.document import Document
from index.errors import IndexLoadError
from index.reader import read_corpus
from index.store import build_index, check_fresh, load_index, read_manifest
from index.tokenize import warm_up

from .config import Settings


def index_rebuild(settings: Settings, progress: bool = True) -> int:
    """Read the corpus, embed and index it, swap it in; print a summary."""
    started = time.perf_counter()
    warm_up()
    files = corpus_files(settings.corpus_paths())
    documents = read_corpus(files)
    for doc in documents:
        for warning in doc.warnings:
            print(f"warning: {doc.id}: {warning}", file=sys.stderr)
    encoder = settings.make_encoder(progress=progress)
    manifest = build_index(documents, encoder, settings.index_dir, files, progress=progress,
                           on_stage=(lambda s: print(f"… {s}", file=sys.stderr)) if progress else None)
    print(f"Indexed {manifest.passages} passages from {manifest.documents} document(s) "
          f"into {settings.index_dir} in {time.perf_counter() - started:.1f} s.")
    for doc in documents:
        tm = doc.truncation
        print(f"  {doc.id}: 《{doc.title}》 {len(doc.passages)} passages, {len(tm.gaps)} gap(s), "
              f"cut-off: {'yes' if tm.cut_off else 'no'}, {len(tm.blanks)} blank figures, "
              f"{len(tm.redactions)} redactions, {len(tm.outline_only)} outline-only sections")
    return 0


def document_info(doc: Document) -> dict:
    """The per-document part of ``qa index info --json``."""
    tm = doc.truncation
    return {
        "id": doc.id, "title": doc.title, "passages": len(doc.passages),
        "outline": [{"path": n.path, "status": n.status} for n in doc.outline_nodes()],
        "gaps": [{"omitted_chars": g.omitted_chars, "swallowed": g.swallowed, "start": g.start,
                  "end": g.end} for g in tm.gaps],
        "cut_off": ({"total_chars": tm.cut_off.total_chars, "shown_chars": tm.cut_off.shown_chars}
                    if tm.cut_off else None),
        "blanks": len(tm.blanks), "redactions": len(tm.redactions),
    }


def index_info(settings: Settings, as_json: bool = False) -> int:
    """Print what the index holds; exit 2 with the fix when it is missing, corrupt or stale."""
    index = load_index(settings.index_dir)  # whole and readable, or a clear error
    try:
        check_fresh(read_manifest(settings.index_dir), corpus_files(settings.corpus_paths()), None)
        stale = None
    except IndexLoadError as exc:
        stale = str(exc)
    data = {"manifest": index.manifest.to_dict(), "documents": [document_info(d) for d in index.documents]}
    if as_json:
        if stale:
            data["stale"] = stale
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    m = index.manifest
    print(f"index:    {settings.index_dir}\nbuilt:    {m.built_at} in {m.build_seconds} s, "
          f"schema {m.schema_version}\nmodel:    {m.model_id} ({m.model_sha256[:12]}…, dim {m.dim}, {m.precision})\n"
          f"passages: {m.passages} in {m.documents} document(s)")
    if stale:
        print(f"STALE:    {stale}")
    for doc in data["documents"]:
        print(f"\n{doc['id']}: 《{doc['title']}》, {doc['passages']} passages")
        for node in doc["outline"]:
            depth = node["path"].count(" > ")
            print(f"  {'  ' * depth}[{node['status']}] {node['path'].split(' > ')[-1]}")
        for g in doc["gaps"]:
            print(f"  gap: {g['omitted_chars']} characters omitted; swallowed: {', '.join(g['swallowed']) or '-'}")
        if doc["cut_off"]:
            print(f"  cut off: {doc['cut_off']['shown_chars']} of {doc['cut_off']['total_chars']} characters shown")
        print(f"  blank figures: {doc['blanks']}, redactions: {doc['redactions']}")
    return 0
