"""Helpers for Qt tests: main windows on a project, real mouse events on the map's viewport, the docks opened as a user opens them."""

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu


def viewport_point(view, scene_point) -> QPoint:
    x, y = scene_point if isinstance(scene_point, tuple) else (scene_point.x(), scene_point.y())
    view.ensureVisible(x - 5, y - 5, 10, 10, 20, 20)
    return view.mapFromScene(QPointF(x, y))


def drag(qtbot, view, start, end, steps: int = 6, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press at `start`, move in steps, release at `end` (scene coordinates)."""
    viewport = view.viewport()
    a = viewport_point(view, start)
    b = view.mapFromScene(QPointF(*end) if isinstance(end, tuple) else end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, a)
    for step in range(1, steps + 1):
        point = a + (b - a) * step / steps
        qtbot.mouseMove(viewport, point)
        QApplication.processEvents()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, b)
    QApplication.processEvents()


def card_centre(scene, card_id: str) -> tuple[float, float]:
    rect = scene.layout.cards[card_id]
    return rect.center


def new_main_window(qtbot, folder, project, paint_first: bool = False):
    """A main window on `project` with throw-away settings in `folder` and no saved geometry, not shown."""
    from PySide6.QtCore import QSettings

    from cjdesigner.app.document import Document
    from cjdesigner.app.session import Session
    from cjdesigner.ui.main_window import MainWindow

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Session(Document(project), settings), paint_first=paint_first)
    qtbot.addWidget(window)
    return window


def shown_main_window(qtbot, folder, project, paint_first: bool = False):
    """`new_main_window` at 1400 × 1000, shown and exposed."""
    window = new_main_window(qtbot, folder, project, paint_first)
    window.resize(1400, 1000)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_matrix(window, qtbot):
    """Opens the impact/effort matrix dock from its menu entry; returns its canvas once drawn."""
    window.action("view.matrix").trigger()
    canvas = window.matrix.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.drawing is not None)
    if not window.matrix_dock.isFloating():  # opening makes the dock tall enough for the matrix
        qtbot.waitUntil(lambda: window.matrix_dock.height() >= 360 and canvas.drawing.height >= canvas.height() - 1)
    return canvas


def open_backlog(window, qtbot):
    """Opens the backlog dock from its menu entry; returns its table once filled."""
    window.action("view.backlog").trigger()
    table = window.backlog.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    return table


def type_text(widget, text: str) -> None:
    """Key events carrying the text, so accents, guillemets and French punctuation type as they would
    (`QTest.keyClicks` asserts on non-ASCII text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions()]


def properties_field(window, kind, name):
    """The properties panel's editor named `name`; fails the test if the panel shows none."""
    widget = window.properties.findChild(kind, name)
    assert widget is not None, name
    return widget


def properties_problem(window) -> str:
    """The sentence the properties panel shows under a card's fields, or "" when it shows none."""
    from PySide6.QtWidgets import QLabel

    label = window.properties.findChild(QLabel, "card-fields-problem")
    return label.text() if label.isVisibleTo(window.properties) else ""


def snapshot(window) -> dict:
    """The window's whole project as plain data, to compare before and after an edit, undo or redo."""
    return window.document.project.model_dump(mode="json")


def open_menu(qtbot, window, key=Qt.Key.Key_Menu, modifier=Qt.KeyboardModifier.NoModifier) -> QMenu:
    """The context menu of what is selected on the map, opened as a user does: the Menu key (or Shift+F10)."""
    qtbot.keyClick(window.view.viewport(), key, modifier)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "the key opens a context menu"
    return menu


def close_menu(qtbot, menu) -> None:
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
