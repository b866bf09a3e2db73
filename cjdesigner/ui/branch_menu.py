"""Forks, paths and return arrows from the Journey menu and a stage's context menu: the questions
each asks (the paths' names and where they meet again; the stage an arrow returns to and its words),
then one verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMenu, QPlainTextEdit, QWidget

from cjdesigner.model.branches import fork_after as fork_from, fork_of_path
from cjdesigner.model.limits import MAX_PATHS_PER_FORK
from cjdesigner.ui import dialogs

if TYPE_CHECKING:
    from cjdesigner.ui.main_window import MainWindow


def _add_buttons(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


class ForkDialog(QDialog):
    """The paths' names, one a line, and the stage where they meet again (or none)."""

    def __init__(self, parent: QWidget, stage_name: str, later: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setObjectName("fork-dialog")
        self.setWindowTitle(self.tr("Fork after “%1”").replace("%1", stage_name))
        form = QFormLayout(self)
        self.names = QPlainTextEdit(self.tr("Online\nIn store"))
        self.names.setAccessibleName(self.tr("Paths, one a line"))
        self.names.setTabChangesFocus(True)
        form.addRow(self.tr("Paths, one a line (at most %1):").replace("%1", str(MAX_PATHS_PER_FORK)), self.names)
        self.join = QComboBox()
        self.join.setAccessibleName(self.tr("Where the paths meet again"))
        self.join.addItem(self.tr("Nowhere: the paths end the journey"), None)
        for stage_id, name in later:
            self.join.addItem(name, stage_id)
        if later:
            self.join.setCurrentIndex(1)
        form.addRow(self.tr("They meet again at:"), self.join)
        _add_buttons(self, form)

    def path_names(self) -> list[str]:
        return [line.strip() for line in self.names.toPlainText().splitlines() if line.strip()]


class LoopDialog(QDialog):
    """The earlier stage an arrow returns to, and the words written on it."""

    def __init__(self, parent: QWidget, stage_name: str, earlier: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setObjectName("loop-dialog")
        self.setWindowTitle(self.tr("Return arrow from “%1”").replace("%1", stage_name))
        form = QFormLayout(self)
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Returns to"))
        for stage_id, name in earlier:
            self.target.addItem(name, stage_id)
        self.target.setCurrentIndex(len(earlier) - 1)  # most often the stage just before
        form.addRow(self.tr("Returns to:"), self.target)
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("Label"))
        form.addRow(self.tr("Label:"), self.label)
        _add_buttons(self, form)


class BranchActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def connect_actions(self) -> None:
        a = self.window.actions
        a["journey.fork"].triggered.connect(lambda: self.fork_after(self.current_stage()))
        a["journey.add_loop"].triggered.connect(lambda: self.add_loop(self.current_stage()))

    def current_stage(self) -> str:
        """The stage selected, or the stage of the card or cell the keyboard is on."""
        scene = self.window.scene
        selected = scene.selected_object()
        if selected is not None and selected[0] == "stage":
            return selected[1]
        cell = scene.current_cell()
        return cell[0] if cell is not None else ""

    def fork_after(self, stage_id: str) -> None:
        journey = self.window.document.journey
        stages = [s.id for s in journey.stages]
        if stage_id not in stages:
            self.window.statusBar().showMessage(self.tr("Select the stage after which the journey forks."), 5000)
            return
        later = [(s.id, s.name) for s in journey.stages[stages.index(stage_id) + 1:] if s.path_id is None]
        dialog = ForkDialog(self.window, journey.stage(stage_id).name, later[1:] if later else [])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        names = dialog.path_names()
        if len(names) < 2:
            self.window.statusBar().showMessage(self.tr("A fork needs at least two paths."), 5000)
            return
        self.window.verbs.fork_after(stage_id, names, dialog.join.currentData())

    def add_loop(self, stage_id: str) -> None:
        journey = self.window.document.journey
        stages = [s.id for s in journey.stages]
        if stage_id not in stages:
            self.window.statusBar().showMessage(self.tr("Select the stage the arrow leaves from."), 5000)
            return
        start = journey.stage(stage_id)
        earlier = [(s.id, s.name) for s in journey.stages[: stages.index(stage_id)] if s.path_id in (None, start.path_id)]
        if not earlier:
            self.window.statusBar().showMessage(self.tr("No earlier stage to return to."), 5000)
            return
        dialog = LoopDialog(self.window, start.name, earlier)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.verbs.add_loop(stage_id, dialog.target.currentData(), dialog.label.text().strip())

    def fill_stage_menu(self, menu: QMenu, stage_id: str) -> None:
        """A stage's entries for forks, paths and return arrows."""
        journey = self.window.document.journey
        stage = journey.stage(stage_id)
        verbs = self.window.verbs
        menu.addSeparator()
        forking = fork_from(journey, stage_id)
        if forking is not None:  # one fork a stage: more paths go to it
            menu.addAction(self.tr("Add a path to this fork…")).triggered.connect(lambda: self.add_path(forking.id))
        elif stage.path_id is None:
            menu.addAction(self.tr("Fork after this stage…")).triggered.connect(lambda: self.fork_after(stage_id))
        menu.addAction(self.tr("Add a return arrow…")).triggered.connect(lambda: self.add_loop(stage_id))
        for loop in journey.loops:
            if loop.from_stage_id == stage_id:
                target = next((s.name for s in journey.stages if s.id == loop.to_stage_id), "")
                menu.addAction(self.tr("Delete the return arrow to “%1”").replace("%1", target)).triggered.connect(
                    lambda _=False, loop_id=loop.id: verbs.remove_loop(loop_id))
        path = next((p for p in journey.paths if p.id == stage.path_id), None)
        fork = fork_of_path(journey, stage.path_id or "")
        if path is None or fork is None:
            return
        menu.addAction(self.tr("Rename path “%1”…").replace("%1", path.name)).triggered.connect(lambda: self.rename_path(path.id, path.name))
        cast = menu.addMenu(self.tr("Personas who take path “%1”").replace("%1", path.name))
        for persona in (p for p in self.window.document.project.personas if p.id in journey.persona_ids):
            action = cast.addAction(persona.name)
            action.setCheckable(True)
            action.setChecked(persona.id in path.persona_ids)
            chosen = [pid for pid in path.persona_ids if pid != persona.id] if persona.id in path.persona_ids else [*path.persona_ids, persona.id]
            action.triggered.connect(lambda _=False, ids=chosen: verbs.set_path_personas(path.id, ids))
        menu.addAction(self.tr("Add a path to this fork…")).triggered.connect(lambda: self.add_path(fork.id))
        menu.addAction(self.tr("Move stage back to the main line")).triggered.connect(lambda: verbs.move_stage_to_path(stage_id, None))
        menu.addAction(self.tr("Delete path “%1” and its stages").replace("%1", path.name)).triggered.connect(lambda: verbs.remove_path(path.id))

    def rename_path(self, path_id: str, name: str) -> None:
        text = dialogs.ask_text(self.window, self.tr("Rename Path"), self.tr("Name:"), name)
        if text is not None and text.strip() and text.strip() != name:
            self.window.verbs.rename_path(path_id, text.strip())

    def add_path(self, fork_id: str) -> None:
        text = dialogs.ask_text(self.window, self.tr("Add Path"), self.tr("Name:"), "")
        if text is not None and text.strip():
            self.window.verbs.add_path(fork_id, text.strip())
