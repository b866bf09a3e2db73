"""The first paint of the sample map on a cold start pays only for what it shows: no PDF writer, no
export or import format is imported before it (see benchmarks/bench_start.py)."""

from __future__ import annotations

import os
import subprocess
import sys

WATCH = """
import atexit, runpy, sys
atexit.register(lambda: print("MODULES", " ".join(sorted(sys.modules))))
sys.argv = ["cjdesigner", "--quit-after-paint"]
runpy.run_module("cjdesigner", run_name="__main__")
"""


def test_the_sample_map_paints_without_loading_exports_or_formats(tmp_path):
    home = str(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home}
    result = subprocess.run([sys.executable, "-c", WATCH], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    modules = next(line for line in result.stdout.splitlines() if line.startswith("MODULES ")).split()[1:]
    assert "cjdesigner.ui.main_window" in modules, "the window was built"
    loaded = {m for m in modules if m.split(".")[0] in ("reportlab", "openpyxl", "yaml")}
    loaded |= {m for m in modules if m.startswith(("cjdesigner.export.", "cjdesigner.io.csv_cards", "cjdesigner.io.xlsx_cards", "cjdesigner.io.mermaid", "cjdesigner.io.ems_yaml", "cjdesigner.io.importers"))}
    assert loaded == set()
