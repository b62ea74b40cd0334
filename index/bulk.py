"""Loading many small objects at once without the cyclic garbage collector in the way."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold the cyclic garbage collector while the block runs, then restore it.

    Loading a library creates objects by the hundred thousand (parsed JSON, passages,
    flags), none of them garbage, and each allocation burst triggers a full collection
    that walks them all again: at 100,000 passages that was two thirds of the index's
    load time. Reference counting still frees everything at once; only cycles wait
    until the block ends. Nesting is safe: the outermost block restores the setting.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def keep_loaded() -> None:
    """Tell the garbage collector that what is loaded now stays for the process's life.

    For a process that serves one library (``qa ask``, ``qa chat``): its passages are
    never cyclic garbage, yet every full collection would walk them again, the first one
    during the first question (0.3 s at 100,000 passages). Not for a library caller that
    makes and drops assistants: frozen cycles are only freed by ``gc.unfreeze``.
    """
    gc.freeze()
