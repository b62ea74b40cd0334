"""A regulation shown from its middle ("（节选）" on a template site, or one chapter quoted): its
articles number straight through, so the excerpt opens at 第八条 or 第二十一条. The first article
opens the outline whatever its number; a chapter met after articles stands above the ones that
follow it. A speech citing a law's article ("第十五条规定，…") after its headings stays prose."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

PROPERTY = """某市物业管理条例（节选）
第八条　业主大会由物业管理区域内全体业主组成，代表和维护全体业主的合法权益。
第九条　业主委员会应当自选举产生之日起三十日内，向街道办事处备案。
第十条　物业服务企业应当在物业管理区域内公示服务内容、收费标准和投诉电话。
第三章　物业服务
第十一条　物业服务收费实行政府指导价和市场调节价。
第十二条　违反本条例规定的，由住房城乡建设部门责令限期改正。
"""

PARKS = """城市公园管理办法（摘录）
第二章　建设与保护
第十三条【规划】公园规划应当纳入城市绿地系统专项规划，任何单位不得擅自变更。
第十四条【绿地】公园绿地面积不得少于公园陆地面积的百分之六十五。
第十五条【设施】公园内的游乐设施应当定期检测，检测合格后方可使用。
"""

LIBRARY = """图书馆服务规定
第二十一条 读者凭有效身份证件免费办理借阅证，每证可同时借阅图书十册。
第二十二条 图书借期为三十日，可续借一次，续借期限为十五日。
第二十三条 逾期归还图书的，暂停借阅权限，逾期天数满三十日的暂停九十日。
"""

SPEECH = """在全县安全生产工作会议上的讲话
同志们：
一、认清形势
今年以来，全县安全生产形势总体平稳，但隐患依然不少。
第十五条规定，生产经营单位的主要负责人对本单位安全生产工作全面负责，这一点必须落实到位。
二、压实责任
要把责任落实到每个岗位、每个人。
"""


def _titles(text: str) -> list[str]:
    return [p.section for p in parse_speech(text, "doc").passages]


@pytest.mark.parametrize("text,first,last", [
    (PROPERTY, "第八条", "第三章　物业服务 > 第十二条"),
    (PARKS, "第二章　建设与保护 > 第十三条【规划】", "第二章　建设与保护 > 第十五条【设施】"),
    (LIBRARY, "第二十一条", "第二十三条"),
])
def test_an_excerpt_opens_at_its_first_article(text, first, last):
    sections = _titles(text)
    assert sections[0] == first and sections[-1] == last
    assert len(set(sections)) == len(sections)  # one passage per article: none swallowed by another


def test_a_chapter_after_articles_holds_the_ones_after_it():
    sections = _titles(PROPERTY)
    assert "第十条" in sections and "第三章　物业服务 > 第十一条" in sections
    tenth = next(p for p in parse_speech(PROPERTY, "doc").passages if p.section == "第十条")
    assert "物业服务收费" not in tenth.text and "第三章" not in tenth.text


def test_a_speech_citing_an_article_keeps_it_as_prose():
    sections = _titles(SPEECH)
    assert not any("第十五条" in s for s in sections)
    assert any(s.startswith("一、认清形势") and "第十五条规定" in p.text
               for s, p in zip(sections, parse_speech(SPEECH, "doc").passages))


@pytest.mark.parametrize("text,question,expected", [
    (PROPERTY, "第九条讲的是什么", "三十日内"),
    (PROPERTY, "第十一条说的啥", "政府指导价"),
    (LIBRARY, "第二十二条是什么内容", "续借一次"),
    (PARKS, "第十四条怎么规定的", "百分之六十五"),
])
def test_a_numbered_article_of_an_excerpt_is_answered(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer
