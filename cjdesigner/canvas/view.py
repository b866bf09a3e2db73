"""The view on the map: zoom with Ctrl+wheel or keys, pan with scrollbars, middle button or space-drag."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from cjdesigner.canvas.scene import MapScene

MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
FIT_WIDTH_LEAST = 0.6  # a map opened wider than the window shrinks to fit, down to this zoom


class MapView(QGraphicsView):
    zoomChanged = Signal(float)

    def __init__(self, scene: MapScene | None, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("map-view")
        self.setAccessibleName(self.tr("Journey map"))
        self.setAccessibleDescription(self.tr("Arrow keys move across cards and cells; View → Outline reads the map as a tree."))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        self._pan_from: QPoint | None = None
        self._space = False
        self.fitted: str | None = None  # "whole" or "width" while the map is fitted; a user's zoom clears it
        self._follow(scene)

    def setScene(self, scene: QGraphicsScene | None) -> None:  # type: ignore[override]
        old = self.scene()
        if isinstance(old, MapScene):
            old.mapRectChanged.disconnect(self.setSceneRect)
        super().setScene(scene)
        self._follow(scene)

    def _follow(self, scene: QGraphicsScene | None) -> None:
        """Scroll over the map's own extent, not the scene's rectangle (which keeps room below)."""
        if isinstance(scene, MapScene):
            self.setSceneRect(scene.map_rect)
            scene.mapRectChanged.connect(self.setSceneRect)

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, fitted: str | None = None) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.scale(factor / self.zoom, factor / self.zoom)
        self.fitted = fitted
        self.zoomChanged.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / 1.25)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.set_zoom(self.zoom, "whole")

    def fit_width(self, least: float) -> None:
        """The map's width in the view, up to its actual size and never below `least` (a huge map
        stays readable, to be scrolled)."""
        room, width = self.viewport().width() - 4, self.sceneRect().width()
        if room > 0 and width > 0:
            self.set_zoom(max(least, min(1.0, room / width)), "width")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A fitted map stays fitted as the window grows or shrinks; a zoom the user chose is kept."""
        super().resizeEvent(event)
        if self.fitted == "whole":
            self.zoom_fit()
        elif self.fitted == "width":
            self.fit_width(FIT_WIDTH_LEAST)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * (1.15**steps))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and getattr(self.scene(), "editor", None) is None:
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
