"""The per-speech question sets in speeches/: the speeches they name, the checks of a row, and
the split into a tuning part and a held-out part (used by check_sets.py)."""
from __future__ import annotations

import collections
import hashlib
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CANDIDATES = [ROOT.parent / "shared" / "corpus" / "chancheng_speech.txt",
              Path("/work/shared/corpus/chancheng_speech.txt")]
SPEECH = next(p for p in CANDIDATES if p.exists())
DEV = SPEECH.parents[1] / "eval" / "dev.jsonl"
KINDS = {"answerable", "blank", "truncated", "out_of_scope", "crosslingual", "followup"}

SETS = HERE / "speeches"
SPLIT = SETS / "split.json"
SPEECH_DIRS = [SPEECH.parent, SPEECH.parent / "real", ROOT / "tests" / "speeches" / "shapes",
               ROOT / "tests" / "speeches"]
SPEECH_FIELDS = ["id", "doc", "kind", "question", "history", "evidence", "facts", "notice", "answerable",
                 "multi"]
OPTIONAL = {"history", "multi"}

# Every place where the bundled excerpt blanks a figure or a name, or redacts a word (read by hand).
BLANK_SITES = ["达到公里", "高速公路公里", "中小学所", "学位万个", "医院所", "床位张", "*", "_",
               "缩短了分钟", "例如,区", "已有个", "面积平方公里", "园区平方公里", "社区平方公里",
               "服务区平方公里", "企业家", "人口万人", "我市个", "有个园区", "面积万平方米",
               "市中心公里", "导致家", "建设个", "容纳万人", "县与区", "省略"]
# The same for the other speeches (read by hand; whitespace removed). A speech not named has none.
DOC_BLANKS = {SPEECH.name: BLANK_SITES,
              "01_template_site.txt": ["××"],
              "05_announced_cut.txt": ["*"],
              "12_blanks.txt": ["总值亿元", "XX", "××", "□□", "xx", "达到公里", "_"]}
# Speeches shown whole: nothing is cut or left out, so no question about them is `truncated`.
COMPLETE = {"gwr2021.txt", "yihao2018.txt", "04_diyi_inline.txt", "07_report_shape.txt",
            "10_items_principles.txt", "11_scraped_news.txt", "12_blanks.txt", "13_complete.txt",
            "14_long_sentences.txt", "15_markdown.md"}
# Names people use for a speech besides its title (a `multi` question must use one of them).
ALIASES = {"yihao2018.txt": ["一号文件"]}
ITEM = r"(?=[一二三四五六七八九]是)|(?=[（(][一二三四五六七八九][)）])|(?=[一二三四五六七八九]、)"
CJK = re.compile(r"[\u4e00-\u9fff]")


def nows(s: str) -> str:
    """The text with all whitespace removed (how phrases are compared)."""
    return re.sub(r"\s+", "", s)


class Speech:
    """One speech file, flattened (whitespace removed) and cut into items for the blank checks."""

    def __init__(self, path: Path) -> None:
        raw = path.read_text(encoding="utf-8-sig")
        self.name = path.name
        self.flat = nows(raw)
        self.blanks = DOC_BLANKS.get(path.name, [])
        # Items within lines; a phrase that runs over a line break falls back to the flat text's items.
        self.units = [u for line in raw.splitlines() for u in re.split(ITEM, nows(line)) if u]
        self.flat_units = [u for u in re.split(ITEM, self.flat) if u]
        lines = [nows(l) for l in raw.splitlines() if l.strip()]
        self.names = [l for l in lines if len(l) <= 40 and ("讲话" in l or "报告" in l or "意见" in l)]
        self.names += lines[:1] + ALIASES.get(path.name, [])

    def items_with(self, phrase: str) -> list[str]:
        """The items that hold the phrase."""
        return [u for u in self.units if phrase in u] or [u for u in self.flat_units if phrase in u]

    def is_named_in(self, question: str, others: list[Speech]) -> bool:
        """Whether the question holds a 4-character run of the speech's title or alias that no
        other speech's title holds (so 上的讲话 or 工作会议 names nothing)."""
        q = nows(question)
        runs = {name[i:i + 4] for name in self.names for i in range(max(1, len(name) - 3))}
        return any(r in q and not any(r in n for o in others for n in o.names) for r in runs)


def all_speeches() -> dict[str, Speech]:
    """Every speech a question may name, by file name."""
    out: dict[str, Speech] = {}
    for folder in SPEECH_DIRS:
        for p in sorted(folder.glob("*")):
            if p.suffix in (".txt", ".md") and p.name != "README.md" and p.name not in out:
                out[p.name] = Speech(p)
    return out


def check_row(q: dict, where: str, doc: Speech, others: list[Speech], errors: list) -> None:
    """The checks of one row of a speech set against its speech."""
    qid, kind = q.get("id"), q.get("kind")
    if kind not in KINDS:
        errors.append(f"{where} {qid}: unknown kind {kind}")
    if not isinstance(q.get("question"), str) or not q["question"].strip():
        errors.append(f"{where} {qid}: empty question")
    if not isinstance(q.get("evidence"), list) or not isinstance(q.get("facts"), list):
        errors.append(f"{where} {qid}: evidence/facts not lists")
        return
    for ph in q["evidence"]:
        if not isinstance(ph, str) or not nows(ph) or nows(ph) not in doc.flat:
            errors.append(f"{where} {qid}: evidence not in {doc.name}: {ph!r}")
    for group in q["facts"]:
        if not isinstance(group, list) or not group:
            errors.append(f"{where} {qid}: fact group must be a non-empty list: {group!r}")
            continue
        for alt in group:
            if not isinstance(alt, str) or not nows(alt) or nows(alt) not in doc.flat:
                errors.append(f"{where} {qid}: fact alternative not in {doc.name}: {alt!r}")
    if q.get("notice") not in (True, False, None):
        errors.append(f"{where} {qid}: notice must be true/false/null")
    if kind == "out_of_scope":
        if q.get("answerable") is not False or q["evidence"] or q["facts"]:
            errors.append(f"{where} {qid}: out_of_scope must be answerable false with no evidence/facts")
    else:
        if q.get("answerable") is not True:
            errors.append(f"{where} {qid}: {kind} should be answerable")
        if not q["evidence"]:
            errors.append(f"{where} {qid}: answerable row without evidence")
    h = q.get("history")
    if h is not None and (not isinstance(h, list) or not h or not all(isinstance(x, str) and x for x in h)):
        errors.append(f"{where} {qid}: history must be a non-empty list of questions")
    if kind == "followup" and not h:
        errors.append(f"{where} {qid}: followup needs a history")
    if kind in ("blank", "truncated") and q.get("notice") is not True:
        errors.append(f"{where} {qid}: {kind} rows need notice true")
    if kind == "truncated" and doc.name in COMPLETE:
        errors.append(f"{where} {qid}: {doc.name} is complete; nothing in it is truncated")
    if kind == "crosslingual" and CJK.search(q["question"]):
        errors.append(f"{where} {qid}: crosslingual questions must be in English")
    if kind == "blank" and not any(b in s for ph in q["evidence"] for s in doc.items_with(nows(ph))
                                   for b in doc.blanks):
        errors.append(f"{where} {qid}: blank row's evidence is not next to a blank of {doc.name}")
    if q.get("notice") is False:
        for ph in q["evidence"]:
            bad = sorted({b for s in doc.items_with(nows(ph)) for b in doc.blanks if b in s})
            if bad:
                errors.append(f"{where} {qid}: notice false but the item of {ph!r} holds {bad}")
    if "multi" in q:
        if q["multi"] is not True:
            errors.append(f"{where} {qid}: multi is true or absent")
        if not doc.is_named_in(q["question"], others):
            errors.append(f"{where} {qid}: a multi question must name its speech (title, year or alias)")
        for ph in q["evidence"]:
            also = [o.name for o in others if nows(ph) in o.flat]
            if also:
                errors.append(f"{where} {qid}: multi evidence {ph!r} is also in {also}")


def load_speech_sets(errors: list) -> list[dict]:
    """Every row of speeches/*.jsonl, shape-checked; each row gets its file in `_file`."""
    rows = []
    for path in sorted(SETS.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"speeches/{path.name}:{n}"
            try:
                q = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            want = [f for f in SPEECH_FIELDS if f not in OPTIONAL or f in q]
            if not isinstance(q, dict) or list(q) != want:
                errors.append(f"{where} {q.get('id') if isinstance(q, dict) else q}: fields {list(q)} != {want}")
                continue
            if Path(q["doc"]).stem != path.stem:
                errors.append(f"{where} {q['id']}: a row about {q['doc']} in {path.name}")
            q["_file"] = where
            rows.append(q)
    return rows


def check_speech_sets(seen_ids: set, errors: list) -> list[dict]:
    """Check every speech set; returns the rows."""
    speeches = all_speeches()
    dev_qs = {json.loads(l)["question"] for l in DEV.read_text(encoding="utf-8").splitlines()
              if l.strip()} if DEV.exists() else set()
    asked: set = set()
    rows = load_speech_sets(errors)
    for q in rows:
        where, qid = q["_file"], q["id"]
        if qid in seen_ids:
            errors.append(f"{where}: duplicate id {qid}")
        seen_ids.add(qid)
        doc = speeches.get(q["doc"])
        if doc is None:
            errors.append(f"{where} {qid}: no speech file {q['doc']!r} in {[str(d) for d in SPEECH_DIRS]}")
            continue
        if doc.name == SPEECH.name and q["question"] in dev_qs:
            errors.append(f"{where} {qid}: copies a dev question")
        key = (q["doc"], q["question"], tuple(q.get("history") or []))
        if key in asked:
            errors.append(f"{where} {qid}: the same question, with the same history, is asked twice")
        asked.add(key)
        check_row(q, where, doc, [s for s in speeches.values() if s.name != doc.name], errors)
    return rows


# ---- the split ---------------------------------------------------------------------------

def stratum(q: dict) -> tuple[str, str]:
    """The split keeps each speech's share of each kind (multi-speech questions counted apart)."""
    return q["doc"], q["kind"] + ("+multi" if q.get("multi") else "")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def held_out_targets(rows: list[dict]) -> dict[tuple[str, str], int]:
    """How many of each (speech, kind) stratum are held out: a third of every kind overall,
    shared out over the speeches by largest remainder (ties by hash), so that a stratum of
    one or two questions is held out in some speeches and not in others."""
    sizes = collections.Counter(stratum(q) for q in rows)
    targets: dict[tuple[str, str], int] = {}
    for kind in {k for _, k in sizes}:
        cells = [c for c in sizes if c[1] == kind]
        want = int(sum(sizes[c] for c in cells) / 3 + 0.5)
        targets.update({c: sizes[c] // 3 for c in cells})
        spare = want - sum(targets[c] for c in cells)
        for c in sorted(cells, key=lambda c: (-(sizes[c] % 3), _sha("|".join(c))))[:max(0, spare)]:
            targets[c] += 1
    return targets


def make_split(rows: list[dict], old: dict[str, str]) -> dict[str, str]:
    """Part of every id: ids already split keep their part; new ones fill each stratum up to
    its held-out target, in the order of the SHA-256 of the id."""
    parts = {q["id"]: old[q["id"]] for q in rows if q["id"] in old}
    groups = collections.defaultdict(list)
    for q in rows:
        groups[stratum(q)].append(q["id"])
    targets = held_out_targets(rows)
    for cell, ids in groups.items():
        held = sum(parts.get(i) == "heldout" for i in ids)
        for i in sorted((i for i in ids if i not in parts), key=_sha):
            parts[i] = "heldout" if held < targets[cell] else "tuning"
            held += parts[i] == "heldout"
    return parts


def read_split(errors: list) -> dict[str, str]:
    """split.json as id -> part; an id in both parts or twice is an error."""
    if not SPLIT.exists():
        return {}
    data = json.loads(SPLIT.read_text(encoding="utf-8"))
    parts: dict[str, str] = {}
    for part in ("heldout", "tuning"):
        for i in data.get(part, []):
            if i in parts:
                errors.append(f"split.json: {i} is listed twice")
            parts[i] = part
    return parts


def check_split(rows: list[dict], parts: dict[str, str], errors: list) -> None:
    ids = {q["id"] for q in rows}
    if not SPLIT.exists():
        errors.append("speeches/split.json is missing (run with --split)")
    for i in sorted(ids - parts.keys()):
        errors.append(f"split.json: {i} is in no part (run with --split)")
    for i in sorted(parts.keys() - ids):
        errors.append(f"split.json: {i} is in no question set")


def report(rows: list[dict], parts: dict[str, str]) -> None:
    """Counts per speech x kind x part."""
    kinds = sorted(KINDS)
    table = collections.Counter((q["doc"], q["kind"], parts.get(q["id"], "?")) for q in rows)
    print(f"speeches/: {len(rows)} questions over {len({q['doc'] for q in rows})} speeches "
          f"({sum(p == 'heldout' for p in parts.values())} held out); tuning/heldout per kind:")
    print(f"{'speech':24}" + "".join(f"{k[:12]:>14}" for k in kinds) + f"{'all':>10}{'multi':>7}")
    for doc in sorted({q["doc"] for q in rows}):
        cells = [f"{table[doc, k, 'tuning']}/{table[doc, k, 'heldout']}" for k in kinds]
        n = sum(q["doc"] == doc for q in rows)
        multi = sum(q["doc"] == doc and "multi" in q for q in rows)
        print(f"{doc:24}" + "".join(f"{c:>14}" for c in cells) + f"{n:>10}{multi:>7}")

