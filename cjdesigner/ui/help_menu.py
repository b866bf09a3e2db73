"""The Help menu: the keyboard shortcuts, the user guide and About, all offline.

The shortcuts are read from the table of actions (`actions.py`), so the list cannot drift from the
keys the window really answers. The guide is the README, found where this copy of the app keeps it:
beside the package in a checkout, in the installed distribution's metadata for a wheel (`readme`
in pyproject.toml), and in the bundle, which copies that metadata.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
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

from cjdesigner import __version__
from cjdesigner.ui.actions import ACTIONS, key_sequences

CHECKOUT_README = Path(__file__).resolve().parents[2] / "README.md"


def on_a_normal_keyboard(key: QKeySequence) -> bool:
    """False for the keys X11 adds to the standard ones for keyboards few people have: Sun's F14
    (Undo) and F20 (Cut), and dedicated keys such as Undo or New, which the list would show as
    "F14" or "Annuler". The window still answers them; the list names the keys people can press."""
    return all(key[i].key() < Qt.Key.Key_F13 for i in range(key.count()))


def shortcut_rows() -> list[tuple[str, str]]:
    """(action, keys) for every action of the table, in the interface's language; an action
    without a key says so, so the list also tells what the keyboard cannot reach directly."""
    rows = []
    for spec in ACTIONS:
        text = QCoreApplication.translate("actions", spec.text).replace("&&", "\0").replace("&", "").replace("\0", "&")
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in key_sequences(spec) if on_a_normal_keyboard(k))
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


def guide_text() -> tuple[str, Path | None]:
    """The guide's Markdown and the folder its images are found in (None when they are not shipped)."""
    if CHECKOUT_README.is_file():
        return CHECKOUT_README.read_text(encoding="utf-8"), CHECKOUT_README.parent
    try:
        text = importlib.metadata.metadata("cjdesigner").get_payload()
    except importlib.metadata.PackageNotFoundError:
        text = ""
    return str(text or ""), None


class GuideDialog(QDialog):
    """The README, read in the app: no browser and no network needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide-dialog")
        self.setWindowTitle(self.tr("cjdesigner User Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide-text")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)  # offline: a web address is shown, never followed
        text, folder = guide_text()
        if folder is not None:
            self.browser.setSearchPaths([str(folder)])
        else:
            text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("!["))
        self.browser.setMarkdown(text or self.tr("The user guide is missing from this copy of cjdesigner; reinstall it to read the guide."))
        self.browser.anchorClicked.connect(lambda url: url.hasFragment() and self.browser.scrollToAnchor(url.fragment()))
        _closable(self, self.browser, 820, 720)


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
