"""The words of a question that frame what it asks rather than name its subject, for :mod:`qa.asked`:
asking words (多少, 哪些), the text's own name (讲话, 报告), light spoken verbs (弄, 搞), and the
spoken shapes a verb takes that the text does not write (编个…, 查出来)."""
from __future__ import annotations

import re

# Words that frame a question rather than name its subject.
FRAME_WORDS = frozenset(
    "多少 几 哪 哪些 哪个 哪位 哪里 什么 怎么 怎样 如何 为什么 为何 是否 是不是 谁 何时 什么时候 具体 "
    "讲话 讲 提到 提出 内容 文中 原文 一下 介绍 说明 请 问 情况 方面 主要 目前 现在 眼下 如今 当前 一共 共 总共 分别 "
    "达到 要 是 有 了 的 吗 呢 多大 多高 多长 比例 比重 名字 叫 这个 那个 这份 这篇 报告 意见 文件 "
    "其中 还 都 又 会 能 可以 已经 到底 大概 大约 具体内容 具体情况 主要内容 全称 名称 全名 称为 "
    "当前 存在 面临 时间 之前 以前 之后 以后 部分 构成 组成 包括 包含 体现 表现 "
    # everyday asking: light verbs and frames that stand for the question, not its subject
    # ("工业投资咋样", "配套咋弄", "安全培训搞得怎么样", "仓容够不够", "各部门之间…")
    "弄 搞 得 干 办 管 治 够不够 之间 互相 各 单独 单单 各自 "
    # a unit with its magnitude ("多少万人", "几亿元"): how the figure is told, not what it is of
    "万人 万元 亿元 万亩 万吨 万户 千元 千人 "
    # stand-in nouns of spoken questions ("指的是哪两样东西", "出了什么状况"), and the asking of what a
    # term means ("所谓“一核”是指…", "指的是什么"): a text defines with 即 or 是, not 指
    "东西 状况 所谓 指 是指 指的是 "
    # how the text puts it ("怎么形容…的关系", "原话怎么说"), a bound on the figure asked ("至少要配几个"),
    # the asker's own side ("我们县的主导产业")
    "形容 概括 表述 描述 原话 说法 至少 最少 最多 起码 总计 合计 我们 咱们 咱 自己 家里 我家 "
    # the case put ("要是发现水质超标了", "如果…的话"): the condition frames the ask
    "要是 如果 假如 万一 的话 "
    # where and who in spoken questions ("春播里面", "多久有人管")
    "里面 里头 当中 有人 出来 下去 "
    # a share per thing or per period ("每个月调研几天", "每个乡镇补多少", "一个月挣多少"): how the figure is counted, what it
    # is of follows; and 下一步 as jieba cuts it ("下一步咋干": 下 and 一步), the plan, not a thing planned
    "每个 每一个 一步 一个月 "
    # where in the text ("讲话里提到", "文件中"): a place word after the text's name, alone; what it
    # does in saying ("讲话指出", "报告强调")
    "里 中 内 指出 强调 谈到 讲到 说到 "
    # the kind of answer asked, not its subject ("破解融资难采取了什么措施", "拿出了哪些办法")
    "采取 拿出 出台 措施 举措 办法 对策 做法".split())  # "当前还存在哪些问题": the problems are the subject, not their framing


# A spoken verb with a loose measure word before the thing it acts on ("编个规划", "搞个活动", "建个
# 园区"): not a word of the text's, which says 编制/开展/建设. Numbers, demonstratives and 整个 keep theirs.
VERB_AND_MEASURE = re.compile(r"(?![一二两三四五六七八九十几多这那每各某整哪半单])[\u4e00-\u9fff]个")


# A spoken verb's direction ("查出来", "留下来", "落实下去"): the text says 排查出, 留在本地, 落实.
DIRECTION = re.compile(r"(?:出来|下来|上来|起来|过来|回来|进来|出去|下去)$")


# Words that frame a fact asked, not what it is of: "要求什么时候之前整治完毕" asks when,
# "改造目标是多少个小区" how many (the text: "改造老旧小区126个"), and
# "拿出多少钱作为专项资金" how much; the speech says "6月底前完成整治", "安排专项资金1.8亿元".
FACT_FRAME = frozenset("要求 规定 明确 之前 以前 之后 以后 完毕 截止 拿出 作为 用于 用来 需要 打算 计划 目标 任务 "
                       "部门 单位 机构 机关 这事 这件事 此事 放在 "  # "…这事归哪个部门管": the body asked
                       # the date asked ("任务期限是哪天": 完成时限：11月底) and the split a count is of
                       # ("任务分成多少项": 分解为8个方面62项)
                       "期限 时限 截止日期 截止时间 分成 分为 分解 划分 拆分 "
                       "一般 通常 平时 平常 往往 经常 那天 这天 当天 那一天 "  # "一般在哪开", "那天几点": not what
                       "这是 那是 这就是 这些 那些 这份 这篇 "  # "这是谁的报告": the text, not a thing in it
                       "还要 还得 还需 还需要 准备 得要 还有 "  # "支出还要压多少", "还有多少没治": the mood of the ask
                       "容易 经常 总是 老是 常常 "  # "哪几个部门容易推诿扯皮": how often, not what
                       # "去年全县GDP是多少": the text's own level, which every sentence of it is about
                       "全县 全市 全省 全区 全镇 全乡 我县 我市 我省 我区 我镇 本县 本市 本省 本区 "
                       # "多久才能参加置换", "满几年才可以申请": the condition's frame, which jieba cuts as
                       # 才能 (talent)
                       "才能 才可 才可以 才会 才算 "
                       # "会上是哪位领导讲的话": where the text itself stands, which every sentence of a
                       # meeting's report or speech is said at
                       "会上 会议上 大会上 会中".split())
