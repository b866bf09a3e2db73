"""Driving the main window's safety prompts in tests: answering a modal dialog, a window over a
protected session, and a session that crashed with its journal left behind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from builders import small_project
from cjdesigner.app.document import Document
from cjdesigner.app.journal import JournalHook
from cjdesigner.app.session import Session
from cjdesigner.ui.main_window import MainWindow


class Answer:
    """Waits for the modal window named `name`, lets `look` see it, then clicks the button `button`."""

    def __init__(self, name: str, button: str, look: Callable[[QWidget], None] = lambda w: None) -> None:
        self.name, self.button, self.look = name, button, look
        self.seen: list[str] = []
        self.error: BaseException | None = None
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(20)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget.objectName() != self.name:
            return
        self.timer.stop()
        self.seen.append(self.name)
        try:
            self.look(widget)
        except BaseException as error:  # reported by the test, after the dialog closed
            self.error = error
        button = widget.findChild(QAbstractButton, self.button)
        if button is None:  # closed unanswered, so that the test fails instead of waiting forever
            self.error = self.error or AssertionError(f"{self.name} has no button named {self.button}")
            widget.close()
            return
        button.click()

    def check(self) -> None:
        self.timer.stop()
        if self.error is not None:
            raise self.error
        assert self.seen == [self.name]


def make_window(qtbot, tmp_path: Path, document: Document, data: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = Session(document, settings)
    session.protect(data)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def crashed_session(tmp_path: Path, data: Path, path: Path | None) -> Session:
    """A session that made edits and then 'crashed': its journal is left as a killed process leaves it."""
    settings = QSettings(str(tmp_path / "crashed.ini"), QSettings.Format.IniFormat)
    session = Session(Document.open(path) if path else Document(small_project()), settings)
    session.protect(data)
    session.verbs.set_card_text("a", "written before the crash")
    session.verbs.add_card("s2", "actions", 0, text="also before the crash")
    session.verbs.rename("stage", "s1", "Découvrir")
    session.hook(JournalHook)._open[id(session.document)].writer.close()  # the process is gone
    session.hooks.clear()
    return session
