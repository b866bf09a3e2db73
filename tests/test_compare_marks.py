"""What a comparison marks on the map, below Qt: each kind of change once, each mark readable
without colour (its own glyph and outline), ghosts put back where they were."""

from cjdesigner.layout.compare_marks import LOOK, compare_marks, journey_pair
from cjdesigner.model.diff import compare
from compare_builders import compared_pair


def test_each_kind_of_card_change_has_its_mark():
    old, new = compared_pair()
    marks = compare_marks(old, new, "j1")
    kinds = {card_id: mark.kind for card_id, mark in marks.cards.items()}
    assert kinds == {"n": "added", "c": "removed", "r": "removed", "b": "changed", "d": "moved"}
    assert marks.cards["b"].fields == {"text"}
    assert marks.cards["d"].old_cell == ("s2", "pains") and marks.cards["d"].moved
    assert marks.cards["d"].layout_only and not marks.cards["b"].layout_only, "a place, not its content, changed"


def test_removed_cards_and_stages_are_ghosts_where_they_were():
    old, new = compared_pair()
    marks = compare_marks(old, new, "j1")
    assert {"c", "r", "s3"} <= marks.ghosts
    assert marks.layout.stage_order == ["s1", "s2", "s3"], "the removed stage is back at its old place"
    c = marks.layout.cards["c"]
    assert marks.layout.cells[("s1", "actions")].contains(c.x + 1, c.y + 1)
    assert any(veil.rect == c for veil in marks.veils), "a ghost is veiled"
    assert any(line.points[0][1] == line.points[1][1] and c.x < line.points[0][0] < c.right for line in marks.lines), "and struck through"
    assert marks.headers["s3"].kind == "removed"
    assert len(new.journeys[0].stages) == 2, "the maps themselves are not changed"


def test_headers_and_emotion_points_are_marked():
    old, new = compared_pair()
    marks = compare_marks(old, new, "j1")
    assert marks.headers["s2"].kind == "renamed" and marks.headers["s2"].old_name == "Buy"
    point = marks.points["e2"]
    assert point.kind == "changed" and point.old is not None and point.new is not None
    assert point.old[0] == point.new[0] and point.old[1] > point.new[1], "a better score stands higher"


def test_every_kind_reads_in_black_and_white():
    glyphs = {LOOK[kind][1] for kind in ("added", "removed", "changed", "moved")}
    dashes = {LOOK[kind][3] for kind in ("added", "removed", "moved")}
    assert len(glyphs) == 4 and len(dashes) == 3
    old, new = compared_pair()
    marks = compare_marks(old, new, "j1")
    d = marks.layout.cards["d"]
    trace = next(line for line in marks.lines if line.arrow and line.points[-1][1] == d.y + d.h / 2)
    start = trace.points[0]
    assert marks.layout.cells[("s2", "pains")].contains(*start), "the trace starts in the old cell"


def test_a_map_compared_with_itself_has_no_marks():
    old, _ = compared_pair()
    marks = compare_marks(old, old, "j1")
    assert not (marks.cards or marks.headers or marks.points or marks.outlines or marks.badges)


def test_another_journey_is_compared_as_an_earlier_version():
    old, new = compared_pair()
    both = new.model_copy(deep=True)
    both.journeys.append(old.journeys[0].model_copy(update={"id": "j0", "title": "Before"}))
    a, b = journey_pair(both, both, "j0", "j1")
    assert compare(a, b).cards.added == {"n"}
    assert compare_marks(a, b, "j1").cards["c"].kind == "removed"


def test_a_duplicated_journey_is_matched_by_names_and_texts_not_ids():
    """The future state, duplicated from the current one, has fresh ids: what stayed is not shown
    as removed and added again."""
    from cjdesigner.model import edits as E

    _, project = compared_pair()
    future_id = E.duplicate_journey(project, "j1", "Future")[1]
    future = project.journey(future_id)
    next(c for c in future.cards if c.text == "A").text = "A, by phone"
    moved = next(c for c in future.cards if c.text == "Pay by phone")
    moved.stage_id = future.stages[0].id
    moved.position = len([c for c in future.cards if c.stage_id == moved.stage_id and c.lane_id == moved.lane_id]) - 1
    old, new = journey_pair(project, project, "j1", future_id)
    diff = compare(old, new)
    assert not diff.stages and not diff.lanes and not diff.emotion_points
    assert diff.cards.moved == {moved.id}
    assert len(diff.cards.added) == len(diff.cards.removed) == 1, "a rewritten card cannot be told from a new one"
    marks = compare_marks(old, new, future_id, diff)
    assert marks.cards[moved.id].kind == "moved"
