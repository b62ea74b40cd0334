"""``qa index rebuild``, ``qa index add``, ``qa index remove`` and ``qa index info``."""
from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

from index.corpus import corpus_files, speech_files_in
from index.durable import check_writable
from index.errors import IndexLoadError, SpeechError
from index.freshness import describe_corpus
from index.manifest import file_sha256
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
    encoder = LazyEncoder(settings, progress=progress)
    manifest = build_index(documents, encoder, settings.index_dir, files, progress=progress,
                           on_stage=_stage(progress), sources=given, cache_mb=settings.embed_cache_mb,
                           store=settings.store)
    print(f"Indexed {manifest.passages} passages from {manifest.documents} document(s) of "
          f"{describe_corpus(manifest)} into {settings.index_dir} in {time.perf_counter() - started:.1f} s.")
    for doc in documents:
        tm = doc.truncation
        print(f"  {doc.id}: 《{doc.title}》 {len(doc.passages)} passages, {len(tm.gaps)} gap(s), "
              f"cut-off: {'yes' if tm.cut_off else 'no'}, {len(tm.findings)} truncation finding(s), "
              f"{len(tm.blanks)} blank figures, {len(tm.redactions)} redactions, "
              f"{len(tm.outline_only)} outline-only sections")
    return 0


class LazyEncoder:
    """The embedding model, loaded only when some text is not in the embedding cache.

    A rebuild with nothing new (or an add of a speech seen before) then never loads
    torch; the fingerprint, the model id and the precision come from the folder and
    the settings alone.
    """

    def __init__(self, settings: Settings, precision: str | None = None, progress: bool = True) -> None:
        from index.e5_export import model_fingerprint

        self.settings, self.progress = settings, progress
        self.model_dir = settings.resolve_model_dir(progress=progress)
        self.fingerprint = model_fingerprint(self.model_dir)
        self.model_id = self.model_dir.name
        self.precision = precision or settings.embed_precision
        self._encoder = None

    @property
    def encoder(self):
        """The loaded model (loaded now if it is not yet)."""
        if self._encoder is None:
            self._encoder = self.settings.make_encoder(self.precision, progress=self.progress)
            if self._encoder.precision != self.precision:  # no int8 kernels on this machine
                raise IndexLoadError(f"This machine cannot embed in {self.precision}; set QA_EMBED_PRECISION="
                                     f"{self._encoder.precision} (or --precision) and rebuild.")
        return self._encoder

    @property
    def dim(self) -> int:
        """The model's dimension."""
        return self.encoder.dim

    def encode_passages(self, texts: list[str], progress: bool = False):
        """Embed passages with the model (see :meth:`index.embeddings.Encoder.encode_passages`)."""
        return self.encoder.encode_passages(texts, progress=progress)


def _stage(progress: bool):
    return (lambda s: print(f"… {s}", file=sys.stderr)) if progress else None


def index_add(settings: Settings, paths: list[str], progress: bool = True) -> int:
    """Add speech files to the index without embedding the library again (see :mod:`index.library`).

    An index of the default corpus keeps the speech in the upload folder, as the chat
    does (copied there once the new index is in); any other records the file among its
    sources. The index's own model and precision embed the new text.
    """
    from index.library import add_documents
    from index.store import read_manifest

    from .library_ops import future_order

    started = time.perf_counter()
    settings.check_paths()
    check_writable(settings.index_dir)
    manifest = read_manifest(settings.index_dir)  # an index to add to, or the command that builds one
    warm_up()
    files = corpus_files(paths)
    default = manifest.sources == []
    if default:
        for f in files:
            if (settings.upload_dir / f.name).exists():
                raise SpeechError(f"The upload folder {settings.upload_dir} holds a {f.name} already; "
                                  f"remove it or rename the new speech.")
        order = future_order(settings, manifest, files)
    else:
        order = corpus_files(list(dict.fromkeys([*manifest.sources, *(str(f.resolve()) for f in files)])))
    documents = read_corpus(files)
    for doc in documents:
        for warning in doc.warnings:
            print(f"warning: {doc.id}: {warning}", file=sys.stderr)
    encoder = LazyEncoder(settings, manifest.precision, progress=progress)
    added = add_documents(settings.index_dir, documents, encoder, files, order=order,
                          cache_mb=settings.embed_cache_mb, on_stage=_stage(progress), progress=progress)
    if default:
        settings.upload_dir.mkdir(parents=True, exist_ok=True)
        for f in files:
            part = settings.upload_dir / f".{f.name}.part"
            shutil.copyfile(f, part)
            part.replace(settings.upload_dir / f.name)
    print(f"Added {sum(len(d.passages) for d in documents)} passages of {', '.join(d.id for d in documents)}: "
          f"the index at {settings.index_dir} holds {added.passages} passages from {added.documents} "
          f"document(s) ({time.perf_counter() - started:.1f} s).")
    return 0


def index_remove(settings: Settings, doc_ids: list[str], progress: bool = True) -> int:
    """Remove documents from the index by id; nothing is embedded.

    From an index of the default corpus the speech's copy in the upload folder goes too
    (the bundled speech cannot be removed from it); from any other the files stay where
    they are, and a note says when a recorded folder still holds one.
    """
    from index.corpus import bundled_speech
    from index.library import remove_documents
    from index.store import read_manifest

    started = time.perf_counter()
    settings.check_paths(model=False)
    check_writable(settings.index_dir)
    manifest = read_manifest(settings.index_dir)  # the documents' files are in its corpus entries
    default = manifest.sources == []
    paths = {e["document"]: Path(e["path"]) for e in manifest.corpus if e.get("document")}
    if default and any(paths.get(i) == bundled_speech().resolve() for i in doc_ids):
        raise SpeechError("The bundled speech is part of the default corpus and cannot be removed from it; "
                          "build an index of your own speeches with `qa index rebuild --corpus FOLDER`.")
    after = remove_documents(settings.index_dir, doc_ids, on_stage=_stage(progress))
    shas = {e.get("document"): e.get("sha256") for e in manifest.corpus}
    for doc_id in dict.fromkeys(doc_ids):
        path = paths.get(doc_id)
        if path is None:
            continue
        kept = settings.upload_dir / path.name  # where the chat or `qa index add` kept it
        if default and kept.is_file() and file_sha256(kept) == shas.get(doc_id):
            kept.unlink()
        elif not default and any(Path(s) in path.parents for s in manifest.sources or []):
            print(f"note: {path.name} stays in {path.parent}; a full rebuild from that folder would index it "
                  f"again (delete or move the file to keep it out).", file=sys.stderr)
    print(f"Removed {', '.join(dict.fromkeys(doc_ids))}: the index at {settings.index_dir} holds "
          f"{after.passages} passages from {after.documents} document(s) "
          f"({time.perf_counter() - started:.1f} s).")
    return 0


def _store_line(m) -> str:
    """Where the index's vectors and BM25 live, in words."""
    milvus = m.extra.get("milvus")
    if milvus:
        return (f"Milvus at {milvus['uri']} (collections {milvus['collections']}_p/_s, "
                f"BM25 {'by our jieba words' if milvus['bm25'] == 'words' else 'by Milvus with its jieba analyzer'})")
    return f"the index folder (FAISS {m.extra.get('faiss', 'flat')}, bm25s)"


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
                    elsewhere=speech_files_in(settings.upload_dir), default_corpus=settings.corpus_paths())
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
          f"corpus:   {data['corpus']}\npassages: {m.passages} in {m.documents} document(s)\n"
          f"store:    {_store_line(m)}")
    if stale:
        print(f"STALE:    {stale}")
    for info in data["documents"]:
        print()
        print("\n".join(document_lines(info)))
    return 0
