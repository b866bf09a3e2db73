"""Where the links from opportunities to the pain points they answer are drawn: one connector per
link, as a path of straight runs with rounded corners and an arrowhead at the pain point. No Qt, so
the canvas and a printout draw the same lines.

A connector leaves the opportunity by the side facing the pain point (or straight up when nothing
stands between them), runs in the gutters between stages and between lanes, where no card text is,
and enters the pain point by the edge facing the opportunity, so it never crosses the text of a
card it passes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from cjdesigner.layout.grid import CARD_GAP, CELL_PAD, Rect
from cjdesigner.model.document import Card, Journey

Point = tuple[float, float]
# A path command: ("M", x, y) move, ("L", x, y) line, ("C", x1, y1, x2, y2, x, y) cubic curve.
Command = tuple

CORNER = 7.0  # radius of a connector's rounded corners
ARROW_LENGTH = 9.0
ARROW_HALF_WIDTH = 4.5
LANE_SPREAD = 3.0  # connectors of different opportunities run this far apart in a shared gutter
SPREAD_SLOTS = 5  # …in up to this many tracks, which fit a gutter of 2 × CELL_PAD
ENTRY_SPREAD = 18.0  # arrowheads of several links into one pain point stand this far apart
MAX_ENTRY = 60.0  # …within the middle of its edge
LINK_WIDTH = 1.6
LINK_WIDTH_HIGHLIGHTED = 2.6
START_RADIUS = 2.6  # the dot where a connector leaves the opportunity


@dataclass(frozen=True)
class Connector:
    """One link drawn: from `opportunity_id` to `pain_point_id`."""

    opportunity_id: str
    pain_point_id: str
    points: tuple[Point, ...]  # the route, corner by corner, from the opportunity to the pain point
    path: tuple[Command, ...]  # the same route with its corners rounded, ending at the arrow's base
    arrow: tuple[Point, Point, Point]  # tip (on the pain point's edge), then the two back corners
    start: Point  # on the opportunity's edge

    @property
    def bounds(self) -> Rect:
        xs = [p[0] for p in (*self.points, *self.arrow)]
        ys = [p[1] for p in (*self.points, *self.arrow)]
        return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def links_of(cards: Iterable[Card], only: set[str] | None = None) -> list[tuple[str, str]]:
    """(opportunity id, pain point id) of every link, in the map's card order; with `only`, the
    links that touch one of those cards."""
    pairs = []
    for card in cards:
        for pain_id in card.answers:
            if only is None or card.id in only or pain_id in only:
                pairs.append((card.id, pain_id))
    return pairs


def journey_links(journey: Journey, only: set[str] | None = None) -> list[tuple[str, str]]:
    """`links_of` the journey's cards, read through its card index: the cards that answer
    something (with `only`, those touching these cards), not every card. In the map's order
    (stage, lane, place), so the screen and the print spread the connectors alike."""
    if only is None:
        linking = journey.linking_cards()
    else:
        found = {card.id: card for card in journey.answerers(only)}
        for card_id in only:
            try:
                card = journey.card(card_id)
            except KeyError:
                continue
            if card.answers:
                found[card_id] = card
        linking = list(found.values())
    stages = {stage.id: i for i, stage in enumerate(journey.stages)}
    lanes = {lane.id: i for i, lane in enumerate(journey.lanes)}
    linking.sort(key=lambda c: (stages.get(c.stage_id, -1), lanes.get(c.lane_id, -1), c.position, c.id))
    return links_of(linking, only)


def stage_columns(journey: Journey, rects: Mapping[str, Rect]) -> Callable[[str], list[Rect]]:
    """For `connectors`: the rectangles of the cards of a card's stage, read cell by cell."""

    def column(card_id: str) -> list[Rect]:
        try:
            stage_id = journey.card(card_id).stage_id
        except KeyError:
            return []
        return [rects[c.id] for lane in journey.lanes for c in journey.cell_cards(stage_id, lane.id) if c.id in rects]

    return column


def connectors(
    pairs: Iterable[tuple[str, str]],
    rects: Mapping[str, Rect],
    cells: Mapping[tuple[str, str], Rect] | None = None,
    column_of: Callable[[str], list[Rect]] | None = None,
) -> list[Connector]:
    """The connectors of `pairs`; a link whose card has no rectangle (deleted, in a hidden lane,
    another journey's) is not drawn. `cells` (the layout's) lets a run between lanes follow the
    lane boundary; without it the run passes just beyond the pain point. `column_of` names the
    rectangles in an opportunity's column (`stage_columns`); without it every rectangle is read."""
    drawn = [(o, p) for o, p in pairs if o != p and o in rects and p in rects]
    incoming: dict[str, list[str]] = {}
    for opportunity_id, pain_id in drawn:
        incoming.setdefault(pain_id, []).append(opportunity_id)
    result = []
    slots: dict[str, int] = {}
    columns: dict[float, list[Rect]] | None = None
    for opportunity_id, pain_id in drawn:
        source, target = rects[opportunity_id], rects[pain_id]
        if column_of is not None:
            column = column_of(opportunity_id) if abs(source.x - target.x) < 1.0 else []
        else:
            if columns is None:
                columns = {}
                for rect in rects.values():
                    columns.setdefault(round(rect.x), []).append(rect)
            column = columns.get(round(source.x), [])
        slot = slots.setdefault(opportunity_id, len(slots) % SPREAD_SLOTS)
        offset = (slot - SPREAD_SLOTS // 2) * LANE_SPREAD
        between = _cards_between(source, target, column)
        arrivals = incoming[pain_id]
        entry = (arrivals.index(opportunity_id) - (len(arrivals) - 1) / 2) * ENTRY_SPREAD
        points = route(source, target, offset, _lane_boundary(target, source, cells), clear=not between, entry=entry)
        result.append(_connector(opportunity_id, pain_id, points))
    return result


def route(source: Rect, target: Rect, offset: float = 0.0, boundary: float | None = None, clear: bool = False, entry: float = 0.0) -> tuple[Point, ...]:
    """The corners of a connector from `source` (an opportunity) to `target` (a pain point). It
    enters the pain point by its bottom edge when coming from below (by its top from above).

    Same column with no card between: straight up (or down). Same column otherwise: out of the
    right side, along the gutter, then in the gap beside the pain point to its middle. Another
    column: out of the side facing the pain point, along that gutter to the boundary of the pain
    point's lane, across to the gutter beside it, then in the gap beside it to its middle."""
    from_below = source.center[1] > target.center[1]
    cx = target.center[0] + max(-MAX_ENTRY, min(MAX_ENTRY, entry))
    edge = target.bottom if from_below else target.y
    gap_y = edge + CARD_GAP / 2 if from_below else edge - CARD_GAP / 2
    same_column = abs(source.x - target.x) < 1.0
    if same_column and clear:
        return ((cx, source.y if from_below else source.bottom), (cx, edge))
    sy = source.center[1] + offset
    if same_column:
        x = source.right + CELL_PAD + offset
        return _simplified(((source.right, sy), (x, sy), (x, gap_y), (cx, gap_y), (cx, edge)))
    leftwards = target.x < source.x
    start_x = source.x if leftwards else source.right
    out_x = start_x - CELL_PAD + offset if leftwards else start_x + CELL_PAD + offset
    in_x = target.right + CELL_PAD + offset if leftwards else target.x - CELL_PAD + offset
    if boundary is None:
        boundary = target.bottom + CELL_PAD if from_below else target.y - CELL_PAD
    y = boundary + offset
    if target.y <= sy <= target.bottom:  # side by side: across the gutters, then into the gap
        return _simplified(((start_x, sy), (out_x, sy), (out_x, gap_y), (cx, gap_y), (cx, edge)))
    return _simplified(((start_x, sy), (out_x, sy), (out_x, y), (in_x, y), (in_x, gap_y), (cx, gap_y), (cx, edge)))


def _cards_between(source: Rect, target: Rect, column: list[Rect]) -> bool:
    """Whether a card of the column stands between the two (a straight line would cross it)."""
    if abs(source.x - target.x) >= 1.0:
        return True
    top, bottom = min(source.bottom, target.bottom), max(source.y, target.y)
    return any(rect.y < bottom and rect.bottom > top and rect != source and rect != target for rect in column)


def _simplified(points: tuple[Point, ...]) -> tuple[Point, ...]:
    """Without repeated points and without corners that do not turn."""
    kept: list[Point] = []
    for point in points:
        if kept and abs(point[0] - kept[-1][0]) < 0.01 and abs(point[1] - kept[-1][1]) < 0.01:
            continue
        if len(kept) >= 2:
            (ax, ay), (bx, by) = kept[-2], kept[-1]
            if abs((bx - ax) * (point[1] - by) - (by - ay) * (point[0] - bx)) < 0.01:
                kept[-1] = point
                continue
        kept.append(point)
    return tuple(kept)


def _lane_boundary(target: Rect, source: Rect, cells: Mapping[tuple[str, str], Rect] | None) -> float | None:
    """The top or bottom of the target's cell, on the side the connector comes from."""
    if not cells:
        return None
    above = source.center[1] < target.center[1]
    cx, cy = target.center
    for rect in cells.values():
        if rect.contains(cx, cy):
            return rect.y if above else rect.bottom
    return None


def _connector(opportunity_id: str, pain_id: str, points: tuple[Point, ...]) -> Connector:
    (px, py), (ex, ey) = points[-2], points[-1]
    length = max(1e-6, ((ex - px) ** 2 + (ey - py) ** 2) ** 0.5)
    ux, uy = (ex - px) / length, (ey - py) / length
    back = (ex - ux * ARROW_LENGTH, ey - uy * ARROW_LENGTH)
    arrow = ((ex, ey), (back[0] - uy * ARROW_HALF_WIDTH, back[1] + ux * ARROW_HALF_WIDTH), (back[0] + uy * ARROW_HALF_WIDTH, back[1] - ux * ARROW_HALF_WIDTH))
    line = (*points[:-1], back)
    return Connector(opportunity_id, pain_id, points, rounded(line), arrow, points[0])


def rounded(points: tuple[Point, ...], radius: float = CORNER) -> tuple[Command, ...]:
    """The polyline `points` with each corner replaced by a quarter-round curve (as far as the two
    runs beside the corner allow)."""
    commands: list[Command] = [("M", *points[0])]
    for before, corner, after in zip(points, points[1:], points[2:]):
        r = min(radius, _distance(before, corner) / 2, _distance(corner, after) / 2)
        a = _towards(corner, before, r)
        b = _towards(corner, after, r)
        commands.append(("L", *a))
        k = 0.5523  # a cubic's best fit to a quarter circle
        c1 = (a[0] + (corner[0] - a[0]) * k, a[1] + (corner[1] - a[1]) * k)
        c2 = (b[0] + (corner[0] - b[0]) * k, b[1] + (corner[1] - b[1]) * k)
        commands.append(("C", *c1, *c2, *b))
    commands.append(("L", *points[-1]))
    return tuple(commands)


def _distance(a: Point, b: Point) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def _towards(origin: Point, other: Point, distance: float) -> Point:
    length = _distance(origin, other)
    if length == 0:
        return origin
    return (origin[0] + (other[0] - origin[0]) * distance / length, origin[1] + (other[1] - origin[1]) * distance / length)
