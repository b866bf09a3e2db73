"""The questions that keep work safe, asked in a real window: edits a crash left unsaved, a map
another process has open, a file changed on disk, and the version history."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from builders import small_project
from safety_helpers import Answer, crashed_session, make_window
from cjdesigner.app import lock
from cjdesigner.app.document import Document
from cjdesigner.app.journal import JournalHook, recoverable
from cjdesigner.app.versions import versions
from cjdesigner.io.cjmap import load_project, save_project
from cjdesigner.ui.main_window import MainWindow


def test_at_start_the_recovery_prompt_shows_what_comes_back_before_applying_it(qtbot, tmp_path):
    from cjdesigner.ui.application import offer_recoveries

    data = tmp_path / "data"
    path = tmp_path / "map.cjmap"
    save_project(small_project(), path)
    saved = path.read_bytes()
    crashed = crashed_session(tmp_path, data, path)
    window = make_window(qtbot, tmp_path, Document(small_project()), data)

    def look(dialog: QWidget) -> None:
        summary = dialog.findChild(QWidget, "recovery-summary").text()
        assert "3 edits can be brought back" in summary and str(path) in summary
        assert window.session.document.project.title == "Test" and window.session.path is None  # nothing applied yet
        assert dialog.preview.scene().card("a").text == "written before the crash"

    answer = Answer("recovery-dialog", "recover", look)
    assert offer_recoveries(window) == 1
    answer.check()
    session = window.session
    assert session.path == path and session.modified
    assert session.document.project.model_dump_json() == crashed.document.project.model_dump_json()
    assert path.read_bytes() == saved  # the user's file is only written when the user saves
    assert session.document.undo_stack.undoText() == "Recover unsaved edits"
    assert recoverable(data / "recovery") == []  # the new journal holds the edits now


def test_a_declined_recovery_is_kept_and_offered_again_when_the_map_is_opened(qtbot, tmp_path):
    from cjdesigner.ui.application import offer_recoveries

    data = tmp_path / "data"
    path = tmp_path / "map.cjmap"
    save_project(small_project(), path)
    crashed = crashed_session(tmp_path, data, path)
    window = make_window(qtbot, tmp_path, Document(small_project()), data)
    answer = Answer("recovery-dialog", "not-now")
    assert offer_recoveries(window) == 0
    answer.check()
    assert not window.session.modified and window.session.path is None
    assert recoverable(data / "recovery", include_declined=False) == []  # not asked again at start
    assert len(recoverable(data / "recovery")) == 1  # but kept
    answer = Answer("recovery-dialog", "recover")
    assert window.files.open_path(path)
    answer.check()
    assert window.session.document.project.model_dump_json() == crashed.document.project.model_dump_json()


def test_an_untitled_map_comes_back_untitled_and_modified(qtbot, tmp_path):
    from cjdesigner.ui.application import offer_recoveries

    data = tmp_path / "data"
    crashed = crashed_session(tmp_path, data, None)
    window = make_window(qtbot, tmp_path, Document(small_project()), data)
    answer = Answer("recovery-dialog", "recover", lambda d: "an untitled map" in d.findChild(QWidget, "recovery-summary").text())
    assert offer_recoveries(window) == 1
    answer.check()
    assert window.session.path is None and window.session.modified
    assert window.session.document.project.model_dump_json() == crashed.document.project.model_dump_json()


HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication, QSettings
from cjdesigner.app.document import Document
from cjdesigner.app.session import Session
app = QCoreApplication([])
session = Session(Document.open(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
session.protect()
print("ready", flush=True)
sys.stdin.readline()
session.end()
"""


@pytest.fixture
def holder(tmp_path):
    """Another cjdesigner process with the map open."""
    path = tmp_path / "shared.cjmap"
    save_project(small_project(), path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "other")}
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), str(tmp_path / "other.ini")],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout.readline() == "ready\n"
    yield path, process
    if process.poll() is None:
        process.stdin.write("\n")
        process.stdin.flush()
    process.wait(timeout=20)


def test_a_map_open_in_another_process_says_who_and_opens_read_only(qtbot, tmp_path, holder):
    path, process = holder
    window = make_window(qtbot, tmp_path, Document(small_project()), tmp_path / "data")

    def look(box: QWidget) -> None:
        owner = lock.owner_of(path)
        assert owner.pid == process.pid
        assert f"by {owner.user} on the computer {owner.host} since" in box.text()

    answer = Answer("map-in-use", "lock-read-only", look)
    assert window.files.open_path(path)
    answer.check()
    assert window.session.read_only and "(read-only)" in window.windowTitle()
    assert lock.owner_of(path).pid == process.pid  # their lock stays theirs
    window.session.verbs.set_card_text("a", "mine")
    with pytest.raises(Exception, match="read-only"):
        window.session.save()
    assert load_project(path).journeys[0].cards[0].text == "A"


def open_in_use(qtbot, tmp_path: Path, path: Path, button: str) -> MainWindow:
    """Open a map another process holds, answering the question with `button`."""
    window = make_window(qtbot, tmp_path, Document(small_project()), tmp_path / "data")
    answer = Answer("map-in-use", button)
    assert window.files.open_path(path)
    answer.check()
    return window


def test_taking_over_a_map_and_a_crashed_owner_s_lock_is_removed(qtbot, tmp_path, holder):
    path, process = holder
    window = open_in_use(qtbot, tmp_path, path, "lock-open")
    assert lock.owner_of(path).pid == os.getpid() and not window.session.read_only
    process.kill()
    process.wait()
    lock.lock_path(path).write_text(lock.lock_path(path).read_text().replace(str(os.getpid()), str(process.pid)))
    assert lock.held_by_other(path) is None  # its process is gone: the lock is stale
    assert not lock.lock_path(path).exists()
    assert window.files.open_path(path)  # no question asked
    assert lock.owner_of(path).pid == os.getpid()


def test_a_copy_of_a_map_in_use_is_untitled(qtbot, tmp_path, holder):
    path, _ = holder
    window = open_in_use(qtbot, tmp_path, path, "lock-copy")
    assert window.session.path is None and window.session.modified


def replace_atomically(path: Path, project) -> None:
    """What git and sync clients do: write elsewhere, rename over the file."""
    temporary = path.with_name("incoming.tmp")
    save_project(project, temporary)
    os.replace(temporary, path)


def test_a_change_on_disk_is_noticed_after_each_atomic_rename_and_saving_over_it_asks(qtbot, tmp_path):
    path = tmp_path / "map.cjmap"
    save_project(small_project(), path)
    window = make_window(qtbot, tmp_path, Document(small_project()), tmp_path / "data")
    assert window.files.open_path(path)
    window.session.verbs.set_card_text("b", "my unsaved edit")
    pulled = small_project()
    pulled.title = "Pulled"
    answer = Answer("changed-on-disk", "reload", lambda box: "was changed on disk" in box.text())
    replace_atomically(path, pulled)
    qtbot.waitUntil(lambda: answer.seen == ["changed-on-disk"], timeout=5000)
    answer.check()
    qtbot.waitUntil(lambda: window.session.document.project.title == "Pulled")
    assert not window.session.modified
    kept = [r for r in recoverable(tmp_path / "data" / "recovery") if r.file == str(path.resolve())]
    assert kept and kept[0].project.journeys[0].card("b").text == "my unsaved edit"  # still recoverable

    pulled.title = "Pulled again"
    answer = Answer("changed-on-disk", "keep")
    replace_atomically(path, pulled)  # the watcher was re-added after the first rename
    qtbot.waitUntil(lambda: answer.seen == ["changed-on-disk"], timeout=5000)
    answer.check()
    window.session.verbs.set_card_text("a", "mine")
    on_disk = path.read_bytes()
    answer = Answer("overwrite-changed", "cancel")
    assert not window.files.save()
    answer.check()
    assert path.read_bytes() == on_disk and window.session.modified
    answer = Answer("overwrite-changed", "replace")
    assert window.files.save()
    answer.check()
    assert load_project(path).journeys[0].card("a").text == "mine"
    assert any(load_project(v.path).title == "Pulled again" for v in versions(tmp_path / "data" / "versions", path))


def test_version_history_lists_saves_and_restores_one_as_an_undoable_step(qtbot, tmp_path):
    from cjdesigner.ui.version_history import VersionHistoryDialog

    path = tmp_path / "map.cjmap"
    save_project(small_project(), path)
    window = make_window(qtbot, tmp_path, Document(small_project()), tmp_path / "data")
    window.settings.setValue("history/versions", 3)
    assert window.files.open_path(path)
    for title in ("one", "two", "three", "four", "five"):
        window.session.verbs.set_fields("project", None, title=title)
        assert window.files.save()
    found = versions(tmp_path / "data" / "versions", path)
    assert [load_project(v.path).title for v in found] == ["four", "three", "two"]  # the newest 3 kept
    window.files.version_history()
    dialog = window.version_dialog
    assert isinstance(dialog, VersionHistoryDialog) and dialog.list.topLevelItemCount() == 3
    assert "KB" in dialog.list.topLevelItem(0).text(1)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    assert dialog.preview is not None
    dialog.open_read_only()
    other = dialog.windows[0]
    qtbot.addWidget(other)
    assert other.session.read_only and other.session.document.project.title == "three"
    dialog.restore_button.click()
    assert window.session.document.project.title == "three" and window.session.modified
    window.session.document.undo_stack.undo()
    assert window.session.document.project.title == "five"
    assert load_project(path).title == "five"


def test_a_failed_save_keeps_the_edits_says_why_and_leaves_every_version_intact(qtbot, tmp_path, monkeypatch):
    import cjdesigner.app.document as document_module
    from PySide6.QtWidgets import QMessageBox

    from cjdesigner.io.errors import DiskFullError

    path = tmp_path / "map.cjmap"
    save_project(small_project(), path)
    window = make_window(qtbot, tmp_path, Document(small_project()), tmp_path / "data")
    assert window.files.open_path(path)
    for title in ("one", "two"):
        window.session.verbs.set_fields("project", None, title=title)
        assert window.files.save()
    root = tmp_path / "data" / "versions"
    before = {v.path: v.path.read_bytes() for v in versions(root, path)}
    saved = path.read_bytes()
    window.session.verbs.set_card_text("a", "not saved yet")
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: messages.append(text))

    def full_disk(project, target):
        raise DiskFullError(f"could not save {target}: the disk is full; the previous version is unchanged")

    monkeypatch.setattr(document_module, "save_project", full_disk)
    assert not window.files.save()
    assert messages and "the disk is full" in messages[0]
    assert window.isVisible() and window.session.modified
    assert window.session.document.journey.card("a").text == "not saved yet"
    assert path.read_bytes() == saved
    assert {v.path: v.path.read_bytes() for v in versions(root, path)} == before
    journal = window.session.hook(JournalHook)
    from cjdesigner.io.journal import read_journal

    assert read_journal(journal.path_of(window.session.document)).unsaved  # still recoverable


def test_saving_a_map_someone_else_took_over_asks_first(qtbot, tmp_path):
    import json

    path = tmp_path / "map.cjmap"
    save_project(small_project(), path)
    window = make_window(qtbot, tmp_path, Document(small_project()), tmp_path / "data")
    assert window.files.open_path(path)
    assert lock.owner_of(path).pid == os.getpid()
    theirs = {"user": "zoe", "host": "another-computer", "pid": 4242, "since": "2026-11-30T08:00:00+00:00"}
    lock.lock_path(path).write_text(json.dumps(theirs), encoding="utf-8")  # Zoé took it over
    window.session.verbs.set_card_text("a", "mine")
    saved = path.read_bytes()
    answer = Answer("overwrite-changed", "cancel", lambda box: "zoe took map.cjmap over on the computer another-computer" in box.text())
    assert not window.files.save()
    answer.check()
    assert path.read_bytes() == saved and window.session.modified
    window.session.end()
    assert lock.owner_of(path).host == "another-computer"  # their lock stays theirs


def test_a_pipe_where_the_lock_or_the_map_goes_never_blocks(tmp_path):
    """Someone on a shared drive can leave a pipe where a lock file goes, or swap the map for
    one: reading either must not wait for a writer that never comes."""
    import os

    from cjdesigner.app import lock
    from cjdesigner.app.disk_watch import fingerprint

    path = tmp_path / "map.cjmap"
    path.write_text("{}", encoding="utf-8")
    os.mkfifo(lock.lock_path(path))
    assert lock.owner_of(path) is None and lock.held_by_other(path) is None
    piped = tmp_path / "piped.cjmap"
    os.mkfifo(piped)
    assert fingerprint(piped) is None
    assert fingerprint(path) is not None


def test_a_lock_taken_since_the_map_was_found_free_is_not_taken_over(tmp_path, holder):
    """Two instances can both find a map free; the second to lock it must not silently replace the
    first one's lock, which would leave both believing they hold it."""
    path, process = holder
    theirs = lock.owner_of(path)
    assert theirs.pid == process.pid
    assert not lock.acquire(path)
    assert lock.owner_of(path) == theirs
    assert not list(tmp_path.glob("*.tmp"))
    assert lock.acquire(path, take_over=theirs)  # the user agreed to take this very lock over
    assert lock.owner_of(path).pid == os.getpid()


def test_a_free_map_is_locked_whole_and_a_second_lock_of_ours_replaces_it(tmp_path):
    path = tmp_path / "map.cjmap"
    save_project(small_project(), path)
    assert lock.acquire(path) and lock.acquire(path)
    assert lock.owner_of(path).pid == os.getpid()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, lock.lock_path(path).name])  # no temporary left


def test_a_folder_without_hard_links_still_gets_an_exclusive_lock(tmp_path, monkeypatch, holder):
    path, process = holder

    def no_links(*_: object) -> None:
        raise PermissionError("hard links not supported")

    monkeypatch.setattr(os, "link", no_links)
    assert not lock.acquire(path)
    assert lock.owner_of(path).pid == process.pid
    free = tmp_path / "free.cjmap"
    save_project(small_project(), free)
    assert lock.acquire(free) and lock.owner_of(free).pid == os.getpid()
