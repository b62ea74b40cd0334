"""Every shape of speech indexes without error, and the index tells what reading found.

One index over our own excerpts of real page shapes and the two real documents:
completeness answers follow the truncation findings (never "完整" while one fired;
"可能不完整" when the only evidence is weak), and ``qa index info`` names each
document's title, headings, findings, blanks and removed chrome.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from index.reader import read_speech_file

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
SHAPES = HERE / "speeches" / "shapes"
REAL = HERE.parent.parent / "shared" / "corpus" / "real"
WEAK = ("在全县文明城市创建工作会议上的讲话\n同志们：\n一、提高认识\n创建全国文明城市是全县人民的共同心愿，"
        "我们要以更高标准推进各项工作。\n二、压实责任\n各乡镇各部门要把创建任务分解到岗、落实到人，确保")


@pytest.fixture(scope="module")
def library(tmp_path_factory, settings_factory, encoder):
    """An Assistant over all shapes, the real documents and one text that only stops mid-sentence."""
    from qa.assistant import Assistant

    corpus = tmp_path_factory.mktemp("library")
    for f in sorted(SHAPES.iterdir()):
        shutil.copy(f, corpus / f.name)
    for name in ("gwr2021.txt", "yihao2018.txt"):
        shutil.copy(REAL / name, corpus / name)
    (corpus / "weak_ending.txt").write_text(WEAK, encoding="utf-8")
    settings = settings_factory("library", corpus=(corpus,))
    return Assistant(settings=settings, progress=False, encoder=encoder), settings, corpus


def test_every_shape_indexes_and_keeps_its_passages(library):
    assistant, _settings, corpus = library
    docs = {d.id: d for d in assistant.index.documents}
    assert set(docs) == {f.stem for f in corpus.iterdir()}
    for f in corpus.iterdir():
        alone = read_speech_file(f)
        assert [p.text for p in docs[f.stem].passages] == [p.text for p in alone.passages]


@pytest.mark.parametrize("doc_id,head", [("05_announced_cut", "不完整"), ("17_gap_part_jump", "不完整"),
                                         ("weak_ending", "可能不完整")])
def test_completeness_follows_the_findings(library, doc_id, head):
    from qa.truncation_answers import completeness_answer
    from qa.citations import CitationBuilder

    assistant, _s, _c = library
    doc = next(d for d in assistant.index.documents if d.id == doc_id)
    text, _notices = completeness_answer(assistant.index, doc, None, CitationBuilder(assistant.index), "zh")
    assert text.startswith(head) and "是完整的" not in text


def test_index_info_names_titles_headings_findings_and_chrome(library, capsys, monkeypatch):
    from qa.cli import main

    _assistant, settings, corpus = library
    monkeypatch.setenv("QA_INDEX_DIR", str(settings.index_dir))
    monkeypatch.setenv("QA_CORPUS", str(corpus))
    assert main(["index", "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    docs = {d["id"]: d for d in info["documents"]}
    assert docs["gwr2021"]["title"] == "2021年政府工作报告"
    assert docs["01_template_site"]["title"] == "在全县安全生产工作会议上的讲话"
    text = json.dumps(docs["17_gap_part_jump"], ensure_ascii=False)
    assert "numbering_jump" in text and "gap" in text
    assert "caption" in json.dumps(docs["11_scraped_news"], ensure_ascii=False)
    assert main(["index", "info"]) == 0
    out = capsys.readouterr().out
    assert "《2021年政府工作报告》" in out and "announced_count" in out
