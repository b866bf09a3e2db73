"""Helpers for driving the map with real mouse events on the view's viewport."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication


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


def new_main_window(qtbot, folder, project):
    """A main window on `project` with throw-away settings in `folder` and no saved geometry, not shown."""
    from PySide6.QtCore import QSettings

    from cjdesigner.app.document import Document
    from cjdesigner.app.session import Session
    from cjdesigner.ui.main_window import MainWindow

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Session(Document(project), settings))
    qtbot.addWidget(window)
    return window
