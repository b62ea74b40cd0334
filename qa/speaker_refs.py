"""Who said it, in a question: "张局长讲春耕生产抓了哪几方面", "王书记在会上强调了哪些要求",
"李县长提到的三件实事是什么". The speaker is how the user finds the passage in memory, not what the
passage is about: a transcript's bylines ("县农业农村局局长 张某某：") and greetings hold the post
and the surname far more often than the answer does, so retrieval searches without them.
"""
from __future__ import annotations

import re

POSTS = ("局长|县长|市长|区长|镇长|乡长|省长|书记|主任|部长|厅长|处长|主席|院长|校长|行长|总理|秘书长"
         "|委员|队长|所长|站长|社长|董事长|总经理")
POST_AT_END = re.compile(rf"(?:{POSTS})$")
_SAYS = r"(?:讲(?!话)|说|提|谈|介绍|强调|指出|表示|回答|部署|要求|布置|通报|汇报)"
# a surname (or a stand-in 某) and a post, or the speaker by role, then a verb of saying
# The post may carry a full name after it ("县长贺立新说", "局长张某某讲") or, opening the question, before it
# ("贺立新县长说").
_SPEAKER = re.compile(
    rf"(?:(?:^[\u4e00-\u9fff]{{2,3}}|[\u4e00-\u9fff]?)(?:副|常务副)?(?:{POSTS})(?:[\u4e00-\u9fff]{{2,3}}?)?"
    rf"|讲话人|发言人|领导|这位领导)(?:同志)?"
    rf"(?:在[^，,。？?！!\s]{{1,12}}?[上中里])?(?:刚才|今天|主要|重点|着重|也)?{_SAYS}(?:到的|了|的|到|过)?")


def without_speaker(question: str) -> str:
    """``question`` without who said it, when what is asked still has words of its own
    ("春耕生产抓了哪几方面"); the question itself when that is all it has ("张局长讲了啥")."""
    rest = _SPEAKER.sub("", question, count=1).strip(" ，,")
    words = re.sub(r"[的了吗呢啥什么哪些几个？?。!！\s]", "", rest)
    return rest if len(words) >= 2 and rest != question else question
