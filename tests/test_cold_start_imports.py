"""The first paint of the sample map on a cold start pays only for what it shows: no PDF writer, no
export or import format, no dock, panel or dialog is imported before it (see
benchmarks/bench_start.py); the docks and menus come right after it (`MainWindow.finish_building`)."""

from __future__ import annotations

import os
import subprocess
import sys

# What the window builds or imports only after its map has painted, or when first asked for.
AFTER_THE_MAP = (
    "cjdesigner.ui.window_docks",
    "cjdesigner.ui.properties",
    "cjdesigner.ui.card_fields",
    "cjdesigner.ui.outline",
    "cjdesigner.ui.matrix_view",
    "cjdesigner.ui.backlog_view",
    "cjdesigner.ui.presentation",
    "cjdesigner.ui.import_dialog",
    "cjdesigner.ui.export_dialog",
    "cjdesigner.ui.version_history",
    "cjdesigner.ui.recovery_dialog",
    "cjdesigner.ui.help_menu",
    "cjdesigner.ui.printing",
)
FORMAT_LIBRARIES = ("reportlab", "openpyxl", "pptx", "yaml")
PHONE_LIBRARIES = ("aiohttp", "segno", "cjdesigner.phones")  # only when a phone round starts
FORMAT_MODULES = ("cjdesigner.export.", "cjdesigner.io.csv_cards", "cjdesigner.io.xlsx_cards", "cjdesigner.io.mermaid",
                  "cjdesigner.io.ems_yaml", "cjdesigner.io.importers")

# Lists the modules loaded when the map's viewport receives its first paint event.
WATCH = """
import runpy, sys
from cjdesigner.ui import application

seen = []
quit_after_paint = application._QuitAfterPaint.eventFilter

def first_paint(self, watched, event):
    if event.type() == event.Type.Paint and not seen:
        seen.append(sorted(sys.modules))
        print("MODULES", " ".join(seen[0]), flush=True)
    return quit_after_paint(self, watched, event)

application._QuitAfterPaint.eventFilter = first_paint
sys.argv = ["cjdesigner", "--quit-after-paint"]
runpy.run_module("cjdesigner", run_name="__main__")
"""


def modules_at_first_paint(home: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home}
    result = subprocess.run([sys.executable, "-c", WATCH], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return next(line for line in result.stdout.splitlines() if line.startswith("MODULES ")).split()[1:]


def test_the_sample_map_paints_before_docks_dialogs_and_formats_load(tmp_path):
    modules = modules_at_first_paint(str(tmp_path))
    assert "cjdesigner.ui.main_window" in modules and "cjdesigner.canvas.scene" in modules, "the map was painted"
    loaded = {m for m in modules if m.split(".")[0] in FORMAT_LIBRARIES or m.startswith(FORMAT_MODULES)}
    loaded |= {m for m in modules if m.startswith(AFTER_THE_MAP)}
    assert loaded == set()


def test_the_phone_voting_libraries_load_only_when_a_phone_round_starts(tmp_path):
    modules = modules_at_first_paint(str(tmp_path))
    assert [m for m in modules if m.startswith(PHONE_LIBRARIES)] == []
