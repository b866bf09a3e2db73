"""The lock of an open map: anything but a cjdesigner lock where it goes means "cannot lock", and
the user is asked; a clean end asked by the system (logout's SIGTERM, SIGHUP) removes the lock and
keeps the unsaved edits for the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from builders import saved_small_map, small_project
from safety_helpers import Answer, make_window
from cjdesigner.app import lock
from cjdesigner.app.document import Document
from cjdesigner.app.journal import recoverable
from cjdesigner.app.session import Session


def test_a_folder_where_the_lock_goes_means_the_map_cannot_be_locked_and_the_user_is_asked(qtbot, tmp_path):
    path = saved_small_map(tmp_path)
    lock.lock_path(path).mkdir()
    assert lock.obstacle(path) == "folder" and not lock.acquire(path)
    window = make_window(qtbot, tmp_path, Document(small_project()), tmp_path / "data")

    def look(box: QWidget) -> None:
        assert "map.cjmap cannot be locked: a folder named .~lock.map.cjmap# is where its lock file goes" in box.text()

    answer = Answer("map-unlockable", "lock-read-only", look)
    assert window.files.open_path(path)
    answer.check()
    assert window.session.read_only and window.session.path == path


def test_editing_a_map_that_cannot_be_locked_anyway_is_the_user_s_choice_and_said(qtbot, tmp_path):
    path = saved_small_map(tmp_path)
    lock.lock_path(path).mkdir()
    window = make_window(qtbot, tmp_path, Document(small_project()), tmp_path / "data")
    answer = Answer("map-unlockable", "lock-open")
    assert window.files.open_path(path)
    answer.check()
    assert not window.session.read_only
    assert "map.cjmap is not locked" in window.statusBar().currentMessage()
    assert lock.lock_path(path).is_dir()


def test_another_program_s_file_where_the_lock_goes_is_never_replaced(tmp_path):
    path = saved_small_map(tmp_path)
    lock.lock_path(path).write_text("someone's notes", encoding="utf-8")
    assert lock.obstacle(path) == "not-a-lock"
    assert not lock.acquire(path)
    assert lock.lock_path(path).read_text(encoding="utf-8") == "someone's notes"
    lock.lock_path(path).unlink()
    assert lock.obstacle(path) is None and lock.acquire(path) and lock.obstacle(path) is None


def wait_for(condition, seconds: float = 30.0) -> bool:
    """Another process, not Qt: its files are looked at until they are as expected."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_termination_signal_removes_the_lock(tmp_path, name):
    path = saved_small_map(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "-m", "cjdesigner", str(path)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for(lambda: (lock.owner_of(path) or lock.Owner("", "", 0, "")).pid == app.pid)
        number = getattr(signal, name)
        app.send_signal(number)
        status = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert status == 128 + number, app.stderr.read()
    assert not lock.lock_path(path).exists()


def test_ended_by_the_system_the_unsaved_edits_are_offered_at_the_next_start(qapp, tmp_path):
    path = saved_small_map(tmp_path)
    data = tmp_path / "data"
    session = Session(Document.open(path), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session.protect(data)
    session.verbs.set_card_text("a", "made before the logout")
    session.end(interrupted=True)
    assert not lock.lock_path(path).exists()
    [kept] = recoverable(data / "recovery", include_declined=False)
    assert kept.project.journeys[0].card("a").text == "made before the logout"
