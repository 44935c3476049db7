"""The investor's project profile: what the matching reads. Every field is optional; a field left out
makes the conditions that read it "unknown" and adds the question to ask (:func:`question_for`)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError

Sector = Literal[
    "奶业",
    "肉牛",
    "肉羊",
    "种植业",
    "设施农业",
    "饲草",
    "农畜产品加工",
    "新能源",
    "氢能",
    "光伏新材料及应用",
    "稀土新材料",
    "电供热",
    "充换电设施",
    "数据中心",
    "5G基站",
    "半导体材料",
    "储能电池",
    "先进化工材料",
    "先进碳材料",
    "先进金属材料",
    "先进硅材料",
    "装备制造",
    "现代煤化工",
    "生物医药",
    "物流",
    "跨境贸易",
    "文化旅游",
    "商贸服务",
    "科技服务",
]
"""The guide's own sectors (the 12 of the strategic-emerging-industry catalogue are listed as written there)."""

SECTOR_EN: dict[str, str] = {
    "奶业": "dairy",
    "肉牛": "beef cattle",
    "肉羊": "mutton sheep",
    "种植业": "crops",
    "设施农业": "facility farming (greenhouses)",
    "饲草": "forage",
    "农畜产品加工": "farm-produce processing",
    "新能源": "new energy (wind, solar)",
    "氢能": "hydrogen",
    "光伏新材料及应用": "photovoltaic new materials",
    "稀土新材料": "rare-earth new materials",
    "电供热": "electric heating",
    "充换电设施": "charging and battery-swap facilities",
    "数据中心": "data centres",
    "5G基站": "5G base stations",
    "半导体材料": "semiconductor materials",
    "储能电池": "energy-storage batteries",
    "先进化工材料": "advanced chemical materials",
    "先进碳材料": "advanced carbon materials",
    "先进金属材料": "advanced metal materials",
    "先进硅材料": "advanced silicon materials",
    "装备制造": "equipment manufacturing",
    "现代煤化工": "modern coal chemicals",
    "生物医药": "biomedicine",
    "物流": "logistics",
    "跨境贸易": "cross-border trade",
    "文化旅游": "culture and tourism",
    "商贸服务": "trade and services",
    "科技服务": "science and technology services",
}
Location = Literal["伊金霍洛旗", "鄂尔多斯市其他旗区", "内蒙古自治区其他盟市", "自治区外"]
Park = Literal["蒙苏经济技术开发区", "空港物流园区", "园区外"]
Ownership = Literal["domestic", "foreign_invested"]
LandUse = Literal["工业用地", "农业用地", "商服用地"]
Voltage = Literal["不满1千伏", "1-10千伏", "110千伏", "220千伏以上"]
TalentClass = Literal["A", "B", "C", "D", "E", "F"]
Degree = Literal["博士", "硕士", "本科"]
Crop = Literal["水地玉米", "旱地玉米", "水地马铃薯", "旱地马铃薯", "向日葵", "大豆", "苜蓿", "青贮玉米"]
Certification = Literal[
    "国家高新技术企业",
    "国家科技型中小企业",
    "创新型中小企业",
    "专精特新中小企业",
    "专精特新“小巨人”企业",
    "国家级制造业单项冠军",
    "自治区级制造业单项冠军",
    "自治区级企业技术中心",
    "国家级工业设计中心",
    "自治区级工业设计中心",
    "重点企业",
    "国家级示范物流园区",
    "5A级物流企业",
]

Amount = Decimal


class ProjectProfile(BaseModel):
    """An investor's project, as far as it is known. Amounts in 元, areas in 亩, energy in 度 (kWh)."""

    model_config = ConfigDict(extra="forbid", title="ProjectProfile")

    name: str | None = Field(None, description="项目或企业名称 / Project or company name")
    sector: Sector | None = Field(None, description="主营行业（按指南的产业分类） / Main sector, in the guide's own sectors")
    registered_in_ordos: bool | None = Field(None, description="是否在鄂尔多斯市登记注册 / Registered in Ordos")
    operates_in: Location | None = Field(None, description="项目所在地 / Where the project operates")
    park: Park | None = Field(None, description="所在园区 / Industrial park")
    ownership: Ownership | None = Field(None, description="内资或外商投资企业 / Domestic or foreign-invested")
    encouraged_industry: bool | None = Field(
        None,
        description="主营业务属于《西部地区鼓励类产业目录》且收入占比60%以上 / Main business in the Western catalogue (≥60%)",
    )
    investment_total: Amount | None = Field(None, ge=0, description="项目总投资（元） / Total investment (yuan)")
    fixed_asset_investment: Amount | None = Field(None, ge=0, description="固定资产投资（元） / Fixed-asset investment (yuan)")
    equipment_investment: Amount | None = Field(None, ge=0, description="设备投资（元） / Equipment investment (yuan)")
    retrofit_project_investment: Amount | None = Field(
        None, ge=0, description="已完工的制造业技术改造项目投资（元） / Investment of a completed manufacturing retrofit project (yuan)"
    )
    retrofit_equipment_investment: Amount | None = Field(
        None, ge=0, description="当年技术改造设备投资（元） / Retrofit equipment investment this year (yuan)"
    )
    pue_first_reaches_1_3: bool | None = Field(
        None, description="数据中心PUE首次降至1.3 / Data-centre PUE brought down to 1.3 for the first time"
    )
    pue_retrofit_investment: Amount | None = Field(None, ge=0, description="PUE技改投资额（元） / Investment of the PUE retrofit (yuan)")
    annual_taxable_income: Amount | None = Field(None, description="年应纳税所得额（元） / Annual taxable income (yuan)")
    rd_expenses: Amount | None = Field(None, ge=0, description="年研发费用（元） / Annual R&D expenses (yuan)")
    land_mu: Amount | None = Field(None, ge=0, description="用地面积（亩） / Land area (mu)")
    land_use: LandUse | None = Field(None, description="用地性质 / Land use")
    voltage: Voltage | None = Field(None, description="接入电压等级 / Grid connection voltage")
    annual_kwh: Amount | None = Field(None, ge=0, description="年用电量（度） / Annual electricity use (kWh)")
    annual_water_tonnes: Amount | None = Field(None, ge=0, description="年用水量（吨） / Annual water use (tonnes)")
    annual_gas_m3: Amount | None = Field(None, ge=0, description="年用天然气量（立方米） / Annual natural gas use (m³)")
    employees: int | None = Field(None, ge=0, description="职工人数 / Employees")
    new_hires: int | None = Field(None, ge=0, description="当年新招用人数 / New hires this year")
    new_graduate_hires: int | None = Field(
        None, ge=0, description="新招聘的普通高校本科毕业生人数 / Newly hired university graduates (bachelor)"
    )
    senior_hires: int | None = Field(
        None,
        ge=0,
        description="新引进的税前年薪60万元以上、签订3年以上劳动合同的骨干人员 / New senior staff (≥600,000 yuan a year, ≥3-year contract)",
    )
    talents: dict[TalentClass, int] | None = Field(
        None, description="全职引进的人才，按人才类别（A—F类）计人数 / Full-time talents brought in, by the guide's classes A–F"
    )
    retained_talents: dict[Degree, int] | None = Field(
        None,
        description="旗外新引进、稳定工作满3年且继续留用的急需紧缺人才，按学历计人数 / Talents from outside kept 3 years, by degree",
    )
    certifications: list[Certification] | None = Field(
        None, description="已获得或新认定的资质、称号 / Certifications and titles held or newly obtained"
    )
    new_invention_patents: dict[Literal["国际发明专利", "国内发明专利"], int] | None = Field(
        None, description="新获得授权的发明专利件数 / Newly granted invention patents"
    )
    cross_border_platforms: int | None = Field(
        None, ge=0, description="入驻的跨境电商平台个数（贸易额达1万美元） / Cross-border e-commerce platforms joined (trade ≥ US$10,000)"
    )
    dairy_cows: int | None = Field(None, ge=0, description="奶牛存栏头数 / Dairy cows on hand")
    imported_dairy_cows: int | None = Field(None, ge=0, description="进口奶牛头数 / Imported dairy cows")
    stores_silage: bool | None = Field(None, description="就地就近收储青贮玉米等饲草料 / Stores silage maize and forage locally")
    beef_breeding_cows: int | None = Field(None, ge=0, description="肉牛基础母牛存栏头数 / Beef breeding cows on hand")
    beef_fattening_cattle: int | None = Field(None, ge=0, description="育肥牛存栏头数 / Fattening cattle on hand")
    sheep: int | None = Field(None, ge=0, description="羊存栏只数 / Sheep on hand")
    crop_areas_mu: dict[Crop, Amount] | None = Field(None, description="各作物种植面积（亩） / Area of each crop (mu)")
    forage_contract: bool | None = Field(
        None, description="与养殖场（户）签订饲草购销合同 / Has a forage purchase contract with livestock farms"
    )
    new_greenhouse_mu: Amount | None = Field(
        None, ge=0, description="新建集中连片日光温室棚内净面积（亩） / Net inner area of new contiguous solar greenhouses (mu)"
    )
    construction_started_on: date | None = Field(None, description="开工日期 / Construction start date")
    operation_starts_on: date | None = Field(None, description="投产日期 / Date operation starts")


KEYED_FIELDS: dict[str, tuple[str, ...]] = {
    "talents": get_args(TalentClass),
    "retained_talents": get_args(Degree),
    "new_invention_patents": ("国际发明专利", "国内发明专利"),
    "crop_areas_mu": get_args(Crop),
}
"""Profile fields that are tables; a condition or an input names one entry as ``field.key`` (``crop_areas_mu.苜蓿``)."""

QUESTIONS: dict[str, tuple[str, str]] = {
    "name": ("项目或企业名称是什么？", "What is the project or company called?"),
    "sector": ("项目的主营行业是什么？", "What is the project's main sector?"),
    "registered_in_ordos": ("企业是否在鄂尔多斯市登记注册？", "Is the company registered in Ordos?"),
    "operates_in": (
        "项目建在哪里（伊金霍洛旗、鄂尔多斯市其他旗区、自治区其他盟市或区外）？",
        "Where does the project operate (Ejin Horo, elsewhere in Ordos, elsewhere in Inner Mongolia, outside)?",
    ),
    "park": (
        "项目落在哪个园区（蒙苏经济技术开发区、空港物流园区或园区外）？",
        "Which park is the project in (Mengsu Economic and Technological Development Zone, Airport Logistics Park, or none)?",
    ),
    "ownership": ("企业是内资企业还是外商投资企业？", "Is the company domestic or foreign-invested?"),
    "encouraged_industry": (
        "主营业务是否属于《西部地区鼓励类产业目录》，且主营业务收入占企业收入总额60%以上？",
        "Is the main business in the Western Region encouraged-industries catalogue, at 60% or more of revenue?",
    ),
    "investment_total": ("项目总投资多少元？", "What is the total investment, in yuan?"),
    "fixed_asset_investment": ("固定资产投资多少元？", "What is the fixed-asset investment, in yuan?"),
    "equipment_investment": ("设备投资多少元？", "What is the equipment investment, in yuan?"),
    "retrofit_project_investment": (
        "已完工的制造业技术改造项目总投资多少元？",
        "What did the completed manufacturing retrofit project cost, in yuan?",
    ),
    "retrofit_equipment_investment": ("当年技术改造设备投资多少元？", "How much was invested in retrofit equipment this year, in yuan?"),
    "pue_first_reaches_1_3": (
        "数据中心的电源使用效率（PUE值）是否首次降低到1.3？",
        "Has the data centre's PUE been brought down to 1.3 for the first time?",
    ),
    "pue_retrofit_investment": ("降低PUE的技改投资额是多少元？", "How much did the PUE retrofit cost, in yuan?"),
    "annual_taxable_income": ("企业年应纳税所得额是多少元？", "What is the company's annual taxable income, in yuan?"),
    "rd_expenses": ("企业年研发费用是多少元？", "What are the company's annual R&D expenses, in yuan?"),
    "land_mu": ("项目用地多少亩？", "How many mu of land does the project use?"),
    "land_use": ("用地性质是工业用地、农业用地还是商服用地？", "Is the land industrial, agricultural or commercial?"),
    "voltage": (
        "项目接入电网的电压等级是多少（不满1千伏、1-10千伏、110千伏、220千伏以上）？",
        "At what voltage does the project connect to the grid (<1 kV, 1–10 kV, 110 kV, ≥220 kV)?",
    ),
    "annual_kwh": ("项目年用电量多少度？", "How many kWh of electricity does the project use a year?"),
    "annual_water_tonnes": ("项目年用水量多少吨？", "How many tonnes of water does the project use a year?"),
    "annual_gas_m3": ("项目年用天然气多少立方米？", "How many cubic metres of natural gas does the project use a year?"),
    "employees": ("企业职工有多少人？", "How many employees does the company have?"),
    "new_hires": ("当年新招用多少人？", "How many people were hired this year?"),
    "new_graduate_hires": ("新招聘了多少名普通高校本科毕业生？", "How many new university graduates (bachelor) were hired?"),
    "senior_hires": (
        "新引进了多少名税前年薪60万元以上、签订3年以上劳动合同的骨干人员？",
        "How many senior staff on 600,000 yuan or more a year, with contracts of 3 years or more, were brought in?",
    ),
    "talents": ("全职引进了多少名{key}类人才？", "How many class {key} talents were brought in full time?"),
    "retained_talents": (
        "旗外新引进、稳定工作满3年且继续留用的{key}学历人才有多少人？",
        "How many talents with a {key_en} degree, brought in from outside the banner, have stayed 3 years and are kept on?",
    ),
    "certifications": (
        "企业已获得或将认定哪些资质（如国家高新技术企业、专精特新、小巨人、单项冠军、企业技术中心）？",
        "Which certifications does the company hold or expect (high-tech, specialised SME, little giant, single champion, tech centre)?",
    ),
    "new_invention_patents": ("新获得授权的{key}有多少件？", "How many {key_en} were newly granted?"),
    "cross_border_platforms": (
        "入驻了几个跨境电商平台（贸易额达到1万美元）？",
        "How many cross-border e-commerce platforms has the company joined with trade of US$10,000 or more?",
    ),
    "dairy_cows": ("奶牛存栏多少头？", "How many dairy cows are on hand?"),
    "imported_dairy_cows": ("进口奶牛多少头？", "How many dairy cows are imported?"),
    "stores_silage": ("是否就地就近收储青贮玉米等饲草料？", "Do you store silage maize and other forage locally?"),
    "beef_breeding_cows": ("肉牛基础母牛存栏多少头？", "How many beef breeding cows are on hand?"),
    "beef_fattening_cattle": ("育肥牛存栏多少头？", "How many fattening cattle are on hand?"),
    "sheep": ("羊存栏多少只？", "How many sheep are on hand?"),
    "crop_areas_mu": ("{key}种植多少亩？", "How many mu of {key_en} are planted?"),
    "forage_contract": ("是否与养殖场（户）签订了饲草购销合同？", "Is there a forage purchase contract with livestock farms?"),
    "new_greenhouse_mu": (
        "新建集中连片日光温室的棚内净面积多少亩？",
        "What is the net inner area of the new contiguous solar greenhouses, in mu?",
    ),
    "construction_started_on": ("项目哪天开工？", "When did construction start?"),
    "operation_starts_on": ("项目哪天投产？", "When does the project start operating?"),
}

TABLE_QUESTIONS: dict[str, tuple[str, str]] = {
    "talents": (
        "全职引进了哪些类别（A—F类）的人才，各多少人？",
        "Which classes (A–F) of talent are brought in full time, and how many of each?",
    ),
    "retained_talents": (
        "旗外新引进、稳定工作满3年且继续留用的人才有多少人（按博士、硕士、本科分别计）？",
        "How many talents from outside the banner have stayed 3 years and are kept on (doctoral, master's, bachelor's)?",
    ),
    "new_invention_patents": (
        "新获得授权的国际、国内发明专利各多少件？",
        "How many international and domestic invention patents were newly granted?",
    ),
    "crop_areas_mu": ("种植哪些作物，各多少亩？", "Which crops are planted, and how many mu of each?"),
}
"""Questions about a whole table field, when no one entry is meant."""

KEY_EN: dict[str, str] = {
    "博士": "doctoral",
    "硕士": "master's",
    "本科": "bachelor's",
    "国际发明专利": "international invention patents",
    "国内发明专利": "domestic invention patents",
    "水地玉米": "irrigated maize",
    "旱地玉米": "dryland maize",
    "水地马铃薯": "irrigated potatoes",
    "旱地马铃薯": "dryland potatoes",
    "向日葵": "sunflowers",
    "大豆": "soybeans",
    "苜蓿": "alfalfa",
    "青贮玉米": "silage maize",
}


class ProfileError(ValueError):
    """A profile that does not fit the schema; the message names each field and what it takes."""


def field_names() -> list[str]:
    return list(ProjectProfile.model_fields)


def known_path(path: str) -> bool:
    """Whether ``path`` names a profile field (``dairy_cows``) or one entry of a table field (``talents.D``)."""
    field, _, key = path.partition(".")
    if field not in ProjectProfile.model_fields:
        return False
    return not key or key in KEYED_FIELDS.get(field, ())


def value_at(profile: ProjectProfile, path: str) -> Any:
    """The profile's value at ``path``; an entry a given table leaves out is 0 (the investor listed what there is)."""
    field, _, key = path.partition(".")
    value = getattr(profile, field)
    if not key or value is None:
        return value
    return value.get(key, 0)


def question_for(path: str) -> tuple[str, str]:
    """The question to ask the investor for the field at ``path``, in Chinese and in English."""
    field, _, key = path.partition(".")
    if not key and field in TABLE_QUESTIONS:
        return TABLE_QUESTIONS[field]
    zh, en = QUESTIONS[field]
    return zh.format(key=key), en.format(key=key, key_en=KEY_EN.get(key, key))


def parse_profile(data: Any) -> ProjectProfile:
    """A profile from a JSON object (or its text); a bad one is a :class:`ProfileError` naming each field."""
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except ValueError as exc:
            raise ProfileError(f"the profile is not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ProfileError("the profile is a JSON object of field names to values; `policy-assistant match --schema` shows them")
    try:
        return ProjectProfile.model_validate(data)
    except ValidationError as exc:
        raise ProfileError("; ".join(_error_text(e) for e in exc.errors())) from None


def _error_text(error: dict[str, Any]) -> str:
    where = ".".join(str(p) for p in error["loc"]) or "profile"
    if error["type"] == "extra_forbidden":
        return f"{where}: not a profile field"
    return f"{where}: {error['msg']}"


def profile_schema() -> dict[str, Any]:
    """The published JSON Schema of :class:`ProjectProfile`."""
    return ProjectProfile.model_json_schema()
