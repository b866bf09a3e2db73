"""What is drawn for a map, computed once from the model and the layout: every rectangle, text line,
symbol, colour, dash and marker of the cards, the headers, the title and persona legend and the
emotion curves. The canvas, the PDF and the image exports paint these descriptions and keep no
size, position or colour rule of their own, so the screen and the print cannot disagree.

Coordinates are map points, y downwards. A card's and a header's parts are relative to their own
top-left corner (the canvas moves those items as wholes, and a card's drawing stays valid wherever
its cell moves); the title, legend and curves are in map coordinates.
"""

from __future__ import annotations

import colorsys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from cjdesigner import colours
from cjdesigner.i18n import QT_TRANSLATE_NOOP, MapWord
from cjdesigner.layout.grid import (
    CARD_FOOTER_Y,
    CARD_H,
    CARD_TEXT_H,
    CARD_TEXT_TOP,
    CARD_TEXT_X,
    CARD_W,
    GOAL_STEP,
    GOAL_TOP,
    LANE_HEADER_W,
    MAX_GOAL_ROWS,
    MapLayout,
    Rect,
    card_text_width,
)
from cjdesigner.layout.metrics import ASCENT, bold_measure, measure
from cjdesigner.model.document import Card, Journey, Lane, Persona, Project, Stage
from cjdesigner.model.vocabulary import BLUEPRINT_LINE_TITLES, LANE_COLOURS, Language, LaneKind, Sentiment
from cjdesigner.textfit import FittedText, elide, fit_text, wrap

from cjdesigner.layout.charts import ChartDrawing, metric_summary, one_line
from cjdesigner.layout.sub_journey_marks import MARK_W, card_mark, stage_mark
from cjdesigner.layout.theme import (  # the theme and text pieces, named here too for the painters
    CANVAS,
    CARD_BORDER_W,
    CURVE_W,
    GRID_W,
    HIGH_CONTRAST,
    MARKER_BORDER_W,
    MATCH,
    NORMAL,
    SELECTION,
    THEMES,
    WHITE,
    TextLine,
    Theme,
)

LEADING = 1.2
CARD_RADIUS = 6.0
CARD_TEXT_SIZE = 10.0
BADGE_R = 7.0
BADGE_STEP = 16.0
BADGE_TEXT = 6.5
BADGE_BORDER_W = 0.8
MAX_BADGES = 5
LEGEND_TEXT = 9.0
STAGE_NAME_SIZE = 11.0
LANE_TITLE_SIZE = 10.5
LEGEND_BORDER_W = 1.0
CONFIDENCE_R = 4.5
SYMBOL_LINE_W = 1.2
SENTIMENT_R = 5.0
PIP_R = 2.3
PIP_STEP = 6.0
ICON_CHANNEL = 13.0
ICON_LANE = 18.0
VOTES_SIZE = 8.0
MARKER_R = 6.0
POINT_LABEL_W = 90.0
BLUEPRINT_W = 1.4
GRID_DASH: tuple[float, ...] = (1.0, 2.0)
BLUEPRINT_DASH: tuple[float, ...] = (6.0, 3.0)
# Each persona's emotion line has a dash and a marker of its own: colour is never the only thing
# that tells two personas apart. An empty dash is a solid line.
DASHES = colours.DASHES
MARKERS = colours.MARKERS




# --- colour rules (QColor's HSV lighter/darker, computed without Qt) ------------------------------


def _hsv(hex_colour: str) -> tuple[float, float, float]:
    value = int(hex_colour[1:], 16)
    return colorsys.rgb_to_hsv((value >> 16) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255)


def _hex(h: float, s: float, v: float) -> str:
    r, g, b = colorsys.hsv_to_rgb(h, s, v)
    return "#%02X%02X%02X" % (round(r * 255), round(g * 255), round(b * 255))


@lru_cache(maxsize=1024)
def lighter(hex_colour: str, factor: int) -> str:
    h, s, v = _hsv(hex_colour)
    v = v * factor / 100
    if v > 1:
        s = max(0.0, s - (v - 1))
        v = 1.0
    return _hex(h, s, v)


@lru_cache(maxsize=1024)
def darker(hex_colour: str, factor: int) -> str:
    h, s, v = _hsv(hex_colour)
    return _hex(h, s, v * 100 / factor)


def is_dark(hex_colour: str) -> bool:
    """HSL lightness below 150 of 255: white initials on the badge, else ink."""
    value = int(hex_colour[1:], 16)
    channels = ((value >> 16) & 255, (value >> 8) & 255, value & 255)
    return (max(channels) + min(channels)) / 2 < 150


def badge_ink(hex_colour: str) -> str:
    """The initials' colour on a badge of this colour, wherever a badge is drawn."""
    return WHITE if is_dark(hex_colour) else colours.INK


def lane_hex(lane: Lane) -> str:
    return lane.colour or LANE_COLOURS[lane.kind]


def cell_fill(lane: Lane | None, theme: Theme = NORMAL) -> str:
    return lighter(lane_hex(lane), 108) if lane is not None and theme.tinted else theme.paper


def lane_header_fill(lane: Lane) -> str:
    return darker(cell_fill(lane), 104)


def card_fill(card: Card, lane: Lane | None, theme: Theme = NORMAL) -> str:
    if not theme.tinted:
        return theme.paper
    if card.colour:
        return card.colour
    return darker(lane_hex(lane), 103) if lane is not None else WHITE


def persona_line(project: Project, persona_id: str) -> tuple[tuple[float, ...], str]:
    """A persona's dash and marker, fixed per persona (not by their place in a journey), so every
    journey, the screen, the print and the key agree."""
    look = colours.persona_look(project, persona_id)
    return tuple(float(d) for d in look.dash), look.marker


# --- the pieces ------------------------------------------------------------------------------


class Disc(NamedTuple):
    """A persona badge: a disc in their colour with their initials."""

    x: float
    y: float
    radius: float
    fill: str
    border: str
    border_width: float
    initials: TextLine


class Mark(NamedTuple):
    """A symbol named by `kind` (a sentiment, a confidence, a marker) centred on (x, y)."""

    kind: str
    x: float
    y: float
    radius: float


class Target(NamedTuple):
    """A goal's mark: a ring around a dot. Drawn, not a glyph: the PDF's font has no target sign."""

    x: float
    y: float
    radius: float
    colour: str
    width: float

    @property
    def dot(self) -> float:
        return self.radius * 0.4


class Pip(NamedTuple):
    x: float
    y: float
    on: bool


class Icon(NamedTuple):
    name: str
    rect: Rect


class Face(NamedTuple):
    """An emotion face: a circle, two eyes and a mouth drawn as a quadratic curve."""

    x: float
    y: float
    radius: float
    eyes: tuple[tuple[float, float], tuple[float, float]]
    eye_radius: float
    mouth: tuple[tuple[float, float], tuple[float, float], tuple[float, float]]


class Shape(NamedTuple):
    """A filled outline: kind 'ellipse' (x, y, rx, ry), 'rect' (x, y, w, h), 'rounded' (x, y, w, h, r)
    or 'polygon' (points)."""

    kind: str
    numbers: tuple


def marker_shape(kind: str, x: float, y: float, r: float) -> Shape:
    if kind == "square":
        return Shape("rect", (x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    if kind == "triangle":
        return Shape("polygon", ((x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)))
    if kind == "diamond":
        return Shape("polygon", ((x, y - r), (x + r, y), (x, y + r), (x - r, y)))
    return Shape("ellipse", (x, y, r, r))


def sentiment_shape(kind: str, x: float, y: float, r: float) -> Shape:
    """Up triangle for positive, bar for neutral, down triangle for negative: readable in grey."""
    if kind == Sentiment.POSITIVE.value:
        return Shape("polygon", ((x, y - r), (x + r, y + r * 0.7), (x - r, y + r * 0.7)))
    if kind == Sentiment.NEGATIVE.value:
        return Shape("polygon", ((x, y + r), (x + r, y - r * 0.7), (x - r, y - r * 0.7)))
    return Shape("rounded", (x - r, y - r * 0.3, 2 * r, r * 0.6, 1.0))


def sentiment_colour(kind: str, theme: Theme = NORMAL) -> str:
    return theme.sentiment_colour(Sentiment(kind).value)


def severity_pips(level: int, right: float, y: float) -> tuple[Pip, ...]:
    """Five pips ending at `right`, the first `level` of them on."""
    return tuple(Pip(right - 3 - (4 - pip) * PIP_STEP, y, pip < level) for pip in range(5))


def face(score: int, x: float, y: float, r: float) -> Face:
    """A face from very unhappy (−2) to delighted (+2), drawn, not taken from an emoji font."""
    eye = r * 0.35
    eye_y = y - r * 0.25
    mouth_y = y + r * 0.35
    bend = score * r * 0.18
    mouth = ((x - r * 0.45, mouth_y - bend / 2), (x, mouth_y + bend), (x + r * 0.45, mouth_y - bend / 2))
    return Face(x, y, r, ((x - eye, eye_y), (x + eye, eye_y)), r * 0.1, mouth)


def badge(persona: Persona, x: float, y: float, radius: float, size: float, border_width: float) -> Disc:
    return _badge(persona.badge_initials, persona.colour, x, y, radius, size, border_width)


@lru_cache(maxsize=4096)
def _badge(initials: str, colour: str, x: float, y: float, radius: float, size: float, border_width: float) -> Disc:
    """Badges repeat on every card of a persona: made once per look and place."""
    text = TextLine(initials, x - bold_measure(initials, size) / 2, y + size * 0.36, size, True, badge_ink(colour))
    return Disc(x, y, radius, colour, darker(colour, 135), border_width, initials=text)


_text_line = tuple.__new__  # builds a TextLine without the Python-level __new__: a map sets thousands


def lines_at(fitted: FittedText, x: float, top: float, bold: bool, colour: str) -> tuple[TextLine, ...]:
    """Fitted lines whose first line's top is at `top`."""
    size = fitted.size
    first = top + ASCENT * size
    step = size * LEADING
    return tuple([_text_line(TextLine, (line, x, first + index * step, size, bold, colour)) for index, line in enumerate(fitted.lines)])


_FITTED: dict[tuple[str, float, float], FittedText] = {}


def card_text(text: str, width: float, floor: float = NORMAL.min_text, height: float = CARD_TEXT_H) -> FittedText:
    """Card text fitted to its box, remembered: maps repeat texts, and fitting is the costly part."""
    key = (text, width, floor, height)
    result = _FITTED.get(key)
    if result is None:
        if len(_FITTED) > 20000:
            _FITTED.clear()
        result = _FITTED[key] = fit_text(text, width, height, measure, size=CARD_TEXT_SIZE, floor=floor)
    return result


GOAL_SIZE = 8.5
CARD_GOAL_SIZE = 7.5
TARGET_R = 3.2
CARD_GOAL_BASELINE = CARD_FOOTER_Y - 12.0  # the goal line sits between the text and the footer row
METRIC_SIZE = 8.5
MORE_GOALS = MapWord("card goals", QT_TRANSLATE_NOOP("card goals", "+{count} more"))


def goal_line(text: str, x: float, baseline: float, width: float, size: float, colour: str) -> tuple[Target, TextLine]:
    """One goal on one line: the target mark, then the words, cut with an ellipsis to `width`."""
    mark = Target(x + TARGET_R, baseline - size * 0.35, TARGET_R, colour, 0.9)
    indent = 2 * TARGET_R + 4.0
    words = " ".join(text.split())
    return mark, TextLine(elide(words, width - indent, size, measure), x + indent, baseline, size, False, colour)


# --- cards --------------------------------------------------------------------------------------


class CardDrawing(NamedTuple):
    """Everything drawn for a card, relative to its top-left corner (a tuple: a map makes thousands)."""

    rect: Rect
    fill: str
    border: str
    border_width: float
    radius: float
    lines: tuple[TextLine, ...]
    confidence: Mark | None
    badges: tuple[tuple[str, Disc], ...]  # (persona id, badge)
    channel: Icon | None
    sentiment: Mark | None
    severity: tuple[Pip, ...]
    severity_level: int
    severity_right: float
    votes: TextLine | None
    goal: tuple[Target, TextLine] | None = None
    chart: ChartDrawing | None = None  # a card of a chart lane: its metric drawn as a chart (layout/charts.py)
    metric: TextLine | None = None  # a metric's value and target, on a lane that shows cards
    sub_journey: TextLine | None = None  # the mark of a card that opens a sub-journey (layout/sub_journey_marks.py)


CARD_RECT = Rect(0.0, 0.0, CARD_W, CARD_H)


def card_drawing(
    card: Card, lane: Lane | None, personas: Mapping[str, Persona], theme: Theme = NORMAL, language: Language = Language.EN
) -> CardDrawing:
    fill = card_fill(card, lane, theme)
    summary = metric_summary(card, language)
    text_h = CARD_TEXT_H - GOAL_STEP * (bool(card.goal) + bool(summary))  # a goal and a metric take the text's last lines
    linked = card.sub_journey_id is not None
    text_w = card_text_width(card.confidence is not None) - (MARK_W + 4.0 if linked else 0.0)
    fitted = card_text(card.text, text_w, theme.min_text, text_h) if card.text else None
    lines = lines_at(fitted, CARD_TEXT_X, CARD_TEXT_TOP, False, theme.ink) if fitted else ()

    metric = None
    if summary:
        size = max(METRIC_SIZE, theme.min_text)
        baseline = CARD_GOAL_BASELINE - (GOAL_STEP if card.goal else 0.0)
        metric = TextLine(one_line(summary, CARD_W - 2 * CARD_TEXT_X, size, True), CARD_TEXT_X, baseline, size, True, theme.ink)
    confidence = Mark(card.confidence.value, CARD_W - 10, 10.0, CONFIDENCE_R) if card.confidence is not None else None
    y = CARD_FOOTER_Y
    x = 8.0
    badges = []
    for persona_id in card.persona_ids[:MAX_BADGES]:
        persona = personas.get(persona_id)
        if persona is None:
            continue
        badges.append((persona_id, badge(persona, x + BADGE_R, y, BADGE_R, BADGE_TEXT, BADGE_BORDER_W)))
        x += BADGE_STEP
    right = CARD_W - 8
    channel = None
    if card.channel is not None:
        channel = Icon(f"channel-{card.channel.value}", Rect(right - ICON_CHANNEL, y - ICON_CHANNEL / 2, ICON_CHANNEL, ICON_CHANNEL))
        right -= 17
    sentiment = None
    if card.sentiment is not None:
        sentiment = Mark(card.sentiment.value, right - 6, y, SENTIMENT_R)
        right -= 15
    pips: tuple[Pip, ...] = ()
    severity_right = right
    if card.severity:
        pips = severity_pips(card.severity, right, y)
        right -= 34
    votes = None
    if card.votes:
        label = f"● {card.votes}"
        votes = TextLine(label, right - bold_measure(label, VOTES_SIZE), y + 3, VOTES_SIZE, True, theme.ink)
    border = darker(fill, 160) if theme.tinted else theme.ink
    return CardDrawing(
        CARD_RECT, fill, border, theme.card_border_w, CARD_RADIUS, lines, confidence, tuple(badges),
        channel, sentiment, pips, card.severity or 0, severity_right, votes,
        goal_line(card.goal, CARD_TEXT_X, CARD_GOAL_BASELINE, CARD_W - 2 * CARD_TEXT_X, CARD_GOAL_SIZE, theme.muted) if card.goal else None,
        metric=metric,
        sub_journey=card_mark(card.confidence is not None, theme.ink) if linked else None,
    )


# --- headers ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeaderDrawing:
    """A stage or lane header, relative to its top-left corner."""

    rect: Rect
    fill: str
    border: str
    border_width: float
    bar: Rect | None
    bar_colour: str
    lines: tuple[TextLine, ...]
    icon: Icon | None
    faces: tuple[Face, ...] = ()
    targets: tuple[Target, ...] = ()


def stage_drawing(stage: Stage, rect: Rect, theme: Theme = NORMAL, language: Language = Language.EN) -> HeaderDrawing:
    """The stage's name, then each of its goals on a line of its own behind a target mark; goals
    beyond the header's rows end with a "+N more" line (the properties panel lists them all)."""
    w = rect.w
    linked = stage.sub_journey_id is not None
    name_w = w - 16 - (MARK_W + 4.0 if linked else 0.0)
    lines = [TextLine(elide(stage.name, name_w, STAGE_NAME_SIZE, bold_measure), 8.0, 26.0, STAGE_NAME_SIZE, True, theme.ink)]
    if linked:
        lines.append(stage_mark(w, theme.ink))
    goals = [goal for goal in stage.goals if goal.strip()]
    rows = max(2, min(MAX_GOAL_ROWS, int((rect.h - GOAL_TOP - 6.0) // GOAL_STEP)))
    shown = goals if len(goals) <= rows else goals[: rows - 1]
    first = GOAL_TOP + ASCENT * GOAL_SIZE
    targets = []
    for index, goal in enumerate(shown):
        mark, line = goal_line(goal, 8.0, first + index * GOAL_STEP, w - 16, GOAL_SIZE, theme.muted)
        targets.append(mark)
        if len(goals) == 1:  # a lone goal may wrap onto the second row, as a stage's one goal did
            wrapped = fit_text(" ".join(goal.split()), w - 16 - (line.x - 8.0), rows * GOAL_STEP, measure, size=GOAL_SIZE, floor=GOAL_SIZE, leading=GOAL_STEP / GOAL_SIZE)
            lines.extend(line._replace(text=text, baseline=first + row * GOAL_STEP) for row, text in enumerate(wrapped.lines))
        else:
            lines.append(line)
    if len(shown) < len(goals):
        more = MORE_GOALS[language].format(count=len(goals) - len(shown))
        lines.append(TextLine(more, 8.0 + 2 * TARGET_R + 4.0, first + len(shown) * GOAL_STEP, GOAL_SIZE, True, theme.muted))
    bar = Rect(0.0, 0.0, w, 6.0)
    return HeaderDrawing(Rect(0.0, 0.0, w, rect.h), theme.paper, theme.grid, theme.grid_w, bar, stage.colour, tuple(lines), None, (), tuple(targets))


def lane_drawing(lane: Lane, rect: Rect, layout: MapLayout, theme: Theme = NORMAL) -> HeaderDrawing:
    w, h = rect.w, rect.h
    title = fit_text(lane.title, w - 40, min(h, 60) - 8, bold_measure, LANE_TITLE_SIZE, LANE_TITLE_SIZE)
    lines = list(lines_at(title, 34.0, 8.0, True, theme.ink))
    faces = []
    if lane.kind == LaneKind.EMOTIONS and lane.id in layout.curve_areas:
        for score in (2, 1, 0, -1, -2):
            y = layout.score_y(lane.id, score) - rect.y
            faces.append(face(score, LANE_HEADER_W - 40, y, 7))
            label = f"{score:+d}" if score else "0"
            lines.append(TextLine(label, LANE_HEADER_W - 4 - measure(label, 8), y + 3, 8.0, False, theme.muted))
    icon = Icon(f"lane-{lane.kind.value}", Rect(10.0, 12.0, ICON_LANE, ICON_LANE))
    fill = lane_header_fill(lane) if theme.tinted else theme.paper
    return HeaderDrawing(Rect(0.0, 0.0, w, h), fill, theme.grid, theme.grid_w, None, fill, tuple(lines), icon, tuple(faces))


# --- title and persona legend ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LegendEntry:
    persona_id: str
    badge: Disc
    lines: tuple[TextLine, ...]


@dataclass(frozen=True, slots=True)
class LegendDrawing:
    """The journey's title and scenario, then one entry per persona, in map coordinates."""

    lines: tuple[TextLine, ...]
    entries: tuple[LegendEntry, ...]


def legend_drawing(project: Project, journey: Journey, layout: MapLayout, theme: Theme = NORMAL) -> LegendDrawing:
    rect = layout.title
    title = elide(journey.title, rect.w, 16, bold_measure)
    lines = [TextLine(title, rect.x, rect.y + 20, 16.0, True, theme.ink)]
    if journey.scenario:
        title_w = bold_measure(title, 16)
        scenario = elide(journey.scenario, rect.w - title_w - 24, 9, measure)
        lines.append(TextLine(scenario, rect.x + title_w + 16, rect.y + 20, 9.0, False, theme.muted))
    personas = {p.id: p for p in project.personas}
    entries = []
    for persona_id, spot in layout.legend.items():
        persona = personas.get(persona_id)
        if persona is None:
            continue
        disc = badge(persona, spot.center[0], spot.center[1], spot.w / 2, LEGEND_TEXT, LEGEND_BORDER_W)
        words = [TextLine(elide(persona.name, 150, 10, bold_measure), spot.right + 6, spot.y + 12, 10.0, True, theme.ink)]
        if persona.role:  # on two lines before it is cut: "Cheffe de projet, 34 ans, deux enfants"
            role = wrap(persona.role, 150, 8, measure) or [""]
            if len(role) > 2:
                role = [role[0], elide(" ".join(role[1:]), 150, 8, measure)]
            for n, line in enumerate(role):
                words.append(TextLine(line, spot.right + 6, spot.y + 24 + 9.5 * n, 8.0, False, theme.muted))
        entries.append(LegendEntry(persona_id, disc, tuple(words)))
    return LegendDrawing(tuple(lines), tuple(entries))


# --- emotion curves and blueprint lines -----------------------------------------------------------


class CurvePoint(NamedTuple):
    point_id: str
    x: float
    y: float
    label: TextLine | None  # relative to the point


@dataclass(frozen=True, slots=True)
class PersonaCurve:
    persona_id: str
    colour: str
    border: str
    width: float
    dash: tuple[float, ...]
    marker: str
    marker_radius: float
    marker_border_width: float
    points: tuple[CurvePoint, ...]

    @property
    def drawn(self) -> bool:
        """A line needs two points; lone points still show their marker."""
        return len(self.points) >= 2


class GuideLine(NamedTuple):
    x0: float
    x1: float
    y: float
    width: float
    colour: str
    dash: tuple[float, ...]
    label: TextLine | None


@dataclass(frozen=True, slots=True)
class CurveDrawing:
    """The score guides of the emotions lane, each persona's curve, and the blueprint lines."""

    guides: tuple[GuideLine, ...]
    curves: tuple[PersonaCurve, ...]
    blueprint: tuple[GuideLine, ...]


def point_label(label: str, radius: float = MARKER_R, width: float = POINT_LABEL_W, ink: str = colours.INK) -> TextLine | None:
    """An emotion point's label, placed relative to the point's centre."""
    if not label:
        return None
    return TextLine(elide(label, width, 8, measure), radius + 4, 3.0, 8.0, False, ink)


def persona_curve(
    project: Project,
    persona: Persona,
    points: list[tuple[str, float, float, str]],
    radius: float = MARKER_R,
    label_w: float = POINT_LABEL_W,
    theme: Theme = NORMAL,
) -> PersonaCurve:
    """A persona's line through (point id, x, y, label) points, with the persona's own look."""
    dash, marker = persona_line(project, persona.id)
    placed = tuple(CurvePoint(pid, x, y, point_label(label, radius, label_w, theme.ink)) for pid, x, y, label in points)
    border = darker(persona.colour, 135) if theme.tinted else theme.ink
    return PersonaCurve(persona.id, persona.colour, border, theme.curve_w, dash, marker, radius, theme.marker_border_w, placed)


def _runs_by_band(layout: MapLayout, points: list) -> list[list]:
    """A persona's points as the lines they make: one along the main band (the main line and each
    fork's first path), and one along each other path, in its own band."""
    if not layout.band_offset:
        return [points]
    runs: dict[float, list[list]] = {}
    for point in points:
        band = layout.band_offset.get(point.stage_id, 0.0)
        lines = runs.setdefault(band, [[]])
        last = lines[-1][-1] if lines[-1] else None
        if band and last is not None and layout.stages[point.stage_id].x - layout.stages[last.stage_id].x > layout.stages[last.stage_id].w:
            lines.append([])  # the same band, another fork's path
        lines[-1].append(point)
    return [run for lines in runs.values() for run in lines if run]


def curve_drawing(project: Project, journey: Journey, layout: MapLayout, theme: Theme = NORMAL) -> CurveDrawing:
    guides = tuple(
        GuideLine(area.x, area.right, layout.score_y(lane_id, score) + area.y - layout.curve_areas[lane_id].y, theme.grid_w, theme.grid, GRID_DASH, None)
        for lane_id, area in [*layout.curve_areas.items(), *layout.band_curves]
        for score in (2, 1, 0, -1, -2)
    )
    personas = {p.id: p for p in project.personas}
    order = {stage_id: index for index, stage_id in enumerate(layout.stage_order)}
    curves = []
    shown = list(dict.fromkeys([*journey.persona_ids, *(p.persona_id for p in journey.emotion_points)]))
    for persona_id in shown:  # a point of a persona the journey no longer lists still shows
        persona = personas.get(persona_id)
        if persona is None:
            continue
        points = sorted(
            (p for p in journey.emotion_points if p.persona_id == persona_id and p.id in layout.emotion_points),
            key=lambda p: order.get(p.stage_id, 0),
        )
        for run in _runs_by_band(layout, points):
            placed = [(p.id, *layout.emotion_points[p.id], p.label) for p in run]
            curves.append(persona_curve(project, persona, placed, theme=theme))
    language = project.language if isinstance(project.language, Language) else Language.EN
    grid = layout.grid
    blueprint = tuple(
        GuideLine(
            grid.x, grid.right, y, BLUEPRINT_W, theme.ink, BLUEPRINT_DASH,
            TextLine(BLUEPRINT_LINE_TITLES[line][language], grid.x + 4, y - 3, 8.0, True, theme.ink),
        )
        for line, y in layout.blueprint_lines
    )
    return CurveDrawing(guides, tuple(curves), blueprint)
