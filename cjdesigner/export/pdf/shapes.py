"""Paints the pieces of a drawing description with reportlab. The description is in map points,
y downwards; `up` turns its y into the page's (y upwards), so the same pieces paint the map, a form
stamped on every card, or a chart in the appendix."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf import palette
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, GlyphGuard
from cjdesigner.layout.charts import ChartDrawing
from cjdesigner.layout.drawing import Disc, Face, Mark, PersonaCurve, Pip, Shape, TextLine, marker_shape, sentiment_colour, sentiment_shape
from cjdesigner.model.document import Journey, Project
from cjdesigner.model.vocabulary import Confidence

Up = Callable[[float], float]


def flip(y: float) -> float:
    """For forms: the symbol's centre is the origin, and y goes up."""
    return -y


class PdfPainter:
    """What every part of the PDF draws with: the canvas, the map, and the guard every user
    string passes through on its way to the page."""

    def __init__(self, canvas: Canvas, project: Project, journey: Journey, guard: GlyphGuard) -> None:
        self.c = canvas
        self.project = project
        self.journey = journey
        self.guard = guard
        self.language = project.language

    def text(self, text: str, where: str) -> str:
        return self.guard.printable(text, where)

    def draw_line_of_text(self, line: TextLine, up: Up, where: str, dx: float = 0.0, dy: float = 0.0) -> None:
        c = self.c
        c.setFillColor(palette.colour(line.colour))
        c.setFont(BOLD if line.bold else REGULAR, line.size)
        c.drawString(dx + line.x, up(dy + line.baseline), self.text(line.text, where))

    def draw_badge(self, disc: Disc, up: Up, where: str) -> None:
        """A persona's badge: a disc in their colour with their initials."""
        c = self.c
        c.setLineWidth(disc.border_width)
        c.setStrokeColor(palette.colour(disc.border))
        c.setFillColor(palette.colour(disc.fill))
        c.circle(disc.x, up(disc.y), disc.radius, stroke=1, fill=1)
        self.draw_line_of_text(disc.initials, up, where)

    def draw_chart(self, chart: ChartDrawing, up: Up, where: str, dx: float = 0.0, dy: float = 0.0) -> None:
        """A chart lane card's bars (each filled, outlined when it has a border) and words."""
        c = self.c
        for bar in chart.bars:
            c.setFillColor(palette.colour(bar.fill))
            if bar.border_width:
                c.setLineWidth(bar.border_width)
                c.setStrokeColor(palette.colour(bar.border))
            c.rect(dx + bar.x, up(dy + bar.y + bar.h), bar.w, bar.h, stroke=1 if bar.border_width else 0, fill=1)
        for line in chart.texts:
            self.draw_line_of_text(line, up, where, dx, dy)

    def draw_curve(self, curve: PersonaCurve, up: Up, dx: float = 0.0, dy: float = 0.0) -> None:
        """A persona's emotion curve: their colour, dash and marker, so it reads in black and white."""
        c = self.c
        if curve.drawn:
            c.setLineWidth(curve.width)
            c.setStrokeColor(palette.colour(curve.colour))
            c.setDash(list(curve.dash), 0)
            path = c.beginPath()
            for index, point in enumerate(curve.points):
                (path.lineTo if index else path.moveTo)(dx + point.x, up(dy + point.y))
            c.drawPath(path, stroke=1, fill=0)
            c.setDash()
        for point in curve.points:
            draw_marker(c, curve, dx + point.x, up(dy + point.y))
            if point.label is not None:
                self.draw_line_of_text(point.label, up, "an emotion point's label", dx + point.x, dy + point.y)


def draw_shape(c: Canvas, shape: Shape, up: Up, stroke: int = 1) -> None:
    numbers = shape.numbers
    if shape.kind == "ellipse":
        x, y, rx, _ = numbers
        c.circle(x, up(y), rx, stroke=stroke, fill=1)
    elif shape.kind == "rect":
        x, y, w, h = numbers
        c.rect(x, min(up(y), up(y + h)), w, h, stroke=stroke, fill=1)
    elif shape.kind == "rounded":
        x, y, w, h, r = numbers
        c.roundRect(x, min(up(y), up(y + h)), w, h, r, stroke=stroke, fill=1)
    else:
        path = c.beginPath()
        first, *rest = numbers
        path.moveTo(first[0], up(first[1]))
        for x, y in rest:
            path.lineTo(x, up(y))
        path.close()
        c.drawPath(path, stroke=stroke, fill=1)


def draw_marker(c: Canvas, curve: PersonaCurve, x: float, y: float) -> None:
    """A persona's emotion marker centred on (x, y) page points."""
    c.setLineWidth(curve.marker_border_width)
    c.setStrokeColor(palette.colour(curve.border))
    c.setFillColor(palette.colour(curve.colour))
    draw_shape(c, marker_shape(curve.marker, x, -y, curve.marker_radius), flip)


def draw_sentiment(c: Canvas, mark: Mark, up: Up, line_width: float) -> None:
    colour = palette.colour(sentiment_colour(mark.kind))
    c.setFillColor(colour)
    c.setStrokeColor(colour)
    c.setLineWidth(line_width)
    shape = sentiment_shape(mark.kind, mark.x, mark.y, mark.radius)
    draw_shape(c, shape, up, stroke=0 if shape.kind == "rounded" else 1)


def draw_confidence(c: Canvas, mark: Mark, up: Up, line_width: float) -> None:
    x, y, r = mark.x, up(mark.y), mark.radius
    c.setLineWidth(line_width)
    c.setStrokeColor(palette.MUTED)
    c.setFillColor(palette.MUTED)
    c.circle(x, y, r, stroke=1, fill=1 if mark.kind == Confidence.VALIDATED.value else 0)
    if mark.kind == Confidence.PARTLY_BACKED.value:
        path = c.beginPath()
        path.moveTo(x, y + r)
        path.arcTo(x - r, y - r, x + r, y + r, 90, 180)
        path.close()
        c.drawPath(path, stroke=0, fill=1)


def draw_pips(c: Canvas, pips: tuple[Pip, ...], up: Up, radius: float, on: str, off: str) -> None:
    for pip in pips:
        c.setFillColor(palette.colour(on if pip.on else off))
        c.circle(pip.x, up(pip.y), radius, stroke=0, fill=1)


def draw_face(c: Canvas, face: Face, up: Up, line_width: float) -> None:
    c.setLineWidth(line_width)
    c.setStrokeColor(palette.MUTED)
    c.setFillColor(palette.WHITE)
    c.circle(face.x, up(face.y), face.radius, stroke=1, fill=1)
    c.setFillColor(palette.MUTED)
    for ex, ey in face.eyes:
        c.circle(ex, up(ey), face.eye_radius, stroke=0, fill=1)
    (x0, y0), (qx, qy), (x2, y2) = ((x, up(y)) for x, y in face.mouth)
    path = c.beginPath()
    path.moveTo(x0, y0)
    path.curveTo(x0 + 2 / 3 * (qx - x0), y0 + 2 / 3 * (qy - y0), x2 + 2 / 3 * (qx - x2), y2 + 2 / 3 * (qy - y2), x2, y2)
    c.drawPath(path, stroke=1, fill=0)


def card_label(text: str) -> str:
    """A card's text shortened to name it in a message."""
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"
