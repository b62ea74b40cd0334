"""A small English-to-Chinese glossary of the genre's words, so English questions reach BM25 too.

No translation model ships offline; the multilingual embedding carries most of
the meaning, and these terms give the lexical side something to match.
"""
from __future__ import annotations

import re

from .glossary_admin import ADMIN_GLOSSARY
from .glossary_domains import DOMAIN_GLOSSARY
from .glossary_genre import GENRE_GLOSSARY

GLOSSARY: dict[str, str] = {
    "industry-city integration": "产城融合", "industry city integration": "产城融合",
    "integration": "融合", "industrial park": "产业园区", "industrial parks": "产业园区",
    "park": "园区", "parks": "园区", "town": "城镇", "towns": "城镇", "city": "城市",
    "urban": "城市", "new district": "城市新区", "new town": "新城", "new towns": "新城", "built-up area": "建成区",
    "problem": "问题", "problems": "问题", "issue": "问题", "issues": "问题",
    "challenge": "问题", "challenges": "挑战", "difficulty": "困难", "difficulties": "困难",
    "shortcomings": "短板", "weaknesses": "短板", "risks": "风险", "task": "任务", "tasks": "任务", "key tasks": "重点任务",
    "next stage": "下一阶段", "measure": "措施", "measures": "保障措施", "safeguard": "保障措施",
    "plan": "规划", "planning": "规划", "master plan": "总体规划", "layout": "空间布局",
    "spatial": "空间", "infrastructure": "基础设施", "transport": "交通", "traffic": "交通",
    "road": "道路", "roads": "道路", "rail": "轨道交通", "railway": "轨道交通", "highway": "高速公路",
    "bus": "公交", "kilometres": "公里", "kilometers": "公里", "water": "供水", "power": "供电",
    "electricity": "供电", "gas": "供气", "sewage": "污水处理", "school": "学校", "schools": "中小学",
    "hospital": "医院", "hospitals": "医院", "beds": "床位", "hospital beds": "床位",
    "public services": "公共服务", "public service": "公共服务", "housing": "住宅",
    "residents": "居民", "population": "人口", "talent": "人才", "talents": "人才",
    "enterprise": "企业", "enterprises": "企业", "companies": "企业", "company": "企业",
    "growth": "增长", "output": "产值", "industrial output": "产业产值", "annual": "年均",
    "investment": "投入", "policy": "政策", "policies": "政策", "support": "支持",
    "organization": "组织领导", "leadership": "组织领导", "coordination": "协调",
    "mechanism": "机制", "mechanisms": "机制", "interest": "利益", "publicity": "宣传",
    "regional cooperation": "区域合作", "cooperation": "合作", "meeting": "会议",
    "participants": "参加", "took part": "参加", "attend": "参加", "attended": "参加",
    "reported": "汇报发言", "report": "汇报", "significance": "重大意义", "importance": "重大意义",
    "achievements": "成效", "results": "成效", "progress": "成效", "hollowing": "空心化",
    "hollow": "空心化", "last mile": "最后一公里", "upgrading": "转型升级", "upgrade": "转型升级",
    "core": "一核", "poles": "多极", "pole": "多极", "benchmark city": "先进城市",
    "advanced cities": "先进城市", "example": "例如", "county": "县", "counties": "县",
    "district": "区", "port": "港口", "logistics": "物流", "agriculture": "农业",
    "manufacturing": "制造业", "vacancy": "空置", "occupancy": "入住率", "survey": "调查",
    "blank": "缺失", "missing": "缺失", "omitted": "省略",
}
# administration's everyday words, then the fields' words, then the genre's wider vocabulary;
# the entries above win, then the genre's, then the fields'
GLOSSARY = {**ADMIN_GLOSSARY, **DOMAIN_GLOSSARY, **GENRE_GLOSSARY, **GLOSSARY}
_TERMS = sorted(GLOSSARY, key=len, reverse=True)
GLOSSARY_PATTERN = re.compile(r"\b(" + "|".join(re.escape(t) for t in _TERMS) + r")\b", re.I)


_YEAR_RE = re.compile(r"\b((?:19|20)\d{2})\b")
# "the report", "this document", "his report": the text the question is asked of, not a word it must hold (报告, 汇报).
_THE_TEXT = re.compile(r"\b(?:the|this|that|his|her|its|their)\s+(?:report|speech|document|opinion|text|address)\b", re.I)


def chinese_terms(question: str) -> list[str]:
    """The glossary's Chinese terms for the English words of ``question``, longest match first;
    a year is written as the speech writes it ("by 2035": 2035年)."""
    question = _THE_TEXT.sub(" ", question)
    # an entry of several words ("粮食 产量") gives each, as the text may write them apart (粮食总产量)
    terms = [t for m in GLOSSARY_PATTERN.finditer(question) for t in GLOSSARY[m.group(1).lower()].split()]
    return list(dict.fromkeys(terms + [f"{y}年" for y in _YEAR_RE.findall(question)]))


# "the city", "this county", "our town": the text's own place (as 我市, 全县), never what is asked about.
_OWN_PLACE = re.compile(r"\b(?:the|this|our|that)\s+(?:city|town|township|county|district|province|village)\b", re.I)
_MEETING = re.compile(r"\b(?:meeting|conference|session|congress|forum|plenary)s?\b", re.I)
# What a meeting is: held (召开), attended (参加). Of drills or campaigns, "held" and "took part" frame the
# figure asked; the text says 组织, 开展, 参与.
_MEETING_VERBS = frozenset({"召开", "参加"})
# The kind of answer asked ("Which department…", "what is the deadline"), as 哪个部门 and 什么时候 are in
# Chinese: the answer is a body or a date, which the text writes without these words.
_ANSWER_KIND_TERMS = frozenset({"部门", "单位", "时限"})


def focus_terms(question: str) -> list[str]:
    """The Chinese terms of what an English question asks about: :func:`chinese_terms` of two or
    more characters, without the kind of answer asked ("which department", "the deadline"), the
    text's own place ("the town") and, unless a meeting is asked about, a meeting's verbs ("were
    held", "took part")."""
    terms = [t for t in chinese_terms(_OWN_PLACE.sub(" ", question)) if len(t) >= 2 and t not in _ANSWER_KIND_TERMS]
    return terms if _MEETING.search(question) else [t for t in terms if t not in _MEETING_VERBS]
