"""A Q&A whose headings are its questions (政策解读, FAQ): a user's question is the heading question
asking the same kind of thing about its subject ("哪些人能申请" is "三、哪些人可以申请…", not
"七、怎样申请…", which shares the longer run "申请补贴"); an asking phrase a heading shares
("什么时候") names no heading; its answer is the section, a detail or not; and a follow-up counts
the section's steps and conditions ("第三步呢", "第一个条件是啥"). Texts written here, three wordings."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from qa.question_headings import ask_kind, asks_as_its_heading, question_heading_named, all_question_headings

# (title, [(heading question, answer paragraphs)])
WORDINGS = [
    ("《某县农机购置补贴实施方案》政策解读", [
        ("一、出台方案的背景是什么？", ["去年全县农机总动力达到52万千瓦，但丘陵山区适用机具仍然短缺。为加快补齐短板，县农业农村局制定了本方案。"]),
        ("二、哪些人可以申请农机补贴？", ["答：同时符合以下条件的可以申请：", "1.在本县从事农业生产的个人或农业生产经营组织；",
                                "2.购买列入本省补贴范围的机具；", "3.机具登记在申请人名下。"]),
        ("三、补贴标准是多少？", ["单台拖拉机补贴最高不超过3万元，植保无人机每台补贴8000元。"]),
        ("四、怎样申请农机补贴？", ["答：申请分三步：", "1.提交申请：购机者到乡镇农业服务中心填写申请表。",
                              "2.核验机具：县农机中心在7个工作日内现场核验。", "3.资金兑付：核验通过的，补贴资金打入购机者账户。",
                              "申请截止时间为2026年11月30日。"]),
        ("五、补贴资金什么时候能到账？", ["核验通过后，县财政局在20个工作日内拨付到位。"]),
    ], {"who": ("哪些人能申请补贴", "从事农业生产的个人"), "how": ("补贴咋申请，流程是啥", "乡镇农业服务中心"),
        "why": ("这个方案为啥要出台", "丘陵山区适用机具仍然短缺"), "amount": ("补贴标准定的多少", "3万元")},
     "第二步呢", "7个工作日", "第一个条件具体是啥", "从事农业生产"),
    ("《某市家庭医生签约服务》政策问答", [
        ("一、为什么要推行家庭医生签约服务？", ["全市65岁以上老年人已超过40万人，慢性病患者就医需求持续增长，需要把服务送到家门口。"]),
        ("二、哪些居民可以签约？", ["答：符合以下条件的居民均可签约：", "1.在本市居住满半年的常住居民；", "2.与一个家庭医生团队签约，不得重复签约。"]),
        ("三、签约服务收费标准是多少？", ["基本服务包每人每年120元，其中医保基金支付70元，个人支付50元。"]),
        ("四、怎样办理签约？", ["答：办理分三步：", "1.选择团队：居民到社区卫生服务中心选择医生团队。",
                           "2.签订协议：双方签订一年一签的服务协议。", "3.建立档案：团队在5个工作日内为居民建立健康档案。"]),
        ("五、签约后什么时候开始享受服务？", ["协议签订次日起即可享受服务。"]),
    ], {"who": ("哪些人能签约", "常住居民"), "how": ("签约要咋办理", "社区卫生服务中心"),
        "why": ("为啥要推这个签约服务", "慢性病患者"), "amount": ("签约服务收多少钱", "120元")},
     "第三步呢", "健康档案", "第一个条件是啥", "居住满半年"),
    ("《某区创业担保贷款政策》十问十答", [
        ("一、出台这项政策的背景是什么？", ["去年全区新登记个体工商户1.2万户，创业者普遍反映融资难、融资贵。"]),
        ("二、哪些人可以申请创业担保贷款？", ["答：符合以下条件的人员可以申请：", "1.在本区首次创业的高校毕业生、返乡农民工；",
                                  "2.个人征信无不良记录。"]),
        ("三、贷款额度是多少？", ["个人贷款最高30万元，小微企业最高300万元。"]),
        ("四、怎样申请贷款？", ["答：申请分三步：", "1.网上申报：通过区人社局网站提交申请。", "2.资格审核：区就业服务中心在10个工作日内完成审核。",
                           "3.银行放贷：经办银行在15个工作日内放款。"]),
        ("五、贷款什么时候要还清？", ["贷款期限最长3年，到期一次性还清。"]),
    ], {"who": ("哪些人能申请贷款", "返乡农民工"), "how": ("贷款咋申请", "区人社局网站"),
        "why": ("这个政策为啥要出台", "融资难"), "amount": ("贷款额度是多少", "30万元")},
     "第二步呢", "10个工作日", "第一个条件是啥", "首次创业"),
]


def _text(title: str, sections: list[tuple[str, list[str]]]) -> str:
    body = "\n".join(line for heading, paras in sections for line in [heading, *paras])
    return f"{title}\n\n近日，有关部门就社会关注的问题作如下解读。\n{body}\n"


@pytest.mark.parametrize("question, kind", [
    ("哪些人能申请补贴", "who"), ("补贴咋申请，流程是啥", "how"), ("这个政策为啥要出台", "why"),
    ("补贴标准定的多少", "amount"), ("钱什么时候到账", "when"), ("有问题打哪个电话咨询", "where"),
    ("充电桩有补助吗", "whether"), ("外地户口能申请不", "whether"), ("要准备哪些材料", "what"), ("讲话很好", None),
])
def test_what_a_question_asks(question, kind):
    assert ask_kind(question) == kind


@pytest.mark.parametrize("title, sections, asked", [w[:3] for w in WORDINGS])
def test_the_heading_asking_the_same_kind_is_named(title, sections, asked):
    doc = parse_speech(_text(title, sections), "qa")
    headings = all_question_headings([doc])
    assert len(headings) == len(sections)
    for kind, (question, _said) in asked.items():
        named = question_heading_named(question, headings)
        assert len(named) == 1 and ask_kind(named[0][1].title) == kind, question
        assert asks_as_its_heading(question, doc, named[0][1])
    # a speech with plain headings has no question headings to match
    plain = parse_speech("在全县工作会议上的讲话\n一、充分认识重要意义\n要提高认识。\n二、抓好重点任务\n要抓好落实。\n"
                         "三、强化保障措施\n要加强领导。\n", "talk")
    assert all_question_headings([plain]) == []


@pytest.mark.slow
@pytest.mark.parametrize("title, sections, asked", [w[:3] for w in WORDINGS])
def test_each_kind_is_answered_by_its_section(ask_of, title, sections, asked):
    ask = ask_of(_text(title, sections), "qa")
    for question, said in asked.values():
        answer = ask(question)
        assert answer.answerable and said in answer.answer, (question, answer.answer)


@pytest.mark.slow
@pytest.mark.parametrize("title, sections, asked, step, step_said, condition, condition_said", WORDINGS)
def test_steps_and_conditions_are_counted_by_a_follow_up(ask_of, title, sections, asked, step, step_said,
                                                         condition, condition_said):
    ask = ask_of(_text(title, sections), "qa")
    how = asked["how"][0]
    answer = ask(step, [how])
    assert answer.answerable and step_said in answer.answer, answer.answer
    assert asked["how"][1] not in answer.answer  # that step alone, not the list again
    who = asked["who"][0]
    answer = ask(condition, [who])
    assert answer.answerable and condition_said in answer.answer, answer.answer
    second = sections[1][1][2]  # the second condition is not part of the first
    assert second.lstrip("2.").rstrip("；。") not in answer.answer


@pytest.mark.slow
def test_an_asking_phrase_a_heading_shares_names_no_heading(ask_of):
    """"什么时候" of "五、补贴资金什么时候能到账" names that heading for no question of when."""
    title, sections, *_ = WORDINGS[0]
    ask = ask_of(_text(title, sections), "qa")
    for question in ("最晚什么时候要提交申请", "补贴最晚什么时候申请"):  # 最晚: the text's 截止
        answer = ask(question)
        assert answer.answerable and "2026年11月30日" in answer.answer, answer.answer


@pytest.mark.slow
def test_in_a_library_a_qa_heading_answers_only_its_own_questions(assistant, encoder):
    """With a Q&A and a speech in one index, "农机安全检查由哪些人负责" shares 农机 and who with the Q&A's
    "二、哪些人可以申请农机补贴"; it is the speech's question, and the Q&A's heading does not take it."""
    from index.store import index_in_memory

    title, sections, *_ = WORDINGS[0]
    speech = ("在全县农机安全生产工作会议上的讲话\n一、抓好农机安全检查\n今年农机安全检查由县农机监理站牵头，"
              "各乡镇农机员具体负责，每季度开展一次。\n二、加强驾驶人培训\n全年培训拖拉机驾驶人800人次。\n")
    library = assistant.variant(index=index_in_memory([parse_speech(_text(title, sections), "qa"),
                                                       parse_speech(speech, "talk")], encoder))
    answer = library.ask("农机安全检查由哪些人负责")
    assert "县农机监理站" in answer.answer and "从事农业生产的个人" not in answer.answer, answer.answer
    answer = library.ask("哪些人能申请农机补贴")
    assert "从事农业生产的个人" in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("wording, question", [(0, "买一台收割机补贴标准是多少"), (1, "上门输液收费标准是多少"),
                                               (2, "买房子的贷款额度是多少")])
def test_a_heading_asked_of_another_thing_is_no_answer(ask_of, wording, question):
    """The kind and a word of the heading ("补贴标准是多少") do not make a near miss its question:
    收割机 is in no line of that section, so the text is not taken to answer it."""
    title, sections, *_ = WORDINGS[wording]
    answer = ask_of(_text(title, sections), "qa")(question)
    assert not answer.answerable or "未给出" in answer.answer, answer.answer
