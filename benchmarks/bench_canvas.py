"""Canvas speed against bare-Qt baselines measured in the same run.

    python benchmarks/bench_canvas.py            # 1,000 and 5,000 cards
    python benchmarks/bench_canvas.py 5000       # one size

Reports: open-to-first-paint (subprocess wall time and peak memory) against a bare window holding the
same number of rectangle + text items; the median cost of one mouse move while dragging a card
against dragging a bare rectangle; and drop (with re-layout), undo and redo of a move. Each
interaction is timed from the event to the end of the repaint Qt schedules for it (offscreen).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from children import child_env  # noqa: E402


# Runs a program and prints its own peak resident memory at exit. The peak a parent reads for its
# child (wait4, RUSAGE_CHILDREN, even the child's RUSAGE_SELF) survives fork and exec, so a child of
# this benchmark, which holds a whole map and Qt, would report the benchmark's size; VmHWM belongs to
# the memory the program built after its exec, and only to it.
PEAK_REPORTER = """
import atexit, runpy, sys

def report_peak():
    with open("/proc/self/status") as status:
        peak_kib = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    print(f"peak-kib {peak_kib}", file=sys.__stdout__, flush=True)

atexit.register(report_peak)
target, sys.argv = sys.argv[1], sys.argv[2:]
if target == "-m":
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
else:
    sys.argv.insert(0, target)
    runpy.run_path(target, run_name="__main__")
"""


def run_child(args: list[str], home: str) -> tuple[float, float]:
    """Wall seconds and peak memory (MiB) of one program, `args` as given to Python after its path."""
    env = child_env(home)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", PEAK_REPORTER, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed with status {result.returncode}")
    peak = [line for line in result.stdout.splitlines() if line.startswith("peak-kib ")]
    return elapsed, int(peak[-1].split()[1]) / 1024


def bench_startup(cards: int, path: Path, home: str, repeat: int = 7) -> dict[str, float]:
    """The three programs take turns, so that a busy moment of the machine hits them all alike."""
    commands = {
        "open": ["-m", "cjdesigner", str(path), "--quit-after-paint"],
        "bare": [str(HERE / "bare_window.py"), str(cards)],
        "empty": [str(HERE / "bare_window.py"), "0"],
    }
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for command in commands.values():
        run_child(command, home)  # warm-up: the disk cache, the bytecode
    for _ in range(repeat):
        for name, command in commands.items():
            runs[name].append(run_child(command, home))
    result = {name: statistics.median(r[0] for r in values) for name, values in runs.items()}
    result["open_mib"] = max(r[1] for r in runs["open"])
    result["bare_mib"] = max(r[1] for r in runs["bare"])
    result["empty_mib"] = max(r[1] for r in runs["empty"])
    return result


def bench_interaction(path: Path) -> dict[str, float]:
    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsView

    from cjdesigner.app.document import Document
    from cjdesigner.app.session import Session
    from cjdesigner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Session(Document.open(path), settings))
        window.resize(1280, 820)
        window.show()
        view, scene = window.view, window.scene
        view.zoom_reset()
        view.centerOn(0, 0)
        app.processEvents()

        def drag_moves(viewport, start: QPoint, moves: int = 60) -> list[float]:
            QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
            costs = []
            for step in range(1, moves + 1):
                t = time.perf_counter()
                QTest.mouseMove(viewport, start + QPoint(step * 3, step))
                app.processEvents()  # handles the move and repaints what it made dirty
                costs.append((time.perf_counter() - t) * 1000)
            return costs

        journey = window.document.journey
        lane = journey.lanes[0].id
        drops, moved = [], 0
        for stage in journey.stages[:5]:
            card = journey.cell_cards(stage.id, lane)[0]
            rect = scene.layout.cards[card.id]
            start = view.mapFromScene(rect.x + 20, rect.y + 20)
            costs = drag_moves(view.viewport(), start, moves=60 if not drops else 10)
            move_costs = costs if not drops else move_costs
            before = window.document.undo_stack.count()
            t = time.perf_counter()
            QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(200, 30))
            app.processEvents()
            drops.append((time.perf_counter() - t) * 1000)
            moved += window.document.undo_stack.count() - before
        drop = statistics.median(drops)

        undo_costs, redo_costs = [], []
        for _ in range(5):
            t = time.perf_counter()
            window.document.undo_stack.undo()
            app.processEvents()
            undo_costs.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            window.document.undo_stack.redo()
            app.processEvents()
            redo_costs.append((time.perf_counter() - t) * 1000)
        window.document.undo_stack.setClean()
        window.close()

        bare_scene = QGraphicsScene()
        for index in range(len(journey.cards)):
            item = QGraphicsRectItem(0, 0, 168, 88)
            item.setPos((index % 15) * 188.0, (index // 15) * 96.0)
            item.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsMovable)
            bare_scene.addItem(item)
        bare_view = QGraphicsView(bare_scene)
        bare_view.resize(1280, 820)
        bare_view.show()
        bare_view.centerOn(0, 0)
        app.processEvents()
        bare_costs = drag_moves(bare_view.viewport(), bare_view.mapFromScene(20, 20))
        QTest.mouseRelease(bare_view.viewport(), Qt.MouseButton.LeftButton)
        bare_view.close()
    return {
        "move": statistics.median(move_costs),
        "bare_move": statistics.median(bare_costs),
        "drop": drop,
        "drop_moved": float(moved == 5),
        "undo": statistics.median(undo_costs),
        "redo": statistics.median(redo_costs),
    }


def main() -> int:
    from generate import generated_project

    from cjdesigner.io.cjmap import save_project

    sizes = [int(a) for a in sys.argv[1:]] or [1000, 5000]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        for cards in sizes:
            path = Path(folder) / f"map-{cards}.cjmap"
            save_project(generated_project(cards), path)
            s = bench_startup(cards, path, folder)
            i = bench_interaction(path)
            print(f"\n{cards} cards ({path.stat().st_size / 2**20:.1f} MiB file)")
            print(f"  open to first paint   {s['open']:.3f} s   bare window with {cards} rect+text items {s['bare']:.3f} s"
                  f"   ratio {s['open'] / s['bare']:.2f}x (target <= 3)   empty bare window {s['empty']:.3f} s")
            print(f"  peak memory           {s['open_mib']:.0f} MiB   bare {s['bare_mib']:.0f} MiB   empty bare window {s['empty_mib']:.0f} MiB   (target < 250 MiB)")
            print(f"  mouse move, dragging  {i['move']:.2f} ms median   bare rectangle {i['bare_move']:.2f} ms   (target <= 4 ms)")
            print(f"  drop with re-layout   {i['drop']:.1f} ms median of 5{'' if i['drop_moved'] else ' (NO MOVE RECORDED)'}   (target <= 50 ms)")
            print(f"  undo / redo of move   {i['undo']:.1f} ms / {i['redo']:.1f} ms median   (target <= 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
