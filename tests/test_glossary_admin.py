"""The administration glossary (qa.glossary_admin): English questions reach the Chinese terms of
day-to-day government work (调研, 班子成员, 申请, 名下, 生活垃圾, 标准厂房, 空置率 ...), and it
only adds words: every entry of the core, genre and domain glossaries keeps its value.
Questions written here."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import qa.glossary as glossary
from qa.glossary import GLOSSARY, chinese_terms
from qa.glossary_admin import ADMIN_GLOSSARY
from qa.glossary_domains import DOMAIN_GLOSSARY
from qa.glossary_genre import GENRE_GLOSSARY

QA = Path(glossary.__file__).parent


def _literal_keys(path: Path, name: str) -> list[str]:
    """The keys of the dict literal assigned to ``name`` in ``path``, duplicates kept."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == name \
                and isinstance(node.value, ast.Dict):
            return [k.value for k in node.value.keys]
    raise AssertionError(f"no dict literal {name} in {path}")


def _core_glossary() -> dict[str, str]:
    """The entries written in qa/glossary.py itself, before the merge."""
    for node in ast.walk(ast.parse((QA / "glossary.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == "GLOSSARY":
            return ast.literal_eval(node.value)
    raise AssertionError("no GLOSSARY literal in qa/glossary.py")


@pytest.mark.parametrize("question, expected", [
    # government work and meetings
    ("How many days of field research did the bureau chief do last year?", {"调研"}),
    ("Which team members were appraised at the end of the year?", {"班子成员", "考核"}),
    ("Who submits the implementation plan, and which units cooperate?", {"报送", "实施方案", "配合"}),
    ("How many supervisory inspections were carried out on key projects?", {"督查", "开展"}),
    ("Did the leadership team members give duty reports?", {"班子成员", "述职"}),
    # people and groups
    ("How many seniors living alone were visited?", {"老年人", "独居"}),
    ("How many rural households and enterprise employees were covered?", {"农户", "企业", "职工"}),
    ("What do the masses and urban and rural residents complain about?", {"群众", "城乡居民"}),
    # subsidies and applications
    ("Who is eligible to apply for the car purchase subsidy?", {"条件", "申请", "购车", "补贴"}),
    ("Must the vehicle be registered in the applicant's name?", {"车辆", "名下"}),
    ("Can people without household registration apply?", {"户籍", "申请"}),
    ("How are the subsidies disbursed once applications are reviewed?", {"补贴", "拨付", "申请", "审核"}),
    ("What qualifications do applicants need?", {"资格", "申请人"}),
    # vehicles
    ("How much is the subsidy for a new energy vehicle?", {"新能源汽车", "补贴"}),
    ("Is there a trade-in bonus for scrapping old cars?", {"以旧换新", "报废", "旧车"}),
    ("Do electric vehicles bought by individuals qualify?", {"新能源汽车", "个人"}),
    # waste sorting
    ("What are the four categories of household waste?", {"分类", "生活垃圾"}),
    ("Where should residents drop off kitchen waste?", {"投放", "厨余垃圾"}),
    ("How is domestic garbage collected and disposed of?", {"生活垃圾", "收集", "处置"}),
    # elderly care
    ("How many happiness homes offer meal assistance?", {"幸福院", "助餐"}),
    ("What share of the elderly are disabled elderly?", {"比重", "失能老人"}),
    ("How is home-based care for the elderly organised?", {"居家养老", "老年人"}),
    # water supply
    ("What is the compliance rate of rural water supply?", {"达标率", "农村", "供水"}),
    ("How are water prices set and who is in charge of maintenance?", {"水价", "管护"}),
    ("How many water plants protect the water source areas?", {"水厂", "保护", "水源地"}),
    # forest fire prevention and emergencies
    ("What is banned during the forest fire prevention period?", {"禁止", "森林防火"}),
    ("How many forest rangers patrol the mountain areas at tomb sweeping?", {"护林员", "巡查", "山区", "清明"}),
    ("What contingency plans and early warnings exist for rainstorms?", {"预案", "预警", "暴雨"}),
    ("How many people were evacuated before the typhoon?", {"转移", "台风"}),
    # investment attraction
    ("How many projects were signed and how many broke ground?", {"签约", "开工"}),
    ("When will the plant be put into production?", {"投产"}),
    ("How many standard factory buildings are idle?", {"标准厂房", "闲置"}),
    ("Which leading enterprises above designated size were introduced?", {"龙头企业", "规模以上", "引进"}),
    # statistics
    ("What is the vacancy rate of the factory buildings?", {"空置率", "厂房"}),
    ("What percentage of villages meet the standard, and what is the growth speed?", {"占比", "增速"}),
    ("What is the urbanization rate and the utilization rate of the land?", {"城镇化率", "利用率"}),
])
def test_english_question_reaches_admin_terms(question, expected):
    assert expected <= set(chinese_terms(question)), chinese_terms(question)


def test_longest_phrase_wins_over_its_words():
    # "standard factory buildings" is 标准厂房, not 标准 and 厂房; "new energy vehicles" not 车辆
    assert chinese_terms("standard factory buildings") == ["标准厂房"]
    assert chinese_terms("new energy vehicles") == ["新能源汽车"]
    assert chinese_terms("household waste") == ["生活垃圾"]


def test_admin_entries_never_shadow_existing_ones():
    core = _core_glossary()
    existing = {**DOMAIN_GLOSSARY, **GENRE_GLOSSARY, **core}
    assert not set(ADMIN_GLOSSARY) & (set(DOMAIN_GLOSSARY) | set(GENRE_GLOSSARY) | set(core))
    for key, value in existing.items():
        assert GLOSSARY[key] == value, key
    for key, value in ADMIN_GLOSSARY.items():
        assert GLOSSARY[key] == value, key


def test_admin_literal_has_no_repeated_key():
    keys = _literal_keys(QA / "glossary_admin.py", "ADMIN_GLOSSARY")
    assert len(keys) == len(set(keys)) == len(ADMIN_GLOSSARY)


def test_admin_keys_are_lower_case_english_and_values_cjk():
    for key, value in ADMIN_GLOSSARY.items():
        assert key == key.lower() and key == key.strip() and key.isascii(), key
        terms = value.split()
        assert terms and value == " ".join(terms), key
        assert all(re.fullmatch(r"[\u4e00-\u9fff]+", t) for t in terms), key
