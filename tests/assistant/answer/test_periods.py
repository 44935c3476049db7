"""Period lengths: how many years a policy's period covers, counted from the clause answering the period asked."""

from datetime import date

from assistant.answer.periods import asks_length, period_length, period_months
from assistant.models import Clause


def _length(result):
    return next((c for c in result.calculations if c.tool == "period_length"), None)


def _clause(start: date | None, end: date | None) -> Clause:
    return Clause(clause_id="x", title_path=["t"], text="…", level="国家级", doc_title=None, doc_number=None,
                  responsible_units=[], valid_from=start, valid_until=end, source_span=(0, 1), pages=[1])


def test_a_length_is_asked_by_how_many_years_or_how_long() -> None:
    assert asks_length("西部大开发15%税率政策一共执行几年？")
    assert asks_length("How many tax years does that cover?")
    assert asks_length("How long do the Ordos beef-cattle measures run?")
    assert not asks_length("这个政策什么时候到期？")
    assert not asks_length("What is the policy period?")


def test_whole_calendar_years_count_both_ends_and_other_periods_count_whole_months() -> None:
    assert period_length(_clause(date(2021, 1, 1), date(2030, 12, 31)), "zh").result == "10"
    three = period_length(_clause(date(2022, 11, 1), date(2025, 10, 31)), "zh")
    assert three is not None and (three.result, three.unit) == ("3", "年")
    months = period_length(_clause(date(2024, 7, 1), date(2025, 12, 31)), "en")
    assert months is not None and (months.result, months.unit) == ("18", "个月")
    assert period_months(date(2024, 7, 15), date(2025, 12, 31)) is None  # no whole number of months
    assert period_length(_clause(date(2024, 1, 1), None), "zh") is None  # no end: no length


def test_the_length_of_the_period_of_the_clause_asked_about(assistant) -> None:
    result = assistant.ask("西部大开发企业所得税15%税率政策一共执行几年？")
    length = _length(result)
    assert length is not None and (length.result, length.unit) == ("10", "年")
    assert length.steps == ["2021年1月1日至2030年12月31日：2030 − 2021 + 1 = 10年"]
    assert length.clause_ids == [result.citations[0].clause_id]
    english = _length(assistant.ask("How many years does the western development 15% tax rate policy run?"))
    assert english is not None and english.result == "10"
    assert english.steps == ["2021-01-01 to 2030-12-31: 2030 − 2021 + 1 = 10 years"]


def test_a_period_asked_as_dates_computes_no_length(assistant) -> None:
    assert _length(assistant.ask("西部大开发企业所得税优惠政策的执行期是什么时候？")) is None


def test_a_run_of_years_the_question_states_is_counted_both_ends_included() -> None:
    from assistant.answer.periods import stated_length

    length = stated_length("The rate runs from the start of 2021 to the end of 2030. How many tax years does that cover?", "en")
    assert length is not None and (length.result, length.unit) == ("10", "年")
    assert length.steps == ["2021—2030: 2030 − 2021 + 1 = 10 years"]
    assert stated_length("试点从2022年到2024年，一共几年？", "zh").result == "3"
    assert stated_length("试点从2022年到2024年，是哪几年？", "zh") is None  # which years, no length
    assert stated_length("2021年到2025年、2026年到2030年，一共几年？", "zh") is None  # two runs: which is asked is a guess
