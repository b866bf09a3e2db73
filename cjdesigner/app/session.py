"""The open file: which document is open, where it lives, whether it has unsaved edits, the recent
files, and the moments the journal, the lock and the version history hook into.

The main window shows a session; it does not hold the file. Nothing here asks the user anything:
questions ("save changes?") belong to the window, which then calls `save`, `open` or `close`.
Failures are raised as `LoadError` / `SaveError` with a sentence, and leave the session as it was.
"""

from __future__ import annotations

import functools
import json
import weakref

import shiboken6
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from cjdesigner.app.document import Document
from cjdesigner.app.verbs import Verbs
from cjdesigner.io.errors import SavePermissionError
from cjdesigner.model.document import Project

if TYPE_CHECKING:
    from cjdesigner.io.journal import Recovery

MAX_RECENT = 10
H = TypeVar("H")


class SessionHook(Protocol):
    """What a journal, a lock or a version history is told. Every method must return quickly and
    never raise: a hook that fails must not cost the user an edit or a save."""

    def opened(self, document: Document) -> None: ...

    def stepped(self, document: Document) -> None:
        """An undo step was pushed, undone or redone: the model now stands at `undo_stack.index()`."""

    def saving(self, document: Document, path: Path) -> None:
        """Just before the file at `path` is replaced."""

    def saved(self, document: Document, path: Path) -> None: ...

    def closed(self, document: Document) -> None: ...


def _current(session_ref: weakref.ref[Session], document_ref: weakref.ref[Document]) -> Session | None:
    """The session, while `document` is still the one it shows and both are alive on both sides."""
    session, document = session_ref(), document_ref()
    if session is None or document is None or not shiboken6.isValid(session) or not shiboken6.isValid(document):
        return None
    try:
        return session if session.document is document and shiboken6.isValid(document.undo_stack) else None
    except RuntimeError:
        return None


def _clean_changed(session_ref: weakref.ref[Session], document_ref: weakref.ref[Document], clean: bool) -> None:
    session = _current(session_ref, document_ref)
    if session is not None:
        session.modifiedChanged.emit(not clean)


def _stepped(session_ref: weakref.ref[Session], document_ref: weakref.ref[Document], _index: int) -> None:
    session = _current(session_ref, document_ref)
    if session is not None:
        for hook in session.hooks:
            hook.stepped(session.document)


class Session(QObject):
    documentChanged = Signal(object)  # the new Document
    modifiedChanged = Signal(bool)
    pathChanged = Signal(object)  # Path | None
    recentChanged = Signal()

    def __init__(self, document: Document, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.hooks: list[SessionHook] = []
        self.read_only = False  # opened read-only: Save asks for another name
        self.document = document
        self.verbs = Verbs(document)
        self._attach(document)

    # --- the document ----------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self.document.path

    @property
    def modified(self) -> bool:
        return self.document.modified

    def display_name(self, untitled: str) -> str:
        if self.document.path is not None:
            return self.document.path.name
        return self.document.project.title or untitled

    def new(self, project: Project, unsaved: bool = False) -> Document:
        """A new untitled map; `unsaved` for one that exists nowhere else yet (an import, a
        recovery), so closing it asks first."""
        self.read_only = False
        document = Document(project)
        if unsaved:
            document.undo_stack.resetClean()
        return self._replace(document)

    def open(self, path: str | Path, *, read_only: bool = False) -> Document:
        """Raises LoadError with a sentence; the open document stays open when the file cannot be read."""
        document = Document.open(path)
        self.read_only = read_only
        self._replace(document)
        self.remember(Path(path))
        return document

    def open_copy(self, path: str | Path) -> Document:
        """An untitled, modified copy of a map: for a map someone else is editing."""
        return self.adopt(Document.open(path).project)

    def adopt(self, project: Project) -> Document:
        """An untitled map with unsaved edits (a copy, edits recovered from an untitled map)."""
        document = Document(project)
        document.undo_stack.resetClean()
        self.read_only = False
        return self._replace(document)

    def recover(self, recovery: Recovery, label: str, *, separate: bool = False) -> Document:
        """Bring back a journal's edits: the map's file is opened and the edits come as one undo
        step named `label`, unsaved; an untitled map (or one whose file is gone) comes back untitled.
        So does a map whose file changed since the edits began, or when `separate`: the edits then
        hold an older version, and Save asks for a name instead of overwriting the newer file.
        The journal read is then removed: the new journal holds the edits."""
        from cjdesigner.app.journal import forget
        from cjdesigner.io.errors import LoadError

        assert recovery.project is not None
        document: Document | None = None
        if not separate and recovery.file is not None and Path(recovery.file).is_file() and not recovery.base_changed():
            try:
                document = self.open(recovery.file)
            except LoadError:
                document = None
            if document is not None and not self.verbs.replace_project(recovery.project, label):
                document = None
        if document is None:
            document = self.adopt(recovery.project)
        forget(recovery)
        return document

    def hook(self, kind: type[H]) -> H | None:
        return next((h for h in self.hooks if isinstance(h, kind)), None)  # type: ignore[misc]

    def protect(self, data_folder: Path | None = None) -> None:
        """Add the journal, the lock, the watch for changes on disk and the version history."""
        from cjdesigner.app.disk_watch import DiskWatch
        from cjdesigner.app.journal import JournalHook, data_folder as default_folder
        from cjdesigner.app.lock import LockHook
        from cjdesigner.app.versions import VersionsHook

        folder = data_folder or default_folder()
        for hook in (JournalHook(folder / "recovery"), LockHook(self), DiskWatch(self), VersionsHook(folder / "versions", self.settings)):
            self.add_hook(hook)

    def revert(self) -> Document:
        """Reads the file again, dropping unsaved edits. Raises LoadError, and then changes nothing."""
        if self.document.path is None:
            raise ValueError("an untitled map has no file to revert to")
        return self.open(self.document.path)

    def save(self, path: str | Path | None = None) -> Path:
        """Saves to `path`, or to the document's own file. Raises SaveError; the edits stay unsaved then."""
        target = Path(path) if path is not None else self.document.path
        if target is None:
            raise ValueError("an untitled map needs a file name to be saved")
        if self.read_only and target == self.document.path:
            raise SavePermissionError(f"could not save {target}: the map is open read-only; save it under another name")
        for hook in self.hooks:
            hook.saving(self.document, target)
        self.document.save(target)
        self.read_only = False
        self.remember(target)
        for hook in self.hooks:
            hook.saved(self.document, target)
        return target

    def close(self, replacement: Project) -> Document:
        """Closes the file; the window keeps showing a new, untitled map made from `replacement`."""
        return self.new(replacement)

    def end(self, interrupted: bool = False) -> None:
        """The app quits: hooks let go of the open map (its lock, a journal with nothing unsaved).
        `interrupted`: the system ended it (logout, SIGTERM), not the user; a hook that treats
        that apart (the journal keeps unsaved edits to offer at the next start) says so with an
        `interrupted` method."""
        for hook in self.hooks:
            ending = getattr(hook, "interrupted", None) if interrupted else None
            (ending or hook.closed)(self.document)

    def add_hook(self, hook: SessionHook) -> None:
        self.hooks.append(hook)
        hook.opened(self.document)

    def _replace(self, document: Document) -> Document:
        old = self.document
        for hook in self.hooks:
            hook.closed(old)
        self.document = document
        self.verbs = Verbs(document)
        self._attach(document)
        self.documentChanged.emit(document)
        self.pathChanged.emit(document.path)
        self.modifiedChanged.emit(document.modified)
        for hook in self.hooks:
            hook.opened(document)
        if old is not document:
            old.undo_stack.clear()  # its commands go now, while everything they point to is whole
            old.deleteLater()
        return document

    def _attach(self, document: Document) -> None:
        """The stack's signals reach the session through weak references: a stack being torn down
        (its document closed, or collected with the session) emits as it clears, and must then find
        nothing to call rather than a half-destroyed session."""
        document.setParent(self)
        session, attached = weakref.ref(self), weakref.ref(document)
        document.undo_stack.cleanChanged.connect(functools.partial(_clean_changed, session, attached))
        document.undo_stack.indexChanged.connect(functools.partial(_stepped, session, attached))
        document.pathChanged.connect(self.pathChanged.emit)

    # --- recent files ---------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        try:
            value = json.loads(str(self.settings.value("recentFiles", "[]")))
        except ValueError:
            return []
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def remember(self, path: Path) -> None:
        resolved = str(path.resolve())
        recent = [resolved] + [p for p in self.recent_files() if p != resolved]
        self.settings.setValue("recentFiles", json.dumps(recent[:MAX_RECENT]))
        self.recentChanged.emit()
