"""The open document: the project, its file path, its undo stack and the signals views listen to.

Every change goes through `execute`, which runs a model edit once (so a refused edit never reaches
the stack) and pushes a command holding its exact reversal. Views never change the model
themselves; they redraw when `changed` says which objects an edit touched.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError
import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cjdesigner.io.cjmap import load_project, save_project
from cjdesigner.model.document import Project, now
from cjdesigner.model.diff import Diff, diff_of
from cjdesigner.model.edits import Batch, Edit
from cjdesigner.model.invariants import ModelError
from cjdesigner.model.messages import explain


class EditCommand(QUndoCommand):
    """One undo step: holds the edit that reverses what was done, and after an undo the one that redoes it."""

    def __init__(self, document: Document, text: str, inverse: Edit) -> None:
        super().__init__(text)
        # A weak reference: the stack (a child of the document) owns the commands, so a strong one
        # would tie document → stack → command → document in a loop Python's collector cannot see
        # whole, and tearing it down in the wrong order crashes Qt.
        self._document_ref = weakref.ref(document)
        self._inverse = inverse
        self._redo: Edit | None = None

    @property
    def inverse(self) -> Edit:
        """The edit that undoes this step, as it stands now (the journal records it)."""
        return self._inverse

    @property
    def redone(self) -> Edit | None:
        """The edit that redoes this step once it has been undone; None before its first undo."""
        return self._redo

    @property
    def _document(self) -> Document:
        document = self._document_ref()
        if document is None:
            raise RuntimeError("the document of this undo step is gone")
        return document

    def redo(self) -> None:
        if self._redo is None:  # first push: the edit was applied by Document.execute
            self._document._announce(self._inverse)
            return
        self._inverse = self._redo.apply(self._document.project)
        self._document._announce(self._inverse)

    def undo(self) -> None:
        self._redo = self._inverse.apply(self._document.project)
        self._document._announce(self._redo)


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

    def execute(self, text: str, perform: Callable[[Project], Edit]) -> bool:
        """Run a model edit as one undo step. A refused edit changes nothing and emits `refused`."""
        try:
            inverse = perform(self.project)
        except ModelError as error:
            self.refused.emit(str(error))
            return False
        except ValidationError as error:  # a verb built an object no map may hold, e.g. imported votes
            self.refused.emit(explain(error))
            return False
        if isinstance(inverse, Batch) and not inverse.edits:
            self.changed.emit(Diff())  # nothing changed: views put dragged items back
            return False
        self.undo_stack.push(EditCommand(self, text, inverse))
        return True

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

    def _announce(self, edit: Edit) -> None:
        if all(j.id != self.journey_id for j in self.project.journeys):
            self.journey_id = self.project.journeys[0].id
            self.journeyChanged.emit(self.journey_id)
        self.changed.emit(diff_of(edit, self.project))
