"""The hotline draft (assistant/answer/drafts.py) has two parts. The part read aloud, from the greeting to
the department to refer to, takes about 30 seconds: the figure first, then the key condition, the expiry
caveat and whom to call; tables told as sentences, never pasted. The written part after it holds each
clause's document, number, page and exact quote."""

import re
from datetime import date

import pytest

from assistant.answer.drafts import (
    SPOKEN_SECONDS,
    WRITTEN_PART,
    _department_line,
    _figure_sentence,
    _spoken,
    speaking_seconds,
    spoken_part,
    written_part,
)
from assistant.models import Citation

TABLE = (
    "地方财政肉牛养殖保险试点……剩余部分由伊金霍洛旗财政提供保费补贴。\n品种及风险\n保障\n"
    "保险期限 单位保额 拟定费率 单位保费\n肉牛养殖保险 12个月 10000元/头 3.5% 350元/头"
)


def test_a_flattened_table_is_told_as_a_sentence() -> None:
    told = _spoken(TABLE)
    assert "肉牛养殖保险：保险期限12个月，单位保额10000元/头，拟定费率3.5%，单位保费350元/头" in told
    assert "品种及风险" not in told and "保险期限 单位保额" not in told and "\n" not in told
    assert _spoken("110KV：0.401 元/度；220 千伏以上：0.394 元/度") == "110KV：0.401 元/度；220 千伏以上：0.394 元/度"


def test_a_long_line_is_cut_to_the_sentence_stating_the_figure() -> None:
    line = (
        "更大力度营造暖心留才环境：设立“暖才”补贴金，…对其年龄达到 70 周岁及以上的父母每人每年给予 2000 元养老补贴，"
        "对其年龄不满 3 周岁的子女给予每人每年 2000 元托幼补贴[1]"
    )
    assert _figure_sentence(line, "父母七十多岁了给多少养老补贴？", "amount") == (
        "对其年龄达到 70 周岁及以上的父母每人每年给予 2000 元养老补贴（依据1）"
    )
    # a table's row, when nothing else states the figure, is read cell by cell, never pasted with its spacing
    row = "伊金霍洛旗地方性肉牛保险政策：肉牛养殖保险 12个月 10000元/头 3.5% 350元/头[1]"
    assert _figure_sentence(row, "", "amount") == "伊金霍洛旗地方性肉牛保险政策：肉牛养殖保险，12个月，10000元/头，3.5%，350元/头（依据1）"
    # a calculation's working is no table
    worked = "计算结果：3500元[1]（参保肉牛头数 50头 × 70元/头 = 3500元）"
    assert _figure_sentence(worked, "", "fact") == "计算结果：3500元（参保肉牛头数 50头 × 70元/头 = 3500元）（依据1）"


def test_speaking_time_counts_characters_and_words_not_pointers() -> None:
    assert speaking_seconds("经查，每亩30元。") == pytest.approx(7 / 4.5)  # 经查每亩 3 0 元
    assert speaking_seconds("What is the price") == pytest.approx(4 / 2.5)
    assert speaking_seconds("每亩30元（依据1）") == speaking_seconds("每亩30元")  # the pointer to a written source is not read


def body_of(draft: str) -> str:
    """What is read out after the greeting: the figure to the department."""
    return spoken_part(draft).split("答复如下：")[1].strip()


# Real questions of every kind a caller asks, each with the figure its draft must read out first.
SPOKEN = {
    "110千伏工业电价多少？": "经查，工业用电：110KV：0.401 元/度（依据1）。",  # a single figure
    "我养了50头肉牛，保险怎么算？": "经查，计算结果：3500元（参保肉牛头数 50头 × 70元/头 = 3500元）（依据1）。",  # a calculation
    "引进人才的父母七十多岁了，鄂尔多斯市里和伊旗分别给多少养老补贴？": "经查：\n一、关于“鄂尔多斯市里”：",  # two parts
    "110千伏和10千伏工业电价分别是多少？": "经查：\n一、关于“110千伏”：",  # two parts of one clause
    "旗里的肉牛保险一头保费多少？": "经查，参保对象按照每头肉牛 70 元缴纳保险费（依据1）。",  # an expired policy
    "I raise 50 beef cattle. How much is the insurance premium?": "经测算：参保肉牛头数 50头 × 70元/头 = 3500元。",  # English
    "What is the 110 kV industrial power price, and on which page of the guide is it?": "经查：\n一、工业用电：110KV：0.401 元/度（依据1）",
    # metadata: a document number, a page
    "西部大开发企业所得税优惠的文号是什么？": (
        "经查，见《关于延续西部大开发企业所得税政策的公告》，文号财政部 税务总局 国家发展改革委公告 2020 年第 23 号"
    ),
    "肉牛保险政策在指南第几页？": "经查，伊金霍洛旗地方性肉牛保险政策：见《伊金霍洛旗投资政策指南》第33页（依据1）。",
    # one sentence of a long clause, a yes-or-no answer
    "高新技术企业首次认定奖励多少？": "经查，对首次认定的高新技术企业给予一次性 30 万元研发经费奖励（依据1）。",
    "在符合国土空间规划前提下，风电光伏项目能用戈壁荒漠这类未利用地吗？": "经查，在符合国土空间规划等前提下，支持风电光伏项目",
}  # fmt: skip


@pytest.fixture(scope="module")
def drafts(assistant) -> dict[str, tuple]:
    return {q: (result := assistant.ask(q, draft=True), result.draft) for q in SPOKEN}


@pytest.mark.parametrize("question", list(SPOKEN))
def test_the_part_read_aloud_gives_the_figure_first_in_about_30_seconds(drafts, question: str) -> None:
    result, draft = drafts[question]
    said = spoken_part(draft)
    assert said.startswith("您好！") and WRITTEN_PART not in said and "政策依据" not in said
    assert body_of(draft).startswith(SPOKEN[question]), body_of(draft)[:80]
    assert speaking_seconds(said) <= SPOKEN_SECONDS, f"{speaking_seconds(said):.1f} s: {said}"
    # said once: no clause read out whole, no quote heading, the department last
    assert "相关规定原文如下" not in said and "原文：" not in said
    for citation in result.citations:
        quote = citation.quote or citation.text
        if len(quote) > 60:
            assert quote not in said and _spoken(quote) not in said
    assert said.splitlines()[-1].startswith(("请联系责任单位：", "请咨询伊金霍洛旗相关主管部门"))
    # every figure read out is the guide's own (or the question's, or a calculation's), never rewritten
    sources = question + "".join(f"{c.text}{c.doc_number}{c.page_label('zh')}" for c in result.citations)
    sources += "".join("".join(k.steps) for k in result.calculations)
    read = re.sub(r"（依据\d+）|执行期已于[\d-]+结束", "", body_of(draft))
    for figure in re.findall(r"\d+(?:\.\d+)?", read):
        assert figure in sources.replace(" ", "") or figure in sources, figure


@pytest.mark.parametrize("question", list(SPOKEN))
def test_the_written_part_holds_each_clause_quote_document_and_page(drafts, question: str) -> None:
    result, draft = drafts[question]
    written = written_part(draft)
    assert written.startswith(WRITTEN_PART) and "政策依据：" in written
    assert written.rstrip().endswith("祝您工作顺利！")
    for number, citation in enumerate(result.citations, 1):
        entry = written.split(f"\n{number}. ")[1].split(f"\n{number + 1}. ")[0]
        quote = citation.quote or citation.text
        # the exact quote; a flattened table in it told cell by cell under its column names, no cell lost
        assert f"原文：“{quote}”" in entry if "\n" not in quote else f"原文：“{_spoken(quote)}”" in entry
        for cell in re.findall(r"\S*\d\S*", quote):
            assert cell in entry, cell
        assert f"《{citation.doc_title or '伊金霍洛旗投资政策指南'}》" in entry
        if citation.doc_number:
            assert f"（{citation.doc_number}）" in entry
        assert f"（见《伊金霍洛旗投资政策指南》{citation.page_label('zh')}）" in entry


def test_the_cattle_insurance_draft_reads_out_in_order(drafts) -> None:
    _, draft = drafts["我养了50头肉牛，保险怎么算？"]
    body = body_of(draft)
    # the figure first, then the condition, the expiry caveat, then whom to call
    figure, condition = body.index("3500元"), body.index("适用条件：保障对象为从事肉牛养殖的农牧户、合作社、企业等新农主体。")
    expiry, refer = body.index("执行期已于2024-12-31结束"), body.index("请咨询伊金霍洛旗相关主管部门")
    assert figure < condition < expiry < refer
    assert body.count("3500元") == 2 and draft.count("执行期已于") == 1  # the working read once
    # the table as a sentence in the written part, never its rows pasted anywhere
    assert "肉牛养殖保险：保险期限12个月，单位保额10000元/头，拟定费率3.5%，单位保费350元/头" in written_part(draft)
    assert "品种及风险" not in draft and "保险期限 单位保额 拟定费率 单位保费" not in draft
    assert "执行期至2024-12-31（已结束）" in written_part(draft)


def test_each_part_is_read_on_its_own_line(drafts) -> None:
    result, draft = drafts["引进人才的父母七十多岁了，鄂尔多斯市里和伊旗分别给多少养老补贴？"]
    lines = body_of(draft).splitlines()
    assert lines[1] == "一、关于“鄂尔多斯市里”：对其年龄达到 70 周岁及以上的父母每人每年给予 2000 元养老补贴（依据1）"
    assert lines[2] == "二、关于“伊旗”：对其年龄达到 70 周岁以上的父母每人每年给予 1000 元养老补贴（依据2）"
    # the lead unit of each clause named aloud, every unit in the written part
    assert lines[-1] == "请联系责任单位：市委组织部、旗委组织部等。"
    for unit in result.citations[1].responsible_units:
        assert unit in written_part(draft)


def test_the_power_price_draft_names_no_heading_twice_and_no_expiry(drafts) -> None:
    _, draft = drafts["110千伏工业电价多少？"]
    assert "“工业用电”部分“工业用电”" not in draft
    assert body_of(draft).endswith("请咨询伊金霍洛旗相关主管部门。")  # the guide names no department for it
    assert "执行期" not in draft  # a current price carries no expiry caveat


def test_a_heading_is_named_once_in_the_sources(assistant) -> None:
    draft = assistant.ask("我种了200亩水地玉米，保费多少？", draft=True).draft
    assert "“8.政策性农业保险”部分“8.政策性农业保险”" not in draft
    assert "《伊金霍洛旗投资政策指南》“8.政策性农业保险”部分（见《伊金霍洛旗投资政策指南》第14页）" in draft
    assert body_of(draft).startswith("经查，计算结果：6000元")


def test_the_department_to_refer_to_is_read_out(drafts) -> None:
    _, draft = drafts["在符合国土空间规划前提下，风电光伏项目能用戈壁荒漠这类未利用地吗？"]
    assert body_of(draft).splitlines()[-1] == "请联系责任单位：自治区自然资源厅、能源局等。"
    assert "责任单位：自治区自然资源厅、能源局、内蒙古电力（集团）公司、国网蒙东电力公司" in written_part(draft)


def test_a_contact_the_clause_gives_is_read_with_the_department() -> None:
    with_phone = Citation(
        marker=1, clause_id="x", title_path=["办事指南"], text="由旗商务局负责受理，咨询电话：0477-8612345。",
        responsible_units=["旗商务局"],
    )  # fmt: skip
    assert _department_line([with_phone]) == ["请联系责任单位：旗商务局（联系电话：0477-8612345）。"]
    without = with_phone.model_copy(update={"text": "由旗商务局负责受理。", "responsible_units": []})
    assert _department_line([without]) == ["请咨询伊金霍洛旗相关主管部门。"]


def test_a_refused_question_is_a_short_reply(assistant) -> None:
    result = assistant.ask("今天天气怎么样？", draft=True)
    assert result.refused and speaking_seconds(spoken_part(result.draft)) <= SPOKEN_SECONDS
    assert "政策依据：\n（无）" in result.draft


def test_the_expiry_caveat_names_the_end_of_the_period() -> None:
    from assistant.answer.drafts import _expiry_caveat

    ended = Citation(marker=1, clause_id="x", title_path=[], text="", valid_until=date(2024, 12, 31))
    assert _expiry_caveat([ended], date(2026, 11, 28)) == ["请注意，该政策执行期已于2024-12-31结束，是否延续以主管部门最新通知为准。"]
    assert _expiry_caveat([ended], date(2024, 6, 1)) == []
