"""Check the hand-written eval sets against the speeches they are about.

Run: python3 tests/eval/check_sets.py            (from the repository root)
     python3 tests/eval/check_sets.py --split    (put new ids of speeches/ into a part; old ids stay)

own.jsonl and refusal.jsonl (the bundled speech): JSON shape, unique ids, kinds, every
evidence phrase and fact alternative occurs in the speech (whitespace removed), out_of_scope
rows are empty, followups carry history, `notice: false` rows point only at items with no
blank/redaction/gap, `blank` rows point at a blanked figure or name.

speeches/*.jsonl (one file per speech; every row names its `doc`; see speech_sets.py): the same
checks against the named speech, plus ids unique across every set, the file named after its
speech, no truncated row on a complete speech, English crosslingual questions, `multi` rows
that name their speech and whose evidence no other speech holds, and a split
(speeches/split.json) that puts every id in exactly one part.
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

from speech_sets import (BLANK_SITES, DEV, KINDS, SPEECH, SPLIT, check_speech_sets, check_split,
                         make_split, nows, read_split, report)

HERE = Path(__file__).resolve().parent
FIELDS = ["id", "kind", "question", "evidence", "facts", "notice", "answerable"]

text = SPEECH.read_text(encoding="utf-8")
flat = re.sub(r"\s+", "", text)


def items_containing(phrase: str) -> list[str]:
    """The items (一是… / paragraphs / lines) of the flattened text that hold the phrase."""
    segs = re.split(r"(?=[一二三四]是)|(?=\([一二三四]\))|(?=[一二三四]、)", flat)
    return [s for s in segs if phrase in s]


def check(path: Path, seen_ids: set, errors: list) -> collections.Counter:
    kinds = collections.Counter()
    dev_qs = set()
    if DEV.exists():
        dev_qs = {json.loads(l)["question"] for l in DEV.read_text(encoding="utf-8").splitlines() if l.strip()}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON {e}")
            continue
        qid = q.get("id")
        keys = list(q)
        want = FIELDS[:3] + (["history"] if q.get("kind") == "followup" else []) + FIELDS[3:]
        if keys != want:
            errors.append(f"{where} {qid}: fields {keys} != {want}")
        if qid in seen_ids:
            errors.append(f"{where}: duplicate id {qid}")
        seen_ids.add(qid)
        kind = q.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            errors.append(f"{where} {qid}: unknown kind {kind}")
        if q["question"] in dev_qs:
            errors.append(f"{where} {qid}: copies a dev question")
        if not isinstance(q["evidence"], list) or not isinstance(q["facts"], list):
            errors.append(f"{where} {qid}: evidence/facts not lists")
        for ph in q["evidence"]:
            if nows(ph) not in flat:
                errors.append(f"{where} {qid}: evidence not in speech: {ph!r}")
        for group in q["facts"]:
            if not isinstance(group, list) or not group:
                errors.append(f"{where} {qid}: fact group must be a non-empty list: {group!r}")
                continue
            for alt in group:
                if nows(alt) not in flat:
                    errors.append(f"{where} {qid}: fact alternative not in speech: {alt!r}")
        if q["notice"] not in (True, False, None):
            errors.append(f"{where} {qid}: notice must be true/false/null")
        if kind == "out_of_scope":
            if q["answerable"] is not False or q["evidence"] or q["facts"]:
                errors.append(f"{where} {qid}: out_of_scope must be answerable false with no evidence/facts")
        else:
            if q["answerable"] is not True:
                errors.append(f"{where} {qid}: {kind} should be answerable")
            if not q["evidence"]:
                errors.append(f"{where} {qid}: answerable row without evidence")
        if kind == "followup":
            h = q.get("history")
            if not isinstance(h, list) or not h or not all(isinstance(x, str) and x for x in h):
                errors.append(f"{where} {qid}: followup needs a non-empty history list")
        if kind in ("blank", "truncated") and q["notice"] is not True:
            errors.append(f"{where} {qid}: {kind} rows need notice true")
        if kind == "blank":
            near = [s for ph in q["evidence"] for s in items_containing(nows(ph))
                    if any(b in s for b in BLANK_SITES)]
            if not near:
                errors.append(f"{where} {qid}: blank row's evidence is not next to a blank")
        if q["notice"] is False:
            for ph in q["evidence"]:
                for seg in items_containing(nows(ph)):
                    bad = [b for b in BLANK_SITES if b in seg]
                    if bad:
                        errors.append(f"{where} {qid}: notice false but item of {ph!r} holds {bad}")
    return kinds



def main() -> int:
    errors: list[str] = []
    seen: set = set()
    if DEV.exists():
        seen |= {json.loads(l)["id"] for l in DEV.read_text(encoding="utf-8").splitlines() if l.strip()}
    for f in sorted(HERE.glob("*.jsonl")):
        kinds = check(f, seen, errors)
        total = sum(kinds.values())
        ans = sum(1 for l in f.read_text(encoding="utf-8").splitlines() if json.loads(l)["answerable"])
        print(f"{f.name}: {total} questions, answerable {ans}, not answerable {total - ans}; "
              + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    rows = check_speech_sets(seen, errors)
    parts = read_split(errors)
    if "--split" in sys.argv[1:]:
        parts = make_split(rows, parts)
        SPLIT.write_text(json.dumps({p: sorted(i for i, v in parts.items() if v == p)
                                     for p in ("heldout", "tuning")}, ensure_ascii=False, indent=1) + "\n",
                         encoding="utf-8")
    check_split(rows, parts, errors)
    report(rows, parts)
    for e in errors:
        print("ERROR", e)
    print("OK: all checks passed" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
