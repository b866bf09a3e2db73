"""A journey that forks repeats its lane headers beside each other path's band: the main band's
own headers (the lane's icon, its title, and for the emotions lane the −2…+2 scale, level with
that band's guide lines), not bare titles. Qt-free."""

from __future__ import annotations

from cjdesigner.io.templates import project_from_template
from cjdesigner.layout.branch_drawing import branch_drawing
from cjdesigner.layout.drawing import curve_drawing, lane_drawing
from cjdesigner.layout.grid import layout_journey
from cjdesigner.model.vocabulary import LaneKind


def test_each_band_repeats_the_lane_headers_with_their_icons_and_the_emotion_scale():
    project = project_from_template("omnichannel", "fr")
    journey = project.journeys[0]
    layout = layout_journey(project, journey)
    drawing = branch_drawing(journey, layout)
    assert layout.band_lanes and len(drawing.headers) == len(layout.band_lanes)
    lanes = {lane.id: lane for lane in journey.lanes}
    guides = {round(guide.y, 3) for guide in curve_drawing(project, journey, layout).guides}
    emotions = 0
    for (lane_id, rect), (placed, header) in zip(layout.band_lanes, drawing.headers):
        lane = lanes[lane_id]
        assert placed == rect
        assert header == lane_drawing(lane, layout.lanes[lane_id], layout), "the main band's header, moved down"
        assert header.icon is not None and header.icon.name == f"lane-{lane.kind.value}"
        assert lane.title in " ".join(line.text for line in header.lines)
        if lane.kind is LaneKind.EMOTIONS:
            emotions += 1
            numbers = [line for line in header.lines if line.text in ("+2", "+1", "0", "-1", "-2")]
            assert [line.text for line in numbers] == ["+2", "+1", "0", "-1", "-2"] and len(header.faces) == 5
            assert {round(rect.y + face.y, 3) for face in header.faces} <= guides, "level with the band's own guides"
    assert emotions == len(layout.band_lanes) // len(journey.lanes) >= 1
