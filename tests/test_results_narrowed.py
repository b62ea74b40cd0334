"""Results asked of a speech whose part on its situation holds them beside its shortcomings and
the outlook ("一、正视成绩，更要正视差距": （一）…成效, （二）…短板, （三）…形势): the one
section naming results answers, as the one naming problems already did. Texts written here."""
from __future__ import annotations

import pytest

SITUATION = """在全市优化营商环境大会上的讲话
同志们：
一、正视成绩，更要正视差距，切实增强紧迫感
（一）过去一年，全市营商环境建设取得明显成效
一是经营主体活力增强。全年新设经营主体6.2万户，同比增长9.8%。
二是政务服务效能提升。企业开办平均用时压缩到1个工作日。
三是企业负担持续减轻。全年新增减税降费18.6亿元。
（二）我们也要清醒看到，我市营商环境还存在不少短板
一是审批环节仍然偏多。二是涉企检查多头重复。
（三）必须深刻认识优化营商环境面临的新形势
区域竞争已经从拼政策转向拼服务。
二、突出重点，推动营商环境整体跃升
（一）打造高效的政务服务环境
年内实现30个“高效办成一件事”事项落地。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["去年取得了哪些成效", "过去一年有哪些成绩", "去年营商环境工作取得了哪些进展",
                                      "去年营商环境工作有什么进展"])
def test_the_section_naming_results_answers(ask_of, question):
    answer = ask_of(SITUATION, "situation")(question)
    assert all(r in answer.answer for r in ("经营主体活力增强", "政务服务效能提升", "企业负担持续减轻")), answer.answer
    assert "审批环节仍然偏多" not in answer.answer and "面临的新形势" not in answer.answer, answer.answer


@pytest.mark.slow
def test_a_follow_up_counts_in_that_list(assistant, encoder):
    from index.parser import parse_speech
    from index.store import index_in_memory

    variant = assistant.variant(index=index_in_memory([parse_speech(SITUATION, "situation")], encoder))
    answer = variant.ask("第三个是啥", ["去年取得了哪些成效"])
    assert "企业负担持续减轻" in answer.answer and "18.6亿元" in answer.answer, answer.answer
