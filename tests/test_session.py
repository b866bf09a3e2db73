"""The session owns the open file: open, save, save as, revert, close, recent files, modified state and hooks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from builders import small_project
from cjdesigner.app.document import Document
from cjdesigner.app.session import Session
from cjdesigner.io.cjmap import save_project
from cjdesigner.io.errors import LoadError


class RecordingHook:
    def __init__(self) -> None:
        self.events: list[tuple[str, int]] = []

    def opened(self, document: Document) -> None:
        self.events.append(("opened", document.undo_stack.index()))

    def stepped(self, document: Document) -> None:
        self.events.append(("stepped", document.undo_stack.index()))

    def saving(self, document: Document, path: Path) -> None:
        self.events.append(("saving", document.undo_stack.index()))

    def saved(self, document: Document, path: Path) -> None:
        self.events.append(("saved", document.undo_stack.index()))

    def closed(self, document: Document) -> None:
        self.events.append(("closed", document.undo_stack.index()))


@pytest.fixture
def session(qapp, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return Session(Document(small_project()), settings)


def test_save_as_then_save_marks_clean_and_remembers_the_file(session, tmp_path):
    target = tmp_path / "map.cjmap"
    modified: list[bool] = []
    session.modifiedChanged.connect(modified.append)
    session.verbs.set_card_text("a", "changed")
    assert session.modified and modified == [True]
    session.save(target)
    assert not session.modified and modified == [True, False]
    assert session.path == target
    assert session.recent_files() == [str(target.resolve())]
    assert "changed" in target.read_text(encoding="utf-8")


def test_open_replaces_the_document_and_a_bad_file_changes_nothing(session, tmp_path):
    good = tmp_path / "good.cjmap"
    project = small_project()
    project.title = "From disk"
    save_project(project, good)
    bad = tmp_path / "bad.cjmap"
    bad.write_text("{", encoding="utf-8")
    session.verbs.set_card_text("a", "unsaved")
    before = session.document
    with pytest.raises(LoadError):
        session.open(bad)
    assert session.document is before and session.modified
    session.open(good)
    assert session.document.project.title == "From disk"
    assert not session.modified
    assert session.verbs.document is session.document


def test_revert_drops_unsaved_edits(session, tmp_path):
    target = tmp_path / "map.cjmap"
    session.save(target)
    session.verbs.set_card_text("a", "unsaved")
    session.revert()
    assert session.document.project.journeys[0].card("a").text == "A"
    assert not session.modified


def test_hooks_hear_every_step_save_and_close(session, tmp_path):
    hook = RecordingHook()
    session.add_hook(hook)
    session.verbs.set_card_text("a", "one")
    session.verbs.set_card_text("a", "two")
    session.document.undo_stack.undo()
    session.save(tmp_path / "m.cjmap")
    session.close(small_project())
    assert hook.events == [
        ("opened", 0),
        ("stepped", 1),
        ("stepped", 2),
        ("stepped", 1),
        ("saving", 1),
        ("saved", 1),
        ("closed", 1),
        ("opened", 0),
    ]
