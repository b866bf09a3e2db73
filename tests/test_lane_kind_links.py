"""A lane that stops being the pain points takes its links with it, in the same edit (no Qt)."""

from builders import small_project
from cjdesigner.model import edits as E
from cjdesigner.model.document import Card, Lane
from cjdesigner.model.vocabulary import LaneKind


def linked():
    project = small_project()
    journey = project.journeys[0]
    journey.lanes.append(Lane(id="opps", title="Opportunities", kind=LaneKind.OPPORTUNITIES))
    journey.cards += [
        Card(id="o", stage_id="s1", lane_id="opps", text="Offer chat", answers=["d"]),
        Card(id="o2", stage_id="s2", lane_id="opps", text="Call back", answers=["d"]),
    ]
    return project


def test_changing_a_pain_points_lane_to_another_kind_unlinks_its_cards_and_undo_brings_them_back():
    project = linked()
    before = project.model_dump(mode="json")
    inverse = E.set_fields(project, E.Ref("lane", "pains", "j1"), kind=LaneKind.ACTIONS)
    journey = project.journeys[0]
    assert journey.lane("pains").kind is LaneKind.ACTIONS
    assert [journey.card(c).answers for c in ("o", "o2")] == [[], []]
    inverse.apply(project)
    assert project.model_dump(mode="json") == before


def test_other_changes_of_the_lane_keep_the_links():
    project = linked()
    E.set_fields(project, E.Ref("lane", "pains", "j1"), title="Frictions", kind=LaneKind.PAIN_POINTS)
    assert project.journeys[0].card("o").answers == ["d"]
