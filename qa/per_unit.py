"""A whole sum asked against a rate per unit: "危房改造一共要花多少钱" is not told by "每户补助3.5万元", however
close the subject; a clause of such rates and no total gives only what one unit gets."""
from __future__ import annotations

import re

# a question asking a whole sum, or one per unit; a clause giving a rate per unit, or a total
_WHOLE_ASKED = re.compile(r"一共|总共|总计|合计|共计|总投资|总额|总金额|总盘子|全部加起来")
_UNIT_ASKED = re.compile(r"每|一户|一人|一亩|一辆|一套|一所|单价|标准")
_PER_UNIT = re.compile(r"每(?:户|人|亩|个|家|所|座|辆|台|套|平方米|吨|公里|月|年|次|名|位)")
_WHOLE_SAID = re.compile(r"总投资|共计|合计|总额|总共|一共|累计|总计|共安排|共投入|共下达|共争取|共筹集")


def per_unit_only(question: str, window: str) -> bool:
    """Whether ``window`` gives a sum per unit only, where the question asks a whole sum."""
    return bool(_WHOLE_ASKED.search(question)) and not _UNIT_ASKED.search(question) \
        and bool(_PER_UNIT.search(window)) and not _WHOLE_SAID.search(window)
