"""A provision's sum doubled for a kind of recipient the asker says it is."""

from assistant.answer.doubling import doubled
from assistant.answer.question import parse_question
from assistant.models import Clause


def _clause(text: str) -> Clause:
    return Clause(
        clause_id="x", title_path=["x"], text=text, level=None, doc_title=None, doc_number=None,
        responsible_units=[], valid_from=None, valid_until=None, source_span=(0, len(text)), pages=[1],
    )


RD_AWARD = ("对研发投入占营业收入比例达到3%以上或研发投入达到5000万元以上的规模以上企业，分档给予最高 500 万元奖补，"
            "对达到要求的高新技术企业翻倍奖补。")


def test_a_sum_doubled_for_the_askers_kind_is_twice_the_sum() -> None:
    question = parse_question("我们是高新技术企业，研发投入占营收4%，最多奖补多少？")
    calculation = doubled(question, [_clause(RD_AWARD)])
    # (the 5000万元 a firm's R&D must reach is a condition, not the sum paid)
    assert calculation is not None and (calculation.result, calculation.unit) == ("10000000", "元")
    assert calculation.steps == ["高新技术企业翻倍：500万元 × 2 = 1000万元"]


def test_nothing_is_doubled_for_another_kind_or_another_award() -> None:
    # an asker not of the kind, and one of the kind asking another award, get no doubled sum
    assert doubled(parse_question("我们是规上工业企业，研发投入占营收4%，最多奖补多少？"), [_clause(RD_AWARD)]) is None
    assert doubled(parse_question("What is the award for a first-time high-tech enterprise in Ordos?"), [_clause(RD_AWARD)]) is None
    # (two sums before the doubling: which one is doubled is a guess)
    two = "对A类企业给予 100 万元、B类企业给予 50 万元研发投入奖补，对达到要求的高新技术企业翻倍奖补。"
    assert doubled(parse_question("我们是高新技术企业，研发投入奖补最多多少？"), [_clause(two)]) is None


def test_a_high_tech_enterprise_asking_the_most_rd_reward_gets_the_doubled_sum(assistant) -> None:
    result = assistant.ask("Our Ordos firm is an above-scale certified high-tech enterprise and our R&D spending is 5% of "
                           "operating revenue. What is the most R&D reward the city could give us?")
    assert [(c.tool, c.result) for c in result.calculations] == [("doubled", "10000000")]
