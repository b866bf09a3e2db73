"""The session's journal: every verb, undo, redo and jump through the history is written so that
replaying the journal gives exactly the map in memory; saving and closing clean it up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from builders import small_project
from verb_calls import VERB_CALLS, VERB_SETUP
from cjdesigner.app.document import Document
from cjdesigner.app.journal import JournalHook, recoverable
from cjdesigner.app.session import Session
from cjdesigner.io import journal as J


@pytest.fixture
def session(qapp, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = Session(Document(small_project()), settings)
    session.protect(tmp_path / "data")
    return session


def replayed(session: Session) -> str:
    hook = session.hook(JournalHook)
    recovery = J.read_journal(hook.path_of(session.document))
    assert recovery.problems == []
    return recovery.project.model_dump_json()


@pytest.mark.parametrize("name", sorted(VERB_CALLS))
def test_every_verb_undo_and_redo_replays_exactly(session, name):
    stack = session.document.undo_stack
    if name in VERB_SETUP:
        assert VERB_SETUP[name](session.verbs)
    assert VERB_CALLS[name](session.verbs)
    assert replayed(session) == session.document.project.model_dump_json()
    stack.undo()
    assert replayed(session) == session.document.project.model_dump_json()
    stack.redo()
    assert replayed(session) == session.document.project.model_dump_json()


def test_jumps_through_the_history_replay_exactly(session):
    verbs, stack = session.verbs, session.document.undo_stack
    for name in ("add_card", "move_cards", "duplicate_stage", "remove_persona", "set_card_text"):
        VERB_CALLS[name](verbs)
    stack.setIndex(1)
    assert replayed(session) == session.document.project.model_dump_json()
    stack.setIndex(4)
    verbs.add_stage(0)  # drops the redo steps
    assert replayed(session) == session.document.project.model_dump_json()


def test_untitled_maps_have_journals_too_and_a_save_leaves_nothing_to_recover(session, tmp_path):
    folder = tmp_path / "data" / "recovery"
    session.verbs.set_card_text("a", "one")
    path = session.hook(JournalHook).path_of(session.document)
    assert path.parent == folder and J.read_journal(path).unsaved
    assert J.read_journal(path).file is None
    session.save(tmp_path / "map.cjmap")
    recovery = J.read_journal(path)
    assert not recovery.unsaved and recovery.file == str((tmp_path / "map.cjmap").resolve())
    session.end()
    assert not path.exists()  # closed with nothing unsaved: nothing kept
    assert not list(folder.glob("*")) and (tmp_path / "map.cjmap").is_file()


def test_a_journal_in_use_is_never_offered_and_a_dead_ones_is(session, tmp_path):
    folder = tmp_path / "data" / "recovery"
    session.verbs.set_card_text("a", "unsaved")
    assert recoverable(folder) == []  # this process is writing it
    session.hook(JournalHook).path_of(session.document)
    session.hook(JournalHook)._open[id(session.document)].writer.close()  # the process is gone
    found = recoverable(folder)
    assert len(found) == 1 and found[0].edits == 1 and found[0].file is None


@pytest.mark.parametrize("xdg", ["absolute", "relative/share", ""])
def test_the_command_line_finds_journals_where_the_app_writes_them(qapp, tmp_path, monkeypatch, xdg):
    """One rule for both, Qt's and the XDG spec's: a relative XDG_DATA_HOME is ignored."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from cjdesigner.app.journal import data_folder

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share") if xdg == "absolute" else xdg)
    expected = (tmp_path / "share" if xdg == "absolute" else Path.home() / ".local" / "share") / "cjdesigner" / "cjdesigner"
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("cjdesigner")
    QCoreApplication.setApplicationName("cjdesigner")
    try:
        qt = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        assert data_folder() == J.data_folder() == qt == expected
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


def test_a_journal_that_cannot_be_written_never_costs_the_edit_and_is_said_once(session, monkeypatch):
    import errno
    import os

    told: list[str] = []
    hook = session.hook(JournalHook)
    hook.on_problem = told.append

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    assert session.verbs.set_card_text("a", "one") and session.verbs.set_card_text("a", "two")
    monkeypatch.undo()
    assert session.document.journey.card("a").text == "two"
    assert len(told) == 1 and "No space left on device" in told[0]
    session.verbs.set_card_text("b", "three")  # the disk has room again: the journal starts afresh
    assert replayed(session) == session.document.project.model_dump_json()
