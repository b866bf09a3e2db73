"""Small shapes the map and the page furniture share, in PDF page coordinates (y up)."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf import palette
from cjdesigner.export.pdf.fonts import GlyphGuard
from cjdesigner.model.document import Journey, Project


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


def polygon(c: Canvas, points: list[tuple[float, float]], stroke: int = 1) -> None:
    path = c.beginPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.close()
    c.drawPath(path, stroke=stroke, fill=1)


def draw_marker(c: Canvas, kind: str, hex_colour: str, x: float, y: float, r: float, line_width: float = 1.2) -> None:
    """A persona's emotion marker (circle, square, triangle or diamond): shape, not only colour,
    tells the personas apart on a black-and-white print."""
    c.setLineWidth(line_width)
    c.setStrokeColor(palette.colour(palette.darker(hex_colour, 135)))
    c.setFillColor(palette.colour(hex_colour))
    if kind == "square":
        c.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7, stroke=1, fill=1)
    elif kind == "triangle":
        polygon(c, [(x, y + r), (x + r, y - r * 0.8), (x - r, y - r * 0.8)])
    elif kind == "diamond":
        polygon(c, [(x, y + r), (x + r, y), (x, y - r), (x - r, y)])
    else:
        c.circle(x, y, r, stroke=1, fill=1)
