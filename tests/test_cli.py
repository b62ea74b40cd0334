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
