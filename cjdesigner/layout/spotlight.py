"""The projector's layout of one stage: its lanes and cards laid out to fill a 16:9 screen, with
the card text fitted at a size a room can read from the back (24 px at least on 1920 × 1080).

The emotions lane is a curve: the projector shows it in a band of its own under the cards
(`emotion_band.py`); cards placed in that lane show as the cards of any other lane, just above it.

The editor's grid is made to hold a whole map; a projector shows one stage at a time, so the cards
here are re-laid in columns and their text refitted at the projector's size with the same
`measure` and `fit_text` as everywhere else. What a card shows (its fill, badges, sentiment,
severity, channel) comes from `layout.drawing`; only sizes live here, and the projector's
high-contrast colours beside them in `projector_theme.py`. Coordinates are screen pixels, y downwards.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from cjdesigner.layout.charts import ChartDrawing, ChartInk, LaneFacts, chart_facts, lane_facts, metric_summary, place_large
from cjdesigner.i18n import QT_TRANSLATE_NOOP, MapWord
from cjdesigner.layout.drawing import MORE_GOALS, Disc, Icon, Mark, Target, TextLine, badge, card_fill, darker, lines_at
from cjdesigner.layout.emotion_band import EmotionBand, band_height, curves_near, emotion_band
from cjdesigner.layout.grid import Rect
from cjdesigner.layout.metrics import bold_measure, measure
from cjdesigner.layout.projector_theme import BACKGROUND, CARD_INK, CHART_MUTED, CHART_PAPER, DESIGN_HEIGHT, HEADING, LEADING, MAX_TEXT, MIN_TEXT, SUBTLE
from cjdesigner.model.document import Card, Journey, Lane, Persona, Project, VotingRound
from cjdesigner.model.vocabulary import Language, LaneKind
from cjdesigner.textfit import elide, fit_text

MAX_COLUMNS = 6
BAND_SCALES = (1.0, 0.8, 0.65)  # the emotion band's height, tried largest first
NO_CARDS = MapWord("projector", QT_TRANSLATE_NOOP("projector", "No cards in this stage yet"))


class ProjectorCard(NamedTuple):
    """One card as the projector shows it, in screen pixels."""

    card_id: str
    rect: Rect
    fill: str
    border: str
    lines: tuple[TextLine, ...]
    text_size: float
    cut: bool  # the text did not fit whole, even at the smallest size
    badges: tuple[Disc, ...]
    sentiment: Mark | None
    severity: int
    channel: Icon | None
    dots_rect: Rect  # where the votes are drawn, right of the footer
    chart: ChartDrawing | None = None  # a card of a chart lane: its metric as a chart, not as text


class LaneRow(NamedTuple):
    lane_id: str
    rect: Rect  # the band across the screen
    title: tuple[TextLine, ...]
    icon: Icon


class StageChip(NamedTuple):
    stage_id: str
    rect: Rect
    label: TextLine
    current: bool


@dataclass
class StageSpotlight:
    """The projector's screen for one stage: heading, lanes, cards and the strip of all stages."""

    width: float
    height: float
    unit: float
    stage_id: str
    heading: tuple[TextLine, ...]
    timer_rect: Rect
    status_rect: Rect
    body: Rect
    lanes: tuple[LaneRow, ...]
    cards: tuple[ProjectorCard, ...]
    strip: tuple[StageChip, ...]
    columns: int
    empty: TextLine | None = None
    rows: list[list[str]] = field(default_factory=list)  # card ids row by row, for the arrow keys
    goals: tuple[Target, ...] = ()  # the marks before the goal words, which are in `heading`
    emotions: EmotionBand | None = None

    def card(self, card_id: str) -> ProjectorCard | None:
        return next((c for c in self.cards if c.card_id == card_id), None)


def shown_lanes(journey: Journey, stage_id: str) -> list[Lane]:
    """The lanes the projector shows for a stage: the visible ones holding cards there, whatever
    their kind (the parking lot as soon as it holds an idea). An emotions lane's cards come last,
    just above the band where its curve runs."""
    used = {c.lane_id for c in journey.cards if c.stage_id == stage_id}
    shown = [lane for lane in journey.lanes if not lane.hidden and lane.id in used]
    return sorted(shown, key=lambda lane: lane.kind is LaneKind.EMOTIONS)


def _fit(texts: list[str], width: float, height: float, floor: float, ceiling: float):
    """Fitting always grants a text one line, however low the box: start no larger than the size
    whose one line fits, so a low card is not scored as holding text at the largest size."""
    start = max(floor, min(ceiling, height / LEADING))
    return [fit_text(t, width, height, measure, size=start, floor=floor, leading=LEADING) if t else None for t in texts]


def spotlight_layout(project: Project, journey: Journey, stage_id: str, width: float = 1920.0, height: float = 1080.0) -> StageSpotlight:
    """Lays out one stage for a screen of `width` × `height` pixels. The column count is the one
    that shows every card's text whole at the largest size; text never goes under MIN_TEXT. The
    emotion curve's band, under the cards, gives up height (down to a floor) until every card
    holds its text."""
    for scale in BAND_SCALES:
        spotlight = _spotlight(project, journey, stage_id, width, height, scale)
        if all(_holds(card) for card in spotlight.cards):
            break
    return spotlight


def _holds(card: ProjectorCard) -> bool:
    lines = card.lines if card.chart is None else card.chart.texts
    return not card.cut and (not lines or lines[-1].baseline <= card.rect.bottom)


def _spotlight(project: Project, journey: Journey, stage_id: str, width: float, height: float, band_scale: float) -> StageSpotlight:
    u = height / DESIGN_HEIGHT
    floor = MIN_TEXT * max(1.0, u)
    ceiling = MAX_TEXT * max(1.0, u)
    margin = 32 * u
    stage = journey.stage(stage_id)
    index = [s.id for s in journey.stages].index(stage_id)
    heading_h = 118 * u
    strip_h = 64 * u
    timer_w = 250 * u
    title_size = 54 * u
    title = TextLine(elide(stage.name, width * 0.55, title_size, bold_measure), margin, margin + title_size * 0.93, title_size, True, HEADING)
    path = next((p.name for p in journey.paths if p.id == stage.path_id), "") if stage.path_id else ""
    where = f"{index + 1} / {len(journey.stages)}  ·  {journey.title}" + (f"  ·  {path}" if path else "")
    sub = TextLine(elide(where, width * 0.55, 26 * u, measure), margin, margin + title_size + 30 * u, 26 * u, False, SUBTLE)
    timer_rect = Rect(width - margin - timer_w, margin * 0.6, timer_w, heading_h - margin * 0.6)
    status_rect = Rect(width * 0.45, margin * 0.6, timer_rect.x - width * 0.45 - 24 * u, heading_h - margin * 0.6)
    goal_lines, goal_marks = _goals(stage.goals, margin, margin + heading_h + 2 * u, width - 2 * margin, u, project.language)
    goals_h = 34 * u if goal_lines else 0.0  # a row of goals under the heading, when the stage has any
    body = Rect(margin, margin + heading_h + goals_h, width - 2 * margin, height - heading_h - goals_h - strip_h - 2 * margin - 16 * u)
    strip = _strip(journey, stage_id, Rect(margin, height - margin - strip_h, width - 2 * margin, strip_h), u)
    lanes = shown_lanes(journey, stage_id)
    cells = [journey.cell_cards(stage_id, lane.id) for lane in lanes]
    language = project.language if isinstance(project.language, Language) else Language.EN
    # a chart has no text to fit; a metric's numbers on a lane of cards are a line of their own
    shown = [_with_metric(c, language) if lane.chart is None else "" for lane, cell in zip(lanes, cells) for c in cell]
    personas = {p.id: p for p in project.personas}
    label_w = 250 * u
    gap = 16 * u
    near = curves_near(project, journey, stage_id)
    feel = next((lane for lane in journey.lanes if lane.kind is LaneKind.EMOTIONS and not lane.hidden), None) if near else None
    band_h = band_height(feel.title, len(near), body.h, bool(lanes), band_scale, label_w, u) if feel is not None else 0.0
    band = emotion_band(project, feel, near, Rect(body.x, body.bottom - band_h, body.w, band_h), label_w, gap, u) if feel is not None else None
    grid = Rect(body.x, body.y, body.w, body.h - (band_h + gap if band is not None else 0.0))  # where the lanes and cards go
    if not lanes:
        heading = (title, sub, *goal_lines)
        empty = _no_cards(grid, u, language)
        return StageSpotlight(width, height, u, stage_id, heading, timer_rect, status_rect, body, (), (), strip, 0, empty, goals=goal_marks, emotions=band)
    best = None
    widest = max(len(cell) for cell in cells)
    for columns in range(1, max(1, min(MAX_COLUMNS, widest)) + 1):
        rows = sum(max(1, math.ceil(len(cell) / columns)) for cell in cells)
        card_w = (grid.w - label_w - gap * columns) / columns
        card_h = min((grid.h - gap * (rows - 1)) / rows, card_w * 0.7)
        pad = 16 * u
        footer = _footer_h(u)
        fitted = _fit(shown, card_w - 2 * pad, card_h - pad - footer, floor, ceiling)
        room = card_h - pad - footer
        cut = sum(1 for f in fitted if f is not None and (f.cut or len(f.lines) * f.size * LEADING > room + 1))
        smallest = min((f.size for f in fitted if f is not None), default=ceiling)
        score = (-cut, round(smallest), -abs(math.log(max(card_w, 1.0) / max(card_h, 1.0) / 2.2)))
        if best is None or score > best[0]:
            best = (score, columns, card_w, card_h, fitted)
    assert best is not None
    _, columns, card_w, card_h, fitted = best
    pad = 16 * u
    # One text size for the whole stage (the largest every card takes): a room reads cards as equals.
    uniform = min((f.size for f in fitted if f is not None), default=ceiling)
    fitted = _fit(shown, card_w - 2 * pad, card_h - pad - _footer_h(u), uniform, uniform)
    stage_ids = [s.id for s in journey.stages]
    charts = {lane.id: lane_facts(lane, journey.cards, stage_ids, language) for lane in lanes if lane.chart is not None}
    y = body.y
    rows_out: list[list[str]] = []
    lane_rows: list[LaneRow] = []
    placed: list[ProjectorCard] = []
    k = 0
    for lane, cell in zip(lanes, cells):
        lane_rows_n = max(1, math.ceil(len(cell) / columns))
        lane_h = lane_rows_n * card_h + (lane_rows_n - 1) * gap
        row_rect = Rect(grid.x, y, grid.w, lane_h)
        # The lane's icon on top, its title below across the whole label column: long French titles
        # ("Opportunités") keep their words whole.
        icon = Icon(f"lane-{lane.kind.value}", Rect(body.x + 18 * u, y + 16 * u, 30 * u, 30 * u))
        title_top = y + 58 * u
        title_fit = fit_text(lane.title, label_w - 32 * u, max(lane_h - 66 * u, 24 * u), bold_measure, size=26 * u, floor=18 * u)
        lane_rows.append(LaneRow(lane.id, row_rect, lines_at(title_fit, body.x + 16 * u, title_top, True, HEADING), icon))
        for r in range(lane_rows_n):
            rows_out.append([])
            for col in range(columns):
                i = r * columns + col
                if i >= len(cell):
                    break
                rect = Rect(body.x + label_w + gap + col * (card_w + gap), y + r * (card_h + gap), card_w, card_h)
                placed.append(_card(cell[i], lane, rect, fitted[k], personas, u, pad, charts.get(lane.id), floor))
                rows_out[-1].append(cell[i].id)
                k += 1
        y += lane_h + gap
    return StageSpotlight(
        width, height, u, stage_id, (title, sub, *goal_lines), timer_rect, status_rect, body, tuple(lane_rows), tuple(placed), strip, columns, None, rows_out,
        goal_marks, band,
    )


def _goals(goals: list[str], x: float, baseline: float, width: float, u: float, language: Language) -> tuple[tuple[TextLine, ...], tuple[Target, ...]]:
    """The stage's goals on one line under the heading, each behind a target mark, at a size the
    room reads; those that do not fit end in "+N more"."""
    goals = [" ".join(goal.split()) for goal in goals if goal.strip()]
    size, radius, gap = MIN_TEXT * u, 9 * u, 36 * u
    lines: list[TextLine] = []
    marks: list[Target] = []
    right = x + width
    for index, goal in enumerate(goals):
        rest = len(goals) - index - 1
        more = MORE_GOALS[language if isinstance(language, Language) else Language.EN].format(count=rest) if rest else ""
        room = right - x - 2 * radius - 10 * u - (measure(more, size) + gap if more else 0.0)
        words = elide(goal, room, size, measure) if room > 160 * u else ""
        if not words or (words != goal and lines and rest):  # no room left: say how many are not shown
            more = MORE_GOALS[language if isinstance(language, Language) else Language.EN].format(count=rest + 1)
            lines.append(TextLine(more, x, baseline, size, True, SUBTLE))
            break
        marks.append(Target(x + radius, baseline - size * 0.35, radius, SUBTLE, 2.0 * u))
        lines.append(TextLine(words, x + 2 * radius + 10 * u, baseline, size, False, SUBTLE))
        x += 2 * radius + 10 * u + measure(words, size) + gap
    return tuple(lines), tuple(marks)


def _no_cards(grid: Rect, u: float, language: Language) -> TextLine:
    """An empty stage says so, in the middle of where its cards would be."""
    size = 36 * u
    text = elide(NO_CARDS[language], grid.w - 64 * u, size, measure)
    return TextLine(text, grid.x + (grid.w - measure(text, size)) / 2, grid.y + grid.h / 2 + 0.36 * size, size, False, SUBTLE)


def _with_metric(card: Card, language: Language) -> str:
    summary = metric_summary(card, language)
    return card.text if summary is None else "\n".join(part for part in (card.text, summary) if part)


def _footer_h(u: float) -> float:
    return 44 * u


def _card(
    card: Card, lane: Lane, rect: Rect, fitted, personas: Mapping[str, Persona], u: float, pad: float, chart: LaneFacts | None, text: float
) -> ProjectorCard:
    fill = card_fill(card, lane)
    lines = lines_at(fitted, rect.x + pad, rect.y + pad * 0.8, False, CARD_INK) if fitted is not None else ()
    foot_y = rect.bottom - _footer_h(u) / 2 - 4 * u
    x = rect.x + pad
    radius = 15 * u
    discs = []
    for persona_id in card.persona_ids[:4]:
        persona = personas.get(persona_id)
        if persona is not None:
            discs.append(badge(persona, x + radius, foot_y, radius, 14 * u, 1.5 * u))
            x += radius * 2 + 6 * u
    right = rect.right - pad
    channel = None
    if card.channel is not None:
        size = 28 * u
        channel = Icon(f"channel-{card.channel.value}", Rect(right - size, foot_y - size / 2, size, size))
        right -= size + 10 * u
    sentiment = None
    if card.sentiment is not None:
        sentiment = Mark(card.sentiment.value, right - 12 * u, foot_y, 12 * u)
        right -= 32 * u
    dots_left = x + 8 * u
    dots = Rect(dots_left, foot_y - 14 * u, max(0.0, right - dots_left), 28 * u)
    size = fitted.size if fitted is not None else 0.0
    cut = bool(fitted is not None and fitted.cut)
    drawn = None
    if chart is not None:  # the chart takes the card down to its footer, or whole when the footer is empty
        footer = bool(discs or channel or sentiment or card.severity or card.votes)
        box = Rect(rect.x, rect.y, rect.w, rect.h - (_footer_h(u) if footer else 0.0))
        drawn = place_large(chart_facts(card, chart), box, ChartInk(CARD_INK, CHART_MUTED, CHART_PAPER), text, pad)
        size = min((line.size for line in drawn.texts), default=0.0)
        cut = any(line.text.endswith("…") for line in drawn.texts[:2])  # the name and value; notes give way first
    return ProjectorCard(card.id, rect, fill, darker(fill, 170), lines, size, cut, tuple(discs), sentiment, card.severity or 0, channel, dots, drawn)


def _strip(journey: Journey, stage_id: str, rect: Rect, u: float) -> tuple[StageChip, ...]:
    """Every stage as a chip along the bottom: where the room is in the journey."""
    count = max(1, len(journey.stages))
    gap = 8 * u
    w = (rect.w - gap * (count - 1)) / count
    size = 22 * u
    counts = Counter(c.stage_id for c in journey.cards)
    chips = []
    for i, stage in enumerate(journey.stages):
        x = rect.x + i * (w + gap)
        name = f"{i + 1}. {stage.name}"
        counted = f"{name} ({counts[stage.id]})"
        # the card count gives way before a letter of the name does
        text = next((t for t in (counted, name) if bold_measure(t, size) <= w - 24 * u), None) or elide(name, w - 24 * u, size, bold_measure)
        current = stage.id == stage_id
        label = TextLine(text, x + 12 * u, rect.y + rect.h / 2 + size * 0.36, size, True, BACKGROUND if current else HEADING)
        chips.append(StageChip(stage.id, Rect(x, rect.y, w, rect.h), label, current))
    return tuple(chips)


def neighbour(spotlight: StageSpotlight, card_id: str | None, key: str) -> str | None:
    """The card the focus ring moves to with an arrow key ("left", "right", "up", "down"): along
    the reading order left and right, to the nearest card of the row above or below."""
    rows = [row for row in spotlight.rows if row]
    if not rows:
        return None
    where = next(((r, row.index(card_id)) for r, row in enumerate(rows) if card_id in row), None)
    if where is None:
        return rows[0][0]
    r, i = where
    order = [c for row in rows for c in row]
    at = order.index(card_id)
    if key == "left":
        return order[max(0, at - 1)]
    if key == "right":
        return order[min(len(order) - 1, at + 1)]
    target = r - 1 if key == "up" else r + 1
    if not 0 <= target < len(rows):
        return card_id
    return rows[target][min(i, len(rows[target]) - 1)]


class RankedCard(NamedTuple):
    rank: int
    card_id: str
    dots: int
    text: TextLine
    where: TextLine
    count: TextLine
    bar: Rect


def ranking_layout(journey: Journey, voting_round: VotingRound, width: float = 1920.0, height: float = 1080.0, most: int = 10) -> tuple[TextLine, tuple[RankedCard, ...]]:
    """The end of a round: its cards by dots, most first (ties in map order), as large lines."""
    u = height / DESIGN_HEIGHT
    margin = 48 * u
    counts = voting_round.counts()
    order = {c.id: i for i, c in enumerate(journey.cards)}
    ranked = sorted((cid for cid in counts if cid in order), key=lambda cid: (-counts[cid], order[cid]))[:most]
    title_size = 50 * u
    name = voting_round.name or "—"
    title = TextLine(elide(name, width - 2 * margin, title_size, bold_measure), margin, margin + title_size, title_size, True, HEADING)
    top = margin + title_size + 36 * u
    step = (height - top - margin) / max(most, 1)
    size = min(34 * u, step * 0.5)
    size = max(size, MIN_TEXT * max(1.0, u) if step >= MIN_TEXT * 1.6 else size)
    stages = {s.id: s.name for s in journey.stages}
    lanes = {lane.id: lane.title for lane in journey.lanes}
    rows = []
    best = counts[ranked[0]] if ranked else 1
    rank = 0
    previous = None
    for i, cid in enumerate(ranked):
        if counts[cid] != previous:
            rank = i + 1
            previous = counts[cid]
        card = journey.card(cid)
        y = top + i * step
        text_x = margin + 90 * u
        text_w = width * 0.58
        text = TextLine(elide(card.text or "—", text_w, size, measure), text_x, y + size, size, False, HEADING)
        where_text = f"{stages.get(card.stage_id, '')} · {lanes.get(card.lane_id, '')}"
        where = TextLine(elide(where_text, text_w, size * 0.6, measure), text_x, y + size * 1.75, size * 0.6, False, SUBTLE)
        bar_x = text_x + text_w + 30 * u
        bar_room = width - margin - bar_x - 90 * u
        bar = Rect(bar_x, y + size * 0.2, max(8 * u, bar_room * counts[cid] / best), size)
        label = str(counts[cid])
        count = TextLine(label, bar.right + 14 * u, y + size, size, True, HEADING)
        rows.append(RankedCard(rank, cid, counts[cid], text, where, count, bar))
    return title, tuple(rows)
