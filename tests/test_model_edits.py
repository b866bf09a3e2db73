"""Every edit function changes the model as asked and returns an exact reversal (no Qt).

Each test runs edit → undo → redo and compares whole documents.
"""

import pytest

from builders import cell_texts, small_project
from cjdesigner.model import Card, Lane, ModelError, Persona, Stage
from cjdesigner.model import edits as E


def snapshot(project):
    return project.model_dump(mode="json")


def undo_redo(project, inverse):
    """Undo then redo; assert both land exactly on the before and after documents."""
    after = snapshot(project)
    redo = inverse.apply(project)
    before = snapshot(project)
    again = redo.apply(project)
    assert snapshot(project) == after
    again.apply(project)
    assert snapshot(project) == before
    redo.apply(project)
    return before


def check(edit_call):
    project = small_project()
    start = snapshot(project)
    inverse = edit_call(project)
    changed = snapshot(project)
    assert changed != start
    before = undo_redo(project, inverse)
    assert before == start
    return project


def test_set_fields_card_text_and_severity():
    p = check(lambda p: E.set_fields(p, E.Ref("card", "d", "j1"), text="Slow delivery", severity=5))
    assert p.journeys[0].card("d").text == "Slow delivery"
    assert p.journeys[0].card("d").severity == 5


def test_set_fields_refuses_bad_values_and_changes_nothing():
    project = small_project()
    start = snapshot(project)
    with pytest.raises(ModelError, match=r"card.severity"):
        E.set_fields(project, E.Ref("card", "d", "j1"), text="changed", severity=9)
    assert snapshot(project) == start


def test_set_fields_refuses_unknown_field():
    with pytest.raises(ModelError, match="no field 'sevrity'"):
        E.set_fields(small_project(), E.Ref("card", "d", "j1"), sevrity=2)


def test_set_fields_on_project_stage_lane_persona_journey():
    check(lambda p: E.set_fields(p, E.Ref("project"), title="New title"))
    check(lambda p: E.set_fields(p, E.Ref("stage", "s1", "j1"), name="Explore", colour="#112233"))
    check(lambda p: E.set_fields(p, E.Ref("lane", "pains", "j1"), hidden=True))
    check(lambda p: E.set_fields(p, E.Ref("persona", "p-bo"), initials="BB"))
    check(lambda p: E.set_fields(p, E.Ref("journey", "j1"), scenario="Buy a sofa"))


def test_move_card_to_another_cell():
    p = check(lambda p: E.move_cards(p, "j1", ["b"], "s2", "pains", 0))
    assert cell_texts(p, "s1", "actions") == ["A", "C"]
    assert cell_texts(p, "s2", "pains") == ["B", "D"]


def test_reorder_within_a_cell():
    p = check(lambda p: E.move_cards(p, "j1", ["a"], "s1", "actions", 2))
    assert cell_texts(p, "s1", "actions") == ["B", "C", "A"]


def test_move_several_cards_keeps_their_order():
    p = check(lambda p: E.move_cards(p, "j1", ["c", "a"], "s2", "actions", 0))
    assert cell_texts(p, "s2", "actions") == ["A", "C"]
    assert cell_texts(p, "s1", "actions") == ["B"]


def test_move_to_unknown_cell_is_refused():
    with pytest.raises(ModelError, match='no stage with id "nope"'):
        E.move_cards(small_project(), "j1", ["a"], "nope", "actions", 0)


def test_add_card_in_the_middle_of_a_cell():
    card = Card(id="n", stage_id="s1", lane_id="actions", text="N")
    p = check(lambda p: E.add_card(p, "j1", card, position=1))
    assert cell_texts(p, "s1", "actions") == ["A", "N", "B", "C"]


def test_add_cards_appends_in_order():
    cards = [Card(id="x", stage_id="s2", lane_id="pains", text="X"), Card(id="y", stage_id="s2", lane_id="pains", text="Y")]
    p = check(lambda p: E.add_cards(p, "j1", cards))
    assert cell_texts(p, "s2", "pains") == ["D", "X", "Y"]


def test_remove_cards_renumbers_the_cell():
    p = check(lambda p: E.remove_cards(p, "j1", ["a", "d"]))
    assert cell_texts(p, "s1", "actions") == ["B", "C"]
    assert [c.position for c in p.journeys[0].cell_cards("s1", "actions")] == [0, 1]


def test_add_remove_move_duplicate_stage():
    p = check(lambda p: E.add_stage(p, "j1", Stage(id="s0", name="Before"), index=0))
    assert [s.id for s in p.journeys[0].stages] == ["s0", "s1", "s2"]
    p = check(lambda p: E.move_stage(p, "j1", "s2", 0))
    assert [s.id for s in p.journeys[0].stages] == ["s2", "s1"]
    p = check(lambda p: E.remove_stage(p, "j1", "s1"))
    assert [c.id for c in p.journeys[0].cards] == ["d"]
    assert [e.id for e in p.journeys[0].emotion_points] == ["e2"]
    p = check(lambda p: E.duplicate_stage(p, "j1", "s1")[0])
    twin = p.journeys[0].stages[1]
    assert twin.name == "Discover" and twin.id != "s1"
    assert cell_texts(p, twin.id, "actions") == ["A", "B", "C"]


def test_add_remove_move_duplicate_lane():
    p = check(lambda p: E.add_lane(p, "j1", Lane(id="ideas", title="Ideas")))
    assert [lane.id for lane in p.journeys[0].lanes] == ["actions", "pains", "ideas"]
    p = check(lambda p: E.move_lane(p, "j1", "pains", 0))
    assert [lane.id for lane in p.journeys[0].lanes] == ["pains", "actions"]
    p = check(lambda p: E.remove_lane(p, "j1", "actions"))
    assert [c.id for c in p.journeys[0].cards] == ["d"]
    p = check(lambda p: E.duplicate_lane(p, "j1", "pains")[0])
    assert cell_texts(p, "s2", p.journeys[0].lanes[2].id) == ["D"]


def test_personas_add_remove_and_badges():
    p = check(lambda p: E.add_persona(p, Persona(id="p-cy", name="Cy")))
    assert [x.id for x in p.personas] == ["p-ana", "p-bo", "p-cy"]
    p = check(lambda p: E.remove_persona(p, "p-ana"))
    journey = p.journeys[0]
    assert journey.persona_ids == ["p-bo"]
    assert journey.card("a").persona_ids == []
    assert [e.id for e in journey.emotion_points] == ["e2"]
    p = check(lambda p: E.add_persona_to_cards(p, "j1", ["a", "b"], "p-bo"))
    assert p.journeys[0].card("a").persona_ids == ["p-ana", "p-bo"]
    assert p.journeys[0].card("b").persona_ids == ["p-bo"]


def test_persona_badge_for_unknown_persona_is_refused():
    project = small_project()
    with pytest.raises(ModelError, match='persona "ghost", which does not exist'):
        E.add_persona_to_cards(project, "j1", ["a"], "ghost")
    assert project.journeys[0].card("a").persona_ids == ["p-ana"]


def test_journeys_add_duplicate_move_remove():
    p = check(lambda p: E.duplicate_journey(p, "j1", "Future state")[0])
    twin = p.journeys[1]
    assert twin.title == "Future state"
    assert {s.id for s in twin.stages}.isdisjoint({"s1", "s2"})
    assert [c.text for c in twin.cards] == ["A", "B", "C", "D"]
    E.duplicate_journey(p, "j1")
    p2 = small_project()
    E.duplicate_journey(p2, "j1")
    check_project = p2
    inverse = E.move_journey(check_project, "j1", 1)
    assert check_project.journeys[1].id == "j1"
    undo_redo(check_project, inverse)
    inverse = E.remove_journey(check_project, "j1")
    assert len(check_project.journeys) == 1
    undo_redo(check_project, inverse)


def test_the_last_journey_cannot_be_removed():
    with pytest.raises(ModelError, match="at least one journey"):
        E.remove_journey(small_project(), "j1")


def test_set_emotion_creates_or_moves_a_point():
    p = check(lambda p: E.set_emotion(p, "j1", "s1", "p-ana", -1, "Lost"))
    point = p.journeys[0].emotion_points[0]
    assert (point.score, point.label) == (-1, "Lost")
    p = check(lambda p: E.set_emotion(p, "j1", "s2", "p-ana", 2))
    assert len(p.journeys[0].emotion_points) == 3
    p = check(lambda p: E.remove_emotion_point(p, "j1", "e1"))
    assert [e.id for e in p.journeys[0].emotion_points] == ["e2"]


def test_emotion_score_out_of_scale_is_refused():
    project = small_project()
    with pytest.raises(ModelError):
        E.set_emotion(project, "j1", "s1", "p-ana", 3)
    assert project.journeys[0].emotion_points[0].score == 1


def test_batch_rolls_back_when_a_step_fails():
    project = small_project()
    start = snapshot(project)
    batch = E.Batch((E.SetFields(E.Ref("card", "a", "j1"), {"text": "changed"}), E.Remove("cards", "missing", "j1")))
    with pytest.raises(ModelError):
        E.perform(project, batch)
    assert snapshot(project) == start


def test_add_persona_to_a_journey_cast_in_one_step():
    p = check(lambda p: E.add_persona(p, Persona(id="p-cy", name="Cy"), journey_id="j1"))
    assert p.journeys[0].persona_ids == ["p-ana", "p-bo", "p-cy"]
