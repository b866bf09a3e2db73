"""File → Version History: the versions each save kept, with their time and size; one can be looked
at, opened read-only in its own window, or restored as one undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.app.session import Session
from cjdesigner.app.versions import Version, versions
from cjdesigner.io.cjmap import load_project
from cjdesigner.io.errors import LoadError
from cjdesigner.layout.charts import format_number
from cjdesigner.model.document import Project
from cjdesigner.ui.recovery_dialog import MapPreview


class VersionHistoryDialog(QDialog):
    def __init__(self, session: Session, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("version-history")
        self.setWindowTitle(self.tr("Version History"))
        self.session = session
        assert session.path is not None
        self.versions: list[Version] = versions(root, session.path)
        self.windows: list[QWidget] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Earlier versions of %1, newest first. Each save keeps the version it replaces.")
                       .replace("%1", session.path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.list = QTreeWidget(self)
        self.list.setObjectName("versions")
        self.list.setHeaderLabels([self.tr("Saved"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        for version in self.versions:
            when = version.time.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            item = QTreeWidgetItem([when, self.tr("%1 KB").replace("%1", format_number(max(1, round(version.size / 1024))))])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        if not self.versions:
            self.list.addTopLevelItem(QTreeWidgetItem([self.tr("No earlier versions yet"), ""]))
        self.list.setMinimumWidth(260)
        row.addWidget(self.list)
        self.preview_box = QVBoxLayout()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.preview_box.addWidget(self.message)
        self.preview: MapPreview | None = None
        row.addLayout(self.preview_box, 1)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(self.tr("&Open Read-Only"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("open-version")
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("restore-version")
        self.open_button.clicked.connect(self.open_read_only)
        self.restore_button.clicked.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show)
        self._show()
        if self.versions:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.resize(980, 600)

    def current(self) -> Version | None:
        index = self.list.indexOfTopLevelItem(self.list.currentItem()) if self.list.currentItem() else -1
        return self.versions[index] if 0 <= index < len(self.versions) else None

    def project(self) -> Project | None:
        version = self.current()
        if version is None:
            return None
        try:
            return load_project(version.path)
        except LoadError as error:
            self.message.setText(self.tr("This version cannot be opened: %1").replace("%1", error.sentence))
            return None

    def _show(self, *_: object) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
            self.preview = None
        self.message.setText("")
        project = self.project()
        self.open_button.setEnabled(project is not None)
        self.restore_button.setEnabled(project is not None)
        if project is not None:
            self.preview = MapPreview(project, self)
            self.preview_box.addWidget(self.preview, 1)

    def open_read_only(self) -> None:
        """A window of its own: the current map stays as it is."""
        from cjdesigner.app.document import Document
        from cjdesigner.ui.main_window import MainWindow

        project = self.project()
        version = self.current()
        if project is None or version is None:
            return
        session = Session(Document(project), self.session.settings)
        session.read_only = True
        window = MainWindow(session)
        when = version.time.astimezone().strftime("%Y-%m-%d %H:%M")
        window.setWindowTitle(self.tr("%1 as saved on %2 (read-only) — cjdesigner").replace("%1", self.session.path.name).replace("%2", when))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows.append(window)
        window.show()

    def restore(self) -> None:
        project = self.project()
        version = self.current()
        if project is None or version is None:
            return
        when = version.time.astimezone().strftime("%Y-%m-%d %H:%M")
        if self.session.verbs.replace_project(project, self.tr("Restore version of %1").replace("%1", when)):
            self.accept()
