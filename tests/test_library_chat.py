"""The chat's upload, delete and replace change the index in place and leave what a full rebuild gives.

A real Assistant over the default corpus (the bundled speech and the upload folder) with
the hashing encoder of tests/fakes.py: no model is loaded. ``Assistant.rebuild`` is made
to fail wherever the in-place path must be the one taken.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from fakes import FakeEncoder
from index.corpus import bundled_speech, corpus_files
from index.reader import read_corpus
from index.store import build_index, load_index
from index.vectors import text_groups
from qa.assistant import Assistant
from test_library import fake_settings  # noqa: F401  (fixture)
from ui import staging
from ui.upload import Rebuilder

QUESTIONS = ("乡村振兴要抓好哪些工作?", "安全生产责任怎么落实?", "营商环境改革有哪些举措?",
             "当前我市产城融合发展存在哪些突出问题?", "第二项任务是什么?")


def speech_text(topic: str, tasks: list[str], extra: str = "") -> str:
    """A speech of our own: a title, an address, two numbered sections of a few paragraphs."""
    lines = [f"在全市{topic}工作会议上的讲话", "同志们:", f"一、充分认识{topic}的重要意义",
             f"做好{topic}工作,事关全局。各级各部门要提高站位,压实责任。{extra}", "二、突出抓好重点任务"]
    lines += [f"{'一二三四五六'[i]}是{task}。要细化方案,明确时限,确保{task}落到实处。" for i, task in enumerate(tasks)]
    return "\n".join(lines) + "\n"


SPEECHES = {
    "m_xiangcun.txt": speech_text("乡村振兴", ["建设高标准农田", "培育特色产业", "改善人居环境"]),
    "c_anquan.txt": speech_text("安全生产", ["排查风险隐患", "压实企业主体责任", "开展专项整治"]),
    "t_yingshang.txt": speech_text("优化营商环境", ["深化审批改革", "降低企业成本"]),
}


@pytest.fixture
def chat(fake_settings, tmp_path):  # noqa: F811
    """(assistant, rebuilder, write) over a fresh index of the bundled speech; ``write(name, text)``
    puts a file where a browser would upload it from."""
    assistant = Assistant(settings=fake_settings, progress=False, encoder=FakeEncoder())

    def write(name: str, text: str) -> Path:
        path = tmp_path / "browser" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, "utf-8")
        return path

    return assistant, Rebuilder(assistant, poll=0.01), write


def no_full_rebuild(monkeypatch) -> None:
    def refuse(self, *args, **kwargs):
        raise AssertionError("a full rebuild ran")

    monkeypatch.setattr(Assistant, "rebuild", refuse)


def full_rebuild(settings, folder: Path) -> Assistant:
    """A cold full rebuild of the default corpus as it is now, in ``folder``; an Assistant over it."""
    files = corpus_files(settings.corpus_paths())
    build_index(read_corpus(files), FakeEncoder(), folder, files, progress=False)
    return Assistant(settings=settings.with_overrides(index_dir=folder), progress=False,
                     encoder=FakeEncoder(), auto_build=False)


def assert_same_as_full_rebuild(assistant: Assistant, folder: Path) -> None:
    """The assistant's index holds what a full rebuild gives and answers alike."""
    full = full_rebuild(assistant.settings, folder)
    a, b = load_index(assistant.settings.index_dir), full.index
    assert [(p.id, p.section, p.text) for p in a.passages] == [(p.id, p.section, p.text) for p in b.passages]
    assert [d.id for d in a.documents] == [d.id for d in b.documents]
    assert [d.title for d in assistant.documents()] == [d.title for d in b.documents]  # the one answering
    np.testing.assert_array_equal(a._passage_vectors, b._passage_vectors)
    np.testing.assert_array_equal(a.sentence_vectors, b.sentence_vectors)
    for q in QUESTIONS:
        np.testing.assert_array_equal(a.bm25_scores(q), b.bm25_scores(q))
        assert assistant.ask(q).to_dict() == full.ask(q).to_dict()
    assert sorted(e["sha256"] for e in a.manifest.corpus) == sorted(e["sha256"] for e in b.manifest.corpus)
    shutil.rmtree(folder)


def last(steps) -> str:
    *_, (status, changed) = list(steps)
    assert changed, status
    return status


def test_upload_delete_and_replace_equal_full_rebuilds(chat, tmp_path, monkeypatch):
    assistant, rebuilder, write = chat
    no_full_rebuild(monkeypatch)
    seen: list[str] = []
    encode = FakeEncoder.encode_passages
    monkeypatch.setattr(FakeEncoder, "encode_passages",
                        lambda self, texts, progress=False: seen.extend(texts) or encode(self, texts, progress))
    up = assistant.settings.upload_dir
    for name in ("m_xiangcun.txt", "c_anquan.txt"):  # the second sorts before the first: it takes its place
        assert "✓ 已加入" in last(rebuilder.handle(str(write(name, SPEECHES[name]))))
        assert (up / name).read_text("utf-8") == SPEECHES[name]
    uploads = read_corpus([up / "m_xiangcun.txt", up / "c_anquan.txt"])
    assert seen and set(seen) <= {t for d in uploads for t in text_groups(d.passages)[0]}  # no other text embedded
    assert [d.id for d in assistant.documents()][1:] == ["c_anquan", "m_xiangcun"]
    assert_same_as_full_rebuild(assistant, tmp_path / "full1")

    seen.clear()
    assert "✓ 已删除" in last(rebuilder.handle_removal("c_anquan"))
    assert seen == [] and not (up / "c_anquan.txt").exists()
    assert_same_as_full_rebuild(assistant, tmp_path / "full2")

    new = write("t_yingshang.txt", SPEECHES["t_yingshang.txt"])
    assert "✓ 已用" in last(rebuilder.handle(str(new), replacing="m_xiangcun"))
    assert [d.id for d in assistant.documents()][1:] == ["t_yingshang"]
    assert_same_as_full_rebuild(assistant, tmp_path / "full3")

    edited = write("t_yingshang.txt", speech_text("优化营商环境", ["深化审批改革", "降低企业成本", "加强信用监管"]))
    assert "✓ 已用" in last(rebuilder.handle(str(edited), replacing="t_yingshang"))  # the same name, new text
    assert "加强信用监管" in (up / "t_yingshang.txt").read_text("utf-8")
    assert_same_as_full_rebuild(assistant, tmp_path / "full4")
    assert not [p for p in staging.staging_dir(up).rglob("*") if p.is_file() and p.name != "t_yingshang.txt"]


class OtherModel(FakeEncoder):
    """The same vectors under another model's fingerprint."""

    fingerprint = "0" * 64


@pytest.mark.parametrize("why", ["stale", "missing", "model"])
def test_an_index_that_cannot_be_changed_in_place_is_rebuilt_and_says_why(chat, tmp_path, why):
    assistant, rebuilder, write = chat
    up = assistant.settings.upload_dir
    up.mkdir(parents=True, exist_ok=True)
    if why == "stale":  # a speech copied into the upload folder by hand: the index lacks it
        (up / "c_anquan.txt").write_text(SPEECHES["c_anquan.txt"], "utf-8")
    elif why == "missing":
        shutil.rmtree(assistant.settings.index_dir)
    else:  # the model changed since the index was built
        assistant.encoder = OtherModel()
    stages: list[str] = []
    staged = staging.stage(up, "m_xiangcun.txt", SPEECHES["m_xiangcun.txt"].encode())
    assistant.add_files([staged], on_stage=stages.append)
    reason = next(s for s in stages if s.startswith("rebuilding the whole index: "))
    assert {"stale": "c_anquan.txt", "missing": "no readable index", "model": "another model"}[why] in reason
    staging.publish(up, staged)
    expected = {"c_anquan", "m_xiangcun"} if why == "stale" else {"m_xiangcun"}
    assert {d.id for d in assistant.documents()} == expected | {bundled_speech().stem}
    assert assistant.index.manifest.model_sha256 == assistant.encoder.fingerprint
    assert_same_as_full_rebuild(assistant, tmp_path / "full")


def test_a_replacement_whose_add_fails_puts_the_old_speech_back(chat, tmp_path, monkeypatch):
    assistant, rebuilder, write = chat
    assert "✓ 已加入" in last(rebuilder.handle(str(write("m_xiangcun.txt", SPEECHES["m_xiangcun.txt"]))))
    no_full_rebuild(monkeypatch)
    real = Assistant.add_files
    calls: list[list[str]] = []

    def failing_once(self, paths, on_stage=None):
        calls.append([Path(p).name for p in paths])
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        return real(self, paths, on_stage)

    monkeypatch.setattr(Assistant, "add_files", failing_once)
    new = write("t_yingshang.txt", SPEECHES["t_yingshang.txt"])
    *_, (status, changed) = list(rebuilder.handle(str(new), replacing="m_xiangcun"))
    assert "失败" in status and "磁盘空间不足" in status and not changed
    assert calls == [["t_yingshang.txt"], ["m_xiangcun.txt"]]  # the new one failed, the old one went back
    up = assistant.settings.upload_dir
    assert sorted(p.name for p in up.iterdir() if p.is_file()) == ["m_xiangcun.txt"]
    assert "m_xiangcun" in {d.id for d in assistant.documents()}
    assert_same_as_full_rebuild(assistant, tmp_path / "full")


def test_a_kill_at_any_step_leaves_the_upload_folder_agreeing_with_the_index(chat, fake_settings, tmp_path,  # noqa: F811
                                                                            monkeypatch):
    assistant, rebuilder, write = chat
    no_full_rebuild(monkeypatch)
    up = fake_settings.upload_dir
    assert "✓ 已加入" in last(rebuilder.handle(str(write("m_xiangcun.txt", SPEECHES["m_xiangcun.txt"]))))
    # A replacement killed after its removal was swapped in, before the add: neither speech stays.
    staging.stage(up, "t_yingshang.txt", SPEECHES["t_yingshang.txt"].encode())
    staging.hold_removed(up, up / "m_xiangcun.txt")
    assistant.remove_documents(["m_xiangcun"])
    restarted = staging.open_assistant(fake_settings, progress=False, encoder=FakeEncoder())
    assert [d.id for d in restarted.documents()] == [bundled_speech().stem]
    assert not up.exists() or not [p for p in up.rglob("*") if p.is_file()]
    # An add killed after its swap, before the file was published: the start publishes it.
    staged = staging.stage(up, "c_anquan.txt", SPEECHES["c_anquan.txt"].encode())
    restarted.add_files([staged])
    again = staging.open_assistant(fake_settings, progress=False, encoder=FakeEncoder())
    assert (up / "c_anquan.txt").read_text("utf-8") == SPEECHES["c_anquan.txt"]
    assert "c_anquan" in {d.id for d in again.documents()}
    assert_same_as_full_rebuild(again, tmp_path / "full")


def test_a_store_setting_other_than_the_indexs_own_rebuilds(chat, monkeypatch):
    """QA_STORE naming the index folder keeps the add in place; naming a Milvus store rebuilds into it."""
    assistant, _rebuilder, _write = chat
    up = assistant.settings.upload_dir
    rebuilt: list[tuple] = []
    monkeypatch.setattr(Assistant, "rebuild", lambda self, on_stage=None, extra_files=(): rebuilt.append(extra_files))
    assistant.settings = assistant.settings.with_overrides(store="faiss")
    assistant.add_files([staging.stage(up, "m_xiangcun.txt", SPEECHES["m_xiangcun.txt"].encode())])
    assert rebuilt == [] and "m_xiangcun" in {d.id for d in assistant.documents()}
    assistant.settings = assistant.settings.with_overrides(store=str(up.parent / "milvus-lite.db"))
    stages: list[str] = []
    staged = staging.stage(up, "c_anquan.txt", SPEECHES["c_anquan.txt"].encode())
    assistant.add_files([staged], on_stage=stages.append)
    assert rebuilt == [[staged]] and any("QA_STORE" in s for s in stages if s.startswith("rebuilding the whole index"))
