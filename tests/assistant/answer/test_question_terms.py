"""Question terms: IDF weights, and an asked word's several guide words counted once."""

from assistant.answer.extractive import QuestionTerms
from assistant.search.keyword import KeywordIndex

INDEX = KeywordIndex([["补贴", "企业"], ["补助", "企业"], ["货车", "通行"], ["现金"], ["企业"]])


def test_alternatives_count_once_by_the_best_match() -> None:
    terms = QuestionTerms(["通行"], [], INDEX)
    terms.add_alternatives([["补贴"], ["补助"]])  # "subsidy": either word answers it
    single = INDEX.idf["补贴"]
    assert terms.total == INDEX.idf["通行"] + single  # not twice
    assert terms.overlap(["补助", "通行"]) == terms.total
    assert terms.overlap(["补贴", "补助"]) == single
    assert terms.has("补助") and not terms.has("现金")


def test_alternatives_the_index_never_saw_are_dropped() -> None:
    terms = QuestionTerms([], [], INDEX)
    terms.add_alternatives([["面包车"]])
    assert terms.alternatives == [] and terms.total == 0


def test_a_flat_list_of_synonyms_dilutes_what_alternatives_do_not() -> None:
    flat = QuestionTerms(["通行", "补贴", "补助", "货车", "现金"], [], INDEX)
    grouped = QuestionTerms(["通行"], [], INDEX)
    grouped.add_alternatives([["补贴"], ["补助"]])
    grouped.add_alternatives([["货车"], ["现金"]])
    text = ["通行", "补贴", "货车"]
    assert grouped.overlap(text) / grouped.total == 1.0
    assert flat.overlap(text) / flat.total < 0.7
