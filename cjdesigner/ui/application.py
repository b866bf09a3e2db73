"""Starting the app: the QApplication, the first document, and the smoke-test exit after one paint."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cjdesigner import __version__
from cjdesigner.app import lock
from cjdesigner.app.document import Document
from cjdesigner.app.session import Session

if TYPE_CHECKING:
    from cjdesigner.ui.main_window import MainWindow
from cjdesigner.app.icons import icon
from cjdesigner.i18n import arg
from cjdesigner.io.errors import LoadError


class _QuitAfterPaint(QObject):
    """Quits the application once the map's viewport has painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


class FileOpener(QObject):
    """Opens the files the system hands the running app, through the window's Open.

    On macOS a double-clicked map, or one dropped on the Dock icon, arrives as a QFileOpenEvent sent
    to the application, never on the command line; it may come at start-up or while a map is open.
    """

    def __init__(self, open_path: Callable[[Path], object], owner: QObject) -> None:
        super().__init__(owner)
        self._open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        name = event.file() or event.url().toLocalFile()
        if name:
            self._open_path(Path(name))
        return True


def open_files_from_the_system(app: QApplication, open_path: Callable[[Path], object], owner: QObject) -> FileOpener:
    """Sends the files the system asks the app to open to `open_path`, for as long as `owner` lives."""
    opener = FileOpener(open_path, owner)
    app.installEventFilter(opener)
    return opener


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("cjdesigner")
    app.setApplicationName("cjdesigner")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    app.setDesktopFileName("cjdesigner")  # Wayland shows the menu entry's name and icon for the window
    return app  # type: ignore[return-value]


def first_document(settings: QSettings) -> Document:
    """The sample map on first start; later the most recent map, or a new one if it is gone."""
    from cjdesigner.io.sample import sample_project
    from cjdesigner.io.templates import project_from_template

    if not settings.value("started", False, type=bool):
        settings.setValue("started", True)
        return Document(sample_project())
    for recent in _recent(settings):
        try:
            return Document.open(recent)
        except LoadError:
            continue
    from cjdesigner.io.user_locale import default_language

    return Document(project_from_template("ecommerce", default_language()))


def _recent(settings: QSettings) -> list[str]:
    import json

    try:
        value = json.loads(str(settings.value("recentFiles", "[]")))
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str) and Path(v).is_file()][:1] if isinstance(value, list) else []


def _shown_window(first: QWidget) -> MainWindow:
    """The main window on screen: Preferences rebuilds it around the same session when the
    language changes, so the one the app started with may be gone."""
    from cjdesigner.ui.main_window import MainWindow

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return shown[0] if shown else first  # type: ignore[return-value]


def run(path: Path | None, quit_after_paint: bool = False) -> int:
    from cjdesigner.ui.main_window import MainWindow

    app = application()
    settings = QSettings()
    from cjdesigner.ui.preferences import apply_settings

    apply_settings(settings)
    if path is not None:
        try:
            document = Document.open(path)
        except LoadError as error:
            print(f"{path}: error: {error.sentence}", file=sys.stderr)
            if not quit_after_paint:
                QMessageBox.critical(None, "cjdesigner", arg(QCoreApplication.translate("application", "%1 cannot be opened: %2"), path.name, error.sentence))
            return 1
    else:
        document = first_document(settings)
    held = document.path if document.path is not None and lock.held_by_other(document.path) else None
    if held is not None and not quit_after_paint:
        document = Document(_placeholder())  # the window asks first: read-only, a copy, or take it over
    session = Session(document, settings)
    session.read_only = held is not None and quit_after_paint  # a smoke test never takes a lock over
    session.protect()
    if path is not None:
        session.remember(path)
    window = MainWindow(session, paint_first=True)
    if quit_after_paint:
        watcher = _QuitAfterPaint(window)
        window.view.viewport().installEventFilter(watcher)
    else:
        QTimer.singleShot(0, lambda: _first_questions(window, held))
    open_files_from_the_system(app, lambda file: _shown_window(window).files.open_path(file), app)
    window.show()
    status = app.exec()
    session.end()
    return status


def _placeholder():
    from cjdesigner.io.user_locale import default_language
    from cjdesigner.io.templates import project_from_template

    return project_from_template("ecommerce", default_language())


def _first_questions(window, held: Path | None) -> None:
    """After the window shows: a map someone else has open, then edits a crash left unsaved."""
    if held is not None:
        window.files.open_path(held, ask=False)
    offer_recoveries(window)


def offer_recoveries(window) -> int:
    """At start: edits that a crash or a power cut left unsaved, asked about before anything is applied."""
    from cjdesigner.app.journal import JournalHook, recoverable

    hook = window.session.hook(JournalHook)
    if hook is None:
        return 0
    return window.files.offer_recoveries(recoverable(hook.folder, include_declined=False))
