"""The cues a sentence answer looks for beside the best sentences: a cause given, an example, where
money comes from (see :mod:`qa.sentence_answers`)."""
from __future__ import annotations

import re

# A sentence that gives a cause: "究其原因，根本在于…", "问题的根源在于…", "之所以…，是因为…".
# "这些问题既有历史欠账多的原因，也有…", "主要原因是…": a cause named as such.
CAUSE_CUE = re.compile(r"究其原因|原因在于|根源在于|症结在于|根本在于|主要是由于|之所以"
                       r"|既有[^。；;]{0,40}原因|(?:主要|根本|深层次|直接)原因(?:是|在于|有)")
# A cause sentence that only sorts the causes it goes on to give ("既有客观原因，也有主观原因。", "原因是多方面
# 的。"): the sentences after it give them.
CAUSES_SORTED = re.compile(r"既有[^。；;，,]{0,10}原因[^。]{0,3}(?:也|又|还)有[^。；;]{0,10}原因[。！]?$|原因是多方面的[。！]?$"
                           r"|(?:有|主要有)(?:以下|如下)?(?:几|[两三四五])(?:个|点|方面)(?:的)?原因[：:。]?$")


# Asked for an example ("举了哪两个例子", "比如说呢"), the sentence that gives one ("例如，…").
ASKS_EXAMPLE = re.compile(r"例子|举例|举了|比如|例如|譬如|案例|\bfor (?:example|instance)\b|\bexamples?\b", re.I)


# Asked where money comes from ("钱从哪来", "资金来源", "谁出钱", "钱怎么筹"), the sentence naming a
# source: what is sought or raised (争取, 筹措, 发行), from whom (社会资本, 债券, 上级), or who pays.
SOURCE_ASKED = re.compile(r"(?:钱|资金|经费)(?:从|打)哪(?:里|儿)?来|(?:资金|经费)来源|谁(?:来)?出钱|谁(?:来)?掏钱"
                          r"|(?:钱|资金|经费)(?:怎么|如何)(?:筹|解决|保障)")
SOURCE_CUE = re.compile(r"争取|筹措|筹集|发行|撬动|引导社会|社会资本|债券|上级资金|出资|自筹|整合.{0,6}资金"
                        r"|(?:财政|资金)(?:安排|补助|承担)|由.{1,12}(?:承担|负担|出资)")
