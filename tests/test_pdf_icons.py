"""The lane and channel icons drawn as vector strokes in the PDF, read from the same SVG files as the app."""

import math

import pytest
from pdf_helpers import reader

from cjdesigner.export.pdf import pdf_bytes
from cjdesigner.export.pdf.icons import IconError, arc_segments, icon_shapes, parse_path
from cjdesigner.io.sample import sample_project
from cjdesigner.resources import CHANNEL_ICONS, LANE_ICONS


def bezier_point(start, segment, t):
    x1, y1, x2, y2, x3, y3 = segment.points
    x0, y0 = start
    mt = 1 - t
    return (
        mt**3 * x0 + 3 * mt * mt * t * x1 + 3 * mt * t * t * x2 + t**3 * x3,
        mt**3 * y0 + 3 * mt * mt * t * y1 + 3 * mt * t * t * y2 + t**3 * y3,
    )


@pytest.mark.parametrize("name", sorted(LANE_ICONS | CHANNEL_ICONS))
def test_every_lane_and_channel_icon_reads(name):
    shapes = icon_shapes(name)
    assert shapes
    for shape in shapes:
        if shape.kind == "path":
            assert shape.values[0].op == "M"


def test_a_half_circle_arc_stays_on_the_circle():
    segments = arc_segments(0, 0, 5, 5, 0, False, True, 10, 0)
    start = (0.0, 0.0)
    for segment in segments:
        for t in (0.25, 0.5, 0.75, 1.0):
            x, y = bezier_point(start, segment, t)
            assert math.hypot(x - 5, y) == pytest.approx(5, abs=0.01)
        start = segment.points[-2:]
    assert start == pytest.approx((10, 0))
    assert len(segments) == 2  # 180° in quarter-circle pieces


def test_sweep_flag_chooses_the_side():
    # SVG's y grows downwards, and sweep 1 turns the positive way: from the left end over the top.
    above = arc_segments(0, 0, 5, 5, 0, False, True, 10, 0)
    below = arc_segments(0, 0, 5, 5, 0, False, False, 10, 0)
    mid_above = bezier_point((0, 0), above[0], 1.0)
    mid_below = bezier_point((0, 0), below[0], 1.0)
    assert mid_above[1] == pytest.approx(-5, abs=0.01) and mid_below[1] == pytest.approx(5, abs=0.01)


def test_relative_commands_shorthands_and_implicit_lines():
    segments = parse_path("M1 2h3v4l-1 1 2 2s1 1 2 0z")
    ops = [s.op for s in segments]
    assert ops == ["M", "L", "L", "L", "L", "C", "Z"]
    assert segments[1].points == (4, 2) and segments[2].points == (4, 6)
    assert segments[4].points == (5, 9)
    assert segments[5].points[-2:] == (7, 9)


@pytest.mark.parametrize("data", ["M1 2z3", "M1 2 X4", "M1", "5 5"])
def test_bad_path_data_is_refused_with_a_reason(data):
    with pytest.raises(IconError):
        parse_path(data)


def test_the_map_pdf_draws_the_icons_of_its_lanes_and_channels():
    project = sample_project()
    data, _ = pdf_bytes(project)
    page = reader(data).pages[0]
    names = set()

    def collect(resources):
        for key, xobject in resources.get_object().get("/XObject", {}).items():
            names.add(str(key))
            xobject = xobject.get_object()
            if "/Resources" in xobject:
                collect(xobject["/Resources"])

    collect(page["/Resources"])
    journey = project.journeys[0]
    for lane in journey.lanes:
        assert f"/FormXob.cj-icon-lane-{lane.kind.value}" in names
    for channel in {c.channel for c in journey.cards if c.channel}:
        assert f"/FormXob.cj-icon-channel-{channel.value}" in names


def test_an_icon_that_cannot_be_read_is_left_out_with_a_warning(monkeypatch):
    import cjdesigner.export.pdf.icons as icons
    import cjdesigner.resources as resources

    monkeypatch.setattr(resources, "ICON_PACKAGE", "cjdesigner.no_such_package")
    resources._file.cache_clear()
    icons.icon_shapes.cache_clear()
    try:
        data, report = pdf_bytes(sample_project())
    finally:
        icons.icon_shapes.cache_clear()
        resources._file.cache_clear()
    assert reader(data).pages[0].extract_text()
    assert any("the icon lane-actions.svg cannot be read" in w and w.endswith("it is left out") for w in report.warnings)
