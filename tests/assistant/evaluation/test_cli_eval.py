import json

from assistant.cli import main
from assistant.evaluation.check import check_dataset
from assistant.guide.corpus import read_guide
from assistant.settings import DEFAULT_GUIDE


def test_check_dataset_names_each_problem(tmp_path, corpus) -> None:
    bad = tmp_path / "bad.jsonl"
    lines = [
        {"id": "x1", "question": "电价？", "type": "numeric", "evidence": ["110KV：0.401 元/度"]},
        {"id": "x1", "question": "重复", "type": "fact", "evidence": ["110KV：0.401 元/度"]},
        {"id": "x2", "question": "不存在", "type": "fact", "evidence": ["这句话不在指南里面"]},
        {"id": "x3", "question": "算", "type": "calc", "evidence": ["110KV：0.401 元/度"]},
        {"id": "x4", "question": "?", "type": "weird", "evidence": []},
        {"id": "x5", "question": "外", "type": "out_of_scope", "evidence": ["110KV：0.401 元/度"]},
    ]
    bad.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n{oops\n", encoding="utf-8")
    problems = check_dataset(bad, corpus.clauses, read_guide(DEFAULT_GUIDE))
    text = "\n".join(problems)
    assert "duplicate id 'x1'" in text
    assert "not in the guide" in text
    assert "calc item x3 needs" in text
    assert "unknown type 'weird'" in text
    assert "out_of_scope item x5 must have no evidence" in text
    assert "not JSON" in text


def test_dev_set_is_sound(corpus) -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "evals/datasets/dev.jsonl"
    assert check_dataset(path, corpus.clauses, read_guide(DEFAULT_GUIDE)) == []
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    types = {i["type"] for i in items}
    assert len(items) >= 200 and types == {"fact", "numeric", "calc", "multi_clause", "list", "eligibility", "out_of_scope"}
    assert sum(i["type"] == "out_of_scope" for i in items) >= 15
    assert sum(i["type"] == "calc" for i in items) >= 30
    assert 0.15 <= sum(i["lang"] == "en" for i in items) / len(items) <= 0.3


def test_eval_run_and_compare_from_the_command_line(index_settings, monkeypatch, tmp_path, capsys) -> None:
    from assistant import settings as settings_module

    monkeypatch.setattr(settings_module, "get_settings", lambda: index_settings)
    monkeypatch.setattr("assistant.cli.get_settings", lambda: index_settings)
    data = tmp_path / "small.jsonl"
    data.write_text(
        json.dumps({"id": "s1", "question": "110千伏工业电价多少？", "type": "numeric", "evidence": ["110KV：0.401 元/度"]},
                   ensure_ascii=False) + "\n"
        + json.dumps({"id": "s2", "question": "禁牧补助每亩多少", "type": "numeric", "evidence": ["禁牧补助标准为每年每亩 7.45 元"]},
                     ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    assert main(["eval", "run", "--dataset", str(data), "--out", str(tmp_path / "a"), "--k", "5"]) == 0
    assert main(["eval", "run", "--dataset", str(data), "--out", str(tmp_path / "b"), "--k", "1"]) == 0
    for name in ("results.jsonl", "report.json", "report.md", "report.html"):
        assert (tmp_path / "a" / name).stat().st_size > 0
    report = json.loads((tmp_path / "a/report.json").read_text(encoding="utf-8"))
    assert report["overall"]["hit@1"] == 1.0 and report["items"] == 2
    html = (tmp_path / "a/report.html").read_text(encoding="utf-8")
    assert html.count("<svg") == 3
    capsys.readouterr()
    assert main(["eval", "compare", str(tmp_path / "a"), str(tmp_path / "b")]) == 0
    assert "| hit@5 |" in capsys.readouterr().out
    assert main(["eval", "run", "--dataset", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "c")]) == 2


def test_every_committed_dataset_is_sound(corpus) -> None:
    from pathlib import Path

    datasets = sorted((Path(__file__).resolve().parents[3] / "evals/datasets").glob("*.jsonl"))
    assert len(datasets) >= 20
    guide = read_guide(DEFAULT_GUIDE)
    problems = [p for path in datasets for p in check_dataset(path, corpus.clauses, guide)]
    assert problems == []


def test_a_part_whose_answer_number_states_no_number_is_named(tmp_path, corpus) -> None:
    bad = tmp_path / "bad.jsonl"
    item = {"id": "p1", "question": "储能规模多大？补多少？", "type": "numeric", "evidence": ["110KV：0.401 元/度"],
            "parts": [{"question": "储能规模多大", "answer_numbers": ["百兆瓦级"]}, {"question": "补多少", "answer_numbers": ["0.401"]}]}
    bad.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    (problem,) = check_dataset(bad, corpus.clauses, read_guide(DEFAULT_GUIDE))
    assert "parts.0.answer_numbers" in problem and "'百兆瓦级' states no number" in problem


def test_a_document_number_quoted_as_evidence_names_the_documents_clauses(corpus) -> None:
    from assistant.evaluation.dataset import evidence_clauses

    ids = evidence_clauses("财政部 税务总局 国家发展改革委公告 2020 年第 23 号", corpus.clauses)
    numbered = [c for c in corpus.clauses if c.doc_number and "2020 年第 23 号" in c.doc_number]
    assert ids and set(ids) == {c.clause_id for c in numbered}
    assert all(c.doc_title == "关于延续西部大开发企业所得税政策的公告" for c in numbered)
    # a quote of body text still names only the clauses whose text carries it
    body = evidence_clauses("110KV：0.401 元/度", corpus.clauses)
    assert body and all("0.401" in c.text for c in corpus.clauses if c.clause_id in body)


def test_a_bare_answer_number_the_expected_answer_writes_in_wan_is_named(tmp_path, corpus) -> None:
    # "30" is compared by value: it never matches an answer's "30万元" (300,000 元)
    bad = tmp_path / "bad.jsonl"
    item = {"id": "c1", "question": "签了3家，一共补多少？", "type": "calc", "evidence": ["给予加工企业（小型生产作坊）一次性补贴 10 万元"],
            "answer_numbers": ["30"], "expected": "3家共30万元。", "calc": {"expression": "3*10", "result": "30"}}
    bad.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    (problem,) = check_dataset(bad, corpus.clauses, read_guide(DEFAULT_GUIDE))
    assert "answer number '30' of c1 is '30万元' in expected" in problem
    item["answer_numbers"] = ["30万元"]
    bad.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    assert check_dataset(bad, corpus.clauses, read_guide(DEFAULT_GUIDE)) == []
    # a table's figure the guide itself states bare stays bare ("示范应用1500内蒙古…" under a 万元 column)
    item.update(type="fact", evidence=["开发及工程化示范应用1500"], answer_numbers=["1500"], expected="1500万元。")
    del item["calc"]
    bad.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    assert check_dataset(bad, corpus.clauses, read_guide(DEFAULT_GUIDE)) == []
    # an English expected answer writing the sum in full ("10,000,000 yuan") leaves the quote's "1000 万元" to say it
    item.update(evidence=["连续 5年给予每年最高 1000 万元科研经费支持"], answer_numbers=["1000"], expected="10,000,000 yuan a year.")
    bad.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    (problem,) = check_dataset(bad, corpus.clauses, read_guide(DEFAULT_GUIDE))
    assert "answer number '1000' of c1 is '1000 万元' in the evidence" in problem
