"""Renders the README's screenshots: `python docs/make_screenshots.py [FOLDER]`.

`sample-map.png` shows the English interface, `interface-fr.png` the French one, whatever the locale
of the machine, `high-contrast.png` the same map in View → High Contrast with the outline open, and
`chart-lane.png` the sample's metrics: the funnel lane and the lane of bars. The first two are also
the pictures of the user guides (cjdesigner/guide/interface-en.png and interface-fr.png), which the
package ships so that Help → User Guide shows them offline; tests/test_guide_drift.py checks the copies.
Runs offscreen (no display needed) with throw-away settings, so it never touches yours.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
GUIDE_FOLDER = Path(__file__).resolve().parent.parent / "cjdesigner" / "guide"

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from cjdesigner.model.document import Project
    from cjdesigner.ui.main_window import MainWindow


@contextmanager
def sample_window(settings_values: dict[str, object] | None = None, project: Project | None = None,
                  size: tuple[int, int] = (1500, 940), language: str | None = None) -> Iterator[tuple[QApplication, MainWindow]]:
    """The main window on the sample map (or `project`), 1500 × 940 (or `size`), in `language` if
    given, with throw-away settings holding `settings_values`; closed afterwards without asking to save."""
    from PySide6.QtCore import QSettings

    from cjdesigner.app.document import Document
    from cjdesigner.app.session import Session
    from cjdesigner.io.sample import sample_project
    from cjdesigner.ui.application import application
    from cjdesigner.ui.main_window import MainWindow

    app = application()
    if language is not None:
        from cjdesigner.ui.preferences import install_translators

        install_translators(language)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        for key, value in (settings_values or {}).items():
            settings.setValue(key, value)
        window = MainWindow(Session(Document(project if project is not None else sample_project()), settings))
        window.resize(*size)
        window.show()
        app.processEvents()
        yield app, window
        window.document.undo_stack.setClean()
        window.close()


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    from cjdesigner.ui.application import application
    from cjdesigner.ui.preferences import install_translators

    application()
    for language, name in (("en", "sample-map.png"), ("fr", "interface-fr.png")):
        install_translators(language)
        sample_map(folder / name, help_open=language == "fr")
        shutil.copyfile(folder / name, GUIDE_FOLDER / f"interface-{language}.png")
    install_translators("en")
    high_contrast(folder / "high-contrast.png")
    chart_lane(folder / "chart-lane.png")
    return 0


def sample_map(out: Path, help_open: bool = False) -> None:
    """`help_open`: the Help menu is shown open over the window, as a user sees it."""
    with sample_window() as (app, window):
        window.view.zoom_fit()
        window.view.set_zoom(max(window.view.zoom, 0.72))
        window.view.centerOn(0, 0)
        window.view.horizontalScrollBar().setValue(0)
        window.view.verticalScrollBar().setValue(0)
        window.scene.select_cards(["card-012"])
        app.processEvents()
        picture = window.grab().toImage()
        if help_open:
            with_menu_open(app, window, picture)
        picture.save(str(out))
    print(out)


def with_menu_open(app: QApplication, window: MainWindow, picture: QImage) -> None:
    """Paints the Help menu, dropped down under its title, onto a grab of the window: a grab
    leaves out popups, which are windows of their own."""
    from PySide6.QtGui import QPainter

    bar = window.menuBar()
    title = next(action for action in bar.actions() if action.menu() is window.help_menu)
    bar.setActiveAction(title)
    window.help_menu.popup(bar.mapToGlobal(bar.actionGeometry(title).bottomLeft()))
    app.processEvents()
    corner = window.mapFromGlobal(window.help_menu.pos())
    painter = QPainter(picture)
    painter.drawImage(window.menuBar().mapTo(window, bar.actionGeometry(title).topLeft()), bar.grab(bar.actionGeometry(title)).toImage())
    painter.drawImage(corner, window.help_menu.grab().toImage())
    painter.end()
    window.help_menu.hide()


def high_contrast(out: Path) -> None:
    """The sample map in View → High Contrast, with View → Outline open on the selected card."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    with sample_window({"view/high_contrast": True}) as (app, window):
        window.actions["view.outline"].trigger()
        for name in ("dock-personas", "dock-palette"):
            window.findChild(QDockWidget, name).hide()
        window.resizeDocks([window.outline_dock], [330], Qt.Orientation.Horizontal)
        app.processEvents()
        window.view.set_zoom(0.8)
        window.scene.select_cards(["card-012"])
        window.view.horizontalScrollBar().setValue(0)
        window.view.verticalScrollBar().setValue(0)
        app.processEvents()
        window.grab().save(str(out))
    print(out)


def chart_lane(out: Path) -> None:
    """The sample's two chart lanes, the funnel and the bars, under the stage headers they follow:
    the window's map, docks hidden, the lanes between cut out."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QDockWidget

    with sample_window() as (app, window):
        for dock in window.findChildren(QDockWidget):
            dock.hide()
        app.processEvents()
        scene, view = window.scene, window.view
        layout = scene.layout
        left = layout.lanes["lane-funnel"].x - 4
        right = layout.grid.right + 4
        view.set_zoom(min(1.6, (view.viewport().width() - 8) / (right - left)))
        parts = []
        first = layout.stages[layout.stage_order[0]]
        for top, bottom in ((first.y - 4, first.bottom + 2), (layout.lanes["lane-funnel"].y + 0.5, layout.lanes["lane-metrics"].bottom + 4)):
            view.ensureVisible(left, top, right - left, bottom - top, 0, 0)
            view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
            view.ensureVisible(left, top, right - left, bottom - top, 0, 0)
            app.processEvents()
            corner, end = view.mapFromScene(left, top), view.mapFromScene(right, bottom)
            parts.append(view.viewport().grab(QRect(corner, end)).toImage())
        picture = QImage(max(p.width() for p in parts), sum(p.height() for p in parts), QImage.Format.Format_RGB32)
        picture.fill(0xFFFFFF)
        painter = QPainter(picture)
        y = 0
        for part in parts:
            painter.drawImage(0, y, part)
            y += part.height()
        painter.end()
        picture.save(str(out))
    print(out)


if __name__ == "__main__":
    sys.exit(main())
