"""Calibrate the refusal threshold on a dataset's out-of-scope and in-scope items.

Prints, per language, the out-of-scope refusal rate and the in-scope false-refusal rate for
candidate thresholds of the relevance score, and the threshold that refuses most out-of-scope
items while wrongly refusing at most 5% of in-scope ones. For questions asking for a kind of
figure (a percentage, days, years) it prints the best coverage of a sentence stating one, for
out-of-scope and in-scope items: FIGURE_COVERAGE belongs between the two.

    .venv/bin/python evals/calibrate_refusal.py [--dataset evals/datasets/dev.jsonl]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.answer.chain import Turn, question_terms
from assistant.answer.refusal import FIGURE_COVERAGE, figure_support, relevance
from assistant.answer.scope import off_topic, out_of_scope_place
from assistant.evaluation.dataset import load_dataset
from assistant.language import detect_language
from assistant.search.retrieval import Retriever
from assistant.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dataset", type=Path, default=Path("evals/datasets/dev.jsonl"))
    parser.add_argument("--max-false-refusals", type=float, default=0.05)
    args = parser.parse_args()
    retriever = Retriever.load(Settings())
    rows = []
    figures: list[tuple[bool, float, str, str]] = []
    for item in load_dataset(args.dataset):
        turn = Turn(question=item.question, lang=detect_language(item.question))
        hits = retriever.search(item.question, k=5)
        terms = question_terms(retriever, turn)
        rel = relevance(hits, terms, retriever.tokenize)
        figure = figure_support(item.question, hits, terms, retriever.tokenize)
        if figure:
            figures.append((item.type == "out_of_scope", figure[1], figure[0], item.question))
        top = [h.clause.text for h in hits[:1]]
        place = out_of_scope_place(item.question, top) or off_topic(item.question, [h.clause.text for h in hits[:3]])
        rows.append((item.type == "out_of_scope", turn.lang, rel.score, place, item.question))
    for lang in ("zh", "en"):
        oos = [r for r in rows if r[0] and r[1] == lang]
        ins = [r for r in rows if not r[0] and r[1] == lang]
        by_place = sum(1 for r in oos if r[3])
        wrong_place = [r[4] for r in ins if r[3]]
        print(f"[{lang}] {len(oos)} out-of-scope, {len(ins)} in-scope; refused by scope rules: {by_place} OOS, {len(wrong_place)} in-scope")
        for q in wrong_place:
            print(f"    scope rules refuse in-scope: {q}")
        best = None
        for threshold in sorted({round(r[2], 3) for r in rows if r[1] == lang}):
            refused_oos = sum(1 for r in oos if r[3] or r[2] < threshold) / max(len(oos), 1)
            false = sum(1 for r in ins if r[3] or r[2] < threshold) / max(len(ins), 1)
            if false <= args.max_false_refusals and (best is None or refused_oos > best[1]):
                best = (threshold, refused_oos, false)
        if best:
            print(f"    best threshold {best[0]}: out-of-scope refused {best[1]:.3f}, in-scope false refusals {best[2]:.3f}")
        for r in sorted(oos, key=lambda r: r[2]):
            print(f"    oos score {r[2]:.3f} place={r[3]} {r[4][:60]}")
    print(f"[figures] questions asking for a kind of figure; refused below coverage {FIGURE_COVERAGE}")
    for oos, coverage, kind, question in sorted(figures, key=lambda f: f[1]):
        print(f"    {'oos' if oos else 'in '} {coverage:.3f} {kind}: {question[:60]}")
    oos = [f for f in figures if f[0]]
    ins = [f for f in figures if not f[0]]
    refused_oos = sum(1 for f in oos if f[1] < FIGURE_COVERAGE)
    refused_in = sum(1 for f in ins if f[1] < FIGURE_COVERAGE)
    print(f"    at {FIGURE_COVERAGE}: refuses {refused_oos} of {len(oos)} out-of-scope and {refused_in} of {len(ins)} in-scope questions")


if __name__ == "__main__":
    main()
