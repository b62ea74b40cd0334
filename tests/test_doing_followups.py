"""A follow-up asking how the thing just answered is done, in everyday words with no topic of its own
("具体怎么做", "具体咋弄", "要干哪几件事", "咋整"), asks about the last answer's item: it is not
searched alone and declined. A question naming its own topic ("红烧肉怎么做") stands alone. Texts
written here."""
from __future__ import annotations

import pytest

from qa.question_form import content_words, is_elaboration

POINTS = """2026年全县农业农村工作要点
一、稳定粮食生产
1.稳定播种面积。全年粮食播种面积稳定在86万亩以上，产量稳定在32万吨以上。（责任单位：县农业农村局）
2.建设高标准农田。新建高标准农田3.2万亩，同步配套灌溉和排水设施，建成后由村集体统一管护。推广水肥一体化技术1.5万亩。（责任单位：县农业农村局、县水利局）
二、推进乡村建设
3.改善农村人居环境。完成农村户厕改造1200户，行政村生活垃圾收运处置体系覆盖率保持100%。（责任单位：县住建局）
4.提升农村供水保障。新建改造供水管网90公里，农村自来水普及率达到98%。（责任单位：县水利局）
"""


@pytest.mark.parametrize("question", ["具体怎么做", "具体咋弄", "具体要干哪几件事", "咋整", "那怎么搞", "要怎么干"])
def test_doing_asked_with_no_topic_is_an_elaboration(question):
    assert is_elaboration(question) and not content_words(question)


@pytest.mark.parametrize("question", ["红烧肉怎么做", "垃圾分类具体怎么做", "农田建设要干哪几件事"])
def test_doing_asked_of_a_named_topic_is_not(question):
    assert not is_elaboration(question)


@pytest.mark.slow
@pytest.mark.parametrize("then", ["具体怎么做", "具体咋弄", "具体要干哪几件事"])
def test_how_it_is_done_follows_the_item_just_answered(assistant, encoder, then):
    from index.parser import parse_speech
    from index.store import index_in_memory
    ask = assistant.variant(index=index_in_memory([parse_speech(POINTS, "doc")], encoder)).ask
    first = "第二条是啥"
    assert "高标准农田" in ask(first).answer
    answer = ask(then, [first])
    assert answer.answerable, answer.answer
    assert any(w in answer.answer for w in ("3.2万亩", "水肥一体化", "村集体统一管护")), answer.answer
    assert "户厕" not in answer.answer and "供水管网" not in answer.answer, answer.answer
    who = ask("谁负责", [first, then])
    assert "县农业农村局、县水利局" in who.answer, who.answer
