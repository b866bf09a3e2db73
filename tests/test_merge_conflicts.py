"""Resolving a merge's conflicts: taking a side or editing the field settles the conflict, in one
undo step that takes it back whole."""

from verb_calls import conflicted_project
from cjdesigner.app.document import Document
from cjdesigner.app.verbs import Verbs
from cjdesigner.model import changes as C
from cjdesigner.model.change import Refusal
from cjdesigner.model.conflicts import resolve_conflict
from cjdesigner.model.invariants import check_invariants


def conflict_on(project, object_id):
    return next(c for c in project.conflicts if c.object_id == object_id)


def test_the_merged_map_holds_each_kind_of_conflict():
    project = conflicted_project()
    assert not check_invariants(project)
    assert {(c.object_id, c.kind, c.field, c.removed_by) for c in project.conflicts} == {
        ("a", "both_changed", "text", ""), ("b", "edited_and_removed", "", "ours"), ("s2", "removed_but_used", "", "theirs")}


def test_taking_theirs_sets_their_value_and_undo_brings_the_conflict_back(qapp):
    document = Document(conflicted_project())
    verbs = Verbs(document)
    before = document.project.model_copy(deep=True)
    assert verbs.resolve_conflict(conflict_on(before, "a").id, "theirs")
    assert document.project.journeys[0].card("a").text == "Theirs"
    assert [c.object_id for c in document.project.conflicts] == ["b", "s2"]
    document.undo_stack.undo()
    assert document.project == before


def test_taking_the_side_that_removed_removes_and_the_other_keeps(qapp):
    document = Document(conflicted_project())
    verbs = Verbs(document)
    assert verbs.resolve_conflict(conflict_on(document.project, "b").id, "theirs")
    assert document.project.journeys[0].card("b").text == "B edited"
    assert verbs.resolve_conflict(conflict_on(document.project, "s2").id, "theirs")
    journey = document.project.journeys[0]
    assert [s.id for s in journey.stages] == ["s1"] and "n" not in {c.id for c in journey.cards}
    assert [c.object_id for c in document.project.conflicts] == ["a"]


def test_editing_a_field_in_conflict_settles_it_in_the_same_step(qapp):
    document = Document(conflicted_project())
    verbs = Verbs(document)
    assert verbs.set_card_text("a", "Neither")
    assert "a" not in {c.object_id for c in document.project.conflicts}
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert conflict_on(document.project, "a").theirs == "Theirs"


def test_deleting_cards_in_conflict_settles_their_conflicts_in_the_same_step(qapp):
    document = Document(conflicted_project())
    verbs = Verbs(document)
    before = document.project.model_copy(deep=True)
    assert verbs.delete_cards(["a", "b"])
    assert [c.object_id for c in document.project.conflicts] == ["s2"], "the person chose: the cards are gone"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.project == before


def test_deleting_a_stage_or_lane_settles_the_conflicts_on_it_and_on_its_cards(qapp):
    document = Document(conflicted_project())
    verbs = Verbs(document)
    before = document.project.model_copy(deep=True)
    assert verbs.remove_stage("s2")
    assert [c.object_id for c in document.project.conflicts] == ["a", "b"]
    assert verbs.remove_lane("actions")
    assert document.project.conflicts == []
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.project == before


def test_deleting_a_journey_settles_every_conflict_in_it():
    project = conflicted_project()
    assert not isinstance(C.duplicate_journey(project, "j1"), Refusal)
    assert not isinstance(C.remove_journey(project, "j1"), Refusal)
    assert project.conflicts == [] and not check_invariants(project)


def test_an_unknown_conflict_or_side_is_refused_in_either_language():
    project = conflicted_project()
    refusal = resolve_conflict(project, "conflict-none", "ours")
    assert isinstance(refusal, Refusal) and "conflict-none" in refusal.say("en") and "conflict-none" in refusal.say("fr")
    assert isinstance(resolve_conflict(project, project.conflicts[0].id, "mine"), Refusal)
    assert project == conflicted_project()


def test_a_card_moved_two_ways_is_one_conflict_on_its_place_and_taking_theirs_moves_it():
    from builders import small_project
    from cjdesigner.model import changes as C
    from cjdesigner.model.merge import merge

    base = small_project()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    C.move_cards(ours, "j1", ["a"], "s2", "actions", 0)
    C.move_cards(theirs, "j1", ["a"], "s1", "pains", 0)
    project = merge(base, ours, theirs).project
    [conflict] = project.conflicts
    assert (conflict.field, conflict.ours, conflict.theirs) == ("place", {"stage_id": "s2", "lane_id": "actions"}, {"stage_id": "s1", "lane_id": "pains"})
    assert (project.journeys[0].card("a").stage_id, project.journeys[0].card("a").lane_id) == ("s2", "actions")
    outcome = resolve_conflict(project, conflict.id, "theirs")
    assert not isinstance(outcome, Refusal) and not project.conflicts
    assert (project.journeys[0].card("a").stage_id, project.journeys[0].card("a").lane_id) == ("s1", "pains")
    assert not check_invariants(project)


def test_a_journey_the_merge_cannot_take_apart_is_ours_with_theirs_kept_whole_in_one_conflict():
    """Ours forks after Discover (its path's stage must follow it); theirs adds a stage right there."""
    from builders import small_project
    from cjdesigner.model import changes as C
    from cjdesigner.model.document import Fork, Path, Stage
    from cjdesigner.model.merge import merge

    base = small_project()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    C.fork_after(ours, "j1", Fork(id="f1", after_stage_id="s1", join_stage_id="s2"),
                 [Path(id="pa", name="Web"), Path(id="pb", name="Shop")], [Stage(id="sb", name="Shop", path_id="pb")])
    C.add_stage(theirs, "j1", Stage(id="sx", name="Extra"), 1)
    C.set_fields(theirs, "j1", "card", "a", None, text="Theirs")
    project = merge(base, ours, theirs).project
    assert not check_invariants(project) and project.journeys[0] == ours.journeys[0]
    [conflict] = project.conflicts
    assert (conflict.kind, conflict.object_kind, conflict.object_id, conflict.field) == ("both_changed", "journey", "j1", "")
    assert [s["id"] for s in conflict.theirs["stages"]] == ["s1", "sx", "s2"]
    assert not isinstance(resolve_conflict(project, conflict.id, "theirs"), Refusal)
    assert project.journeys[0] == theirs.journeys[0] and not project.conflicts
