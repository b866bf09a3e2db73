"""The open document: the project, its file path, its undo stack and the signals views listen to.

Every change reaches it made already, as a value (`model/change.py`): `execute` pushes a `Change`
as one undo step, or says a `Refusal`'s reason, and announces the change's `Diff`. Views never
change the model themselves; they redraw when `changed` says what an edit changed.
"""

from __future__ import annotations

import functools
import weakref
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cjdesigner.io.cjmap import load_project, save_project
from cjdesigner.model.document import Project, now
from cjdesigner.model.change import Change, Refusal
from cjdesigner.model.diff import Diff
from cjdesigner.model.edits import Edit


class EditCommand(QUndoCommand):
    """One undo step: keeps the `Change` it was made as, and the edits that now undo and redo it."""

    def __init__(self, document: Document, change: Change) -> None:
        super().__init__(change.say())
        # A weak reference: the stack (a child of the document) owns the commands, so a strong one
        # would tie document → stack → command → document in a loop Python's collector cannot see
        # whole, and tearing it down in the wrong order crashes Qt.
        self._document_ref = weakref.ref(document)
        self.change = change
        self._inverse = change.inverse
        self._redo: Edit | None = None

    @property
    def inverse(self) -> Edit:
        """The edit that undoes this step, as it stands now (the journal records it)."""
        return self._inverse

    @property
    def never_undone(self) -> bool:
        """Just pushed: redoing it now would be its first doing (the journal writes "do", not "redo")."""
        return self._redo is None

    @property
    def _document(self) -> Document:
        document = self._document_ref()
        if document is None:
            raise RuntimeError("the document of this undo step is gone")
        return document

    def redo(self) -> None:
        if self._redo is not None:  # on the first push the change was made already
            self._inverse = self._redo.apply(self._document.project)
        self._document._announce(self.change.diff)

    def undo(self) -> None:
        """Takes the map back exactly, so what changed is the change's diff the other way round."""
        self._redo = self._inverse.apply(self._document.project)
        self._document._announce(self.change.diff.reversed())


def _silence(stack: QUndoStack, *_: object) -> None:
    if shiboken6.isValid(stack):
        stack.blockSignals(True)


class Document(QObject):
    changed = Signal(object)  # a model.diff.Diff: what the edit (or its undo) changed
    journeyChanged = Signal(str)
    pathChanged = Signal(object)
    refused = Signal(str)  # an edit broke a rule; the sentence says which

    def __init__(self, project: Project, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        self.undo_stack = QUndoStack(self)
        # A stack torn down with its document clears itself and signals "index 0" as it goes: that
        # is no edit of the user's, and the journal must not hear it as "undo everything".
        self.destroyed.connect(functools.partial(_silence, self.undo_stack))
        self.journey_id = project.journeys[0].id
        self.frozen = ""  # when set, edits are refused with this sentence (a window comparing the map)

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Raises LoadError with a sentence; the file is never changed by opening it."""
        return cls(load_project(path), Path(path), parent)

    @property
    def journey(self):
        return self.project.journey(self.journey_id)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def execute(self, outcome: Change | Refusal) -> bool:
        """Push a change made to this document's map as one undo step, or say why it was refused."""
        if self.frozen:
            if isinstance(outcome, Change) and not outcome.empty:
                outcome.inverse.apply(self.project)  # a change is made as it is planned: take it back
            self.refused.emit(self.frozen)
            return False
        if isinstance(outcome, Refusal):
            self.refused.emit(outcome.say())
            return False
        if outcome.empty:
            self.changed.emit(Diff())  # nothing changed: views put dragged items back
            return False
        self.undo_stack.push(EditCommand(self, outcome))
        return True

    def step(self, index: int) -> EditCommand:
        """The undo step at `index` of the stack, with its change."""
        command = self.undo_stack.command(index)
        if not isinstance(command, EditCommand):
            raise TypeError("every step of a document's undo stack is an EditCommand")
        return command

    def set_journey(self, journey_id: str) -> None:
        if journey_id != self.journey_id and any(j.id == journey_id for j in self.project.journeys):
            self.journey_id = journey_id
            self.journeyChanged.emit(journey_id)

    def save(self, path: str | Path | None = None) -> None:
        """Raises SaveError; on success the undo stack is marked clean."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("a document without a path needs one to be saved")
        stamp = self.project.modified
        if self.modified or target != self.path:
            self.project.modified = now()
        try:
            save_project(self.project, target)
        except BaseException:
            self.project.modified = stamp  # nothing was saved: the map stays exactly as it was
            raise
        if target != self.path:
            self.path = target
            self.pathChanged.emit(target)
        self.undo_stack.setClean()

    def _announce(self, diff: Diff) -> None:
        if all(j.id != self.journey_id for j in self.project.journeys):
            self.journey_id = self.project.journeys[0].id
            self.journeyChanged.emit(self.journey_id)
        self.changed.emit(diff)
