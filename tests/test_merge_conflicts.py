"""Resolving a merge's conflicts: taking a side or editing the field settles the conflict, in one
undo step that takes it back whole."""

from verb_calls import conflicted_project
from cjdesigner.app.document import Document
from cjdesigner.app.verbs import Verbs
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


def test_an_unknown_conflict_or_side_is_refused_in_either_language():
    project = conflicted_project()
    refusal = resolve_conflict(project, "conflict-none", "ours")
    assert isinstance(refusal, Refusal) and "conflict-none" in refusal.say("en") and "conflict-none" in refusal.say("fr")
    assert isinstance(resolve_conflict(project, project.conflicts[0].id, "mine"), Refusal)
    assert project == conflicted_project()
