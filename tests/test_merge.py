"""Three-way merge of maps (no Qt): what does not collide applies from both sides, what collides is
kept in the merged map as a conflict with both sides' values, and the merged map is always valid.

The full check, 1,000 examples:  CJD_PROPERTY_EXAMPLES=1000 .venv/bin/python -m pytest -q tests/test_merge.py
"""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.io.cjmap import dumps_project, loads_project
from cjdesigner.model import changes as C
from cjdesigner.model.document import Card, Project, Stage
from cjdesigner.model.invariants import check_invariants
from cjdesigner.model.merge import merge, merged_order
from builders import small_project
from strategies import projects, random_change

EXAMPLES = int(os.environ.get("CJD_PROPERTY_EXAMPLES", "100"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
_SKIP = {"modified", "position", "conflicts"}


def changed(project: Project, data, count: int) -> Project:
    copy = project.model_copy(deep=True)
    for _ in range(count):
        random_change(data, copy)(copy)
    return copy


def objects(project: Project) -> dict[str, tuple[str, dict]]:
    """Every object by id: its journey and its own fields (lists of objects and positions left out)."""
    found: dict[str, tuple[str, dict]] = {"": ("", project.model_dump(mode="json", exclude={"personas", "journeys", "conflicts", "modified"}))}
    for persona in project.personas:
        found[persona.id] = ("", persona.model_dump(mode="json"))
    for journey in project.journeys:
        found[journey.id] = (journey.id, journey.model_dump(mode="json", exclude={"stages", "lanes", "cards", "emotion_points"}))
        for name in ("stages", "lanes", "cards", "emotion_points"):
            for item in getattr(journey, name):
                found[item.id] = (journey.id, item.model_dump(mode="json", exclude={"position"}))
    return found


def named(conflicts, key: str, field: str = "", journey: str = "") -> bool:
    """A conflict names the object's field, the whole object, or its whole journey (a card's stage
    and lane are one field, its place)."""
    field = "place" if field in ("stage_id", "lane_id") else field
    return any(c.object_id == key and c.field in (field, "") or journey and c.object_id == journey and not c.field for c in conflicts)


def valid(project: Project) -> bool:
    return not check_invariants(project) and loads_project(dumps_project(project)) == project


@SETTINGS
@given(projects(), st.data())
def test_a_merge_with_one_side_unchanged_is_the_other_side(base, data):
    side = changed(base, data, data.draw(st.integers(1, 3)))
    assert merge(base, side, base).project == side
    assert merge(base, base, side).project == side
    assert merge(side, side, side).project == side and not merge(side, side, side).conflicts


@SETTINGS
@given(projects(), st.data())
def test_every_change_of_both_sides_is_merged_or_held_in_a_conflict(base, data):
    ours = changed(base, data, data.draw(st.integers(1, 3)))
    theirs = changed(base, data, data.draw(st.integers(1, 3)))
    result = merge(base, ours, theirs)
    assert valid(result.project)
    assert tuple(result.project.conflicts) == result.conflicts
    b, o, t, r = objects(base), objects(ours), objects(theirs), objects(result.project)
    conflicts = result.conflicts
    for mine, yours in ((o, t), (t, o)):
        for key in mine.keys() | b.keys():
            was, now, other = b.get(key), mine.get(key), yours.get(key)
            journey = (now or was or other)[0]

            def conflicted(field: str = "") -> bool:
                return named(conflicts, key, field, journey)
            if was == now:
                continue
            if now is None:  # removed on this side
                if other is None:
                    assert key not in r, f"{key} removed on both sides, yet kept"
                elif other == was:
                    assert key not in r or conflicted(), f"removal of {key} lost"
                else:
                    assert key in r and conflicted(), f"edit/removal of {key}: no conflict"
                continue
            if was is None and other is None:
                assert key in r, f"addition of {key} lost"
                continue
            if was is None:
                continue  # added on both sides under one id
            if other is None:
                assert key in r and (conflicted() or now == was), f"edit of {key} removed elsewhere: no conflict"
                continue
            for field, value in now[1].items():
                if value == was[1].get(field):
                    continue
                if other[1].get(field) in (was[1].get(field), value):
                    assert r[key][1].get(field) == value or conflicted(field) or (field == "answers" and conflicted(field)), \
                        f"{key}.{field} lost"
                else:
                    assert conflicted(field), f"{key}.{field} changed two ways without a conflict"


def test_a_field_changed_two_ways_keeps_ours_and_holds_both():
    base = small_project()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    C.set_fields(ours, "j1", "card", "a", None, text="Ours", severity=2)
    C.set_fields(theirs, "j1", "card", "a", None, text="Theirs", notes="kept")
    result = merge(base, ours, theirs)
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.object_id, conflict.field) == ("both_changed", "a", "text")
    assert (conflict.base, conflict.ours, conflict.theirs) == ("A", "Ours", "Theirs")
    card = result.project.journeys[0].card("a")
    assert (card.text, card.severity, card.notes) == ("Ours", 2, "kept")


def test_a_card_edited_on_one_side_and_deleted_on_the_other_is_kept_as_edited():
    base = small_project()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    C.delete_cards(ours, "j1", ["b"])
    C.set_fields(theirs, "j1", "card", "b", None, text="B, reworded")
    result = merge(base, ours, theirs)
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.object_id, conflict.removed_by) == ("edited_and_removed", "b", "ours")
    assert conflict.theirs["text"] == "B, reworded" and conflict.ours is None
    assert result.project.journeys[0].card("b").text == "B, reworded"


def test_a_stage_removed_where_the_other_side_added_a_card_stays_as_a_conflict():
    base = small_project()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    C.add_card(ours, "j1", Card(id="new", stage_id="s2", lane_id="actions", text="New"))
    C.remove_stage(theirs, "j1", "s2")
    result = merge(base, ours, theirs)
    assert [(c.kind, c.object_id, c.removed_by) for c in result.conflicts] == [("removed_but_used", "s2", "theirs")]
    journey = result.project.journeys[0]
    assert [s.id for s in journey.stages] == ["s1", "s2"] and journey.card("new").stage_id == "s2"
    assert [c.id for c in journey.cards if c.stage_id == "s2"] == ["new"], "theirs' removal of the stage's own cards applies"
    assert valid(result.project)


def test_orders_take_the_side_that_reordered_and_add_the_others_additions():
    base = small_project()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    C.move_stage(ours, "j1", "s2", 0)
    C.add_stage(theirs, "j1", Stage(id="s3", name="Use"), 1)
    C.move_cards(theirs, "j1", ["c"], "s1", "actions", 0)
    C.add_card(ours, "j1", Card(id="x", stage_id="s1", lane_id="actions", text="X"), 1)
    result = merge(base, ours, theirs)
    journey = result.project.journeys[0]
    assert not result.conflicts
    assert [s.id for s in journey.stages] == ["s2", "s1", "s3"]
    assert [c.id for c in journey.cell_cards("s1", "actions")] == ["c", "a", "x", "b"]


def test_both_sides_reordering_keeps_ours_without_a_conflict():
    assert merged_order(["a", "b", "c"], ["c", "b", "a"], ["b", "a", "c", "d"], ["a", "b", "c", "d"]) == ["c", "d", "b", "a"], "d followed c"
    assert merged_order(["a", "b", "c"], ["a", "b", "c", "n"], ["c", "a", "b"], ["a", "b", "c", "n"]) == ["c", "n", "a", "b"]


def test_the_conflicts_are_saved_in_the_file_and_read_back():
    base = small_project()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    C.set_fields(ours, "j1", "card", "d", None, severity=1)
    C.set_fields(theirs, "j1", "card", "d", None, severity=5)
    project = merge(base, ours, theirs).project
    again = loads_project(dumps_project(project))
    assert again == project and again.conflicts[0].theirs == 5
    assert merge(project, project, project).project == project


def test_the_dates_the_app_stamps_are_no_conflict():
    import datetime as dt

    base, ours, theirs = small_project(), small_project(), small_project()
    base.created, theirs.created = ours.created - dt.timedelta(days=3), ours.created + dt.timedelta(days=3)
    theirs.modified = ours.modified + dt.timedelta(hours=1)
    assert merge(base, ours, theirs).conflicts == ()


def test_the_open_conflicts_of_two_merged_copies_both_survive_their_merge():
    """Two researchers each merged and left a conflict open; the merges numbered them alike. Merging
    their two maps keeps both conflicts, under ids of their own, and loses no card's other side."""
    base = small_project()

    def merged_with_a_conflict(card_id: str) -> Project:
        ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
        C.set_fields(ours, "j1", "card", card_id, None, text=f"{card_id}, as Ana heard it")
        C.set_fields(theirs, "j1", "card", card_id, None, text=f"{card_id}, as Bo heard it")
        return merge(base, ours, theirs).project

    ana, bo = merged_with_a_conflict("a"), merged_with_a_conflict("d")
    assert [c.id for c in ana.conflicts] == [c.id for c in bo.conflicts]
    result = merge(base, ana, bo)
    assert sorted((c.object_id, c.theirs) for c in result.conflicts) == [("a", "a, as Bo heard it"), ("d", "d, as Bo heard it")]
    assert len({c.id for c in result.conflicts}) == 2 and valid(result.project)
    assert len({c.id for c in loads_project(dumps_project(result.project)).conflicts}) == 2


def test_open_conflicts_survive_a_later_merge_and_one_resolved_on_either_side_stays_resolved():
    from cjdesigner.model.conflicts import resolve_conflict
    from verb_calls import conflicted_project

    base = conflicted_project()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    C.set_fields(ours, "j1", "card", "c", None, text="C, later")
    resolve_conflict(theirs, next(c.id for c in theirs.conflicts if c.object_id == "b"), "ours")
    result = merge(base, ours, theirs)
    assert {c.object_id for c in result.conflicts} == {"a", "s2"}
    assert result.project.journeys[0].card("c").text == "C, later" and "b" not in {c.id for c in result.project.journeys[0].cards}
    assert valid(result.project)
