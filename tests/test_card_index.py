"""A journey's card index (cards by id and by cell) stays true to the journey after every kind of
edit, undo and redo, and a move costs what it changes: no scan of the journey's cards."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import CountingList, small_project
from strategies import projects
from cjdesigner.io.journal import edit_from_json, edit_to_json
from cjdesigner.model import changes as C
from cjdesigner.model import edits as E
from cjdesigner.model.document import Card, Journey, Project, card_index
from cjdesigner.model.invariants import ModelError, check_invariants

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_index_true(journey: Journey) -> None:
    """What the index holds is what a scan of the journey finds, cell by cell and id by id."""
    index = card_index(journey)
    scanned: dict[tuple[str, str], list[str]] = {}
    for card in journey.cards:
        scanned.setdefault((card.stage_id, card.lane_id), []).append(card.id)
    assert {cell: sorted(c.id for c in cards) for cell, cards in index.cells.items()} == {
        cell: sorted(ids) for cell, ids in scanned.items()
    }
    assert {i: c for i, c in index.by_id.items()} == {c.id: c for c in journey.cards}
    for card in journey.cards:
        assert journey.card(card.id) is card
    for stage in journey.stages:
        for lane in journey.lanes:
            expected = sorted((c for c in journey.cards if c.stage_id == stage.id and c.lane_id == lane.id), key=lambda c: c.position)
            assert journey.cell_cards(stage.id, lane.id) == expected


def random_edit(project: Project, data: st.DataObject) -> E.Edit | None:
    """One verb of those that change cards, with random arguments; None when refused."""
    journey = data.draw(st.sampled_from(project.journeys))
    ids = [c.id for c in journey.cards]
    kind = data.draw(st.sampled_from(["move", "add", "remove", "text", "stage", "lane", "duplicate"]))
    try:
        if kind == "move" and ids and journey.stages and journey.lanes:
            moving = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
            stage, lane = data.draw(st.sampled_from(journey.stages)).id, data.draw(st.sampled_from(journey.lanes)).id
            return E.move_cards(project, journey.id, moving, stage, lane, data.draw(st.integers(0, 6)))
        if kind == "add" and journey.stages and journey.lanes:
            card = Card(stage_id=data.draw(st.sampled_from(journey.stages)).id, lane_id=data.draw(st.sampled_from(journey.lanes)).id)
            return E.add_card(project, journey.id, card, data.draw(st.none() | st.integers(0, 4)))
        if kind == "remove" and ids:
            return E.remove_cards(project, journey.id, data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True)))
        if kind == "text" and ids:
            return E.set_fields(project, E.Ref("card", data.draw(st.sampled_from(ids)), journey.id), text="changed")
        if kind == "stage" and journey.stages:
            return E.remove_stage(project, journey.id, data.draw(st.sampled_from(journey.stages)).id)
        if kind == "lane" and journey.lanes:
            return E.duplicate_lane(project, journey.id, data.draw(st.sampled_from(journey.lanes)).id)[0]
        if kind == "duplicate":
            return E.duplicate_journey(project, journey.id)[0]
    except ModelError:
        return None
    return None


@SETTINGS
@given(projects(), st.data())
def test_the_index_stays_true_through_random_edits_undo_and_redo(project, data):
    for journey in project.journeys:
        card_index(journey)  # built before the edits, so that they must keep it in step
    undo: list[E.Edit] = []
    for _ in range(data.draw(st.integers(1, 6))):
        inverse = random_edit(project, data)
        if inverse is not None:
            undo.append(inverse)
        for journey in project.journeys:
            assert_index_true(journey)
    redo = [inverse.apply(project) for inverse in reversed(undo)]
    for journey in project.journeys:
        assert_index_true(journey)
    for edit in reversed(redo):
        edit.apply(project)
        for journey in project.journeys:
            assert_index_true(journey)
    assert check_invariants(project) == []


def test_a_move_and_its_undo_read_no_card_list_whole():
    project = small_project()
    journey = project.journeys[0]
    journey.__dict__["cards"] = CountingList(journey.cards)
    card_index(journey)
    CountingList.scans = 0
    inverse = E.move_cards(project, "j1", ["b"], "s2", "pains", 0)
    redo = inverse.apply(project)
    redo.apply(project)
    assert CountingList.scans == 0
    assert [c.id for c in journey.cell_cards("s2", "pains")] == ["b", "d"]
    assert [(c.id, c.position) for c in journey.cell_cards("s1", "actions")] == [("a", 0), ("c", 1)]


def test_a_move_is_one_edit_and_so_is_its_undo():
    project = small_project()
    inverse = E.move_cards(project, "j1", ["c"], "s1", "actions", 0)
    assert isinstance(inverse, E.CardPlaces)
    redo = inverse.apply(project)
    assert isinstance(redo, E.CardPlaces)
    assert [c.id for c in project.journeys[0].cell_cards("s1", "actions")] == ["a", "b", "c"]


def test_a_move_is_journalled_as_before_and_replays():
    """The journal writes a move as a batch of field changes, the form older journals hold."""
    project = small_project()
    replayed = small_project()
    change = C.move_cards(project, "j1", ["a"], "s2", "pains", 1)
    inverse = change.inverse
    line = edit_to_json(change.forward)
    assert set(line) == {"batch"} and all(set(part) == {"set", "values"} for part in line["batch"])
    edit_from_json(line).apply(replayed)
    assert replayed.model_dump() == project.model_dump()
    undo_line = edit_to_json(inverse)
    assert set(undo_line) == {"batch"}
    edit_from_json(undo_line).apply(replayed)
    assert replayed.model_dump() == small_project().model_dump()


def test_a_refused_move_leaves_cards_and_index_as_they_were():
    project = small_project()
    journey = project.journeys[0]
    before = project.model_dump()
    bad = E.CardPlaces((E.SetFields(E.Ref("card", "a", "j1"), {"position": 1}), E.SetFields(E.Ref("card", "b", "j1"), {"lane_id": "no such lane!"})))
    try:
        bad.apply(project)
    except ModelError:
        pass
    else:
        raise AssertionError("an invalid id was stored")
    assert project.model_dump() == before
    assert_index_true(journey)
