"""What a question already says, taken out of a clause before it is checked for the asked fact.

A figure the question gives, a run of its own subject's name, the body it names by its kind, or
a group's figure when the question names one member alone: none of these answers the question,
though each would pass a plain fact check ("那个2亿的基金县财政出多少" is not told by "规模2亿元的基金").
"""
from __future__ import annotations

import re

from index.tokenize import normalize

from .asked import Asked


# A listed group a figure is given for: "新能源装备、生物医药两大产业集群产值300亿元", "建成县人民医院新院区、
# 县文化中心等一批重大工程".
_GROUP = re.compile(r"((?:[^，,；;。：:、]{2,16}、)+[^，,；;。：:、]{2,16}?)(?=等|[两三四五六七八九十几]大|一批|[两三四五六七八九十]个|[两三四五六七八九十]项)")


def without_lone_member(text: str, what: Asked) -> str:
    """``text`` without a group's member that alone of its group holds the question's focus, when
    the question names no other member: the group's figure is not the member's ("生物医药产业产值
    单独是多少" is not told by "新能源装备、生物医药两大产业集群产值300亿元")."""
    def drop(m: re.Match) -> str:
        members = m.group(1).split("、")
        held = [x for x in members if any(w in x for w in what.focus)]
        named = [x for x in members if any(x[i:i + 2] in what.text for i in range(len(x) - 1))]
        # a member counted on its own ("40台风力灭火机、600把二号工具") carries its own figure: it stays
        if len(held) == 1 and len(named) == 1 and what.text and not re.search(r"\d", held[0]):
            return m.group(1).replace(held[0], "·")
        return m.group(1)
    return _GROUP.sub(drop, text) if "、" in text else text


_BODY_KINDS = r"(?:单位|部门|机构|机关|公司|企业)"


def unnamed(clause: str, what: Asked) -> str:
    """``clause`` without the body the question itself names by its kind: "聘请高水平的规划设计单位"
    names no 规划设计单位 to "哪家规划设计单位"; a named one (市规划设计研究院) would."""
    kinds = [re.escape(w) + ("" if re.search(f"{_BODY_KINDS}$", w) else _BODY_KINDS)
             for w in what.focus if len(w) >= 2]
    return re.sub("|".join(kinds), "", clause) if kinds else clause


_PLACE_SUFFIX = "省市县区镇乡村"
_SHARED_RUN = 3  # characters: a run the question shares with a clause is the question's own naming


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def beyond_question(clause: str, what: Asked) -> str:
    """``clause`` without what the question itself already says, where that would pass for the asked
    fact: the figures it gives ("那个2亿的基金县财政出多少" is not told by "规模2亿元的基金"), and for a
    place, the runs it shares and a place word that begins them (the 县 of "新建县第三小学" is part of
    the school's name, not where "第三小学建在哪" asks it stands)."""
    if what.fact == "quantity" and what.stated:
        figures = "|".join(re.escape(f) for f in sorted(what.stated, key=len, reverse=True))
        return re.sub(rf"(?<![\d.])(?:{figures})(?![\d.])", "·", normalize(clause))
    if what.fact == "place" and what.text:
        text, kept, i = normalize(clause), [], 0
        held = -1  # where a place word kept as the end of a name stands in ``kept``
        while i < len(text):
            j = i + _SHARED_RUN
            while j <= len(text) and text[i:j] in what.text:
                j += 1
            # of characters that name (a count such as "3个村" names no place of the question's own)
            # the question asks which place of a level ("哪个镇安监站人少"): the run it shares may start
            # with that level word, which ends the clause's own place name ("南山镇安监站…") and stays
            # with it; in "县第三小学建在哪" the 县 is the school's name, and goes with the run
            if j - 1 - i > _SHARED_RUN and text[i] in _PLACE_SUFFIX and kept and _HAN_CHAR.match(kept[-1]) \
                    and re.search(rf"(?:哪一?个?|什么){text[i]}", what.text):
                kept.append(text[i])
                held, i = len(kept) - 1, i + 1
                continue
            if j - 1 - i >= _SHARED_RUN and len(re.findall(r"[\u4e00-\u9fff]", text[i:j - 1])) >= _SHARED_RUN:
                # 县 of "县第二中学" is the name's, not a site
                if kept and kept[-1] in _PLACE_SUFFIX and held != len(kept) - 1:
                    kept.pop()
                kept.append("·")
                i = j - 1
            else:
                kept.append(text[i])
                i += 1
        return "".join(kept)
    return clause
