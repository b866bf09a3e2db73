"""The map of a comparison: the scene of the newer map with the older one's ghosts
(`layout/compare_marks.py`), its marks painted on top, and the older map that the blend fades in.

Read-only: nothing connects its intents to verbs, so a card dragged here goes back to its place.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QStyleOptionGraphicsItem, QWidget

from cjdesigner.canvas import style
from cjdesigner.canvas.items import GuardedItem, Z_DRAGGED, Z_POINT
from cjdesigner.canvas.map_source import StillMap
from cjdesigner.canvas.scene import MapScene
from cjdesigner.layout.compare_marks import Badge, CompareMarks, Line, Marks, Outline, Veil
from cjdesigner.layout.drawing import Theme
from cjdesigner.model.document import Project

BLEND_MAX_SIDE = 8000.0
TILE = 512.0  # points a side of the squares marks are filed by
GLYPH_DETAIL = 0.45  # zoomed out further, a badge's glyph would be a speck: its disc alone is drawn  # the older map is rendered at most this many pixels wide or tall


class MarksItem(GuardedItem):
    """Every mark of a comparison, painted in one pass over the part of the map shown: the marks are
    filed by tile once, so a paint looks only at the tiles it shows, however many changes there are."""

    def __init__(self, marks: Marks) -> None:
        super().__init__()
        self.marks = marks
        self.setZValue(Z_POINT + 0.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect: paint what is shown only
        self._bounds = QRectF(-40, -40, marks.width + 80, marks.height + 80)
        self._tiles: dict[tuple[int, int], list[tuple[int, object]]] = {}
        shapes: list[tuple[int, object, tuple[float, float, float, float]]] = []
        shapes += [(0, v, (v.rect.x, v.rect.y, v.rect.right, v.rect.bottom)) for v in marks.veils]
        shapes += [(1, o, (o.rect.x, o.rect.y, o.rect.right, o.rect.bottom)) for o in marks.outlines]
        for line in marks.lines:
            xs, ys = [p[0] for p in line.points], [p[1] for p in line.points]
            shapes.append((2, line, (min(xs) - 10, min(ys) - 10, max(xs) + 10, max(ys) + 10)))
        shapes += [(3, b, (b.cx - b.r, b.cy - b.r, b.cx + b.r, b.cy + b.r)) for b in marks.badges]
        for order, (layer, shape, (x0, y0, x1, y1)) in enumerate(shapes):
            for tx in range(int(x0 // TILE), int(x1 // TILE) + 1):
                for ty in range(int(y0 // TILE), int(y1 // TILE) + 1):
                    self._tiles.setdefault((tx, ty), []).append((order, shape))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shapes_in(self, rect: QRectF) -> list[object]:
        """The marks that may show in `rect`, each once, in painting order (veils, outlines, lines, badges)."""
        found: dict[int, object] = {}
        for tx in range(int(rect.left() // TILE), int(rect.right() // TILE) + 1):
            for ty in range(int(rect.top() // TILE), int(rect.bottom() // TILE) + 1):
                found.update(self._tiles.get((tx, ty), ()))
        return [found[key] for key in sorted(found)]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        glyphs = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()) >= GLYPH_DETAIL
        for shape in self.shapes_in(option.exposedRect):
            if isinstance(shape, Veil):
                painter.setOpacity(shape.opacity)
                painter.fillRect(QRectF(*shape.rect), style.qcolor(shape.colour))
                painter.setOpacity(1.0)
            elif isinstance(shape, Outline):
                painter.setPen(style.pen(shape.colour, shape.width, shape.dash))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(*shape.rect), shape.radius, shape.radius)
            elif isinstance(shape, Line):
                _draw_line(painter, shape)
            elif isinstance(shape, Badge):
                _draw_badge(painter, shape, glyphs)


def _draw_line(painter: QPainter, line: Line) -> None:
    points = [QPointF(x, y) for x, y in line.points]
    painter.setPen(style.pen(line.colour, line.width, line.dash))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF(points))
    if line.arrow and len(points) > 1:
        (x0, y0), (x1, y1) = line.points[-2], line.points[-1]
        angle = math.atan2(y1 - y0, x1 - x0)
        head = [QPointF(x1, y1)] + [QPointF(x1 - 9 * math.cos(angle + s), y1 - 9 * math.sin(angle + s)) for s in (0.45, -0.45)]
        painter.setPen(style.pen(line.colour, 1.0))
        painter.setBrush(style.qcolor(line.colour))
        painter.drawPolygon(QPolygonF(head))


def _draw_badge(painter: QPainter, badge: Badge, glyph: bool = True) -> None:
    centre = QPointF(badge.cx, badge.cy)
    painter.setPen(style.pen("#FFFFFF", 1.5))
    painter.setBrush(style.qcolor(badge.colour))
    painter.drawEllipse(centre, badge.r, badge.r)
    if not glyph:
        return
    painter.setPen(style.qcolor("#FFFFFF"))
    painter.setFont(style.font(badge.r * 1.3, True))
    painter.drawText(QRectF(badge.cx - badge.r, badge.cy - badge.r, 2 * badge.r, 2 * badge.r), Qt.AlignmentFlag.AlignCenter, badge.glyph)


class CompareScene(MapScene):
    """The compared map, its marks, and the older map's picture for the blend (made when first asked)."""

    def __init__(self, marks: CompareMarks, old: Project, theme: Theme | None = None, coverage: bool = False) -> None:
        self.marks = marks
        self.old_project = old
        self.old_tooltips: dict[str, str] = {}
        super().__init__(StillMap(marks.project, marks.journey), theme, coverage)
        self.marks_item = MarksItem(marks)
        self.addItem(self.marks_item)
        self.blend_item: QGraphicsPixmapItem | None = None

    def card_tooltip(self, card_id: str) -> str:
        """A changed card's tooltip says what it was, field by field, under what it is."""
        extra = self.old_tooltips.get(card_id, "")
        now = super().card_tooltip(card_id)
        return f"{now}<hr>{extra}" if extra else now

    def set_blend(self, old_share: float) -> None:
        """0: the compared map alone; 1: the older map alone, over it."""
        if old_share <= 0.0:
            if self.blend_item is not None:
                self.blend_item.hide()
            return
        if self.blend_item is None:
            self.blend_item = self._old_picture()
        self.blend_item.show()
        self.blend_item.setOpacity(old_share)

    def _old_picture(self) -> QGraphicsPixmapItem:
        old_scene = MapScene(StillMap(self.old_project, self.old_project.journey(self.marks.journey.id)), self.theme, self.sync.coverage)
        rect = old_scene.map_rect
        scale = min(2.0, BLEND_MAX_SIDE / max(1.0, rect.width(), rect.height()))
        image = QImage(max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale)), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(style.qcolor(self.theme.canvas))
        painter = QPainter(image)
        old_scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        item = QGraphicsPixmapItem(QPixmap.fromImage(image))
        item.setScale(1.0 / scale)
        item.setZValue(Z_DRAGGED + 1)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.addItem(item)
        return item
