"""A figure asked in a measure (所, 人, a sum in 元, a rate) is answered only by a figure in it.

Texts and questions are written here; several wordings for each measure, and the forms
that name no measure (多少个, 提高到多少) stay unconstrained.
"""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.asked import asked
from qa.measure import holds_measure, measure_asked, sum_asked


@pytest.mark.parametrize("question, measure", [
    ("全区一共有多少所幼儿园?", "所"),
    ("今年要建几座污水处理厂?", "座"),
    ("被约谈的有多少名干部?", "名"),
    ("新城片区总投资多少?", "money"),
    ("技术改造专项资金安排了多少?", "money"),
    ("修这条路花了多少钱?", "money"),
    ("How much money is set aside for flood control?", "money"),
    ("森林覆盖率达到多少?", "rate"),
    ("城镇化率提高多少?", "rate"), ("增速回落了几个点", "rate"),  # the rate named, or its points
    ("粮食产量增长多少?", "rise"),  # a change of what is no rate: a rate, or the figure its verb takes
    ("财政收入比上年下降了多少?", "rise"),
    ("降水量比常年降了多少?", "rise"),
    # 降 of a weather noun is no change of a figure
    ("去年应对强降雨转移了多少群众?", None), ("今年降雪多少天?", None), ("寒潮降温影响了多少户?", "户"),
    ("研发投入占比是多少?", "rate"),
    ("What percentage of villages have tap water?", "rate"),
    ("仓库火灾造成了多少直接经济损失?", "money"),
    ("今年争取了多少上级资金?", "money"),
    ("去年居民消费价格涨了多少?", "rise"),  # how much a price rose: a rate or "上涨0.5元", not a sum of money
    ("猪肉价格上涨多少", "rise"),
    ("菜价跌了多少？", "rise"),
    ("一般性支出压减多少?", "change"),  # a cut of a sum is told as a rate or a sum
    ("三公经费砍了多少", "change"),
    ("会议费用节约了多少钱?", "change"),
    # a cut named with the sum it cuts: 降 is no rate's change here
    ("去年减税降费多少?", "change"), ("物流降本多少", "change"), ("给企业降了多少费", "change"),
    ("成本降低多少", "rise"),  # a figure that falls, asked by its fall
    # 多少个: things counted in any measure word, not a rate or a sum; not points of a rate or months
    ("要新建多少个充电站?", "count"), ("到2030年要有多少个县实现一体化", "count"), ("有几个村", "count"),
    ("几个月能完成", None), ("多少个亿元以上项目", None),
    ("去年发生了几起森林火灾", "起"),  # incidents and cases are counted in their own measure
    ("受理投诉多少件", "件"),
    ("抽检了多少批次", "批次"), ("不合格的有多少批次", "批次"),  # samples are counted in 批次, not in a share
    ("还有多少批了没供的地", None),  # 批 a verb here
    ("每个小分队配几个人", "人"), ("专班有多少个人", "人"), ("要建多少个项目", "count"), ("力争新开工多少个亿元以上项目", None),
])
def test_the_measure_is_read_off_the_question(question, measure):
    assert measure_asked(question) == measure
    assert asked(question).measure == measure


@pytest.mark.parametrize("question, noun", [
    ("文化中心总投资多少?", "投资"),
    ("每户补助多少钱?", "补助"),
    ("火灾造成多少直接经济损失?", "损失"),
    ("争取了多少上级资金?", "资金"),
    ("花了多少钱?", None),  # any sum
    ("合同金额是多少?", None),
])
def test_the_sum_asked_is_named(question, noun):
    assert sum_asked(question) == noun


@pytest.mark.parametrize("question", [
    "起征点提高到多少?",  # the level reached, in whatever unit
    "粮食产量是多少?",  # (常住人口是多少 asks a head count: tests/test_group_figures.py)
    "哪一年完成?",  # a date, not a quantity
])
def test_questions_that_name_no_measure_are_left_open(question):
    assert asked(question).measure is None


@pytest.mark.parametrize("clause, measure, holds", [
    ("基本实现城乡供水一体化的县达到45个", "count", True), ("新建中小学12所", "count", True),
    ("惠及3.2万户", "count", True), ("水质达标率达到95%以上", "count", False), ("培育五大产业集群", "count", True),
    ("比上年提高3个百分点", "count", False), ("总投资20亿元", "count", False),
    ("全年安排专项债券3.65万亿元", "money", True),
    ("新建城区幼儿园6所", "money", False),
    ("新建城区幼儿园6所", "所", True),
    ("处理党员干部三十七人", "名", True),
    ("增速比上年提高0.8个百分点", "rate", True),
    ("森林覆盖率达到百分之六十二", "rate", True),
    ("起征点提高到15万元", "rate", False),
    ("接待游客一千二百万人次", "人", True),
    ("转移农村劳动力11万余人", "人", True),
    ("完成高标准农田建设3.5万多亩", "亩", True),
    ("全年完成工业投资120亿", "money", True),
    ("新增就业1100万人", "money", False),
    ("研发人员占比达到三分之一", "rate", True),
    ("一般性支出再压减5%", "change", True),
    ("压减非急需非刚性支出1.2亿元", "change", True),
    ("压减会议数量两成", "change", True),
    ("精简会议12个", "change", False),
    # enterprises and households are counted in 家 or 户
    ("全年新设经营主体52.6万户，同比增长11.3%", "家", True),
    ("新增规模以上工业企业23家", "户", True),
    ("完成农村户厕改造2500户", "家", True),
    ("新建5G基站300个", "家", False),
])
def test_a_clause_holds_a_figure_in_the_measure(clause, measure, holds):
    assert holds_measure(clause, measure) is holds


SPEECH = """在全区教育工作会议上的讲话
同志们：
一、过去一年教育工作回顾
去年，全区新建、改扩建中小学4所，新增学位1800个，区实验中学新校区顺利投入使用。
全区高考本科上线率比上年提高2.1个百分点，义务教育巩固率保持在百分之九十九以上。
二、今年教育重点工作
（一）推进学校建设
今年要开工建设城北九年一贯制学校，年内完成主体工程。
（二）加强教师队伍建设
全年招聘新教师260名，组织骨干教师赴外地跟岗培训。
三、建设经费保障
区财政要优先保障教育投入，严格执行教育经费“两个只增不减”要求。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    variant = assistant.variant(index=index_in_memory([parse_speech(SPEECH, "edu")], encoder))
    return lambda q: variant.ask(q)


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "城北九年一贯制学校总投资多少?",
    "区实验中学新校区花了多少钱?",
    "今年招聘新教师的经费是多少?",
])
def test_a_sum_the_speech_never_gives_is_declined(ask, question):
    answer = ask(question)
    assert not answer.answerable
    assert "未给出" in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("今年招聘多少名新教师?", "260"),
    ("去年新建改扩建了几所中小学?", "4所"),
    ("本科上线率提高了多少?", "2.1个百分点"),
])
def test_a_figure_in_the_asked_measure_is_answered(ask, question, fact):
    answer = ask(question)
    assert answer.answerable
    assert fact in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["建设经费保障部分说教育投入有多少钱?", "建设经费保障一共安排了多少钱?"])
def test_a_named_heading_does_not_answer_a_sum_it_lacks(ask, question):
    answer = ask(question)
    assert not answer.answerable
    assert "未给出" in answer.answer


INVEST = """在全县招商引资工作推进会上的讲话
同志们：
一、上半年招商引资工作情况
上半年，全县招商引资到位资金5.2亿元，新签约项目14个，预计达产后年产值30亿元。
县经济开发区新建标准厂房8万平方米，落户企业年上缴税收6000万元。
二、下半年重点工作
要盯紧在谈项目，力争下半年新签约亿元以上项目6个。
"""


@pytest.fixture(scope="module")
def ask_invest(assistant, encoder):
    variant = assistant.variant(index=index_in_memory([parse_speech(INVEST, "invest")], encoder))
    return lambda q: variant.ask(q)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["新签约项目总投资多少?", "标准厂房建设投资了多少?"])
def test_a_sum_of_another_name_does_not_answer_the_sum_asked(ask_invest, question):
    answer = ask_invest(question)  # 产值 and 税收 are sums, not what was invested
    assert not answer.answerable
    assert "未给出" in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [("上半年招商引资到位资金有多少?", "5.2亿元"),
                                            ("落户企业上缴了多少税款?", "6000万元")])
def test_a_sum_named_as_asked_is_answered(ask_invest, question, fact):
    answer = ask_invest(question)
    assert answer.answerable and fact in answer.answer


CUT_PLAN = """在全县文旅产业发展大会上的讲话
同志们：
一、文旅产业发展成效
去年全县接待游客六百万人次，旅游综合收入五十二亿元。
二、下一步重点工作
（一）提升景区品质
年内新创建国家四级旅游景区一家。
（二）发展乡村旅游
一是 ……(未完，全文共5200字，当前仅显示600字)
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["发展乡村旅游要建多少个精品民宿?", "发展乡村旅游安排了多少资金?"])
def test_a_figure_asked_of_a_section_the_excerpt_cuts_gets_the_cut_notice(assistant, encoder, question):
    variant = assistant.variant(index=index_in_memory([parse_speech(CUT_PLAN, "cut")], encoder))
    answer = variant.ask(question)
    assert answer.answerable  # what is shown, and that the rest is not
    assert "cut_off" in [n.kind for n in answer.notices]


@pytest.mark.parametrize("question, total", [
    ("这个县有多少所中小学?", True),
    ("全区一共有几家养老机构?", True),
    ("医院床位总数是多少?", True),
    ("今年新建了几所幼儿园?", False),
    ("新增了多少家企业，总数是多少?", False),  # asks the added ones too
    ("城区学校要改造多少所?", False),
    ("去年处理了多少名党员干部?", False),
    ("全县一共多少个行政村?", True), ("总共是多少家企业?", True),
    # 一共 before another verb sums what was done in the period: a flow figure tells it
    ("环境违法一共罚了多少钱?", False), ("今年总共培训了多少人?", False), ("一共查处了几起案件?", False),
])
def test_a_total_is_asked_apart_from_what_was_added(question, total):
    assert asked(question).total is total


@pytest.mark.parametrize("window, only_added", [
    ("处理党员干部73人", True), ("约谈乡镇主要负责人9人", True), ("今年新建幼儿园5所", True),
    ("全县现有党员1.2万名", False), ("累计培训农民3000人次", False),
    # a count of kinds is how many there are; 拆除新建 names a way, not things added
    ("按照拆除新建、整治提升、拆整结合三种方式分类实施", False), ("新增项目分两类管理", False),
    ("今年重新建设村级活动场所12个", False),
    # taken away in a period, which says nothing of the stock
    ("确保全年化解存量债务不低于3.2亿元", True), ("拆除违法建设1.6万平方米", True), ("淘汰燃煤小锅炉85台", True),
    ("违法建设存量累计达到3万平方米", False),
])
def test_a_figure_of_those_acted_on_or_added_tells_no_total(window, only_added):
    from qa.measure import tells_only_added
    assert tells_only_added(window) is only_added


TOTALS = """在全区养老服务工作会议上的讲话
同志们：
一、养老服务基本情况
全区现有养老机构27家，床位3100张。今年新建社区养老服务站12个，新增护理型床位400张。
今年还新建社区老年食堂15处，为高龄老人提供助餐服务。
二、下一步工作
要加快建设区级综合养老服务中心。
"""


@pytest.fixture(scope="module")
def ask_totals(assistant, encoder):
    variant = assistant.variant(index=index_in_memory([parse_speech(TOTALS, "care")], encoder))
    return lambda q: variant.ask(q)


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [("全区有多少家养老机构?", "27家"),
                                            ("今年新建了多少个社区养老服务站?", "12个")])
def test_a_total_or_an_addition_is_answered_by_its_own_figure(ask_totals, question, fact):
    answer = ask_totals(question)
    assert answer.answerable and fact in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["全区一共有多少处社区老年食堂?", "全区现有几处社区老年食堂?"])
def test_a_total_the_speech_gives_only_as_an_addition_is_declined(ask_totals, question):
    answer = ask_totals(question)  # only how many were added is given
    assert not answer.answerable
    assert "未给出" in answer.answer


DISCIPLINE = """在全县作风建设推进会上的讲话
同志们：
今天召开全县作风建设推进会，主要是动员全县党员干部进一步转变作风。
一、作风建设情况
去年以来，县纪委监委共查处群众身边不正之风问题52起，处理党员干部73人，约谈乡镇主要负责人9人。
二、下一步工作
要坚持严管和厚爱结合，健全容错纠错机制。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, answerable, fact", [
    ("全县有多少名党员?", False, None), ("全县一共有几名乡镇主要负责人?", False, None),
    ("去年处理了多少名党员干部?", True, "73人"), ("约谈了几名乡镇主要负责人", True, "9人"),
])
def test_a_figure_of_those_acted_on_is_no_total(ask_of, question, answerable, fact):
    answer = ask_of(DISCIPLINE)(question)
    assert answer.answerable is answerable, answer.answer
    assert fact is None or fact in answer.answer


@pytest.mark.parametrize("clause, holds", [
    ("5575万农村贫困人口实现脱贫", True), ("960多万建档立卡贫困人口完成搬迁", True),
    ("全年培训农民工3.2万人次", True), ("1.5万名高校毕业生留在本地就业", True),
    ("1200个村的人口", False), ("建成住宅面积万平方米", False), ("新建农村公路186公里", False),
])
def test_people_counted_by_the_noun_that_names_them_are_a_count_of_people(clause, holds):
    assert holds_measure(clause, "人") == holds


THRIFT = """在全市财政工作会议上的讲话
同志们：
一、去年财政运行情况
去年全市坚持过紧日子，市本级一般性支出压减6%，三公经费下降12%。
二、今年重点工作
今年各部门非急需非刚性支出再压减8000万元，会议和培训数量精简两成。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("去年一般性支出砍了多少?", "6%"),
    ("今年非刚性支出压减多少钱?", "8000万元"),
    ("三公经费去年减少了多少", "12%"),
])
def test_a_cut_of_a_sum_is_answered_by_its_rate_or_its_sum(ask_of, question, fact):
    answer = ask_of(THRIFT)(question)
    assert answer.answerable, answer.answer
    assert fact in answer.answer


# A figure's bound: asked the least ("最低", "至少"), a text giving only the most ("最高给予3万元")
# does not answer; asked the most, or neither, it does. Texts written here, in two wordings.
BOUNDS = """在全县安全生产工作会议上的讲话
同志们：
要完善安全生产举报奖励制度，对举报重大事故隐患经查证属实的，最高给予3万元奖励。
对新招录的安全监管人员，每年至少开展培训40小时。
"""


@pytest.mark.parametrize("question, bound", [("举报隐患最低给多少奖励", "lower"), ("最多奖励多少", "upper"),
                                             ("至少培训多少学时", "lower"), ("奖励多少钱", None),
                                             ("最高和最低奖励分别是多少", None)])
def test_the_bound_asked(question, bound):
    from qa.measure import bound_asked

    assert bound_asked(question) == bound


@pytest.mark.slow
@pytest.mark.parametrize("question, answered", [
    ("举报隐患最低给多少奖励", False), ("举报隐患最少奖励多少钱", False), ("举报隐患最高给多少奖励", True),
    ("举报隐患奖励多少钱", True), ("培训最多多少小时", False), ("每年至少培训多少小时", True),
])
def test_a_figure_of_the_other_bound_does_not_answer(ask_of, question, answered):
    assert ask_of(BOUNDS)(question).answerable == answered


@pytest.mark.slow
@pytest.mark.parametrize("question, answered", [("去年发生了几起森林火灾", False), ("去年发生了几起生产安全事故", True)])
def test_incidents_counted_in_another_measure_do_not_answer(ask_of, question, answered):
    text = ("在全县安全生产工作会议上的讲话\n同志们：\n去年全县共发生生产安全事故17起。我县是森林火灾的易发多发区，"
            "森林覆盖率达到58.6%。\n")
    assert ask_of(text)(question).answerable == answered



CUTS = """在全市优化营商环境大会上的讲话
同志们：
一、去年工作回顾
去年全市为经营主体减税降费21.6亿元，政务服务事项全部实现网上可办。物流企业平均降本8%。
二、今年重点任务
今年要继续落实结构性减税降费政策，工业用电价格保持稳定。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("减税降费多少", "21.6亿元"),
    ("给经营主体减税降费多少?", "21.6亿元"),
    ("给企业降了多少费", "21.6亿元"),
    ("物流企业降本多少", "8%"),
])
def test_a_cut_named_with_its_sum_is_answered_in_either_measure(ask_of, question, fact):
    answer = ask_of(CUTS)(question)
    assert answer.answerable, answer.answer
    assert fact in answer.answer


COUNTIES = """关于推进城乡供水一体化的实施意见
一、总体目标
到2025年，全省基本实现城乡供水一体化的县达到45个，农村自来水普及率达到94%。到2030年，全省农村自来水普及率达到97%，水质达标率达到95%以上，平原地区全面实现城乡供水一体化。
二、重点任务
今年新建规模化供水工程36处，改造老旧管网1200公里。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["到2030年要有多少个县实现城乡供水一体化", "2030年实现一体化的县有几个"])
def test_a_count_asked_is_not_told_by_a_rate(ask_of, question):
    answer = ask_of(COUNTIES)(question)
    assert not answer.answerable, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [("到2025年有多少个县实现城乡供水一体化", "45个"),
                                            ("今年新建几个规模化供水工程", "36处")])
def test_a_count_in_any_measure_word_answers(ask_of, question, fact):
    answer = ask_of(COUNTIES)(question)
    assert answer.answerable and fact in answer.answer, answer.answer


@pytest.mark.parametrize("question, clause", [
    ("今年要开展多少次执法检查", "全年开展执法检查不少于600家次"),
    ("培训了多少次", "开展职业技能培训1.2万人次"),
    ("入户安检搞了几次", "完成燃气入户安检3.6万户次"),
    ("开展了多少次应急演练", "组织应急演练46场次"),
])
def test_times_asked_are_told_per_unit(question, clause):
    # "多少次" is answered by 家次, 人次, 户次, 场次: times counted per firm, person, household, session
    what = asked(question)
    assert what.measure == "次" and holds_measure(clause, what.measure)


def test_times_asked_are_not_told_by_another_count():
    assert not holds_measure("全年检查企业600家", "次")


@pytest.mark.slow
def test_a_times_question_of_a_work_plan_is_answered(ask_of):
    plan = ("县应急管理局2026年工作要点\n一、防范化解重大安全风险\n"
            "1.开展安全生产治本攻坚。全年开展执法检查不少于600家次，重大事故隐患动态清零。"
            "（牵头单位：县应急管理局；完成时限：12月底前）\n"
            "2.强化应急演练。组织综合应急演练不少于12场次。（牵头单位：县应急管理局）\n")
    answer = ask_of(plan)("今年要开展多少次执法检查")
    assert answer.answerable and "600家次" in answer.answer, answer.answer


@pytest.mark.parametrize("clause, holds", [
    ("营商环境评价力争进入全市前三位", False), ("排名全省第3名", False), ("考核位列全市第一位", False),
    ("全年培训1200人", True), ("一等奖3名", True), ("32位专家参加评审", True)])
def test_a_rank_is_no_count_of_people(clause, holds):
    """"前三位", "第3名" rank a thing; they count no people asked of ("一共有多少人参加")."""
    assert holds_measure(clause, "人") is holds


@pytest.mark.parametrize("clause, holds", [
    ("人均预期寿命再提高1岁", True), ("地区生产总值增长5.5%左右", True), ("粮食产量增加12万吨", True),
    ("居民消费价格涨幅3%左右", True), ("地区生产总值达到1200亿元", False), ("居民收入稳步增长", False),
])
def test_a_change_of_what_is_no_rate_is_told_as_a_rate_or_by_its_verb(clause, holds):
    from qa.measure import holds_measure

    assert holds_measure(clause, "rise") is holds


WAYS = """在全市城市更新工作会议上的讲话
三、重点任务
（二）稳妥推进城中村改造
按照拆除新建、整治提升、拆整结合三种方式分类实施，今年新开工城中村改造项目6个。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["城中村改造有几种方式", "城中村改造一共有几种方式"])
def test_a_count_of_ways_asked_as_how_many_there_are(ask_of, question):
    a = ask_of(WAYS)(question)
    assert a.answerable and "三种方式" in a.answer, a.answer


SCORES = """在全市城市更新工作会议上的讲话
一、去年的成绩
经第三方机构测评，老旧小区改造群众满意度达到93.6分，比上年提高2.4分。
全年新开工改造城镇老旧小区312个。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["老旧小区改造群众满意度是多少分？", "群众满意度打了多少分"])
def test_a_score_is_a_figure(ask_of, question):
    a = ask_of(SCORES)(question)
    assert a.answerable and "93.6分" in a.answer, a.answer


# A rank asked by its count word ("排名目标是多少名", "名次要进到几位"): no people counted, so "前三位" answers.
@pytest.mark.parametrize("question", ["今年满意度排名目标是多少名", "营商环境名次要进到几位", "排名力争前进多少位"])
def test_a_rank_asked_by_its_count_word_asks_no_people(question):
    assert measure_asked(question) is None


@pytest.mark.parametrize("question, measure", [("有多少名干部参加培训", "名"), ("新增多少位专家", "位")])
def test_people_counted_are_still_people(question, measure):
    assert measure_asked(question) == measure


RANKED = """在全市政务服务工作会议上的讲话
一、去年工作成效
政务服务满意度在全省排名第六。
二、今年重点任务
今年的目标是，政务服务满意度力争进入全省前三位。全年培训窗口工作人员1200人次。
"""


@pytest.mark.slow
def test_a_rank_target_is_answered_in_its_own_words(ask_of):
    answer = ask_of(RANKED)("今年满意度排名目标是多少名")
    assert answer.answerable and "前三位" in answer.answer, answer.answer


DEBTS = """在全县防范化解债务风险工作会议上的讲话
同志们：
一、工作进展
去年全县化解隐性债务4.1亿元，拆除违法建设1.6万平方米，淘汰燃煤小锅炉85台。
二、下步安排
今年要确保化解存量隐性债务不低于3.2亿元，严禁新增隐性债务。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, answerable, fact", [
    ("全县隐性债务总共有多少?", False, None), ("全县现有多少违法建设?", False, None),
    ("全县一共有几台燃煤小锅炉?", False, None),
    ("去年化解了多少隐性债务?", True, "4.1亿元"), ("去年淘汰了几台燃煤小锅炉", True, "85台"),
])
def test_a_figure_of_what_was_taken_away_is_no_total(ask_of, question, answerable, fact):
    answer = ask_of(DEBTS)(question)
    assert answer.answerable is answerable, answer.answer
    assert fact is None or fact in answer.answer


INSPECTION = """关于农产品质量安全法实施情况的执法检查报告
一、主要成效
今年共完成农产品快速检测1.8万批次，合格率99.2%；定量抽检420批次，合格率98.6%。
二、存在问题
抽检发现的不合格样品中，农药残留超标占八成以上。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, answerable, fact", [
    ("定量抽检了多少批次", True, "420批次"),
    ("农药残留超标的样品具体有多少批次", False, None),  # only a share is given
])
def test_a_count_in_batches_is_no_share(ask_of, question, answerable, fact):
    answer = ask_of(INSPECTION)(question)
    assert answer.answerable is answerable, answer.answer
    assert fact is None or fact in answer.answer
