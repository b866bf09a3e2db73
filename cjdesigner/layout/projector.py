"""What the projector paints, as a description: every panel, disc and text line of the spotlighted
stage (lane bands, cards, severity pips, vote dots, the focus ring, the stage strip), the timer, the
round's status, the end-of-time frame and the ranking, with their sizes and colours.

`spotlight.py` places the stage's lanes and cards; this module turns that placement and the state
of the room (votes shown, focus, timer, status) into pieces the painter draws as they are, so the
projector window, its preview on the laptop and any later surface cannot disagree. The facilitator
window's few drawn rules (the dimmed stages, the focused card's ring, the capture bar) live here
too. Coordinates are screen pixels, y downwards.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from cjdesigner import colours
from cjdesigner.layout.drawing import Icon, PersonaCurve, Target, TextLine, lane_hex
from cjdesigner.layout.emotion_band import EmotionBand, LegendKey
from cjdesigner.layout.grid import MapLayout, Rect
from cjdesigner.layout.metrics import bold_measure, measure
from cjdesigner.layout.projector_theme import (
    BACKGROUND,
    CARD_INK,
    DESIGN_HEIGHT,
    DIMMED_OPACITY,
    DOT,
    DOT_RING,
    FOCUS,
    HEADING,
    LANE_BAND,
    MAX_DOTS_DRAWN,
    STRIP_CURRENT,
    STRIP_OTHER,
    SUBTLE,
    TIMER_WARNING,
)
from cjdesigner.layout.spotlight import ProjectorCard, StageSpotlight, ranking_layout
from cjdesigner.model.document import Journey, VotingRound
from cjdesigner.textfit import elide


Exposed = Sequence[Rect] | None  # the parts of the screen a paint draws again; None: all of it
BLACKOUT = "#000000"  # the "." key: nothing lit at all
CAPTURE_FIELD = "#FFFFFF"
FADED_POINT = 0.6  # the curve's points at the stages beside the spotlighted one
KEY_MARKER = 0.8  # a persona's marker in the band's key, against its size on the curve
MAP_DIM = 0.45  # the facilitator's map: the stages the room does not see, under the projector's dark
MAP_FOCUS_W = 4.0
FACILITATOR_TIMER_PX = 44
FACILITATOR_TEXT_PX = 17
FACILITATOR_HINT = colours.MUTED
DESIGN_SIZE = (1920.0, 1080.0)  # the preview's screen until a projector window exists
WARNING_MS = 60_000  # the timer turns to the warning colour in its last minute
SEVERITY_LEVELS = 5


class Panel(NamedTuple):
    """A rounded rectangle (a square one when `radius` is 0), filled and/or outlined."""

    rect: Rect
    fill: str | None
    radius: float
    border: str | None = None
    border_width: float = 0.0
    opacity: float = 1.0


class Dot(NamedTuple):
    """A disc: filled, ringed, or both (a severity pip, a vote dot)."""

    x: float
    y: float
    radius: float
    fill: str | None
    ring: str | None = None
    ring_width: float = 0.0


class TimerState(NamedTuple):
    text: str
    running: bool
    flashing: bool
    ended: bool
    remaining_ms: int


class RoomState(NamedTuple):
    """What the room's screen shows beyond the map: the dots each card shows (filled, rings), the
    focused card, the timer, the round's status lines and the note of the moment."""

    dots: Mapping[str, tuple[int, int]]
    focus_id: str | None
    timer: TimerState
    status: tuple[str, ...]
    note: str


class CardFace(NamedTuple):
    placed: ProjectorCard  # its text, chart, badges, channel and sentiment
    panel: Panel
    pips: tuple[Dot, ...]
    dots: tuple[Dot, ...]
    count: TextLine | None  # "× 12 + 2" when the dots do not fit
    focus: Panel | None


class LaneFace(NamedTuple):
    panel: Panel
    swatch: Panel | None  # the lane's colour behind its icon, which the dark band would swallow
    icon: Icon
    title: tuple[TextLine, ...]


class ChipFace(NamedTuple):
    panel: Panel  # its opacity is the label's too
    label: TextLine


class BandKey(NamedTuple):
    key: LegendKey  # the stretch of line and the name
    curve: PersonaCurve
    marker_x: float  # the marker, mid-line, a little smaller than on the curve
    marker_radius: float


@dataclass(frozen=True)
class BandFace:
    band: EmotionBand
    lane: LaneFace
    keys: tuple[BandKey, ...]
    clip: Rect  # a point stages away shows only its line's direction
    opacity: Mapping[str, float]  # per point id


@dataclass(frozen=True)
class StageFace:
    heading: tuple[TextLine, ...]
    goals: tuple[Target, ...]
    lanes: tuple[LaneFace, ...]
    band: BandFace | None
    cards: tuple[CardFace, ...]
    empty: TextLine | None
    chips: tuple[ChipFace, ...]


class RankFace(NamedTuple):
    number: TextLine
    text: TextLine
    where: TextLine
    bar: Panel
    count: TextLine


@dataclass(frozen=True)
class RankingFace:
    title: TextLine
    rows: tuple[RankFace, ...]
    empty: TextLine | None


@dataclass(frozen=True)
class ProjectorScreen:
    """Everything the projector paints, in painting order: background, stage or ranking, then
    the timer, the status lines and the end-of-time frame."""

    background: str
    stage: StageFace | None = None
    ranking: RankingFace | None = None
    timer: tuple[Panel, TextLine] | None = None
    status: tuple[TextLine, ...] = ()
    frame: Panel | None = None


def projector_screen(
    spotlight: StageSpotlight | None, journey: Journey, room: RoomState, *, blackout: bool = False,
    ranking: VotingRound | None = None, no_votes: str = "", width: float = 1920.0, height: float = 1080.0,
    exposed: Exposed = None,
) -> ProjectorScreen:
    """The room's screen: a black one, the round's ranking (`no_votes` when it has none) or the
    spotlighted stage, with the timer and status whenever a stage is shown. With `exposed` (the
    parts to paint again), the stage holds only the cards that paint there."""
    if blackout:
        return ProjectorScreen(BLACKOUT)
    ranked = ranking_face(journey, ranking, width, height, no_votes) if ranking is not None else None
    stage = stage_face(spotlight, journey, room, exposed) if spotlight is not None and ranked is None else None
    if spotlight is None:
        return ProjectorScreen(BACKGROUND, stage, ranked)
    u = spotlight.unit
    timer = timer_face(spotlight.timer_rect, u, room.timer)
    status = status_lines(spotlight.status_rect, u, room.status if ranked is None else (), room.note)
    frame = Panel(Rect(7 * u, 7 * u, width - 14 * u, height - 14 * u), None, 0.0, FOCUS, 14 * u) if room.timer.flashing else None
    return ProjectorScreen(BACKGROUND, stage, ranked, timer, status, frame)


def stage_face(spotlight: StageSpotlight, journey: Journey, room: RoomState, exposed: Exposed = None) -> StageFace:
    u = spotlight.unit
    lanes = {lane.id: lane for lane in journey.lanes}
    rows = tuple(
        LaneFace(Panel(row.rect, LANE_BAND, 10 * u), _swatch(row.icon, lanes.get(row.lane_id), u), row.icon, row.title) for row in spotlight.lanes
    )
    band = band_face(spotlight.emotions, journey, u) if spotlight.emotions is not None else None
    shown = spotlight.cards if exposed is None else [p for p in spotlight.cards if any(overlaps(card_extent(p, u), part) for part in exposed)]
    cards = tuple(card_face(placed, room.dots.get(placed.card_id, (0, 0)), placed.card_id == room.focus_id, u) for placed in shown if _in(journey, placed.card_id))
    chips = tuple(
        ChipFace(Panel(chip.rect, STRIP_CURRENT if chip.current else STRIP_OTHER, 8 * u, opacity=1.0 if chip.current else DIMMED_OPACITY + 0.3), chip.label)
        for chip in spotlight.strip
    )
    return StageFace(spotlight.heading, spotlight.goals, rows, band, cards, spotlight.empty, chips)


def _swatch(icon: Icon, lane, u: float) -> Panel | None:
    if lane is None:
        return None
    r = icon.rect
    return Panel(Rect(r.x - 4 * u, r.y - 4 * u, r.w + 8 * u, r.h + 8 * u), lane_hex(lane), 6 * u)


def band_face(band: EmotionBand, journey: Journey, u: float) -> BandFace:
    lane = next((lane for lane in journey.lanes if lane.id == band.lane_id), None)
    looks = {curve.persona_id: curve for curve in band.curves}
    keys = tuple(BandKey(key, looks[key.persona_id], (key.x0 + key.x1) / 2, looks[key.persona_id].marker_radius * KEY_MARKER) for key in band.keys)
    area = band.area
    clip = Rect(area.x, area.y - 20 * u, area.w, area.h + 20 * u + 20 * u)
    opacity = {point.point_id: 1.0 if point.point_id in band.spotlighted else FADED_POINT for curve in band.curves for point in curve.points}
    return BandFace(band, LaneFace(Panel(band.rect, LANE_BAND, 10 * u), _swatch(band.icon, lane, u), band.icon, band.title), keys, clip, opacity)


FOCUS_REACH = 10.0  # how far, in units, a card's face (its focus ring and its pen) paints beyond the card


def card_extent(placed: ProjectorCard, u: float) -> Rect:
    """All a card's face may paint, its focus ring included: what must be painted again when its
    dots change, and what decides whether a partial repaint must draw it."""
    reach = FOCUS_REACH * u
    rect = placed.rect
    return Rect(rect.x - reach, rect.y - reach, rect.w + 2 * reach, rect.h + 2 * reach)


def overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def _in(journey: Journey, card_id: str) -> bool:
    try:
        journey.card(card_id)
    except KeyError:
        return False
    return True


def card_face(placed: ProjectorCard, shown: tuple[int, int], focused: bool, u: float) -> CardFace:
    """A card's box, its severity pips at the right of its footer, then its vote dots in the room
    left of them (rings for the dots of the participant in turn), and the focus ring."""
    rect, dots = placed.rect, placed.dots_rect
    right = dots.right
    pips: tuple[Dot, ...] = ()
    if placed.severity:
        r = 6 * u
        y = dots.y + dots.h / 2
        pips = tuple(
            Dot(right - (SEVERITY_LEVELS - 1 - pip) * 3.2 * r - r, y, r, colours.SEVERITY_ON if pip < placed.severity else colours.SEVERITY_OFF)
            for pip in range(SEVERITY_LEVELS)
        )
        right -= SEVERITY_LEVELS * 3.2 * r + 8 * u
    votes, count = vote_dots(Rect(dots.x, dots.y, max(0.0, right - dots.x), dots.h), *shown, u)
    focus = Panel(Rect(rect.x - 6 * u, rect.y - 6 * u, rect.w + 6 * u + 6 * u, rect.h + 6 * u + 6 * u), None, 14 * u, FOCUS, 6 * u) if focused else None
    return CardFace(placed, Panel(rect, placed.fill, 10 * u, placed.border, 2 * u), pips, votes, count, focus)


def vote_dots(rect: Rect, filled: int, rings: int, u: float) -> tuple[tuple[Dot, ...], TextLine | None]:
    """Up to MAX_DOTS_DRAWN dots, filled then rings, as many as fit; beyond, one dot and the number."""
    r = 10 * u
    step = 2 * r + 6 * u
    y = rect.y + rect.h / 2
    if filled + rings <= min(MAX_DOTS_DRAWN, int(rect.w // step)):
        kinds = [True] * filled + [False] * rings
        return tuple(Dot(rect.x + r + i * step, y, r, DOT if full else None, DOT_RING if full else DOT, 2.5 * u) for i, full in enumerate(kinds)), None
    label = f"× {filled}" + (f" + {rings}" if rings else "")
    return (Dot(rect.x + r, y, r, DOT, DOT_RING, 2.5 * u),), TextLine(label, rect.x + 2 * r + 8 * u, y + 9 * u, 26 * u, True, CARD_INK)


def timer_face(rect: Rect, u: float, timer: TimerState) -> tuple[Panel, TextLine]:
    """The timer's box, lit while it flashes, and its minutes centred: white running, grey paused,
    orange in the last minute and at the end."""
    warning = timer.running and timer.remaining_ms < WARNING_MS
    size = 60 * u
    colour = BACKGROUND if timer.flashing else TIMER_WARNING if warning or timer.ended else HEADING if timer.running else SUBTLE
    x = rect.x + (rect.w - bold_measure(timer.text, size)) / 2
    return Panel(rect, FOCUS if timer.flashing else LANE_BAND, 12 * u), TextLine(timer.text, x, rect.y + rect.h / 2 + size * 0.36, size, True, colour)


def status_lines(box: Rect, u: float, lines: tuple[str, ...], note: str) -> tuple[TextLine, ...]:
    """The round's name on top, right-aligned; under it the note of the moment (a refused vote)
    or whose turn it is."""
    shown = []
    if lines:
        shown.append(_right_aligned(lines[0], Rect(box.x, box.y, box.w, box.h / 2), 24 * u, SUBTLE, False))
    second = Rect(box.x, box.y + box.h * 0.42, box.w, box.h * 0.58)
    if note:
        shown.append(_right_aligned(note, second, 24 * u, TIMER_WARNING, True))
    elif len(lines) > 1:
        shown.append(_right_aligned(lines[1], second, 34 * u, FOCUS, True))
    return tuple(shown)


def _right_aligned(text: str, rect: Rect, size: float, colour: str, bold: bool) -> TextLine:
    width = bold_measure if bold else measure
    fitted = elide(text, rect.w, size, width)
    return TextLine(fitted, rect.right - width(fitted, size), rect.y + size * 1.2, size, bold, colour)


def ranking_face(journey: Journey, voting_round: VotingRound, width: float, height: float, no_votes: str) -> RankingFace:
    """The end of a round: its rank numbers in the focus colour, each card's bar beside it."""
    title, rows = ranking_layout(journey, voting_round, width, height)
    u = height / DESIGN_HEIGHT
    faces = tuple(
        RankFace(TextLine(f"{row.rank}.", title.x, row.text.baseline, row.text.size, True, FOCUS), row.text, row.where, Panel(row.bar, FOCUS, 6 * u), row.count)
        for row in rows
    )
    empty = None if rows else TextLine(no_votes, title.x, title.baseline + 90 * u, 36 * u, False, SUBTLE)
    return RankingFace(title, faces, empty)


def preview_fit(width: float, height: float, design_w: float, design_h: float) -> tuple[float, float, float]:
    """The projector's screen drawn whole in a smaller widget: offset x, y and scale."""
    scale = min(width / design_w, height / design_h)
    return (width - design_w * scale) / 2, (height - design_h * scale) / 2, scale


def to_preview(part: Rect, fit: tuple[float, float, float]) -> Rect:
    """A part of the projector's screen where the preview shows it (`fit` from `preview_fit`)."""
    dx, dy, scale = fit
    return Rect(dx + part.x * scale, dy + part.y * scale, part.w * scale, part.h * scale)


def from_preview(part: Rect, fit: tuple[float, float, float]) -> Rect:
    """A part of the preview, as the part of the projector's screen it shows."""
    dx, dy, scale = fit
    return Rect((part.x - dx) / scale, (part.y - dy) / scale, part.w / scale, part.h / scale)


def capture_bar(width: int, height: int) -> tuple[int, Rect]:
    """The quick-capture bar's font size in pixels and its place, above the stage strip."""
    font_px = max(24, int(height * 0.035))
    bar_h = int(font_px * 2.6)
    return font_px, Rect(0, height - bar_h - int(height * 0.09), width, bar_h)


def dimmed_bands(layout: MapLayout, stage_id: str | None) -> list[Rect]:
    """The facilitator's whole map: the stages left and right of the spotlighted one, from the top
    of their headers to the bottom of the last lane (the scene runs further down, and shading that
    would grey empty paper under the map)."""
    column = layout.stages.get(stage_id or "")
    if column is None:
        return []
    stages = list(layout.stages.values())
    rows = [*stages, *layout.lanes.values(), *layout.coverage.values()]
    top = min(r.y for r in rows)
    bottom = max(r.bottom for r in rows)
    left = min(r.x for r in stages)
    right = max(r.right for r in stages)
    bands = [Rect(left, top, column.x - left, bottom - top), Rect(column.right, top, right - column.right, bottom - top)]
    if layout.band_offset:  # a journey that forks: the stage's column is lit in its own band only
        bottom = max(bottom, *(r.bottom for r in layout.cells.values()))
        bands[0] = bands[0]._replace(h=bottom - top)
        bands[1] = bands[1]._replace(h=bottom - top)
        lit_bottom = column.y + max(r.bottom for r in [*layout.lanes.values(), column]) - top
        bands += [Rect(column.x, top, column.w, column.y - top), Rect(column.x, lit_bottom, column.w, bottom - lit_bottom)]
    return [band for band in bands if band.w > 0 and band.h > 0]


def map_focus_ring(rect: Rect) -> Panel:
    """The focused card's ring on the facilitator's map, in map units."""
    return Panel(Rect(rect.x - 4, rect.y - 4, rect.w + 4 + 4, rect.h + 4 + 4), None, 8.0, FOCUS, MAP_FOCUS_W)
