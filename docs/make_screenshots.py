"""Renders the README's screenshots: `python docs/make_screenshots.py [OUT.png]` makes the sample map
(and `docs/high-contrast.png`, the same map in high contrast with the outline open).

Runs offscreen (no display needed) with throw-away settings, so it never touches yours.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "sample-map.png"
    from PySide6.QtCore import QSettings

    from cjdesigner.app.document import Document
    from cjdesigner.app.session import Session
    from cjdesigner.io.sample import sample_project
    from cjdesigner.ui.application import application
    from cjdesigner.ui.main_window import MainWindow

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Session(Document(sample_project()), settings))
        window.resize(1500, 940)
        window.show()
        app.processEvents()
        window.view.zoom_fit()
        window.view.set_zoom(max(window.view.zoom, 0.72))
        window.view.centerOn(0, 0)
        window.view.horizontalScrollBar().setValue(0)
        window.view.verticalScrollBar().setValue(0)
        window.scene.select_cards(["card-012"])
        app.processEvents()
        window.grab().save(str(out))
        window.document.undo_stack.setClean()
        window.close()
    print(out)
    return 0


def high_contrast(out: Path = Path(__file__).parent / "high-contrast.png") -> int:
    """The sample map in View → High Contrast, with View → Outline open on the selected card."""
    from PySide6.QtCore import QSettings, Qt

    from cjdesigner.app.document import Document
    from cjdesigner.app.session import Session
    from cjdesigner.io.sample import sample_project
    from cjdesigner.ui.application import application
    from cjdesigner.ui.main_window import MainWindow

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("view/high_contrast", True)
        window = MainWindow(Session(Document(sample_project()), settings))
        window.resize(1500, 940)
        window.show()
        window.actions["view.outline"].trigger()
        window.findChild(type(window.outline_dock), "dock-personas").hide()
        window.findChild(type(window.outline_dock), "dock-palette").hide()
        window.resizeDocks([window.outline_dock], [330], Qt.Orientation.Horizontal)
        app.processEvents()
        window.view.set_zoom(0.8)
        window.scene.select_cards(["card-012"])
        window.view.horizontalScrollBar().setValue(0)
        window.view.verticalScrollBar().setValue(0)
        app.processEvents()
        window.grab().save(str(out))
        window.document.undo_stack.setClean()
        window.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main() or high_contrast())
