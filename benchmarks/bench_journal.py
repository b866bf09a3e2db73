"""What the journal costs per edit: `python benchmarks/bench_journal.py [CARDS]` (default 5,000).

Times the journal's part of each undo step (reading the edit, writing its line, syncing it to
disk), inside the undo stack's signal as in the app, for edits of several sizes; then the
occasional snapshot that bounds the replay, made in a pause: the map serialised between two
events, then written and swapped in by a thread (the edit path never writes one). The journal lives in a temporary folder on the same
disk as the user's data folder would be. Budget: 2 ms per edit at 5,000 cards for the journal's own
work; the sync itself is the disk's, shown beside it as a bare append + sync of the same size."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from cjdesigner.app.document import Document  # noqa: E402
from cjdesigner.app import journal  # noqa: E402
from cjdesigner.app.journal import JournalHook  # noqa: E402
from cjdesigner.app.session import Session  # noqa: E402
from generate import generated_project  # noqa: E402

BUDGET_MS = 2.0


class TimedHook(JournalHook):
    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.times: list[float] = []

    def stepped(self, document) -> None:
        start = time.perf_counter()
        super().stepped(document)
        self.times.append((time.perf_counter() - start) * 1000)


class Bare:
    """The baseline: appending a line of the same size to a file and syncing it, nothing else."""

    def __init__(self, folder: Path) -> None:
        self.fd = os.open(folder / "bare.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self.times: list[float] = []

    def write(self, size: int) -> None:
        start = time.perf_counter()
        os.write(self.fd, b"x" * (size - 1) + b"\n")
        os.fdatasync(self.fd)
        self.times.append((time.perf_counter() - start) * 1000)


def measure(session: Session, hook: TimedHook, bare: Bare, label: str, edit, runs: int, sync: bool) -> list[str]:
    """Turns between the journal and the bare baseline, so both see the same disk."""
    hook.times.clear()
    bare.times.clear()
    path = hook.path_of(session.document)
    real_sync = os.fdatasync
    if not sync:
        os.fdatasync = lambda fd: None  # type: ignore[assignment]
    try:
        for i in range(runs):
            before = path.stat().st_size
            edit(session, i)
            bare.write(max(2, path.stat().st_size - before))
    finally:
        os.fdatasync = real_sync
    times = sorted(hook.times)
    return [f"{statistics.median(times):.2f}", f"{times[int(len(times) * 0.95)]:.2f}", f"{statistics.median(bare.times):.2f}"]


def main() -> int:
    cards = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    app = QCoreApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-journal-"))
    session = Session(Document(generated_project(cards)), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    start = time.perf_counter()
    hook = TimedHook(folder / "recovery")
    session.add_hook(hook)
    opened = (time.perf_counter() - start) * 1000
    journey = session.document.journey
    stage, lane = journey.stages[3].id, journey.lanes[1].id
    bare = Bare(folder)
    edits = [
        ("card text (set fields)", lambda s, i: s.verbs.set_card_text(f"c{i}", f"Texte {i} é"), 200),
        ("move 2 cards (renumbers ~190)", lambda s, i: s.verbs.move_cards([f"c{2 * i}", f"c{2 * i + 1}"], stage, lane, 0), 60),
        ("add a card", lambda s, i: s.verbs.add_card(stage, lane, 0, text=f"new {i}"), 60),
        ("undo", lambda s, i: s.document.undo_stack.undo(), 60),
        ("redo", lambda s, i: s.document.undo_stack.redo(), 60),
    ]
    rows = []
    for label, edit, runs in edits:
        synced = measure(session, hook, bare, label, edit, runs, sync=True)
        unsynced = measure(session, hook, bare, label, edit, runs, sync=False)
        rows.append((label, *synced, unsynced[0]))
    state = hook._open[id(session.document)]
    writer = state.writer
    start = time.perf_counter()
    writer.logged_lines = max(writer.logged_lines, journal.SNAPSHOT_EVERY_STEPS)  # due now
    hook._snapshot(state)
    between_events = (time.perf_counter() - start) * 1000
    writer.wait_compacted()
    in_background = (time.perf_counter() - start) * 1000
    size = writer.path.stat().st_size
    print(f"{cards} cards; journal opened with its snapshot in {opened:.1f} ms ({size / 1024:.0f} KiB)")
    print("| edit | journal, median | 95th percentile | bare write + sync of the same size, median | journal without the sync, median |")
    print("|---|---|---|---|---|")
    work = 0.0
    for label, median, p95, bare_median, unsynced in rows:
        print(f"| {label} | {median} ms | {p95} ms | {bare_median} ms | {unsynced} ms |")
        work = max(work, float(unsynced))
    print(f"snapshot after 500 steps, in a pause: {between_events:.1f} ms between two events, "
          f"then {in_background - between_events:.1f} ms on a thread")
    del app
    return 0 if work <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
