"""The ranking weights: fitted on tuning questions (qa.rank_fit), shipped in qa/data/ranking.json,
used by our retriever and never by the baselines it is measured against."""
from __future__ import annotations

import numpy as np
import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.eval import EvalItem
from qa.rank_fit import ALPHAS, LENGTHS, STEERS, RankSample, gather, grid, hit_at_1
from qa.ranking import RankWeights, fitted_weights
from qa.retriever import HybridRetriever

# A speech of our own: a part named 保障措施 whose items do not repeat the question's words,
# and a body paragraph elsewhere that gives the asked figure.
SPEECH = """在全县冬春农田水利建设动员会上的讲话
同志们：
今天召开全县冬春农田水利建设动员会，主要任务是部署今冬明春的农田水利建设工作。
一、今冬明春的建设任务
今冬明春全县计划完成农田水利投资2.6亿元，新建和改造灌溉渠道180公里，整治山塘水库46座。
各乡镇要把任务分解到村、落实到项目，十二月底前全部开工。
二、保障措施
一是加强组织领导。县里成立由分管副县长任组长的指挥部，每月调度一次进度。
二是强化资金保障。县财政安排配套资金3000万元，优先支持山区乡镇。
三是严格质量监管。水利部门要派技术人员驻点指导，对隐蔽工程实行旁站监理。
"""


def _sample(dense, lexical, lift, relevant, lengths=None) -> RankSample:
    n = len(dense)
    return RankSample(question="", dense=np.array(dense, dtype=np.float32),
                      lexical=np.array(lexical, dtype=np.float32), lift=np.array(lift, dtype=np.float32),
                      stub=np.ones(n, dtype=np.float32), searched=np.ones(n, dtype=bool),
                      relevant=np.array(relevant), lengths=np.array(lengths or [100] * n))


def test_the_shipped_weights_are_on_the_grid_they_were_fitted_over():
    shipped = fitted_weights()
    assert shipped.alpha in ALPHAS and shipped.steer in STEERS and shipped.length in LENGTHS
    assert shipped != RankWeights()  # the fit moved them off the generic pipeline's


def test_our_retriever_ranks_with_the_fitted_weights_and_the_baselines_with_the_generic_ones(encoder):
    index = index_in_memory([parse_speech(SPEECH, "water")], encoder)
    assert HybridRetriever(index, encoder).weights == fitted_weights()
    assert HybridRetriever(index, encoder, structure=False).weights == RankWeights()
    assert HybridRetriever(index, encoder, structure=False, alpha=0.5).alpha == 0.5


def test_the_structure_lift_counts_by_the_steer_weight(encoder):
    index = index_in_memory([parse_speech(SPEECH, "water")], encoder)
    from qa.intent import detect_intent
    question = "保障措施有哪些"
    full = HybridRetriever(index, encoder, weights=RankWeights(steer=1.0)).search(question, detect_intent(question))
    light = HybridRetriever(index, encoder, weights=RankWeights(steer=0.3)).search(question, detect_intent(question))
    assert full.targets and [n.title for _d, n in full.targets] == [n.title for _d, n in light.targets]
    lifted = {h.row: h.score for h in full.hits}
    for hit in light.hits:  # the same passage, the same fused score: only the lift differs
        if hit.row in lifted and "保障措施" in hit.passage.section:
            assert lifted[hit.row] - hit.score == pytest.approx(0.7 * full.strength, abs=1e-5)


def test_hit_at_1_counts_the_first_row_of_each_sample():
    dense_wins = _sample([1.0, 0.2, 0.0], [0.0, 1.0, 0.5], [0, 0, 0], [True, False, False])
    bm25_wins = _sample([0.2, 1.0, 0.0], [1.0, 0.0, 0.5], [0, 0, 0], [True, False, False])
    assert hit_at_1([dense_wins], RankWeights(alpha=0.8)) == 1.0
    assert hit_at_1([bm25_wins], RankWeights(alpha=0.8)) == 0.0
    assert hit_at_1([dense_wins, bm25_wins], RankWeights(alpha=0.3)) == 0.5


def test_the_grid_lowers_a_lift_that_pulls_the_wrong_section_first():
    # the lifted section holds a row that is close but wrong; the evidence lies outside it
    samples = [_sample([1.0, 0.9, 0.0], [1.0, 0.6, 0.0], [0.0, 0.35, 0.0], [True, False, False])
               for _ in range(3)]
    best_score, best = grid(samples)[0]
    assert best_score == 1.0 and best.steer < 1.0
    assert hit_at_1(samples, RankWeights()) == 0.0


def test_among_equal_weights_the_grid_keeps_the_nearest_to_the_defaults():
    samples = [_sample([1.0, 0.0], [1.0, 0.0], [0.0, 0.0], [True, False])]  # every weight ranks it first
    assert grid(samples)[0][1] == RankWeights()


def test_gather_records_the_search_behind_each_answer(assistant, encoder):
    variant = assistant.variant(index=index_in_memory([parse_speech(SPEECH, "water")], encoder))
    items = [EvalItem(id="w1", kind="answerable", question="县财政安排了多少配套资金?",
                      evidence=["配套资金3000万元"], facts=[["3000万元"]]),
             EvalItem(id="w2", kind="out_of_scope", question="明天天气怎么样?", answerable=False)]
    samples = gather(variant, items)
    assert len(samples) == 1  # a question with no evidence has nothing to rank
    sample = samples[0]
    assert sample.relevant.sum() >= 1 and len(sample.dense) == len(variant.index.passages)
    assert variant.retriever.observer is None  # the hook is taken off again
    first = variant.ask(items[0].question).retrieved[0].passage_id
    assert variant.index.passages[sample.first(fitted_weights())].id == first
