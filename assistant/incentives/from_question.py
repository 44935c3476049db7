"""A project profile from a chat question: "我们要在伊金霍洛旗建一个年用电 1 亿度的数据中心，能享受哪些政策？" describes a
project (a data centre in Ejin Horo using 100 million kWh a year) and asks which policies apply; the chat hands it
over to the matching. Amounts and units are read by :mod:`assistant.quantities`, sectors by the guide's own sector
words (:data:`assistant.incentives.profile.Sector`) and a few words people use for them. Only what the question
states is filled in; what it leaves out stays unknown, never guessed."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from assistant.incentives.profile import ProjectProfile
from assistant.quantities import Figure, figures, normalise

# What asks which policies, incentives or subsidies apply (not "how much is X", which the chat answers itself).
_ASKS_ZH = re.compile(
    r"(?:哪些|什么|哪类|哪几项|哪方面|何种|有没有|有无)[^。？?！!]{0,8}?(?:政策|优惠|补贴|补助|奖励|奖补|扶持|支持|待遇)"
    r"|(?:能|可以|可)(?:享受|申请|拿到?|获得|领)(?:哪些|什么|到什么|到哪些)"
    r"|符合(?:哪些|什么)"
)
_ASKS_EN = re.compile(
    r"\b(?:which|what)\b[^.?!;]{0,40}?\b(?:polic(?:y|ies)|incentives?|subsid(?:y|ies)|support|benefits?|grants?|rewards?|preferential)\b"
    r"|\b(?:eligible|qualify|entitled)\b",
    re.IGNORECASE,
)

# The guide's sectors by the words people use for them, the more specific first (乳制品加工 before 奶业).
SECTOR_WORDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("数据中心", ("数据中心", "算力中心", "智算中心"), r"data[- ]?cent(?:re|er)s?|computing cent(?:re|er)"),
    ("5G基站", ("5G基站",), r"5G base stations?"),
    ("充换电设施", ("充电站", "换电站", "充换电", "充电桩"), r"charging stations?|battery[- ]swap"),
    ("氢能", ("氢能", "制氢", "加氢站", "绿氢", "氢气"), r"hydrogen"),
    ("储能电池", ("储能",), r"energy[- ]storage|storage batter(?:y|ies)"),
    (
        "光伏新材料及应用",
        ("光伏材料", "光伏新材料", "光伏组件"),
        r"photovoltaic materials?|(?:PV|solar) (?:modules?|panels?) (?:plant|factory|manufactur\w*)",
    ),
    ("稀土新材料", ("稀土",), r"rare[- ]earths?"),
    ("半导体材料", ("半导体",), r"semiconductors?"),
    ("先进碳材料", ("碳材料", "石墨烯", "碳纤维"), r"carbon (?:materials?|fib(?:re|er)s?)|graphene"),
    ("先进硅材料", ("硅材料", "多晶硅"), r"silicon materials?|polysilicon"),
    ("先进金属材料", ("金属材料",), r"metal materials?"),
    ("先进化工材料", ("化工新材料", "化工材料"), r"chemical materials?"),
    ("现代煤化工", ("煤化工", "煤制"), r"coal[- ]chemicals?|coal[- ]to[- ]\w+"),
    (
        "新能源",
        ("风电", "光伏电站", "光伏发电", "新能源", "风光"),
        r"wind (?:farm|power|turbines?)|solar (?:farm|power|park|plant)|renewables?",
    ),
    ("电供热", ("电供热", "电采暖"), r"electric heating"),
    ("装备制造", ("装备制造", "设备制造", "机械制造"), r"equipment manufactur\w*|machinery"),
    ("生物医药", ("生物医药", "医药", "制药"), r"pharmaceuticals?|biomedic\w*|biotech\w*"),
    ("农畜产品加工", ("农畜产品加工", "乳制品", "奶酪", "肉类加工", "屠宰"), r"cheese|food processing|meat processing|dairy processing"),
    ("奶业", ("奶牛", "奶业", "乳业", "牛奶"), r"dairy|milk"),
    ("肉牛", ("肉牛", "育肥牛", "基础母牛"), r"beef|feedlot"),
    ("肉羊", ("肉羊", "养羊", "羊场"), r"sheep|mutton|lambs?"),
    ("设施农业", ("日光温室", "温室", "大棚", "设施农业"), r"greenhouses?"),
    ("饲草", ("饲草", "苜蓿", "牧草"), r"forage|alfalfa"),
    ("种植业", ("种植", "玉米", "马铃薯", "土豆", "向日葵", "大豆"), r"crops?|maize|corn|potato(?:es)?|sunflowers?|soy ?beans?"),
    ("物流", ("物流", "仓储"), r"logistics|warehous\w*"),
    ("跨境贸易", ("跨境", "外贸", "进出口"), r"cross[- ]border|foreign trade|import|export"),
    ("文化旅游", ("旅游", "文旅", "景区"), r"touris[mt]\w*|resort"),
    ("商贸服务", ("商贸", "零售", "商场"), r"retail|shopping|trading company"),
    ("科技服务", ("科技服务", "软件", "科技公司", "科技企业"), r"tech(?:nology)? (?:start-?up|company|firm|services?)|software"),
)

LOCATIONS: tuple[tuple[str, str], ...] = ((r"伊金霍洛|伊旗|ejin ?horo|ejin ?holo|yijinhuoluo", "伊金霍洛旗"),)
PARKS: tuple[tuple[str, str], ...] = (
    (r"蒙苏|mengsu", "蒙苏经济技术开发区"),
    (r"空港物流园|airport logistics park", "空港物流园区"),
)
FOREIGN = re.compile(
    r"外资|外商|中外合资|foreign[- ](?:invested|owned|investors?|compan(?:y|ies)|enterprises?)|joint venture", re.IGNORECASE
)
CERTIFICATIONS: tuple[tuple[str, str], ...] = (
    (r"高新技术企业|high[- ]tech (?:enterprise|company|firm)", "国家高新技术企业"),
    (r"科技型中小企业|tech(?:nology)?[- ]based SME", "国家科技型中小企业"),
    (r"专精特新(?!“?小巨人)(?:中小企业)?|specialised and (?:sophisticated|innovative) SME", "专精特新中小企业"),
    (r"小巨人|little giant", "专精特新“小巨人”企业"),
)
CROPS: tuple[tuple[str, str], ...] = (
    (r"水地玉米|irrigated (?:maize|corn)", "水地玉米"),
    (r"旱地玉米|dry ?land (?:maize|corn)", "旱地玉米"),
    (r"水地马铃薯|irrigated potato(?:es)?", "水地马铃薯"),
    (r"旱地马铃薯|dry ?land potato(?:es)?", "旱地马铃薯"),
    (r"青贮玉米|silage (?:maize|corn)", "青贮玉米"),
    (r"向日葵|sunflowers?", "向日葵"),
    (r"大豆|soy ?beans?", "大豆"),
    (r"苜蓿|alfalfa", "苜蓿"),
)
# What a count counts, by the words right after it (or just before it): the more specific first.
COUNTED: tuple[tuple[str, str], ...] = (
    (r"进口奶牛|imported (?:dairy )?cows", "imported_dairy_cows"),
    (r"奶牛|dairy cows|cows? dairy|milking cows|(?<![a-z])cows?(?= dairy)", "dairy_cows"),
    (r"基础母牛|能繁母牛|母牛|breeding cows|beef cows|suckler cows", "beef_breeding_cows"),
    (r"育肥牛|育肥|fattening cattle|cattle (?:for )?fattening|feedlot cattle|head of fattening", "beef_fattening_cattle"),
    (r"羊|sheep", "sheep"),
    (r"员工|职工|工人|雇员|employees|staff|workers", "employees"),
)
_MONEY_BEFORE: tuple[tuple[str, str], ...] = (
    (r"设备投资|设备|equipment", "equipment_investment"),
    (r"固定资产|fixed[- ]assets?", "fixed_asset_investment"),
    (r"研发费用|研发投入|研发|R&D", "rd_expenses"),
    (r"应纳税所得|taxable income", "annual_taxable_income"),
    (r"总投资|投资|投入|invest\w*|cost\w*|budget", "investment_total"),
)
_WINDOW = 24  # characters around a figure in which its words are looked for, up to the nearest clause separator
_SEPARATOR = re.compile(r"[，,、;；。？?！!—]|\band\b")


def asks_which_policies(question: str) -> bool:
    """Whether ``question`` asks which policies, incentives or subsidies apply."""
    text = normalise(question)
    return bool(_ASKS_ZH.search(text) or _ASKS_EN.search(text))


def profile_from_question(question: str) -> ProjectProfile | None:
    """The project a question describes, when it asks which policies apply to it; ``None`` when it does
    not ask that, or describes no project (no sector and no quantity of one)."""
    if not asks_which_policies(question):
        return None
    text = normalise(question)
    fields: dict[str, Any] = {}
    sector = sector_of(_without_parks(text))
    if sector is not None:
        fields["sector"] = sector
    fields.update(_quantities(text, sector))
    if not fields:
        return None
    fields.update(_place(text))
    if FOREIGN.search(text):
        fields["ownership"] = "foreign_invested"
    certifications = [name for pattern, name in CERTIFICATIONS if re.search(pattern, text, re.IGNORECASE)]
    if certifications:
        fields["certifications"] = certifications
    if re.search(r"工业用地|industrial land", text, re.IGNORECASE):
        fields["land_use"] = "工业用地"
    return ProjectProfile.model_validate(fields)


def sector_of(text: str) -> str | None:
    """The guide's sector a text names, the most specific of those it names."""
    for sector, words, english in SECTOR_WORDS:
        if any(word in text for word in words) or re.search(rf"(?<![a-z])(?:{english})(?![a-z])", text, re.IGNORECASE):
            return sector
    return None


def _without_parks(text: str) -> str:
    """The text without the parks' names (the Airport Logistics Park is not a logistics project)."""
    for pattern, _ in PARKS:
        text = re.sub(rf"(?:{pattern})区?", " ", text, flags=re.IGNORECASE)
    return text


def _place(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for pattern, park in PARKS:
        if re.search(pattern, text, re.IGNORECASE):
            found["park"] = park
            found["operates_in"] = "伊金霍洛旗"  # both parks are in the banner
    for pattern, place in LOCATIONS:
        if re.search(pattern, text, re.IGNORECASE):
            found["operates_in"] = place
    return found


def _quantities(text: str, sector: str | None) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for figure in figures(text, question=True):
        if not figure.reads_as_quantity:
            continue
        before = _SEPARATOR.split(text[max(0, figure.start - _WINDOW) : figure.start])[-1]
        after = _SEPARATOR.split(text[figure.unit_end : figure.unit_end + _WINDOW])[0]
        field, value = _field_of(figure, before, after, sector)
        if field is None or value is None:
            continue
        if isinstance(field, tuple):  # an entry of a table field
            table, key = field
            found.setdefault(table, {})[key] = value
        else:
            found.setdefault(field, value)
    return found


def _field_of(figure: Figure, before: str, after: str, sector: str | None) -> tuple[Any, Any]:
    dimension, value = figure.dimension, figure.value
    if dimension == "energy":
        return "annual_kwh", value
    if dimension == "voltage":
        return "voltage", _voltage(value)
    if dimension == "money":
        for pattern, field in _MONEY_BEFORE:
            if re.search(pattern, before, re.IGNORECASE):
                return field, value
        return "investment_total", value
    if dimension == "area":
        around = before + "|" + after
        for pattern, crop in CROPS:
            if re.search(pattern, around, re.IGNORECASE):
                return ("crop_areas_mu", crop), value
        if re.search(r"温室|greenhouse", around, re.IGNORECASE):
            return "new_greenhouse_mu", value
        return "land_mu", value
    if dimension == "weight" and re.search(r"水|water", before + after, re.IGNORECASE):
        return "annual_water_tonnes", value
    if dimension == "volume" and re.search(r"气|gas", before + after, re.IGNORECASE):
        return "annual_gas_m3", value
    if dimension in ("count", ""):
        if dimension == "" and re.search(r"投资|invest", before, re.IGNORECASE) and figure.scale:
            return "investment_total", value  # 投资8亿: money said without its 元
        return _counted(after, before, sector), int(value) if value == value.to_integral_value() else None
    return None, None


def _counted(after: str, before: str, sector: str | None) -> str | None:
    for words in (after, before):
        for pattern, field in COUNTED:
            if re.search(pattern, words, re.IGNORECASE):
                return field
    if sector == "奶业" and re.search(r"^\W*(?:头|head|cows?)", after, re.IGNORECASE):
        return "dairy_cows"
    return None


def _voltage(kv: Decimal) -> str | None:
    """The guide's voltage class of a connection at ``kv`` kV; none for a voltage the price table does not list (35 kV)."""
    if kv < 1:
        return "不满1千伏"
    if kv <= 10:
        return "1-10千伏"
    if kv == 110:
        return "110千伏"
    if kv >= 220:
        return "220千伏以上"
    return None
