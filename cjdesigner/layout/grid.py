"""Geometry of a journey map: where the title, persona legend, headers, cells, cards and emotion
points go. Computed from the model alone (no Qt), so the canvas and the PDF draw the same map.

Units are points (1/72 inch): a card is 168 × 88 pt, so the map prints at true size.
Cards have a fixed size, like sticky notes; a cell grows downwards to hold its cards.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from cjdesigner.layout.paths import BRANCH_GAP, LOOP_PAD, LOOP_STEP, PATH_STRIP_H, band_plan, loop_rows, strip_height
from cjdesigner.model.document import Card, Journey, Lane, Project
from cjdesigner.model.vocabulary import BlueprintLine, LaneKind

MARGIN = 16.0
TITLE_H = 40.0
LEGEND_H = 44.0
LEGEND_RADIUS = 14.0
LEGEND_STEP = 190.0
STAGE_HEADER_H = 62.0
LANE_HEADER_W = 168.0
CARD_W = 168.0
CARD_H = 88.0
CARD_GAP = 8.0
CELL_PAD = 10.0
EMPTY_CELL_H = CARD_H + 2 * CELL_PAD
CURVE_H = 150.0
CURVE_PAD = 18.0
STAGE_W = CARD_W + 2 * CELL_PAD
CARD_TEXT_X = 8.0
CARD_TEXT_TOP = 6.0
CARD_TEXT_H = CARD_H - CARD_TEXT_TOP - 24.0
CARD_FOOTER_Y = CARD_H - 12.0  # the centre line of badges, sentiment, severity and votes
# A stage's goals, one line each below its name: the header always has room for two lines and
# grows, for the whole row of stages, to at most three (more goals end with "+N more").
GOAL_TOP = 32.0
GOAL_STEP = 11.0
MAX_GOAL_ROWS = 3
COVERAGE_H = 58.0  # the evidence coverage row under the stage headers, when it is shown


def card_text_width(has_confidence: bool) -> float:
    """The width card text wraps to; the confidence dot in the corner takes a little."""
    return CARD_W - 2 * CARD_TEXT_X - (12.0 if has_confidence else 0.0)


class Rect(NamedTuple):
    """A rectangle in points; a tuple, because a 5,000-card layout makes 5,000 of them per edit."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom


class CardRects(Mapping[str, Rect]):
    """Card rectangles by card id, kept relative to the top of their lane: a lane that grows moves
    the lanes below it, and their cards follow without being touched one by one."""

    __slots__ = ("_lanes", "_places", "shift")

    def __init__(self, lanes: dict[str, Rect]) -> None:
        self._lanes = lanes
        self._places: dict[str, tuple[str, float, float]] = {}
        self.shift: dict[str, float] = {}  # a card of a path's band: how far below the main band its lane runs

    def __getitem__(self, card_id: str) -> Rect:
        lane_id, x, dy = self._places[card_id]
        return _rect(Rect, (x, self._lanes[lane_id].y + dy + self.shift.get(card_id, 0.0), CARD_W, CARD_H))

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._places

    def __iter__(self) -> Iterator[str]:
        return iter(self._places)

    def __len__(self) -> int:
        return len(self._places)

    def relative(self, card_id: str) -> tuple[str, float, float]:
        """The card's lane, its x and its height below the lane's top."""
        return self._places[card_id]

    def place(self, card_id: str, lane_id: str, x: float, dy: float) -> None:
        self._places[card_id] = (lane_id, x, dy)

    def remove(self, card_id: str) -> None:
        del self._places[card_id]
        self.shift.pop(card_id, None)


@dataclass
class MapLayout:
    journey_id: str
    width: float = 0.0
    height: float = 0.0
    title: Rect = Rect(0, 0, 0, 0)
    legend: dict[str, Rect] = field(default_factory=dict)
    stages: dict[str, Rect] = field(default_factory=dict)
    lanes: dict[str, Rect] = field(default_factory=dict)
    cells: dict[tuple[str, str], Rect] = field(default_factory=dict)
    cards: CardRects = field(init=False)
    curve_areas: dict[str, Rect] = field(default_factory=dict)
    emotion_points: dict[str, tuple[float, float]] = field(default_factory=dict)
    blueprint_lines: list[tuple[BlueprintLine, float]] = field(default_factory=list)
    stage_order: list[str] = field(default_factory=list)
    coverage: dict[str, Rect] = field(default_factory=dict)  # per stage; empty when the row is hidden
    coverage_label: Rect | None = None
    lane_order: list[str] = field(default_factory=list)
    # What an edit of a few cards needs to lay out only their cells (see `relayout_cards`):
    places: dict[str, tuple[str, str, int]] = field(default_factory=dict, compare=False, repr=False)
    members: dict[tuple[str, str], list[str]] = field(default_factory=dict, compare=False, repr=False)
    # A journey that forks (see layout/paths.py): how far below the main band each stage of another
    # band stands, the bands' path strips, lane titles and emotion areas, the fork and join lines,
    # and the return arrows. All empty for a straight journey.
    band_offset: dict[str, float] = field(default_factory=dict)
    path_strips: list[PathStrip] = field(default_factory=list)
    band_lanes: list[tuple[str, Rect]] = field(default_factory=list)
    band_curves: list[tuple[str, Rect]] = field(default_factory=list)
    branch_lines: list[tuple[str, tuple[tuple[float, float], ...]]] = field(default_factory=list)  # (path id, corners)
    loops: list[LoopRoute] = field(default_factory=list)
    point_stages: dict[str, str] = field(default_factory=dict)  # an emotion point's stage, to find its band

    def __post_init__(self) -> None:
        self.cards = CardRects(self.lanes)

    @property
    def grid(self) -> Rect:
        """The area of headers and cells, without the title and legend."""
        if not self.stage_order and not self.lane_order:
            return Rect(MARGIN, self.title.bottom, 0, 0)
        top = min((r.y for r in self.stages.values()), default=self.title.bottom)
        return Rect(MARGIN, top, self.width - 2 * MARGIN, self.height - MARGIN - top)

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        for stage in (s for s in self.stage_order if self.stages[s].x <= x < self.stages[s].right):
            local = y - self.band_offset.get(stage, 0.0)
            lane = next((la for la in self.lane_order if self.lanes[la].y <= local < self.lanes[la].bottom), None)
            if lane is not None:
                return stage, lane
        return None

    def insertion_index(self, cell: tuple[str, str], y: float, card_ids: list[str]) -> int:
        """Where a card dropped at height `y` goes among `card_ids` (the cell's other cards, in order)."""
        for index, card_id in enumerate(card_ids):
            rect = self.cards[card_id]
            if y < rect.y + rect.h / 2:
                return index
        return len(card_ids)

    def insertion_y(self, cell: tuple[str, str], index: int, card_ids: list[str]) -> float:
        """The height of the insertion marker drawn before position `index`."""
        if not card_ids:
            return self.cells[cell].y + CELL_PAD / 2 + self._curve_offset(cell[1])
        if index < len(card_ids):
            return self.cards[card_ids[index]].y - CARD_GAP / 2
        return self.cards[card_ids[-1]].bottom + CARD_GAP / 2

    def new_card_rect(self, cell: tuple[str, str], count: int) -> Rect:
        """Where card number `count` of a cell would stand (the "+" hint, a new card)."""
        cell_rect = self.cells[cell]
        top = cell_rect.y + CELL_PAD + self._curve_offset(cell[1])
        return Rect(cell_rect.x + CELL_PAD, top + count * (CARD_H + CARD_GAP), CARD_W, CARD_H)

    def _curve_offset(self, lane_id: str) -> float:
        return CURVE_H if lane_id in self.curve_areas else 0.0

    def score_at(self, lane_id: str, y: float, stage_id: str = "") -> int:
        """The emotion score (−2…+2) nearest to height `y` in an emotions lane (at a stage of a
        path's band, that band's copy of the lane)."""
        y -= self.band_offset.get(stage_id, 0.0)
        area = self.curve_areas[lane_id]
        fraction = (y - area.y - CURVE_PAD) / max(1.0, area.h - 2 * CURVE_PAD)
        return max(-2, min(2, round(2 - 4 * fraction)))

    def score_y(self, lane_id: str, score: float, stage_id: str = "") -> float:
        area = self.curve_areas[lane_id]
        return area.y + CURVE_PAD + (2 - score) / 4 * (area.h - 2 * CURVE_PAD) + self.band_offset.get(stage_id, 0.0)


class PathStrip(NamedTuple):
    """The strip naming a path, above its stage headers."""

    path_id: str
    rect: Rect


class LoopRoute(NamedTuple):
    """A return arrow: its corners from the stage it leaves to the one it returns to (the arrow head
    at the last), and the point its label is written from."""

    loop_id: str
    points: tuple[tuple[float, float], ...]
    label_at: tuple[float, float]


_rect = tuple.__new__  # builds a Rect without the Python-level __new__: 5,000 per edit add up


def stage_header_height(journey: Journey) -> float:
    """As tall as the stage with the most goal lines needs (a row of headers shares one height)."""
    rows = max((min(sum(1 for goal in stage.goals if goal.strip()), MAX_GOAL_ROWS) for stage in journey.stages), default=0)
    return max(STAGE_HEADER_H, GOAL_TOP + rows * GOAL_STEP + 6.0)


def layout_journey(project: Project, journey: Journey, coverage: bool = False) -> MapLayout:
    """`coverage` reserves the evidence coverage row under the stage headers."""
    result = MapLayout(journey_id=journey.id)
    lanes = [lane for lane in journey.lanes if not lane.hidden]
    result.stage_order = [s.id for s in journey.stages]
    result.lane_order = [lane.id for lane in lanes]
    result.title = Rect(MARGIN, MARGIN, 0, TITLE_H)

    y = MARGIN + TITLE_H
    personas = [p for p in project.personas if p.id in journey.persona_ids] or []
    for index, persona in enumerate(personas):
        cx = MARGIN + LEGEND_RADIUS + index * LEGEND_STEP
        result.legend[persona.id] = Rect(cx - LEGEND_RADIUS, y + 6, 2 * LEGEND_RADIUS, 2 * LEGEND_RADIUS)
    if personas:
        y += LEGEND_H

    x0 = MARGIN + LANE_HEADER_W
    header_h = stage_header_height(journey)
    plan = band_plan(journey)
    band_top = y
    y += strip_height(journey, plan)
    for stage in journey.stages:
        result.stages[stage.id] = Rect(x0 + plan.column[stage.id] * STAGE_W, y, STAGE_W, header_h)
    y += header_h
    if coverage and journey.stages:
        result.coverage = {stage.id: Rect(result.stages[stage.id].x, y, STAGE_W, COVERAGE_H) for stage in journey.stages}
        result.coverage_label = Rect(MARGIN, y, LANE_HEADER_W, COVERAGE_H)
        y += COVERAGE_H

    cells: dict[tuple[str, str], list] = {}
    stage_ids = set(result.stage_order)
    for card in journey.cards:
        if card.stage_id in stage_ids:
            cells.setdefault((card.stage_id, card.lane_id), []).append(card)

    for lane in lanes:
        curve = CURVE_H if lane.kind == LaneKind.EMOTIONS else 0.0
        tallest = max((len(cells.get((s, lane.id), ())) for s in result.stage_order), default=0)
        stack = tallest * (CARD_H + CARD_GAP) - (CARD_GAP if tallest else 0)
        height = max(EMPTY_CELL_H if not curve else curve, curve + (stack + 2 * CELL_PAD if tallest else 0))
        result.lanes[lane.id] = Rect(MARGIN, y, LANE_HEADER_W, height)
        if curve:
            result.curve_areas[lane.id] = Rect(x0, y, STAGE_W * plan.columns, curve)
        top = y + CELL_PAD + curve
        for stage_id in result.stage_order:
            cell = (stage_id, lane.id)
            x = result.stages[stage_id].x
            result.cells[cell] = Rect(x, y, STAGE_W, height)
            members = cells.get(cell, ())
            for card in members:
                result.cards.place(card.id, lane.id, x + CELL_PAD, top - y + card.position * (CARD_H + CARD_GAP))
                result.places[card.id] = (stage_id, lane.id, card.position)
            if members:
                result.members[cell] = [c.id for c in sorted(members, key=_position)]
        y += height
        if lane.line_below is not None:
            result.blueprint_lines.append((lane.line_below, y))

    if plan.spans or journey.loops:
        y = _lay_out_bands(result, journey, lanes, plan, band_top, y)
    _place_emotion_points(result, journey, lanes)
    result.width = x0 + STAGE_W * plan.columns + MARGIN
    result.width = max(result.width, MARGIN + len(personas) * LEGEND_STEP, 480.0)
    result.height = y + MARGIN
    result.title = Rect(MARGIN, MARGIN, result.width - 2 * MARGIN, TITLE_H)
    return result


def _position(card: Card) -> int:
    return card.position


def _lay_out_bands(result: MapLayout, journey: Journey, lanes: list[Lane], plan, band_top: float, bottom: float) -> float:
    """Move the stages of the other bands down, band by band, with their cells, cards and coverage;
    then the path strips, the bands' lane titles and emotion areas, the fork and join lines and the
    return arrows. Returns the bottom of the last band."""
    band_h = bottom - band_top
    x0 = MARGIN + LANE_HEADER_W
    for stage_id, band in plan.band.items():
        if not band:
            continue
        shift = band * band_h
        result.band_offset[stage_id] = shift
        result.stages[stage_id] = result.stages[stage_id]._replace(y=result.stages[stage_id].y + shift)
        if stage_id in result.coverage:
            result.coverage[stage_id] = result.coverage[stage_id]._replace(y=result.coverage[stage_id].y + shift)
        for lane in lanes:
            cell = (stage_id, lane.id)
            result.cells[cell] = result.cells[cell]._replace(y=result.cells[cell].y + shift)
            for card_id in result.members.get(cell, ()):
                result.cards.shift[card_id] = shift
    strip_y = band_top + (strip_height(journey, plan) - PATH_STRIP_H)
    header_bottom = next(iter(result.stages.values())).y - band_top if result.stages else 0.0
    for span in plan.spans:
        left, width = x0 + span.first * STAGE_W, span.width * STAGE_W
        after = result.stages.get(span.after_stage_id)
        join = result.stages.get(span.join_stage_id or "")
        for band, path_id in enumerate(span.path_ids):
            shift = band * band_h
            result.path_strips.append(PathStrip(path_id, Rect(left, strip_y + shift, width, PATH_STRIP_H)))
            if band:
                for lane in lanes:
                    rect = result.lanes[lane.id]
                    result.band_lanes.append((lane.id, Rect(left - LANE_HEADER_W - BRANCH_GAP, rect.y + shift, LANE_HEADER_W, rect.h)))
                    if lane.id in result.curve_areas:
                        area = result.curve_areas[lane.id]
                        result.band_curves.append((lane.id, Rect(left, area.y + shift, width, area.h)))
            mid = strip_y + shift + PATH_STRIP_H / 2
            # The first path leaves from the top of the fork's stage, in the main band; another from
            # its foot, down to its own band, and comes back up to the join's foot.
            fork_y, join_y = (after.y if after else 0.0, join.y if join else 0.0) if not band else (bottom, bottom)
            if after is not None:
                fork_x = after.right - BRANCH_GAP / 2
                result.branch_lines.append((path_id, ((fork_x, fork_y), (fork_x, mid), (left, mid))))
            if join is not None:
                join_x = join.x + BRANCH_GAP / 2
                result.branch_lines.append((path_id, ((left + width - BRANCH_GAP, mid), (join_x, mid), (join_x, join_y))))
    _route_loops(result, journey, plan, band_top, band_h, header_bottom)
    return band_top + plan.bands * band_h


def _route_loops(result: MapLayout, journey: Journey, plan, band_top: float, band_h: float, header_top: float) -> None:
    """Each return arrow leaves the top of its stage's header, runs back in its band's strip and
    comes down onto the stage it returns to; back to the main band from another, it rises to the
    bottom of the main band instead, under the stage it returns to."""
    rows = [0] * plan.bands
    for loop in journey.loops:
        start, end = result.stages.get(loop.from_stage_id), result.stages.get(loop.to_stage_id)
        if start is None or end is None:
            continue
        band, target_band = plan.band[loop.from_stage_id], plan.band[loop.to_stage_id]
        y = band_top + band * band_h + LOOP_PAD + rows[band] * LOOP_STEP
        rows[band] += 1
        x_from, x_to = start.center[0] + 20.0, end.center[0] - 20.0
        if target_band == band:
            points = ((x_from, start.y), (x_from, y), (x_to, y), (x_to, end.y))
        else:
            points = ((x_from, start.y), (x_from, y), (x_to, y), (x_to, band_top + (target_band + 1) * band_h - CELL_PAD))
        result.loops.append(LoopRoute(loop.id, points, (x_to + 6.0, y - 3.0)))


def reorder_stages(layout: MapLayout, journey: Journey) -> set[str]:
    """Update `layout` in place after the journey's stages changed order, and nothing else: the
    columns that changed place move sideways with their cells and cards; no lane changes height.
    Returns the cards that moved. The result equals `layout_journey` of the same journey."""
    order = [stage.id for stage in journey.stages]
    moved_cards: set[str] = set()
    x0 = MARGIN + LANE_HEADER_W
    for index, (stage_id, old) in enumerate(zip(order, layout.stage_order)):
        if stage_id == old:
            continue
        x = x0 + index * STAGE_W
        layout.stages[stage_id] = layout.stages[stage_id]._replace(x=x)
        if stage_id in layout.coverage:
            layout.coverage[stage_id] = layout.coverage[stage_id]._replace(x=x)
        for lane_id in layout.lane_order:
            cell = (stage_id, lane_id)
            if cell in layout.cells:
                layout.cells[cell] = layout.cells[cell]._replace(x=x)
            for card_id in layout.members.get(cell, ()):
                layout.cards.place(card_id, lane_id, x + CELL_PAD, layout.cards.relative(card_id)[2])
                moved_cards.add(card_id)
    layout.stage_order = order
    layout.stages = {stage_id: layout.stages[stage_id] for stage_id in order}  # read in order, as a fresh layout's
    if layout.coverage:
        layout.coverage = {stage_id: layout.coverage[stage_id] for stage_id in order}
    _place_emotion_points(layout, journey, [lane for lane in journey.lanes if not lane.hidden])
    return moved_cards


def _lane_height(layout: MapLayout, lane: Lane) -> float:
    """A lane is as tall as its fullest cell (an emotions lane adds room for the curve)."""
    curve = CURVE_H if lane.kind == LaneKind.EMOTIONS else 0.0
    members = layout.members
    tallest = max((len(members.get((s, lane.id), ())) for s in layout.stage_order), default=0)
    stack = tallest * (CARD_H + CARD_GAP) - (CARD_GAP if tallest else 0)
    return max(EMPTY_CELL_H if not curve else curve, curve + (stack + 2 * CELL_PAD if tallest else 0))


def _place_emotion_points(layout: MapLayout, journey: Journey, lanes: list[Lane]) -> None:
    layout.emotion_points.clear()
    layout.point_stages.clear()
    emotion_lane = next((lane.id for lane in lanes if lane.kind == LaneKind.EMOTIONS), None)
    if emotion_lane is None:
        return
    order = {pid: i for i, pid in enumerate(journey.persona_ids)}
    count = max(1, len(journey.persona_ids))
    for point in journey.emotion_points:
        if point.stage_id not in layout.stages:
            continue
        spread = (order.get(point.persona_id, 0) - (count - 1) / 2) * 12.0
        cx = layout.stages[point.stage_id].center[0] + spread
        layout.emotion_points[point.id] = (cx, layout.score_y(emotion_lane, point.score, point.stage_id))
        if point.stage_id in layout.band_offset:
            layout.point_stages[point.id] = point.stage_id


@dataclass
class Relayout:
    """What `relayout_cards` changed: cards whose place in their lane changed (or that came or went),
    and whether any lane moved or grew (then cells, headers, the curve and the lanes' cards follow)."""

    cards: set[str] = field(default_factory=set)
    lanes: bool = False
    moved_below: float | None = None  # when lanes moved: the height below which the map changed


def relayout_cards(layout: MapLayout, journey: Journey, cards: Mapping[str, Card], card_ids: Iterable[str]) -> Relayout:
    """Update `layout` in place after the cards `card_ids` changed, were added or were removed
    (`cards` maps the journey's cards by id, as they are now). Only the cells those cards leave or
    enter are laid out again; a lane whose height changes moves the lanes below it. The result
    equals `layout_journey` of the same journey; a test checks it after random edits."""
    change = Relayout()
    cells: set[tuple[str, str]] = set()
    for card_id in card_ids:
        old = layout.places.get(card_id)
        card = cards.get(card_id)
        new = None
        if card is not None and card.stage_id in layout.stages and card.lane_id in layout.lanes:
            new = (card.stage_id, card.lane_id, card.position)
        if old == new:
            continue
        if old is not None and new is not None and old[:2] == new[:2]:  # renumbered in its cell
            cells.add((new[0], new[1]))
            layout.places[card_id] = new
            continue
        if old is not None:
            cell = (old[0], old[1])
            layout.members[cell].remove(card_id)
            cells.add(cell)
            del layout.places[card_id]
            if new is None:
                layout.cards.remove(card_id)
                change.cards.add(card_id)
        if new is not None:
            cell = (new[0], new[1])
            layout.members.setdefault(cell, []).append(card_id)
            cells.add(cell)
            layout.places[card_id] = new
    if not cells:
        return change
    lanes = {lane.id: lane for lane in journey.lanes if not lane.hidden}
    for cell in cells:
        ids = layout.members[cell]
        ids.sort(key=lambda card_id: cards[card_id].position)
        if not ids:
            del layout.members[cell]
    first_grown = None
    for index, lane_id in enumerate(layout.lane_order):
        if any(cell[1] == lane_id for cell in cells) and _lane_height(layout, lanes[lane_id]) != layout.lanes[lane_id].h:
            first_grown = index
            break
    if first_grown is not None:
        grown = layout.lanes[layout.lane_order[first_grown]]
        _move_lanes(layout, journey, lanes, first_grown)
        change.lanes = True
        change.moved_below = min(grown.bottom, layout.lanes[layout.lane_order[first_grown]].bottom)
    for cell in cells:
        _place_cell(layout, cell, lanes[cell[1]], cards, change)
    return change


def _move_lanes(layout: MapLayout, journey: Journey, lanes: dict[str, Lane], first: int) -> None:
    """Lay out again the lanes from `first` down: their heights and cells (cards follow their lane)."""
    y = layout.lanes[layout.lane_order[first]].y
    for lane_id in layout.lane_order[first:]:
        lane = lanes[lane_id]
        old = layout.lanes[lane_id]
        height = _lane_height(layout, lane)
        if (old.y, old.h) != (y, height):
            layout.lanes[lane_id] = Rect(MARGIN, y, LANE_HEADER_W, height)
            if lane_id in layout.curve_areas:
                area = layout.curve_areas[lane_id]
                layout.curve_areas[lane_id] = Rect(area.x, y, area.w, area.h)
            for stage_id in layout.stage_order:
                layout.cells[(stage_id, lane_id)] = Rect(layout.stages[stage_id].x, y, STAGE_W, height)
        y += height
    layout.blueprint_lines = [(lanes[la].line_below, layout.lanes[la].bottom) for la in layout.lane_order if lanes[la].line_below is not None]
    layout.height = y + MARGIN
    _place_emotion_points(layout, journey, list(lanes.values()))


def _place_cell(layout: MapLayout, cell: tuple[str, str], lane: Lane, cards: Mapping[str, Card], change: Relayout) -> None:
    """The places of a cell's cards in their lane; `change` collects the cards whose place changed."""
    x = layout.stages[cell[0]].x + CELL_PAD
    top = CELL_PAD + (CURVE_H if lane.kind == LaneKind.EMOTIONS else 0.0)
    rects = layout.cards
    shift = layout.band_offset.get(cell[0], 0.0)  # a cell of a path's band stands below the main band
    for card_id in layout.members.get(cell, ()):
        where = (lane.id, x, top + cards[card_id].position * (CARD_H + CARD_GAP))
        if card_id not in rects or rects.relative(card_id) != where or rects.shift.get(card_id, 0.0) != shift:
            change.cards.add(card_id)
            rects.place(card_id, *where)
            if shift:
                rects.shift[card_id] = shift
            else:
                rects.shift.pop(card_id, None)
