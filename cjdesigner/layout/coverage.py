"""The evidence coverage row: under the stage headers, how well each stage is backed — how many of
its cards are validated, partly backed, assumptions, or state no confidence at all — as a stacked
bar with the counts printed, and a verdict where research is thin.

Each kind of backing has a fill that differs in lightness and pattern (solid dark, hatched, light,
dashed outline), and every count is printed, so the row reads in black and white. The description
is in map coordinates; the canvas, the PDF and the image exports paint it as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from cjdesigner.i18n import QT_TRANSLATE_NOOP, MapWord, map_words
from cjdesigner.layout.theme import NORMAL, TextLine, Theme
from cjdesigner.layout.grid import MapLayout, Rect
from cjdesigner.layout.metrics import bold_measure, measure
from cjdesigner.model.document import Card, Journey
from cjdesigner.model.vocabulary import CONFIDENCE_TITLES, Confidence, Language
from cjdesigner.textfit import elide

UNSTATED = "unstated"
KINDS = (Confidence.VALIDATED.value, Confidence.PARTLY_BACKED.value, Confidence.ASSUMPTION.value, UNSTATED)
WORDS: dict[str, MapWord] = map_words("coverage row", {
    "title": QT_TRANSLATE_NOOP("coverage row", "Evidence coverage"),
    UNSTATED: QT_TRANSLATE_NOOP("coverage row", "Not stated"),
    "thin": QT_TRANSLATE_NOOP("coverage row", "Research is thin: {weak}/{total} unbacked"),
    "empty": QT_TRANSLATE_NOOP("coverage row", "No cards"),
})
BAR_H = 14.0
SWATCH = 8.0
HATCH_STEP = 3.5
DASH: tuple[float, ...] = (2.0, 1.5)  # the outline of cards that state no confidence
COUNT_SIZE = 8.5
SMALL_SIZE = 7.5  # the legend and the verdict
PAD = 10.0


@dataclass(frozen=True, slots=True)
class StageCoverage:
    """How many of a stage's cards carry each confidence (and how many state none)."""

    validated: int = 0
    partly_backed: int = 0
    assumption: int = 0
    unstated: int = 0

    @property
    def total(self) -> int:
        return self.validated + self.partly_backed + self.assumption + self.unstated

    @property
    def weak(self) -> int:
        """Cards that rest on no research: assumptions and cards stating no confidence."""
        return self.assumption + self.unstated

    @property
    def thin(self) -> bool:
        """Research is thin where most of the stage's cards (more than half) are unbacked."""
        return self.total > 0 and 2 * self.weak > self.total

    def count(self, kind: str) -> int:
        return getattr(self, kind)


def count_cards(cards: Iterable[Card]) -> StageCoverage:
    counts = dict.fromkeys(KINDS, 0)
    for card in cards:
        counts[card.confidence.value if card.confidence is not None else UNSTATED] += 1
    return StageCoverage(**counts)


class CoverageTally:
    """Each shown card's stage and backing, and each stage's counts, kept from edit to edit: an edit
    of a few cards changes the counts by what those cards were and are, however large their
    stages. Built in one pass (`stage_coverage`'s counts, the cards of hidden lanes left out)."""

    def __init__(self, journey: Journey, layout: MapLayout) -> None:
        self.of: dict[str, tuple[str, str]] = {}
        self.counts: dict[str, dict[str, int]] = {stage_id: dict.fromkeys(KINDS, 0) for stage_id in layout.stage_order}
        for card in journey.cards:
            self._add(card, layout)

    def _add(self, card: Card, layout: MapLayout) -> str | None:
        counts = self.counts.get(card.stage_id)
        if counts is None or card.id not in layout.places:
            return None
        kind = card.confidence.value if card.confidence is not None else UNSTATED
        self.of[card.id] = (card.stage_id, kind)
        counts[kind] += 1
        return card.stage_id

    def update(self, cards: Mapping[str, Card], card_ids: Iterable[str], layout: MapLayout) -> set[str]:
        """Count these cards again (`cards` maps the journey's cards by id, as they are now; a card
        missing from it is gone). Returns the stages whose counts were touched."""
        touched: set[str] = set()
        for card_id in card_ids:
            old = self.of.pop(card_id, None)
            if old is not None:
                self.counts[old[0]][old[1]] -= 1
                touched.add(old[0])
            card = cards.get(card_id)
            stage_id = self._add(card, layout) if card is not None else None
            if stage_id is not None:
                touched.add(stage_id)
        return touched

    def coverage(self) -> dict[str, StageCoverage]:
        return {stage_id: StageCoverage(**counts) for stage_id, counts in self.counts.items()}


def stage_coverage(journey: Journey, layout: MapLayout | None = None) -> dict[str, StageCoverage]:
    """Each stage's counts, over the cards the map shows (with a layout: not those of hidden lanes).
    Run after every edit of a large map: one pass, no work per card beyond a lookup."""
    tally: dict[str, dict[object, int]] = {stage.id: {} for stage in journey.stages}
    places = layout.places if layout is not None else None
    for card in journey.cards:
        counts = tally.get(card.stage_id)
        if counts is not None and (places is None or card.id in places):
            counts[card.confidence] = counts.get(card.confidence, 0) + 1
    return {
        stage_id: StageCoverage(
            counts.get(Confidence.VALIDATED, 0), counts.get(Confidence.PARTLY_BACKED, 0), counts.get(Confidence.ASSUMPTION, 0), counts.get(None, 0)
        )
        for stage_id, counts in tally.items()
    }


class Box(NamedTuple):
    """A rectangle: filled, outlined (dashed when `dash` is set)."""

    rect: Rect
    fill: str
    border: str
    border_width: float
    dash: tuple[float, ...] = ()


class Stroke(NamedTuple):
    """A straight line, as the hatching of partly backed cards is drawn."""

    x0: float
    y0: float
    x1: float
    y1: float
    colour: str
    width: float


@dataclass(frozen=True, slots=True)
class CoverageDrawing:
    """Boxes first, then strokes, then text, in map coordinates."""

    boxes: tuple[Box, ...]
    strokes: tuple[Stroke, ...]
    lines: tuple[TextLine, ...]
    counts: dict[str, StageCoverage]


def kind_title(kind: str, language: Language) -> str:
    return WORDS[UNSTATED][language] if kind == UNSTATED else CONFIDENCE_TITLES[Confidence(kind)][language]


def _look(kind: str, theme: Theme) -> tuple[str, str]:
    """The fill and the ink of a kind: validated solid and dark, partly backed hatched on paper,
    assumptions light, no confidence stated left as paper inside a dashed outline."""
    if kind == Confidence.VALIDATED.value:
        return ("#2E5E4E" if theme.tinted else theme.ink), theme.paper
    if kind == Confidence.ASSUMPTION.value:
        return ("#F3D9A4" if theme.tinted else "#CCCCCC"), theme.ink
    return theme.paper, theme.ink


def _hatch(rect: Rect, colour: str) -> list[Stroke]:
    """Lines rising at 45° across `rect`, cut to its edges."""
    strokes = []
    offset = HATCH_STEP
    while offset < rect.w + rect.h:
        # the line x - rect.x + (rect.bottom - y) = offset, clipped to the rectangle
        x0, y0 = rect.x + max(0.0, offset - rect.h), rect.bottom - min(offset, rect.h)
        x1, y1 = rect.x + min(offset, rect.w), rect.bottom - max(0.0, offset - rect.w)
        strokes.append(Stroke(x0, y0, x1, y1, colour, 0.8))
        offset += HATCH_STEP
    return strokes


def _swatch(kind: str, rect: Rect, theme: Theme, boxes: list[Box], strokes: list[Stroke]) -> None:
    fill, _ = _look(kind, theme)
    dash = DASH if kind == UNSTATED else ()
    boxes.append(Box(rect, fill, theme.ink, 0.6, dash))
    if kind == Confidence.PARTLY_BACKED.value:
        strokes.extend(_hatch(rect, theme.ink))


def coverage_drawing(
    journey: Journey, layout: MapLayout, language: Language = Language.EN, theme: Theme = NORMAL, counts: dict[str, StageCoverage] | None = None
) -> CoverageDrawing | None:
    """The row as the layout placed it (`counts` when the caller has them already); None when the
    layout keeps no room for it."""
    if not layout.coverage or layout.coverage_label is None:
        return None
    counts = stage_coverage(journey, layout) if counts is None else counts
    boxes: list[Box] = []
    strokes: list[Stroke] = []
    lines: list[TextLine] = []
    label = layout.coverage_label
    boxes.append(Box(label, theme.paper, theme.grid, theme.grid_w))
    lines.append(TextLine(elide(WORDS["title"][language], label.w - 16, 10.0, bold_measure), label.x + 8, label.y + 16, 10.0, True, theme.ink))
    column = (label.w - 16) / 2
    for index, kind in enumerate(KINDS):
        x = label.x + 8 + (index % 2) * column
        baseline = label.y + 32 + (index // 2) * 14
        _swatch(kind, Rect(x, baseline - SWATCH + 1, SWATCH, SWATCH), theme, boxes, strokes)
        title = elide(kind_title(kind, language), column - SWATCH - 8, SMALL_SIZE, measure)
        lines.append(TextLine(title, x + SWATCH + 4, baseline, SMALL_SIZE, False, theme.ink))
    for stage_id, rect in layout.coverage.items():
        coverage = counts.get(stage_id, StageCoverage())
        boxes.append(Box(rect, theme.paper, theme.grid, theme.grid_w))
        bar = Rect(rect.x + PAD, rect.y + 8, rect.w - 2 * PAD, BAR_H)
        if coverage.total == 0:
            boxes.append(Box(bar, theme.paper, theme.grid, 0.8, DASH))
            lines.append(TextLine(WORDS["empty"][language], bar.x + 4, bar.bottom - 4, SMALL_SIZE, False, theme.muted))
            continue
        x = bar.x
        for kind in KINDS:
            n = coverage.count(kind)
            if not n:
                continue
            w = bar.w * n / coverage.total
            _swatch(kind, Rect(x, bar.y, w, bar.h), theme, boxes, strokes)
            x += w
        step = bar.w / len(KINDS)
        for index, kind in enumerate(KINDS):
            x = bar.x + index * step
            baseline = bar.bottom + 13
            _swatch(kind, Rect(x, baseline - SWATCH + 1, SWATCH, SWATCH), theme, boxes, strokes)
            lines.append(TextLine(str(coverage.count(kind)), x + SWATCH + 3, baseline, COUNT_SIZE, True, theme.ink))
        if coverage.thin:
            verdict = WORDS["thin"][language].format(weak=coverage.weak, total=coverage.total)
            lines.append(TextLine(elide(verdict, bar.w, SMALL_SIZE, bold_measure), bar.x, rect.bottom - 7, SMALL_SIZE, True, theme.ink))
    return CoverageDrawing(tuple(boxes), tuple(strokes), tuple(lines), counts)
