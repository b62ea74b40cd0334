"""The colloquial question sets (tests/eval/colloquial/): the rows are well formed and split, and
"right" on both parts stays above its floors. Apart from test_eval.py so that a second test worker
can take them (the floors test asks about a thousand questions)."""
from __future__ import annotations

import json
import unicodedata

import pytest

from qa.eval import load_questions

from conftest import EVAL_SETS, SHARED


# The colloquial sets (tests/eval/colloquial/): rows a helper wrote against a text, checked here
# as the other sets are by check_sets.py: the shape of a row, every phrase in its text, a split.
def _colloquial_rows() -> list[dict]:
    folder = EVAL_SETS / "colloquial"
    return [json.loads(line) for p in sorted(folder.glob("*.jsonl"))
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


# Rows whose evidence the reader drops as page chrome: the helper asked "责任编辑是谁" of a news page's
# 责任编辑 line, which the reader removes with the site's footer. The row stays as written and counts
# as a miss in the eval until the reader keeps such a line.
READER_DROPS = {"qe-32"}


def test_colloquial_rows_quote_their_texts_and_are_split():
    import re

    from index.reader import read_speech_file

    folder = EVAL_SETS / "colloquial"
    texts = {p.name: p for p in [*(folder / "texts").iterdir(), SHARED / "corpus" / "chancheng_speech.txt",
                                 SHARED / "corpus" / "real" / "yihao2018.txt",
                                 SHARED / "corpus" / "real" / "gwr2021.txt"]}
    # as the reader reads them: a .docx, an .html page and a GB18030 file are texts too
    docs = {name: read_speech_file(p) for name, p in texts.items()}
    # a page's <h1> is its title; a table's cell bars are layout, as the eval reads them
    # and a figure set full-width ("１２００个") is the half-width one the reader gives
    flat = {name: re.sub(r"[\s|]+", "", unicodedata.normalize("NFKC", d.title + d.source)) for name, d in docs.items()}
    rows = _colloquial_rows()
    split = json.loads((folder / "split.json").read_text(encoding="utf-8"))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 1650
    assert sorted(split["heldout"] + split["tuning"]) == sorted(ids) and not set(split["heldout"]) & set(split["tuning"])
    assert 0.3 <= len(split["heldout"]) / len(ids) <= 0.36
    for r in rows:
        assert r["kind"] in {"answerable", "blank", "truncated", "out_of_scope", "crosslingual", "followup"}, r["id"]
        # a truncated row is answerable when the excerpt shows at least the asked heading
        assert r["kind"] == "truncated" or r["answerable"] == (r["kind"] != "out_of_scope"), r["id"]
        assert (r["kind"] == "followup") <= bool(r.get("history")), r["id"]
        if r["id"] in READER_DROPS:
            continue
        for phrase in r["evidence"] + [alt for group in r["facts"] for alt in group]:
            assert re.sub(r"[\s|]+", "", unicodedata.normalize("NFKC", phrase)) in flat[r["doc"]], (r["id"], phrase)


# "Right" on both parts of the colloquial sets about the short texts, each indexed alone
# (yihao2018 and gwr2021 are left to `qa eval`: they take minutes to embed). Measured when set: tuning 0.756
# (127), held-out 0.730 (63); with the eight short texts (three formats added 2026-12-01): tuning 0.791
# (325), held-out 0.667 (165).
COLLOQUIAL_FLOORS = {"tuning": 0.70, "heldout": 0.65}


@pytest.mark.slow
def test_right_on_both_parts_of_the_colloquial_sets(assistant, encoder):
    from index.reader import read_speech_file
    from index.store import index_in_memory
    from qa.eval import load_split
    from qa.eval_cli import _alone

    folder = EVAL_SETS / "colloquial"
    items = [i for p in sorted(folder.glob("*.jsonl")) if p.stem not in ("yihao2018", "gwr2021")
             for i in load_questions(p)]
    paths = {p.name: p for p in (folder / "texts").iterdir()}
    paths["chancheng_speech.txt"] = SHARED / "corpus" / "chancheng_speech.txt"
    library = assistant.variant(index=index_in_memory([read_speech_file(paths[n]) for n in sorted({i.doc for i in items})],
                                                      encoder))
    outcomes = _alone(library, items).outcomes
    heldout = load_split(folder / "split.json")
    for part, floor in COLLOQUIAL_FLOORS.items():
        rows = [o.right for o in outcomes if (o.id in heldout) == (part == "heldout")]
        assert sum(rows) / len(rows) >= floor, (part, sum(rows), len(rows))
