"""The relevance signal behind refusals, on the real guide."""

from assistant.answer.chain import Turn, question_terms
from assistant.answer.refusal import THRESHOLDS, relevance


def test_relevance_does_not_depend_on_the_order_of_the_clauses_found(retriever) -> None:
    questions = ("我们在伊旗建连栋温室种菜，10千伏接电，电费按什么标准？", "What subsidy does Ordos give hydrogen refuelling stations?")
    for question in questions:
        turn = Turn(question=question, lang="en" if question.isascii() else "zh")
        hits = retriever.search(question, k=5)
        terms = question_terms(retriever, turn)
        forward = relevance(hits, terms, retriever.tokenize)
        assert forward == relevance(list(reversed(hits)), terms, retriever.tokenize)
        assert forward.score >= THRESHOLDS[turn.lang]


def test_an_unrelated_question_scores_below_the_threshold(retriever) -> None:
    question = "番茄炒蛋怎么做才好吃？"
    hits = retriever.search(question, k=5)
    rel = relevance(hits, question_terms(retriever, Turn(question=question, lang="zh")), retriever.tokenize)
    assert rel.score < THRESHOLDS["zh"]


def test_a_place_named_in_english_is_in_scope_when_the_clause_found_names_it_in_chinese() -> None:
    from assistant.answer.scope import out_of_scope_place

    found = ["呼和浩特市：主要工业产品有乳制品、电力、化工产品"]
    assert out_of_scope_place("What are Hohhot's main industrial products?", found) is None
    assert out_of_scope_place("呼和浩特主要出产哪些工业产品？", found) is None
    assert out_of_scope_place("What housing subsidies does Shanghai offer to foreign talent?", ["人才住房补贴"]) == "shanghai"
