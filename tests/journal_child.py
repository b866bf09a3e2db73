"""The process the crash test kills: it imports once, then forks one worker per run, which opens a
map through the real session (with its journal) and plays edits until it is killed.

stdin: `SEED MAP DATA_FOLDER STEPS SNAPSHOT_EVERY_STEPS` per run. stdout: `pid N`, then `step …`
lines, then `done`. Between two edits the worker lets Qt handle its events, as the app waits for
the user: a new snapshot of the journal is made then, every SNAPSHOT_EVERY_STEPS edits, without a
pause."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

import cjdesigner.app.journal as journal  # noqa: E402
import journal_script  # noqa: E402
from cjdesigner.app.document import Document  # noqa: E402
from cjdesigner.app.session import Session  # noqa: E402


def worker(seed: int, map_path: Path, data: Path, steps: int, snapshot_every: int) -> None:
    journal_script.make_deterministic(seed, setattr)
    journal.SNAPSHOT_EVERY_STEPS, journal.SNAPSHOT_AFTER_PAUSE_MS = snapshot_every, 0
    os.environ["XDG_DATA_HOME"] = str(data)  # the user's data folder, as `cjdesigner recover` finds it
    app = QCoreApplication([])
    app.setOrganizationName("cjdesigner")
    app.setApplicationName("cjdesigner")
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    session = Session(Document.open(map_path), settings)
    session.protect()

    def report(line: str) -> None:
        os.write(1, (line + "\n").encode())

    report(f"pid {os.getpid()}")
    journal_script.play(session, seed, steps, report, between=app.processEvents)
    report("end")
    del app


def main() -> None:
    for line in sys.stdin:
        seed, map_path, data, steps, snapshot_every = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                worker(int(seed), Path(map_path), Path(data), int(steps), int(snapshot_every))
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        os.write(1, b"done\n")


if __name__ == "__main__":
    main()
