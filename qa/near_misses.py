"""Near misses (issue 9, class 6) that are declined by the form of the question before any
evidence is weighed: the members of a counted set the text never lists (:mod:`qa.counted_lists`),
the other side of a divide the text keeps to (:mod:`qa.opposite_sides`) and how to apply for
something no passage tells (:mod:`qa.procedures`)."""
from __future__ import annotations

from index.document import Document

from .counted_lists import counted_set_asked, unlisted_reply
from .mentions import unmentioned_reply
from .opposite_sides import other_side_reply
from .own_place import local_place_reply, other_scope_reply
from .procedures import procedure_reply

NEAREST_HITS = 3  # the speeches of these best passages are the ones the question is taken to be about


def near_miss_decline(question: str, documents: list[Document], result, lang: str) -> str | None:
    """The decline for such a question, or ``None`` when it is none of them or the text answers it."""
    nearest = {h.passage.document for h in result.hits[:NEAREST_HITS]}
    about = [d for d in documents if d.id in nearest]
    if (counted := counted_set_asked(question)) and (reply := unlisted_reply(about, counted, lang)):
        return reply  # "十件民生实事是哪十件"
    if reply := other_side_reply(question, about, lang):
        return reply  # "城市生活垃圾怎么处理" of a plan on 农村生活垃圾
    if reply := unmentioned_reply(question, about, lang):
        return reply  # "有没有提到地铁建设" of a speech that never names 地铁
    if reply := local_place_reply(question, about, lang):
        return reply  # "这个城市去年的GDP是多少" of the State Council's report
    if reply := other_scope_reply(question, about, lang):
        return reply  # "全省养老机构入住率多少" of a county's survey that never speaks of the province
    return procedure_reply(question, result.hits[:5], about, lang)  # "怎么申请补贴"
