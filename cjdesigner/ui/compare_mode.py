"""Compare mode: File → Compare With… shows the open journey against another file, a version the
history kept, or another journey of the same map, drawn once with every change marked, and the
change list in the properties panel's place.

Compare mode is read-only: the map shown is a picture of two maps. The editing actions are greyed,
and their keys, like an edit tried from a panel, are refused with a sentence saying how to leave
(Esc, or the Leave button). Leaving puts the editable map back exactly as it was.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget

from cjdesigner.canvas.compare_overlay import CompareScene
from cjdesigner.i18n import arg
from cjdesigner.io.cjmap import load_project
from cjdesigner.io.errors import LoadError
from cjdesigner.layout.compare_marks import compare_marks, journey_pair
from cjdesigner.model.diff import compare
from cjdesigner.model.document import Journey, Project
from cjdesigner.ui.compare_dock import ChangeListPanel, changes_of

if TYPE_CHECKING:
    from cjdesigner.app.document import Document
    from cjdesigner.ui.main_window import MainWindow


def matching_journey(other: Project, journey: Journey, index: int) -> str:
    """The journey of `other` to compare with `journey`: the same id, else the same place, else the first."""
    if any(j.id == journey.id for j in other.journeys):
        return journey.id
    return other.journeys[min(index, len(other.journeys) - 1)].id


# The window's editing actions: greyed while comparing, their keys answered with the reason
EDITING = ("edit.undo", "edit.redo", "edit.cut", "edit.paste", "edit.delete", "edit.duplicate", "edit.edit_text",
           "edit.add_card", "map.add_stage", "map.add_lane", "map.add_persona", "map.show_hidden_lanes",
           "journey.add", "journey.rename", "journey.duplicate", "journey.delete", "file.import_csv", "file.merge")


class CompareMode(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.scene: CompareScene | None = None
        self.panel = ChangeListPanel(window)
        self.dock = QDockWidget(self.tr("Changes"), window)
        self.dock.setObjectName("dock-changes")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.leave_action = window.actions["file.leave_compare"]
        self.shortcuts = [QShortcut(QKeySequence(key), window) for key in ("N", "Shift+N")]
        for shortcut, step in zip(self.shortcuts, (1, -1)):
            shortcut.setObjectName("compare-next" if step > 0 else "compare-previous")
            shortcut.setEnabled(False)
            shortcut.activated.connect(lambda step=step: self.step(step))
        self.refusals = [QShortcut(key, window) for action_id in EDITING for key in window.actions[action_id].shortcuts()]
        for shortcut in self.refusals:
            shortcut.setEnabled(False)
            shortcut.activated.connect(self._refuse)
        self._enabled: dict[str, bool] = {}
        self.panel.changeChosen.connect(self._show_change)
        self.panel.blendChanged.connect(lambda share: self.scene is not None and self.scene.set_blend(share))
        self.panel.leaveRequested.connect(self.leave)
        self._following = False
        self._properties_shown = False
        self._document: Document | None = None  # the map compared, frozen until compare mode ends

    @property
    def active(self) -> bool:
        return self.scene is not None

    # --- what to compare with ----------------------------------------------------------------

    def with_file(self, path: Path) -> bool:
        try:
            other = load_project(path)
        except LoadError as error:
            self._say(arg(self.tr("Cannot compare with %1: %2"), path.name, error.sentence))
            return False
        return self._with_project(other, self.tr("Changes from %1 to this map").replace("%1", path.name))

    def with_version(self, path: Path, when: str) -> bool:
        try:
            other = load_project(path)
        except LoadError as error:
            self._say(self.tr("This version cannot be opened: %1").replace("%1", error.sentence))
            return False
        return self._with_project(other, self.tr("Changes since the version saved on %1").replace("%1", when))

    def with_journey(self, journey_id: str) -> bool:
        document = self.window.document
        assert document is not None
        other = document.project.journey(journey_id)
        old, new = journey_pair(document.project, document.project, journey_id, document.journey_id)
        title = arg(self.tr("Changes from the journey “%1” to “%2”"), other.title, document.journey.title)
        return self.show(old, new, title)

    def _with_project(self, other: Project, title: str) -> bool:
        document = self.window.document
        assert document is not None
        index = document.project.journeys.index(document.journey)
        old, new = journey_pair(other, document.project, matching_journey(other, document.journey, index), document.journey_id)
        return self.show(old, new, title)

    # --- entering and leaving ------------------------------------------------------------------

    def show(self, old: Project, new: Project, title: str) -> bool:
        """Show `new`'s only journey against `old`'s (both one-journey maps, as `journey_pair` makes)."""
        window = self.window
        if self.active:
            self.leave()
        journey_id = new.journeys[0].id
        diff = compare(old, new)
        marks = compare_marks(old, new, journey_id, diff, window.scene.sync.coverage)
        scene = CompareScene(marks, old, window.scene.theme, window.scene.sync.coverage)
        changes = changes_of(marks, old, new)
        heading = escape(self.tr("Before → after"))
        for change in changes:
            if change.object_kind == "card" and change.kind in ("changed", "moved") and change.fields:
                rows = "<br>".join(f"{escape(name)}: {escape(before)} → {escape(after)}" for name, before, after in change.fields)
                scene.old_tooltips[change.object_id] = f"<i>{heading}</i><br>{rows}"
        self.scene = scene
        window.view.setScene(scene)
        scene.currentChanged.connect(self._follow_selection)
        document = self._document = window.document
        assert document is not None
        document.frozen = self.tr("the map is being compared; press Esc to leave compare mode and edit it")
        document.journeyChanged.connect(self.leave)
        window.session.documentChanged.connect(self.leave)
        stages = {s.id: s.name for s in marks.journey.stages}
        self.panel.show_changes(title, changes, stages)
        dock = window.findChild(QDockWidget, "dock-properties")
        self._properties_shown = dock is not None and not dock.isHidden()
        if dock is not None and self._properties_shown:
            dock.hide()
        self.dock.show()
        self.dock.raise_()
        if not self.dock.isFloating() and self.dock.width() < 420:  # room for the before and after columns
            window.resizeDocks([self.dock], [420], Qt.Orientation.Horizontal)
        window.activateWindow()  # the dialog that asked what to compare with had the keyboard
        window.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.leave_action.setEnabled(True)
        self._enabled = {action_id: window.actions[action_id].isEnabled() for action_id in EDITING}
        for action_id in EDITING:
            window.actions[action_id].setEnabled(False)
        for shortcut in self.shortcuts + self.refusals:
            shortcut.setEnabled(True)
        window.statusBar().showMessage(self.tr("%n changes. N and Shift+N step through them; Esc leaves compare mode.", "", len(changes)), 10000)
        return True

    def leave(self, *_: object) -> None:
        window = self.window
        if self.scene is None:
            return
        scene, self.scene = self.scene, None
        document, self._document = self._document, None
        window.session.documentChanged.disconnect(self.leave)
        if document is not None:
            document.journeyChanged.disconnect(self.leave)
            document.frozen = ""
        window.view.setScene(window.scene)
        scene.deleteLater()
        self.dock.hide()
        dock = window.findChild(QDockWidget, "dock-properties")
        if dock is not None and self._properties_shown:
            dock.show()
        self.leave_action.setEnabled(False)
        for action_id, enabled in self._enabled.items():
            window.actions[action_id].setEnabled(enabled)
        if window.document is not None:  # another map may have been opened meanwhile: its own history
            window.actions["edit.undo"].setEnabled(window.document.undo_stack.canUndo())
            window.actions["edit.redo"].setEnabled(window.document.undo_stack.canRedo())
        for shortcut in self.shortcuts + self.refusals:
            shortcut.setEnabled(False)
        window.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        window.statusBar().showMessage(self.tr("Back to editing the map"), 5000)

    # --- stepping through the changes -------------------------------------------------------------

    def step(self, by: int) -> None:
        """N: the next change; Shift+N: the one before (round the list), the map following."""
        shown = self.panel.visible_indexes()
        if not shown or self.scene is None:
            return
        current = self.panel.current_index()
        at = shown.index(current) if current in shown else (-1 if by > 0 else len(shown))
        self.panel.choose(shown[(at + by) % len(shown)])

    def _show_change(self, index: int) -> None:
        scene = self.scene
        if scene is None or self._following:
            return
        change = self.panel.changes[index]
        self._following = True
        try:
            if change.object_kind == "card":
                scene.select_cards([change.object_id])
                rect = scene.current_rect()
            elif change.object_kind in ("stage", "lane"):
                scene.select_header(change.object_kind, change.object_id)
                rect = scene.header_rect(change.object_kind, change.object_id)
            elif change.object_kind == "emotion_point":
                scene.select_point(change.object_id)
                item = scene.point_items.get(change.object_id)
                rect = item.sceneBoundingRect() if item is not None else None
            else:
                scene.clearSelection()
                found = scene.layout.legend.get(change.object_id)
                rect = None if found is None else scene.marks_item.mapRectToScene(*found)
            if rect is not None:
                self.window.view.centerOn(rect.center())
        finally:
            self._following = False

    def _follow_selection(self) -> None:
        """A change chosen on the map (a click, the arrow keys) is the change the list shows."""
        if self.scene is None or self._following:
            return
        selected = self.scene.selected_object()
        if selected is None:
            return
        for index, change in enumerate(self.panel.changes):
            if change.object_id == selected[1]:
                self._following = True
                try:
                    self.panel.choose(index)
                finally:
                    self._following = False
                return

    def _refuse(self) -> None:
        """An editing key while comparing: its action is greyed, this says why and how to go back."""
        if self._document is not None:
            self._say(self.tr("Not changed: %1").replace("%1", self._document.frozen))

    def _say(self, sentence: str) -> None:
        self.window.statusBar().showMessage(sentence, 10000)
