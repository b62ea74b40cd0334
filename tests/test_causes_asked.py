"""The causes of a text's problems asked with no subject of their own ("问题产生的原因是什么",
"为什么会出现这些问题", "为啥会这样" after the problems): the part that analyses them, all of its
points. Texts written here, in the shapes of a 对照检查, an investigation report and a 述职."""
from __future__ import annotations

import pytest

from qa.causes_asked import causes_of_problems_asked
from qa.intent import detect_intent

SELF_REVIEW = """在专题民主生活会上的对照检查发言
一、存在的主要问题
（一）在政治理论学习方面。学习碎片化，系统研读原著不够。
（二）在服务群众方面。下基层调研次数偏少，解决群众急难愁盼问题不够主动。
二、原因剖析
一是理论武装有所放松。满足于参加集中学习，自学时间难以保证。

二是群众观念有所淡化。习惯于听汇报、看材料，与群众面对面交流少了。

三是斗争精神有所弱化。面对矛盾存在绕着走的心态。
三、整改措施
坚持每周自学半天，每季度到联系村蹲点调研一次。
"""

SURVEY = """关于全县农家书屋使用情况的调研报告
县文旅局调研组
一、基本情况
全县共建成农家书屋210个，藏书总量42万册。
二、存在的问题
1.利用率低。多数书屋每周开放不足两天。
2.图书陈旧。五年以上的旧书占六成以上。
三、问题产生的根源
首先，管理人员多为村干部兼职，没有精力专门打理。其次，图书更新经费没有纳入预算，只能依靠捐赠。最后，书屋选址多在村委会楼上，群众不便前往。
四、对策建议
建议推行书屋与村级综合服务中心一体化运营。
"""

NO_CAUSES = """在全县秋粮收购工作会议上的讲话
一、收购工作面临的问题
今年秋粮收购量大，部分收储库点仓容紧张，烘干能力不足。
二、下一步工作要求
要新增烘干能力每日3000吨，确保颗粒归仓。
"""


@pytest.mark.parametrize("question", ["问题产生的原因是什么", "为什么会出现这些问题", "这些问题的原因有哪些",
                                      "原因是什么", "为啥会这样", "上述短板的根源在哪", "存在问题的深层次原因是什么"])
def test_causes_of_the_problems_in_general_are_asked(question):
    assert causes_of_problems_asked(question) and detect_intent(question).wants_list


@pytest.mark.parametrize("question", ["为什么要推进产城融合", "书屋利用率低的原因是什么", "为什么选址在村委会楼上",
                                      "存在哪些问题"])
def test_a_cause_of_one_thing_or_no_cause_is_not_the_causes_part(question):
    assert not causes_of_problems_asked(question)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["问题产生的原因是什么", "为什么会出现这些问题", "原因是什么"])
def test_the_causes_part_is_listed_whole(ask_of, question):
    answer = ask_of(SELF_REVIEW)(question)
    assert answer.answerable
    for cause in ("理论武装有所放松", "群众观念有所淡化", "斗争精神有所弱化"):
        assert cause in answer.answer, answer.answer
    assert "每周自学半天" not in answer.answer  # the measures part is not a cause


@pytest.mark.slow
@pytest.mark.parametrize("question", ["这些问题的根源是什么", "为啥会出现这些问题"])
def test_causes_run_on_in_one_paragraph_are_quoted(ask_of, question):
    answer = ask_of(SURVEY)(question)
    assert answer.answerable and "管理人员多为村干部兼职" in answer.answer and "群众不便前往" in answer.answer, \
        answer.answer


@pytest.mark.slow
def test_why_after_the_problems_is_their_causes(ask_of):
    problems = "调研发现了哪些问题"
    assert "利用率低" in ask_of(SURVEY)(problems).answer
    answer = ask_of(SURVEY)("为啥会这样", [problems])
    assert "图书更新经费没有纳入预算" in answer.answer, answer.answer


@pytest.mark.slow
def test_a_text_with_no_causes_part_is_not_given_one(ask_of):
    answer = ask_of(NO_CAUSES)("问题产生的原因是什么")
    assert "新增烘干能力" not in answer.answer


AREAS = """在巡视整改专题民主生活会上的发言提纲
一、查摆的突出问题
（一）在思想认识方面。一是对新理论学得不深，满足于读原文、记笔记。二是运用理论指导实践不够，遇到难题习惯于老办法。
（二）在工作作风上。一是调查研究走马观花，听汇报多、看现场少。二是文山会海仍未根治，全年印发文件较上年只减少一成。三是督查检查多头重复。
二、下步整改打算
（一）加快建设智慧政务平台。一是推进数据共享。二是压减审批环节。
（二）持续改进会风文风。一是严控会议数量。二是提高文件质量。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["查摆出了哪些突出问题", "存在哪些问题"])
def test_a_field_heading_lists_every_point_under_it(ask_of, question):
    answer = ask_of(AREAS)(question)
    for point in ("对新理论学得不深", "运用理论指导实践不够", "调查研究走马观花", "文山会海仍未根治", "督查检查多头重复"):
        assert point in answer.answer, answer.answer


@pytest.mark.slow
def test_a_heading_that_says_its_task_is_listed_by_its_lead(ask_of):
    answer = ask_of(AREAS)("下步整改打算有哪些")
    assert "加快建设智慧政务平台" in answer.answer and "持续改进会风文风" in answer.answer
    assert "压减审批环节" not in answer.answer, answer.answer  # a task's own points stay under it


# No part of its own: a sentence sorts the causes, the next ones give them.
SORTED = """关于全县政务服务工作的情况报告
一、存在的不足
一是部分事项网办率不高；二是窗口人员流动性大。产生这些问题，既有客观原因，也有主观原因。从客观上看，基层网络条件差。从主观上看，主要是业务培训跟不上，考核激励不够。
二、下步打算
年内实现高频事项全程网办。
"""
MANY_SIDED = """在全镇环境整治推进会上的讲话
一、当前问题
部分村庄垃圾清运不及时。原因是多方面的。一方面保洁经费不足，另一方面村民环保意识不强。
二、下步要求
各村要建立保洁长效机制。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, causes", [
    (SORTED, "为什么会出现这些问题？", ["基层网络条件差", "业务培训跟不上"]),
    (MANY_SIDED, "垃圾清运为啥不及时", ["保洁经费不足", "环保意识不强"]),
])
def test_a_sentence_that_sorts_the_causes_is_followed_by_them(ask_of, text, question, causes):
    answer = ask_of(text)(question)
    assert all(c in answer.answer for c in causes), answer.answer
