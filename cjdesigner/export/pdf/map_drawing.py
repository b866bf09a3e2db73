"""Paints one journey map with reportlab from the shared drawing description, in vector shapes and
real text, exactly as the canvas paints it.

The description measures from the top down; PDF measures from the bottom up, so every y goes through
`self.up`. User text is drawn with `drawString` and text objects, never through Paragraph markup:
what the user typed is what prints.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from cjdesigner import colours
from cjdesigner.export.pdf import palette
from cjdesigner.export.pdf.coverage import draw_coverage, draw_target
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, GlyphGuard
from cjdesigner.export.pdf.icons import define_icon
from cjdesigner.export.pdf.shapes import PdfPainter, card_label, draw_confidence, draw_face, draw_pips, draw_sentiment, flip
from cjdesigner.i18n import arg, translate
from cjdesigner.layout import MapLayout
from cjdesigner.layout.branch_drawing import BranchDrawing
from cjdesigner.layout.coverage import coverage_drawing
from cjdesigner.layout.drawing import (
    BADGE_R,
    BADGE_BORDER_W,
    BADGE_TEXT,
    CONFIDENCE_R,
    PIP_R,
    SENTIMENT_R,
    SYMBOL_LINE_W,
    CardDrawing,
    GuideLine,
    HeaderDrawing,
    Mark,
    TextLine,
    badge,
    severity_pips,
)
from cjdesigner.layout.drawing_set import MapDrawingSet
from cjdesigner.model.document import Card, Journey, Project
from cjdesigner.model.vocabulary import Confidence, Sentiment

CardsDrawn = Callable[[int], None]  # told how many cards are drawn so far


class MapDrawing(PdfPainter):
    """Paints a laid-out journey onto a reportlab canvas, in map points with the origin at the top-left."""

    def __init__(
        self, canvas: Canvas, project: Project, journey: Journey, layout: MapLayout, guard: GlyphGuard, drawings: MapDrawingSet | None = None
    ) -> None:
        super().__init__(canvas, project, journey, guard)
        self.layout = layout
        self.drawings = drawings or MapDrawingSet(project, journey, layout)
        self.warnings: list[str] = []
        self.height = layout.height
        self.personas = {p.id: p for p in project.personas}
        used = {pid for card in journey.cards for pid in card.persona_ids}
        self.card_shapes: dict[tuple[float, float, float], str] = {}
        self.badge_index = {p.id: index for index, p in enumerate(p for p in project.personas if p.id in used)}

    def up(self, y: float) -> float:
        return self.height - y

    def draw(self, progress: CardsDrawn | None = None) -> None:
        c = self.c
        c.setFillColor(palette.WHITE)
        c.rect(0, 0, self.layout.width, self.height, stroke=0, fill=1)
        self.draw_title()
        for stage_id in self.layout.stage_order:
            self.draw_header(self.drawings.stage(stage_id), self.layout.stages[stage_id].x, self.layout.stages[stage_id].y, f'stage "{self.drawings.stages[stage_id].name}"')
        coverage = coverage_drawing(self.journey, self.layout, self.language, self.drawings.theme)
        if coverage is not None:
            draw_coverage(self, coverage, self.up)
        for lane_id in self.layout.lane_order:
            self.draw_lane(lane_id)
        branches = self.drawings.branches()
        self.draw_branches(branches, boxes=True)
        curves = self.drawings.curves()
        self.draw_guides(curves.guides)
        cards = [card for card in self.journey.cards if card.id in self.layout.cards]
        labels: list[TextLine] = []
        self.c.setLineWidth(1)
        for index, card in enumerate(cards):
            self.draw_card(card, labels)
            if progress is not None and index % 250 == 249:
                progress(index + 1)
        self.draw_card_texts(cards, labels)
        for curve in curves.curves:
            self.draw_curve(curve, self.up)
        self.draw_guides(curves.blueprint)
        self.draw_branches(branches, boxes=False)

    def draw_branches(self, drawing: BranchDrawing, boxes: bool) -> None:
        """The path strips and the bands' lane titles under everything (`boxes`), or the fork and
        join lines, return arrows and their words over everything."""
        c = self.c
        if boxes:
            for rect, header in drawing.headers:
                self.draw_header(header, rect.x, rect.y, "a path's lane")
            for box in drawing.boxes:
                c.setLineWidth(box.width)
                c.setStrokeColor(palette.colour(box.border))
                c.setFillColor(palette.colour(box.fill))
                c.rect(box.rect.x, self.up(box.rect.bottom), box.rect.w, box.rect.h, stroke=1, fill=1)
            for line in drawing.labels:
                self.draw_line_of_text(line, self.up, "a path's name")
            return
        for polyline in drawing.lines:
            c.setLineWidth(polyline.width)
            c.setStrokeColor(palette.colour(polyline.colour))
            c.setDash(list(polyline.dash), 0)
            path = c.beginPath()
            for index, (x, y) in enumerate(polyline.points):
                (path.lineTo if index else path.moveTo)(x, self.up(y))
            if polyline.fill is not None:
                path.close()
                c.setFillColor(palette.colour(polyline.fill))
            c.drawPath(path, stroke=1, fill=1 if polyline.fill is not None else 0)
            c.setDash()
        for line in drawing.texts:
            self.draw_line_of_text(line, self.up, "a return arrow's label")

    # --- title and legend --------------------------------------------------------------------

    def draw_title(self) -> None:
        legend = self.drawings.legend()
        for line, where in zip(legend.lines, ("the journey's title", "the scenario")):
            self.draw_line_of_text(line, self.up, where)
        for entry in legend.entries:
            where = f'persona "{self.personas[entry.persona_id].name}"'
            self.draw_badge(entry.badge, self.up, where)
            for line in entry.lines:
                self.draw_line_of_text(line, self.up, where)

    # --- symbols drawn once and stamped on each card -----------------------------------------------

    def define_symbols(self) -> None:
        """Badges, severity pips, sentiment and confidence marks as PDF forms, drawn once each from
        the same description as the cards: a 5,000-card map then stamps them instead of repeating
        ~100 numbers of curves per card. Must run before the map's own form begins (forms do not
        nest while being defined)."""
        c = self.c
        for persona_id, index in self.badge_index.items():
            persona = self.personas[persona_id]
            c.beginForm(f"cj-badge-{index}", -8, -8, 8, 8)
            self.draw_badge(badge(persona, 0, 0, BADGE_R, BADGE_TEXT, BADGE_BORDER_W), flip, f'persona "{persona.name}"')
            c.endForm()
        for severity in range(1, 6):
            c.beginForm(f"cj-severity-{severity}", -30, -3, 0, 3)
            draw_pips(c, severity_pips(severity, 0, 0), flip, PIP_R, colours.SEVERITY_ON, colours.SEVERITY_OFF)
            c.endForm()
        for sentiment in Sentiment:
            c.beginForm(f"cj-sentiment-{sentiment.value}", -6, -6, 6, 6)
            draw_sentiment(c, Mark(sentiment.value, 0, 0, SENTIMENT_R), flip, SYMBOL_LINE_W)
            c.endForm()
        for kind in sorted({lane.kind for lane in self.journey.lanes}, key=lambda k: k.value):
            self.note(define_icon(c, f"lane-{kind.value}", 18))
        for channel in sorted({card.channel for card in self.journey.cards if card.channel}, key=lambda ch: ch.value):
            self.note(define_icon(c, f"channel-{channel.value}", 13))
        for confidence in Confidence:
            c.beginForm(f"cj-confidence-{confidence.value}", -6, -6, 6, 6)
            draw_confidence(c, Mark(confidence.value, 0, 0, CONFIDENCE_R), flip, SYMBOL_LINE_W)
            c.endForm()
        self.define_card_shapes()

    def define_card_shapes(self) -> None:
        """The rounded outline of every size of card, as a form that sets no colour: each card stamps
        it in its own fill, border and line width, which the form takes from where it is placed."""
        for card_id, rect in self.layout.cards.items():
            drawing = self.drawings.card(card_id)
            if drawing is None:
                continue
            shape = (rect.w, rect.h, drawing.radius)
            if shape not in self.card_shapes:
                name = self.card_shapes[shape] = f"cj-card-{len(self.card_shapes)}"
                pad = 2 * drawing.border_width + 1
                self.c.beginForm(name, -pad, -pad, rect.w + pad, rect.h + pad)
                self.c.roundRect(0, 0, rect.w, rect.h, drawing.radius, stroke=1, fill=1)
                self.c.endForm()

    def note(self, problem: str | None) -> None:
        if problem and problem not in self.warnings:
            self.warnings.append(arg(translate("pdf", "%1; it is left out"), problem))

    def stamp(self, name: str, x: float, y: float) -> None:
        """A shared form placed at (x, y). The move is written as a literal inside q … Q: reportlab's
        saveState/translate/restoreState keep a Python copy of the graphics state, which cost more
        than the drawing of the thousands of badges and symbols a large map stamps."""
        c = self.c
        c.addLiteral(f"q 1 0 0 1 {fp_str(x, y)} cm")
        c.doForm(name)
        c.addLiteral("Q")

    # --- headers and cells ---------------------------------------------------------------------

    def draw_header(self, drawing: HeaderDrawing | None, x: float, y: float, where: str) -> None:
        """A header's drawing is relative to its corner: paint it there, y flipped."""
        if drawing is None:
            return
        c, rect = self.c, drawing.rect
        c.saveState()
        c.translate(x, self.up(y))
        c.setLineWidth(drawing.border_width)
        c.setStrokeColor(palette.colour(drawing.border))
        c.setFillColor(palette.colour(drawing.fill))
        c.rect(rect.x, -rect.bottom, rect.w, rect.h, stroke=1, fill=1)
        if drawing.bar is not None:
            bar = drawing.bar
            c.setFillColor(palette.colour(drawing.bar_colour))
            c.rect(bar.x, -bar.bottom, bar.w, bar.h, stroke=0, fill=1)
        if drawing.icon is not None:
            icon = drawing.icon.rect
            self.stamp(f"cj-icon-{drawing.icon.name}", icon.x, -icon.bottom)
        for line in drawing.lines:
            self.draw_line_of_text(line, flip, where)
        for face in drawing.faces:
            draw_face(c, face, flip, SYMBOL_LINE_W)
        for target in drawing.targets:
            draw_target(c, target, flip)
        c.restoreState()

    def draw_lane(self, lane_id: str) -> None:
        c, rect, lane = self.c, self.layout.lanes[lane_id], self.drawings.lanes[lane_id]
        header = self.drawings.lane(lane_id)
        if header is None:
            return
        c.setLineWidth(header.border_width)
        c.setStrokeColor(palette.colour(header.border))
        c.setFillColor(palette.colour(self.drawings.cell_fill(lane_id)))
        for stage_id in self.layout.stage_order:
            cell = self.layout.cells[(stage_id, lane_id)]
            c.rect(cell.x, self.up(cell.bottom), cell.w, cell.h, stroke=1, fill=1)
        self.draw_header(header, rect.x, rect.y, f'lane "{lane.title}"')

    # --- cards ----------------------------------------------------------------------------------

    def draw_card(self, card: Card, labels: list[TextLine]) -> None:
        """The card's shapes; its words are collected in `labels` and set later, all in one text
        object, which is much cheaper for reportlab than a text object per card."""
        c, rect = self.c, self.layout.cards[card.id]
        drawing: CardDrawing = self.drawings.card(card.id)  # type: ignore[assignment]
        c.setStrokeColor(palette.colour(drawing.border))
        c.setFillColor(palette.colour(drawing.fill))
        top = self.up(rect.y)
        self.stamp(self.card_shapes[(rect.w, rect.h, drawing.radius)], rect.x, top - rect.h)
        if drawing.confidence is not None:
            self.stamp(f"cj-confidence-{drawing.confidence.kind}", rect.x + drawing.confidence.x, top - drawing.confidence.y)
        for persona_id, disc in drawing.badges:
            index = self.badge_index.get(persona_id)
            if index is not None:
                self.stamp(f"cj-badge-{index}", rect.x + disc.x, top - disc.y)
        if drawing.channel is not None:
            icon = drawing.channel.rect
            self.stamp(f"cj-icon-{drawing.channel.name}", rect.x + icon.x, top - icon.bottom)
        if drawing.sentiment is not None:
            self.stamp(f"cj-sentiment-{drawing.sentiment.kind}", rect.x + drawing.sentiment.x, top - drawing.sentiment.y)
        if drawing.severity:
            self.stamp(f"cj-severity-{drawing.severity_level}", rect.x + drawing.severity_right, top - drawing.severity[0].y)
        if drawing.chart is not None:
            self.draw_chart(drawing.chart, self.up, f'card "{card_label(card.text)}"', rect.x, rect.y)
            c.setLineWidth(drawing.border_width)
        if drawing.votes is not None:
            votes = drawing.votes
            labels.append(votes._replace(x=rect.x + votes.x, baseline=top - votes.baseline))
        if drawing.goal is not None:
            mark, goal = drawing.goal
            c.saveState()
            draw_target(c, mark, self.up, rect.x, rect.y)
            self.draw_line_of_text(goal, self.up, f'the goal of card "{card_label(card.text)}"', rect.x, rect.y)
            c.restoreState()
        if drawing.metric is not None:
            self.draw_line_of_text(drawing.metric, self.up, f'the value of card "{card_label(card.text)}"', rect.x, rect.y)
        if drawing.sub_journey is not None:
            self.draw_line_of_text(drawing.sub_journey, self.up, f'the sub-journey mark of card "{card_label(card.text)}"', rect.x, rect.y)

    def draw_card_texts(self, cards: list[Card], labels: list[TextLine]) -> None:
        c = self.c
        text = c.beginText()
        text.setFillColor(palette.INK)
        size = 0.0
        for card in cards:
            drawing = self.drawings.card(card.id)
            if drawing is None or not drawing.lines:
                continue
            rect = self.layout.cards[card.id]
            first = drawing.lines[0]
            if first.size != size:
                size = first.size
                text.setFont(REGULAR, size, size * 1.2)
            text.setTextOrigin(rect.x + first.x, self.up(rect.y + first.baseline))
            where = f'card "{card_label(card.text)}"'
            for line in drawing.lines:
                text.textLine(self.text(line.text, where))
        text.setFillColor(palette.INK)
        text.setFont(BOLD, 8.0)
        for label in labels:
            text.setTextOrigin(label.x, label.baseline)
            text.textOut(label.text)
        c.drawText(text)

    # --- emotions and blueprint lines ------------------------------------------------------------

    def draw_guides(self, guides: tuple[GuideLine, ...]) -> None:
        c = self.c
        for guide in guides:
            c.setLineWidth(guide.width)
            c.setStrokeColor(palette.colour(guide.colour))
            c.setDash(list(guide.dash), 0)
            c.line(guide.x0, self.up(guide.y), guide.x1, self.up(guide.y))
            c.setDash()
            if guide.label is not None:
                self.draw_line_of_text(guide.label, self.up, "")
