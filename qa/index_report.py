"""What ``qa index info`` says of each document: structure, truncation, blanks, boilerplate removed.

:func:`document_info` gives the data (``--json`` prints it as is); :func:`document_lines`
renders the same data as text, so both always say the same.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from index.document import Document

FIRST = 5  # blanks and redactions shown in context


def _few(contexts: list[str]) -> dict[str, Any]:
    return {"count": len(contexts), "first": contexts[:FIRST]}


def document_info(doc: Document) -> dict[str, Any]:
    """The per-document part of ``qa index info --json``."""
    tm = doc.truncation
    nodes = doc.outline_nodes()
    levels = Counter(n.level for n in nodes)
    return {
        "id": doc.id, "title": doc.title, "path": doc.path, "format": doc.format, "encoding": doc.encoding,
        "passages": len(doc.passages),
        "headings": {str(level): levels[level] for level in sorted(levels)},
        "outline": [{"path": n.path, "title": n.title, "level": n.level, "status": n.status} for n in nodes],
        "findings": [{"kind": f.kind, "confidence": round(float(f.confidence), 2), "detail": f.detail}
                     for f in tm.findings],
        "gaps": [{"omitted_chars": g.omitted_chars, "swallowed": g.swallowed, "start": g.start,
                  "end": g.end} for g in tm.gaps],
        "cut_off": ({"total_chars": tm.cut_off.total_chars, "shown_chars": tm.cut_off.shown_chars}
                    if tm.cut_off else None),
        "blanks": _few([b.context for b in tm.blanks]),
        "redactions": _few([r.context for r in tm.redactions]),
        "removed": dict(sorted(doc.removed.items())),
        "warnings": list(doc.warnings),
    }


def _quoted(few: dict[str, Any]) -> str:
    shown = "、".join(f"「{c.strip()}」" for c in few["first"])
    more = f" and {few['count'] - len(few['first'])} more" if few["count"] > len(few["first"]) else ""
    return f"{few['count']}" + (f": {shown}{more}" if shown else "")


def document_lines(info: dict[str, Any]) -> list[str]:
    """The text of one document in ``qa index info``."""
    statuses = Counter(o["status"] for o in info["outline"])
    form = info["format"] + (f", {info['encoding']}" if info["encoding"] else "")
    lines = [f"{info['id']}: 《{info['title']}》 ({form}), {info['passages']} passages"
             + (f"  [{info['path']}]" if info["path"] else "")]
    per_level = ", ".join(f"level {lvl}: {n}" for lvl, n in info["headings"].items()) or "none"
    by_status = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
    lines.append(f"  headings: {per_level}" + (f" ({by_status})" if by_status else ""))
    for node in info["outline"]:
        lines.append(f"    {'  ' * max(0, node['level'] - 1)}[{node['status']}] {node['title']}")
    for f in info["findings"]:
        lines.append(f"  truncation: {f['kind']} (confidence {f['confidence']:.2f})"
                     + (f": {f['detail']}" if f["detail"] else ""))
    if not info["findings"] and not info["gaps"] and not info["cut_off"]:
        lines.append("  truncation: none found")
    for g in info["gaps"]:
        size = f"{g['omitted_chars']} characters" if g["omitted_chars"] is not None else "an unknown amount"
        lines.append(f"  gap: {size} omitted; swallowed: {', '.join(g['swallowed']) or '-'}")
    if info["cut_off"]:
        c = info["cut_off"]
        lines.append(f"  cut off: {c['shown_chars']} of {c['total_chars']} characters shown")
    lines.append(f"  blank figures: {_quoted(info['blanks'])}")
    lines.append(f"  redactions: {_quoted(info['redactions'])}")
    removed = ", ".join(f"{kind} {n}" for kind, n in info["removed"].items())
    lines.append(f"  boilerplate removed: {removed or 'none'}")
    lines.extend(f"  warning: {w}" for w in info["warnings"])
    return lines
