"""The export dialog's preview: the sheet of paper with the map placed exactly where the PDF will put
it (same layout, same page geometry), or for a poster the map cut into its numbered sheets."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from cjdesigner.canvas import style
from cjdesigner.canvas.scene import MapScene
from cjdesigner.export.page_setup import TITLE_BLOCK_H, TILE_LABEL_H, Mode, PageSetup, Sheet

PAPER_SHADOW = QColor(0, 0, 0, 40)
DESK = QColor("#E4E7EB")


class PagePreview(QWidget):
    """Paints the first page of a fitted export, or the poster's sheet grid over the map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-preview")
        self.setMinimumSize(360, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.scene: MapScene | None = None
        self.setup: PageSetup | None = None
        self.sheets: list[Sheet] = []
        self.image_only = False
        self._cache: QPixmap | None = None

    def sizeHint(self) -> QSize:
        return QSize(520, 400)

    def show_export(self, scene: MapScene, setup: PageSetup | None, sheets: list[Sheet]) -> None:
        """`setup` None previews an image (PNG or SVG): the map alone, no paper."""
        self.scene, self.setup, self.sheets = scene, setup, sheets
        self._cache = None
        self.update()

    def resizeEvent(self, event) -> None:
        self._cache = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._cache is None or self._cache.size() != self.size() * self.devicePixelRatioF():
            self._cache = self._render()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)

    def _render(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(DESK)
        if self.scene is None:
            return pixmap
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = self.scene.layout
        if self.setup is None:
            self._paper(painter, layout.width, layout.height)
            self._map(painter, self._fit_rect(layout.width, layout.height))
        elif self.setup.mode == Mode.FIT:
            self._fit_page(painter)
        else:
            self._poster(painter)
        painter.end()
        return pixmap

    def _fit_rect(self, w: float, h: float) -> QRectF:
        area = QRectF(self.rect()).adjusted(16, 16, -16, -16)
        scale = min(area.width() / w, area.height() / h)
        return QRectF(area.x() + (area.width() - w * scale) / 2, area.y() + (area.height() - h * scale) / 2, w * scale, h * scale)

    def _paper(self, painter: QPainter, w: float, h: float) -> QRectF:
        paper = self._fit_rect(w, h)
        painter.fillRect(paper.translated(3, 3), PAPER_SHADOW)
        painter.fillRect(paper, QColor("#FFFFFF"))
        return paper

    def _map(self, painter: QPainter, target: QRectF) -> None:
        layout = self.scene.layout
        self.scene.render(painter, target, QRectF(0, 0, layout.width, layout.height), Qt.AspectRatioMode.IgnoreAspectRatio)

    def _fit_page(self, painter: QPainter) -> None:
        setup = self.setup
        page_w, page_h = setup.page_size
        paper = self._paper(painter, page_w, page_h)
        k = paper.width() / page_w
        layout = self.scene.layout
        placement = setup.fit(layout.width, layout.height)
        target = QRectF(
            paper.x() + placement.left * k,
            paper.y() + placement.top * k,
            layout.width * placement.scale * k,
            layout.height * placement.scale * k,
        )
        self._map(painter, target)
        if setup.title_block:
            top = paper.y() + (page_h - setup.margin - TITLE_BLOCK_H + 4) * k
            painter.setPen(QPen(style.GRID, 1))
            painter.drawLine(QPointF(paper.x() + setup.margin * k, top), QPointF(paper.right() - setup.margin * k, top))
            painter.fillRect(
                QRectF(paper.x() + setup.margin * k, top + 4, (page_w - 2 * setup.margin) * 0.3 * k, max(2.0, 8 * k)), style.MUTED
            )
        painter.setPen(QPen(QColor("#90A4AE"), 1, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(paper.adjusted(setup.margin * k, setup.margin * k, -setup.margin * k, -setup.margin * k))

    def _poster(self, painter: QPainter) -> None:
        """The map on the sheets that will carry it, each sheet outlined and labelled like the plan."""
        setup = self.setup
        x0, y0 = self.sheets[0].x, self.sheets[0].y  # the map is centred on the sheets: they start before it
        extent_w = self.sheets[-1].x + self.sheets[-1].w - x0
        extent_h = self.sheets[-1].y + self.sheets[-1].h - y0
        scale = setup.scale_percent / 100
        margin_map = setup.margin / scale
        footer_map = TILE_LABEL_H / scale
        outer_w = extent_w + margin_map * 2
        outer_h = extent_h + (margin_map * 2 + footer_map)
        area = self._fit_rect(outer_w, outer_h)
        k = area.width() / outer_w
        origin = QPointF(area.x() + (margin_map - x0) * k, area.y() + (margin_map - y0) * k)
        painter.fillRect(QRectF(origin.x() + x0 * k, origin.y() + y0 * k, extent_w * k, extent_h * k), QColor("#FFFFFF"))
        layout = self.scene.layout
        self._map(painter, QRectF(origin.x(), origin.y(), layout.width * k, layout.height * k))
        font = QFont(style.FONT_FAMILY)
        for sheet in self.sheets:
            rect = QRectF(origin.x() + sheet.x * k, origin.y() + sheet.y * k, sheet.w * k, sheet.h * k)
            painter.setPen(QPen(QColor("#1565C0"), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            font.setPixelSize(max(9, min(28, int(min(rect.width(), rect.height()) / 4))))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(21, 101, 192, 200))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, sheet.label)
