"""The impact/effort matrix of a journey, described once without Qt: the plot, its four named
quadrants, a dot per scored opportunity (size from votes, colour and a black-and-white mark from
status, the card's text as a label), the legend and the list of opportunities not yet scored.

The matrix view of the app and the matrix page of the PDF both paint this description, so what a
team drags on screen is what the report prints. Coordinates are points, y downwards, from the
matrix's top-left corner.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from cjdesigner import colours
from cjdesigner.i18n import QT_TRANSLATE_NOOP, MapWord, map_words
from cjdesigner.layout.drawing import NORMAL, Theme
from cjdesigner.layout.drawing import TextLine as Text
from cjdesigner.layout.grid import Rect
from cjdesigner.layout.metrics import ASCENT, bold_measure, measure
from cjdesigner.model.backlog import QUADRANT_TITLES, Quadrant, opportunities, quadrant
from cjdesigner.model.document import Card, Journey, Project
from cjdesigner.model.vocabulary import STATUS_TITLES, Language, OpportunityStatus, Sentiment
from cjdesigner.textfit import ELLIPSIS, elide, fit_text

SCALE = (1, 2, 3, 4, 5)  # impact and effort
WIDTH, HEIGHT = 820.0, 560.0  # the matrix's natural size: an A4 landscape page's content
MIN_WIDTH, MIN_HEIGHT = 560.0, 380.0  # under this, painters draw it smaller rather than squeeze it
AXIS_W = 40.0  # left of the plot: the impact ticks
AXIS_H = 38.0  # under the plot: the effort ticks and the axis name
TOP = 22.0  # over the plot: the impact axis name
PANEL_W = 200.0  # right of the plot: legend and the opportunities not scored
PANEL_GAP = 18.0
PANEL_H = 120.0  # under the plot, on a tall matrix: the legend in three columns
R_MIN, R_MAX = 5.0, 14.0  # a dot with no votes, and with the most votes: both readable
LABEL_SIZE, LABEL_FLOOR, LABEL_LINES = 8.0, 6.5, 3
MIN_LABEL_WORDS = 2  # a cut label showing fewer whole words is left out
TITLE_SIZE = 11.0
TICK_SIZE = 9.0
LEGEND_SIZE = 8.5
HEADING_SIZE = 9.5
DOT_BORDER_W = 1.6
DROPPED_DASH: tuple[float, ...] = (2.5, 2.0)
CROSS = 0.6  # the arms of a dropped dot's cross, as a share of its radius
DIVIDER_W = 1.6
CELL_LINE_W = 0.6
LEADING = 1.2
PAPER = "#FFFFFF"

# Colour-blind-safe (Okabe–Ito hues, darkened to at least 3:1 on white and on the quadrants' tints);
# each status also has its own mark, so a grey photocopy tells them apart: an empty ring (open), a
# half-filled disc (in progress), a full disc (done), a dashed ring crossed out (dropped).
STATUS_COLOURS: dict[OpportunityStatus, str] = {
    OpportunityStatus.OPEN: colours.PERSONA_COLOURS[0],  # blue
    OpportunityStatus.IN_PROGRESS: "#B35C00",  # orange, darkened
    OpportunityStatus.DONE: colours.SENTIMENT[Sentiment.POSITIVE],  # bluish green
    OpportunityStatus.DROPPED: "#6E6E6E",  # grey
}
STATUS_MARKS: dict[OpportunityStatus, str] = {
    OpportunityStatus.OPEN: "ring",
    OpportunityStatus.IN_PROGRESS: "half",
    OpportunityStatus.DONE: "solid",
    OpportunityStatus.DROPPED: "crossed",
}
# Light tints, so dots and labels keep their contrast; the titles tell the quadrants apart in grey.
QUADRANT_FILLS: dict[Quadrant, str] = {
    Quadrant.QUICK_WINS: "#E6F4EF",
    Quadrant.BIG_BETS: "#E6EFF7",
    Quadrant.FILL_INS: "#F3F4F5",
    Quadrant.MONEY_PITS: "#FBEDE6",
}

WORDS: dict[str, MapWord] = map_words("matrix", {
    "impact": QT_TRANSLATE_NOOP("matrix", "Impact"),
    "effort": QT_TRANSLATE_NOOP("matrix", "Effort"),
    "status": QT_TRANSLATE_NOOP("matrix", "Status"),
    "size": QT_TRANSLATE_NOOP("matrix", "Size: votes"),
    "votes": QT_TRANSLATE_NOOP("matrix", "{value} votes"),
    "vote": QT_TRANSLATE_NOOP("matrix", "1 vote"),
    "no_votes": QT_TRANSLATE_NOOP("matrix", "no votes"),
    "not_scored": QT_TRANSLATE_NOOP("matrix", "Not scored ({count})"),
    "not_scored_help": QT_TRANSLATE_NOOP("matrix", "No impact or effort yet:"),
    "more": QT_TRANSLATE_NOOP("matrix", "and {count} more"),
    "none": QT_TRANSLATE_NOOP("matrix", "No opportunities to place."),
})


def matrix_word(key: str, language: Language, **values: object) -> str:
    return WORDS[key][language].format(**values)


class Line(NamedTuple):
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    width: float
    dashed: bool


class Swatch(NamedTuple):
    """A status dot centred on (x, y): `mark` is ring (white inside), half (its left half filled),
    solid, or crossed (a dashed ring with a cross inside), see STATUS_MARKS."""

    x: float
    y: float
    radius: float
    colour: str
    mark: str


class QuadrantArea(NamedTuple):
    quadrant: Quadrant
    rect: Rect
    fill: str
    title: Text


class Dot(NamedTuple):
    card_id: str
    impact: int
    effort: int
    votes: int
    status: OpportunityStatus
    quadrant: Quadrant
    swatch: Swatch
    label: tuple[Text, ...]


class MatrixDrawing(NamedTuple):
    width: float
    height: float
    plot: Rect
    cell_w: float
    cell_h: float
    quadrants: tuple[QuadrantArea, ...]
    lines: tuple[Line, ...]
    texts: tuple[Text, ...]  # axis names, ticks, legend and panel words
    legend: tuple[Swatch, ...]
    dots: tuple[Dot, ...]
    not_scored: tuple[str, ...]  # card ids, in the map's order
    not_scored_lines: tuple[Text, ...]
    paper: str = PAPER

    def centre(self, impact: int, effort: int) -> tuple[float, float]:
        """The middle of the cell of (impact, effort)."""
        return (self.plot.x + (effort - 0.5) * self.cell_w, self.plot.y + (5.5 - impact) * self.cell_h)

    def value_at(self, x: float, y: float) -> tuple[int, int]:
        """(impact, effort) of the cell nearest to (x, y), within 1–5: where a dragged dot lands."""
        effort = math.floor((x - self.plot.x) / self.cell_w) + 1
        impact = 5 - math.floor((y - self.plot.y) / self.cell_h)
        return min(5, max(1, impact)), min(5, max(1, effort))

    def dot_at(self, x: float, y: float, slack: float = 3.0) -> Dot | None:
        """The dot under (x, y); the one drawn last (on top) wins."""
        for dot in reversed(self.dots):
            s = dot.swatch
            if (x - s.x) ** 2 + (y - s.y) ** 2 <= (s.radius + slack) ** 2:
                return dot
        return None

    def dot(self, card_id: str) -> Dot | None:
        return next((d for d in self.dots if d.card_id == card_id), None)


def status_of(card: Card) -> OpportunityStatus:
    return card.status or OpportunityStatus.OPEN


def swatch(status: OpportunityStatus, x: float, y: float, radius: float) -> Swatch:
    return Swatch(x, y, radius, STATUS_COLOURS[status], STATUS_MARKS[status])


def dot_radius(votes: int, most_votes: int) -> float:
    """From R_MIN (no votes) to R_MAX (the most votes of the matrix), the area growing with the
    votes, so a dot twice as voted looks about twice as big; never smaller than readable."""
    if most_votes <= 0 or votes <= 0:
        return R_MIN
    return R_MIN + (R_MAX - R_MIN) * math.sqrt(min(votes, most_votes) / most_votes)


def _text(text: str, x: float, top: float, size: float, bold: bool = False, colour: str = colours.INK) -> Text:
    return Text(text, x, top + ASCENT * size, size, bold, colour)


def _centred(text: str, cx: float, top: float, size: float, bold: bool = False, colour: str = colours.INK) -> Text:
    width = (bold_measure if bold else measure)(text, size)
    return _text(text, cx - width / 2, top, size, bold, colour)


def _slots(count: int, rect: Rect) -> list[Rect]:
    """`count` places in a cell, in rows of at most ceil(√count): dots sharing a cell never cover
    one another."""
    columns = max(1, math.ceil(math.sqrt(count)))
    rows = max(1, math.ceil(count / columns))
    w, h = rect.w / columns, rect.h / rows
    return [Rect(rect.x + (i % columns) * w, rect.y + (i // columns) * h, w, h) for i in range(count)]


def _whole_words(text: str, lines: list[str]) -> int:
    """How many of the text's words the cut lines show whole, from the start."""
    shown = " ".join(lines).removesuffix(ELLIPSIS).split()
    count = 0
    for wanted, got in zip(text.split(), shown):
        if wanted != got:
            break
        count += 1
    return count


def _label(text: str, slot: Rect, top: float) -> tuple[Text, ...]:
    """The card's text under its dot, fitted to its place: shrunk to a floor, then cut with "…"."""
    width, height = slot.w - 4, min(slot.bottom - top - 1, LABEL_LINES * LABEL_SIZE * LEADING + 0.5)
    if width < 12 or height < LABEL_FLOOR * LEADING:
        return ()
    fitted = fit_text(text, width, height, measure, size=LABEL_SIZE, floor=LABEL_FLOOR, leading=LEADING)
    if fitted.cut and _whole_words(text, fitted.lines) < MIN_LABEL_WORDS:
        return ()  # a word and a half says nothing: the tooltip has the text
    cx = slot.x + slot.w / 2
    return tuple(
        _centred(line, cx, top + i * fitted.size * LEADING, fitted.size, colour=colours.INK)
        for i, line in enumerate(fitted.lines)
        if line
    )


def themed(d: MatrixDrawing, theme: Theme) -> MatrixDrawing:
    """The drawing in `theme`'s colours, as the map is: ink, muted text and grid lines take the
    theme's; an untinted theme (high contrast) paints the quadrants paper and the cell lines
    thicker. The status colours stay: each also has its own mark."""
    if theme == NORMAL:
        return d
    palette = {colours.INK: theme.ink, colours.MUTED: theme.muted, colours.GRID: theme.grid}

    def text(t: Text) -> Text:
        return t._replace(colour=palette.get(t.colour, t.colour))

    def line(li: Line) -> Line:
        width = li.width if theme.tinted or li.width != CELL_LINE_W else theme.grid_w * 0.6
        return li._replace(colour=palette.get(li.colour, li.colour), width=width)

    return d._replace(
        quadrants=tuple(q._replace(fill=q.fill if theme.tinted else theme.paper, title=text(q.title)) for q in d.quadrants),
        lines=tuple(line(li) for li in d.lines),
        texts=tuple(text(t) for t in d.texts),
        legend=tuple(s._replace(colour=palette.get(s.colour, s.colour)) for s in d.legend),
        dots=tuple(dot._replace(label=tuple(text(t) for t in dot.label)) for dot in d.dots),
        not_scored_lines=tuple(text(t) for t in d.not_scored_lines),
        paper=theme.paper,
    )


def matrix_drawing(project: Project, journey: Journey, width: float = WIDTH, height: float = HEIGHT, theme: Theme = NORMAL) -> MatrixDrawing:
    """The matrix of `journey` in `width` × `height` points, in the map's language and `theme`."""
    language = project.language
    tall = height > width * 0.95  # a portrait page: the legend goes under the plot, which keeps the width
    if tall:
        panel_w = (width - 2 * PANEL_GAP) / 3
        plot = Rect(AXIS_W, TOP, width - AXIS_W - 4, max(100.0, height - TOP - AXIS_H - PANEL_H))
    else:
        panel_w = min(PANEL_W, width * 0.3)
        plot = Rect(AXIS_W, TOP, max(100.0, width - AXIS_W - panel_w - PANEL_GAP), max(100.0, height - TOP - AXIS_H))
    cell_w, cell_h = plot.w / 5, plot.h / 5
    cards = opportunities(journey)
    scored = [c for c in cards if c.impact is not None and c.effort is not None]
    unscored = tuple(c.id for c in cards if c.impact is None or c.effort is None)

    def x_of(effort: float) -> float:
        return plot.x + (effort - 1) * cell_w

    def y_of(impact: float) -> float:
        return plot.y + (5 - impact) * cell_h

    split_x, split_y = x_of(4), y_of(3)  # HIGH_ABOVE = 3: 4 and 5 are high
    areas = (
        (Quadrant.QUICK_WINS, Rect(plot.x, plot.y, split_x - plot.x, split_y - plot.y)),
        (Quadrant.BIG_BETS, Rect(split_x, plot.y, plot.right - split_x, split_y - plot.y)),
        (Quadrant.FILL_INS, Rect(plot.x, split_y, split_x - plot.x, plot.bottom - split_y)),
        (Quadrant.MONEY_PITS, Rect(split_x, split_y, plot.right - split_x, plot.bottom - split_y)),
    )
    quadrants = tuple(
        QuadrantArea(q, r, QUADRANT_FILLS[q], _text(elide(QUADRANT_TITLES[q][language], r.w - 10, TITLE_SIZE, bold_measure), r.x + 5, r.y + 4, TITLE_SIZE, True, colours.MUTED))
        for q, r in areas
    )
    title_room = TITLE_SIZE * LEADING + 6  # the cells under a quadrant's title keep room for it
    titles = [(q.title, q.title.baseline - ASCENT * TITLE_SIZE, bold_measure(q.title.text, TITLE_SIZE)) for q in quadrants]

    lines: list[Line] = []
    for k in range(1, 5):
        lines.append(Line(x_of(k + 1), plot.y, x_of(k + 1), plot.bottom, colours.GRID, CELL_LINE_W, True))
        lines.append(Line(plot.x, y_of(k), plot.right, y_of(k), colours.GRID, CELL_LINE_W, True))
    lines.append(Line(split_x, plot.y, split_x, plot.bottom, colours.MUTED, DIVIDER_W, False))
    lines.append(Line(plot.x, split_y, plot.right, split_y, colours.MUTED, DIVIDER_W, False))
    lines.append(Line(plot.x, plot.bottom, plot.right, plot.bottom, colours.INK, 1.0, False))
    lines.append(Line(plot.x, plot.y, plot.x, plot.bottom, colours.INK, 1.0, False))

    texts: list[Text] = []
    for value in SCALE:
        texts.append(_centred(str(value), plot.x + (value - 0.5) * cell_w, plot.bottom + 4, TICK_SIZE, colour=colours.MUTED))
        label = str(value)
        texts.append(_text(label, plot.x - 8 - measure(label, TICK_SIZE), plot.y + (5.5 - value) * cell_h - TICK_SIZE / 2, TICK_SIZE, colour=colours.MUTED))
    texts.append(_centred(f"{matrix_word('effort', language)} →", plot.x + plot.w / 2, plot.bottom + 6 + TICK_SIZE * LEADING, TICK_SIZE + 1, True))
    texts.append(_text(f"↑ {matrix_word('impact', language)}", 2, 2, TICK_SIZE + 1, True))

    most = max((c.votes for c in scored), default=0)
    by_cell: dict[tuple[int, int], list[Card]] = {}
    for card in scored:
        by_cell.setdefault((card.impact, card.effort), []).append(card)  # type: ignore[arg-type]
    dots: list[Dot] = []
    for (impact, effort), group in by_cell.items():
        area = Rect(x_of(effort), y_of(impact), cell_w, cell_h)
        if any(area.y <= top < area.bottom and t.x < area.right and area.x < t.x + span for t, top, span in titles):
            area = Rect(area.x, area.y + title_room, area.w, area.h - title_room)  # under its quadrant's title
        for card, slot in zip(group, _slots(len(group), Rect(area.x + 2, area.y + 2, area.w - 4, area.h - 4))):
            wanted = dot_radius(card.votes, most)
            radius = max(3.0, min(wanted, slot.w / 2 - 2, slot.h * 0.3))
            cx, cy = slot.x + slot.w / 2, slot.y + radius + 2
            status = status_of(card)
            dots.append(
                Dot(card.id, impact, effort, card.votes, status, quadrant(impact, effort), swatch(status, cx, cy, radius), _label(card.text, slot, cy + radius + 2))
            )

    px, y = (0.0, plot.bottom + AXIS_H + 8) if tall else (plot.right + PANEL_GAP, plot.y)
    panel_top = y
    legend: list[Swatch] = []
    texts.append(_text(matrix_word("status", language), px, y, HEADING_SIZE, True))
    y += HEADING_SIZE * LEADING + 4
    for status in OpportunityStatus:
        legend.append(swatch(status, px + R_MIN + 2, y + 6, R_MIN + 1))
        texts.append(_text(STATUS_TITLES[status][language], px + 2 * R_MIN + 10, y + 6 - LEGEND_SIZE * 0.6, LEGEND_SIZE))
        y += 17
    y += 6
    if tall:
        px, y = px + panel_w + PANEL_GAP, panel_top
    texts.append(_text(matrix_word("size", language), px, y, HEADING_SIZE, True))
    y += HEADING_SIZE * LEADING + 4
    sizes = sorted({0, most}) if most else [0]
    for votes in sizes:
        r = dot_radius(votes, most)
        legend.append(Swatch(px + R_MAX + 2, y + R_MAX, r, colours.MUTED, "ring"))
        words = matrix_word("no_votes", language) if votes == 0 else matrix_word("vote", language) if votes == 1 else matrix_word("votes", language, value=votes)
        texts.append(_text(words, px + 2 * R_MAX + 10, y + R_MAX - LEGEND_SIZE * 0.6, LEGEND_SIZE))
        y += 2 * R_MAX + 6
    y += 6
    if tall:
        px, y = px + panel_w + PANEL_GAP, panel_top

    not_scored_lines: list[Text] = []
    if unscored:
        texts.append(_text(matrix_word("not_scored", language, count=len(unscored)), px, y, HEADING_SIZE, True))
        y += HEADING_SIZE * LEADING + 2
        texts.append(_text(matrix_word("not_scored_help", language), px, y, LEGEND_SIZE, colour=colours.MUTED))
        y += LEGEND_SIZE * LEADING + 3
        step = LEGEND_SIZE * LEADING + 2
        room = max(0, int((height - y) // step))
        shown = unscored if len(unscored) <= room else unscored[: max(0, room - 1)]
        texts_by_id = {c.id: c.text for c in cards}
        for card_id in shown:
            line = elide("• " + texts_by_id[card_id], panel_w - 4, LEGEND_SIZE, measure)
            not_scored_lines.append(_text(line, px, y, LEGEND_SIZE))
            y += step
        if len(shown) < len(unscored):
            texts.append(_text(matrix_word("more", language, count=len(unscored) - len(shown)), px, y, LEGEND_SIZE, colour=colours.MUTED))
    if not cards:
        texts.append(_centred(matrix_word("none", language), plot.x + plot.w / 2, plot.y + plot.h / 2 - 6, 11, colour=colours.MUTED))

    drawing = MatrixDrawing(
        width, height, plot, cell_w, cell_h, quadrants, tuple(lines), tuple(texts), tuple(legend), tuple(dots), unscored, tuple(not_scored_lines)
    )
    return themed(drawing, theme)
