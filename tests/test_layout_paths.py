"""The layout of a journey that forks: paths as parallel bands between the fork and the join, each
with its own cells and curve, return arrows going back, and nothing overlapping."""

from __future__ import annotations

from itertools import combinations

from builders import branching_project, small_project
from cjdesigner.layout.branch_drawing import branch_drawing
from cjdesigner.layout.drawing import curve_drawing
from cjdesigner.layout.grid import Rect, layout_journey
from cjdesigner.model import changes as C
from cjdesigner.model.document import Lane, Loop, Path, Stage
from cjdesigner.model.vocabulary import LaneKind


def overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def crowded_project():
    """The branching map with a third path, an emotions lane and a second return arrow."""
    project = branching_project()
    journey = project.journeys[0]
    journey.lanes.insert(0, Lane(id="feel", title="Emotions", kind=LaneKind.EMOTIONS))
    assert isinstance(C.add_path(project, "j1", "f1", Path(id="phone", name="By phone"), [Stage(id="t1", name="Call")]), C.Change)
    assert isinstance(C.set_emotion(project, "j1", "t1", "p-bo", -2), C.Change)
    assert isinstance(C.set_emotion(project, "j1", "s3", "p-bo", 1), C.Change)
    return project


def test_nothing_overlaps_and_every_card_is_placed_inside_the_map():
    project = crowded_project()
    journey = project.journeys[0]
    layout = layout_journey(project, journey)
    cards = [layout.cards[c.id] for c in journey.cards]
    assert len(cards) == len(journey.cards)
    for a, b in combinations(cards, 2):
        assert not overlap(a, b)
    for a, b in combinations(list(layout.stages.values()) + list(layout.cells.values()), 2):
        assert not overlap(a, b), (a, b)
    bounds = Rect(0, 0, layout.width, layout.height)
    for rect in cards + list(layout.cells.values()) + [strip.rect for strip in layout.path_strips] + [r for _, r in layout.band_lanes]:
        assert rect.x >= 0 and rect.y >= 0 and rect.right <= bounds.right and rect.bottom <= bounds.bottom
    for card in journey.cards:
        assert layout.cells[(card.stage_id, card.lane_id)].contains(*layout.cards[card.id].center)
        assert layout.cell_at(*layout.cards[card.id].center) == (card.stage_id, card.lane_id)
    for _, title in layout.band_lanes:
        for rect in list(layout.cells.values()) + list(layout.stages.values()):
            assert not overlap(title, rect)


def test_paths_are_parallel_bands_in_the_forks_order_between_the_fork_and_the_join():
    project = crowded_project()
    layout = layout_journey(project, project.journeys[0])
    stages = layout.stages
    firsts = [stages["o1"], stages["m1"], stages["t1"]]
    assert [r.x for r in firsts] == [stages["s2"].right] * 3  # side by side under one another
    assert firsts[0].y < firsts[1].y < firsts[2].y
    assert stages["o2"].x == stages["o1"].right and stages["o2"].y == stages["o1"].y
    assert stages["s3"].x == stages["o2"].right and stages["s3"].y == stages["s1"].y  # the join, back on the main band
    assert [strip.path_id for strip in layout.path_strips] == ["online", "store", "phone"]
    assert all(strip.rect.bottom <= stages[first].y for strip, first in zip(layout.path_strips, ["o1", "m1", "t1"]))
    assert len(layout.branch_lines) == 6  # from the fork to each path, from each path to the join


def test_the_emotion_curve_follows_each_path_in_its_band():
    project = crowded_project()
    journey = project.journeys[0]
    layout = layout_journey(project, journey)
    curves = curve_drawing(project, journey, layout).curves
    bo = [[p.point_id for p in curve.points] for curve in curves if curve.persona_id == "p-bo"]
    point = {p.stage_id: p.id for p in journey.emotion_points if p.persona_id == "p-bo"}
    assert sorted(bo) == sorted([[point["s3"]], [point["m1"]], [point["t1"]]])
    for point_id, (x, y) in layout.emotion_points.items():
        stage_id = next(p.stage_id for p in journey.emotion_points if p.id == point_id)
        lane = layout.cells[(stage_id, "feel")]
        assert lane.x <= x <= lane.right and lane.y <= y <= lane.bottom
    guides = curve_drawing(project, journey, layout).guides
    assert len(guides) == 5 * 3  # the main band's scale, and each other band's


def test_a_return_arrow_leaves_its_stage_and_comes_back_to_the_earlier_one_with_its_label():
    project = branching_project()
    journey = project.journeys[0]
    layout = layout_journey(project, journey)
    (route,) = layout.loops
    start, end = layout.stages["o1"], layout.stages["s2"]
    assert start.x <= route.points[0][0] <= start.right and route.points[0][1] == start.y
    assert end.x <= route.points[-1][0] <= end.right and route.points[-1][1] == end.y
    assert all(y <= start.y for _, y in route.points)  # above the headers, over no card
    drawing = branch_drawing(journey, layout)
    assert "↩ Compares again" in [t.text for t in drawing.texts]
    assert [t.text for t in drawing.labels][:2] == ["Online", "In store"]


def test_a_return_arrow_from_another_band_rises_to_the_main_band():
    project = branching_project()
    assert isinstance(C.add_loop(project, "j1", Loop(id="l2", from_stage_id="m1", to_stage_id="s1")), C.Change)
    layout = layout_journey(project, project.journeys[0])
    route = next(r for r in layout.loops if r.loop_id == "l2")
    main_bottom = max(r.bottom for (stage, _), r in layout.cells.items() if stage == "s1")
    assert route.points[-1][1] <= main_bottom and route.points[-1][1] > layout.stages["s1"].bottom
    assert layout.stages["s1"].x <= route.points[-1][0] <= layout.stages["s1"].right


def test_a_straight_journey_is_laid_out_as_before():
    project = small_project()
    layout = layout_journey(project, project.journeys[0])
    assert not (layout.band_offset or layout.path_strips or layout.band_lanes or layout.loops or layout.branch_lines)
    assert layout.stages["s1"].y == layout.title.bottom + 44.0
    assert not branch_drawing(project.journeys[0], layout)


def test_a_print_of_some_stages_gives_no_band_to_a_path_none_of_whose_stages_is_printed():
    from cjdesigner.export.selection import PrintSelection, selected_journey

    project = branching_project()
    store_only = selected_journey(project, PrintSelection(stage_ids=frozenset({"s1", "s2", "m1", "s3"})))
    layout = layout_journey(project, store_only)
    assert layout.band_offset == {} and [strip.path_id for strip in layout.path_strips] == ["store"]
    online_only = layout_journey(project, selected_journey(project, PrintSelection(stage_ids=frozenset({"s2", "o1"}))))
    assert [strip.path_id for strip in online_only.path_strips] == ["online"] and not online_only.band_lanes
    everything = layout_journey(project, project.journeys[0])
    assert online_only.height < everything.height
