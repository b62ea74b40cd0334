"""With the real model: `qa index add` / `qa index remove` equal full rebuilds, and a kill -9 during an add.

The int8 forward quantizes activations per batch, so a vector depends on the texts
embedded with it; texts are embedded per document (index.vectors.text_groups), which
is what makes a speech added later get the vectors a cold rebuild gives it. These
tests hold that to the bit, and the answers on the dev set to the character.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SHARED, SPEECHES
from index.corpus import bundled_speech
from index.store import build_index, load_index
from index.reader import read_corpus
from test_library import assert_same_index

pytestmark = pytest.mark.slow
DEV = SHARED / "eval" / "dev.jsonl"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The bundled speech and the test speeches, copied into one folder."""
    folder = tmp_path_factory.mktemp("library") / "corpus"
    folder.mkdir()
    shutil.copy(bundled_speech(), folder / bundled_speech().name)
    for f in sorted(SPEECHES.iterdir()):
        if f.suffix in (".txt", ".md"):
            shutil.copy(f, folder / f.name)
    return folder


def _qa(*argv: str, model_dir: Path) -> int:
    from qa.cli import main

    return main([*argv, "--model-dir", str(model_dir), "-q"])


def _answers(index_dir: Path, settings_factory, encoder) -> list[dict]:
    from qa.assistant import Assistant

    settings = settings_factory("answers").with_overrides(index_dir=index_dir)
    assistant = Assistant(settings=settings, progress=False, encoder=encoder, auto_build=False)
    questions = [json.loads(line)["question"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [assistant.ask(q).to_dict() for q in questions]


def test_add_then_remove_equal_full_rebuilds(tmp_path, corpus, encoder, model_dir, settings_factory, monkeypatch):
    import index.embeddings

    monkeypatch.setattr(index.embeddings, "Encoder", lambda *a, **k: encoder)  # one model for every command
    files = sorted(corpus.iterdir())
    added = corpus / bundled_speech().name  # sorts second: the add must put it in its place
    rest = [f for f in files if f != added]
    # a library of three speeches (its own cold cache), then the fourth added by the command
    assert _qa("index", "rebuild", "--index-dir", str(tmp_path / "lib"), "--corpus", str(corpus),
               model_dir=model_dir) == 0
    assert _qa("index", "remove", "chancheng_speech", "--index-dir", str(tmp_path / "lib"), model_dir=model_dir) == 0
    shutil.rmtree(tmp_path / "lib" / "embed-cache")  # the three speeches' vectors now come from the cold build
    cold_three = tmp_path / "three"
    build_index(read_corpus(rest), encoder, cold_three, rest, progress=False, sources=rest)
    assert_same_index(tmp_path / "lib", cold_three)  # remove: what a cold build of the rest gives
    assert _qa("index", "add", str(added), "--index-dir", str(tmp_path / "lib"), model_dir=model_dir) == 0
    assert [d.id for d in load_index(tmp_path / "lib").documents] == [f.stem for f in files]
    build_index(read_corpus(files), encoder, tmp_path / "full", files, progress=False, sources=[corpus])
    assert_same_index(tmp_path / "lib", tmp_path / "full")  # add: bit for bit a cold full rebuild
    assert _answers(tmp_path / "lib", settings_factory, encoder) == _answers(tmp_path / "full", settings_factory, encoder)


def test_kill_9_during_qa_index_add_leaves_the_old_index_in_use(tmp_path, corpus, encoder, model_dir):
    from qa.bench import generate_corpus

    index_dir = tmp_path / "idx"
    files = sorted(corpus.iterdir())
    build_index(read_corpus(files), encoder, index_dir, files, progress=False, sources=[corpus])
    old = (index_dir / "current").resolve()
    before = load_index(index_dir)
    extra = tmp_path / "extra"
    extra.mkdir()
    generate_corpus(extra, 200)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "qa.cli", "index", "add", str(extra), "--index-dir", str(index_dir),
                             "--model-dir", str(model_dir), "-q"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    leftover = None
    try:
        deadline = time.monotonic() + 240
        while leftover is None and proc.poll() is None and time.monotonic() < deadline:
            leftover = next((p for p in index_dir.glob("build-*") if p.resolve() != old), None)
            time.sleep(0.02)
        time.sleep(1.0)  # into the embedding
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        err = proc.communicate()[1].decode(errors="replace")
    assert leftover is not None, f"the add never started a build (rc {proc.returncode}): {err[-2000:]}"
    assert proc.returncode == -signal.SIGKILL, f"the add finished before the kill: {err[-2000:]}"
    assert (index_dir / "current").resolve() == old
    after = load_index(index_dir, files)  # whole, fresh and the same as before
    assert [p.id for p in after.passages] == [p.id for p in before.passages]
    # the next add takes the lock the killed one held, clears its folder, and goes through
    from index.library import add_documents

    small = sorted(extra.iterdir())[-1:]
    add_documents(index_dir, read_corpus(small), encoder, small)
    assert not leftover.exists()
    assert [p.name for p in index_dir.glob("build-*")] == [(index_dir / "current").resolve().name]
    assert load_index(index_dir).manifest.documents == len(files) + 1


def test_the_chats_upload_and_delete_equal_full_rebuilds(tmp_path, encoder, model_dir, monkeypatch):
    """Through the chat's Rebuilder, with no full rebuild allowed: vectors to the bit, answers to the character."""
    import numpy as np

    from index.corpus import corpus_files
    from qa.assistant import Assistant
    from qa.config import Settings
    from test_library_chat import QUESTIONS, speech_text
    from ui.upload import Rebuilder

    settings = Settings.from_env().with_overrides(upload_dir=tmp_path / "up", index_dir=tmp_path / "index",
                                                  model_dir=model_dir)
    assistant = Assistant(settings=settings, progress=False, encoder=encoder)
    monkeypatch.setattr(Assistant, "rebuild", lambda *a, **k: pytest.fail("a full rebuild ran"))
    rebuilder = Rebuilder(assistant, poll=0.05)

    def same_as_cold_rebuild(name: str) -> None:
        files = corpus_files(settings.corpus_paths())
        build_index(read_corpus(files), encoder, tmp_path / name, files, progress=False)
        full = Assistant(settings=settings.with_overrides(index_dir=tmp_path / name), progress=False,
                         encoder=encoder, auto_build=False)
        a, b = load_index(settings.index_dir), full.index
        assert [(p.id, p.text) for p in a.passages] == [(p.id, p.text) for p in b.passages]
        np.testing.assert_array_equal(a._passage_vectors, b._passage_vectors)
        np.testing.assert_array_equal(a.sentence_vectors, b.sentence_vectors)
        for q in QUESTIONS:
            assert assistant.ask(q).to_dict() == full.ask(q).to_dict()

    speech = tmp_path / "a_xiangcun.txt"
    speech.write_text(speech_text("乡村振兴", ["建设高标准农田", "培育特色产业", "改善人居环境", "深化农村改革"]), "utf-8")
    *_, (status, changed) = list(rebuilder.handle(str(speech)))
    assert "✓ 已加入" in status and changed
    same_as_cold_rebuild("full")
    *_, (status, changed) = list(rebuilder.handle_removal("a_xiangcun"))
    assert "✓ 已删除" in status and changed
    same_as_cold_rebuild("bundled")
