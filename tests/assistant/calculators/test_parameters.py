"""The calculators cannot drift from the guide: every parameter's quote is in the clause it
names, and the quote states the parameter's value."""

from assistant.calculators import default_catalogue
from assistant.calculators.check import check_catalogue, numbers_in


def test_every_parameter_is_quoted_from_its_clause(corpus) -> None:
    assert check_catalogue(default_catalogue(), corpus) == []


def test_the_check_catches_drift(corpus) -> None:
    catalogue = default_catalogue()
    spec = catalogue.specs["grazing_ban_subsidy"].model_copy(deep=True)
    spec.params["rate"].value = "7.5"
    from assistant.calculators.catalogue import Catalogue

    drifted = Catalogue([spec])
    assert any("does not state 7.5" in p for p in check_catalogue(drifted, corpus))
    spec.params["rate"].clause_id = "p1.i2.i5.i3.c1"
    assert any("quote not in p1.i2.i5.i3.c1" in p for p in check_catalogue(Catalogue([spec]), corpus))


def test_numbers_in_reads_digits_and_small_chinese_numerals() -> None:
    assert {7.45, 3} <= {float(n) for n in numbers_in("禁牧补助标准为每年每亩 7.45 元，最长三年")}
