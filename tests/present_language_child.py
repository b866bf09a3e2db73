"""Runs `cjdesigner present MAP` as the command line does, ends the presentation once it has started,
and prints as JSON what the presentation's dialogs say then. Run in a fresh process: the language
comes from the locale the process starts under (tests/test_window_entry_language.py).
Usage: present_language_child.py MAP.cjmap
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication, QTimer

from cjdesigner.cli import main
from cjdesigner.ui import presentation

heard: list[str] = []
started_presentation = presentation.present


def listening(session, window):
    started = started_presentation(session, window)
    heard.append(QCoreApplication.translate("RoundDialog", "Dots per participant:"))
    heard.append(QCoreApplication.translate("PhoneRoundDialog", "Start"))
    QTimer.singleShot(0, started.end)
    return started


presentation.present = listening
status = main(["present", sys.argv[1]])
print(json.dumps({"status": status, "heard": heard}))
