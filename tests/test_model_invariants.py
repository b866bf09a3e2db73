"""The model's rules hold on construction and name the object and field when broken (no Qt)."""

import math

import pytest
from pydantic import ValidationError

from builders import small_project
from cjdesigner.model import Card, EmotionPoint, ModelError, Persona, check_invariants, ensure_valid
from cjdesigner.model.document import Stage


def test_small_project_is_valid():
    assert check_invariants(small_project()) == []


@pytest.mark.parametrize(
    ("field", "value"),
    [("severity", 6), ("severity", 0), ("votes", -1), ("colour", "red"), ("position", -1), ("stage_id", "a/b")],
)
def test_card_fields_are_checked_on_assignment(field, value):
    card = small_project().journeys[0].cards[0]
    with pytest.raises(ValidationError):
        setattr(card, field, value)


@pytest.mark.parametrize("score", [3, -3, math.nan, math.inf])
def test_emotion_score_stays_on_the_five_point_scale(score):
    with pytest.raises(ValidationError):
        EmotionPoint(stage_id="s1", persona_id="p", score=score)


def test_nan_is_refused_everywhere():
    with pytest.raises(ValidationError):
        Card(stage_id="s", lane_id="l", votes=math.nan)


def test_duplicate_ids_name_both_objects():
    project = small_project()
    project.journeys[0].cards[1].id = "a"
    problems = check_invariants(project)
    assert [str(p) for p in problems] == ['journeys[0].cards[1].id: id "a" is also used by journeys[0].cards[0]']


def test_dangling_references_are_named():
    project = small_project()
    journey = project.journeys[0]
    journey.cards[3].stage_id = "nowhere"
    journey.cards[0].persona_ids = ["ghost"]
    journey.emotion_points[0].persona_id = "ghost"
    messages = [str(p) for p in check_invariants(project)]
    assert 'journeys[0].cards[3].stage_id: card "D" refers to stage "nowhere", which is not in journey "Current state"' in messages
    assert 'journeys[0].cards[0].persona_ids[0]: card "A" refers to persona "ghost", which does not exist' in messages
    assert any(m.startswith("journeys[0].emotion_points[0].persona_id") for m in messages)


def test_positions_in_a_cell_must_be_contiguous():
    project = small_project()
    project.journeys[0].cards[2].position = 5
    with pytest.raises(ModelError, match=r"positions \[0, 1, 5\]; they must be 0 to 2"):
        ensure_valid(project)


def test_one_emotion_point_per_stage_and_persona():
    project = small_project()
    project.journeys[0].emotion_points.append(EmotionPoint(id="e3", stage_id="s1", persona_id="p-ana", score=0))
    assert "second emotion point" in str(check_invariants(project)[0])


def test_persona_initials_are_derived_when_empty():
    assert Persona(name="Camille Durand").badge_initials == "CD"
    assert Persona(name="Jean-Pierre Morel").badge_initials == "JM"
    assert Persona(name="Zoé").badge_initials == "Zo"
    assert Persona(name="Zoé", initials="ZB").badge_initials == "ZB"
    assert Persona(name="  ").badge_initials == "?"


def test_unknown_fields_are_kept_on_every_object():
    stage = Stage.model_validate({"id": "s", "name": "S", "icon": {"set": "x"}})
    assert stage.unknown_fields() == {"icon": {"set": "x"}}
    assert stage.model_dump()["icon"] == {"set": "x"}
