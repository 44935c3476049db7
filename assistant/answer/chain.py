"""The answer chain (LangChain LCEL): condense → retrieve → calculate → answer → verify.

Two answerers sit behind one interface: the extractive answerer (offline default) and any
LangChain chat model. Both go through the same verification, refusal and freshness steps.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Protocol

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer.averages import AverageCalculator
from assistant.answer.calculate import own_level_first
from assistant.answer.ceilings import CostCeilingCalculator
from assistant.answer.components import IncludedFeeCalculator
from assistant.answer.compose import (
    EVIDENCE_LEAD,
    Composer,
    PartAnswer,
    asked_action,
    asked_action_en,
    asked_talent_class,
    asks_class,
    asks_fee,
    asks_interpreter,
    asks_loan,
    asks_signed,
    class_of_clause,
    clause_states_key,
    degrees_named,
    english_figure,
    excluded_named,
    heading_label,
    render,
    states_excluded,
    states_fee,
    states_its_keys,
    states_loan,
    unstated_line,
)
from assistant.answer.conversation import is_follow_up, previous_questions
from assistant.answer.differences import DifferenceCalculator
from assistant.answer.doubling import doubled
from assistant.answer.extractive import QuestionTerms
from assistant.answer.grounding import Grounding, citation_for_clause, context_of, restored_lines
from assistant.answer.growth import GrowthCalculator
from assistant.answer.itemised import ItemisedTotal, counts_items, joins_items, told_items
from assistant.answer.markers import renumber
from assistant.answer.periods import asks_length, period_length, stated_length
from assistant.answer.prompts import EXPIRED_NOTE, REFUSAL
from assistant.answer.proportions import ProportionCalculator, StatedShareCalculator
from assistant.answer.question import (
    FIGURE_SLOTS,
    METADATA_SLOTS,
    Part,
    Question,
    asks_start,
    asks_total,
    is_function_word,
    parse_question,
    states_count,
    tells_items_en,
    through_total,
)
from assistant.answer.ratios import RatioCalculator
from assistant.answer.refusal import (
    THRESHOLDS,
    refusal_of,
    refusal_reason,
    refusal_text,
    relevance,
    relevant_enough,
    writes_phrase,
)
from assistant.answer.shares import ShareCalculator
from assistant.answer.splits import PaymentSplit
from assistant.answer.stated_sums import StatedSumCalculator, stated_part, stated_rest, stated_share
from assistant.answer.totals import MEASURES_ADDED, TotalCalculator, item_classes, item_name, named_item, states_months
from assistant.answer.unit_prices import UnitPriceCalculator
from assistant.answer.verification import verify
from assistant.calculators.router import asks_inputs, note_clauses, note_options, settles
from assistant.models import MARKER, AnswerPart, AnswerResult, AnswerWarning, Calculation, Citation, Clause, Refusal
from assistant.quantities import Quantity, dimension_of, money_text, normalise, scaled_text
from assistant.search.glossary import reader_label
from assistant.search.retrieval import Hit, Retriever, SearchFilters

log = logging.getLogger(__name__)

ANSWER_K = 5
# Words that ask where something is in the printed guide.
PAGE_WORDS = re.compile(r"《?伊金霍洛旗投资政策指南》?|指南|第几页|哪一页|哪页|多少页|页码|在几页|"
                        r"(?:the |this )?(?:printed )?guide|which page|what page|page number|on page", re.IGNORECASE)
# Slots no calculator answers: a question asking only these ("找哪个部门？要交哪些材料？")
# is not routed to a calculator, whatever figures it states.
NOT_COMPUTED = frozenset({"doc_number", "department", "validity", "page", "procedure", "list"})
# The detailed rules a document leaves to be written ("具体办法由…另行制定"), asked of: "who sets the detailed procedure?".
_DETAILED_RULES = re.compile(r"具体(?:办法|细则|程序)|实施细则|细则|\b(?:detailed|specific|implementing|implementation|concrete)\s+"
                             r"(?:rules?|procedures?|measures|methods?|regulations)\b", re.IGNORECASE)
# How many of a part's first clauses from one document show the search settled on that document.
SETTLED_HITS = 3
# At most this many articles of that document state the part's key for the search to be taken to them.
KEYED_ARTICLES = 2
# Clauses of the part's own policy level put first when a question contrasts levels.
LEVEL_HITS = 2
# How far below the relevance floor a refused question may be and still be offered the nearest topics.
TOPIC_MARGIN = 0.03
# Slots the composer judges by what the provisions state; the others also need a relevant clause.
FIGURE_AND_METADATA = FIGURE_SLOTS | METADATA_SLOTS


@dataclass
class Turn:
    """What flows through the chain."""

    question: str
    history: list[dict[str, str]] = field(default_factory=list)
    lang: str = "zh"
    query: str = ""
    hits: list[Hit] = field(default_factory=list)
    vectors_ok: bool = True  # False when retrieval fell back to keywords only
    calculations: list[Calculation] = field(default_factory=list)
    calc_note: str = ""  # e.g. the input a calculator still needs
    answer: str = ""
    citations: list[Citation] = field(default_factory=list)
    refused: bool = False
    refusal: Refusal | None = None  # what a refusal says besides its sentence: unstated, nearest topics
    warnings: list[AnswerWarning] = field(default_factory=list)
    mode: str = "extractive"
    terms: QuestionTerms | None = None  # the question's weighted terms, computed once per turn
    calc_terms: QuestionTerms | None = None  # the same, an English word's senses counted once (see calculation_terms)
    parsed: Question | None = None  # the question model, parsed once per turn
    part_hits: list[list[Hit]] = field(default_factory=list)  # the clauses retrieved for each part
    question_hits: list[Hit] = field(default_factory=list)  # the clauses retrieved for the whole question
    parts: list[AnswerPart] = field(default_factory=list)
    part_answers: list[PartAnswer] | None = None  # the composer's answers, computed once per turn
    on_text: Callable[[str], None] | None = None  # receives answer text as it is produced (before verification)


class Answerer(Protocol):
    name: str

    def answer(self, turn: Turn) -> tuple[str, list[Citation]]:
        """Answer text with [n] markers, and the citations those markers point to."""
        ...


class ExtractiveAnswerer:
    """Answers each part of the question with a direct line from the clauses found for it, then
    the quotes that support it (``assistant.answer.compose``)."""

    name = "extractive"

    def __init__(self, retriever: Retriever, today: date | None = None) -> None:
        self.retriever = retriever
        texts = [f"{' '.join(c.title_path)}\n{c.text}" for c in retriever.corpus.clauses]
        self.composer = Composer(
            retriever.tokenize, retriever.keyword, today or date.today(), texts,
            english_groups=lambda text: retriever.english_groups(text, broad=True), clauses=retriever.corpus.clauses,
        )

    def answer_parts(self, turn: Turn) -> list[PartAnswer]:
        """Each part's answer; a part whose clauses are not relevant enough is left unanswered."""
        if turn.part_answers is not None:
            return turn.part_answers
        question = turn.parsed or parse_question(turn.question, turn.history)
        answers = []
        excluded = excluded_named(self.composer, question.text, question.lang)  # what the asker says it is not
        for part, hits in zip(question.parts, turn.part_hits or [turn.hits] * len(question.parts)):
            # the provision a later part may ask more of: the last one answered ("…how fast should the budget
            # grow, what share must banner spending reach, and how big is the fund?" when the guide gives no share)
            last = next((a for a in reversed(answers) if a.answered and a.sources), None)
            answer = None
            held = False  # asked of the provision just answered only
            if asks_signed(part) and (signed := self.composer.signed_line(part, question, self._with_document(hits, last))):
                # "…文号多少、哪天发的？", "…and when was the notice signed?": the document's closing line, wherever the
                # part before found its provision
                answer, held = signed, True
            elif (hop := self._class_hop(part, question, answers)) is not None:
                # "算哪一类人才？安家补贴多少？": the figure of the class the part before found, read where the
                # catalogue's level pays its classes
                answer, held = hop, True
                if not turn.calculations:
                    turn.calc_note = ""  # (a calculator asking which class: the part before found it)
            elif asks_class(part.text) and (items := self._catalogue_items(part, hits)):
                # "国医大师在鄂尔多斯人才分类目录里算哪一类？": a class is told by a catalogue's item naming the
                # asker, not by a clause of no class that names the catalogue ("附件：…人才分类目录")
                answer = self.composer.answer_part(part, question, items)
                answer = answer if answer.answered else None
            elif last is not None and self.composer.follows_on(part, question, last.sources[0][0], [h.clause for h in hits]):
                # "有奖补吗？一家企业一年最多能拿多少？": a figure asked of the provision just answered
                # comes from that provision when it states one, not from another that shares the words
                answer = self.composer.answer_in_clause(part, question, last.sources[0][0], subject=last.part,
                                                        subject_sentence=last.sources[0][1])
                # naming nothing of its own, it asks of that provision only: another provision that
                # happens to state such a figure ("多少个工作日") answers a question not asked
                # (a part naming words of its own that provision states is searched for when it gives no such figure)
                held = not answer.answered and not part.carried and self.composer.names_no_key(part, question)
                if held:  # (or of another provision of its document or heading: "中央给多少钱" of the cluster programme)
                    source = last.sources[0][0]
                    found = {h.clause.clause_id: h.clause for h in [*hits, *turn.hits]}
                    kin = [c for c in found.values() if c.clause_id != source.clause_id
                           and ((source.doc_title and c.doc_title == source.doc_title) or c.title_path == source.title_path)]
                    answer = self.composer.answer_part(part, question, kin) if kin else answer
                    if not answer.answered:
                        answer = self.composer.unanswered(part, [h.clause for h in hits])
                elif not answer.answered:
                    answer = None  # a part that points back may be stated elsewhere: it is searched for
            elif last is not None and self.composer.asks_more_of(part, question, last.sources[0][0], [h.clause for h in hits]):
                # "一次性创业补贴多少？有什么条件？": the conditions of the provision just answered
                answer = self.composer.quote_in_clause(part, question, last.sources[0][0], last.sources[0][1])
                held = True  # about the provision found for the part before, whatever its own words find
            elif last is not None and (kin := self.composer.kin_asked(part, question, last.sources[0][0], [h.clause for h in hits])):
                # "…natural gas…, and what are the three residential tiers?": the gas table's other clause
                answer = self.composer.answer_part(part, question, [kin])
                held = answer.answered
            elif (last is None and answers and part.slot in FIGURE_SLOTS and not part.item
                  and self.composer.names_no_key(part, question)):
                # "鄂尔多斯天使投资基金总规模多大？单个项目最多投多少？": naming nothing of its own, it asks of
                # what the part before asked about, which no provision found states: a provision answering
                # it must be about that too (not the technology-upgrade one with its 单个项目最高…)
                answer = self.composer.answer_part(part, question, [h.clause for h in hits])
                if answer.answered and not self.composer.is_about(answers[-1].part, question, answer.sources[0][0]):
                    answer = self.composer.unanswered(part, [h.clause for h in hits])
                held = True
            elif last is not None and part.slot in METADATA_SLOTS and (part.carried or (
                    part.slot == "department" and _DETAILED_RULES.search(part.text)
                    and (asked_action(part.text) or asked_action_en(part.text)))):
                # ("…, and who sets the detailed procedure?": who writes a provision's detailed rules is asked of that provision's
                # document, "具体办法由省级发展改革、税务部门另行制定")
                # "…连着4年能支持多少个？哪两个部门负责？": the departments of the provision just answered;
                # when the guide gives none for it, the part says so rather than quote another provision
                found = [h.clause for h in turn.hits] + [h.clause for h in hits]
                source = last.sources[0][0]
                if part.slot == "department" and source.doc_title and (asks_interpreter(part.text) or asked_action_en(part.text)
                                                                       or asked_action(part.text)):
                    # (said once in the document: who interprets it, who writes its detailed rules)
                    found += [c for c in self._document_clauses(source) if c not in found]
                if part.slot == "department" and _DETAILED_RULES.search(part.text):
                    answer = self.composer.rules_writer_line(part, question, [source, *found])
                answer = answer or self.composer.metadata_in_clause(part, question, source, found)
                answer = answer if answer.answered or answer.line else None
            answer = answer or self.composer.answer_part(part, question, [h.clause for h in hits])
            if part.slot == "validity" and not answer.answered and answer.sources and answer.sources[0][0].doc_title:
                # a document's period is said once, in its opening or closing article ("执行期限为2022-2025年",
                # "本政策自发布之日起执行"), which the search for the provision asked about need not find; a start
                # with no date answers only when it starts, not when it ends
                source = answer.sources[0][0]
                start = asks_start(part.text)
                same = [c for c in self._document_clauses(source)
                        if start or c.valid_from or c.valid_until or _DATES_ITSELF.search(c.text)]
                again = self.composer.metadata_in_clause(part, question, source, same)
                answer = again if again.answered else answer
            if part.slot == "department" and asks_interpreter(part.text) and answer.sources and answer.sources[0][0].doc_title \
                    and not (answer.answered and "解释" in answer.line):
                # "Who is responsible for interpreting the … policy?": a document names its interpreter once, in its closing
                # article, which the search for the document need not find
                source = answer.sources[0][0]
                again = self.composer.metadata_in_clause(part, question, source, self._document_clauses(source))
                answer = again if (again.answered and "解释" in again.line) or not answer.answered else answer
            if not held and not answer.answered and not answer.line and part.slot in FIGURE_SLOTS \
                    and (kin := self._keyed_in_document(part, question, [h.clause for h in hits])):
                # "Under the interim measures on disability allowance…, how long must the approval be publicly posted?":
                # a search that settles on one document asks of that document, whose article stating the part's key
                # (公示) may rank below the clauses shown
                again = self.composer.answer_part(part, question, kin)
                answer = again if again.answered else answer
            searched_alone = turn.part_hits and hits is not turn.hits
            if not held and not answer.answered and not answer.line and part.slot in FIGURE_SLOTS and searched_alone:
                # a figure its own search misses may be stated by what the whole question finds (not a
                # part whose provision is found but gives no such fact: that says so)
                whole = self.composer.answer_part(part, question, [h.clause for h in turn.hits])
                answer = whole if whole.answered else answer
            if (answer.answered and part.slot in FIGURE_SLOTS and not held and last is not None and not part.level
                    and (document := last.sources[0][0]).doc_title and answer.sources[0][0].doc_title != document.doc_title):
                # "Which document is Ordos's plan for the eight innovation actions based on, and what's the maximum subsidy
                # for technology introduction costs?": a later part is asked within the document the part before was answered
                # from, when a provision of it states as many of the part's words as the other document's one found (not a
                # part naming a level of its own: "自治区和市里分别补多少" asks the city's document)
                within = self.composer.answer_part(part, question, [document, *self._document_clauses(document)])
                answer = within if within.answered and within.coverage >= answer.coverage else answer
            before = next((a for a in reversed(answers) if a.answered and a.part.slot in FIGURE_SLOTS and a.sources), None)
            if not answer.answered and part.slot in FIGURE_SLOTS and before is not None:
                # "保费多少？养殖户自己掏多少？": the clause that answered the part before may state this too
                again = self.composer.answer_in_clause(part, question, before.sources[0][0])
                # (the line already given for another part answers nothing more: "…and what is the benchmark price in
                # the airport logistics park?" is not answered by the reference price stated for the part before)
                answer = again if again.answered and all(again.line != a.line for a in answers) else answer
            if answer.answered and turn.vectors_ok and part.slot not in FIGURE_AND_METADATA and not held:
                terms = self.composer.part_terms(part, question)
                # (a question of one part has passed the floor as a whole: an answer stating its keys keeps it)
                keyed = len(question.parts) == 1 and states_its_keys(terms.keys, answer, question.lang)
                if not keyed and not relevant_enough(relevance(hits, terms, self.retriever.tokenize), question.lang):
                    answer = self.composer.unanswered(part, [h.clause for h in hits])
            if answer.answered and part.slot in FIGURE_SLOTS and excluded and states_excluded(answer, excluded):
                # "在西部地区但不属于鼓励类产业的企业，企业所得税按多少税率交？": the 15% of "鼓励类产业企业" is not the asker's
                answer = self.composer.unanswered(part, [h.clause for h in hits])
            if answer.answered and part.slot == "amount" and asks_loan(part.text) and not _states_a_loan(answer):
                # "What's the maximum startup guaranteed loan a graduate can get?": a grant of 1万元 is no loan
                answer = self.composer.unanswered(part, [h.clause for h in hits])
            if answer.answered and asks_fee(part.text) and not _states_a_fee(answer):
                # "审查费按什么标准收？": a provision stating no fee or price at all, nor headed by one (the review's
                # own rules), answers no fee asked
                answer = self.composer.unanswered(part, [h.clause for h in hits])
            if (answer.answered and part.carried and answers and not answers[-1].answered
                    and self.composer.asks_existence(answers[-1].part, question)):
                # "Does Ejin Horo offer off-peak electricity prices, and what are they?": what the guide is found not
                # to have, a part asking of it ("they") finds no more of
                answer = self.composer.unanswered(part, [h.clause for h in hits])
            answers.append(_item_line(answer, question))
        turn.part_answers = answers
        # a clause read beyond the search (a document's closing article) is one the answer was found in
        found = {h.clause.clause_id for h in turn.hits}
        for clause in [c for a in answers if a.answered for c, _ in a.sources if c.clause_id not in found]:
            turn.hits.append(Hit(clause, 0.0))
            found.add(clause.clause_id)
        return answers

    def _catalogue_items(self, part: Part, hits: list[Hit]) -> list[Clause]:
        """The talent catalogues' items (clauses their headings put in a class) found for a part asking a
        class, searched further when the part's own search found none; of the city's or the banner's
        catalogue when the part is placed in one ("在伊金霍洛旗人才分类目录里")."""
        def items_of(found: list[Hit]) -> list[Clause]:  # (a note on the catalogue itself, "本目录参照…", is no item)
            return [h.clause for h in found if class_of_clause(h.clause) is not None and "目录" not in h.clause.text]

        items = items_of(hits)
        # (a catalogue is the city's or the banner's; 国家, 自治区 in the question are the asker's honours' levels)
        level = part.level if part.level in LOCAL_CATALOGUES else None
        if level and not any(c.level == level for c in items):
            # ("在伊金霍洛旗人才分类目录里算哪一类": the banner's catalogue, not the city's item the search found)
            items = items_of(self.retriever.search(part.text, k=CLASS_HOP_K, filters=SearchFilters(levels=(level,))))
        elif not items:
            items = items_of(self.retriever.search(part.text, k=CLASS_HOP_K, filters=SearchFilters()))
        own = [c for c in items if level and c.level == level]
        items = own or items
        if (honour := _honour_level(part.text)) is not None:
            # "省级自然科学基金重大项目第一负责人": an item naming the honour's level, not the national one beside it
            named = [c for c in items if honour.search(c.text)]
            if not named:
                filters = SearchFilters(levels=(level,)) if level else SearchFilters()
                named = [c for c in items_of(self.retriever.search(part.text, k=CLASS_HOP_K, filters=filters)) if honour.search(c.text)]
            items = named or items
        return items[:ANSWER_K]

    def _class_hop(self, part: Part, question: Question, answers: list[PartAnswer]) -> PartAnswer | None:
        """A figure asked of the talent class the part before was found in ("which class am I, and what
        settling-in subsidy comes with it?"): the part asked again of that class ("领军人才（C类）安家补贴"),
        among the clauses of the catalogue's level; None when no part before asked a class, the part names
        a class of its own, or that class's figure is not found."""
        if part.slot not in FIGURE_SLOTS or not answers:
            return None
        before = answers[-1]
        if not (before.answered and before.sources and asks_class(before.part.text)):
            return None
        source = before.sources[0][0]
        named = class_of_clause(source)
        own, subject = part.text, part.subject
        carried = before.part.subject.lstrip("'’ ")  # (of "'ve won…" the text keeps "ve won…")
        if part.carried and own.lstrip("'’ ").startswith(carried):
            # the part's own words, not the subject carried over from the part before
            own, subject = own.lstrip("'’ ")[len(carried) :].strip(), subject.lstrip("'’ ")[len(carried) :].strip()
        if named is None or asked_talent_class(own) is not None or not _PAY_NAMED.search(own):
            return None  # (nor "what about a Golden Top Award winner?", another class asked, not a figure)
        asked = replace(part, text=f"{named}{own}", subject=f"{named}{subject}", carried=False)
        levels = (source.level,) if source.level else ()
        # (the catalogue's own clauses, which pay nothing, come first for the class's name: read past them)
        found = [h.clause for h in self.retriever.search(asked.text, k=CLASS_HOP_K, filters=SearchFilters(levels=levels))]
        found = [c for c in found if class_of_clause(c) is None][:ANSWER_K]
        answer = self.composer.answer_part(asked, question, found) if found else None
        return replace(_item_line(answer, question), part=part) if answer is not None and answer.answered else None

    def _with_document(self, hits: Sequence[Hit], last: PartAnswer | None) -> list[Clause]:
        """The clauses found for a part, and those of the document the part before was answered from."""
        found = [h.clause for h in hits]
        if last is not None and (source := last.sources[0][0]).doc_title:
            found += [c for c in self._document_clauses(source) if c not in found]
        return found

    def _keyed_in_document(self, part: Part, question: Question, found: list[Clause]) -> list[Clause]:
        """When the clauses found for a part all come from one document (the search settled on it) and none of them
        states the part's keys, the document's other articles stating one (at most KEYED_ARTICLES of them); none when
        the part names no key, the search did not settle, or the question tells a case of its own."""
        if len(found) < SETTLED_HITS or not (title := found[0].doc_title) or any(c.doc_title != title for c in found[:SETTLED_HITS]):
            return []
        if question.quantities:
            return []  # (a key of the asker's own case, "RMB 30 million total investment", names no article asked of)
        terms = self.composer.part_terms(part, question)
        if not terms.keys or any(clause_states_key(c, terms.keys, terms.compounds) for c in found):
            return []  # (a key the clauses found state is the document's subject, not the article asked of)
        kin = [c for c in self._document_clauses(found[0]) if clause_states_key(c, terms.keys, terms.compounds)]
        return kin if len(kin) <= KEYED_ARTICLES else []  # (a key many articles state names no one of them)

    def _document_clauses(self, clause: Clause) -> list[Clause]:
        """The other clauses of ``clause``'s document in the whole guide, found by the search or not: what a
        document says once of itself (who interprets it, when it runs) stands in one of them."""
        return [c for c in self.retriever.corpus.clauses if c.doc_title == clause.doc_title and c is not clause]

    def answer(self, turn: Turn) -> tuple[str, list[Citation]]:
        question = turn.parsed or parse_question(turn.question, turn.history)
        answers = self.answer_parts(turn)
        text, citations, turn.parts = render(question, answers, turn.lang, reader_label)
        if turn.on_text is not None:  # part by part: each direct line, then the evidence
            for line in text.splitlines(keepends=True):
                turn.on_text(line)
        for answer in answers:
            if not answer.answered and len(answers) > 1:
                detail = f"the guide does not state {answer.part.slot} for: {answer.part.text}"
                turn.warnings.append(AnswerWarning(kind="part_unanswered", detail=detail))
        return text, citations


# The levels whose own talent catalogues a class question may name by place ("在鄂尔多斯", "伊旗的目录").
LOCAL_CATALOGUES = frozenset({"市级", "旗级"})
# A figure asked in a part's own words: money or a number paid ("安家补贴多少", "what settling-in subsidy").
_PAY_NAMED = re.compile(
    r"补贴|补助|资助|奖励|奖补|经费|资金|多少|几|\b(?:subsid(?!enc|iar)\w*|grants?|fund\w*|allowances?|how much|bonus\w*|rewards?|"
    r"salar\w*|pay|money)\b",
    re.IGNORECASE,
)
# How many clauses a figure asked of a talent class is searched among, the catalogue's own among them.
CLASS_HOP_K = 30
# The rest of a 分别 run after one of its figures ("、200 万元、100 万元、80 万元"), before what it pays.
_RUN_REST = re.compile(r"^(?:\s*[、，,和及与]\s*(?:最高|不超过)?\s*[\d.]+\s*[万亿]?元(?:/[\u4e00-\u9fff]+)?)*")


# The level of an honour a Chinese class question names, and how a catalogue item writes it: provincial or
# national. (English "national" is the guide's 国家 and 全国 alike: "National Technical Expert" is 全国技术能手.)
_HONOUR_LEVELS = (
    (re.compile(r"省级|省部级"), re.compile(r"省级|省部级|省（自治区")),
    (re.compile(r"国家(?!级?人才|工程师奖)"), re.compile(r"国家")),
)


def _honour_level(text: str) -> re.Pattern[str] | None:
    """How a catalogue item writes the one level of honour ``text`` names (省级…, 国家…), or None."""
    named = [written for asked, written in _HONOUR_LEVELS if asked.search(text)]
    return named[0] if len(named) == 1 else None


def _states_a_fee(answer: PartAnswer) -> bool:
    """Does the direct line, or a provision it quotes or rests on (with its headings), state a fee or a price?"""
    texts = [answer.line] + [f"{' '.join(c.title_path)} {s.text if s else c.text}" for c, s in [*answer.quotes, *answer.sources]]
    return any(states_fee(text) for text in texts)


def _states_a_loan(answer: PartAnswer) -> bool:
    """Does a sentence the answer quotes or rests on state a loan's size?"""
    return any(states_loan(s.text if s else c.text) for c, s in [*answer.quotes, *answer.sources])


def _item_line(answer: PartAnswer, question: Question) -> PartAnswer:
    """A figure asked of one item of a 分别 list ("C类人才安家补贴多少" of "对…杰出人才（B类）、领军人才（C类）…
    分别给予 300 万元、250 万元…安家补贴"): the direct line states that item's figure alone, the list quoted below."""
    if not answer.answered or answer.part.slot not in FIGURE_SLOTS or not answer.quotes or question.total:
        return answer
    if _EACH_ASKED.search(answer.part.text) or _EACH_ASKED_OF_ALL.search(question.text):
        return answer  # "学科带头人和医院各奖多少", "国内…还有一件国外…": more than one item of the list is asked
    clause, sentence = answer.quotes[0]
    term = named_item(clause, sentence.text, answer.part.text, question.lang == "en")
    if term is None or "分别" not in term.tier or term.role == "level":
        return answer  # (a run paired without 分别, "其中博士每人不超过 5万元、硕士每人不超过 3万元", is read whole)
    text = normalise(sentence.text)
    paid = re.match(r"[\u4e00-\u9fff]{0,8}", _RUN_REST.sub("", text[term.figure.unit_end :])).group(0)  # type: ignore[union-attr]
    # ("分别给予最高 300 万元、200 万元": each figure is a most, as the run says once before its first)
    bound = _RUN_BOUND.search(text[text.rfind("分别", 0, term.figure.start) + 1 : term.figure.start])
    label = heading_label(clause)
    figure = f"{bound.group(1) if bound else ''}{text[term.figure.start : term.figure.unit_end].strip()}{paid}"
    name = item_name(term)
    if lettered := re.match(r"([A-Za-z])\s*类", name):
        name = f"{lettered.group(1)}类"  # "D类人才" of "B类、C类、D类人才": D类, as its neighbours are named
    elif len(item_classes(term)) == 1 and re.fullmatch(r"[A-Za-z]", name):
        name = f"{name}类"  # "C" of "A、B、C、D类": the letters share the last one's 类
    name = re.split(r"取得|获得|获评|认定为|评为|达到|入选", name)[-1]  # "企业和农牧民新取得正" → 正
    if len(name) < ITEM_NAME_CHARS_MIN:
        return answer  # ("正" of "正、副高级…证书": too short to say what the figure is for; the list is quoted)
    line = f"{_as_written(sentence.text, name)}：{_as_written(sentence.text, figure.strip())}"
    return replace(answer, line=f"{label}：{line}" if label else line)


# The fewest characters of an item's name that label its figure on a line of its own ("D类", "重度盐碱地").
ITEM_NAME_CHARS_MIN = 2
# A question asking the figure of each of the things it names, in any part ("…国内…，还有一件国外…，各奖多少").
_EACH_ASKED_OF_ALL = re.compile(r"各|分别|\b(?:each|respectively)\b", re.IGNORECASE)
# A part asking the figures of several things ("各奖多少", "分别多少", "国内和国外", "gold, silver and bronze").
_EACH_ASKED = re.compile(r"各|分别|和|与|及|、|或|还有|\b(?:each|respectively|both|and|or|vs|versus)\b", re.IGNORECASE)
# The bound a 分别 run states once for all its figures.
_RUN_BOUND = re.compile(r"(最高|不超过|不低于|最多|至少|最低)")


def _as_written(original: str, piece: str) -> str:
    """``piece`` of the normalised ``original`` as the guide writes it (full-width brackets kept: "领军人才（C类）")."""
    target = normalise(piece)
    for start in range(len(original) - len(piece) + 1):
        if normalise(original[start : start + len(piece)]) == target:
            return original[start : start + len(piece)]
    return piece


def guide_tokens(retriever: Retriever, text: str) -> list[str]:
    """The guide's tokens of ``text``, an English text's translations included."""
    translated = retriever.translated(text)
    return [t for t in retriever.tokenize(f"{text} {translated}" if translated else text) if not is_function_word(t)]


def question_terms(retriever: Retriever, turn: Turn, asked: str | None = None) -> QuestionTerms:
    """The question's weighted words (of ``asked`` when given: the part of the question a calculation is of)."""
    tokens = partial(guide_tokens, retriever)
    previous = previous_questions(turn.history)[-1:] if is_follow_up(turn.question, turn.history) else []
    asked = asked or turn.question
    if turn.parsed is not None and any(p.slot == "page" for p in turn.parsed.parts):
        asked = PAGE_WORDS.sub(" ", asked)  # "在指南第几页" names the printed guide, not a subject of it
    return QuestionTerms(tokens(asked), tokens(previous[0]) if previous else [], retriever.keyword)


def calculation_terms(retriever: Retriever, turn: Turn) -> QuestionTerms:
    """The question's weighted words as the calculators read them: an English word or glossary phrase is one asked
    word, whichever of its guide words a provision writes ("rate": 费率, 税率, 利率 or 价格, not all four), as the
    composer reads a part's words; a Chinese question's are :func:`question_terms`."""
    if turn.lang != "en":
        return question_terms(retriever, turn)
    previous = previous_questions(turn.history)[-1:] if is_follow_up(turn.question, turn.history) else []
    own = [t for t in retriever.tokenize(turn.question) if not is_function_word(t)]
    terms = QuestionTerms(own, guide_tokens(retriever, previous[0]) if previous else [], retriever.keyword)
    for group in retriever.english_groups(turn.question, broad=True):
        terms.add_alternatives([retriever.tokenize(term) for term in group])
    return terms


# A document's article giving its period in words, with no date ("本政策自发布之日起试行，试行期一年").
_DATES_ITSELF = re.compile(r"自\s*(?:发布|印发|公布)之日起\s*(?:施行|实施|执行|试行)|试行期")
# A step multiplying one figure by its years or months ("1000万元 × 5年", "1000元 × 24 months").
_OVER_YEARS = re.compile(r"×\s*\d+\s*(?:年|个月|years?\b|months?\b)")


class Calculating(Protocol):
    def __call__(self, question: str, hits: list[Hit], history: list[dict[str, str]]) -> tuple[list[Calculation], str]: ...


@dataclass
class AnswerChain:
    retriever: Retriever
    answerer: Answerer
    today: date
    calculate: Calculating | None = None
    fallback: Answerer | None = None  # used when the answerer fails (e.g. a dead LLM endpoint)
    fallback_calculate: Calculating | None = None  # the offline calculator, for the fallback

    def __post_init__(self) -> None:
        # the extractive answerer that judges answerability and stands behind a model's reply
        self.extractive = next((a for a in (self.answerer, self.fallback) if isinstance(a, ExtractiveAnswerer)), None)
        self.grounding = (
            Grounding(self.extractive.composer, self._guide_terms)
            if self.extractive is not None and self.extractive is not self.answerer
            else None
        )

    def runnable(self) -> Runnable[Turn, Turn]:
        return (
            RunnableLambda(self._condense, name="condense")
            | RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._calculate, name="calculate")
            | RunnableLambda(self._answer, name="answer")
            | RunnableLambda(self._verify, name="verify")
        )

    def _condense(self, turn: Turn) -> Turn:
        turn.parsed = parse_question(turn.question, turn.history, guide_terms=self._guide_terms)
        turn.lang = turn.parsed.lang
        turn.query = turn.parsed.text
        return turn

    def _clauses_for(self, text: str) -> list[Clause]:
        return [h.clause for h in self.retriever.search(text, k=ANSWER_K)]

    def _guide_terms(self, text: str) -> list[str]:
        translated = self.retriever.translated(text)
        return translated.split() if translated else []

    def _retrieve(self, turn: Turn) -> Turn:
        turn.hits = turn.question_hits = self.retriever.search(turn.query, k=ANSWER_K, filters=SearchFilters())
        degraded = self.retriever.degraded
        if turn.parsed is not None and turn.parsed.multi_part:
            # each part is searched on its own; the list shown interleaves the parts' best clauses
            turn.part_hits = [self._part_search(part, turn.parsed) for part in turn.parsed.parts]
            degraded = degraded or self.retriever.degraded
            turn.hits = interleave([*turn.part_hits, turn.hits])
        else:
            turn.part_hits = [turn.hits]
        if degraded:
            turn.vectors_ok = False
            turn.warnings.append(AnswerWarning(kind="index_degraded", detail=degraded))
        return turn

    def _part_search(self, part: Part, question: Question) -> list[Hit]:
        """The clauses found for one part; when the parts contrast policy levels ("市里和旗里分别
        奖多少？"), the part's own level's clauses first."""
        hits = self.retriever.search(part.text, k=ANSWER_K, filters=SearchFilters())
        if part.level and len({p.level for p in question.parts if p.level}) > 1:
            own = self.retriever.search(part.text, k=LEVEL_HITS, filters=SearchFilters(levels=(part.level,)))
            hits = interleave([own, hits])[:ANSWER_K]
        return hits

    def _calculate(self, turn: Turn) -> Turn:
        asks_figure = turn.parsed is None or turn.parsed.total or any(p.slot not in NOT_COMPUTED for p in turn.parsed.parts)
        if self.calculate is not None and asks_figure:
            try:
                turn.calculations, turn.calc_note = self.calculate(turn.question, turn.hits, turn.history)
            except Exception as exc:  # noqa: BLE001 - a calculator defect must not lose the answer
                log.exception("calculation failed")
                detail = f"the calculation failed ({type(exc).__name__}); answered without it"
                turn.warnings.append(AnswerWarning(kind="calculation_failed", detail=detail))
        money_asked = turn.parsed is not None and any(p.slot == "amount" and p.per == "money" for p in turn.parsed.parts)
        if money_asked and turn.calculations and not any(dimension_of(c.unit) == "money" for c in turn.calculations):
            # "In yuan, how much is the monthly allowance": a number of months computed does not answer it
            turn.calculations, turn.calc_note = [], ""
        measured = turn.parsed is not None and bool(turn.parsed.parts) and all(p.slot == "count" and p.measure for p in turn.parsed.parts)
        if measured and turn.calculations and all(dimension_of(c.unit) == "money" for c in turn.calculations):
            # "至少要综合利用多少万吨": a subsidy computed in money does not answer a quantity asked in its measure
            turn.calculations, turn.calc_note = [], ""
        if (options := note_options(turn.calc_note)) and (asked := degrees_named(turn.question)) \
                and not asked & degrees_named(" ".join(options)):
            # "租房补贴，大专毕业生每个月能补多少？" of a calculator asking "博士/硕士": none of its choices is the degree
            # the asker names, so it pays nothing the guide states for them
            turn.calc_note = ""
        if turn.calc_note and settles(turn.calc_note):
            return turn  # "年节能量不到2000吨": the provision's calculator says it does not qualify; nothing else computes it
        if turn.parsed is not None and not turn.calculations:
            # "专利许可拿到600万元，作价入股又拿到500万元，合计多少？": the asker's own amounts, added up
            stated_sum = StatedSumCalculator(partial(guide_tokens, self.retriever))(turn.parsed)
            if stated_sum is not None:
                turn.calculations, turn.calc_note = [stated_sum], ""
            elif (share := stated_share(turn.parsed)) is not None:
                turn.calculations, turn.calc_note = [share], ""  # "28 million of it…: what share is that?"
            elif (part := stated_part(turn.parsed)) is not None:
                turn.calculations, turn.calc_note = [part], ""  # "203 million tonnes… ships 80% of it out: how much?"
            elif (rest := stated_rest(turn.parsed)) is not None:
                turn.calculations, turn.calc_note = [rest], ""  # "上线率是95%，没上线的占比是多少？"
            elif (length := stated_length(turn.question, turn.lang)) is not None:
                turn.calculations, turn.calc_note = [length], ""  # "from the start of 2021 to the end of 2030: how many years?"
        parts = turn.parsed.parts if turn.parsed is not None else []
        summed = [p for p in parts if asks_total(p.text)] or parts  # the part that asks for the sum
        money = not any(p.counted or p.measure or p.slot == "duration" for p in summed)
        # "每年遴选 150 个…连着评3年，一共多少个": a number of items added up, not money
        counting = bool(summed) and all(p.slot == "count" and not p.measure for p in summed) and any(p.counted for p in summed)
        # "报了2个项目，科研经费最多能拿多少？": a figure paid per item, times the items counted
        counted = turn.parsed is not None and not turn.parsed.total and states_count(turn.question)
        # "给300头奶牛用性控冻精，又给500只奶羊用冻精，能补多少？": two things got, one amount asked: their sum
        # ("协助引进了1名A类和1名C类人才，能拿多少": two kinds counted, one amount asked)
        joined = turn.parsed is not None and money and (
            (turn.lang == "zh" and (joins_items(turn.question) or counts_items(turn.question)))
            or (turn.lang == "en" and tells_items_en(turn.question))  # "…hire an A-class and a B-class talent. How much…?"
        )
        # "sends a technician to a partner city for 8 months of training: what subsidy does the unit get?": a monthly
        # figure over the months the question states (one figure, times them; nothing else added)
        monthly = money and states_months(turn.question) and any(p.slot == "amount" for p in parts)
        summing = turn.parsed is not None and (turn.parsed.total or counted or joined or monthly)
        # "生态建设面积加上采煤沉陷区复垦的面积，一共是多少万亩？": the guide's figures in the measure asked, added up
        measures = {p.measure for p in summed}
        measure = measures.pop() if turn.parsed is not None and turn.parsed.total and len(measures) == 1 and all(
            p.slot == "count" for p in summed) and measures <= MEASURES_ADDED else None
        # "…moved its whole operation here; it was also recognised as a 'little giant' and received 1 million yuan… How much
        # in total?": a calculator pays one of the things told (30% of the 1 million); the others are added item by item
        one_of_several = (turn.parsed is not None and turn.parsed.total and money and len(turn.calculations) == 1
                          and turn.calculations[0].tool != "total" and len(told_items(turn.question, turn.lang)) >= 2)
        if summing and (money or counting or measure) and (not turn.calculations or one_of_several):
            # "一共 / 加起来 / in total": the money figures (or numbers of items) of the provisions
            # found, added term by term (a total asked in 年 or 立方米 is neither)
            # (a total reads every guide word of an English word: its terms are told apart by those words, and reading
            # them once per word, as the other calculators do, lost more totals than it gained)
            terms = turn.terms = question_terms(self.retriever, turn)
            # ("…in Ejin Horo": the banner's list, not the city's, though the city's is found first)
            hits = own_level_first(turn.question, [h.clause for h in turn.hits], strict=True)
            if self.extractive is not None:
                # the provision the answer gives for the first figure asked comes first: a later part
                # asking the sum ("一个专家连着聘3年最多能拿多少？") is about the same subject
                answers = self.extractive.answer_parts(turn)
                answered = [a.sources[0][0] for a in answers if a.answered and a.sources and a.part.slot in FIGURE_SLOTS]
                if not answered and turn.parsed.parts:
                    # (none answered: the clauses stating the summing part's key come first, "a national technology
                    # innovation centre" is no 制造业创新中心, though that clause ranks first)
                    composer = self.extractive.composer
                    part = next((p for p in turn.parsed.parts if asks_total(p.text)), turn.parsed.parts[0])
                    key_terms = composer.part_terms(part, turn.parsed)
                    answered = [c for c in hits if clause_states_key(c, key_terms.keys, key_terms.compounds)]
                hits = answered[:1] + [c for c in hits if c not in answered[:1]]
            asked = through_total(turn.question)
            # (the words of what is summed weigh, not those of a later question: "…over the support period? Also,
            # what's the yearly minimum for a field observation station?" sums no station's figure)
            # (beside a calculator's result only the items are read: their sum stands when one of them is what it paid)
            total = None if one_of_several else TotalCalculator(self.retriever.tokenize)(
                asked, hits, terms if asked == turn.question else question_terms(self.retriever, turn, asked), turn.lang,
                counted_only=counted, counting=measure or (counting and not money)
            )
            # (a total of the whole question's provisions, read term by term, stands: only a single term or
            # none is read again item by item, each item searched for)
            # (a single term multiplied over its years, "1000万元 × 5年", is a whole sum too)
            single = total is None or (len(total.steps) == 1 and not _OVER_YEARS.search(total.steps[0]))
            # (...unless the question tells of several things got, one of which it may be: "获评自治区优秀教师，又被评为旗级
            # 名师（三年任期），一共能拿多少" is 2万元 and 1万元 × 3年)
            single = single or (total is not None and len(total.steps) == 1 and joined)
            paid = turn.calculations[0] if one_of_several else None
            if (turn.parsed.total or joined) and money and self.extractive is not None and single:
                # "拿了中国专利银奖，又新注册了一件地理标志证明商标，一共奖多少": each thing got is paid by its own
                # provision, found on its own words
                itemised = ItemisedTotal(
                    self.retriever.tokenize, partial(guide_tokens, self.retriever), self.retriever.keyword, self._clauses_for,
                    self.extractive.composer.key_words,
                )(asked, hits, turn.lang, paid=paid)
                total = itemised or total
            if total is not None:
                turn.calculations, turn.calc_note = [total], ""
                self._answer_sum_parts(turn, total, hits)
        if turn.parsed is not None and all(len(c.steps) <= 1 for c in turn.calculations):
            # "第二档比第一档每方贵多少？": the two figures the question names, one less the other (a calculation
            # of one figure, "200度 × 0.504元/度", answers no difference asked)
            terms = turn.calc_terms = turn.calc_terms or calculation_terms(self.retriever, turn)
            difference = DifferenceCalculator(partial(guide_tokens, self.retriever))(turn.parsed, [h.clause for h in turn.hits], terms)
            if difference is not None:
                turn.calculations, turn.calc_note = [difference], ""
        if turn.parsed is not None and not turn.calculations:
            # "2023年回收了1亿台，到2027年目标是多少？" over "较 2023 年增长 30%": the value the question
            # states, changed as the provision says (before a share of it: a provision stating how the
            # value changes is about that value, where a share may be of another's)
            terms = turn.calc_terms = turn.calc_terms or calculation_terms(self.retriever, turn)
            grown = GrowthCalculator(partial(guide_tokens, self.retriever))(turn.parsed, [h.clause for h in turn.hits], terms)
            if grown:
                turn.calculations, turn.calc_note = grown, ""
        if turn.parsed is not None and not turn.calculations:
            # "风险补偿基金投入2000万元，金融机构要跟进多少信贷投放？" over "…和信贷额度 1:10 放大比例": the other side of a ratio
            ratio = RatioCalculator(partial(guide_tokens, self.retriever))(turn.parsed, [h.clause for h in turn.hits])
            if ratio is not None:
                turn.calculations, turn.calc_note = [ratio], ""
        if turn.parsed is not None and not turn.calculations:
            # "We're a certified high-tech enterprise… the most R&D reward?" over "…最高500万元奖补，对达到要求的高新技术企业翻倍奖补"
            if (twice := doubled(turn.parsed, [h.clause for h in turn.hits])) is not None:
                turn.calculations, turn.calc_note = [twice], ""
        if turn.parsed is not None and not turn.calculations:
            # "常住人口中少数民族占百分之几？" over "常住人口 25 万，其中少数民族 2.1 万": the part's share of its whole
            proportion = ProportionCalculator(partial(guide_tokens, self.retriever))(turn.parsed, [h.clause for h in turn.hits])
            # ("年产销煤炭 2.03 亿吨，将 80%的煤炭外运保供" asked how much coal is shipped out: that share of the figure)
            proportion = proportion or StatedShareCalculator(partial(guide_tokens, self.retriever))(
                turn.parsed, [h.clause for h in turn.hits])
            if proportion is not None:
                turn.calculations, turn.calc_note = [proportion], ""
        if turn.parsed is not None and not turn.calculations:
            # "3年培育1.5万人次，平均每年多少？": a total over years, per year
            terms = turn.calc_terms = turn.calc_terms or calculation_terms(self.retriever, turn)
            average = AverageCalculator(partial(guide_tokens, self.retriever))(turn.parsed, [h.clause for h in turn.hits], terms)
            if average is not None:
                turn.calculations, turn.calc_note = [average], ""
        if turn.parsed is not None and not turn.parsed.total:
            # "贷款200万，融资成本最高8%，一年利息及费用最多多少？": the sum borrowed at the ceiling rate a provision
            # sets on the cost asked (before a share: "融资成本最高不超过 8%" is no share of the loan paid; nor is the
            # cost asked any subsidy a provision's calculator pays on the loan; a sum asked is added up as asked)
            ceiling = CostCeilingCalculator()(turn.parsed, [h.clause for h in turn.hits])
            if ceiling is not None:
                turn.calculations, turn.calc_note = [ceiling], ""
        if turn.parsed is not None and not turn.calculations:
            # "科研经费要500万，财政出多少？": the provision's share of the amount the question states (also
            # when a calculator of the provision asks for inputs the asker did not give: "改建花了1000万元"
            # is the cost its 40% is of, though the calculator of new stores asks for their volume)
            terms = turn.calc_terms = turn.calc_terms or calculation_terms(self.retriever, turn)
            shares = ShareCalculator(partial(guide_tokens, self.retriever))
            found = [h.clause for h in turn.hits]
            share = shares(turn.parsed, found, terms)
            if share is not None:
                # (and the share of another size of enterprise a later part asks: "What if we were a large company?")
                turn.calculations, turn.calc_note = [share, *shares.other_sizes(turn.parsed, found, terms, share)], ""
        if turn.parsed is not None and not turn.calculations:
            # "used 200 cubic metres of gas: what's the bill?": the quantity at the provision's price per its unit
            terms = turn.calc_terms = turn.calc_terms or calculation_terms(self.retriever, turn)
            priced = UnitPriceCalculator(partial(guide_tokens, self.retriever))(turn.parsed, [h.clause for h in turn.hits], terms)
            if priced is not None:
                turn.calculations, turn.calc_note = [priced], ""
        if turn.parsed is not None and len(turn.calculations) == 1:
            # "…能拿多少补贴？市里和旗区各出多少？", "how is it split?": each paying government's part of the amount computed
            computed = turn.calculations[0]
            own = [c for cid in computed.clause_ids if (c := self.retriever.corpus.by_id.get(cid)) is not None]
            turn.calculations = PaymentSplit()(computed, turn.parsed, own) or turn.calculations
        if turn.parsed is not None and len(turn.calculations) == 1 and turn.calculations[0].tool != "share":
            # "…5000吨，能拿多少补贴？自治区出多少？": the share a party bears of the amount just computed
            terms = turn.calc_terms = turn.calc_terms or calculation_terms(self.retriever, turn)
            borne = ShareCalculator(partial(guide_tokens, self.retriever)).borne_of(
                turn.calculations[0], turn.parsed, [h.clause for h in turn.hits], terms)
            if borne is not None:
                turn.calculations.append(borne)
        if turn.parsed is not None and not turn.calculations and self.extractive is not None \
                and any(p.slot == "validity" and asks_length(p.text) for p in turn.parsed.parts):
            # "西部大开发15%税率政策一共执行几年？": the length of the period of the clause answering the part
            answers = self.extractive.answer_parts(turn)
            lengths = [length.model_copy(update={"part": i if len(answers) > 1 else None}) for i, answer in enumerate(answers)
                       if answer.part.slot == "validity" and asks_length(answer.part.text) and answer.answered and answer.sources
                       and (length := period_length(answer.sources[0][0], turn.lang)) is not None]
            if lengths:
                turn.calculations, turn.calc_note = lengths[:1], ""
        if turn.parsed is not None and len(turn.calculations) <= 1:
            # "A household uses 12 tonnes of water… how much is the sewage treatment fee?": the fee the price includes, for
            # the quantity priced ("（含污水处理费 0.95 元…）"); "扣掉污水处理费和水资源费，纯水费多少钱一吨？": the price less them
            fee = IncludedFeeCalculator(self.retriever.english_groups)(
                turn.parsed, [h.clause for h in turn.hits], turn.calculations)
            if fee is not None:
                turn.calculations, turn.calc_note = [*turn.calculations, fee], ""
        return turn

    def _answer_sum_parts(self, turn: Turn, total: Calculation, clauses: list[Clause]) -> None:
        """A later part asking the sum ("一个专家连着聘3年最多能拿多少？") quotes the provision the sum
        is computed from, not another one its own words happen to fit better."""
        if self.extractive is None or turn.parsed is None or turn.part_answers is None or not total.clause_ids:
            return
        source = next((c for c in clauses if c.clause_id == total.clause_ids[0]), None)
        if source is None:
            return
        for i, answer in enumerate(turn.part_answers):
            part = answer.part
            if i and part.slot in FIGURE_SLOTS and asks_total(part.text) and not (answer.sources and answer.sources[0][0] is source):
                again = self.extractive.composer.answer_in_clause(part, turn.parsed, source)
                if again.answered:
                    turn.part_answers[i] = again

    def _answer(self, turn: Turn) -> Turn:
        terms = turn.terms = turn.terms or question_terms(self.retriever, turn)
        # (a question of several parts is as relevant as its most relevant part searched on its own: the whole
        # question's search may rank its parts' clauses low, "竞争性领域和非竞争性领域评价人才分别看什么？")
        found = [*turn.question_hits, *(h for hits in turn.part_hits for h in hits)] if len(turn.part_hits) > 1 else turn.question_hits
        rel = relevance(found or turn.hits, terms, self.retriever.tokenize)
        reason = None
        # a calculation rests on clauses that state its figures; a calculator asking for an input
        # has found the provision the question is about
        if not turn.calculations and not turn.calc_note:
            firsts = [hits[0] for hits in turn.part_hits if hits] if len(turn.part_hits) > 1 else []
            # (whether a clause writes a phrase of the question matters only below the relevance floor: read only then)
            subjects = [p.focus[0] for p in turn.parsed.parts] if turn.parsed is not None and turn.lang == "zh" else []
            written = not relevant_enough(rel, turn.lang) and writes_phrase(subjects, turn.hits[:5])
            reason = refusal_reason(turn.query, turn.hits, rel, turn.lang, vectors=turn.vectors_ok, firsts=firsts, written=written)
        unstated: list[str] = []
        # the extractive composer decides answerability in both modes: a model is asked only what
        # the guide's provisions state, and never refuses what quoting would answer
        # (a calculator asking for inputs, with no part of the question stated by the clauses found, has found a
        # provision about something else: "a hydrogen station below 500 kg/day" is asked no year of the per-kg subsidy)
        if reason is None and self.extractive is not None and not turn.calculations and (not turn.calc_note or asks_inputs(turn.calc_note)):
            answers = self.extractive.answer_parts(turn)
            if not any(a.answered for a in answers):
                coverage = ", ".join(f"{a.part.slot} {a.coverage:.2f}" for a in answers)
                reason = f"no part of the question is stated by the clauses found (coverage {coverage})"
                # the clause asked about is found, but not the document number or department asked for
                unstated = [unstated_line(a, turn.lang) for a in answers if a.line]
        if reason:
            turn.refused = True
            # the nearest topics are offered when the question is near the guide at all: not for an
            # off-topic request, nor when no clause comes within TOPIC_MARGIN of the relevance floor
            near = not reason.startswith("an off-topic") and rel.score >= THRESHOLDS[turn.lang] - TOPIC_MARGIN
            turn.refusal = refusal_of(turn.hits if near else [], unstated)
            turn.answer = refusal_text(turn.refusal, turn.lang)
            turn.warnings.append(AnswerWarning(kind="refused", detail=reason))
            return turn
        try:
            turn.answer, turn.citations = self.answerer.answer(turn)
            turn.mode = self.answerer.name
        except Exception as exc:  # noqa: BLE001 - any model failure falls back to quoting
            if self.fallback is None:
                raise
            log.warning("answerer %s failed: %s", self.answerer.name, exc)
            detail = f"the language model failed ({type(exc).__name__}); answered by quoting the guide instead"
            turn.warnings.append(AnswerWarning(kind="llm_fallback", detail=detail))
            turn.calculations = []
            if self.fallback_calculate is not None:
                turn.calculations, turn.calc_note = self.fallback_calculate(turn.question, turn.hits, turn.history)
            turn.answer, turn.citations = self.fallback.answer(turn)
            turn.mode = self.fallback.name
        problem = self.grounding.reply_problem(turn.answer, turn.lang, list(REFUSAL.values())) if self._grounded(turn) else None
        if problem and self.extractive is not None:
            turn.warnings.append(AnswerWarning(kind="model_reply_replaced", detail=f"{problem}; answered by quoting the guide"))
            turn.answer, turn.citations = self.extractive.answer(turn)
            turn.mode = self.extractive.name
        if any(sentence in turn.answer for sentence in REFUSAL.values()):
            turn.refused = True
            turn.refusal = refusal_of(turn.hits)
            turn.answer = refusal_text(turn.refusal, turn.lang)
            turn.citations = []
        return turn

    def _grounded(self, turn: Turn) -> bool:
        """The answer is a model's reply, to be grounded against the clauses and the quotes."""
        return self.grounding is not None and turn.mode == self.answerer.name and self.answerer is not self.extractive

    def _verify(self, turn: Turn) -> Turn:
        if turn.refused:
            return turn
        question = f"{turn.question} {' '.join(previous_questions(turn.history))}"
        if any(not p.answered for p in turn.parts):
            # a part's "not stated" line names the nearest provisions by their headings, numbers and all
            question += " " + " ".join(" ".join(h.clause.title_path[-2:]) for h in turn.hits)
        if self._grounded(turn):
            self._ground(turn, question)
        else:
            verdict = verify(turn.answer, turn.citations, {h.clause.clause_id for h in turn.hits}, turn.calculations, question=question)
            turn.answer, turn.citations = verdict.answer, verdict.citations
            turn.warnings += verdict.warnings
        if not turn.citations and not turn.calculations and not turn.calc_note:
            turn.refused = True
            turn.refusal = refusal_of(turn.hits)
            turn.answer = refusal_text(turn.refusal, turn.lang)
            return turn
        calc_lines = [calculation_text(calc, turn.lang, self._cite(turn, calc.clause_ids)) for calc in turn.calculations]
        # the computed figure is the direct answer of the part asking the sum ("一人奖多少？5个人一共多少？"), else of the first
        summing = [p for p in turn.parts if p.slot in FIGURE_SLOTS and asks_total(p.question)]
        target = summing[0] if summing and any(c.tool == "total" for c in turn.calculations) else (turn.parts or [None])[0]
        targets: list[tuple[AnswerPart, list[str]]] = []
        for calc, line in zip(turn.calculations, calc_lines):
            # a calculation noted with the part it answers ("旗财政补多少？", "自治区出多少？") is that part's direct answer
            part = turn.parts[calc.part] if calc.part is not None and calc.part < len(turn.parts) else target
            if part is None:
                continue
            if targets and targets[-1][0] is part:
                targets[-1][1].append(line)
            else:
                targets.append((part, [line]))
        for part, _ in targets:
            if not part.answered and part.answer_line:
                # the computed figure answers what the part's line says the guide does not state
                turn.answer = "\n".join(line for line in turn.answer.replace(part.answer_line, "").split("\n") if line.strip())
        lines = [turn.answer] if turn.answer else []
        lines[:0] = calc_lines
        for part, computed in targets:
            part.answer_line = "\n".join([*computed, part.answer_line] if part.answered else computed)
            part.answered = True
        if turn.calc_note:
            # (a note on a threshold not reached cites the clause stating the threshold)
            lines.insert(0, turn.calc_note + self._cite(turn, note_clauses(turn.calc_note)))
        for citation in turn.citations:
            if citation.valid_until and citation.expired(self.today):
                until = citation.valid_until.isoformat()
                lines.append(EXPIRED_NOTE[turn.lang].format(marker=citation.marker, until=until))
                expired = AnswerWarning(kind="expired", clause_id=citation.clause_id, detail=f"the policy period ended on {until}")
                turn.warnings.append(expired)
        turn.answer = "\n".join(lines)
        return turn

    def _ground(self, turn: Turn, question: str) -> None:
        """A model's reply checked sentence by sentence against the clauses it was shown, then
        completed with the extractive direct line of any part it left out; markers renumbered."""
        assert self.grounding is not None and self.extractive is not None
        candidates = [Citation.of(i, h.clause) for i, h in enumerate(turn.hits, 1)]
        verdict = verify(
            turn.answer, turn.citations, {h.clause.clause_id for h in turn.hits}, turn.calculations, question,
            candidates=candidates, related=self.grounding.related, replacement=self.grounding.replacement(turn.lang),
        )  # fmt: skip
        turn.warnings += verdict.warnings
        parsed = turn.parsed or parse_question(turn.question, turn.history)
        composed_text, composed, parts = render(parsed, self.extractive.answer_parts(turn), turn.lang, reader_label)
        if not MARKER.search(verdict.answer) and not turn.calculations:
            detail = "verification left no cited sentence of the model's reply; answered by quoting the guide"
            turn.warnings.append(AnswerWarning(kind="model_reply_replaced", detail=detail))
            turn.answer, turn.citations = self.extractive.answer(turn)
            turn.mode = self.extractive.name
            plain = verify(turn.answer, turn.citations, {h.clause.clause_id for h in turn.hits}, turn.calculations, question=question)
            turn.answer, turn.citations = plain.answer, plain.citations
            turn.warnings += plain.warnings
            return
        # the composer's markers, in the model's numbering (the clauses shown to it), new ones after
        position = {h.clause.clause_id: i for i, h in enumerate(turn.hits, 1)}
        extra: dict[int, Citation] = {}

        def marker_of(composer_marker: int) -> int:
            clause_id = next(c.clause_id for c in composed if c.marker == composer_marker)
            if clause_id not in position:
                position[clause_id] = len(turn.hits) + len(extra) + 1
                extra[position[clause_id]] = next(c for c in composed if c.clause_id == clause_id)
            return position[clause_id]

        lead = EVIDENCE_LEAD[turn.lang]
        quotes = composed_text.split(f"{lead}\n", 1)[1].splitlines() if f"{lead}\n" in composed_text else []
        lines, restored = restored_lines(parts, quotes, verdict.answer, self.grounding, marker_of)
        turn.warnings += restored
        text = "\n".join([verdict.answer, *lines]) if verdict.answer else "\n".join(lines)
        citations = [
            citation_for_clause(turn.hits[m - 1].clause, m, context_of(text, m))
            if m <= len(turn.hits) else extra[m].model_copy(update={"marker": m})
            for m in sorted({int(x) for x in MARKER.findall(text)})
            if m <= len(turn.hits) or m in extra
        ]  # fmt: skip
        turn.answer, turn.citations = renumber(text, citations)
        new_marker = {position[c.clause_id]: c.marker for c in turn.citations if c.clause_id in position}

        def final(composer_marker: int) -> int | None:
            return new_marker.get(marker_of(composer_marker))

        for part in parts:  # each part's direct line, cited as the answer cites (uncited markers dropped)
            line = MARKER.sub(lambda m: f"[{final(int(m.group(1)))}]" if final(int(m.group(1))) else "", part.answer_line)
            markers = [m for m in (final(x) for x in part.markers) if m]
            turn.parts.append(part.model_copy(update={"markers": markers, "answer_line": line}))

    def _cite(self, turn: Turn, clause_ids: list[str]) -> str:
        """Markers for the clauses a calculation's parameters come from, citing them if needed."""
        markers = []
        for cid in clause_ids:
            existing = next((c for c in turn.citations if c.clause_id == cid), None)
            if existing is None:
                existing = Citation.of(len(turn.citations) + 1, self.retriever.corpus.get(cid))
                turn.citations.append(existing)
            markers.append(f"[{existing.marker}]")
        return "".join(markers)

    def invoke(
        self, question: str, history: list[dict[str, str]] | None = None, on_text: Callable[[str], None] | None = None
    ) -> AnswerResult:
        """Answer ``question``; ``on_text`` receives the answer's text as the answerer produces it
        (a language model's tokens, the extractive answer's lines), before verification."""
        limit = self.retriever.settings.max_query_chars
        turn = Turn(question=question[:limit], history=list(history or []), on_text=on_text)
        if len(question) > limit:  # pasted pages: the answer reads a bounded start, and says so
            detail = f"only the first {limit} of the question's {len(question)} characters were read (PA_MAX_QUERY_CHARS)"
            turn.warnings.append(AnswerWarning(kind="question_truncated", detail=detail))
        turn = self.runnable().invoke(turn)
        return AnswerResult(
            question=question,
            answer=turn.answer,
            citations=turn.citations,
            calculations=turn.calculations,
            refused=turn.refused,
            refusal=turn.refusal,
            warnings=turn.warnings,
            lang=turn.lang,
            mode=turn.mode,
            retrieval_query=turn.query,
            retrieved=[h.as_result() for h in turn.hits],
            parts=turn.parts,
        )


def interleave(rankings: list[list[Hit]]) -> list[Hit]:
    """The rankings merged best-first in turns (each part's first clause, then each part's second…), once each."""
    out: list[Hit] = []
    seen: set[str] = set()
    for rank in range(max((len(r) for r in rankings), default=0)):
        for ranking in rankings:
            if rank < len(ranking) and ranking[rank].clause.clause_id not in seen:
                seen.add(ranking[rank].clause.clause_id)
                out.append(ranking[rank])
    return out


def calculation_text(calc: Calculation, lang: str, markers: str) -> str:
    def show(value: str) -> str:
        if calc.unit == "元" and lang == "en":  # "21,600 yuan (2.16万元)": the figure for the reader, then as the guide writes it
            return f"{format(Decimal(value).normalize(), ',f')} yuan ({money_text(Decimal(value))})"
        if calc.unit == "元":
            return money_text(Decimal(value))
        scaled = scaled_text(Decimal(value), calc.unit)  # "1.3亿台", "315家"
        if lang == "en":  # "130,000,000 (1.3亿)", "1,200 tonnes (1200吨)": a number counted keeps the guide's counting word
            measured = dimension_of(calc.unit) not in ("count", "")
            figure = english_figure(Quantity(Decimal(value), calc.unit if measured else "", scaled))
            same = figure == scaled or (not calc.unit and "万" not in scaled and "亿" not in scaled)
            return figure if same else f"{figure} ({scaled})"  # ("56%" once, not "56% (56%)")
        return scaled

    result = show(calc.result) if isinstance(calc.result, str) else f"{show(calc.result['low'])}–{show(calc.result['high'])}"
    steps = "；".join(calc.steps) if lang == "zh" else "; ".join(calc.steps)
    if lang == "zh":
        return f"计算结果：{result}{markers}（{steps}）"
    return f"Result: {result}{markers} ({steps})"
