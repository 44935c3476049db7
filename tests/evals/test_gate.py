"""CI gate: the evaluations on the development set and on the held-out test set must not drop
below evals/thresholds.json."""

import json
from pathlib import Path

import pytest

from assistant.evaluation.dataset import load_dataset
from assistant.evaluation.metrics import aggregate
from assistant.evaluation.runner import run_eval

ROOT = Path(__file__).resolve().parents[2]
GATE = json.loads((ROOT / "evals/thresholds.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("run", GATE["runs"], ids=[f"{Path(r['dataset']).stem}-{r['mode']}" for r in GATE["runs"]])
def test_metrics_stay_within_recorded_thresholds(assistant, run) -> None:
    items = load_dataset(ROOT / run["dataset"])
    report = aggregate(run_eval(items, assistant, mode=run["mode"], k=run["k"], progress=False))
    failures = []
    for name, floor in run["minimum"].items():
        if report["overall"][name] < floor:
            failures.append(f"{name} {report['overall'][name]} < {floor}")
    for name, ceiling in run["maximum"].items():
        if report["overall"][name] > ceiling:
            failures.append(f"{name} {report['overall'][name]} > {ceiling}")
    for lang, floors in run["by_lang_minimum"].items():
        for name, floor in floors.items():
            if report["by_lang"][lang][name] < floor:
                failures.append(f"{lang} {name} {report['by_lang'][lang][name]} < {floor}")
    assert not failures, "; ".join(failures)
