"""A question about a local place's own figures ("这个城市去年的GDP是多少", "咱们县有多少贫困人口")
asked of a national text: a 政府工作报告 of the State Council speaks for the nation, never for one
city or county, so what it says of 生产总值 is not that place's. Declined by the form of the
question and the level the speech speaks for (:mod:`qa.levels`), before any evidence is weighed."""
from __future__ import annotations

import re

from index.document import Document
from index.tokenize import normalize

from .levels import level_of
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
