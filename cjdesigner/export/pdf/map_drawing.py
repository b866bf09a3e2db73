"""Draws one journey map with reportlab, from the model and the shared layout, in vector shapes and
real text, the way the canvas paints it.

The layout measures from the top down; PDF measures from the bottom up, so every y goes through
`self.up`. User text is drawn with `drawString` and text objects, never through Paragraph markup:
what the user typed is what prints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.colours import persona_looks
from cjdesigner.export.pdf import palette
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, GlyphGuard, bold_measure, measure
from cjdesigner.export.pdf.icons import define_icon
from cjdesigner.export.pdf.shapes import PdfPainter, card_label, polygon
from cjdesigner.layout import (
    CARD_FOOTER_Y,
    CARD_TEXT_H,
    CARD_TEXT_TOP,
    CARD_TEXT_X,
    LANE_HEADER_W,
    MapLayout,
    card_text_width,
)
from cjdesigner.model.document import Card, Journey, Project
from cjdesigner.model.vocabulary import BLUEPRINT_LINE_TITLES, Confidence, LaneKind, Sentiment
from cjdesigner.textfit import FittedText, elide, fit_text

ASCENT = 0.928  # DejaVu Sans ascent, in ems


class CardLabel(NamedTuple):
    """A vote count, right-aligned in a card's footer."""

    text: str
    right: float
    baseline: float

CardsDrawn = Callable[[int], None]  # told how many cards are drawn so far


class MapDrawing(PdfPainter):
    """Draws a laid-out journey onto a reportlab canvas, in map points with the origin at the top-left."""

    def __init__(self, canvas: Canvas, project: Project, journey: Journey, layout: MapLayout, guard: GlyphGuard) -> None:
        super().__init__(canvas, project, journey, guard)
        self.layout = layout
        self.warnings: list[str] = []
        self.height = layout.height
        self.personas = {p.id: p for p in project.personas}
        self.lanes = {lane.id: lane for lane in journey.lanes}
        self.stages = {stage.id: stage for stage in journey.stages}
        self.looks = persona_looks(project)
        used = {pid for card in journey.cards for pid in card.persona_ids}
        self.persona_order = [p.id for p in project.personas if p.id in used]
        self.badge_index = {pid: index for index, pid in enumerate(self.persona_order)}
        self._fitted: dict[tuple[str, float], FittedText] = {}

    def up(self, y: float) -> float:
        return self.height - y

    def draw(self, progress: CardsDrawn | None = None) -> None:
        c = self.c
        c.setFillColor(palette.WHITE)
        c.rect(0, 0, self.layout.width, self.height, stroke=0, fill=1)
        self.draw_title()
        for stage_id in self.layout.stage_order:
            self.draw_stage_header(stage_id)
        for lane_id in self.layout.lane_order:
            self.draw_lane(lane_id)
        self.draw_emotion_grid()
        cards = [card for card in self.journey.cards if card.id in self.layout.cards]
        labels: list[CardLabel] = []
        self.c.setLineWidth(1)
        for index, card in enumerate(cards):
            self.draw_card(card, labels)
            if progress is not None and index % 250 == 249:
                progress(index + 1)
        self.draw_card_texts(cards, labels)
        self.draw_emotion_curves()
        self.draw_blueprint_lines()

    # --- title and legend --------------------------------------------------------------------

    def draw_title(self) -> None:
        c, rect = self.c, self.layout.title
        title = self.text(self.journey.title, "the journey's title")
        c.setFillColor(palette.INK)
        c.setFont(BOLD, 16)
        title = elide(title, rect.w, 16, bold_measure)
        c.drawString(rect.x, self.up(rect.y + 20), title)
        if self.journey.scenario:
            title_w = bold_measure(title, 16)
            scenario = elide(self.text(self.journey.scenario, "the scenario"), rect.w - title_w - 24, 9, measure)
            c.setFillColor(palette.MUTED)
            c.setFont(REGULAR, 9)
            c.drawString(rect.x + title_w + 16, self.up(rect.y + 20), scenario)
        for persona_id, badge in self.layout.legend.items():
            persona = self.personas.get(persona_id)
            if persona is None:
                continue
            self.draw_badge(persona, badge.center[0], self.up(badge.center[1]), badge.w / 2, 9)
            where = f'persona "{persona.name}"'
            c.setFillColor(palette.INK)
            c.setFont(BOLD, 10)
            c.drawString(badge.right + 6, self.up(badge.y + 12), elide(self.text(persona.name, where), 150, 10, bold_measure))
            if persona.role:
                c.setFillColor(palette.MUTED)
                c.setFont(REGULAR, 8)
                c.drawString(badge.right + 6, self.up(badge.y + 24), elide(self.text(persona.role, where), 150, 8, measure))

    # --- symbols drawn once and stamped on each card -----------------------------------------------

    def define_symbols(self) -> None:
        """Badges, severity pips, sentiment and confidence marks as PDF forms, drawn once each: a
        5,000-card map then stamps them instead of repeating ~100 numbers of curves per card.
        Must run before the map's own form begins (forms do not nest while being defined)."""
        c = self.c
        for index, persona_id in enumerate(self.persona_order):
            persona = self.personas[persona_id]
            c.beginForm(f"cj-badge-{index}", -8, -8, 8, 8)
            self.draw_badge(persona, 0, 0, 7, 6.5)
            c.endForm()
        for severity in range(1, 6):
            c.beginForm(f"cj-severity-{severity}", -30, -3, 0, 3)
            for pip in range(5):
                c.setFillColor(palette.SEVERITY_ON if pip < severity else palette.SEVERITY_OFF)
                c.circle(-3 - (4 - pip) * 6.0, 0, 2.3, stroke=0, fill=1)
            c.endForm()
        for sentiment in Sentiment:
            c.beginForm(f"cj-sentiment-{sentiment.value}", -12, -6, 0, 6)
            self.draw_sentiment(sentiment, -6, 0, 5)
            c.endForm()
        for kind in sorted({lane.kind for lane in self.journey.lanes}, key=lambda k: k.value):
            self.note(define_icon(c, f"lane-{kind.value}", 18))
        for channel in sorted({card.channel for card in self.journey.cards if card.channel}, key=lambda ch: ch.value):
            self.note(define_icon(c, f"channel-{channel.value}", 13))
        for confidence in Confidence:
            c.beginForm(f"cj-confidence-{confidence.value}", -6, -6, 6, 6)
            self.draw_confidence(confidence, 0, 0)
            c.endForm()

    def note(self, problem: str | None) -> None:
        if problem and problem not in self.warnings:
            self.warnings.append(f"{problem}; it is left out")

    def stamp(self, name: str, x: float, y: float) -> None:
        c = self.c
        c.saveState()
        c.translate(x, y)
        c.doForm(name)
        c.restoreState()

    # --- headers and cells ---------------------------------------------------------------------

    def draw_stage_header(self, stage_id: str) -> None:
        c, rect, stage = self.c, self.layout.stages[stage_id], self.stages[stage_id]
        where = f'stage "{stage.name}"'
        c.setLineWidth(0.8)
        c.setStrokeColor(palette.GRID)
        c.setFillColor(palette.WHITE)
        c.rect(rect.x, self.up(rect.bottom), rect.w, rect.h, stroke=1, fill=1)
        c.setFillColor(palette.colour(stage.colour))
        c.rect(rect.x, self.up(rect.y + 6), rect.w, 6, stroke=0, fill=1)
        c.setFillColor(palette.INK)
        c.setFont(BOLD, 11)
        c.drawString(rect.x + 8, self.up(rect.y + 26), elide(self.text(stage.name, where), rect.w - 16, 11, bold_measure))
        if stage.goal:
            goal = fit_text(self.text(stage.goal, where), rect.w - 16, 28, measure, size=8.5, floor=8.5)
            self.draw_lines(goal, rect.x + 8, rect.y + 32, palette.MUTED)

    def draw_lane(self, lane_id: str) -> None:
        c, rect, lane = self.c, self.layout.lanes[lane_id], self.lanes[lane_id]
        c.setLineWidth(0.8)
        c.setStrokeColor(palette.GRID)
        cell_fill = palette.cell_fill(lane)
        c.setFillColor(cell_fill)
        for stage_id in self.layout.stage_order:
            cell = self.layout.cells[(stage_id, lane_id)]
            c.rect(cell.x, self.up(cell.bottom), cell.w, cell.h, stroke=1, fill=1)
        c.setFillColor(palette.colour(palette.darker(palette.lighter(palette.lane_hex(lane), 108), 104)))
        c.rect(rect.x, self.up(rect.bottom), rect.w, rect.h, stroke=1, fill=1)
        self.stamp(f"cj-icon-lane-{lane.kind.value}", rect.x + 10, self.up(rect.y + 30))
        title = fit_text(self.text(lane.title, f'lane "{lane.title}"'), rect.w - 40, min(rect.h, 60) - 8, bold_measure, 10.5, 10.5)
        self.draw_lines(title, rect.x + 34, rect.y + 8, palette.INK, bold=True)
        if lane.kind == LaneKind.EMOTIONS and lane.id in self.layout.curve_areas:
            for score in (2, 1, 0, -1, -2):
                y = self.layout.score_y(lane.id, score)
                self.draw_face(score, rect.x + LANE_HEADER_W - 40, y, 7)
                c.setFillColor(palette.MUTED)
                c.setFont(REGULAR, 8)
                c.drawRightString(rect.x + LANE_HEADER_W - 4, self.up(y) - 3, f"{score:+d}" if score else "0")

    def draw_face(self, score: int, x: float, y: float, radius: float) -> None:
        c, fy = self.c, self.up(y)
        c.setLineWidth(1.2)
        c.setStrokeColor(palette.MUTED)
        c.setFillColor(palette.WHITE)
        c.circle(x, fy, radius, stroke=1, fill=1)
        c.setFillColor(palette.MUTED)
        for dx in (-radius * 0.35, radius * 0.35):
            c.circle(x + dx, fy + radius * 0.25, radius * 0.1, stroke=0, fill=1)
        bend = score * radius * 0.18
        mouth_y = fy - radius * 0.35
        x0, y0 = x - radius * 0.45, mouth_y + bend / 2
        x2, y2 = x + radius * 0.45, mouth_y + bend / 2
        qy = mouth_y - bend
        path = c.beginPath()
        path.moveTo(x0, y0)
        path.curveTo(x0 + 2 / 3 * (x - x0), y0 + 2 / 3 * (qy - y0), x2 + 2 / 3 * (x - x2), y2 + 2 / 3 * (qy - y2), x2, y2)
        c.drawPath(path, stroke=1, fill=0)

    def draw_lines(self, fitted: FittedText, x: float, top: float, colour, bold: bool = False) -> None:
        """Lines of fitted text whose first line's top is at `top` (map points)."""
        c = self.c
        c.setFillColor(colour)
        text = c.beginText(x, self.up(top + ASCENT * fitted.size))
        text.setFont(BOLD if bold else REGULAR, fitted.size, fitted.size * 1.2)
        for line in fitted.lines:
            text.textLine(line)
        c.drawText(text)

    # --- cards ----------------------------------------------------------------------------------

    def fitted(self, text: str, has_confidence: bool) -> FittedText:
        width = card_text_width(has_confidence)
        key = (text, width)
        result = self._fitted.get(key)
        if result is None:
            result = self._fitted[key] = fit_text(text, width, CARD_TEXT_H, measure)
        return result

    def draw_card(self, card: Card, labels: list[CardLabel]) -> None:
        """The card's shapes; its words are collected in `labels` and set later, all in one text
        object, which is much cheaper for reportlab than a text object per card."""
        c, rect = self.c, self.layout.cards[card.id]
        lane = self.lanes.get(card.lane_id)
        fill = palette.card_fill_hex(card, lane)
        c.setStrokeColor(palette.colour(palette.darker(fill, 160)))
        c.setFillColor(palette.colour(fill))
        top = self.up(rect.y)
        c.roundRect(rect.x, top - rect.h, rect.w, rect.h, 6, stroke=1, fill=1)
        if card.confidence is not None:
            self.stamp(f"cj-confidence-{card.confidence.value}", rect.right - 10, top - 10)
        self.draw_card_footer(card, rect.x, rect.right, self.up(rect.y + CARD_FOOTER_Y), labels)

    def draw_card_texts(self, cards: list[Card], labels: list[CardLabel]) -> None:
        c = self.c
        text = c.beginText()
        text.setFillColor(palette.INK)
        size = 0.0
        for card in cards:
            if not card.text:
                continue
            rect = self.layout.cards[card.id]
            fitted = self.fitted(self.text(card.text, f'card "{card_label(card.text)}"'), card.confidence is not None)
            if fitted.size != size:
                size = fitted.size
                text.setFont(REGULAR, size, size * 1.2)
            text.setTextOrigin(rect.x + CARD_TEXT_X, self.up(rect.y + CARD_TEXT_TOP + ASCENT * size))
            for line in fitted.lines:
                text.textLine(line)
        text.setFillColor(palette.INK)
        text.setFont(BOLD, 8.0)
        for label in labels:
            text.setTextOrigin(label.right - measure(label.text, 8.0, True), label.baseline)
            text.textOut(label.text)
        c.drawText(text)

    def draw_confidence(self, confidence: Confidence, x: float, y: float) -> None:
        c = self.c
        c.setLineWidth(1.2)
        c.setStrokeColor(palette.MUTED)
        c.setFillColor(palette.MUTED)
        c.circle(x, y, 4.5, stroke=1, fill=1 if confidence == Confidence.VALIDATED else 0)
        if confidence == Confidence.PARTLY_BACKED:
            path = c.beginPath()
            path.moveTo(x, y + 4.5)
            path.arcTo(x - 4.5, y - 4.5, x + 4.5, y + 4.5, 90, 180)
            path.close()
            c.drawPath(path, stroke=0, fill=1)

    def draw_card_footer(self, card: Card, left: float, right: float, y: float, labels: list[CardLabel]) -> None:
        x = left + 8
        for persona_id in card.persona_ids[:5]:
            index = self.badge_index.get(persona_id)
            if index is None:
                continue
            self.stamp(f"cj-badge-{index}", x + 7, y)
            x += 16
        right -= 8
        if card.channel is not None:
            self.stamp(f"cj-icon-channel-{card.channel.value}", right - 13, y - 6.5)
            right -= 17
        if card.sentiment is not None:
            self.stamp(f"cj-sentiment-{card.sentiment.value}", right, y)
            right -= 15
        if card.severity:
            self.stamp(f"cj-severity-{card.severity}", right, y)
            right -= 34
        if card.votes:
            labels.append(CardLabel(f"● {card.votes}", right, y - 3))

    def draw_sentiment(self, sentiment: Sentiment, x: float, y: float, r: float) -> None:
        """Up triangle, bar, down triangle: the shape carries the meaning in black and white."""
        c = self.c
        colour = palette.SENTIMENT[sentiment]
        c.setFillColor(colour)
        c.setStrokeColor(colour)
        c.setLineWidth(1.2)
        if sentiment == Sentiment.NEUTRAL:
            c.roundRect(x - r, y - r * 0.3, 2 * r, r * 0.6, 1, stroke=0, fill=1)
            return
        tip = r if sentiment == Sentiment.POSITIVE else -r
        polygon(c, [(x, y + tip), (x + r, y - tip * 0.7), (x - r, y - tip * 0.7)])

    # --- emotions and blueprint lines ------------------------------------------------------------

    def draw_emotion_grid(self) -> None:
        c = self.c
        c.setLineWidth(0.8)
        c.setStrokeColor(palette.GRID)
        c.setDash(1, 2)
        for lane_id, area in self.layout.curve_areas.items():
            for score in (2, 1, 0, -1, -2):
                y = self.up(self.layout.score_y(lane_id, score))
                c.line(area.x, y, area.right, y)
        c.setDash()

    def draw_emotion_curves(self) -> None:
        order = {stage_id: index for index, stage_id in enumerate(self.layout.stage_order)}
        for persona_id in self.journey.persona_ids:
            persona = self.personas.get(persona_id)
            if persona is None:
                continue
            points = sorted(
                (p for p in self.journey.emotion_points if p.persona_id == persona_id and p.id in self.layout.emotion_points),
                key=lambda p: order.get(p.stage_id, 0),
            )
            placed = [(x, self.up(y), p.label) for p in points for x, y in (self.layout.emotion_points[p.id],)]
            self.draw_emotion_line(persona, self.looks[persona_id], placed, 6, 10, 90)

    def draw_blueprint_lines(self) -> None:
        c, grid = self.c, self.layout.grid
        for line, y in self.layout.blueprint_lines:
            c.setLineWidth(1.4)
            c.setStrokeColor(palette.INK)
            c.setDash(6, 3)
            c.line(grid.x, self.up(y), grid.right, self.up(y))
            c.setDash()
            c.setFillColor(palette.INK)
            c.setFont(BOLD, 8)
            c.drawString(grid.x + 4, self.up(y - 3), BLUEPRINT_LINE_TITLES[line][self.project.language])

