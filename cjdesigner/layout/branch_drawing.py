"""What is drawn for a journey's forks, paths and return arrows, in map coordinates: the strip
naming each path, the lane headers each other path's band repeats (the main band's own: icon,
title and the emotions lane's scale), the lines from the fork to each
path and from each path to the join, and the labelled return arrows. The canvas, the PDF and the
images paint this one description, as they paint the rest of the map from drawing.py.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from cjdesigner.layout.drawing import HeaderDrawing, darker, lane_drawing, lighter
from cjdesigner.layout.grid import MapLayout, Rect
from cjdesigner.layout.metrics import bold_measure, measure
from cjdesigner.layout.theme import NORMAL, TextLine, Theme
from cjdesigner.model.document import Journey
from cjdesigner.textfit import elide

PATH_COLOURS = ("#1F77B4", "#9467BD", "#2CA02C", "#FF7F0E", "#8C564B", "#17BECF", "#E377C2", "#D62728")  # red last: it reads as a pain point
PATH_NAME_SIZE = 10.0
LOOP_LABEL_SIZE = 8.5
BRANCH_W = 2.0
LOOP_W = 1.6
LOOP_DASH = (5.0, 3.0)
ARROW = 7.0


@dataclass(frozen=True, slots=True)
class Box:
    rect: Rect
    fill: str
    border: str
    width: float


@dataclass(frozen=True, slots=True)
class Polyline:
    """An open line through `points`; closed and filled when `fill` is given (an arrow head)."""

    points: tuple[tuple[float, float], ...]
    colour: str
    width: float
    dash: tuple[float, ...] = ()
    fill: str | None = None


@dataclass(frozen=True, slots=True)
class BranchDrawing:
    """`boxes` and their `labels`, and the band lanes' `headers` (each a header drawing relative to
    the corner of its rect), lie under the map's cards and curves; `lines` and `texts` (the return
    arrows' words) over them."""

    boxes: tuple[Box, ...] = ()
    labels: tuple[TextLine, ...] = ()
    lines: tuple[Polyline, ...] = ()
    texts: tuple[TextLine, ...] = ()
    headers: tuple[tuple[Rect, HeaderDrawing], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.boxes or self.lines or self.texts or self.headers)


def path_colour(journey: Journey, path_id: str) -> str:
    """A path's own colour, or else one by its place among the journey's paths."""
    for index, path in enumerate(journey.paths):
        if path.id == path_id:
            return path.colour or PATH_COLOURS[index % len(PATH_COLOURS)]
    return PATH_COLOURS[0]


def branch_drawing(journey: Journey, layout: MapLayout, theme: Theme = NORMAL, persona_names: Mapping[str, str] | None = None) -> BranchDrawing:
    """`persona_names` (id → name) names, after a path's name, the personas who take it."""
    persona_names = persona_names or {}
    if not (layout.path_strips or layout.loops):
        return BranchDrawing()
    paths = {path.id: path for path in journey.paths}
    lanes = {lane.id: lane for lane in journey.lanes}
    boxes: list[Box] = []
    lines: list[Polyline] = []
    labels: list[TextLine] = []
    texts: list[TextLine] = []
    for strip in layout.path_strips:
        path = paths.get(strip.path_id)
        if path is None:
            continue
        colour = path_colour(journey, path.id) if theme.tinted else theme.ink
        rect = strip.rect
        boxes.append(Box(rect, lighter(colour, 185) if theme.tinted else theme.paper, colour, theme.grid_w))
        who = ", ".join(persona_names[pid] for pid in path.persona_ids if pid in persona_names)
        name = elide(f"{path.name} · {who}" if who else path.name, rect.w - 16, PATH_NAME_SIZE, bold_measure)
        labels.append(TextLine(name, rect.x + 8, rect.y + rect.h / 2 + PATH_NAME_SIZE * 0.36, PATH_NAME_SIZE, True, darker(colour, 140) if theme.tinted else theme.ink))
    headers = []
    for lane_id, rect in layout.band_lanes:
        lane, main = lanes.get(lane_id), layout.lanes.get(lane_id)
        if lane is not None and main is not None:  # a band's rows are the main band's, moved down: so is its header
            headers.append((rect, lane_drawing(lane, main, layout, theme)))
    for path_id, points in layout.branch_lines:
        colour = path_colour(journey, path_id) if theme.tinted else theme.ink
        lines.append(Polyline(points, colour, BRANCH_W * (theme.curve_w / NORMAL.curve_w)))
    stage_names = {stage.id: stage.name for stage in journey.stages}
    loops = {loop.id: loop for loop in journey.loops}
    for route in layout.loops:
        loop = loops.get(route.loop_id)
        if loop is None:
            continue
        width = LOOP_W * (theme.curve_w / NORMAL.curve_w)
        lines.append(Polyline(route.points, theme.ink, width, LOOP_DASH))
        lines.append(Polyline(arrow_head(route.points[-2], route.points[-1]), theme.ink, width, (), theme.ink))
        text = "↩ " + (loop.label or stage_names.get(loop.to_stage_id, ""))
        x, y = route.label_at
        room = abs(route.points[1][0] - route.points[2][0]) - 12
        texts.append(TextLine(elide(text, max(room, 60.0), LOOP_LABEL_SIZE, measure), x, y, LOOP_LABEL_SIZE, False, theme.ink))
    return BranchDrawing(tuple(boxes), tuple(labels), tuple(lines), tuple(texts), tuple(headers))


def arrow_head(tail: tuple[float, float], tip: tuple[float, float]) -> tuple[tuple[float, float], ...]:
    """A filled triangle at `tip`, pointing away from `tail`."""
    angle = math.atan2(tip[1] - tail[1], tip[0] - tail[0])
    left = (tip[0] - ARROW * math.cos(angle - 0.45), tip[1] - ARROW * math.sin(angle - 0.45))
    right = (tip[0] - ARROW * math.cos(angle + 0.45), tip[1] - ARROW * math.sin(angle + 0.45))
    return (tip, left, right)
