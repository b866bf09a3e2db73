"""A crash or a closed lid loses no phone round: the open round's dots are written beside the map's
journal within half a second (`JOURNAL.phones`), recovery records them into the map as the window
would have, and a round the window already recorded is never recorded twice."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from phone_client import join, vote
from cjdesigner.app.journal import JournalHook
from cjdesigner.io import journal as J
from cjdesigner.io.phone_round import read_open_round, side_file, write_open_round
from cjdesigner.io.sample import sample_project
from cjdesigner.layout.phone_list import round_cards
from cjdesigner.model import changes as C
from cjdesigner.model.document import Vote, VotingRound
from cjdesigner.phones.ballot import Ballot
from cjdesigner.phones.server import PhoneServer
from cjdesigner.ui.presentation import present
from cjdesigner.ui.presentation.phone_round import PhoneSettings

pytestmark = pytest.mark.window_project(builder=sample_project)


def until(condition, seconds: float = 20.0) -> None:
    """Polls a file the server's thread writes (no Qt involved); fails after `seconds`."""
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "the side file was not written"
        time.sleep(0.05)


def clean_journal(folder: Path):
    project = sample_project()
    writer = J.JournalWriter(folder / f"20261207-090000-abcdef{J.SUFFIX}")
    writer.start(J.header(None, "Workshop"), project, clean=True, edits=0)
    writer.close()
    return project, writer.path


def test_a_crash_during_a_phone_round_keeps_its_dots_for_recovery(tmp_path):
    project, journal = clean_journal(tmp_path)
    journey = project.journeys[0]
    voting_round = VotingRound(name="Priorités", card_ids=round_cards(journey))
    server = PhoneServer(Ballot(project, journey.id, voting_round), host="127.0.0.1", side_file=side_file(journal))
    server.start()
    try:
        _, anne = join(server, "Anne")
        card = anne["state"]["items"][0]["id"]
        assert vote(server, anne["phone"], card)[0] == 200 and vote(server, anne["phone"], card)[0] == 200
        until(lambda: (found := read_open_round(side_file(journal))) is not None and len(found[1].votes) == 2)
        recovery = J.read_journal(journal)  # the app died here: its server never closed the round
    finally:
        server.stop()
    assert recovery.unsaved and not recovery.problems
    recovered = recovery.project.journeys[0]
    assert recovered.voting_rounds[-1].name == "Priorités" and recovered.voting_rounds[-1].ended
    assert recovered.voting_rounds[-1].counts() == {card: 2}
    assert recovered.card(card).votes == journey.card(card).votes + 2
    J.forget(recovery)
    assert not journal.exists() and not side_file(journal).exists()


def test_a_round_already_in_the_journal_is_not_recorded_twice(tmp_path):
    project, journal = clean_journal(tmp_path)
    journey = project.journeys[0]
    card = round_cards(journey)[0]
    voting_round = VotingRound(name="Once", participants=["Anne"], card_ids=[card])
    voting_round.votes.append(Vote(participant="Anne", card_id=card))
    change = C.record_voting_round(project, journey.id, voting_round)
    writer = J.JournalWriter(journal)
    writer.step("do", [change.forward], clean=False)
    writer.close()
    write_open_round(side_file(journal), journey.id, voting_round)  # the crash came before it was removed
    recovered = J.read_journal(journal).project.journeys[0]
    assert [r.name for r in recovered.voting_rounds] == ["Once"] and recovered.card(card).votes == project.journeys[0].card(card).votes


def presenting_with_phones(window, qtbot, tmp_path, name: str):
    """The window's map protected by a journal, presented, with a phone round named `name` open."""
    window.session.protect(tmp_path / "data")
    presentation = present(window.session, window)
    qtbot.waitExposed(presentation.projector)
    assert presentation.start_phone_round(PhoneSettings(host="127.0.0.1", name=name))
    return presentation, presentation.phone_round.server


def test_closing_the_round_in_the_window_journals_it_and_removes_the_side_file(window, qtbot, tmp_path):
    presentation, server = presenting_with_phones(window, qtbot, tmp_path, "Journal")
    journal = window.session.hook(JournalHook).path_of(window.session.document)
    try:
        _, bea = join(server, "Bea")
        assert vote(server, bea["phone"], bea["state"]["items"][1]["id"])[0] == 200
        qtbot.waitUntil(lambda: side_file(journal).exists() and presentation.phone_round.summary["cast"] == 1, timeout=20_000)
        assert presentation.end_round()
        assert not side_file(journal).exists()
        recovery = J.read_journal(journal)
        assert recovery.project.journeys[0].voting_rounds[-1].name == "Journal" and recovery.edits == 1
    finally:
        presentation.end()


def test_closing_the_map_while_a_phone_round_is_open_keeps_its_journal(window, qtbot, tmp_path):
    """The room's dots are not in the map yet, so the map looks unchanged: its journal must stay."""
    window.session.protect(tmp_path / "data")
    hook = window.session.hook(JournalHook)
    journal = hook.path_of(window.session.document)
    project = window.session.document.project
    journey = project.journeys[0]
    server = PhoneServer(Ballot(project, journey.id, VotingRound(card_ids=round_cards(journey))), host="127.0.0.1", side_file=side_file(journal))
    server.start()
    try:
        _, ana = join(server, "Ana")
        assert vote(server, ana["phone"], ana["state"]["items"][0]["id"])[0] == 200
        until(lambda: side_file(journal).exists())
        hook.closed(window.session.document)
        assert journal.exists() and J.read_journal(journal).project.journeys[0].voting_rounds[-1].counts()
    finally:
        server.stop()


def test_closing_the_map_during_a_phone_round_records_it_and_asks_to_save_it(window, qtbot, tmp_path, save_question):
    from PySide6.QtWidgets import QMessageBox

    save_question.answer = QMessageBox.StandardButton.Cancel
    presentation, server = presenting_with_phones(window, qtbot, tmp_path, "Avant de fermer")
    try:
        _, cleo = join(server, "Cléo")
        card = cleo["state"]["items"][0]["id"]
        assert vote(server, cleo["phone"], card)[0] == 200
        assert not window.session.modified
        assert not window.files.maybe_save()  # the facilitator cancels: nothing is lost, the map holds the round
        assert len(save_question.asked) == 1 and presentation.phone_round is None
        assert window.session.document.journey.voting_rounds[-1].name == "Avant de fermer"
        assert window.session.document.journey.voting_rounds[-1].counts() == {card: 1}
    finally:
        presentation.end()


def test_ended_by_the_system_with_a_phone_round_open_keeps_the_journal_to_offer(window, tmp_path):
    """A SIGTERM whose round the window could not record: the dots beside the journal stay offered."""
    window.session.protect(tmp_path / "data")
    hook = window.session.hook(JournalHook)
    journal = hook.path_of(window.session.document)
    project = window.session.document.project
    journey = project.journeys[0]
    write_open_round(side_file(journal), journey.id, VotingRound(participants=["Ana"], card_ids=round_cards(journey),
                                                                 votes=[Vote(participant="Ana", card_id=round_cards(journey)[0])]))
    hook.interrupted(window.session.document)
    (offered,) = J.recoverable(journal.parent, include_declined=False)
    assert offered.path == journal and offered.project.journeys[0].voting_rounds[-1].counts()
