"""A regulation's articles (第一条, 第二条 …): each is a part of its chapter, titled by its number."""
from __future__ import annotations

import re

from .headings import SENTENCE_END
from .numbering import Marker

# A regulation's article may carry a short title of its own: "第五条【主管部门】…", "第五条 主管部门".
_ARTICLE_TITLE = re.compile(r"[ \t\u3000]*(?:【[^】]{1,20}】|\[[^\]]{1,20}\])")
ARTICLE_TITLE_MAX = 20  # a heading line longer than this, without a sentence end, is the article's text


def article_heading(text: str, m: Marker, title: str, body_at: int) -> tuple[str, int]:
    """Title and body start of a regulation's article ("第十二条　住宅小区实行…。"): an article is
    untitled, so its words are its body and its number ("第十二条") its title, whatever its length;
    otherwise one article with a first sentence short enough to read as a title would be a heading
    and the next, a sentence longer, a point under it."""
    label = m.text.rstrip("：: \t\u3000")
    named = _ARTICLE_TITLE.match(text, m.end)
    if named:
        return label + named.group(0).strip(), named.end()
    if not any(c in SENTENCE_END for c in text) and len(title) - m.end <= ARTICLE_TITLE_MAX \
            and not text.rstrip().endswith(("：", ":")):
        return title, body_at  # "第五条 主管部门" on a line of its own
    return label, m.end
