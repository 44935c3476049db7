"""Calibrate the coverage floor a figure provision needs to answer a part, per language.

Every part asking for a figure (amount, price, rate, period, count) of every development set is
answered with no floor; each answered part is then printed by its best provision's coverage (the
share of the part's weighted subject words it and its headings hold) and tallied in bands:
parts of out-of-scope questions (the guide does not state what is asked: any figure is wrong),
parts whose line states an expected figure, and parts of in-scope questions whose line states
none of them (another provision's figure). Below the floor chosen, wrong figures should clearly
outnumber right ones.

    .venv/bin/python evals/calibrate_figure_floor.py [--datasets dev test test2 …]
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from assistant.answer import compose
from assistant.answer.compose import PartAnswer
from assistant.answer.question import FIGURE_SLOTS
from assistant.evaluation.dataset import load_dataset
from assistant.quantities import quantities
from assistant.service import Assistant
from assistant.settings import Settings, resources_dir

BANDS = [0.0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.7, 2.0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--datasets", nargs="+", default=["dev", "test", "test2", "test3", "test4", "test5", "test6", "test7"])
    args = parser.parse_args()
    compose.FIGURE_COVERAGE = {"zh": 0.0, "en": 0.0}  # every part answered: the floors are judged below
    assistant = Assistant.load(Settings())
    chain = assistant.chain
    assert chain is not None and chain.extractive is not None
    answered: list[list[PartAnswer]] = []
    parts_of = chain.extractive.answer_parts

    def recording(turn):  # type: ignore[no-untyped-def]
        result = parts_of(turn)
        answered.append(result)
        return result

    chain.extractive.answer_parts = recording  # type: ignore[method-assign]
    tally: dict[tuple[str, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for name in args.datasets:
        for item in load_dataset(resources_dir() / "evals" / "datasets" / f"{name}.jsonl"):
            answered.clear()
            assistant.ask(item.question, history=item.history)
            expected = [q for n in item.answer_numbers for q in quantities(n)]
            for answer in answered[-1] if answered else []:
                if answer.part.slot not in FIGURE_SLOTS or not answer.answered:
                    continue
                stated = quantities(answer.line)
                kind = ("out of scope" if item.type == "out_of_scope" else
                        "right figure" if any(e.same_value(s) for e in expected for s in stated) else
                        "other figure" if expected else "no figure expected")
                band = next(i for i in range(len(BANDS) - 1) if answer.coverage < BANDS[i + 1])
                tally[(item.lang, band)][kind] += 1
    for lang in ("zh", "en"):
        print(f"{lang}  coverage band   out of scope  right figure  other figure")
        for band in range(len(BANDS) - 1):
            row = tally[(lang, band)]
            counts = "  ".join(f"{row[kind]:12d}" for kind in ("out of scope", "right figure", "other figure"))
            print(f"    [{BANDS[band]:.2f}, {BANDS[band + 1]:.2f})   {counts}")


if __name__ == "__main__":
    main()
