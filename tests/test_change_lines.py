"""The change lines (no Qt): one sentence per change, in map order, in either language, with both
sides' values field by field; layout-only moves told apart; renumbered positions are no change."""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.model import changes as C
from cjdesigner.model.change import Refusal
from cjdesigner.model.change_lines import LineKind, ObjectKind, describe
from cjdesigner.model.diff import compare
from cjdesigner.model.document import Card, Stage
from builders import small_project
from strategies import projects, random_change

EXAMPLES = int(os.environ.get("CJD_PROPERTY_EXAMPLES", "100"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def lines_between(old, new):
    return describe(compare(old, new), old, new)


def test_a_card_moved_to_another_stage_is_one_layout_only_line_in_both_languages():
    old = small_project()
    new = old.model_copy(deep=True)
    C.move_cards(new, "j1", ["a"], "s2", "actions", 0)
    [line] = lines_between(old, new)
    assert (line.kind, line.object_kind, line.object_id) == (LineKind.MOVED, ObjectKind.CARD, "a")
    assert line.layout_only and line.fields == ()
    assert (line.from_stage_id, line.stage_id, line.journey_id) == ("s1", "s2", "j1")
    assert line.say("en") == "Card “A” moved from Discover to Buy"
    assert line.say("fr") == "Carte «\u202fA\u202f» déplacée de Discover à Buy"
    assert line.old_value("stage_id") == "s1" and line.new_value("stage_id") == "s2"


def test_a_removed_card_renumbers_its_cell_without_listing_the_others():
    old = small_project()
    new = old.model_copy(deep=True)
    C.delete_cards(new, "j1", ["a"])
    assert compare(old, new).cards.shifted, "the other cards of the cell did change positions"
    [line] = lines_between(old, new)
    assert (line.kind, line.object_id) == (LineKind.REMOVED, "a")
    assert line.old_value("text") == "A" and line.new_value("text") is None


def test_a_card_moved_within_its_cell_is_layout_only():
    old = small_project()
    new = old.model_copy(deep=True)
    C.move_cards(new, "j1", ["c"], "s1", "actions", 0)
    [line] = lines_between(old, new)
    assert (line.kind, line.object_id, line.layout_only) == (LineKind.REORDERED, "c", True)


def test_fields_keep_both_values_and_name_what_changed():
    old = small_project()
    new = old.model_copy(deep=True)
    C.set_fields(new, "j1", "card", "d", None, text="D2", severity=5, persona_ids=["p-ana"])
    C.rename(new, "j1", "stage", "s2", "Purchase")
    C.set_emotion(new, "j1", "s2", "p-bo", 1)
    lines = lines_between(old, new)
    kinds = [(line.object_kind, line.kind) for line in lines]
    assert kinds == [(ObjectKind.STAGE, LineKind.RENAMED), (ObjectKind.CARD, LineKind.CHANGED), (ObjectKind.EMOTION_POINT, LineKind.CHANGED)]
    card = lines[1]
    assert not card.layout_only and set(card.fields) == {"text", "severity", "persona_ids"}
    assert (card.old_value("severity"), card.new_value("severity")) == (3, 5)
    assert (card.old_value("persona_ids"), card.new_value("persona_ids")) == (["p-bo"], ["p-ana"])
    assert lines[0].say("fr") == "Étape «\u202fDiscover\u202f» renommée «\u202fPurchase\u202f»".replace("Discover", "Buy")
    assert "personas" in card.say("fr") and "personas" in card.say("en")
    assert lines[2].say("en") == "Emotion of Bo at Purchase changed from -2 to 1"


def test_lines_follow_stage_order_then_lane_then_position():
    old = small_project()
    new = old.model_copy(deep=True)
    C.add_stage(new, "j1", Stage(id="s0", name="First"), 0)
    C.add_card(new, "j1", Card(id="z", stage_id="s0", lane_id="pains", text="Z"))
    C.add_card(new, "j1", Card(id="y", stage_id="s0", lane_id="actions", text="Y"))
    C.set_fields(new, "j1", "card", "d", None, text="D!")
    C.set_fields(new, "j1", "card", "b", None, text="B!")
    assert [line.object_id for line in lines_between(old, new)] == ["s0", "y", "z", "b", "d"]


@SETTINGS
@given(projects(), st.data())
def test_every_change_is_said_in_both_languages_and_a_map_has_none_with_itself(project, data):
    assert lines_between(project, project) == []
    before = project.model_copy(deep=True)
    outcome = random_change(data, project)(project)
    lines = lines_between(before, project)
    for line in lines:
        assert line.say("en") and line.say("fr")
    if outcome is not None and not isinstance(outcome, Refusal) and outcome.diff.cards.added:
        assert {line.object_id for line in lines} >= set(outcome.diff.cards.added) or outcome.diff.journeys.added
