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
