from datetime import date

from assistant.guide.clauses import parse_guide
from assistant.guide.corpus import clauses_to_jsonl
from assistant.guide.text import PAGE_NUMBER, raw_squashed, squash
from tests.conftest import find_clause


def test_every_character_lies_in_exactly_one_clause_or_heading(raw_guide: str, parsed) -> None:
    clauses, headings = parsed
    owner = [0] * len(raw_guide)
    for start, end in [c.source_span for c in clauses] + [h.span for h in headings]:
        for i in range(start, end):
            owner[i] += 1
    offset, uncovered, doubled = 0, 0, 0
    for line in raw_guide.split("\n"):
        if not PAGE_NUMBER.match(line):
            for j, ch in enumerate(line):
                if not ch.isspace():
                    uncovered += owner[offset + j] == 0
                    doubled += owner[offset + j] > 1
        offset += len(line) + 1
    assert (uncovered, doubled) == (0, 0)


def test_source_span_is_exactly_the_clause_text(raw_guide: str, parsed) -> None:
    for clause in parsed[0]:
        assert raw_squashed(raw_guide, *clause.source_span) == squash(clause.text), clause.clause_id


def test_reingest_is_byte_identical_and_ids_unique(raw_guide: str, parsed) -> None:
    again, _ = parse_guide(raw_guide)
    assert clauses_to_jsonl(again) == clauses_to_jsonl(parsed[0])
    ids = [c.clause_id for c in again]
    assert len(ids) == len(set(ids))


def test_clause_count_and_sizes(parsed) -> None:
    clauses = parsed[0]
    assert 1000 <= len(clauses) <= 1300
    lengths = sorted(len(c.text) for c in clauses)
    assert 100 <= lengths[len(lengths) // 2] <= 250
    # long items with sub-items are split: only tables and single long paragraphs exceed this
    assert sum(1 for n in lengths if n > 800) <= 3


def test_headings_are_not_clauses(parsed) -> None:
    texts = {c.text for c in parsed[0]}
    assert "（一）国家级政策" not in texts
    assert "1.工业用地价格" not in texts
    assert not any(t.startswith("第三篇") for t in texts)


def test_industrial_electricity_prices(corpus) -> None:
    clause = find_clause(corpus, "110KV：0.401 元/度")
    assert clause.text == "小于 1KV：0.504 元/度；1-10KV：0.477 元/度\n110KV：0.401 元/度；220 千伏以上：0.394 元/度"
    assert clause.title_path == ["第一篇 伊金霍洛旗基本情况", "（二）投资要素成本", "5.电价", "——工业用电"]
    assert clause.level == "旗级"


def test_crop_insurance_premiums(corpus) -> None:
    clause = find_clause(corpus, "水地玉米每亩保险金额 500 元")
    assert clause.title_path[-1] == "8.政策性农业保险"
    assert clause.title_path[2] == "（一）国家级政策"
    assert clause.level == "国家级"
    assert "旱地马铃薯每亩保险金额 300元，保险费率 8%，每亩保费 24 元" in clause.text
    assert clause.text.endswith("保险费=单位保险金额×保险费率×投保面积。")


def test_western_development_tax_clause(corpus) -> None:
    clause = find_clause(corpus, "鼓励类产业企业减按 15%的税率征收企业所得税")
    assert clause.clause_id == "p6.d1.i1"
    assert clause.doc_title == "关于延续西部大开发企业所得税政策的公告"
    assert clause.doc_number == "财政部 税务总局 国家发展改革委公告 2020 年第 23 号"
    assert (clause.valid_from, clause.valid_until) == (date(2021, 1, 1), date(2030, 12, 31))
    assert clause.level == "国家级"


def test_responsible_units_keep_bracketed_names(corpus) -> None:
    clause = find_clause(corpus, "严格落实经国家批准启用的自治区“三区三线”划定成果")
    assert clause.responsible_units == [
        "自治区自然资源厅",
        "工业和信息化厅",
        "交通运输厅",
        "农牧厅（乡村振兴局）",
        "水利厅",
        "能源局",
    ]
    assert clause.level == "自治区级"


def test_document_number_and_title(corpus) -> None:
    clause = find_clause(corpus, "新能源交易比例上限提高至42%")
    assert clause.doc_title == "内蒙古自治区工业和信息化厅关于调整战略性新兴产业电力交易的若干政策"
    assert clause.doc_number == "内工信经运字〔2022〕405 号"
    assert clause.title_path[-1] == "二、分类提高战略性新兴产业用户新能源交易比例"


def test_expired_clause_periods(corpus) -> None:
    small_profit = find_clause(corpus, "对年应纳税所得额低于 100 万元（含 100 万元）的小型微利企业")
    assert small_profit.valid_until == date(2025, 12, 31)
    assert small_profit.expired(date(2026, 11, 28))
    assert not small_profit.expired(date(2025, 6, 1))
    # a document's period reaches the clauses under it
    grazing = find_clause(corpus, "禁牧补助标准为每年每亩 7.45 元")
    assert (grazing.valid_from, grazing.valid_until) == (date(2021, 1, 1), date(2025, 12, 31))


def test_beef_cattle_insurance_table_stays_with_its_clause(corpus) -> None:
    clause = find_clause(corpus, "参保对象按照每头肉牛 70 元缴纳保险费")
    assert "保险期限 单位保额 拟定费率 单位保费\n肉牛养殖保险 12个月 10000元/头 3.5% 350元/头" in clause.text
    assert clause.doc_title == "伊金霍洛旗地方性肉牛保险政策"
    assert clause.level == "旗级"
    assert (clause.valid_from, clause.valid_until) == (date(2022, 1, 1), date(2024, 12, 31))


def test_long_items_with_sub_items_are_split(corpus) -> None:
    item = find_clause(corpus, "13.强化本土人才激励培育")
    sub_item = find_clause(corpus, "实施“伊金霍洛旗校园引才大使”选聘计划")
    assert sub_item.text.startswith("④")
    assert sub_item.title_path[-1] == "13.强化本土人才激励培育"
    assert sub_item.clause_id.startswith(item.clause_id + ".")
    assert len(item.text) < 600 and "④" not in item.text
    # a short item with sub-items stays whole
    energy = find_clause(corpus, "合理开发利用煤炭资源，加快西部地区煤炭和煤层气资源勘查")
    assert energy.text.startswith("（一）建设国家能源基地。") and "——新能源。" in energy.text


def test_clause_ids_follow_the_tree(corpus) -> None:
    clause = find_clause(corpus, "110KV：0.401 元/度")
    assert clause.clause_id == "p1.i2.i5.i3.c1"
    for c in corpus.clauses:
        assert c.clause_id.startswith("p"), c.clause_id


def test_departments_are_read_from_every_way_the_guide_names_them(corpus) -> None:
    # "（…等按职责分工负责）", "(牵头单位:…:责任单位:…)", "〔…牵头负责，…配合〕", and a bracket of names alone
    fair = find_clause(corpus, "依法依规保护外商投资企业权益")
    assert {"自治区商务厅", "公安厅", "市场监管局"} <= set(fair.responsible_units)
    hydrogen = find_clause(corpus, "积极申报氢能领域科技“突围”工程项目")
    assert hydrogen.responsible_units[:2] == ["市科学技术局", "市能源局"]
    high_tech = find_clause(corpus, "对首次认定的高新技术企业给予 30 万元科研经费补助")
    assert "自治区科技厅" in high_tech.responsible_units
    assert not any(u.endswith(("按职责分工负责", "等")) or "以下任务" in u for c in corpus.clauses for u in c.responsible_units)


def test_departments_named_after_a_sentence_without_a_bracket_are_read(corpus) -> None:
    # "…为发展跨境电商产业集聚专业人才。 责任单位：自治区商务厅、财政厅、教育厅…按职责分工负责，各有关盟市级政府具体负责。"
    clause = find_clause(corpus, "积极推动跨境电商人才创业创新孵化")
    assert clause.responsible_units[:3] == ["自治区商务厅", "财政厅", "教育厅"]
    lead = find_clause(corpus, "鼓励先行先试,推进多能互补")
    assert lead.responsible_units and all("责任单位" not in u and "牵头单位" not in u for u in lead.responsible_units)


def test_a_document_dated_from_its_start_dates_its_clauses(corpus) -> None:
    # "第十四条 本办法自 2025 年 1 月 1 日起实施": the measures start then, with no end stated
    article = find_clause(corpus, "每多缴费 1年（不满 1年按 1年计算），增加 3个月的病残津贴")
    assert article.doc_title == "企业职工基本养老保险病残津贴暂行办法"
    assert (article.valid_from, article.valid_until) == (date(2025, 1, 1), None)
    assert not article.expired(date(2026, 11, 28))
    # a clause's own full period is kept: "本公告自 2021 年 1 月 1 日起执行" dates no clause by itself
    western = find_clause(corpus, "鼓励类产业企业减按 15%的税率征收企业所得税")
    assert (western.valid_from, western.valid_until) == (date(2021, 1, 1), date(2030, 12, 31))
