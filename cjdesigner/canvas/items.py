"""Graphics items of the map. Each holds the id of what it shows and reads the model through its
scene when it paints, so there is one copy of the data: the document's."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from cjdesigner.app.icons import renderer
from cjdesigner.canvas import style
from cjdesigner.layout import CARD_FOOTER_Y, CARD_H, CARD_TEXT_TOP, CARD_TEXT_X, CARD_W, CURVE_PAD, LANE_HEADER_W, Rect, card_text_width
from cjdesigner.model.vocabulary import LANE_COLOURS, BLUEPRINT_LINE_TITLES, Confidence, Language

if TYPE_CHECKING:
    from cjdesigner.canvas.scene import MapScene

CARD_BOUNDS = QRectF(-2, -2, CARD_W + 4, CARD_H + 4)
CARD_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)
Z_CELL, Z_HEADER, Z_CURVE, Z_CARD, Z_POINT, Z_MARKER, Z_DRAGGED = 0, 1, 2, 3, 4, 5, 6


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


log = logging.getLogger(__name__)
_reported_paint_errors: set[tuple[str, str]] = set()
_paint_error_hook: Callable[[str], None] | None = None


def set_paint_error_hook(hook: Callable[[str], None] | None) -> None:
    """Lets the window show, once, a sentence when part of the map could not be drawn."""
    global _paint_error_hook
    _paint_error_hook = hook


def _report_paint_error(item_class: str, error: Exception) -> None:
    key = (item_class, f"{type(error).__name__}: {error}")
    if key in _reported_paint_errors:
        return
    _reported_paint_errors.add(key)
    log.warning("%s painted only part of itself", item_class, exc_info=error)
    if _paint_error_hook is not None:
        try:
            _paint_error_hook(QCoreApplication.translate("MapItem", "Part of the map could not be drawn; the rest is shown."))
        except Exception:  # noqa: BLE001 - the hook runs inside a paint() too
            log.exception("the paint error hook failed")


def guard_paint(paint: Callable[..., None]) -> Callable[..., None]:
    """Wraps a paint() so that no exception escapes it; GuardedItem applies it to its subclasses,
    and an item that cannot derive from GuardedItem (a QGraphicsTextItem) can use it as a decorator."""
    item_class = paint.__qualname__.rpartition(".")[0] or paint.__name__

    @functools.wraps(paint)
    def guarded_paint(self: QGraphicsItem, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        try:
            paint(self, painter, option, widget)
        except Exception as error:  # noqa: BLE001 - escaping a paint() kills the process (GUIDE §4)
            _report_paint_error(item_class, error)

    return guarded_paint


class GuardedItem(QGraphicsItem):
    """Base of every item of the map. An exception escaping a paint() can kill the whole process
    (and the user's unsaved work), so each subclass's paint is wrapped: what was drawn before the
    error stays, Qt restores the painter, and the error is reported once per item class and message."""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "paint" in cls.__dict__:
            cls.paint = guard_paint(cls.__dict__["paint"])


class MapItem(GuardedItem):
    def map_scene(self) -> MapScene:
        return self.scene()  # type: ignore[return-value]


class CardItem(MapItem):
    """A card: rounded note with wrapped text, persona badges, sentiment, channel, severity, votes."""

    def __init__(self, card_id: str) -> None:
        super().__init__()
        self.card_id = card_id
        self.setFlags(CARD_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_CARD)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return CARD_BOUNDS

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, CARD_W, CARD_H), 6, 6)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scene = self.map_scene()
        card = scene.card(self.card_id)
        if card is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if scene.is_dimmed(card):
            painter.setOpacity(0.25)
        fill = scene.card_fill(card)
        if self.isSelected():
            pen = QPen(style.SELECTION, 2.5)
        elif scene.is_match(card):
            pen = QPen(style.MATCH, 2.5)
        else:
            pen = QPen(scene.card_border(fill), 1.0)
        painter.setPen(pen)
        painter.setBrush(fill)
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if detail < 0.3:  # a whole large map on screen: text would be unreadable dots
            painter.drawRect(QRectF(0, 0, CARD_W, CARD_H))
            return
        painter.drawRoundedRect(QRectF(0, 0, CARD_W, CARD_H), 6, 6)

        fitted = scene.fitted(card.text, card_text_width(card.confidence is not None))
        painter.setPen(style.INK)
        painter.setFont(style.font(fitted.size))
        line_h = fitted.size * 1.2
        ascent = style.metrics(fitted.size).ascent()
        for index, line in enumerate(fitted.lines):
            painter.drawText(QPointF(CARD_TEXT_X, CARD_TEXT_TOP + ascent + index * line_h), line)
        if card.confidence:
            self._paint_confidence(painter, card.confidence)
        self._paint_footer(painter, card)

    def _paint_confidence(self, painter: QPainter, confidence: Confidence) -> None:
        centre = QPointF(CARD_W - 10, 10)
        painter.setPen(QPen(style.MUTED, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, 4.5, 4.5)
        if confidence == Confidence.VALIDATED:
            painter.setBrush(style.MUTED)
            painter.drawEllipse(centre, 4.5, 4.5)
        elif confidence == Confidence.PARTLY_BACKED:
            path = QPainterPath(centre)
            path.arcTo(QRectF(centre.x() - 4.5, centre.y() - 4.5, 9, 9), 90, 180)
            painter.setBrush(style.MUTED)
            painter.drawPath(path)

    def _paint_footer(self, painter: QPainter, card) -> None:
        scene = self.map_scene()
        y = CARD_FOOTER_Y
        x = 8.0
        for persona_id in card.persona_ids[:5]:
            persona = scene.persona(persona_id)
            if persona is None:
                continue
            colour = QColor(persona.colour)
            painter.setPen(QPen(style.darker(colour), 0.8))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x + 7, y), 7, 7)
            painter.setPen(QColor("#FFFFFF") if colour.lightness() < 150 else style.INK)
            painter.setFont(style.font(6.5, bold=True))
            painter.drawText(QRectF(x, y - 7, 14, 14), Qt.AlignmentFlag.AlignCenter, persona.badge_initials)
            x += 16
        right = CARD_W - 8
        if card.channel is not None:
            renderer(f"channel-{card.channel.value}").render(painter, QRectF(right - 13, y - 6.5, 13, 13))
            right -= 17
        if card.sentiment is not None:
            style.draw_sentiment(painter, card.sentiment, QPointF(right - 6, y), 5)
            right -= 15
        if card.severity:
            painter.setPen(Qt.PenStyle.NoPen)
            for pip in range(5):
                painter.setBrush(style.SEVERITY_ON if pip < card.severity else style.SEVERITY_OFF)
                painter.drawEllipse(QPointF(right - 3 - (4 - pip) * 6.0, y), 2.3, 2.3)
            right -= 34
        if card.votes:
            painter.setFont(style.font(8, bold=True))
            label = f"● {card.votes}"
            width = style.metrics(8, True).horizontalAdvance(label)
            painter.setPen(style.INK)
            painter.drawText(QPointF(right - width, y + 3), label)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setToolTip(self.map_scene().card_tooltip(self.card_id))
        super().hoverEnterEvent(event)


class RectItem(MapItem):
    """An item that covers a rectangle the layout gives it."""

    def __init__(self) -> None:
        super().__init__()
        self.rect = QRectF()

    def set_rect(self, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect

    def boundingRect(self) -> QRectF:
        return self.rect


class LaneGroupItem(GuardedItem):
    """Holds a lane's cards, so a lane that shifts down moves as one item instead of hundreds."""

    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(Z_CARD)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        return None


class CellItem(RectItem):
    """A cell's background; on hover it shows a "+" where a new card would go."""

    def __init__(self, stage_id: str, lane_id: str) -> None:
        super().__init__()
        self.stage_id, self.lane_id = stage_id, lane_id
        self.hovered = False
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_CELL)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scene = self.map_scene()
        painter.setPen(QPen(style.GRID, 0.8))
        painter.setBrush(scene.cell_fill(self.lane_id))
        painter.drawRect(self.rect)
        if scene.cursor_cell == (self.stage_id, self.lane_id):
            painter.setPen(QPen(style.SELECTION, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect.adjusted(2, 2, -2, -2))
        if self.hovered and not scene.dragging:
            slot = qrect(scene.slot_rect((self.stage_id, self.lane_id)))
            if self.rect.contains(slot.center()):
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(style.MUTED, 1.2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(slot, 6, 6)
                painter.setFont(style.font(22))
                painter.drawText(slot, Qt.AlignmentFlag.AlignCenter, "+")

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()


class HeaderItem(MapItem):
    """A stage or lane header: movable along one axis to reorder, sized by the layout."""

    def __init__(self, cursor: Qt.CursorShape) -> None:
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_HEADER)
        self.setCursor(cursor)
        self.size = QRectF()

    def set_size(self, w: float, h: float) -> None:
        if self.size.size() != QRectF(0, 0, w, h).size():
            self.prepareGeometryChange()
            self.size = QRectF(0, 0, w, h)

    def boundingRect(self) -> QRectF:
        return self.size


class StageHeaderItem(HeaderItem):
    """A stage's header; dragging it sideways reorders the stages."""

    def __init__(self, stage_id: str) -> None:
        super().__init__(Qt.CursorShape.SizeHorCursor)
        self.stage_id = stage_id

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        stage = self.map_scene().stage(self.stage_id)
        if stage is None:
            return
        colour = QColor(stage.colour)
        painter.setPen(QPen(style.SELECTION, 2) if self.isSelected() else QPen(style.GRID, 0.8))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRect(self.size)
        painter.fillRect(QRectF(0, 0, self.size.width(), 6), colour)
        painter.setPen(style.INK)
        painter.setFont(style.font(11, bold=True))
        name = style.metrics(11, True).elidedText(stage.name, Qt.TextElideMode.ElideRight, self.size.width() - 16)
        painter.drawText(QPointF(8, 26), name)
        if stage.goal:
            painter.setPen(style.MUTED)
            painter.setFont(style.font(8.5))
            goal = style.metrics(8.5).elidedText(stage.goal, Qt.TextElideMode.ElideRight, (self.size.width() - 16) * 2)
            painter.drawText(QRectF(8, 32, self.size.width() - 16, 28), Qt.TextFlag.TextWordWrap, goal)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.scene() is not None:
            return QPointF(value.x(), self.map_scene().stage_header_y)
        return super().itemChange(change, value)


class LaneHeaderItem(HeaderItem):
    """A lane's header with its kind icon; dragging it up or down reorders the lanes."""

    def __init__(self, lane_id: str) -> None:
        super().__init__(Qt.CursorShape.SizeVerCursor)
        self.lane_id = lane_id

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scene = self.map_scene()
        lane = scene.lane(self.lane_id)
        if lane is None:
            return
        painter.setPen(QPen(style.SELECTION, 2) if self.isSelected() else QPen(style.GRID, 0.8))
        painter.setBrush(scene.cell_fill(self.lane_id).darker(104))
        painter.drawRect(self.size)
        renderer(f"lane-{lane.kind.value}").render(painter, QRectF(10, 12, 18, 18))
        painter.setPen(style.INK)
        painter.setFont(style.font(10.5, bold=True))
        painter.drawText(QRectF(34, 8, self.size.width() - 40, min(self.size.height(), 60) - 8), Qt.TextFlag.TextWordWrap, lane.title)
        if lane.kind.value == "emotions":
            area_top = CURVE_PAD
            for score in (2, 1, 0, -1, -2):
                y = area_top + (2 - score) / 4 * (scene.curve_height - 2 * CURVE_PAD)
                style.draw_face(painter, score, QPointF(LANE_HEADER_W - 40, y), 7)
                painter.setPen(style.MUTED)
                painter.setFont(style.font(8))
                painter.drawText(QRectF(LANE_HEADER_W - 28, y - 7, 24, 14), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{score:+d}" if score else "0")

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.scene() is not None:
            return QPointF(self.map_scene().lane_header_x, value.y())
        return super().itemChange(change, value)


class TitleItem(RectItem):
    """The journey's title and scenario, and the persona legend below them."""

    def __init__(self) -> None:
        super().__init__()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scene = self.map_scene()
        journey = scene.journey
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(style.INK)
        painter.setFont(style.font(16, bold=True))
        painter.drawText(QPointF(self.rect.x(), self.rect.y() + 20), journey.title)
        if journey.scenario:
            painter.setPen(style.MUTED)
            painter.setFont(style.font(9))
            title_w = style.metrics(16, True).horizontalAdvance(journey.title)
            scenario = style.metrics(9).elidedText(journey.scenario, Qt.TextElideMode.ElideRight, self.rect.width() - title_w - 24)
            painter.drawText(QPointF(self.rect.x() + title_w + 16, self.rect.y() + 20), scenario)
        for persona_id, rect in scene.layout.legend.items():
            persona = scene.persona(persona_id)
            if persona is None:
                continue
            colour = QColor(persona.colour)
            painter.setPen(QPen(style.darker(colour), 1))
            painter.setBrush(colour)
            painter.drawEllipse(qrect(rect))
            painter.setPen(QColor("#FFFFFF") if colour.lightness() < 150 else style.INK)
            painter.setFont(style.font(9, bold=True))
            painter.drawText(qrect(rect), Qt.AlignmentFlag.AlignCenter, persona.badge_initials)
            painter.setPen(style.INK)
            painter.setFont(style.font(10, bold=True))
            painter.drawText(QPointF(rect.right + 6, rect.y + 12), persona.name)
            if persona.role:
                painter.setPen(style.MUTED)
                painter.setFont(style.font(8))
                role = style.metrics(8).elidedText(persona.role, Qt.TextElideMode.ElideRight, 150)
                painter.drawText(QPointF(rect.right + 6, rect.y + 24), role)


class EmotionCurveItem(RectItem):
    """The emotion lines, one per persona, each with its colour, dash and marker; plus blueprint lines."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_CURVE)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scene = self.map_scene()
        layout = scene.layout
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for lane_id, area in layout.curve_areas.items():
            painter.setPen(QPen(style.GRID, 0.8, Qt.PenStyle.DotLine))
            for score in (2, 1, 0, -1, -2):
                y = layout.score_y(lane_id, score)
                painter.drawLine(QPointF(area.x, y), QPointF(area.right, y))
        journey = scene.journey
        stage_index = {s: i for i, s in enumerate(layout.stage_order)}
        for persona_id in journey.persona_ids:
            persona = scene.persona(persona_id)
            if persona is None:
                continue
            points = sorted(
                (p for p in journey.emotion_points if p.persona_id == persona_id and p.id in layout.emotion_points),
                key=lambda p: stage_index.get(p.stage_id, 0),
            )
            if len(points) < 2:
                continue
            colour = QColor(persona.colour)
            if scene.persona_filter and scene.persona_filter != persona_id:
                colour.setAlpha(60)
            pen = QPen(colour, 2.2, scene.persona_dash(persona_id))
            painter.setPen(pen)
            path = QPainterPath(QPointF(*layout.emotion_points[points[0].id]))
            for point in points[1:]:
                path.lineTo(QPointF(*layout.emotion_points[point.id]))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        for line, y in layout.blueprint_lines:
            painter.setPen(QPen(style.INK, 1.4, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(self.rect.x(), y), QPointF(self.rect.right(), y))
            painter.setFont(style.font(8, bold=True))
            language = scene.project.language if isinstance(scene.project.language, Language) else Language.EN
            painter.drawText(QPointF(self.rect.x() + 4, y - 3), BLUEPRINT_LINE_TITLES[line][language])


class EmotionPointItem(MapItem):
    """A point of a persona's emotion curve; dragged up or down, it snaps to the −2…+2 scale."""

    RADIUS = 6.0

    def __init__(self, point_id: str) -> None:
        super().__init__()
        self.point_id = point_id
        self.lane_id = ""
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(Z_POINT)
        self.setCursor(Qt.CursorShape.SizeVerCursor)

    def boundingRect(self) -> QRectF:
        return QRectF(-9, -9, 110, 18)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), 9, 9)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scene = self.map_scene()
        point = scene.emotion_point(self.point_id)
        if point is None:
            return
        persona = scene.persona(point.persona_id)
        colour = QColor(persona.colour if persona else "#607D8B")
        if scene.persona_filter and scene.persona_filter != point.persona_id:
            painter.setOpacity(0.3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.SELECTION if self.isSelected() else style.darker(colour), 2 if self.isSelected() else 1.2))
        painter.setBrush(QBrush(colour))
        style.draw_marker(painter, scene.persona_marker(point.persona_id), QPointF(0, 0), self.RADIUS)
        if point.label:
            painter.setPen(style.INK)
            painter.setFont(style.font(8))
            text = style.metrics(8).elidedText(point.label, Qt.TextElideMode.ElideRight, 90)
            painter.drawText(QPointF(10, 3.5), text)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.scene() is not None and self.lane_id:
            layout = self.map_scene().layout
            score = layout.score_at(self.lane_id, value.y())
            return QPointF(self.pos().x(), layout.score_y(self.lane_id, score))
        return super().itemChange(change, value)


class InsertionMarker(GuardedItem):
    """The line that shows where dragged cards or headers will land."""

    def __init__(self) -> None:
        super().__init__()
        self.line = QRectF()
        self.setZValue(Z_MARKER)
        self.hide()

    def show_line(self, x: float, y: float, w: float, h: float) -> None:
        rect = QRectF(x, y, w, h)
        if rect != self.line:
            self.prepareGeometryChange()
            self.line = rect
        self.show()

    def boundingRect(self) -> QRectF:
        return self.line.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.fillRect(self.line, style.SELECTION)


def lane_colour(kind_value: str, override: str | None) -> QColor:
    from cjdesigner.model.vocabulary import LaneKind

    return QColor(override or LANE_COLOURS[LaneKind(kind_value)])
