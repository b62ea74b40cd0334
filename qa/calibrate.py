"""Fit the refusal model on tuning questions over indexes of several sizes (``python -m qa.calibrate``).

For every question the rule would judge (those not about the speech by their form),
record its :class:`~qa.refusal_features.Features` and whether the gold set says it is
answerable, once with its speech indexed alone and once with every speech in one index.
A logistic regression and a hand rule (:mod:`qa.refusal_fit`) are fitted to all of them
together, so that one model holds on a one-page excerpt, a long report and a corpus of
many speeches; the logistic model is written to ``qa/data/refusal.json`` unless the hand
rule measures clearly better leaving one speech out (:func:`choose`). Held-out questions (``split.json``) are dropped before anything
reads them.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .eval import EvalItem, load_questions, load_split, select_part
from .followup import resolve_followup
from .guard import clean_question
from .intent import detect_intent
from .refusal_features import Features, features
from .refusal_fit import FITTERS, accuracy_table, cross_validated

LONG_CHARS, SHORT_CHARS = 10_000, 2_000


@dataclass
class Sample:
    """One judged question: its evidence, language and gold answerability, and where it was asked."""

    evidence: Features
    lang: str
    answerable: bool
    question: str
    doc: str = ""  # the speech the question is about
    setting: str = "index"  # "alone" (its speech alone) or "all" (every speech in one index)
    size: str = ""  # "short" excerpt, "medium", "long" report
    kind: str = ""  # the set's kind (answerable, out_of_scope, followup…)


def doc_size(chars: int) -> str:
    """The size class of a speech by its length in characters."""
    return "long" if chars >= LONG_CHARS else "short" if chars < SHORT_CHARS else "medium"


def _scope(state, item: EvalItem, text: str, setting: str) -> tuple[set[str] | None, str]:
    """The speeches to search and the text to search with, as the answerer would: over one index of
    many speeches, a question that names no speech is scored against its own (``doc``), as
    ``qa eval`` does; a ``multi`` question finds its speech by the names it gives."""
    from .levels import speeches_meant

    docs = state.index.documents
    if setting == "all" and not item.multi and item.doc_id and len(docs) > 1:
        return {item.doc_id}, text
    return speeches_meant(text, docs)


def collect(assistant, items: list[EvalItem], setting: str = "index") -> list[Sample]:
    """The evidence the rule sees for each question it would judge."""
    state = assistant._state
    sizes = {d.id: doc_size(len(d.source)) for d in state.index.documents}
    samples = []
    for item in items:
        cleaned = clean_question(item.question)
        if cleaned.reply:
            continue
        resolved = resolve_followup(cleaned.text, item.history, assistant._previous_turn(item.history))
        intent = detect_intent(resolved.text)
        documents, text = _scope(state, item, resolved.text, setting)
        result = state.retriever.search(text, intent, documents=documents)
        if state.answerer.about_the_speech(resolved, intent, result):
            continue
        doc = item.doc_id or ""
        samples.append(Sample(features(resolved.text, result, state.index), intent.lang, item.answerable,
                              item.question, doc, setting, sizes.get(doc, ""), item.kind))
    return samples


def gather(assistant, items: list[EvalItem], progress: Callable[[str], None] = lambda _m: None) -> list[Sample]:
    """Samples of every item twice: over its speech indexed alone, and over the whole index."""
    from index.store import index_in_memory

    docs = {d.id: d for d in assistant.documents()}
    samples = collect(assistant, items, "all")
    by_doc: dict[str, list[EvalItem]] = {}
    for item in items:
        by_doc.setdefault(item.doc_id or "", []).append(item)
    for doc_id, group in sorted(by_doc.items()):
        if doc_id not in docs:
            continue
        progress(f"{doc_id} alone ({len(group)} questions)")
        alone = assistant.variant(index=index_in_memory([docs[doc_id]], assistant.encoder))
        samples += collect(alone, group, "alone")
    return samples


# -- the command --------------------------------------------------------------------
def tuning_items(paths: list[Path], split: Path | list[Path] | None,
                 default_doc: str = "chancheng_speech.txt") -> list[EvalItem]:
    """The tuning rows of the sets (held-out ids dropped before anything reads them); ``split`` is
    one split file or several (each family of sets has its own)."""
    splits = [split] if isinstance(split, Path) else list(split or [])
    heldout = set().union(*(load_split(p) for p in splits))
    items = []
    for path in paths:
        for item in select_part(load_questions(path), heldout, "tuning"):
            item.doc = item.doc or default_doc
            items.append(item)
    return items


def compare(samples: list[Sample]) -> dict[str, dict]:
    """Each candidate fitted on every sample, and measured leaving one speech out."""
    out = {}
    for name, fit in FITTERS.items():
        model = fit(samples)
        out[name] = {"model": model,
                     "fitted": accuracy_table(samples, [model.predict(s.evidence) for s in samples]),
                     "left one speech out": accuracy_table(samples, cross_validated(samples, fit))}
    return out


def choose(results: dict[str, dict]) -> str:
    """The logistic model, unless the hand rule measures clearly better leaving one speech out: by
    more than one standard error of the accuracy (about 0.01 at 700 questions), overall and on the
    speech size it does worst on. Within the noise the brief's model stays; a rule must not be
    chosen by a question or two."""
    if "logistic" not in results or "hand rule" not in results:
        return next(iter(results))
    def figures(name: str) -> tuple[float, float, int]:
        table = results[name]["left one speech out"]
        worst = min((acc for group, (acc, _n) in table.items() if group.startswith("speech: ")), default=0.0)
        return table["all questions"][0], worst, table["all questions"][1]
    (acc_l, worst_l, n), (acc_h, worst_h, _n) = figures("logistic"), figures("hand rule")
    margin = (max(acc_l, 1e-9) * (1 - acc_l) / max(n, 1)) ** 0.5
    return "hand rule" if acc_h > acc_l + margin and worst_h > worst_l else "logistic"


def best_rule(samples: list[Sample]) -> dict:
    """What ``qa eval --calibrate`` prints: the better fit on these samples and its accuracy on them."""
    samples = fit_samples(samples)
    if not samples:
        return {}
    results = compare(samples)
    chosen = choose(results)
    return {**results[chosen]["model"].to_dict(),
            "accuracy": results[chosen]["fitted"]["all questions"][0],
            "left one speech out": results[chosen]["left one speech out"]["all questions"][0]}


def fit_samples(samples: list[Sample]) -> list[Sample]:
    """The samples a refusal model learns from: follow-ups are the resolver's to judge, not the rule's."""
    return [s for s in samples if s.kind != "followup"]


def main(argv: list[str] | None = None) -> int:
    """Gather tuning samples, compare the logistic model with the hand rule, write the chosen one."""
    from .assistant import Assistant

    ap = argparse.ArgumentParser(prog="python -m qa.calibrate", description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path, help="question sets (.jsonl); held-out rows are skipped")
    ap.add_argument("--split", type=Path, nargs="+", action="extend",
                    help="split.json files with the held-out ids (one per family of sets)")
    ap.add_argument("--index-dir", required=True, help="an index of every speech the sets are about")
    ap.add_argument("--out", type=Path, help="write the chosen model here (JSON)")
    ap.add_argument("--samples", type=Path,
                    help="a pickle of the gathered samples: read when it exists, else written (a refit "
                         "of the same questions then takes seconds, not the minutes of asking them)")
    args = ap.parse_args(argv)
    if args.samples and args.samples.exists():
        samples = pickle.loads(args.samples.read_bytes())
    else:
        assistant = Assistant(index_dir=args.index_dir, progress=False)
        samples = fit_samples(gather(assistant, tuning_items(args.sets, args.split),
                                     lambda m: print(m, file=sys.stderr)))
        if args.samples:
            args.samples.write_bytes(pickle.dumps(samples))
    results = compare(samples)
    for name, result in results.items():
        for how in ("fitted", "left one speech out"):
            print(f"\n{name} ({how})")
            for key, (acc, n) in result[how].items():
                print(f"  {key:<28}{acc:.3f}  ({n})")
        print(" ", result["model"].to_dict())
    chosen = choose(results)
    model = results[chosen]["model"]
    model.notes = {"samples": len(samples), "sets": [p.name for p in args.sets],
                   "left one speech out": {n: r["left one speech out"]["all questions"][0]
                                           for n, r in results.items()}}
    print(f"\nchosen: {chosen}")
    if args.out:
        args.out.write_text(json.dumps(model.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
