"""The session's journal: every undo step written to disk before the app waits for the user again.

`stepped` runs inside the undo stack's `indexChanged`, so the line is synced before the verb that
made the edit returns; `kill -9` a moment later loses nothing. Journals live in the user's data
folder (`QStandardPaths.AppDataLocation`/recovery), one per open map, untitled maps included.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QStandardPaths

try:
    import fcntl
except ImportError:  # Windows: a journal's owner is then told by its process id alone
    fcntl = None  # type: ignore[assignment]

from cjdesigner.app.document import Document
from cjdesigner.io import journal as J

SNAPSHOT_EVERY_STEPS = 500
SNAPSHOT_EVERY_BYTES = 8 * 1024 * 1024


def data_folder() -> Path:
    """Where recovery data and earlier versions live; never beside the user's files."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def recovery_folder() -> Path:
    return data_folder() / "recovery"


def new_journal_path(folder: Path) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    return folder / f"{stamp}-{secrets.token_hex(3)}{J.SUFFIX}"


@dataclass
class _Open:
    writer: J.JournalWriter
    index: int
    steps: int = 0
    written: int = 0
    edits: int = 0
    broken: bool = False  # a line could not be written: the next step starts afresh from a snapshot


class LockedWriter(J.JournalWriter):
    """A journal writer that holds an advisory lock on its file while the map is open, so that
    another instance never offers to recover a journal that is still being written."""

    def start(self, header, project, *, clean, edits) -> None:
        super().start(header, project, clean=clean, edits=edits)
        if self._fd is not None and fcntl is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class JournalHook:
    """A SessionHook. Never raises: a journal that cannot be written must not cost an edit; the
    problem is kept in `problem` for the window to show once."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or recovery_folder()
        self._open: dict[int, _Open] = {}
        self.problem = ""
        self.on_problem: Callable[[str], None] | None = None  # told once per new problem

    def path_of(self, document: Document) -> Path | None:
        state = self._open.get(id(document))
        return state.writer.path if state else None

    def opened(self, document: Document) -> None:
        self._guard(self._opened, document)

    def _opened(self, document: Document) -> None:
        writer = LockedWriter(new_journal_path(self.folder))
        state = _Open(writer, document.undo_stack.index())
        self._open[id(document)] = state
        self._restart(document, state, edits=0 if document.undo_stack.isClean() else 1)

    def _restart(self, document: Document, state: _Open, edits: int) -> None:
        head = J.header(document.path.resolve() if document.path else None, document.project.title)
        state.writer.start(head, document.project, clean=document.undo_stack.isClean(), edits=edits)
        state.steps = state.written = 0
        state.edits = edits

    def stepped(self, document: Document) -> None:
        state = self._open.get(id(document))
        if not self._guard(self._stepped, document) and state is not None:
            state.broken = True

    def _stepped(self, document: Document) -> None:
        state = self._open.get(id(document))
        if state is None:
            return
        stack = document.undo_stack
        new, old = stack.index(), state.index
        state.index = new
        applied = []
        if new < old:
            op = "undo"
            for i in range(old - 1, new - 1, -1):
                applied.append(stack.command(i).inverse)  # type: ignore[attr-defined]
        elif new > old:
            op = "redo"
            for i in range(old, new):
                command = stack.command(i)
                if command.redone is None:  # type: ignore[attr-defined]
                    op = "do"
                    applied.append(J.forward_of(command.inverse, document.project))  # type: ignore[attr-defined]
                else:
                    applied.append(command.redone)  # type: ignore[attr-defined]
        else:
            return
        if state.broken:  # a step is missing from the journal: start it again from the map as it is
            self._restart(document, state, edits=0 if stack.isClean() else state.edits + 1)
            state.broken = False
            return
        state.writer.step(op, applied, clean=stack.isClean())
        state.steps += 1
        state.edits += 1
        if state.steps >= SNAPSHOT_EVERY_STEPS or _size(state.writer.path) > SNAPSHOT_EVERY_BYTES:
            self._restart(document, state, edits=0 if stack.isClean() else state.edits)

    def saving(self, document: Document, path: Path) -> None:
        pass

    def saved(self, document: Document, path: Path) -> None:
        state = self._open.get(id(document))
        if state is not None:
            self._guard(self._restart, document, state, 0)

    def closed(self, document: Document) -> None:
        state = self._open.pop(id(document), None)
        if state is None:
            return
        if document.modified:
            # closed without saving: the user chose so, yet it is kept a while, like a declined recovery
            self._guard(state.writer.mark, "closed")
            state.writer.close()
        else:
            state.writer.remove()

    def _guard(self, work, *args) -> bool:
        try:
            work(*args)
        except OSError as error:
            problem = f"{self.folder}: {error.strerror or error}"
            if problem != self.problem and self.on_problem is not None:
                self.on_problem(problem)
            self.problem = problem
            return False
        self.problem = ""
        return True


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# --- finding what can be recovered: shared with the command line, which runs without Qt ----------

recoverable = J.recoverable
decline = J.decline
forget = J.forget
describe_time = J.describe_time
in_use = J.in_use


def for_file(path: Path, folder: Path | None = None) -> list[J.Recovery]:
    resolved = str(path.resolve())
    return [r for r in recoverable(folder or recovery_folder()) if r.file == resolved]
