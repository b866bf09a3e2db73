"""The session's journal: every undo step written to disk before the app waits for the user again.

`stepped` runs inside the undo stack's `indexChanged`, so the line is written before the verb that
made the edit returns; `kill -9` a moment later loses nothing. An edit writes its own line and
nothing more: the whole map is written again (a new snapshot, which bounds the replay) only once
the user pauses, after many edits or a long log, and onto disk by a thread (`io/journal_file.py`). Journals live in the user's data
folder (`recovery` in it), one per open map, untitled maps included. When that folder cannot be
written, they go to a private fallback folder (`io/journal.fallback_folder`) and the window says
so until the data folder can be written again, which is tried at each open, save and snapshot.
"""

from __future__ import annotations

import contextlib
import importlib
import secrets
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

fcntl: ModuleType | None
try:
    fcntl = importlib.import_module("fcntl")
except ImportError:  # Windows: a journal's owner is then told by its process id alone
    fcntl = None

import shiboken6
from PySide6.QtCore import QTimer

from cjdesigner.app.document import Document
from cjdesigner.i18n import translate
from cjdesigner.io import journal as J
from cjdesigner.io.files import Fingerprint, fingerprint
from cjdesigner.io.phone_round import side_file

SNAPSHOT_EVERY_STEPS = 500  # a new snapshot after this many lines since the last one…
SNAPSHOT_EVERY_BYTES = 8 * 1024 * 1024  # …or this many bytes of them, and as many as the snapshot's
SNAPSHOT_AFTER_PAUSE_MS = 1000  # written when the user pauses; at once when twice overdue


def data_folder() -> Path:
    """Where recovery data and earlier versions live; never beside the user's files. One rule with
    the command line (`io/journal.data_folder`), which runs without Qt."""
    return J.data_folder()


def recovery_folder() -> Path:
    return data_folder() / "recovery"


def new_journal_path(folder: Path) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    return folder / f"{stamp}-{secrets.token_hex(3)}{J.SUFFIX}"


@dataclass
class _Open:
    writer: J.JournalWriter
    index: int
    document: weakref.ref[Document]
    base: Fingerprint | None = None  # the map's file as these edits began from it
    edits: int = 0
    timer: QTimer | None = None  # the pause after which a new snapshot is written
    broken: bool = False  # a line could not be written: the next step starts afresh from a snapshot
    failures: list[str] = field(default_factory=list)


class LockedWriter(J.JournalWriter):
    """A journal writer that holds an advisory lock on its file while the map is open, so that
    another instance never offers to recover a journal that is still being written."""

    def _claim(self, fd: int) -> None:
        if fcntl is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class JournalHook:
    """A SessionHook. Never raises: a journal that cannot be written must not cost an edit.

    `problem` says why the data folder takes no journal ("" while it does), `writing_to` where
    journals go now (the data folder, the fallback, or None when no folder takes them); both are
    kept for a window that comes later, and `on_problem` is told each time they change."""

    def __init__(self, folder: Path | None = None, fallback: Path | None = None) -> None:
        self.folder = folder or recovery_folder()
        self.fallback = fallback or J.fallback_folder()
        self._open: dict[int, _Open] = {}
        self.problem = ""
        self.writing_to: Path | None = self.folder
        self.on_problem: Callable[[str], None] | None = None

    @property
    def folders(self) -> list[Path]:
        """Where journals may be: to be searched for what can be recovered."""
        return list(dict.fromkeys([self.folder, self.fallback]))

    def path_of(self, document: Document) -> Path | None:
        writer = self.writer_of(document)
        return writer.path if writer else None

    def writer_of(self, document: Document) -> J.JournalWriter | None:
        state = self._open.get(id(document))
        return state.writer if state else None

    def opened(self, document: Document) -> None:
        state = _Open(LockedWriter(new_journal_path(self.folder)), document.undo_stack.index(), weakref.ref(document))
        state.base = fingerprint(document.path) if document.path is not None else None
        self._open[id(document)] = state
        self._restart(document, state, edits=0 if document.undo_stack.isClean() else 1)

    def _restart(self, document: Document, state: _Open, edits: int) -> None:
        """A fresh journal from the map as it is: in the data folder if it can be written, else in
        the fallback. Never raises; when neither takes it, the next step tries again."""
        head = _header(document, state)
        failures = []
        for folder in (self.folder, self.fallback):
            writer = state.writer if state.writer.path.parent == folder else LockedWriter(new_journal_path(folder))
            try:
                if folder != self.folder:
                    J.make_private(folder)
                writer.start(head, document.project, clean=document.undo_stack.isClean(), edits=edits)
            except OSError as error:
                writer.close()
                failures.append(f"{folder}: {_reason(folder, error)}")
                continue
            if writer is not state.writer:
                state.writer.remove()  # the new journal holds all its edits
                state.writer = writer
            state.edits = edits
            state.broken = False
            self._tell(failures[0] if failures else "", folder)
            return
        state.broken = True
        self._tell(failures[0], None)

    def stepped(self, document: Document) -> None:
        state = self._open.get(id(document))
        if state is None:
            return
        try:
            self._stepped(document, state)
        except OSError:  # the map as it is now goes into a fresh journal, here or in the fallback
            self._restart(document, state, edits=0 if document.undo_stack.isClean() else state.edits + 1)

    def _stepped(self, document: Document, state: _Open) -> None:
        stack = document.undo_stack
        new, old = stack.index(), state.index
        state.index = new
        applied = []
        if new < old:
            op = "undo"
            for i in range(old - 1, new - 1, -1):
                applied.append(document.step(i).inverse)
        elif new > old:
            steps = [document.step(i) for i in range(old, new)]
            op = "do" if any(step.never_undone for step in steps) else "redo"
            applied = [step.change.forward for step in steps]
        else:
            return
        if state.broken:  # a step is missing from the journal: start it again from the map as it is
            self._restart(document, state, edits=0 if stack.isClean() else state.edits + 1)
            return
        state.writer.step(op, applied, clean=stack.isClean())
        state.edits += 1
        overdue = _overdue(state.writer)
        if overdue:
            self._snapshot_later(state, 0 if overdue > 1 else SNAPSHOT_AFTER_PAUSE_MS)

    def _snapshot_later(self, state: _Open, delay_ms: int) -> None:
        """Never on the edit path: the timer fires once the app waits for the user again."""
        if state.timer is None:
            state.timer = QTimer()
            state.timer.setSingleShot(True)
            state.timer.timeout.connect(lambda: self._snapshot(state))
        if delay_ms == 0 and state.timer.isActive() and state.timer.interval() == 0:
            return
        state.timer.start(delay_ms)

    def _snapshot(self, state: _Open) -> None:
        """Serialise the map here, between two events, where no edit is half made; the thread
        writes it and puts the new journal in place of the old one."""
        document = state.document()
        if document is None or not shiboken6.isValid(document) or self._open.get(id(document)) is not state:
            return
        stack = document.undo_stack
        if state.broken or state.writer.compacting or stack.index() != state.index or not _overdue(state.writer):
            return
        if state.writer.path.parent != self.folder:  # in the fallback: try the data folder again
            self._restart(document, state, edits=0 if stack.isClean() else state.edits)
            return
        snapshot = document.project.model_dump_json().encode("utf-8")
        state.writer.compact(_header(document, state), snapshot, clean=stack.isClean(), edits=state.edits)

    def saving(self, document: Document, path: Path) -> None:
        pass

    def saved(self, document: Document, path: Path) -> None:
        state = self._open.get(id(document))
        if state is not None:
            state.base = fingerprint(path)
            self._restart(document, state, 0)

    def closed(self, document: Document) -> None:
        state = self._open.pop(id(document), None)
        if state is None:
            return
        _stop(state)
        if document.modified or side_file(state.writer.path).exists():  # or a phone round's dots not yet in the map
            # closed without saving: the user chose so, yet it is kept a while, like a declined recovery
            with contextlib.suppress(OSError):
                state.writer.mark("closed")
            state.writer.close()
        else:
            state.writer.remove()

    def interrupted(self, document: Document) -> None:
        """The system ended the app (logout, SIGTERM): nobody chose to drop the unsaved edits, so
        the journal is left as a crash leaves it, and offered at the next start."""
        state = self._open.pop(id(document), None)
        if state is not None:
            _stop(state)
            if document.modified or side_file(state.writer.path).exists():  # or a phone round's dots not yet in the map
                state.writer.close()
            else:
                state.writer.remove()

    def _tell(self, problem: str, writing_to: Path | None) -> None:
        changed = (problem, writing_to) != (self.problem, self.writing_to)
        self.problem, self.writing_to = problem, writing_to
        if changed and self.on_problem is not None:
            self.on_problem(problem)


def _reason(folder: Path, error: OSError) -> str:
    if folder.exists() and not folder.is_dir():
        return translate("journal", "a file is where this folder should be")
    return error.strerror or str(error)


def _header(document: Document, state: _Open) -> dict[str, Any]:
    return J.header(document.path.resolve() if document.path else None, document.project.title, state.base)


def _overdue(writer: J.JournalWriter) -> int:
    """How many times over the log since the snapshot is due a new one (0: not yet)."""
    by_bytes = writer.logged_bytes // max(SNAPSHOT_EVERY_BYTES, writer.head_bytes)
    return max(writer.logged_lines // SNAPSHOT_EVERY_STEPS, by_bytes)


def _stop(state: _Open) -> None:
    if state.timer is not None:
        state.timer.stop()
        state.timer.deleteLater()
        state.timer = None


# --- finding what can be recovered: shared with the command line, which runs without Qt ----------

recoverable = J.recoverable
decline = J.decline
forget = J.forget
describe_time = J.describe_time
in_use = J.in_use


def for_file(path: Path, folders: list[Path] | None = None) -> list[J.Recovery]:
    resolved = str(path.resolve())
    return [r for r in recoverable(folders or J.recovery_folders()) if r.file == resolved]
