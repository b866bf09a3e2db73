"""File → Compare With…: one list of what the open journey can be compared with (a map file, each
version the history kept, each other journey of the map), chosen with the arrow keys and Enter."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QVBoxLayout

from cjdesigner.app.versions import VersionsHook, versions

if TYPE_CHECKING:
    from cjdesigner.ui.main_window import MainWindow


class CompareDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("compare-dialog")
        self.setWindowTitle(self.tr("Compare With"))
        self.window_ = window
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Compare this journey with:"))
        self.choice = QComboBox(self)
        self.choice.setObjectName("compare-choice")
        label.setBuddy(self.choice)
        layout.addWidget(label)
        layout.addWidget(self.choice)
        self.choice.addItem(self.tr("Another map file…"), ("file", ""))
        session = window.session
        hook = session.hook(VersionsHook)
        if hook is not None and session.path is not None:
            for version in versions(hook.root, session.path):
                when = version.time.astimezone().strftime("%Y-%m-%d %H:%M")
                self.choice.addItem(self.tr("The version saved on %1").replace("%1", when), ("version", str(version.path), when))
        document = window.document
        assert document is not None
        for journey in document.project.journeys:
            if journey.id != document.journey_id:
                self.choice.addItem(self.tr("The journey “%1”").replace("%1", journey.title), ("journey", journey.id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.accepted.connect(self._compare)

    def _compare(self) -> None:
        window = self.window_
        what = self.choice.currentData()
        if what[0] == "journey":
            window.compare_mode().with_journey(what[1])
        elif what[0] == "version":
            window.compare_mode().with_version(Path(what[1]), what[2])
        else:
            start = str(window.session.path.parent) if window.session.path else ""
            chosen, _ = QFileDialog.getOpenFileName(window, self.tr("Compare With Map"), start, window.files.file_filter())
            if chosen:
                window.compare_mode().with_file(Path(chosen))


def ask(window: MainWindow) -> CompareDialog:
    dialog = CompareDialog(window)
    dialog.open()
    return dialog
