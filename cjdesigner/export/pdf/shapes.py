"""Small shapes the map and the page furniture share, in PDF page coordinates (y up)."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf import palette


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
