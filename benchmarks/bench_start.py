"""A cold start: the sample map's first paint against a bare PySide6 window's.

    python benchmarks/bench_start.py [RUNS]    # default 7 runs each

The two programs take turns, each in a fresh process with a fresh home folder (so cjdesigner starts
as on first use and opens its sample map) and from bytecode, as installed (see children.py), each exiting after its first paint: `bare_window.py 0`
(a main window with an empty graphics view) and `python -m cjdesigner --quit-after-paint`. Wall
time from the start of the process to its exit; medians. Target: the sample map ≤ 2× the bare
window. `--imports` lists what cjdesigner imports before its first paint, slowest first.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from children import child_env  # noqa: E402


def run_child(args: list[str]) -> float:
    """Wall seconds of one program, started as on a first use: no settings, no journals."""
    with tempfile.TemporaryDirectory() as home:
        env = child_env(home)
        start = time.perf_counter()
        result = subprocess.run([sys.executable, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed with status {result.returncode}")
    return elapsed


BARE_WITH_MODEL = f"""
import runpy, sys
from cjdesigner.io.sample import sample_project
sample_project()
sys.argv = [{str(HERE / "bare_window.py")!r}, "0"]
runpy.run_path(sys.argv[0], run_name="__main__")
"""

COMMANDS = {
    "bare": [str(HERE / "bare_window.py"), "0"],
    "model": ["-c", BARE_WITH_MODEL],  # the bare window after building the sample map: the model's own floor
    "sample": ["-m", "cjdesigner", "--quit-after-paint"],
}


def imports() -> None:
    run_child(COMMANDS["sample"])  # bytecode first
    with tempfile.TemporaryDirectory() as home:
        env = child_env(home)
        result = subprocess.run([sys.executable, "-X", "importtime", *COMMANDS["sample"]], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    rows = []
    for line in result.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    for cumulative, name in sorted(rows, reverse=True)[:40]:
        print(f"{cumulative / 1000:8.1f} ms  {name}")


def main() -> int:
    if sys.argv[1:2] == ["--imports"]:
        imports()
        return 0
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; {repeat} runs each, in turns, after one warm-up")
    for args in COMMANDS.values():
        run_child(args)  # warm-up: the disk cache, compiled bytecode
    runs: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(repeat):
        for name, args in COMMANDS.items():
            runs[name].append(run_child(args))
    bare, model, sample = (statistics.median(runs[name]) for name in ("bare", "model", "sample"))
    for name, label in (("bare", "bare PySide6 window"), ("model", "  + the sample's model"), ("sample", "cjdesigner, sample map")):
        print(f"{label:<24} {statistics.median(runs[name]):.3f} s  (runs {min(runs[name]):.3f}-{max(runs[name]):.3f})"
              f"  {statistics.median(runs[name]) / bare:.2f}x bare")
    print(f"ratio                    {sample / bare:.2f}x  (target <= 2; the model alone makes {model / bare:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
