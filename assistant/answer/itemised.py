"""Itemised totals: a sum over several things a question says were got, each paid by its own provision.

"我们公司今年拿了中国专利银奖，又新注册了一件地理标志证明商标，伊旗一共奖多少？" names two awards: the
patent award of one provision ("对新获得中国专利金奖、银奖、优秀奖…分别给予 50 万元、30 万元、10 万元") and the
trademark award of another ("对新注册地理标志证明商标…一次性奖励 30 万元/件"). Read as one question, neither
provision shares enough of its words to be found; read one stretch at a time, each stretch finds the
provision that pays it.

- The question's stretches (split at its commas and full stops) before the one asking the sum are its
  items; a stretch that asks ("…一共多少？") is none.
- Each item is searched for on its own words and paid as :class:`~assistant.answer.totals.TotalCalculator`
  pays a provision (a listed item by the figure it goes with, "一件" times once, "2个" twice).
- An item is paid only by the provision that fits its own words best, when it fits them well
  (``ITEM_FIT``) and states their key words; a stretch that only says who asks ("我是伊旗企业的技术骨干")
  finds none and adds nothing. (An English stretch: the best-fitting of the provisions stating its key
  words that reads a figure for it.)
- An English question's stretches are its sentences before the one that asks, split where it goes on
  with another thing got ("…and then moves into a food park", "…, and our lead performer was…", "…; we'll
  also…"). An English stretch is searched for on its words and their glossary translations, and its key
  words are those of the guide that the glossary writes for it.
- The sum is given only when two or more items are paid by different figures; otherwise the question
  is left to the whole-question total.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from assistant.answer.compose import ASKER, HOME, states_key
from assistant.answer.extractive import QuestionTerms
from assistant.answer.question import GOES_ON_EN, asks_total
from assistant.answer.sentences import Sentence
from assistant.answer.totals import Term, TotalCalculator, paid_at_two_ranks
from assistant.models import Calculation, Clause
from assistant.quantities import dimension_of, money_text, normalise, number_word, plain, quantities
from assistant.search.glossary import default_glossary
from assistant.search.keyword import KeywordIndex

# A provision pays an item when it states the item's key words and at least this share of its weighted
# words (the asker's own words, "今年我们拿到一个", are the rest).
ITEM_FIT = 0.3
# How many clauses searched for an item's own words are read, beside those found for the whole question.
ITEM_CLAUSES = 5
# An item's stretch names something when its words weigh at least this (IDF units): a word or two ("成效显著")
# describes an item told before, it names none of its own.
ITEM_WEIGHT = 30.0
# The most items read: a longer enumeration is a list the whole-question total reads.
MAX_ITEMS = 4

# Where a question's stretches end.
_STRETCH_END = re.compile(r"[，,；;。！!？?]")
# A number of things an item counts ("100枚…胚胎", "2个玉米品种"): its award is paid that many times.
_COUNTING_WORD = r"(?:个|名|位|人|项|家|件|种|支|头|台|辆|套|所|座|枚|只|株|匹|户|条|块)"
_COUNTED = re.compile(rf"(\d+|[两二三四五六七八九十]+)\s*{_COUNTING_WORD}")
# A stretch going on from the one before it with another thing got ("又新注册了…", "团队里还有一个人…").
# ("还雇了3个人" goes on with a condition as often as with a thing got: 还 and 也 join nothing without 一共)
_JOINED = re.compile(r"^[^，,]{0,4}?(?:又|同时|另外)")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A stretch that asks something ("多少", "几", "吗") is the ask, not an item.
_ASKS = re.compile(r"多少|几[个项年万千百]?|吗|什么|哪|怎么|如何|[？?]")


@dataclass(frozen=True)
class Item:
    """What pays one thing the question says was got: its step, its value and the provision's term."""

    step: str
    value: Decimal
    term: Term


def item_stretches(question: str) -> list[str]:
    """The stretches of a Chinese question that say what was got, before the stretch asking the sum."""
    stretches = [s.strip() for s in _STRETCH_END.split(question) if s.strip()]
    asking = [i for i, s in enumerate(stretches) if asks_total(s) or _ASKS.search(s)]
    if not asking:
        return []
    return [s for s in stretches[: asking[-1]] if not _ASKS.search(s)][:MAX_ITEMS + 1]


# Where an English question's sentences end (where one goes on with another thing got: GOES_ON_EN).
_SENTENCE_END_EN = re.compile(r"(?<=[.!?;])\s+")
# (and where a sentence goes on with another clause, ", and our lead performer was…": another thing, when a sum is asked)
# ("…2 Holstein bulls ranked in China's top 50 and 1 Simmental bull in China's top 100": another number of things)
_ITEM_SPLIT_EN = re.compile(rf"{GOES_ON_EN.pattern}|,\s+and\s+|\s+and\s+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"\d{1,3}(?![\d,.]))\s+(?!years?\b|months?\b|days?\b|percent\b|%))", re.IGNORECASE)
# An English stretch that asks ("What's the total…", "how much", "Total?") is the ask, not an item.
_ASKS_EN = re.compile(r"\?|\b(?:what|how|which|who)\b|\btotal\b", re.IGNORECASE)


def item_stretches_en(question: str) -> list[str]:
    """The stretches of an English question that say what was got, before the sentence asking the sum."""
    sentences = [s.strip() for s in _SENTENCE_END_EN.split(question.strip()) if s.strip()]
    asking = [i for i, s in enumerate(sentences) if _ASKS_EN.search(s)]
    if not asking or asking[0] == 0:
        return []
    stretches = [part.strip(" ,.;") for s in sentences[: asking[0]] for part in _ITEM_SPLIT_EN.split(s)]
    return [s for s in stretches if s][:MAX_ITEMS + 1]


def _reads_money_of(paid: Calculation, stretch: str) -> bool:
    """Does a calculator's result read a sum of money the stretch tells (its input "1000000" of "1 million yuan")?"""
    told = {q.value for q in quantities(stretch) if q.unit and dimension_of(q.unit) == "money"}
    return any(isinstance(v, str) and v.replace(".", "", 1).isdigit() and Decimal(v) in told for v in paid.inputs.values())


def told_items(question: str, lang: str) -> list[str]:
    """The stretches of a question that say what was got (see :func:`item_stretches`, :func:`item_stretches_en`)."""
    return item_stretches(question) if lang == "zh" else item_stretches_en(question)


def _ways_of_writing(key: str, named: str) -> list[str]:
    """A key word and the other guide words the glossary renders beside it for the same English words
    ("产业园/工业园区/园区" for "industrial park"): any of them states the key."""
    return next((group.split("/") for group in _RENDERED_GROUP.findall(named) if key in group.split("/")), [key])


_RENDERED_GROUP = re.compile(r"[\u4e00-\u9fff]+(?:/[\u4e00-\u9fff]+)+")


def joins_items(question: str) -> bool:
    """Does a Chinese question tell two things got, the later one joined by 又/同时/另外 ("给300头奶牛用
    性控冻精，又给500只奶羊用冻精，能补多少？"): a sum asked without saying 一共?"""
    stretches = item_stretches(question)
    return len(stretches) >= 2 and any(_JOINED.match(s) for s in stretches[1:])


# Counted things joined in one stretch ("1名A类和1名C类人才", "2台充电车、3台换电车"), and an ask of each one's
# figure ("分别", "各", "每"), not of their sum.
_ONE_OR_MORE = rf"(?:\d+|[一两二三四五六七八九十]+)\s*{_COUNTING_WORD}"  # ("一名二类人才和两名四类人才": one counted too)
_JOINED_COUNTS = re.compile(_ONE_OR_MORE + r"[^，,；;。？?\d]{0,12}?(?:和|与|及|以及|、|加)\s*" + _ONE_OR_MORE)
_EACH_ASKED = re.compile(r"分别|各[自个]?|每")


def counts_items(question: str) -> bool:
    """Does a Chinese question count things of two kinds in one stretch and ask one amount of them ("协助引进了
    1名A类和1名C类人才，能拿多少奖励？"): a sum asked without saying 一共?"""
    stretches = [s for s in _STRETCH_END.split(_QUOTED.sub("", question)) if s.strip()]
    asks = [s for s in stretches if _ASKS.search(s)]
    return bool(asks) and any(_JOINED_COUNTS.search(s) for s in stretches) and not any(_EACH_ASKED.search(s) for s in asks)


def _counts_several(stretch: str) -> bool:
    unquoted = _QUOTED.sub("", stretch)  # "“五个一工程”奖" is a name, not five of anything
    return any((number_word(m.group(1)) or 0) > 1 for m in _COUNTED.finditer(unquoted))


@dataclass
class ItemisedTotal:
    """Adds the awards of the items a question names, each found on its own words."""

    tokenize: Callable[[str], list[str]]
    guide_tokens: Callable[[str], list[str]]  # a text's guide words (the colloquial table's included)
    keyword: KeywordIndex
    search: Callable[[str], list[Clause]]
    key_words: Callable[[str], set[str]]  # the rare words a provision must state to be about a text

    def __call__(self, question: str, clauses: Sequence[Clause], lang: str = "zh", paid: Calculation | None = None) -> Calculation | None:
        """The sum of the items told. With ``paid`` (a calculator's result that reads money a stretch tells, "received 1 million
        yuan in special funds" → 30% of it), that stretch is paid the calculator's result, and the sum stands only then."""
        stretches = told_items(question, lang)
        if len(stretches) < 2 or len(stretches) > MAX_ITEMS:
            return None
        items: list[Item] = []
        paid_step: str | None = None
        for i, stretch in enumerate(stretches):
            if paid is not None and paid_step is None and _reads_money_of(paid, stretch):
                paid_step = "；".join(paid.steps) if lang == "zh" else "; ".join(paid.steps)
                continue
            # (an English stretch going on from the first says what else the same asker got, "…and then moves into a
            # food park": the first one's words, at a follow-up's weight, say what it is about)
            context = stretches[0] if lang != "zh" and i > 0 else ""
            item = self._item(stretch, clauses, lang, context)
            if item is not None:
                items.append(item)
        if paid is not None and (paid_step is None or len(items) + 1 < len(stretches)):
            return None  # (beside a calculator's result, every thing told must be paid: a stretch paid nothing may be that one)
        if len(items) + (paid_step is not None) < 2:
            return None
        seen: set[tuple[str, int]] = set()
        for item in items:
            key = (item.term.clause.clause_id, item.term.figure.start)
            if key in seen:
                return None  # two stretches paid by the same figure: one award told twice, not two
            seen.add(key)
        if paid_at_two_ranks([item.term for item in items], question):
            return None
        values = [item.value for item in items] + ([Decimal(paid.result)] if paid is not None else [])
        total = sum(values, Decimal(0))
        steps = [item.step for item in items] + ([paid_step] if paid_step else [])
        steps.append(("合计：" if lang == "zh" else "Total: ") + money_text(total))
        clause_ids = list(dict.fromkeys([*(item.term.clause.clause_id for item in items), *(paid.clause_ids if paid else [])]))
        return Calculation(tool="total", inputs={"question": question}, steps=steps, result=plain(total), unit="元",
                           clause_ids=clause_ids)

    def _item(self, stretch: str, clauses: Sequence[Clause], lang: str = "zh", context: str = "") -> Item | None:
        # "年主营收入到了3亿元", "贴息利率按2%封顶算": the asker's situation, not a thing got (a calculator reading it may pay it)
        if any(dimension_of(q.unit) in ("money", "percent") for q in quantities(stretch) if q.unit):
            return None
        tokens = self.guide_tokens(stretch)
        if sum(QuestionTerms(tokens, [], self.keyword).weights.values()) < ITEM_WEIGHT:
            return None
        terms = QuestionTerms(tokens, self.guide_tokens(context) if context else [], self.keyword)
        own = self.search(stretch)[:ITEM_CLAUSES]
        found = own + [c for c in clauses if c not in own]
        calculator = TotalCalculator(self.tokenize, grouped=True)
        provisions = calculator.provisions(found, terms, False, stretch)
        # (an English stretch in the guide's words, as the glossary writes them; the places it is in name no item)
        named = ASKER.sub("", stretch) if lang == "zh" else HOME.sub(" ", default_glossary().render(stretch))
        keys = self.key_words(named)

        def states_keys(provision: tuple[float, Clause, Sentence]) -> bool:
            said = f"{provision[2].text} {' '.join(provision[1].title_path[-2:])}"
            return all(any(states_key(said, k) for k in _ways_of_writing(key, named)) for key in keys)

        if lang != "zh":
            # (an English stretch going on from the first is read with the first one's words, which may fit the first
            # thing's provision better: of the provisions stating its own key words, the best fitting pays it)
            provisions = [p for p in provisions if states_keys(p)]
        if not provisions or provisions[0][0] < ITEM_FIT:
            return None
        # the provision that fits the stretch best pays it, or nothing does: a stretch saying more of
        # an item told before ("…卓越型校园长，绩效奖励连续支持3年") finds that item's provision, which
        # pays it nothing of its own
        if not states_keys(provisions[0]):
            return None  # "我是伊旗企业的技术骨干" is not paid by a provision for "骨干人员": it names no item
        # (in English, nor a list whose items it names none of, "排名前 10 名、前 50 名…设立区域总部的" for "move into
        # the municipal HR services park", nor one reading no figure for it: the next provision fitting it well pays it)
        fitting = provisions[:1] if lang == "zh" else [p for p in provisions if p[0] >= ITEM_FIT]
        amounts = next((found for p in fitting if (found := calculator.amounts(normalise(stretch), p[1], p[2].text, lang, terms))), None)
        if not amounts or len(amounts) > 1:
            return None  # one thing got is one award; two figures read for it are a guess between them
        if _counts_several(stretch) and not any("×" in step for step, _, _ in amounts):
            return None  # "用了100枚…胚胎" read as one "每枚 1500元": the count is not read, so neither is the award
        (step, value, term), = amounts
        return Item(step, value, term)
