"""Fuzzing the question and calculator entry points: no input crashes them."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.calculators import CalculatorError, default_catalogue
from assistant.calculators.router import question_quantities
from assistant.service import QuestionError

CATALOGUE = default_catalogue()
NAMES = sorted(CATALOGUE.specs)
values = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.sampled_from(["200亩", "８亿元", "1000万度", "3年", "-1", "1e9", "１２０亩", "2\u200b00", "110千伏", "水地玉米", "%", "万元"]),
)


@settings(max_examples=400, deadline=None)
@given(name=st.sampled_from(NAMES), data=st.data())
def test_calculators_never_crash(name: str, data: st.DataObject) -> None:
    spec = CATALOGUE.specs[name]
    keys = list(spec.inputs) + ["bogus"]
    args = data.draw(st.dictionaries(st.sampled_from(keys), values, max_size=len(keys)))
    try:
        calc = CATALOGUE.run(name, args)
    except CalculatorError:
        return
    assert calc.steps and calc.clause_ids
    result = calc.result if isinstance(calc.result, str) else calc.result["low"]
    assert "e" not in result.lower() and not result.startswith("-")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_quantity_parser_never_crashes(text: str) -> None:
    for q in question_quantities(text):
        assert q.value >= 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    question=st.one_of(
        st.text(max_size=200),
        st.text(alphabet=st.characters(categories=["Lo", "Nd", "Po", "Zs", "Cf", "So"]), max_size=80),
        st.sampled_from(["电价", "我种了 200 亩", "what about 10 kV?", "\x00", "那呢？"]).map(lambda s: s * 3),
    ),
    follow=st.booleans(),
)
def test_questions_never_crash(assistant, question: str, follow: bool) -> None:
    history = [{"role": "user", "content": "110千伏工业电价多少？"}] if follow else []
    try:
        result = assistant.ask(question, history)
    except QuestionError:
        return
    assert isinstance(result.answer, str) and result.answer
    assert isinstance(result.refused, bool)
    markers = {c.marker for c in result.citations}
    assert len(markers) == len(result.citations)
