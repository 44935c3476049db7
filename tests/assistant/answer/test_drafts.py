"""The hotline draft (assistant/answer/drafts.py) is a reply to read out: the figure first, then the
conditions, the expiry caveat and the department to refer to; tables told as sentences, never pasted."""

from assistant.answer.drafts import _spoken

TABLE = (
    "地方财政肉牛养殖保险试点……剩余部分由伊金霍洛旗财政提供保费补贴。\n品种及风险\n保障\n"
    "保险期限 单位保额 拟定费率 单位保费\n肉牛养殖保险 12个月 10000元/头 3.5% 350元/头"
)


def test_a_flattened_table_is_told_as_a_sentence() -> None:
    told = _spoken(TABLE)
    assert "肉牛养殖保险：保险期限12个月，单位保额10000元/头，拟定费率3.5%，单位保费350元/头" in told
    assert "品种及风险" not in told and "保险期限 单位保额" not in told and "\n" not in told
    assert _spoken("110KV：0.401 元/度；220 千伏以上：0.394 元/度") == "110KV：0.401 元/度；220 千伏以上：0.394 元/度"


def body_of(draft: str) -> str:
    return draft.split("答复如下：")[1].split("政策依据：")[0].strip()


def test_the_cattle_insurance_draft_reads_out_in_order(assistant) -> None:
    draft = assistant.ask("我养了50头肉牛，保险怎么算？", draft=True).draft
    body = body_of(draft)
    # the figure first, then the conditions, the expiry caveat, then whom to call
    assert body.startswith("经查，计算结果：3500元")
    figure, quote = body.index("3500元"), body.index("相关规定原文如下：")
    expiry, refer = body.index("执行期已于2024-12-31结束"), body.index("如需办理，请")
    assert figure < quote < expiry < refer
    # the table as a sentence, never its rows pasted
    assert "肉牛养殖保险：保险期限12个月，单位保额10000元/头，拟定费率3.5%，单位保费350元/头" in body
    assert "品种及风险" not in draft and "保险期限 单位保额 拟定费率 单位保费" not in draft
    assert body.count("按上述标准测算") == 0 and body.count("3500元") <= 3  # the working read once, not twice
    assert draft.count("执行期已于") == 1


def test_the_power_price_draft_gives_the_figure_first_and_names_no_heading_twice(assistant) -> None:
    draft = assistant.ask("110千伏工业电价多少？", draft=True).draft
    body = body_of(draft)
    assert body.startswith("经查，工业用电：110KV：0.401 元/度（依据1）。")
    assert "“工业用电”部分“工业用电”" not in draft
    assert "如需办理，请咨询伊金霍洛旗相关主管部门。" in body  # the guide names no department for it
    assert "执行期" not in draft  # a current price carries no expiry caveat


def test_a_heading_is_named_once_in_the_sources(assistant) -> None:
    draft = assistant.ask("我种了200亩水地玉米，保费多少？", draft=True).draft
    assert "“8.政策性农业保险”部分“8.政策性农业保险”" not in draft
    assert "《伊金霍洛旗投资政策指南》“8.政策性农业保险”部分（见《伊金霍洛旗投资政策指南》第14页）" in draft
    assert body_of(draft).startswith("经查，计算结果：6000元")


def test_an_english_question_gets_the_worked_figure_first(assistant) -> None:
    draft = assistant.ask("I raise 50 beef cattle. How much is the insurance premium?", draft=True).draft
    body = body_of(draft)
    assert body.startswith("经测算：参保肉牛头数 50头 × 70元/头 = 3500元")
    assert body.index("3500元") < body.index("相关规定原文如下：") < body.index("执行期已于2024-12-31结束")


def test_the_department_to_refer_to_is_in_the_body(assistant) -> None:
    result = assistant.ask("在符合国土空间规划前提下，风电光伏项目能用戈壁荒漠这类未利用地吗？", draft=True)
    assert "请联系责任单位：自治区自然资源厅" in body_of(result.draft)
