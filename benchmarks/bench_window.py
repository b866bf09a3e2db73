"""The cost of one edit in the window people use, from the key event to the end of its repaint.

    python benchmarks/bench_window.py                       # 500, 5,000 and 20,000 cards
    python benchmarks/bench_window.py --sizes 500,5000      # a few minutes less
    python benchmarks/bench_window.py --rounds 9 --profile move 5000
    python benchmarks/bench_window.py --memory --sizes 5000,20000   # peak memory, a fresh process per size

Each size opens the real `MainWindow` (the docks as on first start: personas, palette and
properties shown; outline, history, matrix and backlog hidden; the journal on, in a temporary
folder) on a generated map (`generate.py`). Each edit is sent as the user makes it: key events to
the map (Ctrl+arrows, Del, Ctrl+X, Ctrl+V, Ctrl+Z, Ctrl+Shift+Z, F2 + typing + Enter), a key
in the properties panel (a card's severity, Up or Down then Enter), a persona dropped on a card (the drop
event with the persona's mime data), a stage dragged one place (its intent, as the header gesture
emits it on release). The time runs from the event until the events it posted have been handled and
the view has painted what it made dirty. Beside the windows, in turns with them, a bare
`QGraphicsView` holding the same number of rectangles moves one of them (the baseline).

Targets: every edit ≤ 16 ms at 5,000 cards, ≤ 1.5× its cost at 500 and ≤ 50 ms at 20,000.

`--memory` measures the window's peak memory instead: for each size a fresh process opens the map
from its file (as a user does, through the strict loader), shows the window, makes every edit once
and reports its own peak resident memory (`VmHWM`, which belongs to that process alone: the peak
a parent reads for a child survives fork and exec and would report the parent's size). Targets:
≤ 150 MiB at 5,000 cards, ≤ 250 MiB at 20,000.
A vote in presentation mode opens the presentation from the window (View → Present), spotlights the
card's stage, and times "+" and then "-" on the projector, each a dot given and taken back in the
open round, until the projector and the window behind it have painted.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QSpinBox  # noqa: E402

EDITS = ("move", "delete", "cut", "paste", "undo", "redo", "text", "property", "persona", "stage", "vote")
Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def settle() -> None:
    """Handle what the event posted (zero-timers, deferred updates) and paint what it made dirty."""
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()


JOURNAL = {"ms": 0.0}  # time spent in the journal's hook since `timed` last reset it
LAST_JOURNAL: list[float] = []  # the journal's share of each edit `timed` since cleared


def timed(action: Callable[[], None]) -> float:
    JOURNAL["ms"] = 0.0
    start = time.perf_counter()
    action()
    settle()
    LAST_JOURNAL.append(JOURNAL["ms"])
    return (time.perf_counter() - start) * 1000


def clocked_hook(hook):
    """The journal hook with its `stepped` timed, so a table can say how much of an edit it costs."""
    stepped = hook.stepped

    def timed_stepped(document) -> None:
        start = time.perf_counter()
        stepped(document)
        JOURNAL["ms"] += (time.perf_counter() - start) * 1000

    hook.stepped = timed_stepped
    return hook


class Baseline:
    """A bare view with `cards` rectangles; one of them moves and back."""

    def __init__(self, cards: int) -> None:
        self.scene = QGraphicsScene()
        for i in range(cards):
            self.scene.addRect(0, 0, 160, 60).setPos((i % 15) * 200, (i // 15) * 70)
        self.item = self.scene.items()[-1]
        self.view = QGraphicsView(self.scene)
        self.view.resize(1280, 820)
        self.view.show()
        settle()
        self.step = 1

    def run(self) -> float:
        self.step = -self.step
        return timed(lambda: self.item.moveBy(200 * self.step, 0))


class WindowBench:
    """The real window on one generated map, and one way to make each edit."""

    def __init__(self, cards: int, folder: Path, path: Path | None = None) -> None:
        from generate import generated_project

        from cjdesigner.app.document import Document
        from cjdesigner.app.journal import JournalHook
        from cjdesigner.app.session import Session
        from cjdesigner.ui.main_window import MainWindow

        settings = QSettings(str(folder / f"settings-{cards}.ini"), QSettings.Format.IniFormat)
        document = Document.open(path) if path is not None else Document(generated_project(cards))
        self.session = Session(document, settings)
        self.session.add_hook(clocked_hook(JournalHook(folder / f"recovery-{cards}")))
        self.window = MainWindow(self.session)
        self.window.resize(1400, 1000)
        self.window.show()
        settle()
        self.view = self.window.view
        journey = self.window.document.journey
        self.card = next(c.id for c in journey.cards if c.stage_id == journey.stages[1].id and c.lane_id == journey.lanes[0].id)
        self.stage = journey.stages[2].id

    @property
    def scene(self):
        return self.window.scene

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, text: str = "") -> None:
        target = self.view if self.view.hasFocus() or QApplication.focusWidget() is None else QApplication.focusWidget()
        QTest.keyClick(target, key, modifiers)

    def select(self) -> None:
        self.window.raise_()
        self.window.activateWindow()
        self.view.setFocus()
        self.scene.select_cards([self.card])
        self.scene.reveal_current()
        settle()

    def run(self, edit: str) -> list[float]:
        """Times of one round of `edit`; the map is as before when it returns."""
        self.select()
        self.edit = edit
        return self._run(edit)

    def step(self, action: Callable[[], None], delta: int = 1) -> float:
        """The time of `action`, which must move the undo stack by `delta` (an edit that pushed
        nothing, or a step undone that was not this round's, would time the wrong thing)."""
        stack = self.window.document.undo_stack
        index = stack.index()
        took = timed(action)
        if stack.index() != index + delta:
            raise SystemExit(f"{self.edit}: the undo stack went from {index} to {stack.index()}, not by {delta}: "
                             "the benchmark did not reach the window")
        return took

    def _run(self, edit: str) -> list[float]:
        if edit == "move":
            return [self.step(lambda: self.key(Qt.Key.Key_Right, Ctrl)), self.step(lambda: self.key(Qt.Key.Key_Left, Ctrl))]
        if edit in ("undo", "redo"):
            self.key(Qt.Key.Key_Right, Ctrl)
            settle()
            first = self.step(lambda: self.key(Qt.Key.Key_Z, Ctrl), -1)
            second = self.step(lambda: self.key(Qt.Key.Key_Z, Ctrl | Shift))
            self.undo()
            del LAST_JOURNAL[-1 if edit == "undo" else -2]
            return [first] if edit == "undo" else [second]
        if edit == "paste":
            self.key(Qt.Key.Key_C, Ctrl)
            settle()
        if edit == "text":
            self.key(Qt.Key.Key_F2)
            settle()
            QTest.keyClicks(QApplication.focusWidget() or self.view, "x")
            settle()
        if edit == "property":
            return self.change_severity()
        if edit == "vote":
            return self.vote()
        if edit == "stage":
            return [self.step(lambda: self.scene.stageMoved.emit(self.stage, 3)), self.step(lambda: self.scene.stageMoved.emit(self.stage, 2))]
        actions = {
            "delete": lambda: self.key(Qt.Key.Key_Delete),
            "cut": lambda: self.key(Qt.Key.Key_X, Ctrl),
            "paste": lambda: self.key(Qt.Key.Key_V, Ctrl),
            "text": lambda: QTest.keyClick(QApplication.focusWidget() or self.view, Qt.Key.Key_Return),
            "persona": self.drop_persona,
        }
        times = [self.step(actions[edit])]
        self.undo()
        return times

    def change_severity(self) -> list[float]:
        """Up (or Down, at the top) then Enter in the severity box of the selected card; the step
        it pushes is checked before the undo that follows, so a key that commits nothing fails."""
        panel = self.window.properties
        spin = panel.findChild(QSpinBox, "field-severity")
        if spin is None or not spin.isVisibleTo(panel):
            raise SystemExit("property: the selected card shows no severity box")
        spin.setFocus()
        settle()
        card = self.window.document.journey.card(self.card)
        before = card.severity
        up = before is None or before < 5
        stack = self.window.document.undo_stack
        index = stack.index()

        def change() -> None:
            QTest.keyClick(spin, Qt.Key.Key_Up if up else Qt.Key.Key_Down)
            QTest.keyClick(spin, Qt.Key.Key_Return)

        times = [timed(change)]
        expected = panel.tr("Change %1").replace("%1", panel.tr("Severity"))
        after = self.window.document.journey.card(self.card).severity
        if stack.index() != index + 1 or stack.undoText() != expected or after == before:
            raise SystemExit(f"property: no step {expected!r} pushed (index {index} → {stack.index()}, "
                             f"{stack.undoText()!r}, severity {before} → {after})")
        self.undo()
        return times

    def vote(self) -> list[float]:
        """A dot given and taken back on the projector, in a round opened once per map (the round
        stays in the map, as a workshop's would, and costs the other edits nothing)."""
        from cjdesigner.ui.presentation import Presentation

        self.window.action("view.present").trigger()
        presentation = self.window.findChildren(Presentation)[-1]
        QTest.qWaitForWindowExposed(presentation.projector)
        journey = self.window.document.journey
        if not any(not r.ended for r in journey.voting_rounds):
            presentation.start_round("Bench", 3, [], False)
        presentation.spotlight(next(i for i, s in enumerate(journey.stages) if s.id == journey.card(self.card).stage_id))
        presentation.focus_id = self.card
        settle()
        projector = presentation.projector
        times = [self.step(lambda: QTest.keyClick(projector, Qt.Key.Key_Plus)),
                 self.step(lambda: QTest.keyClick(projector, Qt.Key.Key_Minus))]
        QTest.keyClick(projector, Qt.Key.Key_Escape)
        settle()
        return times

    def undo(self) -> None:
        self.view.setFocus()
        self.key(Qt.Key.Key_Z, Ctrl)
        settle()

    def drop_persona(self) -> None:
        mime = QMimeData()
        from cjdesigner.canvas.scene import PERSONA_MIME

        cast = self.window.document.journey.card(self.card).persona_ids
        persona = next(p.id for p in self.window.document.project.personas if p.id not in cast)  # a badge it lacks
        mime.setData(PERSONA_MIME, persona.encode("utf-8"))
        item = self.scene.card_items[self.card]
        point = self.view.mapFromScene(item.sceneBoundingRect().center())
        for kind in (QDropEvent.Type.DragEnter, QDropEvent.Type.DragMove):
            from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

            cls = QDragEnterEvent if kind == QDropEvent.Type.DragEnter else QDragMoveEvent
            QApplication.sendEvent(self.view.viewport(), cls(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
        QApplication.sendEvent(self.view.viewport(), QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def verdict(ok: bool) -> str:
    return "holds" if ok else "falls short"


MEMORY_TARGETS = {5000: 150, 20000: 250}  # MiB


def own_peak_mib() -> float:
    """This process's peak resident memory since its exec (see `--memory`)."""
    with open("/proc/self/status") as status:
        return int(next(line.split()[1] for line in status if line.startswith("VmHWM:"))) / 1024


def memory_child(cards: int, path: Path) -> None:
    """Open the map in the window, make every edit once, print the peak (a process of its own)."""
    QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-window-memory-"))
    opened = WindowBench(cards, folder, path)
    after_open = own_peak_mib()
    for edit in EDITS:
        opened.run(edit)
    print(f"peak-mib {after_open:.1f} {own_peak_mib():.1f}", flush=True)
    opened.window.setWindowModified(False)
    opened.session.end()
    os._exit(0)  # measured; Qt's teardown of a window dropped by Python at exit can crash, and is not timed


def memory(sizes: list[int]) -> None:
    import subprocess

    from children import child_env
    from generate import generated_project

    from cjdesigner.io.cjmap import save_project

    folder = Path(tempfile.mkdtemp(prefix="bench-window-maps-"))
    print("bench_window --memory: peak resident memory of a fresh process per size (VmHWM), MiB")
    print("| cards | file | after opening | after every edit once | target | verdict |")
    print("|---|---|---|---|---|---|")
    for cards in sizes:
        path = folder / f"map-{cards}.cjmap"
        save_project(generated_project(cards), path)
        result = subprocess.run([sys.executable, __file__, "--memory-of", str(cards), str(path)], env=child_env(str(folder)),
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = next((ln for ln in result.stdout.splitlines() if ln.startswith("peak-mib ")), None)
        if result.returncode != 0 or line is None:
            raise SystemExit(f"--memory-of {cards} failed with status {result.returncode}")
        opened, peak = (float(v) for v in line.split()[1:])
        target = MEMORY_TARGETS.get(cards)
        judged = f"≤ {target} MiB | {verdict(peak <= target)}" if target else "— | —"
        print(f"| {cards:,} | {path.stat().st_size / 2**20:.1f} MiB | {opened:.0f} | {peak:.0f} | {judged} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="500,5000,20000")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--profile", nargs=2, metavar=("EDIT", "CARDS"))
    parser.add_argument("--memory", action="store_true", help="peak memory of the window, a fresh process per size")
    parser.add_argument("--memory-of", nargs=2, metavar=("CARDS", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_of:
        memory_child(int(args.memory_of[0]), Path(args.memory_of[1]))
        return
    if args.memory:
        memory([int(s) for s in args.sizes.split(",")])
        return
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-window-"))
    if args.profile:
        edit, cards = args.profile[0], int(args.profile[1])
        bench = WindowBench(cards, folder)
        for _ in range(3):
            bench.run(edit)
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(args.rounds):
            bench.run(edit)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(45)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    benches = {n: WindowBench(n, folder) for n in sizes}
    baselines = {n: Baseline(n) for n in sizes}
    times: dict[tuple[str, int], list[float]] = {}
    journal: dict[tuple[str, int], list[float]] = {}
    for round_ in range(args.rounds + 1):  # the first round warms up
        for n in sizes:
            for edit in EDITS:
                LAST_JOURNAL.clear()
                samples = benches[n].run(edit)
                if round_:
                    times.setdefault((edit, n), []).extend(samples)
                    journal.setdefault((edit, n), []).extend(LAST_JOURNAL[: len(samples)])
            samples = [baselines[n].run() for _ in range(2)]
            if round_:
                times.setdefault(("baseline", n), []).extend(samples)
    median = {key: statistics.median(values) for key, values in times.items()}
    app.processEvents()
    print(f"bench_window: medians of {args.rounds} rounds, milliseconds; baseline = a bare QGraphicsView moving one of as many rectangles")
    header = " | ".join(f"{n:,}" for n in sizes)
    print(f"| edit | {header} | 5,000 ÷ 500 | × baseline at 5,000 | ≤ 16 ms at 5,000 | ≤ 1.5× at 500 | ≤ 50 ms at 20,000 |")
    print("|---" * (len(sizes) + 6) + "|")
    for edit in (*EDITS, "baseline"):
        cells = " | ".join(f"{median[(edit, n)]:.1f}" for n in sizes)
        ratio = median[(edit, 5000)] / median[(edit, 500)] if 500 in sizes and 5000 in sizes else None
        base = median[(edit, 5000)] / median[("baseline", 5000)] if 5000 in sizes else None
        judged = edit != "baseline"  # the bare view is a yardstick, not held to the targets
        frame = verdict(median[(edit, 5000)] <= 16) if 5000 in sizes and judged else "—"
        grows = verdict(ratio <= 1.5) if ratio is not None and judged else "—"
        large = verdict(median[(edit, 20000)] <= 50) if 20000 in sizes and judged else "—"
        print(f"| {edit} | {cells} | {f'{ratio:.2f}×' if ratio else '—'} | {f'{base:.0f}×' if base else '—'} | {frame} | {grows} | {large} |")
    print()
    print("the journal's hook within the same edits, and each edit less its journal time (medians):")
    print(f"| edit | {' | '.join(f'journal at {n:,}' for n in sizes)} | {' | '.join(f'without it at {n:,}' for n in sizes)} |")
    print("|---" * (2 * len(sizes) + 1) + "|")
    for edit in EDITS:
        spent = [statistics.median(journal[(edit, n)]) for n in sizes]
        rest = [statistics.median(t - j for t, j in zip(times[(edit, n)], journal[(edit, n)])) for n in sizes]
        print(f"| {edit} | " + " | ".join(f"{v:.1f}" for v in (*spent, *rest)) + " |")
    QApplication.clipboard().clear()
    for bench in benches.values():
        bench.window.setWindowModified(False)
        bench.session.end()


if __name__ == "__main__":
    main()
