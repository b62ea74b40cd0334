"""Questions in everyday words about what a text says in official terms (看病 for 就医, 规上 for
规模以上, 红白喜事 for 婚丧): answered from the text, not declined. Texts written here."""
from __future__ import annotations

import pytest

from qa.everyday_words import official_words, word_variants

LIVELIHOOD = """在全县民生实事推进会上的讲话
同志们：
参加今天会议的有县直各部门和各乡镇主要负责同志。
一、关于今年民生实事进展
今年以来，全县新增城镇就业4200人，城乡居民医保参保率稳定在96%以上。全县规模以上工业企业达到132家，比上年增加9家。
二、关于下一步重点工作
一是推进异地就医直接结算。年内实现县域内所有定点医疗机构接入省级结算平台，群众跨省就医不再垫付。
二是办好义务教育。新建农村寄宿制学校3所，中等职业教育学生全部免除学杂费。
三是补齐通信短板。完成62个行政村宽带网络提速改造，实现4G网络自然村全覆盖。
四是推进移风易俗。各村修订村规民约，对婚丧事宜大操大办、高价彩礼等不良风气进行劝导。
五是深入开展扫黑除恶。严厉打击农村黑恶势力和宗族恶势力，坚决铲除“村霸”滋生土壤。
六是推进老旧小区改造。编制改造方案时要广泛征求居民意见，改造后小区住宅空置率控制在5%以内。
"""

FORESTRY = """在全县林业工作会议上的讲话
同志们：
今年全县完成植树造林3.2万亩，森林覆盖率提高到61.5%。下一步要加强森林防火，新建防火通道80公里。
"""


@pytest.mark.parametrize("text, words", [
    ("农民看病异地报销怎么办", ["就医", "结算"]),
    ("规上企业有多少家", ["规模以上"]),
    ("村里红白喜事大操大办", ["婚丧", "大操大办"]),
    ("网速太慢", ["宽带"]),
    ("欠企业的钱啥时候还清", ["清偿", "应清尽清"]),
    ("欠款什么时候还钱", ["拖欠", "账款", "偿还"]),
    ("去年改了多少个老小区 多少户受益", ["老旧小区", "惠及"]), ("县城内涝的地方谁来整治", ["易涝"]),
    ("电动车充电桩建多少个", ["电动自行车"]), ("科创中心什么时候建好", ["科技创新"]),
    ("今年经济要涨多少", ["地区生产总值"]), ("农村盖房子要注意什么", ["建房"]),
    ("发现着火了多久得报上去", ["火情", "上报"]), ("经济增速目标是多少", ["地区生产总值"]),
    ("饭馆里用煤气罐的有多少家", ["餐饮", "液化石油气"]), ("宣传材料打算发多少份", ["宣传资料"]),
    ("这次检查查出多少问题", ["发现", "排查"]), ("查到了几处隐患", ["发现"]), ("找出哪些短板", ["发现"]),
    ("小吃店的液化气罐查了没有", ["餐饮", "瓶装液化石油气"]),
    # a regulation's words: penalties, cuts, when it takes effect, what is done without leave
    ("乱扔垃圾怎么罚", ["罚款", "随意丢弃"]), ("不听劝会被罚多少", ["罚款", "拒不"]),
    ("一般性支出还要压多少", ["压减"]), ("会议经费砍了多少", ["压减", "削减"]),
    ("这个条例什么时候开始执行", ["施行"]), ("办法哪天生效", ["施行"]), ("私自占道摆摊", ["擅自", "占用道路"]),
    # trade, weather, schools, water, places and how work goes
    ("企业出国参展一年多少场", ["境外"]), ("网上卖货要涨多少", ["网络零售"]), ("钱紧怎么办", ["财力紧张"]),
    ("民营企业投资占比多少", ["民间"]), ("公司买车能补吗", ["企业", "单位"]), ("举报隐患能拿多少奖金", ["奖励"]),
    ("遇到大暴雨怎么办", ["强降雨"]), ("学校门口的路怎么整治", ["学校周边"]), ("老师不够怎么办", ["教师"]),
    ("管子漏水多不多", ["漏损"]), ("晚上几点以后不让施工", ["夜间"]),
    ("水厂建好了没人管", ["管护"]), ("干部能回村任职吗", ["回乡"]),
    ("老商场要怎么改造", ["传统商品市场"]), ("农村厕所改了多少户", ["户厕"]),
    # who pays from its own purse: "镇里自己出多少" of "镇财政安排…", "县级财政投入…"
    ("镇里自己出多少钱", ["镇级财政", "财政安排"]), ("农户自己出多少", ["自筹"]),
    # missing a set time: "错过时间了怎么办" of "集中投放时段以外…保留…误时投放点"
    ("错过投放时间了怎么办", ["误时", "以外"]), ("错过申报期还能补吗", ["逾期"]),
    # fireworks as people say them: "放鞭炮会被罚多少钱" of "禁止燃放烟花爆竹，违者…处200元以上500元以下罚款"
    ("放鞭炮会被罚多少钱", ["烟花爆竹"]), ("过年能放炮吗", ["燃放烟花爆竹"]),
    # noise, selling online and money in all as people say them
    ("有没有提到噪音", ["噪声"]), ("晚上施工扰民怎么管", ["噪声"]), ("有没有讲直播带货", ["直播电商"]),
    ("补贴一共多少钱", ["总额"]), ("这个项目总共多少钱", ["总投资"]),
])
def test_everyday_words_give_the_terms_texts_write(text, words):
    assert all(w in official_words(text) for w in words)


@pytest.mark.parametrize("text", ["处罚决定书", "压力传导到位", "惩罚性赔偿", "压实责任", "压缩审批时间"])
def test_words_already_official_are_not_read_as_everyday(text):
    assert "罚款" not in official_words(text) and "削减" not in official_words(text)


CUTS = """在全县财政工作会议上的讲话
同志们：
一、过去一年财政运行情况
过去一年，全县财政运行总体平稳。一般公共预算收入完成12.6亿元，增长5.1%。
二、今年重点工作
要严格预算执行管理，一般性支出在去年压减基础上再压减8%，三公经费只减不增。要加强税收征管，全年组织税收收入增长6%以上。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [("一般性支出今年还要压多少", "再压减8%"),
                                                ("一般性支出要砍掉多少", "再压减8%")])
def test_a_cut_asked_in_everyday_words_is_answered(ask_of, question, expected):
    answer = ask_of(CUTS)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.parametrize("word", ["城市", "学校", "不好", "地方", "门口", "网上"])
def test_a_common_word_borrows_no_terms(word):
    assert word_variants(word) == [] or all(w != "例如" for w in word_variants(word)), word_variants(word)


def test_a_piece_of_a_long_everyday_word_lends_its_terms():
    assert "婚丧" in word_variants("喜事") and "婚丧" in word_variants("红白")
    assert word_variants("社会") == []  # a piece of a short entry (黑社会) lends nothing
    assert word_variants("林业") == []


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("农民看病异地报销有什么安排？", "异地就医直接结算"),
    ("孩子上学方面有什么打算", "义务教育"),
    ("中职的学费怎么办", "免除学杂费"),
    ("村里网速慢的问题怎么解决", "宽带网络提速"),
    ("村里办红白喜事的风气怎么管", "大操大办"),
    ("村霸和黑社会怎么治", "黑恶势力"),
    ("规上企业一共多少家", "132家"),
    ("都有哪些单位来参会", "县直各部门"),
    ("编方案时要听取谁的意见", "征求居民意见"),
    ("改造后住房空置率控制在多少", "5%以内"),
])
def test_everyday_questions_are_answered_from_the_terms(ask_of, question, expected):
    answer = ask_of(LIVELIHOOD)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["孩子上学有什么政策", "农民看病报销比例是多少", "村霸怎么治"])
def test_everyday_questions_on_what_a_text_never_covers_are_declined(ask_of, question):
    assert not ask_of(FORESTRY)(question).answerable


EXAMPLE = """在全市文旅融合推进会上的讲话
同志们：
从全国看，许多先进地区通过文旅融合带动了乡村振兴。例如，*县通过打造民宿集群，带动农民人均增收3000元。
我市文旅融合还处于起步阶段。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["讲话里作为先进典型举例的是哪个县？", "讲话举例的是哪个县"])
def test_an_example_asked_in_other_words_is_quoted_with_its_blank(ask_of, question):
    answer = ask_of(EXAMPLE)(question)
    assert answer.answerable and "*县通过打造民宿集群" in answer.answer, answer.answer
    assert any(n.kind == "blank" for n in answer.notices)


SEWAGE = """青溪县农村污水治理行动方案
一、主要目标
到2025年底，全县农村生活污水治理率达到52%以上。
二、运行管理
将处理设施出水水质纳入执法监测范围，每半年开展一次抽测。运维经费按照每吨水不低于1.2元的标准纳入县级财政预算。
项目建成后组织验收，验收不合格的不得投入使用。从今年4月起，将每月15日确定为“设施维护日”。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("到今年年底，全县农村污水治理率得达到多少？", "52%以上"),
    ("处理设施的出水水质多久抽检一次", "每半年"),
    ("运维费用按多少钱一吨水来保障", "1.2元"),
    ("验收不过关的项目会怎样", "不得投入使用"),
    ("设施维护日定在哪一天", "每月15日"),
])
def test_everyday_forms_of_rates_checks_and_days_are_answered(ask_of, question, expected):
    answer = ask_of(SEWAGE)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


def test_one_unit_is_each_unit():
    assert word_variants("一吨") == ["每吨"] and word_variants("一年") == ["每年", "年均"]
    assert word_variants("一户") == ["每户", "户均"]


GROWTH = """青禾县特色农业发展情况通报
近三年来，我县茶园面积年均扩大1.2万亩，茶农户均增收3800元。全县建成标准化茶叶加工厂12家，
带动就业4500人。下一步，要推动茶旅融合，打造茶文化特色小镇。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("茶园面积一年扩大多少？", "1.2万亩"),
    ("茶农一户能增收多少钱？", "3800元"),
])
def test_a_figure_per_unit_is_its_average(ask_of, question, expected):
    answer = ask_of(GROWTH)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


FUNDING = """关于推进农村公路提档升级的实施意见
一、主要目标
到2027年，全县新改建农村公路300公里，实现乡镇通三级公路。
二、资金保障
建立多元化投入机制。一是加大财政投入，县财政每年安排专项资金3000万元。二是用好债券资金，积极争取地方政府专项债券。三是引导社会资本参与农村公路养护。
三、组织实施
由县交通运输局牵头，各乡镇配合。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["钱从哪来？", "修路的钱从哪里来"])
def test_an_everyday_phrase_is_one_word_of_the_question(ask_of, question):
    # "钱从哪来": its pieces (钱, 哪) say nothing alone; the phrase is the text's 资金/投入
    answer = ask_of(FUNDING)(question)
    assert answer.answerable and ("财政投入" in answer.answer or "专项资金" in answer.answer), answer.answer


# The standard figures of a work report by the names people give them (GDP, 财政收入, 固投, 社零,
# 外贸, 农民收入, 开个公司), against a report of our own that writes the statistical names. Its part
# of results opens "过去的一年，…", which dates the items under it: their sentences name no year.
FIGURES = """在全县2025年经济工作会议上的讲话
同志们：
一、正视成绩，坚定发展信心
过去的一年，全县上下顶住压力、稳住大盘，交出了一份来之不易的成绩单。
一是经济运行稳中有进。全年实现地区生产总值186.4亿元，同比增长6.2%；一般公共预算收入12.37亿元，增长5.8%；社会消费品零售总额78.6亿元，增长6.9%。
二是开放水平持续提升。进出口总额达到23.5亿元，增长11.2%；农村居民人均可支配收入21860元，增长7.2%。
三是营商环境持续优化。企业开办时间压缩至0.5个工作日，新增市场主体6842户。
二、锚定目标，扎实做好今年工作
今年全县经济社会发展的主要目标是：地区生产总值增长6.5%左右，固定资产投资增长10%以上。
"""


@pytest.mark.parametrize("word, term", [
    ("GDP", "地区生产总值"), ("财政收入", "一般公共预算收入"), ("固投", "固定资产投资"), ("社零", "社会消费品零售总额"),
    ("外贸", "进出口总额"), ("农民收入", "农村居民人均可支配收入"), ("公司", "企业开办"),
])
def test_the_everyday_name_of_a_figure_gives_its_statistical_name(word, term):
    assert term in word_variants(word)


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("去年财政收入有多少", "12.37亿元"),
    ("去年社零总额多少", "78.6亿元"),
    ("去年外贸做了多少", "23.5亿元"),
    ("去年农民收入涨了多少", "7.2%"),
    ("现在开个公司要几天", "0.5个工作日"),
    ("今年固投要涨多少", "10%以上"),
])
def test_figures_asked_by_their_everyday_names_are_answered(ask_of, question, expected):
    answer = ask_of(FIGURES)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


DINING = """在全镇燃气安全专项整治会议上的讲话
同志们：
一、摸清底数
全镇现有餐饮经营场所58家，其中使用瓶装液化石油气的有37家，要全部安装燃气泄漏报警装置。
二、加强宣传
今年计划印发宣传资料8000份，组织志愿者入户讲解用气常识。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("饭店里用煤气罐的有几家", "37家"), ("一共有多少家饭馆", "58家"),
    ("宣传材料要发多少份", "8000份"), ("用液化气罐的小吃店要装什么", "报警装置"),
])
def test_dining_gas_and_leaflets_in_everyday_words_are_answered(ask_of, question, expected):
    answer = ask_of(DINING)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


UNFINISHED = """在全市2026年民生和资源保障工作会议上的讲话
同志们：
一、土地和项目
全市批而未供土地还有2140亩，未完工的续建项目还有17个。
二、执法和托育
去年全市办理市场监管行政处罚案件412件，罚没款1560万元。今年新增普惠托位2600个，新建社区托育机构12家。
"""


@pytest.mark.parametrize("text, words", [
    ("批了没供的地还有多少", ["未供"]), ("还没完工的项目有几个", ["未完"]),
    ("超标排放被罚钱的企业有几家", ["罚款"]), ("托儿的位子今年加多少", ["托位"]),
])
def test_spoken_not_yet_fines_and_childcare_give_the_written_words(text, words):
    found = official_words(text)
    assert all(w in found for w in words), found


def test_no_people_and_no_means_are_not_a_not_yet():
    assert not any(w.startswith("未") for w in official_words("房子盖好了没人住，没有办法"))


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("还有多少批了没供的地", "2140亩"),
    ("没完工的续建项目还剩几个", "17个"),
    ("托儿的位子今年新增多少", "2600个"),
])
def test_spoken_forms_of_not_yet_fines_and_childcare_are_answered(ask_of, question, expected):
    answer = ask_of(UNFINISHED)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


TOILETS = """在全县农村人居环境整治推进会上的讲话
同志们：
一、去年工作回顾
去年全县新改建农村户用卫生厕所3150户，农村生活污水治理率达到38%。
二、今年重点任务
一是扎实推进农村厕所革命。今年计划新改建农村户用卫生厕所4200户，6月30日前完成问题厕所整改。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["去年改了3150户厕所，今年的改厕任务比去年多还是少", "今年改厕任务比去年多吗"])
def test_a_comparison_of_a_shortened_term_quotes_both_years(ask_of, question):
    answer = ask_of(TOILETS)(question)
    assert answer.answerable and "3150户" in answer.answer and "4200户" in answer.answer, answer.answer


OUTPUT = """在全县经济工作会议上的讲话
同志们：
一、2023年工作回顾
过去一年，全县经济运行总体回升向好。全年地区生产总值完成186.4亿元，同比增长6.2%。
我们也要看到，全县地区生产总值仍不到全市县均水平的九成，人均地区生产总值只有全省平均水平的72%左右。
二、2024年主要目标
今年全县地区生产总值增长6.5%左右，一般公共预算收入增长7%。
"""


@pytest.mark.parametrize("question, focus", [("去年全县GDP是多少", ["gdp"]), ("全市GDP总量多少", ["gdp", "总量"])])
def test_a_latin_term_with_a_chinese_name_is_what_is_asked_and_the_own_level_is_not(question, focus):
    from qa.asked import asked
    assert sorted(asked(question).focus[:len(focus)]) == sorted(focus)
    assert not any(w in ("全县", "全市") for w in asked(question).focus)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["去年全县GDP是多少", "2023年全县经济总量是多少"])
def test_the_output_asked_by_its_everyday_name_is_its_sum_not_a_share(ask_of, question):
    answer = ask_of(OUTPUT)(question)
    assert answer.answerable and "186.4亿元" in answer.answer, answer.answer


INSPECTION = """关于全县燃气安全专项检查情况的通报
各乡镇人民政府，县直有关单位：
4月8日至4月19日，县安委会办公室组织3个检查组，对全县46家燃气经营和使用单位开展专项检查，共发现问题隐患93项，其中重大隐患3项。
对检查发现的问题，各乡镇要于5月10日前整改到位，并将整改情况报县安委会办公室。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [("这次检查一共查出多少问题", "93项"),
                                                ("查到了几项重大隐患", "3项")])
def test_what_an_inspection_found_is_asked_in_everyday_words(ask_of, question, expected):
    answer = ask_of(INSPECTION)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


RULES = """某区生活垃圾分类管理办法
第一条 住宅小区实行定时定点投放，集中投放时间为每日7时至9时、18时至21时。
第二条 集中投放时段以外，物业服务企业应当在小区保留至少一处误时投放点。
第三条 每年6月为本区垃圾分类宣传月。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["错过时间了怎么办", "错过了投放时间咋办"])
def test_a_missed_time_asked_in_everyday_words_is_answered(ask_of, question):
    answer = ask_of(RULES)(question)
    assert answer.answerable and "误时投放点" in answer.answer, answer.answer


# A count over a span said without naming it ("一年开了多少次会"), and what was found, gathered, visited
# or served said in the user's words: the text writes 全年/2023年, 指出/查摆, 征集, 乡镇村组, 宴席.
CONDUCT = """在全县机关作风整顿大会上的讲话
一、查摆的问题
市委督查组上月反馈了督查意见，共指出3个方面9个具体问题。我们自查又查摆出问题15个。
2024年以县委办名义印发的文件达126件。全年到乡镇、村组走访调研41天。
会前共征集到群众意见建议33条，已全部梳理交办。
二、下步要求
党员干部操办婚丧宴席，规模一律控制在15桌以内。每季度开展一次作风明察暗访。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("督查组一共查出来多少个问题", "9个具体问题"),
    ("一年印发了多少件文件", "126件"),
    ("县委办一年发了多少个文件", "126件"),
    ("一年下基层调研多少天", "41天"),
    ("干部下乡走访一共几天", "41天"),
    ("会前收集了多少条意见", "33条"),
    ("开会前收到群众多少条意见建议", "33条"),
    ("办酒席最多能摆几桌", "15桌"),
    ("党员干部摆酒席能摆多少桌", "15桌"),
])
def test_a_count_asked_in_everyday_words_is_answered(ask_of, question, expected):
    answer = ask_of(CONDUCT)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["一年开了多少次常委会", "办酒席的人均标准是多少钱"])
def test_a_count_of_what_the_text_never_counts_is_still_declined(ask_of, question):
    assert not ask_of(CONDUCT)(question).answerable


def test_the_span_a_count_is_taken_over_is_said_by_the_span_named():
    from qa.word_credit import said
    assert said("一年", "2023年以县政府名义召开的会议达47次") and said("一年", "全年调研38天")
    assert said("一个月", "每月驻村不少于10天") and said("一天", "日均接待游客2万人次")
    assert not said("一年", "新能源材料产业实现产值58.3亿元") and not said("一年", "到2025年底完成")
