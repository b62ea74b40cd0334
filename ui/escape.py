"""HTML escaping: the one way text from a user, a speech or the answerer enters markup."""
from __future__ import annotations

import html
from typing import Any


def esc(text: Any) -> str:
    """HTML-escape any value (quotes included); None is the empty string."""
    return html.escape("" if text is None else str(text), quote=True)
