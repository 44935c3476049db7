"""The composer: one direct line per part of the question, then the quotes that support it.

For each :class:`~assistant.answer.question.Part` the composer finds the evidence in the clauses
retrieved for it:
- a figure slot (amount, price, percentage, duration, count) is answered by the provision that
  states a figure of that kind about the part's subject — "工业用电：110KV：0.401 元/度[1]";
- a metadata slot (document number, departments, validity) is answered from the clause model of
  the clause the part is about — "《…》，文号：内工信经运字〔2022〕405 号[1]";
- the other slots (eligibility, lists, procedures, facts) by the best sentences, as quotes.
A part is *answered* only when some sentence found states the asked kind of fact about its
subject (its share of the subject's weighted vocabulary reaches a calibrated floor); otherwise
its line says plainly that the guide does not state it and names the nearest provisions as
topics, without their figures.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import partial

from assistant.answer.bounds import excluded, only_most_stated
from assistant.answer.extractive import PROVISION_CHARS, QuestionTerms, select_quotes, shared_stretch
from assistant.answer.question import (
    ENGLISH_STOP_WORDS,
    FIGURE_SLOTS,
    METADATA_SLOTS,
    ONE_OF_THEM_EN,
    PER_UNITS_ZH,
    RECIPIENT_WORDS,
    Part,
    Question,
    asked_head_en,
    asks_category,
    asks_deadline,
    asks_end,
    asks_figure,
    asks_frequency,
    asks_grade,
    asks_grant,
    asks_issued,
    asks_level,
    asks_materials,
    asks_support,
    asks_when,
    classed,
    english_sentences,
    is_function_word,
    level_of,
    per_unit_dimension,
    slot_of,
    stated_counts,
)
from assistant.answer.sentences import Sentence, listed_apart, split_provisions
from assistant.answer.taxes import another_tax_only, of_another_tax, taxes_asked, taxes_named
from assistant.calculators.router import ONE_OFF_ASKED
from assistant.guide.metadata import DOC_NUMBER, responsible_units_spans, strip_doc_number, units_in
from assistant.language import detect_language
from assistant.models import AnswerPart, Citation, Clause, page_label
from assistant.quantities import (
    Quantity,
    chinese_to_int,
    dimension_of,
    figures,
    normalise,
    number_word,
    quantities,
    range_lows,
    stated_money,
    unit_named,
)
from assistant.search.glossary import NAMING_SENSE_CHARS, default_glossary, guide_terms
from assistant.search.keyword import KeywordIndex

Tokenize = Callable[[str], list[str]]

# A figure provision answers a part when it and its headings hold at least this share of the
# part's weighted subject vocabulary, per language (calibrated on the development sets by
# evals/calibrate_figure_floor.py: below these floors the figures quoted were more often another
# provision's, or answered a question the guide does not answer, than the figure asked; an English
# question reaches the guide's words through translations, so chance overlaps go higher).
FIGURE_COVERAGE = {"zh": 0.20, "en": 0.40}
# The same floor for a metadata slot: the clause whose document or departments are given must
# be about the part's subject.
METADATA_COVERAGE = 0.35
# The share of a part's weighted words a clause must state to be about it, when a later part naming
# nothing of its own is answered from it after that part found no answer (calibrated on the
# development sets: such answers about the same subject state well over half, others under 0.4).
ABOUT_COVERAGE = 0.45
# Weight of the headings above a provision in its score: "——工业用电" names what
# "110KV：0.401 元/度" is the price of.
HEADING_WEIGHT = 1.0
# A figure the question itself states that the provision also states ("110千伏" → "110KV")
# picks that tier of a table.
STATED_FIGURE_BONUS = 0.5
# Provisions of one clause scoring within this share of the best are quoted together: the
# question is about the whole table ("工业电价多少？" gets every voltage tier).
TABLE_RATIO = 0.9
# Other provisions of the best clause scoring at least this share of the best are quoted below
# the direct line, at most RUNNERS_UP of them (another clause's provision would mislead).
RUNNER_UP_RATIO = 0.8
# The longest heading naming a row of a table ("——农业生产用电", "——居民"): a longer one names a document.
ROW_HEADING_CHARS = 14
RUNNERS_UP = 1
# A provision of another clause scoring and covering at least this share of the best, whose own
# label the question names as fully, is a tie: both are quoted.
TIE_RATIO = 0.9
# A provision longer than this is narrowed to its opening and the clause that states the figure.
DIRECT_LINE_CHARS = 90
# For an amount asked, a provision stating money is taken over a closer one stating only a share
# when it scores at least this share of it.
MONEY_OVER_SHARE = 0.5
# A price answers when the question names at least this share of what its label says is priced.
PRICED_NAMED = 0.3
# Words of a label that name a kind of price, not the thing priced.
_PRICE_WORDS = frozenset("价格 单价 价钱 收费 费用 标准 基准 参考 电价 水价 气价 地价".split())
# A sentence's words before its first "：" within this many characters lead its table's tiers, and a
# tier's own words before it within fewer say what that tier prices ("——居民生活用水：4.05 元/吨").
TABLE_LEAD_CHARS = 20
TIER_LEAD_CHARS = 16
# When the provision scoring best does not state the subject's key words, one of the same clause
# that does and scores at least this share of it answers instead ("充电车补多少": "充电车每车补贴
# 4万元", not the line beside it that shares the heading's words). Another clause's would answer
# a question its topic does not settle ("最低工资标准" is not "项目工资的 30%").
KEYED_OVER_UNKEYED = 0.5
# ...unless the question is English, names a key phrase of the glossary ("technology innovation centre"
# → 技术创新中心), and the provision states it and the question's words this many times the floor: the
# best one then only shares the situation's words (a Chinese question's keys, read from its own wording,
# are looser, and another clause's provision stating one answers what was not asked).
CLOSE_KEYED = 1.2
# ...or the floor itself, when every key names a thing (a glossary phrase of this many characters or more:
# 技术创新中心, not 一次性): an asker's story ("if our SME helps found…") holds words no provision states.
CLOSE_KEYED_NAMED = 1.0
NAMED_KEY_CHARS = 4
# Share of a provision's score that depends on the question naming its clause's label: a tier
# under "——农业生产用电" loses to the same tier under "——工业用电" for a question about 工业电价.
LABEL_WEIGHT = 0.4
# How many of the rarest words of what is asked are its key words; a provision that states none
# of them does not answer the part, whatever else it shares with it ("最低工资标准" is not
# answered by "最低 5 万元的购房补贴").
KEY_WORDS = 1
# How many of the rarest words of the situation a question tells first stand as its keys, when the
# words that ask name none.
CONTEXT_KEY_WORDS = 4
# How many of the next rarest words say whose figure is asked when the rarest is the figure itself
# ("…信用保证基金的担保费率": 粮食, 信用); a provision must state one of them.
ASPECT_SUBJECT_WORDS = 2
# ...and how many it must name for that: one rare word alone is as often the asker's ("带团队") as the subject's.
CONTEXT_KEYS_MIN = 2
# A standard asked ("按什么标准", "标准是什么", "by what standard", "at what rate").
_STANDARD_ASKED = re.compile(r"(?:按|依|以)(?:照|据)?(?:什么|啥|哪个|哪些)标准|标准是什么|什么标准|"
                             r"\b(?:by|under|to|at) what (?:standard|criteria|criterion|basis|rate)\b", re.IGNORECASE)
# Words ending in the name of a figure ("…的比例", "…收费标准"): they name what the figure asked after them is of.
_FIGURE_NAMED_END = re.compile(r"(?:比例|比重|占比|价格|单价|标准|金额|额度|数额|幅度|费率|税率|期限|年限)\s*$")
# …and the rarest this many of them are the keys
CONTEXT_KEYS_USED = 2
# A word the guide writes more often than this names no particular provision (补贴, 企业, 标准).
KEY_MAX_FREQUENCY = 150
# How often something is paid ("yearly", "per month"): when, not which provision.
_EN_PERIOD_WORDS = frozenset("yearly annual annually monthly quarterly year years month months".split())
# How many of an English part's rare guide words are read to tell whether it names anything of its own.
NAMED_WORDS_READ = 10
# A bare number the question states above this is an amount it names, not a day or a count.
SMALL_COUNT = 31
# Retrieval rank costs a provision this share of its score per place.
RANK_DISCOUNT = 0.05
# A provision writing a stretch of the question's own words this long or longer (a name: "国家技术创新中心")
# scores this much more per character beyond the least.
STRETCH_MIN = 5
STRETCH_WEIGHT = 0.05
# A part that names who pays ("市里…", "旗里…") prefers provisions of that policy level by this share.
LEVEL_BONUS = 0.5
# How much more the words naming the things a list is asked of weigh (see asked_head_en).
HEAD_WEIGHT = 3.0

# Dimensions of assistant.quantities.UNITS, grouped by what a slot asks for.
_MONEY = frozenset({"money", "foreign_money", "price"})
_SHARE = frozenset({"percent", "multiple"})
_TIME = frozenset({"years", "months", "days", "hours"})
_MEASURED = frozenset({"weight", "volume", "energy", "area", "length", "voltage", "capacity", "age"})


def states(slot: str, q: Quantity, counted: bool = False, measure: str | None = None, per: str | None = None) -> bool:
    """Does quantity ``q`` state a figure of the kind ``slot`` asks for? A count asked with a
    counting word (``counted``: "多少家", "how many academicians") is not stated by money or a share;
    one asked in a measuring unit (``measure``: "多少立方米") only by a figure in that dimension; a
    price asked per a unit (``per``: "每吨") only by a price per a unit of that dimension."""
    dimension = dimension_of(q.unit)
    if slot == "price" and per:
        unit = unit_named(q.unit.split("/", 1)[1]) if q.unit and "/" in q.unit else None
        return dimension in _MONEY and unit is not None and dimension_of(unit.name) == per
    if slot in ("count", "duration") and measure:
        return dimension == measure or (measure == "days" and dimension == "hours")
    if slot == "amount" and per:
        # "每台补多少": an amount per item or unit, which no share of a cost states, nor a price per
        # another unit ("每千伏安多少钱" is not answered by 元/度)
        if dimension == "price" and per not in ("item", "money") and q.unit and "/" in q.unit:
            unit = unit_named(q.unit.split("/", 1)[1])
            return unit is not None and dimension_of(unit.name) == per
        return dimension in _MONEY
    if slot == "amount":
        return dimension in _MONEY | _SHARE  # "保费财政补多少？" is answered by a share of the premium
    if slot == "price":
        return dimension in _MONEY
    if slot == "percentage":
        return dimension in _SHARE
    if slot == "duration":
        return dimension in _TIME
    if slot == "count":  # also "要达到多少？", "增长多少？", "目标是多少？": any figure with a unit but time (or a rank)
        # (things counted, "how many industries qualify", are no tonnage, area or sum of money)
        return (bool(q.unit) and dimension not in _TIME and dimension != "rank"
                and not (counted and dimension in _MONEY | _SHARE | _MEASURED))
    return False


# The words naming the asker ("我们牧场今年…", "我们公司…"): who got the thing, not what was got.
ASKER = re.compile(r"^(?:我们|咱们|我)[\u4e00-\u9fff]{0,3}?"
                   r"(?=今年|去年|刚|已经|新|又|还|也|同时|在|给|用|拿|被|有|通过|获|评|引进|建|买|养|种)")
# A place said relative to the asker ("外地来的员工", "本地企业"): where someone is from, not what is paid.
_RELATIVE_PLACE = re.compile(r"外地|本地|当地|异地|区外|市外|旗外|省外|外省|外市")
# A word saying within what, no thing ("我家草场在禁牧范围里": 禁牧 is the thing).
_SCOPE_WORD = re.compile(r"范围|以内|之内")
HOME = re.compile(r"伊金霍洛旗|伊金霍洛|伊旗|鄂尔多斯市|鄂尔多斯|内蒙古自治区|内蒙古|ejin ?horo|ordos|inner mongolia", re.IGNORECASE)
# A question put under a document, named before the comma: "Under Inner Mongolia's measures for …, what…".
# (a scheme described by what it does, "Under Ordos's scheme where the government recruits…", names its subject)
_UNDER_DOCUMENT_EN = re.compile(
    r"^\s*(?:under|according to|as per|per|in)\s+(?:(?!\b(?:where|which|that|whereby)\b)[^,?:;])*?"
    r"\b(?:measures|polic(?:y|ies)|plan|notice|opinions?|rules|regulations|guidelines?|documents?)\b"
    r"(?:(?!\b(?:where|which|that|whereby)\b)[^,?:;])*[,:]",
    re.IGNORECASE,
)
# Where a Chinese question asks for a figure, and the words between the thing asked and 多少/几
# that say nothing of which figure ("公示多少天", "贴息最多能贴多少", "一年大概要交多少").
_ASKED_FIGURE_ZH = re.compile(r"多少|几(?!乎)|多久|多长时间")
_ASK_FILLER = re.compile(
    r"(?:一般|大概|大约|最多|最高|最少|至少|每年|一年|每月|一共|总共|合计|共计|总计|加起来|加在一起|"
    r"能|可以|可|要|需要|得|是|有|的|给|拿|领|交|缴|贴|补|奖|按|为|了|\s)+$"
)
# A number with its unit or counting word ("3个人", "2000万"): what the asker has, not what is asked.
_QUANTITY_WORDS = re.compile(r"[\d.]+\s*(?:万|亿)?\s*[个名位人家项头只台辆套次件元亩吨年月天日%％]*")
# What may stand between 多少 and the thing asked ("多少一次性补贴", "多少才能拿").
# ("多少家重点实验室": a counting word before it, not 家庭)
_AFTER_ASK = re.compile(r"^[\s的]*(?:[个项名位所座台辆套件种支户]|家(?!庭))?[\s的]*(?:一次性)?(?:才能|才可以|才|就|能|可以|要|需要)?")
# Verbs that complete another ("加起来", "拿出来"), that any provision uses for reaching or
# receiving ("要达到多少"), or that say must or may ("需要达到多少"): they name nothing asked.
_COMPLEMENTS = frozenset("起来 出来 下来 上来 进来 过来 达到 获得 享受 给予 申请 得到 领取 拿到 需要 应当 必须 能够 可以".split())
# Words naming a kind of figure, not a provision ("上限是多少", "标准多少").
_FIGURE_WORDS = frozenset(
    "上限 下限 门槛 封顶 限额 起点 额度 金额 标准 比例 数额 幅度 期限 年限 时限 价格 单价 费用 数量 规模 钱数 目标 总额 多少钱 "
    "工作日 学时 小时".split()  # ("多少个工作日": the unit asked, which the asked measure already requires)
    # ("资金累计有多少": how the sum is asked, not what is summed)
    + "累计 一共 合计 总共 共计 总计".split()
)
# A charge on top of a price asked ("超出部分加价多少", "how much extra per tonne is charged above the quota", "a surcharge"),
# and the words that state one.
_SURCHARGE_ASKED = re.compile(
    r"加价|加收|多收|超(?:出|过|了)[^，,。？?]{0,12}部分[^，,。？?]{0,8}(?:收|价)|\bsurcharges?\b|\bpenalty (?:price|tariff)s?\b|"
    r"\b(?:how much|what) extra\b(?![^?.;]{0,30}\b(?:subsid|support|grant|award|reward|fund|interest|match|money|research|bonus))"
    r"(?=[^?.;]*\b(?:charged?|pay|paid|billed|costs?)\b)", re.IGNORECASE)
_SURCHARGE_WORDS = ("加价", "加收", "累进加价")
# What asks an English figure, the words that end the noun phrase it is asked of, the words
# inside it that name nothing, and the nouns that name a kind of figure, not a thing ("amount").
_ASKED_FIGURE_EN = re.compile(r"\b(?:how much|how many|what(?:'s| is| are| was| were| would be| will be)|which)\b", re.IGNORECASE)
# "what rent subsidy does the city give": an award asked by its own name after a bare "what" (as the Chinese asking
# words name the award, "旗里给多少落户奖励"): a provision paying another award is no answer
_ASKED_AWARD_EN = re.compile(
    r"\bwhat\s+((?:[a-z][a-z-]*\s+){1,3}?(?:subsidy|subsidies|grant|grants|allowance|allowances|reward|rewards|bonus))\s+"
    r"(?:does|do|did|can|could|will|would|is|are)\b",
    re.IGNORECASE,
)
# "what VAT rate applies to…": a kind of figure asked by its own name after a bare "what", of the noun before it
_ASKED_KIND_EN = re.compile(
    r"\bwhat\s+((?:[a-z][a-z-]*\s+){1,3}?(?:rate|rates|price|prices|fee|fees|tariff|tariffs))\s+"
    r"(?:appl(?:y|ies)|does|do|did|can|could|will|would|is|are)\b",
    re.IGNORECASE,
)
_EN_PHRASE_ENDS = frozenset(
    "for of in on at to per if when where which that who from under with by as than before after during within into "
    "is are was were be been being do does did can could will would should may might must has have had shall "
    "i we you they he she it my our your their its there but".split()
)
_PER_EN = re.compile(r"\b(?:per|for each|for every)\s+([a-z][a-z-]+)", re.IGNORECASE)
_EN_JOINS = frozenset(("and", "or", "&"))
_EN_PER_UNITS = frozenset("ton person people capita household day square metre meter hectare piece unit".split())
_EN_DETERMINERS = frozenset("the a an this that these those each every any some much many more most maximum minimum max "
                            "total annual yearly monthly current latest exact".split())
_EN_FIGURE_WORDS = frozenset("amount figure number sum level rate percentage percent share ratio price charge cost value "
                             "money yuan days years months hours times standard limit cap ceiling threshold size "
                             "period periods term terms duration".split())  # (a duration is asked as these)
# ("what are the rates…": the plural names the kind of figure too)
_EN_FIGURE_WORDS |= {f"{w}s" for w in _EN_FIGURE_WORDS if not w.endswith(("s", "y")) and w not in ("yuan", "percent")}
# How many words an English glossary phrase has for its guide word to be counted where it is written,
# when the tokenizer cuts that word in two: a long name names one thing ("technology innovation
# centre"); a short one may be the glossary's guess at another sense ("crop insurance" → 种植业保险).
LONG_PHRASE_WORDS = 3
# An English word this long with a single guide word written at most this often is a term (see key_group_en)
TERM_LETTERS = 10
TERM_MAX_FREQUENCY = 5
# English words that say per what a figure is paid ("per year", "each mu"), like 每 in Chinese.
_EN_PER_WORDS = frozenset("per each every".split())
# An amount asked by naming money ("多少钱", "多少万元", "how much funding").
_MONEY_NAMED = re.compile(
    r"多少钱|多少万|多少元|多少块|金额|\bhow much (?:[a-z-]+ ){0,2}?(?:money|funding|funds|cash|yuan)\b"
    # an investment asked as the figure ("最低投资多少", "what's the minimum total investment") is money
    r"|投资(?:总额|额)?(?:要|需|需要|须|得|至少|最低|不低于|达到|是)*多少|\bwhat(?:'s|\s+is)?\s+(?:the\s+)?(?:(?:minimum|maximum|total|required)\s+){0,2}(?:investment|capital)\b",
    re.IGNORECASE,
)
# Who issued a document ("哪几个部门联合发的", "who issued"): its number and title name them.
_ASKS_ISSUER = re.compile(r"发的|发布|印发|联合发|发文|出台|下发|\bissued?\b|\breleased\b|\bpublished\b|\bjointly\b", re.IGNORECASE)
# Words naming a document: "a tax guide on export VAT refunds" asks of a document about a benefit, not the benefit.
_DOCUMENT_WORD_EN = re.compile(r"guides?|guidelines?|guidance|manuals?|handbooks?|documents?|notices?|circulars?", re.IGNORECASE)
# A thing an English question asks the existence of: "Is there a local mutton-sheep insurance (in…, like…)?".
_EXISTENCE_ASKED_EN = re.compile(
    r"(?:\b(?:is|are) there (?:a|an|any)|"
    # "Does Ejin Horo offer off-peak industrial electricity prices?": whether a place or body has a thing
    r"\b(?:does|do)\s+(?:[a-z][a-z'’-]*\s+){1,3}?(?:offer|provide|have|run|operate|publish)\s+(?:(?:a|an|any)\s+)?)"
    r"\s*(?P<thing>(?:[a-z][a-z-]*\s+){0,4}?[a-z][a-z-]*)"
    r"(?=\s+(?:in|for|at|like|similar|of|to|from|on|that|which|with|under|by)\b|\s*[?,.;]|\s*$)",
    re.IGNORECASE,
)
# Whether a government pays for a thing at all ("Does Inner Mongolia subsidise premiums for low-altitude insurance?").
_BENEFIT_GIVEN_ASKED_EN = re.compile(
    r"^\s*(?:does|do|will|would)\s+(?:[a-z][a-z'’-]*\s+){1,3}?(?:subsidi[sz]e|fund|reward|support)\b", re.IGNORECASE
)
# A remark in brackets ("off-peak (time-of-use) prices"): said again in other words, not what is asked.
_BRACKETED_EN = re.compile(r"\s*\([^()]*\)")


def _asides_apart(text: str, written: str) -> str:
    """``text`` (a part's words) with the remarks ``written`` puts in brackets moved to its end, so the words either
    side of one are read as the one name they are ("reclaimed (recycled) water" → "reclaimed water ; recycled"), and
    the remark as a name of its own."""
    asides = [m.group(0).strip()[1:-1].strip() for m in _BRACKETED_EN.finditer(written)]
    for aside in asides:
        text = re.sub(rf"(?<![\w-]){re.escape(aside)}(?![\w-])", " ", text, count=1, flags=re.IGNORECASE)
    return " ; ".join([" ".join(text.split()), *asides]) if asides else text


# A benefit an English yes/no question asks whether one gets (a tax break or a payment), with the words before it
# saying what it is of ("a personal income tax rebate", "is the vehicle purchase tax waived").
_BENEFIT_ASKED_EN = re.compile(
    r"((?:\b[a-z][a-z-]*\s+){1,4}?)(?:rebates?|refunds?|refunded|exempt(?:ed|ion|ions)?|waive[sd]?|waivers?|relief|"
    r"reductions?|discounts?)\b",
    re.IGNORECASE,
)
# A website, phone number, e-mail or address asked for is answered only by a sentence that states one.
_ASKS_CONTACT = re.compile(
    r"网址|网站|网页|电话|热线|邮箱|邮件|联系方式|\b(?:websites?|web ?sites?|urls?|web address(?:es)?|phones?|telephones?|hotlines?|"
    r"e-?mails?|contact (?:details|numbers?|information)|address(?:es)?)\b", re.IGNORECASE
)
# A line that is a date alone: the day a document is signed and issued, after its issuers.
_DATE_LINE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
# A date or time of year a sentence states: "2025年", "6月30日", "每年年底前", "上半年".
_DATE_STATED = re.compile(r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月|年底|年末|年初|月底|上半年|下半年|第[一二三四]季度|季度末")
# A date a sentence says something was issued on ("2011 年 9 月 6 日印发的…", "于 2024 年 3 月发布"): a date alone
# ("自 2021 年 1 月 1 日至…") is when a rule applies.
_ISSUED_STATED = re.compile(r"(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)"
                            r"[^，,。；;]{0,6}?(?:印发|发布|公布|出台|颁布|下发|签发|施行)")
# A time a sentence states: a date or time of year, or the event it comes before or after ("投产后", "认定之日起",
# "次年"), or a time a thing takes ("3个工作日内").
_TIME_STATED = re.compile(_DATE_STATED.pattern + r"|之日|[之以]?前(?![沿期景瞻])|[之以]?后(?![续备勤])|以来|起(?!草|步|点|到)|"
                          r"次年|当年|每年|届满|期满|期间|第\s*\d+\s*周|日内|天内|工作日")
# A time something must be done by ("2025年底前", "每年年底前", "30个工作日内", "截止日期"): a date alone ("自 2021 年 1 月 1 日
# 起执行") is when a rule applies, no deadline.
_DEADLINE_STATED = re.compile(r"(?:(?:19|20)\d\d\s*年|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|月底|年底|年末|季度末|\d+\s*个?\s*工作日|"
                              r"\d+\s*[日天])\s*(?:前|之前|以前|内|截止)|截止(?:日期|时间|到|至)")
# A year asked ("哪一年的版本", "in what year") and a year stated ("2023 年"): a time of year or an event is no year.
_YEAR_ASKED = re.compile(r"哪一?年(?!级)|什么年份|\b(?:what|which)\s+year\b", re.IGNORECASE)
_YEAR_STATED = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?![\d.])")
# The kinds of user or use the guide's price tables are for, before what they price ("工业用地", "居民生活用水",
# "工商业用气"); 工商业 prices both its kinds. And how an English question names a kind.
_KIND_OF_USE = re.compile(r"(工商业|非居民|居民|工业|商业|农业)(?:生产|生活)?(?:用地|用电|用水|用气|供热|电价|水价|气价|地价)")
# ("居民家里用水", "商业的电"): a kind a question names, a few words before what it asks the price of.
# (车用: fuel for vehicles, which no table of the guide prices)
_KIND_ASKED = re.compile(r"(工商业|非居民|居民|工业|商业|农业|车用)[\u4e00-\u9fff]{0,3}?(?:用[地电水气]|供热|[电水气地]价?|天然气)")
_KINDS_OF = {"工商业": {"工商业", "工业", "商业"}, "工业": {"工业", "工商业"}, "商业": {"商业", "工商业"},
             "居民": {"居民"}, "非居民": {"非居民", "工商业", "工业", "商业"}, "农业": {"农业"}, "车用": {"车用"}}
_KIND_OF_USE_EN = {"commercial": "商业", "industrial": "工业", "residential": "居民", "household": "居民",
                   "non-residential": "非居民", "agricultural": "农业", "vehicle": "车用"}
# ("commercial (non-industrial) land": a kind put in brackets says what the kind is not; "natural gas for vehicle
# refuelling", "CNG": gas for vehicles)
_KIND_NOUN_EN = re.compile(r"\b(?<!non-)(commercial|industrial|residential|household|non-residential|agricultural|vehicle)\s+"
                           r"(?:\([^)]*\)\s+)?(?:land|power|electricity|water|(?:natural[- ])?gas|heating|users?|tariffs?)\b|"
                           r"\b(?:natural[- ])?gas (?:for|used by|to fuel) (vehicle)s?\b|\b[cl]ng\b", re.IGNORECASE)
# ...or by the user it names ("what do farms pay under 1 kV?", "households versus industrial users"); a
# household appliance is no household's tariff.
_KIND_OF_USER_EN = {"farm": "农业", "farms": "农业", "farmer": "农业", "farmers": "农业", "household": "居民",
                    "households": "居民", "home": "居民", "homes": "居民", "resident": "居民", "residents": "居民",
                    "factory": "工业", "factories": "工业", "business": "商业", "businesses": "商业", "shop": "商业",
                    "shops": "商业"}
_KIND_USER_EN = re.compile(rf"\b({'|'.join(_KIND_OF_USER_EN)})\b(?![- ](?:appliances?|products?|goods))", re.IGNORECASE)
# A place a question names: a name ending in a word for a place ("东胜区", "康巴什新区", "蒙苏经济技术开发区"),
# and in English the capitalised name before such a word ("Dongsheng District", "Mengsu Economic Zone").
_PLACE_END = "(?:经济技术开发区|开发区|园区|新区|区|旗|县|镇|苏木)"
_PLACE_ZH = re.compile(rf"([\u4e00-\u9fff]{{2,10}}?{_PLACE_END})(?=的|[^\u4e00-\u9fff]|工业|商业|土地|用地|地价)")
_PLACE_EN = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,3})(?:District|Zone|Park|County|Banner|Area|Town|Township)\b")
# A table priced by place: each price after the place it is set for ("蒙苏经济技术开发区 6.53 万元/亩").
_PLACE_PRICED = re.compile(rf"([\u4e00-\u9fff]{{2,12}}?{_PLACE_END})\s*[\d.]+\s*万?元")
# Later parts that may ask more of the provision just answered ("有什么条件？", "要干啥？").
_MORE_OF_SLOTS = frozenset({"fact", "list", "eligibility", "procedure"})
# Words naming the kind of fact asked, not which provision: "有什么条件", "有啥要求", "要哪些材料".
# (and "重点", which stresses what is asked rather than naming it)
_KIND_OF_FACT = frozenset("条件 要求 材料 流程 程序 手续 内容 范围 环节 措施 规定 标准 方式 办法 重点".split())
# What an application hands in, stated ("需提交…", "申报材料", "报送"; not the industry of 新材料).
_MATERIALS_STATED = re.compile(r"(?:申请|申报|相关|书面)材料|材料清单|提交|报送|(?:需|须|应|应当)提供")
# A document's issue or signing date asked ("哪天发布的", "when was the notice signed?"); its signatories, below.
_SIGNED_ASKED = re.compile(
    r"(?:哪天|哪一天|什么时候|何时|几月几[号日])[^，,。？?]{0,4}(?:发布|印发|发的|签发|出台|公布|落款|签署)|"
    r"(?:发布|印发|签发|落款|签署)(?:的)?(?:日期|时间)|"
    r"\bwhen\s+(?:was|were|did)\b[^?]{0,60}\b(?:issued|signed|published|released|promulgated|dated|issue|sign|publish)\b|"
    r"\b(?:issue|issuing|signing|publication|release)\s+date\b",
    re.IGNORECASE,
)
# A term the guide defines, and the words asking what counts as one ("算不算", "count as part of", "define").
_DEFINED = re.compile(r"所称([\u4e00-\u9fff]{2,12}?)(?:是指|包括)")
_COUNTS_AS_ASKED = re.compile(r"算不算|算是|算作|属不属于|属于|包括哪|包含哪|是指|什么是|什么算|"
                               r"\b(?:count(?:s|ed)?\s+as|considered|regarded\s+as|define[sd]?|definition|part\s+of\s+the)\b",
                               re.IGNORECASE)
# The fewest characters of a defined term read in a question, and how many characters either side of it may ask.
DEFINED_TERM_MIN = 3
DEFINITION_WINDOW = 25
# The head noun an English question writes after a defined term rendered without its 企业 ("…-industry enterprise").
_HEAD_FIRM_EN = re.compile(r"[\s'’\"]*(?:enterprises?|compan(?:y|ies)|firms?|businesses)\b", re.IGNORECASE)
# Who writes a document's detailed rules: "具体办法由省级发展改革、税务部门另行制定", "…具体办法由自治区电力市场主管部门…明确".
_RULES_WRITTEN_BY = re.compile(r"具体(?:办法|细则|实施办法|实施细则)[^。；;]{0,8}?由[^。；;]{2,40}?(?:制定|明确|出台|规定)")
# Its signatories asked: "落款单位", "by whom", "who signed".
# ("落款日期是哪天" asks the date the closing line gives, not who signed)
_SIGNERS_ASKED = re.compile(r"落款(?!的?(?:日期|时间))|署名|\bby\s+whom\b|\bwho\s+signed\b|\bsignator(?:y|ies)\b", re.IGNORECASE)
# The closing lines of a document: the date it was signed, with or without who issues it ("财政部 税务总局 国家发展改革委
# 2020 年 4 月 23 日", "2020 年 4 月 23 日"), and the issuers alone ("财政部 税务总局 国家发展改革委").
_SIGNED_LINE = re.compile(r"^\s*(?:特此(?:公告|通知)。?\s*)?[\u4e00-\u9fff、\s]{0,60}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*。?\s*$")
_SIGNERS_LINE = re.compile(r"^\s*(?:特此(?:公告|通知)。?\s*)?(?:[\u4e00-\u9fff]{2,20}(?:部|局|委|厅|院|署|会|办|府)[\s、]*){2,8}"
                           r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*。?\s*$")
# A recurrence stated with its interval: "每两年评定一次", "按季度报送", "每半年…报". "定期" gives no interval.
_RECURRENCE_STATED = re.compile(
    r"每(?:[一两二三四五六半]|\d+)?个?(?:年|季度?|月|周|星期|天|日)|按(?:半年|季度?|月|年度?|周)(?![龄份])|一年一次"
)
# (a government service hotline is five digits, "12345", "12367")
_CONTACT_STATED = re.compile(r"https?://|www\.|[\w.-]+@[\w-]+\.|(?<!\d)(?:\d{3,4}-)?\d{7,8}(?!\d)|(?<!\d)1\d{10}(?!\d)|"
                             r"(?<![\d.])12\d{3}(?![\d.]|\s*(?:年|万|元|个|家|人|名|亿|%|％))")
# A sentence granting money: a sum of money, or the words of a grant ("给予一次性奖励", "免征", "贴息").
_GRANT_STATED = re.compile(r"\d\s*(?:万|亿)?元|补贴|补助|奖励|奖补|资助|贴息|奖金|补偿|减免|免征|减征|减半|退税|返还|优惠")
# A year a question names ("for 2026", "2026年"), and a span of years ("2022-2025") that is no one year asked.
_YEAR_NAMED = re.compile(r"(?<![\d.])(20\d\d)(?![\d.])")
_YEAR_SPAN = re.compile(r"20\d\d\s*[-—－~至到]\s*(?:20)?\d\d")


# A year named as the one after which something is asked ("2030年以后", "2030年底之后", "after 2030", "beyond 2030").
_YEAR_AFTER = re.compile(r"(?<![\d.])(20\d\d)\s*年(?:底|末)?\s*(?:以后|之后|后)(?![半期续])|"
                         r"\b(?:after|beyond|past)\s+(?:the\s+end\s+of\s+)?(20\d\d)\b(?![\d.])", re.IGNORECASE)


def _years_named(text: str, after: bool = False) -> set[int]:
    """The years ``text`` names one by one ("2031年以后", "for 2026"), a span of years ("2022-2025") aside; with
    ``after``, a year asked after ("2030年以后", "after 2030") is the next one, the first it asks of."""
    written = _YEAR_SPAN.sub(" ", normalise(text))
    later = {int(m.group(1) or m.group(2)) for m in _YEAR_AFTER.finditer(written)} if after else set()
    return {int(y) + (int(y) in later) for y in _YEAR_NAMED.findall(written)}


# Whether a thing exists, asked in Chinese: "有没有阶梯价", "是否有…", "有无…", "有…吗".
_EXISTENCE_ASKED = re.compile(r"有没有|是否有|有无|(?<![没只还])有[^，,。？?]{1,10}吗")


def _existence_asked(text: str) -> str | None:
    """The words naming what a Chinese text asks the existence of ("工业用电有没有峰谷电价？" → 峰谷电价), or None."""
    m = _EXISTENCE_ASKED.search(text)
    if m is None:
        return None
    return re.split(r"[，,。？?；;！!]|吗", text[m.end() if m.group(0) != "有" else m.start() + 1 :])[0]
# The livestock a text names, each as one kind: a provision for one kind pays nothing for another.
_ANIMALS = (
    ("牛", re.compile(r"牛|\b(?:cattle|cows?|bulls?|calf|calves|heifers?|beef|dairy herds?|yaks?)\b", re.IGNORECASE)),
    ("羊", re.compile(r"羊|\b(?:sheep|goats?|ewes?|lambs?|rams?|mutton|cashmere)\b", re.IGNORECASE)),
    ("猪", re.compile(r"猪|\b(?:pigs?|hogs?|sows?|swine|pork|piglets?)\b", re.IGNORECASE)),
    ("驼", re.compile(r"驼|\bcamels?\b", re.IGNORECASE)),
    ("马", re.compile(r"(?<![斑])马(?![铃克拉上])|\bhorses?\b", re.IGNORECASE)),  # (not 马铃薯, 马上)
    ("驴", re.compile(r"驴|\bdonkeys?\b", re.IGNORECASE)),
    ("鹿", re.compile(r"鹿|\bdeer\b", re.IGNORECASE)),
    ("禽", re.compile(r"[鸡鸭鹅禽](?!尾酒)|\b(?:chickens?|hens?|poultry|ducks?|geese|goose|broilers?)\b", re.IGNORECASE)),
)


# A thing named only to compare with ("like the beef-cattle one", "similar to the dairy scheme"): not the one asked.
_COMPARED_EN = re.compile(r"\b(?:like|similar to|same as|as with|unlike)\s+(?:the|our|its|that)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:one|ones|scheme|schemes|policy|pilot)\b", re.IGNORECASE)


def _kinds_named(kinds: Sequence[tuple[str, re.Pattern[str]]], text: str) -> set[str]:
    """The kinds of a table (livestock, herds, vehicles) whose words ``text`` uses."""
    return {kind for kind, words in kinds if words.search(text)}


def animals_named(text: str) -> set[str]:
    """The kinds of livestock ``text`` names ("breeding sheep" → 羊, "进口良种母牛" → 牛)."""
    return _kinds_named(_ANIMALS, text)


# The livestock a text names by what it is kept for: a provision for dairy cows pays nothing for beef cattle.
_HERDS = (
    ("肉牛", re.compile(r"肉牛|\bbeef\b", re.IGNORECASE)),
    ("奶牛", re.compile(r"奶牛|\bdairy[\s-]+(?:cattle|cows?|herds?)\b|\bmilk(?:ing)?[\s-]+cows?\b", re.IGNORECASE)),
    ("肉羊", re.compile(r"肉羊|\bmutton\b|\bmeat[\s-]+sheep\b", re.IGNORECASE)),
    ("奶羊", re.compile(r"奶羊|奶山羊|\bdairy[\s-]+(?:sheep|goats?)\b|\bmilk(?:ing)?[\s-]+goats?\b", re.IGNORECASE)),
)


def herds_named(text: str) -> set[str]:
    """The livestock ``text`` names by what it is kept for ("beef-cattle" → 肉牛, "奶牛、奶羊" → 奶牛, 奶羊)."""
    return _kinds_named(_HERDS, text)


# The crops a text names, each as one kind: a provision insuring or paying for one crop states nothing for another
# ("水地小麦每亩保费多少" of "水地玉米每亩保险金额 500 元…；水地马铃薯…").
_CROPS = (
    ("玉米", re.compile(r"玉米|苞米|\b(?:corn|maize)\b", re.IGNORECASE)),
    ("马铃薯", re.compile(r"马铃薯|土豆|洋芋|\bpotato(?:es)?\b", re.IGNORECASE)),
    ("小麦", re.compile(r"小麦|\bwheat\b", re.IGNORECASE)),
    ("大豆", re.compile(r"大豆|黄豆|\bsoy(?:a|beans?)?\b", re.IGNORECASE)),
    ("向日葵", re.compile(r"向日葵|葵花|\bsunflowers?\b", re.IGNORECASE)),
    ("苜蓿", re.compile(r"苜蓿|\b(?:alfalfa|lucerne)\b", re.IGNORECASE)),
    ("燕麦", re.compile(r"燕麦|\boats?\b", re.IGNORECASE)),
    ("水稻", re.compile(r"水稻|稻谷|\b(?:rice|paddy)\b", re.IGNORECASE)),
    ("高粱", re.compile(r"高粱|\bsorghum\b", re.IGNORECASE)),
    ("甜菜", re.compile(r"甜菜|\bsugar[\s-]+beets?\b", re.IGNORECASE)),
)


def crops_named(text: str) -> set[str]:
    """The crops ``text`` names ("水地小麦" → 小麦, "dryland potatoes" → 马铃薯)."""
    return _kinds_named(_CROPS, text)


# The kinds of vehicle a text names: a subsidy per taxi pays nothing per heavy truck.
_VEHICLES = (
    ("出租车", re.compile(r"出租|\b(?:taxis?|cabs?)\b", re.IGNORECASE)),
    ("重卡", re.compile(r"重卡|卡车|货车|\b(?:trucks?|lorr(?:y|ies)|hgvs?)\b", re.IGNORECASE)),
    ("公交车", re.compile(r"公交|\bbus(?:es)?\b", re.IGNORECASE)),
    ("配送车", re.compile(r"配送|\bdelivery\s+(?:vans?|vehicles?|trucks?)\b", re.IGNORECASE)),
    ("乘用车", re.compile(r"乘用车|轿车|私家车|\b(?:passenger|private)[\s-]+cars?\b|\bsedans?\b", re.IGNORECASE)),
)


def vehicles_named(text: str) -> set[str]:
    """The kinds of vehicle ``text`` names ("换电重卡" → 重卡, "cruising taxis" → 出租车)."""
    return _kinds_named(_VEHICLES, text)


# The words right after a thing that make it say who someone is ("领取失业保险金人员"), not what is paid ("引进退休工程师的
# 企业" pays the firm for the engineer it brings in: the engineer is still what it is paid for).
_RECIPIENT_AFTER = re.compile(r"人员|人群|对象|者")
# ...and in a question, however loosely said ("奖励给完成人和有贡献的人": the people who contributed are who is asked of).
_ASKED_RECIPIENT = re.compile(r"(?:的)?(?:人员|人群|对象|者|人|企业|单位)")


def _named_as_recipient(text: str, word: str, after: re.Pattern[str] = _RECIPIENT_AFTER) -> bool:
    """Is ``word`` written in ``text``, and only to say who someone is ("领取失业保险金人员")?"""
    found = [m.end() for m in re.finditer(re.escape(word), text)]
    return bool(found) and all(after.match(text, end) for end in found)


def _only_as_recipient(text: str, words: Sequence[str]) -> bool:
    """Does ``text`` write some of ``words``, each of them only to say who someone is?"""
    written = [w for w in words if w in text]
    return bool(written) and all(_named_as_recipient(text, w) for w in written)


# Working days asked ("多少个工作日", "how many business days"): a time counted in them, not in calendar days.
_WORKING_DAYS = re.compile(r"工作日|\b(?:working|business)\s+days?\b", re.IGNORECASE)
# The degrees a text names, lowest first: a rate paid for other degrees ("博士…2000 元/人·月、硕士…1500 元/人·月")
# states none for the one asked ("专科生"); a degree written with "(及)以上" names every degree above it too.
_DEGREES = (
    ("中专", re.compile(r"中专|中职|\b(?:technical|vocational)[\s-]+secondary\b|\bsecondary[\s-]+(?:vocational|technical)\b",
                      re.IGNORECASE)),
    ("专科", re.compile(r"专科|大专|\bjunior[\s-]+college\b|\bassociate(?:'s)?[\s-]+degrees?\b|\bvocational[\s-]+college\b",
                      re.IGNORECASE)),
    ("本科", re.compile(r"本科|学士|\bbachelor(?:'s|s)?\b|\bundergraduates?\b", re.IGNORECASE)),
    ("硕士", re.compile(r"硕士|\bmaster[’']s\b|\bmasters?[\s-]+(?:degrees?|students?|graduates?|holders?|level)\b", re.IGNORECASE)),
    ("博士", re.compile(r"博士(?!后)|\bph\.?\s?d\b|\bdoctoral\b|\bdoctorates?\b", re.IGNORECASE)),
    ("博士后", re.compile(r"博士后|\bpost-?docs?\b|\bpost-?doctoral\b", re.IGNORECASE)),
)
_AND_ABOVE = re.compile(r"\s*(?:（[^）]{0,30}）)?\s*(?:学历|学位|毕业生|生)?\s*(?:及|或)?以上|\s*(?:or|and)\s+(?:above|higher)",
                        re.IGNORECASE)


def degrees_named(text: str) -> set[str]:
    """The degrees ``text`` names ("硕士（或…重点高校本科生）" → 硕士, 本科; "本科及以上学历" → 本科, 硕士, 博士, 博士后;
    "a junior-college graduate" → 专科)."""
    named: set[str] = set()
    for rank, (kind, words) in enumerate(_DEGREES):
        for m in words.finditer(text):
            named.add(kind)
            if _AND_ABOVE.match(text, m.end()):
                named.update(k for k, _ in _DEGREES[rank:])
    return named


# The five kinds of social insurance, each named with 保险 (or with another of them before a shared 保险:
# "失业、工伤保险"): a provision lowering one kind's rate states nothing of another's.
_SOCIAL_INSURANCE = "养老|医疗|失业|工伤|生育"
_SOCIAL_INSURANCE_RUN = re.compile(rf"((?:(?:{_SOCIAL_INSURANCE})、)*(?:{_SOCIAL_INSURANCE}))保险")
_SOCIAL_INSURANCE_EN = (
    ("养老", re.compile(r"\b(?:pension|old-age|endowment)\s+insurance\b", re.IGNORECASE)),
    ("医疗", re.compile(r"\b(?:medical|health)\s+insurance\b", re.IGNORECASE)),
    ("失业", re.compile(r"\bunemployment\s+insurance\b", re.IGNORECASE)),
    ("工伤", re.compile(r"\b(?:(?:work|occupational|industrial)[\s-]+(?:related[\s-]+)?injury|employment[\s-]+injury)\s+insurance\b",
                      re.IGNORECASE)),
    ("生育", re.compile(r"\bmaternity\s+insurance\b", re.IGNORECASE)),
)


def social_insurances_named(text: str) -> set[str]:
    """The kinds of social insurance ``text`` names ("失业、工伤保险费率" → 失业, 工伤; "work-injury insurance" → 工伤)."""
    found = {kind for m in _SOCIAL_INSURANCE_RUN.finditer("".join(text.split())) for kind in m.group(1).split("、")}
    return found | _kinds_named(_SOCIAL_INSURANCE_EN, text)


# A target set for a year ("到 2024 年底", "到2030年"), and a question asking one ("2026年要达到多少", "the 2030 target").
_TARGET_BY = re.compile(r"到\s*(20\d\d)\s*年")
# ("by the end of 2025", "by end-2025", "by year-end 2025": a deadline a target is set for)
_TARGET_ASKED = re.compile(
    r"目标|达到|要到|力争|突破|到\s*20\d\d\s*年|\b(?:targets?|goals?|reach)\b|\bby\s+(?:(?:the\s+)?end\s+of\s+|end-|year-end\s+)?20\d\d\b",
    re.IGNORECASE,
)
# A schedule set year by year: "2022-2025 年分别按照…", "2023—2025年依次…".
_SCHEDULE = re.compile(r"(20\d\d)\s*[-—－~至到]\s*(20\d\d)\s*年?[^。；;，,]{0,4}(?:分别|依次|逐年)")


def _scheduled_years(text: str) -> tuple[int, int] | None:
    """The first and last year of a schedule ``text`` sets year by year, or None."""
    m = _SCHEDULE.search(normalise(text))
    return (int(m.group(1)), int(m.group(2))) if m else None


def _after_period(clause: Clause, year: int) -> bool:
    """Is ``year`` after the end of the policy period of ``clause`` (never, when it states none)?"""
    return clause.valid_until is not None and year > clause.valid_until.year


# The year of a document's number: "〔2022〕", "2020 年第 23 号", "(2020 No. 23)".
_DOCUMENT_YEAR = re.compile(r"[〔\[]\s*\d{4}\s*[〕\]]|\d{4}\s*年?\s*(?:第|No\.?)\s*\d+", re.IGNORECASE)


# An amount an English question asks by the year ("each year", "annually"; totals read one year by it too),
# and a provision paying by the year. (A Chinese question's keys and aspect already read 每年; preferring yearly
# figures there moved one answer off its provision, "一年给我们单位多少引才补贴" to another programme's 每年 20 万元,
# and gained none.)
ONE_YEAR_EN = re.compile(r"\b(?:per|a|each|every) year\b|\bannual(?:ly)?\b|\byearly\b", re.IGNORECASE)
_YEARLY_STATED = re.compile(r"每年|/年|年均")
# Characters of asking, pointing and counting: a word with one ("多长时间", "每辆车", "被选为") is no name of a thing.
_ASKING_CHARS = re.compile(r"[了个这那几啥某若多少吗呢么哪怎什每被]")
# An amount a Chinese question asks by the year ("每年多少", "一年给多少"), and a sum asked paid once.
# (not "annual rewards" of an award given each year, nor "for over a year": in English only an amount per year)
_YEARLY_ASKED = re.compile(r"(?:每年|一年|每一年|年均)[^，,。；;？?]{0,8}(?:多少|几)|\b(?:per|each|every) year\b|\bannually\b",
                           re.IGNORECASE)
_BESIDES = re.compile(r"除了?[^，,。；;？?]*|\b(?:besides|apart from|on top of|in addition to)\b[^,;?]*", re.IGNORECASE)
# How close a provision paying by the year must fit, against the best one, to answer an amount asked by the year.
YEARLY_OVER_ONCE = 0.5


def asks_yearly(text: str) -> bool:
    """Does ``text`` ask an amount paid by the year ("每年多少", "之后每年还有持续补贴吗", "per year"), not once?"""
    yearly = _YEARLY_ASKED.search(text) or re.search(r"每年[^，,。；;？?]{0,8}补贴吗", text)
    # (a sum paid once said aside is none asked: "除了一次性奖励，每年还有多少")
    return bool(yearly) and not ONE_OFF_ASKED.search(_BESIDES.sub(" ", text))


def paid_once_only(sentence: str) -> bool:
    """Does ``sentence`` pay its sums once ("一次性给予"), and nothing by the year?"""
    return "一次性" in sentence and not _YEARLY_STATED.search(sentence)


# A preposition the segmenter joins to the word after it ("在城镇"): no start of a compound.
_PREPOSITIONS_ZH = frozenset("在于从到对向和与及跟给把被")
# Sentences that can answer "谁…" and "什么时候…" when the clause model has no department or period.
_ORGANISATION = re.compile(r"部门|局|厅|委员会|委|办公室|政府|中心|机构|银行|协会|公司|海关|税务")
# "文号多少", "document number": the number asked, which a document's title does not give.
_ASKS_NUMBER = re.compile(r"文号|文件号|发文字号|几号文|document number|reference number", re.IGNORECASE)
_DATE = re.compile(r"\d{4}\s*年|\d+\s*月\s*\d+\s*日|(?:印发|发布|公布)之日")  # a date, not just "实施"
# A sentence stating when a policy starts ("本政策自印发之日起施行", "自 2025 年 1 月 1 日起实施"), and one stating an end or a
# length ("至 2030 年 12 月 31 日", "2022—2025 年", "有效期 5 年", "试点期限").
_START_ONLY = re.compile(r"(?:之日|\d\s*日)起[^，,。；;]{0,12}?(?:施行|执行|实施|生效)")
_END_STATED = re.compile(r"至\s*\d{4}|[—–－~～-]\s*\d{4}\s*年|截至|截止|有效期|期限|为期|\d+\s*年(?:内|有效|为限)")
# A sentence stating a document's own period ("本政策自发布之日起施行，有效期至…").
_DOCUMENT_PERIOD = re.compile(r"有效期|执行期|实施期|起施行|起实施|起执行|之日起")
# A sentence that dates a policy: when it starts, runs or ends ("自2024年11月1日起施行", "2021-2025年",
# "有效期至…", "试点期限暂定为…"), not a year a target is set for ("到 2025 年…超过 2000 家").
_PERIOD = re.compile(
    r"(?:自|从|于)\s*\d{4}\s*年[^，,。；;]{0,12}(?:起|至|到|—|-)|\d{4}\s*(?:年)?\s*(?:—|-|~|至|到)\s*\d{4}\s*年|"
    r"\d{4}\s*年[^，,。；;]{0,8}(?:起施行|起实施|起执行|前|止|截止)|有效期|执行期|实施期|试点期|(?:印发|发布|公布)之日|"
    r"[（(]\s*\d{4}\s*(?:—|–|－|-{1,2}|~|～|至)\s*\d{4}\s*年?\s*[）)]|"  # "三年成长计划（2023—2025）"
    # "到 2027 年，自治区每年…给予资金支持" runs until then; "到 2025 年，…规模争取突破 50 亿元" is a target
    r"到\s*\d{4}\s*年\s*[，,](?![^。；;]{0,40}(?:超过|达到|突破|实现|建成|形成|力争|争取|提高到|提升到))"
)
# A name quoted in a question: "“未来之星”奖学金".
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,20})[”\"」』]")
# A name an English question quotes ("the 'Keji Xingmeng' measures"; an apostrophe inside a word opens none).
_QUOTED_NAME_EN = re.compile(r"(?<![A-Za-z])['‘“\"]([A-Za-z][A-Za-z \-]{2,60}?)['’”\"](?![A-Za-z])")
# A name quoted whole, with any figures in it ("'100,000 Youth Gather in the Warm City'", "“十万青年聚暖城计划”").
_NAME_QUOTED = re.compile(r"(?<![A-Za-z])['‘“\"][\w ,\-]{2,60}?['’”\"](?![A-Za-z])|[“「『《][^”」』》]{2,40}[”」』》]")
# Who pays ("保费财政补多少", "中央财政给多少钱"): the payer is the policy level, not the thing asked,
# and provisions rarely repeat it beside each figure.
_PAYER = re.compile(r"(?:中央|国家|自治区|省|市|旗|县|地方|各级|本级)?(?:财政|政府|人民政府)(?:资金)?|中央|财政部")
# Words that name a thing (nouns, names, verbal nouns): only these make key words; "拿到",
# "运行" and "出去" say nothing about which provision is meant.
_NAMING_TAGS = frozenset("nj")
# The extreme of a figure ("最高", "最多", "最低"): a word starting so says which end is asked.
_EXTREME = re.compile(r"最[高多低少长短大小]")
# A guide word naming a fee or a rate (保费, 担保费率, 利率): a kind of figure, not whose it is (经费 is funding).
_FEE_OR_RATE = re.compile(r"(?:(?<!经)费|率)$")
# A word naming a measure (交易量, 销售额, 人数) and the asking right after it ("…要到多少", "…达到多少"):
# the measure asked, not which provision.
_MEASURE_END = re.compile(r"(?:量|额|数)$")
_ASKED_NEXT = re.compile(r"\s*(?:要|需要|得|须|必须|应|能)?(?:达到|到|有|是|为)?\s*(?:多少|几)")
_ASKED_BEFORE = re.compile(r"(?:多少|几)[\u4e00-\u9fff]{0,4}$")
# Counting characters that class or rank what follows ("级", "类", "个"), not the end of a name.
_CLASSIFIERS = frozenset("级类个名种项次位件批笔条")
# "每条", "每台", "每个": each one counted, before the noun naming what is counted.
_EACH_COUNTED = re.compile(r"每[个条台家头只名套辆座所项件种支枚株户位批]$")
# What the asker does to get it ("每家能申报几个", "怎么申请"): no provision is named by it.
_ASKER_ACTS = frozenset("申报 申请 办理 领取 享受 报名".split())
# "这两项", "两个", "该类": a number or a pointer with its counting word names nothing asked.
_COUNTED_POINTER = re.compile(r"(?=.{2})[这该此每各]?[一二两三四五六七八九十几]?[项个类种家名位件次批笔条]")
# A document the provision cites, asked for: the one it implements, follows, replaces or repeals.
# A document's opening sentence, which says what it is made under: "…，结合自治区实际，制定本方案", "制定如下措施".
_MADE_UNDER = re.compile(r"制定(?:本|如下|以下)|结合[^，,。；;]{0,12}实际|提出(?:如下|以下)")
# A document asked as the one a provision follows ("依据哪个文件", "under which document"): the one it cites.
# ("按哪个文件制定的", "是按自治区哪个文件来的", "follows which Ordos document", "which notice is it based on")
_ASKS_BASIS = re.compile(r"依据|根据|参照|按[^，,。；;？?]{0,8}哪|哪(?:个|份|一个|一份)?[^，,。；;？?]{0,6}(?:文件|通知|意见)|"
                         r"\bunder (?:which|what)\b|\baccording to\b|\bfollow(?:s|ed|ing)?\b|\bwhich\b[^?]{0,30}\b(?:document|notice|"
                         r"opinion|circular)s?\b", re.IGNORECASE)
_ASKS_CITED = re.compile(
    r"贯彻|落实|废止|取代|替代|代替|援引|引用|参照|上位|停止执行|不再执行|失效|作废|"
    r"\b(?:implement(?:s|ed|ing)?|underpin(?:s|ned)?|cite[sd]?|citing|replace[sd]?|repeal(?:s|ed)?|supersede[sd]?|based on|"
    r"ceased?|stopped|no longer (?:in force|valid|applies|apply)|"
    r"earlier|previous|prior|parent|superior)\b",
    re.IGNORECASE,
)
# An acronym or a coded name ("GAP", "LPR", "5G"): as much a name as any Chinese word.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,9}|\d+[A-Z]{1,3}")
# How many keys of a later part and of the part before are compared for the things the later part names of its own.
OWN_KEYS_READ = 20
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
# Spellings of units the guide also writes in Chinese, made one for matching (110KV = 110千伏).
_UNIT_SPELLINGS = re.compile(r"kv|kwh|千瓦时", re.IGNORECASE)
_LABEL_NOISE = re.compile(r"^(——|—|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．]|[①-⑳])\s*")


# "一年期贷款市场报价利率": a loan's term names a kind of rate, not a period of support.
_TENOR = re.compile(r"(?:\d+|[一二三四五六七八九十]+)\s*年期")
_CALENDAR_YEAR = re.compile(r"(?:19|20)\d\d")
# A date written out: "2021 年 12 月 27 日", "2024 年 11 月", "11 月 1 日".
_DATE_WRITTEN = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日")
# Words that make the figure beside them a subsidy or an award ("每支补贴30 元", "给予 20 万元奖补"):
# it is not the price of the thing ("冻精市场价多少？") nor a fee the asker pays.
_SUPPORT_BEFORE = re.compile(r"(?:补贴|补助|奖励|奖补|资助|贴息|扶持|支持|减免|优惠|给予|奖)[^，,；;。]{0,6}$")
_SUPPORT_AFTER = re.compile(r"^[^，,；;。]{0,4}?(?:补贴|补助|奖励|奖补|资助|贴息|扶持|支持|奖金|补偿)")


# "每年 8月的第 2 周", "3月底": 月 without 个 after a year or before a part of the month is a month of the year.
_MONTH_OF_YEAR = re.compile(r"年\s*\|\s*月|\|\s*月\s*(?:的第|份|底|初|中旬|上旬|下旬|\d)")
# A money figure stated as a threshold: reached, exceeded or at least ("达到 1.6 亿元", "5000 万元（含）以上").
# ("不低于 1万元扶持资金" is a floor of what is given, "安排资金 5000 万元以上，对…" too: neither is one.)
# ("总产值达 10 亿元以上" is a level reached; "最高可达", "高达" and "下达" are what is paid or handed down)
_THRESHOLD_BEFORE = re.compile(r"(?:达到|(?<![高可下])达|(?<!不)超过?|满|突破)\s*$")
AT_LEAST_AFTER = re.compile(r"\s*(?:[（(]含[）)])?\s*(?:及)?以上")  # "5000 万元（含）以上"
# …of whom it is required ("2000 吨标准煤以上（含 2000 吨标准煤）的": what the bracket includes said on the way)
_THRESHOLD_AFTER = re.compile(AT_LEAST_AFTER.pattern + r"(?:\s*[（(]含[^）)]{0,15}[）)])?\s*(?:的|企业|项目)")
_AT_BEFORE = re.compile(r"在\s*$")
# A figure per person ("人均可支配收入达到 60840 元"), within this many characters after 人均; asked only
# per person ("人均", "per capita", "per person").
_PER_CAPITA = re.compile(r"人均")
PER_CAPITA_CHARS = 12
_PER_CAPITA_ASKED = re.compile(r"人均|每人|每个人|\bper (?:capita|person|head|resident)\b|\baverage\b", re.IGNORECASE)
# "加氢售价不高于 20 元/公斤的，按照…给予补贴": a bound closing a 的-clause says whom a provision is for.
BOUND_WORDS = "不高于|不超过|低于|高于|不低于|不少于|少于|多于"  # a bound set on a figure
_BOUND_BEFORE = re.compile(rf"(?:{BOUND_WORDS})\s*$")
_CLAUSE_CLOSED_AFTER = re.compile(r"\s*的\s*[，,]")


# A level the question gives the thing it asks about ("市级重点实验室", "a city-level (Ordos) green factory",
# rendered "市级 鄂尔多斯 绿色工厂"), and the levels a provision gives the things it names ("对新认定为自治区级绿色
# 园区、绿色工厂…": the level before a list is each item's).
_LEVEL_ASKED = re.compile(
    r"(国家级|自治区级|省级|盟市级|市级|旗县级|旗级|县级)\s*(?:(?:鄂尔多斯市?|伊金霍洛旗?|伊旗|内蒙古)\s*)?(?=([\u4e00-\u9fff/]{3,}))"
)
# A level an English question gives a thing in so many words ("a national-level tech service agency"; "regional"
# alone is as often where, "a regional HQ")
_LEVEL_ASKED_EN = re.compile(
    r"\b(national|state|regional|provincial|city|municipal|prefecture|league|banner|county)[- ]level\b", re.IGNORECASE
)
_LEVEL_EN = {"national": "国家", "state": "国家", "regional": "自治区", "provincial": "自治区", "city": "市",
             "municipal": "市", "prefecture": "市", "league": "市", "banner": "旗", "county": "旗"}
_LEVEL_STATED = re.compile(r"国家级|国家|全国|自治区级|自治区|省级|盟市级|市级|旗县级|旗级|县级")
_LEVEL_SAME = {"国家级": "国家", "国家": "国家", "全国": "国家", "自治区级": "自治区", "自治区": "自治区", "省级": "自治区",
               "盟市级": "市", "市级": "市", "旗县级": "旗", "旗级": "旗", "县级": "旗"}
# (a level naming who pays or acts, "市级财政", is no level of the thing asked about)
_NOT_LEVELLED_THING = re.compile(r"财政|政府|部门|资金|层面|政策|领导|以上|以下|补|奖|给|支持|认定")
_PHRASE_START = re.compile(r"[，,；;。：:（(]")
LEVELLED_THING_CHARS = 4


def levels_asked(text: str) -> list[tuple[str, str]]:
    """Each level ``text`` gives a thing and the words after it (alternatives joined by /): "鄂尔多斯对新认定的
    市级重点实验室一次补助多少钱" → [("市", "重点实验室一次补助多少钱")]."""
    return [(_LEVEL_SAME[m.group(1)], m.group(2)) for m in _LEVEL_ASKED.finditer(text)
            if not _NOT_LEVELLED_THING.match(m.group(2)) and not _LEVEL_STATED.match(m.group(2))]


def levels_asked_en(text: str) -> list[tuple[str, str]]:
    """The levels an English question gives things in so many words, with no words of the thing ("a city-level
    sci-tech platform" → [("市", "")])."""
    return [(_LEVEL_EN[m.group(1).lower()], "") for m in _LEVEL_ASKED_EN.finditer(text)]


def at_another_level(said: str, asked: Sequence[tuple[str, str]]) -> bool:
    """Does ``said`` name a thing the question gives a level only at other levels? ("对自治区级重点实验室…
    每年给予不低于 200 万元" for a 市级重点实验室: the city's laboratory is another thing.) The thing is named by
    the first four characters after the asked level (a shorter start names too much, "净化场" of "净化创建场";
    a longer one too little, "内外贸一体化试点" of "内外贸一体化9个试点基地"); a mention with no level before it
    in its phrase may be of any level."""
    for level, words in asked:
        for alternative in words.split("/"):
            thing = alternative[:LEVELLED_THING_CHARS]
            if len(thing) < LEVELLED_THING_CHARS or thing not in said:
                continue
            levels = []
            for m in re.finditer(re.escape(thing), said):
                starts = [p.end() for p in _PHRASE_START.finditer(said, 0, m.start())]
                levels.append({_LEVEL_SAME[x] for x in _LEVEL_STATED.findall(said[starts[-1] if starts else 0 : m.start()])})
            if levels and all(stated and level not in stated for stated in levels):
                return True
    return False


def paid_at_other_levels(text: str, found: Sequence[Quantity], asked: Sequence[tuple[str, str]]) -> bool:
    """Is every figure of ``found`` paid to things its sentence gives levels before it, none of them a level the
    question gives the thing it asks about? (A 国家级 service agency asked: "对新认定的自治区级科技服务机构一次性给予
    20 万元" pays the region's; "对国家新型…和自治区级…分别给予" names both.) A sentence giving no level with 级 may
    pay at any level, and a level naming who pays or acts ("市级财政", "旗级给予") is none."""
    levels = {level for level, _ in asked}
    paid = [q for q in found if q.unit]  # (a bare number may be the item's own, "23.培育…")
    if not levels or not paid:
        return False
    text = normalise(text)
    for q in paid:
        before = _said_before(text, q)
        named = [m.group(0) for m in _LEVEL_STATED.finditer(before) if not _NOT_LEVELLED_THING.match(before, m.end())]
        if not any(w.endswith("级") for w in named) or levels & {_LEVEL_SAME[w] for w in named}:
            return False
    return True


# A figure graded by level or kind without saying each grade's ("按级别和类型给予最高 200 万元奖补").
_GRADED = re.compile(r"按(?:照)?(?:级别|类型|类别|档次|等级|层级|层次)|分级分类|分档")


def graded_only(text: str, asked: Sequence[tuple[str, str]]) -> bool:
    """Does ``text`` grade its figure by level or kind without naming any level, when the question asks of one level
    ("国家级的具体奖多少" of "对新认定的科技企业孵化器…按级别和类型给予最高 200 万元奖补": only the highest is stated)?"""
    return bool(asked) and bool(_GRADED.search(text)) and not _LEVEL_STATED.search(_PAYER.sub("", normalise(text)))


# A grade numbered in a series ("技师（二级）", "三级"), not a level of government ("国家级").
_NUMBERED_GRADE = re.compile(r"(?<![\d一二三四五六七八九十上下同])([一二三四五六七八九十]|[1-9])\s*级(?!别)")


def numbered_grades(text: str) -> set[str]:
    """The numbered grades ``text`` names ("技师（二级）" → {"二"}, "5级" → {"五"})."""
    return {"一二三四五六七八九"[int(g) - 1] if g.isdigit() else g for g in _NUMBERED_GRADE.findall(text)}


def of_other_grades(text: str, asked: set[str]) -> bool:
    """Does ``text`` list numbered grades ("初级（五级）、中级（四级）、高级（三级）…分别按 1000 元、1500 元、2000 元"), two at least,
    none of them a grade the question names ("技师（二级）")? Its figures are those of the grades it lists."""
    listed = numbered_grades(text)
    return bool(asked) and len(listed) >= 2 and not asked & listed


# Ways of a thing the guide pays apart, each excluding the other: talent brought in full-time or flexibly
# ("对企业全职引进的各类产业人才…购房补贴" pays no flexibly brought talent), a home bought or rented.
_EXCLUSIVE_WAYS = (("全职|刚性", "柔性"), ("购房|买房|购买住房|购买商品房", "租房|租住|租赁住房|房租"))


def ways_asked(asked: str) -> list[tuple[str, str]]:
    """Of each pair of exclusive ways (see _EXCLUSIVE_WAYS) the question names one of, that way and the other."""
    asked = normalise(asked)
    return [(mine, theirs) for one, other in _EXCLUSIVE_WAYS for mine, theirs in ((one, other), (other, one))
            if re.search(mine, asked) and not re.search(theirs, asked)]


def the_other_way(said: str, ways: Sequence[tuple[str, str]]) -> bool:
    """Does ``said`` name the other of a pair of exclusive ways asked, and not the way asked?"""
    return any(re.search(theirs, said) and not re.search(mine, said) for mine, theirs in ways)


def paid_another_way(text: str, found: Sequence[Quantity], ways: Sequence[tuple[str, str]]) -> bool:
    """Is every figure of ``found`` paid, by the words of its sentence before it, for the other of two exclusive ways
    the question names one of (``ways``, see :func:`ways_asked`: "…brought in on a flexible basis" of "对企业全职引进的…
    给予最低 5万元")?"""
    if not ways:
        return False
    text = normalise(text)
    befores = [_said_before(text, q) for q in found if q.unit]
    return bool(befores) and all(the_other_way(before, ways) for before in befores)


def _said_before(text: str, q: Quantity) -> str:
    """The words of ``text``'s sentence before the figure ``q`` ("" when ``text`` does not write it)."""
    at = text.find(normalise(q.text))
    return text[max(text.rfind(stop, 0, at) for stop in "。；;") + 1 : at] if at >= 0 else ""


# Whom a provision gives to: "对国家和自治区级科技成果转化平台，…给予" (the recipient, its group).
GIVEN_TO = re.compile(r"对([^，,；;。对]{2,40}?)(?:给予|奖励|补助|补贴|奖补|[，,])")
# "对人才培养成效显著的单位给予一定人才工作经费支持": a grant whose amount the guide leaves open.
_OPEN_AMOUNT = re.compile(r"(?:给予|安排)(?:一定|适当|相应)的?[\u4e00-\u9fff]{0,8}?(?:经费|奖励|补贴|补助|资助|支持|奖补)")


def amount_unstated(tier: str, keys: set[str]) -> bool:
    """Does every phrase of ``tier`` stating one of the question's keys give a grant whose amount it leaves
    open, and no figure? The figures of the tier's other phrases are other recipients' ("…对培养新增的一至
    四类人才…分别一次性给予 500 万元…，对人才培养成效显著的单位给予一定人才工作经费支持")."""
    phrases = [p for p in re.split(r"[，,；;。]", tier) if any(k in p for k in keys)]
    return bool(phrases) and all(_OPEN_AMOUNT.search(p) and not stated_money(normalise(p)) for p in phrases)


def _says_whom(sentence: str) -> bool:
    """Does ``sentence`` state a figure as a condition of whom it is for ("售价不高于 20 元/公斤的，")?"""
    text = normalise(sentence)
    return any(is_condition(text, f.start, f.unit_end) for f in figures(text))


def is_condition(text: str, start: int, unit_end: int) -> bool:
    """Is the figure at ``start`` a condition to meet or a target ("营业收入达到 1.6 亿元的企业", "规模突破
    15 亿元", "比重超过 40%", "5000 万元（含）以上的项目", "售价不高于 20 元/公斤的，"), not something
    paid or priced?"""
    before = text[max(0, start - 6) : start]
    return bool(
        _THRESHOLD_BEFORE.search(before)
        or _THRESHOLD_AFTER.match(text[unit_end:])
        # "工资性收入在 100 万元（含）以上": a level to be at
        or (_AT_BEFORE.search(before) and AT_LEAST_AFTER.match(text[unit_end:]))
        # "加氢售价不高于 20 元/公斤的，": a bound of whom the provision is for
        or (_BOUND_BEFORE.search(before) and _CLAUSE_CLOSED_AFTER.match(text[unit_end:]))
    )


def stated_figures(text: str, slot: str, pays: bool = False, support: bool = False, each: bool = False,
                   ratios: bool = False, lasting: bool = False) -> list[Quantity]:
    """The figures of ``text`` that can answer ``slot``: no loan tenor and no calendar year for a
    period; no subsidy for a price, nor for what the asker pays (``pays``: "要交多少挂牌费"); no
    threshold to reach for support asked (``support``: "补贴多少" is not "营业收入达到 1.6 亿元"); for
    an amount asked per item (``each``: "每人每年补贴多少"), no budget a programme is allotted ("每年
    安排不低于 1000 万元支持科技特派员": what all of them share, not what one gets). With ``ratios`` (a ratio asked), a
    ratio ("1.6∶1") is so many times the other. With ``lasting`` (how long a benefit lasts asked), no period someone
    must have served or signed for ("稳定工作满 3年且继续留用的…最长补贴 2年", "签订 3年以上劳动合同": conditions)."""
    text = normalise(_TENOR.sub("年期", text))
    dates = [m.span() for m in _DATE_WRITTEN.finditer(text)]
    out: list[Quantity] = []
    for f in figures(text):
        if not f.reads_as_quantity:
            continue
        q = f.quantity
        if ratios and not q.unit and (ratio := _RATIO_AFTER.match(text, f.end)):
            # "加工业产值与农业产值比达到 1.6∶1 以上": a ratio, so many times the other, as written
            q = Quantity(q.value, "倍", text[f.start : ratio.end()])
        if q.unit == "年" and (_CALENDAR_YEAR.fullmatch(f.raw) or text[f.unit_end : f.unit_end + 1] == "度") or any(
            start <= f.start < end for start, end in dates
        ):
            continue  # "2019 年以后", "上一年度", "2021 年 12 月 27 日": a date, no period, count or amount
        if lasting and dimension_of(q.unit) in _TIME and (_SERVED_BEFORE.search(text[max(0, f.start - 2) : f.start])
                                                          or text[f.unit_end : f.unit_end + 3].lstrip().startswith(("以上", "及以上"))):
            continue
        if q.unit == "个月" and _MONTH_OF_YEAR.search(text[max(0, f.start - 3) : f.start] + "|" + text[f.end : f.unit_end + 4]):
            continue  # "每年 8月的第 2 周": a month of the year, no number of months
        asked_paid = dimension_of(q.unit) in _MONEY or (slot == "amount" and dimension_of(q.unit) in _SHARE)
        if (support or slot == "price" or pays) and asked_paid and is_condition(text, f.start, f.unit_end):
            continue  # "营业收入达到 1.6 亿元的企业", "规模突破 15 亿元", "比重超过 40%": a condition or a target, nothing paid
        if each and dimension_of(q.unit) in _MONEY and _BUDGET_BEFORE.search(text[max(0, f.start - BUDGET_WINDOW) : f.start]):
            continue
        supported = _SUPPORT_BEFORE.search(text[max(0, f.start - 12) : f.start]) or _SUPPORT_AFTER.search(text[f.unit_end :])
        if (slot == "price" or pays) and dimension_of(q.unit) in _MONEY | _SHARE and supported:
            continue
        out.append(q)
    if slot == "count":
        out += ranks_stated(text)
    return out


# "满 3年": a period someone must have served, a condition (written just before the number; "3年以上" after it).
_SERVED_BEFORE = re.compile(r"满\s*$")
# How long a benefit lasts asked: "最长补几年", "支持几年", "for how long", "how long is it paid".
_LASTING_ASKED = re.compile(
    r"最长|(?:补|补贴|支持|资助|奖补|给|发|享受|领)(?:几年|多少年(?!薪)|多久|几个月|多少个月)|补贴期|支持期|"
    r"\bfor how long\b|\bhow long\b[^?]*\b(?:paid|given|granted|last|lasts|received?|support(?:ed)?|subsidi[sz]ed|continues?)\b|"
    r"\b(?:maximum|longest)\s+(?:period|duration|term)\b", re.IGNORECASE)
# …but how long one must have served, paid or worked to get it ("how long must I have paid unemployment insurance")
_SERVED_ASKED = re.compile(
    r"(?:满|至少|起码|需要|要求|必须)[^，,。？?]{0,4}(?:几年|多少年|多久|多长时间|几个月|多少个月)|(?:几年|多久|几个月)[^，,。？?]{0,4}(?:才能|才可以)|"
    r"\bhow long\b[^?]{0,30}\b(?:must|need|needs|required|have to|has to)\b|\bat least how long\b", re.IGNORECASE)


def asks_lasting(part: Part) -> bool:
    """Does ``part`` ask how long a benefit lasts (not how long one must serve to get it)?"""
    return part.slot == "duration" and bool(_LASTING_ASKED.search(part.text)) and not _SERVED_ASKED.search(part.text)


def line_figures(line: str, part: Part) -> list[Quantity]:
    """The figures of an answer's ``line`` that can answer ``part`` (see :func:`stated_figures`), read with what the
    part's own words ask: what the asker pays, support, a ratio."""
    return stated_figures(line, part.slot, part.pays, asks_support(part.text), ratios=asks_ratio(part.text),
                          lasting=asks_lasting(part))


# A place in a ranking: "第四", "第 20 位", "前五位", after the words saying it is one ("居全区第一", "位列全国百强县
# 第 36 位", "排名第一"), or right after another place of the same run ("居全区第一，全国第四").
_RANK = re.compile(
    r"(?P<top>[第前])\s*(?P<n>\d+|[一二三四五六七八九十]+)\s*(?:位|名)?"
    r"(?![\d一二三四五六七八九十]|\s*(?:批|次|条|款|章|节|届|期|年|个|项|类|档|部分|篇|季|周|号|阶段|级|种|家|大))"
)
_RANK_CUE = re.compile(r"(?:居|排名|排在|排|位列|位居|列)[^，,；;。\d第前]{0,14}$")
_RANK_RUN = re.compile(r"^[，,、和]\s*[^，,；;。\d第前]{0,6}$")


def ranks_stated(text: str) -> list[Quantity]:
    """The places in a ranking ``text`` states ("储量居全区第一，全国第四" → 1, 4; "前五位" → the top 5), as
    quantities of the 名次 unit (their text as written)."""
    out: list[Quantity] = []
    end = -1
    for m in _RANK.finditer(text):
        before = text[max(0, m.start() - 16) : m.start()]
        if _RANK_CUE.search(before) or (end >= 0 and _RANK_RUN.match(text[end : m.start()])):
            n = m.group("n")
            value = Decimal(int(n)) if n.isdigit() else Decimal(chinese_to_int(n) or 0)
            if value:
                out.append(Quantity(value, "名次", m.group(0).strip()))
                end = m.end()
    return out


# A budget allotted to a programme ("每年安排不低于 1000 万元", "设立 30 亿元基金"), said within this many
# characters before its figure, with no recipient it is counted per ("每人", "每家") between.
_BUDGET_BEFORE = re.compile(r"(?:安排|设立|投入|统筹|筹集|预算)(?![^，,；;。]*(?:每人|每名|每个|每家|每户|每位|单个|单人))[^，,；;。]*$")
BUDGET_WINDOW = 10


# "由谁评定", "谁来编", "是谁来定", "由哪个部门解释": the action a Chinese question asks the doer of; 负责, 牵头
# and 管 ask for the responsible departments, which the clause model gives.
_ASKED_ACTION = re.compile(r"(?:由谁|谁来|是谁|谁|(?:由|归)?哪(?:个|些|几个|一个|家)?(?:部门|单位|机构|机关))"
                           r"(?:来|去|负责|进行)?(?P<verb>[\u4e00-\u9fff]{1,2})")
_RESPONSIBLE_VERBS = frozenset("负责 牵头 管 主管 管理 是 的 啊 呢 来 去 能 会 可 在 家 部门 单位".split())


def asked_action(text: str) -> str:
    """The verb whose doer ``text`` asks ("自治区级示范社由谁评定" → 评定, "预算是谁来编" → 编), or ""."""
    m = _ASKED_ACTION.search(text)
    if m is None:
        return ""
    verb = m.group("verb").rstrip("？?呢啊的了")
    if "哪" in m.group(0) and _ASKS_ISSUER.search(m.group(0)):
        return ""  # "哪几个部门发的？": who issued the document, as its number and title name them
    return "" if not verb or verb in _RESPONSIBLE_VERBS or verb[:1] in "的是呢" else verb


# An English question asking who interprets a document ("who interprets them?", "which body interprets
# the measures?"), and the guide's verb for it.
_INTERPRETS_EN = re.compile(r"\bwho\s+(?:\w+\s+){0,2}?interprets?\b|\bresponsible\s+for\s+interpreting\b|"
                            r"\binterpret(?:s|ed|ing|ation)?\b[^?]{0,20}\bby whom\b|"
                            r"\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:department|body|bureau|agency|authority|office)s?\s+interprets?\b",
                            re.IGNORECASE)


# ...and who issued a document ("who (jointly) released the tax guide?"): the guide's 发布 ("财政部、国家税务总局联合发布《…》").
_RELEASED_EN = re.compile(r"\bwho\s+(?:jointly\s+|co-)?(?:issued|released|published)\b", re.IGNORECASE)


# "who coordinates the assessment work?", "which body draws up the catalogue?": what is done, in the guide's verb.
_DOER_ASKED_EN = r"\b(?:who|(?:which|what)\s+(?:\w+\s+){0,2}?(?:department|body|bureau|agency|authority|office|unit)s?)\s+"
_ACTIONS_EN = (
    (re.compile(_DOER_ASKED_EN + r"(?:\w+\s+)?coordinates?\b", re.IGNORECASE), "统筹"),
    # ("who leads drawing it up?")
    # ("who sets the detailed rules?": who writes them, "具体办法由…另行制定")
    (re.compile(_DOER_ASKED_EN + r"(?:\w+\s+)?(?:draw(?:s|ing)?\s+(?:it\s+|them\s+)?up|formulat(?:es?|ing)|draft(?:s|ing)?|"
                r"(?:sets?|writes?|lays?\s+down)\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:rules?|procedures?|measures|methods?|regulations))\b",
                re.IGNORECASE), "制定"),
    (re.compile(_DOER_ASKED_EN + r"(?:\w+\s+)?organi[sz]es?\b", re.IGNORECASE), "组织"),
)


def asked_action_en(text: str) -> str:
    """The guide's verb for what an English question asks the doer of: 解释 for "who interprets it?", 发布 for "who
    released it?", 统筹 for "who coordinates…?", or ""."""
    if _INTERPRETS_EN.search(text):
        return "解释"
    if _RELEASED_EN.search(text):
        return "发布"
    return next((verb for pattern, verb in _ACTIONS_EN if pattern.search(text)), "")


def asks_interpreter(text: str) -> bool:
    """Does ``text`` ask who interprets a document ("由谁解释", "who interprets it?")? A document says
    that once, in its closing article."""
    return "解释" in (asked_action(text), asked_action_en(text))


def _told_thing(text: str) -> str:
    """The segments of a Chinese question before the one that asks, but for those telling of the asker ("我们…",
    "我…"): what they name was got or done, and the figure is asked of it."""
    segments = [s for s in re.split(r"[，,；;。！!？?]", text) if s.strip()]
    return " ".join(HOME.sub(" ", s) for s in segments[:-1] if not re.match(r"\s*(?:我们|咱们|我|本公司|我司)", s))


def strip_numbering(text: str) -> str:
    """``text`` without the guide's item numbering before it ("7.", "（三）", "一、", "——", "①")."""
    return _LABEL_NOISE.sub("", text)


def heading_label(clause: Clause) -> str:
    """What a clause is about in the guide's own words: its last heading without numbering."""
    for heading in reversed(clause.title_path):
        label = _LABEL_NOISE.sub("", heading).strip()
        label = strip_doc_number(re.sub(r"^《(.+)》.*$", r"\1", label))
        if label and not label.startswith("第"):
            return label
    return ""


# A heading naming a class of a catalogue: "四、拔尖人才（D 类）", "一类人才", "A档".
_CLASS_HEADING = re.compile(r"[（(]\s*[A-Z]\s*类\s*[）)]|(?<![\u4e00-\u9fff])[A-Z一二三四五六七八九十]\s*(?:类|档)(?:人才)?\s*$")


def class_heading(clause: Clause) -> str:
    """The nearest heading of the clause naming a class of a catalogue, without numbering, or ""."""
    for heading in reversed(clause.title_path):
        label = _LABEL_NOISE.sub("", heading).strip()
        if _CLASS_HEADING.search(label):
            return label
    return ""


# Talent classes: the catalogues' letters (A类 … F类, "顶尖人才（A 类）") and the region's numbered classes
# (一类 … 六类), as a question names one ("A-class", "Class E", "category-3", "C类人才", "五类人才").
_LETTERS = "ABCDEF"
_NUMERALS = "一二三四五六"
# ("A Class 4 talent", "A category 3 team": an article before the class the number after names)
# ("a category-four talent": the class in words; the article before "category-four" is no class A)
_CLASS_NAME_EN = r"(?:[A-F1-6]|(?i:one|two|three|four|five|six))"
_CLASS_ASKED_EN = re.compile(rf"\b(?i:class|category)[- ]?({_CLASS_NAME_EN})\b|\b([A-F1-6])[- ](?i:class|category)\b"
                             rf"(?![- ]?{_CLASS_NAME_EN}\b)")
_CLASS_NUMBER_EN = {"one": "一", "two": "二", "three": "三", "four": "四", "five": "五", "six": "六"}
_CLASS_ASKED_ZH = re.compile(r"(?<![A-Za-z])([A-F])\s*类|(?<![一二三四五六七八九十至到、哪第每同这那任某])([一二三四五六])类(?:人才)?")
# A run of classes a provision names: "B、C、D 类", "E、F类", "A至D类", "一至六类", "二至四类", "五类、六类", "D类及以上".
CLASS_RUN = re.compile(
    r"(?<![A-Za-z])(?P<run>[A-F](?:\s*[、,，和及与或至到\-—~]\s*[A-F])*)\s*类(?P<up>\s*(?:人才)?\s*及以上)?|"
    r"(?P<cn>[一二三四五六](?:\s*[、和及与或至到]\s*[一二三四五六])*)\s*类(?P<cnup>\s*(?:人才)?\s*及以上)?"
)


# A member of a lettered or numbered series a question names: a class ("G类", "Class G", "a G-class talent") or a
# phase ("Ⅳ期", "IV期", "Phase IV", "phase 4"), each as the guide would write it ("G类", "Ⅳ期"). (I, V and X are
# numerals more than letters.)
_MEMBER_CLASS = re.compile(
    r"(?<![A-Za-z])(?P<zh>[A-HJ-UWYZ])\s*类|\b(?i:class|category)[- ]?(?P<en>[A-HJ-UWYZ])(?![\w&])|"
    r"\b(?P<pre>[A-HJ-UWYZ])[- ](?i:class|category)\b"
)
# (totals names the items of a guide's run of numerals with the same two)
ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
ROMAN_SYMBOLS = "ⅠⅡⅢⅣⅤⅥⅦⅧ"
_ROMAN_NUMERAL = r"[ⅠⅡⅢⅣⅤⅥⅦⅧ]|(?<![A-Za-z])(?:VIII|VII|VI|IV|V|III|II|I)(?![A-Za-z])"
_MEMBER_PHASE = re.compile(rf"(?P<zh>{_ROMAN_NUMERAL})\s*期|\b(?i:phase)[- ]?(?P<en>VIII|VII|VI|IV|V|III|II|I|[1-8])\b")
# A run of numerals written with its series word once ("Ⅰ、Ⅱ、Ⅲ期"): each is written.
_PHASE_RUN = re.compile(rf"((?:{_ROMAN_NUMERAL})(?:\s*[、，,和及与或至到\-—~]\s*(?:{_ROMAN_NUMERAL}))*)\s*期")


def _phase(numeral: str) -> str:
    """A phase as the guide writes it: "IV", "4" or "Ⅳ" → "Ⅳ期"."""
    if numeral.isdigit():
        numeral = ROMAN_NUMERALS[int(numeral) - 1]
    return f"{ROMAN_SYMBOLS[ROMAN_NUMERALS.index(numeral)] if numeral in ROMAN_NUMERALS else numeral}期"


_NUMERALS_ZH = "一二三四五六七八九十"
# A numbered class of talent ("七类人才", "第七类", "Class 7 talents", "category seven"): "三类企业" or "有哪七类" counts kinds.
_MEMBER_NUMBERED = re.compile(
    r"(?P<zh>[一二三四五六七八九十])类(?=(?:高层次)?人才)|第(?P<ord>[一二三四五六七八九十])类|"
    r"\b(?i:class|category)[- ](?P<en>[1-9]|one|two|three|four|five|six|seven|eight|nine|ten)\b"
)


def series_members(text: str) -> set[str]:
    """The members of lettered or numbered series ``text`` names, as the guide writes them: "Phase IV trials" →
    {"Ⅳ期"}, "G类人才" → {"G类"}, "Class 7 talents" → {"七类"}."""
    out = {f"{m.group('zh') or m.group('en') or m.group('pre')}类" for m in _MEMBER_CLASS.finditer(text)}
    for m in _MEMBER_NUMBERED.finditer(text):
        numeral = m.group("zh") or m.group("ord") or _NUMERALS_ZH[(number_word(m.group("en").lower()) or 1) - 1]
        out.add(f"{numeral}类")
    return out | {_phase(m.group("zh") or m.group("en")) for m in _MEMBER_PHASE.finditer(text)}


def asked_talent_class(text: str) -> str | None:
    """The one talent class a question names ("A-class" → "A", "Class 1" → "一", "五类人才" → "五"), or None."""
    found = {_CLASS_NUMBER_EN.get(c.lower(), c.upper()) for m in _CLASS_ASKED_EN.finditer(text) if (c := m.group(1) or m.group(2))}
    found |= {m.group(1) or m.group(2) for m in _CLASS_ASKED_ZH.finditer(text)}
    found = {_NUMERALS[int(c) - 1] if c.isdigit() else c for c in found}
    return found.pop() if len(found) == 1 else None


# A question asking which class of a talent catalogue someone is in ("算哪一类人才", "属于哪类", "which class am
# I", "which category would that put them in"), not which class a rule applies to ("哪一类以上的人才可以…").
_CLASS_ASK = re.compile(
    r"(?:算|属于|属|归|认定为?|划为|评为|定为|列为|进)[^，,。？?]{0,10}?哪(?:一|个)?(?:类|档|层次)"
    r"(?!企业|公司|项目|产品|产业|行业|业态|用地|主体|试验|临床|资金|费用|地区|园区|机构|平台)|"
    r"\b(?:which|what)\s+(?:talent\s+)?(?:class|category|tier|level)\b(?:\s+of\b[^?.;]{0,60}?)?"
    r"\s+(?:am|are|is|would|will|does|do|could|can|should)\b|"
    r"\b(?:fall|falls|put|puts|be|count|counts|qualify|qualifies|belong|belongs|rank|ranks)\b[^?.;]{0,40}?"
    r"\b(?:which|what)\s+(?:talent\s+)?(?:class|category|tier)\b|\b(?:in|into|under)\s+which\s+(?:talent\s+)?(?:class|category|tier)\b",
    re.IGNORECASE,
)
# A catalogue heading naming its class: "领军人才（C 类）", "二类人才认定标准".
_CLASS_HEADING = re.compile(r"(?:(?P<name>[\u4e00-\u9fff]{2,6}人才)\s*[（(]\s*)?(?P<letter>[A-F])\s*类|(?P<cn>[一二三四五六])\s*类人才")


# A fee asked: its amount or standard ("审查费按什么标准收", "要交评价服务费吗", "is there an application fee"),
# a charge the asker pays; not consumption (消费), taxes (税费), support paid to them (经费) or a premium (保费),
# nor fees as a matter of governance ("治理涉企收费").
_FEE_ASKED = re.compile(
    r"(?<![消税经保])费(?!用|率)[^，,。；;？?]{0,4}(?:多少|标准|怎么收|如何收|收多少|吗)|(?:要|需要|得|须)交[^，,。；;？?]{0,6}(?<![消税经保])费|"
    r"\b(?:is there an?|are there any|any|how much (?:is|are) the|what (?:is|are) the)\s+(?:[a-z-]+\s+){0,2}(?:fees?|charges?)\b",
    re.IGNORECASE,
)
# What a sentence stating a fee writes: a fee (…费, 收费, 收取) or a price (电价, 价格).
_FEE_STATED = re.compile(r"(?<![消经])费|收取|[电水气热地单售]价|价格|价位")  # (not 消费, consumption, nor 经费)


# The size of a loan asked ("能贷多少", "贷款额度多少", "the maximum startup guaranteed loan", "the size of a credit loan"),
# not what is paid on one ("贷款贴息多少", "how much loan interest subsidy").
_LOAN_ASKED = re.compile(
    r"贷款(?:额度|金额|规模|上限)(?:最高|最多)?(?:是|有|为)?多少|(?:能|可以|可|最多|最高)贷(?:款)?多少|"
    r"\b(?:how (?:much|big|large)|what(?:'s|\s+is)?(?:\s+the)?(?:\s+(?:maximum|minimum|max|largest|biggest))?"
    r"(?:\s+(?:size|amount) of(?:\s+an?|\s+the)?)?)\s+(?:[\w-]+\s+){0,3}?loans?\b(?!\s+(?:interest|subsid|discount|rate|guarantee fee))",
    re.IGNORECASE,
)
# The sizes of enterprise a provision may pay: words of whom it pays, as the kinds of recipient are.
_SIZE_WORD = re.compile(r"小微|中小微?|大中型|大型|中型|小型|微型")


# A grant asked for a recipient: "is there a rent subsidy for logistics firms?", "any award for"
_GRANT_FOR_EN = re.compile(
    r"\b(?:subsid\w*|grants?|rewards?|awards?|allowances?|bonus\w*|incentives?)\s+(?:available\s+)?for\s+"
    r"(?:(?:a|an|the|our|my|their|such)\s+)?(?P<who>[a-z][\w -]{2,40}?)"
    r"(?=\s*(?:[?,.;]|$)|\s+(?:in|at|under|from|who|that|which|if|when|to|of)\b)",
    re.IGNORECASE,
)


def _recipient_word(word: str) -> bool:
    """Is ``word`` a kind or size of recipient ("企业", "小微"), which names no programme? (A workstation does: "院士专家
    工作站" is a programme as well as what it pays.)"""
    return bool(_SIZE_WORD.fullmatch(word)) or any(kind.fullmatch(word) for name, kind in RECIPIENT_WORDS.items() if name != "workstation")


def asks_fee(text: str) -> bool:
    """Does ``text`` ask about a fee the asker pays ("评价服务费多少钱", "is there an application fee")?"""
    return bool(_FEE_ASKED.search(text))


def asks_loan(text: str) -> bool:
    """Does ``text`` ask the size of a loan ("最多能贷多少", "what's the maximum startup guaranteed loan")?"""
    return bool(_LOAN_ASKED.search(text))


def states_loan(text: str) -> bool:
    """Does a sentence state a loan's size: a loan (贷) and a sum of money, or a multiple of a limit ("贷款限额放宽到当期限额的
    2倍")? A grant ("给予 1万元一次性创业补贴") or a rate on a loan ("按照实际贷款利率 50%予以贴息") answers no size of a loan asked."""
    return "贷" in text and any(dimension_of(q.unit) in ("money", "multiple") for q in quantities(text) if q.unit)


def states_fee(text: str) -> bool:
    """Does a sentence state a fee or a price at all? One that does not answers no fee asked."""
    return bool(_FEE_STATED.search(normalise(text)))


def asks_class(text: str) -> bool:
    """Does ``text`` ask which class of a talent catalogue someone is in (not "哪类企业", a kind of business)?"""
    return bool(_CLASS_ASK.search(text)) and (not text.isascii() or bool(_TALENT_NAMED_EN.search(text)))


# The words that say an English class asked is a talent catalogue's ("which category of enterprises" is none).
_TALENT_NAMED_EN = re.compile(
    r"\b(?:talents?|catalogue|catalog|tier|class|classification|英才)\b|兴蒙|\b(?:am|are) (?:i|we)\b", re.IGNORECASE
)


def class_of_clause(clause: Clause) -> str | None:
    """The talent class a catalogue clause's headings put it in, as the guide names it ("领军人才（C类）",
    "二类人才"), the nearest heading first; None when no heading names one."""
    for heading in reversed(clause.title_path):
        if m := _CLASS_HEADING.search(heading):
            if m.group("cn"):
                return f"{m.group('cn')}类人才"
            return f"{m.group('name')}（{m.group('letter')}类）" if m.group("name") else f"{m.group('letter')}类人才"
    return None


def talent_classes(text: str) -> set[str]:
    """The talent classes a provision's sentence names, ranges and "及以上" spelled out."""
    out: set[str] = set()
    for m in CLASS_RUN.finditer(normalise(text)):
        order, run, up = (_LETTERS, m.group("run"), m.group("up")) if m.group("run") else (_NUMERALS, m.group("cn"), m.group("cnup"))
        named = [c for c in run if c in order]
        if re.search(r"[至到\-—~]", run) and len(named) == 2:
            named = list(order[order.index(named[0]) : order.index(named[1]) + 1])
        if up:
            named += list(order[: order.index(max(named, key=order.index)) + 1])
        out |= set(named)
    return out


# A key word of three or more characters also counts as stated by the longer name it shortens,
# its characters in order within this many times its length ("高新区" in "高新技术产业开发区").
ABBREVIATION_SPREAD = 4


# What may stand before a compound's head without making another compound of it ("的所得税", "、工资").
_NOT_A_MODIFIER = re.compile(r"[^\u4e00-\u9fff]|[的和及与或等之、]")


_USE_OF = re.compile(r"用([电水气热])")
# A key naming one lettered or numbered class of talent ("E类", "四类": stated by "三至六类人才领衔的团队" too).
_LETTER_CLASS = re.compile(r"[A-Fa-f一二三四五六]类")


# Who leads, asked ("哪个部门牵头", "which agencies lead…"), and the units a bracket names as leading ("牵头单位:市能源局;").
_LEAD_ASKED = re.compile(r"牵头|\blead(?:s|ing)?\b|\bspearhead", re.IGNORECASE)
_LEAD_UNITS = re.compile(r"牵头(?:单位|部门)\s*[:：]\s*(?P<units>[^;；:：)）〕]+)")
# What a thing is, asked ("具体是什么标准", "指什么", "what exactly is meant by", "what counts as"), and a sentence saying
# what a thing is ("（即…）", "是指", "指的是").
_DEFINITION_ASKED = re.compile(r"(?:具体)?是(?:个)?什么(?:标准|意思|概念)|指(?:的是)?什么|什么是|什么叫|具体指|"
                               r"\bwhat (?:exactly )?(?:is|are) (?:meant by|the definition)|\bwhat counts as\b|"
                               r"\bhow is\b[^?]{0,60}\bdefined\b|\bwhat does\b[^?]{0,60}\bmean\b", re.IGNORECASE)
_DEFINES = re.compile(r"[（(]\s*即|即[^，,。；;]{2,}|是指|指的是|主要指|系指")
# How much more a sentence saying what a thing is weighs, of a part asking that.
DEFINITION_BONUS = 2.0


def _defining(text: str) -> float:
    return DEFINITION_BONUS if _DEFINES.search(text) else 1.0


# A rent asked by the month ("monthly rent", "每月租金多少", "rent per month").
_MONTHLY_RENT_ASKED = re.compile(r"(?:每个?月|按月)[^，,？?]{0,6}租|月租|租金[^，,？?]{0,6}(?:每个?月|按月)|"
                            r"\bmonthly\s+(?:rent|rental|lease)|\b(?:rent|rental|lease)\b[^?]{0,30}\b(?:per|a|each|every)\s+month\b",
                            re.IGNORECASE)
# A year a clause writes ("自 2021 年 1 月 1 日起停止执行"): a clause writing one dates itself.
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d{2}\s*年")
# The words naming a measure, which a figure in its units states ("100㎡" states a 面积).
_MEASURE_NAMES = {"面积": "area", "重量": "weight", "体积": "volume", "长度": "length"}
# Land, which an area states when how much of it is asked ("how much land…": "生态建设 25 万亩").
_LAND = frozenset({"土地", "用地"})


def _measured_aspect(aspect: Sequence[str], found: Sequence[Quantity]) -> bool:
    """Is the thing ``aspect`` names measured by a figure of ``found`` (land by an area, a 面积 by its unit)?"""
    measures = {"area" if word in _LAND else _MEASURE_NAMES.get(word) for word in aspect} - {None}
    return any(dimension_of(q.unit) in measures for q in found)


def clause_states_key(clause: Clause, keys: Iterable[str], compounds: dict[str, str]) -> bool:
    """Does ``clause``, in its text or its headings, state one of ``keys`` (each with its compound's start, see
    :func:`states_key`)?"""
    said = f"{clause.text} {' '.join(clause.title_path)}"
    return any(states_key(said, k, compounds.get(k)) for k in keys)


def states_key(text: str, key: str, modifier: str | None = None) -> bool:
    """Does ``text`` state ``key``? A key standing for a compound the guide never writes
    ("个人所得税" → 所得税, ``modifier`` 个人) is stated by the compound, or by the head alone, but
    not by another compound of it ("企业所得税", "项目工资"): that names something else."""
    if (measure := _MEASURE_NAMES.get(key)) is not None and any(dimension_of(q.unit) == measure for q in quantities(text)):
        return True  # "(住房)面积多大" of "提供不超过100㎡的限价住房": a measure is stated by a figure in it
    if not modifier:
        # "用电" (the use of electricity) is what a heading "电价" prices ("5.电价 › 居民")
        use = _USE_OF.fullmatch(key)
        if mentions(text, key) or bool(use and mentions(text, f"{use.group(1)}价")):
            return True
        # a lettered class ("E类") is stated by a run of classes naming it ("急需紧缺 E、F 类人才", "D类及以上")
        return bool(_LETTER_CLASS.fullmatch(key)) and key[0].upper() in talent_classes(text)
    squashed = "".join(text.split())
    if modifier + key in squashed:
        return True
    at = (m.start() for m in re.finditer(f"(?={re.escape(key)})", squashed))  # every place, overlapping ones too
    return any(i == 0 or _NOT_A_MODIFIER.match(squashed[i - 1]) for i in at)


def mentions(text: str, word: str, pairs: bool = False) -> bool:
    """Does ``text`` state ``word``, or a longer name that ``word`` abbreviates? With ``pairs`` a
    word of two characters abbreviates one of three ("保费" in "保险费": the figure asked of). The
    spaces the guide writes beside a letter or a digit ("B 类及以上") part no word."""
    if word in text:
        return True
    if " " in text:
        text = "".join(text.split())
        if word in text:
            return True
    if len(word) == 2 and pairs:
        return bool(re.search(f"{re.escape(word[0])}[^，,。；;：:]{re.escape(word[1])}", text))
    if len(word) < 3:
        return False
    pattern = "[^，,。；;：:]*?".join(map(re.escape, word))
    return any(len(m.group(0)) <= ABBREVIATION_SPREAD * len(word) for m in re.finditer(pattern, text))


@dataclass
class Evidence:
    """A provision (sentence, or ；-tier) of a retrieved clause, scored for one part."""

    clause: Clause
    rank: int
    sentence: Sentence
    score: float
    coverage: float
    figures: list[Quantity]
    named: float = 1.0  # how much of its clause's label the question names
    goes_on_from: str = ""  # the sentence a "其中，…" provision goes on from, which says what it is of


@dataclass
class PartAnswer:
    part: Part
    answered: bool
    line: str = ""  # the direct line, markers included
    quotes: list[tuple[Clause, Sentence]] = field(default_factory=list)  # supporting quotes under the direct lines
    sources: list[tuple[Clause, Sentence | None]] = field(default_factory=list)  # what the direct line rests on (span to highlight)
    topics: list[str] = field(default_factory=list)  # nearest covered topics, when unanswered
    coverage: float = 0.0


class Composer:
    """Builds the extractive answer of a parsed question from the clauses retrieved per part."""

    def __init__(
        self,
        tokenize: Tokenize,
        keyword: KeywordIndex,
        today: date,
        texts: Sequence[str] = (),
        english_groups: Callable[[str], list[list[str]]] | None = None,
        clauses: Sequence[Clause] = (),
    ):
        self.tokenize = tokenize
        self.keyword = keyword
        self.clauses = clauses  # the whole guide's, where one document cites another's number
        self._compact: list[str] = []  # their texts without whitespace, made once on first use (see number_cited)
        self.english_groups = english_groups  # an English text's words, each as its guide words
        self.today = today
        self._texts = "\n".join(texts)  # the guide's clauses and headings, for how often a word occurs
        self._frequency: dict[str, int] = {}
        self._written: dict[str, int] = {}  # see written()
        self._whole: dict[str, int] = {}  # see _written_whole()
        self._segmenter = None
        self._series_written: set[str] | None = None  # see unwritten_members()
        self._definitions: dict[str, Clause] | None = None  # see definitions()

    def frequency(self, word: str) -> int:
        """How many times the guide writes ``word`` as a word of its own (the guide segmented with
        the same tokenizer once, on first use): "能领" inside "可能领先" does not count."""
        if not self._frequency:
            self._segment("")
            counts: dict[str, int] = {}
            for token in self._segmenter.tokenizer.cut(self._texts):  # type: ignore[union-attr]
                counts[token] = counts.get(token, 0) + 1
            self._frequency = counts
        return self._frequency.get(word, 0)

    def rarely_written(self, word: str) -> bool:
        """Does the guide write ``word``, and rarely (as a word of its own, or else inside longer ones: 租房补贴,
        which the tokenizer cuts in two)?"""
        return 0 < (self.frequency(word) or self.written(word)) <= KEY_MAX_FREQUENCY

    def written(self, text: str) -> int:
        """How many times the guide writes ``text`` anywhere, inside longer words too (技术创新中心,
        which the tokenizer cuts in two, or a quoted name): a scan of the whole guide, so remembered."""
        if text not in self._written:
            self._written[text] = self._texts.count(text)
        return self._written[text]

    def _segment(self, text: str) -> list[tuple[str, str]]:
        """Words of ``text`` with their part-of-speech tags (jieba)."""
        if self._segmenter is None:
            import jieba
            import jieba.posseg

            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            # "一次性能补助多少": 一次性 and a modal 能, not 一次 and 性能 (which the dictionary ranks higher)
            tokenizer.add_word("一次性", freq=2000, tag="b")
            self._segmenter = jieba.posseg.POSTokenizer(tokenizer)
        return [(pair.word, pair.flag) for pair in self._segmenter.cut(text)]

    # --- weights -------------------------------------------------------------------------

    def part_terms(self, part: Part, question: Question) -> QuestionTerms:
        """The part's subject words at full weight; the rest of the message (and the question a
        follow-up follows) at a lower weight, as context. The guide's own places are its scope,
        not a subject, and are left out."""
        focus, rest = part.focus
        groups = self.english_groups(HOME.sub(" ", focus)) if question.lang == "en" and self.english_groups else None
        # an English word's several guide words are alternatives, counted once (see QuestionTerms)
        named = focus if groups is not None else f"{focus} {' '.join(part.terms)}"
        own = self._tokens(HOME.sub(" ", named))
        context = self._tokens(HOME.sub(" ", f"{rest} {question.text if question.multi_part or question.follow_up else ''}"))
        if question.multi_part and question.lang == "zh":
            # a later part asking the same of another thing ("…呢？") names that thing, no context of this one ("光伏新材料…
            # 上限提到多少？单晶硅多晶硅企业呢？": 单晶硅 is the second part's; "面积多大、每年几套？" asks more of the same
            # thing, and a list's items share the noun its last one names, "国家和自治区级新型工业化产业示范基地各奖多少")
            later = [p for p in question.parts[next((i for i, p in enumerate(question.parts) if p is part), len(question.parts)) + 1 :]
                     if p.slot == part.slot and _ASKED_AGAIN_ZH.search(p.text)]
            theirs = set(self._tokens(HOME.sub(" ", " ".join(p.focus[0] for p in later)))) - set(own) - set(self._tokens(rest))
            context = [t for t in context if t not in theirs]
        if question.lang == "en":  # "of", "the", "a": English function words the guide happens to write name nothing
            own, context = [t for t in own if not is_function_word(t)], [t for t in context if not is_function_word(t)]
        terms = QuestionTerms(own, context, self.keyword)
        # a list asked of named things ("which large coal bases does…"): the words naming them weigh more
        # than those of where they are asked of (the document, the region)
        head = asked_head_en(part.text) if groups and part.slot == "list" else ""
        heads = self.english_groups(head) if head else []
        for group in groups or ():
            terms.add_alternatives([self._tokens(term) for term in group], HEAD_WEIGHT if group in heads else 1.0)
        if question.lang == "zh":
            terms.keys = self.key_words(HOME.sub(" ", focus), terms.compounds)
            context_keys: set[str] = set()
            # (asked after it, "年交易量要到多少", or before it, "给…多少工业用水量")
            measured = {k for k in terms.keys if _MEASURE_END.search(k)
                        and any(_ASKED_NEXT.match(part.text, m.end()) or _ASKED_BEFORE.search(part.text, 0, m.start())
                                for m in re.finditer(re.escape(k), part.text))}
            if measured:
                # "年交易量要到多少才能拿补贴": the measure asked, which a provision states in its own words
                # ("对新建年交易农畜产品 10 万吨以上的…"): the words around it name the provision
                blanked = HOME.sub(" ", focus)
                for word in measured:
                    blanked = blanked.replace(word, " ")
                terms.keys = self.key_words(blanked, terms.compounds)
            if not terms.keys and part.slot in FIGURE_SLOTS and rest.strip():
                # "新建一个行业性创意设计园区，政府给多少奖补？": asking words that name nothing rare ask of
                # what the words before them name; any of their rare words will do (the asker's own
                # words, "带团队去参加…", stand beside the subject's)
                context_keys = self.key_words(HOME.sub(" ", rest), terms.compounds, limit=CONTEXT_KEY_WORDS)
                # (of which the rarest: "争取中欧班列增加开行计划" is asked of 中欧班列, not of any 计划)
                rarest = self._rarest(context_keys, rest)[:CONTEXT_KEYS_USED]
                # (words ending in the figure asked, "青年科技人员承担自治区重点研发项目的比例，要提高到多少", name what it
                # is of: no situation of the asker's, their one rare word is the subject's)
                least = 1 if _FIGURE_NAMED_END.search(rest) else CONTEXT_KEYS_MIN
                terms.keys = set(rarest) if len(context_keys) >= least else set()
            if part.slot in FIGURE_SLOTS and rest.strip() and (terms.keys - context_keys
                                                               or (part.slot in ("amount", "count") and not terms.keys)):
                # "低空飞行器企业落户伊金霍洛旗，旗里一次性给多少万元落户奖励": the asking words name the award
                # (落户); the words before them name whose it is, and a provision paying another's is no answer
                # (not the asker's own words: "我们公司同时新认定了…", a kind of recipient any provision may pay);
                # so do they when the asking words ask for money and name nothing, and those before them have too few
                # rare words to be keys ("…安排的年度免费体检，每人标准是多少钱？": a provision paying no 体检 is no
                # answer; a time or a period asked, "一般是每年几月第几周", is asked of the words before it more loosely)
                situation = " ".join(ASKER.sub("", s) for s in re.split(r"[，,\s]+", HOME.sub(" ", rest)))
                # (nor where the asker comes from: "从外地新引进的…", a place being scope, as the guide's own are)
                terms.subject = {w for w in self.key_words(situation, limit=CONTEXT_KEY_WORDS) - terms.keys
                                 if not _recipient_word(w) and not _RELATIVE_PLACE.fullmatch(w) and not _SCOPE_WORD.fullmatch(w)}
            if part.slot == "percentage" and len(terms.keys) >= 2:
                # "知识产权质押贷款，政府贴息比例是多少？": a rate is that of the thing the keys of one unbroken run of the
                # question name together; a provision stating one of them only ("…贷款年贴息率为 2.2%" of rural loans)
                # sets another thing's rate (an amount or a count is asked more loosely: "机关事业单位用水" is priced
                # under 非居民用水)
                whole = [k for k in terms.keys if not any(k != o and k in o for o in terms.keys)]
                terms.together = [run_keys for run in _CJK_RUN.findall(HOME.sub(" ", f"{focus} {rest}"))
                                  if len(run_keys := {k for k in whole if k in run}) >= 2]
            if terms.keys:  # the guide's word for a caller's word ("电费" → 电价) states it too
                terms.keys |= set(part.terms)
            if part.slot in FIGURE_SLOTS:
                word = self.asked_word(part.text)
                # (a measure asked is stated in its unit, "年交易…10 万吨": its stem, 交易, is what is stated)
                if word in measured:
                    word = word[:-1] if len(word) >= 3 else None
                terms.aspect = (word, *guide_terms(word)) if word else ()  # "博士生": the guide writes 博士
                if terms.keys and terms.keys <= set(terms.aspect) and not terms.subject:
                    # "…信用保证基金的担保费率是多少": the rarest word is the figure asked (费率), which any
                    # provision stating such a figure writes; the next rarest says whose it is (粮食)
                    # (a kind or size of recipient, "小微企业", says whom any such provision pays, not whose figure it is)
                    subject = self.key_words(HOME.sub(" ", focus).replace(word or "", " "), limit=ASPECT_SUBJECT_WORDS + 1)
                    terms.subject = set(self._rarest({w for w in subject if not _recipient_word(w)}, focus)[:ASPECT_SUBJECT_WORDS])
        else:
            # (a part pointing back that names a thing of its own asks of that thing: "what does water cost for
            # them?" is no gas price, whatever the part before named)
            # (the document a question is put under, "Under Inner Mongolia's measures for the dairy industry, what…",
            # says where the answer is, not what: a provision of it need not write its title's words)
            under = _UNDER_DOCUMENT_EN.match(question.text)
            scope = frozenset(t for _, group in default_glossary().groups(under.group(0)) for t in group) if under else frozenset()
            own_words = part.own or focus
            terms.keys = self.key_group_en(HOME.sub(" ", own_words), scope=scope)
            if (apart := _asides_apart(own_words, part.text)) != own_words:
                # (a name a bracketed remark interrupts, "reclaimed (recycled) water", is read without it too)
                terms.keys |= self.key_group_en(HOME.sub(" ", apart), scope=scope)
            if terms.keys and part.slot in ("amount", "percentage") and all(_FEE_OR_RATE.search(k) for k in terms.keys):
                # "What guarantee fee rate does the … grain purchase loan credit guarantee fund charge?": the rarest
                # phrase is the kind of figure asked (担保费率), which every provision stating one writes; the next
                # says whose it is, as in Chinese
                terms.subject = self.key_group_en(HOME.sub(" ", focus), besides=frozenset(terms.keys), limit=ASPECT_SUBJECT_WORDS)
            if quoted := " ".join(_CJK_WORD.findall(DOC_NUMBER.sub(" ", HOME.sub(" ", focus)))):
                # the guide's own words the asker quotes ("'政录企用' scheme") name the provision asked;
                # a document number quoted ("under 内政办发〔2022〕19号") names where, not what
                terms.keys |= self.key_words(quoted, terms.compounds)
            for name in _QUOTED_NAME_EN.findall(part.text):
                # a name the asker quotes in English ("Ordos's 'Keji Xingmeng' measures") is a name: its glossary phrase
                # is counted where the guide writes it (科技兴蒙, which the tokenizer cuts in two), however short
                terms.keys |= {t for _, group in default_glossary().groups(name) if len(group) == 1
                               for t in group if 0 < self.written(t) <= KEY_MAX_FREQUENCY and len(t) >= NAMING_SENSE_CHARS}
            if part.slot in FIGURE_SLOTS:
                terms.aspect = self.asked_word_en(part.text)
        if part.slot in FIGURE_SLOTS and _SURCHARGE_ASKED.search(part.text):
            terms.aspect = _SURCHARGE_WORDS  # a charge on top is stated as one: the price itself does not answer it
        return terms

    def _rarest(self, words: set[str], text: str) -> list[str]:
        """``words`` rarest first in the guide; of equally rare ones, the one ``text`` names first (a set's own order
        would differ from run to run)."""
        return sorted(words, key=lambda w: (self.frequency(w), text.find(w) if w in text else len(text), w))

    def key_group_en(self, text: str, besides: frozenset[str] = frozenset(), limit: int = KEY_WORDS,
                     scope: frozenset[str] = frozenset()) -> set[str]:
        """The English counterpart of :meth:`key_words`: the guide words of the curated glossary's
        phrase of two words or more ("frozen semen" → 冻精, "data centre" → 数据中心) whose guide
        words are all rare; a provision must state one of them. Single words are no key: their
        senses (return → 退回, listed → 挂牌) too often are not the asker's; a unit ("billion yuan" →
        亿元) names no provision. With ``besides`` (a key already read), the ``limit`` rarest other
        words, a single word among them when every sense is a long guide word ("drone" → 无人机). The guide
        words of ``scope`` (the document a question is put under) are no key."""
        scored = []
        for phrase, group in default_glossary().groups(text):
            if set(group) & scope:
                continue
            if phrase and phrase[-1].lower() in _EN_FIGURE_WORDS:
                continue  # "tax rate", "land price": the kind of figure asked, not which provision
            if group and all(_PAYER.fullmatch(t) for t in group):
                continue  # "the central government" (中央财政) says who pays, as in Chinese
            if _says_how_paid(group):
                continue  # "one-off" (一次性) says how it is paid, not which provision pays it
            if set(group) & besides:
                continue  # (the key already read, when the words besides it are asked for)
            # besides a key, a single word whose every sense is a long guide word says whose figure it is
            # ("drone" → 无人机), as the glossary renders such words
            single = bool(besides) and len(phrase) == 1 and bool(group) and min(map(len, group)) >= NAMING_SENSE_CHARS
            # a long word of one sense the guide writes a few times only is a term, not a word of many senses
            # ("brucellosis" → 布病): a key on its own
            single = single or (len(phrase) == 1 and len(phrase[0]) >= TERM_LETTERS and len(group) == 1
                                and 0 < self.frequency(group[0]) <= TERM_MAX_FREQUENCY)
            if phrase and phrase[0].lower() in _EN_PER_WORDS:
                continue  # "per year" (每年), "each mu": per what, not which provision, as 每 in Chinese
            known = [f for f in (self.frequency(t) for t in group) if f > 0]
            if not known and (len(phrase) >= LONG_PHRASE_WORDS or single):
                # a name of three words or more ("technology innovation centre" → 技术创新中心) whose guide word
                # the tokenizer cuts in two is counted where the guide writes it
                known = [f for f in (self.written(t) for t in group) if f > 0]
            if (len(phrase) >= 2 or single) and known and max(known) <= KEY_MAX_FREQUENCY and not any(unit_named(t) for t in group):
                scored.append((max(known), tuple(group)))
        return {t for _, group in sorted(scored)[:limit] for t in group}

    def key_words(self, text: str, compounds: dict[str, str] | None = None, limit: int = KEY_WORDS) -> set[str]:
        """The rarest words of the guide that ``text`` uses, if it uses any uncommon one: a
        provision must state one of them to answer it. Whole words (jieba), so no pair of
        characters across two words counts; common words (补贴, 企业) make no key. A head standing
        for a compound the guide never writes is noted in ``compounds`` with the compound's start."""
        words: set[str] = set()
        heads: dict[str, str] = {}
        said = ""
        for word, flag in self._joined(self._segment(text)):
            before, said = said, said + word
            if _ACRONYM.fullmatch(word) and self.frequency(word):
                words.add(word)  # "GAP", "LPR": a name the guide writes in Latin letters
                continue
            if _EACH_COUNTED.search(before):
                continue  # "每条生产线": what is paid per, as 每吨 and 每亩, not which provision pays
            if (len(word) < 2 or not _CJK_WORD.fullmatch(word) or flag[:1] not in _NAMING_TAGS or word[0] == "每"
                    or _PAYER.fullmatch(word) or word in _FIGURE_WORDS or _COUNTED_POINTER.fullmatch(word) or word in _ASKER_ACTS):
                continue  # "每吨", "每亩" say per what, not which provision; "财政" says who pays; "目标" a kind of figure
            if self.frequency(word) and _EXTREME.match(word):
                continue  # "最高奖多少": which end of the figure is asked (最高奖补), not which provision
            if self.frequency(word) == 0 and _ASKED_FIGURE_ZH.search(word):
                continue  # "多长时间" asks; its 时间 names no provision
            if self.frequency(word) == 0:
                # a compound the guide never writes ("最低工资"): its head, the last part the guide
                # does write, stands for it ("工资"); a word with no such part is no guide word at all
                inner = [w for w in self._search_words(word) if w != word and len(w) >= 2 and self.frequency(w)]
                if not inner:
                    continue
                compound = word
                word = max(inner, key=word.rfind)
                start = compound[: -len(word)] if compound.endswith(word) else ""
                if start and start not in _PREPOSITIONS_ZH:  # "在城镇" is 城镇 where, no compound of it
                    heads[word] = start
            words.add(word)
        known = sorted((f, w) for f, w in ((self.frequency(w), w) for w in words) if f <= KEY_MAX_FREQUENCY)
        keys = {w for _, w in known[:limit]} or self._cut_names(text, limit)
        if compounds is not None:
            compounds.update({w: heads[w] for w in keys if w in heads})
        # a name the question quotes as the guide writes it ("“十万青年聚暖城计划”", "“暖城人才周”") is one
        # too, when the guide writes it rarely
        keys |= {name for name in _QUOTED.findall(text) if 0 < self.written(name) <= KEY_MAX_FREQUENCY}
        return keys

    def _joined(self, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """``words`` with two single characters the guide never writes alone made one noun, when the guide writes the two
        as a word of its own: the tagger cuts "瞪羚企业" into 瞪 and 羚, a name the guide writes whole ("“瞪羚”企业")."""
        out: list[tuple[str, str]] = []
        for word, flag in words:
            if out and len(word) == 1 and len(out[-1][0]) == 1 and _CJK_WORD.fullmatch(out[-1][0] + word) \
                    and not self.frequency(word) and not self.frequency(out[-1][0]) and self.frequency(out[-1][0] + word):
                out[-1] = (out[-1][0] + word, "n")
                continue
            out.append((word, flag))
        return out

    def _cut_names(self, text: str, limit: int) -> set[str]:
        """The guide's rare compounds the tokenizer cuts apart, when ``text`` has no key word of its own:
        a word and the one-character noun written on to it ("海外" + "仓" → 海外仓, "充电" + "桩" →
        充电桩), kept when the guide writes the join rarely and that character stands alone mostly
        inside the join (奖, 内, 户 stand in countless other places)."""
        joins: set[str] = set()
        for (first, first_tag), (second, tag) in itertools.pairwise(self._segment(text)):
            # (not after an adverb or a number: "一次性奖多少", "第一档" say how and which, not what)
            if (len(first) >= 2 and len(second) == 1 and _CJK_WORD.fullmatch(first + second) and tag[:1] in "nq"
                    and first_tag[:1] not in "dm"
                    and second not in _CLASSIFIERS and not _PAYER.fullmatch(first)):
                joins.add(first + second)
        known = sorted(
            (n, w) for n, w in ((self._written_whole(w), w) for w in joins)
            if 0 < n <= KEY_MAX_FREQUENCY and 2 * n >= self.frequency(w[-1])
        )
        return {w for _, w in known[:limit]}

    def _written_whole(self, join: str) -> int:
        """How many times the guide writes ``join`` ending where a word ends: "海外仓建设" does, while
        "人才培养成效" writes no 人才培养成 (its 成 begins 成效)."""
        if join not in self._whole:
            self._segment("")  # loads the segmenter
            count, start = 0, self._texts.find(join)
            while start >= 0:
                ends, at = set(), start
                for token in self._segmenter.tokenizer.cut(self._texts[start : start + len(join) + 3]):  # type: ignore[union-attr]
                    at += len(token)
                    ends.add(at - start)
                count += len(join) in ends
                start = self._texts.find(join, start + 1)
            self._whole[join] = count
        return self._whole[join]

    def asked_word(self, text: str) -> str | None:
        """The word a figure is asked of: the head of the nouns right after 多少 ("多少禁牧补助" →
        补助), or what is done after 多久 ("多久能办入职" → 入职), or else the word before 多少/几/多久
        in the same clause ("公示多少天" → 公示, "贴息最多多少" → 贴息); only when the guide writes it,
        and not often: a provision that does not state it
        gives some other figure. A caller's own word (none in the guide), a common one (补贴), a
        per-unit word (每吨) or a word naming a kind of figure (上限) is no such word; a fee the guide never
        names, by any of its ways of writing it, is ("接驳费是多少": no provision states one)."""
        matches = list(_ASKED_FIGURE_ZH.finditer(text))
        if not matches:
            return None
        m = matches[-1]

        def usable(word: str, flag: str) -> bool:
            named = (len(word) >= 2 and bool(_CJK_WORD.fullmatch(word)) and word[0] not in "每一" and word not in _FIGURE_WORDS
                     and word not in _MEASURE_NAMES)  # ("面积最大多少": the measure asked, which its figure states)
            return named and not _PAYER.fullmatch(word) and (  # "保费财政补多少": 财政 says who pays
                flag[:1] in "nj" or flag == "vn" or (flag[:1] == "v" and word not in _COMPLEMENTS)
            )

        def rare(word: str) -> str | None:
            if _MEASURE_NOUN.search(word) and not self.written(word) and not guide_terms(word):
                return word  # "按多少征收率", "峰谷价差多少": a rate the guide never names is one no provision states
            return word if 0 < self.frequency(word) <= KEY_MAX_FREQUENCY else None

        if fee := self._unnamed_fee(text[: m.start()]):
            return fee  # "开户费或接驳费是多少": a fee the guide never names is one no provision states

        # "能拿多少禁牧补助": the thing asked follows 多少, and is the head of the nouns there (补助,
        # common: no such word); "公示多少天": it goes before, in the same clause
        after = _AFTER_ASK.sub("", re.split(r"[，,。？?！!；;]", text[m.end() :], maxsplit=1)[0])
        if m.group(0) in ("多久", "多长时间"):
            # "多久能办入职": how long until what the words after it do (入职); "公示多久": before it
            segmented = self._segment(_QUANTITY_WORDS.sub(" ", after))
            if any(w in _FIGURE_WORDS for w, _ in segmented):
                return None  # "多长时间完成目标": meeting a target (a kind of figure) is no act of its own
            done = [w for w, f in segmented if usable(w, f)]
            if done:
                return rare(done[-1])
        run: list[tuple[str, str]] = []
        for word, flag in self._segment(_QUANTITY_WORDS.sub(" ", after)):
            if not word.strip():
                continue
            if not (flag[:1] in "njb" or flag == "vn"):
                break
            run.append((word, flag))
        if run:
            return rare(run[-1][0]) if usable(*run[-1]) else None
        before = re.split(r"[，,。？?！!；;：:]", text[max(0, m.start() - 12) : m.start()])[-1]
        words = [w for w, f in self._segment(_ASK_FILLER.sub("", _QUANTITY_WORDS.sub(" ", before))) if usable(w, f)]
        return rare(words[-1]) if words else None

    def _unnamed_fee(self, before: str) -> str | None:
        """The fee a question asks of just before 多少, when the guide never writes it, nor its last two
        characters ("接驳费", "驳费"), nor any of the guide's words for either ("电费" is 电价, "保费" is written)."""
        clause = re.split(r"[，,。？?！!；;：:]", before)[-1]
        found = list(_FEE_ZH.finditer(clause))
        if not found:
            return None
        word = found[-1].group(0)[-3:]
        pair = word[-2:]
        unnamed = not self.written(word) and not self.written(pair) and not guide_terms(word) and not guide_terms(pair)
        return word if unnamed else None

    def _unnamed_fee_en(self, text: str) -> str | None:
        """The fee an English question names ("an application fee", "connection fees"), in the guide's
        words for what it is for and 费, when the guide writes none of them ("申请费", "申报费") nor names
        the fee itself (a glossary entry for the whole: "guarantee fee" → 担保费)."""
        found = list(_FEE_EN.finditer(text))
        if not found:
            return None
        what = found[-1].group(1).lower()
        glossary = default_glossary()
        if what in ENGLISH_STOP_WORDS or what in _EN_FEE_KINDS:
            return None
        if any(len(p) > 1 and p[-1] in ("fee", "fees", "charge", "charges") for p, _ in glossary.groups(text)):
            return None  # "the sewage treatment fee": a fee the glossary names whole (污水处理费)
        words = [w for _, group in glossary.groups(what) for w in group if _CJK_WORD.fullmatch(w)]
        fees = [f"{w}费" for w in words]
        if not fees or any(self.written(f) or guide_terms(f) for f in fees):
            return None
        return fees[0]

    def asked_word_en(self, text: str) -> tuple[str, ...]:
        """The guide's words for the noun an English figure is asked of: the last word of the noun
        phrase after "how much" / "what is the" ("what is the registration fee for…" → fee → its
        guide words in the glossary), or what it is paid per ("per …", a unit aside), under the
        same rule as :meth:`asked_word`: only when every guide word for it is written, and rarely
        (a common one, like 补贴 for "subsidy", makes no such word)."""
        if fee := self._unnamed_fee_en(text):
            return (fee,)  # "is there an application fee…": a fee the guide never names
        m = _ASKED_FIGURE_EN.search(text)
        kind = _ASKED_KIND_EN.search(text) if m is None else None
        asked = m or kind
        if asked is None:
            return self._asked_award_en(text)
        phrase: list[str] = []
        for word in re.findall(r"[A-Za-z][A-Za-z-]*", kind.group(1) if kind else text[asked.end() :]):
            if word.lower() in _EN_PHRASE_ENDS:
                break
            phrase.append(word.lower())
        phrase = [w for w in phrase if w not in _EN_DETERMINERS | _EN_JOINS]  # "how many A and B clusters": the head is last
        while phrase and len(phrase[-1]) > 4 and phrase[-1].endswith(("ed", "ing")):
            phrase.pop()  # "the minimum capital required": the participle after the noun names nothing
        nouns = [phrase[-1]] if phrase and phrase[-1] not in _EN_FIGURE_WORDS else []
        for size in (3, 2):
            # "permanent residents", "sewage treatment fee": one word of the glossary (常住人口, 污水处理费), not its last
            if nouns and len(phrase) >= size and len(default_glossary().groups(" ".join(phrase[-size:]))) == 1:
                nouns = [" ".join(phrase[-size:])]
                break
        if phrase and not nouns and len(phrase) >= 2 and phrase[-2] not in _EN_FIGURE_WORDS:
            # "what is the VAT rate": a kind of figure is asked of the noun before it (增值税)
            nouns = [phrase[-2]]
        # "what is the subsidy per container?": what it is paid per names the figure as well
        nouns += [w.lower() for w in _PER_EN.findall(text[asked.end() :]) if w.lower() not in _EN_FIGURE_WORDS | _EN_PER_UNITS
                  and unit_named(w.lower()) is None]  # "per mu", "per head": a unit, stated by the figure's own
        for noun in nouns:
            # the curated glossary's words only: a general dictionary's senses ("straw" → 秸秆 for a
            # straw of semen, "site" → 所在地) would make a provision that answers seem silent
            groups = [found for _, found in default_glossary().groups(noun)]
            words = tuple(dict.fromkeys(w for group in groups[-1:] for w in group if _CJK_WORD.fullmatch(w)))
            if words and all(0 < self.frequency(w) <= KEY_MAX_FREQUENCY for w in words):
                return words
        return ()

    def _asked_award_en(self, text: str) -> tuple[str, ...]:
        """The guide's words for an award an English question names after a bare "what" ("what rent subsidy does…" →
        租房补贴), when the glossary names the whole award and the guide writes it, rarely (a guide word the tokenizer
        cuts in two counts where the guide writes it whole); () otherwise."""
        m = _ASKED_AWARD_EN.search(text)
        if m is None:
            return ()
        groups = default_glossary().groups(m.group(1).lower())
        if len(groups) != 1 or len(groups[0][0]) < 2:
            return ()  # (an award named by one word of the glossary and another left in English is not named whole)
        words = tuple(dict.fromkeys(w for w in groups[0][1] if _CJK_WORD.fullmatch(w)))
        return words if words and all(self.rarely_written(w) for w in words) else ()

    def _search_words(self, word: str) -> list[str]:
        self._segment("")  # loads the segmenter
        return list(self._segmenter.tokenizer.cut_for_search(word))  # type: ignore[union-attr]

    def coverage(self, terms: QuestionTerms, text: str) -> float:
        total = terms.total
        return terms.overlap(self.tokenize(text)) / total if total else 0.0

    # --- parts ---------------------------------------------------------------------------

    def answer_in_clause(self, part: Part, question: Question, clause: Clause, subject: Part | None = None,
                         subject_sentence: Sentence | None = None) -> PartAnswer:
        """A later figure part of one question ("保费多少？养殖户自己掏多少？") answered from the
        clause that answered the part before it: the subject is shared, so no key word or
        coverage floor is asked of it, only a figure of the asked kind. Given that part
        (``subject``), a part naming nothing of its own asks of that part's keys: "“暖城人才周”…有补贴吗？
        补多少？" is not answered by another provision of the clause ("设立“暖才”补贴金…"); the sentence that
        answered it (``subject_sentence``) is about them, whatever words it writes them in."""
        terms = self.part_terms(part, question)
        named = self.part_terms(subject, question) if subject is not None else None
        terms.keys, terms.aspect = set(), ()
        if own := self._own_keys(part, question):
            # what the part names of its own is what the clause's figure answering it is about, when the clause states
            # it: "How big is the green industry development fund…, and how many China Top 500 companies has it
            # attracted?" is "12 家中国 500 强企业", not the "289 个" counties of the sentence the fund is in
            answer = self._figure(part, question, [clause], terms, floor=0.0, stating=own)
            if answer.answered:
                return answer  # (it names a thing of its own: no subject's keys are asked of it)
        answer = self._figure(part, question, [clause], terms, floor=0.0)
        if (named is not None and named.keys and answer.answered and answer.sources and (found := answer.sources[0][1]) is not None
                and self.names_nothing(part.focus[0])
                and not (subject_sentence is not None and found.start < subject_sentence.end and subject_sentence.start < found.end)):
            # the subject is stated by the provision's whole sentence, the one before it, its item's
            # title, headings or document ("对新批准成立的院士专家工作站，…；建站后，…每年给予最高 50 万元运行补贴")
            said = " ".join([_with_before(clause, answer.sources[0][1]), *_ITEM_TITLE.findall(clause.text)[:1],
                             *clause.title_path[-2:], clause.doc_title or ""])
            if not any(states_key(said, k, named.compounds.get(k)) for k in named.keys):
                return self.unanswered(part, [clause])
        return answer

    def follows_on(self, part: Part, question: Question, clause: Clause, found: Sequence[Clause]) -> bool:
        """Is ``part`` a figure asked of the provision the part before it was answered from
        (``clause``)? So it is when it points back, names nothing of its own ("最多能拿多少？",
        "连续支持几年？": no uncommon word of the guide) or names words that provision states as well
        as any clause found for it, and names no other policy level."""
        if part.slot not in FIGURE_SLOTS or part is question.parts[0] or (part.item and not ONE_OF_THEM_EN.search(part.text)):
            return False  # an item of a list asked alike ("A和B分别…") is about its own item, unless it is "a regional one"
        if part.level and part.level != clause.level:
            return False  # "自治区和市里分别补多少": the city's provision is another one
        if question.lang == "en" and part.carried and (own := self._own_keys_en(part, question)) \
                and not any(states_key(f"{_EXCLUDED.sub('', clause.text)} {' '.join(clause.title_path)}", k) for k in own):
            return False  # "…and how much does the banner put into its rural-industry revitalization fund?": a fund of its own
        # "…loans to builders of digital-village projects, and what is the maximum interest subsidy?":
        # asked of the provision just answered when it states the words asked (贴息) as well as any found
        return part.carried or self.names_no_key(part, question) or self._states_as_well(part, question, clause, found)

    def _own_keys(self, part: Part, question: Question) -> set[str]:
        """The key words a later part names beyond the part before it ("…and how many China Top 500 companies has it
        attracted?" → 中国 500 强; "…还引进了多少家500强企业？")."""
        at = next((i for i, p in enumerate(question.parts) if p is part), 0)
        if not at:
            return set()
        if question.lang == "en":
            # (every key of either, not the rarest few: "B-class" named by both is no thing of the later part's own)
            return self._own_keys_en(part, question, limit=OWN_KEYS_READ)
        before = question.parts[at - 1]
        return (self.key_words(HOME.sub(" ", part.focus[0]), limit=OWN_KEYS_READ)
                - self.key_words(HOME.sub(" ", before.focus[0]), limit=OWN_KEYS_READ))

    def _own_keys_en(self, part: Part, question: Question, limit: int = KEY_WORDS) -> set[str]:
        """The key phrases an English part carrying the part before names beyond that part's ("… its rural-industry
        revitalization fund" → 产业振兴资金), of the ``limit`` rarest of each."""
        at = next((i for i, p in enumerate(question.parts) if p is part), 0)
        before = question.parts[at - 1].text if at else ""
        return self.key_group_en(HOME.sub(" ", part.text), limit=limit) - self.key_group_en(HOME.sub(" ", before), limit=limit)

    def is_about(self, part: Part, question: Question, clause: Clause) -> bool:
        """Does ``clause`` (its text and headings) state ABOUT_COVERAGE of ``part``'s weighted words?"""
        text = f"{clause.text} {' '.join(clause.title_path)}"
        return self.coverage(self.part_terms(part, question), text) >= ABOUT_COVERAGE

    def names_no_key(self, part: Part, question: Question) -> bool:
        """Does a part name no uncommon word of the guide ("最多能拿多少？", "连续支持几年？", "What is the yearly cap
        per firm?": in English, no word or phrase of the glossary whose guide words are rare, a kind of figure aside)?"""
        if question.lang == "zh":
            return not self.key_words(HOME.sub(" ", part.focus[0]))
        # (a key phrase of its own, "rural-industry revitalization fund" → 产业振兴资金; or the guide words of its English
        # words judged as a Chinese part's are, whom a provision pays, "firm", being none)
        own = HOME.sub(" ", part.own or part.text)
        if self.key_group_en(own):
            return False
        # (a kind of figure alone names nothing; one a phrase qualifies may: "reference price" → 参考价格)
        said = " ".join(t for phrase, group in default_glossary().groups(own)
                        if len(phrase) > 1 or phrase[-1].lower() not in _EN_FIGURE_WORDS | _EN_PERIOD_WORDS for t in group)
        return not {w for w in self.key_words(said, limit=NAMED_WORDS_READ) if not _recipient_word(w)}

    def asks_more_of(self, part: Part, question: Question, clause: Clause, found: Sequence[Clause]) -> bool:
        """Is ``part`` a later question about the provision just answered (``clause``), naming nothing
        of its own: "一次性创业补贴多少？有什么条件？", "是哪个局牵头？要干啥？"? Its words alone find
        nothing, and any provision sharing them answers a question not asked.

        A part that names what it asks of ("…and what database is to be built?") is about that
        provision too when the provision states some of its words and no clause its own search
        ``found`` states more of them (a short ask shares a word or two with many provisions)."""
        if part.slot not in _MORE_OF_SLOTS or part is question.parts[0] or part.item:
            return False
        if part.level and part.level != clause.level:
            return False  # "市里和旗区怎么分担": other levels' provisions
        return (question.lang == "zh" and self.names_nothing(part.text)) or self._states_as_well(part, question, clause, found)

    def kin_asked(self, part: Part, question: Question, clause: Clause, found: Sequence[Clause]) -> Clause | None:
        """The clause under the heading just answered (``clause``'s) that a later part asks of: the guide
        splits a table into clauses ("3.天然气价格": "——工商业用气 3.06 元/立方米", and "——居民用气" with its
        three tiers), so "What do businesses pay for natural gas…, and what are the three residential tiers?"
        asks the gas tiers, not the electricity ones that state as many of its words. Its kin are the heading's
        "——" lines and the other clauses under the same heading ("支持行业：…" after "电价：0.29—0.33 元/度");
        a subsection's items are provisions of their own. The kin must state some of the part's asked words
        (read with its heading), and as many as any clause ``found`` for the part."""
        if part.slot not in _MORE_OF_SLOTS or part is question.parts[0] or part.item or not clause.title_path:
            return None
        if part.level and part.level != clause.level:
            return None
        heading = list(clause.title_path)
        # (a table's line under the heading: "3.天然气价格 › ——居民用气"; a section's items, and the documents a
        # "——" line introduces, are provisions of their own)
        # (or another clause under the same heading: "——蒙西电网战略性新兴产业电价" gives its price in one clause
        # and the industries it supports in the next)
        kin = [c for c in found if (len(c.title_path) == len(heading) + 1 and list(c.title_path[: len(heading)]) == heading
               and c.title_path[-1].startswith("——") and not (c.doc_title and c.doc_title in c.title_path[-1]))
               or (list(c.title_path) == heading and c.clause_id != clause.clause_id)]
        if not kin:
            return None
        terms = self.part_terms(part, question)
        # (each read with its heading: a line of a table is about what its heading names)
        stated = {c.clause_id: self._words_stated(terms, c, headed=True) for c in found}
        best = max(kin, key=lambda c: stated[c.clause_id])
        # (more than the clause just answered: a part it states as well is asked of it, "…which period, and which rate?")
        own = self._words_stated(terms, clause, headed=True)
        return best if stated[best.clause_id] > own and stated[best.clause_id] >= max(stated.values()) else None

    def _states_as_well(self, part: Part, question: Question, clause: Clause, found: Sequence[Clause]) -> bool:
        """Does ``clause`` state some of the part's asked words, and as many as any clause ``found`` for it?"""
        terms = self.part_terms(part, question)
        # (with the heading naming a table's row: "——农业生产用电" over "不满1千伏：0.288元/度")
        stated = self._words_stated(terms, clause, row=True)
        others = (self._words_stated(terms, c, row=True) for c in found if c.clause_id != clause.clause_id)
        return stated > 0 and stated >= max(others, default=0.0)

    def _words_stated(self, terms: QuestionTerms, clause: Clause, headed: bool = False, row: bool = False) -> float:
        """How many of the asked words the clause's best provision states (``headed``: with its heading; ``row``: with
        a heading that names a row of a table, "——农业生产用电", not a document or a section)."""
        units = split_provisions(clause.text, PROVISION_CHARS)
        last = clause.title_path[-1] if clause.title_path else ""
        named_row = row and last.startswith("——") and len(last) <= ROW_HEADING_CHARS
        heading = f"{last} " if headed or named_row else ""
        # (what a provision leaves out, "（不含单晶硅、多晶硅）", it does not state)
        return max((terms.words_stated(self._tokens(heading + _EXCLUDED.sub("", s.text))) for s in units), default=0.0)

    def names_nothing(self, text: str) -> bool:
        """Does ``text`` name no thing the guide writes? "有什么条件？" names only the kind of fact asked,
        "市财政每年投多少钱？" only who pays; "私募基金这块要严防什么", "跟其他光伏新材料企业一样吗" name
        things a provision must state."""
        return not any(
            len(w) >= 2 and flag[:1] in _NAMING_TAGS and w not in _KIND_OF_FACT and w not in _FIGURE_WORDS
            and not _PAYER.fullmatch(w) and self.frequency(w)
            for w, flag in self._segment(HOME.sub(" ", text))
        )

    def quote_in_clause(self, part: Part, question: Question, clause: Clause, quoted: Sentence | None = None) -> PartAnswer:
        """A later part asking more of the provision just answered (see :meth:`asks_more_of`): the
        clause's sentence its words fit best; of those alike, the one quoted for the part before
        (``quoted``) when that gave a figure ("…首次创办小微企业…的，给予…创业补贴" states its conditions
        with its amount), never the line that gave its departments or document."""
        terms = self.part_terms(part, question)
        units = split_provisions(clause.text, PROVISION_CHARS)
        if quoted is not None and not any(quantities(quoted.text)):
            units = [s for s in units if not s.start <= quoted.start < s.end]
            quoted = None
        if not units:
            return self.unanswered(part, [clause])
        asked = quoted.start if quoted is not None else -1
        best = max(units, key=lambda s: (terms.overlap(self._tokens(s.text)), s.start <= asked < s.end, -s.start))
        line = _narrow(best.text, DIRECT_LINE_CHARS * 2)
        label = heading_label(clause)
        if label and not _names(line, label):
            line = f"{label}：{line}"
        return PartAnswer(part, True, line, [], [(clause, best)], coverage=self.coverage(terms, best.text))

    def answer_part(self, part: Part, question: Question, clauses: Sequence[Clause]) -> PartAnswer:
        if part.slot in ("eligibility", "list", "fact") and (defined := self.definition_asked(part, question)) is not None:
            # "Does Inner Mongolia count as part of the western region?", "内蒙古算不算西部地区？": the sentence the guide
            # defines the term by ("本公告所称西部地区包括内蒙古自治区…")
            return defined
        if part.slot == "eligibility" and _after_period_of_stated(part.text, clauses):
            # "西部大开发15%的优惠税率，2031年以后还能继续享受吗？": the provision stating the figure asked of runs to
            # 2030; whether it applies after the guide does not say (another provision's quote would not tell)
            return self.unanswered(part, clauses)
        answer = self._answer_part(part, question, clauses)
        # "restricted-category (限制类) enterprises": the asker's own Chinese names the thing in the guide's words; only
        # a clause writing it (punctuation aside: “三新”“一强”) is about it. So is a name a Chinese asker quotes that the
        # guide writes: "评上“四科”标准的科技型中小企业给多少奖励" is not asked of another 科技型企业's award
        own = chinese_named(part.text) if question.lang == "en" else self._quoted_names(part.text)
        if own:
            def writes(clause: Clause) -> bool:
                bare = _bare(clause)
                return all(w in bare for w in own)

            if not (answer.answered and answer.sources and all(writes(c) for c, _ in answer.sources)):
                writing = [c for c in clauses if writes(c)]
                answer = self._answer_part(part, question, writing) if writing else self.unanswered(part, clauses)
        if answer.answered and part.slot not in METADATA_SLOTS and _after_its_period(part.text, answer):
            # "2031年以后西部大开发企业所得税还按15%吗？" of a provision running to 2030: what applies after a
            # provision's period the guide does not say (its period is asked as validity)
            return self.unanswered(part, clauses, answer.coverage)
        if answer.answered and part.slot not in METADATA_SLOTS:
            said = [sentence.text for _, sentence in answer.sources if sentence is not None]
            # "a guarantee fee above 1%" of "费率 1%（含）以下的": a case the provision is not for; "每项最低奖励多少"
            # of "每项最高奖励 1000万元": a least the guide does not set
            if excluded(part.text, said) or only_most_stated(part.text, said, _ASKED_DIMENSION.get(part.slot, "")):
                return self.unanswered(part, clauses, answer.coverage)
            if part.slot == "price" and _MONTHLY_RENT_ASKED.search(part.text) and not any("月" in text for text in said):
                # "What monthly rent per square metre does the park charge?" of "基准价格：空港物流园区 8.27 万元/亩": a price
                # paid once for land is no rent paid by the month
                return self.unanswered(part, clauses, answer.coverage)
            # "…exempt from VAT?" of "免征房产税、城镇土地使用税": a relief of another tax, whatever figures it shares (the
            # question's guide words read only when a sentence quoted names a tax)
            if any(taxes_named(text) for text in said):
                asked = taxes_asked(part.text) if question.lang == "zh" else " ".join(
                    t for _, found in default_glossary().groups(taxes_asked(part.text).lower()) for t in found)
                if another_tax_only(asked, said):
                    return self.unanswered(part, clauses, answer.coverage)
        return answer

    def definitions(self) -> dict[str, Clause]:
        """The terms the guide defines ("本公告所称西部地区包括…", "本条所称鼓励类产业企业是指…"), each with its clause."""
        if self._definitions is None:
            self._definitions = {}
            for clause in self.clauses:
                for m in _DEFINED.finditer(_bare(clause)):
                    self._definitions.setdefault(m.group(1), clause)
        return self._definitions

    def definition_asked(self, part: Part, question: Question) -> PartAnswer | None:
        """The sentence defining a term the part asks what counts as ("Does Inner Mongolia count as part of the western
        region?", "What two conditions define an encouraged-industry enterprise?", "内蒙古算不算西部地区？"), when the
        guide defines it; else None. (A term named only to say what else is asked, "the 15% western-region rate", is not.)"""
        text = part.text if question.lang == "zh" else default_glossary().render(part.text)
        for term, clause in self.definitions().items():
            # (an English "…-industry enterprise" renders the term without its head noun 企业)
            names = [term] + ([term[:-2]] if term.endswith("企业") and question.lang != "zh" else [])
            for name in names:
                at = text.find(name)
                if at < 0 or len(name) < DEFINED_TERM_MIN or text[:at].count("《") > text[:at].count("》"):
                    continue  # (nor a term inside a document's name: "主营业务属于《西部地区鼓励类产业目录》")
                if name != term and not _HEAD_FIRM_EN.match(text, at + len(name)):
                    continue  # ("counts as an encouraged-industry project": a project, not the enterprise defined)
                around = text[max(0, at - DEFINITION_WINDOW) : at + len(name) + DEFINITION_WINDOW]
                if _COUNTS_AS_ASKED.search(around):
                    said = self._quoted(part, [clause], self.part_terms(part, question),
                                        must_match=re.compile(rf"所称\s*{re.escape(term)}"))
                    return said if said.answered else None
        return None

    def rules_writer_line(self, part: Part, question: Question, clauses: Sequence[Clause]) -> PartAnswer | None:
        """The sentence of ``clauses`` saying who writes a document's detailed rules ("具体办法由省级发展改革、税务部门另行制定",
        "新能源平衡补偿具体办法由自治区电力市场主管部门…明确"), for a part asking who sets them; else None."""
        said = self._quoted(part, clauses, self.part_terms(part, question), must_match=_RULES_WRITTEN_BY)
        return said if said.answered else None

    def signed_line(self, part: Part, question: Question, clauses: Sequence[Clause]) -> PartAnswer | None:
        """The line a document closes with, its issuers and the date they signed it ("特此公告。财政部 税务总局 国家发展
        改革委 2020 年 4 月 23 日"), for a part asking when it was issued or signed ("哪天发布的？", "when was the notice
        signed?") or by whom ("落款单位有哪些？"), when ``clauses`` give one; else None."""
        if not asks_signed(part):
            return None
        signers = bool(_SIGNERS_ASKED.search(part.text))
        signed = self._quoted(part, clauses, self.part_terms(part, question), must_match=_SIGNERS_LINE if signers else _SIGNED_LINE)
        return signed if signed.answered else None

    def _quoted_names(self, text: str) -> list[str]:
        """The names a Chinese ``text`` quotes (“四科”) that the guide writes, without the marks inside names."""
        names = [NAME_MARKS.sub("", normalise(name)) for name in _QUOTED.findall(text)]
        return [name for name in names if len(name) >= 2 and self.written(name)]

    def unwritten_members(self, text: str) -> set[str]:
        """The members of series ``text`` names that the guide never writes: "Ⅳ期临床试验" of a guide paying Ⅰ, Ⅱ and Ⅲ
        期 only, a "G类" of classes A to F."""
        if self._series_written is None:
            classes = {f"{c}类" for c in talent_classes(self._texts)}
            phases = {_phase(n) for m in _PHASE_RUN.finditer(normalise(self._texts)) for n in re.findall(_ROMAN_NUMERAL, m.group(1))}
            self._series_written = classes | phases
        return {m for m in series_members(text) if m not in self._series_written and not self.written(m)}

    def unwritten_names(self, text: str) -> list[str]:
        """The nouns of Chinese ``text`` the guide never writes, not even as two halves it writes apart ("蒸汽",
        "印花税", "容积率"), nor as a caller's word for one of its own (孩子 → 子女): things it does not state. (A word
        the segmenter only guessed, or one of asking or counting characters, names nothing.)"""
        return [word for word in self._unwritten_nouns(text)
                if not any(self.written(word[:i]) and self.written(word[i:]) for i in range(1, len(word)))]

    def unwritten_things_en(self, text: str) -> list[tuple[str, ...]]:
        """The glossary phrases of English ``text`` whose every Chinese word the guide never writes ("utility model
        patent" → 实用新型专利): things it does not state."""
        return [phrase for phrase, found in default_glossary().groups(text.lower())
                if (words := [w for w in found if _CJK_WORD.fullmatch(w)]) and not any(self.written(w) for w in words)]

    def _of_unwritten_en(self, part: Part, question: Question) -> bool:
        """Does English ``part`` name nothing but words of a thing another part names that the guide never writes ("…utility
        model patents, and how much per patent?": the patent is the utility model patent)?"""
        unwritten = [set(phrase) for other in question.parts if other is not part for phrase in self.unwritten_things_en(other.text)]
        named = [set(phrase) for phrase, found in default_glossary().groups(HOME.sub(" ", part.text).lower()) if found]
        return bool(unwritten and named) and all(any(words <= thing for thing in unwritten) for words in named)

    def unwritten_asked_to_exist(self, text: str) -> list[str]:
        """The nouns of what a Chinese part asks the existence of ("工业用电有没有峰谷分时电价" → 峰谷) that the guide never
        writes as words, though it writes their characters apart: a thing it does not have."""
        asked = _existence_asked(text)
        return self._unwritten_nouns(asked) if asked is not None else []

    def _unwritten_nouns(self, text: str) -> list[str]:
        """The nouns of Chinese ``text`` (two characters or more, known to the segmenter's dictionary, no asking
        characters) that the guide never writes as words, nor names by a caller's word for one of its own."""
        self._segment("")  # loads the segmenter
        known = self._segmenter.tokenizer.FREQ  # type: ignore[union-attr]
        return [word for word, flag in self._segment(text) if flag[:1] == "n" and len(word) >= 2 and known.get(word)
                and not _ASKING_CHARS.search(word) and not self.written(word) and not guide_terms(word)]

    def _answer_part(self, part: Part, question: Question, clauses: Sequence[Clause]) -> PartAnswer:
        terms = self.part_terms(part, question)
        if self.unwritten_members(part.text):
            # "Ⅳ期临床试验有补助吗": a member of a series the guide never writes is a thing it does not state, however
            # well the provisions on the series' other members fit
            return self.unanswered(part, clauses)
        if question.lang == "zh" and not part.carried and self.unwritten_asked_to_exist(HOME.sub(" ", part.text)):
            # "工业用电有没有峰谷分时电价？": whether a thing exists, named by a word the guide never writes (峰谷), is answered
            # no by the guide, not by the tariff its other words find
            return self.unanswered(part, clauses)
        if question.lang == "zh" and not part.carried and self.unwritten_names(HOME.sub(" ", part.focus[0])):
            # "蒸汽价格多少": a thing named by a word the guide never writes is a thing it does not state, whatever
            # provisions on other things fit the rest of the question (a caller's own situation, "我们乳品厂…", aside)
            return self.unanswered(part, clauses)
        if question.lang == "en" and (self.unwritten_things_en(HOME.sub(" ", part.text)) or self._of_unwritten_en(part, question)):
            # "a reward for utility model patents": a thing the glossary names in Chinese words the guide never writes
            # (实用新型专利) is a thing it does not state, whatever its other words (patents, reward) find
            return self.unanswered(part, clauses)
        if question.lang == "zh" and not part.carried and part.slot in FIGURE_SLOTS and self.unwritten_names(_told_thing(part.text)):
            # "新建一个葡萄酒加工项目，按设备费用补贴多少？": so is the thing the words before the ask say was got or done,
            # when they tell no story of the caller's own ("我们乳品厂…")
            return self.unanswered(part, clauses)
        if (signed := self.signed_line(part, question, clauses)) is not None:
            return signed
        if part.slot not in METADATA_SLOTS and asks_frequency(part.text):
            # "多久报一次", "how often": a sentence stating how often ("按季度报送") answers it, no other
            # figure; in a clause stating what recurs (the rare words of the whole part: "定期会商" is
            # not "圆桌会议")
            keys = terms.keys if question.lang == "en" else self.key_words(HOME.sub(" ", part.text), terms.compounds)
            said = [c for c in clauses if clause_states_key(c, keys, terms.compounds)]
            return self._quoted(part, said if keys else clauses, terms, must_match=_RECURRENCE_STATED)
        if part.slot in FIGURE_SLOTS:
            return self._figure(part, question, clauses, terms)
        if part.slot in ("fact", "list") and asks_grade(part.text):
            # "…第一完成人那条认定标准，要求拿到几等奖？": only a sentence naming a grade of prize ("一等奖及以上") answers it
            return self._of_keys(self._quoted(part, clauses, terms, must_match=_GRADE_STATED), part, clauses, terms)
        if part.slot in ("fact", "list", "validity") and (edition := _EDITION_ASKED.search(part.text)):
            # "Which year's edition of the catalogue applies?", "是哪年的版本？": only a sentence naming an edition answers
            # it ("（2024 年版）"; a year's edition, by a year: "按新版本执行" names none), of a clause naming the part's keys
            stated = _YEAR_EDITION_STATED if edition.group("year") or edition.group("year_zh") else _EDITION_STATED
            return self._of_keys(self._quoted(part, clauses, terms, must_match=stated), part, clauses, terms, asked=_EDITION_WORD)
        if part.slot in METADATA_SLOTS:
            return self._metadata(part, clauses, terms, asked=question.text)
        if part.slot == "procedure" and asks_materials(part.text):
            # "要准备哪些证明材料": only a sentence saying what is handed in answers it, not the rate or title applied for
            return self._quoted(part, clauses, terms, must_match=_MATERIALS_STATED)
        if part.slot in ("fact", "list") and _ASKS_CONTACT.search(part.focus[0] if question.lang == "zh" else part.text):
            # "which phone number should we call?": only a sentence giving a contact answers it
            return self._quoted(part, clauses, terms, must_match=_CONTACT_STATED)
        if part.slot in ("fact", "eligibility") and _CAP_EXISTS_ASKED.search(part.text):
            # "Is there a cap on the tax-free housing allowance?", "有没有封顶？": only a sentence setting a bound answers it
            # (one saying the allowance is tax-free sets none), of a clause naming the part's keys
            # (the bound of the provision that fits best: another provision's "最高不超过 40 万元" is another thing's)
            fits = self._quoted(part, clauses, terms)
            if not fits.answered:
                return fits
            own = [clause for clause, _ in fits.sources]
            return self._of_keys(self._quoted(part, own, terms, must_match=_BOUND_STATED), part, clauses, terms)
        if part.slot in ("fact", "list") and _RATIO_ASKED_ZH.search(part.text):
            # "产值和税收在产销两地按什么比例分成？": only a sentence stating a share answers it ("进行分成核算" names none)
            return self._of_keys(self._quoted(part, clauses, terms, must_match=_SHARE_STATED), part, clauses, terms)
        if part.slot in ("fact", "list", "duration") and asks_issued(part.text):
            # "公告是哪天发的？": the date a document closes with, under its issuers ("2020 年 4 月 23 日"), else a
            # sentence stating a date
            signed = self._quoted(part, clauses, terms, must_match=_DATE_LINE)
            return signed if signed.answered else self._quoted(part, clauses, terms, must_match=_ISSUED_STATED)
        if part.slot in ("fact", "list", "duration") and asks_deadline(part.text):
            # "什么时候之前要报", "by what date must…": only a sentence stating a time something must be done by answers
            # it, of a clause naming the part's keys
            return self._of_keys(self._quoted(part, clauses, terms, must_match=_DEADLINE_STATED), part, clauses, terms)
        if part.slot in ("fact", "list") and asks_when(part.text):
            # "长春—石家庄天然气管道内蒙古段什么时候建成通气？", "哪年出的版本？": a time asked is answered only by a
            # sentence stating a time (a date, a time of year, the event it follows) of the thing asked of: in a clause
            # or document naming its rare words
            # (a year asked, "现在执行的是哪一年的版本", only by one stating a year: "自修订版实施之日起" names none)
            quoted = self._quoted(part, clauses, terms, must_match=_YEAR_STATED if _YEAR_ASKED.search(part.text) else _TIME_STATED)
            return self._of_keys(quoted, part, clauses, terms)
        if part.slot in ("fact", "list", "eligibility") and asks_grant(part.text):
            # "有什么奖励？", "is there a subsidy for…?": the sentences that best fit it answer it only when
            # one grants money; a provision that merely encourages the thing ("鼓励地方开展…") says no grant
            quoted = self._quoted(part, clauses, terms)
            said = [quoted.line] + [sentence.text for _, sentence in quoted.quotes]
            if quoted.answered and not any(_GRANT_STATED.search(text) for text in said):
                return self.unanswered(part, clauses, quoted.coverage)
            # (a yearly grant asked of grants paid once is none: "之后每年还有持续补贴吗")
            if quoted.answered and asks_yearly(part.text) and all(paid_once_only(text) for text in said if _GRANT_STATED.search(text)):
                return self.unanswered(part, clauses, quoted.coverage)
            # (a grant paid the other of two exclusive ways is none for the way asked: "柔性引进的人才有购房补贴吗"
            # of "对企业全职引进的各类产业人才…给予…购房补贴")
            ways = ways_asked(part.text if question.lang == "zh" else default_glossary().render(part.text))
            granting = [normalise(text) for text in said if _GRANT_STATED.search(text)]
            if quoted.answered and any(any(re.search(theirs, text) for text in granting)
                                       and not any(re.search(mine, text) for text in granting) for mine, theirs in ways):
                return self.unanswered(part, clauses, quoted.coverage)
            # (a grant for another animal is none for the one asked: "…for importing breeding sheep" of "每头进口良种母牛")
            asked_animals = animals_named(_COMPARED_EN.sub(" ", part.text))
            if quoted.answered and asked_animals and all((named := animals_named(text)) and not named & asked_animals for text in said):
                return self.unanswered(part, clauses, quoted.coverage)
            # (nor is a grant for another thing: "do you subsidise new air routes?" of a talent's living allowance,
            # when no quote nor its heading names what the grant is asked for)
            headed = said + [" ".join(c.title_path) for c, _ in quoted.quotes]
            keyed = any(states_key(text, k, terms.compounds.get(k)) for text in headed for k in terms.keys)
            if quoted.answered and terms.keys and not keyed:
                return self.unanswered(part, clauses, quoted.coverage)
            # (nor is a grant to others one for the recipient an English question names: "is there a rent subsidy for
            # logistics firms?" of a talent's rent subsidy, when no quote nor its heading names the recipient's rarer words)
            if quoted.answered and question.lang == "en" and (who := self._recipient_senses_en(part.text)) \
                    and not any(mentions(text, w) for text in headed for w in who):
                return self.unanswered(part, clauses, quoted.coverage)
            return quoted
        if part.slot == "eligibility" and (things := self._things_asked_to_exist(part.text, terms)):
            # "居民用水有没有阶梯价？", "is there a tiered price for…?": whether a thing exists is answered by a sentence
            # stating it (or headed by it) in the guide's words (阶梯: 档), not by one that fits the rest of the
            # question ("居民生活用水：4.05 元/吨")
            return self._quoted_stating(part, clauses, terms, [tuple(things)])
        if part.slot == "eligibility" and question.lang == "en" and (benefit := self._benefit_asked_en(part.text)):
            # "Do senior executives get a personal income tax rebate?": whether one gets a benefit (a tax break, a
            # payment) is answered by a sentence stating what the benefit is of (个人所得税), as a Chinese existence
            # ask is (whether one qualifies, counts as a class or may do a thing is not asked of one word)
            return self._quoted_stating(part, clauses, terms, benefit)
        if part.slot == "eligibility" and question.lang == "en" and (thing := _EXISTENCE_ASKED_EN.search(_BRACKETED_EN.sub("", part.text))):
            # "Is there a local mutton-sheep insurance…?": whether a thing exists is answered by a sentence (or its
            # headings) stating some of it in the guide's words, and of the livestock it names, not the beef-cattle one
            quoted = self._quoted(part, clauses, terms)
            said = _said_under_headings(quoted)
            groups = self._existence_words_en(thing.group("thing"))
            animals = animals_named(thing.group("thing"))
            if quoted.answered and ((groups and not any(mentions(t, w) for t in said for g in groups for w in g))
                                    or (animals and not any(animals_named(t) & animals for t in said))):
                return self.unanswered(part, clauses, quoted.coverage)
            return quoted
        if part.slot == "fact" and _STANDARD_ASKED.search(part.text):
            # "项目单位能按什么标准要利息补偿？": a standard is stated of the thing it is a standard for, in a clause
            # or document naming the part's keys (a deadline for releasing funds states none for interest)
            return self._of_keys(self._quoted(part, clauses, terms), part, clauses, terms)
        return self._quoted(part, clauses, terms)

    def _of_keys(self, quoted: PartAnswer, part: Part, clauses: Sequence[Clause], terms: QuestionTerms,
                 asked: re.Pattern[str] | None = None) -> PartAnswer:
        """``quoted``, when a clause or document it rests on names a key of the part (a time asked of one thing is not
        stated by a date of another: "by what date must a guarantee company apply…" of an unemployment notice's period);
        keys naming what is asked (``asked``: "版本") are none of the thing asked of."""
        named = [f"{c.doc_title or ''} {' '.join(c.title_path)} {c.text}" for c, _ in [*quoted.sources, *quoted.quotes]]
        keys = {k for k in terms.keys if asked is None or not asked.search(k)}
        if quoted.answered and keys and not any(states_key(t, k, terms.compounds.get(k)) for t in named for k in keys):
            return self.unanswered(part, clauses, quoted.coverage)
        return quoted

    def _recipient_senses_en(self, text: str) -> set[str]:
        """The guide's rarer words for the recipient an English grant question names after "for" ("a rent subsidy for
        logistics firms" → 物流); none for a kind or size of recipient alone ("for small firms")."""
        asked = _GRANT_FOR_EN.search(text)
        if asked is None:
            return set()
        return {t for _, group in default_glossary().groups(asked.group("who")) for t in group
                if 0 < self.frequency(t) <= KEY_MAX_FREQUENCY and not _recipient_word(t) and not HOME.fullmatch(t)}

    def asks_existence(self, part: Part, question: Question) -> bool:
        """Does ``part`` ask whether a thing exists ("有没有阶梯价", "Is there a …?", "Does Ejin Horo offer …?")?"""
        if part.slot != "eligibility":
            return False
        if question.lang == "en":
            return bool(_EXISTENCE_ASKED_EN.search(_BRACKETED_EN.sub("", part.text)) or _BENEFIT_GIVEN_ASKED_EN.search(part.text))
        return bool(_EXISTENCE_ASKED.search(part.text))

    def _quoted_stating(self, part: Part, clauses: Sequence[Clause], terms: QuestionTerms,
                        groups: Sequence[tuple[str, ...]]) -> PartAnswer:
        """The quoted answer of ``part`` when its sentences (or their headings) state one word of each group (a thing
        asked to exist, what a benefit is of); unanswered otherwise."""
        quoted = self._quoted(part, clauses, terms)
        said = _said_under_headings(quoted)
        if quoted.answered and not all(any(mentions(text, w) for text in said for w in words) for words in groups):
            return self.unanswered(part, clauses, quoted.coverage)
        return quoted

    def _things_asked_to_exist(self, text: str, terms: QuestionTerms) -> set[str]:
        """The key that heads what a Chinese part asks the existence of ("有没有阶梯价" → 阶梯, "有没有人才公寓" →
        公寓), with the guide's words for it (档); none when the head is no key ("有没有专门投绿色产业的政府基金":
        基金 is what is asked of, 专门 only how it is meant)."""
        asked = _existence_asked(text)
        if asked is None or not terms.keys or detect_language(text) != "zh":
            return set()
        nouns = [word for word, flag in self._segment(asked) if flag[:1] == "n"]
        if not nouns:
            return set()
        # (a one-character head goes with the noun before it: 阶梯价 is 阶梯 priced)
        head = nouns[-2] if len(nouns[-1]) == 1 and len(nouns) > 1 and asked.endswith(nouns[-2] + nouns[-1]) else nouns[-1]
        if head not in terms.keys:
            return set()
        return {head, *guide_terms(head)}

    def _tokens(self, text: str) -> list[str]:
        """Tokens with the guide's unit spellings made one ("110KV" and "110千伏" share 千伏)."""
        return self.tokenize(_UNIT_SPELLINGS.sub(lambda m: unit_named(m.group(0)).name, text))  # type: ignore[union-attr]

    def _provisions(self, clauses: Sequence[Clause], terms: QuestionTerms, part: Part) -> list[Evidence]:
        stated = [q for q in quantities(part.text) if q.unit]
        # "for the 12 catalogue industries": so many items, as "12 个行业" writes them (not the end of a range, "1—3个旗县")
        counted = [re.compile(rf"(?<![\d.—\-～~至到－])\s*{c.number}\s*个") for c in stated_counts(part.text)] \
            if detect_language(part.text) == "en" else []
        support = asks_support(part.text)
        per_capita = bool(_PER_CAPITA_ASKED.search(part.text))
        ratios = asks_ratio(part.text)
        lasting = asks_lasting(part)
        # (an English part in the glossary's guide words: "a national technology innovation centre" → 国家级 技术创新中心)
        asked = part.text if detect_language(part.text) == "zh" else default_glossary().render(part.text)
        phrase = HOME.sub(" ", asked)
        levelled = levels_asked(asked) + (levels_asked_en(part.text) if asked != part.text else [])
        ways = ways_asked(asked)
        taxes = taxes_named(asked)
        grades = numbered_grades(asked)
        total = terms.total or 1.0
        out: list[Evidence] = []
        for rank, clause in enumerate(clauses):
            heading = " ".join(clause.title_path[-2:])
            heading_tokens = self._tokens(heading)
            # an item's own title sentence ("24.实施科技突围工程。安排 7亿元资金…") names the subject of the
            # sentences after it: it states their key words, and when it names a key its words count
            # as theirs in their fit ("（1）新建日光温室。对新建…每亩补贴 6万元"); a title naming no key
            # adds nothing ("4.创新金融保险服务。" is no answer on service consumption)
            title = " ".join(_ITEM_TITLE.findall(clause.text)[:1])
            title_tokens = (self._tokens(title) if title and terms.keys
                            and any(states_key(title, k, terms.compounds.get(k)) for k in terms.keys) else [])
            named = self._label_named(heading_label(clause), terms)
            implied = implied_per(clause)
            previous = ""
            carried: list[str] = []  # the words of the sentence before, when it says whom and states no figure asked
            for sentence in split_provisions(clause.text, PROVISION_CHARS):
                # a table's lead states what each of its tiers prices ("基准价格：蒙苏…；空港物流园区 8.27 万元/亩"),
                # and "其中，…" goes on with the sentence before it ("…出租汽车给予补贴。其中，充电车每车补贴 4万元")
                lead = _lead(sentence.text, TABLE_LEAD_CHARS)
                goes_on = sentence.text.lstrip().startswith("其中")
                if goes_on:
                    lead = f"{lead} {previous}"
                # a sentence goes on with the subject of the one before it in its clause ("须提出“三新”“一强”
                # 推进计划。推进计划…投资总额需超过 2000万元"): a key that one states is its key too
                before, previous = previous, sentence.text
                # (what a sentence leaves out, "光伏新材料及应用（不含单晶硅、多晶硅）", is no thing it states)
                before_said = _EXCLUDED.sub("", before)
                stating = False
                for tier in _tiers(sentence):
                    # a later tier is read with its sentence's lead ("二档0.465元" of "不满1KV：一档…；二档…")
                    inherited = lead if tier.start > sentence.start and not _lead(tier.text, TABLE_LEAD_CHARS) else ""
                    found = _priced_per(stated_figures(tier.text, part.slot, part.pays, support, part.per == "item", ratios, lasting),
                                        implied)
                    if not per_capita:
                        # "人均公园绿地面积达 51 平方米" is a figure per person: no answer to the whole's size
                        found = [q for q in found
                                 if not _PER_CAPITA.search(tier.text[: max(0, tier.text.find(q.text))][-PER_CAPITA_CHARS:])]
                    # the figures of a sentence whose subject is the one before it, which states none ("…对…加氢站…
                    # 给予加氢站运营主体补贴。2022-2025 年分别按照 30 元/公斤、…标准执行"), are read with its words
                    # (what a tier leaves out, "光伏新材料及应用（不含单晶硅、多晶硅）", is no word of its fit either)
                    kept = _EXCLUDED.sub("", tier.text)
                    tokens = self._tokens(f"{inherited} {kept}" if inherited else kept) + title_tokens
                    tokens += carried if found else []
                    if goes_on:  # (its words are the sentence's own: "其中，充电车每车补贴 4万元" of the taxis before)
                        tokens += self._tokens(before)
                    stating = stating or bool(found)
                    overlap = terms.overlap(tokens) + HEADING_WEIGHT * terms.overlap(heading_tokens)
                    score = overlap / total
                    # (a period served the question states, "满3年", tells which provision it is, though it answers no "how long")
                    told = (found if not lasting else stated_figures(tier.text, part.slot, part.pays, support)) + quantities(inherited)
                    if (stated and any(q.same_value(s) and q.unit == s.unit for q in told for s in stated)) or any(
                        c.search(tier.text) for c in counted
                    ):
                        score += STATED_FIGURE_BONUS
                    seen = set(tokens) | set(heading_tokens)
                    # (the guide's unit spellings made one, as in its tokens: "小于 1KV" mentions 千伏)
                    # (what the tier itself leaves out is no thing it states either)
                    said = _UNIT_SPELLINGS.sub(lambda m: unit_named(m.group(0)).name,  # type: ignore[union-attr]
                                               f"{_EXCLUDED.sub('', tier.text)} {lead} {heading} {title} {clause.doc_title or ''}")
                    read_on = f"{said} {before_said}"  # with the sentence it goes on from, for the key words
                    # (not when the thing asked is named at another level only, nor when the guide leaves its amount open)
                    elsewhere = (at_another_level(said, levelled) or graded_only(tier.text, levelled)
                                 or amount_unstated(tier.text, terms.keys) or paid_at_other_levels(tier.text, found, levelled)
                                 or paid_another_way(tier.text, found, ways) or of_another_tax(tier.text, taxes)
                                 or of_other_grades(tier.text, grades))
                    # (an aspect the sentence before states, when it states no figure, is the aspect of the figures after it
                    # when they name no recipient of their own: "中央财政资金通过以奖代补方式予以适当支持。2023 年…批准建设时补助
                    # 300 万元" is central money; "…创业贴息补贴优惠政策。对于…首次创办小微企业…给予 1万元" is another grant)
                    aspected = f"{said} {before_said}" if before and not quantities(before) and not GIVEN_TO.search(tier.text) else said
                    keyed = not elsewhere and (
                        not terms.keys or any(states_key(read_on, k, terms.compounds.get(k)) for k in terms.keys)) and (
                        not terms.aspect or any(mentions(aspected, word, pairs=True) for word in terms.aspect)
                        or (part.slot == "count" and _measured_aspect(terms.aspect, found))
                    ) and (not terms.subject or any(states_key(read_on, k) for k in terms.subject)) and all(
                        all(states_key(read_on, k) for k in run) for run in terms.together)
                    coverage = terms.overlap(list(seen)) / total if keyed else 0.0
                    score *= (1 - LABEL_WEIGHT + LABEL_WEIGHT * named) * (1 - RANK_DISCOUNT) ** rank
                    if part.level and clause.level == part.level:
                        score *= 1 + LEVEL_BONUS
                    score /= math.sqrt(max(1.0, len(tier.text) / 80))
                    if phrase and found and (stretch := shared_stretch(phrase, said)) >= STRETCH_MIN:
                        # "国家技术创新中心…给多少": a provision writing the question's own name of the thing
                        # ("对国家技术创新中心每年给予…") is about it, more than one sharing its words apart
                        score *= 1 + STRETCH_WEIGHT * (stretch - STRETCH_MIN + 1)
                    out.append(Evidence(clause, rank, tier, score, coverage, found, named,
                                        before if goes_on and tier.start == sentence.start else ""))
                # (only a sentence that says whom by a condition's figure, "售价不高于 20 元/公斤的，…给予补贴",
                # and states none paid: one stating nothing measurable is no subject of the figures after it)
                carried = self._tokens(sentence.text) if not stating and _says_whom(sentence.text) else []
        return out

    @staticmethod
    def _states_asked(line: str, part: Part) -> bool:
        """Does ``line`` state a figure of the kind ``part`` asks?"""
        return any(states(part.slot, q, part.counted, part.measure, part.per) for q in line_figures(line, part))

    def _priced_named(self, evidence: Evidence, terms: QuestionTerms, strict: bool = False) -> bool:
        """Does the question name what ``evidence`` prices: its clause's label, or the tier's own
        lead ("——居民生活用水：4.05 元/吨")? With ``strict`` (the question names what it prices, beyond
        the kind of price), a lead of price words only ("电价：0.29—0.33 元/度") names nothing."""
        lead = _lead(evidence.sentence.text, TIER_LEAD_CHARS)
        # "价格" in "供热价格" names the kind of figure, not what is priced: "new-home price" names no heating
        label = self._label_named(heading_label(evidence.clause), terms, priced=True)
        if strict and lead and all(w in _PRICE_WORDS for w in self._tokens(lead) if len(w) == 2):
            lead = ""
        # (a tier naming what it prices before its figure, "；空港物流园区 8.27 万元/亩", names it as a lead does)
        lead = lead or ((item := _ITEM_BEFORE_FIGURE.match(evidence.sentence.text)) and item.group(1)) or ""
        return label >= PRICED_NAMED or bool(lead and self._label_named(lead, terms, priced=True) >= PRICED_NAMED)

    def _paid_to_another(self, evidence: Evidence, asked: str) -> bool:
        """Does ``evidence`` pay a recipient of its own ("对国家和自治区级科技成果转化平台，…") of which ``asked`` names
        no word?"""
        given = GIVEN_TO.search(evidence.sentence.text)
        if given is None:
            return False
        words = [w for w, _ in self._segment(given.group(1)) if len(w) >= 2 and _CJK_WORD.fullmatch(w) and not HOME.fullmatch(w)]
        return bool(words) and not any(w in asked for w in words)

    def _places_named(self, text: str, lang: str) -> list[str]:
        """The places a question names beside the guide's own ("东胜区", "Dongsheng District" → 东胜),
        by the words that end a place's name (区, 园区, 旗, 县; District, Zone, Park, County, Banner)."""
        if lang == "zh":
            return [m.group(1) for m in _PLACE_ZH.finditer(HOME.sub(" ", text))]
        names = " ".join(m.group(1) for m in _PLACE_EN.finditer(HOME.sub(" ", text)))
        return [t for _, group in default_glossary().groups(names) for t in group if _CJK_WORD.fullmatch(t)] if names else []

    def _names_priced(self, part: Part) -> bool:
        """Does a Chinese question name what it asks the price of, beyond the kind of price ("光伏电站
        上网电价")? "电价多少？" names no more than the kind, which every tariff is."""
        words = [w for w, flag in self._segment(HOME.sub(" ", part.focus[0])) if flag[:1] in "nvj"]
        return any(len(w) >= 2 and _CJK_WORD.fullmatch(w) and w not in _PRICE_WORDS and w not in _FIGURE_WORDS and self.frequency(w)
                   for w in words)

    def _label_named(self, label: str, terms: QuestionTerms, priced: bool = False) -> float:
        """How much of a clause's own label ("工业用电", "农业生产用电") the question names: the
        IDF-weighted share of the label's two-character words among the question's words (with
        ``priced``, not counting the words that name a kind of price: 价格, 收费)."""
        words = [w for w in set(self._tokens(label)) if len(w) == 2 and not (priced and w in _PRICE_WORDS)]
        weights = {w: self.keyword.idf.get(w, 0.0) for w in words}
        total = sum(weights.values())
        return sum(v for w, v in weights.items() if terms.has(w)) / total if total else 1.0

    def _figure(
        self, part: Part, question: Question, clauses: Sequence[Clause], terms: QuestionTerms, floor: float | None = None,
        stating: set[str] | None = None,
    ) -> PartAnswer:
        """The figure ``part`` asks, from the provision of ``clauses`` that fits it best; with ``stating``, only from a
        provision writing one of those words itself (not by the sentence it goes on from)."""
        floor = FIGURE_COVERAGE[question.lang] if floor is None else floor
        evidence = self._provisions(clauses, terms, part)
        if stating is not None:  # (not as what it leaves out: "（不含单晶硅、多晶硅）" states neither)
            evidence = [e for e in evidence if any(states_key(_EXCLUDED.sub("", e.sentence.text), k) for k in stating)]
        candidates = [e for e in evidence if any(states(part.slot, q, part.counted, part.measure, part.per) for q in e.figures)]
        if question.lang == "zh" and part.slot == "count" and (counter := _COUNTER_ASKED.search(part.text)):
            # "一共列了多少项政策？" of "为完成好“两件大事”…": a number counted in another counting word counts another thing,
            # unless the thing asked follows it ("3件专利" for "多少项专利")
            candidates = [e for e in candidates if any(states(part.slot, q, part.counted, part.measure, part.per)
                                                       and counts_asked(counter, q, e.sentence.text) for q in e.figures)]
        fits_best = max(evidence, key=lambda e: e.score, default=None)
        if (part.slot == "amount" and fits_best is not None and fits_best not in candidates and fits_best.coverage >= floor
                and not stated_money(normalise(fits_best.sentence.text))):
            # "科技大市场每年运营经费支持多少钱" of "建设科技大市场，连续 5年给予运营经费支持", "企业做数字化碳管理体系，政府补贴
            # 多少钱？" of "加快建立数字化碳管理体系，鼓励企业…": the provision fitting the question best states no sum; a sum of
            # another clause's provision fitting it clearly worse (under RUNNER_UP_RATIO of its score) is another thing's
            # ("对国家和自治区级科技成果转化平台…每年给予最高 100 万元"); its own clause may state the sum in a sentence after it
            # naming no recipient of its own ("中央财政对批准建设的优势特色产业集群进行适当补助。原则上每个奖补资金总额 1.5 亿元…")
            # (nor a sum its own clause pays a recipient of its own that the question does not name, however close it
            # scores: "…每年具体给多少" of 科技大市场 shares 连续5年 and 运营经费 with the platforms' 100 万元)
            # (an English question's words as their every guide word: "talent project" names 人才 and 项目)
            # (and named anywhere in the question: "…talent policy…, and what's the range of the home-purchase subsidy?")
            groups = self.english_groups(question.text) if question.lang == "en" and self.english_groups else []
            asked = question.text if question.lang == "zh" else " ".join(t for group in groups for t in group)
            candidates = [e for e in candidates if (e.score >= RUNNER_UP_RATIO * fits_best.score
                                                    and not (e.clause is fits_best.clause and self._paid_to_another(e, asked)))
                          or (e.clause is fits_best.clause and not GIVEN_TO.search(e.sentence.text))]
        if part.slot == "amount" and part.per in _PRICE_MEASURES and (question.lang == "zh" or _PER_SAID_EN.search(part.text)):
            # "How much subsidy per mu…": money paid per mu ("每亩补贴 500 元", "亩均…", "每节约 1吨…200 元",
            # "30 元/亩"); a lump sum paid once a measure is reached ("年推广面积在 10 万亩以上的一次性奖补 500 万元")
            # is no amount per mu ("takes at least a tonne a day" asks per nothing)
            candidates = [e for e in candidates if part.per in _measures_paid_per(e.sentence.text)
                          or any(states("price", q, per=part.per) for q in e.figures)]
        if part.slot in ("amount", "count") and _ONE_RECIPIENT_ASKED.search(part.text):
            # "单个项目最多能投多少", "每场能补多少钱", "how much per project": what one recipient gets; a sum set aside for
            # the whole programme ("每年安排资金 5000 万元以上", "设立…引导基金 5 亿元") is shared among many, none's own
            # (the programme is what fits the question best: a provision fitting it clearly worse is about another thing)
            top = max(candidates, key=lambda e: e.score, default=None)
            floor_score = RUNNER_UP_RATIO * top.score if top is not None and set_aside_only(top.sentence.text) else 0.0
            candidates = [e for e in candidates if not set_aside_only(e.sentence.text) and e.score >= floor_score]
        if part.slot == "amount" and part.per == "item" and _THING_ASKED_PER.search(part.text):
            # "What's the subsidy per horse?", "每单补贴多少": money paid for each such thing ("每头补贴 15 元", "4万元/车");
            # a lump sum for reaching a size ("奶牛存栏达到 3000 头补贴 600 万元") or a sum per another thing
            # ("每入驻一个平台给予…2万元" asked per parcel) is none for each one
            candidates = [e for e in candidates if _PAID_PER_THING.search(normalise(e.sentence.text))]
        if part.slot == "amount" and _PERIOD_ASKED.search(part.focus[0]) and not _ONE_OFF.search(part.text):
            # "“校园引才大使”每月有多少补贴？": money paid each month or year; a one-off award ("给予最高 5000 元一次性
            # 奖励") is paid once, no amount a month (the asking words: "按月每人3000元，一年补多少" says how it is paid)
            def once_only(e: Evidence) -> bool:
                paid = [q for q in e.figures if q.unit and dimension_of(q.unit) in _MONEY]
                return bool(paid) and all(_paid_once(e.sentence.text, q) for q in paid)

            candidates = [e for e in candidates if not once_only(e)]
        if asked_volts := volts_asked(part.text):
            # "35千伏的工业电价": a tariff's tiers are keyed by voltage; a tier set for other voltages
            # prices another connection, and a table with no tier for 35 kV does not state its price
            # ("below 1 kV and at 1-10 kV": the tiers of either)
            candidates = [e for e in candidates if any(covers_voltage(_whole_sentence(e.clause, e.sentence).text, e.sentence.text, v)
                                                       for v in asked_volts)]
            if part.slot == "price":
                # a tariff's tier for the voltage asked needs no more of the question's words than a Chinese
                # question's floor: what the power runs ("farm irrigation pump") is no word of the table
                floor = min(floor, FIGURE_COVERAGE["zh"])
        if (rank := rank_stated(question.text)) is not None:
            # "an HR services firm ranked 101–200 nationally" of "排名前 10 名、前 50 名、前 100 名的…分别给予": tiers
            # keyed by a ranking pay no rank below every one of them, as a tariff pays no voltage it lists no tier for
            candidates = [e for e in candidates if not (tops := TOP_RANKS.findall(normalise(_whole_sentence(e.clause, e.sentence).text)))
                          or rank <= max(int(t) for t in tops)]
        priced_asked = part.slot == "price" or (part.slot == "amount" and part.per in _PRICE_MEASURES)  # "多少一亩": a price too
        if priced_asked and (places := self._places_named(part.text, question.lang)):
            # "东胜区工业用地多少钱一亩": a heading pricing by place ("1.工业用地价格 › 蒙苏经济技术开发区 6.53 万元/亩；
            # 空港物流园区…") prices the places it lists, and its other lines (a reference price) the guide's own;
            # another place's price it does not state
            listed: dict[tuple[str, ...], list[str]] = {}
            for clause in clauses:
                listed.setdefault(tuple(clause.title_path), []).extend(_PLACE_PRICED.findall(normalise(clause.text)))
            candidates = [e for e in candidates if not (named := listed.get(tuple(e.clause.title_path)))
                          or any(p in t or t in p for p in places for t in named)]
        # (a follow-up naming a kind of its own, "那居民家里用水呢？", asks that kind, not the one before)
        own_kinds = _kinds_asked(question.raw, question.lang) if question.follow_up else set()
        # (and the kind the asking words name, not the one the asker tells of: "工业用电220千伏以上是0.394，那农业生产用电
        # 110千伏是什么价？" asks of farm power)
        asking = _kinds_asked(part.focus[0], question.lang) if question.lang == "zh" and part.focus[1] else set()
        if priced_asked and (kinds := own_kinds or asking or _kinds_asked(part.text, question.lang)):
            # "commercial land", "商业用地": a table pricing another kind of user or use ("工业用地价格",
            # "居民生活用水") does not price the kind asked, as a tariff for other voltages does not
            candidates = [e for e in candidates if not (priced := _kinds_priced(e.clause, e.sentence.text)) or priced & kinds]
        if asked_animals := animals_named(_COMPARED_EN.sub(" ", part.text)):
            # "a per-head subsidy for breeding sheep", "sheep insurance premium": a provision paying for or insuring
            # another animal ("每头进口良种母牛补贴 4000元", the beef-cattle insurance) states nothing of the one asked
            candidates = [e for e in candidates
                          if not (named := animals_named(f"{e.clause.title_path[-1]} {e.sentence.text}")) or named & asked_animals]
        # a provision's sentence naming only other kinds of a table states nothing of the kind asked: "a beef-cattle core
        # breeding farm" of "对新创建的国家级奶牛、奶羊核心育种场一次性奖励 300 万元" (livestock kept for another end, milk
        # not meat, is another kind, as another animal is); "我种的是水地小麦，每亩保费多少" of "水地玉米每亩保险金额 500 元…";
        # "换电重卡补多少" of "…出租汽车给予补贴。其中，…换电车每车补贴 4.5 万元" (a subsidy per taxi is none per truck)
        for kinds_named, asking in ((herds_named, _COMPARED_EN.sub(" ", part.text)), (crops_named, part.text),
                                    (vehicles_named, part.text)):
            if asked_kinds := kinds_named(asking):
                candidates = [e for e in candidates if not (named := kinds_named(_going_on_from(e))) or named & asked_kinds]
        if question.lang == "en" and (negated := self._negated_en(part.text)):
            # "a non-encouraged company", "high-tech firms not in encouraged industries": a sentence stating the
            # figure for what the question rules out ("对…鼓励类产业企业减按 15%") states none for it
            candidates = [e for e in candidates if not any(_states_unnegated(_going_on_from(e), w) for w in negated)]
        things = [k for k in terms.keys if k in part.text and not _named_as_recipient(part.text, k, _ASKED_RECIPIENT)] \
            if question.lang == "zh" else []
        if things:
            # "失业保险金每个月发多少钱" of "…领取失业保险金人员…给予…技能提升补贴": a key asked as the thing paid is not stated by
            # a sentence writing it only to say who is paid something else
            candidates = [e for e in candidates if not _only_as_recipient(normalise(_going_on_from(e)), things)]
        if part.slot == "duration" and _WORKING_DAYS.search(part.text):
            # "how many working days does the re-assessment take": a time in working days; "60 日后" counts calendar days
            candidates = [e for e in candidates if any(q.unit == "工作日" for q in e.figures)]
        if asked_degrees := degrees_named(part.text):
            # "租房补贴对专科生每月补多少" of "按照博士（…）2000 元/人·月、硕士（…重点高校本科生）1500 元/人·月": a rate for other
            # degrees is none for the one asked
            candidates = [e for e in candidates
                          if not (named := degrees_named(_going_on_from(e))) or named & asked_degrees]
        if asked_insurances := social_insurances_named(part.text):
            # "工伤保险费率降到多少" of "阶段性降低失业保险费率至 1%": a rate of another kind of social insurance
            candidates = [e for e in candidates
                          if not (named := social_insurances_named(_going_on_from(e))) or named & asked_insurances]
        each_grade = bool(_GRADES_EACH.search(question.text))  # "三档电价分别多少": every grade of the table
        if (grade := asked_grade(part.text)) is not None and not each_grade:
            # "二档多少钱", "the third tier": a tier of another grade ("一档 0.405 元") prices another
            # (a price of no grade, "居民生活用水：4.05 元/吨", is none of a grade asked, "第二阶梯水价", when its whole
            # sentence grades nothing either)
            graded = [e for e in candidates if tier_grade(e.sentence.text) == grade]
            candidates = graded or [e for e in candidates if tier_grade(e.sentence.text) is None
                                    and not (part.slot == "price" and _UNGRADED_PRICE.search(e.sentence.text))]
        if (asked_class := asked_talent_class(part.text)) is not None:
            # "an A-class talent's salary": a provision stating other classes' figures ("B、C、D 类人才可分别享受…",
            # "D类及以上") states none for the class asked
            candidates = [e for e in candidates
                          if asked_class in (talent_classes(_whole_sentence(e.clause, e.sentence).text) or {asked_class})]
        if (naming := terms.keys or terms.subject) and part.slot != "duration":
            # "每年将 80%以上的可用财力用于…民生，成立全区首个共同富裕基金" states no size of the fund: a sentence's
            # figures all written in its stretches before the one naming what is asked (its keys, or else the words
            # its subject is named by) are about something else (a period is said first of what it is spent on:
            # "通过三年攻坚，把…开发区打造成为…")
            candidates = [e for e in candidates if not _figures_before_key(e, naming)]
        if own := [q for piece in _SHORT_OF.findall(question.text) for q in quantities(piece) if q.unit and not _is_year(q)] \
                or ages_told(question.text):
            # "年加工能力只有2万头，能拿多少？" of "新建年加工能力 3万头以上的…奖励": a figure paid from a size up that the
            # asker's own falls short of is not theirs
            candidates = [e for e in candidates if not floor_unmet(_whole_sentence(e.clause, e.sentence).text, own)]
        matched = [e for e in evidence if e.coverage >= floor and _EQUAL_AMOUNT.search(e.sentence.text)
                   and not stated_money(normalise(e.sentence.text))]
        if part.slot == "amount" and matched and not any(e.coverage >= floor for e in candidates):
            # "对获得自治区科学技术奖的第一完成单位…，按自治区奖金额度给予等额奖励": an amount paid as much as another
            # one is stated by that one; the sentence saying so answers (a sum the question states is matched by the
            # share calculator)
            best = max(matched, key=lambda e: e.score)
            return self._quoted(part, [best.clause], terms, must_match=_EQUAL_AMOUNT)
        if not candidates:
            return self.unanswered(part, clauses)
        best = max(candidates, key=lambda e: e.score)
        asked_years = _years_named(part.text)
        if asked_years and (span := _scheduled_years(best.sentence.text)) and not any(span[0] <= y <= span[1] for y in asked_years):
            # "the rate for 2026": the provision that fits best sets its figure year by year ("2022-2025 年分别
            # 按照 30 元/公斤、…"); for a year outside its schedule the guide states none (another provision's
            # figure would answer another question)
            return self.unanswered(part, clauses)
        written = normalise(best.sentence.text)
        if (after := _years_named(_DOCUMENT_YEAR.sub(" ", part.text), after=True)) and not any(str(y) in written for y in after) \
                and all(_after_period(best.clause, y) for y in after):
            # "2031年按多少税率？" of "自 2021 年 1 月 1 日至 2030 年 12 月 31 日，对…减按 15%的税率征收": a figure set for a
            # period is none for a year after it that its sentence does not name (a target for a year it names is one; the
            # year of a document's number, "(2020 No. 23)", is no year asked)
            return self.unanswered(part, clauses)
        targets = {int(y) for y in _TARGET_BY.findall(written)}
        if asked_years and (_TARGET_ASKED.search(part.text) or (part.slot == "count" and targets)) and not any(
                str(y) in written for y in asked_years):
            # "2026年要达到多少" of "到 2024 年底，…占比力争达到 25%": a target set for another year is no target
            # for the year asked; a provision that writes the year asked answers instead ("…targeted by end-2022?" of
            # "2022 年底前，…突破 15 亿元", not of the next sentence's "到 2025 年，…突破 50 亿元", and the other way round)
            # (a count asked for a year, "2030年要建多少个", of a sentence counting to another year's target is one)
            of_year = [e for e in candidates if any(str(y) in normalise(e.sentence.text) for y in asked_years)]
            if of_year:
                best = max(of_year, key=lambda e: e.score)
            elif targets:
                return self.unanswered(part, clauses)
        if best.coverage < floor:
            # a keyed provision of the best one's clause; of another clause only when the question names
            # both its subject and, apart from it, the word the figure is asked of, and the provision states
            # both ("病残津贴…公示多长时间": the one sentence stating a 公示 period of 病残津贴); a later part
            # is first asked of the provision that answered the part before it (see the chain)
            apart = bool(terms.keys and terms.aspect and not terms.keys & set(terms.aspect)) and part is question.parts[0]
            # (an item of the same list as the best one's, stating the part's key, is of its clause: "（一）对《目录》内…数据中心…58%"
            # beside "（二）对《目录》内单晶硅、多晶硅用电企业…42%")
            keyed = [e for e in candidates if e.coverage >= floor and e.score >= KEYED_OVER_UNKEYED * best.score
                     and (e.clause.clause_id == best.clause.clause_id or apart
                          or (bool(terms.keys) and e.clause.title_path == best.clause.title_path))]
            # (an English key phrase stated in full by other clauses: the one stating most of the question answers)
            close_floor = (CLOSE_KEYED_NAMED if all(len(k) >= NAMED_KEY_CHARS for k in terms.keys) else CLOSE_KEYED) * floor
            close = [e for e in candidates if question.lang == "en" and terms.keys and e.coverage >= close_floor
                     and e.score >= KEYED_OVER_UNKEYED * best.score]
            best = max(keyed, key=lambda e: e.score) if keyed else max(close, key=lambda e: (e.coverage, e.score)) if close else best
        if part.slot == "amount" and ONE_YEAR_EN.search(part.text) and not _YEARLY_STATED.search(best.sentence.text):
            # "how much… each year?": a keyed provision paying by the year answers it before one paying a sum
            # once ("各 1亿元经费" beside "连续 5年…每年给予不低于 3000 万元"), when it fits about as well
            yearly = [e for e in candidates if e.coverage >= floor and _YEARLY_STATED.search(e.sentence.text)]
            if yearly and max(e.score for e in yearly) >= YEARLY_OVER_ONCE * best.score:
                best = max(yearly, key=lambda e: e.score)
        if part.slot in ("amount", "count") and _money(best.figures) and asks_yearly(part.text) and paid_once_only(best.sentence.text):
            # "之后每年还有持续补贴吗？每年多少？" of "对新认定的…分别一次性给予 10 万元和 20 万元奖补": a sum paid
            # once is no yearly amount; a keyed provision paying by the year that fits about as well answers
            # ("一年最多拿多少" of "单个企业主导或参与标准制定每年奖励资金不超过 50 万元"), or none does
            yearly = [e for e in candidates if e.coverage >= floor and _money(e.figures) and _YEARLY_STATED.search(e.sentence.text)]
            if not yearly or max(e.score for e in yearly) < YEARLY_OVER_ONCE * best.score:
                return self.unanswered(part, clauses, best.coverage)
            best = max(yearly, key=lambda e: e.score)
        if part.slot == "amount" and not _money(best.figures) and _MONEY_NAMED.search(part.text):
            # "how much funding per company", "多少钱": money named; a share answers only when no
            # provision nearly as close states money ("保费财政补多少？" may be answered by a share)
            paid = [e for e in candidates if _money(e.figures) and e.coverage >= floor]
            if paid and max(e.score for e in paid) >= MONEY_OVER_SHARE * best.score:
                best = max(paid, key=lambda e: e.score)
        # a figure the asker states is one they know: when the provision that fits the question
        # best only repeats it, the guide gives nothing further on what they ask ("燃气3.06元/立方米，
        # 接驳费多少？"); another provision's figure would answer a question not asked
        # "能按20%拿吗？" confirms the figure it states; "每年1亿元，五年一共多少？" adds it up
        # ("what reduced income tax rate can it get instead of 15%?": an English "what" asks a figure, whatever is between)
        figure_asked = asks_figure(part.text) or (question.lang == "en" and bool(_WHAT_EN.search(part.text)))
        # (a figure inside a name the asker quotes, "the '100,000 Youth Gather in the Warm City' plan", is a name)
        told = quantities(_NAME_QUOTED.sub(" ", part.text)) if figure_asked and not question.total else []

        def tells_more(e: Evidence) -> bool:  # a figure of the asked kind the asker did not state
            return any(states(part.slot, q, part.counted, part.measure, part.per) and not _echoes(q, told) for q in e.figures)

        if told and not tells_more(best):
            same = [e for e in candidates if e.clause.clause_id == best.clause.clause_id and tells_more(e)]
            if not same:
                return self.unanswered(part, clauses, best.coverage)
            best = max(same, key=lambda e: e.score)
        # (a kind of use named beside the ask, "35千伏的工业用电，电价一度多少钱", names what is priced too)
        # (an English kind of use named, "industrial power price", names it as the Chinese does)
        strict = bool(_kinds_asked(part.text, question.lang)) or (question.lang == "zh" and self._names_priced(part))
        if best.coverage < floor or (part.slot == "price" and floor and not self._priced_named(best, terms, strict)):
            # a price is the price of a thing the provision's label names ("居民供热"): one whose
            # label the question does not name at all prices something else ("新房每平米多少钱？")
            return self.unanswered(part, clauses, best.coverage)
        # the question is about the table when several tiers of the best clause score alike
        same_clause = [e for e in candidates if e.clause.clause_id == best.clause.clause_id and e.score >= TABLE_RATIO * best.score
                       and e.coverage >= min(floor, best.coverage)]  # a tier not stating the key words is no tier of its table
        if each_grade:
            # every grade of the table: the tiers of the best one's sentence, and the clause's lines stating a
            # grade ("第一档价格：2.06 元/立方米", one line each)
            whole = _whole_sentence(best.clause, best.sentence)
            same_clause = [e for e in candidates if e.clause.clause_id == best.clause.clause_id
                           and (whole.start <= e.sentence.start < whole.end or tier_grade(e.sentence.text) is not None)]
        chosen = sorted(same_clause, key=lambda e: e.sentence.start)
        # (the asking words' own keys: a key the situation lends, "…项目贷款，再贴息多少", is stated by others' figures too)
        # (else the kind of figure asked, or how it is paid: a "one-off" grant, 一次性, is quoted)
        besides = sorted(set(terms.aspect) or (_paid_how_en(part.text) if question.lang == "en" else set()))
        keys = sorted(self.key_words(HOME.sub(" ", part.focus[0])) if question.lang == "zh" else terms.keys) or besides

        def narrowed(e: Evidence) -> str:
            # a line narrowed to the phrase naming a key ("签订 2年以上购销合同，每新签约 1家养殖场") that cuts off every
            # figure asked is narrowed as if no key were named ("…给予加工企业…一次性补贴 10 万元")
            # (each provision chosen states a figure of the kind asked: every candidate does)
            line = _narrow(e.sentence.text, keys=keys)
            if keys != besides and not self._states_asked(line, part):
                other = _narrow(e.sentence.text, keys=besides)
                line = other if self._states_asked(other, part) else line
            if not self._states_asked(line, part):
                # a long sentence cut before the figure asked ("…稳定工作满 3年…3000 元/月…，最长补贴 2年" of how long):
                # its opening, then the phrase stating it
                pieces = [p for p in re.split(r"(?<=[，,；;])", e.sentence.text.strip()) if p]
                at = next((i for i, p in enumerate(pieces) if i and self._states_asked(p, part)), None)
                if at is not None:
                    return f"{pieces[0].rstrip('，,；;')}…{pieces[at].rstrip('，,；;。')}"
            return line

        segment = "；".join(_with_lead(e.clause, e.sentence, narrowed(e), chosen[i - 1].sentence if i else None)
                           for i, e in enumerate(chosen))
        label = heading_label(best.clause)
        line = segment if not label or _names(segment, label) else f"{label}：{segment}"
        quotes = [(best.clause, _whole_sentence(best.clause, e.sentence)) for e in chosen]
        span = Sentence(segment, chosen[0].sentence.start, chosen[-1].sentence.end)
        # a close second provision (another tier or level the wording does not settle) is quoted
        # under the direct line, so the reader sees both and which is which
        taken = {(e.clause.clause_id, e.sentence.start) for e in chosen}
        runners = sorted(
            (e for e in candidates if (e.clause.clause_id, e.sentence.start) not in taken and e.score >= RUNNER_UP_RATIO * best.score
             and e.coverage >= FIGURE_COVERAGE[question.lang] and e.clause.clause_id == best.clause.clause_id),
            key=lambda e: -e.score,
        )[:RUNNERS_UP]
        # a provision of another clause the question fits as well (a level or a document the
        # wording does not settle) is quoted too, rather than one of them silently chosen
        others = sorted(
            (e for e in candidates if e.clause.clause_id != best.clause.clause_id and e.score >= TIE_RATIO * best.score
             and e.coverage >= max(FIGURE_COVERAGE[question.lang], TIE_RATIO * best.coverage) and e.named >= best.named),
            key=lambda e: -e.score,
        )[:RUNNERS_UP]
        runners += others
        quotes += [(e.clause, _whole_sentence(e.clause, e.sentence)) for e in runners]
        return PartAnswer(part, True, line, _unique(quotes), [(best.clause, span)], coverage=best.coverage)

    def metadata_in_clause(self, part: Part, question: Question, clause: Clause, found: Sequence[Clause] = ()) -> PartAnswer:
        """A metadata part that points back ("…支持多少个？哪两个部门负责？") answered from the clause
        that answered the part before: its subject is that clause's, so no coverage floor is asked.
        A period or number the clause does not carry may be carried by another clause found of the
        same document (its opening "从 2024 年到 2026 年…"): the period is the document's."""
        if part.slot in ("validity", "doc_number") and clause.doc_title and not _states_metadata(clause, part.slot):
            same = [c for c in found if c.doc_title == clause.doc_title and c is not clause]
            stating = [c for c in same if _states_metadata(c, part.slot)]
            dated = [c for c in same if part.slot == "validity" and _DATE.search(c.text)]
            clause = (stating or dated or [clause])[0]
        if part.slot == "doc_number" and clause.doc_title and _ASKS_CITED.search(part.text):
            # "…, and which two earlier notices' provisions did it stop?": the documents another clause of the same
            # document cites, with their numbers ("（财税〔2011〕58 号）…停止执行"), not its own number
            same = [c for c in found if c.doc_title == clause.doc_title and c is not clause]
            return self._metadata(part, [clause, *same], self.part_terms(part, question), floor=0.0, asked=question.text)
        if part.slot == "department" and clause.doc_title and asks_interpreter(part.text):
            # "…who interprets them?": a document names who interprets it once, in its closing article
            # ("本方案…由市人民政府解释"), another clause of it (who does anything else is said of each provision)
            same = [c for c in found if c.doc_title == clause.doc_title and c is not clause]
            return self._metadata(part, [clause, *same], self.part_terms(part, question), floor=0.0, asked=question.text)
        return self._metadata(part, [clause], self.part_terms(part, question), floor=0.0, asked=question.text)

    def _metadata(self, part: Part, clauses: Sequence[Clause], terms: QuestionTerms, floor: float | None = None,
                  asked: str = "") -> PartAnswer:
        """A metadata part answered from the clause model of the clause it is about (``asked``: the whole question)."""
        floor = METADATA_COVERAGE if floor is None else floor
        # the clause the part is about: the best match of its subject among the clauses found
        scored = []
        for rank, clause in enumerate(clauses):
            cov = self.coverage(terms, clause.text + " " + " ".join(clause.title_path) + " " + (clause.doc_title or ""))
            level = 1 + LEVEL_BONUS if part.level and clause.level == part.level else 1.0
            scored.append((cov * level * (1 - RANK_DISCOUNT) ** rank, cov, clause))
        if not scored:
            return self.unanswered(part, clauses)
        # (a document an English question names by a name of the glossary's, "Ordos's 'Keji Xingmeng' implementation
        # measures", is the one asked: another document's clause stating a period, the beef-cattle measures', says nothing
        # of it; a Chinese part's rarest words may be the asker's own, "企业职工新取得正高…谁负责？", and decide nothing here)
        english = detect_language(part.text) == "en"
        keyed = [s for s in scored if english and terms.keys and any(
            states_key(f"{s[2].text} {' '.join(s[2].title_path)} {s[2].doc_title or ''}", k, terms.compounds.get(k)) for k in terms.keys)]
        scored = keyed or scored
        # (a sum the question quotes of the provision, "the 1000万 tech subsidy", "设立1000万元专项资金的文件", names it:
        # the clauses stating that sum are the ones asked about)
        quoted = {q.value for q in quantities(part.text) if q.value >= QUOTED_SUM_MIN and (not q.unit or dimension_of(q.unit) == "money")}
        if quoted:
            scored = [s for s in scored if quoted & {q.value for q in quantities(s[2].text)}] or scored
        # among the clauses about the subject, one that states what is asked
        stating = [s for s in scored if s[1] >= floor and _states_metadata(s[2], part.slot)]
        _, cov, clause = max(stating or scored, key=lambda s: s[0])
        if cov < floor:
            return self.unanswered(part, clauses, cov)
        label = heading_label(clause)
        doc = f"《{clause.doc_title}》" if clause.doc_title else ""
        span: Sentence | None = None  # the department bracket to highlight
        if part.slot == "doc_number":
            if _ASKS_CITED.search(part.text):
                # "which State Council opinion does the plan implement?", "被哪个文件取代": a document the
                # provision cites, named with its number in its text, not the provision's own document
                quoted = self._quoted(part, [clause], terms, must_match=DOC_NUMBER)
                quoted = quoted if quoted.answered else self._quoted(part, clauses, terms, must_match=DOC_NUMBER)
                if quoted.answered:
                    return quoted
            if not clause.doc_number:
                # "依据的是哪个文件？": the clause's text may cite the document it follows, with its number
                # (its own text first: another clause's citation is another document)
                quoted = self._quoted(part, [clause], terms, must_match=DOC_NUMBER)
                if not quoted.answered and not (doc and not _ASKS_NUMBER.search(part.text)):
                    quoted = self._quoted(part, clauses, terms, must_match=DOC_NUMBER)
                if quoted.answered and _ASKS_NUMBER.search(part.text) and not _ASKS_BASIS.search(asked or part.text):
                    # "…政策的文号是多少？": a document's opening that makes it under another ("为贯彻落实《国务院关于…的意见》
                    # （国发〔2023〕16 号）…，制定本方案") numbers that other one, unless the question names that one rather than
                    # its own (a provision given under another document, "按照《…办法》（鄂府发〔2022〕2 号），优先对…给予担保
                    # 贷款", is that document's own provision)
                    citing, sentence = quoted.sources[0]
                    titles = titles_numbered(sentence.text) if sentence and _MADE_UNDER.search(sentence.text) else []
                    own = self.coverage(terms, f"{citing.doc_title or ''} {' '.join(citing.title_path)}")
                    if titles and _bare_title(citing) not in titles and all(self.coverage(terms, t) <= own for t in titles):
                        quoted = PartAnswer(part, False)
                if quoted.answered:
                    return quoted
                if not (doc and not _ASKS_NUMBER.search(part.text)):
                    if clause.doc_title and (cited := self.number_cited(clause.doc_title)) is not None:
                        # a document whose own heading gives no number, cited with it by another document
                        # ("…《国务院关于…的意见》（国发〔2023〕11 号）"): that citation says it
                        citing, number, sentence = cited
                        line = f"{label}：见{doc}，文号{number}"
                        return PartAnswer(part, True, line, [(citing, sentence)], [(citing, sentence)], coverage=cov)
                    return self._unstated(part, clause, "文号", cov)
                line = f"{label}：见{doc}"  # "哪个文件？": the document's title answers it
            else:
                line = f"{label}：见{doc}，文号{clause.doc_number}" if doc else f"{label}：文号{clause.doc_number}"
        elif part.slot == "department":
            if asks_level(part.text) and clause.level:
                # "which level of government issued the plan?": the level the guide files its document under, and the document
                number = f"（{clause.doc_number}）" if clause.doc_number else ""
                line = f"{label}：{clause.level}政策" + (f"，见{doc}{number}" if doc else "")
                return PartAnswer(part, True, line, [], [(clause, None)], coverage=cov)
            if verb := asked_action(part.text) or asked_action_en(part.text):
                # "由谁评定？", "预算是谁来编？": the provision's own words name who does it ("由自治区农牧厅组织评定")
                # ("主管部门可根据产业发展情况对《目录》进行动态调整": what it does may come after how and to what; a verb of one
                # character only close by, "定" being also of "一定")
                reach = 24 if len(verb) > 1 else 10
                who = rf"(?:(?:由|经)[^，,。；;？?]{{1,24}}|(?:{_ORGANISATION.pattern})[^，,。；;？?]{{0,{reach}}})"
                doer = re.compile(who + re.escape(verb) + ("(?!公|法)" if len(verb) == 1 else ""))  # 办, not 办公室
                ranked = [c for _, _, c in sorted(scored, key=lambda s: -s[0])]
                if verb == "发布" and _ORGANISATION.search(f"{clause.doc_number or ''} {clause.doc_title or ''}"):
                    ranked = [clause]  # who issued a document its own number names ("财政部 税务总局…公告"): not another's 发布
                quoted = self._quoted(part, ranked, terms, must_match=doer)
                if quoted.answered:
                    return quoted
                if verb == "解释":
                    # a document names who interprets it in its own closing words ("本政策由…负责解释"); the departments
                    # responsible for one of its provisions are not that
                    return self._unstated(part, clause, "解释部门", cov)
            issuers = f"{clause.doc_number or ''} {clause.doc_title or ''}"
            if not clause.responsible_units and _ASKS_ISSUER.search(part.text) and _ORGANISATION.search(issuers):
                # "哪几个部门联合发的？": the bodies that issued the document, as its number and title name them
                number = f"（{clause.doc_number}）" if clause.doc_number else ""
                line = f"{label}：发文见{doc}{number}" if doc else f"{label}：发文见{clause.doc_number}"
                return PartAnswer(part, True, line, [], [(clause, None)], coverage=cov)
            if not clause.responsible_units and (closing := self._section_units(clause)) is not None:
                # "1.…公共海外仓… 4.…。责任单位：自治区商务厅、财政厅…按职责分工负责": a line of its own closing a
                # section names the departments of each of its items
                units, holder, sentence = closing
                line = f"{label}：责任单位为{'、'.join(units)}"
                return PartAnswer(part, True, line, [(holder, sentence)], [(clause, None), (holder, sentence)], coverage=cov)
            if not clause.responsible_units:
                # "国家鼓励谁来提供增信？": the clause's own text may name who does it
                quoted = self._quoted(part, clauses, terms, must_match=_ORGANISATION)
                return quoted if quoted.answered else self._unstated(part, clause, "责任单位", cov)
            units, span = self._units_of_subject(terms, clause)
            line = f"{label}：责任单位为{'、'.join(units)}"
            bracket = span.text if span is not None else clause.text
            if _LEAD_ASKED.search(part.text) and (lead := _LEAD_UNITS.search(normalise(bracket))) is not None:
                # "which agencies lead the training of hydrogen professionals?" of "(牵头单位:市人力资源和社会保障局、市科学技术局;
                # 责任单位:…)": the units the bracket names as leading first, not among the others
                # (the others after them: "which unit leads it and which are responsible?")
                leading = [u.strip() for u in re.split(r"[、,，]", lead.group("units")) if u.strip()]
                others = [u for u in units if u not in leading]
                line = f"{label}：牵头单位为{'、'.join(leading)}" + (f"；责任单位为{'、'.join(others)}" if others else "")
        elif part.slot == "page":
            if not clause.pages:
                return self._unstated(part, clause, "页码", cov)
            line = f"{label}：见《伊金霍洛旗投资政策指南》{page_label(clause.pages)}"
        else:
            if not (clause.valid_from or clause.valid_until) and clause.doc_title and not _YEAR_WRITTEN.search(clause.text):
                # a document's period stated once, in another of its clauses ("自 2021 年 1 月 1 日至 2030 年 12 月 31 日，
                # 对…减按 15%的税率…" before "《西部地区鼓励类产业目录》由发展改革委牵头制定"): the period of the one asked,
                # which names no year of its own (one that does, "财税〔2013〕4 号…自 2021 年 1 月 1 日起停止执行", dates itself)
                dated = {(c.valid_from, c.valid_until): c for c in self.clauses
                         if c.doc_title == clause.doc_title and (c.valid_from or c.valid_until)}
                clause = next(iter(dated.values())) if len(dated) == 1 else clause
                label = heading_label(clause)
            if not (clause.valid_from or clause.valid_until):
                # no period in the clause model: a sentence that dates it ("自2024年11月1日起施行") may
                quoted = self._quoted(part, clauses, terms, must_match=_PERIOD)
                if quoted.answered and _start_for_end(part, quoted):
                    return self._unstated(part, clause, "截止日期", cov)
                return quoted if quoted.answered else self._unstated(part, clause, "执行期限", cov)
            years = {str(day.year) for day in (clause.valid_from, clause.valid_until) if day}
            # (a period the document's title gives, "…行动计划（2022-2025 年）", is the title's: a sentence of another clause
            # naming those years, "2022 年底前，基本完成…", is a target)
            titled = bool(clause.doc_title) and all(year in (clause.doc_title or "") for year in years)
            stated: tuple[Clause, Sentence] | None = None
            if not any(year in clause.text for year in years) and clause.doc_title and not titled:
                # a period the clause has from its document ("第十四条 本办法自 2025 年 1 月 1 日起实施"):
                # the sentence of that document stating it is quoted, when it is among the clauses found
                same_doc = [c for c in clauses if c.doc_title == clause.doc_title and any(year in c.text for year in years)]
                quoted = self._quoted(part, same_doc, terms, must_match=_PERIOD) if same_doc else None
                if quoted is not None and quoted.answered:
                    return self._unstated(part, clause, "截止日期", cov) if _start_for_end(part, quoted) else quoted
                # ...or, when none found states it, the one sentence of the whole document that does ("本政策自发布之日起施行，
                # 有效期至 2025 年 12 月 31 日" in its closing article): cited beside the clause asked about
                stated = self._period_stated(clause, years)
            # a start with no end is a day the guide writes ("自 2025 年 1 月 1 日起实施")
            whole_years = (not clause.valid_from or (clause.valid_from.month, clause.valid_from.day) == (1, 1)) and (
                (clause.valid_until is not None and (clause.valid_until.month, clause.valid_until.day) == (12, 31))
                or (clause.valid_until is None and clause.valid_from is None)
            )
            source = f"{clause.doc_title or ''} {' '.join(clause.title_path)} {clause.text} {stated[1].text if stated else ''}"
            if whole_years and clause.valid_until and re.search(rf"{clause.valid_until.year}\s*年\s*12\s*月\s*31\s*日", source):
                whole_years = False  # "自 2021 年 1 月 1 日至 2025 年 12 月 31 日": the days as the guide gives them
            # "2022 年至 2024 年" is stated as years: no day is added that the guide does not give
            shown = (lambda day: f"{day.year}年") if whole_years else _cn_date
            issued = re.search(r"(?:发布|印发|公布)之日", re.sub(r"\s+", "", source)) if not clause.valid_from else None
            # ("本政策自发布之日起施行": a start the guide gives as the day of issue, which it does not date)
            start = shown(clause.valid_from) if clause.valid_from else f"自{issued.group(0)}起" if issued else "（未写明起始日）"
            end = shown(clause.valid_until) if clause.valid_until else "（未写明截止日）"
            state = "，已到期" if clause.expired(self.today) else ""
            line = f"{label}：执行期{start}至{end}{state}"
            if whole_years and clause.valid_from and clause.valid_until:
                # the years as the guide writes them ("（2024—2027 年）" in the title), where it does
                pattern = rf"{clause.valid_from.year}\s*(?:—|–|－|-{{1,2}}|~|～)\s*{clause.valid_until.year}\s*年"
                if written := re.search(pattern, source):
                    line = f"{label}：执行期{''.join(written.group(0).split())}{state}"
            if stated is not None:
                return PartAnswer(part, True, line, [stated], [(clause, span), stated], coverage=cov)
        return PartAnswer(part, True, line, [], [(clause, span)], coverage=cov)

    def _period_stated(self, clause: Clause, years: set[str]) -> tuple[Clause, Sentence] | None:
        """The one sentence of ``clause``'s document, in another clause of it, that states the period the clause has
        from its document (its years, in a sentence dating a period), or None."""
        found = [(other, sentence) for other in self.clauses
                 if other.doc_title == clause.doc_title and other is not clause
                 and (other.valid_from, other.valid_until) == (clause.valid_from, clause.valid_until)
                 for sentence in split_provisions(other.text, PROVISION_CHARS)
                 if _PERIOD.search(sentence.text) and all(year in sentence.text for year in years)]
        # (a sentence naming the document's own period, "本政策…有效期至…", before those dating a provision of it, "2025 年底前，对…")
        found = [f for f in found if _DOCUMENT_PERIOD.search(f[1].text)] or found
        return found[0] if len(found) == 1 else None

    def number_cited(self, title: str) -> tuple[Clause, str, Sentence] | None:
        """Where another document of the guide cites the document ``title`` with its number, in brackets right
        after its title ("《国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见》（国发〔2023〕11 号）"): the
        citing clause, the number as written, and the sentence citing it; None when none does, or citations disagree."""
        bare = re.sub(r"\s+", "", title)
        if not self._compact:
            self._compact = [re.sub(r"\s+", "", c.text) for c in self.clauses]
        found: dict[str, tuple[Clause, str, Sentence]] = {}
        for clause, compact_text in zip(self.clauses, self._compact):
            if f"{bare}》（" not in compact_text:
                continue
            for sentence in split_provisions(clause.text, PROVISION_CHARS):
                compact = re.sub(r"\s+", "", sentence.text)
                at = compact.find(f"{bare}》（")
                number = DOC_NUMBER.match(compact, at + len(bare) + 2) if at >= 0 else None
                if number is not None and compact.startswith("）", number.end()):
                    found.setdefault(number.group(0), (clause, number.group(0), sentence))
        return next(iter(found.values())) if len(found) == 1 else None

    def _benefit_asked_en(self, text: str) -> list[tuple[str, ...]]:
        """The guide's words for what a benefit an English yes/no question asks of is of ("a personal income tax rebate"
        → (个人所得税,)), each a group of ways to write one thing, rare in the guide; [] when it names none."""
        m = _BENEFIT_ASKED_EN.search(text)
        if m is None:
            return []
        words = [w for w in m.group(1).split() if w.lower() not in _EN_DETERMINERS | _EN_PHRASE_ENDS | _EN_JOINS]
        if any(_DOCUMENT_WORD_EN.fullmatch(w) for w in words):
            return []  # "a tax guide on export VAT refunds": a document about the benefit is asked, not the benefit
        return self._rare_groups(" ".join(words).lower())

    @staticmethod
    def _negated_en(text: str) -> set[str]:
        """The guide's words (two characters or more) for what an English question rules out: "non-encouraged",
        "not in encouraged industries" → 鼓励; "commercial (not industrial)" → 工业."""
        words = {m.group(1) or m.group(2) for m in _NEGATED_EN.finditer(text)}
        # (a name ruled out whole: 'non-"double first-class"', "a non-key university" → 双一流, 重点高校)
        words |= {m.group(1) or f"{m.group(2)} {m.group(3)}" for m in _NEGATED_NAME_EN.finditer(text)}
        # (a restricted or phased-out industry is of another class of the catalogue than an encouraged one)
        words |= {"encouraged" for _ in _OTHER_CLASS_EN.finditer(text)}
        return {t for w in words for _, found in default_glossary().groups(w) for t in found if len(t) >= 2 and _CJK_WORD.fullmatch(t)}

    def _existence_words_en(self, thing: str) -> list[tuple[str, ...]]:
        """The guide's words for a thing an English "is there a …?" asks the existence of ("a local beef-cattle
        insurance scheme" → (肉牛,), (保险,)…), each a group of ways to write one thing, rare in the guide."""
        return self._rare_groups(HOME.sub(" ", thing).lower(), besides=_EN_FIGURE_WORDS)

    def _rare_groups(self, text: str, besides: frozenset[str] = frozenset()) -> list[tuple[str, ...]]:
        """The guide words (two characters or more) of each glossary phrase of English ``text`` whose every guide word
        is rarely written, a group of ways to write one thing; phrases ending in a word of ``besides`` left out."""
        groups = [tuple(w for w in found if _CJK_WORD.fullmatch(w) and len(w) >= 2)
                  for phrase, found in default_glossary().groups(text) if phrase[-1] not in besides]
        return [g for g in groups if g and all(self.rarely_written(w) for w in g)]

    def _section_units(self, clause: Clause) -> tuple[list[str], Clause, Sentence] | None:
        """The departments a section's closing line names for ``clause``, one of its items: the last item of the
        section ends with a "责任单位：…" sentence of its own (no bracket, which would be that item's), and no item
        between names departments. The departments, the last item and that sentence; None when there is none."""
        parent = clause.clause_id.rpartition(".")[0]
        items = sorted((c for c in self.clauses if c.clause_id.rpartition(".")[0] == parent), key=lambda c: c.source_span[0])
        later = [c for c in items if c.source_span[0] > clause.source_span[0]]
        if not later or any(c.responsible_units for c in later[:-1]):
            return None
        last = later[-1]
        spans = responsible_units_spans(last.text)
        if not spans or last.text[spans[-1][1] :].strip() or not last.text[spans[-1][0] :].startswith("责任单位"):
            return None
        start, end, names_start, names_end = spans[-1]
        return units_in(last.text, names_start, names_end), last, Sentence(last.text[start:end], start, end)

    def _units_of_subject(self, terms: QuestionTerms, clause: Clause) -> tuple[list[str], Sentence | None]:
        """The departments of the provision the question is about, and their bracket: a clause of
        several measures names each one's departments after it ("…国家物流枢纽。（责任单位：自治区交通
        运输厅…）"), so the first bracket after the sentence the subject's words fit best is its
        own; with no sentence fitting, every department of the clause."""
        spans = responsible_units_spans(clause.text)
        first = Sentence(clause.text[spans[0][0] : spans[0][1]], spans[0][0], spans[0][1]) if spans else None
        if len(spans) <= 1:
            return clause.responsible_units, first
        fits = [(terms.overlap(self._tokens(s.text)), s) for s in split_provisions(clause.text, PROVISION_CHARS)]
        best, sentence = max(fits, key=lambda f: f[0])
        if best <= 0:
            return clause.responsible_units, first
        # (one that ends before the sentence does is another's, or heads the clause: "（…以下任务均需…）")
        start, end, names_start, names_end = next((sp for sp in spans if sp[1] >= sentence.end - 1), spans[-1])
        return units_in(clause.text, names_start, names_end), Sentence(clause.text[start:end], start, end)

    def _quoted(self, part: Part, clauses: Sequence[Clause], terms: QuestionTerms, must_match: re.Pattern[str] | None = None) -> PartAnswer:
        if part.level:  # "旗里还有什么支持？": the banner's provisions first
            clauses = sorted(clauses, key=lambda c: c.level != part.level)
        # "营收12个亿…算哪类": the tier whose thresholds the stated figures meet; a yes/no question
        # prefers a tier they meet too ("纳税2.5亿元…能算高层次人才吗？"), but an unmet threshold
        # answers it as well ("年薪50万元能领吗？"): no tier is put back for it
        stated = stated_money(part.text) if asks_category(part.text) or part.slot == "eligibility" else []
        fit = (partial(threshold_fit, stated) if asks_category(part.text) else partial(_met_only, stated)) if stated else None
        if asks_category(part.text) and fit is None:
            # a catalogue lists who it classes one entry at a time ("世界技能大赛金牌获得者（限个人项目）"):
            # the entry naming all of who is asked about is the line, not one naming its words across
            # two entries ("世界技能大赛银牌…，全国技能大赛金牌…"); in English, the guide's words for all it asks
            zh = detect_language(part.text) == "zh"
            who, ask = classed(part.text) if zh else ("", "")
            named = QuestionTerms(self._tokens(HOME.sub(" ", who)), [], self.keyword) if zh else terms
            fit = partial(entry_fit, named, self.tokenize)
            # the catalogue the ask names, as the guide writes it ("按“英才兴蒙”工程算几类") or by whose it is
            # ("在伊旗算哪一类": the banner's): its lines, when some found are of it
            catalogue = _QUOTED.findall(ask)
            level = level_of(ask or part.text)
            of_it = [c for c in clauses if any(name in f"{' '.join(c.title_path)} {c.doc_title or ''}" for name in catalogue)]
            of_it = of_it or [c for c in clauses if level is not None and c.level == level]
            if of_it:
                clauses = of_it
        if fit is None and _DEFINITION_ASKED.search(part.text):
            # "“四科”标准科技型中小企业具体是什么标准？": the sentence saying what it is ("（即每个科技企业要拥有…）"), not one
            # only naming it ("催生一批“四科”标准科技型中小企业")
            fit = _defining
        quotes = select_quotes(
            list(clauses), terms, self.tokenize, max_quotes=3, must_match=must_match, phrase=part.focus[0], fit=fit
        )
        # (a note of the responsible departments, "（责任单位：…、空港物流园区）", says who, not what is provided)
        quotes = [c for c in quotes if not _UNITS_NOTE.fullmatch(c.sentence.text.strip())]
        if not quotes:
            return self.unanswered(part, clauses)
        # the quotes come in document order within the best clause: the line is its best-scoring sentence
        best = max((c for c in quotes if c.clause.clause_id == quotes[0].clause.clause_id), key=lambda c: c.score)
        cov = self.coverage(terms, best.sentence.text + " " + " ".join(best.clause.title_path[-2:]))
        kept = [c for c in quotes if c.clause.clause_id == best.clause.clause_id] or quotes[:1]
        line = _narrow(best.sentence.text, DIRECT_LINE_CHARS * 2)
        label = heading_label(best.clause)
        if asks_category(part.text) and (named := class_heading(best.clause)) and named != label and named not in line:
            # "算哪一类人才？": the class is the heading the item is listed under ("拔尖人才（D 类）")
            label = f"{named} › {label}" if label else named
        if label and not _names(line, label):
            line = f"{label}：{line}"
        support = [(c.clause, c.sentence) for c in kept if c is not best]
        return PartAnswer(part, True, line, support, [(best.clause, best.sentence)], coverage=cov)

    def unanswered(self, part: Part, clauses: Sequence[Clause], coverage: float = 0.0) -> PartAnswer:
        topics: list[str] = []
        for clause in clauses[:5]:
            topic = " › ".join(_LABEL_NOISE.sub("", p) for p in clause.title_path[-2:])
            if topic and topic not in topics:
                topics.append(topic)
        return PartAnswer(part, False, topics=topics[:3], coverage=coverage)

    def _unstated(self, part: Part, clause: Clause, what: str, coverage: float) -> PartAnswer:
        """The clause the part is about is found, but the guide does not give the asked metadata for it."""
        answer = PartAnswer(part, False, topics=[heading_label(clause)], coverage=coverage)
        answer.sources = [(clause, None)]
        answer.line = f"指南中该条款（{heading_label(clause)}）未写明{what}"
        return answer


# How much a sentence whose money thresholds the question's own figures do not all meet counts,
# and how much the tightest met tier gains ("营收12个亿…算哪类": the 10 亿元 tier, not the 50 亿元 one).
UNMET_THRESHOLD = 0.3
MET_THRESHOLD_BONUS = 1.0
# A catalogue line naming less than this share of who is asked about scores as if it named this share.
ENTRY_FIT_FLOOR = 0.3
_THRESHOLD_TEXT = re.compile(r"(?:达到|超过|不低于|不少于|在)\s*$")


# An amount paid as much again as another ("按自治区奖金额度给予等额奖励").
_EQUAL_AMOUNT = re.compile(r"等额")
# A counting word asked ("多少项政策", "几家企业") and the words after it; the counting words that count alike.
_COUNTER_ASKED = re.compile(r"(?:多少|几)\s*(?P<counter>[项件家户人名位所座台辆套头只场次批条])(?P<noun>[\u4e00-\u9fff]{0,2})")
_COUNTERS_ALIKE = ({"人", "名", "位"}, {"家", "户", "所"}, {"头", "只"}, {"台", "辆", "套"})


def counts_asked(asked: re.Match[str], q: Quantity, sentence: str) -> bool:
    """Does ``q`` count what a Chinese count ``asked`` ("多少项政策") counts: a number in the same counting word (or one
    counting alike, "名" of "人", or the bare "个"), or followed by the thing asked ("3件专利" of "多少项专利")?"""
    counter = asked.group("counter")
    if dimension_of(q.unit) != "count" or q.unit in (counter, "个") or any({counter, q.unit} <= same for same in _COUNTERS_ALIKE):
        return True
    noun, text = asked.group("noun"), normalise(sentence)
    return bool(noun) and any(noun in text[m.end() : m.end() + 8] for m in re.finditer(re.escape(q.text.strip()), text))


# An edition asked ("which edition", "which year's version", "哪年的版本", "按哪个版本算"), with a year when one is asked; and
# a sentence naming an edition ("（2024 年版）", "2021 年版《…》", "按新版本执行"), with its year.
_EDITION_ASKED = re.compile(r"\b(?:which|what)\s+(?P<year>year['’]?s?\s+)?(?:edition|version)\b|"
                            r"(?P<year_zh>哪一?年)(?:的)?(?:版本|版)|哪个版本|哪一?版", re.IGNORECASE)
_EDITION_WORD = re.compile(r"版")
_EDITION_STATED = re.compile(r"\d\s*年\s*[版本]|\d\s*版|版本|修订版|[（(]\s*\d+\.\d+\s*[）)]")  # ("人才新政 2.0 版", "指引（2.0）")
_YEAR_EDITION_STATED = re.compile(r"\d\s*年\s*[版本]")
# Whether a figure has a cap ("Is there a cap on…", "有没有上限"), and a sentence setting one.
_CAP_EXISTS_ASKED = re.compile(r"(?:有没有|是否有|有无)[^，,？?]{0,6}?(?:上限|封顶|限额|最高额)|"
                               r"\b(?:is|are)\s+there\s+(?:a|an|any)\s+(?:upper\s+)?(?:cap|ceiling|limit|maximum)s?\b", re.IGNORECASE)
_BOUND_STATED = re.compile(r"最高|不超过|不高于|上限|封顶|最多|限额|以内|以下")
# A ratio asked in Chinese ("按什么比例分成", "多大比例"), and a sentence stating one ("10%", "1:1", "2倍", "三分之一").
_RATIO_ASKED_ZH = re.compile(r"(?:什么|多大|怎样的?|哪个)(?:比例|比率)")
_SHARE_STATED = re.compile(r"\d\s*[%％]|百分之|\d\s*[:：]\s*\d|\d\s*倍|[一二三四五六七八九]成|分之[一二三四五六七八九十]")

# A figure the asker says falls short ("年加工能力只有2万头", "到账金额仅150万元", "only 300 kg a day"): the stretch saying it.
_SHORT_OF = re.compile(r"[^，,。；;？?]*(?:只有|仅有|仅|才|不到|不足|只)\s*[\d.]+[^，,。；;？?]*|"
                       r"[^,.;?]*\b(?:only|just|less than)\s+[\d.,]+[^,.;?]*", re.IGNORECASE)


# An age told in English without its unit ("parents aged 65 to 69", "a 45-year-old engineer").
_AGED_EN = re.compile(r"\baged\s+(\d{1,3})(?:\s*(?:to|-|–|and)\s*(\d{1,3}))?\b|\b(\d{1,3})[- ]years?[- ]old\b", re.IGNORECASE)


# An age told as some years over a number ("父母70多了", "60多岁"): at least that number.
_OVER_AGE_ZH = re.compile(r"(?<![\d.])(\d{2,3})多(?=岁|周岁|了)")


def ages_told(text: str) -> list[Quantity]:
    """The ages a question tells ("我父母68岁", "people over 60 years old", "parents aged 65 to 69"): someone's own,
    which an age a provision's figure is paid from up ("年龄达到 70 周岁以上的父母") may be beyond."""
    told = [q for q in quantities(text) if dimension_of(q.unit) == "age"]
    told += [Quantity(Decimal(m.group(1)), "岁", m.group(0)) for m in _OVER_AGE_ZH.finditer(text)]  # "父母70多了": over 70
    for m in _AGED_EN.finditer(text):
        told += [Quantity(Decimal(n), "岁", n) for n in m.groups() if n]
    return told


def _is_year(q: Quantity) -> bool:
    """Is ``q`` a calendar year ("2024年"), no number of years?"""
    return q.unit == "年" and 1900 <= q.value <= 2100


def floor_unmet(text: str, own: list[Quantity]) -> bool:
    """Does ``text`` set a floor ("3万头以上", "200 万元（含）以上") in the unit of a figure the asker states that the
    asker's falls short of, with no floor it meets in that unit?"""
    normal = normalise(text)
    floors = [f.quantity for f in figures(normal) if f.unit is not None and AT_LEAST_AFTER.match(normal[f.unit_end :])]
    unmet = False
    for floor in floors:
        mine = [q for q in own if q.unit and dimension_of(q.unit) == dimension_of(floor.unit) and dimension_of(q.unit)]
        if not mine:
            continue
        if any(q.value >= floor.value for q in mine):
            return False  # a floor met: its tier is the asker's
        unmet = True
    return unmet


def states_its_keys(keys: set[str], answer: PartAnswer, lang: str) -> bool:
    """Does the sentence (or its headings) ``answer``'s direct line rests on state a part's ``keys``: every key of a
    Chinese part, one of an English part's key phrase's guide words ("wind power chain" → 风电)?"""
    said = [f"{sentence.text} {' '.join(clause.title_path)}" for clause, sentence in answer.sources if sentence is not None]
    if not keys or not said:
        return False
    stated = [any(states_key(text, k) for text in said) for k in keys]
    return any(stated) if lang == "en" else all(stated)


# A thing the asker says it is not ("不属于鼓励类产业的企业", "非鼓励类", "whose main business is NOT in the encouraged-industries
# catalogue", "we are not a high-tech enterprise"): what is said of that thing is not said of the asker.
_EXCLUDED_ZH = re.compile(r"(?:不属于|不在|不是|并非|(?<![是而除])非)(?P<thing>[\u4e00-\u9fffA-Za-z]{2,12}?)"
                          r"(?=的|之|，|,|。|？|\?|）|\)|内|里|范围|目录|$)")
_EXCLUDED_EN = re.compile(
    r"\b(?:not|isn't|aren't|isn’t|aren’t)\s+(?:in|on|listed in|covered by|part of|among|one of|a|an)\s+(?:the\s+)?"
    r"(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}?)(?=\s*(?:[,.;:?)]|$|\b(?:and|but|so|what|which|how|do|does|can|is|are)\b))",
    re.IGNORECASE,
)
# The guide negating a thing itself ("非鼓励类", "不属于…的"): a sentence saying what is paid to those who are not it.
_NEGATED_BEFORE = re.compile(r"(?:不属于|不在|不是|并非|非|除|未列入|未纳入|未进入|不含|不包括|不包含)\s*$")
# ...a thing named that way is three characters at least: "不在国家目录里的" names no thing apart from the scope word 国家
EXCLUDED_CHARS = 3


_LATIN_SPACED = re.compile(r"(?<=[A-Za-z0-9])(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])")


def excluded_named(composer: Composer, question: str, lang: str) -> set[str]:
    """The guide words of the things the asker says it is not (see ``_EXCLUDED_ZH``, ``_EXCLUDED_EN``): the phrase itself
    in Chinese, the key words of the glossary's phrase in English."""
    if lang == "zh":
        # (the guide writes a space between Latin letters and Chinese, "RCEP 原产", which an asker may not)
        return {thing for m in _EXCLUDED_ZH.finditer(re.sub(r"\s+", "", question))
                if len(thing := m.group("thing")) >= EXCLUDED_CHARS
                and (composer.frequency(thing) or composer.written(thing) or composer.written(_LATIN_SPACED.sub(" ", thing)))}
    return {k for m in _EXCLUDED_EN.finditer(question) for k in composer.key_group_en(m.group("thing"))}


def states_excluded(answer: PartAnswer, excluded: set[str]) -> bool:
    """Does a sentence ``answer``'s direct line rests on state a thing the asker says it is not, other than to negate it?"""
    said = [re.sub(r"\s+", "", sentence.text) for _, sentence in answer.sources if sentence is not None]
    return any(not _NEGATED_BEFORE.search(text[: m.start()]) for text in said for thing in excluded
               for m in re.finditer(re.escape(thing), text))


def _bare_title(clause: Clause) -> str:
    return re.sub(r"\s+", "", clause.doc_title or "")


def titles_numbered(sentence: str) -> list[str]:
    """The titles of the documents a sentence cites with their numbers ("《…的意见》（国发〔2023〕16 号）"), compact;
    [] when a number it writes follows no title (its own document's, "内政办发〔2024〕24 号文件规定…")."""
    compact = re.sub(r"\s+", "", sentence)
    titles = []
    for number in DOC_NUMBER.finditer(compact):
        before = re.search(r"《([^《》]+)》[（(]$", compact[: number.start()])
        if before is None:
            return []
        titles.append(before.group(1))
    return titles


def _start_for_end(part: Part, quoted: PartAnswer) -> bool:
    """Is ``quoted`` a policy's start given for the end (or the length) ``part`` asks ("有效期到哪一年" of "本方案政策措施
    自发布之日起 30 日后施行")? When a policy starts is not when it ends, nor how long it holds."""
    return asks_end(part.text) and bool(_START_ONLY.search(quoted.line)) and not _END_STATED.search(quoted.line)


def threshold_fit(stated: list[Quantity], text: str) -> float:
    """How well the money the question states (``stated``: "营收12个亿", "工资160万") meets the
    money thresholds of ``text`` ("营业收入 10 亿元（含）以上…工资性收入在 150万元（含）以上"): each
    threshold goes with the stated figure nearest it in size; 1.0 when the text sets none."""
    normal = normalise(text)
    thresholds = [f.quantity for f in figures(normal) if f.unit is not None and f.unit.dimension == "money" and (
        _THRESHOLD_TEXT.search(normal[max(0, f.start - 4) : f.start]) or AT_LEAST_AFTER.match(normal[f.unit_end :])
    )]
    if not thresholds or not stated:
        return 1.0
    ratios = []
    for threshold in thresholds:
        nearest = min(stated, key=lambda q: abs(math.log10(max(q.value, 1)) - math.log10(max(threshold.value, 1))))
        if nearest.value < threshold.value:
            return UNMET_THRESHOLD
        ratios.append(float(threshold.value / nearest.value))
    return 1 + MET_THRESHOLD_BONUS * sum(ratios) / len(ratios)


_ENTRY_END = re.compile(r"[；;，,。]")


def entry_fit(named: QuestionTerms, tokenize: Callable[[str], list[str]], text: str) -> float:
    """How much of what ``named`` names one entry of ``text`` (the stretch between two commas or
    semicolons) names, squared: a line naming it across two entries scores less."""
    if not named.total:
        return 1.0
    share = max(named.overlap(tokenize(entry)) / named.total for entry in _ENTRY_END.split(text))
    return max(ENTRY_FIT_FLOOR, share) ** 2


def _met_only(stated: list[Quantity], text: str) -> float:
    """:func:`threshold_fit` with an unmet threshold left neutral: a yes/no question is answered by it too."""
    return max(1.0, threshold_fit(stated, text))


def _money(found: list[Quantity]) -> bool:
    return any(dimension_of(q.unit) in _MONEY for q in found)


def _echoes(q: Quantity, told: list[Quantity]) -> bool:
    """Is ``q`` a figure the question itself states? The same value in the same unit, or in the
    unit's first part ("3.06 yuan" for 3.06 元/立方米); a bare number only when it is no day or
    small count (a question's "10万到300万" names amounts)."""
    for s in told:
        if s.value != q.value:
            continue
        if s.unit and q.unit and s.unit.split("/")[0] == q.unit.split("/")[0]:
            return True
        if not s.unit and s.value > SMALL_COUNT:
            return True
    return False


# The voltages a tier is set for: "1-10KV", "不满1KV", "小于 1KV", "220 千伏以上", "110KV".
_VOLTS = r"\s*(?:kv|千伏)"
_VOLT_RANGE = re.compile(rf"(\d+(?:\.\d+)?)\s*[-—~至到]\s*(\d+(?:\.\d+)?){_VOLTS}", re.IGNORECASE)
_VOLT_BELOW = re.compile(rf"(?:不满|小于|低于)\s*(\d+(?:\.\d+)?){_VOLTS}|(\d+(?:\.\d+)?){_VOLTS}\s*以下", re.IGNORECASE)
_VOLT_BELOW_EN = re.compile(r"\b(?:below|under|less than|lower than)\s*(\d+(?:\.\d+)?)\s*kv|\bsub-?\s*(\d+(?:\.\d+)?)\s*kv", re.IGNORECASE)
_VOLT_ABOVE = re.compile(rf"(\d+(?:\.\d+)?){_VOLTS}\s*(?:及)?以上", re.IGNORECASE)
# ("10千伏以上" asked: the voltages over it, which a "1-10 千伏" tier sets no price for)
_VOLT_ABOVE_EN = re.compile(r"\b(?:above|over|more than|higher than)\s*(\d+(?:\.\d+)?)\s*kv", re.IGNORECASE)
_VOLT = re.compile(rf"(?<![\d.\-—~])(\d+(?:\.\d+)?){_VOLTS}", re.IGNORECASE)


# A fee an English question names by what it is for ("an application fee", "connection fees"),
# and words that say only what kind of payment it is.
# ("charge" is left out: "what does the banner charge", "our firm charges 0.8%" use it as a verb)
_FEE_EN = re.compile(r"\b([a-z][a-z-]+)\s+fees?\b", re.IGNORECASE)
_EN_FEE_KINDS = frozenset("annual monthly one-off one-time total extra additional any such other usual standard".split())
# A fee a question names ("接驳费是", "要交工本费吗，"): the characters before 费.
_FEE_ZH = re.compile(r"[\u4e00-\u9fff]{1,3}费")
# A word naming a kind of measure by its end ("征收率", "容积率", "价差"): asked of, and never written by
# the guide, it is a figure the guide does not give.
_MEASURE_NOUN = re.compile(r"(?:[\u4e00-\u9fff]率|价差|差价|密度)$")
# The measures an amount asked per one of them prices ("用地多少一亩", "每度多少").
_PRICE_MEASURES = frozenset({"area", "weight", "volume", "energy", "length"})


def _kinds_asked(text: str, lang: str) -> set[str]:
    """The kinds of use a question asks the price for ("商业用地" → 商业, "commercial land" → 商业), with the
    kinds a table for them may be written for (工商业 for 商业)."""
    named = ({m.group(1) for m in _KIND_ASKED.finditer(text)} if lang == "zh"
             else {_KIND_OF_USE_EN[(m.group(1) or m.group(2) or "vehicle").lower()] for m in _KIND_NOUN_EN.finditer(text)}
             or {_KIND_OF_USER_EN[m.group(1).lower()] for m in _KIND_USER_EN.finditer(text)})
    return set().union(*(_KINDS_OF[k] for k in named)) if named else set()


def _kinds_priced(clause: Clause, tier: str) -> set[str]:
    """The kinds of use a tier's table prices, by its label and its own lead ("工业用地价格 › 基准价格：…")."""
    return {m.group(1) for m in _KIND_OF_USE.finditer(f"{heading_label(clause)} {_lead(tier, TABLE_LEAD_CHARS)}")}


def volts_asked(text: str) -> set[Decimal]:
    """The voltages a question asks of ("35千伏", "at 1-10 kV"), one just under each it asks below ("不满1千伏",
    "a sub-1kV connection")."""
    volts = {q.value for q in quantities(text) if q.unit == "千伏"}
    below = {Decimal(v) for m in (*_VOLT_BELOW.finditer(normalise(text)), *_VOLT_BELOW_EN.finditer(text)) for v in m.groups() if v}
    above = {Decimal(v) for m in (*_VOLT_ABOVE.finditer(normalise(text)), *_VOLT_ABOVE_EN.finditer(text)) for v in m.groups() if v}
    return {v - Decimal("0.001") if v in below else v + Decimal("0.001") if v in above else v for v in volts}


def covers_voltage(sentence: str, tier: str, volts: Decimal) -> bool:
    """Is a tier (or, when it names no voltage, the sentence it stands in: "不满1KV：一档…；二档…")
    set for ``volts``? A text naming no voltage at all is set for none in particular: it covers any."""
    for text in (normalise(tier), normalise(sentence)):
        ranges = [(Decimal(a), Decimal(b)) for a, b in _VOLT_RANGE.findall(text)]
        below = [Decimal(a or b) for a, b in _VOLT_BELOW.findall(text)]
        above = [Decimal(a) for a in _VOLT_ABOVE.findall(text)]
        exact = [Decimal(a) for a in _VOLT.findall(_VOLT_RANGE.sub(" ", text))]
        if ranges or below or above or exact:
            return (any(a <= volts <= b for a, b in ranges) or any(volts < b for b in below) or any(volts >= a for a in above)
                    or (volts in exact and not below and not above))
    return True


# The grade of a tiered price: "第二档", "二档", "第2阶梯"; in English "the second tier", "tier 2".
_GRADE_ZH = re.compile(r"第?([一二三四五六七八九]|[1-9])\s*(?:档|阶梯)")
# "三档电价分别多少": the three grades, each asked, not the third
_GRADES_EACH = re.compile(r"(?<!第)([一二三四五六七八九]|[1-9])\s*(?:档|阶梯)[^，,？?]{0,6}(?:分别|各)")
_GRADE_EN = re.compile(
    # ("the second gas tier": one word may say what is tiered)
    r"\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)[\s-]+(?:[a-z]+\s+)?(?:tier|band|step|bracket)s?\b|"
    r"\b(?:tier|band|step|bracket)\s*([1-9])\b",
    re.IGNORECASE,
)
_GRADE_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}


def _grade_number(word: str) -> int | None:
    return int(word) if word.isdigit() else chinese_to_int(word) if word in "一二三四五六七八九" else _GRADE_WORDS.get(word.lower())


def asked_grade(text: str) -> int | None:
    """The one grade of a tiered price a question asks ("第二档", "the third tier"), or None."""
    if _GRADES_EACH.search(text):
        return None
    grades = {_grade_number(m.group(1)) for m in _GRADE_ZH.finditer(text)}
    grades |= {_grade_number(m.group(1) or m.group(2)) for m in _GRADE_EN.finditer(text)}
    grades.discard(None)
    return grades.pop() if len(grades) == 1 else None  # type: ignore[return-value]


def grades_named(text: str) -> set[int]:
    """Every grade of a tiered price a question names ("第二档比第一档", "the second tier…the first-tier price")."""
    grades = {_grade_number(m.group(1)) for m in _GRADE_ZH.finditer(text)}
    grades |= {_grade_number(m.group(1) or m.group(2)) for m in _GRADE_EN.finditer(text)}
    return {g for g in grades if g is not None}


# A price set for one kind of use with no grade ("居民生活用水：4.05 元/吨"): the whole price of that use.
_UNGRADED_PRICE = re.compile(r"^[\s—-]*[\u4e00-\u9fff]{2,10}[：:]\s*[\d.]+\s*元\s*/")


def tier_grade(tier: str) -> int | None:
    """The grade a tier states ("二档 0.455 元" → 2), or None."""
    grades = {_grade_number(m.group(1)) for m in _GRADE_ZH.finditer(tier)}
    return grades.pop() if len(grades) == 1 else None


# A ratio asked ("…与农业产值之比要达到多少", "what ratio…").
# ("加工业产值与农业产值比要达到多少": one measure set against another)
_RATIO_ASKED = re.compile(
    r"之比|比例|比值|配比|与[^，,。；;？?]{1,16}?比(?=[^，,。；;？?比]{0,6}(?:多少|几|达到|是|为))|\bratios?\b|\bproportions?\b",
    re.IGNORECASE,
)


def asks_ratio(text: str) -> bool:
    """Does ``text`` ask a ratio, which a ratio the guide writes ("1.6∶1") states?"""
    return bool(_RATIO_ASKED.search(text))


# The rest of a ratio after its first number ("1.6∶1", "1:10").
_RATIO_AFTER = re.compile(r"\s*[∶:]\s*\d+(?:\.\d+)?(?![\d.])")
# "单晶硅企业呢？": the ask before, of another thing.
_ASKED_AGAIN_ZH = re.compile(r"呢\s*[？?]?\s*$")
# What a provision leaves out of what it is for: "（不含单晶硅、多晶硅）", "（仅限应用商店，不含网络出版服务）".
_EXCLUDED = re.compile(r"(?:不含|不包括|不包含)[^（(）)，,。；;：:]{2,40}")
# A clause opening with a numbered title sentence of its own: "24.实施科技突围工程。", "（三）强化人才支撑。".
_ITEM_TITLE = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*([^，,；;。：:\d]{2,20})。")
# The unit a heading's kind of price is per: under "5.电价 › 居民", "一档0.415元" is 0.415 元/度.
_PRICED_PER = (("电价", "度"), ("水价", "吨"), ("气价", "立方米"), ("地价", "亩"))


# Money paid per a measuring unit: "每亩", "每增加 1吨", "每节约 1吨标准煤", "亩均"; and its English ask ("per mu").
_PAID_PER_ZH = re.compile(
    rf"每[^\d，,。；;、元]{{0,4}}?(?:\s*1\s*)?(?P<unit>{PER_UNITS_ZH})|(?P<avg>亩|吨)均"
)
_WHAT_EN = re.compile(r"\bwhat\b", re.IGNORECASE)
_PER_SAID_EN = re.compile(r"\b(?:per|each|every)\s+(?:tonne|ton|kva|kwh|kilowatt|cubic|square|mu|kg|kilogram|kilomet|km\b|"
                          r"(?:unit\s+of\s+)?(?:(?:planted|planting|sown|farmed|cultivated|land|floor)\s+)?area\b)", re.IGNORECASE)


# What an English question rules out: "non-encouraged", "not in encouraged industries", "(not industrial)".
_NEGATED_EN = re.compile(
    r"\bnon-?([a-z]{4,})\b|\bnot\s+(?:in\s+|from\s+|part of\s+)?(?:an?\s+|the\s+)?([a-z]{4,})"
    r"(?=\s+(?:[a-z-]+\s+){0,2}?(?:industr|compan|enterprise|firm|land|sector|categor|catalogue|list|project)|\s*\))",
    re.IGNORECASE,
)


# A name an English question rules out whole: a quoted one ('non-"double first-class"') or a kind of school ("non-key
# university").
_NEGATED_NAME_EN = re.compile(r"\bnon-?[\"“‘']([^\"”’']{3,40})[\"”’']|\bnon-?([a-z]{3,})\)?\s+(universit(?:y|ies)|colleges?|schools?)\b",
                              re.IGNORECASE)
# An industry of a class of the catalogue other than the encouraged one ("a restricted industry", "phased-out projects").
_OTHER_CLASS_EN = re.compile(r"\b(?:restricted|eliminated|phased[\s-]out|obsolete|prohibited|banned)[\s-]+(?:[a-z-]+\s+){0,2}?"
                             r"(?:industr|categor|catalogue|project|sector|business)", re.IGNORECASE)


def _states_unnegated(text: str, word: str) -> bool:
    """Does ``text`` state ``word`` other than as what it rules out ("非居民" rules 居民 out)?"""
    return any(not re.search(r"[非不无未]$", text[: m.start()]) for m in re.finditer(re.escape(word), text))


def _said_under_headings(quoted: PartAnswer) -> list[str]:
    """A quoted answer's line and each quoted sentence under its clause's headings: what it states of a thing."""
    return [quoted.line] + [f"{' '.join(c.title_path)} {sentence.text}" for c, sentence in quoted.quotes]


# A grade of prize stated: "一等奖", "二等奖及以上", "特等奖".
_GRADE_STATED = re.compile(r"[一二三四特]等奖")


def _going_on_from(evidence: Evidence) -> str:
    """A provision's sentence, with the one before it when it goes on from it ("…出租汽车给予补贴。其中，…")."""
    return f"{evidence.goes_on_from}{evidence.sentence.text}"


def _after_its_period(text: str, answer: PartAnswer) -> bool:
    """Does ``text`` ask only of years after the period of every provision ``answer`` rests on, which its quoted
    sentences do not name ("2031年以后…还按15%吗" of "自 2021 年 1 月 1 日至 2030 年 12 月 31 日…")?"""
    asked = _years_named(text, after=True)
    ends = [c.valid_until for c, _ in answer.sources]
    if not asked or not ends or any(end is None for end in ends):
        return False
    said = " ".join(sentence.text for _, sentence in answer.sources if sentence is not None)
    return min(asked) > max(end.year for end in ends if end is not None) and not any(str(y) in said for y in asked)


# Chinese an English question writes ("(限制类)", "the '三新一强' plan"), and the marks a clause may write
# inside such a name ("“三新”“一强”", "首台（套）", "“蒙”字标").
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
NAME_MARKS = re.compile(r"[\s“”\"'‘’《》〈〉「」（）()【】、·•—\-]")


def chinese_named(text: str) -> list[str]:
    """The Chinese names an English question writes, but for units and figures ("8亿元"), the home places and
    words asking ("文号", "责任单位")."""
    return [w for w in _CJK_RUN.findall(text) if not unit_named(w) and not unit_named(w.lstrip("万亿千百"))
            and not HOME.fullmatch(w) and slot_of(w) == "fact"]


def _bare(clause: Clause) -> str:
    """A clause's text, headings and document title without spaces and the marks inside names."""
    return NAME_MARKS.sub("", normalise(" ".join((clause.text, *clause.title_path, clause.doc_title or ""))))


# The dimension of the figure a slot asks, where one reads it.
_ASKED_DIMENSION = {"amount": "money", "percentage": "percent"}


def _after_period_of_stated(text: str, clauses: Sequence[Clause]) -> bool:
    """Does a yes/no ``text`` ask only of years after the period of the best clause found that states a figure it
    names ("15%的优惠税率，2031年以后还能继续享受吗？" of "自 2021 年 1 月 1 日至 2030 年 12 月 31 日，…减按 15%的税率…"),
    years that clause does not name?"""
    asked = _years_named(text, after=True)
    named = [q for q in quantities(text) if q.unit and q.unit != "年"]
    if not asked or not named:
        return False
    stating = next((c for c in clauses if any(any(q.same_value(s) for s in quantities(c.text)) for q in named)), None)
    if stating is None or stating.valid_until is None:
        return False
    return min(asked) > stating.valid_until.year and not any(str(y) in stating.text for y in asked)


# A guide word saying only how money is paid (once, as an award or a subsidy), naming no provision.
_PAID_HOW = re.compile(r"一次性|奖励|奖补|补贴|补助|资助|支持|扶持|经费|资金")


def _says_how_paid(group: Sequence[str]) -> bool:
    """Do the guide words of an English word or phrase only say how money is paid ("one-off" → 一次性)?"""
    return bool(group) and all(_PAID_HOW.fullmatch(w) for w in group)


def _paid_how_en(text: str) -> set[str]:
    """The guide words of an English part's words saying how money is paid ("one-off" → 一次性)."""
    return {t for _, group in default_glossary().groups(text) if _says_how_paid(group) for t in group}


# A sentence that only names the departments responsible ("（责任单位：旗财政局…，协同单位：…）").
_UNITS_NOTE = re.compile(r"[（(〔\[]\s*(?:责任|牵头|协同|配合)单位\s*[：:].*[）)〕\]]\s*[。；;]?")
# What parts a sentence into stretches, each saying one thing ("…用于保障和改善民生，成立…基金，扩大就业…").
_STRETCH_BREAK = re.compile(r"[，,；;：:]")


def _figures_before_key(evidence: Evidence, keys: set[str]) -> bool:
    """Are all of ``evidence``'s figures written in stretches of its sentence before the first stretch naming a key
    (which its headings do not name)? Then they are about what those stretches name."""
    if not evidence.figures or any(mentions(" ".join(evidence.clause.title_path), k) for k in keys):
        return False
    text = "".join(evidence.sentence.text.split())
    stretches = _STRETCH_BREAK.split(text)
    keyed = [i for i, stretch in enumerate(stretches) if any(mentions(stretch, k) for k in keys)]
    if not keyed or keyed[0] == 0:
        return False
    key_at = sum(len(stretch) + 1 for stretch in stretches[: keyed[0]])  # (each stretch and the mark after it)
    written = ("".join(q.text.split()) for q in evidence.figures)
    return not any(m.start() >= key_at for figure in written for m in re.finditer(re.escape(figure), text))


# A ranking a provision's tiers are keyed by: "排名前 10 名、前 50 名、前 100 名".
TOP_RANKS = re.compile(r"前\s*(\d+)\s*(?:名|位|强)")
# A place in a ranking a question states: "ranked 101–200", "ranked 40th", "top 30", "排名第120位", "排名前80".
_RANK_STATED = re.compile(
    r"\b(?:rank(?:ed|s|ing)?|top|no\.)[\s-]*(?:in\s+the\s+)?(?:top[\s-]+)?(?:no\.\s*)?(\d+)|\b(\d+)(?:st|nd|rd|th)\b(?=[^.?!]{0,30}\brank)|"
    r"(?<=ranked\s)(\d+)(?:st|nd|rd|th)|排名?(?:第|前)\s*(\d+)|第\s*(\d+)\s*(?:名|位)",
    re.IGNORECASE,
)


def rank_stated(text: str) -> int | None:
    """The best place in a ranking a question says the asker holds ("ranked 101–200" → 101, "top-10" → 10,
    "排名第120位" → 120), when it states one."""
    ranks = rank_places(text)
    return min(ranks) if len(ranks) == 1 else None


def asks_signed(part: Part) -> bool:
    """Does ``part`` ask when its document was issued or signed, or by whom (see :meth:`Composer.signed_line`)? (A period
    asked after a date issued, "哪天发布的？从什么时候起执行？", is the period.)"""
    return part.slot in ("fact", "list", "department") and bool(_SIGNED_ASKED.search(part.text) or _SIGNERS_ASKED.search(part.text))


def rank_places(text: str) -> set[int]:
    """Every place in a ranking a question states ("two in China's top 50 and one ranked 70th" → {50, 70})."""
    return {int(g) for m in _RANK_STATED.finditer(normalise(text)) for g in m.groups() if g}


# An amount asked for each of a kind of thing (an animal, a vehicle, a machine, an order or parcel), not of a
# recipient ("per enterprise": a grant to a firm is paid per firm whether or not it says so), and money paid per
# such thing: "每头补贴", "每收购一只", "4万元/车", "单台", "每个平台".
_THING_ASKED_PER = re.compile(
    r"每[一1]?(?:头|只|匹|单|件|台|辆|套|枚|支|张|株)|"
    # ("per fuel-cell vehicle", "each imported breeding cow": the thing may be described before it)
    r"\b(?:per|for each|for every|each|every)(?:\s+|-)(?:(?!(?:year|month|week|day|annum)\b)[a-z-]+\s+){0,2}?"
    r"(?:head|cows?|cattle|sheep|goats?|ewes?|horses?|camels?|pigs?|animals?|"
    r"parcels?|packages?|orders?|shipments?|vehicles?|trucks?|cars?|taxis?|buses|bus|machines?|tractors?|sets?|pieces?|"
    r"embryos?|straws?|seedlings?|trees?)\b",
    re.IGNORECASE,
)
# Money asked of one recipient: a project, a company, a farm ("单个项目", "每场", "per project", "each individual project").
_ONE_RECIPIENT_ASKED = re.compile(
    r"(?:单个|每一?个?|一个)(?:项目|企业|公司|主体|单位|机构|合作社|集群|基地|牧场|养殖场)|每(?:场|家|户|所)|"
    r"\b(?:per|each|every|a single|one|an? individual)\s+(?:individual\s+)?(?:project|company|firm|enterprise|farm|ranch|"
    r"cluster|applicant|recipient|business|cooperative|organi[sz]ation|institution)\b",
    re.IGNORECASE,
)
# A sum set aside for a programme as a whole: "每年安排资金 5000 万元以上", "设立农牧业产业发展引导基金 5 亿元", "出资规模 100 亿元".
_SET_ASIDE = re.compile(r"(?:安排|设立|统筹|筹集|整合)[^，,；;。]{0,16}?(?:资金|基金|经费)[^，,；;。\d]{0,4}$|规模[^，,；;。\d]{0,6}$")
SET_ASIDE_WINDOW = 30


def set_aside_only(sentence: str) -> bool:
    """Is every sum of money ``sentence`` states one set aside for a programme as a whole (see ``_SET_ASIDE``)?"""
    text = normalise(sentence)
    money = [f for f in figures(text) if f.dimension == "money"]
    return bool(money) and all(_SET_ASIDE.search(text[max(0, f.start - SET_ASIDE_WINDOW) : f.start]) for f in money)


_PAID_PER_THING = re.compile(
    r"每[^，,。；;]{0,8}?(?:头|只|匹|单|件|台|辆|套|枚|支|张|株|个|车|羽)|"
    r"元\s*/\s*(?:头|只|匹|单|件|台|辆|套|枚|支|张|株|个|车)|单(?:台|个|车|件|套|头)"
)


# The least sum a question quotes to name a provision by ("the 1000万 subsidy"): a sum of ten thousand yuan or more.
QUOTED_SUM_MIN = 10000


def _measures_paid_per(text: str) -> set[str]:
    """The dimensions of the units ``text`` pays money per ("每亩补贴 500 元" → area)."""
    return {dimension for m in _PAID_PER_ZH.finditer(text) if (dimension := per_unit_dimension(m.group("unit") or m.group("avg")))}


# An amount asked per month or year, and a one-off payment (asked, or stated within ONE_OFF_CHARS of its figure).
_PERIOD_ASKED = re.compile(r"每月|每个月|按月|月均|每年|年均|按年|\b(?:per|each|every) (?:month|year)\b|\bmonthly\b|\ba month\b|"
                           r"\bannual(?:ly)?\b|\byearly\b", re.IGNORECASE)
_ONE_OFF = re.compile(r"一次性|\bone[- ](?:off|time)\b|\blump[- ]sum\b", re.IGNORECASE)
ONE_OFF_CHARS = 10


def _paid_once(text: str, q: Quantity) -> bool:
    """Is figure ``q`` of ``text`` a one-off payment ("一次性 500 万元", "给予最高 5000 元一次性奖励")?"""
    at = text.find(q.text)
    if at < 0:
        return False
    return bool(_ONE_OFF.search(text[max(0, at - ONE_OFF_CHARS) : at + len(q.text) + 4]))


def implied_per(clause: Clause) -> str | None:
    """The unit the clause's own headings (its last two) price by, when they name a kind of price
    ("5.电价 › ——居民": 度), else None; a document's title naming a price does not make its grants prices."""
    headings = " ".join(clause.title_path[-2:])
    return next((unit for word, unit in _PRICED_PER if word in headings), None)


def _priced_per(found: list[Quantity], per: str | None) -> list[Quantity]:
    """``found`` with each bare 元 figure read as a price per ``per`` (the unit its headings price by)."""
    if per is None:
        return found
    return [Quantity(q.value, f"元/{per}", q.text) if q.unit == "元" else q for q in found]


def _tiers(sentence: Sentence) -> list[Sentence]:
    """A provision split at ； or ; (``split_sentences`` keeps the separator and ignores the ASCII
    one, which the guide also uses): each tier of a table ("110KV：0.401 元/度；220 千伏以上：0.394 元/度")."""
    out: list[Sentence] = []
    start = 0
    text = sentence.text
    for m in [*re.finditer(r"[；;]", text), None]:
        end = len(text) if m is None else m.start()
        piece = text[start:end].strip()
        if piece:
            offset = sentence.start + start + (len(text[start:end]) - len(text[start:end].lstrip()))
            out.append(Sentence(piece, offset, offset + len(piece)))
        if m is not None:
            start = m.end()
    return out or [sentence]


def _with_lead(clause: Clause, tier: Sentence, line: str, before: Sentence | None = None) -> str:
    """A tier's line with the lead of the sentence it stands in, when the tier does not start it
    ("三档0.715元" in "不满1KV：一档0.415元；…三档0.715元" reads "不满1KV：三档0.715元"), unless the
    tier given ``before`` it stands in the same sentence (the lead is said once)."""
    whole = _whole_sentence(clause, tier)
    lead = _lead(whole.text, TABLE_LEAD_CHARS)
    if before is not None and whole.start <= before.start < whole.end:
        return line
    own = _lead(line, TABLE_LEAD_CHARS)  # "1-10 千伏：0.2810 元/度" has its own
    return f"{lead}：{line}" if lead and not own and tier.start > whole.start and lead not in line else line


def _lead(text: str, within: int) -> str:
    """The words of ``text`` before its first "：", when it stands within ``within`` characters; of a
    table's line written without one ("——工商业用气 3.06 元/立方米"), its words before the figure; else ""."""
    if "：" in text[:within]:
        return text.split("：", 1)[0]
    if (line := _BULLET_LINE.match(text.strip())) and len(line.group(1)) <= within:
        return line.group(1)
    return ""


_BULLET_LINE = re.compile(r"[—-]{1,2}\s*([\u4e00-\u9fff]+)\s*\d")
_ITEM_BEFORE_FIGURE = re.compile(rf"\s*([\u4e00-\u9fff]{{2,{TIER_LEAD_CHARS}}})\s*\d")


def _narrow(text: str, limit: int = DIRECT_LINE_CHARS, keys: Sequence[str] = ()) -> str:
    """A direct line: the provision, or when long its opening and the part that states figures;
    with ``keys``, from the phrase stating one of them with a figure on ("…，对野外科学观测研究站每年给予
    不低于 100 万元支持" of a long list of centres, each with its own figure), up to the next phrase
    giving to another recipient ("，对重点实验室…")."""
    text = _LABEL_NOISE.sub("", re.sub(r"\s*\n\s*", "；", text.strip())).rstrip("。；;，,")
    # "以下任务均需…落实，不再列出）积极将…": the end of a bracket opened in the sentence before is not this one's
    if (close := text.find("）")) >= 0 and "（" not in text[:close] and close < len(text) - 1:
        text = text[close + 1 :]
    if len(text) <= limit:
        return text
    pieces = [p for p in re.split(r"(?<=[，,：:])", text) if p]
    head = pieces[0]
    # a day of the calendar ("2022 年 1 月 1 日后") is no figure a line is quoted for
    figured = [p for p in pieces[1:] if re.search(r"\d", _CALENDAR_DAY.sub("", p))]
    rest = "".join(figured) if figured else "".join(pieces[1:])
    body = _body(rest, limit - len(head))
    # the phrase stating a key with its figure: when the line would end before it, the line goes on from it
    keyed = next((i for i, p in enumerate(pieces[1:], 1) if p in figured and any(states_key(p, k) for k in keys)), None)
    if keyed is not None:
        # (up to the next phrase giving to another recipient, "，对重点实验室…每年给予不低于 1000 万元": another's
        # figure; one naming a key too, "对认定为国家级制造业单项冠军的…", is the same thing's)
        start = keyed if pieces[keyed].rstrip("，,：:") not in body else 1
        own = next((i for i in range(keyed + 1, len(pieces)) if pieces[i].lstrip().startswith("对")
                    and not any(states_key(pieces[i], k) for k in keys)), len(pieces))
        body = _body("".join(p for p in pieces[start:own] if p in figured), limit - len(head))
    return (head + "…" + body).rstrip("，,：:") if body else head.rstrip("，,：:")


def _body(rest: str, size: int) -> str:
    """The figured phrases of a long line after its opening, cut to ``size`` characters; however long
    the opening, they go on to the first figure the line is quoted for."""
    days = [m.span() for m in _CALENDAR_DAY.finditer(rest)]
    first = next((m.end() for m in re.finditer(r"\d", rest) if not any(a <= m.start() < b for a, b in days)), 0)
    return _cut(rest, max(size, first))


def _cut(text: str, size: int) -> str:
    """The first ``size`` characters of ``text``, never ending inside a figure or a run of them
    ("分别一次性给予30 万元、50 万元、80 万元、100 万元" is kept whole, not cut after "80")."""
    if len(text) <= size:
        return text
    end = size
    found = figures(text)
    for i, f in enumerate(found):
        if f.start >= end:
            break
        if f.unit_end > end or (i + 1 < len(found) and found[i + 1].start >= end > f.start
                                and _in_run(text[f.unit_end : found[i + 1].start])):
            end = f.unit_end  # the figure reaching past the cut, or the run it continues, is kept whole
            for g in found[i + 1 :]:
                if not _in_run(text[end : g.start]):
                    break
                end = g.unit_end
            if rest := re.match(r"·[\u4e00-\u9fff]", text[end:]):
                end += rest.end()  # "元/人·月": the unit's rest
            break
    return text[:end]


_CALENDAR_DAY = re.compile(r"(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?")
# What joins the figures of one run ("30 万元、50 万元", "0.288 元/度和 0.281 元/度").
_RUN_JOIN = re.compile(r"\s*[、，,和及或]\s*")


def _in_run(gap: str) -> bool:
    """Do the words between two figures go on one run: a joining word, or the next one's item only ("博士（…）2000 元/人·月、
    硕士（…重点高校本科生）1500 元/人·月": a line cut after the first would cut off the rate of whom it lists next)?"""
    return bool(_RUN_JOIN.fullmatch(gap)) or listed_apart(gap)


def _with_before(clause: Clause, tier: Sentence) -> str:
    """The provision a tier belongs to, with the provision before it in its clause."""
    whole = _whole_sentence(clause, tier)
    before = [s for s in split_provisions(clause.text, PROVISION_CHARS) if s.end <= whole.start][-1:]
    return " ".join(s.text for s in [*before, whole])


def _whole_sentence(clause: Clause, tier: Sentence) -> Sentence:
    """The provision a tier belongs to, for the supporting quote."""
    for sentence in split_provisions(clause.text, PROVISION_CHARS):
        if sentence.start <= tier.start and tier.end <= sentence.end:
            return sentence
    return tier


def _names(text: str, label: str) -> bool:
    """Does ``text`` already name what ``label`` names (most of its characters)?"""
    chars = [c for c in label if "\u4e00" <= c <= "\u9fff"]
    return bool(chars) and sum(c in text for c in chars) >= 0.7 * len(chars)


def _unique(quotes: list[tuple[Clause, Sentence]]) -> list[tuple[Clause, Sentence]]:
    seen: set[tuple[str, int]] = set()
    out = []
    for clause, sentence in quotes:
        key = (clause.clause_id, sentence.start)
        if key not in seen:
            seen.add(key)
            out.append((clause, sentence))
    return out


def _states_metadata(clause: Clause, slot: str) -> bool:
    if slot == "doc_number":
        return bool(clause.doc_number)
    if slot == "department":
        return bool(clause.responsible_units)
    if slot == "page":
        return bool(clause.pages)
    return bool(clause.valid_from or clause.valid_until)


def _cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def answer_parts_model(answers: list[PartAnswer], markers: dict[str, int], lines: list[str]) -> list[AnswerPart]:
    return [
        AnswerPart(
            question=a.part.text,
            slot=a.part.slot,
            answer_line=line,
            markers=[markers[c.clause_id] for c, _ in a.sources if c.clause_id in markers],
            answered=a.answered,
        )
        for a, line in zip(answers, lines)
    ]


def citation_for(citations: dict[str, Citation], clause: Clause, sentence: Sentence | None = None) -> Citation:
    """The citation of ``clause`` (numbered in order of first use), its quote widened to ``sentence``."""
    citation = citations.get(clause.clause_id)
    if citation is None:
        start, end = (sentence.start, sentence.end) if sentence else (0, 0)
        citation = citations[clause.clause_id] = Citation.of(len(citations) + 1, clause, start, end)
    elif sentence is not None:
        if citation.quote_end == 0:
            citation.quote_start, citation.quote_end = sentence.start, sentence.end
        else:
            citation.quote_start = min(citation.quote_start, sentence.start)
            citation.quote_end = max(citation.quote_end, sentence.end)
        citation.quote = clause.text[citation.quote_start : citation.quote_end]
    return citation


# --- rendering -------------------------------------------------------------------------------

SLOT_NAMES = {
    "zh": {"amount": "金额", "price": "价格标准", "percentage": "比例", "duration": "期限", "count": "数量", "doc_number": "文号",
           "department": "责任单位", "validity": "执行期限", "page": "页码",
           "eligibility": "适用条件", "list": "具体范围", "procedure": "办理程序",
           "fact": "相关规定"},
    "en": {"amount": "the amount", "price": "the price", "percentage": "the rate", "duration": "the period", "count": "the number",
           "doc_number": "the document number", "department": "the responsible department", "validity": "the policy period",
           "page": "the page",
           "eligibility": "the conditions", "list": "the list", "procedure": "the procedure", "fact": "this"},
}
EVIDENCE_LEAD = {"zh": "依据：", "en": "Evidence (quoted from the guide):"}

_EN_UNITS = {
    "元": "yuan", "元/度": "yuan/kWh", "元/吨": "yuan/tonne", "元/立方米": "yuan/m³", "元/平方米": "yuan/m²", "元/亩": "yuan/mu",
    "元/头": "yuan/head", "元/只": "yuan each", "元/公斤": "yuan/kg", "美元": "US dollars", "%": "%", "倍": "times", "亩": "mu",
    "公里": "km", "平方公里": "km²",
    "千伏": "kV", "度": "kWh", "吨": "tonnes", "立方米": "m³", "平方米": "m²", "年": "years", "个月": "months", "天": "days",
    "日": "days", "人": "people", "头": "head", "只": "animals", "家": "enterprises", "个": "", "项": "items", "学时": "class hours",
    "小时": "hours", "工作日": "working days",
}


# What a yuan figure is per, in English ("万元/年" → "yuan per year").
_EN_PER = {"年": "year", "月": "month", "个月": "month", "人": "person", "人年": "person-year", "户": "household",
           "个": "item", "家": "enterprise", "项": "item", "次": "time", "台": "unit", "辆": "vehicle", "套": "set",
           "株": "plant", "支": "straw", "枚": "piece", "平米": "m²", "千瓦": "kW", "千瓦时": "kWh", "张": "sheet"}


def english_figure(q: Quantity, low: Decimal | None = None) -> str:
    """A figure for an English reader: 8.27万元/亩 → "82,700 yuan/mu", a range from its ``low`` end
    ("200,000 to 250,000 yuan/mu"); the guide's wording follows in the quote."""
    text = format(q.value.normalize(), ",f")
    if q.unit == "名次":  # "全国第四" → No. 4, "前五位" → top 5
        return f"top {text}" if q.text.startswith("前") else f"No. {text}"
    if low is not None:
        text = f"{format(low.normalize(), ',f')} to {text}"
    per = q.unit.removeprefix("元/")
    unit = _EN_UNITS.get(q.unit) or (f"yuan per {_EN_PER.get(per, per)}" if q.unit.startswith("元/") else q.unit)
    if unit == "%":
        return f"{text}%"
    return f"{text} {unit}".strip()


def render(
    question: Question, answers: list[PartAnswer], lang: str, english_label: Callable[[str], str] | None = None
) -> tuple[str, list[Citation], list[AnswerPart]]:
    """The answer text (direct lines first, then the supporting quotes), its citations and its parts."""
    citations: dict[str, Citation] = {}
    lines: list[str] = []
    part_lines: list[str] = []
    quotes: list[tuple[Clause, Sentence]] = []
    said: list[tuple[str, list[str]]] = []  # each line shown, with the clauses it rests on
    for answer in answers:
        markers = "".join(f"[{citation_for(citations, clause, span).marker}]" for clause, span in answer.sources)
        if answer.answered:
            line = _english_line(answer, english_label) if lang == "en" else answer.line
            line = f"{line}{markers}" if lang == "zh" else f"{line} {markers}".rstrip()
        elif answer.line:  # the clause is found, the asked metadata is not in it
            line = (answer.line + "。" + markers) if lang == "zh" else _english_unstated(answer) + f" {markers}"
        else:
            line = _unanswered_line(answer, lang)
        sources = [clause.clause_id for clause, _ in answer.sources]
        # two parts answered by one provision ("每年多少、连续几年？") read it once
        if not _said(line, [shown for shown, ids in said if ids == sources]):
            lines.append(line)
            said.append((line, sources))
        elif lang == "en" and answer.answered:
            # (in English the figure is in the frame, not only in the quote: "…: 50,000,000 yuan; 5 years — “…”")
            for i, (shown, ids) in enumerate(said):
                if ids == sources and _said(line, [shown]) and (merged := _with_figure_en(shown, line)) != shown:
                    lines[lines.index(shown)] = merged
                    said[i] = (merged, ids)
                    break
        part_lines.append(line)
        quotes += [q for q in answer.quotes if _adds(q[1].text, answer.line) and all(_adds(q[1].text, shown) for shown in lines)]
    if quotes:
        lines.append(EVIDENCE_LEAD[lang])
        for clause, sentence in _unique(quotes):
            marker = citation_for(citations, clause, sentence).marker
            text = sentence.text.strip()
            lines.append(f"{text}[{marker}]" if lang == "zh" else f"- [{marker}] “{text}”")
    return "\n".join(lines), list(citations.values()), answer_parts_model(answers, {c: v.marker for c, v in citations.items()}, part_lines)


# An English answer line's figures, between its label and its quote ("Label (标签): 5 years — “…”").
_FIGURE_FRAME_EN = re.compile(r"^(?P<head>(?:[^“]*?: )?)(?P<figures>[^“:]+?) — “")


def _with_figure_en(shown: str, line: str) -> str:
    """An English line already shown with the figure of ``line``, a line quoting the same provision, added after
    its own ("…: 50,000,000 yuan; 5 years — “…”"), when it states one that the shown line does not."""
    own, added = _FIGURE_FRAME_EN.match(shown), _FIGURE_FRAME_EN.match(line)
    if added is None:
        return shown
    if own is None:  # (a quote shown bare, "“…连续支持 5年”", gets the figure in front: "5 years — “…”")
        return f"{added.group('figures')} — {shown}" if shown.startswith("“") else shown
    if added.group("figures") in own.group("figures"):
        return shown
    return f"{shown[: own.end('figures')]}; {added.group('figures')}{shown[own.end('figures') :]}"


def _said(line: str, lines: list[str]) -> bool:
    """Does an earlier line already say all of ``line`` (the same provision, perhaps narrowed)?"""
    if line in lines:
        return True
    body = re.sub(r"\s*\[\d+\]", "", line)
    pieces = [p.strip() for p in body.split("…") if p.strip()]
    if not pieces or any(len(p) < 8 for p in pieces):
        return False
    earlier = [re.sub(r"\s*\[\d+\]", "", e) for e in lines]
    return all(any(p in e for e in earlier) for p in pieces[1:]) and any(
        pieces[0] in e or pieces[0].split("：", 1)[-1] in e for e in earlier
    )


def _adds(quote: str, line: str) -> bool:
    """A supporting quote is shown when it says more than the direct line already quotes."""
    squashed = _LABEL_NOISE.sub("", re.sub(r"\s+", "", quote)).rstrip("。；;，,")
    return len(squashed) > len(re.sub(r"\s+", "", line)) + 8 or squashed not in re.sub(r"\s+", "", line)


# The guide's policy levels in English.
_LEVELS_EN = {"国家级": "national", "自治区级": "Inner Mongolia Autonomous Region", "市级": "Ordos city", "旗级": "Ejin Horo banner"}


def _english_line(answer: PartAnswer, english_label: Callable[[str], str] | None) -> str:
    part = answer.part
    zh_label = answer.line.split("：", 1)[0] if "：" in answer.line else ""
    en_label = (english_label(zh_label) if english_label and zh_label else "") or ""
    en_label = en_label[:1].upper() + en_label[1:]
    label = f"{en_label} ({zh_label})" if en_label and zh_label else (zh_label or "")
    if part.slot in FIGURE_SLOTS:
        implied = implied_per(answer.sources[0][0]) if answer.sources else None
        stated = _priced_per(line_figures(answer.line, part), implied)
        lows = range_lows(answer.line)  # "20-25 万元/亩" is a range, not 25 万元/亩
        figures = [english_figure(q, low.value if (low := lows.get((q.value, q.unit))) else None) for q in stated
                   if states(part.slot, q, part.counted, part.measure, part.per)]
        body = ", ".join(dict.fromkeys(figures))
        return f"{label}: {body} — “{answer.line}”" if label else f"{body} — “{answer.line}”"
    if part.slot == "doc_number":
        return f"Document and number: {answer.line}"
    if part.slot == "department" and asks_level(part.text):
        level = next((en for zh, en in _LEVELS_EN.items() if f"：{zh}政策" in answer.line), "")
        return f"Issuing level: {level} ({answer.line})" if level else f"Issuing level: {answer.line}"
    if part.slot == "department" and "：发文见" in answer.line:
        return f"Issued by: {answer.line}"  # "who issued the measures?": the bodies the document's title or number names
    if part.slot == "department":
        return f"Responsible departments: {answer.line}"
    if part.slot == "validity":
        return f"Policy period: {answer.line}"
    if part.slot == "page" and answer.sources:
        where = page_label(answer.sources[0][0].pages, "en")
        return f"{label}: {where} of the printed guide" if label else f"{where} of the printed guide"
    return f"“{answer.line}”"


def unstated_line(answer: PartAnswer, lang: str) -> str:
    """"该条款未写明文号" for a part whose clause is found but whose metadata the guide does not give."""
    return answer.line + "。" if lang == "zh" else _english_unstated(answer)


def _english_unstated(answer: PartAnswer) -> str:
    return f"The guide gives no {SLOT_NAMES['en'][answer.part.slot].removeprefix('the ')} for this provision ({answer.topics[0]})."


def _unanswered_line(answer: PartAnswer, lang: str) -> str:
    subject = answer.part.subject.strip() or answer.part.text
    slot = SLOT_NAMES[lang][answer.part.slot]
    topics = ("、" if lang == "zh" else "; ").join(answer.topics)
    if lang == "zh":
        line = f"关于“{subject}”的{slot}，指南没有写明。"
        return line + (f"相近的规定有：{topics}。" if topics else "")
    # the sentence that asks, in the asker's words: an English subject is a bag of words
    asked = english_sentences(answer.part.text)
    shown = asked[-1].rstrip("?.! ") if asked else subject
    what = slot if answer.part.slot != "fact" else "what is asked"
    line = f"The guide does not state {what}: “{shown}?”"
    return line + (f" Nearby provisions: {topics}." if topics else "")
