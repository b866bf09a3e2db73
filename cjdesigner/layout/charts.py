"""Chart lanes: the cards of a lane drawn as a chart instead of as notes.

A card of a chart lane keeps its rectangle (it is laid out, selected, dragged and edited like any
card); only what is drawn inside changes. In a **bar** lane each card shows its metric's name, its
value and a bar whose length is the value on a scale shared by every card of the lane with the same
metric name, so one metric reads as a bar chart across the stages; the target is a tick across the
bar. In a **funnel** lane the cards with a value, in map order (stage, then position), are the
funnel's steps: a centred bar as wide as the step's share of the first step, inside the outline of
the step before it, with the drop-off from that step and the conversion from the first.

Everything is readable in black and white: the measured part is a dark bar with an outline, the
way still to go is hollow, the target tick has a light edge that shows across the dark bar.

The pieces are plain rectangles and text lines, in the same units and corner as the card's other
parts; the canvas, the PDF, the image exports and the projector paint them as given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from cjdesigner.i18n import number
from cjdesigner.layout.theme import NORMAL, TextLine, Theme
from cjdesigner.layout.grid import CARD_H, CARD_TEXT_X, CARD_W, MapLayout, Rect
from cjdesigner.layout.metrics import ASCENT, bold_measure, measure
from cjdesigner.model.document import Card, Journey, Lane, Project
from cjdesigner.model.vocabulary import CHART_WORDS, LaneChart, Language
from cjdesigner.textfit import elide

MINUS = "\u2212"
NARROW_NBSP = "\u202f"
NBSP = "\u00a0"
CURRENCIES = frozenset("€$£")
SHORT_UNIT = 3  # a unit this short (%, €, s, min) is printed after the target too

# Sizes on a map card, in points (the projector scales them).
NAME_SIZE = 9.5
VALUE_SIZE = 13.0
NOTE_SIZE = 8.0
NOTE_LEADING = 1.3
NAME_FLOOR = 7.5
BAR_H = 12.0
TICK_OVER = 3.0  # how far the target tick reaches above and below the bar
TICK_W = 2.5
BAR_BORDER_W = 0.8
TICK_EDGE_W = 0.8
MIN_BAR = 1.5  # a value above zero always shows


class ChartBar(NamedTuple):
    """A rectangle filled with `fill` and outlined with `border` (no outline when `border_width` is 0)."""

    x: float
    y: float
    w: float
    h: float
    fill: str
    border: str
    border_width: float


class ChartDrawing(NamedTuple):
    """A card's chart: bars painted in order, then text lines; positions as the card's other parts."""

    bars: tuple[ChartBar, ...]
    texts: tuple[TextLine, ...]


# --- numbers in the map's language -------------------------------------------------------------


def format_number(value: float, language: Language | None = None, decimals: int | None = None) -> str:
    """A number as `language` writes it (the interface's without one): see `i18n.number`."""
    return number(value, None if language is None else language.value, decimals)


def with_unit(number: str, unit: str, language: Language) -> str:
    """A formatted number with its unit: "82 %" and "890 €" in French, "82%" and "€890" in English,
    "48 000 visiteurs" in both (the space never breaks)."""
    unit = unit.strip()
    if not unit:
        return number
    if unit == "%":
        return f"{number}{NARROW_NBSP}%" if language is Language.FR else f"{number}%"
    if unit in CURRENCIES and language is Language.EN:
        return f"{MINUS}{unit}{number[1:]}" if number.startswith(MINUS) else f"{unit}{number}"
    return f"{number}{NBSP}{unit}"


def format_measure(value: float, unit: str, language: Language) -> str:
    return with_unit(format_number(value, language), unit, language)


def format_percent(value: float, language: Language, signed: bool = False) -> str:
    """A percentage with one decimal: "−93,5 %" / "−93.5%"; `signed` puts a + before a rise."""
    text = with_unit(format_number(value, language, 1), "%", language)
    return f"+{text}" if signed and value > 0 else text


def chart_word(key: str, language: Language, **values: str) -> str:
    return CHART_WORDS[key][language].format(**values)


# --- what a lane's chart says ---------------------------------------------------------------------


def metric_key(text: str) -> str:
    """Cards name the same metric when their texts match, case and spacing aside."""
    return " ".join(text.split()).casefold()


class ChartFacts(NamedTuple):
    """What one card's chart shows, before it is placed in a box."""

    name: str
    value: str | None  # the formatted value; None when the card has none
    fraction: float  # bar length (bars) or width (funnel) as a share of the whole width, 0 to 1
    outline: float | None  # bars: the target's place; funnel: the previous step's width
    notes: tuple[str, ...]  # lines under the bar, the most important first
    funnel: bool


@dataclass(frozen=True)
class LaneFacts:
    """The numbers a chart lane's cards share: each metric's scale, and the funnel's steps."""

    chart: LaneChart
    language: Language
    scales: dict[str, float]
    steps: tuple[Card, ...]


def lane_facts(lane: Lane, cards: Iterable[Card], stage_order: Sequence[str], language: Language) -> LaneFacts:
    """`cards` may be the whole journey's; only the lane's count. The scale of a metric is the
    largest of its values and targets (100 for a percentage, unless one goes beyond)."""
    chart = lane.chart or LaneChart.BARS
    stage_index = {stage_id: index for index, stage_id in enumerate(stage_order)}
    mine = sorted(
        (c for c in cards if c.lane_id == lane.id and c.stage_id in stage_index),
        key=lambda c: (stage_index[c.stage_id], c.position),
    )
    scales: dict[str, float] = {}
    for card in mine:
        key = metric_key(card.text)
        numbers = [n for n in (card.value, card.target) if n is not None]
        floor = 100.0 if card.unit.strip() == "%" else 0.0
        scales[key] = max(scales.get(key, 0.0), floor, *numbers)
    steps = tuple(c for c in mine if c.value is not None)
    return LaneFacts(chart, language, scales, steps)


def _target_note(card: Card, language: Language) -> str | None:
    if card.target is None:
        return None
    unit = card.unit if len(card.unit.strip()) <= SHORT_UNIT else ""
    return chart_word("target", language, value=format_measure(card.target, unit, language))


def metric_summary(card: Card, language: Language) -> str | None:
    """A metric card's numbers on one line, for a lane that shows cards: "68 % · cible 55 %" in a
    French map, "68% · target 55%" in an English one; None for a card without a value or target."""
    parts = [format_measure(card.value, card.unit, language)] if card.value is not None else []
    if (target := _target_note(card, language)) is not None:
        parts.append(target)
    return " · ".join(parts) or None


def chart_facts(card: Card, facts: LaneFacts) -> ChartFacts:
    language = facts.language
    name = " ".join(card.text.split())
    target = _target_note(card, language)
    if card.value is None:
        notes = tuple(n for n in (chart_word("no_value", language), target) if n)
        return ChartFacts(name, None, 0.0, None, notes, facts.chart is LaneChart.FUNNEL)
    value = format_measure(card.value, card.unit, language)
    if facts.chart is LaneChart.FUNNEL:
        return _funnel_facts(card, facts, name, value, target)
    scale = facts.scales.get(metric_key(card.text), 0.0)
    share = (lambda n: min(1.0, max(0.0, n) / scale)) if scale > 0 else (lambda n: 0.0)
    outline = share(card.target) if card.target is not None else None
    return ChartFacts(name, value, share(card.value), outline, (target,) if target else (), False)


def _funnel_facts(card: Card, facts: LaneFacts, name: str, value: str, target: str | None) -> ChartFacts:
    language = facts.language
    steps = facts.steps
    index = next((i for i, step in enumerate(steps) if step.id == card.id), None)
    if index is None:  # a card outside the laid-out stages is no step of the funnel
        return ChartFacts(name, value, 0.0, None, (), True)
    first = steps[0].value or 0.0
    share = (lambda n: min(1.0, max(0.0, n or 0.0) / first)) if first > 0 else (lambda n: 0.0)
    if index == 0:
        return ChartFacts(name, value, share(card.value), None, tuple(n for n in (chart_word("start", language), target) if n), True)
    before = steps[index - 1]
    notes: list[str] = []
    previous = before.value or 0.0
    if previous > 0:
        change = format_percent(((card.value or 0.0) - previous) / previous * 100, language, signed=True)
        notes.append(chart_word("drop", language, value=change, name=" ".join(before.text.split()) or "—"))
    second = []
    if first > 0:
        second.append(chart_word("conversion", language, value=format_percent((card.value or 0.0) / first * 100, language)))
    if target:
        second.append(target)
    if second:
        notes.append(" · ".join(second))
    return ChartFacts(name, value, share(card.value), share(previous), tuple(notes), True)


# --- placing a chart in a box -------------------------------------------------------------------


class ChartInk(NamedTuple):
    """The colours a chart is drawn in: ink for bars and words, paper for the hollow part."""

    ink: str
    muted: str
    paper: str


def theme_ink(theme: Theme = NORMAL) -> ChartInk:
    return ChartInk(theme.ink, theme.muted, theme.paper)


def one_line(text: str, width: float, size: float, bold: bool) -> str:
    """One line, cut with an ellipsis only when it does not fit (so its no-break spaces stay)."""
    measure_with = bold_measure if bold else measure
    return text if measure_with(text, size) <= width else elide(text, width, size, measure_with)


def _fitted_name(name: str, width: float, size: float, floor: float) -> tuple[str, float]:
    """A name (or a value) in bold on one line: shrunk towards `floor`, then cut."""
    while size > floor and bold_measure(name, size) > width:
        size = max(floor, size - 0.5)
    return one_line(name, width, size, True), size


def _bars(facts: ChartFacts, x: float, y: float, w: float, h: float, s: float, ink: ChartInk) -> list[ChartBar]:
    border = BAR_BORDER_W * s
    bars: list[ChartBar] = []
    if facts.funnel:
        centre = x + w / 2
        if facts.outline is not None:
            outer = max(MIN_BAR * s, w * facts.outline)
            bars.append(ChartBar(centre - outer / 2, y, outer, h, ink.paper, ink.ink, border))
        width = max(MIN_BAR * s, w * facts.fraction) if facts.fraction > 0 else 0.0
        if width:
            bars.append(ChartBar(centre - width / 2, y, width, h, ink.ink, ink.ink, border))
        return bars
    length = max(MIN_BAR * s, w * facts.fraction) if facts.fraction > 0 else 0.0
    if facts.outline is not None and facts.outline > facts.fraction:
        bars.append(ChartBar(x + length, y, w * facts.outline - length, h, ink.paper, ink.ink, border))
    if length:
        bars.append(ChartBar(x, y, length, h, ink.ink, ink.ink, border))
    if facts.outline is not None:
        tick_x = x + w * facts.outline
        over = TICK_OVER * s
        bars.append(ChartBar(tick_x - TICK_W * s / 2, y - over, TICK_W * s, h + 2 * over, ink.ink, ink.paper, TICK_EDGE_W * s))
    return bars


def place_chart(facts: ChartFacts, box: Rect, ink: ChartInk, name_room: float = 0.0, floor: float = NAME_FLOOR) -> ChartDrawing:
    """The chart's pieces in a map card's `box`, stacked: name, value, bar, notes. `name_room` is
    kept free at the right of the name line (for the confidence mark); no word is smaller than
    `floor` (the theme's smallest card text); a note that does not fit is left out."""
    x, width = box.x + CARD_TEXT_X, box.w - 2 * CARD_TEXT_X
    top = box.y + 6.0
    texts: list[TextLine] = []
    name, size = _fitted_name(facts.name, width - name_room, max(NAME_SIZE, floor), max(NAME_FLOOR, floor))
    if name:
        texts.append(TextLine(name, x, top + ASCENT * size, size, True, ink.ink))
    value_base = top + NAME_SIZE * 1.25 + ASCENT * VALUE_SIZE
    note_size = max(NOTE_SIZE, floor)
    notes = list(facts.notes)
    if facts.value is not None:
        value, size = _fitted_name(facts.value, width, VALUE_SIZE, max(NOTE_SIZE, floor))
        texts.append(TextLine(value, x, value_base, size, True, ink.ink))
    else:  # "no value" takes the value's line, muted
        texts.append(TextLine(one_line(notes.pop(0), width, note_size * 1.25, False), x, value_base, note_size * 1.25, False, ink.muted))
    bar_y = value_base + 5.0
    bars = _bars(facts, x, bar_y, width, BAR_H, 1.0, ink) if facts.value is not None else []
    baseline = bar_y + BAR_H + TICK_OVER + ASCENT * note_size + 2.0
    for note in notes:
        if baseline + (1 - ASCENT) * note_size > box.bottom - 1:
            break
        texts.append(TextLine(one_line(note, width, note_size, False), x, baseline, note_size, False, ink.ink))
        baseline += note_size * NOTE_LEADING
    return ChartDrawing(tuple(bars), tuple(texts))


def place_large(facts: ChartFacts, box: Rect, ink: ChartInk, text: float, pad: float) -> ChartDrawing:
    """The chart in a box of the projector, its words `text` pixels high (the room's smallest
    readable size). A box much wider than high puts the name and value on the left and the bar
    with its notes on the right; otherwise they stack; `pad` is kept free along the box's edges. The bar takes the height the words leave,
    and notes that leave the bar too thin are left out, the least important first."""
    s = text / NOTE_SIZE
    value_size = text * 1.25
    wide = box.w >= 2.2 * box.h
    value = facts.value if facts.value is not None else facts.notes[0]
    split = box.w
    if wide:  # the name and value whole if they can be, the bar at least a third of the card
        split = min(box.w * 0.62, max(box.w * 0.3, bold_measure(facts.name, text) + 2 * pad, bold_measure(value, value_size) + 2 * pad))
    left_w = split - 2 * pad
    name, size = _fitted_name(facts.name, left_w, text, text)
    x = box.x + pad
    texts = [TextLine(name, x, box.y + pad + ASCENT * size, size, True, ink.ink)] if name else []
    value_base = box.y + pad + text * 1.25 + ASCENT * value_size
    notes = list(facts.notes if facts.value is not None else facts.notes[1:])
    colour = ink.ink if facts.value is not None else ink.muted
    value, size = _fitted_name(value, left_w, value_size, text)  # the value shrinks before it is cut
    texts.append(TextLine(value, x, value_base, size, True, colour))
    bar_x = box.x + split + pad if wide else x
    bar_w = box.right - pad - bar_x
    over = TICK_OVER * s
    top = (box.y + pad if wide else value_base + value_size * 0.3) + over
    step = text * NOTE_LEADING
    while notes and box.bottom - pad - top - over - len(notes) * step < text * 0.5:
        notes.pop()
    bar_h = min(text * 1.2, box.bottom - pad - top - over - len(notes) * step)
    bars = _bars(facts, bar_x, top, bar_w, bar_h, s, ink) if facts.value is not None and bar_h > 0 else []
    baseline = top + bar_h + over + ASCENT * text
    for note in notes:
        texts.append(TextLine(one_line(note, bar_w, text, False), bar_x, baseline, text, False, ink.ink))
        baseline += step
    return ChartDrawing(tuple(bars), tuple(texts))


CARD_BOX = Rect(0.0, 0.0, CARD_W, CARD_H - 4.0)
FOOTER_BOX = Rect(0.0, 0.0, CARD_W, CARD_H - 19.0)  # above the footer of badges, sentiment and votes


def card_chart(card: Card, facts: LaneFacts, theme: Theme = NORMAL, footer: bool = False) -> ChartDrawing:
    """A map card's chart, relative to the card's top-left corner; above the footer when the card
    has one (badges, channel, sentiment, severity or votes)."""
    box = FOOTER_BOX if footer else CARD_BOX
    room = 12.0 if card.confidence is not None else 0.0
    return place_chart(chart_facts(card, facts), box, theme_ink(theme), name_room=room, floor=theme.min_text)


class LaneCharts:
    """The chart lanes of one laid-out journey and the facts each shares, made when first needed.

    `cards` is the drawing set's own map of the journey's cards by id, kept current as cards are
    edited; an edit of a chart lane's card is noted so that the lane's facts are made again."""

    def __init__(self, project: Project, journey: Journey, layout: MapLayout, cards: Mapping[str, Card]) -> None:
        self.lanes = {lane.id: lane for lane in journey.lanes if lane.chart is not None}
        self.language = project.language if isinstance(project.language, Language) else Language.EN
        self.layout = layout
        self._cards = cards
        self._facts: dict[str, LaneFacts] = {}
        self._touched: set[str] = set()

    def card_ids(self) -> set[str]:
        return {c.id for c in self._cards.values() if c.lane_id in self.lanes} if self.lanes else set()

    def chart(self, card: Card, theme: Theme = NORMAL, footer: bool = False) -> ChartDrawing | None:
        """The card's chart, or None when its lane shows cards."""
        lane = self.lanes.get(card.lane_id)
        if lane is None:
            return None
        facts = self._facts.get(lane.id)
        if facts is None:
            facts = self._facts[lane.id] = lane_facts(lane, self._cards.values(), self.layout.stage_order, self.language)
        return card_chart(card, facts, theme, footer)

    def note(self, before: Card | None, after: Card | None) -> None:
        """A card changed from `before` to `after` (None: it was added, or removed)."""
        if self.lanes:
            self._touched.update(c.lane_id for c in (before, after) if c is not None and c.lane_id in self.lanes)

    def forget(self) -> set[str]:
        """Forgets the facts of the lanes noted since the last call; returns their cards' ids."""
        if not self._touched:
            return set()
        touched, self._touched = self._touched, set()
        for lane_id in touched:
            self._facts.pop(lane_id, None)
        return {c.id for c in self._cards.values() if c.lane_id in touched}
