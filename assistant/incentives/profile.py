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
Crop = Literal["水地玉米", "旱地玉米", "水地马铃薯", "旱地马铃薯", "向日葵", "大豆", "苜蓿", "青贮玉米", "瓜果蔬菜", "小杂粮"]
EntityType = Literal[
    "企业",
    "农牧民专业合作社",
    "家庭牧场",
    "农牧户",
    "土地股份合作社",
    "农业社会化服务组织",
    "融资担保公司",
    "医疗机构",
    "高校或科研院所",
    "新型研发机构",
    "生物医药孵化平台",
]
Activity = Literal[
    "乳制品精深加工",
    "乳制品加工",
    "预制菜十强企业",
    "农文旅康示范基地",
    "农畜产品精深加工",
    "农牧业头部企业",
    "标准化育苗中心",
    "瓜果蔬菜加工",
    "小杂粮加工",
    "肉牛加工厂提标改造",
    "新建肉牛加工厂",
    "新建或扩建肉牛繁育场",
    "节能技术改造",
    "节水技术改造",
    "工业固废综合利用",
    "废塑料废纸回收加工",
    "煤矸石等固废综合利用",
    "矿热炉煤气综合利用",
    "新技术产业化应用",
    "创新药或医疗器械产业化",
    "制造业重点产业链项目",
    "加氢站",
    "新能源城市配送",
    "承担国家科技计划项目",
    "外资研发中心",
    "技术转让",
]
"""What the project does, in the guide's own words, where a provision is for that activity only."""
AreaUse = Literal[
    "禁牧",
    "农业生产托管服务",
    "新建普通日光温室",
    "新建塑料冷棚",
    "新建单体智能温室",
    "改造提升普通日光温室",
    "新建拱棚",
    "闲置温室大棚修缮",
    "中度盐碱地改造",
    "重度盐碱地改造",
    "优质饲草基地",
    "柠条基地",
    "引黄灌区高效节水灌溉",
    "新建苜蓿草种繁育基地",
    "达产苜蓿草种繁育基地",
    "流转给肉牛养殖场的土地",
]
StandardRole = Literal["主导国际标准", "主导国家（行业）标准", "参与国际标准", "参与国家（行业）标准"]
BreedingItem = Literal[
    "奶牛性控冻精", "奶羊冻精", "肉牛优质冻精", "奶牛性控胚胎（1500元档）", "奶牛性控胚胎（2500元档）", "奶牛性控胚胎（3500元档）"
]
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

    model_config = ConfigDict(extra="forbid", title="ProjectProfile", json_schema_extra=lambda schema: _add_labels(schema))

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
    entity_type: EntityType | None = Field(None, description="主体类型（企业、合作社、家庭牧场、医疗机构…） / Kind of applicant")
    activities: list[Activity] | None = Field(
        None, description="项目所做的、指南按活动给予支持的事项 / What the project does, where the guide supports that activity"
    )
    annual_output_value: Amount | None = Field(None, ge=0, description="年产值（元） / Annual output value (yuan)")
    annual_sales_revenue: Amount | None = Field(None, ge=0, description="年销售收入（元） / Annual sales revenue (yuan)")
    sales_increase: Amount | None = Field(None, description="销售额较上一年新增（元） / Sales increase over the previous year (yuan)")
    loan_amount: Amount | None = Field(None, ge=0, description="贷款金额（元） / Loan amount (yuan)")
    loan_years: Amount | None = Field(None, ge=0, description="贷款期限（年） / Loan term (years)")
    loan_interest: Amount | None = Field(None, ge=0, description="实际支付的贷款利息（元） / Loan interest actually paid (yuan)")
    project_areas_mu: dict[AreaUse, Amount] | None = Field(
        None, description="按建设或用途计的面积（亩），如禁牧、新建日光温室、盐碱地改造 / Areas by what is built or done on them (mu)"
    )
    construction_cost_per_mu: Amount | None = Field(
        None, ge=0, description="每亩建设或修缮费用（元） / Construction or repair cost per mu (yuan)"
    )
    service_price_per_mu: Amount | None = Field(
        None, ge=0, description="农业生产托管服务每亩服务价格（元） / Farm custody service price per mu (yuan)"
    )
    beef_cattle: int | None = Field(None, ge=0, description="肉牛存栏总头数 / Beef cattle on hand, all kinds")
    dairy_goats: int | None = Field(None, ge=0, description="奶羊存栏只数 / Dairy goats on hand")
    annual_slaughter: dict[Literal["育肥肉牛", "肉羊"], int] | None = Field(
        None, description="年出栏育肥肉牛头数、肉羊只数 / Fattened cattle and sheep sent to slaughter a year"
    )
    new_calves: int | None = Field(None, ge=0, description="当年新增犊牛头数 / New calves this year")
    breeding_materials: dict[BreedingItem, int] | None = Field(
        None, description="使用的冻精、性控胚胎数量 / Semen doses and sexed embryos used"
    )
    new_milk_supply_contracts: int | None = Field(
        None, ge=0, description="新签约生鲜乳购销合同的养殖场家数 / Farms newly contracted for raw milk supply"
    )
    raw_milk_low_season_tonnes: Amount | None = Field(
        None, ge=0, description="3—5月收购用于喷粉的生鲜乳（吨） / Raw milk bought for powder in March–May (tonnes)"
    )
    raw_milk_processing_increase_tonnes: Amount | None = Field(
        None, ge=0, description="生鲜乳加工量较上年增加（吨） / Increase in raw milk processed over last year (tonnes)"
    )
    cheese_raw_milk_increase_tonnes: Amount | None = Field(
        None, ge=0, description="加工原制奶酪使用生鲜乳较上年增加（吨） / Increase in raw milk made into cheese (tonnes)"
    )
    annual_processing_capacity_head: int | None = Field(
        None, ge=0, description="肉牛加工厂年加工能力（头） / Beef plant annual capacity (head)"
    )
    cold_storage_m3: dict[Literal["冷藏保鲜库", "气调贮藏库"], Amount] | None = Field(
        None, description="新建果蔬冷库净库容（立方米） / Net volume of new produce cold stores (m³)"
    )
    annual_energy_saved_tce: Amount | None = Field(
        None, ge=0, description="年节能量（吨标准煤） / Energy saved a year (tonnes of coal equivalent)"
    )
    annual_water_saved_tonnes: Amount | None = Field(None, ge=0, description="年节水量（吨） / Water saved a year (tonnes)")
    annual_solid_waste_utilised_tonnes: Amount | None = Field(
        None, ge=0, description="年综合利用工业固废（吨） / Industrial solid waste used a year (tonnes)"
    )
    hydrogen_station_capacity_kg_day: Amount | None = Field(
        None, ge=0, description="加氢站加注能力（公斤/日） / Hydrogen station capacity (kg a day)"
    )
    hydrogen_dispensed_kg: Amount | None = Field(
        None, ge=0, description="年度为获奖励燃料电池汽车加注氢气（公斤） / Hydrogen dispensed a year to rewarded fuel-cell vehicles (kg)"
    )
    new_energy_taxis: dict[Literal["充电车", "换电车"], int] | None = Field(
        None, description="购买的新能源巡游出租汽车辆数 / New-energy taxis bought"
    )
    standards: dict[StandardRole, int] | None = Field(None, description="主导或参与制定的标准个数 / Standards led or joined")
    incubated_enterprises: int | None = Field(
        None, ge=0, description="孵化平台新进驻的生物医药企业或研发机构数 / Biomedical firms or labs newly hosted by an incubator"
    )
    clinical_trial_fees: Amount | None = Field(
        None, ge=0, description="承接的药物临床试验项目费用（元） / Fees of drug clinical trials undertaken (yuan)"
    )
    national_project_funding: Amount | None = Field(
        None, ge=0, description="所获国家科技计划项目专项拨款（元） / National science programme funding received (yuan)"
    )
    tech_transfer_income: Amount | None = Field(
        None, ge=0, description="科技成果转化技术合同到账或股权折算金额（元） / Technology transfer receipts (yuan)"
    )
    sme_special_funds: Amount | None = Field(
        None, ge=0, description="因创新型、专精特新认定获得的专项资金（元） / Special funds received for the SME titles (yuan)"
    )
    new_guarantee_liability: Amount | None = Field(
        None,
        ge=0,
        description="当年新增小微企业和“三农三牧”担保责任金额（元） / New guarantee liability for small firms and farmers (yuan)",
    )
    guarantee_fee_rate_percent: Amount | None = Field(None, ge=0, description="新增担保收取的费率（%） / Guarantee fee rate charged (%)")
    guarantee_fee_income: Amount | None = Field(
        None, ge=0, description="当年保费收入，不含税金（元） / Guarantee fee income this year, before tax (yuan)"
    )
    heated_area_m2: Amount | None = Field(None, ge=0, description="供热面积（平方米） / Heated floor area (m²)")
    talents_by_degree: dict[Degree, int] | None = Field(
        None, description="全职引进、在本市无产权性住房的人才，按学历计人数 / Full-time talents without a home in Ordos, by degree"
    )
    flexible_talent_annual_pay: Amount | None = Field(
        None, ge=0, description="柔性引进A、B、C类人才每人实际给付的税前年薪（元） / Pre-tax pay per flexibly recruited A–C talent (yuan)"
    )
    intern_monthly_allowance: Amount | None = Field(
        None, ge=0, description="每名实习大学生每月实际支付的生活补贴（元） / Monthly allowance paid to each intern (yuan)"
    )
    intern_months: Amount | None = Field(None, ge=0, description="每名大学生实习月数 / Months each intern stays")
    pre_recruited: dict[Literal["博士", "硕士"], int] | None = Field(
        None, description="签订预引进协议、毕业后到本市全职工作的研究生人数 / Pre-recruited graduate students who came to work"
    )
    pre_recruitment_funding_per_person: Amount | None = Field(
        None, ge=0, description="每名预引进研究生实际资助金额（元） / Funding paid to each pre-recruited student (yuan)"
    )
    order_class_graduates: int | None = Field(
        None, ge=0, description="“冠名班”“订单班”毕业后到合作企业就业的人数 / Order-class graduates employed by the partner firm"
    )
    trained_graduate_hires: int | None = Field(
        None, ge=0, description="招用并稳定就业6个月以上的培训合格毕业生人数 / Trained graduates hired and kept 6 months or more"
    )
    construction_started_on: date | None = Field(None, description="开工日期 / Construction start date")
    operation_starts_on: date | None = Field(None, description="投产日期 / Date operation starts")
    high_tech_renewed_or_relocated: bool | None = Field(
        None,
        description="国家高新技术企业为再次获批或整体迁入（非首次获批） / A national high-tech enterprise re-certified or relocated",
    )
    annual_deep_processing_tonnes: Amount | None = Field(
        None, ge=0, description="当年农畜产品精深加工量（吨） / Farm produce deep-processed this year (tonnes)"
    )


KEYED_FIELDS: dict[str, tuple[str, ...]] = {
    "talents": get_args(TalentClass),
    "retained_talents": get_args(Degree),
    "new_invention_patents": ("国际发明专利", "国内发明专利"),
    "crop_areas_mu": get_args(Crop),
    "project_areas_mu": get_args(AreaUse),
    "annual_slaughter": ("育肥肉牛", "肉羊"),
    "breeding_materials": get_args(BreedingItem),
    "cold_storage_m3": ("冷藏保鲜库", "气调贮藏库"),
    "new_energy_taxis": ("充电车", "换电车"),
    "standards": get_args(StandardRole),
    "talents_by_degree": get_args(Degree),
    "pre_recruited": ("博士", "硕士"),
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
    "entity_type": (
        "申报主体是什么类型（企业、农牧民专业合作社、家庭牧场、医疗机构、高校或科研院所等）？",
        "What kind of applicant is it (company, cooperative, family farm, hospital, university or institute …)?",
    ),
    "activities": (
        "项目做哪些事项（如乳制品精深加工、节能技术改造、加氢站、新技术产业化应用）？",
        "What does the project do (dairy deep processing, energy-saving retrofit, hydrogen station, new-technology application …)?",
    ),
    "annual_output_value": ("年产值多少元？", "What is the annual output value, in yuan?"),
    "annual_sales_revenue": ("年销售收入多少元？", "What is the annual sales revenue, in yuan?"),
    "sales_increase": ("销售额较上一年新增多少元？", "By how many yuan did sales grow over the previous year?"),
    "loan_amount": ("贷款金额多少元？", "How large is the loan, in yuan?"),
    "loan_years": ("贷款期限几年？", "How many years is the loan for?"),
    "loan_interest": ("实际支付的贷款利息多少元？", "How much loan interest was actually paid, in yuan?"),
    "project_areas_mu": ("{key}面积多少亩？", "How many mu are under {key_en}?"),
    "construction_cost_per_mu": ("每亩建设（修缮）费用多少元？", "What does construction or repair cost per mu, in yuan?"),
    "service_price_per_mu": ("托管服务每亩服务价格多少元？", "What is the custody service price per mu, in yuan?"),
    "beef_cattle": ("肉牛存栏共多少头？", "How many beef cattle are on hand in all?"),
    "dairy_goats": ("奶羊存栏多少只？", "How many dairy goats are on hand?"),
    "annual_slaughter": ("年出栏{key}多少？", "How many {key_en} are sent to slaughter a year?"),
    "new_calves": ("当年新增犊牛多少头？", "How many new calves were added this year?"),
    "breeding_materials": ("使用{key}多少（头、只、支或枚）？", "How many {key_en} were used?"),
    "new_milk_supply_contracts": (
        "新签约生鲜乳购销合同（2年以上、日收购1吨以上）的养殖场有几家？",
        "How many farms were newly contracted for raw milk (2 years or more, 1 tonne a day or more)?",
    ),
    "raw_milk_low_season_tonnes": ("3—5月收购用于喷粉的生鲜乳多少吨？", "How many tonnes of raw milk were bought for powder in March–May?"),
    "raw_milk_processing_increase_tonnes": (
        "生鲜乳加工量比上一年增加多少吨？",
        "By how many tonnes did raw milk processing grow over last year?",
    ),
    "cheese_raw_milk_increase_tonnes": (
        "加工原制奶酪使用的生鲜乳比上一年增加多少吨？",
        "By how many tonnes did raw milk made into cheese grow over last year?",
    ),
    "annual_processing_capacity_head": ("肉牛加工厂年加工能力多少头？", "What is the beef plant's annual capacity, in head?"),
    "cold_storage_m3": ("新建{key}净库容多少立方米？", "What is the net volume of the new {key_en}, in m³?"),
    "annual_energy_saved_tce": ("年节能量多少吨标准煤？", "How many tonnes of coal equivalent are saved a year?"),
    "annual_water_saved_tonnes": ("年节水量多少吨？", "How many tonnes of water are saved a year?"),
    "annual_solid_waste_utilised_tonnes": ("年综合利用工业固废多少吨？", "How many tonnes of industrial solid waste are used a year?"),
    "hydrogen_station_capacity_kg_day": ("加氢站加注能力每日多少公斤？", "What is the station's capacity, in kg a day?"),
    "hydrogen_dispensed_kg": (
        "年度为获奖励燃料电池汽车加注氢气多少公斤？",
        "How many kg of hydrogen were dispensed a year to rewarded fuel-cell vehicles?",
    ),
    "new_energy_taxis": ("购买了多少辆新能源巡游出租汽车（{key}）？", "How many new-energy taxis ({key_en}) were bought?"),
    "standards": ("{key}有几个？", "How many standards: {key_en}?"),
    "incubated_enterprises": (
        "孵化平台新进驻生物医药企业或研发机构几家？",
        "How many biomedical firms or labs newly moved into the incubator?",
    ),
    "clinical_trial_fees": ("承接药物临床试验的项目费用多少元？", "What are the fees of the drug clinical trials undertaken, in yuan?"),
    "national_project_funding": (
        "所获国家科技计划项目专项拨款多少元？",
        "How much national science programme funding was received, in yuan?",
    ),
    "tech_transfer_income": (
        "科技成果转化技术合同到账（或股权折算）金额多少元？",
        "How much did the technology transfer bring in, in yuan?",
    ),
    "sme_special_funds": (
        "因创新型、专精特新认定获得的专项资金多少元？",
        "How much special funding was received for the innovative / specialised SME titles, in yuan?",
    ),
    "new_guarantee_liability": (
        "当年新增小微企业和“三农三牧”担保责任金额多少元？",
        "How much new guarantee liability for small firms and farmers was taken on this year, in yuan?",
    ),
    "guarantee_fee_rate_percent": ("新增担保收取的费率是百分之几？", "What guarantee fee rate is charged, in percent?"),
    "guarantee_fee_income": ("当年保费收入（不含税金）多少元？", "What is this year's guarantee fee income before tax, in yuan?"),
    "heated_area_m2": ("供热面积多少平方米？", "How many m² are heated?"),
    "talents_by_degree": (
        "全职引进、在本市无产权性住房的{key}学历人才有多少人？",
        "How many full-time talents with a {key_en} degree and no home in Ordos were brought in?",
    ),
    "flexible_talent_annual_pay": (
        "柔性引进的A、B、C类人才每人实际给付税前年薪多少元？",
        "What pre-tax pay does each flexibly recruited class A–C talent get, in yuan?",
    ),
    "intern_monthly_allowance": ("每名实习大学生每月实际支付生活补贴多少元？", "What monthly allowance does each intern get, in yuan?"),
    "intern_months": ("每名大学生实习几个月？", "How many months does each intern stay?"),
    "pre_recruited": (
        "签订预引进协议、毕业后到本市全职工作的{key}研究生有多少人？",
        "How many pre-recruited {key_en} students came to work full time?",
    ),
    "pre_recruitment_funding_per_person": (
        "每名预引进研究生实际资助了多少元？",
        "How much funding was paid to each pre-recruited student, in yuan?",
    ),
    "order_class_graduates": (
        "“冠名班”“订单班”毕业后到合作企业就业的有多少人？",
        "How many order-class graduates took jobs at the partner firm?",
    ),
    "trained_graduate_hires": (
        "招用并稳定就业6个月以上的培训合格毕业生有多少人？",
        "How many trained graduates were hired and kept 6 months or more?",
    ),
    "construction_started_on": ("项目哪天开工？", "When did construction start?"),
    "operation_starts_on": ("项目哪天投产？", "When does the project start operating?"),
    "high_tech_renewed_or_relocated": (
        "企业是再次获批（或整体迁入）的国家高新技术企业吗？",
        "Is the company a national high-tech enterprise re-certified or relocated whole (rather than first certified)?",
    ),
    "annual_deep_processing_tonnes": ("当年农畜产品精深加工量多少吨？", "How many tonnes of farm produce were deep-processed this year?"),
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
    "project_areas_mu": (
        "按建设或用途各有多少亩（如禁牧、新建日光温室、盐碱地改造、饲草基地）？",
        "How many mu by what is built or done on them (grazing ban, new greenhouses, saline land, forage bases …)?",
    ),
    "annual_slaughter": ("年出栏育肥肉牛、肉羊各多少？", "How many fattened cattle and sheep are sent to slaughter a year?"),
    "breeding_materials": ("使用了哪些冻精、性控胚胎，各多少？", "Which semen doses and sexed embryos were used, and how many of each?"),
    "cold_storage_m3": (
        "新建冷藏保鲜库、气调贮藏库净库容各多少立方米？",
        "What net volume of cold and controlled-atmosphere stores was built, in m³?",
    ),
    "new_energy_taxis": (
        "购买了多少辆新能源巡游出租汽车（充电车、换电车）？",
        "How many new-energy taxis (charging, battery-swap) were bought?",
    ),
    "standards": ("主导或参与制定了哪些标准，各几个？", "Which standards were led or joined, and how many of each?"),
    "talents_by_degree": (
        "全职引进、在本市无产权性住房的人才有多少人（按博士、硕士、本科分别计）？",
        "How many full-time talents without a home in Ordos were brought in (doctoral, master's, bachelor's)?",
    ),
    "pre_recruited": (
        "签订预引进协议、毕业后到本市全职工作的博士、硕士各多少人？",
        "How many pre-recruited doctoral and master's students came to work full time?",
    ),
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
    "瓜果蔬菜": "fruit and vegetables",
    "小杂粮": "minor grains",
    "禁牧": "grazing ban",
    "农业生产托管服务": "farm custody services",
    "新建普通日光温室": "new solar greenhouses",
    "新建塑料冷棚": "new plastic tunnels",
    "新建单体智能温室": "new smart greenhouses",
    "改造提升普通日光温室": "upgraded solar greenhouses",
    "新建拱棚": "new arched sheds",
    "闲置温室大棚修缮": "repaired idle greenhouses",
    "中度盐碱地改造": "improved moderately saline land",
    "重度盐碱地改造": "improved severely saline land",
    "优质饲草基地": "a quality forage base",
    "柠条基地": "a caragana base",
    "引黄灌区高效节水灌溉": "water-saving irrigation in the Yellow River irrigation district",
    "新建苜蓿草种繁育基地": "a new alfalfa seed base",
    "达产苜蓿草种繁育基地": "an alfalfa seed base at full output",
    "流转给肉牛养殖场的土地": "land leased to beef farms",
    "育肥肉牛": "fattened beef cattle",
    "肉羊": "mutton sheep",
    "奶牛性控冻精": "sexed dairy semen doses",
    "奶羊冻精": "dairy goat semen doses",
    "肉牛优质冻精": "quality beef semen straws",
    "奶牛性控胚胎（1500元档）": "sexed dairy embryos (1,500-yuan grade)",
    "奶牛性控胚胎（2500元档）": "sexed dairy embryos (2,500-yuan grade)",
    "奶牛性控胚胎（3500元档）": "sexed dairy embryos (3,500-yuan grade)",
    "冷藏保鲜库": "cold stores",
    "气调贮藏库": "controlled-atmosphere stores",
    "充电车": "charging",
    "换电车": "battery-swap",
    "主导国际标准": "international standards led",
    "主导国家（行业）标准": "national or industry standards led",
    "参与国际标准": "international standards joined",
    "参与国家（行业）标准": "national or industry standards joined",
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


SHORT_LABELS: dict[str, tuple[str, str]] = {
    "encouraged_industry": ("属于西部地区鼓励类产业（收入占比60%以上）", "In the Western encouraged catalogue (≥60% of revenue)"),
    "retrofit_project_investment": ("已完工技术改造项目投资（元）", "Completed retrofit project investment (yuan)"),
    "senior_hires": ("新引进骨干人员（年薪60万元以上、合同3年以上）", "New senior staff (≥600,000 yuan a year, ≥3-year contract)"),
    "talents": ("全职引进人才（A—F类，人数）", "Full-time talents brought in (classes A–F, people)"),
    "retained_talents": ("旗外引进并留用满3年的人才（按学历，人数）", "Talents from outside kept 3 years (by degree, people)"),
    "cross_border_platforms": ("入驻跨境电商平台个数", "Cross-border e-commerce platforms joined"),
    "new_greenhouse_mu": ("新建日光温室棚内净面积（亩）", "New solar greenhouses, net inner area (mu)"),
}
"""Labels for a form where a field's description is too long to be one; every other field is labelled by its
description's two halves ("中文 / English")."""

OPTION_LABELS: dict[str, tuple[str, str]] = {
    **{sector: (sector, english[:1].upper() + english[1:]) for sector, english in SECTOR_EN.items()},
    **{key: (key, english[:1].upper() + english[1:]) for key, english in KEY_EN.items()},
    "伊金霍洛旗": ("伊金霍洛旗", "Ejin Horo Banner"),
    "鄂尔多斯市其他旗区": ("鄂尔多斯市其他旗区", "Elsewhere in Ordos"),
    "内蒙古自治区其他盟市": ("内蒙古自治区其他盟市", "Elsewhere in Inner Mongolia"),
    "自治区外": ("自治区外", "Outside Inner Mongolia"),
    "蒙苏经济技术开发区": ("蒙苏经济技术开发区", "Mengsu Economic and Technological Development Zone"),
    "空港物流园区": ("空港物流园区", "Airport Logistics Park"),
    "园区外": ("园区外", "Not in a park"),
    "domestic": ("内资企业", "Domestic"),
    "foreign_invested": ("外商投资企业", "Foreign-invested"),
    "工业用地": ("工业用地", "Industrial land"),
    "农业用地": ("农业用地", "Agricultural land"),
    "商服用地": ("商服用地", "Commercial land"),
    "不满1千伏": ("不满1千伏", "Under 1 kV"),
    "1-10千伏": ("1-10千伏", "1–10 kV"),
    "110千伏": ("110千伏", "110 kV"),
    "220千伏以上": ("220千伏以上", "220 kV and above"),
    **{c: (f"{c}类", f"Class {c}") for c in get_args(TalentClass)},
    "国家高新技术企业": ("国家高新技术企业", "National high-tech enterprise"),
    "国家科技型中小企业": ("国家科技型中小企业", "National tech-based SME"),
    "创新型中小企业": ("创新型中小企业", "Innovative SME"),
    "专精特新中小企业": ("专精特新中小企业", "Specialised and sophisticated SME"),
    "专精特新“小巨人”企业": ("专精特新“小巨人”企业", "“Little giant” enterprise"),
    "国家级制造业单项冠军": ("国家级制造业单项冠军", "National manufacturing single champion"),
    "自治区级制造业单项冠军": ("自治区级制造业单项冠军", "Regional manufacturing single champion"),
    "自治区级企业技术中心": ("自治区级企业技术中心", "Regional enterprise technology centre"),
    "国家级工业设计中心": ("国家级工业设计中心", "National industrial design centre"),
    "自治区级工业设计中心": ("自治区级工业设计中心", "Regional industrial design centre"),
    "重点企业": ("重点企业", "Key enterprise"),
    "国家级示范物流园区": ("国家级示范物流园区", "National demonstration logistics park"),
    "5A级物流企业": ("5A级物流企业", "5A logistics enterprise"),
    **{
        key: (key, english)
        for key, english in {  # fmt: skip
            "企业": "Enterprise",
            "农牧民专业合作社": "Farmers' cooperative",
            "家庭牧场": "Family ranch",
            "农牧户": "Farming household",
            "土地股份合作社": "Land shareholding cooperative",
            "农业社会化服务组织": "Agricultural service organisation",
            "融资担保公司": "Financing guarantee company",
            "医疗机构": "Medical institution",
            "高校或科研院所": "University or research institute",
            "新型研发机构": "New-type R&D institution",
            "生物医药孵化平台": "Biomedicine incubator",
            "乳制品精深加工": "Deep processing of dairy products",
            "乳制品加工": "Dairy processing",
            "预制菜十强企业": "Top-ten prepared-food enterprise",
            "农文旅康示范基地": "Farming, culture, tourism and wellness demonstration base",
            "农畜产品精深加工": "Deep processing of farm produce",
            "农牧业头部企业": "Leading agricultural enterprise",
            "标准化育苗中心": "Standardised seedling centre",
            "瓜果蔬菜加工": "Fruit and vegetable processing",
            "小杂粮加工": "Minor-grain processing",
            "肉牛加工厂提标改造": "Upgrading a beef processing plant",
            "新建肉牛加工厂": "New beef processing plant",
            "新建或扩建肉牛繁育场": "New or expanded beef breeding farm",
            "节能技术改造": "Energy-saving retrofit",
            "节水技术改造": "Water-saving retrofit",
            "工业固废综合利用": "Industrial solid-waste utilisation",
            "废塑料废纸回收加工": "Waste plastic and paper recycling",
            "煤矸石等固废综合利用": "Coal gangue and other solid-waste utilisation",
            "矿热炉煤气综合利用": "Submerged-arc furnace gas utilisation",
            "新技术产业化应用": "Industrial application of new technology",
            "创新药或医疗器械产业化": "Innovative drugs or medical devices brought to production",
            "制造业重点产业链项目": "Key manufacturing-chain project",
            "加氢站": "Hydrogen refuelling station",
            "新能源城市配送": "New-energy urban delivery",
            "承担国家科技计划项目": "National science programme project undertaken",
            "外资研发中心": "Foreign-invested R&D centre",
            "技术转让": "Technology transfer",
        }.items()
    },
}
"""What a form shows for each value a field takes: (Chinese, English); the value itself is what the profile stores."""


def field_label(field: str, lang: str) -> str:
    """The label of a profile field in ``lang`` ("zh" or "en")."""
    if field in SHORT_LABELS:
        zh, en = SHORT_LABELS[field]
    else:
        zh, _, en = (ProjectProfile.model_fields[field].description or field).partition(" / ")
    return en if lang == "en" else zh


def option_label(value: str, lang: str) -> str:
    """What a form shows for the value ``value`` of a field, in ``lang``."""
    zh, en = OPTION_LABELS.get(value, (value, value))
    return en if lang == "en" else zh


def _options(prop: dict[str, Any]) -> list[Any]:
    """The values a property's schema allows (a choice, a list's items, a table's keys)."""
    for branch in prop.get("anyOf", [prop]):
        for where in (branch, branch.get("items", {}), branch.get("propertyNames", {})):
            if "enum" in where:
                return list(where["enum"])
    return []


def _add_labels(schema: dict[str, Any]) -> None:
    """Every property labelled for a form in both languages (``label_zh``, ``label_en``), and every value a
    choice, a list or a table takes (``option_labels``: value → {"zh", "en"})."""
    for name, prop in schema.get("properties", {}).items():
        prop["label_zh"], prop["label_en"] = field_label(name, "zh"), field_label(name, "en")
        options = _options(prop)
        if options:
            prop["option_labels"] = {str(v): {"zh": option_label(str(v), "zh"), "en": option_label(str(v), "en")} for v in options}


def profile_schema() -> dict[str, Any]:
    """The published JSON Schema of :class:`ProjectProfile`."""
    return ProjectProfile.model_json_schema()
