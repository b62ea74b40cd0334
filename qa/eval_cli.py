"""``qa eval``: metrics on question sets, with the baselines side by side."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from tqdm import tqdm

from index.chunking import fixed_chunks
from index.store import index_in_memory

from .config import Settings
from .eval import EvalResult, QAEvaluator, load_questions, load_split, select_part

METRIC_ORDER = ("right", "hit@1", "hit@3", "mrr@10", "citation_hit", "fact_coverage", "notice_recall",
                "notice_false_alarms", "refusal_accuracy")


def systems(assistant, args) -> dict[str, object]:
    """The systems to compare: the chosen one, and with --baselines every baseline too."""
    chosen = _variant(assistant, args.retriever, args.chunking)
    name = f"{args.retriever}+{'structure' if args.chunking == 'structure' else 'fixed'}"
    out = {name: chosen}
    if args.baselines:
        out["bm25"] = assistant.variant(retriever_mode="bm25", structure=False)
        out["dense"] = assistant.variant(retriever_mode="dense", structure=False)
        out["hybrid (no structure)"] = assistant.variant(retriever_mode="hybrid", structure=False)
        out["fixed 750/150 chunks"] = _variant(assistant, "hybrid", "fixed")
    return out


def _variant(assistant, mode: str, chunking: str):
    if chunking == "fixed":
        docs = [fixed_chunks(d) for d in assistant.documents()]
        return assistant.variant(retriever_mode=mode, structure=False,
                                 index=index_in_memory(docs, assistant.encoder))
    if mode == "hybrid":
        return assistant
    return assistant.variant(retriever_mode=mode, structure=True)


def table(results: dict[str, dict[str, EvalResult]]) -> str:
    """One block per question set: a row per system, a column per metric."""
    lines = []
    for set_name, by_system in results.items():
        any_result = next(iter(by_system.values()))
        lines.append(f"\n{set_name} ({any_result.metrics['questions']} questions)")
        widths = [max(len(m) + 2, 9) for m in METRIC_ORDER]
        lines.append(f"{'system':<24}" + "".join(f"{m:>{w}}" for m, w in zip(METRIC_ORDER, widths)))
        for system, result in by_system.items():
            cells = "".join(f"{'-' if result.metrics[m] is None else format(result.metrics[m], '.3f'):>{w}}"
                            for m, w in zip(METRIC_ORDER, widths))
            lines.append(f"{system:<24}{cells}")
    return "\n".join(lines)


def _parts(sets: dict, split: str | None) -> dict[str, list]:
    """The sets to score: each whole, or its tuning and held-out parts when a split is given."""
    if not split:
        return sets
    heldout = load_split(split)
    out = {}
    for name, items in sets.items():
        for part in ("tuning", "heldout"):
            chosen = select_part(items, heldout, part)
            if chosen:
                out[f"{name} [{part}]"] = chosen
    return out


def _alone(assistant, items: list) -> EvalResult:
    """Answer each speech's questions from an index of that speech alone."""
    outcomes = []
    by_doc: dict[str | None, list] = {}
    for item in items:
        by_doc.setdefault(item.doc_id, []).append(item)
    docs = {d.id: d for d in assistant.documents()}
    for doc_id, group in by_doc.items():
        variant = assistant
        if doc_id in docs and len(docs) > 1:
            variant = assistant.variant(index=index_in_memory([docs[doc_id]], assistant.encoder))
        outcomes += QAEvaluator(group)(variant.ask).outcomes
    return EvalResult("alone", QAEvaluator.metrics(outcomes), outcomes)


def run_eval_command(args, settings: Settings) -> int:
    """Run ``qa eval``; prints a table (or JSON) and, if asked, the questions that missed."""
    from .assistant import Assistant

    sets = {Path(f).name: load_questions(f) for f in args.files}
    assistant = Assistant(settings=settings, progress=not args.quiet)
    if args.calibrate:
        run_calibration(assistant, sets)
        return 0
    sets = _parts(sets, getattr(args, "split", None))
    results: dict[str, dict[str, EvalResult]] = {}
    for system, variant in systems(assistant, args).items():
        for set_name, items in sets.items():
            bar = tqdm(total=len(items), desc=f"{system} / {set_name}", disable=args.quiet,
                       file=sys.stderr, leave=False)
            result = QAEvaluator(items, set_name)(variant.ask, progress=lambda n, t: bar.update(1))
            bar.close()
            results.setdefault(set_name, {})[system] = result
    if getattr(args, "alone", False):
        for set_name, items in sets.items():
            results[set_name]["each speech alone"] = _alone(assistant, items)
            results[set_name]["all, scoped to its speech"] = QAEvaluator(items, set_name, scoped=True)(assistant.ask)
    if args.json:
        print(json.dumps({s: {k: {**v.to_dict(), "per_document": QAEvaluator.per_document(v.outcomes)}
                              for k, v in r.items()} for s, r in results.items()},
                         ensure_ascii=False, indent=2))
    else:
        print(table(results))
        if getattr(args, "per_doc", False):
            print(per_document_table(results))
        if args.show_failures:
            for set_name, by_system in results.items():
                for system, result in by_system.items():  # every system: "alone" misses differ from the open index's
                    for o in result.outcomes:
                        if o.failures():
                            print(f"{set_name} ({system}) {o.id} [{o.kind}] {o.gold.question}: "
                                  f"{'; '.join(o.failures())}")
    return 0


def per_document_table(results: dict[str, dict[str, EvalResult]]) -> str:
    """The "right" figure per speech, for each set and system."""
    lines = ["", "right, per speech"]
    for set_name, by_system in results.items():
        for system, result in by_system.items():
            per = QAEvaluator.per_document(result.outcomes)
            cells = ", ".join(f"{doc} {m['right']:.2f} ({m['questions']})" for doc, m in per.items()
                              if m["right"] is not None)
            lines.append(f"{set_name} / {system}: {cells}")
    return "\n".join(lines)


def run_calibration(assistant, sets: dict) -> None:
    """Print the evidence of every judged question and the best refusal rule for them."""
    from .calibrate import best_rule, collect

    samples = [s for items in sets.values() for s in collect(assistant, items)]
    for s in sorted(samples, key=lambda s: (s.lang, s.evidence.dense + 0.5 * s.evidence.coverage)):
        print(f"{s.lang} {'in ' if s.answerable else 'OUT'} dense={s.evidence.dense:.3f} "
              f"coverage={s.evidence.coverage:.2f}  {s.question[:50]}")
    print("best rule:", best_rule(samples), f"({len(samples)} judged questions)")
    print("current :", assistant._state.answerer.refusal)
