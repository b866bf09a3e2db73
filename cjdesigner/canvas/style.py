"""Paints the pieces of the map's drawing description with QPainter: hex colours become QColors,
dash tuples become pen dash patterns, and shapes and text lines are drawn where the description
puts them. No size, position or colour rule lives here (they are in `cjdesigner.layout.drawing`),
so the screen matches the print.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from cjdesigner import colours
from cjdesigner.layout import drawing
from cjdesigner.layout.charts import ChartDrawing
from cjdesigner.layout.drawing import NORMAL, Disc, Face, Mark, Pip, Shape, TextLine, Theme
from cjdesigner.model.vocabulary import Confidence

FONT_FAMILY = "DejaVu Sans"


@lru_cache(maxsize=1024)
def qcolor(hex_colour: str) -> QColor:
    return QColor(hex_colour)


INK = qcolor(colours.INK)
MUTED = qcolor(colours.MUTED)
GRID = qcolor(colours.GRID)
SELECTION = qcolor(drawing.SELECTION)
MATCH = qcolor(drawing.MATCH)
CANVAS = qcolor(drawing.CANVAS)
WHITE = qcolor(drawing.WHITE)


@lru_cache(maxsize=1)
def load_bundled_fonts() -> bool:
    """Makes the bundled DejaVu Sans available to Qt; False if the files could not be loaded."""
    from cjdesigner.font_files import BOLD_FILE, REGULAR_FILE

    return all(QFontDatabase.addApplicationFont(str(path)) >= 0 for path in (REGULAR_FILE, BOLD_FILE))


@lru_cache(maxsize=64)
def font(size: float, bold: bool = False) -> QFont:
    """A font whose size is in scene units (points on paper), whatever the screen's dpi. Kerning is
    off: the description measures without it, as the PDF prints."""
    result = QFont(FONT_FAMILY)
    result.setPointSizeF(size * 0.75)
    result.setBold(bold)
    result.setKerning(False)
    return result


@lru_cache(maxsize=64)
def metrics(size: float, bold: bool = False) -> QFontMetricsF:
    return QFontMetricsF(font(size, bold))


@lru_cache(maxsize=256)
def pen(hex_colour: str, width: float, dash: tuple[float, ...] = ()) -> QPen:
    """A pen whose dash pattern is in points, as the description gives it (Qt counts in pen widths)."""
    result = QPen(qcolor(hex_colour), width)
    if dash:
        result.setCapStyle(Qt.PenCapStyle.FlatCap)
        result.setDashPattern([length / width for length in dash])
    return result


def draw_text(painter: QPainter, line: TextLine, dx: float = 0.0, dy: float = 0.0) -> None:
    painter.setPen(qcolor(line.colour))
    painter.setFont(font(line.size, line.bold))
    painter.drawText(QPointF(dx + line.x, dy + line.baseline), line.text)


def draw_shape(painter: QPainter, shape: Shape) -> None:
    numbers = shape.numbers
    if shape.kind == "ellipse":
        x, y, rx, ry = numbers
        painter.drawEllipse(QPointF(x, y), rx, ry)
    elif shape.kind == "rect":
        painter.drawRect(QRectF(*numbers))
    elif shape.kind == "rounded":
        x, y, w, h, r = numbers
        painter.drawRoundedRect(QRectF(x, y, w, h), r, r)
    else:
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in numbers]))


def draw_badge(painter: QPainter, disc: Disc) -> None:
    painter.setPen(pen(disc.border, disc.border_width))
    painter.setBrush(qcolor(disc.fill))
    painter.drawEllipse(QPointF(disc.x, disc.y), disc.radius, disc.radius)
    draw_text(painter, disc.initials)


def draw_marker(painter: QPainter, kind: str, colour: str, border: str, border_width: float, x: float, y: float, radius: float) -> None:
    painter.setPen(pen(border, border_width))
    painter.setBrush(qcolor(colour))
    draw_shape(painter, drawing.marker_shape(kind, x, y, radius))


def draw_sentiment(painter: QPainter, mark: Mark, theme: Theme = NORMAL) -> None:
    """Up triangle for positive, bar for neutral, down triangle for negative: readable in grey."""
    colour = drawing.sentiment_colour(mark.kind, theme)
    shape = drawing.sentiment_shape(mark.kind, mark.x, mark.y, mark.radius)
    painter.setPen(Qt.PenStyle.NoPen if shape.kind == "rounded" else pen(colour, drawing.SYMBOL_LINE_W))
    painter.setBrush(qcolor(colour))
    draw_shape(painter, shape)


def draw_confidence(painter: QPainter, mark: Mark, theme: Theme = NORMAL) -> None:
    centre, r = QPointF(mark.x, mark.y), mark.radius
    muted = qcolor(theme.muted)
    painter.setPen(pen(theme.muted, drawing.SYMBOL_LINE_W))
    painter.setBrush(muted if mark.kind == Confidence.VALIDATED.value else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, r, r)
    if mark.kind == Confidence.PARTLY_BACKED.value:
        path = QPainterPath(centre)
        path.arcTo(QRectF(mark.x - r, mark.y - r, 2 * r, 2 * r), 90, 180)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(muted)
        painter.drawPath(path)


def draw_pips(painter: QPainter, pips: tuple[Pip, ...], theme: Theme = NORMAL) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    for pip in pips:
        painter.setBrush(qcolor(theme.severity_on if pip.on else theme.severity_off))
        painter.drawEllipse(QPointF(pip.x, pip.y), drawing.PIP_R, drawing.PIP_R)


def draw_face(painter: QPainter, face: Face, theme: Theme = NORMAL) -> None:
    painter.setBrush(qcolor(theme.paper))
    painter.setPen(pen(theme.muted, drawing.SYMBOL_LINE_W))
    painter.drawEllipse(QPointF(face.x, face.y), face.radius, face.radius)
    painter.setBrush(qcolor(theme.muted))
    for ex, ey in face.eyes:
        painter.drawEllipse(QPointF(ex, ey), face.eye_radius, face.eye_radius)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    (x0, y0), (qx, qy), (x2, y2) = face.mouth
    mouth = QPainterPath(QPointF(x0, y0))
    mouth.quadTo(QPointF(qx, qy), QPointF(x2, y2))
    painter.drawPath(mouth)


def draw_chart(painter: QPainter, chart: ChartDrawing) -> None:
    """A chart lane card's bars (each filled, outlined when it has a border) and words."""
    for bar in chart.bars:
        painter.setPen(pen(bar.border, bar.border_width) if bar.border_width else Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(bar.fill))
        painter.drawRect(QRectF(bar.x, bar.y, bar.w, bar.h))
    for line in chart.texts:
        draw_text(painter, line)
