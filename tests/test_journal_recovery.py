"""Recovery never loses nor hides an edit: a data folder that takes no journal is said at once and
the journal goes to a fallback folder that `cjdesigner recover` and the app both search; edits
that began from a file changed since are never written over it; writing a recovered copy is not
declining it; a map opened from the command line offers its declined edits again; a damaged
record is named."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from builders import saved_small_map, small_project
from safety_helpers import Answer, crashed_session, make_window
from cjdesigner.app.document import Document
from cjdesigner.app.journal import recoverable
from cjdesigner.cli import main
from cjdesigner.io import journal as J
from cjdesigner.io.cjmap import load_project, save_project
from cjdesigner.io.files import fingerprint
from cjdesigner.model import edits as E
from cjdesigner.ui.application import offer_recoveries

EDITING_CHILD = """
import sys
from PySide6.QtCore import QCoreApplication, QSettings
from cjdesigner.app.document import Document
from cjdesigner.app.session import Session
app = QCoreApplication([])
app.setOrganizationName("cjdesigner")
app.setApplicationName("cjdesigner")
session = Session(Document.open(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
session.protect()
for i in range(5):
    session.verbs.set_card_text("a", f"edit {i}")
print("ready", flush=True)
sys.stdin.readline()
"""


def block_recovery_folder(data: Path) -> Path:
    """A file where the recovery folder goes: no journal can be written there, even by root (the
    tests run as root, for whom a read-only folder still takes files)."""
    data.mkdir(parents=True, exist_ok=True)
    blocked = data / "recovery"
    blocked.write_text("in the way", encoding="utf-8")
    return blocked


def test_killed_while_the_data_folder_takes_no_journal_no_edit_is_lost(tmp_path, capsys):
    blocked = block_recovery_folder(J.data_folder())
    path = saved_small_map(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", EDITING_CHILD, str(path), str(tmp_path / "s.ini")],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout.readline() == "ready\n"
    child.kill()
    child.wait(timeout=20)
    assert blocked.is_file()  # the failure was real: nothing went to the data folder
    assert main(["recover"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    ident, file, _, count = line.split("\t")
    assert file == str(path.resolve()) and count == "5 edits"
    assert (J.fallback_folder() / f"{ident}{J.SUFFIX}").is_file()
    out = tmp_path / "recovered.cjmap"
    assert main(["recover", ident, "-o", str(out)]) == 0
    assert load_project(out).journeys[0].card("a").text == "edit 4"


def test_the_window_says_at_once_where_edits_go_and_its_prompt_finds_them_there(qtbot, tmp_path):
    data = tmp_path / "data"
    blocked = block_recovery_folder(data)
    path = saved_small_map(tmp_path)
    crashed = crashed_session(tmp_path, data, path)
    assert len(J.journals(J.fallback_folder())) == 1 and blocked.is_file()
    window = make_window(qtbot, tmp_path, Document(small_project()), data)
    banner = window.findChild(QWidget, "journal-banner")
    fallback = str(J.fallback_folder())
    assert banner.isVisible() and fallback in banner.text() and str(blocked) in banner.text()
    assert fallback in window.statusBar().currentMessage()
    answer = Answer("recovery-dialog", "recover")
    assert offer_recoveries(window) == 1
    answer.check()
    assert window.session.document.project.model_dump_json() == crashed.document.project.model_dump_json()
    blocked.unlink()  # fixed: the next save journals in the data folder again, and the banner goes
    assert window.files.save()
    assert not banner.isVisible()


def test_recovery_never_brings_old_edits_back_over_a_file_changed_since(qtbot, tmp_path):
    data = tmp_path / "data"
    path = saved_small_map(tmp_path)
    crashed = crashed_session(tmp_path, data, path)
    newer = small_project()
    newer.title = "Newer, from a colleague"
    save_project(newer, path)
    on_disk = path.read_bytes()
    window = make_window(qtbot, tmp_path, Document(small_project()), data)

    def look(dialog: QWidget) -> None:
        assert "was changed on disk after these edits began" in dialog.findChild(QWidget, "recovery-base-changed").text()

    answer = Answer("recovery-dialog", "recover-separate", look)
    assert offer_recoveries(window) == 1
    answer.check()
    session = window.session
    assert session.path is None and session.modified  # Save asks for a name
    assert session.document.project.model_dump_json() == crashed.document.project.model_dump_json()
    assert path.read_bytes() == on_disk


def test_opening_the_changed_file_as_it_is_now_keeps_the_edits(qtbot, tmp_path):
    data = tmp_path / "data"
    path = saved_small_map(tmp_path)
    crashed_session(tmp_path, data, path)
    newer = small_project()
    newer.title = "Newer"
    save_project(newer, path)
    window = make_window(qtbot, tmp_path, Document(small_project()), data)
    answer = Answer("recovery-dialog", "recover-current")
    assert offer_recoveries(window) == 0
    answer.check()
    assert window.session.path == path and window.session.document.project.title == "Newer"
    assert not window.session.modified
    [kept] = recoverable(data / "recovery")
    assert kept.declined_time and kept.edits == 3  # offered again when the map is opened


def crashed_journal(path: Path) -> J.Recovery:
    """A journal of two edits that began from `path` as it is now."""
    project = small_project()
    writer = J.JournalWriter(J.data_folder() / "recovery" / f"20261130-090000-abcdef{J.SUFFIX}")
    writer.start(J.header(path.resolve(), "Test", fingerprint(path)), project, clean=True, edits=0)
    for text in ("one", "two"):
        edit = E.SetFields(E.Ref("card", "a", "j1"), {"text": text})
        edit.apply(project)
        writer.step("do", [edit], clean=False)
    writer.close()
    return J.read_journal(writer.path)


def test_recover_says_the_file_changed_and_never_writes_over_it(tmp_path, capsys):
    path = saved_small_map(tmp_path)
    crashed_journal(path)
    newer = small_project()
    newer.title = "Newer"
    save_project(newer, path)
    on_disk = path.read_bytes()
    assert main(["recover"]) == 0
    assert "map.cjmap changed on disk after these edits began" in capsys.readouterr().err
    assert main(["recover", str(path), "-o", str(path), "--force"]) == 1
    assert "would lose that change" in capsys.readouterr().err
    assert path.read_bytes() == on_disk
    out = tmp_path / "recovered.cjmap"
    assert main(["recover", str(path), "-o", str(out)]) == 0
    assert f"{out} holds them on the version they began from" in capsys.readouterr().err
    assert load_project(out).journeys[0].card("a").text == "two" and path.read_bytes() == on_disk


def test_recover_writes_over_the_map_only_when_it_did_not_change(tmp_path, capsys):
    path = saved_small_map(tmp_path)
    crashed_journal(path)
    assert main(["recover", str(path), "-o", str(path), "--force"]) == 0
    assert load_project(path).journeys[0].card("a").text == "two" and capsys.readouterr().err == ""


def test_writing_a_recovered_copy_is_not_declining_it(tmp_path, capsys):
    path = saved_small_map(tmp_path)
    crashed_journal(path)
    assert main(["recover", "20261130-090000-abcdef", "-o", str(tmp_path / "copy.cjmap")]) == 0
    [still] = J.recoverable(J.recovery_folders(), include_declined=False)  # the app offers it at start
    assert still.id == "20261130-090000-abcdef" and not still.declined_time


def test_a_map_opened_from_the_command_line_offers_its_declined_edits_again(qtbot, tmp_path):
    data = tmp_path / "data"
    path = saved_small_map(tmp_path)
    crashed = crashed_session(tmp_path, data, path)
    for recovery in recoverable(data / "recovery"):
        J.decline(recovery)
    window = make_window(qtbot, tmp_path, Document.open(path), data)  # as `cjdesigner MAP` opens it
    answer = Answer("recovery-dialog", "recover")
    assert offer_recoveries(window, path) == 1
    answer.check()
    assert window.session.document.project.model_dump_json() == crashed.document.project.model_dump_json()


def test_a_damaged_last_newline_is_named_by_recover_and_by_the_prompt(qtbot, tmp_path, capsys):
    data = J.data_folder()
    path = saved_small_map(tmp_path)
    crashed_session(tmp_path, data, path)
    [journal] = J.journals(data / "recovery")
    journal.write_bytes(journal.read_bytes()[:-1] + b"\x0b")
    assert main(["recover"]) == 0
    captured = capsys.readouterr()
    assert captured.out.endswith("\t3 edits\n") and "the end of the line is damaged" in captured.err
    window = make_window(qtbot, tmp_path, Document(small_project()), data)

    def look(dialog: QWidget) -> None:
        assert "the end of the line is damaged" in dialog.findChild(QWidget, "recovery-problems").text()

    answer = Answer("recovery-dialog", "not-now", look)
    assert offer_recoveries(window) == 0
    answer.check()
