"""A save that fails, whatever the cause, keeps the window open with its edits and says why;
an edit or import building a value no map may hold is refused with a sentence;
a paste of text no map can hold is refused with a sentence.

CI runs these tests as root: a folder we may not enter is simulated by raising PermissionError.
"""

import errno
import json
import os
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QMimeData, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from builders import cell_texts, small_project
from cjdesigner.app import document as document_module
from cjdesigner.app.clipboard import CARDS_MIME, cards_from_mime
from cjdesigner.app.document import Document
from cjdesigner.app.session import Session
from cjdesigner.io.cjmap import load_project, save_project
from cjdesigner.model.invariants import ModelError
from cjdesigner.ui.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: messages.append(text))
    return messages


@pytest.fixture
def open_window(qtbot, tmp_path):
    def make(document: Document) -> MainWindow:
        window = MainWindow(Session(document, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def edit(window: MainWindow, text: str = "Edited") -> None:
    window.verbs.set_fields("card", "a", "edit", text=text)


def test_closing_when_the_save_hits_a_read_only_map_keeps_the_window_and_the_edits(open_window, save_question, shown, tmp_path):
    path = tmp_path / "theirs.cjmap"
    save_project(small_project(), path)
    window = open_window(Document.open(path))
    os.chmod(path, 0o444)
    edit(window)
    save_question.answer = QMessageBox.StandardButton.Save
    assert not window.close()
    assert window.isVisible() and window.isWindowModified()
    assert window.document.journey.card("a").text == "Edited"
    assert shown == [f"could not save {path}: the file is read-only; save it under another name, or make it writable first. The previous version is unchanged"]
    assert load_project(path).journeys[0].card("a").text == "A"


@pytest.mark.parametrize("failure", [UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"), OSError(errno.EIO, "I/O error")])
def test_any_failure_of_the_writer_on_quit_keeps_the_window_open(open_window, save_question, shown, tmp_path, monkeypatch, failure):
    path = tmp_path / "map.cjmap"
    save_project(small_project(), path)
    window = open_window(Document.open(path))
    edit(window)
    stamp = datetime(2020, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    window.document.project.modified = stamp

    def broken_writer(project, target):
        raise failure

    monkeypatch.setattr(document_module, "save_project", broken_writer)
    save_question.answer = QMessageBox.StandardButton.Save
    window.action("file.quit").trigger()
    assert window.isVisible() and window.document.modified
    assert window.document.project.modified == stamp, "a failed save changes nothing in the map"
    assert len(shown) == 1 and shown[0].startswith(f"could not save {path}: an unexpected problem stopped the save")
    assert "Traceback" not in shown[0]
    monkeypatch.undo()
    window.action("file.save").trigger()
    assert not window.isWindowModified()
    assert load_project(path).journeys[0].card("a").text == "Edited"


def test_save_as_into_a_folder_we_may_not_enter_says_so(open_window, shown, unenterable_folder, monkeypatch):
    window = open_window(Document(small_project()))
    edit(window)
    locked = unenterable_folder
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(locked / "map.cjmap"), ""))
    assert not window.files.save_as()
    assert shown == [f"could not save {locked / 'map.cjmap'}: permission denied: you may not write in {locked}; nothing was written"]
    assert window.isWindowModified() and window.document.path is None


def broken_payload() -> QMimeData:
    mime = QMimeData()
    payload = [{"text": "fine"}, {"text": "ok", "notes": "caf\udce9"}]
    mime.setData(CARDS_MIME, json.dumps(payload).encode("ascii"))  # JSON escapes the lone surrogate as \udce9
    mime.setText("fine\nok")
    return mime


def test_a_pasted_card_with_broken_text_is_refused_with_its_field():
    with pytest.raises(ModelError) as caught:
        cards_from_mime(small_project(), broken_payload(), "s1", "actions")
    assert str(caught.value).startswith("clipboard card 2.notes: holds a broken character (a lone UTF-16 surrogate")


def test_pasting_broken_text_changes_nothing_and_says_why(open_window):
    window = open_window(Document(small_project()))
    QGuiApplication.clipboard().setMimeData(broken_payload())
    window.scene.set_cursor_cell(("s2", "pains"))
    window.action("edit.paste").trigger()
    assert cell_texts(window.document.project, "s2", "pains") == ["D"]
    assert window.document.undo_stack.count() == 0
    assert window.statusBar().currentMessage().startswith("Not changed: clipboard card 2.notes: holds a broken character")


def test_a_verb_building_a_value_no_map_may_hold_is_refused_with_a_sentence():
    """E.g. a spreadsheet's votes beyond the limit: the document says so instead of raising into Qt."""
    from cjdesigner.model import edits as E
    from cjdesigner.model.change import make
    from cjdesigner.model.document import Card

    document = Document(small_project())
    refusals: list[str] = []
    document.refused.connect(refusals.append)
    outcome = make(document.project, "Import", lambda p: E.add_card.plan(p, "j1", Card(stage_id="s1", lane_id="actions", votes=5_000_000)))
    done = document.execute(outcome)
    assert not done and document.undo_stack.count() == 0
    assert refusals == ["votes: must be at most 1,000,000, not 5000000"]
