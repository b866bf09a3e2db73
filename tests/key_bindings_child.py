"""Prints, as JSON, every key sequence each action of the main window answers, on the platform the
process runs on (QT_QPA_PLATFORM): {action id: [key, …]}. Run under Xvfb with the xcb platform, it
shows the X11 expansions of Qt's standard keys, which the offscreen platform does not use."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from builders import small_project  # noqa: E402
from cjdesigner.app.document import Document  # noqa: E402
from cjdesigner.app.session import Session  # noqa: E402
from cjdesigner.ui.main_window import MainWindow  # noqa: E402


def bindings(window: MainWindow) -> dict[str, list[str]]:
    return {
        action.objectName(): [key.toString() for key in action.shortcuts()]
        for action in window.findChildren(QAction)
        if action.shortcuts()
    }


if __name__ == "__main__":
    app = QApplication(["cjdesigner"])
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Session(Document(small_project()), settings), paint_first=True)
        window.finish_building()
        print(json.dumps({"platform": app.platformName(), "bindings": bindings(window)}))
        window.close()
