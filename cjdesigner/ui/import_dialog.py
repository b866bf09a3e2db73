"""File → Import…: a map from a CSV, Excel, Mermaid or Enablement Map Studio file, into a new map or
as a new journey of the open project (one undo step), and then what could not be carried over."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cjdesigner.i18n import arg
from cjdesigner.io.errors import LoadError

if TYPE_CHECKING:
    from cjdesigner.io.import_base import Imported
    from cjdesigner.ui.main_window import MainWindow


class Target(Enum):
    NEW_MAP = "new map"
    NEW_JOURNEY = "new journey"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)  # lupdate files a module function's tr() under ""


FILTER = (
    "Maps to import (*.csv *.tsv *.txt *.xlsx *.xlsm *.mmd *.mermaid *.md *.markdown *.html *.htm *.rst *.yaml *.yml);;"
    "CSV (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx *.xlsm);;Mermaid journeys (*.mmd *.mermaid *.md *.markdown *.html *.htm *.rst);;"
    "Enablement Map Studio (*.yaml *.yml);;All files (*)"
)


def ask_target(parent: QWidget, name: str) -> Target | None:
    """Where the imported map goes; None when the user cancels."""
    box = QMessageBox(parent)
    box.setObjectName("import-target")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Import"))
    box.setText(tr("Where should the map from %1 go?").replace("%1", name))
    new_map = box.addButton(tr("Into a New Map"), QMessageBox.ButtonRole.AcceptRole)
    new_journey = box.addButton(tr("As a New Journey of This Project"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(new_journey)
    box.exec()
    clicked = box.clickedButton()
    if clicked is new_map:
        return Target.NEW_MAP
    if clicked is new_journey:
        return Target.NEW_JOURNEY
    return None


def import_map(window: MainWindow) -> None:
    """Ask for a file, then where it goes, then import it."""
    path, _ = QFileDialog.getOpenFileName(window, tr("Import a Map"), "", tr(FILTER))
    if path:
        import_path(window, Path(path))


def import_path(window: MainWindow, path: Path, target: Target | None = None) -> bool:
    """Import `path`; `target` None asks the user. True when something was imported."""
    from cjdesigner.io.importers import read_map
    from cjdesigner.model.vocabulary import Language

    language = window.document.project.language if window.document is not None else Language.EN
    try:
        imported = read_map(path, language)
    except LoadError as error:
        QMessageBox.warning(window, tr("Nothing imported"), tr("%1 cannot be imported: %2").replace("%1", path.name).replace("%2", error.sentence))
        return False
    if window.document is None:
        target = Target.NEW_MAP
    if target is None:
        target = ask_target(window, path.name)
    if target is None:
        return False
    new_personas = _apply(window, imported, target)
    if new_personas is None:
        return False
    done = arg(tr("%1: %2."), path.name, imported.sentence(new_personas))
    window.statusBar().showMessage(done, 10000)
    if imported.warnings:
        box = QMessageBox(QMessageBox.Icon.Information, tr("Imported, with some things left out"), done, QMessageBox.StandardButton.Ok, window)
        box.setObjectName("import-warnings")
        box.setInformativeText(tr("What could not be carried over:"))
        box.setDetailedText("\n\n".join(imported.warnings))
        box.open()
    return True


def _apply(window: MainWindow, imported: Imported, target: Target) -> int | None:
    """How many personas the import added to the map, or None when nothing was imported."""
    if target is Target.NEW_MAP:
        if not window.files.maybe_save():
            return None
        window.session.new(imported.project, unsaved=True)
        return len(imported.project.personas)
    from cjdesigner.io.importers import journeys_for_project

    journeys, personas = journeys_for_project(window.document.project, imported)
    return len(personas) if window.verbs.import_journeys(journeys, personas) else None
