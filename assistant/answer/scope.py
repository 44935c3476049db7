"""Geographic scope: the guide covers Ejin Horo Banner, Ordos, Inner Mongolia and national
policy. A question about another place's own policy is out of scope unless the clauses found
for it name that place."""

from __future__ import annotations

import re

from assistant.search.glossary import default_glossary

HOME = ("伊金霍洛", "伊旗", "鄂尔多斯", "内蒙古", "自治区", "蒙苏", "阿镇", "康巴什", "东胜",
        "ejin horo", "ejinhoro", "yijinhuoluo", "ordos", "inner mongolia")

OTHER_PLACES = (
    # provinces and regions other than Inner Mongolia
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
    "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆",
    "香港", "澳门", "台湾",
    # large cities elsewhere
    "深圳", "广州", "杭州", "南京", "苏州", "成都", "武汉", "西安", "郑州", "长沙", "青岛", "厦门", "宁波", "大连", "沈阳",
    "哈尔滨", "长春", "济南", "太原", "石家庄", "兰州", "银川", "西宁", "乌鲁木齐", "拉萨", "昆明", "贵阳", "南宁", "海口",
    "福州", "南昌", "合肥", "榆林",
    # other cities and leagues of Inner Mongolia, whose own policies the guide does not compile
    "包头", "呼和浩特", "乌海", "赤峰", "通辽", "呼伦贝尔", "巴彦淖尔", "乌兰察布", "兴安盟", "锡林郭勒", "阿拉善",
    # abroad
    "欧盟", "欧洲", "美国", "日本", "韩国", "德国", "英国", "法国", "俄罗斯", "蒙古国", "新加坡",
    "beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou", "tianjin", "chongqing", "hong kong", "baotou", "hohhot",
    "european union", "europe", "the eu", "eu ", "united states", "usa", "u.s.", "america", "japan", "korea", "germany",
    "united kingdom", "britain", "france", "russia", "singapore",
    # every Chinese place above in English too
    "hebei", "shanxi", "liaoning", "jilin", "heilongjiang", "jiangsu", "zhejiang", "anhui", "fujian",
    "jiangxi", "shandong", "henan", "hubei", "hunan", "guangdong", "guangxi", "hainan", "sichuan", "guizhou",
    "yunnan", "tibet", "shaanxi", "gansu", "qinghai", "ningxia", "xinjiang", "macau", "macao", "taiwan",
    "suzhou", "nanjing", "chengdu", "wuhan", "xi'an", "zhengzhou", "changsha", "qingdao", "xiamen", "ningbo",
    "dalian", "shenyang", "harbin", "changchun", "jinan", "taiyuan", "shijiazhuang", "lanzhou", "yinchuan",
    "xining", "urumqi", "lhasa", "kunming", "guiyang", "nanning", "haikou", "fuzhou", "nanchang", "hefei",
    "yulin", "wuhai", "chifeng", "tongliao", "hulunbuir", "bayannur", "ulanqab", "hinggan", "xilingol", "alxa",
)

# The Chinese name of each English place name above: a clause names the place in Chinese.
CHINESE_NAMES = {
    "beijing": "北京", "shanghai": "上海", "shenzhen": "深圳", "guangzhou": "广州", "hangzhou": "杭州", "tianjin": "天津",
    "chongqing": "重庆", "hong kong": "香港", "baotou": "包头", "hohhot": "呼和浩特", "european union": "欧盟", "europe": "欧洲",
    "the eu": "欧盟", "eu": "欧盟", "united states": "美国", "usa": "美国", "u.s.": "美国", "america": "美国", "japan": "日本",
    "korea": "韩国", "germany": "德国", "united kingdom": "英国", "britain": "英国", "france": "法国", "russia": "俄罗斯",
    "singapore": "新加坡",
    "hebei": "河北", "shanxi": "山西", "liaoning": "辽宁", "jilin": "吉林", "heilongjiang": "黑龙江",
    "jiangsu": "江苏", "zhejiang": "浙江", "anhui": "安徽", "fujian": "福建", "jiangxi": "江西", "shandong":
    "山东", "henan": "河南", "hubei": "湖北", "hunan": "湖南", "guangdong": "广东", "guangxi": "广西", "hainan":
    "海南", "sichuan": "四川", "guizhou": "贵州", "yunnan": "云南", "tibet": "西藏", "shaanxi": "陕西", "gansu":
    "甘肃", "qinghai": "青海", "ningxia": "宁夏", "xinjiang": "新疆", "macau": "澳门", "macao": "澳门",
    "taiwan": "台湾", "suzhou": "苏州", "nanjing": "南京", "chengdu": "成都", "wuhan": "武汉", "xi'an": "西安",
    "zhengzhou": "郑州", "changsha": "长沙", "qingdao": "青岛", "xiamen": "厦门", "ningbo": "宁波", "dalian":
    "大连", "shenyang": "沈阳", "harbin": "哈尔滨", "changchun": "长春", "jinan": "济南", "taiyuan": "太原",
    "shijiazhuang": "石家庄", "lanzhou": "兰州", "yinchuan": "银川", "xining": "西宁", "urumqi": "乌鲁木齐",
    "lhasa": "拉萨", "kunming": "昆明", "guiyang": "贵阳", "nanning": "南宁", "haikou": "海口", "fuzhou":
    "福州", "nanchang": "南昌", "hefei": "合肥", "yulin": "榆林", "wuhai": "乌海", "chifeng": "赤峰",
    "tongliao": "通辽", "hulunbuir": "呼伦贝尔", "bayannur": "巴彦淖尔", "ulanqab": "乌兰察布", "hinggan": "兴安盟",
    "xilingol": "锡林郭勒", "alxa": "阿拉善",
}

_SPACE = re.compile(r"\s+")


def _named(place: str, text: str) -> bool:
    """Does ``text`` (lower case) name ``place``: a Latin name as a word of its own ("usa" is no place in
    "usable", nor "eu" in "museum"), a Chinese one anywhere?"""
    if place.isascii():
        return re.search(rf"(?<![a-z]){re.escape(place.strip())}(?![a-z])", text) is not None
    return place in text


def foreign_places(question: str) -> list[str]:
    """Places named by the question whose own policies the guide does not cover, if the
    question names no place the guide does cover."""
    text = question.lower() + " "
    if any(_named(home, text) for home in HOME):
        return []
    return [p.strip() for p in OTHER_PLACES if _named(p, text)]


def out_of_scope_place(question: str, clause_texts: list[str]) -> str | None:
    """The foreign place the question is about when the clauses found do not mention it."""
    joined = _SPACE.sub("", " ".join(clause_texts)).lower()
    # a place inside a phrase of the guide's ("China-Europe freight trains" → 中欧班列) that the
    # clauses state is a word of that phrase, not a place asked about
    stated = [" ".join(phrase) for phrase in _stated_phrases(question, joined)]
    for place in foreign_places(question):
        if any(place.strip() in phrase for phrase in stated):
            continue
        if place.replace(" ", "") not in joined and CHINESE_NAMES.get(place, place) not in joined:
            return place
    return None


# Requests no investment-policy guide answers: weather, travel bookings, markets, creative writing, chit-chat.
OFF_TOPIC = re.compile(
    r"(天气|气温|最冷|最热|下雨|下雪|航班|机票|火车票|高铁票|酒店|宾馆|住宿推荐|餐厅|美食|景点门票|汇率|股价|股票代码|彩票|"
    r"写一首|写首|作诗|诗歌|讲个笑话|笑话|脑筋急转弯|星座|算命|"
    # (an English word alone: "ultra-high-temperature storage" is a technology, not the weather)
    r"(?<![\w-])(?:weather|temperature|forecast|flight|airfare|train ticket|hotel|restaurant|exchange rate|stock price|lottery|"
    r"write (me )?a (poem|song|story)|poem|joke|horoscope)s?(?![\w-]))",
    re.IGNORECASE,
)


# Asking for a recommendation, a booking or today's figure is never a policy question, whatever it names.
SERVICE_REQUEST = re.compile(r"(推荐|哪家|预订|订票|今天|今日|实时|recommend|suggest|book (a|me)|booking|reserv|today)", re.IGNORECASE)


def off_topic(question: str, clause_texts: list[str]) -> str | None:
    """The off-topic request word of the question, unless the question asks about policy the
    clauses found also state (an English word counts when its Chinese glossary term is used:
    "Can a hotel refuse foreign guests?" is about 住宿 policy; "recommend a hotel" is not)."""
    m = OFF_TOPIC.search(question)
    if not m:
        return None
    word = m.group(0).lower()
    if SERVICE_REQUEST.search(question):
        return word
    joined = " ".join(clause_texts).lower()
    if word in joined or any(term in joined for term in default_glossary().translate_terms(word)):
        return None
    if any(word in " ".join(phrase) for phrase in _stated_phrases(question, joined)):
        return None  # "low-altitude flight" (低空飞行) is the guide's word, not a flight to book
    return word


def _stated_phrases(question: str, joined: str) -> list[tuple[str, ...]]:
    """The glossary phrases of two words or more in ``question`` whose guide words the clauses state."""
    squashed = _SPACE.sub("", joined)
    return [phrase for phrase, terms in default_glossary().groups(question) if len(phrase) >= 2 and any(t in squashed for t in terms)]
