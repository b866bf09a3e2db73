"""At start-up the window paints the map first and builds its docks and menus right after, by
itself; the saved layout of the docks still applies, and the window is the same as one built whole."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget

from builders import small_project
from cjdesigner.app.document import Document
from cjdesigner.app.session import Session
from cjdesigner.ui.main_window import MainWindow


def start(qtbot, settings: QSettings, paint_first: bool) -> MainWindow:
    window = MainWindow(Session(Document(small_project()), settings), paint_first=paint_first)
    qtbot.addWidget(window)
    window.show()
    return window


def docks(window: MainWindow) -> dict[str, bool]:
    return {dock.objectName(): dock.isVisible() for dock in window.findChildren(QDockWidget)}


def test_the_docks_and_menus_are_built_after_the_first_paint_by_themselves(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Session(Document(small_project()), settings), paint_first=True)
    qtbot.addWidget(window)
    assert not window.built and docks(window) == {} and window.menuBar().actions() == []
    assert window.scene.card_items, "the map is there to paint"
    window.show()
    qtbot.waitUntil(lambda: window.built)
    whole = start(qtbot, QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat), paint_first=False)
    assert docks(window) == docks(whole) and "dock-properties" in docks(window)
    assert [a.text() for a in window.menuBar().actions()] == [a.text() for a in whole.menuBar().actions()]
    assert window.properties.kind == "journey" and window.history.stack() is window.document.undo_stack


def test_the_saved_layout_of_the_docks_applies_after_the_first_paint(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = start(qtbot, settings, paint_first=False)
    first.outline_dock.show()
    first.findChild(QDockWidget, "dock-personas").hide()
    assert first.close()
    again = start(qtbot, settings, paint_first=True)
    qtbot.waitUntil(lambda: again.built)
    assert again.outline_dock.isVisible() and again.action("view.outline").isChecked()
    assert not again.findChild(QDockWidget, "dock-personas").isVisible()


def test_a_window_closed_before_its_docks_exist_keeps_the_saved_layout(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = start(qtbot, settings, paint_first=False)
    first.outline_dock.show()
    assert first.close()
    saved = settings.value("window/state")
    early = MainWindow(Session(Document(small_project()), settings), paint_first=True)
    qtbot.addWidget(early)
    assert early.close() and not early.built
    assert settings.value("window/state") == saved
