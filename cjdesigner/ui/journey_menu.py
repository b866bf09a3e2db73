"""Journeys, stages and lanes as a whole: add, rename, duplicate, delete — from menus and context menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QMessageBox

from cjdesigner.app.icons import icon
from cjdesigner.canvas.menus import add_show_as_menu
from cjdesigner.model.vocabulary import LANE_TITLES, LaneKind
from cjdesigner.ui import dialogs
from cjdesigner.ui.branch_menu import BranchActions

if TYPE_CHECKING:
    from cjdesigner.ui.main_window import MainWindow


class JourneyActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.branches = BranchActions(window)

    @property
    def document(self):
        return self.window.document

    def connect_actions(self) -> None:
        a = self.window.actions
        a["journey.add"].triggered.connect(self.add_journey)
        a["journey.rename"].triggered.connect(self.rename_journey)
        a["journey.duplicate"].triggered.connect(self.duplicate_journey)
        a["journey.delete"].triggered.connect(self.delete_journey)
        self.branches.connect_actions()

    def refresh_enabled(self) -> None:
        if self.document is not None:
            self.window.actions["journey.delete"].setEnabled(len(self.document.project.journeys) > 1)

    def add_journey(self) -> None:
        """A new journey with the current one's stages and lanes, and no cards."""
        self.window.verbs.add_journey()

    def rename_journey(self) -> None:
        journey = self.document.journey
        title = dialogs.ask_text(self.window, self.tr("Rename Journey"), self.tr("Title:"), journey.title)
        if title is not None and title.strip() and title.strip() != journey.title:
            self.window.verbs.rename("journey", journey.id, title.strip())

    def duplicate_journey(self) -> None:
        self.window.verbs.duplicate_journey()

    def delete_journey(self) -> None:
        journey = self.document.journey
        if len(self.document.project.journeys) <= 1:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete Journey"),
            self.tr("Delete the journey “%1” and its %2 cards? You can undo this.").replace("%1", journey.title).replace("%2", str(len(journey.cards))),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.verbs.remove_journey(journey.id)

    # --- stages and lanes ---------------------------------------------------------------------

    def remove_stage(self, stage_id: str) -> None:
        self._remove_with_cards("stage", stage_id)

    def remove_lane(self, lane_id: str) -> None:
        self._remove_with_cards("lane", lane_id)

    def _remove_with_cards(self, kind: str, object_id: str) -> None:
        """Delete a stage or a lane with its cards, then say what went and how to bring it back."""
        journey = self.document.journey
        count = sum(1 for c in journey.cards if (c.stage_id if kind == "stage" else c.lane_id) == object_id)
        if kind == "stage":
            name, remove = journey.stage(object_id).name, self.window.verbs.remove_stage
            sentences = (
                self.tr("Deleted stage “%1”. Press %2 to bring it back."),
                self.tr("Deleted stage “%1” and its card. Press %2 to bring them back."),
                self.tr("Deleted stage “%1” and its %n cards. Press %2 to bring them back.", "", count),
            )
        else:
            name, remove = journey.lane(object_id).title, self.window.verbs.remove_lane
            sentences = (
                self.tr("Deleted lane “%1”. Press %2 to bring it back."),
                self.tr("Deleted lane “%1” and its card. Press %2 to bring them back."),
                self.tr("Deleted lane “%1” and its %n cards. Press %2 to bring them back.", "", count),
            )
        if remove(object_id):
            self.window.say_undoable(name, count, *sentences)

    def fill_stage_menu(self, menu: QMenu, stage_id: str) -> None:
        journey = self.document.journey
        index = [s.id for s in journey.stages].index(stage_id)
        menu.addAction(self.tr("Rename")).triggered.connect(lambda: self.window.scene.start_renaming("stage", stage_id))
        menu.addAction(icon("stage-add"), self.tr("Add stage before")).triggered.connect(lambda: self.window.add_stage(index))
        menu.addAction(icon("stage-add"), self.tr("Add stage after")).triggered.connect(lambda: self.window.add_stage(index + 1))
        menu.addAction(self.tr("Duplicate stage")).triggered.connect(lambda: self.window.verbs.duplicate_stage(stage_id))
        menu.addAction(icon("edit-delete"), self.tr("Delete stage")).triggered.connect(lambda: self.remove_stage(stage_id))
        self.branches.fill_stage_menu(menu, stage_id)

    def fill_lane_menu(self, menu: QMenu, lane_id: str) -> None:
        journey = self.document.journey
        index = [lane.id for lane in journey.lanes].index(lane_id)
        menu.addAction(self.tr("Rename")).triggered.connect(lambda: self.window.scene.start_renaming("lane", lane_id))
        above = menu.addMenu(icon("lane-add"), self.tr("Add lane above"))
        below = menu.addMenu(icon("lane-add"), self.tr("Add lane below"))
        for kind in LaneKind:
            title = LANE_TITLES[kind][self.document.project.language]
            above.addAction(icon(f"lane-{kind.value}"), title).triggered.connect(lambda _=False, k=kind: self.window.add_lane(k, index))
            below.addAction(icon(f"lane-{kind.value}"), title).triggered.connect(lambda _=False, k=kind: self.window.add_lane(k, index + 1))
        add_show_as_menu(menu, journey.lanes[index], self.window.verbs)
        menu.addAction(self.tr("Duplicate lane")).triggered.connect(lambda: self.window.verbs.duplicate_lane(lane_id))
        menu.addAction(self.tr("Hide lane")).triggered.connect(lambda: self.window.verbs.hide_lane(lane_id))
        menu.addAction(icon("edit-delete"), self.tr("Delete lane")).triggered.connect(lambda: self.remove_lane(lane_id))
