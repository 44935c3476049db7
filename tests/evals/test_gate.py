"""CI gate: the evaluation on the development set must not drop below evals/thresholds.json."""

import json
from pathlib import Path

from assistant.evaluation.dataset import load_dataset
from assistant.evaluation.metrics import aggregate
from assistant.evaluation.runner import run_eval
from assistant.service import Assistant

ROOT = Path(__file__).resolve().parents[2]


def test_metrics_stay_above_recorded_thresholds(index_settings, retriever) -> None:
    gate = json.loads((ROOT / "evals/thresholds.json").read_text(encoding="utf-8"))
    items = load_dataset(ROOT / gate["dataset"])
    rows = run_eval(items, Assistant(index_settings, retriever), mode=gate["mode"], k=gate["k"], progress=False)
    report = aggregate(rows)
    failures = []
    for name, floor in gate["minimum"].items():
        if report["overall"][name] < floor:
            failures.append(f"{name} {report['overall'][name]} < {floor}")
    for name, ceiling in gate["maximum"].items():
        if report["overall"][name] > ceiling:
            failures.append(f"{name} {report['overall'][name]} > {ceiling}")
    for lang, floors in gate["by_lang_minimum"].items():
        for name, floor in floors.items():
            if report["by_lang"][lang][name] < floor:
                failures.append(f"{lang} {name} {report['by_lang'][lang][name]} < {floor}")
    assert not failures, "; ".join(failures)
