"""The eval harness on the dev set and on our own sets, with thresholds, and the baselines."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from qa.eval import EvalItem, QAEvaluator, load_questions

from conftest import EVAL_SETS, SHARED

DEV = SHARED / "eval" / "dev.jsonl"
OWN = EVAL_SETS / "own.jsonl"
REFUSAL = EVAL_SETS / "refusal.jsonl"

# Issue targets are hit@1 0.90, MRR 0.93, citation 0.90, facts 0.85, notice recall 0.95 with
# false alarms at most 0.10, refusal 0.90. The test floors sit a little under the measured
# figures (see the closing note) so that a real regression fails and noise does not.
FLOORS = {
    "dev.jsonl": {"hit@1": 0.90, "mrr@10": 0.93, "citation_hit": 0.90, "fact_coverage": 0.85,
                  "notice_recall": 0.95, "refusal_accuracy": 0.90},
    "own.jsonl": {"hit@1": 0.88, "mrr@10": 0.92, "citation_hit": 0.90, "fact_coverage": 0.83,
                  "notice_recall": 0.95, "refusal_accuracy": 0.90},
    "refusal.jsonl": {"refusal_accuracy": 0.85},
}
CEILINGS = {"notice_false_alarms": 0.10}


def test_metrics_follow_the_readme_definitions():
    """Hand-made answers scored by hand: the harness counts what the README says."""
    from qa.answer import Answer, Citation, Notice, RetrievedPassage

    item = EvalItem.from_dict({"id": "x", "kind": "blank", "question": "q", "evidence": ["新增床位张"],
                               "facts": [["床位"], ["学位", "学校"]], "notice": True, "answerable": True})
    passages = [RetrievedPassage("d#p1", "s", "无关", 0.9), RetrievedPassage("d#p2", "二、现状", "新增 床位张;", 0.8)]
    answer = Answer("q", "新增床位张。[1]", True,
                    citations=[Citation(1, "d#p2", "d", "二、现状", "新增床位张;", "新增床位张")],
                    notices=[Notice("blank", "原文此处数字缺失", "d#p2")], retrieved=passages)
    outcome = QAEvaluator([item]).outcome(item, answer)
    assert outcome.rank == 2 and outcome.cited_relevant is True
    assert (outcome.facts_covered, outcome.facts_total) == (1, 2)
    metrics = QAEvaluator.metrics([outcome])
    assert metrics["hit@1"] == 0.0 and metrics["mrr@10"] == 0.5 and metrics["fact_coverage"] == 0.5
    assert metrics["notice_recall"] == 1.0 and metrics["refusal_accuracy"] == 1.0


@pytest.mark.parametrize("notices, had", [
    ([("cut_off", "other#p9")], False),  # another speech's cut-off, in an answer for each speech
    ([("cut_off", "other#p9"), ("cut_off", "mine#p3")], True),
    ([("blank", None)], True),  # tied to no passage: it counts
    ([], False),
])
def test_a_notice_counts_only_for_the_questions_own_speech(notices, had):
    from qa.answer import Answer, Notice

    item = EvalItem.from_dict({"id": "x", "kind": "truncated", "question": "这篇讲话完整吗?", "evidence": [],
                               "notice": True, "doc": "mine.txt"})
    answer = Answer("这篇讲话完整吗?", "…", True, notices=[Notice(k, "…", pid) for k, pid in notices])
    assert QAEvaluator([item]).outcome(item, answer).had_notice is had


def test_question_sets_are_well_formed():
    for path in (DEV, OWN, REFUSAL):
        items = load_questions(path)
        assert items and len({i.id for i in items}) == len(items)
    assert len(load_questions(OWN)) >= 60
    checker = subprocess.run([sys.executable, str(EVAL_SETS / "check_sets.py")], capture_output=True, text=True)
    assert checker.returncode == 0, checker.stdout + checker.stderr


@pytest.fixture(scope="module")
def results(assistant):
    return {path.name: QAEvaluator(load_questions(path), path.name)(assistant.ask)
            for path in (DEV, OWN, REFUSAL)}


@pytest.mark.slow
@pytest.mark.parametrize("set_name", sorted(FLOORS))
def test_metrics_meet_thresholds(results, set_name):
    metrics = results[set_name].metrics
    failures = {o.id: o.failures() for o in results[set_name].outcomes if o.failures()}
    for name, floor in FLOORS[set_name].items():
        assert metrics[name] >= floor, (name, metrics, failures)
    for name, ceiling in CEILINGS.items():
        if metrics[name] is not None:
            assert metrics[name] <= ceiling, (name, metrics, failures)


@pytest.mark.slow
def test_structure_aware_hybrid_beats_every_baseline(assistant):
    from qa.eval_cli import systems

    args = argparse.Namespace(retriever="hybrid", chunking="structure", baselines=True)
    items = load_questions(DEV) + load_questions(OWN)
    scored = {name: QAEvaluator(items)(variant.ask).metrics
              for name, variant in systems(assistant, args).items()}
    ours = scored.pop("hybrid+structure")
    assert set(scored) == {"bm25", "dense", "hybrid (no structure)", "fixed 750/150 chunks"}
    for name, metrics in scored.items():
        assert ours["hit@1"] > metrics["hit@1"], (name, ours, metrics)
        assert ours["fact_coverage"] > metrics["fact_coverage"], (name, ours, metrics)


@pytest.mark.slow
def test_qa_eval_command_prints_json(assistant, capsys):
    from qa.cli import main

    code = main(["eval", str(DEV), "--json", "-q", "--index-dir", str(assistant.settings.index_dir),
                 "--model-dir", str(assistant.settings.model_dir)])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    metrics = data["dev.jsonl"]["hybrid+structure"]["metrics"]
    assert metrics["questions"] == 23 and 0.0 <= metrics["hit@1"] <= 1.0


# "Right" (answerable call, every fact, the notice, a relevant citation) on both parts of the
# issue's question sets, split before tuning (tests/eval/speeches/split.json). The floors sit a
# little under the figures measured when they were set (tuning / held-out): the fifteen shape
# excerpts, each indexed alone, 0.967 / 0.886; the bundled speech 0.909 / 0.812. The long real
# reports are left to `qa eval` (they take minutes to embed).
RIGHT_FLOORS = {"shapes": {"tuning": 0.93, "heldout": 0.83}, "chancheng": {"tuning": 0.85, "heldout": 0.75}}


def _right_by_part(outcomes) -> dict[str, float]:
    from qa.eval import load_split

    heldout = load_split(EVAL_SETS / "speeches" / "split.json")
    parts = {"tuning": [o.right for o in outcomes if o.id not in heldout],
             "heldout": [o.right for o in outcomes if o.id in heldout]}
    return {part: sum(v) / len(v) for part, v in parts.items()}


@pytest.mark.slow
def test_right_on_both_parts_of_the_shape_excerpts_each_indexed_alone(assistant, encoder):
    from index.reader import read_speech_file
    from index.store import index_in_memory
    from qa.eval_cli import _alone

    items = [i for p in sorted((EVAL_SETS / "speeches").glob("[0-9]*.jsonl")) for i in load_questions(p)]
    shapes = EVAL_SETS.parent / "speeches" / "shapes"
    docs = [read_speech_file(shapes / name) for name in sorted({i.doc for i in items})]
    library = assistant.variant(index=index_in_memory(docs, encoder))
    right = _right_by_part(_alone(library, items).outcomes)
    for part, floor in RIGHT_FLOORS["shapes"].items():
        assert right[part] >= floor, (part, right)


@pytest.mark.slow
def test_right_on_both_parts_of_the_bundled_speech_set(assistant):
    items = load_questions(EVAL_SETS / "speeches" / "chancheng_speech.jsonl")
    right = _right_by_part(QAEvaluator(items, "chancheng")(assistant.ask).outcomes)
    for part, floor in RIGHT_FLOORS["chancheng"].items():
        assert right[part] >= floor, (part, right)


def test_evidence_of_a_heading_matches_the_section_without_its_closing_mark():
    """A heading is kept without its closing mark: "五、旧车置换还有额外补贴吗？" quoted as evidence is
    the section "五、旧车置换还有额外补贴吗", and "坚持实干实效。" the heading "坚持实干实效"."""

    item = EvalItem(id="x", kind="answerable", question="q", evidence=["五、旧车置换还有额外补贴吗？"])
    assert item.is_relevant("问答 > 五、旧车置换还有额外补贴吗", "答：有。")
    assert not item.is_relevant("问答 > 六、政策执行期限是多久", "答：有。")
    bold = EvalItem(id="y", kind="answerable", question="q", evidence=["坚持实干实效。"])
    assert bold.is_relevant("三、工作要求 > 坚持实干实效", "要真抓实干。")
    assert not bold.is_relevant("三、工作要求", "坚持实干实效的要求很多")  # a text match needs the mark


def test_evidence_spanning_a_run_in_heading_and_its_body_matches_across_the_lost_mark():
    """"4. 坚持实干实效。少讲空话…" is read as the heading "4. 坚持实干实效" over the body "少讲空话…":
    evidence quoting both matches that passage, and no other."""
    item = EvalItem(id="z", kind="answerable", question="q", evidence=["坚持实干实效。少讲空话套话，多办实事好事"])
    assert item.is_relevant("二、目标原则 > 4. 坚持实干实效", "少讲空话套话，多办实事好事，一切以企业的获得感来检验。")
    assert not item.is_relevant("二、目标原则 > 3. 坚持系统集成", "少讲空话套话，多办实事好事。")
    assert not item.is_relevant("二、目标原则 > 4. 坚持实干实效", "打破部门壁垒和数据孤岛。")
    colon = EvalItem(id="w", kind="answerable", question="q", evidence=["牵头单位：市口岸办"])
    assert colon.is_relevant("（四）扩大开放 > 牵头单位", "市口岸办；完成时限：7月底前。")
