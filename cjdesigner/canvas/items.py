"""Graphics items of the map. Each holds the id of what it shows and reads the model through its
scene's paint context when it paints, so there is one copy of the data: the document's."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from cjdesigner.app.icons import renderer
from cjdesigner.canvas import style
from cjdesigner.canvas.paint_context import PaintContext
from cjdesigner.layout import CARD_H, CARD_W, Rect
from cjdesigner.layout.grid import STAGE_W
from cjdesigner.layout.coverage import CoverageDrawing
from cjdesigner.layout.drawing import CARD_RADIUS, MARKER_R, HeaderDrawing, Target
from cjdesigner.layout.theme import Theme

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
    def map_scene(self) -> PaintContext:
        return self.scene()  # type: ignore[return-value]


class CardItem(QGraphicsRectItem):
    """A card: rounded note with wrapped text, persona badges, sentiment, channel, severity, votes.

    A rectangle item rather than a MapItem: Qt asks for the bounding rectangle of every card that
    shifts with its lane, and Qt's own answer costs nothing where a Python one costs a call each."""

    def __init__(self, card_id: str) -> None:
        super().__init__(CARD_BOUNDS)
        self.setPen(Qt.PenStyle.NoPen)
        self.card_id = card_id
        self.setFlags(CARD_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_CARD)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def map_scene(self) -> PaintContext:
        return self.scene()  # type: ignore[return-value]

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, CARD_W, CARD_H), CARD_RADIUS, CARD_RADIUS)
        return path

    @guard_paint
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scene = self.map_scene()
        card = scene.card(self.card_id)
        drawing = scene.drawings.card(self.card_id)
        if card is None or drawing is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if scene.is_dimmed(card):
            painter.setOpacity(0.25)
        theme = scene.drawings.theme
        if self.isSelected():
            painter.setPen(style.pen(theme.selection, theme.selection_w))
        elif scene.is_match(card):
            painter.setPen(style.pen(theme.match, theme.selection_w))
        else:
            painter.setPen(style.pen(drawing.border, drawing.border_width))
        painter.setBrush(style.qcolor(drawing.fill))
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if detail < 0.3:  # a whole large map on screen: text would be unreadable dots
            painter.drawRect(qrect(drawing.rect))
            return
        painter.drawRoundedRect(qrect(drawing.rect), drawing.radius, drawing.radius)
        for line in drawing.lines:
            style.draw_text(painter, line)
        if drawing.sub_journey is not None:
            style.draw_text(painter, drawing.sub_journey)
        if drawing.chart is not None:
            style.draw_chart(painter, drawing.chart)
        if drawing.confidence is not None:
            style.draw_confidence(painter, drawing.confidence, theme)
        for _, disc in drawing.badges:
            style.draw_badge(painter, disc)
        if drawing.channel is not None:
            renderer(drawing.channel.name).render(painter, qrect(drawing.channel.rect))
        if drawing.sentiment is not None:
            style.draw_sentiment(painter, drawing.sentiment, theme)
        style.draw_pips(painter, drawing.severity, theme)
        if drawing.votes is not None:
            style.draw_text(painter, drawing.votes)
        if drawing.goal is not None:
            paint_target(painter, drawing.goal[0])
            style.draw_text(painter, drawing.goal[1])
        if drawing.metric is not None:
            style.draw_text(painter, drawing.metric)

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


class CellGroupItem(GuardedItem):
    """Holds a cell's cards: a lane that shifts down moves a group per cell instead of every card,
    and Qt, looking for what to repaint, walks one cell's cards rather than a whole lane's."""

    def __init__(self, cell: tuple[str, str]) -> None:
        super().__init__()
        self.cell = cell
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        # Qt's index then holds the group, not its cards: a lane that moves re-indexes a group per
        # cell. The group's extent must hold its cards (ItemSync keeps it so, and frees it while
        # cards are dragged out of it).
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_CARD)
        self.extent = QRectF()

    def set_extent(self, rect: QRectF) -> None:
        if rect != self.extent:
            self.prepareGeometryChange()
            self.extent = rect

    def boundingRect(self) -> QRectF:
        return self.extent

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
        theme = scene.drawings.theme
        painter.setPen(style.pen(theme.grid, theme.grid_w))
        painter.setBrush(style.qcolor(scene.drawings.cell_fill(self.lane_id)))
        painter.drawRect(self.rect)
        if scene.cursor_cell == (self.stage_id, self.lane_id):
            painter.setPen(QPen(style.qcolor(theme.selection), theme.selection_w - 0.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect.adjusted(2, 2, -2, -2))
        if self.hovered and not scene.dragging:
            slot = qrect(scene.slot_rect((self.stage_id, self.lane_id)))
            if self.rect.contains(slot.center()):
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(style.MUTED, 1.2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(slot, CARD_RADIUS, CARD_RADIUS)
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

    def paint_drawing(self, painter: QPainter, drawing: HeaderDrawing | None) -> None:
        """Paints the header's description; a selected header is outlined in the selection colour."""
        if drawing is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = self.map_scene().drawings.theme
        pen = style.pen(theme.selection, theme.selection_w - 0.5) if self.isSelected() else style.pen(drawing.border, drawing.border_width)
        paint_header(painter, drawing, self.size, pen, theme)


def paint_header(painter: QPainter, drawing: HeaderDrawing, rect: QRectF, pen: QPen, theme: Theme) -> None:
    """A header's description, relative to the painter's origin, in `rect` outlined with `pen`."""
    painter.setPen(pen)
    painter.setBrush(style.qcolor(drawing.fill))
    painter.drawRect(rect)
    if drawing.bar is not None:
        painter.fillRect(qrect(drawing.bar), style.qcolor(drawing.bar_colour))
    if drawing.icon is not None:
        renderer(drawing.icon.name).render(painter, qrect(drawing.icon.rect))
    for line in drawing.lines:
        style.draw_text(painter, line)
    for face in drawing.faces:
        style.draw_face(painter, face, theme)
    for target in drawing.targets:
        paint_target(painter, target)


def paint_target(painter: QPainter, target: Target) -> None:
    """A goal's mark: a ring around a dot."""
    centre = QPointF(target.x, target.y)
    painter.setPen(style.pen(target.colour, target.width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, target.radius, target.radius)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.qcolor(target.colour))
    painter.drawEllipse(centre, target.dot, target.dot)


class CoverageItem(RectItem):
    """The evidence coverage row under the stage headers, painted from its description; the sync
    gives it a new description after every edit (its counts follow the cards)."""

    def __init__(self) -> None:
        super().__init__()
        self.drawing: CoverageDrawing | None = None
        self.setZValue(Z_HEADER)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # paint knows what is exposed

    def set_drawing(self, drawing: CoverageDrawing | None, rect: QRectF, changed: QRectF | None = None) -> None:
        """`changed`: the part of the row that differs (the stages whose counts changed); None: all."""
        self.drawing = drawing
        self.set_rect(rect)
        self.update(changed if changed is not None else QRectF())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        drawing = self.drawing
        if drawing is None:
            return
        exposed = option.exposedRect
        left, right = (exposed.left(), exposed.right()) if not exposed.isEmpty() else (float("-inf"), float("inf"))
        for box in drawing.boxes:
            if box.rect.right >= left and box.rect.x <= right:
                painter.setPen(style.pen(box.border, box.border_width, box.dash))
                painter.setBrush(style.qcolor(box.fill))
                painter.drawRect(qrect(box.rect))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for stroke in drawing.strokes:
            if max(stroke.x0, stroke.x1) >= left and min(stroke.x0, stroke.x1) <= right:
                painter.setPen(style.pen(stroke.colour, stroke.width))
                painter.drawLine(QPointF(stroke.x0, stroke.y0), QPointF(stroke.x1, stroke.y1))
        for line in drawing.lines:
            if line.x + STAGE_W >= left and line.x <= right:  # no line of the row is wider than a stage
                style.draw_text(painter, line)


class StageHeaderItem(HeaderItem):
    """A stage's header; dragging it sideways reorders the stages."""

    def __init__(self, stage_id: str) -> None:
        super().__init__(Qt.CursorShape.SizeHorCursor)
        self.stage_id = stage_id

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self.paint_drawing(painter, self.map_scene().drawings.stage(self.stage_id))

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
        self.paint_drawing(painter, self.map_scene().drawings.lane(self.lane_id))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.scene() is not None:
            return QPointF(self.map_scene().lane_header_x, value.y())
        return super().itemChange(change, value)


class TitleItem(RectItem):
    """The journey's title and scenario, and the persona legend below them."""

    def __init__(self) -> None:
        super().__init__()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        legend = self.map_scene().drawings.legend()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for line in legend.lines:
            style.draw_text(painter, line)
        for entry in legend.entries:
            style.draw_badge(painter, entry.badge)
            for line in entry.lines:
                style.draw_text(painter, line)


class EmotionCurveItem(RectItem):
    """The emotion lines, one per persona, each with its colour, dash and marker; plus blueprint lines."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_CURVE)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scene = self.map_scene()
        drawing = scene.drawings.curves()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for guide in drawing.guides:
            self._paint_guide(painter, guide)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for curve in drawing.curves:
            if not curve.drawn:
                continue
            pen = QPen(style.pen(curve.colour, curve.width, curve.dash))
            if scene.persona_filter and scene.persona_filter != curve.persona_id:
                faded = QColor(pen.color())
                faded.setAlpha(60)
                pen.setColor(faded)
            painter.setPen(pen)
            path = QPainterPath(QPointF(curve.points[0].x, curve.points[0].y))
            for point in curve.points[1:]:
                path.lineTo(QPointF(point.x, point.y))
            painter.drawPath(path)
        for guide in drawing.blueprint:
            self._paint_guide(painter, guide)

    @staticmethod
    def _paint_guide(painter: QPainter, guide) -> None:
        painter.setPen(style.pen(guide.colour, guide.width, guide.dash))
        painter.drawLine(QPointF(guide.x0, guide.y), QPointF(guide.x1, guide.y))
        if guide.label is not None:
            style.draw_text(painter, guide.label)


class BranchItem(RectItem):
    """A forking journey's path strips and band lane titles (under the cards), or its fork and join
    lines and return arrows (`over` them), as layout/branch_drawing.py describes them."""

    def __init__(self, over: bool) -> None:
        super().__init__()
        self.over = over
        self.setZValue(Z_CURVE if over else Z_CELL)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        drawing = self.map_scene().drawings.branches()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.over:
            theme = self.map_scene().drawings.theme
            for rect, header in drawing.headers:
                painter.save()
                painter.translate(rect.x, rect.y)
                paint_header(painter, header, qrect(header.rect), style.pen(header.border, header.border_width), theme)
                painter.restore()
            for box in drawing.boxes:
                painter.setPen(style.pen(box.border, box.width))
                painter.setBrush(style.qcolor(box.fill))
                painter.drawRect(qrect(box.rect))
            for line in drawing.labels:
                style.draw_text(painter, line)
            return
        for polyline in drawing.lines:
            painter.setPen(style.pen(polyline.colour, polyline.width, polyline.dash))
            points = [QPointF(x, y) for x, y in polyline.points]
            if polyline.fill is not None:
                painter.setBrush(style.qcolor(polyline.fill))
                painter.drawPolygon(points)
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolyline(points)
        for line in drawing.texts:
            style.draw_text(painter, line)


class EmotionPointItem(MapItem):
    """A point of a persona's emotion curve; dragged up or down, it snaps to the −2…+2 scale."""

    RADIUS = MARKER_R

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
        found = scene.drawings.point(self.point_id)
        if found is None:
            return
        curve, point = found
        if scene.persona_filter and scene.persona_filter != curve.persona_id:
            painter.setOpacity(0.3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected():
            theme = scene.drawings.theme
            style.draw_marker(painter, curve.marker, curve.colour, theme.selection, theme.selection_w - 0.5, 0.0, 0.0, curve.marker_radius)
        else:
            style.draw_marker(painter, curve.marker, curve.colour, curve.border, curve.marker_border_width, 0.0, 0.0, curve.marker_radius)
        if point.label is not None:
            style.draw_text(painter, point.label)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.scene() is not None and self.lane_id:
            layout = self.map_scene().layout
            stage_id = layout.point_stages.get(self.point_id, "")
            score = layout.score_at(self.lane_id, value.y(), stage_id)
            return QPointF(self.pos().x(), layout.score_y(self.lane_id, score, stage_id))
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

