"""An edit of cards' fields checks only the rules it can break, and finds every problem the whole
project's check would find, worded the same."""

import pytest

from builders import CountingList, small_project
from cjdesigner.model import edits as E
from cjdesigner.model.document import Card, card_index
from cjdesigner.model.invariants import ModelError, check_invariants

CARD_EDITS = [
    ("a", {"stage_id": "nowhere"}),
    ("a", {"lane_id": "nowhere", "position": 7}),
    ("b", {"position": 2}),
    ("d", {"stage_id": "s1", "lane_id": "actions"}),
    ("d", {"persona_ids": ["p-bo", "p-bo"]}),
    ("a", {"persona_ids": ["p-ghost"]}),
    ("c", {"stage_id": "s2", "lane_id": "pains", "position": 0}),
]


@pytest.mark.parametrize(("card_id", "values"), CARD_EDITS)
def test_a_broken_card_edit_reports_what_the_whole_check_reports(card_id, values):
    project = small_project()
    edit = E.SetFields(E.Ref("card", card_id, "j1"), values)
    inverse = edit.apply(project)
    expected = check_invariants(project)
    inverse.apply(project)
    assert expected, "every edit of the table breaks a rule"
    before = project.model_dump()
    with pytest.raises(ModelError) as error:
        E.perform(project, edit)
    assert error.value.problems == expected
    assert project.model_dump() == before, "a refused edit changes nothing"


def test_card_edits_skip_the_whole_project_check(monkeypatch):
    def whole_check(project):
        raise AssertionError("an edit of cards checked the whole project")

    monkeypatch.setattr(E, "check_invariants", whole_check)
    project = small_project()
    E.set_fields(project, E.Ref("card", "a", "j1"), text="Compare prices", severity=5)
    E.move_cards(project, "j1", ["a"], "s2", "pains", 0)
    assert [c.id for c in project.journeys[0].cell_cards("s2", "pains")] == ["a", "d"]
    assert [c.position for c in project.journeys[0].cell_cards("s1", "actions")] == [0, 1]


def test_other_edits_still_check_the_whole_project():
    project = small_project()
    with pytest.raises(ModelError, match="also used by"):
        E.add_card(project, "j1", Card(id="s2", stage_id="s1", lane_id="pains"))


def _linked_project():
    """The small project where card "c" is an opportunity answering the pain point "d"."""
    project = small_project()
    E.set_fields(project, E.Ref("card", "c", "j1"), answers=["d"])
    return project


ADD_REMOVE_EDITS = [
    ("remove a pain point still answered", lambda: E.Remove("cards", "d", "j1")),
    ("add a card in no stage", lambda: E.Insert("cards", 4, Card(id="x", stage_id="nowhere", lane_id="pains"), "j1")),
    ("add a card at a taken position", lambda: E.Insert("cards", 4, Card(id="x", stage_id="s1", lane_id="actions", position=1), "j1")),
    ("add a card answering no pain point", lambda: E.Insert("cards", 4, Card(id="x", stage_id="s2", lane_id="actions", answers=["a"]), "j1")),
    ("add a card under a stage's id", lambda: E.Insert("cards", 4, Card(id="s1", stage_id="s2", lane_id="actions"), "j1")),
    ("leave a cell misnumbered", lambda: E.Remove("cards", "a", "j1")),
]


@pytest.mark.parametrize(("what", "make"), ADD_REMOVE_EDITS, ids=[row[0] for row in ADD_REMOVE_EDITS])
def test_a_broken_addition_or_removal_reports_what_the_whole_check_reports(what, make):
    broken = _linked_project()
    make().apply(broken)
    expected = check_invariants(broken)
    assert expected, what
    project = _linked_project()
    before = project.model_dump()
    with pytest.raises(ModelError) as error:
        E.perform(project, make())
    assert error.value.problems == expected
    assert project.model_dump() == before, "a refused edit changes nothing"
    assert [c.id for c in project.journeys[0].cards] == ["a", "b", "c", "d"]


def test_removing_pasting_and_undoing_cards_check_only_what_they_touch(monkeypatch):
    def whole_check(project):
        raise AssertionError("an edit of cards checked the whole project")

    monkeypatch.setattr(E, "check_invariants", whole_check)
    project = _linked_project()
    journey = project.journeys[0]
    journey.__dict__["cards"] = CountingList(journey.cards)
    card_index(journey)
    reads = []

    def counted(edit):
        CountingList.scans = 0
        inverse = edit()
        reads.append(CountingList.scans)
        return inverse

    undo_remove = counted(lambda: E.remove_cards(project, "j1", ["d", "a"]))
    assert journey.card("c").answers == [], "the link to the removed pain point went with it"
    redo_remove = counted(lambda: E.perform(project, undo_remove))
    assert journey.card("c").answers == ["d"]
    counted(lambda: E.perform(project, redo_remove))
    undo_paste = counted(lambda: E.add_cards(project, "j1", [Card(stage_id="s2", lane_id="actions", answers=["a"])]))
    counted(lambda: E.perform(project, undo_paste))
    assert max(reads) <= 1, "at most one read of the list, to find where a removed card stands in it"
    assert [c.id for c in journey.cell_cards("s1", "actions")] == ["b", "c"]


def test_asking_for_a_removed_card_does_not_rebuild_the_index(monkeypatch):
    from cjdesigner.model import document

    project = small_project()
    journey = project.journeys[0]
    E.remove_cards(project, "j1", ["b"])
    journey.card("a")
    rebuilt = []
    monkeypatch.setattr(document, "_reindex", lambda j: rebuilt.append(j) or pytest.fail("index rebuilt"))
    with pytest.raises(KeyError):
        journey.card("b")
    assert rebuilt == []


def test_reordering_stages_or_lanes_checks_nothing(monkeypatch):
    monkeypatch.setattr(E, "check_invariants", lambda project: pytest.fail("a reorder checked the whole project"))
    project = small_project()
    undo = E.move_stage(project, "j1", "s2", 0)
    E.move_lane(project, "j1", "pains", 0)
    E.perform(project, undo)
    assert [s.id for s in project.journeys[0].stages] == ["s1", "s2"]
