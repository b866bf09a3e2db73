"""Comparing two maps against loading them: the issue's target is compare ≤ 2× loading both files.

    .venv/bin/python benchmarks/bench_compare.py [CARDS ...]     # default: 5,000 cards

NEW is OLD with 5 % of its cards reworded, 1 % moved to another stage, 1 % removed and 1 % added,
and a stage renamed. Timed: `compare` + `describe` (the change lines `cjdesigner diff` prints), and
`compare` alone; baseline: `loads_project` of both files (every check of an untrusted file
included). A three-way `merge` of two such edits of OLD is shown too (no target). In turns, 11 times
after a warm-up; medians.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_pdf import median_times  # noqa: E402  (in turns, after a warm-up; medians)
from generate import generated_project  # noqa: E402

from cjdesigner.io.cjmap import dumps_project, loads_project  # noqa: E402
from cjdesigner.model.change_lines import describe  # noqa: E402
from cjdesigner.model.diff import compare  # noqa: E402
from cjdesigner.model.document import Card, Project  # noqa: E402
from cjdesigner.model.merge import merge  # noqa: E402

RUNS = 11
TARGET = 2.0


def edited(project: Project, seed: int) -> Project:
    """A copy with a few percent of its cards changed, as a workshop's worth of edits."""
    rng = random.Random(seed)
    copy = project.model_copy(deep=True)
    journey = copy.journeys[0]
    cards = journey.cards
    count = len(cards)
    for card in rng.sample(cards, count // 20):
        card.text = card.text + " (revu)"
    removed = set(c.id for c in rng.sample(cards, count // 100))
    moved = [c for c in rng.sample(cards, count // 100) if c.id not in removed]
    journey.cards = [c for c in cards if c.id not in removed]
    for card in moved:
        card.stage_id = journey.stages[(journey.stages.index(journey.stage(card.stage_id)) + 1) % len(journey.stages)].id
    for i in range(count // 100):
        stage, lane = rng.choice(journey.stages).id, journey.lanes[0].id
        journey.cards.append(Card(id=f"new{seed}-{i}", stage_id=stage, lane_id=lane, text="Nouvelle carte"))
    cells: dict[tuple[str, str], int] = {}
    for card in journey.cards:  # renumber every cell, as the app's edits do
        at = cells.get((card.stage_id, card.lane_id), 0)
        card.position, cells[(card.stage_id, card.lane_id)] = at, at + 1
    journey.stages[0].name = "Renamed"
    return Project.model_validate(copy.model_dump())


def main() -> int:
    sizes = [int(a) for a in sys.argv[1:]] or [5000]
    holds = True
    print("| cards | load both files | compare + change lines | ratio (≤ 2) | compare alone | merge | changes |")
    print("|---|---|---|---|---|---|---|")
    for cards in sizes:
        old = generated_project(cards)
        new, other = edited(old, 1), edited(old, 2)
        old_data, new_data = dumps_project(old), dumps_project(new)
        old, new = loads_project(old_data), loads_project(new_data)
        load, lines, alone, merged = median_times([
            lambda: (loads_project(old_data), loads_project(new_data)),
            lambda: describe(compare(old, new), old, new),
            lambda: compare(old, new),
            lambda: merge(old, new, other),
        ], RUNS)
        count = len(describe(compare(old, new), old, new))
        ratio = lines / load
        holds = holds and ratio <= TARGET
        print(f"| {cards:,} | {load * 1000:.1f} ms | {lines * 1000:.1f} ms | {ratio:.2f}× | {alone * 1000:.1f} ms "
              f"| {merged * 1000:.1f} ms | {count} |")
    print("holds" if holds else "falls short")
    return 0 if holds else 1


if __name__ == "__main__":
    sys.exit(main())
