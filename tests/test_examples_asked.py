"""Asked for an example ("举了哪两个例子", "比如说哪些地方"), the answer gives the sentence that
gives one ("例如，…", "比如…"), not only the sentence the question's words found. Texts written here."""
from __future__ import annotations

import pytest

SPEECH = """在全市营商环境工作会议上的讲话
同志们：
今天召开会议，部署优化营商环境工作。
一、存在的问题
一些部门服务意识不强，办事推诿扯皮，企业反映强烈。比如，有的企业办理一个施工许可要跑五个部门，耗时两个多月。
二、发展布局
各县区要根据各自的资源禀赋，明确发展定位，形成特色鲜明的产业集群。例如，东山县重点发展茶叶精深加工，西河区重点发展临港物流。
三、典型经验
一些地方探索出了好的做法，值得推广。以南湖区为例，推行“一窗受理”后，平均办理时间缩短了60%。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("发展定位讲话举了哪两个例子", "茶叶精深加工"),
    ("办事推诿扯皮 比如说有什么表现", "跑五个部门"),
    ("推广好的做法，举了什么例子", "一窗受理"),
])
def test_the_sentence_giving_the_example_answers(ask_of, question, fact):
    answer = ask_of(SPEECH)(question)
    assert answer.answerable and fact in answer.answer, answer.answer


# An example quoted alone says nothing of what it is an example of: the sentence before it does.
CLAIMS = """在全县民生实事推进会上的讲话
同志们：
一、存在的短板
近年来，全县民生投入逐年增加，群众获得感不断增强。但对照群众期盼，仍有不少短板。全县财政用于民生的支出占比虽然达到七成以上，但结构还不够优化，重建设、轻运营的倾向仍然存在。部分园区与城区之间的交通衔接不畅，存在“最后一公里”问题。比如，东区园区只有一条公交线路，工人上下班要等一个小时。
养老服务方面，全县老年人口已超过八万人，老龄化程度高于全市平均水平。养老机构床位总体紧张，护理人员流动性大、专业水平不高。农村养老设施利用率偏低。例如，西坪镇的三家幸福院有两家常年关门。
政务服务方面，“一网通办”平台已经上线，网上可办事项持续增加。但线下审批环节多、材料繁。以不动产登记为例，群众平均要跑三个窗口、提交十一份材料。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, claim", [
    ("工人上下班等公交的事讲了没", "最后一公里"),
    ("幸福院关门的情况提到了吗", "利用率偏低"),
    ("办不动产证要跑几个窗口", "环节多、材料繁"),
])
def test_an_example_comes_with_what_it_illustrates(ask_of, question, claim):
    answer = ask_of(CLAIMS)(question)
    assert answer.answerable and claim in answer.answer, answer.answer


# A claim quoted alone leaves out its particulars: the example told right after it gives them.
PARTICULARS = """在全区城市更新工作会议上的讲话
同志们：
一、存在的问题
一是统筹机制不顺。一方面，部门之间职责交叉，审批环节多、周期长。例如，一个老旧小区加装电梯项目，要经过住建、规划、市场监管等五个部门审批，平均耗时九个月。另一方面，街道和社区参与不足，群众意见难以及时反映。
二是资金来源单一。改造资金主要依靠财政投入，社会资本参与意愿不强。比如，去年全区启动的四十个改造项目中，引入社会资本的只有三个。
二、发展布局
要构建“一心两翼”的更新格局。“两翼”即东西两个片区，要结合各自基础确定更新重点。譬如，东片区重点推进工业遗存改造利用，西片区重点推进城中村整治。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, particular", [
    ("部门之间职责交叉这个问题是怎么说的", "五个部门审批"),
    ("社会资本参与意愿不强讲的啥", "只有三个"),
    ("两翼那块东西片区各干什么", "城中村整治"),
])
def test_a_claim_comes_with_the_example_after_it(ask_of, question, particular):
    answer = ask_of(PARTICULARS)(question)
    assert answer.answerable and particular in answer.answer, answer.answer


# Another place cited as an example, asked in everyday words ("举的那个", "外地", "拿…做对比"): the
# sentence that gives it, with its blanked name flagged. Two texts, two wordings of the citing.
PEERS = """在全市开发区工作会议上的讲话
同志们：
一、学习先进经验
从全国看，不少先进地区通过园区整合提升了竞争力。例如，*市把十二个园区整合为三个，亩均税收三年翻了一番。
二、今年的任务
今年要完成全市园区整合方案，年底前报市政府审定。
"""
PEERS_OTHER = """在全县文旅工作会议上的讲话
同志们：
一、看到差距
和兄弟县相比，我们的差距很明显。比如，邻近的××县去年接待游客860万人次，是我县的两倍。
二、抓好三件事
一是建好景区，二是办好节会，三是育好民宿。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, fact", [
    (PEERS, "讲话举的那个先进地区做了啥", "十二个园区整合为三个"),
    (PEERS, "讲话拿外地哪个市做了对比", "十二个园区整合为三个"),
    (PEERS_OTHER, "讲话举了哪个县的例子", "860万人次"),
    (PEERS_OTHER, "讲话拿哪个外地县做对比，人家去年游客多少", "860万人次"),
])
def test_another_place_cited_as_an_example_is_found_in_everyday_words(ask_of, text, question, fact):
    answer = ask_of(text, "peers")(question)
    assert answer.answerable and fact in answer.answer, answer.answer
    assert "blank" in [n.kind for n in answer.notices]
