"""The journal's cost does not grow with the map: an edit appends its own line and never writes
the whole map; a new snapshot is written once the user pauses, by a thread, and the journal it
makes replays to the same map, edits made meanwhile included. A rewrite overtaken by a save or a
close is dropped, and a kill at any moment leaves one whole journal (test_journal_kills.py)."""

from __future__ import annotations

import os
import threading
import time

import pytest
from PySide6.QtCore import QSettings

import cjdesigner.app.journal as journal
from builders import large_project, small_project
from sample_edits import EDITS
from cjdesigner.app.document import Document
from cjdesigner.app.journal import JournalHook
from cjdesigner.app.session import Session
from cjdesigner.io import journal as J
from cjdesigner.io.journal_file import COMPACTING_SUFFIX
from cjdesigner.model.document import Project


@pytest.fixture
def journaled(qapp, tmp_path):
    def make(project: Project) -> Session:
        session = Session(Document(project), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        session.protect(tmp_path / "data")
        return session

    return make


@pytest.fixture
def snapshots(monkeypatch) -> list[str]:
    """Every serialisation of a whole map and every journal head (header and snapshot) written."""
    made: list[str] = []
    dump, head = Project.model_dump_json, J.JournalWriter._head
    monkeypatch.setattr(Project, "model_dump_json", lambda self, **kw: made.append("dump") or dump(self, **kw))
    monkeypatch.setattr(J.JournalWriter, "_head", lambda self, *a, **kw: made.append("head") or head(self, *a, **kw))
    return made


def replays_to(path, project: Project) -> J.Recovery:
    recovery = J.read_journal(path)
    assert recovery.problems == []
    assert recovery.project.model_dump_json() == project.model_dump_json()
    return recovery


def test_an_edit_on_a_map_of_20000_cards_writes_no_snapshot_and_one_is_written_in_a_pause(journaled, snapshots, qtbot, monkeypatch):
    session = journaled(large_project(20_000))
    hook, verbs, stack = session.hook(JournalHook), session.verbs, session.document.undo_stack
    writer = hook.writer_of(session.document)
    assert writer.head_bytes > journal.SNAPSHOT_EVERY_BYTES  # a snapshot bigger than the log's bound
    snapshots.clear()

    def edits(count: int, stage: str) -> None:
        for i in range(count):
            assert verbs.set_card_text(f"c{i}", f"texte {count} {i} é")
        assert verbs.add_card(stage, "l1", 0, text="new") and verbs.move_cards(["c5", "c6"], stage, "l2", 0)
        stack.undo()
        stack.redo()

    edits(6, "s3")
    assert snapshots == [] and writer.logged_lines == 10  # one line per edit, nothing more
    monkeypatch.setattr(journal, "SNAPSHOT_EVERY_STEPS", 4)
    edits(4, "s4")
    assert snapshots == [] and writer.logged_lines == 18  # overdue, yet nothing on the edit path
    qtbot.waitUntil(lambda: writer.logged_lines == 0 and not writer.compacting, timeout=20_000)
    assert snapshots == ["dump", "head"]  # one snapshot, made between two events and written by a thread
    replays_to(writer.path, session.document.project)
    assert len(writer.path.read_bytes().splitlines()) == 2


def test_a_snapshot_waits_for_a_pause_unless_twice_overdue(journaled, snapshots, qtbot, monkeypatch):
    monkeypatch.setattr(journal, "SNAPSHOT_EVERY_STEPS", 5)
    monkeypatch.setattr(journal, "SNAPSHOT_AFTER_PAUSE_MS", 60_000)
    session = journaled(small_project())
    writer = session.hook(JournalHook).writer_of(session.document)
    snapshots.clear()
    for i in range(7):
        session.verbs.set_card_text("a", f"text {i}")
    qtbot.wait(50)
    assert snapshots == [] and writer.logged_lines == 7  # due, but the user has not paused
    for i in range(3):
        session.verbs.set_card_text("a", f"more {i}")
    qtbot.waitUntil(lambda: writer.logged_lines == 0 and not writer.compacting)
    recovery = replays_to(writer.path, session.document.project)
    assert recovery.edits == 10 and recovery.unsaved


def gated(writer: J.JournalWriter, monkeypatch) -> threading.Event:
    """Hold the rewrite's thread before it writes, until the event is set."""
    gate, head, main = threading.Event(), writer._head, threading.current_thread()
    monkeypatch.setattr(writer, "_head", lambda *a, **kw: (threading.current_thread() is main or gate.wait(20)) and head(*a, **kw))
    return gate


def started(tmp_path, steps: list) -> tuple[J.JournalWriter, Project]:
    project = small_project()
    writer = J.JournalWriter(tmp_path / f"x{J.SUFFIX}")
    writer.start(J.header(None, "t"), project, clean=True, edits=0)
    step(writer, project, steps)
    return writer, project


def step(writer: J.JournalWriter, project: Project, steps: list) -> None:
    for edit in steps:
        edit.apply(project)
        writer.step("do", [edit], clean=False)


def test_lines_written_while_the_journal_is_rewritten_follow_the_new_snapshot(tmp_path, monkeypatch):
    writer, project = started(tmp_path, EDITS[:2])
    gate = gated(writer, monkeypatch)
    writer.compact(J.header(None, "t"), project.model_dump_json().encode(), clean=False, edits=2)
    step(writer, project, EDITS[2:4])
    assert writer.compacting
    replays_to(writer.path, project)  # a kill now: the old journal, whole
    gate.set()
    assert writer.wait_compacted(20)
    kinds = [J.decode_line(line)["type"] for line in writer.path.read_bytes().splitlines()]
    assert kinds == ["header", "snapshot", "step", "step"]
    step(writer, project, EDITS[4:])  # appended to the new journal
    recovery = replays_to(writer.path, project)
    assert recovery.edits == len(EDITS) and writer.logged_lines == len(EDITS) - 2
    assert not list(tmp_path.glob(f"*{COMPACTING_SUFFIX}"))


@pytest.mark.parametrize("overtaken_by", ["start", "close"])
def test_a_rewrite_overtaken_by_a_save_or_a_close_is_dropped(tmp_path, monkeypatch, overtaken_by):
    writer, project = started(tmp_path, EDITS[:2])
    gate = gated(writer, monkeypatch)
    writer.compact(J.header(None, "t"), small_project().model_dump_json().encode(), clean=False, edits=2)
    if overtaken_by == "start":  # the map was saved: a journal afresh from the map as it is
        writer.start(J.header(None, "t"), project, clean=True, edits=0)
    else:
        writer.close()
    before = writer.path.read_bytes()
    gate.set()
    assert writer.wait_compacted(20)
    assert writer.path.read_bytes() == before
    replays_to(writer.path, project)
    assert not list(tmp_path.glob(f"*{COMPACTING_SUFFIX}"))


def test_halves_of_rewrites_left_by_a_stopped_process_go_after_a_day(tmp_path):
    old, fresh = tmp_path / f"a{J.SUFFIX}{COMPACTING_SUFFIX}", tmp_path / f"b{J.SUFFIX}.tmp"
    for path in (old, fresh):
        path.write_bytes(b"half a journal")
    day_ago = time.time() - 86_500
    os.utime(old, (day_ago, day_ago))
    assert J.recoverable(tmp_path) == []
    assert not old.exists() and fresh.exists()


def test_cards_a_step_removed_are_removed_from_the_last_place_back_on_replay():
    """The journal writes a step's forward edit as the change planned it: each removal then leaves
    the places of the next ones as they were, so a replay looks each card up once instead of
    indexing the whole list again per card (minutes at 20,000 cards)."""
    from cjdesigner.model import edits as E

    project = large_project(600)
    places = {card.id: at for at, card in enumerate(project.journeys[0].cards)}
    forward = E.remove_stage.plan(project, "j1", "s3")
    removed = [e.item_id for e in forward.edits if isinstance(e, E.Remove) and e.collection == "cards"]
    assert len(removed) == 40 and [places[i] for i in removed] == sorted((places[i] for i in removed), reverse=True)


def test_a_snapshot_made_while_journaling_in_the_fallback_tries_the_data_folder_again(journaled, qtbot, tmp_path, monkeypatch):
    recovery = tmp_path / "data" / "recovery"
    recovery.parent.mkdir(parents=True)
    recovery.write_text("a file where the folder should be")
    monkeypatch.setattr(journal, "SNAPSHOT_EVERY_STEPS", 2)
    session = journaled(small_project())
    hook = session.hook(JournalHook)
    assert hook.writing_to == hook.fallback and hook.problem
    recovery.unlink()  # fixed
    for i in range(4):
        session.verbs.set_card_text("a", f"text {i}")
    qtbot.waitUntil(lambda: hook.writing_to == recovery)
    assert hook.problem == "" and hook.path_of(session.document).parent == recovery
    replays_to(hook.path_of(session.document), session.document.project)
