"""The replies to a question the speeches do not answer: what is missing, and what they do cover.

A reply names each speech by its title (《…》) and lists its parts. A speech without
headings is described by the openings of its first paragraphs, so the list is never
empty; with many speeches indexed, the reply lists the nearest ones and counts the rest.
"""
from __future__ import annotations

import re

from index.document import Document
from index.headings import strip_heading_number
from index.sentences import split_sentences

from .asked import PARTY_NOUNS, Asked
from .documents import genre_noun

MAX_PARTS = 8
MAX_SPEECHES = 3
_FACT_NAMES = {
    "zh": {"quantity": "具体数字", "date": "具体时间", "person": "具体人员", "name": "具体名称", "place": "具体地点"},
    "en": {"quantity": "the figure", "date": "the date", "person": "the person", "name": "the name",
           "place": "the place"},
}


# What opens a news report's sentence without saying its topic: a date ("3月2日，"), or who spoke
# ("王某某指出，", "会议强调，").
# a time with no day ("11月中旬", "今年以来") or a frame ("从检查情况看") says no topic either.
_NO_TOPIC = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚)?|[\u4e00-\u9fff某×*]{1,12}?"
                       r"(?:指出|强调|要求|表示|认为|提出|说)"
                       r"|(?:\d{4}年)?\d{1,2}月(?:上旬|中旬|下旬|初|底|份|以来)?|(?:今年|去年|近年|近期|入冬|汛期)以来"
                       r"|从[\u4e00-\u9fff]{1,10}(?:来)?看|当前|目前|眼下|同时|此外|另外|总的来看|总体来看"
                       r"|问[一二三四五六七八九十\d]*|答)$")  # a Q&A's labels ("问一：", "答：") say no topic
# A circular's addressee line ("各乡镇人民政府，县直有关单位：") and its sign-off ("县安委办2026年11月25日")
# stand at its edges: they say whom and who, not what it covers; an editor's note says how it was made.
_ADDRESSEE = re.compile(r"^(?:各|全)?[\u4e00-\u9fff、，,（）()\s]{1,40}(?:单位|部门|政府|机关|委员会|局|办|委|厅|处|"
                        r"公司|企业|学校|学院|幼儿园|医院|园区|同志|委员|代表|朋友们)[：:]$")
# An editor's note in brackets on a line of its own ("（根据录音整理，未经本人审阅）", "（此件公开发布）").
_BRACKETED = re.compile(r"^[（(【〔][^（()）【】〔〕]*[）)】〕]$")
_SIGN_OFF = re.compile(r"^[\u4e00-\u9fff（）()\s]{2,30}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def _topic(sentence: str, limit: int = 24) -> str:
    """The opening clause of a sentence, short enough to stand as a topic (a date or "王某某指出"
    leading it is passed over)."""
    clauses = [c.strip() for c in re.split(r"[，,；;：:。！？!?]", sentence.strip()) if c.strip()]
    clause = next((c for c in clauses if not _NO_TOPIC.match(c)), clauses[0] if clauses else "")
    return clause if len(clause) <= limit else clause[:limit] + "…"


def speech_parts(doc: Document, limit: int = MAX_PARTS) -> list[str]:
    """What a speech covers: its top-level headings, else its sections, else the topics of its
    first paragraphs (never empty for a speech with any text)."""
    titles = [n.title.strip() for n in doc.outline if strip_heading_number(n.title).strip(" 、.，,")]
    if not titles:
        titles = [n.title.strip() for n in doc.outline_nodes() if strip_heading_number(n.title).strip(" 、.，,")]
    if not titles:
        for p in doc.passages:
            if "outline_only" in p.flag_kinds:
                continue
            sentences, text = split_sentences(p.text), p.text.strip()
            if not sentences or _ADDRESSEE.match(text) or _SIGN_OFF.match(text) or _BRACKETED.match(text):
                continue
            topic = _topic(sentences[0])
            if len(topic) >= 4 and topic not in titles:
                titles.append(topic)
            if len(titles) >= limit:
                break
    if not titles:
        titles = [f"{len(doc.passages)} passages" if doc.passages else doc.title]
    shown = titles[:limit]
    if len(titles) > limit:
        shown.append(f"…(共{len(titles)}部分)")
    return shown


def listing(docs: list[Document], lang: str) -> str:
    """Each speech's title and the parts it covers, as a decline lists them."""
    blocks = []
    for doc in docs:
        parts = "\n".join(f"- {t}" for t in speech_parts(doc))
        head = f"《{doc.title}》 covers:" if lang == "en" else f"《{doc.title}》主要讲了:"
        blocks.append(f"{head}\n{parts}")
    return "\n\n".join(blocks)


def _more(shown: int, total: int, lang: str) -> str:
    if total <= shown:
        return ""
    rest = total - shown
    return (f"\n\n({rest} more speech{'es' if rest > 1 else ''} indexed.)" if lang == "en"
            else f"\n\n(另有{rest}篇讲话已收录。)")


def coverage_reply(documents: list[Document], lang: str, nearest: list[Document] | None = None) -> str:
    """The polite reply for a question the speeches do not answer: what they do cover.

    ``nearest``: the speeches the best passages came from, listed first (at most three).
    """
    chosen = list({d.id: d for d in (nearest or []) + list(documents)}.values())[:MAX_SPEECHES]
    one = len(documents) == 1
    if lang == "en":
        lead = ("Sorry, the speech does not answer this question, so I cannot answer it from the source."
                if one else "Sorry, none of the indexed speeches answers this question, so I cannot "
                            "answer it from the sources.")
    else:
        lead = f"抱歉,{genre_noun(documents[0].title)}中没有涉及这个问题,无法依据原文作答。" if one else \
            f"抱歉,已收录的{len(documents)}篇讲话都没有涉及这个问题,无法依据原文作答。"
    return f"{lead}\n\n{listing(chosen, lang)}{_more(len(chosen), len(documents), lang)}"


# "由哪个部门牵头" asks a department, "哪家银行出资" a bank, "谁牵头" the lead unit: a decline names that.
_PARTY_NOUN = re.compile(r"哪(?:个|家|一个|些)?[\u4e00-\u9fff]{0,4}?(" + "|".join(PARTY_NOUNS) + ")"
                         r"|什么(部门|单位|机构)")
_PARTY_ROLE = re.compile(r"(牵头|主管|承办|主办)")


def _party_asked(question: str) -> str | None:
    """The kind of party a who-question asks, as a decline names it ("具体部门", "具体牵头单位")."""
    if (m := _PARTY_NOUN.search(question)) is not None:
        return "具体" + (m.group(1) or m.group(2))
    if (m := _PARTY_ROLE.search(question)) is not None:
        return f"具体{m.group(1)}单位"
    return None


def near_miss_reply(what: Asked, nearest: list[Document], documents: list[Document], lang: str) -> str:
    """"讲话未给出…": the speech speaks of the topic but does not give the asked fact (or year)."""
    fact = _FACT_NAMES[lang].get(what.fact or "")
    if what.fact == "person" and lang == "zh":
        fact = _party_asked(what.text) or fact
    elif what.measure == "phone":  # "咨询电话是什么": a number to call, not a figure
        fact = "the number to call" if lang == "en" else "具体电话号码"
    period = "、".join(what.periods) if lang == "zh" else ", ".join(p[:4] for p in what.periods if p[:4].isdigit())
    chosen = (nearest or documents)[:MAX_SPEECHES]
    titles = "、".join(f"《{d.title}》" for d in chosen)
    one = len(documents) == 1
    if lang == "en":
        detail = fact or "this detail"
        when = f" for {period}" if period else ""
        who = "The speech does not give" if one else "None of the indexed speeches gives"
        lead = (f"{who} {detail} asked for{when}. {titles} speaks of related matters but not of this "
                "detail, so I cannot answer it from the source.")
    else:
        detail = fact or "相关内容"
        subject = re.sub(r"[a-z]+", lambda m: m.group(0).upper(), what.subject)  # "gdp" read normalized: GDP
        about = f"{period}{subject}的" if what.subject or period else "这一"
        who = f"{genre_noun(documents[0].title)}未给出" if one else "已收录的讲话都未给出"
        lead = f"{who}{about}{detail}。{titles}谈到了相关内容,但没有这一细节,无法依据原文作答。"
    return f"{lead}\n\n{listing(chosen, lang)}{_more(len(chosen), len(documents), lang)}"


def form_decline(documents: list[Document], lang: str, en: str, zh: str) -> str:
    """A decline by the form of the question: ``en`` or ``zh`` (with ``{name}``, the speech's title
    or "已收录的讲话"), then what the speeches cover."""
    name = f"《{documents[0].title}》" if len(documents) == 1 else "已收录的讲话"
    lead = en if lang == "en" else zh.format(name=name)
    return f"{lead}\n\n{listing(documents[:3], lang)}"
