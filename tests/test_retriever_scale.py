"""A large library is ranked from candidates, not by scoring every passage per question.

The speeches are written here. Candidate mode is forced with ``exact_max=0``; on a library
this small its normalisation bounds are the library's own, so it must rank as the full
scan does, for every form of question that steers the ranking: a named heading, a topic
(问题/任务/措施), the Nth part, an item (三是), completeness, and a chosen speech.
"""
from __future__ import annotations

import random

import numpy as np
import pytest

from fakes import FakeEncoder
from index.parser import parse_speech
from index.store import index_in_memory
from qa.documents import named_documents
from qa.intent import detect_intent
from qa.retriever import HybridRetriever
from index.tokenize import normalize
from qa.substrings import RunCounter, normalize_all

BUSINESS = """在全市营商环境优化大会上的讲话
同志们：
今天召开营商环境优化大会，主要任务是总结经验、查找差距、部署工作。
一、当前营商环境存在的突出问题
一是审批环节仍然偏多，部分事项需要跑三个以上部门。
二是涉企检查过于频繁，企业反映迎检负担较重。
三是政策兑现不够及时，奖补资金拨付周期平均超过半年。
二、下一步的重点任务
（一）深化审批制度改革
一是推行一业一证，把开办餐馆的审批时间压缩到五个工作日。
二是推进证照联办，年底前实现高频事项全程网办。
三是建立容缺受理机制，非核心材料可以后补。
（二）规范涉企执法检查
一是推行综合查一次，同一企业一年检查不超过两次。
二是公开检查事项清单，清单之外一律不得检查。
三、强化保障措施
一是加强组织领导，成立由市长任组长的工作专班。
二是严格督查考核，每季度通报各区进展。
"""

FLOOD = """在全县防汛抗旱工作会议上的讲话
同志们：
入汛以来，全县降雨量较常年偏多三成，防汛形势不容乐观。
一、清醒认识防汛工作面临的问题
一是部分小型水库带病运行，十二座水库的溢洪道需要清淤。
二是山洪灾害预警设施老化，三十个监测站点信号不稳定。
二、扎实做好防汛各项任务
（一）抓好隐患排查整治
一是对全县水库逐库落实安全责任人。
二是对地质灾害隐患点开展拉网式排查。
（二）加强应急物资储备
一是县级储备库要备足编织袋和救生衣。
二是 ……(未完，全文共5200字，当前仅显示700字)
"""

SCHOOLS = """在全区教育工作会议上的讲话
同志们：
这次会议的主要任务是部署新学年的教育工作。
一、教育发展中存在的短板问题
一是学位供给紧张，城区小学大班额问题突出。
二是教师结构不优，音体美教师缺口较大。
二、新学年教育工作的主要任务
一是新建改扩建中小学五所，新增学位三千个。
二是招聘音体美教师六十名，补齐学科短板。
三是推进课后服务全覆盖，每周不少于五天。
三、落实教育优先发展的保障措施
一是保障教育投入，确保一般公共预算教育支出只增不减。
二是完善督导评估，把教育工作纳入乡镇考核。
"""

QUESTIONS = [
    ("深化审批制度改革方面有哪些举措?", None),  # a named heading
    ("规范涉企执法检查要怎么做?", None),
    ("当前存在哪些突出问题?", None),  # a topic
    ("重点任务有哪些?", None),
    ("有哪些保障措施?", None),
    ("第二部分讲了什么?", None),  # the Nth part
    ("第三部分的内容是什么?", {"schools"}),
    ("深化审批制度改革的三是什么?", None),  # an item of a named section
    ("三是什么?", {"business"}),  # an item of a chosen speech
    ("讲话的内容完整吗?", None),  # completeness
    ("这篇讲话是全文吗?", {"flood"}),
    ("教师缺口怎么解决?", {"schools"}),  # a chosen speech
    ("奖补资金拨付周期有多长?", None),  # a plain question
]


@pytest.fixture(scope="module")
def library():
    """An index of the three speeches written above, with vectors from the test encoder."""
    docs = [parse_speech(BUSINESS, "business"), parse_speech(FLOOD, "flood"), parse_speech(SCHOOLS, "schools")]
    return index_in_memory(docs, FakeEncoder())


def _both(index):
    encoder = FakeEncoder()
    return HybridRetriever(index, encoder, exact_max=10**9), HybridRetriever(index, encoder, exact_max=0)


@pytest.mark.parametrize("question, documents", QUESTIONS)
def test_candidates_rank_as_the_full_scan_on_a_small_library(library, question, documents):
    exact, candidates = _both(library)
    intent = detect_intent(question)
    want = exact.search(question, intent, documents=documents)
    got = candidates.search(question, intent, documents=documents)
    assert got.hits[0].row == want.hits[0].row
    assert [t[1].path for t in got.targets] == [t[1].path for t in want.targets]
    assert got.strength == want.strength
    top = [h.row for h in want.hits[:5]]
    np.testing.assert_allclose([h.score for h in got.hits[:5]], [h.score for h in want.hits[:5]], atol=1e-5)
    # What callers read of the full-length arrays: any row, asked or not among the candidates.
    rows = np.arange(len(library.passages))
    np.testing.assert_allclose(got.dense[rows], want.dense[rows], atol=1e-5)
    np.testing.assert_allclose(got.base[rows], want.base[rows], atol=1e-5)
    assert float(got.base.max()) == pytest.approx(float(want.base.max()), abs=1e-5)
    assert float(got.dense[top].max(initial=-1.0)) == pytest.approx(float(want.dense[top].max(initial=-1.0)), abs=1e-5)


def test_candidates_never_score_the_whole_library(library, monkeypatch):
    """Candidate mode reaches no full-length scoring: dense_scores and bm25_scores are never called."""
    _exact, candidates = _both(library)

    def whole_library(*_args, **_kwargs):
        raise AssertionError("scored every passage")

    monkeypatch.setattr(library, "dense_scores", whole_library)
    monkeypatch.setattr(library, "bm25_scores", whole_library)
    for question, documents in QUESTIONS:
        result = candidates.search(question, detect_intent(question), documents=documents)
        assert result.hits
        rows = [h.row for h in result.hits[:3]]
        assert len(result.dense[rows]) == 3 and np.isfinite(result.base.max())


def test_answers_from_candidates_never_score_the_whole_library(library, monkeypatch):
    """Answering, not only searching, stays on the candidates: no step asks a RowScores for
    every row (the best row before steering is the best candidate's, RowScores.argmax)."""
    from qa.answerer import ExtractiveAnswerer
    from qa.followup import ResolvedQuestion
    from qa.ranking import RowScores

    _exact, candidates = _both(library)
    answerer = ExtractiveAnswerer(library, candidates)

    def whole_library(*_args, **_kwargs):
        raise AssertionError("scored every passage")

    monkeypatch.setattr(RowScores, "__array__", whole_library)
    monkeypatch.setattr(library, "dense_scores", whole_library)
    monkeypatch.setattr(library, "bm25_scores", whole_library)
    asked_nouns = [("深化审批制度改革要遵循什么原则?", None), ("招聘多少名音体美教师?", {"schools"})]
    for question, documents in QUESTIONS + asked_nouns:
        answer = answerer.answer(question, ResolvedQuestion(text=question, original=question), documents)
        assert answer.answer, question


def _generated_library(speeches: int = 70):
    """Speeches in the genre's shape, their sentences drawn from clauses written here (about 1,400 passages)."""
    rng = random.Random(11)
    subjects = ["产业园区", "城市新区", "乡村道路", "养老服务", "职业教育", "医疗卫生", "生态环境", "数字政务",
                "农村供水", "文化旅游", "物流枢纽", "住房保障"]
    verbs = ["加快推进", "统筹抓好", "持续完善", "着力提升", "全面落实", "积极探索"]
    ends = ["工作机制", "配套设施", "服务水平", "资金保障", "考核办法", "人才队伍"]
    numerals = "一二三四五"
    docs = []
    for s in range(speeches):
        lines = [f"在第{s + 1}次全市重点工作推进会上的讲话", "同志们："]
        for part in range(3):
            head = ["存在的突出问题", "下一步的重点任务", "保障措施"][part]
            lines.append(f"{numerals[part]}、{rng.choice(subjects)}{head}")
            for sec in range(2):
                lines.append(f"（{numerals[sec]}）{rng.choice(verbs)}{rng.choice(subjects)}{rng.choice(ends)}")
                for item in range(3):
                    lines.append(f"{numerals[item]}是{rng.choice(verbs)}{rng.choice(subjects)}的{rng.choice(ends)}，"
                                 f"年内完成{rng.randint(2, 90)}个项目，{rng.choice(subjects)}{rng.choice(ends)}明显改善。")
        docs.append(parse_speech("\n".join(lines), f"s{s:03d}"))
    # One speech with a heading of its own, so a named question has one right answer.
    special = BUSINESS.replace("在全市营商环境优化大会上的讲话", "在全市营商环境优化推进会上的讲话")
    docs.append(parse_speech(special, "business"))
    return index_in_memory(docs, FakeEncoder())


@pytest.fixture(scope="module")
def big_library():
    return _generated_library()


def test_on_a_library_larger_than_the_sample_candidates_find_what_the_full_scan_does(big_library, monkeypatch):
    exact, candidates = _both(big_library)
    scored: list[int] = []
    dense_of = candidates.dense_of
    monkeypatch.setattr(candidates, "dense_of", lambda q, rows: scored.append(len(rows)) or dense_of(q, rows))
    steered = [("深化审批制度改革方面有哪些举措?", None), ("规范涉企执法检查要怎么做?", None),
               ("第二部分讲了什么?", {"s005"}), ("深化审批制度改革的三是什么?", None),
               ("三是什么?", {"business"}), ("讲话的内容完整吗?", {"s010"})]
    plain = [("奖补资金拨付周期有多长?", None), ("开办餐馆的审批时间压缩到几个工作日?", None),
             ("存在哪些突出问题?", {"s020"}), ("职业教育的考核办法是什么?", None)]
    for question, documents in steered + plain:
        intent = detect_intent(question)
        want = exact.search(question, intent, documents=documents)
        got = candidates.search(question, intent, documents=documents)
        if (question, documents) in steered:
            assert got.hits[0].row == want.hits[0].row, question
        else:  # the bounds are estimated here: the best row stays among the full scan's best
            assert got.hits[0].row in [h.row for h in want.hits[:3]], question
    # Per question the candidates are scored (the bounds come from a fixed sample); never the library.
    assert len(big_library.passages) > len(candidates.dense_sample().rows)
    assert len(scored) == len(steered + plain) and max(scored) < len(big_library.passages) / 2


@pytest.mark.parametrize("texts", [
    ["审批环节仍然偏多", "涉企检查过于频繁，检查过于频繁", "政策兑现不够及时", "", "审批", "频繁频繁频繁频繁"],
    ["ｆｕｌｌ　ｗｉｄｔｈ文字", "深化审批制度改革", "深化审批制度", "制度改革", "改革深化审批制度改革"],
])
def test_a_run_is_counted_in_exactly_the_texts_that_hold_it(texts):
    counter = RunCounter(texts)
    runs = {t[a:b] for t in texts + ["审批制度改革深化", "过于频繁", "没有这句话"] for a in range(len(t))
            for b in range(a + 1, len(t) + 1)}
    for run in runs:
        for limit in (1, 2, 3, 9):
            assert counter.holders(run, limit) == min(sum(run in t for t in texts), limit), (run, limit)


def test_the_library_is_normalised_at_once_as_each_text_would_be(big_library):
    """Text of the genre goes character by character; a text with a character that could combine
    with its neighbour (marks, jamo, half-width kana with their sound marks, the final sigma) whole."""
    texts = [p.text for p in big_library.passages[:200]] + [
        "ＡＢＣ，。！（一）１２３", "①㎡½ﬁ Ⅲ", "café e\u0301 a\u0301\u0327", "ｶﾞｷﾞ ｶ ﾞ", "한국어 ᄀ ᅡ",
        "ΟΔΟΣ ΣΑΣ", "İstanbul", "", "审批环节仍然偏多。"]
    assert normalize_all(texts) == [normalize(t) for t in texts]
    assert normalize_all([]) == [] and normalize_all([""]) == [""]


def test_a_speech_named_in_a_large_library_is_found_among_its_titles(big_library):
    docs = big_library.documents
    assert named_documents("营商环境优化推进会上讲了哪些问题?", docs) == {"business"}
    assert named_documents("第12次全市重点工作推进会上的讲话说了什么?", docs) == {"s011"}
    assert named_documents("重点工作推进会上讲了什么?", docs) == set()  # every title says it


def test_a_milvus_library_is_ranked_from_candidates_as_by_the_full_scan(tmp_path, monkeypatch):
    """Where BM25 lives in Milvus (our words or its own analyzer), the matches come from its search."""
    from index.store import build_index, load_index

    docs = [parse_speech(BUSINESS, "business"), parse_speech(FLOOD, "flood"), parse_speech(SCHOOLS, "schools")]
    for mode in ("words", "milvus"):
        build_index(docs, FakeEncoder(), tmp_path / mode, [], progress=False,
                    sources=[str(tmp_path)], store=f"{tmp_path / mode}.db?bm25={mode}")
        index = load_index(tmp_path / mode)
        exact, candidates = _both(index)
        for question, documents in QUESTIONS[::3]:
            intent = detect_intent(question)
            want = exact.search(question, intent, documents=documents)
            monkeypatch.setattr(index, "bm25_scores", lambda *_a: pytest.fail("scored every passage"))
            got = candidates.search(question, intent, documents=documents)
            monkeypatch.undo()
            assert got.hits[0].row == want.hits[0].row, (mode, question)


def test_the_best_row_kept_is_found_among_the_candidates_alone(monkeypatch):
    """argmax_where on a RowScores: the best candidate the mask keeps, as the full array would give it
    where the best rows are candidates, without scoring every row."""
    from qa.ranking import RowScores, argmax_where

    full = np.array([0.1, 0.9, 0.3, 0.8, 0.2, 0.7], dtype=np.float32)
    rows = np.array([1, 3, 5])
    scores = RowScores(rows, full[rows], len(full), lambda r: full[r])
    monkeypatch.setattr(RowScores, "__array__", lambda *a, **k: (_ for _ in ()).throw(AssertionError("scan")))
    keep = np.array([True, False, True, True, True, True])
    assert argmax_where(scores, keep) == 3 == argmax_where(full, keep)
    assert argmax_where(scores, np.zeros(len(full), dtype=bool)) == 1 == argmax_where(full, np.zeros(6, dtype=bool))
