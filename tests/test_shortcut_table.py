"""Every key answers one action: an ambiguous key runs none (Qt only prints "Ambiguous shortcut
overload"). Checked with the platform's real expansions of Qt's standard keys: offscreen here, and
X11's (under Xvfb), where Delete also claims Ctrl+D."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from key_bindings_child import bindings

CHILD = Path(__file__).parent / "key_bindings_child.py"


def ambiguous(bound: dict[str, list[str]]) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = defaultdict(list)
    for action, keys in bound.items():
        for key in keys:
            owners[key].append(action)
    return {key: actions for key, actions in owners.items() if len(actions) > 1}


def test_no_key_answers_two_actions_of_the_window_here_and_on_x11_where_delete_also_means_ctrl_d(window):
    assert ambiguous(bindings(window)) == {}
    environment = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    run = subprocess.run(["xvfb-run", "-a", sys.executable, str(CHILD)], capture_output=True, text=True, timeout=120, env=environment)
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout.strip().splitlines()[-1])
    assert answer["platform"] == "xcb"
    bound = answer["bindings"]
    assert "F14" in bound["edit.undo"], "the X11 expansions of the standard keys are in play"
    assert ambiguous(bound) == {}
    assert bound["edit.delete"] == ["Del"] and bound["edit.duplicate"] == ["Ctrl+D"]
