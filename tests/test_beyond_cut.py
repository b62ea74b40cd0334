"""An item a cut-off speech enumerates ahead ("即…、…、…") and never reaches: asked by its name, the
answer is the enumerating sentence, cited, with the cut-off notice, not sentences sharing a word of
it. Texts written here, three wordings; an item that has its section, and a whole speech, are not
touched."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.beyond_cut import enumerated_items, item_beyond_cut

TEXTS = [
    ("""在全市文化旅游发展大会上的讲话
同志们：
今年全市文旅工作的目标是接待游客突破3000万人次。围绕这一目标，重点抓好“四个提升”，即景区品质提升、文旅融合提升、服务质量提升、宣传营销提升。
一、着力推动景区品质提升
要加快A级景区提档升级，年内新创4A级景区2家。市文旅局牵头，各县区配合。
二、着力推动文旅融合提升
要深挖红色文化资源，打造3条精品研学线路。景区讲解员队伍要在6月底前完成轮训。
（未完待续）
""", "服务质量提升这块有什么措施", "宣传营销提升要怎么抓", "景区品质提升有啥安排", "新创4A级景区"),
    ("""在全县农村人居环境整治推进会上的讲话
同志们：
这次整治行动的任务可以概括为“三清一改”，包括清理农村生活垃圾、清理村内塘沟、清理畜禽养殖粪污、改变影响农村人居环境的不良习惯。
一、全面清理农村生活垃圾
各乡镇要在5月底前完成存量垃圾清运，每个村至少配备2名保洁员。
二、集中清理村内塘沟
今年要清理塘沟淤泥12万立方米，由县水利局牵头。
……（全文未完）
""", "清理畜禽养殖粪污具体怎么做", "改变不良习惯方面提了啥要求", "清理生活垃圾有什么要求", "2名保洁员"),
    ("""在全区安全生产工作会议上的讲话
同志们：
下一步，要在三个方面下功夫，分别是压实企业主体责任、强化重点行业监管、提升应急处置能力。
一、压实企业主体责任
企业主要负责人是安全生产第一责任人，每季度至少带队检查一次。
未完，下一页
""", "提升应急处置能力有哪些举措", "重点行业监管怎么强化", "企业主体责任怎么压实", "每季度至少带队检查一次"),
]


@pytest.mark.parametrize("sentence, items", [
    ("重点抓好“四个提升”，即景区品质提升、文旅融合提升、服务质量提升、宣传营销提升。", ["景区品质提升", "文旅融合提升", "服务质量提升", "宣传营销提升"]),
    ("要在三个方面下功夫，分别是压实企业主体责任、强化重点行业监管、提升应急处置能力。", ["压实企业主体责任", "强化重点行业监管", "提升应急处置能力"]),
    ("要加快A级景区提档升级，年内新创4A级景区2家。", []),
])
def test_the_items_a_sentence_enumerates(sentence, items):
    assert enumerated_items(sentence) == items


@pytest.mark.parametrize("text, beyond, beyond2, shown, said", TEXTS)
def test_only_an_item_with_no_section_in_a_cut_text_is_beyond_the_cut(encoder, text, beyond, beyond2, shown, said):
    doc = parse_speech(text, "cut")
    index = index_in_memory([doc], encoder)
    assert item_beyond_cut(index, doc, beyond) is not None and item_beyond_cut(index, doc, beyond2) is not None
    assert item_beyond_cut(index, doc, shown) is None  # it has its section
    whole = parse_speech(text.rsplit("\n", 2)[0] + "\n谢谢大家！\n", "whole")
    assert not whole.truncation.cut_off
    assert item_beyond_cut(index_in_memory([whole], encoder), whole, beyond) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, beyond, beyond2, shown, said", TEXTS)
def test_an_item_beyond_the_cut_is_its_naming_sentence_and_the_notice(ask_of, text, beyond, beyond2, shown, said):
    ask = ask_of(text, "cut")
    for question in (beyond, beyond2):
        answer = ask(question)
        assert answer.answerable and "截断" in answer.answer, answer.answer
        assert any(n.kind == "cut_off" for n in answer.notices)
        assert said not in answer.answer
    answer = ask(shown)
    assert said in answer.answer, answer.answer
