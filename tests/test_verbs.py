"""Every verb is one undo step: redo → undo → redo gives back the same model each time, without a window."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import small_project
from model_edit_calls import calls_of_model_edits
from verb_calls import VERB_CALLS, VERB_SETUP
from cjdesigner.app.document import Document
from cjdesigner.app.verbs import Verbs
from cjdesigner.model import changes as C
from cjdesigner.model.change import Refusal
from cjdesigner.model.document import Vote, VotingRound
from cjdesigner.model.vocabulary import LaneKind

ROOT = Path(__file__).resolve().parents[1] / "cjdesigner"


def dump(document: Document) -> str:
    return document.project.model_dump_json(exclude={"modified"})


def _hide_lane(verbs: Verbs) -> None:
    verbs.set_fields("lane", "pains", hidden=True)
    verbs.document.undo_stack.setClean()


@pytest.mark.parametrize("name", sorted(VERB_CALLS))
def test_every_verb_is_one_step_that_redoes_and_undoes_exactly(name):
    document = Document(small_project())
    verbs = Verbs(document)
    if name in VERB_SETUP:
        assert VERB_SETUP[name](verbs)
        document.undo_stack.clear()
    before = dump(document)
    assert VERB_CALLS[name](verbs)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText()
    after = dump(document)
    assert after != before
    for _ in range(2):
        document.undo_stack.undo()
        assert dump(document) == before
        document.undo_stack.redo()
        assert dump(document) == after


def test_show_lanes_is_one_step():
    document = Document(small_project())
    verbs = Verbs(document)
    _hide_lane(verbs)
    before = dump(document)
    assert verbs.show_lanes(["pains"])
    after = dump(document)
    document.undo_stack.undo()
    assert dump(document) == before
    document.undo_stack.redo()
    assert dump(document) == after


def test_remove_journey_keeps_at_least_one():
    document = Document(small_project())
    verbs = Verbs(document)
    refused: list[str] = []
    document.refused.connect(refused.append)
    assert not verbs.remove_journey("j1")
    assert refused and document.undo_stack.count() == 0


def test_a_refused_verb_pushes_nothing():
    document = Document(small_project())
    verbs = Verbs(document)
    assert not verbs.set_fields("card", "a", severity=9)
    assert document.undo_stack.count() == 0


@pytest.mark.parametrize(
    "path", sorted([*(ROOT / "ui").rglob("*.py"), *(ROOT / "canvas").rglob("*.py")]), ids=lambda p: str(p.relative_to(ROOT))
)
def test_no_window_or_panel_edits_the_model_itself(path):
    assert calls_of_model_edits(path) == []


def test_a_round_counts_each_dot_on_the_card_and_keeps_the_budget():
    document = Document(small_project())
    verbs = Verbs(document)
    refused: list[str] = []
    document.refused.connect(refused.append)
    verbs.set_fields("card", "a", votes=5)
    verbs.start_voting_round("Priorités", 2, ["Ana", "Bo"], hidden=True)
    assert verbs.add_vote("a", "Ana") and verbs.add_vote("b", "Ana")
    assert not verbs.add_vote("c", "Ana")  # two dots each
    assert "Ana has no dots left" in refused[-1]
    assert not verbs.add_vote("c", "Zoé")
    assert verbs.add_vote("a", "Bo")
    journey = document.journey
    assert journey.card("a").votes == 7 and journey.card("b").votes == 1
    assert journey.open_round().counts() == {"a": 2, "b": 1}
    assert not verbs.remove_vote("c", "Bo")  # Bo put no dot there
    assert verbs.remove_vote("a", "Bo") and journey.card("a").votes == 6
    assert verbs.end_voting_round() and journey.open_round() is None
    assert journey.voting_rounds[0].revealed
    assert verbs.add_vote("c") and journey.card("c").votes == 1  # no round: the card's own votes


def test_a_phone_round_is_recorded_in_one_undo_step_with_its_dots():
    document = Document(small_project())
    verbs = Verbs(document)
    assert verbs.start_voting_round("Keyboard", 3, ["Ana"])
    journey = document.journey
    before = journey.card("a").votes
    phone_round = VotingRound(name="Phones", participants=["Bo"], card_ids=["a", "b"])
    phone_round.votes = [Vote(participant="Bo", card_id="a"), Vote(participant="Bo", card_id="gone")]
    steps = document.undo_stack.count()
    assert verbs.record_voting_round(phone_round)
    assert document.undo_stack.count() == steps + 1
    journey = document.journey
    assert [r.name for r in journey.voting_rounds] == ["Keyboard", "Phones"] and all(r.ended for r in journey.voting_rounds)
    assert journey.voting_rounds[-1].counts() == {"a": 1} and journey.card("a").votes == before + 1
    verbs.undo()
    assert [r.name for r in document.journey.voting_rounds] == ["Keyboard"] and document.journey.card("a").votes == before


def test_a_round_about_some_cards_with_one_dot_each_refuses_others():
    project = small_project()
    jid = project.journeys[0].id
    C.start_voting_round(project, jid, VotingRound(budget=3, card_ids=["a", "b"], one_per_card=True))
    assert not isinstance(C.join_voting_round(project, jid, "Ana"), Refusal)
    assert "already joined" in C.join_voting_round(project, jid, "Ana").say("en")
    assert not isinstance(C.add_vote(project, jid, "a", "Ana"), Refusal)
    assert "already has a dot on this card" in C.add_vote(project, jid, "a", "Ana").say("en")
    assert "not part of the voting round" in C.add_vote(project, jid, "c", "Ana").say("en")
    assert not isinstance(C.add_vote(project, jid, "b", "Ana"), Refusal)
    assert project.journeys[0].open_round().counts() == {"a": 1, "b": 1}


def test_capture_adds_the_parking_lot_once():
    document = Document(small_project())
    verbs = Verbs(document)
    first = verbs.capture_card("s1", "  une idée  ")
    second = verbs.capture_card("s2", "une autre")
    lanes = [lane for lane in document.journey.lanes if lane.kind is LaneKind.PARKING_LOT]
    assert len(lanes) == 1 and lanes[0].title == "Parking lot"
    assert document.journey.card(first).text == "une idée"
    assert document.journey.card(second).lane_id == lanes[0].id
    assert document.undo_stack.count() == 2


def test_links_refuse_a_card_that_is_not_a_pain_point_and_deleting_it_drops_them_with_undo():
    document = Document(small_project())
    verbs = Verbs(document)
    refused: list[str] = []
    document.refused.connect(refused.append)
    assert not verbs.link_pain_point("b", "a")  # "a" is an action
    assert "not a pain point" in refused[-1] and document.undo_stack.count() == 0
    assert verbs.link_pain_point("b", "d") and verbs.link_pain_point("c", "d")
    assert not verbs.link_pain_point("b", "d")  # already linked: no empty undo step
    before = dump(document)
    assert verbs.delete_cards(["d"])
    assert document.journey.card("b").answers == [] and document.journey.card("c").answers == []
    document.undo_stack.undo()
    assert dump(document) == before and document.journey.card("b").answers == ["d"]


def test_impact_and_effort_change_together_and_are_refused_together():
    document = Document(small_project())
    verbs = Verbs(document)
    assert not verbs.set_impact_effort("b", 4, 6)
    assert document.journey.card("b").impact is None and document.undo_stack.count() == 0
    assert verbs.set_impact_effort("b", 4, 2)
    document.undo_stack.undo()
    assert (document.journey.card("b").impact, document.journey.card("b").effort) == (None, None)
