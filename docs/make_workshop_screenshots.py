"""Makes the README's pictures of workshop mode: the projector and the facilitator's window on the
laptop, both 1920 × 1080, presenting the (French) sample map in the middle of a dot-voting round (the
projector shows the stage's cards and its emotion curve), with
the interface in French as a French facilitator would project it.

Run from the checkout: `python docs/make_workshop_screenshots.py` (headless, no display needed).
It starts itself on Qt's offscreen platform with two screens, a laptop and a projector.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1920, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]
}


def _platform() -> None:
    """The screens must be set before Qt starts: write them to a file the platform reads."""
    if "configfile" in os.environ.get("QT_QPA_PLATFORM", ""):
        return
    config = Path(tempfile.mkdtemp()) / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main() -> int:
    _platform()
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cjdesigner.app.document import Document
    from cjdesigner.app.session import Session
    from cjdesigner.io.sample import sample_project
    from cjdesigner.ui.main_window import MainWindow
    from cjdesigner.ui.presentation import present

    app = QApplication(sys.argv[:1])
    from cjdesigner.ui.preferences import install_translators

    install_translators("fr")
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    document = Document(sample_project())
    editor = MainWindow(Session(document, settings))
    laptop = app.screens()[0]
    editor.setScreen(laptop)
    editor.setGeometry(laptop.availableGeometry())
    editor.show()
    QTest.qWaitForWindowExposed(editor)
    presentation = present(editor.session, editor)
    QTest.qWaitForWindowExposed(presentation.projector)
    presentation.spotlight(1)
    journey = presentation.journey
    stage = presentation.stage_id
    cards = [c for c in journey.cards if c.stage_id == stage]
    presentation.start_round("Ce qui compte le plus", 3, ["Camille", "Jean", "Inès", "Marc"], False)
    plan = {"Camille": [5, 7, 7], "Jean": [5, 8, 0], "Inès": [7, 5, 5]}
    for name, picks in plan.items():
        presentation.participant = name
        for index in picks:
            presentation.focus_id = cards[index % len(cards)].id
            presentation.vote(+1)
    presentation.participant = "Marc"
    presentation.focus_id = cards[7 % len(cards)].id
    presentation.timer.set_minutes(8)
    presentation.timer.toggle()
    app.processEvents()
    presentation.projector.grab().save(str(HERE / "workshop-projector.png"))
    presentation.timer.set_minutes(8)  # restarts the count: both pictures read 08:00
    facilitator = presentation.facilitator
    facilitator.setGeometry(laptop.geometry())
    facilitator.resize(1920, 1080)
    presentation.timer.set_minutes(8)
    app.processEvents()
    facilitator.grab().save(str(HERE / "workshop-facilitator.png"))
    presentation.timer.stop()
    presentation.end()
    document.undo_stack.setClean()  # the votes were for the picture: no "save changes?" question
    editor.close()
    print("wrote docs/workshop-projector.png and docs/workshop-facilitator.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
