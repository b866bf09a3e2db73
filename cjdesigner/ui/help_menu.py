"""The Help menu: the keyboard shortcuts, the user guide and About, all offline.

The shortcuts are read from the table of actions (`actions.py`), so the list cannot drift from the
keys the window really answers. The guide is written once per interface language
(cjdesigner/guide/guide_fr.md, guide_en.md, with their pictures) and ships inside the package, so a
checkout, a wheel and the bundle all read the same files; the window opens the one of the language
the interface speaks when it opens.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImageReader, QKeySequence, QResizeEvent, QTextCursor, QTextFragment
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cjdesigner import __version__, i18n
from cjdesigner.resources import guide_file
from cjdesigner.ui.actions import ACTIONS, key_sequences


def shortcut_rows() -> list[tuple[str, str]]:
    """(action, keys) for every action of the table, in the interface's language; an action
    without a key says so, so the list also tells what the keyboard cannot reach directly."""
    rows = []
    for spec in ACTIONS:
        text = QCoreApplication.translate("actions", spec.text).replace("&&", "\0").replace("&", "").replace("\0", "&")
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in key_sequences(spec))
        rows.append((text.removesuffix("…").removesuffix("..."), keys or QCoreApplication.translate("help", "—")))
    return rows


class ShortcutsDialog(QDialog):
    """Every action of the app and its keys, one row each, as a table a screen reader reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcuts-table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, (action, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(action))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        _closable(self, self.table, 560, 640)


def guide_text(language: str | None = None) -> tuple[str, Path | None]:
    """The guide's Markdown in `language` (the interface's by default, English when that one is
    missing) and the folder its pictures are in; ("", None) when this copy has no guide at all."""
    language = language or i18n.spoken_language()
    for path in (guide_file(language), guide_file("en")):
        if path is not None:
            return path.read_text(encoding="utf-8"), path.parent
    return "", None


class GuideBrowser(QTextBrowser):
    """Wraps the text and shrinks the pictures to the width it has, so it never scrolls sideways."""

    def __init__(self, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._sizes: dict[str, QSize] = {}
        if folder is not None:
            self.setSearchPaths([str(folder)])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_pictures()

    def picture_names(self) -> list[str]:
        return [name for name, _ in self._pictures()]

    def fit_pictures(self) -> None:
        room = max(self.viewport().width() - 2 * self.document().documentMargin() - 4, 40.0)
        for name, fragment in self._pictures():
            size = self._size(name)
            picture = fragment.charFormat().toImageFormat()
            width = min(float(size.width()), room)
            if size.isEmpty() or abs(picture.width() - width) < 1:
                continue
            picture.setWidth(width)
            picture.setHeight(width * size.height() / size.width())
            cursor = QTextCursor(self.document())
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(picture)

    def _size(self, name: str) -> QSize:
        if name not in self._sizes:
            self._sizes[name] = QImageReader(str(self.folder / name)).size() if self.folder else QSize()
        return self._sizes[name]

    def _pictures(self) -> list[tuple[str, QTextFragment]]:
        found = []
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().isImageFormat():
                    found.append((fragment.charFormat().toImageFormat().name(), fragment))
                fragments += 1
            block = block.next()
        return found


class GuideDialog(QDialog):
    """The user guide in the interface's language, read in the app: no browser and no network needed.
    It takes most of the screen, since the guide is long and people read it beside the map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide-dialog")
        self.setWindowTitle(self.tr("cjdesigner User Guide"))
        text, folder = guide_text()
        self.browser = GuideBrowser(folder, self)
        self.browser.setObjectName("guide-text")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)  # offline: a web address is shown, never followed
        self.browser.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.browser.document().setUndoRedoEnabled(False)
        self.browser.setMarkdown(text or self.tr("The user guide is missing from this copy of cjdesigner; reinstall it to read the guide."))
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.7
        _closable(self, self.browser, room.width(), room.height())
        self.browser.fit_pictures()


def _closable(dialog: QDialog, content: QWidget, width: int, height: int) -> None:
    """The dialog's content over a Close button (Escape closes too)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)
    dialog.resize(width, height)


def version() -> str:
    """The installed distribution's version; the package's own when it runs from a bare checkout."""
    try:
        return importlib.metadata.version("cjdesigner")
    except importlib.metadata.PackageNotFoundError:
        return __version__


def about_text() -> str:
    return "<h3>cjdesigner %1</h3><p>%2</p><p>%3</p>".replace("%1", version()).replace(
        "%2", QCoreApplication.translate("help", "An offline designer of customer journey maps.")).replace(
        "%3", QCoreApplication.translate("help", "Free software under the MIT licence."))


def show_about(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setObjectName("about-box")
    box.setWindowTitle(QCoreApplication.translate("help", "About cjdesigner"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def show(what: str, parent: QWidget) -> None:
    """Help → "guide", "shortcuts" or "about"; the dialogs are window-modal and go when closed."""
    if what == "about":
        show_about(parent)
        return
    dialog = GuideDialog(parent) if what == "guide" else ShortcutsDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
