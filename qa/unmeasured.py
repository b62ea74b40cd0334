"""An answer to a figure asked in a measure that quotes no figure in it: a near miss, declined.

"杂粮加工园区总投资多少钱" of a speech that names the park ("建设年加工能力2万吨的杂粮加工园区") but
never its cost was answered with that sentence, since the refusal rule weighs the topic's words,
which are all there. The quotes are what the user reads: when a question of one ask wants a sum
in 元 (or a count in 人, 户, 辆…) and not one quoted sentence holds a figure in it, the text does
not give it, and the reply says so.
"""
from __future__ import annotations

from .answer import Citation
from .asked import Asked
from .measure import holds_measure

# Measures a figure is checked in: a sum, or things counted by their measure word. Rates and
# changes are told in too many ways (翻一番, 提高两成) for their absence to mean the text lacks them.
CHECKED = frozenset(("money", "人", "名", "位", "户", "家", "所", "座", "辆", "台", "套", "亩", "吨"))


def quotes_no_figure(what: Asked, citations: list[Citation], asks: int, flags: list[str] = ()) -> bool:
    """Whether an answer to ``what`` (a question of ``asks`` asking clauses) quotes no figure in
    the measure asked, among ``citations``. A quote with a blanked figure (``flags`` of the quoted
    spans hold "blank" or "redacted": "常住人口要达到*万人") gives the figure as far as the text can."""
    if asks > 1 or what.fact != "quantity" or what.measure not in CHECKED or not citations \
            or any(f in ("blank", "redacted") for f in flags) or any(" | " in c.text for c in citations):
        return False  # a table's figure has its measure in the header ("城镇新增就业（人）"), not beside it
    return not any(holds_measure(c.quote or c.text, what.measure) for c in citations)
