"""Killed at random moments, the app loses no edit: a child process plays edits through the real
session and verbs, is killed with SIGKILL at a random moment after its first edit, and what the
journal brings back (through `cjdesigner recover`) must be the map as it stood after the last
edit that returned, or the one being made; the map's file must be exactly as last saved. The
child writes a new snapshot every few edits, as the app does after a pause, so kills land while
the journal is being rewritten too; and it runs on a small map and on one of 20,000 cards.

CJ_JOURNAL_KILLS sets the number of kills on the small map (200 by default)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings

import journal_script
from builders import large_project, small_project
from cjdesigner.app.document import Document
from cjdesigner.app.journal import recoverable
from cjdesigner.app.session import Session
from cjdesigner.cli import main
from cjdesigner.io.cjmap import load_project, save_project

KILLS = int(os.environ.get("CJ_JOURNAL_KILLS", "200"))
KILLS_PER_SEED = 10
STEPS = 40
SNAPSHOT_EVERY_STEPS = 4
TESTS = Path(__file__).parent


def predicted(seed: int, initial: Path, folder: Path, monkeypatch, steps: int) -> list[tuple[str, str]]:
    """(map, file) hashes after each step, from the same steps played in this process."""
    journal_script.make_deterministic(seed, monkeypatch.setattr)
    folder.mkdir()
    path = folder / "map.cjmap"
    shutil.copyfile(initial, path)
    session = Session(Document.open(path), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    states = [(journal_script.state_hash(session.document.project), journal_script.file_hash(path))]
    journal_script.play(session, seed, steps, lambda line: states.append(tuple(line.split()[2:4])))
    return states


def recovered_hash(data: Path, path: Path, monkeypatch, capsys) -> str:
    """The map as `cjdesigner recover` brings it back, or the file when nothing is unsaved."""
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    found = recoverable(data / "cjdesigner" / "cjdesigner" / "recovery")
    # a kill can cut a line that spans two pages of the file in the middle: named, and its verb never returned
    problems = [p for r in found for p in r.problems if "the last edit was cut off" not in p]
    assert not problems, problems
    assert len(found) <= 1
    capsys.readouterr()
    assert main(["recover"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == len(found)
    if not found:
        return journal_script.state_hash(load_project(path))
    out = data / "recovered.cjmap"
    assert main(["recover", listed[0].split("\t")[0], "-o", str(out)]) == 0
    return journal_script.state_hash(load_project(out))


def test_killed_at_random_moments_no_edit_is_lost(qapp, tmp_path, monkeypatch, capsys):
    save_project(small_project(), tmp_path / "initial.cjmap")
    killed(tmp_path, monkeypatch, capsys, kills=KILLS, steps=STEPS)


def test_killed_at_random_moments_a_map_of_20000_cards_loses_no_edit(qapp, tmp_path, monkeypatch, capsys):
    save_project(large_project(20_000), tmp_path / "initial.cjmap")
    killed(tmp_path, monkeypatch, capsys, kills=3, steps=24)


def killed(tmp_path: Path, monkeypatch, capsys, *, kills: int, steps: int) -> None:
    """`kills` runs of `steps` edits from `initial.cjmap`, each killed at a random moment."""
    initial = tmp_path / "initial.cjmap"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(TESTS)}
    child = subprocess.Popen(
        [sys.executable, str(TESTS / "journal_child.py")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
    )
    rng = random.Random(20261130)
    done = 0
    try:
        for seed in range((kills + KILLS_PER_SEED - 1) // KILLS_PER_SEED):
            states = predicted(seed, initial, tmp_path / f"predicted-{seed}", monkeypatch, steps)
            for run in range(min(KILLS_PER_SEED, kills - done)):
                folder = tmp_path / f"run-{seed}-{run}"
                data = folder / "data"
                data.mkdir(parents=True)
                path = folder / "map.cjmap"
                shutil.copyfile(initial, path)
                child.stdin.write(f"{seed} {path} {data} {steps} {SNAPSHOT_EVERY_STEPS}\n".encode())
                child.stdin.flush()
                pid = int(child.stdout.readline().split()[1])
                last = 0
                target = rng.randint(1, steps - 20)  # edits keep coming after the kill's moment
                while last < target:
                    last = int(child.stdout.readline().split()[1])
                end = time.perf_counter() + rng.random() * 0.002  # a random moment, within the next edits
                while time.perf_counter() < end:
                    pass
                os.kill(pid, signal.SIGKILL)
                for line in iter(child.stdout.readline, b"done\n"):
                    if line == b"end\n":  # the worker finished before the kill landed: still checked
                        continue
                    assert line.startswith(b"step "), line
                    last = int(line.split()[1])
                done += 1
                state = recovered_hash(data, path, monkeypatch, capsys)
                allowed = [states[last][0]] + ([states[last + 1][0]] if last < steps else [])
                assert state in allowed, f"seed {seed}, run {run}: killed after step {last}, an edit was lost"
                on_disk = journal_script.file_hash(path)
                assert on_disk in (states[last][1], states[min(last + 1, steps)][1]), f"seed {seed}, run {run}: the file changed"
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    assert done == kills
