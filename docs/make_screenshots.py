"""Renders the README's screenshots of the sample map: `python docs/make_screenshots.py [FOLDER]`.

`sample-map.png` shows the English interface, `interface-fr.png` the French one, whatever the
locale of the machine. Runs offscreen (no display needed) with throw-away settings, so it never
touches yours.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    from cjdesigner.ui.application import application
    from cjdesigner.ui.preferences import install_translators

    application()
    for language, name in (("en", "sample-map.png"), ("fr", "interface-fr.png")):
        install_translators(language)
        shoot(folder / name)
        print(folder / name)
    return 0


def shoot(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cjdesigner.app.document import Document
    from cjdesigner.app.session import Session
    from cjdesigner.io.sample import sample_project
    from cjdesigner.ui.main_window import MainWindow

    app = QApplication.instance()
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


if __name__ == "__main__":
    sys.exit(main())
