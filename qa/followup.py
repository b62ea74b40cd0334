"""Follow-up questions: which questions refer back to the last answer, and what they point at.

A question is a follow-up only when it refers back, in one of four forms:

* **ordinal**: an item counted in the last list, with no topic of its own: "第二个呢",
  "第三条措施是什么" (after a list of 措施), "最后一点", "下一条", "the second one";
* **deictic**: a pronoun or demonstrative whose referent is the last answer: "这一条具体说说",
  "它的目标是多少", "上面说的第二个问题", "其中人才那一条", "这个规划全称叫什么" (when
  the last turn named 规划);
* **ellipsis**: "那…呢" whose … is an entity of the last answer: "那学校呢";
* **elaboration**: nothing but a request for more: "具体说说", "有没有例子", "为什么?";
* **narrowing**: a question declined on its own that opens with a link ("那哪些事情是明令禁止的?",
  "其中…") or ends in 呢, read again with the last turn's subject (:func:`narrowed`).

Anything else stands alone, however short it is or however it opens: "这个城市去年的GDP是多少?",
"明天天气怎么样?", "还有哪些保障措施?". An ordinal counts in the list the chain of follow-ups
started from (:class:`qa.history.Turn`), so "第一项呢" after "第三项呢" means the first item of
that list, in whatever numbering the speech used (一是, 第一，, 首先, 其一, （一）, 1., ①, ——).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from index.tokenize import normalize

from .answer import AnswerItem
from .asked import asked
from .question_terms import PERIOD
from .bare_asks import names_no_subject
from .history import Turn
from .other_subject import with_other_subject
from .problem_followups import asks_of_problems, problem_followup
from .remedies import solve_asked
from .question_form import (ITEM_NOUNS, MATTER, WAY_NOUNS, _words, content_words, ellipsis_subject,
                            is_elaboration, read_question)
from .ordinal_picks import numbered_past, pick_by_ordinal, shown_numbers
from .narrowing import with_period
from .followup_asks import _ASKED_FACT, _ASKED_OF_ITEM, _PLAN_WORDS, _asks, _period_asked, detail_word, item_topic


@dataclass
class ResolvedQuestion:
    """The question to search for, and the earlier item it points at, if any."""

    text: str  # what retrieval sees
    focus: AnswerItem | None = None
    original: str = ""
    position: int | None = None  # an ordinal the question names ("第三条") with no earlier list
    continues: bool = False  # leans on the last answer as a whole ("有没有例子")
    form: str | None = None  # ordinal | deictic | ellipsis | elaboration | narrowing; None: stands alone
    asks: str = ""  # what the question asks beyond its reference ("的目标是多少"); "" for a bare one
    chain: list[AnswerItem] = field(default_factory=list)  # the list ordinals count in
    at: int | None = None  # the focus's place in ``chain``

    @property
    def wants_whole_item(self) -> bool:
        """An item asked for in full ("第二个具体说说", "这一条详细讲讲"), not only by its lead."""
        return self.focus is not None and not self.continues and not self.asks \
            and bool(_MORE.search(self.original))

    @property
    def bare_ordinal(self) -> bool:
        """An item named by its place and nothing else ("第四个方面呢", "第二个是啥"): no word of
        the question can choose among its sentences."""
        return self.focus is not None and self.form == "ordinal" and not self.continues and not self.asks


# Asking for all of an item rather than its lead: "具体说说", "详细讲讲", "展开说", "都讲了啥内容".
_MORE = re.compile(r"具体|详细|展开|细说|细讲|说说|讲讲|谈谈|介绍一下|内容|细节|全文|原话")


# "最后那个里头说投诉有多少件": what follows asks a detail inside the item, whatever its words.
_INSIDE = re.compile(r"^\s*(?:那个|这个|那条|这条)?\s*(?:里头|里面|里边|当中|之中|中间)")


def _named(items: list[AnswerItem], words: list[str]) -> int | None:
    """The one item whose text holds the most of ``words`` ("人才那一条" → 加强人才队伍建设)."""
    hits = [sum(w in normalize(it.text) for w in words if len(w) > 1) for it in items]
    best = max(hits, default=0)
    return hits.index(best) if best and hits.count(best) == 1 else None


def _on(question: str, turn: Turn, at: int | None, form: str, asks: str,
        continues: bool = False, subject: str = "") -> ResolvedQuestion:
    """A follow-up on the item ``turn.chain[at]``, or (``at`` None) on the last answer as a whole."""
    chain = turn.chain
    if at is not None:
        item = chain[at]
        # A question of its own about the item reads as one asked alone ("基础设施建设滞后的GDP是多少"),
        # so that retrieval and the refusal rule weigh what it asks, not the item's whole lead.
        text = f"{item_topic(item.text)}{asks}" if asks else item.text
        return ResolvedQuestion(text=text, focus=item, original=question, form=form,
                                asks=asks, chain=chain, at=at, continues=continues)
    context = f"{turn.text} {subject or asks or question}".strip()
    if not turn.items:  # the last answer listed nothing: lean on its question only
        return ResolvedQuestion(text=f"{turn.text} {question}", original=question, form=form, asks=asks,
                                chain=chain, at=turn.at)
    items = turn.items
    whole = AnswerItem(text=items[0].text if len(items) == 1 else turn.text, section=items[0].section,
                       document=items[0].document, marker=items[0].marker if len(items) == 1 else None,
                       passage_ids=list(dict.fromkeys(p for it in items for p in it.passage_ids)),
                       span=items[0].span if len(items) == 1 else None)
    return ResolvedQuestion(text=context, focus=whole, original=question, form=form, asks=asks,
                            continues=True, chain=chain, at=turn.at)


# Nouns that name a listed thing by its kind: "这个问题", "这项任务", "这条措施" point at the one shown.
_KIND_OF_ONE = frozenset("问题 短板 不足 困难 事 事情 任务 措施 举措 工作 要求".split())


def _asked_about(turn: Turn) -> set[str]:
    """The words of what the last turn asked about: its question, and the one item it showed.
    Whole words only: "城市更新的任务" did not ask about a 城市."""
    shown = [turn.items[0].text] if len(turn.items) == 1 else []
    return set(_words(" ".join([turn.text, *shown])))


def _single(turn: Turn) -> int | None:
    """The place in the chain of the one item the last answer showed, if it showed one."""
    if turn.at is not None:
        return turn.at
    if len(turn.items) != 1:
        return None
    shown = set(turn.items[0].passage_ids)
    places = [i for i, it in enumerate(turn.chain) if shown & set(it.passage_ids)]
    return places[0] if len(places) == 1 else None


_WAY_NOUN_LEAD = re.compile(rf"^\s*(?:{'|'.join(sorted(WAY_NOUNS))})")
# "要是单位干的呢", "如果是企业呢", "换成农村呢": the last question asked again of another subject
_VARIANT = re.compile(r"^(?:那么?)?(?:要是|如果是?|假如是?|若是|换成|换作)([\u4e00-\u9fffA-Za-z0-9]{1,12}?)"
                      r"(?:干|做|搞|弄|办)?的?(?:话)?呢[？?。!！]*$")

# "10亿以上的有几个", "其中超过1万人的有多少家": the part of the last question's count past a threshold
_SUBSET_LEAD = re.compile(r"^(?:那么?|其中)\s*")
_SUBSET = re.compile(r"^(?:那么?|其中)?\s*[\u4e00-\u9fffA-Za-z0-9.．]{0,10}?(?:以上|以下|以内|之内|及以上|(?:超过|不足|不到|低于|高于)"
                     r"[\u4e00-\u9fffA-Za-z0-9.．]{1,8}?)的(?:有|是|占)?(?:几|多少)")


def resolve_followup(question: str, history: list[str], previous: Callable) -> ResolvedQuestion:
    """Rewrite a follow-up so it stands alone; other questions pass through unchanged.

    ``previous`` gives the last turn (a :class:`qa.history.Turn`, or a pair of its
    resolved text and items); it is called only for a question of a follow-up form, so
    plain questions never pay for it. An ordinal with no earlier turn ("第一个突出问题是什么")
    is kept in ``position`` for the answerer to apply to its own list.
    """
    reading = read_question(question)
    alone = ResolvedQuestion(text=question, original=question, position=reading.position)
    subject = ellipsis_subject(question)
    elaborate = is_elaboration(question)
    rest_of = bool(_REST_OF.match(question.strip()))
    # "投了多少钱", "去年改了多少" after "…今年要改多少个": a detail of what the last turn was about
    bare = names_no_subject(question, history[-1] if history else "")
    if history and (variant := _VARIANT.match(question.strip())) and (turn := Turn.of(previous())).text:
        # "要是单位呢" after "个人…罚多少钱": asked of 单位 in place of 个人, else of 单位 too
        again = with_other_subject(turn.text, variant.group(1)) or variant.group(1) + turn.text
        return ResolvedQuestion(text=again, original=question, form="ellipsis")
    if history and _SUBSET.match(question.strip()) and (turn := Turn.of(previous())).text \
            and asked(turn.text).fact == "quantity":  # "去年新签约了多少亿元以上项目" then "10亿以上的有几个"
        return ResolvedQuestion(text=f"{turn.text}，其中{_SUBSET_LEAD.sub('', question.strip())}", original=question,
                                form="ellipsis")
    if history and asks_of_problems(question) and (turn := Turn.of(previous())).text \
            and (again := problem_followup(question, turn)) is not None:
        # "为什么会这样", "这些问题怎么解决" after problems shown: the causes or measures stand elsewhere
        return ResolvedQuestion(text=again[0], original=question, form="deictic", chain=list(turn.chain), at=again[1])
    if not history or not (reading.refers or elaborate or subject or rest_of or bare):
        return alone
    turn = Turn.of(previous())
    if rest_of and (within := _within_last_answer(question, turn)) is not None:
        return within
    if not (reading.refers or elaborate or subject or bare):  # "其他省份的水价是多少": the last answer does not hold it
        return alone
    if reading.position is not None or reading.relative is not None:  # "第二个渠道具体给多少钱": of the item
        reading.rest = _WAY_NOUN_LEAD.sub("", reading.rest)
    own = content_words(reading.rest)
    if turn.at is None and not turn.inner and (of_item := _ASKED_OF_ITEM.match(reading.rest)) is not None:
        # "第二个方面具体有哪些措施" after a list shown: asked of its second item (after one item shown, the
        # ordinal may count the points under it: left to the answer)
        own = [w for w in own if w != of_item.group(1)]
    asks = _asks(" ".join(w for w in _words(reading.rest) if w not in reading.label)
                 if reading.label else reading.rest, turn)
    if reading.position is not None or reading.relative is not None:
        if not all(w in turn.known or detail_word(w) for w in own) and not _INSIDE.search(reading.rest) \
                and not (turn.inner and _UNDER_IT.search(question)):
            return alone  # an ordinal inside a topic of its own: "第三条措施" after a list of problems
        if reading.relative is not None:
            base = _single(turn)
            at = None if base is None else base + reading.relative
        elif reading.position is not None and reading.position < len(turn.inner) \
                and (_UNDER_IT.search(question) or narrower_unit(question, history)):
            asks = re.sub(r"^\s*(?:它|这|那)?(?:下面|里面|里头|底下|之下|当中|其中)的?\s*", "", asks)
            # "它下面第二项": of the points under the heading shown
            return _on(question, turn._replace(chain=turn.inner, at=None), reading.position, "ordinal", asks)
        else:
            item = pick_by_ordinal(turn.chain, reading.position) if turn.chain else None
            at = next((i for i, it in enumerate(turn.chain) if it is item), None)
        if at is None or not 0 <= at < len(turn.chain):
            if reading.position is not None and turn.at is None and len(turn.chain) <= reading.position < len(turn.inner):
                # "第5条呢" after a heading shown with its six points: the fifth of those, not a fifth part
                return _on(question, turn._replace(chain=turn.inner, at=None), reading.position, "ordinal", asks)
            if turn.chain and reading.position is not None and (reading.position >= len(turn.chain) or numbered_past(
                    shown_numbers(turn.chain), reading.position + 1)):
                # "那第三点呢?" after a list of two: say the list stops there; after 一是/二是/四是, that a gap took it
                return ResolvedQuestion(text=question, original=question, position=reading.position,
                                        form="beyond", chain=list(turn.chain))
            return alone
        return _on(question, turn, at, "ordinal", asks)
    if reading.deictic and reading.label and MATTER.search(question) \
            and not any(w in turn.known for w in reading.label):
        return alone  # "停产那事?": the matter its label names, not one the last answer spoke of
    if reading.deictic or reading.bound:
        if reading.bound and not (reading.bound in ITEM_NOUNS and reading.bound in turn.topic
                                  or reading.bound in _asked_about(turn)
                                  # "这个问题" after one problem of a list was shown: that one
                                  or reading.bound in _KIND_OF_ONE and turn.at is not None):
            return alone  # "这个城市…": the demonstrative binds a noun the last turn did not ask about
        at = _named(turn.chain, reading.label) if reading.label else None
        if at is None and reading.label:
            # "电动车那个具体多少起": the label names a detail inside the item shown, not an item;
            # it stays a word of what is asked
            asks = _asks(reading.rest, turn)
        if at is None and not reading.plural:  # "这一条", "它": the one item shown, else the one named
            at = _single(turn)
            at = _named(turn.chain, own) if at is None else at
        if at is not None and solve_asked(question):  # "针对这个问题有什么措施": the remedy stands elsewhere
            return ResolvedQuestion(text=f"{item_topic(turn.chain[at].text)}{asks}", original=question, form="deictic",
                                    asks=asks, chain=turn.chain, at=at)
        return _on(question, turn, at, "deictic", asks)
    if subject:
        words = content_words(subject)
        if PERIOD.fullmatch(subject.replace("的", "")) and turn.text:  # "那去年呢": the last question, of that period
            return ResolvedQuestion(text=with_period(turn.text, subject.replace("的", "")), original=question,
                                    form="ellipsis")
        if turn.text and (period := _period_asked(subject)) and all(
                PERIOD.fullmatch(w) or w in _PLAN_WORDS or detail_word(w) for w in words):
            # "明年目标呢" after "自来水普及率现在多少": the last question, of that period and plan
            rest = " ".join(w for w in words if not PERIOD.fullmatch(w))
            return ResolvedQuestion(text=f"{with_period(turn.text, period)} {rest}".strip(), original=question,
                                    form="ellipsis")
        if words and all(w in turn.known for w in words):
            return _on(question, turn, _named(turn.chain, words), "ellipsis", asks, subject=subject)
        if turn.text and asked(turn.text).fact is not None and (again := with_other_subject(turn.text, subject)):
            return ResolvedQuestion(text=again, original=question, form="ellipsis")  # "单位呢" after "个人…罚多少"
        if words and all(w in turn.known or detail_word(w) for w in words):  # "完成时间呢": of what was shown
            return _on(question, turn, _named(turn.chain, words), "ellipsis", asks, subject=subject)
        return alone
    if bare and turn.text and (period := _period_asked(question)) and period not in turn.text:
        # "去年改了多少" after "…今年要改多少个": the last question, of that period (not its answer, of another)
        rest = question.replace(period, " ", 1).strip()
        return ResolvedQuestion(text=f"{with_period(turn.text, period)} {rest}".strip(), original=question,
                                form="ellipsis")
    return _on(question, turn, None, "elaboration", asks, continues=True)


# "它下面第二项", "这里面第三条", "其中第一点": an item inside the one heading shown, not beside it.
_UNDER_IT = re.compile(r"(?:下面|里面|里头|底下|之下|当中|其中)(?:的)?第")
# A part asked by a broad unit, then a point by a narrow one: "第五个方面是啥" then "第二条具体怎么做"
# counts the points shown under that part, not the parts.
_BROAD_UNITS = frozenset("部分 方面 大方面 块 大块 板块 章".split())
_NARROW_UNITS = frozenset("条 小条 项 小项 点 小点 件 款".split())


_UNIT = re.compile(r"第\s*[一二三四五六七八九十\d]+\s*个?\s*(大?方面|部分|大?块|板块|章|小?条|小?项|小?点|件|款)")


def ordinal_unit(question: str) -> str:
    """The unit an ordinal of ``question`` counts in ("方面" of "第五个方面", "条" of "第二条"), or ""."""
    m = _UNIT.search(question)
    return m.group(1) if m else ""


def narrower_unit(question: str, history: list[str]) -> bool:
    """Whether ``question`` counts in a narrower unit than the ordinal of the last question."""
    return bool(history) and ordinal_unit(question) in _NARROW_UNITS and ordinal_unit(history[-1]) in _BROAD_UNITS


# A question opening on what the last answer spoke of, or on the rest of it: "这钱优先投哪" after
# the sum of a bond, "那其他小一点的工程呢" after a rule for the large ones, "剩下的钱谁出".
_REST_OF = re.compile(r"^(?:那么?|还有)?(?:这|那)(?:笔|些|部分)?(?:钱|资金|笔)|^(?:那么?)?(?:剩下|剩余|其余|其他|别的)")
_REST_WORDS = frozenset({"其他", "其余", "剩下", "剩余", "别的"})


def _within_last_answer(question: str, turn: Turn) -> ResolvedQuestion | None:
    """``question`` read within the last answer, when that answer's text holds at least half of the
    question's own words ("优先" of "这钱优先投哪" in "…专项债券3.65万亿元，…优先支持在建工程"), or
    the question has none besides its reference ("剩下的钱谁出"): its sentences answer. None when
    the last answer listed nothing or holds too few of them."""
    own = [w for w in content_words(question) if w not in _REST_WORDS and len(w) >= 2 and not _REST_OF.match(w)
           and w not in _ASKED_FACT]  # "这笔钱用在哪里": 哪里 asks, it names nothing the answer must hold
    if not turn.items or 2 * sum(w in turn.known for w in own) < len(own):  # "剩下的钱谁出": all reference
        return None
    return _on(question, turn, None, "deictic", "", continues=True)
