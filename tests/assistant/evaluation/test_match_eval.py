"""The match mode of the evaluation (issue 15): the profiles dataset, its metrics, a run on real profiles."""

import json
from datetime import date
from pathlib import Path

import pytest

from assistant.calculators import default_catalogue
from assistant.evaluation.check import check_dataset
from assistant.evaluation.dataset import GUIDE_PARTS, DatasetError, ProfileItem, load_dataset, load_profiles
from assistant.evaluation.metrics import aggregate_match, item_match, item_passed, match_rates
from assistant.evaluation.runner import run_eval, save_run
from assistant.guide.corpus import read_guide
from assistant.incentives import match, parse_profile
from assistant.incentives.provisions import default_provisions
from assistant.settings import DEFAULT_GUIDE

PROFILES = Path(__file__).resolve().parents[3] / "evals/datasets/profiles.jsonl"


def test_the_profiles_set_loads_and_covers_all_six_parts() -> None:
    items = load_profiles(PROFILES)
    assert len(items) >= 30 and all(isinstance(i, ProfileItem) for i in items)
    assert {i.part.split()[0] for i in items} == set(GUIDE_PARTS)
    for item in items:
        parse_profile(item.profile)
    assert {i.id for i in load_dataset(PROFILES)} == {i.id for i in items}  # the generic loader sees a profiles file


def test_the_profiles_set_is_sound(corpus) -> None:
    assert check_dataset(PROFILES, corpus.clauses, read_guide(DEFAULT_GUIDE)) == []


def test_check_dataset_names_each_problem_of_a_profile_line(tmp_path, corpus) -> None:
    good = {"evidence": "110KV：0.401 元/度", "status": "eligible", "amount": None}
    lines = [
        {"id": "p1", "description": "a", "part": "第一篇", "profile": {"sector": "没有的行业"}, "must_find": [good]},
        {"id": "p1", "description": "b", "part": "第七篇", "profile": {}, "must_find": [good]},
        {"id": "p2", "description": "c", "part": "第一篇", "profile": {}, "must_find": [{**good, "evidence": "这句话不在指南里面"}],
         "must_not_find": ["也不在指南里"]},
        {"id": "p3", "description": "d", "part": "第一篇", "profile": {},
         "must_find": [{**good, "amount": {"low": "9", "high": "1", "per": "once"}}]},
        {"id": "p4", "description": "e", "part": "第一篇", "profile": {}, "must_find": []},
    ]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    text = "\n".join(check_dataset(bad, corpus.clauses, read_guide(DEFAULT_GUIDE)))
    assert "profile of p1 does not parse: sector" in text
    assert "duplicate id 'p1'" in text and "part of p1 must start with" in text
    assert "evidence of p2 is not in the guide" in text and "must_not_find quote of p2 is not in the guide" in text
    assert "amount of p3 has low above high" in text
    assert "field must_find" in text
    with pytest.raises(DatasetError, match="bad.jsonl:5"):
        load_profiles(bad)


def provision(status: str, text: str, amount: dict | None = None) -> dict:
    return {"id": text[:4], "status": status, "amount": amount, "texts": [f"……{text}……"]}


def test_match_metrics_on_a_hand_made_example() -> None:
    item = {
        "must_find": [
            {"evidence": "甲 补贴", "status": "eligible", "amount": {"low": "100", "high": "100", "per": "once"}},  # found, amount right
            {"evidence": "乙补贴", "status": "eligible", "amount": {"low": "5", "high": "5", "per": "year"}},  # found, wrong amount
            {"evidence": "丙补贴", "status": "not_eligible", "amount": None},  # reported unknown: should have been known
            {"evidence": "丁补贴", "status": "unknown", "amount": None},  # not reported at all
        ],
        "must_not_find": ["戊补贴", "甲补贴"],
    }
    reported = [
        provision("eligible", "甲补贴", {"low": "100.00", "high": "100", "per": "once"}),
        provision("eligible", "乙补贴", {"low": "5", "high": "5", "per": "once"}),
        provision("unknown", "丙补贴"),
        provision("eligible", "戊补贴"),  # a must-not-find reported eligible: wrong
        provision("eligible", "己补贴"),  # in neither list: not held against precision
        provision("not_eligible", "戊补贴"),  # not eligible: outside precision
    ]
    counts, findings = item_match(reported, item)
    assert counts == {"must_find": 4, "found": 2, "amounts_expected": 2, "amounts_right": 1, "should_be_known": 3,
                      "unknown_instead": 1, "eligible_reported": 4, "eligible_right": 3}
    rates = match_rates(counts)
    assert rates == {"provision_recall": 0.5, "provision_precision": 0.75, "amounts_right": 0.5, "unknown_should_be_known": 0.3333}
    assert [f["found"] for f in findings] == [True, True, False, False] and findings[2]["unknown_instead"] is True
    assert findings[3]["reported"] == []
    assert not item_passed({"metrics": rates}, "match")
    # expected eligible but reported not eligible, and a must-find expected not eligible reported eligible: both wrong
    counts, _ = item_match([provision("eligible", "丙补贴")], item)
    assert (counts["found"], counts["eligible_right"], counts["eligible_reported"]) == (0, 0, 1)
    rows = [{"part": "第三篇 x", "counts": counts, "latency_ms": 1.0}, {"part": "第一篇 y", "counts": counts, "latency_ms": 3.0}]
    summary = aggregate_match(rows)
    assert summary["overall"]["counts"]["must_find"] == 8 and list(summary["by_part"]) == ["第一篇 y", "第三篇 x"]


class MatchingAssistant:
    """The two things the match mode reads of the assistant, on the real guide, without the search index."""

    def __init__(self, corpus) -> None:
        self.corpus = corpus

    def clauses(self):
        return self.corpus.clauses

    def match(self, profile: dict):
        return match(parse_profile(profile), default_provisions(), default_catalogue(), self.corpus, date(2026, 11, 28))


def test_a_run_on_three_real_profiles_computes_every_metric(corpus, tmp_path) -> None:
    items = load_profiles(PROFILES)[8:11]
    rows = run_eval(items, MatchingAssistant(corpus), mode="match", progress=False)
    assert [r["id"] for r in rows] == [i.id for i in items]
    for row, item in zip(rows, items):
        assert len(row["findings"]) == len(item.must_find) and row["provisions"]
        assert {"provision_recall", "provision_precision"} <= set(row["metrics"])
    report = save_run(rows, tmp_path, mode="match", dataset=PROFILES, k=0)
    for name in ("provision_recall", "provision_precision", "amounts_right", "unknown_should_be_known"):
        assert 0.0 <= report["overall"][name] <= 1.0
    assert report["by_part"] and json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["mode"] == "match"
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "provision_recall" in page and "By part of the guide" in page and page.count("<svg") == 2
    with pytest.raises(ValueError, match="profiles dataset"):
        run_eval(items, MatchingAssistant(corpus), mode="search", progress=False)
