"""How the map looks on screen: colours, fonts, persona line styles, sentiment symbols, faces.

Colour is never the only carrier of meaning: each persona's emotion line also has its own dash
and marker, and sentiment is a symbol.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from cjdesigner import colours
from cjdesigner.model.vocabulary import Sentiment

FONT_FAMILY = "DejaVu Sans"
INK = QColor(colours.INK)
MUTED = QColor(colours.MUTED)
GRID = QColor(colours.GRID)
SEVERITY_ON = QColor(colours.SEVERITY_ON)
SEVERITY_OFF = QColor(colours.SEVERITY_OFF)
SELECTION = QColor("#1565C0")
MATCH = QColor("#F57C00")
CANVAS = QColor("#F7F8FA")

DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
MARKERS = colours.MARKERS

SENTIMENT_COLOURS = {sentiment: QColor(hex_colour) for sentiment, hex_colour in colours.SENTIMENT.items()}


@lru_cache(maxsize=1)
def load_bundled_fonts() -> bool:
    """Makes the bundled DejaVu Sans available to Qt; False if the files could not be loaded."""
    from cjdesigner.export.font_files import BOLD_FILE, REGULAR_FILE

    return all(QFontDatabase.addApplicationFont(str(path)) >= 0 for path in (REGULAR_FILE, BOLD_FILE))


@lru_cache(maxsize=64)
def font(size: float, bold: bool = False) -> QFont:
    """A font whose size is in scene units (points on paper), whatever the screen's dpi."""
    result = QFont(FONT_FAMILY)
    result.setPointSizeF(size * 0.75)
    result.setBold(bold)
    return result


@lru_cache(maxsize=64)
def metrics(size: float, bold: bool = False) -> QFontMetricsF:
    return QFontMetricsF(font(size, bold))


def measure(text: str, size: float) -> float:
    return metrics(size).horizontalAdvance(text)


def darker(colour: QColor, factor: int = 135) -> QColor:
    return QColor(colour).darker(factor)


def draw_marker(painter: QPainter, kind: str, centre: QPointF, radius: float) -> None:
    x, y, r = centre.x(), centre.y(), radius
    if kind == "square":
        painter.drawRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    elif kind == "triangle":
        painter.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y + r * 0.8), QPointF(x - r, y + r * 0.8)]))
    elif kind == "diamond":
        painter.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)]))
    else:
        painter.drawEllipse(centre, r, r)


def draw_sentiment(painter: QPainter, sentiment: Sentiment, centre: QPointF, radius: float = 6.0) -> None:
    """Up triangle for positive, bar for neutral, down triangle for negative: readable in grey."""
    colour = SENTIMENT_COLOURS[sentiment]
    painter.setPen(QPen(colour, 1.2))
    painter.setBrush(colour)
    x, y, r = centre.x(), centre.y(), radius
    if sentiment == Sentiment.POSITIVE:
        painter.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y + r * 0.7), QPointF(x - r, y + r * 0.7)]))
    elif sentiment == Sentiment.NEGATIVE:
        painter.drawPolygon(QPolygonF([QPointF(x, y + r), QPointF(x + r, y - r * 0.7), QPointF(x - r, y - r * 0.7)]))
    else:
        painter.drawRoundedRect(QRectF(x - r, y - r * 0.3, 2 * r, r * 0.6), 1, 1)


def draw_face(painter: QPainter, score: int, centre: QPointF, radius: float) -> None:
    """A face from very unhappy (−2) to delighted (+2), drawn, not taken from an emoji font."""
    painter.setBrush(QColor("#FFFFFF"))
    painter.setPen(QPen(MUTED, 1.2))
    painter.drawEllipse(centre, radius, radius)
    eye = radius * 0.35
    painter.setBrush(MUTED)
    for dx in (-eye, eye):
        painter.drawEllipse(QPointF(centre.x() + dx, centre.y() - radius * 0.25), radius * 0.1, radius * 0.1)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth = QPainterPath()
    y = centre.y() + radius * 0.35
    bend = score * radius * 0.18
    mouth.moveTo(centre.x() - radius * 0.45, y - bend / 2)
    mouth.quadTo(QPointF(centre.x(), y + bend), QPointF(centre.x() + radius * 0.45, y - bend / 2))
    painter.drawPath(mouth)
