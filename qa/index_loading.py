"""How an :class:`~qa.assistant.Assistant` gets its index: loaded and judged against its corpus,
built when missing, its speeches read again when an earlier version of the reader read them; and the
embedding model questions are embedded with, as the index was. A mixin of the Assistant; needs
``self.settings``, ``self.progress``, ``self.encoder`` and ``self._wrap``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from index.corpus import corpus_files, speech_files_in
from index.errors import IndexMissingError, ReaderChangedError
from index.manifest import Manifest
from index.reader import read_corpus
from index.durable import check_writable
from index.store import PassageIndex, build_index, load_index

from . import library_ops
from .answerer import ExtractiveAnswerer
from .retriever import HybridRetriever
from .typos import HomophoneReader


@dataclass
class _Loaded:
    """What one index load gives; swapped as a whole so a reader never sees a mix."""

    index: PassageIndex
    retriever: HybridRetriever
    answerer: ExtractiveAnswerer
    homophones: HomophoneReader | None = None  # made on the first question: it reads every text once


class IndexLoading:
    """Loading and building the index, and the model it was embedded with."""

    def _load(self, auto_build: bool) -> _Loaded:
        """Check the settings and the index first (cheap, and their errors come at once), then load the model."""
        from index.e5_export import model_fingerprint

        self.settings.check_paths(model=self.encoder is None)
        given = list(self.settings.corpus) or None  # None: the index's own corpus
        if self.encoder is not None:
            fingerprint = self.encoder.fingerprint
        else:
            model_dir = self.settings.resolve_model_dir(progress=self.progress)
            fingerprint = model_fingerprint(model_dir)
        try:
            index = self._load_index(given, fingerprint)
        except IndexMissingError:
            if not auto_build:
                raise
            if self.progress:
                print(f"No index yet: building one at {self.settings.index_dir}", file=sys.stderr)
            self._build(self.settings.corpus_paths(), sources=given)
            index = self._load_index(given, fingerprint)
        except ReaderChangedError as exc:
            if not auto_build:
                raise
            # Its files are unchanged, its reading is not: read them again (their vectors mostly cached).
            paths, sources = library_ops.rebuild_sources(self.settings, exc.sources)
            if self.progress:
                print(f"The index at {self.settings.index_dir} was read by an earlier version: reading its "
                      "speeches again", file=sys.stderr)
            self._build(paths, sources=sources)
            index = self._load_index(given, fingerprint)
        self._ensure_encoder(index.manifest.precision)  # questions are embedded as the index was
        return self._wrap(index)

    def _load_index(self, given: list[Path] | None, fingerprint: str | None) -> PassageIndex:
        """Load the index, judged against the corpus given, else against its own files."""
        return load_index(self.settings.index_dir, given, fingerprint, own_files=given is None,
                          elsewhere=speech_files_in(self.settings.upload_dir),
                          default_corpus=self.settings.corpus_paths())

    def _ensure_encoder(self, precision: str | None = None):
        if self.encoder is None:
            self.encoder = self.settings.make_encoder(precision, progress=self.progress)
        return self.encoder

    def _build(self, paths: Sequence[Path], on_stage: Callable[[str], None] | None = None,
               sources: Sequence[Path] | None = None, extra_files: Sequence[Path] = ()) -> Manifest:
        """Read ``paths`` (and ``extra_files``) and build the index; ``sources`` are recorded as its corpus."""
        check_writable(self.settings.index_dir)  # before the model loads
        files = corpus_files(paths) + [Path(f) for f in extra_files]
        documents = read_corpus(files)
        return build_index(documents, self._ensure_encoder(), self.settings.index_dir, files,
                           progress=self.progress, on_stage=on_stage, sources=sources,
                           cache_mb=self.settings.embed_cache_mb, store=self.settings.store)
