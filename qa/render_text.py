"""Plain-text rendering of an answer for the terminal."""
from __future__ import annotations

from .answer import Answer


def render_answer(answer: Answer) -> str:
    """The answer, its notices, and its sources, for ``qa ask``."""
    out = []
    for n in answer.notices:
        out.append(f"⚠ {n.message}")
    if out:
        out.append("")
    out.append(answer.answer)
    if answer.citations:
        out.append("")
        out.append("来源 / sources:")
        for c in answer.citations:
            out.append(f"[{c.id}] {c.section}  ({c.passage_id})\n    {c.quote}")
    return "\n".join(out)
