"""The ``qa`` command line: help texts, light imports, and ``qa index rebuild`` on odd corpora."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from index.corpus import bundled_speech
from qa.cli import main

ROOT = Path(__file__).resolve().parent.parent
SPEECHES = Path(__file__).resolve().parent / "speeches"


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as info:
        main([*argv, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr()
    assert out.err == ""
    return out.out


def test_top_level_help(capsys):
    out = _help(capsys)
    assert out.startswith("usage: qa")
    for command in ("ask", "chat", "index", "eval", "bench"):
        assert command in out
    assert "qa index rebuild" in out and "QA_INDEX_DIR" in out  # examples and environment


def test_ask_help(capsys):
    out = _help(capsys, "ask")
    for flag in ("--json", "--history", "--index-dir", "--corpus", "--model-dir", "question"):
        assert flag in out


def test_index_help(capsys):
    out = _help(capsys, "index")
    assert "rebuild" in out and "info" in out
    assert "--corpus" in _help(capsys, "index", "rebuild")
    assert "--json" in _help(capsys, "index", "info")


def test_missing_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2
    assert "usage: qa" in capsys.readouterr().err


def _run_python(code: str, timeout: int) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter at the repo root; fail with its stderr if it fails."""
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=_env(), capture_output=True,
                          text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def test_help_is_light():
    """``qa --help`` answers without importing torch, the model or Gradio."""
    code = ("import sys\nfrom qa.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit as e:\n    assert e.code == 0\n"
            "heavy = [m for m in ('torch', 'gradio', 'sentence_transformers', 'faiss') if m in sys.modules]\n"
            "assert not heavy, heavy\n")
    assert "usage: qa" in _run_python(code, timeout=120).stdout


@pytest.mark.slow
def test_ask_does_not_import_gradio(assistant, model_dir):
    question = "规划编制要聘请什么样的单位?"
    argv = ["ask", "--json", question, "--index-dir", str(assistant.settings.index_dir),
            "--model-dir", str(model_dir), "--corpus", str(bundled_speech()), "-q"]
    code = ("import json, sys\nfrom qa.cli import main\n"
            f"rc = main({argv!r})\n"
            "assert rc == 0, rc\n"
            "assert 'gradio' not in sys.modules, 'qa ask imported gradio'\n"
            "print('GRADIO-FREE', file=sys.stderr)\n")
    proc = _run_python(code, timeout=300)
    assert "GRADIO-FREE" in proc.stderr
    printed = json.loads(proc.stdout)
    assert printed == json.loads(json.dumps(assistant.ask(question).to_dict(), ensure_ascii=False))


def test_rebuild_on_an_empty_folder_exits_2(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "slides.pptx").write_bytes(b"PK\x03\x04")  # not a speech format: ignored
    index_dir = tmp_path / "index"
    code = main(["index", "rebuild", "--corpus", str(empty), "--index-dir", str(index_dir), "-q"])
    out = capsys.readouterr()
    assert code == 2
    assert out.err.startswith("error:") and "empty" in out.err and str(empty) in out.err
    assert "Traceback" not in out.err
    assert not index_dir.exists()


def test_rebuild_on_a_missing_path_exits_2(tmp_path, capsys):
    code = main(["index", "rebuild", "--corpus", str(tmp_path / "nope.txt"),
                 "--index-dir", str(tmp_path / "index"), "-q"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error:") and "nope.txt" in err


def test_rebuild_on_a_binary_speech_exits_2(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    code = main(["index", "rebuild", "--corpus", str(corpus), "--index-dir", str(tmp_path / "index"), "-q"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error:") and "photo.txt" in err and "binary" in err


@pytest.mark.slow
def test_rebuild_reads_a_gb18030_file_with_a_warning(tmp_path, model_dir, encoder, monkeypatch, capsys):
    import index.embeddings
    from index.reader import read_speech_file
    from index.store import load_index

    monkeypatch.setattr(index.embeddings, "Encoder", lambda *a, **k: encoder)  # no second model load
    source = SPEECHES / "xiangcun_zhenxing.txt"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    gbk = corpus / "xiangcun_gbk.txt"
    gbk.write_bytes(source.read_text(encoding="utf-8").encode("gb18030"))
    with pytest.raises(UnicodeDecodeError):
        gbk.read_bytes().decode("utf-8")
    index_dir = tmp_path / "index"
    code = main(["index", "rebuild", "--corpus", str(corpus), "--index-dir", str(index_dir),
                 "--model-dir", str(model_dir), "-q"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "warning:" in out.err and "GB18030" in out.err and "xiangcun_gbk" in out.err
    assert "Indexed" in out.out
    index = load_index(index_dir, [gbk], encoder.fingerprint)
    assert [d.id for d in index.documents] == ["xiangcun_gbk"]
    utf8 = read_speech_file(source)
    assert [p.text for p in index.passages] == [p.text for p in utf8.passages]
    assert index.documents[0].title == utf8.title


def test_a_bad_precision_setting_exits_2_naming_the_variable(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QA_EMBED_PRECISION", "fp16")
    code = main(["index", "info", "--index-dir", str(tmp_path / "index")])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error:") and "QA_EMBED_PRECISION" in err and "int8, fp32" in err
    assert "Traceback" not in err
    monkeypatch.setenv("QA_EMBED_PRECISION", "FP32 ")  # case and spaces are forgiven
    from qa.config import Settings

    assert Settings.from_env().embed_precision == "fp32"
    monkeypatch.setenv("QA_PORT", "seventy")
    assert main(["index", "info", "--index-dir", str(tmp_path / "index")]) == 2
    assert "QA_PORT" in capsys.readouterr().err


def test_precision_flag_wins_over_the_environment(monkeypatch):
    from qa.cli import build_parser, settings_from

    monkeypatch.setenv("QA_EMBED_PRECISION", "fp32")
    args = build_parser().parse_args(["index", "rebuild", "--precision", "int8"])
    assert settings_from(args).embed_precision == "int8"
    assert settings_from(build_parser().parse_args(["index", "rebuild"])).embed_precision == "fp32"


def test_bench_corpus_is_of_the_genre_and_says_little_twice(tmp_path):
    """The generated corpus parses item for item, and its sentences are (almost) all new."""
    from index.reader import read_corpus
    from index.sentences import split_sentences
    from qa.bench import generate_corpus

    assert generate_corpus(tmp_path, 230) == 230
    documents = read_corpus(sorted(tmp_path.iterdir()))
    passages = [p for d in documents for p in d.passages]
    assert len(documents) == 3 and len(passages) == 230
    assert not any(d.warnings for d in documents)
    assert all(p.item and p.section.count(" > ") == 2 for p in passages)
    sentences = [s for p in passages for s in split_sentences(p.text)]
    assert len(sentences) == 2 * len(passages) and len(set(sentences)) >= 0.99 * len(sentences)
    assert 80 <= sum(len(p.text) for p in passages) / len(passages) <= 160


# -- the index's own corpus, and faults of the environment (no model: a fake encoder) ----------
@pytest.fixture
def fake_model(tmp_path, monkeypatch):
    """Every model load goes to a FakeEncoder, counted; settings point into tmp_path."""
    import index.e5_export
    from fakes import FakeEncoder
    from qa.config import Settings

    loads = []

    def make_encoder(self, precision=None, progress=True):
        loads.append(self)
        return FakeEncoder()

    monkeypatch.setattr(Settings, "make_encoder", make_encoder)
    monkeypatch.setattr(Settings, "resolve_model_dir", lambda self, progress=True: tmp_path / "model")
    monkeypatch.setattr(index.e5_export, "model_fingerprint", lambda _d: FakeEncoder.fingerprint)
    for name in ("QA_CORPUS", "QA_INDEX_DIR", "QA_MODEL_DIR", "QA_PORT", "QA_MAX_QUESTION_CHARS",
                 "QA_HISTORY_TURNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("QA_UPLOAD_DIR", str(tmp_path / "uploads"))
    return loads


def _speeches(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in names:
        f = folder / f"{name}.txt"
        f.write_text(f"关于{name}工作的讲话\n同志们:\n一、总体要求\n一是压实{name}责任。\n二是排查{name}隐患。\n",
                     encoding="utf-8")
        out.append(f)
    return out


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _error_line(err: str) -> str:
    assert err.startswith("error: ") and "Traceback" not in err
    assert err.count("\n") == 1, err  # one line
    return err


def test_corpus_flags_add_up_and_the_index_answers_from_its_own(tmp_path, fake_model, capsys):
    a = _speeches(tmp_path / "a", ["anquan", "huanbao"])
    b = _speeches(tmp_path / "b", ["xiangcun"])
    index_dir = str(tmp_path / "index")
    code, out, err = _run(capsys, "index", "rebuild", "--index-dir", index_dir, "-q",
                          "--corpus", str(tmp_path / "a"), "--corpus", str(b[0]))
    assert code == 0, err
    assert "Indexed" in out and "3 document(s)" in out
    from index.store import read_manifest

    manifest = read_manifest(Path(index_dir))
    assert sorted(Path(e["path"]).name for e in manifest.corpus) == ["anquan.txt", "huanbao.txt", "xiangcun.txt"]
    assert manifest.sources == [str((tmp_path / "a").resolve()), str(b[0].resolve())]
    # no --corpus: the index answers from its own corpus, not the bundled speech
    code, out, err = _run(capsys, "ask", "--json", "如何排查隐患?", "--index-dir", index_dir, "-q")
    assert code == 0, err
    docs = {r["passage_id"].split("#")[0] for r in json.loads(out)["retrieved"]}
    assert docs == {"anquan", "huanbao", "xiangcun"}
    # edited: stale, with the command that rebuilds this same corpus
    a[1].write_text(a[1].read_text(encoding="utf-8") + "三是加强督查。\n", encoding="utf-8")
    code, out, err = _run(capsys, "ask", "如何排查隐患?", "--index-dir", index_dir, "-q")
    assert code == 2 and out == ""
    _error_line(err)
    assert "huanbao.txt was edited" in err and "anquan" not in err.split("stale:")[1].split(".")[0]
    assert f"qa index rebuild --index-dir {index_dir} --corpus {(tmp_path / 'a').resolve()} {b[0].resolve()}" in err
    assert len(fake_model) == 2  # the rebuild and the first ask; the stale ask stopped before the model


def test_the_corpus_variable_still_takes_a_colon_separated_list(tmp_path, monkeypatch):
    from qa.config import Settings

    monkeypatch.setenv("QA_CORPUS", f"{tmp_path / 'a'}{os.pathsep}{tmp_path / 'b.txt'}")
    assert Settings.from_env().corpus == (tmp_path / "a", tmp_path / "b.txt")


def test_index_info_reports_each_document(tmp_path, fake_model, capsys):
    from fakes import FakeEncoder, truncated_document, write_corpus
    from index.store import build_index

    files, documents = write_corpus(tmp_path / "corpus", 1)
    documents.append(truncated_document())
    build_index(documents, FakeEncoder(), tmp_path / "index", files, progress=False, sources=[tmp_path / "corpus"])
    code, out, err = _run(capsys, "index", "info", "--index-dir", str(tmp_path / "index"))
    assert code == 0, err
    text = out.split("excerpt:")[1]
    for line in ("《在全市经济工作会议上的讲话》 (html, gb18030), 3 passages",
                 "headings: level 1: 1, level 2: 3 (1 complete, 1 omitted, 1 outline_only, 1 partial)",
                 "[omitted] （二）促改革", "[outline_only] （三）惠民生",
                 "truncation: notice (confidence 0.95): 预览结束",
                 "truncation: mid_sentence (confidence 0.40): ends without final punctuation",
                 "gap: 1145 characters omitted", "cut off: 3214 of 10026 characters shown",
                 "blank figures: 7: 「新增床位0张」", "and 2 more", "redactions: 1: 「创新_机制」",
                 "boilerplate removed: copyright 1, navigation 3", "warning: read as GB18030"):
        assert line in text, line
    assert "speech_000" in out and "truncation: none found" in out.split("excerpt:")[0]
    assert "STALE" not in out and f"corpus:   {tmp_path / 'corpus'} (1 file)" in out
    code, out, _ = _run(capsys, "index", "info", "--json", "--index-dir", str(tmp_path / "index"))
    data = json.loads(out)
    info = data["documents"][1]
    assert info["headings"] == {"1": 1, "2": 3}
    assert [(o["title"], o["status"]) for o in info["outline"]][2] == ("（二）促改革", "omitted")
    assert info["findings"][0] == {"kind": "notice", "confidence": 0.95, "detail": "预览结束"}
    assert info["blanks"]["count"] == 7 and len(info["blanks"]["first"]) == 5
    assert info["redactions"] == {"count": 1, "first": ["创新_机制"]}
    assert info["removed"] == {"copyright": 1, "navigation": 3}
    assert (info["format"], info["encoding"], info["warnings"]) == ("html", "gb18030", ["read as GB18030"])


@pytest.mark.parametrize("variable, value, says", [
    ("QA_PORT", "0", "QA_PORT / --port 0 is out of range"),
    ("QA_PORT", "70000", "QA_PORT / --port 70000 is out of range"),
    ("QA_PORT", "-1", "out of range"),
    ("QA_MAX_QUESTION_CHARS", "0", "QA_MAX_QUESTION_CHARS=0: use a whole number of at least 1"),
    ("QA_MAX_QUESTION_CHARS", "-5", "QA_MAX_QUESTION_CHARS=-5"),
    ("QA_HISTORY_TURNS", "-1", "QA_HISTORY_TURNS=-1"),
    ("QA_HISTORY_TURNS", "many", "QA_HISTORY_TURNS='many' is not a whole number"),
])
def test_a_bad_number_setting_is_one_line_before_any_model(tmp_path, fake_model, monkeypatch, capsys,
                                                           variable, value, says):
    monkeypatch.setenv(variable, value)
    code, out, err = _run(capsys, "ask", "问题?", "--index-dir", str(tmp_path / "index"))
    assert code == 2 and out == "" and says in _error_line(err)
    assert fake_model == []


def test_a_port_out_of_range_from_the_flag(tmp_path, fake_model, capsys):
    code, _out, err = _run(capsys, "chat", "--port", "65536", "--index-dir", str(tmp_path / "index"))
    assert code == 2 and "--port 65536 is out of range" in _error_line(err)


def test_a_port_in_use_names_the_flag_and_variable(tmp_path, fake_model, monkeypatch, capsys):
    import socket

    import qa.assistant

    monkeypatch.setattr(qa.assistant, "Assistant", lambda *a, **k: pytest.fail("the model was loaded"))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, out, err = _run(capsys, "chat", "--port", str(port), "--index-dir", str(tmp_path / "index"))
    assert code == 2 and out == ""
    err = _error_line(err)
    assert f"Port {port} on 127.0.0.1 is already in use" in err and "--port" in err and "QA_PORT" in err
    assert "GRADIO" not in err
    assert fake_model == []


def _model_folder(tmp_path: Path, shape: str) -> Path:
    folder = tmp_path / "model"
    if shape == "a file":
        folder.write_text("weights", encoding="utf-8")
    elif shape != "missing":
        folder.mkdir()
    if shape == "random":
        (folder / "notes.txt").write_text("not a model", encoding="utf-8")
        (folder / "data.bin").write_bytes(os.urandom(64))
    if shape == "broken json":
        for name in ("modules.json", "config.json", "model.safetensors"):
            (folder / name).write_bytes(os.urandom(32))
    return folder


@pytest.mark.parametrize("shape, says", [
    ("missing", "does not exist"), ("a file", "is a file, not a model folder"),
    ("empty", "is an empty folder"), ("random", "is not a sentence-transformers model folder (no modules.json"),
    ("broken json", "is not JSON"),
])
def test_a_bad_model_folder_is_one_line_before_any_model(tmp_path, monkeypatch, capsys, shape, says):
    import index.embeddings

    monkeypatch.setattr(index.embeddings, "Encoder", lambda *a, **k: pytest.fail("the model was loaded"))
    monkeypatch.setenv("QA_MODEL_DIR", str(_model_folder(tmp_path, shape)))
    for argv in (["ask", "问题?"], ["index", "rebuild", "--corpus", str(bundled_speech())]):
        code, out, err = _run(capsys, *argv, "--index-dir", str(tmp_path / "index"), "-q")
        assert code == 2 and out == ""
        err = _error_line(err)
        assert "QA_MODEL_DIR" in err and says in err and "unset QA_MODEL_DIR" in err
    assert not (tmp_path / "index").exists()


def test_an_unwritable_cache_is_one_line(tmp_path, monkeypatch, capsys):
    import index.embeddings

    monkeypatch.setattr(index.embeddings, "Encoder", lambda *a, **k: pytest.fail("the model was loaded"))
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache's parent should be", encoding="utf-8")
    monkeypatch.delenv("QA_MODEL_DIR", raising=False)
    monkeypatch.setenv("QA_CACHE_DIR", str(blocker / "cache"))
    code, out, err = _run(capsys, "ask", "问题?", "--index-dir", str(tmp_path / "index"))
    assert code == 2 and out == ""
    assert "QA_CACHE_DIR" in _error_line(err) and "cannot be written" in err
    blocker.unlink()
    blocker.mkdir()
    (blocker / "cache").write_text("", encoding="utf-8")  # the cache itself is a file
    code, out, err = _run(capsys, "ask", "问题?", "--index-dir", str(tmp_path / "index"))
    assert code == 2 and "QA_CACHE_DIR" in _error_line(err) and "is a file" in err


def test_an_index_folder_that_is_a_file_is_one_line(tmp_path, fake_model, monkeypatch, capsys):
    target = tmp_path / "index"
    target.write_text("", encoding="utf-8")
    monkeypatch.setenv("QA_INDEX_DIR", str(target))
    for argv in (["ask", "问题?"], ["index", "info"], ["index", "rebuild", "--corpus", str(bundled_speech())]):
        code, out, err = _run(capsys, *argv)
        assert code == 2 and out == ""
        assert "QA_INDEX_DIR" in _error_line(err) and "is a file, not a folder" in err
    assert fake_model == [] and target.read_text(encoding="utf-8") == ""


@pytest.mark.parametrize("fault", ["read-only", "disk full"])
def test_a_rebuild_that_cannot_write_keeps_the_old_index(tmp_path, fake_model, monkeypatch, capsys, fault):
    import errno

    import numpy as np

    import index.durable
    from index.store import load_index

    a = _speeches(tmp_path / "a", ["anquan"])
    index_dir = tmp_path / "index"
    assert _run(capsys, "index", "rebuild", "--corpus", str(a[0]), "--index-dir", str(index_dir), "-q")[0] == 0
    builds = sorted(index_dir.glob("build-*"))
    b = _speeches(tmp_path / "b", ["huanbao"])
    if fault == "read-only":
        real_open = os.open

        def read_only(path, flags, *args, **kwargs):
            if flags & os.O_CREAT and str(path).startswith(str(index_dir)):
                raise OSError(errno.EROFS, "Read-only file system", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(index.durable.os, "open", read_only)
    else:
        def full(*_a, **_k):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(np, "save", full)
    code, out, err = _run(capsys, "index", "rebuild", "--corpus", str(b[0]), "--index-dir", str(index_dir), "-q")
    assert code == 2 and out == ""
    err = _error_line(err)
    assert f"Cannot write the index at {index_dir}" in err and "previous index stays in use" in err
    assert ("cannot be written" if fault == "read-only" else "disk is full") in err
    assert len(fake_model) == (1 if fault == "read-only" else 2)  # read-only: refused before the model
    monkeypatch.undo()
    assert sorted(index_dir.glob("build-*")) == builds  # no partial build left
    assert [d.id for d in load_index(index_dir, own_files=True).documents] == ["anquan"]
