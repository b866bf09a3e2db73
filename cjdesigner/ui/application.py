"""Starting the app: the QApplication, the first document, the smoke-test exit after one paint, and
a clean end when the system asks (logout's SIGTERM, a closed terminal's SIGHUP)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QSocketNotifier, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cjdesigner import __version__
from cjdesigner.app import lock
from cjdesigner.app.document import Document
from cjdesigner.app.session import Session

if TYPE_CHECKING:
    from cjdesigner.ui.main_window import MainWindow
from cjdesigner.app.icons import icon
from cjdesigner.i18n import arg, problem
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


class TerminationSignals(QObject):
    """Ends the event loop cleanly on SIGTERM or SIGHUP, so that the session lets go of the map
    (its lock removed, its journal kept) instead of dying with the lock left behind.

    A Python signal handler runs only when Python runs, and the idle event loop runs none: the
    signal's byte goes to a socket (`signal.set_wakeup_fd`) that a QSocketNotifier watches."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.received: int | None = None
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._previous = {}
        for name in ("SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is not None:
                self._previous[number] = signal.signal(number, self._handle)

    def _handle(self, number: int, _frame: object) -> None:
        self.received = number

    def _woken(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except OSError:
            pass
        if self.received is not None:
            self.app.setProperty("terminating", True)  # questions open now end unanswered
            self.app.exit(128 + self.received)  # not quit(): that would ask "save changes?" at logout

    def restore(self) -> None:
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def application() -> QApplication:
    """The application, speaking the user's language: every entry point that opens a window (the
    app, `present`) starts here, so none shows its dialogs in English for want of the translators."""
    from cjdesigner.ui.preferences import apply_settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("cjdesigner")
    app.setApplicationName("cjdesigner")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    app.setDesktopFileName("cjdesigner")  # Wayland shows the menu entry's name and icon for the window
    apply_settings(QSettings())
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
    ending = TerminationSignals(app)  # before any lock is taken
    settings = QSettings()
    if path is not None:
        try:
            document = Document.open(path)
        except LoadError as error:
            print(problem(path, error.sentence), file=sys.stderr)
            if not quit_after_paint:
                QMessageBox.critical(None, "cjdesigner", arg(QCoreApplication.translate("application", "%1 cannot be opened: %2"), path.name, error.sentence))
            ending.restore()
            return 1
    else:
        document = first_document(settings)
    held = document.path if document.path is not None and _not_free(document.path) else None
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
        QTimer.singleShot(0, lambda: _first_questions(window, held, path))
    open_files_from_the_system(app, lambda file: _shown_window(window).files.open_path(file), app)
    window.show()
    status = app.exec()
    _record_phone_rounds()
    session.end(interrupted=ending.received is not None)
    ending.restore()
    return status


def _record_phone_rounds() -> None:
    """The event loop ended with a phone round open (a logout's SIGTERM): its dots go into the map
    before the session lets go of it, so that its journal offers them at the next start."""
    from cjdesigner.ui.presentation.phone_voting import record_phone_rounds

    record_phone_rounds(QApplication.topLevelWidgets())


def _not_free(path: Path) -> bool:
    """Someone else has the map open, or something that is not a lock is where its lock goes."""
    return lock.held_by_other(path) is not None or lock.obstacle(path) is not None


def _placeholder():
    from cjdesigner.io.user_locale import default_language
    from cjdesigner.io.templates import project_from_template

    return project_from_template("ecommerce", default_language())


def _first_questions(window, held: Path | None, opened: Path | None) -> None:
    """After the window shows: a map someone else has open (or that cannot be locked), then
    edits a crash left unsaved."""
    if held is not None:
        window.files.open_path(held, ask=False)  # asks about its own edits, once opened
    offer_recoveries(window, opened if held is None else None)


def offer_recoveries(window, opened: Path | None = None) -> int:
    """At start: edits that a crash or a power cut left unsaved, asked about before anything is
    applied. `opened`, the map given on the command line (or by a double-click): its edits are
    offered even if declined before, as opening it from File → Open does; others only if never
    declined."""
    from cjdesigner.app.journal import JournalHook, recoverable

    hook = window.session.hook(JournalHook)
    if hook is None:
        return 0
    count = 0
    if opened is not None:
        count += window.files.offer_recovery(opened)
    resolved = str(opened.resolve()) if opened is not None else None
    others = [r for r in recoverable(hook.folders, include_declined=False) if resolved is None or r.file != resolved]
    return count + window.files.offer_recoveries(others)


def present(path: Path, phones: bool = False, host: str = "0.0.0.0") -> int:
    """`cjdesigner present MAP [--phones]`: the map opens and its presentation starts; with
    --phones a phone round opens on the map's opportunities with the default budget, and its
    address (with the room's token) goes to standard output once the page answers."""
    from cjdesigner.ui.main_window import MainWindow
    from cjdesigner.ui.presentation import present as start_presenting
    from cjdesigner.ui.presentation.phone_round import PhoneSettings

    app = application()
    ending = TerminationSignals(app)
    settings = QSettings()
    try:
        document = Document.open(path)
    except LoadError as error:
        print(problem(path, error.sentence), file=sys.stderr)
        ending.restore()
        return 1
    session = Session(document, settings)
    session.protect()
    window = MainWindow(session, paint_first=True)
    window.show()
    status = {"code": 0}

    def begin() -> None:
        presentation = start_presenting(session, window)
        presentation.ended.connect(app.quit)
        if not phones:
            return
        url = presentation.start_phone_round(PhoneSettings(host=host))
        if not url:
            print(problem(path, presentation.note), file=sys.stderr)
            status["code"] = 1
            app.quit()
            return
        print(url, flush=True)

    QTimer.singleShot(0, begin)
    code = app.exec()
    _record_phone_rounds()
    session.end(interrupted=ending.received is not None)
    ending.restore()
    return status["code"] or code
