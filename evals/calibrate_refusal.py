"""Calibrate when the guide is silent, on a development set's in-scope and out-of-scope items.

Two signals decide refusal (``assistant/answer/compose.py``, ``assistant/answer/refusal.py``):
- per part of a question asking for a figure or for metadata: the coverage of the part's
  subject by the best provision stating a figure of the asked kind (or by the clause whose
  metadata is given); the part is answered at ``FIGURE_COVERAGE`` / ``METADATA_COVERAGE`` or more;
- per part asking anything else: the relevance score of the clauses found for it
  (``THRESHOLDS`` per language).
A question is refused when no part is answered. This prints each item's decisive score and,
for candidate coverage floors, the out-of-scope items refused and the in-scope items wrongly
refused, and the floor that refuses most out-of-scope items within the false-refusal budget.

    .venv/bin/python evals/calibrate_refusal.py [--dataset evals/datasets/dev.jsonl]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.answer import compose
from assistant.answer.chain import Turn
from assistant.answer.question import FIGURE_SLOTS, METADATA_SLOTS
from assistant.answer.scope import off_topic, out_of_scope_place
from assistant.evaluation.dataset import load_dataset
from assistant.service import Assistant
from assistant.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dataset", type=Path, default=Path("evals/datasets/dev.jsonl"))
    parser.add_argument("--max-false-refusals", type=float, default=0.015)
    args = parser.parse_args()
    assistant = Assistant.load(Settings())
    chain = assistant.chain
    assert chain is not None
    # score every part, whatever its coverage: the floors are applied below
    compose.FIGURE_COVERAGE = {"zh": 0.0, "en": 0.0}
    compose.METADATA_COVERAGE = 0.0
    rows: list[tuple[bool, bool, float, str, str]] = []  # oos, answered by other slots, best coverage, slots, question
    for item in load_dataset(args.dataset):
        turn = chain._calculate(chain._retrieve(chain._condense(Turn(question=item.question, history=item.history))))
        parsed = turn.parsed
        assert parsed is not None
        if out_of_scope_place(item.question, [h.clause.text for h in turn.hits[:1]]) or off_topic(
            item.question, [h.clause.text for h in turn.hits[:3]]
        ):
            rows.append((item.type == "out_of_scope", False, -1.0, "scope", item.question))
            continue
        if turn.calculations:  # a calculation answers the question from the clauses that state its figures
            rows.append((item.type == "out_of_scope", True, 1.0, "calc", item.question))
            continue
        answers = chain.answerer.answer_parts(turn)  # type: ignore[attr-defined]
        judged = [a for a in answers if a.part.slot in FIGURE_SLOTS | METADATA_SLOTS]
        other = any(a.answered for a in answers if a.part.slot not in FIGURE_SLOTS | METADATA_SLOTS)
        best = max((a.coverage for a in judged if a.answered or a.coverage), default=0.0)
        rows.append((item.type == "out_of_scope", other, best, ",".join(parsed.slots), item.question))
    oos = [r for r in rows if r[0]]
    ins = [r for r in rows if not r[0]]
    for r in sorted(rows, key=lambda r: r[2]):
        tag = "oos" if r[0] else "in "
        print(f"{tag} {'other-answered' if r[1] else '              '} {r[2]:.3f} {r[3]:<24} {r[4][:70]}")

    def refused(r: tuple[bool, bool, float, str, str], floor: float) -> bool:
        return r[2] < 0 or (not r[1] and r[2] < floor)

    best_floor = None
    for floor in [x / 100 for x in range(10, 71, 2)]:
        refused_oos = sum(refused(r, floor) for r in oos)
        false = sum(refused(r, floor) for r in ins)
        print(f"floor {floor:.2f}: out-of-scope refused {refused_oos}/{len(oos)}, in-scope wrongly refused {false}/{len(ins)}")
        if false <= args.max_false_refusals * len(ins) and (best_floor is None or refused_oos > best_floor[1]):
            best_floor = (floor, refused_oos, false)
    if best_floor:
        print(f"best floor {best_floor[0]:.2f}: refuses {best_floor[1]} of {len(oos)} out-of-scope, {best_floor[2]} in-scope")


if __name__ == "__main__":
    main()
