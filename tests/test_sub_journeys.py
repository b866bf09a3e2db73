"""Linked sub-journeys below Qt: a stage or a card opens another journey of the project, the links
keep to their rules (an existing journey, not its own, no loop, at most four levels), each refused
with a sentence, and removing a journey clears the links to it in the same undo step."""

import pytest

from cjdesigner.io.cjmap import dumps_project, loads_project
from cjdesigner.model import changes as C
from cjdesigner.model import sub_journeys as S
from cjdesigner.model.change import Change, Refusal
from cjdesigner.model.diff import compare
from cjdesigner.io.errors import LoadError
from builders import linked_project


def chain(project, *ids):
    """Link the first stage of each journey of `ids` to the next one."""
    for parent, child in zip(ids, ids[1:]):
        stage = project.journey(parent).stages[0].id
        assert isinstance(C.link_sub_journey(project, parent, "stage", stage, child), Change)


def test_a_stage_and_a_card_open_sub_journeys_and_the_links_make_a_hierarchy():
    project = linked_project(2)
    change = C.link_sub_journey(project, "j1", "stage", "s1", "j2")
    assert isinstance(change, Change) and change.say("en") == "Link sub-journey"
    assert change.say("fr") == "Lier un sous-parcours"
    assert change.diff.stages.changed == {"s1": {"sub_journey_id"}}
    assert isinstance(C.link_sub_journey(project, "j1", "card", "a", "j3"), Change)
    assert S.children(project) == {"j1": ["j2", "j3"], "j2": [], "j3": []}
    assert S.parents(project)["j3"] == ["j1"]
    assert S.trail(project, "j3") == ["j1", "j3"]


def test_links_survive_saving_and_loading():
    project = linked_project(1)
    chain(project, "j1", "j2")
    assert isinstance(C.link_sub_journey(project, "j1", "card", "b", "j2"), Change)
    again = loads_project(dumps_project(project))
    assert again.journey("j1").stages[0].sub_journey_id == "j2"
    assert again.journey("j1").card("b").sub_journey_id == "j2"


@pytest.mark.parametrize(("kind", "object_id", "target", "english", "french"), [
    ("stage", "s1", "nowhere", 'opens sub-journey "nowhere", which is not a journey of this project',
     "ouvre le sous-parcours «\u202fnowhere\u202f», qui n’est pas un parcours de ce projet"),
    ("card", "a", "j1", 'opens its own journey "Current state" as a sub-journey',
     "ouvre son propre parcours «\u202fCurrent state\u202f» comme sous-parcours"),
])
def test_a_link_to_no_journey_or_to_its_own_is_refused_with_a_sentence(kind, object_id, target, english, french):
    project = linked_project(1)
    before = project.model_copy(deep=True)
    refusal = C.link_sub_journey(project, "j1", kind, object_id, target)
    assert isinstance(refusal, Refusal) and project == before
    assert refusal.say("en").endswith(english) and refusal.say("fr").endswith(french)
    assert refusal.problems[0].path.endswith("sub_journey_id")


def test_a_loop_through_other_journeys_is_refused():
    project = linked_project(2)
    chain(project, "j1", "j2", "j3")
    refusal = C.link_sub_journey(project, "j3", "card", "c3", "j1")
    assert isinstance(refusal, Refusal)
    assert "loop" in refusal.say("en") and "Current state" in refusal.say("en")
    assert "boucle" in refusal.say("fr")
    assert project.journey("j3").card("c3").sub_journey_id is None


def test_four_levels_nest_and_a_fifth_is_refused():
    project = linked_project(4)
    chain(project, "j1", "j2", "j3", "j4")
    assert S.levels_below(project, "j1") == S.MAX_LEVELS == 4
    refusal = C.link_sub_journey(project, "j4", "stage", "s4-1", "j5")
    assert isinstance(refusal, Refusal)
    assert refusal.say("en").endswith('journey "Current state" nests 5 journeys deep, itself included; at most 4 are allowed, so that a map of maps stays readable')
    assert "5 parcours en profondeur" in refusal.say("fr")
    # the same rule from above: a chain of four may not be hung under another journey
    other = linked_project(4)
    chain(other, "j2", "j3", "j4", "j5")
    assert isinstance(C.link_sub_journey(other, "j1", "card", "a", "j2"), Refusal)


def test_a_file_with_a_broken_link_says_where():
    project = linked_project(1)
    chain(project, "j1", "j2")
    text = dumps_project(project).replace(b'"sub_journey_id": "j2"', b'"sub_journey_id": "j9"')
    with pytest.raises(LoadError) as caught:
        loads_project(text)
    assert "journeys[0].stages[0].sub_journey_id" in str(caught.value)


def test_removing_a_journey_clears_the_links_to_it_in_one_undo_step():
    project = linked_project(2)
    chain(project, "j1", "j2")
    assert isinstance(C.link_sub_journey(project, "j1", "card", "a", "j2"), Change)
    assert isinstance(C.link_sub_journey(project, "j3", "card", "c3", "j2"), Change)
    before = project.model_copy(deep=True)
    change = C.remove_journey(project, "j2")
    assert isinstance(change, Change)
    assert [j.id for j in project.journeys] == ["j1", "j3"]
    assert project.journey("j1").stages[0].sub_journey_id is None
    assert project.journey("j1").card("a").sub_journey_id is None
    assert project.journey("j3").card("c3").sub_journey_id is None
    assert change.diff == compare(before, project)
    change.inverse.apply(project)
    assert project == before
    change.forward.apply(project)
    assert S.links_to(project, "j2") == []


def test_unlinking_is_one_change_that_undoes():
    project = linked_project(1)
    chain(project, "j1", "j2")
    before = project.model_copy(deep=True)
    change = C.link_sub_journey(project, "j1", "stage", "s1", None)
    assert isinstance(change, Change) and change.say("en") == "Unlink sub-journey"
    change.inverse.apply(project)
    assert project == before


def test_compare_sees_a_link_and_the_review_fields():
    project = linked_project(1)
    before = project.model_copy(deep=True)
    chain(project, "j1", "j2")
    assert isinstance(C.link_sub_journey(project, "j1", "card", "a", "j2"), Change)
    assert isinstance(C.set_review(project, "j2", "owner", "Léa"), Change)
    assert isinstance(C.set_review_interval(project, 6), Change)
    diff = compare(before, project)
    assert diff.stages.changed == {"s1": {"sub_journey_id"}}
    assert diff.cards.changed == {"a": {"sub_journey_id"}}
    assert diff.journeys.changed == {"j2": {"owner"}}
    assert diff.project == {"review_every_months"}
