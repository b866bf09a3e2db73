"""Drives a presentation of the sample map from the keyboard and prints what happened as JSON.

The platform's screens are fixed when the QApplication starts, so tests/test_presentation_screens.py
runs this script in a fresh process with QT_QPA_PLATFORM="offscreen:configfile=SCREENS.json".
Usage: presentation_driver.py MAP.cjmap
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjdesigner.app.document import Document
from cjdesigner.app.session import Session
from cjdesigner.io.sample import sample_project
from cjdesigner.ui.main_window import MainWindow


def window_facts(window) -> dict | None:
    if window is None:
        return None
    return {"screen": window.screen().name(), "full_screen": window.isFullScreen(), "visible": window.isVisible(),
            "width": window.width(), "height": window.height()}


def dialog_colours(parent) -> dict:
    """The voting-round dialog as it opens from the presentation: each label's text colour and
    the dialog's background, as Qt resolves them (palette and style sheets together)."""
    from PySide6.QtWidgets import QLabel

    from cjdesigner.ui.presentation.windows import RoundDialog

    dialog = RoundDialog(parent)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    background = dialog.palette().color(dialog.backgroundRole()).name()
    labels = {label.text(): label.palette().color(label.foregroundRole()).name() for label in dialog.findChildren(QLabel) if label.text()}
    dialog.close()
    return {"background": background, "labels": labels}


def main() -> int:
    target = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    settings = QSettings(str(target.with_suffix(".ini")), QSettings.Format.IniFormat)
    document = Document(sample_project())
    document.save(target)
    editor = MainWindow(Session(document, settings))
    laptop = app.screens()[0]
    editor.setScreen(laptop)
    editor.setGeometry(laptop.availableGeometry().adjusted(20, 40, -20, -20))
    editor.show()
    QTest.qWaitForWindowExposed(editor)
    result: dict = {"screens": [s.name() for s in app.screens()]}

    editor.action("view.present").trigger()
    from cjdesigner.ui.presentation import Presentation

    presentation = editor.findChildren(Presentation)[0]
    QTest.qWaitForWindowExposed(presentation.projector)
    keys = presentation.facilitator or presentation.projector
    result["projector"] = window_facts(presentation.projector)
    result["facilitator"] = window_facts(presentation.facilitator)
    result["round_dialog"] = dialog_colours(presentation.facilitator or presentation.projector)
    if presentation.facilitator is not None:
        label = presentation.facilitator.timer_label
        result["facilitator_timer_colour"] = label.palette().color(label.foregroundRole()).name()

    def press(key, text: str = "", modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(keys, key, modifiers)

    stages: list[int] = []
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_End, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Home, Qt.Key.Key_PageUp):
        press(key)
        stages.append(presentation.stage_index)
    result["stages"] = stages
    press(Qt.Key.Key_Period)
    result["blackout"] = presentation.blackout
    press(Qt.Key.Key_Period)
    result["after_blackout"] = presentation.blackout

    # Sizes the projector painted for the spotlighted stage's card text.
    presentation.projector.grab()
    result["text_sizes"] = sorted(presentation.projector.painter.painted_sizes.values())
    result["stage_cards"] = sum(1 for c in presentation.journey.cards if c.stage_id == presentation.stage_id)

    # Dot voting: a round of two participants with two dots each, counts hidden.
    presentation.start_round("Priorités", 2, ["Ana", "Bruno"], True)
    press(Qt.Key.Key_Right)
    first = presentation.focus_id
    press(Qt.Key.Key_Plus)
    press(Qt.Key.Key_Right)
    second = presentation.focus_id
    press(Qt.Key.Key_Plus)
    press(Qt.Key.Key_Plus)  # Ana has no dots left: refused
    result["ana_note"] = presentation.note
    press(Qt.Key.Key_Tab)
    result["participant"] = presentation.participant
    press(Qt.Key.Key_Left)
    press(Qt.Key.Key_Plus)
    press(Qt.Key.Key_Plus)
    press(Qt.Key.Key_Minus)
    card = presentation.journey.card(first)
    result["hidden_dots"] = list(presentation.shown_dots(card))
    press(Qt.Key.Key_R)
    result["revealed_dots"] = list(presentation.shown_dots(card))
    press(Qt.Key.Key_E)
    result["ranking_round"] = presentation.ranking_round_id is not None
    round_ = presentation.journey.voting_rounds[-1]
    result["counts"] = {"first": round_.dots(first), "second": round_.dots(second)}
    result["votes"] = {"first": presentation.journey.card(first).votes, "second": presentation.journey.card(second).votes}
    press(Qt.Key.Key_Escape)  # closes the ranking, not the presentation
    result["after_ranking_escape"] = presentation.projector is not None

    # Timer.
    press(Qt.Key.Key_1)
    press(Qt.Key.Key_0)
    result["timer_minutes"] = presentation.timer.minutes
    press(Qt.Key.Key_T)
    result["timer_running"] = presentation.timer.running
    press(Qt.Key.Key_BracketRight)
    result["timer_left_s"] = presentation.timer.remaining_ms() // 1000
    press(Qt.Key.Key_T)
    result["timer_paused"] = not presentation.timer.running
    result["timer_shown"] = presentation.facilitator.timer_label.text() if presentation.facilitator else presentation.timer.text()

    # Quick capture into the parking lot.
    press(Qt.Key.Key_N)
    capture = presentation.projector.capture
    result["capture_visible"] = capture.isVisible()
    QTest.keyClicks(capture.edit, "Offrir la livraison le samedi")
    QTest.keyClick(capture.edit, Qt.Key.Key_Return)
    captured = [c for c in presentation.journey.cards if c.text == "Offrir la livraison le samedi"]
    lanes = {lane.id: lane.kind.value for lane in presentation.journey.lanes}
    result["captured"] = [(lanes[c.lane_id], c.stage_id == presentation.stage_id) for c in captured]
    result["presenting_after_capture"] = presentation.projector is not None and not capture.isVisible()
    result["undo_texts"] = [document.undo_stack.text(i) for i in range(document.undo_stack.count())]

    editor.session.save()
    press(Qt.Key.Key_Escape)
    app.processEvents()
    result["ended"] = not editor.findChildren(Presentation) or presentation.projector is None
    result["windows_left"] = sorted(w.objectName() for w in app.topLevelWidgets() if w.isVisible())
    saved = json.loads(target.read_text(encoding="utf-8"))
    result["saved_rounds"] = saved["journeys"][0]["voting_rounds"]
    print(json.dumps(result))
    editor.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
