"""Paints the evidence coverage row and goal marks with reportlab, from the shared description
(`cjdesigner.layout.coverage`, `cjdesigner.layout.drawing.Target`), as the canvas paints them."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf import palette
from cjdesigner.export.pdf.shapes import PdfPainter, Up
from cjdesigner.layout.coverage import CoverageDrawing
from cjdesigner.layout.drawing import Target


def draw_target(c: Canvas, target: Target, up: Up, dx: float = 0.0, dy: float = 0.0) -> None:
    """A goal's mark: a ring around a dot (no font has to hold a target sign)."""
    x, y = dx + target.x, up(dy + target.y)
    colour = palette.colour(target.colour)
    c.setLineWidth(target.width)
    c.setStrokeColor(colour)
    c.setFillColor(colour)
    c.circle(x, y, target.radius, stroke=1, fill=0)
    c.circle(x, y, target.dot, stroke=0, fill=1)


def draw_coverage(painter: PdfPainter, drawing: CoverageDrawing, up: Up) -> None:
    c = painter.c
    for box in drawing.boxes:
        rect = box.rect
        c.setLineWidth(box.border_width)
        c.setStrokeColor(palette.colour(box.border))
        c.setFillColor(palette.colour(box.fill))
        if box.dash:
            c.setDash(list(box.dash), 0)
        c.rect(rect.x, up(rect.bottom), rect.w, rect.h, stroke=1, fill=1)
        if box.dash:
            c.setDash()
    for stroke in drawing.strokes:
        c.setLineWidth(stroke.width)
        c.setStrokeColor(palette.colour(stroke.colour))
        c.line(stroke.x0, up(stroke.y0), stroke.x1, up(stroke.y1))
    for line in drawing.lines:
        painter.draw_line_of_text(line, up, "the evidence coverage row")
