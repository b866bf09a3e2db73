"""The cost of one edit on a large map, from the verb to the end of the repaint it causes.

    python benchmarks/bench_edits.py                      # 500, 5,000 and 20,000 cards
    python benchmarks/bench_edits.py 5000                 # one size
    python benchmarks/bench_edits.py --profile move 5000  # where one kind of edit spends its time

Each edit goes through the real document, verbs and scene, with a view showing the top left of the
map around the edited cells (offscreen); the time runs from the call until `processEvents()` has painted what the edit made
dirty. Edits: move one card to another cell of its lane (and back) with the lane keeping its height
(`move`) and with the lane growing or shrinking by a card, which moves every lane below
(`move_grow`); the last card of a cell moved to the end of another cell of its lane and back, no
other card changing its place (`move_end`, the same edit on any map); commit a card's text; change a card's severity; undo; redo (of the severity); one
keystroke in the in-place editor. Medians of many repetitions, since the
machine is shared; the sizes take turns, and the 5,000/500 ratio is measured in the same run.

Targets: each edit ≤ 16 ms at 5,000 cards (one 60 Hz frame), ≤ 1.5× the same edit at 500 cards and
≤ 50 ms at 20,000 cards; a keystroke ≤ 2 ms at 20,000 cards.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

EDITS = ("move", "move_grow", "text", "property", "undo", "redo", "keystroke", "move_end")


class Bench:
    """A shown window on one generated map, and one way to run each edit."""

    def __init__(self, cards: int) -> None:
        from generate import generated_project
        from PySide6.QtWidgets import QApplication

        from cjdesigner.app.document import Document
        from cjdesigner.app.verbs import Verbs
        from cjdesigner.canvas.controller import MapController
        from cjdesigner.canvas.scene import MapScene
        from cjdesigner.canvas.view import MapView

        self.app = QApplication.instance() or QApplication([])
        self.document = Document(generated_project(cards))
        self.verbs = Verbs(self.document)
        self.scene = MapScene(self.document)
        self.controller = MapController(self.verbs, self.scene)
        self.view = MapView(self.scene)
        self.view.resize(1280, 820)
        self.view.show()
        self.view.centerOn(0, 0)
        self.settle()
        journey = self.document.journey
        pairs = []
        for lane in (la.id for la in journey.lanes):
            counts = {s.id: len(journey.cell_cards(s.id, lane)) for s in journey.stages}
            fullest = max(counts.values(), default=0)
            full = [s for s, n in counts.items() if n == fullest]
            short = [s for s, n in counts.items() if n == fullest - 1]
            if len(full) >= 2 and short:
                pairs.append((lane, full, short))
        if not pairs:
            raise SystemExit("the generated map has no lane with two fullest cells and a shorter one")
        lane, full, short = pairs[0]
        # The same edit on any map: the last card of a cell goes to the end of another cell of its
        # lane and back, so no other card changes its place, however full the cells are. Cells
        # apart from those the other moves use, with fullest cells to spare, so the lane keeps its height.
        if len(pairs) > 1:
            end_lane, end_full, end_short = pairs[1][0], pairs[1][1][0], pairs[1][2][0]
        elif len(full) >= 4 and len(short) >= 2:
            end_lane, end_full, end_short = lane, full[-1], short[-1]
        else:
            raise SystemExit("the generated map has no cells to spare for the move to the end of a cell")
        self.end_mover = journey.cell_cards(end_full, end_lane)[-1].id
        self.end_cells = [(end_full, end_lane), (end_short, end_lane)]
        # A card that goes back and forth between a fullest cell and a cell one card shorter leaves
        # its lane's height alone; between two fullest cells, it makes the lane grow and shrink,
        # which moves every lane below (and all their cards).
        self.mover = journey.cell_cards(full[0], lane)[0].id
        self.cells = [(full[0], lane), (short[0], lane)]
        self.growing = [(full[0], lane), (full[1], lane)]
        self.target = journey.cell_cards(short[0], lane)[1].id
        self.step = 0
        mover = self.scene.layout.cards[self.mover]  # the view shows the cells the edits change
        self.view.centerOn(mover.x + 560, mover.y + 350)
        self.settle()

    def settle(self) -> None:
        self.app.processEvents()

    def move(self) -> None:
        stage, lane = self.cells[(self.step + 1) % 2]
        self.verbs.move_cards([self.mover], stage, lane, 0)

    def move_grow(self) -> None:
        stage, lane = self.growing[(self.step + 1) % 2]
        self.verbs.move_cards([self.mover], stage, lane, 0)

    def move_end(self) -> None:
        card = self.document.journey.card(self.end_mover)
        stage, lane = next(cell for cell in self.end_cells if cell != (card.stage_id, card.lane_id))
        self.verbs.move_cards([self.end_mover], stage, lane, len(self.document.journey.cell_cards(stage, lane)))

    def text(self) -> None:
        self.verbs.set_card_text(self.target, f"Le client compare les prix, essai {self.step}")

    def property(self) -> None:
        self.verbs.set_fields("card", self.target, None, severity=(1, 3, 5)[self.step % 3])

    def undo(self) -> None:
        self.document.undo_stack.undo()

    def redo(self) -> None:
        self.document.undo_stack.redo()

    def keystroke(self) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
        self.app.sendEvent(self.view.viewport(), event)

    def prepare(self, edit: str) -> None:
        """What must hold before an edit can be timed: something to undo or redo, an open editor."""
        if edit != "keystroke" and self.scene.editor is not None:
            self.scene.finish_editing(commit=False)
        if edit == "undo":
            self.property()
        elif edit == "redo":
            self.property()
            self.undo()
        elif edit == "move_end":
            mover = self.scene.layout.cards[self.end_mover]
            self.view.centerOn(mover.x + 560, mover.y + 350)
        elif edit == "keystroke" and self.scene.editor is None:
            self.scene.start_editing(self.target)
            self.scene.editor.setPlainText("")
        self.settle()

    def time(self, edit: str, repeat: int) -> list[float]:
        run: Callable[[], None] = getattr(self, edit)
        costs = []
        for _ in range(repeat):
            self.step += 1
            self.prepare(edit)
            start = time.perf_counter()
            run()
            self.settle()
            costs.append((time.perf_counter() - start) * 1000)
        return costs


ROUNDS = 31  # samples of each edit at each size


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--profile"]:
        edit, cards = args[1], int(args[2]) if len(args) > 2 else 5000
        bench = Bench(cards)
        bench.time(edit, 3)
        profile = cProfile.Profile()
        profile.enable()
        bench.time(edit, 10)
        profile.disable()
        pstats.Stats(profile).sort_stats(os.environ.get("SORT", "cumulative")).print_stats(35)
        return 0
    sizes = [int(a) for a in args] or [500, 5000, 20000]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; median ms of {ROUNDS} runs, "
          "the sizes taking turns so that a busy moment of the machine hits them all alike")
    benches = {cards: Bench(cards) for cards in sizes}
    for bench in benches.values():
        bench.time("move", 3)  # warm-up: caches, first paint
    samples: dict[int, dict[str, list[float]]] = {cards: {edit: [] for edit in EDITS} for cards in sizes}
    for edit in EDITS:
        for _ in range(ROUNDS):
            for cards, bench in benches.items():
                samples[cards][edit] += bench.time(edit, 1)
    results = {cards: {edit: statistics.median(costs) for edit, costs in by_edit.items()} for cards, by_edit in samples.items()}
    print(f"{'edit':<10}" + "".join(f"{n:>10,}" for n in sizes) + ("   5,000/500" if {500, 5000} <= set(sizes) else ""))
    for edit in EDITS:
        row = f"{edit:<10}" + "".join(f"{results[n][edit]:>10.2f}" for n in sizes)
        if {500, 5000} <= set(sizes):
            row += f"   {results[5000][edit] / results[500][edit]:>9.2f}x"
        print(row)
    print("targets: edits <= 16 ms at 5,000, <= 1.5x the 500-card edit, <= 50 ms at 20,000; keystroke <= 2 ms at 20,000")
    return 0


if __name__ == "__main__":
    sys.exit(main())
