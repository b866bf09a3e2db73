"""Noticing that the open map's file changed on disk (a git pull, a sync client, another app).

What the file was at open or save is kept as a fingerprint (size, modification time, SHA-256;
`io/files.py`, which the journal records too). A `QFileSystemWatcher` says when to look again; it
stops watching a file replaced by an atomic rename, so the path is added back each time. Our own saves update the fingerprint and are never
reported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from cjdesigner.app.document import Document
from cjdesigner.io.files import Fingerprint, fingerprint

if TYPE_CHECKING:
    from cjdesigner.app.session import Session


class DiskWatch(QObject):
    """A SessionHook that emits `changedOnDisk(path)` once per outside change of the open file."""

    changedOnDisk = Signal(object)

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self.watcher.directoryChanged.connect(self._file_changed)
        self.path: Path | None = None
        self.known: Fingerprint | None = None
        self._reported: Fingerprint | None = None

    def opened(self, document: Document) -> None:
        self._watch(document.path)

    def _watch(self, path: Path | None) -> None:
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        self.path = path.resolve() if path is not None else None
        self.known = fingerprint(self.path) if self.path is not None else None
        self._reported = None
        if self.path is not None:
            self.watcher.addPath(str(self.path))
            self.watcher.addPath(str(self.path.parent))  # sees the file come back after a rename

    def changed_since_known(self) -> bool:
        """True when the file on disk is no longer what this session opened or last saved."""
        if self.path is None or self.known is None:
            return False
        try:
            stat = self.path.stat()
        except OSError:
            return False  # gone: saving brings it back, and overwrites nothing
        if (stat.st_size, stat.st_mtime_ns) == (self.known.size, self.known.mtime_ns):
            return False
        now = fingerprint(self.path)
        return now is not None and now.sha256 != self.known.sha256

    def accept_disk(self) -> None:
        """The user chose to keep their version: the file as it is now is the one to compare with."""
        if self.path is not None:
            self.known = fingerprint(self.path)
            self._reported = None

    def _file_changed(self, _changed: str) -> None:
        if self.path is None:
            return
        if str(self.path) not in self.watcher.files() and self.path.exists():
            self.watcher.addPath(str(self.path))
        QTimer.singleShot(50, self._look)  # writers often write twice; look once it settled

    def _look(self) -> None:
        if not self.changed_since_known():
            return
        now = fingerprint(self.path) if self.path is not None else None
        if now is not None and now != self._reported:
            self._reported = now
            self.changedOnDisk.emit(self.path)

    def stepped(self, document: Document) -> None:
        pass

    def saving(self, document: Document, path: Path) -> None:
        pass  # the file is replaced synchronously; the watcher's news arrives after `saved`

    def saved(self, document: Document, path: Path) -> None:
        self._watch(path)

    def closed(self, document: Document) -> None:
        self._watch(None)
