"""A question about a local place's own figures ("这个城市去年的GDP是多少", "咱们县有多少贫困人口")
asked of a national text: a 政府工作报告 of the State Council speaks for the nation, never for one
city or county, so what it says of 生产总值 is not that place's. Declined by the form of the
question and the level the speech speaks for (:mod:`qa.levels`), before any evidence is weighed."""
from __future__ import annotations

import re

from index.document import Document
from index.tokenize import normalize

from .levels import level_of, without_compared_fields
from .decline import form_decline

# The asker's own place, below the nation: "这个城市", "该县", "咱们镇", "我们市", "本区"
_LOCAL_OWN = re.compile(r"(?:这个|这座|该|咱们?|我们|本)(?:城市|省|市|县|区|镇|乡|村)(?![级域长委里面])")
_PLACE_NAMES = {"城市": "城市", "省": "省", "市": "城市", "县": "县", "区": "区", "镇": "镇", "乡": "乡", "村": "村"}


def local_place_reply(question: str, documents: list[Document], lang: str) -> str | None:
    """The decline when the question asks of its own local place and every speech it is about
    speaks for the nation; ``None`` otherwise."""
    m = _LOCAL_OWN.search(normalize(question))
    if m is None or not documents or any(level_of(d) != "国" for d in documents):
        return None
    place = _PLACE_NAMES[re.sub(r"^(?:这个|这座|该|咱们?|我们|本)", "", m.group(0))]
    one = "city" if place == "城市" else "place"
    return form_decline(documents, lang,
                        f"The text speaks for the whole country, not for one {one}; it gives no figures of "
                        "the place asked about, so I cannot answer it from the source.",
                        f"{{name}}讲的是全国的情况,没有讲某一个{place}的情况,无法依据原文作答。")


# A scope at a level of government asked ("全省…入住率", "我市…", "省里…"), and how a text speaks at
# that level: its scope word, its organs (省委, 市政府), 省里 or 省级.
_SCOPE_ASKED = re.compile(r"(?:全|我|本)([省市县区镇乡])(?![长委级里])|([省])(?:里|级)")
_RANK = {"国": 0, "省": 1, "市": 2, "县": 3, "区": 3, "镇": 4, "乡": 4}


def _speaks_at(level: str, text: str) -> bool:
    return bool(re.search(rf"(?:全|我|本){level}|{level}(?:里|级|委|政府|人民政府)", text))


def other_scope_reply(question: str, documents: list[Document], lang: str) -> str | None:
    """The decline when the question asks a scope above the level its speeches speak for, and none
    of them ever speaks at that level ("全省养老机构平均入住率" of a county's survey that says 全县 and
    never 全省, 省里 or 省委): its county figures are not the province's. ``None`` otherwise."""
    m = _SCOPE_ASKED.search(without_compared_fields(question))  # "在全省排第几" is a field, not a scope
    if m is None or not documents:
        return None
    asked = m.group(1) or m.group(2)
    levels = [level_of(d) for d in documents]
    if any(lv is None or _RANK.get(lv, 0) <= _RANK[asked] for lv in levels) \
            or any(_speaks_at(asked, normalize(d.title + d.source)) for d in documents):
        return None
    own = levels[0] if len(set(levels)) == 1 else "本地"
    return form_decline(documents, lang,
                        "The text speaks for its own area only and never of the wider one asked about; "
                        "its figures are not that area's, so I cannot answer it from the source.",
                        f"{{name}}讲的是全{own}的情况,没有讲全{asked}的情况,无法依据原文作答。")
