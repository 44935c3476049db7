"""The question model: a question parsed once per turn into what it asks.

A :class:`Question` holds the language, the question after follow-up resolution, the figures
it states, whether it asks for a sum, and its :class:`Part` s: each separate thing asked
("110千伏和10千伏的电价分别是多少？" asks two prices; "补贴多少？找哪个部门？" asks an amount
and a department), each with its asked :data:`Slot` and its subject in the guide's words.
Retrieval, calculators, refusal and the composer read this one object instead of detecting
language, follow-ups and asked figures again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from assistant.answer.conversation import is_follow_up, previous_questions, with_previous
from assistant.guide.metadata import DOC_NUMBER
from assistant.language import Language, detect_language
from assistant.quantities import (
    ENGLISH_NUMBERS,
    RANGE_SEPARATORS,
    UNITS,
    Quantity,
    chinese_to_int,
    dimension_of,
    number_word,
    quantities,
    unit_named,
)
from assistant.search.glossary import MAX_PHRASE_WORDS, default_glossary, english_words

Slot = Literal[
    "amount", "price", "percentage", "duration", "count", "doc_number", "department", "validity", "page",
    "eligibility", "list", "procedure", "fact",
]
# Slots answered by a figure of their kind in a clause sentence.
FIGURE_SLOTS: frozenset[str] = frozenset({"amount", "price", "percentage", "duration", "count"})
# Slots answered from the clause model's metadata (document, departments, period, printed page).
METADATA_SLOTS: frozenset[str] = frozenset({"doc_number", "department", "validity", "page"})

# How each slot is asked, in order of precedence: a part asking "文号是多少" asks for a document
# number, not an amount, so the metadata slots come first, and a price ("电价多少") before a
# plain amount ("补贴多少"). The cues are the ordinary ways to ask for each kind of fact.
# After "how much": a noun phrase naming money ("how much corporate income tax"), or a word that
# names nothing (the asking goes on: "how much can we get", "how much is the fee"). Any other noun is
# what a quantity is asked of ("how much farmland").
_MONEY_OR_FUNCTION_EN = (
    r"(?:[a-z-]+\s+){0,3}(?:money|funds?|funding|financ\w*|subsid(?!enc|iar)\w*|support|grants?|awards?|rewards?|bonus\w*|aid|cash|"
    r"tax\w*|fees?|rent|premiums?|compensation|interest|capital|invest\w*|loans?|pay\w*|salar\w*|wages?|income|revenue|"
    r"refunds?|rebates?|reimburse\w*|"
    r"budget|yuan|rmb|cny|cost|price|vat)\b|"
    r"(?:is|are|was|were|be|does|do|did|can|could|will|would|should|must|may|might|has|have|had|in|of|for|to|per|on|at|"
    r"more|less|each|every|the|a|an|this|that|it|they|we|i|you|our|my|their|its|total|altogether|extra|additional|"
    # "how much goes to the foundation?": a verb straight after "how much" counts no thing it names
    r"goes|go|gets|get|comes|come|remains|is left|left|allocated|arranged|earmarked|set aside)\b"
)
# A sum of money asked by its noun after "what minimum / total / annual…" ("what minimum total assets", "what minimum R&D
# spending").
_MONEY_NOUN_EN = r"(?:assets|capital|investment|revenue|sales|turnover|budget|spending|expenditure|funding)"
# The papers an application takes, asked ("需要提交哪些申请材料", "要准备哪些证明材料"; an English "document" is as often the
# policy document).
_MATERIALS_ASKED_ZH = r"(?:哪些|什么|准备|提交|提供)[\u4e00-\u9fff]{0,4}?材料"
# Nouns 年 starts ("年利率", "年收入", "年薪"): "多少年利率" asks a rate, not how many years.
_YEAR_NOUN = r"薪|利率|利息|化|收入|产值|产量|营收|营业|销售|用电|用水|用气|均"
_SLOT_CUES: tuple[tuple[Slot, re.Pattern[str]], ...] = tuple(
    # English cues match from a word's start: "ratio" is not in "registration", "list" not in "specialist"
    (slot, re.compile(rf"{zh}|\b(?:{en})", re.IGNORECASE))
    for slot, zh, en in (
        ("page", r"第几页|哪一页|哪页|多少页|页码|在几页", r"which page|what page|page number|on page"),
        # ("获得国家批准文号的创新药": a product's approval number, not the policy's document number)
        ("doc_number", r"(?<!批准)文号|文件号|发文字号|哪个文件|什么文件|哪份文件|哪个公告|几号文|依据(?:的)?(?:是)?(?:什么|哪个)|政策依据|"
                       r"哪[个份](?:通知|意见|办法|方案|规定|措施|政策文件)|出自[\u4e00-\u9fff]{0,4}?哪|哪[个份][\u4e00-\u9fff]{1,6}?文件|出处|"
                       # a document's name asked: "这份文件全称是什么？", "文件名称", "这个通知叫什么"
                       r"全称|全名|(?:文件|政策|通知|意见|办法|方案|措施|公告)(?:的)?(?:名称|标题|名字)|文件名|(?:文件|通知|意见|办法|方案|措施)叫(?:什么|啥)",
                       r"(?:document|reference|announcement|notice|circular|file) number|issued under|"
                       # "which plan opens smart-city scenarios to tech SMEs?": a plan named by what it does is a document
                       r"\bwhich (?:[a-z-]+ ){0,3}plan (?=(?:opens|sets|says|calls|lays|makes|names|lists|covers|supports|requires|"
                       r"provides|proposes|promotes|aims)\b)|"
                       # "which policy sets this?": the document a provision stands in
                       r"\b(?:which|what) polic(?:y|y document)\s+(?:sets|says|states|provides|stipulates|lays down|contains)\b|"
                       # "what's the number of the notice that refers to it?"
                       r"\bnumber of (?:the|this|that|its) (?:[\w-]+ ){0,2}(?:document|announcement|notice|circular)s?\b|"
                       # "which two State Council documents does the plan implement?": the documents it cites
                       # (the issuer's name may run to several words: "which State Council General Office document")
                       r"(?:which|what) (?:(?:is|are|was) )?(?:(?!(?:is|are|was|do|does|did|can|will|would|should|must)\b)[a-z-]+ ){0,5}"
                       r"(?:documents?|opinions?|notices?|circulars?)\b"
                       r"(?=.*\b(?:implement|underpin|cite|replace|repeal|supersede|guides? (?:the |its )?(?:enforcement|implementation)))|"
                       r"(?:which|what) (?:(?:is|are|was) )?(?:(?!(?:is|are|was|do|does|did|can|will|would|should|must)\b)[a-z-]+ ){0,4}"
                       r"(?:document|announcement|notice|circular)"
                       r"(?!s?\s+(?:do|does|must|should|would)\b(?!\s+(?:it|this|that|they)\b))"
                       r"(?!s?\s+(?:are|is)\s+(?:needed|required|necessary|to be)\b)|"
                       # a document's name asked: "what does the guide call the document?", "the plan's full title"
                       r"what (?:does|do) (?:[a-z]+ ){0,2}call (?:the|this|that|it)\b|"
                       r"(?:title|full name|name) of (?:the|this|that) (?:[\w-]+ ){0,3}(?:document|plan|policy|notice|measures)\b|"
                       r"(?:document|plan|policy|notice)(?:['’]s)? (?:full |official |exact |complete )?(?:title|name)\b(?!\s+as\b)|"
                       r"(?:measures|opinions?|guidelines?)(?:['’]s|['’]) (?:full |official |exact |complete )?(?:title|name)\b|"
                       r"what is (?:the|this|that) (?:document|plan|policy|notice) called|"
                       # "…and what is its exact title?" (not a professional title: "a senior title")
                       r"\bits (?:exact |full |official |complete )?title\b|\bthe (?:exact|full|official|complete) title\b|"
                       # "What's the Ordos policy document that sets the 1000万 subsidy called?"
                       r"what(?:['’]s|\s+is)\s+the\s+(?:[\w-]+\s+){0,3}(?:document|plan|policy|notice|measures)\b[^?]{0,80}\bcalled\b"),
        ("department", r"哪[一两二三四五几]?个部门|什么部门|哪些部门|哪些单位|哪[一两二三四五几]?个(?:局|厅|委|办)|"
                       r"哪些(?:局|厅|委|办)|什么(?:局|厅)|"
                       r"(?:牵头|负责|主管)(?:的)?(?:部门|单位)?是谁|是谁(?:在)?(?:牵头|负责|主管)|"
                       r"谁(?:来|去)?(?:组织|评|审|认定|办|编|定|制定|发|主导|督|领导|统筹|主管|管理|协调)|归谁|"
                       r"哪[一两二三四五几]?个单位|什么单位|哪[一两二三四五几]?家(?:单位|部门|机构)|找谁|找哪|问谁|谁负责|谁来|责任单位|主管部门|负责部门|"
                       r"归口部门|归口单位|归口管理|谁牵头|哪[^，,？?]{0,4}牵头|牵头(?:部门|单位)|联系谁|咨询谁|解释权|负责解释|谁解释|由谁|谁定|谁制定|谁审核|谁认定",
                       # a government body asked for, not one named in a title ("the seven-department measures")
                       # ("what do government agencies pay": the body is who does something, not what is asked)
                       r"(?:which|what)\s+(?!(?:do|does|did|will|would|can|could|should|must|may|might)\b)"
                       r"(?:[a-z-]+\s+){0,3}?(?:departments?|agenc(?:y|ies)|authorit(?:y|ies)|bureaus?|offices?|bodies|body|"
                       r"(?<!per )(?<!each )units?|ministr(?:y|ies))\b|"  # ("subsidy per unit": per one, not a body)
                       r"responsible (?:departments?|units?|bureaus?|offices?|bodies|agenc(?:y|ies)|authorit(?:y|ies))|"
                       r"(?:departments?|agenc(?:y|ies)|bureaus?) (?:is|are) responsible|"
                       r"whom|who (?:do|should|can) (?:we|i)|"
                       r"who(?: is|['’]s)? (?:in charge|responsible|handles)|"
                       # "who draws up / organises / certifies…": a doer asked, as "谁制定 / 谁组织 / 谁认定"
                       r"who (?:(?:will|would|should|must|is to|is going to|gets to) )?"
                       r"(?:leads?|drafts?|draws? up|issues?|approves?|disburses?|supervises?|interprets?|administers?|oversees?|"
                       r"manages?|reviews?|pays?|organi[sz]es?|evaluates?|assess(?:es)?|certif(?:y|ies)|recogni[sz]es?|accredits?|"
                       r"compiles?|formulates?|coordinates?|publish(?:es)?|implements?|selects?|writes?|sets?|lays? down)"
                       # (who sets or writes the rules, "具体办法由…另行制定"; not "who sets up a company")
                       r"\b(?!\s+up\b)|"
                       # "who (jointly) issued / released the guide?": the bodies that issued a document
                       r"who (?:jointly |co-)?(?:issued|released|releases?|published|promulgated)\b|"
                       r"contact"),
        # ("审核通过后从什么时候开始发？": when a payment starts, not the policy)
        ("validity", r"有效期|执行期|实施期|试行期|试行多[久长]|期限到|到期|过期|还有效|还能用|还在执行|还执行|"
                     r"什么时候(?:开始(?![发领拨缴付计享申算])|起(?![发领拨缴付计享申算])|结束|截止|到期|实施|执行)|"
                     r"哪天(?:开始|起)|(?:执行|实施|有效|优惠|享受)(?:到|至)(?:哪一?天|哪一?年|几号|何时)|"
                     r"何时(?:开始|起|结束|截止|实施)|从哪一?年|到哪一?年|从哪一?天[^，,？?]{0,6}到哪一?天|哪几年|到什么时候|哪年(?:开始|结束|到期)|截止(?:到|日期|时间)|"
                     r"起止|施行|生效|"
                     # "肉牛那个政策措施执行多久？": a document's own period, as "how long do the measures run?"
                     r"(?:政策|措施|办法|方案|意见|通知|试点|规定|公告)[^，,。？?]{0,3}(?:执行|实施|有效|持续|搞)[^，,。？?]{0,2}"
                     r"(?:多久|多长时间|几年|多少年)",
                     # ("valid performance data" names data, not a period: only a validity asked)
                     r"validity|valid (?:until|till|through|to|from|for how long)\b|(?:still|remain|remains|is|are|be|stay|stays) valid\b|"
                     r"how long\b.*\bvalid\b|expire|in force|still apply(?!\s+for\b)|still available|take effect|took effect|"
                     # "how long do the Ordos beef-cattle measures run?": a document's own period
                     r"\bhow (?:long|many (?:tax |calendar )?years) (?:do|does|will|would|did) "
                     r"(?:the |this |these |that |its |their )?(?:[\w%'’-]+\s+){0,6}?"
                     r"(?:measures|polic(?:y|ies)|plan|scheme|notice|opinions|rules|pilot|programmes?|programs?|documents?|announcement|"
                     r"guidelines?)\b(?:[^?.;]{0,60}?\s)?(?:run|last|apply|remain|stay|cover)\b|"
                     r"effective (?:date|from|until)|"
                     # ("how long is the policy on trial?": "本政策自发布之日起试行，试行期一年")
                     r"until when|start date|end date|trial period|pilot period|\bon (?:a )?trial\b|\btrial basis\b|"
                     # ("can someone still apply for a professional title?": an application, not the policy applying)
                     r"still (?:running|valid|in effect|apply(?!\s+for\b)|applies|open)|"
                     r"when\b.*\b(?:start|end|begin|expire|run out|take effect|took effect|"
                     # ("when can I apply for reassessment?": an application, not the policy applying)
                     r"(?<!can i )(?<!can we )(?<!can you )(?<!should i )(?<!should we )apply(?!\s+(?:for|to)\b))\b|which years|what years|"
                     r"(?:what|which) (?:time )?period|time ?frame|"
                     # "what's the period of the plan": a plan's period; "the period of the subsidy" is a duration
                     r"what(?:'s|\s+is)\s+the\s+(?:implementation\s+|policy\s+|plan(?:ning)?\s+)?period\b"
                     r"(?!\s+(?:for|of)\s+(?:the\s+)?(?:subsid(?!enc|iar)|support|grant|award|reward|loan|interest|payment|insurance|service|employment))|"
                     r"\b(?:from|since|until|till) (?:what|which) (?:date|day|year)\b|"
                     # ("by what date must we apply": a deadline, not when the policy applies)
                     r"(?<!\bby )(?<!\bbefore )\b(?:what|which) date\b[^?]*"
                     r"\b(?:apply|applies|start|starts|begin|begins|effective|valid)\b"),
        ("procedure", r"怎么申请|如何申请|怎样申请|申请流程|办理流程|流程|程序|手续|步骤|"
                      rf"{_MATERIALS_ASKED_ZH}|材料清单|需要提交|需要提供|"
                      r"去哪(?:里)?申请|怎么办理|如何办理|怎么申报|如何申报|怎么发放|如何发放|怎么兑现|先做什么",
                      r"how (?:do|can|should) (?:we|i) apply|how to apply|how is it paid|how are they paid|procedures?\b|process\b|steps\b|"
                      r"paperwork|documents? (?:are|is) (?:needed|required)|"
                      r"documents?\s+(?:do|does|must|should|would)\b[^?]{0,60}\b(?:need|require|submit|provide|bring)"),
        # "主营业务收入要占多少": a share of a whole; "占地多少亩" is an area, "污水处理费占多少" an amount
        # ("高比例绿电供应方案": a high share names the kind of supply, no share asked)
        ("percentage", r"(?<![高低])比例|百分之|百分比|(?<![%％])(?<![%％]的)(?:税率|费率|贴息率)|占比|几成|"
                       r"(?<![费价金钱])占(?!地|用|有)[^，,？?]{0,8}?(?:多少|几)(?!亩|平方|万|亿|元|个|人|家|吨)|多少个点|(?<![\d.\s])[%％]|打几折|折扣|减免多少",
                       r"percentage|percent|what share|what proportion|what rate|(?<![%％] )tax rate|ratio\b|premium rate|"
                       # ("…to get the western 15% rate": a rate the asker states, no share asked)
                       r"(?<![%％] )(?<![%％] tax )(?<![%％])rate\b(?! per)|"
                       # "how fast did each grow?": a rate of growth ("分别增长 4.4%和 7.8%")
                       r"how (?:fast|quickly)\b[^?]*\b(?:grow|grew|grown|growth|increased?|rise|rose|risen)\b|"
                       # "what multiple of damages", "how many times the award": a multiple (倍) is a share of another figure
                       r"(?:what|which) multiple\b|multiplier|how many times (?:the|as|over|higher|larger|more)\b|"
                       # "what can the price be set at, relative to the national minimum?": a share of it
                       r"\brelative to\b|\bas a (?:share|proportion|fraction) of\b"),
        # "what are local governments not allowed to do with trade-in subsidies?": what is done, asked; the money it is done
        # with names no figure asked
        ("list", r"(?!)", r"\bwhat\s+(?:are|is|must|should|may|can|do|does)\b[^?]{0,80}?\b(?:not\s+)?(?:allowed|permitted|required|"
                          r"supposed|expected|obliged|forbidden|prohibited|banned)\s+(?:from\s+doing|to\s+do)\b"),
        # "how much is given per tonne of coal saved": a grant paid per unit is an amount, not a price
        # ("how much of the certification fee does the region cover?": a part of an amount, not a price)
        ("amount", r"(?!)", r"\b(?:given|granted|awarded|paid out|subsidi[sz]ed|rewarded)\s+(?:for\s+)?(?:each|every|per)\b|"
                            r"\bhow much of (?:the|this|that|its|our|my|their)\b"),
        ("price", r"电价|水价|气价|热价|地价|价格|单价|收费标准|多少钱一|(?:什么|啥|哪个)价(?!值)|"
                  r"一度电|每度|一吨|每吨|每立方|一立方|一方|每平|一平|租金",
                  # ("tariff reductions", "a tariff break": customs duties cut, no price asked)
                  r"price|tariff(?!s?\s+(?:reductions?|breaks?|cuts?|exemptions?|concessions?|relief|preferences?)\b)|"
                  r"per kwh|per kilowatt|per cubic|per tonne|per ton\b|cost per|rate per|fees?\b|(?<!in )charge[sd]?\b"),
        ("duration", rf"(?<![这近前])几年|多少年(?!{_YEAR_NOUN})|多久|多长时间|多长期限|期限(?!额)|年限|"
                     r"几个月|多少个月|多少天|几天|工作日|时限",
                     # ("how quickly are goods released": a time; "how fast did GDP grow" is a rate)
                     r"how long|how (?:quickly|fast|soon)\b(?![^?]*\b(?:grow|grew|grown|growth|increase[sd]?|rise|rose|risen)\b)|"
                     r"how many (?:years|months|days|working days)|for how many years|deadline|within how"),
        # "听说旗里搞了个绿色产业发展基金，规模多大？": the size of a fund is money, not a count
        ("amount", r"(?:基金|资金池?|经费|预算)[^。？?]{0,8}规模(?:有|是)?多大", r"(?!)"),
        ("count", r"多少个|几个|多少家|几家|多少人(?!才|民币)|几人(?!才)|几名|多少名|多少项(?!目)|几项(?!目)|多少头|多少只|多少台|多少辆|"
                  r"年龄[^，,？?]{0,6}(?:多少|几)|多大(?:年龄|岁数|规模|面积)|(?:规模|面积)(?:有|是)?多大",
                  r"how many|how much (?!" + _MONEY_OR_FUNCTION_EN + r")[a-z]"),  # "how much farmland": a quantity of it
        ("amount", r"多少钱|多少万|多少元|补(?:贴|助)多少|奖(?:励|补)?多少|资助多少|扶持多少|给多少|拿多少|领多少|能有多少|最多多少|"
                   r"最高多少|金额|额度|多少补贴|多少奖励|掏多少|出多少|付多少|花多少|省多少|交多少|缴多少|收多少|"
                   r"多少[^，,？?]{0,4}(?:费|资金|经费|补助|奖金|补贴|奖励|资助|奖补)|"
                   # ("每年市里安排多少": what the guide's governments 安排 each year is money, "安排 5000 万元")
                   r"(?:补|贴|返|奖|资助|扶持|资金|费|钱|元|贷|投(?!诉|票)|收入|价|租|保额|工资|薪|税|安排)[^，,？?]{0,8}多少|"
                   # "资金池有多大", "基金有多大": the size of a sum of money is an amount
                   r"(?:资金池?|基金|经费|预算)(?:有|是)?多大",
                   # (not a prize someone won: "China Patent Gold Award winners" asks who, not how much)
                   # (nor a money word naming a document: "the support principles of Ordos's reward policy")
                   r"how much|amount|(?!(?:grant|subsidy|reward|bonus|award)s?\s+(?:polic(?:y|ies)|measures|notices?|documents?|rules)\b)"
                   r"(?:grant|subsid(?!enc|iar)|reward|bonus|award(?!s?[\s-]+(?:winners?|winning|holders?|recipients?|laureates?))"
                   # (nor an award that qualifies someone: "what national award makes someone a first-class talent?")
                   r"(?!s?\s+(?:makes?|qualif(?:y|ies)|counts?\s+as|entitles?)\b))|"
                   # "what is the premium per head for meat sheep" (its rate is a percentage, asked before)
                   r"\bwhat(?:['’]s|\s+is|\s+are|\s+would\s+be)?\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,3}?premiums?\b(?!\s+rates?)|"
                   # "what minimum total assets must a foreign investor have": a sum of money asked by its noun
                   # ("what is the minimum main-business revenue…": its kind of money may be named between)
                   r"\bwhat(?:['’]s|\s+is|\s+are)?\s+(?:the\s+)?(?:(?:minimum|maximum|min|max|most|least|total|annual|registered|fixed|initial)\s+){1,3}"
                   rf"(?:[\w&-]+\s+){{0,2}}?(?:{_MONEY_NOUN_EN}|(?:support|aid|assistance)(?![\w-]|\s+(?:period|ratio|rate|share|proportion|percentage|term|duration|years?|months?)\b))\b|"
                   # ("the most support we can get": money, not "the minimum support ratio")
                   # "what is the minimum total over the committed period?": the sum of the money asked before
                   r"\bwhat(?:['’]s|\s+is|\s+would\s+be|\s+will\s+be)\s+(?:the\s+)?(?:(?:minimum|maximum|min|max|least|combined|grand)\s+)?"
                   r"total(?=\s*(?:\?|$|,|\b(?:over|for|across|during|in\s+all)\b))|"
                   # "what was Hohhot's GDP?": a sum of money a place produces (not its growth, a rate)
                   r"\bwhat(?:['’]s|\s+is|\s+was|\s+were)\s+(?:[\w'’-]+\s+){0,3}?(?:gdp|gross domestic product|output value)\b"
                   r"(?!\s+(?:growth|increase|rise|share|rate|per|and)\b)|"
                   # "what is the most Ordos gives a single project?": the most a payer gives is money
                   r"\bwhat(?:['’]s|\s+is)\s+the\s+(?:most|maximum|max)\s+(?:[A-Z][\w'’]*\s+){1,3}"
                   r"(?:gives?|pays?|offers?|awards?|grants?|provides?)\b|"
                   # "what is the most that support could total over the contract?": a sum the asked thing comes to
                   r"\bwhat(?:['’]s|\s+is|\s+would\s+be)\s+the\s+(?:most|least|maximum|minimum)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?"
                   r"(?:could|would|can|will|might|may)\s+(?:total|add\s+up\s+to|amount\s+to|come\s+to)\b|"
                   # "what pre-tax pay" (not "what pay grade", a level)
                   r"\bwhat(?:['’]s|\s+is|\s+are)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:pay|salary|salaries|wages?|remuneration)\b"
                   r"(?!\s+(?:grades?|levels?|scales?|bands?|ranks?|standards?|structure|polic(?:y|ies)))"),
        # "多少" with nothing saying money: some quantity ("能解决多少？", "达到多少？")
        ("count", r"多少|(?<![这近前好])几(?!乎)", r"(?!)"),
        ("list", r"哪些|有什么|有哪|都有|包括|范围|什么(?:行业|产业|项目|企业|条件|要求|人)",
                 r"which|what (?:are|kinds?|types?|industries|sectors)|list\b"),
        ("eligibility", r"能不能|能否|可不可以|可以吗|能吗|是否|符合|算不算|有没有资格|享受吗|有没有|吗[？?]?$",
                        r"^(?:can|could|do|does|is|are|will|would|may|should)\b|eligible|qualify|entitled"),
    )
)
# "几年下来一共最多多少": the sum asked is money, though a number of years is named before it.
# (not before a unit of another measure: "一共多少学时" asks hours, "总共多少个" a count)
_NOT_MONEY_AFTER = "(?!{})".format("|".join(sorted(
    {w for u in UNITS if u.dimension not in ("money", "foreign_money", "price")
     for w in (u.name, *u.words, *u.text_words) if re.match(r"[\u4e00-\u9fff]", w)},
    key=len, reverse=True)))
_ASKS_MONEY_AFTER_TOTAL = re.compile(
    rf"(?:一共|合计|总共|加起来|共计|总计)[^，,？?]{{0,6}}多少{_NOT_MONEY_AFTER}|"
    # "补满最长年限最多能拿多少": the money a run of years brings, not its length
    rf"(?:年限|期限|年)[^，,？?\d]{{0,6}}(?:拿|领|得|补|给|奖)多少{_NOT_MONEY_AFTER}"
)
_TOTAL = re.compile(
    r"一共|合计|加起来|总共|共计|总计|加在一起|加上(?=[^？?。]*多少)|in total|altogether|combined|overall|sum of|together(?!\s+with)|"
    # ("资金累计有多少": a sum; "累计最高补多少" asks the cap on it)
    r"累计(?![^，,。？?]{0,3}(?:最高|最多|不超过|上限))(?=[^，,。？?]{0,6}多少)|"
    # "一年能领多少养老和托幼补贴": two kinds of money asked as one amount (not each, "分别")
    r"(?<![分各])多少[\u4e00-\u9fff]{1,6}?(?:和|加上?|以及|及)[\u4e00-\u9fff]{1,6}?(?:补贴|补助|奖励|津贴|奖金|资助)(?![^？?]*分别)|"
    # "elderly-care plus childcare subsidies"
    r"\b[a-z-]+ plus [a-z-]+ (?:subsid(?!enc|iar)\w*|rewards?|grants?|awards?|allowances?|support|funding)\b|"
    # "the one-off grant plus the yearly operating subsidy", "…plus three years of operating subsidy"
    r"\bplus\s+(?:(?:the|a|an|its|their|our)\s+)?(?:[a-z0-9-]+\s+){0,4}(?:subsid(?!enc|iar)\w*|rewards?|grants?|awards?|allowances?|support|funding)\b|"
    r"\b(?:for|across|from) (?:both|all (?:of )?(?:them|two|three|four|five|\d+))\b|"
    r"\b(?:the|a|maximum|max|minimum|min|combined|grand) total\b|"
    # ("连续支持期内至少能拿多少": the whole run of years a provision pays for)
    r"\b(?:whole|entire|full|complete) (?:[a-z-]+ )?(?:period|term|run)\b|整个[\u4e00-\u9fff]{0,2}期|连续[\u4e00-\u9fff]{0,4}期(?:内|间)|"
    # "the minimum total support over its funding period", "the minimum total support it receives over the support period"
    r"\btotal\s+(?:[a-z-]+\s+){0,2}(?:support|funding|subsid(?!enc|iar)\w*|rewards?|grants?|awards?|amount|allowances?)\s+"
    r"(?:[^?.!;]{0,60}?\s)?over\s+"
    r"(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:period|term)\b|"
    r"\btotal\s+(?:[a-z-]+\s+){0,2}(?:support|funding|subsid(?!enc|iar)\w*|rewards?|grants?|awards?|amount|allowances?)\s*\?|"
    # "how much research funding can it get over the support period?": the run of years a grant is paid for
    r"\bover\s+(?:the|its|their)\s+(?:support|supported|funding|funded|subsidy|subsidised|subsidized|committed|commitment|"
    r"contract|award|grant|payment)\s+(?:period|term)\b|"
    r"\b(?:support|funding|subsid(?!enc|iar)\w*|rewards?|grants?|awards?|payout)\s+total\b|"  # "the per-cow subsidy total"
    # "how much do the two awards come to?", "what does that add up to?", "how much in all?"
    r"\b(?:come|comes|add|adds)\s+(?:up\s+)?to\s*\?|\badd\s+up\s*\?|\bin\s+all\s*\?|"
    r"\b(?:could|would|can|will|might|may)\s+total\b|"  # "what is the most that support could total?"
    # "Total over the support period?": a question that is the word "total" and what it runs over
    r"(?:^|[.!?]\s+)total\s+(?:over|for|across|during)\b[^.!?]{0,40}\?", re.IGNORECASE
)
# A run of years a question states: "连续3年", "连着聘3年", "3年下来", "for 3 years", "over five years".
_RUN_OF_YEARS = re.compile(
    r"(?:连续|连着|持续|接连)[^，,。？?\d]{0,3}(?:\d+|[一二两三四五六七八九十]+)\s*个?年(?!以|内|后|前|度)|"
    # "引进一位退休医师，干满3年，引才补贴最多拿多少": the years served, then the money they bring asked
    r"(?:干|做|工作|聘用?|服务|任职)满?\s*(?:\d+|[一二两三四五六七八九十]+)\s*个?年(?!以|内|后|前|度)(?=[^。？?]*多少)|"
    r"(?<!\d)(?:\d+|[一二两三四五六七八九十]+)\s*年(?:下来|里头|当中)|"
    # "5年最多能拿多少", "两年里能领多少": the years, then the amount they bring asked
    r"(?<![\d.第])(?!(?:19|20)\d\d)(?:[2-9]|\d{2,}|[二两三四五六七八九十][一二三四五六七八九十]*)\s*个?年(?:里|间|中)?(?!内)"
    r"(?=[^，,。；;？?\d]{0,8}多少)|"
    # "补满最长年限最多能拿多少", "for the maximum number of years": the longest run the provision allows
    r"(?:补|拿|领|享受)?满?最长(?:的)?(?:年限|期限|补贴期|支持期)|"
    r"\b(?:for|over|across|during)\s+(?:the\s+)?(?:maximum|longest|max)\s+(?:(?:allowed|possible|permitted)\s+)?"
    r"(?:number\s+of\s+years|period|term|duration|years)\b|"
    # "a 3-year contract … how much over the full contract?"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)-years?\b(?=.*\b(?:over|for|across|during)\s+the\s+(?:(?:full|whole|entire)\b|"
    r"(?:contract|term)\b))|"
    # (not "within three years", a time limit, as "3年内" is none)
    r"\b(?:for|over|during|across|in)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:(?:first|next|whole|full|entire)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:(?:full|consecutive|successive|straight)\s+)?years?\b|"
    # "interns with us for 5 months", "5个月最多能拿多少": a run of months served, then the money asked
    r"\b(?:for|over|during|across)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"[\s-]+months?\b(?!\s+or\s+(?:more|longer))|"
    r"(?<![\d.第])(?:\d+|[两三四五六七八九十]+)\s*个月(?:里|间|下来)?(?=[^，,。；;？?\d]{0,8}多少)",
    re.IGNORECASE,
)
# A number of items a question states ("2个项目", "两家企业"); a calendar year or a count asked ("多少个") is none.
# ("4人评定成效显著": people counted; not "300人以上", a size, nor "人次", attendances)
_STATED_COUNT = re.compile(
    # ("2 万头奶牛": ten thousands of them)
    # (not a place in a ranking or a series: "前50名", "第2个")
    r"(?<![\d多少几.前第])(?<![前第]\s)(\d+(?:\.\d+)?(?=\s*万)|\d+|[两三四五六七八九十]+)\s*(万)?\s*"
    r"(?:个|名|位|项|家|件|支|台|辆|套|所|座|户|头|只|人(?!次|以上|以下|左右))(?!月|工作日)"
)
# Asking how much money ("多少钱", "最多能拿多少", "how much", "what is the most").
_ASKS_MONEY = re.compile(r"多少(?!年|个月|天|个|家|人|吨|亩|度|%|％)|how much|"
                         r"what(?:'s| is| would be| will be) the (?:most|maximum|max|minimum|least|total)\b", re.IGNORECASE)

# What makes a piece of text a question of its own (an interrogative), used to split
# "补贴多少，找哪个部门？" into two asks while "种植和养殖都能享受的补贴有哪些？" stays one.
_ASKS_ZH = re.compile(
    r"多少|(?<![这近前好])几(?!乎)|哪|什么|吗|是否|能否|能不能|可不可以|怎么|如何|怎样|多久|多长|多大|多高|谁|何时|何处|有没有|算不算|要不要|还是|"
    r"呢[？?]?$"
)
# A Chinese sentence put as a question asks, whatever its words ("排前几名的能拿到资金支持？"): it is no context of
# the next one (the last of a sentence's clauses carries its mark, and asks only by its words).
_PUT_AS_QUESTION_ZH = re.compile(r"[？?]\s*$")
# "how long is a total-incapacity assessment valid?", "…stay valid": how long a thing other than a document (or "it") lasts
_THING_VALID_EN = re.compile(
    r"\bhow long\b(?![^?]*\b(?:measures|polic(?:y|ies)|plan|scheme|notice|opinions|rules|pilot|programmes?|programs?|documents?|"
    r"announcement|guidelines?|list|catalogue|it|they|this|these)\b)[^?]*\bvalid\b",
    re.IGNORECASE,
)
_ASKS_EN = re.compile(r"\b(what|which|how|who|whom|when|where|is|are|can|could|do|does|will|would|may|should)\b", re.IGNORECASE)
# The unit right after "多少/几" says what kind of figure is asked: "多少吨" a count, "几年" a
# duration, "多少万" money. Longer units first so that 万亩 is not read as 万.
_ASKED_UNIT = re.compile(
    rf"(?:多少|(?<![这近前好])几)个?\s*(?P<unit>万亩|万元|亿元|万吨|工作日|个月|学时|小时|平方|立方|千瓦|公里|千米|毫米|厘米|米|元|钱|块|万|[%％]|成|倍|年(?!{_YEAR_NOUN})|月|天(?!然)|日|"
    # "多少支持", "多少天然气", "多少人才…资助" count nothing; "多少年薪" asks a salary, no years
    r"套|次|场|吨|亩|个|家|人(?!才|民币)|名|头|只|台|辆|项(?!目)|档|支(?!持|付|出|撑)|所|座|户|批|度|岁)"
)
_UNIT_SLOT: dict[str, Slot] = {
    **dict.fromkeys(("万元", "亿元", "元", "钱", "块", "万"), "amount"),
    **dict.fromkeys(("%", "％", "成", "倍"), "percentage"),
    **dict.fromkeys(("工作日", "个月", "学时", "小时", "年", "月", "天", "日"), "duration"),
}
# "how many years", "how many more years", "how many working days": a period; any other "how many" a count.
_HOW_MANY_EN = re.compile(r"how many\s+(?:(?:\w+\s+)?(?P<what>years|months|days|hours)\b)?", re.IGNORECASE)
# The words a Chinese question asks "when" with.
_WHEN_ZH = r"什么时候|什么时间|哪天|哪一天|哪年|哪一年|何时"
# A deadline asked: "什么时候之前", "最晚哪年", "by what date", "by when".
_DEADLINE = re.compile(
    rf"(?:{_WHEN_ZH})(?:之前|以前|前)|"
    r"最晚(?:什么时候|哪天|哪年|何时)|(?:什么|多长)(?:期限|时限)(?:之前|以前|前|内)|"
    r"\bby (?:what|which) (?:date|time|year|month)\b|\bby when\b|\bno later than when\b",
    re.IGNORECASE,
)


# How often something recurs: "多久报一次", "多长时间评定一次", "how often". "一年几次" counts instead.
_FREQUENCY = re.compile(
    r"(?:多久|多长时间|多少天|几个月|几年)[^，,。；;？?]{0,12}?一次|隔多久|\bhow (?:often|frequently)\b|\bat what intervals?\b",
    re.IGNORECASE,
)


# Whether a grant of money exists, or what it is: "有没有补贴", "有什么奖励", "有补贴吗", "is there a subsidy for…",
# "what reward do we get". (Support of any kind, "有什么支持", "what help", may be land or services.)
_MONEY_KIND_ZH = r"(?:补贴|补助|奖励|奖补|资助|贴息|奖金|扶持资金|补偿)"
_MONEY_KIND_EN = r"(?:subsid(?:y|ies)|grants?|rewards?|awards?|allowances?|bonus(?:es)?|funding|cash support|interest subsid(?:y|ies))"
_GRANT_ASKED = re.compile(
    rf"有没有[^，,。？?]{{0,20}}?{_MONEY_KIND_ZH}|有(?:什么|哪些|啥)[^，,。？?]{{0,4}}?{_MONEY_KIND_ZH}|"
    rf"有[^，,。？?]{{0,4}}?{_MONEY_KIND_ZH}[^，,。？?]{{0,2}}?吗|"
    rf"{_MONEY_KIND_ZH}(?:有没有|有吗|有什么|是什么|有哪些)|给不给[^，,。？?]{{0,6}}{_MONEY_KIND_ZH}|"
    rf"\b(?:is|are) there (?:a|an|any)\b[^.?]{{0,40}}?\b{_MONEY_KIND_EN}\b|"
    # (whoever gives it, however long its name: "does Inner Mongolia's low-altitude economy plan give a … subsidy")
    rf"\b(?:do|does|will|would|can)\b[^.?]{{0,60}}?\b(?:offer|give|provide|pay|grant|have)\b[^.?]{{0,20}}?\b(?:a|an|any)\s+(?:[a-z-]+\s+){{0,3}}?{_MONEY_KIND_EN}\b|"
    rf"\bwhat (?:kind of |sort of )?{_MONEY_KIND_EN}\b|"
    # "does the banner subsidise new air routes?": money given, asked by its verb
    r"\b(?:do|does|will|would)\b[^.?]{0,40}?\bsubsidi[sz]e\b",
    re.IGNORECASE,
)


def asks_grant(text: str) -> bool:
    """Does ``text`` ask whether a grant of money is given, or what grant is given ("有没有补贴", "有什么奖励",
    "is there a subsidy for…", "what reward…")? Only a sentence granting money answers it: one that merely
    encourages a thing ("鼓励地方开展…") says nothing of a grant."""
    return bool(_GRANT_ASKED.search(text))


def asks_frequency(text: str) -> bool:
    """Does ``text`` ask how often something recurs ("多久报一次", "how often must…report")?"""
    return bool(_FREQUENCY.search(spoken_to_written(text)))


# When a policy starts ("从什么时候开始执行", "哪天起施行", "when does it take effect"), and when it ends or
# how long it holds ("有效期到哪一年", "哪天到期", "when does it expire", "stay valid").
_START_ASKED = re.compile(
    rf"(?:{_WHEN_ZH}|几月|从哪)[^，,。？?]{{0,4}}(?:开始|起)|开始(?:执行|实施|施行)|(?:起|开始)?生效|"
    r"take[sn]? effect|took effect|come[s]? into (?:force|effect)|came into (?:force|effect)|"
    r"\b(?:start|starts|begin|begins|began|started)\b|effective from|from (?:when|what date|which date)",
    re.IGNORECASE,
)
_END_ASKED = re.compile(
    r"到期|截止|结束|为止|到哪|到什么时候|有效期|多久|几年|\bexpir|\bend\b|\bends\b|\buntil\b|\bvalid\b|how long|run out",
    re.IGNORECASE,
)


def asks_end(text: str) -> bool:
    """Does ``text`` ask only when a policy ends or how long it holds ("有效期到哪一年", "until when"), not when it
    starts ("how long after publication does it take effect")?"""
    return bool(_END_ASKED.search(text)) and not _START_ASKED.search(text)


def asks_start(text: str) -> bool:
    """Does ``text`` ask only when a policy starts, not when it ends or how long it holds?"""
    return bool(_START_ASKED.search(text)) and not _END_ASKED.search(text)


def asks_deadline(text: str) -> bool:
    """Does ``text`` ask by when something must be done ("什么时候之前要报", "by what date must…")?"""
    return bool(_DEADLINE.search(spoken_to_written(text)))


def asks_when(text: str) -> bool:
    """Does ``text`` ask when something happens or happened ("什么时候建成通气？", "哪年出的版本？", "when will the
    line open?"), a time rather than a thing? ("When a university converts an invention, who keeps the income?" asks who.)"""
    return bool(_WHEN_ASKED.search(spoken_to_written(text)))


# A time asked: the Chinese asking words, "几月", "when is / was / will…", "in what year", "which month".
_WHEN_ASKED = re.compile(
    rf"{_WHEN_ZH}|哪个月|几月|"
    r"\bwhen\s+(?:is|was|will|does|did|do|are|were|has|have|had|can|could|should|must|would)\b|"
    r"\b(?:what|which) (?:year|date|month|day)\b",
    re.IGNORECASE,
)


# The level of government a document comes from, asked ("which level of government issued the plan?", "at what level of
# government?", "是哪一级政府出台的？"); "which level does the talent policy put me in" asks a class, no issuer.
_LEVEL_ASKED = re.compile(
    r"\b(?:which|what)\s+level\s+of\s+(?:government|authority|authorities|administration)\b|"
    r"\b(?:which|what)\s+(?:government\s+)?level\s+(?:issued|issues|published|released|put\s+out|adopted)\b|"
    r"\b(?:issued|published|released|adopted)\s+(?:it\s+|them\s+|this\s+)?at\s+(?:which|what)\s+level\b|"
    r"哪一?级(?:政府|部门|层面)?(?:发布|出台|制定|印发|发的|出的|颁布)|(?:是|属于)哪一?级(?:的)?(?:政策|文件|政府)|"
    r"哪个层级的?(?:政策|文件)|什么级别的(?:政策|文件)",
    re.IGNORECASE,
)


def asks_level(text: str) -> bool:
    """Does ``text`` ask which level of government a document comes from ("which level of government issued it?")?"""
    return bool(_LEVEL_ASKED.search(text))


def asks_issued(text: str) -> bool:
    """Does ``text`` ask when a document was issued ("公告是哪天发的？", "when was the notice published?")?"""
    return bool(_ISSUED_WHEN.search(spoken_to_written(text)))


# When a document was issued: "哪天发的", "什么时候印发", "when was it published".
_ISSUED_WHEN = re.compile(
    rf"(?:{_WHEN_ZH}|几月几号|几号)[^，,。？?]{{0,2}}(?:发|发布|印发|出台|颁布|公布|下发|签发|签署)|落款日期|"
    # ("which date was the announcement signed": the date it closes with, under its issuers)
    r"\b(?:when|(?:on )?(?:what|which) (?:date|day))\s+(?:was|were|did)\b[^?]{0,80}\b"
    r"(?:issued|published|released|promulgated|signed|issue|publish|release|sign)\b|"
    r"\b(?:issue|publication|release|signing)\s+date\b",
    re.IGNORECASE,
)


# "按最高比例测算能补多少": the share says how an amount is reckoned; the amount is what is asked.
_BY_SHARE_ZH = re.compile(r"按(?:照)?[^，,？?]{0,6}比例[^。？?]{0,12}?(?:补|奖|给|拿|领|贴|交|付|出|省)[^，,？?]{0,3}多少(?!个点|[%％])")
# "how many yuan", "how many thousand yuan": money counted in its unit.
_HOW_MANY_MONEY_EN = re.compile(r"how many\s+(?:(?:ten[- ])?thousands?\s+(?:of\s+)?)?(?:yuan|rmb|cny|dollars)\b", re.IGNORECASE)
# An amount asked in money's own units: no share answers it.
_MONEY_UNIT_ASKED = re.compile(
    rf"多少钱|多少(?:万|亿)?元|几(?:十|百|千|万)+(?:块|元)|{_HOW_MANY_MONEY_EN.pattern}|how much money|\bin (?:yuan|rmb)\b", re.IGNORECASE
)
# "覆盖率多少", "费率是多少": a rate asked with 多少 is a percentage.
_RATE_ZH = re.compile(r"率[^，,？?]{0,6}(?:多少|几)")
# Sentence ends, and the words that start a further question inside one message.
_SENTENCE_END = re.compile(r"(?<=[？?！!。；;])")
_FURTHER_ZH = re.compile(r"(?:^|[，,；;])\s*(?:另外|还有|此外|以及|同时|并且|再问一下|顺便问一下|顺便问下|再问)\s*[，,]?")
_CLAUSE_SEP_ZH = re.compile(r"[，,]")
_FURTHER_EN = re.compile(r",?\s+(?:and|also|plus)\s+"
                         # "and is there…", "and can we…" ask again; "who stays 3 years and is retained" does not
                         r"(?=(?:(?:is|are|can|does|do|will|would)\s+(?!be\b|been\b|[a-z]+ed\b|[a-z]+en\b)|"
                         r"what|which|how|who|whom|when|where|until|(?:up to|at most) how long|"
                         r"(?:for|in|from|by|after|under|on|at|to|with|over|during|until|within) (?:how|which|what|when|whom))\b)"
                         # (", which are on the list. If our plant…": a relative clause that a full stop closes tells)
                         r"|,\s*(?=(?:what|(?:which|who)(?![^?]*?\.(?:\s|$))|how|when|where|(?:until|since|by|from) when|for how long)\b)"
                         # (", for what period", ", by which date": an ask after a comma, led by its preposition)
                         r"|,\s*(?=(?:for|over|during|within|until|by|from|under) (?:what|which|how)\b)"
                         r"|\s+(?=what if\b)",
                         re.IGNORECASE)
# "A和B分别…", "A、B各…": one ask over several subjects.
_RESPECTIVELY_ZH = re.compile(r"分别|各自|各(?=[是奖补给有拿能可多为按享])")
_CONJ_ZH = re.compile(r"和|与|跟|及|以及|、|还是")
# ("each year", "each month": how often, not of each item, unless it is itself one: "at the start and each year after")
_RESPECTIVELY_EN = re.compile(r"\brespectively\b|\beach\b(?!\s+(?:year|month|week|day|quarter|time)s?\b)|(?<=and )each\b",
                              re.IGNORECASE)
_EACH_OF_EN = re.compile(r"\beach\s+of\b", re.IGNORECASE)
_CONJ_EN = re.compile(r"\s*(?:,\s*and\b|\band\b|,|\bor\b)\s+", re.IGNORECASE)
# Words that ask rather than name: dropped from a part's subject. Only whole phrases, so that
# no word of the subject is cut (能 in 新能源, 是 in 是否 …).
_QUESTION_WORDS_ZH = re.compile(
    r"请问|想问(?:一下)?|问一下|麻烦问下|你好|您好|我们|咱们|是多少|有多少|多少钱|多少|几个|哪个|哪些|哪家|什么时候|什么|能不能|可不可以|是不是|"
    r"是否|能否|怎么|如何|怎样|分别|各自|一下|现在|目前|一般|大概|大约|吗|呢|啊|呀|吧|的|[？?，,。！!；;：:、\s]+"
)
# "…for a national green factory versus a regional one": "one" stands for the thing named before
ONE_OF_THEM_EN = re.compile(r"\b(?:a|an|the)\s+[\w-]+\s+ones?\b", re.IGNORECASE)
# A part that points back ("找哪个部门解释它？", "which department handles it?") is about the subject before it.
_POINTS_BACK = re.compile(
    r"这个|这块|这事|这件|这项|这条|这些|这方面|这一块|这是|这属于|这出自|这份|这部|该|其|它|此|上述|\b(?:it|its|this|that|they|them|their|these|those)\b|"
    # "which document says so?", "…for the plan?": what a later part says of the one before
    r"\b(?:says?|said|does|do|did)\s+so\b|\bthe (?:plan|policy|scheme|programme|program|measures?|notice|opinion|provision|"
    r"rules?|pilot)\b|"
    # "…the 2024 negative list, and from what date was the 2021 version repealed?": a version of the thing named before
    r"\bthe (?:(?:19|20)\d\d |previous |earlier |old |new |latest )?(?:version|edition)\b|" + ONE_OF_THEM_EN.pattern, re.IGNORECASE
)
# "what years does the fund action plan cover?": a later part asking the document, period or
# departments of "the … plan" asks them of the policy the question is about
_NAMES_DOCUMENT_EN = re.compile(
    r"\bthe (?:[\w-]+ ){1,3}(?:plan|policy|policies|scheme|programme|program|measures|notice|opinions?|guidance|rules)\b",
    re.IGNORECASE,
)
ENGLISH_STOP_WORDS = frozenset(
    "what which how who whom when where is are can could do does will would may should the a an of for to in on at by and or "
    "we i our my us me you your it its this that there be been much many get gets give given does did much please tell "
    "respectively each also plus if".split()
)


def is_function_word(token: str) -> bool:
    """An English function word or a lone letter ("of", "the", "a"): the guide writes a few in
    names and lists, but in a question they name nothing."""
    return token.isascii() and (len(token) < 2 or token.lower() in ENGLISH_STOP_WORDS)


@dataclass(frozen=True)
class Part:
    """One thing the question asks."""

    text: str  # the part's own wording, the shared subject restored ("10千伏的工业电价是多少")
    slot: Slot
    subject: str  # what it is about: the wording without question words
    terms: tuple[str, ...] = ()  # the guide's words for the subject (glossary and colloquial terms)
    counted: bool = False  # a count asked with a counting word ("多少家", "how many academicians"): not money, not a share
    level: str | None = None  # the one policy level the ask names as who pays or rules ("市里…" → 市级), if any
    measure: str | None = None  # the dimension of the unit asked after 多少 ("多少立方米" → volume): a count in other units does not answer
    pays: bool = False  # asks what the asker pays ("要交多少挂牌费", "what fee"): no subsidy answers it
    carried: bool = False  # about the subject of the part before ("…有奖补吗？最多能拿多少？", "which department handles it?")
    # the dimension of the unit a price is asked per ("每吨多少钱" → weight; a price per another does not
    # answer), or for an amount, that it is asked per anything ("每台补多少": no share answers it) or
    # in money's own units ("多少钱", "how many yuan": "money")
    per: str | None = None
    item: bool = False  # one item of a list asked alike ("A和B每吨分别多少钱"): about its own item, not the part before
    # an English price pointing back that names a thing of its own ("…gas for commercial users, and what does water
    # cost for them?"): its own words, which say what is priced; the part before says only whose ("them")
    own: str = ""

    @property
    def focus(self) -> tuple[str, str]:
        """The words naming what is asked, and the rest as context: a Chinese question telling its
        situation first ("我们是示范合作社，总投资80万元，按扶持合作社政策最多能补多少？") asks
        about the words of the clause that asks."""
        return _focus(self.text, self.subject)


def situation(text: str) -> str:
    """The segments of a Chinese question that tell its situation and ask nothing ("伊旗地方性肉牛保险，我养了50头"
    of "…，自己要交多少保费？旗财政补多少？"), joined as written."""
    return "，".join(s.strip() for s in re.split(r"[，,；;。！!？?]", text) if s.strip() and not _ASKS_ZH.search(s))


def _focus(text: str, subject: str) -> tuple[str, str]:
    """The subject of the segment of ``text`` that asks, and of the rest (see :attr:`Part.focus`)."""
    segments = [s for s in re.split(r"[，,；;。！!]", text) if s.strip()]
    if len(segments) <= 1 or detect_language(text) == "en":  # an English question quoting "（装配式）" is English
        return subject, ""
    asking = [s for s in segments if _ASKS_ZH.search(s)]
    focus = asking[-1] if asking else segments[-1]
    rest = [s for s in segments if s is not focus]
    if len(_CJK_CHARS.findall(_ASKING_NAMES_NOTHING.sub("", _subject(focus, "zh")))) < 2:
        return subject, ""  # "想设知识产权指导工作站，归哪个部门管？": the ask names nothing, the words before it do
    if asks_category(focus):
        # "世界技能大赛金牌获得者，在鄂尔多斯市人才目录里算哪类人才？": the ask names the catalogue (where to
        # look) and the words before it who is classed (which of its lines answers): both name what is asked
        return _subject(" ".join([*rest, focus]), "zh"), ""
    return _subject(focus, "zh"), _subject(" ".join(rest), "zh")


def classed(text: str) -> tuple[str, str]:
    """Who or what a category ask classes, and the words of the ask (which name the catalogue):
    "世界技能大赛金牌获得者，在…目录里算哪类人才？" → ("世界技能大赛金牌获得者", "在…目录里算哪类人才");
    the whole subject and no ask of its own when one segment asks it all."""
    segments = [s for s in re.split(r"[，,；;。！!]", text) if s.strip()]
    before = [s for s in segments if not asks_category(s)]
    if not before or len(before) == len(segments):
        return _subject(text, "zh"), ""
    return _subject(" ".join(before), "zh"), " ".join(s for s in segments if asks_category(s))


# Words of an ask for a department, a document or a date that name no subject of their own.
# ("审核通过后，从什么时候开始发？": a time asked names nothing either)
_ASKING_NAMES_NOTHING = re.compile(r"部门|单位|负责|牵头|主管|管理|归|管|找|文号|文件|依据|有效期|期限|解释|受理|办理|联系|"
                                   r"从\s+(?:开始|起)?|何时|"
                                   # ("想建一个无人机起降场，政府按每个多少钱给补贴？": who pays and the kind of money name nothing)
                                   r"政府|财政|按|每个?|给予?|补贴|补助|奖励|奖补|资助|能|可以|拿|领")
_CJK_CHARS = re.compile(r"[\u4e00-\u9fff]")


# Who a part asks about, as a policy level: "市里和旗里分别奖多少？" asks the city's provision and
# the banner's. Only words naming a government as actor count: "自治区级优秀护士" names an honour,
# "国家高新技术企业" a kind of firm.
_LEVEL_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (level, re.compile(pattern, re.IGNORECASE))
    for level, pattern in (
        ("旗级", r"伊金霍洛旗里|伊旗里|伊金霍洛旗(?!级)|伊旗|旗里|旗级(?:政策|财政)|本旗|旗财政|旗政府|"
                 r"\bthe banner\b|\bbanner-level\b|\bejin ?horo\b"),
        ("市级", r"鄂尔多斯(?:市里|市)?(?!市级|大学|职业|高新)|市里|市级(?:政策|财政)|市财政|市政府|\bordos\b|\bthe city\b"),
        ("自治区级", r"自治区(?!级|认定|评)|内蒙古(?!.*(?:公司|集团|大学))|区里|区级(?:政策|财政)|\binner mongolia\b|"
                   r"\bthe (?:autonomous )?region(?:'s)?\b|\bthe regional\b(?! (?:headquarters|hq|office|branch))"),
        ("国家级", r"国家层面|国家(?:政策|财政)|中央(?:财政)?|国务院|\bthe state\b|\bcentral government\b|\bnational policy\b"),
    )
)


def level_of(text: str) -> str | None:
    """The one policy level ``text`` names as actor, or None when it names none or several."""
    named = {level for level, pattern in _LEVEL_WORDS if pattern.search(text)}
    return named.pop() if len(named) == 1 else None


@dataclass
class Question:
    """A question as understood once per turn."""

    raw: str  # as asked
    lang: Language
    text: str  # after follow-up resolution: a follow-up carries the question it follows
    parts: list[Part]
    quantities: list[Quantity] = field(default_factory=list)  # the figures the question itself states
    follow_up: bool = False
    previous: str | None = None  # the question a follow-up follows
    total: bool = False  # asks for a sum ("一共", "in total")

    @property
    def multi_part(self) -> bool:
        return len(self.parts) > 1

    @property
    def slots(self) -> list[Slot]:
        return [p.slot for p in self.parts]


# A question that asks for a figure, as opposed to a yes/no question that states one
# ("能不能按15%交企业所得税？", "Do polysilicon makers qualify for the 58% cap?").
_ASKS_FIGURE = re.compile(
    # ("110千伏是什么价？": a price asked; "按什么价格收费" asks on what basis)
    r"多少|(?<!哪)几|多高|多大|多长|多久|(?<![按以照用])(?:什么|啥)价(?:格|钱|位)?(?=\s*[？?。，,]|\s*$)|"
    r"how much|how many|how long|what(?:'s| is| are| was) the|what share|what rate", re.IGNORECASE
)
_YES_NO = re.compile(
    r"能不能|可不可以|可以吗|能吗|是否|有没有资格|有没有[^，,？?]{0,8}(?:限制|要求|规定|上限|门槛)|算不算|要不要|符合|"
    r"^(?:can|could|do|does|is|are|will|may)\b|qualify|eligible|entitled",
    re.IGNORECASE,
)
# "按什么价格…", "怎么算…", "on what basis…": which kind of thing, not a figure.
_WHICH_KIND = re.compile(r"什么|哪种|怎么算|怎么定|如何确定|怎么确定|on what basis|how is .* (?:set|calculated|determined)", re.IGNORECASE)
# A Chinese question word asking what, which or how: no yes-or-no question.
_WH_ZH = re.compile(r"什么|哪|怎么|如何|怎样|谁")
_WH_EN = re.compile(r"\b(?:what|which|how|who|whom|when|where|why)\b", re.IGNORECASE)
# "what about …?", "how about …?", "and what of …?": the ask before, of another thing.
# ("…, and what is it for mono- and polysilicon plants?": the figure asked before, for another thing; not "what is it for?")
# ("…, and how does that compare with a monocrystalline silicon producer?": the figure before, of that producer)
_SAME_ASKED_EN = re.compile(r"\W*(?:and\s+|but\s+)?(?:(?:what|how)\s+about|what\s+of|"
                            r"how\s+(?:does|do|would|will)\s+(?:it|that|this|they|those)\s+compare\s+(?:with|to)(?=\s+\w)|"
                            r"what(?:'s|’s|\s+is|\s+are|\s+was)\s+(?:it|that|this|they|those)\s+for(?=\s+\w))\b"
                            r"(?![^?]*\b(?:what|which|how|who|when|where|why)\b)",
                            re.IGNORECASE)
# "and how high does it go in the top tier?": how large the figure asked before is, in another case.
_MAGNITUDE_ASKED_EN = re.compile(r"\bhow\s+(?:high|low)\b", re.IGNORECASE)
# "哪些行业…", "Which industries…": a list, whatever figure the items are named by.
# ("…total investment, of which RMB 15 million was equipment": a relative "which" after a preposition asks nothing)
_LIST_ASK = re.compile(
    r"哪些|哪几|有什么|(?<!\bof )(?<!\bin )(?<!\bfor )(?<!\bby )(?<!\bto )(?<!\bunder )\bwhich\b|what (?:kinds?|types?|industries|sectors)",
    re.IGNORECASE,
)


# "算几类人才", "属于哪一类", "which category": the class a thing belongs to.
_CATEGORY_ASK = re.compile(
    r"(?:算|属于|归为|归入|认定(?:为|成)?|定为|定成|评为|评成|算作|是)(?:第)?(?:几|哪一?)(?:类|档|级|等)|哪一?类人才|哪个类别|"
    r"\b(?:which|what)\s+(?:[a-z'’-]+\s+){0,2}?(?:category|categories|class|tier|level of talent)\b",
    re.IGNORECASE,
)
# Dimensions of measuring units (quantities.UNITS) a question may ask a figure in.
_MEASURES = frozenset({"volume", "area", "weight", "energy", "length", "days", "age"})
# An age asked ("年龄上限", "多少岁", "what age limit", "how old"): only a figure in 岁 answers it.
_YEARS_ASKED = re.compile(r"(?:几|多少)个?年(?!龄|级|度)|how many years", re.IGNORECASE)
_AGE_ASKED = re.compile(r"年龄|岁数|多少岁|几岁|\bages?\b|how old", re.IGNORECASE)
# "What <noun phrase>" asks the kind of figure its head noun names ("what age limit", "what minimum
# share of working hours", "what fine", "what is the maximum subsidy"): the last such noun among the
# first words after "what", before a verb, a preposition or an article ends the phrase.
_WHAT_PHRASE_EN = re.compile(
    r"\bwhat(?:'s|\s+(?:is|are|was|were|would be|will be))?\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?P<phrase>(?:[a-z-]+(?:['’]s\b)?\s*){1,5})",  # ("what are the employer's … rates": a possessive goes on)
    re.IGNORECASE,
)
# A thing asked by what it qualifies someone for ("what award makes someone…", "what title qualifies…").
_QUALIFIES_EN = re.compile(r"\s*(?:makes?|qualif(?:y|ies)|counts?\s+as|entitles?)\b", re.IGNORECASE)
_PHRASE_STOPS_EN = frozenset(
    "does do did is are was were be can could will would should must may might has have had shall "
    "for of in on at to per by from with under as than that which who when if a an the it its their this these".split()
)
_FIGURE_NOUNS_EN: dict[str, Slot] = {
    **dict.fromkeys("percentage percent share proportion ratio rate rates discount markup mark-up".split(), "percentage"),
    **dict.fromkeys("price prices tariff tariffs fee fees charge charges cost costs rent".split(), "price"),
    # singular: "what allowances…" asks which kinds
    **dict.fromkeys("subsidy grant award reward bonus funding allowance stipend compensation salary wage fine penalty budget "
                    "capital loan loans tax interest refund refunds rebate rebates reimbursement payment deposit".split(), "amount"),
    **dict.fromkeys("target targets quota quotas minimum maximum threshold thresholds capacity scale size limit limits "
                    "number headcount output age volume population area mileage length distance".split(), "count"),
    **dict.fromkeys("deadline deadlines period duration lifespan term".split(), "duration"),
    **dict.fromkeys("cap caps ceiling".split(), "amount"),
}


# Heads naming a way or an arrangement ("model", "mechanism", "policy"): a figure word before one qualifies it.
_WAY_HEADS_EN = frozenset(
    "model models mechanism mechanisms mode modes method methods system systems approach approaches policy policies "
    "scheme schemes arrangement arrangements management regime procedure procedures process channel channels "
    "treatment".split()  # ("what's the tax treatment": how it is taxed)
)
_SHARE_ASKED_EN = re.compile(r"\b(?:what|which)\s+(?:(?:minimum|maximum|annual)\s+)?(?:share|proportion)\b", re.IGNORECASE)
_BOUNDS_EN = frozenset("maximum minimum max min total".split())
# Measures counted in money ("how big is the company's revenue").
_MONEY_MEASURES_EN = frozenset("revenue revenues income sales turnover gdp".split())
_MONEY_HEADS_EN = frozenset("support funding fund funds money assistance aid investment capital budget".split())


# "what's the most we can get", "what is the minimum that can go to the inventors": a bound of what a
# party receives is money, as "how much can we get" is; "the most the foreign side can hold" bounds
# another thing, and "the maximum subsidy we can get" is read by its noun
_BOUND_RECEIVED_EN = re.compile(
    r"\bwhat(?:'s|\s+(?:is|was|would be|will be|could be))\s+the\s+(?:most|least|maximum|minimum|max|min)\s+"
    r"(?P<party>that|which|we|i|you|it|they|he|she|one|(?:the|our|my|its|their|his|her|each|a|an|this|that)\s+[a-z-]+(?:\s+[a-z-]+)?)\s+"
    r"(?:(?:can|could|may|might|will|would|should|must|is|are|does|do)\s+)?(?:be\s+)?(?:(?:\w+ly)\s+)?"
    r"(?:gets?|receives?|claims?|obtains?|earns?|paid|given|awarded|granted|go(?:es)?|adds?|reimbursed|refunded|"
    # (or what a payer or a fund puts in: "the most it will put into a single project", "a company can draw from it")
    r"draw[sn]?|borrow(?:s|ed)?|put\s+(?:in|into)|invests?|gives?|provides?|contributes?|offers?|pays?|allocates?)\b",
    re.IGNORECASE,
)
# "Maximum refund?", "Total one-off award?": a question that is a noun phrase alone asks the figure it names.
_PHRASE_QUESTION_EN = re.compile(r"(?:^|[.!?;:]\s+)(?P<phrase>[A-Za-z][a-z-]*(?:\s+[a-z-]+){0,3})\s*\?\s*$")


# "how much recruitment subsidy can…": the money asked is named by the noun after "how much"
_HOW_MUCH_PHRASE_EN = re.compile(r"\bhow much\s+(?P<phrase>(?:[a-z-]+\s*){1,5})", re.IGNORECASE)


def _phrase_words(m: re.Match[str]) -> list[str]:
    """The words of an asked noun phrase, up to the first verb, preposition or article."""
    words: list[str] = []
    for word in m.group("phrase").lower().split():
        if word in _PHRASE_STOPS_EN:
            break
        words.append(re.sub(r"['’]s$", "", word))
    return words


def figure_noun_slot(text: str) -> Slot | None:
    """The slot an English "what <noun phrase>" asks by its head noun ("what age limit" → count,
    "what minimum share" → percentage, "what fine" → amount), or "how much <noun phrase>" asks by
    a money noun ("how much recruitment subsidy" → amount, though the question mentions fees it
    paid), or a noun phrase after a colon ("what rent support is offered — the monthly cap?" → amount);
    None when the phrase names no kind of figure."""
    after = after_colon(text)
    if after and not _WH_EN.search(after) and not _ASKS_YES_NO_EN.match(after):
        # the noun phrase after the colon says which figure of the thing named before it is asked
        head = re.split(r"\b(?:over|above|below|per|for|of|in|on|at|to|by|from|with|under|than)\b", after.lower())[0]
        named = [_FIGURE_NOUNS_EN[w] for w in re.findall(r"[a-z-]+", head) if w in _FIGURE_NOUNS_EN]
        if named:
            return named[-1]
    if (m := _BOUND_RECEIVED_EN.search(text)) and not any(w in _FIGURE_NOUNS_EN for w in m.group("party").lower().split()):
        return "amount"
    if (m := _PHRASE_QUESTION_EN.search(text)) and not _ASKS_YES_NO_EN.match(m.group("phrase")) and not _WH_EN.search(m.group("phrase")):
        if (slot := _phrase_slot(m.group("phrase").lower().split(), text)) is not None:
            return slot
    for m in _HOW_MUCH_PHRASE_EN.finditer(text):
        named = [_FIGURE_NOUNS_EN[w] for w in _phrase_words(m) if w in _FIGURE_NOUNS_EN]
        if named and named[-1] in ("amount", "price"):
            return named[-1]
    for m in _WHAT_PHRASE_EN.finditer(text):
        words = _phrase_words(m)
        if any(re.search(rf"\b{re.escape(w)}\b{_QUALIFIES_EN.pattern}", m.group(0), re.IGNORECASE) for w in words if w in _FIGURE_NOUNS_EN):
            continue  # "what national award makes someone a first-class talent?": which award, a name
        if (slot := _phrase_slot(words, text)) is not None:
            # (read after the bound word as written: the phrase's words drop possessives and spacing)
            bound = re.compile(rf"\b{words[-1]}\b", re.IGNORECASE).search(text, m.start("phrase")) if words else None
            if bound and words[-1] in _BOUND_HEADS_EN and (capped := _CAPPED_EN.match(text, bound.end())):
                return _FIGURE_NOUNS_EN[capped.group("noun").lower()]  # "the cap on the share of new-energy power": a share
            return slot
    return None


# A level a figure must reach ("threshold"), of the kind of the figure words before it.
_THRESHOLDS_EN = frozenset("threshold thresholds minimum minimums requirement requirements".split())
# What an investor holds of a company, a share of it ("equity cap", "shareholding limit").
_HELD_SHARE_EN = frozenset("equity shareholding stake ownership holding".split())
# A bound ("cap", "ceiling", "limit") is of the kind of the figure it bounds, named after "on / of / for".
_BOUND_HEADS_EN = frozenset("cap caps ceiling ceilings limit limits maximum minimum".split())
# (a cap on fees or prices may be a rate, "担保费率不高于 1%": it keeps the kind its own words ask)
_CAPPED_EN = re.compile(r"\s+(?:on|of|for)\s+(?:(?:the|its|their|our|a|an)\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?P<noun>share|shares|proportion|ratio|percentage|rate|rates)\b", re.IGNORECASE)


def _names_money_en(text: str) -> bool:
    """Does an English ``text`` name money ("grant", "funding", "revenue", "yuan")?"""
    return any(w in _MONEY_HEADS_EN or w in _MONEY_MEASURES_EN or _FIGURE_NOUNS_EN.get(w) == "amount" or w in ("yuan", "rmb")
               for w in re.findall(r"[a-z]+", text.lower()))


def _phrase_slot(words: list[str], text: str) -> Slot | None:
    """The slot an asked noun phrase of ``text`` names by its head noun ("age limit" → count, "maximum
    total support" → amount), or None. "The total" alone sums what the question is about: money when
    it names money."""
    if words == ["total"]:
        return "amount" if _names_money_en(text) else "count"
    figure_at = max((i for i, w in enumerate(words) if w in _FIGURE_NOUNS_EN), default=-1)
    if any(w in _WAY_HEADS_EN for w in words[figure_at + 1 :]):
        return None  # "what funding management model applies": a way of doing things, which a figure word only qualifies
    # "maximum" and "minimum" name the figure only at the phrase's end: "the maximum total support"
    # is about the support
    named = [(i, _FIGURE_NOUNS_EN[w]) for i, w in enumerate(words)
             if w in _FIGURE_NOUNS_EN and not (w in _BOUNDS_EN and i < len(words) - 1)]
    if not named and words and words[-1] == "value":
        return "amount"  # "above what purchase value": money (an output value asked by its size is a measure)
    if any(w in _BOUNDS_EN for w in words) and any(w in _MONEY_HEADS_EN for w in words):
        return "amount"  # "the maximum total support": money
    if named:
        i, slot = named[-1]
        if words[i] in _THRESHOLDS_EN and any(s == "amount" for _, s in named[:-1]):
            return "amount"  # "what tax and salary thresholds": sums of money a case must reach
        if words[i] in _BOUND_HEADS_EN | {"cap", "caps", "ceiling"} and i and words[i - 1] in _HELD_SHARE_EN:
            return "percentage"  # "the foreign equity cap": the most of a company a foreign investor may hold, a share
        if slot == "count" and words[i] == "limit" and i and words[i - 1] == "time":
            return "duration"  # "what time limit"
        if slot == "percentage" and words[i] in ("rate", "rates") and (i == 0 or _FIGURE_NOUNS_EN.get(words[i - 1]) == "amount") \
                and _PER_UNIT_PAID_EN.search(text):
            return "amount"  # "a per-kilogram hydrogen subsidy: what is the rate?": money per kilogram
        return slot
    return None


# A sum paid per a unit of measure ("a per-kilogram subsidy", "subsidy per tonne"): its rate is money.
_PER_UNIT_PAID_EN = re.compile(
    r"\bper[- ](?:kilogram|kg|tonne|ton|mu|kwh|head|cubic met(?:re|er)|square met(?:re|er)|unit|vehicle|car)s?\b", re.IGNORECASE
)


_ASKS_YES_NO_EN = re.compile(r"(?:can|could|is|are|do|does|will|would|may|should)\b", re.IGNORECASE)
# A colon, or a dash standing for one ("…is offered — size, number per year…"; not the en dash of "1–10 kV").
_COLON_EN = re.compile(r"\s*—\s*|\s+–\s+|:\s*")


def after_colon(text: str) -> str:
    """The words after the last colon (or dash) of ``text``, or ""."""
    found = list(_COLON_EN.finditer(text))
    return text[found[-1].end() :] if found else ""


# The counting words after "多少/几" and "how many <noun>" that are not money, time or a share.
# (not "哪几个盟市": which ones, a list)
_COUNTED_ZH = re.compile(r"(?:多少|(?<!哪)几)\s*(?:个|家|人|名|项|头|只|台|辆|套|次|所|座|户|批|支(?!持|付|出|撑)|类|种)"
                         r"(?!月|工作日|小时|学时)")
_COUNTED_EN = re.compile(r"\bhow many\s+['\"“‘(]?(?!(?:years|months|days|working days|hours|yuan|rmb|mu|tonnes|tons|kwh)\b)[a-z]",
                         re.IGNORECASE)


# "how many working days", "how many cubic metres": the unit an English question asks in.
_ASKED_UNIT_EN = re.compile(
    r"\bhow many\s+(?:working\s+|business\s+|calendar\s+)?"
    r"(?P<unit>days|hours|cubic met(?:re|er)s|square met(?:re|er)s|mu|tonnes|tons|kwh|kilowatt[- ]hours|kilomet(?:re|er)s|km|"
    r"(?:milli|centi)?met(?:re|er)s|mm|cm)\b",
    re.IGNORECASE,
)
_MEASURE_EN = {"days": "days", "hours": "days", "cubic": "volume", "square": "area", "mu": "area", "tonnes": "weight", "tons": "weight",
               "kwh": "energy", "kilowatt": "energy", "kilometres": "length", "kilometers": "length", "km": "length",
               **dict.fromkeys("metres meters millimetres millimeters centimetres centimeters mm cm".split(), "length")}
# The length of a thing that runs a distance asked: "how long are the banner's highways", "铁路有多长" (not how long
# a policy or a permit lasts).
_LENGTH_ASKED = re.compile(
    r"\bhow long (?:is|are|was|were|will)\b[^?.;]{0,60}?\b(?:roads?|highways?|expressways?|railways?|railroads?|rail lines?|"
    r"pipelines?|pipes?|rivers?|runways?|tracks?|borders?|routes?|power lines?|transmission lines?|lines)\b"
    r"(?![^?.;]*\b(?:last|valid|take)\b)|"
    r"(?:公路|铁路|高速|管道|管线|线路|河道|跑道|边境线|里程)[^，,。？?]{0,6}多长",
    re.IGNORECASE,
)
# A figure asked in a unit: "what are the reserves in cubic metres?", "the standard term, in years".
_IN_UNIT_EN = re.compile(
    r"\bin\s+(?:terms of\s+)?(?P<unit>cubic met(?:re|er)s|square met(?:re|er)s|mu|tonnes|tons|kwh|kilowatt[- ]hours|years|months|days|"
    r"kilomet(?:re|er)s|(?:milli|centi)?met(?:re|er)s|(?:us\s+)?dollars|usd|yuan|rmb)\b(?!\s+(?:of|per|past|ago|to come)\b)",
    re.IGNORECASE,
)
# An area asked: "what is the total area of the park?".
# "how big is the fund": the size of something (not "how large must a project be", a condition's threshold)
_SIZE_ASKED_EN = re.compile(r"\bhow (?:big|large) (?:is|are|was|were|will|would|can|could|must|an?)\b", re.IGNORECASE)
_AREA_ASKED_EN = re.compile(
    r"\bwhat(?:'s|\s+is)\s+(?:the\s+)?(?:(?:total|overall|planned|floor|land)\s+){0,2}area\b|"
    # "what minimum planted area"
    r"\bwhat\s+(?:minimum|maximum|min|max|smallest|largest|total|planted|planting|sown|land|floor|site)\s+(?:[a-z-]+\s+)?area\b|"
    r"\bhow (?:big|large)\b[^?.;]{0,40}\bin (?:land )?area\b|面积(?:有)?多大|多大(?:的)?面积|"  # "how big is the banner in area"
    r"面积(?:上限|下限|要求|最大|最小|最多|最少)?(?:是|有|要|为)?多少(?!钱|元|万)|"  # "面积上限多少": a measure, not money
    r"\bhow (?:big|large) (?:is|are|was|were) (?:the |its |their )?(?:[\w-]+ ){0,3}area\b|"  # "how big is the banned area"
    # "how big is the talent service base": the size of a place is its area
    r"\bhow (?:big|large) (?:is|are|was|were) (?:the |its |their |this |that )?(?:[\w-]+ ){0,3}"
    r"(?:base|bases|park|parks|zone|zones|site|sites|plot|plots|campus|farm|farms|pasture|pastures|grassland)\b|"
    r"\bhow much\s+(?:(?:floor|office|building|warehouse|plant|land)\s+)?(?:space|area|land)(?![\w-])",  # "how much floor space"
    re.IGNORECASE,
)
# A contact's number asked ("what's the phone number", "电话是多少"): no figure answers it ("is there a
# hotline…?" asks whether there is one).
_CONTACT_ASKED = re.compile(r"电话号码|电话是多少|电话多少|\b(?:phone|telephone|hotline|fax|contact)\s+numbers?\b", re.IGNORECASE)


# The unit a price is asked per ("每吨多少钱", "一方水多少钱", "how much per tonne").
# The measuring units a price or a payment is per, as written after 每 ("每吨", "每千瓦时"); an ask also says
# "一方" for a cubic metre, which after 每 in a provision may be another word ("每年地方…").
PER_UNITS_ZH = "千伏安|千瓦时|立方米|立方|平方米|平米|公斤|千克|公里|千米|吨|度|亩"
_PER_ASKED_ZH = re.compile(rf"(?:每|一)(?P<unit>{PER_UNITS_ZH}|方)(?!以|内|外)")
_PER_ASKED_EN = re.compile(
    r"\b(?:per|a|each|every)\s+(?P<unit>tonne|ton|kva|kwh|kilowatt[- ]hour|cubic met(?:re|er)|m3|square met(?:re|er)|mu|kg|kilogram|"
    r"kilomet(?:re|er)|km)s?\b|"
    # "per unit of planted area": per mu, as the guide pays land by
    r"\b(?:per|each|every)\s+(?:unit\s+of\s+)?(?:(?:planted|planting|sown|farmed|cultivated|land|floor)\s+)?(?P<area>area)\b",
    re.IGNORECASE,
)
_PER_UNIT = {"立方": "立方米", "方": "立方米", "平米": "平方米", "tonne": "吨", "ton": "吨", "kwh": "度", "kilowatt": "度",
             "cubic": "立方米", "m3": "立方米", "square": "平方米", "mu": "亩", "kg": "公斤", "kilogram": "公斤",
             "kilometre": "公里", "kilometer": "公里", "km": "公里"}


def asked_per(text: str) -> str | None:
    """The dimension of the unit a price is asked per ("工业蒸汽每吨多少钱" → weight, "how much per
    kWh" → energy), or None: a price per 亩 does not answer a question asked per 吨."""
    m = _PER_ASKED_EN.search(text) or _PER_ASKED_ZH.search(text)
    return None if m is None else per_unit_dimension("mu") if m.groupdict().get("area") else per_unit_dimension(m.group("unit"))


def per_unit_dimension(word: str) -> str | None:
    """The dimension of a unit something is priced or paid per, as a question or a provision writes it after
    每 or "per" ("立方" → volume, "tonne" → weight), or None."""
    word = word.lower()
    unit = unit_named(_PER_UNIT.get(re.split(r"[\s-]", word)[0], word))
    return dimension_of(unit.name) if unit else None


# An amount asked per item ("每台补多少", "how much per tractor", "for each vehicle").
_PER_ITEM_ZH = re.compile(r"每(?:台|辆|个|头|只|匹|马力|家|人|名|户|项|件|套|千瓦|张|枚|支)")
_PER_ITEM_EN = re.compile(
    r"\b(?:per|for each|for every|each|every)(?:\s+|-)(?!cent\b|year|month|week|day|annum|hour|time\b|capita\b|of\b|other\b)[a-z][a-z-]+",
    re.IGNORECASE,
)


def asked_per_item(text: str) -> str | None:
    """"item" when ``text`` asks an amount per item ("每台补多少", "subsidy per tractor"), else None:
    a share of a cost ("不超过购机费用的 30%") is no amount per anything."""
    return "item" if _PER_ITEM_ZH.search(text) or _PER_ITEM_EN.search(text) else None


# A place in a ranking asked: "排第几", "第几位", "排名多少", "how do its reserves rank", "what rank does it hold"
# (not "第几类人才", a class, nor "ranked top 10", a place stated).
_RANK_ASKED = re.compile(
    r"排(?:名|在)?第几|第几(?:位|名)|排(?:名|在)?多少(?:位|名)?|名次|位次|"
    r"\b(?:how|where)\s+(?:do|does|did|would)\b[^?.;]{0,80}?\brank\b|\bwhat\s+(?:rank|place|position)\b",
    re.IGNORECASE,
)


# The grade of a prize asked: "几等奖", "哪一等", "what grade of award", "which class of prize".
_GRADE_ASKED = re.compile(
    r"几等奖?|哪一?等奖?|什么等级的?奖|\b(?:what|which)\s+(?:grade|class|level)\s+of\s+(?:the\s+)?(?:prize|award)s?\b",
    re.IGNORECASE,
)


def asks_grade(text: str) -> bool:
    """Does ``text`` ask the grade of a prize ("要求拿到几等奖？", "what grade of award is required?")?"""
    return bool(_GRADE_ASKED.search(text))


def asks_rank(text: str) -> bool:
    """Does ``text`` ask a place in a ranking ("储量在全国排第几？", "how do its reserves rank?")?"""
    return bool(_RANK_ASKED.search(text))


def asked_measure(text: str) -> str | None:
    """The dimension of a measuring unit asked after 多少/几 or "how many" ("能用多少立方米" →
    volume, "多少亩" → area, "how many working days" → days); None for money, time, shares and
    counting words."""
    if m := _ASKED_UNIT_EN.search(text):
        return _MEASURE_EN[re.split(r"[\s-]", m.group("unit").lower())[0]]
    if (m := _IN_UNIT_EN.search(text)) and (word := re.split(r"[\s-]", m.group("unit").lower())[0]) in _MEASURE_EN:
        return _MEASURE_EN[word]  # "the reserves in cubic metres"
    if _AREA_ASKED_EN.search(text):
        return "area"
    if _LENGTH_ASKED.search(text):
        return "length"
    if _AGE_ASKED.search(text) and not _YEARS_ASKED.search(text):
        return "age"  # (not "离法定退休年龄还剩几年": years asked, an age only named)
    m = _ASKED_UNIT.search(text)
    if m is None:
        return None
    if m.group("unit") in ("天", "日", "工作日"):
        return "days"
    unit = unit_named(m.group("unit")) or unit_named(m.group("unit") + "米")
    dimension = dimension_of(unit.name) if unit else None
    return dimension if dimension in _MEASURES else None


# "Total?", "what's the total": a sum asked in English without "how much".
_TOTAL_ASKED_EN = re.compile(r"\btotal\s*\?", re.IGNORECASE)


def asks_total(text: str) -> bool:
    """Does ``text`` ask for a sum ("一共", "加起来", "in total"), or for how much a run of years it
    states brings ("连着聘3年最多能拿多少", "if it is cultivated for 3 years, what is the most")?"""
    # ("连着4年能支持多少个"; "…for the maximum number of years. Total?")
    asks = _ASKS_MONEY.search(text) or _COUNTED_ZH.search(text) or _COUNTED_EN.search(text) or _TOTAL_ASKED_EN.search(text)
    return bool(_TOTAL.search(text) or (asks and any(map(_run_asked, _RUN_OF_YEARS.finditer(text)))))


# Things an English asker tells it got, joined ("hire an A-class and a B-class talent", "1 A-class and 1 C-class talent",
# "a retired engineer and a retired doctor"), and an ask of each one's figure ("each", "per", "respectively").
_ONE_OR_MORE_EN = r"(?:an?|one|two|three|four|five|\d+)"
_COUNT_EN = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?![\d,.]))"
_TOLD_ITEMS_EN = re.compile(rf"\b{_ONE_OR_MORE_EN}\s+(?:[\w'’-]+\s+){{0,3}}?(?:and|plus)\s+(?:also\s+)?{_ONE_OR_MORE_EN}\s+[\w'’-]+|"
                            # "bred 2 Holstein bulls ranked in China's top 50 and 1 Simmental bull…": numbers of things
                            # counted, each told with what it is
                            rf"\b{_COUNT_EN}\s+(?:[\w'’-]+\s+){{1,8}}?and\s+(?:also\s+)?{_COUNT_EN}\s+[\w'’-]+",
                            re.IGNORECASE)
# A sentence going on with another thing got: "…, and then moves into a food park", "…, and in the same year we took
# part…", "…; we'll also move into…", "…, then join the city HR park", "It also gets…".
GOES_ON_EN = re.compile(
    r",?\s+and\s+(?:also|then|in the same year|this year)\s+|,\s+(?:then|plus)\s+|"
    r"(?:^|;\s*)(?:it|we|they|we'll|they'll|our \w+)\s+(?:will\s+)?also\s+|"
    # ("…has been in the database two years running and has just been re-approved as a high-tech enterprise")
    r"\s+and\s+(?=(?:has\s+|have\s+|had\s+)?(?:just\s+|also\s+|then\s+|now\s+|since\s+)?(?:been\s+)?(?:re-?)?"
    r"(?:approved|recogni[sz]ed|certified|awarded|granted|selected|won|obtained)\b)",
    re.IGNORECASE,
)
_EACH_ASKED_EN = re.compile(r"\b(?:each|per|apiece|respectively|separately|every)\b", re.IGNORECASE)
_AMOUNT_ASKED_EN = re.compile(
    r"\bhow much\b|\bwhat(?:['’]s)?\s+(?:[\w-]+\s+){0,3}(?:reward|subsid(?!enc|iar)\w*|grant|award|support|funding|allowance|bonus)s?\b|"
    r"\bwhat(?:['’]s|\s+is)\s+the\s+(?:most|maximum|max)\s+(?:we|i|they|it|you)\s+(?:could|can|would|might)\s+(?:get|receive|collect)\b",
    re.IGNORECASE
)


def tells_items_en(text: str) -> bool:
    """Does an English question tell, before the sentence that asks, two or more things got, and then ask one
    amount of them ("An HR agency helped us hire an A-class and a B-class talent. How much referral reward would
    it get?"): a sum asked without saying "in total"?"""
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]
    if len(sentences) < 2 or not _AMOUNT_ASKED_EN.search(sentences[-1]) or _EACH_ASKED_EN.search(sentences[-1]):
        return False
    told = [s for s in sentences[:-1] if not s.endswith("?")]
    return any(_TOLD_ITEMS_EN.search(s) for s in told) or any(GOES_ON_EN.search(s) for s in told)


# By how much two things differ: "第二档比第一档贵多少", "相差多少", "差价", "how much more than…", "the
# difference between", "how much cheaper", "by how much does … exceed" (not "最多多少", "至少多少": a bound).
_DIFFERENCE_ZH = re.compile(
    r"(?<![最至])(?:差|多|贵|便宜|少|高|低|省|多花|少花|多交|少交|多拿|少拿|多出|高出|超出|相差)了?(?:多少|几)|差额|差价|差距|"
    r"(?<![最至])[多少](?:奖|补|给|领|得)了?(?:多少|几)"  # "比自治区级的多奖多少"
)
_COMPARED_ZH = re.compile(r"比|相比|差|之间")
_DIFFERENCE_EN = re.compile(
    r"\bdifference\b|\bgap\b|\bhow (?:much|many) (?:more|less|fewer|cheaper|higher|lower|extra)\b|\bby how (?:much|many)\b|"
    r"\bsav(?:e|es|ing)\b[^?.;]{0,60}\b(?:versus|vs\.?|compared|instead|than|rather)\b",
    re.IGNORECASE,
)


# How far an amount the asker has falls short of a threshold: "还差多少", "how far short", "how much more … do we need".
SHORTFALL = re.compile(
    r"还差|还要多少|还需要?多少|差多少才|\bhow far (?:short|below|off)\b|\bshort of\b|\bstill need\b|"
    r"\bhow much more\b[^?.;]{0,40}\b(?:need|needed|required|to reach|to qualify|to meet|to hit)\b",
    re.IGNORECASE,
)


def asks_shortfall(text: str) -> bool:
    """Does ``text`` ask how far an amount it states falls short of a threshold ("还差多少", "how far short
    are we of the Class E threshold", "how much more revenue do we need")?"""
    return bool(SHORTFALL.search(text))


def asks_difference(text: str) -> bool:
    """Does ``text`` ask by how much two things differ ("第二档比第一档每方贵多少", "how much more than at
    the first-tier price", "the difference between…")?"""
    if detect_language(text) == "en":
        return bool(_DIFFERENCE_EN.search(text))
    return bool(_DIFFERENCE_ZH.search(text) and _COMPARED_ZH.search(text))


def names_a_sum(text: str) -> bool:
    """Does ``text`` say it adds things up ("一共", "加起来", "in total", "both"), or tell things got before asking one
    amount of them ("We hire a retired engineer and a retired doctor. What subsidies could we get?"), rather than
    only count a run of years of one figure ("5年最多能拿多少")?"""
    return bool(_TOTAL.search(text)) or tells_items_en(text)


def through_total(text: str) -> str:
    """``text`` up to the end of its last sentence asking a sum: what follows asks something else
    ("3年管理期一共能拿多少经费？另外本地人才培养到C类，单位能拿多少？" sums the first only)."""
    sentences = [s for s in _SENTENCE_END.split(text) if s]
    last = max((i for i, s in enumerate(sentences) if asks_total(s)), default=len(sentences) - 1)
    # (in English, an ask joined after the sum's in the same sentence is another: "…what does that come to in total,
    # and what is the yearly minimum for a regional key laboratory?" sums no laboratory's figure)
    pieces = _JOINED_ASK_EN.split(sentences[last]) if last < len(sentences) else []
    if len(pieces) > 1 and (summing := [i for i, p in enumerate(pieces) if asks_total(p)]) and summing[-1] < len(pieces) - 1:
        return "".join(sentences[:last]) + " ".join(pieces[: summing[-1] + 1]).rstrip(" ,;") + "?"
    return "".join(sentences[: last + 1])


# Where an English sentence goes on to another ask: ", and what is…", "; how many…".
_JOINED_ASK_EN = re.compile(r"(?<=[,;])\s*(?:and\s+|also\s+|plus\s+)?(?=(?:what|how|which|who|when|where)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class StatedCount:
    """A number of items a question states: "两家入库的科技型中小企业" (2, 企业), "two scientists" (2, person)."""

    number: int
    noun: str  # the words counted, as written ("入库的科技型中小企业", "scientists")
    kind: str  # what is counted, in the guide's terms: person, organisation, place, project, or "" when not known
    start: int  # where the number stands in the text


# "two scientists", "3 well-known universities", "both": a number, up to two words describing, and a plural noun.
# "Two of our group's subsidiaries" counts the subsidiaries. A number that names a class, not a
# count ("grade-6 talents", "class 2 enterprises", "No. 3 plants"), is no count.
_STATED_COUNT_EN = re.compile(
    r"(?<![-\w,])(?<!grade )(?<!class )(?<!level )(?<!tier )(?<!type )(?<!phase )(?<!no\. )(?<!category )"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:our|the|their|its|my|your|these|those)\s+)?"
    r"(?P<noun>(?:[a-z][a-z&'’-]*\s+){0,3}?(?:children|people|[a-z][a-z-]*s))\b(?!-)|\b(?P<both>both)\b",
    re.IGNORECASE,
)
# The low end and the connective of a range ("100到", "100—", "between 100 and "): the number after it
# closes a bracket of size, it counts nothing.
# (the question as asked, so the full-width "～" that NFKC would make "~" is read too)
_RANGE_START = re.compile(rf"\d\s*(?:{'|'.join(map(re.escape, (*RANGE_SEPARATORS, '～')))}|\bto|\band)\s*$", re.IGNORECASE)
# A pair counted by its name: both parents are two people.
_PARENTS = re.compile(
    r"(?:父母|爸妈|爹妈)(?=都|双方|均|俩|二人|两人|两位)|双亲|\bboth (?:of )?(?:my |our |his |her |their )?parents\b|"
    r"\b(?:my |our |his |her |their )?two parents\b|\bparents are both\b|\b(?:my|our|his|her|their) parents\b",
    re.IGNORECASE,
)
# What a number counts that is no item: time, money, measures, shares.
_NOT_ITEMS_EN = re.compile(
    r"(?:years|months|days|hours|weeks|times|yuan|dollars|mu|hectares|tonnes|tons|metres|meters|kwh|kilowatt-hours|percent|"
    r"points|kilometres|kilometers|kv|watts|megawatts|kilowatts)$", re.IGNORECASE
)
# The kinds of things a grant is given to, by the counting word (Chinese) or the noun (English).
_KIND_OF_COUNTER = {"位": "person", "名": "person", "人": "person", "家": "organisation", "项": "project", "户": "household"}
_KIND_OF_NOUN: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("person", r"人|专家|院士|人才|者|师|生$|博士|硕士|孩子|子女|小孩|"
                   r"\b(?:children|kids|people|persons|staff|employees|workers|scientists|experts|researchers|talents|"
                   r"graduates|doctors|nurses|teachers|academicians|professionals|specialists|students|interns|engineers|technicians|"
                   r"managers|founders|individuals|members|winners)\b"),
        ("organisation", r"企业|公司|单位|机构|高校|大学|院所|学校|合作社|医院|平台|中心|\b(?:companies|enterprises|firms|businesses|"
                         r"universities|institutes|institutions|colleges|schools|cooperatives|hospitals|platforms|centres|centers|"
                         r"labs|laboratories|subsidiaries|factories|plants|smes|startups|start-ups|manufacturers|producers|makers|operators|banks|"
                         r"agencies|organisations|organizations|associations|incubators|workshops)\b"),
        # an expert's or a master's workstation ("三个乡村振兴专家人才工作站", "three expert workstations")
        ("workstation", r"工作站|工作室|\b(?:workstations|studios)\b"),
        ("place", r"旗县|旗区|县|村|园区|开发区|\b(?:banners|counties|villages|towns|parks|districts|zones)\b"),
        ("project", r"项目|\bprojects\b"),
        # a site recognised or built ("种植基地", "养殖场"): "two herb farms" recognised as planting bases
        ("site", r"基地|农场|牧场|养殖场|\b(?:bases|farms|ranches|sites)\b"),
        # what is registered or bred and paid for one by one ("每个产品", "每个品种")
        ("product", r"产品|品种|药品|食品|\b(?:products|foods|drugs|medicines|cosmetics|varieties|formulas)\b"),
        # animals paid for by the head ("每头奖励 100 万元" of "two Holstein bulls")
        ("animal", r"^(?:头|只)$|奶牛|肉牛|种公牛|公牛|母牛|犊牛|牛$|羊$|\b(?:cows|cattle|bulls|heifers|calves|sheep|goats|ewes|"
                   r"rams|camels|horses|animals)\b"),
    )
)
# The words a provision uses for each kind of recipient, before the figure it grants.
RECIPIENT_WORDS = {
    "person": re.compile(r"个人|人才|每人|专家|院士|人员|者|教师|医师|护士|学生|毕业生"),
    "organisation": re.compile(r"企业|公司|单位|机构|高校|大学|院所|学校|合作社|医院|主体|平台|中心"),
    "workstation": re.compile(r"工作站|工作室"),
    "place": re.compile(r"旗县|旗区|县|村|园区|开发区"),
    "project": re.compile(r"项目"),
    "site": re.compile(r"基地|农场|牧场|养殖场"),
    "household": re.compile(r"户"),
    "product": re.compile(r"产品|品种"),
    # (animals are paid for by the head, never given a grant of their own: "存栏 300 头以上的…给予一次性奖励" pays the farm)
    "animal": re.compile(r"(?!)"),
}


def stated_counts(text: str) -> list[StatedCount]:
    """The numbers of items, two or more, that ``text`` states with a counting word ("报了2个项目",
    "两家企业") or a plural noun ("two scientists", "three banners"; "both" counts two of what
    was named before)."""
    out: list[StatedCount] = []
    for m in _STATED_COUNT.finditer(text):
        if _RANGE_START.search(text, 0, m.start()):
            continue  # "100到3000头的养殖场": the size a provision asks of a farm, not how many there are
        number = m.group(1)
        if number[0].isdigit():
            value: int | None = int(Decimal(number) * (10000 if m.group(2) else 1))
        else:
            value = chinese_to_int(number.replace("两", "二"))
            value = value * 10000 if value is not None and m.group(2) else value
        if value is None or value < 2:
            continue
        counter = text[m.end(2) if m.group(2) else m.end(1) : m.end()].strip()
        noun = re.split(r"[，,。？?；;！!、]|都|也|今年|去年|各|每", text[m.end() : m.end() + 14])[0]
        kind = _KIND_OF_COUNTER.get(counter, "") or kind_of(noun)
        out.append(StatedCount(value, noun, kind, m.start()))
    for m in _PARENTS.finditer(text):  # "父母都70岁以上", "both my parents": two people
        out.append(StatedCount(2, "父母", "person", m.start()))
    for m in _STATED_COUNT_EN.finditer(text):
        if m.group("both"):
            if not _PARENTS.match(text, m.start()) and not any(c.start < m.start() for c in out):  # else those counted before
                out.append(StatedCount(2, "", "", m.start()))
            continue
        noun = m.group("noun")
        if _RANGE_START.search(text, 0, m.start()) or _NOT_ITEMS_EN.search(noun) or re.match(r"(?:19|20)\d\d$", m.group("n")):
            continue
        digits = m.group("n").replace(",", "")  # "2,000 dairy cows"
        value = int(digits) if digits.isdigit() else ENGLISH_NUMBERS[digits.lower()]
        if value >= 2:
            out.append(StatedCount(value, noun, kind_of(noun), m.start()))
    return sorted(out, key=lambda c: c.start)


def kind_of(noun: str) -> str:
    """The kind of recipient ``noun`` names (person, organisation, place, project), or ""."""
    return next((kind for kind, pattern in _KIND_OF_NOUN if pattern.search(noun)), "")


def states_count(text: str) -> bool:
    """Does ``text`` state a number of items, two or more ("报了2个项目", "两家企业", "two scientists")?"""
    return bool(stated_counts(text))


_RUN_YEARS_NUMBER = re.compile(
    r"(\d+|two|three|four|five|six|seven|eight|nine|ten|[一二两三四五六七八九十]+)\s*-?\s*个?(?:年|years?\b)", re.IGNORECASE
)


def years_run(text: str) -> int | None:
    """The number of years a question counts over ("over the 3 years", "3年下来", "连续3年…多少"), when it
    states one such run (or several of one length)."""
    runs = {number_word(m.group(1).lower()) for run in _RUN_OF_YEARS.finditer(text) if _run_asked(run)
            for m in _RUN_YEARS_NUMBER.finditer(run.group(0))}
    return runs.pop() if len(runs) == 1 and None not in runs else None


def _run_asked(run: re.Match[str]) -> bool:
    """A run of years the asker counts over, not one that says who qualifies ("连续两年入库的企业"), nor one a
    figure per month or year is asked after ("稳定工作满3年，每月生活补贴多少？": the years served are a condition)."""
    after = run.string[run.end() :]
    if "的" in re.split(r"[，,。？?；;]", after)[0]:
        return False
    # (a sum asked before it in the same sentence: "How much must Ordos put in over the five-year period, and how much a
    # year goes to…?" counts the run, whatever the next ask is per year)
    before = re.split(r"[。？?！!；;]|(?<=\.)\s|,\s+and\s", run.string[: run.start()])[-1]
    if _ASKS_MONEY.search(before) and not _PER_PERIOD_ASKED.search(before):
        return True
    # (any ask after it of a figure not per month or year: "…每月生活补贴多少？最长补满能拿多少？" asks the sum too)
    asks = [re.split(r"[，,。；;]", s)[-1] for s in re.split(r"[？?]", after) if _ASKS_MONEY.search(s)]
    return not asks or any(not _PER_PERIOD_ASKED.search(a) for a in asks)


# A figure asked per month or per year ("每月生活补贴多少", "what is the monthly allowance?").
_PER_PERIOD_ASKED = re.compile(r"每(?:个)?月|每一?年|一个月|按月|\b(?:per|a|each|every)\s+(?:month|year|annum)\b|\bmonthly\b|"
                               r"\byearly\b|\bannual(?:ly)?\b", re.IGNORECASE)


# "Which large coal bases does…", "what kinds of bank lending will…": the things a list is asked of,
# named between the question word and the verb that asks about them
_ASKED_HEAD_EN = re.compile(
    r"\b(?:which|what)\s+(?:(?:kinds?|types?|sorts?|forms?|categories) of\s+)?"
    r"((?:[a-z0-9][\w'’-]*\s+){0,5}?[a-z0-9][\w'’-]*)\s+"
    r"(?:does|do|did|is|are|was|were|will|would|should|shall|can|could|must|has|have|had|may|might)\b",
    re.IGNORECASE,
)


def asked_head_en(text: str) -> str:
    """The things an English question asks which of ("Which large coal bases does the plan push
    forward?" → "large coal bases"), or "" when it names none that way."""
    m = _ASKED_HEAD_EN.search(text)
    return m.group(1) if m else ""


def asks_category(text: str) -> bool:
    """Does ``text`` ask which class or tier a thing belongs to ("算几类人才", "能认定哪类", "which category")?"""
    return bool(_CATEGORY_ASK.search(text) or re.search(r"(?:算|是|认定|属于)[^，,？?]{0,4}哪一?(?:类|档|级)", text))


def asks_figure(text: str) -> bool:
    """Does ``text`` ask for a figure ("多少", "how much"), rather than confirm one it states
    ("能按投资额20%拿奖励吗？")?"""
    return bool(_ASKS_FIGURE.search(text))


# What the asker pays, as opposed to what is paid to them.
# "多少经费" is funding received, not a fee.
_PAYS = re.compile(r"交多少|缴多少|付多少|掏多少|收多少|多少[^，,？?]{0,4}(?<!经)费|[^补经]费[^，,？?]{0,4}多少|收费|成本价|价钱|租金|"
                   r"\b(?:fees?|costs?|charges?|pay|paid|premium)\b", re.IGNORECASE)
_SUPPORT_ASKED = re.compile(
    r"补|奖|资助|贴息|扶持|减免|优惠|支持|返还|财政|给多少|给几|能拿|拿多少|能领|领多少|"
    r"\b(?:subsid(?!enc|iar)|grant|award|reward|support|rebate|funding\b|funds?\b)|"
    r"\b(?:government|state|city|region|banner|authorities|treasury)\s+(?:pays?|contributes?|covers?|gives?)\b", re.IGNORECASE
)


def asks_payment(text: str) -> bool:
    """Does ``text`` ask what the asker pays (a fee, a price, a premium), not a subsidy?"""
    return bool(_PAYS.search(text)) and not _SUPPORT_ASKED.search(text)


def asks_support(text: str) -> bool:
    """Does ``text`` ask about support received (a subsidy, an award, funding), not a fee or a threshold?"""
    return bool(_SUPPORT_ASKED.search(text)) and not asks_payment(text)


def asks_counted(text: str) -> bool:
    """Does ``text`` ask how many of some thing ("多少家企业", "how many academicians"), not how many of a unit of
    measure ("how many square metres", "how many kilometres")?"""
    if _COUNTED_ZH.search(text):
        return True
    for m in _COUNTED_EN.finditer(text):
        words = re.findall(r"[\w-]+", text[m.end() - 1 : m.end() + 30])[:2]
        unit = (unit_named(" ".join(words)) or unit_named(words[0])) if words else None
        if unit is None or unit.dimension == "count":
            return True
    return False


# Whether an age limit applies, asked: only an age the guide states answers it (none stated is no "no").
_AGE_LIMIT_ASKED = re.compile(
    r"\b(?:is|are)\s+there\s+(?:a|an|any)\s+(?:upper\s+|lower\s+|maximum\s+|minimum\s+)?age\s+"
    r"(?:limits?|caps?|ceilings?|requirements?|restrictions?|thresholds?|criteri(?:on|a))\b|"
    r"有没有(?:什么)?年龄(?:限制|要求|上限|门槛)|年龄(?:有没有|有无)(?:限制|要求|上限|门槛)|年龄(?:限制|要求|上限|门槛)(?:吗|有没有|有吗)",
    re.IGNORECASE,
)


def slot_of(text: str) -> Slot:
    """The kind of fact ``text`` asks for: a metadata or procedure cue first; then the unit asked
    after 多少/几 ("多少吨" a count, "几年" a duration); then the first slot whose cue it contains.
    A price the question states is not asked: "价格20万元，最多能补多少？" and "we paid 60,000 yuan in
    service fees… how much support can we get?" ask an amount, as their asking clause says."""
    slot = _slot_of(text)
    if slot in FIGURE_SLOTS and (told := _TOLD_BEFORE_EN.match(text)) and _WHAT_DOES_EN.match(asked := text[told.end() :]) \
            and _slot_of(asked) in ("fact", "list", "procedure") and not _names_nothing(asked, "fact", "en"):
        # "Government bodies owe my SME money… the amount isn't disputed. What does the policy promise?": the money
        # the asker tells of is their case; the sentence asking says what is asked (one naming nothing, "What is it?",
        # asks of what the sentence before names)
        slot = _slot_of(asked)
    if slot in ("fact", "list", "eligibility", "department") and asks_level(text):
        return "department"  # "which level of government issued the plan?": who issued it, by its level
    if slot in FIGURE_SLOTS and slot != "duration" and asks_when(text) and not asks_figure(text):
        return "fact"  # "工业用地基准价格是哪一年定的？": a time asked of a figure, which the figure does not state
    if (slot in FIGURE_SLOTS or slot == "list") and asks_deadline(text):
        # "By what date each year must we apply for the reward?": a date, which no figure of the reward states ("by which
        # date" asks one date, no list)
        return "fact"
    if slot in FIGURE_SLOTS and _YES_NO_ZH.search(text) and not _FIGURE_WORD_ZH.search(text):
        return "eligibility"  # "间接经费比例可以再提高吗？", "复运出境期限能延长吗？": whether, not how much
    if slot == "amount" and _GROWTH_ASKED_EN.search(text) and not _names_money_en(text):
        return "count"  # "how much should appliance recycling grow?": a growth, as "增长多少", in what it is measured by
    if slot in FIGURE_SLOTS and _EITHER_ZH.search(text) and not _FIGURE_WORD_ZH.search(text):
        return "fact"  # "奖补金额是税前还是税后？": which of two, no figure
    if slot in FIGURE_SLOTS and (thing := _thing_asked_en(text)) is not None:
        return thing  # "what practices by financial institutions are targeted?": things, though fees are named
    if slot in FIGURE_SLOTS and _HOW_DETERMINED_EN.match(text) and not _HOW_MUCH_EN.search(text):
        return "fact"  # "How are the balancing compensation price and volume determined?": on what basis, no figure
    if slot == "eligibility" and _AGE_LIMIT_ASKED.search(text):
        return "count"  # "Is there an upper age limit for…?", "有没有年龄限制": the age, which only a figure in 岁 states
    if slot == "eligibility" and _LEAST_MONEY_EN.search(text):
        return "amount"  # "What minimum R&D spending does a platform need to qualify…?": the sum it must reach, a figure
    if slot in FIGURE_SLOTS and _WHAT_HAPPENS_EN.match(text) and not _HOW_MUCH_EN.search(text):
        return "fact"  # "what happens if a reward overlaps with another policy?": what the rule is, no figure
    if slot in ("duration", "fact") and _LENGTH_ASKED.search(text):
        return "count"  # "How long are the banner's highways?", "铁路有多长": a length, in what it is measured by (公里)
    if (slot in FIGURE_SLOTS or slot == "list") and asks_grade(text):
        return "fact"  # "要求拿到几等奖": the grade of a prize ("一等奖"), a name, not a number of things
    if slot in ("count", "fact", "list") and asks_rank(text):
        return "count"  # "排第几", "how do its reserves rank": a place in a ranking, a number
    if slot in ("percentage", "list") and _RATE_EN.search(text) and (_UTILITY_EN.search(text) or _PRICES_EN.search(text)) \
            and not _SHARE_EN.search(text):
        return "price"  # "the three residential gas tiers and the commercial rate": a tariff, money per unit
    if slot == "price" and _TAX_EN.search(text) and not _PRICES_EN.search(text) and not _PER_UNIT_EN.search(text):
        return "percentage"  # "How is vehicle and vessel tax charged on our trucks?": a tax is levied at a rate, no price
    if slot == "price" and _SUBSIDY_ASKED.search(text) and not _PRICE_NAMED.search(text):
        return "amount"  # "每多一吨补多少": a subsidy per tonne, no price
    if slot == "price" and _GOVERNMENT_PAYS_EN.search(text) and not _PRICES_EN.search(text):
        return "amount"  # "what does the region pay per tonne…": a government paying per unit pays a subsidy
    if slot == "price":
        asking = [c for c in _CLAUSES.split(text) if c.strip() and (_ASKS_ZH.search(c) or _ASKS_EN.search(c))]
        if asking and (wh := list(_WH_WORD_EN.finditer(asking[-1]))):
            asking[-1] = asking[-1][wh[-1].start() :]  # "if we take the service-fee option how much support…"
        if asking and asking[-1].strip() != text.strip() and _slot_of(asking[-1]) == "amount":
            return "amount"
    return slot


_WH_WORD_EN = re.compile(r"\b(?:how|what|which|who|when|where)\b", re.IGNORECASE)
# Words naming a figure, beside the figure nouns: a phrase holding one asks figures ("what pension amount", "what benchmark value").
_FIGURE_WORDS_EN = frozenset(_FIGURE_NOUNS_EN) | _MONEY_HEADS_EN | _MONEY_MEASURES_EN | _BOUNDS_EN | _HELD_SHARE_EN | frozenset(
    "amount value range multiple pay pension tier benchmark sum price award premium tuition".split())
# "what practices…", "which guarantee mechanism…": a thing asked by its noun; "what kind of" asks the kind.
_WHAT_THING_EN = re.compile(r"\b(?:what|which)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?(?P<phrase>(?:[a-z-]+\s*){1,5})", re.IGNORECASE)


def _thing_asked_en(text: str) -> Slot | None:
    """An English question's first "what/which <noun phrase>" that names no kind of figure, with no "how much/many" beside it,
    asks things ("list", by a plural head) or a thing ("fact"): "what practices by financial institutions are targeted?",
    "what guarantee mechanism is to be set up?" ask no fee or rate, though they name fees and exchange rates. None otherwise."""
    m = _WHAT_THING_EN.search(text)
    if m is None or _HOW_MUCH_EN.search(text):
        return None
    words = _phrase_words(m)
    if not words or len(words) == len(m.group("phrase").split()) or words[0] in _PHRASE_STOPS_EN:
        return None  # (a phrase read to no word that ends it is no noun phrase read whole)
    if re.match(rf"\s*{re.escape(words[-1])}\s+of\b", text[text.lower().find(words[-1], m.start("phrase")) :]):
        return None  # ("what range of home-purchase subsidy": the range is of money)
    if any({w, w.removesuffix("s"), w.removesuffix("es"), w.removesuffix("ies") + "y"} & _FIGURE_WORDS_EN for w in words):
        return None  # ("what one-off awards", "what shares of the premium", "what yearly subsidies": figures, one or several)
    if words[0].endswith("ly") or not re.match(r"[a-z]|$", text[m.end("phrase"):], re.IGNORECASE) or _WHAT_HAPPENS_EN.match(text):
        return None  # ("what exactly is…", "what R&D grant", "what happens if…": no noun phrase read whole)
    return "list" if re.search(r"[^s]s$", words[-1]) else "fact"


# What a thing does or says, asked by its verb ("What does the policy promise?"; not "What's the bill?", a figure).
_WHAT_DOES_EN = re.compile(r"\W*(?:and\s+|so\s+)?what\s+(?:does|do|did|will|would|should|must)\b", re.IGNORECASE)
# The sentences an English part tells its case in before the one asking ("Our SME is owed money. What does…").
_TOLD_BEFORE_EN = re.compile(r"(?:[^?]*?[a-z0-9)'’\"]\.\s+)+(?=[A-Z])")
_MATERIALS_ASKED = re.compile(_MATERIALS_ASKED_ZH)
# "How is the price set?", "How are … determined?": the basis a figure is fixed on, asked by its verb.
_HOW_DETERMINED_EN = re.compile(r"\W*(?:and\s+)?how\s+(?:is|are|was|were|will|would)\s+[^?]{1,120}?\b"
                                r"(?:determined|decided|set|fixed|worked\s+out|arrived\s+at)\s*\?", re.IGNORECASE)
_HOW_MUCH_EN = re.compile(r"\bhow\s+(?:much|many|high|low|long)\b", re.IGNORECASE)
# "What minimum revenue must a firm have…": the least or most of a sum of money, asked by its noun.
_LEAST_MONEY_EN = re.compile(
    r"\bwhat(?:['’]s|\s+is|\s+are)?\s+(?:the\s+)?(?:minimum|maximum|min|max|least|lowest|highest)\s+(?:[\w&-]+\s+){0,2}?"
    rf"{_MONEY_NOUN_EN}\b",
    re.IGNORECASE,
)
# "What happens if…", "and what happens when…": the rule for a case, asked by what follows from it.
_WHAT_HAPPENS_EN = re.compile(r"\W*(?:and\s+|but\s+|so\s+)?what\s+happens\b", re.IGNORECASE)
# A growth asked by its verb after "how much" ("how much should recycling grow by 2027?").
_GROWTH_ASKED_EN = re.compile(r"\bhow much\b[^?.;]*\b(?:grow|increase|rise|expand)\b", re.IGNORECASE)
# Which of two is asked: "是税前还是税后", "是一次性发放还是每年发放".
_EITHER_ZH = re.compile(r"是[^，,。；;？?]{1,16}还是[^，,。；;？?]{1,16}")
# A Chinese ask closed by 吗 that asks for no figure: a yes or no ("…能拿保费补助吗？").
_YES_NO_ZH = re.compile(r"吗\s*[？?]?\s*$")
_FIGURE_WORD_ZH = re.compile(r"多少|几|哪|什么|怎么|怎样|如何|多大|多高|多长|多久|多远|多重")
# What a thing costs, asked by its verb: "what does CNG cost…?"
_COST_ASKED_EN = re.compile(r"\bwhat (?:does|do|did|will|would) [^?.,]{1,40}? cost\b", re.IGNORECASE)
# A government paying ("what does the region pay per tonne…"), not an asker paying a price ("what do we pay per tonne").
_GOVERNMENT_PAYS_EN = re.compile(r"\b(?:region|city|banner|government|state|ordos|horo|mongolia)\s+(?:pays?|gives?|offers?|grants?)\b",
                                 re.IGNORECASE)
# "每吨补多少", "每亩奖多少钱": money given per a unit; "电价", "价格": a price named.
_SUBSIDY_ASKED = re.compile(r"(?:补|奖|贴|资助|扶持)[^，,？?]{0,4}多少")
_PRICE_NAMED = re.compile(r"电价|水价|气价|热价|地价|价格|单价|收费|租金|费")
# "What do we actually pay…?", "what would each farm receive?": money paid or received, asked by its verb.
_PAID_ASKED_EN = re.compile(
    r"\bwhat\s+(?:do|does|did|would|will|must|should|can|could)\s+(?:[a-z'-]+\s+){1,3}?(?:actually\s+|still\s+|then\s+|really\s+)?"
    r"(?:pay|owe|receive|get paid)\b|"
    # "what does each of the three zones get a year?": what is got by the year or month is money
    r"\bwhat\s+(?:do|does|did|would|will|can|could)\b[^?.;]{1,80}?\b(?:get|gets|receive)\s+(?:a|per|each|every)\s+(?:year|month)\b",
    re.IGNORECASE,
)


def asks_bound(text: str) -> bool:
    """Does ``text`` ask the most or least someone can or must do ("What's the most it can sell to the
    grid?", "what is the least we must invest?"), a figure no noun names (not "the most important condition")?"""
    return bool(_BOUND_ASKED_EN.search(text))


# "What's the most the foreign partner can hold?", "what is the least we must invest?": the most or least
# someone can or must do.
_BOUND_ASKED_EN = re.compile(
    r"\bwhat(?:'s|\s+is|\s+are)\s+the\s+(?:most|least|maximum|minimum)\s+(?:that\s+)?"
    r"(?:it|we|i|they|he|she|you|(?:the|a|an|our|their|its|my|each|every)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+)\s+"
    r"(?:can|could|may|might|must|will|would|should|is allowed to|are allowed to)\b",
    re.IGNORECASE,
)
# (a voltage names power: "what do farms pay under 1 kV?")
_UTILITY_EN = re.compile(r"\b(?:electricity|power|water|gas|heating)\b|\bper\s+(?:kwh|ton|tonne|cubic)|\d\s*kv\b", re.IGNORECASE)
# A rate or the tiers of a utility, or asked beside prices, are a tariff, unless named as a share, a tax or interest.
_RATE_EN = re.compile(r"\b(?:rates?|tiers?)\b", re.IGNORECASE)
_PRICES_EN = re.compile(r"\b(?:prices?|tariffs?)\b", re.IGNORECASE)
_TAX_EN = re.compile(r"\btax(?:es)?\b", re.IGNORECASE)
_SHARE_EN = re.compile(r"\b(?:share|proportion|percent|percentage|ratio|tax|interest|premium|discount|growth)\b|%", re.IGNORECASE)
# Where a clause of a question ends: a comma, a stop or a mark (not the comma of "60,000").
_CLAUSES = re.compile(r"[，；;。？?！!]|[,.](?!\d)")


# The size of a sum of money asked: "the maximum size of a credit loan", "the scale of the fund".
_SUM_SIZED_EN = re.compile(r"\b(?:size|scale)\s+of\s+(?:(?:a|an|the|its|their|our|this|that|each)\s+)?(?:[a-z-]+\s+){0,3}"
                           r"(?:loans?|funds?|grants?|subsid(?!enc|iar)\w*|investments?|budgets?|financing|credit)\b", re.IGNORECASE)


def _slot_of(text: str) -> Slot:
    text = spoken_to_written(text)
    if _THING_VALID_EN.search(text):
        return "duration"  # (a thing's validity, not a document's period)
    for slot, cue in _SLOT_CUES[:4]:
        if cue.search(text):
            return slot
    if _CATEGORY_ASK.search(text):
        return "fact"  # "算几类人才？" asks which category, not how many
    if _CONTACT_ASKED.search(text):
        return "fact"  # "what's the phone number…": a contact, which no figure gives
    if (m := _IN_UNIT_EN.search(text)) and _WH_WORD_EN.search(text):
        # "what are the reserves in cubic metres?", "the term, in years", "the target in US dollars"
        unit = m.group("unit").lower()
        return "duration" if unit.startswith(("year", "month", "day")) else "amount" if "dollar" in unit or unit in (
            "yuan", "rmb") else "count"
    if _AREA_ASKED_EN.search(text):
        return "count"  # "what is the total area of the park?": a measure
    if _SIZE_ASKED_EN.search(text):
        # "how big is the banner in area?": a measure; "how big is the grant?": money
        return "amount" if _names_money_en(text) else "count"
    if _SUM_SIZED_EN.search(text):
        return "amount"  # "what's the maximum size of a credit loan…": the size of a sum of money
    if (named := figure_noun_slot(text)) is not None:
        return named
    if _PAID_ASKED_EN.search(text):
        # "what do we actually pay?", "what would the farm receive?": money; for power, water or gas a price
        return "price" if _UTILITY_EN.search(text) else "amount"
    if _COST_ASKED_EN.search(text):
        return "price"  # "what does CNG cost at filling stations?", "what does non-residential heating cost?"
    if not asks_figure(text):
        if _YES_NO.search(text.strip()) and not _WH_ZH.search(text):  # "可以用什么形式…" asks what, not whether
            return "eligibility"
        if _MATERIALS_ASKED.search(text):
            return "procedure"  # "要准备哪些证明材料": the papers an application takes, not a list of the guide's things
        if _LIST_ASK.search(text):
            return "list"
        if _WHICH_KIND.search(text):
            return "fact"  # "按什么价格收费？" asks on what basis, not for a figure
    if _RATE_ZH.search(text):
        return "percentage"
    if _BY_SHARE_ZH.search(text):
        return "amount"
    m = _ASKED_UNIT.search(text)
    if m:
        slot = _UNIT_SLOT.get(m.group("unit"), "count")
        price = dict(_SLOT_CUES)["price"]
        return "price" if slot == "amount" and price.search(text) else slot
    m = _HOW_MANY_EN.search(text)
    if m:
        if _HOW_MANY_MONEY_EN.match(text, m.start()):
            return "amount"  # "how many yuan do I get": money counted in its unit
        return "duration" if m.group("what") else "count"
    for slot, cue in _SLOT_CUES[4:]:
        if slot == "procedure" and asks_figure(text):
            continue  # "通关手续收费多少", "申请流程要多久": a figure of the procedure, its fee or its time
        if cue.search(text):
            if slot == "amount" and _MANNER_ASKED_EN.search(text) and not _FIGURE_ASKED_EN.search(text):
                return "fact"  # "how can companies reward leading talents?": in what ways, not how much
            return slot
    return "fact"


# "How can / should / are …" asks in what way; money words after it name what is done, not a sum asked.
_MANNER_ASKED_EN = re.compile(r"\bhow (?:can|could|should|do|does|did|are|is|was|were|will|would|may|must|might)\b", re.IGNORECASE)
# …unless a figure is asked beside it ("how much", "what amount", "up to what").
_FIGURE_ASKED_EN = re.compile(r"\bhow (?:much|many|big|large|high)\b|\bwhat (?:amount|sum|figure)\b|\bup to what\b|\d", re.IGNORECASE)


def asks_materials(text: str) -> bool:
    """Does ``text`` ask what papers an application takes ("要准备哪些证明材料")?"""
    return bool(_MATERIALS_ASKED.search(text))


def english_sentences(text: str) -> list[str]:
    """The sentences of an English text, each with its closing mark."""
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s.strip()]


def _english_slot(piece: str) -> Slot:
    """The slot of an English piece; of its one sentence asking "how much", "how many" or "how long" when
    the sentences before it only tell: "…would owe 24,000 yuan in tax at the normal rate. How much do we
    actually pay?" asks an amount, not a rate. (A rate asked is read with the story: "a per-kilogram
    subsidy. What is the rate?" asks money per kilogram.)"""
    sentences = english_sentences(piece)
    asking = [s for s in sentences if s.endswith("?")]
    if len(sentences) >= 2 and len(asking) == 1:
        if (slot := slot_of(asking[0])) in ("amount", "count", "duration"):
            return slot
        whole = slot_of(piece)
        # a yes or no asked after a story naming money or a rate asks no figure: "I was a top-two contributor on a
        # second-prize award. Does that make me a Class D talent?"
        return slot if slot == "eligibility" and whole in FIGURE_SLOTS else whole
    return slot_of(piece)


def _asks(text: str, lang: Language) -> bool:
    text = spoken_to_written(text)
    if lang == "en" and _CONDITION_EN.match(text) and not text.rstrip().endswith("?"):
        # "If the premium is 600 yuan, how much…": the condition the ask after it is put in; it asks only
        # in what follows its comma ("If a firm lists overseas, may foreign investors…")
        _, comma, rest = text.partition(",")
        return bool(comma) and (_asks(rest, lang) or bool(_YES_NO_ASKED_EN.match(rest)))
    if lang == "en" and not text.rstrip().endswith("?") and len(told := english_sentences(text)) > 1 \
            and _CONDITION_EN.match(told[-1]) and not any(_asks(sentence, lang) for sentence in told[:-1]):
        # "Our centre applies for permits for its staff. If a permit is granted at the maximum length, …": what the
        # asker tells, then the condition the ask after it is put in
        return _asks(told[-1], lang)
    if lang == "en" and _names_asked_figure_en(text):
        return True
    if lang == "en" and _ELLIPTICAL_ASK_EN.fullmatch(text.strip()):
        return True  # "…trade? And for polysilicon users?": the ask before, of another thing, as "单晶硅企业呢？"
    return bool((_ASKS_ZH if lang == "zh" else _ASKS_EN).search(text)) or any(cue.search(text) for _, cue in _SLOT_CUES[:4])


# A question of a few words opening with "and" or "or": the ask before, of what it names ("And for polysilicon users?").
_ELLIPTICAL_ASK_EN = re.compile(r"(?:and|or)\s+[^?.!]{2,60}\?", re.IGNORECASE)


# The start of a condition: "If …", "Suppose …", "Assuming …", "Given that …"; "Once a centre is approved, …",
# "When our lab is recognised, …": the time of the ask after it, a condition too (not "When does…", "When,").
_CONDITION_EN = re.compile(
    # ("While unemployment insurance is cut to 1%, what's…", "Now that…", "Since …,": the time the ask is put in)
    r"\s*(?:if|suppose|supposing|assuming|given(?: that)?|provided that|in case|once|whenever|as soon as|as long as|after|upon|while|"
    r"now that|since(?!\s+when\b)|"
    r"when(?!\s*(?:,|$)|\s+(?:does|do|did|is|are|was|were|will|would|can|could|should|must|has|have|may|might)\b))\b", re.IGNORECASE
)
# "…, must it hear foreign-invested companies": a question put after a condition, by its verb first.
_YES_NO_ASKED_EN = re.compile(
    r"\s*(?:must|can|could|may|do|does|did|is|are|was|were|will|would|should|has|have)\s+"
    r"(?:it|they|we|i|you|he|she|the|a|an|this|that|these|those|there|our|its|their|my)\b",
    re.IGNORECASE,
)


def _names_asked_figure_en(text: str) -> bool:
    """An English phrase naming a kind of figure asks for it when it closes a question ("…: yearly
    grant for a national one?") or follows a colon ("Innovation consortia: max funding")."""
    text = text.strip()
    if text.endswith("?"):
        return _figure_named_en(text)
    named = after_colon(text)
    return _figure_named_en(named) and len(named.split()) <= 2 * ITEM_WORDS_MAX


# Spoken interrogatives and their written forms: "用啥方式" asks what "用什么方式" asks.
_SPOKEN = (("咋样", "怎么样"), ("咋", "怎么"), ("啥", "什么"))


def spoken_to_written(text: str) -> str:
    """``text`` with spoken interrogatives in their written form (啥 → 什么, 咋 → 怎么), for reading what it asks."""
    for spoken, written in _SPOKEN:
        text = text.replace(spoken, written)
    return text


# A figure a list of asks may name without asking word of its own ("面积上限、每年多少套").
_FIGURE_NAMED_ZH = re.compile(r"(?:上限|下限|门槛|标准|期限|比例|费率|额度|金额|面积|封顶)$")


def _split_asks_zh(piece: str) -> list[str]:
    """Asks joined by 、 are separate asks: "育肥猪上保险，一头保多少钱、交多少保费" → "育肥猪上保险，一头保多少钱",
    "育肥猪上保险，交多少保费"; "人才限价住房：面积上限、每年多少套、买了多少年能过户" → three, each after the
    words before the list ("人才限价住房："). A list of things asked of once ("A、B分别多少", "镇、村各多少") is no list of asks:
    two of its items at least must ask on their own, and every item asks or names a figure."""
    first = piece.find("、")
    start = max(piece.rfind(mark, 0, first) for mark in "：:，,") + 1 if first > 0 else 0
    head, body = piece[:start], piece[start:]
    asked = body.split("、")
    if len(asked) < 2 or sum(_asks(a, "zh") for a in asked) < 2 or not all(
            _asks(a, "zh") or _FIGURE_NAMED_ZH.search(a.strip("？?。 ")) for a in asked):
        return [piece]
    # (a figure named without asking word is asked as the others are: "面积上限" → "面积上限多少")
    return [f"{head}{a if _asks(a, 'zh') else a + '多少'}" for a in asked]


def _split_respectively_zh(sentence: str) -> list[str]:
    """"110千伏和10千伏的电价分别是多少" → ["110千伏的电价是多少", "10千伏的电价是多少"]."""
    m = _RESPECTIVELY_ZH.search(sentence)
    if not m:
        return [sentence]
    stated = sentence[m.start() :][: _CLAUSE_END_ZH.search(sentence[m.start() :] + "。").start()]
    if re.search(r"\d", stated) and not _asks(stated, "zh"):
        return [sentence]  # "中央和自治区分别承担45%和30%，农户自己交多少": figures stated, not asked of each
    before, after = sentence[: m.start()], sentence[m.end():]
    conjunctions = list(_CONJ_ZH.finditer(before))
    if not conjunctions:
        return [sentence.replace(m.group(0), "", 1)]
    # the items: between conjunctions; the last runs to where the shared predicate starts
    last = conjunctions[-1]
    tail = before[last.end():]
    # "…用水，每吨分别多少钱": 每吨 is shared ("…的博士和本科生留满3年后，每月…分别多少": what the items do is shared too)
    head_end = re.search(r"的|在|按|可|能|是|有|给|[，,]|留|满|工作|签订|获得|取得|达到|超过|享受|申请", tail)
    right = tail[: head_end.start()] if head_end and head_end.start() > 0 else tail
    shared_after = tail[len(right):] + after
    items = [before[a.end(): b.start()] for a, b in zip(conjunctions, conjunctions[1:])] + [right]
    first_end = conjunctions[0].start()
    prefix_text = before[:first_end]
    # the first item is as long as the last (coordinated nouns are alike), plus one character
    # of slack; a leading figure ("110千伏") is taken whole
    digits = re.search(r"[\d.]+\s*\S{0,3}$", prefix_text) if re.match(r"\d", right) else None
    width = len(digits.group(0)) if digits else min(len(prefix_text), len(right) + 1)
    stretch = re.split(r"[，,。；;：:、]", prefix_text)[-1]
    if not digits and width < len(stretch) <= len(right) + 3:
        width = len(stretch)  # "…，自治区级和市级分别…": the first item runs back to the comma
    if level_of(right):  # "鄂尔多斯市和伊旗分别…": the first item is the government named before 和
        ends = [m for _, pattern in _LEVEL_WORDS for m in pattern.finditer(prefix_text) if m.end() == len(prefix_text)]
        width = max((len(m.group(0)) for m in ends), default=width)
    first = prefix_text[len(prefix_text) - width:]
    if "的" in first[:-1] and not digits:
        first = first[first.rindex("的") + 1 :]  # "市外引进的博士和本科生": 博士, whom 的 says the words before are of
    prefix = prefix_text[: len(prefix_text) - len(first)]
    # "刚性引进A、B、C类人才的用人单位": letters or numerals listed share what the last one is followed by
    named = _MARKED_LAST_ZH.fullmatch(right.strip())
    mark = _MARK_END_ZH.search(prefix_text) if named else None
    if named and mark and all(_MARK_ZH.fullmatch(item.strip()) for item in items[:-1]):
        prefix, first = prefix_text[: mark.start()], mark.group(0)
        items = [f"{item.strip()}{named.group(2)}" for item in [first, *items[:-1]]] + [right]
        return [f"{prefix}{item}{shared_after}" for item in items]
    items = [first] + items
    # "国家级、自治区级企业技术中心": the last item carries the noun the level words before it go with
    if _LEVEL_ITEM_ZH.match(items[-1]) and all(_LEVEL_END_ZH.search(item.strip()) for item in items[:-1]) and (noun := list_head(items)):
        items = [f"{item.strip()}{noun}" for item in items[:-1]] + [items[-1]]
    return [f"{prefix}{item}{shared_after}" for item in items if item.strip()]


_CLAUSE_END_ZH = re.compile(r"[，,。；;？?！!]")
_LEVEL_ITEM_ZH = re.compile(r"(?:国家|自治区|省|盟市|市|旗区|旗|县|区)级")
# An item of a list named by a letter or a numeral, and what follows the last one ("C类人才" → C, 类人才).
_MARK_ZH = re.compile(r"[A-Za-z]|\d{1,2}|[一二三四五六七八九十]")
_MARKED_LAST_ZH = re.compile(rf"({_MARK_ZH.pattern})([\u4e00-\u9fff]\S*)")
_MARK_END_ZH = re.compile(rf"(?<![A-Za-z\d一二三四五六七八九十])(?:{_MARK_ZH.pattern})$")
_LEVEL_END_ZH = re.compile(rf"{_LEVEL_ITEM_ZH.pattern}$")


def list_head(items: Sequence[str]) -> str:
    """What a list's items are of, written after its last item ("国家级、自治区级工业设计中心": 工业设计中心,
    as far as the last item was read), when the other items end alike; else ""."""
    *others, last = [i.strip() for i in items]
    ends = {o[-1:] for o in others if o}
    if len(ends) != 1 or (end := ends.pop()) not in last[1:]:
        return ""
    return last[last.index(end, 1) + 1 :]


def _split_respectively_en(sentence: str) -> list[str]:
    """"What are the prices for 110 kV and 10 kV respectively?" → one sentence per item."""
    if not _RESPECTIVELY_EN.search(_EACH_OF_EN.sub(" ", sentence)):
        # ("how much does each of the Hohhot, Baotou and Ordos high-tech zones get a year?": one ask of every member of
        # a group the sentence names, which the guide answers for the group, "…三市…分别给予 5000 万元")
        return [sentence]
    body = _RESPECTIVELY_EN.sub("", sentence)
    m = re.search(r"\b(for|of|at|in|to)\s+(.+?)(\s*[?.!]?\s*)$", body)
    # no items to split: "each" counts per one ("how much does each commissioner receive"), and stays
    if not m:
        return [sentence]
    items = [i for i in _CONJ_EN.split(m.group(2)) if i.strip()]
    if len(items) < 2:
        return [sentence]
    head = body[: m.start(2)]
    return [f"{head}{item}{m.group(3)}" for item in items]


# "for homes versus non-residential users", "a national one vs a regional one": a comparison asks
# about each side.
_VERSUS_EN = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)
# ", and the cap on guarantee fees": a noun phrase asked after the sentence's ask, no verb or question word of its own
_FIGURE_TAIL_EN = re.compile(
    r",\s*and\s+(?P<ask>(?:the|its|their)\s+(?:(?!(?:is|are|was|were|do|does|did|can|will|would|should|must|has|have|"
    r"what|which|how|who|when|where|why|if)\b)[\w'’/&-]+\s*){1,12})$",
    re.IGNORECASE,
)
# "Heating price and the power price range?": two noun phrases, the second with its article
_FIGURE_PAIR_EN = re.compile(r"([^,;:]+?),?\s+and\s+((?:the|its|their)\s+[^,;:]+)", re.IGNORECASE)
_PREPOSITION_EN = re.compile(r"\b(?:for|of|at|in|on|to|into|towards?|with|under)\s+", re.IGNORECASE)
_EXAMPLE_EN = re.compile(r"(?:for|as an?) (?:example|instance)\b", re.IGNORECASE)
_ARTICLE_EN = re.compile(r"^(?:(?:a|an|the|its|their|our)\s+)", re.IGNORECASE)
_HEAD_ARTICLE_EN = re.compile(r"\b(?:the|its|their|our)\s+", re.IGNORECASE)
# Words that tell apart items of one kind: a government level, an order, a number.
_LEVEL_ITEM_EN = re.compile(
    r"(?:national|state|regional|region-level|autonomous[- ]region(?:-level)?|provincial|municipal|city|city-level|"
    r"banner|banner-level|county|league|international|domestic|local|central)\b",
    re.IGNORECASE,
)
_ORDINAL_ITEM_EN = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|[4-9]th|tier\s+\d|class\s+\w\b|level\s+\d)\b", re.IGNORECASE
)
# "110 kV" and "10 kV" are items of one kind; "200 mu" and "3 years" are not.
_NUMBER_ITEM_EN = re.compile(r"[\d.,]+\s*(?:k|thousand|million)?[\s-]*(?P<unit>[a-z]+|[%％])", re.IGNORECASE)
# How many words an item of a coordination may have.
ITEM_WORDS_MAX = 8
_VERB_EN = r"\s+(?:are|is|was|were|will|would|can|could|do|does|did|get|gets|receive|receives|have|has)\b"
# Where a list of asked figures ends ("the matching ratio, the yearly cap, and the maximum period?"),
# and where one item ends ("…and application scenarios are targeted": at the verb or a comma).
_LIST_END_EN = re.compile(rf"{_VERB_EN}|[?.!;:]|$", re.IGNORECASE)
_ITEM_END_EN = re.compile(rf"{_VERB_EN}|[?,.!;:]|$", re.IGNORECASE)


def _item_kind(item: str) -> str:
    """What tells an item of a coordination apart: "level", "order", a number's unit ("number kv"), or ""."""
    word = _ARTICLE_EN.sub("", item.strip())
    for kind, pattern in (("level", _LEVEL_ITEM_EN), ("order", _ORDINAL_ITEM_EN)):
        if pattern.match(word):
            return kind
    number = _NUMBER_ITEM_EN.match(word)
    return f"number {number.group('unit').lower()}" if number else ""


# Nouns naming a figure asked besides _FIGURE_NOUNS_EN' ("the insured amount").
_ASKED_NOUNS_EN = frozenset("amount sum".split())


def _figure_named_en(phrase: str) -> bool:
    """Does an English noun phrase name a kind of figure ("the premium rate", "the yearly cap")?"""
    words = re.findall(r"[a-z-]+", phrase.lower())
    words += [part for w in words if "-" in w for part in w.split("-")]  # "post-subsidy" names a subsidy
    return any(map(_names_figure_en, words))


def _names_figure_en(word: str) -> bool:
    """Is an English word one naming a kind of figure ("rate", "subsidy", "amount")?"""
    return word in _FIGURE_NOUNS_EN or word in _ASKED_NOUNS_EN


def _head_noun_en(phrase: str) -> tuple[str, str]:
    """The head word of an English noun phrase (its last word before a preposition: "amount" of "insured
    amount per head") and the rest from that preposition on."""
    words = phrase.split()
    at = next((i for i, w in enumerate(words) if i and (_PREPOSITION_EN.fullmatch(f"{w} ") or w.lower() == "per")), len(words))
    return (words[at - 1].lower() if at else ""), " ".join(words[at:])


def _heads_figure(noun: str) -> bool:
    """Does a head noun name a figure by itself? A bound ("the maximum") names none when another item names it."""
    return _names_figure_en(noun) and noun not in _BOUNDS_EN


_SENTENCE_CLOSE = re.compile(r"\s*[?.!]*\s*$")


def _split_figure_tail_en(sentence: str) -> list[str]:
    """"What's the benchmark land price in the Airport Logistics Park, and the non-residential heating
    price?": a figure named after ", and the", with no verb of its own, is a second ask (not an item of
    a list asked alike); so is the second of two noun phrases asked alone, each naming a figure."""
    end = _SENTENCE_CLOSE.search(sentence)
    body, close = sentence[: end.start()], end.group(0).strip() or "?"
    tail = _FIGURE_TAIL_EN.search(body)
    if tail is not None and _WH_EN.search(body[: tail.start()]) and _figure_named_en(tail.group("ask")):
        return [f"{body[: tail.start()]}{close}", f"What is {tail.group('ask').strip()}{close}"]
    # "Non-residential heating price and the strategic emerging industry power price range?": a question of
    # noun phrases alone, each naming a figure
    pair = _FIGURE_PAIR_EN.fullmatch(body.strip())
    if close == "?" and pair is not None and not _WH_EN.search(body) and all(map(_figure_named_en, pair.groups())):
        return [f"What is {pair.group(1)}{close}", f"What is {pair.group(2)}{close}"]
    return [sentence]


def _split_coordinated_en(sentence: str) -> list[str]:
    """One English sentence asking the same of several items, without "respectively", as one per item:

    - a comparison: "heating prices for homes versus non-residential users";
    - items of one kind after a preposition: "price at 1–10 kV for the first and third tiers", "for a
      national one and a regional one", or the preposition repeated ("…planted on 100k mu, and on 300k mu");
    - several kinds of figure asked: "what's the insured amount per head and the premium rate?";
    - "how many A and B are targeted?".
    """
    end = _SENTENCE_CLOSE.search(sentence)
    close = end.group(0).strip() or "?"
    body = sentence[: end.start()]
    m = _VERSUS_EN.search(body)
    if m:
        left, right = body[: m.start()], body[m.end() :]
        right_item = right.split(",")[0]
        start = _item_start(left, right_item)
        if start is not None:
            # "for tap water — households versus a commercial user": the compared items follow the dash,
            # what comes before it (tap water) is asked of both
            if dash := list(re.finditer(r"\s+(?:—|–|-)\s+|:\s+", left[start:])):
                start += dash[-1].end()
            return [f"{left}{close}", f"{left[:start]}{right_item}{close}"]
        if _WH_EN.search(left):
            return [sentence]
        # "Ordos vs Ejin Horo advisers: what is the subsidy at city level, and at banner level?": a
        # comparison in the opening words, the asks after it
    for conj in re.finditer(r"(?:,\s*and|\s+and|,)\s+", body):
        left, right = body[: conj.start()], body[conj.end() :]
        # (or after an article: "what do the first-tier and third-tier gas prices come to?"; not items added up, "how much do
        # the central and regional governments cover together?")
        # (an article's item is one word, the modifier of the noun the last item carries)
        articles = [] if names_a_sum(body) else [m for m in _HEAD_ARTICLE_EN.finditer(left) if len(left[m.end() :].split()) == 1]
        head = sorted([*_PREPOSITION_EN.finditer(left), *articles], key=lambda m: m.end())
        repeated = _PREPOSITION_EN.match(right) if "and" in conj.group(0).lower() and not _EXAMPLE_EN.match(right) else None
        if repeated and head:
            same = [p for p in head if p.group(0).lower().strip() == repeated.group(0).lower().strip()]
            if same:  # "…planted on 100k mu a year, and on 300k mu"
                item = right[repeated.end() :]
                return [f"{left}{close}", f"{left[: same[-1].end()]}{item}{close}"]
        if not head:
            continue
        first = left[head[-1].end() :]
        second = _ITEM_END_EN.split(right, maxsplit=1)[0]
        rest = right[len(second) :]
        kind = _item_kind(first)
        if kind and kind == _item_kind(second) and len(first.split()) <= ITEM_WORDS_MAX:
            # "the first and third tiers": the head noun the last item carries is the first's too
            bare = _ARTICLE_EN.sub("", first).split()
            shared = second.split()[1:] if len(bare) == 1 else []
            if len(bare) == 1 and first.endswith("-") and "-" in (named := second.split()[0]):
                first += named.split("-", 1)[1]  # "the first- and third-tier prices": the word the hyphen leaves for later
            lead = left[: head[-1].end()]
            return [f"{lead}{first} {' '.join(shared)}".rstrip() + f"{rest}{close}", f"{lead}{second}{rest}{close}"]
    return _split_figures_en(sentence, body, close)


def _item_start(left: str, item: str) -> int | None:
    """Where the item compared with ``item`` starts at the end of ``left``: after its last preposition,
    or at its last article like the one ``item`` starts with; None when neither is found."""
    head = list(_PREPOSITION_EN.finditer(left))
    if head and len(left[head[-1].end() :].split()) <= ITEM_WORDS_MAX:
        return head[-1].end()
    article = _ARTICLE_EN.match(item.strip())
    if article:
        at = [a.start() for a in re.finditer(rf"\b{re.escape(article.group(0).strip())}\b", left, re.IGNORECASE)]
        if at:
            return at[-1]
    return None


# "the rate, the cap and the period": "or" joins alternatives of one item ("a teacher or doctor").
_AND_EN = re.compile(r"\s*,\s*and\s+|\s+and\s+|\s*,\s*", re.IGNORECASE)
_ASKED_PHRASE_EN = re.compile(
    r"\b(?:what(?:'s|\s+(?:is|are|was|were|would be|will be))?|how many)\s+(?:(?:the|a|an|its|their)\s+)?", re.IGNORECASE
)


def _split_figures_en(sentence: str, body: str, close: str) -> list[str]:
    """"what's the insured amount per head and the premium rate?" → one ask per kind of figure named;
    "how many demo zones and application scenarios are targeted?" → one per thing counted."""
    colon = list(_COLON_EN.finditer(body))
    if colon and not _WH_EN.search(body[colon[-1].end() :]):
        # "Order classes: minimum class size and the per-graduate subsidy", "what housing is offered —
        # size, number per year and the markup": the figures asked after a colon
        split = _split_figure_list(body[: colon[-1].end()], body[colon[-1].end() :], close, counting=False)
        if split:
            return split
    m = _ASKED_PHRASE_EN.search(body)
    if m is None:
        return [sentence]
    return _split_figure_list(body[: m.end()], body[m.end() :], close, m.group(0).lower().startswith("how many")) or [sentence]


# An aside in brackets: "(if at a municipal SOE)", "(e.g. 1:5)"; not the guide's own name of a thing ("(蒙字标)").
_ASIDE_EN = re.compile(r"\([^()\u4e00-\u9fff]*\)")


# A share named with what it is of ("share of equipment…"): what follows "of" runs on past an "and".
_SHARE_OF_EN = re.compile(r"\b(?:share|proportion|percentage|portion|ratio)\s+of\s+\S", re.IGNORECASE)


def _split_figure_list(head: str, phrase: str, close: str, counting: bool) -> list[str]:
    """The asks of a list of figures after ``head`` (each item naming a figure, or with ``counting`` a
    thing counted), one per item; [] when ``phrase`` lists no such items."""
    stop = _LIST_END_EN.search(phrase)
    stop_at = stop.start() if stop and stop.start() > 0 else len(phrase)
    items = [i for i in _AND_EN.split(phrase[:stop_at]) if i.strip()]
    # (an item is read without the aside it carries, which closes its ask: "and (if at a municipal SOE) annual
    # salary range" asks "what annual salary range apply (if at a municipal SOE)?")
    asides = [" ".join(_ASIDE_EN.findall(i)) for i in items]
    bare = [re.sub(r"\s+", " ", _ASIDE_EN.sub(" ", i)).strip() for i in items]
    if len(items) < 2 or any(len(i.split()) > ITEM_WORDS_MAX for i in bare):
        return []
    if counting and (len(items) != 2 or any(len(i.split()) < 2 for i in bare)):
        # "how many provinces and cities": one number of a pair the guide counts together; "how many
        # airports and take-off and landing sites": "and" inside an item
        return []
    if not counting and not all(map(_figure_named_en, bare)):
        return []
    if not counting and any(_SHARE_OF_EN.search(item) for item in bare[:-1]):
        return []  # "what share of equipment and installation cost": the share is of both, one figure
    rest = phrase[stop_at:]
    items = bare
    if not counting:
        # "the maximum platform and research funding for a Class 1 team": an item whose last word names no
        # figure ("maximum platform") shares the last item's head noun and what follows it
        noun, tail = _head_noun_en(items[-1])
        if _heads_figure(noun):
            items = [item if _heads_figure(_head_noun_en(item)[0]) else f"{item.strip()} {noun} {tail}".rstrip()
                     for item in items[:-1]] + items[-1:]
    if re.search(r"\b(?:the|a|an|its|their)\s*$", head, re.IGNORECASE):
        items = [_ARTICLE_EN.sub("", item.strip()) for item in items]  # "what's the rate and the cap": one article
    return [f"{head}{item.strip()}{rest}{' ' + aside if aside else ''}{close}" for item, aside in zip(items, asides)]


# A name an English question quotes ("the 'Science and Technology Prospering Inner Mongolia' drive"): one name,
# never split at its "and" or commas (an apostrophe inside a word, "Ordos's", opens no quote).
_QUOTED_EN = re.compile(r"“[^“”]+”|\"[^\"]+\"|‘[^‘’]+’|(?<![A-Za-z])'[^']+'(?![A-Za-z])")
_QUOTED_SPACE, _QUOTED_COMMA = "\ue000", "\ue001"


# The words either side of an "and" a name of the glossary may take ("vehicle and vessel tax").
_WORD_EN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
NAME_WORDS_AROUND_AND = 4


def _named_with_and(text: str) -> str:
    """``text`` with each name the glossary writes with an "and" ("vehicle and vessel tax", "research and
    development") held together as a quoted name is: one thing named, never two asks."""
    words = list(_WORD_EN.finditer(text))
    entries = default_glossary().entries
    spans: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        if word.group(0).lower() != "and" or (spans and word.start() < spans[-1][1]):
            continue
        found = None
        for first in range(max(0, i - NAME_WORDS_AROUND_AND), i):
            for last in range(min(len(words) - 1, i + NAME_WORDS_AROUND_AND), i, -1):
                piece = text[words[first].start() : words[last].end()]
                if re.search(r"[^\sA-Za-z'’-]", piece):
                    continue  # (a name runs on words and spaces only)
                if tuple(english_words(piece)) in entries:
                    found = (words[first].start(), words[last].end())
                    break
            if found:
                break
        if found:
            spans.append(found)
    for start, end in reversed(spans):
        text = text[:start] + text[start:end].replace(" ", _QUOTED_SPACE) + text[end:]
    return text


def _pieces(text: str, lang: Language) -> list[tuple[str, bool]]:
    """The separate asks of one message, in order, each with whether it is one item of a list asked
    alike ("A和B分别多少", "for homes versus offices")."""
    held = _named_with_and(_QUOTED_EN.sub(_held_together, text)) if lang == "en" else text
    if held != text:
        return [(piece.replace(_QUOTED_SPACE, " ").replace(_QUOTED_COMMA, ","), item) for piece, item in _pieces_of(held, lang)]
    return _pieces_of(text, lang)


# "我们物流公司有几辆货车和挂车，…能减到多少？": "有几辆" before the ask tells of several, it asks nothing.
_SEVERAL_ZH = re.compile(r"有几[个辆台家名位条项种套头只]")


def _tells_several(piece: str, at: int, clauses: list[str]) -> bool:
    """Does ``piece`` (ending with the clause at ``at`` of ``clauses``) ask only by "有几辆…" and a clause after it ask?"""
    return (bool(_SEVERAL_ZH.search(piece)) and not _asks(_SEVERAL_ZH.sub("", piece), "zh")
            and any(_asks(c, "zh") for c in clauses[at + 1 :]))


def _held_together(quoted: re.Match[str]) -> str:
    """A quoted name that a split would cut ("'Science and Technology…'", "“one case, one discussion”"), its spaces
    and commas held; any other quoted name as written."""
    name = quoted.group(0)
    return name.replace(" ", _QUOTED_SPACE).replace(",", _QUOTED_COMMA) if re.search(r",|\band\b", name) else name


def _pieces_of(text: str, lang: Language) -> list[tuple[str, bool]]:
    """The asks of :func:`_pieces`, of a message whose quoted names are held together."""
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    pieces: list[tuple[str, bool]] = []

    def items(split: list[str]) -> list[tuple[str, bool]]:
        return [(piece, len(split) > 1) for piece in split]

    for sentence in sentences:
        if lang == "zh":
            chunks = [c for c in _FURTHER_ZH.split(sentence) if c.strip()]
            for chunk in chunks:
                clauses = [c for c in _CLAUSE_SEP_ZH.split(chunk) if c.strip()]
                merged: list[str] = []
                for at, clause in enumerate(clauses):
                    # a clause that asks on its own starts a new piece once the previous one asks too
                    if merged and _asks(clause, lang) and _asks(merged[-1], lang) and not _tells_several(merged[-1], at - 1, clauses):
                        merged.append(clause)
                    elif merged:
                        merged[-1] += "，" + clause
                    else:
                        merged.append(clause)
                for piece in merged:
                    for ask in _split_asks_zh(piece):
                        pieces += items(_split_respectively_zh(ask))
        else:
            chunks = [c for c in _FURTHER_EN.split(sentence) if c and c.strip()]
            for chunk in chunks:
                pieces += items(_split_respectively_en(chunk))
    # a piece that asks nothing ("我们是做单晶硅的。") is context for the next one
    out: list[tuple[str, bool]] = []
    context = ""
    for piece, item in pieces:
        joint = " " if lang == "en" and context else ""  # "In Ejin Horo," + "what …": words stay apart
        if _asks(piece, lang) or (lang == "zh" and _PUT_AS_QUESTION_ZH.search(piece)):
            out.append((f"{context}{joint}{piece}", item))
            context = ""
        else:
            context += joint + piece
    if context:
        if out:
            out[-1] = (out[-1][0] + (" " if lang == "en" else "") + context, out[-1][1])
        else:
            out.append((context, False))
    if lang == "en":
        # "In Ordos, what's the grant for a national one vs a regional one?": each item keeps the context
        coordinated: list[tuple[str, bool]] = []
        for whole, item in out:
            for ask in _split_figure_tail_en(whole):
                split = _split_coordinated_en(ask) if not _RESPECTIVELY_EN.search(ask) else [ask]
                coordinated += [(piece, item or len(split) > 1) for piece in split]
        out = coordinated
    return out or [(text, False)]


_SIZE_ASK_WORDS_EN = re.compile(r"\bhow (?:big|large|high|tall|wide|far)\b|\bin (?:land )?area\b", re.IGNORECASE)


def _subject(text: str, lang: Language) -> str:
    if lang == "zh":
        return _QUESTION_WORDS_ZH.sub(" ", text).strip()
    # the guide's own words an English question quotes ("prefabricated (装配式)") name its subject too;
    # a document number it quotes ("under 内政办发〔2022〕19号") names where, not what
    # ("what's", "the company's": the 's is no word of its own)
    # ("how big is the banner in area": the size asked, not a word of what it is about)
    text = _SIZE_ASK_WORDS_EN.sub(" ", text)
    words = re.findall(r"[A-Za-z0-9.\-]+|[\u4e00-\u9fff]+", re.sub(r"['’]s\b", "", DOC_NUMBER.sub(" ", text)).lower())
    return " ".join(w for w in _held_phrases_en(words) if w not in ENGLISH_STOP_WORDS)


def _held_phrases_en(words: list[str]) -> list[str]:
    """``words`` with each glossary phrase that has a function word in it ("vehicle and vessel tax", "small and micro
    enterprises") held as one hyphened word: the subject keeps what the guide's words name, not its words one by one."""
    entries = default_glossary().entries
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_PHRASE_WORDS, len(words) - i), 1, -1):
            run = words[i : i + n]
            if any(w in ENGLISH_STOP_WORDS for w in run) and tuple(english_words(" ".join(run))) in entries:
                out.append("-".join(run))
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


def parse_question(
    raw: str,
    history: list[dict[str, str]] | None = None,
    *,
    guide_terms: Callable[[str], list[str]] | None = None,
) -> Question:
    """Parse a question once: language, follow-up resolution, parts with slots and subjects.

    ``guide_terms`` maps text to the guide's words for it (the English glossary, the colloquial
    Chinese table); without it subjects keep the asker's words only.
    """
    history = history or []
    lang = detect_language(raw)
    follow_up = is_follow_up(raw, history)
    previous = previous_questions(history)[-1] if follow_up else None
    text = with_previous(previous, raw) if previous else raw
    pieces = _pieces(raw, lang)
    parts: list[Part] = []
    total = asks_total(raw)
    for piece, item in pieces:
        told = _SEVERAL_ZH.sub("", piece) if lang == "zh" else piece  # ("有几辆货车…，能减到多少？": several told, not asked)
        asked = told if told != piece and _asks(told, lang) else piece
        slot = _english_slot(piece) if lang == "en" else slot_of(asked)
        if total and slot == "duration" and _ASKS_MONEY_AFTER_TOTAL.search(piece):
            slot = "amount"  # "几年下来一共多少" asks for a sum of money
        elif total and slot == "count" and parts and parts[-1].slot == "amount" and _ASKS_MONEY_AFTER_TOTAL.search(piece):
            slot = "amount"  # "一人奖多少？5个人一共多少？": the sum of the money just asked, not a number of people
        elif (lang == "en" and slot == "percentage" and parts and parts[-1].slot == "price" and _RATE_EN.search(piece)
              and not _SHARE_EN.search(piece)):
            slot = "price"  # "…households pay per cubic metre…, and what's the rate for commercial users?": a tariff again
        # ("…是税前还是税后？" asks which of two, its own ask)
        if slot == "fact" and parts and (not (_WH_ZH if lang == "zh" else _WH_EN).search(spoken_to_written(piece))
                                         and not (lang == "zh" and _EITHER_ZH.search(piece))
                                         or (lang == "en" and _SAME_ASKED_EN.match(piece))
                                         or (lang == "en" and parts[-1].slot in FIGURE_SLOTS and _MAGNITUDE_ASKED_EN.search(piece))):
            # "…每头补贴多少？奶羊冻精呢？", "…, and what about newly recruited graduates?" ask the same again
            # ("能干啥？" asks its own)
            slot = parts[-1].slot
        elif slot == "fact" and previous:
            slot = slot_of(previous)  # "那10千伏呢？" asks what the previous question asked
        own = _subject(piece, lang)
        names_nothing = _names_nothing(own if lang == "zh" else piece, slot, lang)
        if parts and slot == parts[-1].slot and names_nothing:
            # "依据的是哪个文件？文号多少？": the same ask again, about the same subject
            last = parts[-1]
            joined = f"{last.text}{' ' if lang == 'en' else ''}{piece}"
            parts[-1] = Part(joined, last.slot, last.subject, last.terms, last.counted, last.level, last.measure, last.pays, last.carried,
                             last.per, last.item)
            continue
        # ("支持哪些行业？": the noun after 哪些 names the kind of item listed, not what the list is of)
        lists_nothing = lang == "zh" and _names_nothing(_subject(_LISTED_KIND_ZH.sub(" ", piece), lang), slot, lang)
        # (an ask per a unit, "how much per mu?", is of the subject before, but asks again only what it asks)
        per_unit_only = lang == "en" and _names_nothing(piece, slot, lang, per_unit=True)
        # ("…, and how does that compare with a silicon producer?": "that" is the figure asked before, of another thing)
        points_back = _points_back(piece, slot, lang) and not (lang == "en" and _SAME_ASKED_EN.match(piece))
        carried = bool(parts) and bool(points_back or names_nothing or lists_nothing or per_unit_only
                                       or (slot in METADATA_SLOTS and _NAMES_DOCUMENT_EN.search(piece))
                                       or (lang == "zh" and _title_head_named(parts[-1].text, piece))
                                       # ("…, and at what level of government?": the level of what the part before names)
                                       or (asks_level(piece) and _names_nothing(_LEVEL_ASKED.sub(" ", piece), slot, lang)))
        if item and parts and parts[-1].item and not _points_back(piece, slot, lang):
            # "what's the insured amount per head and the premium rate?": items of one list asked alike stand side by side,
            # each about what the one before them is about (the part before the list, when the list points back to it)
            carried = parts[-1].carried
            wording = f"{parts[-2].subject} {piece}" if carried and len(parts) >= 2 else piece
        elif carried:
            # "补贴多少？找哪个部门？": the second ask is about the first one's subject
            wording = f"{parts[-1].subject} {piece}"
        elif previous:
            wording = f"{_carried(previous, piece)} {piece}"
        else:
            wording = piece
        subject = _subject(wording, lang)
        # "what share of new floor area": the share asked is the figure, not equity (股份)
        terms = tuple(guide_terms(_SHARE_ASKED_EN.sub(" ", wording))) if guide_terms else ()
        if previous and len(_without_cue(own, slot)) >= 2:
            # "what about dairy cows?" is about dairy cows: the previous question is context only
            subject, terms = own, tuple(guide_terms(piece)) if guide_terms else ()
        asking = _focus(piece, own)[0] if lang == "zh" else piece  # the words that ask, not the asker's story
        counted = slot == "count" and asks_counted(asked)
        measure = "rank" if slot == "count" and asks_rank(piece) else asked_measure(piece) if slot in ("count", "duration") else None
        pays = slot in FIGURE_SLOTS and asks_payment(piece)
        per = asked_per(piece) if slot == "price" else (asked_per(piece) or asked_per_item(piece)) if slot == "amount" else None
        if slot == "amount" and per is None and _MONEY_UNIT_ASKED.search(piece):
            per = "money"  # "多少钱", "how many yuan": money itself, which no share states
        # (a price names what is priced, "what does water cost them?"; an amount's own words are mostly of the thing
        # pointed back to, "what's its annual budget?")
        named_own = own if carried and lang == "en" and slot == "price" and not names_nothing and _POINTS_BACK.search(piece) else ""
        parts.append(
            Part(wording, slot, subject, terms, counted=counted, level=level_of(asking), measure=measure, pays=pays, carried=carried,
                 per=per, item=item, own=named_own)
        )
    return Question(
        raw=raw,
        lang=lang,
        text=text,
        parts=parts,
        quantities=quantities(raw),
        follow_up=follow_up,
        previous=previous,
        total=total,
    )


# English words that name a slot or a provision in general, not what it is about ("which bodies are
# responsible", "what years does the plan cover").
_GENERIC_EN = frozenset(
    "department departments document documents number agency agencies bureau bureaus office offices unit units body bodies "
    "responsible charge handles handle listed first named among valid validity guide printed policy policies scheme measures "
    "measure programme program plan plans action opinion notice run runs cover covers apply applies period years year until "
    "start starts end ends take takes effect expire expires over long called titled title name most least maximum minimum "
    "max min lead leads leading administer administers oversee oversees manage manages supervise supervises approve approves "
    "issue issues issued interpret interprets share shares responsibility responsibilities".split()
)


# Words that only say which figure of a provision is asked ("the annual per-person cap", "the one-off
# rate"): a part naming nothing else is about the subject of the part before.
# ("the sum insured and premium rate per head": the figures of an insurance, no thing of their own)
_FIGURE_MODIFIERS_EN = frozenset("annual yearly monthly per-person per-head per-capita one-off one-time upper lower "
                                 "sum insured premium premiums".split())


# "per mu", "per tonne", "per cubic metre": what a figure is asked per (a unit when the words name one).
_PER_UNIT_EN = re.compile(r"\bper\s+((?:cubic|square)\s+\w+|\w+)", re.IGNORECASE)

# The kind of item a list asks for, after its question word ("哪些行业", "哪几类企业").
_LISTED_KIND_ZH = re.compile(r"(?:哪些|哪几类|哪几种|哪几个|哪类|哪种)[\u4e00-\u9fff]{1,2}")


# A document's kind, the last words of its title ("《战略性新兴产业目录》" is a 目录).
_TITLE_HEAD = re.compile(r"《[^》]*?(目录|方案|办法|意见|通知|措施|规划|指南|清单|条例|细则|公告|规定|计划|决定)》")


def _title_head_named(before: str, piece: str) -> bool:
    """Does a Chinese part name, bare, the kind of a document the part before names by its title ("《战略性新兴产业目录》
    一共包括几个行业？目录可以由谁来动态调整？": that 目录)?"""
    if "《" in piece:
        return False
    return any(m.group(1) in piece for m in _TITLE_HEAD.finditer(before))


def _points_back(piece: str, slot: Slot, lang: Language) -> bool:
    """Does a later part point back to the part before ("which department handles it?")? An English possessive after a
    thing the part names is that thing's ("…, and how much can a new-type R&D institution get in its early years?")."""
    for m in _POINTS_BACK.finditer(piece):
        if lang == "en" and m.group(0).lower() in ("its", "their") and (thing := _NAMED_THING_EN.search(piece[: m.start()])) \
                and not _names_nothing(thing.group(0), slot, lang):
            continue
        return True
    return False


# A thing an English part names with an article before a possessive that is its ("a new-type R&D institution … in its early
# years"); "what rank does its…", "which companies get their…" name none, and a government paying ("how much does the banner
# put into its … fund") is the one the question is about.
_NAMED_THING_EN = re.compile(
    r"\b(?:a|an|the)\s+(?!(?:local\s+|municipal\s+|regional\s+|central\s+)?(?:banner|city|region|government|state|league|county)\b)"
    r"(?:[\w&'’-]+\s+){0,6}?[\w&-]+\b(?=.*$)", re.IGNORECASE)


def _names_nothing(own: str, slot: Slot, lang: Language, per_unit: bool = False) -> bool:
    """Does a part's own subject name nothing beyond what it asks ("找哪个部门？", "and which bodies are
    responsible?", "what years does the plan run?")? Then it is about the subject of the part before."""
    if lang == "zh":
        return len(_without_cue(own, slot)) < 3
    cue = dict(_SLOT_CUES)[slot] if slot != "fact" else None
    text = cue.sub(" ", own) if cue is not None else own
    if per_unit:
        # "and how much per mu?": the unit a figure is asked per names what it is counted in, not what it is about
        text = _PER_UNIT_EN.sub(lambda m: " " if unit_named(m.group(1)) is not None else m.group(0), text)
    return not [w for w in re.findall(r"[a-z0-9][a-z0-9-]*", text.lower())
                if len(w) > 1  # ("what's": no letter names a thing)
                and w not in _GENERIC_EN and w not in ENGLISH_STOP_WORDS and w not in _FIGURE_NOUNS_EN and w not in _FIGURE_MODIFIERS_EN
                and w not in _ASKING_PREPOSITIONS_EN]


# The prepositions an ask may start with (", during what period", "and under which document"): they name nothing.
_ASKING_PREPOSITIONS_EN = frozenset("during over within until from under through".split())


def _without_cue(subject: str, slot: Slot) -> str:
    """The subject without the words that only name the slot ("部门", "文号")."""
    cue = dict(_SLOT_CUES)[slot] if slot != "fact" else None
    text = cue.sub("", subject) if cue is not None else subject
    text = re.sub(r"部门|单位|文号|文件|负责|牵头|解释|执行|开始|结束|有效期|政策|指南|页|呢|找|问|哪|的|是|归|管|具体|由|各|都|"
                  r"全称|全名|名称|名字|标题|叫|啥|什么|对应|相应|"
                  # the kind of benefit, not what it is about ("优惠到哪年为止？", "补贴找哪个部门？")
                  r"优惠|补贴|补助|奖励|奖补|扶持|为止|"
                  r"departments?|document|number|agenc(?:y|ies)|bureaus?|offices?|units?|responsible|in charge|handles?|listed|"
                  r"first|named|among|valid|guide|printed|"
                  r"polic(?:y|ies)|scheme|measures?|programme|program|run|years?", "", text,
                  flags=re.IGNORECASE)
    return re.sub(r"\s+", "", text)


def _carried(previous: str, follow_up: str) -> str:
    """What a follow-up carries over from the question it follows: its subject, without the
    figures the follow-up replaces ("110千伏工业电价多少？" + "那10千伏呢？" → "工业电价")."""
    subject = _subject(previous, detect_language(previous))
    replaced = {q.unit for q in quantities(follow_up) if q.unit}
    for q in quantities(subject):
        if q.unit in replaced:
            subject = subject.replace(q.text, " ")
    return re.sub(r"\s+", " ", subject).strip()
