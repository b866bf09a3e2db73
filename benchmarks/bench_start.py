"""A cold start: the sample map's first paint against a bare PySide6 window's, and a big map's
first paint against a bare scene holding as many items.

    python benchmarks/bench_start.py [RUNS]                 # default 7 runs each
    python benchmarks/bench_start.py [RUNS] --cards 5000    # also a generated map of 5,000 cards
    python benchmarks/bench_start.py [RUNS] --before DIR    # also the cjdesigner package found in DIR
    python benchmarks/bench_start.py --imports              # what the first paint imports, slowest first

The programs take turns, each in a fresh process with a fresh home folder (so cjdesigner starts
as on first use and opens its sample map) and from bytecode, as installed (see children.py), each
exiting after its first paint: `bare_window.py 0` (a main window with an empty graphics view),
`python -m cjdesigner --quit-after-paint`, and with `--cards N`, `bare_window.py N` (a bare window
whose scene holds N rectangle + text items) and `python -m cjdesigner MAP --quit-after-paint` on a
generated map of N cards. `--before DIR` runs the cjdesigner programs a second time with DIR first
on the import path (a checkout of an earlier commit, e.g. made with `git worktree add` or
`git archive`), so that a change is compared with what it changes in the same turns. Wall time from
the start of the process to its exit; medians. Targets: the sample map ≤ 2.5× the bare window, the
big map ≤ 2.5× the bare scene.
"""

from __future__ import annotations

import argparse
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


def run_child(args: list[str], before: str | None = None) -> float:
    """Wall seconds of one program, started as on a first use: no settings, no journals; from a
    folder of its own, since `-m` and `-c` put the working folder first on the import path."""
    with tempfile.TemporaryDirectory() as home:
        env = child_env(home)
        if before:
            env["PYTHONPATH"] = before
        start = time.perf_counter()
        result = subprocess.run([sys.executable, *args], env=env, cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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

SAMPLE = ["-m", "cjdesigner", "--quit-after-paint"]


def imports() -> None:
    run_child(SAMPLE)  # bytecode first
    with tempfile.TemporaryDirectory() as home:
        env = child_env(home)
        result = subprocess.run([sys.executable, "-X", "importtime", *SAMPLE], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    rows = []
    for line in result.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    for cumulative, name in sorted(rows, reverse=True)[:40]:
        print(f"{cumulative / 1000:8.1f} ms  {name}")


def programs(cards: int, folder: str, before: str | None) -> dict[str, tuple[list[str], str | None, str]]:
    """name → (arguments, the tree imported first or None, the baseline it is compared with)."""
    found: dict[str, tuple[list[str], str | None, str]] = {
        "bare": ([str(HERE / "bare_window.py"), "0"], None, "bare"),
        "model": (["-c", BARE_WITH_MODEL], None, "bare"),  # the bare window after building the sample: the model's floor
        "sample": (SAMPLE, None, "bare"),
    }
    if before:
        found["sample, before"] = (SAMPLE, before, "bare")
    if cards:
        from generate import generated_project

        from cjdesigner.io.cjmap import save_project

        path = Path(folder) / f"map-{cards}.cjmap"
        save_project(generated_project(cards), path)
        opening = ["-m", "cjdesigner", str(path), "--quit-after-paint"]
        found["bare scene"] = ([str(HERE / "bare_window.py"), str(cards)], None, "bare scene")
        found[f"{cards} cards"] = (opening, None, "bare scene")
        if before:
            found[f"{cards} cards, before"] = (opening, before, "bare scene")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("runs", nargs="?", type=int, default=7)
    parser.add_argument("--cards", type=int, default=0, help="also open a generated map of this many cards")
    parser.add_argument("--before", help="a folder holding an earlier cjdesigner package, run in the same turns")
    parser.add_argument("--imports", action="store_true", help="list what the first paint imports, slowest first")
    options = parser.parse_args()
    if options.imports:
        imports()
        return 0
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; {options.runs} runs each, in turns, after one warm-up")
    with tempfile.TemporaryDirectory() as folder:
        commands = programs(options.cards, folder, options.before)
        for args, tree, _ in commands.values():
            run_child(args, tree)  # warm-up: the disk cache, compiled bytecode
        runs: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(options.runs):
            for name, (args, tree, _) in commands.items():
                runs[name].append(run_child(args, tree))
    medians = {name: statistics.median(values) for name, values in runs.items()}
    judged = {"sample", f"{options.cards} cards"}
    for name, (_, _, baseline) in commands.items():
        ratio = medians[name] / medians[baseline]
        held = f"  target <= 2.5x: {'holds' if ratio <= 2.5 else 'falls short'}" if name in judged else ""
        print(f"{name:<22} {medians[name]:.3f} s  (runs {min(runs[name]):.3f}-{max(runs[name]):.3f})"
              f"  {ratio:.2f}x {baseline}{held}")
    print("targets: sample <= 2.5x bare; a big map <= 2.5x the bare scene")
    return 0


if __name__ == "__main__":
    sys.exit(main())
