"""The project overview dock: every journey as a box of the map of maps (`layout/overview.py`),
with the hierarchy of its sub-journeys. A click, or Enter on the box the arrow keys reach, opens
that journey; the journey shown is outlined. Redrawn when the map changes, while it is shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from cjdesigner.app.document import Document
from cjdesigner.canvas import style
from cjdesigner.layout.overview import PAPER, OverviewBox, OverviewDrawing, arrow_head, may_change_overview, overview_drawing

SELECTION = "#1A73E8"
STEPS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


class OverviewCanvas(QWidget):
    journeyActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview-canvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Project overview"))
        self.drawing: OverviewDrawing | None = None
        self.current = ""  # the box the keyboard is on
        self.shown = ""  # the journey the window shows

    def set_drawing(self, drawing: OverviewDrawing, shown: str) -> None:
        self.drawing, self.shown = drawing, shown
        if drawing.box(self.current) is None:
            self.current = shown
        self.setFixedSize(int(drawing.width) + 1, int(drawing.height) + 1)
        self._describe()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(int(self.drawing.width), int(self.drawing.height)) if self.drawing else QSize(200, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.drawing is None:
            return
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), style.qcolor(PAPER))
            paint_overview(painter, self.drawing)
            for journey_id, colour, width in ((self.shown, SELECTION, 3.0), (self.current, SELECTION, 1.5)):
                box = self.drawing.box(journey_id)
                if box is not None and (journey_id == self.shown or self.hasFocus()):
                    painter.setPen(style.pen(colour, width, (4.0, 2.0) if journey_id != self.shown else ()))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    x, y, w, h = box.rect
                    painter.drawRoundedRect(QRectF(x - 3, y - 3, w + 6, h + 6), 8, 8)
        finally:
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        box = self.drawing.box_at(event.position().x(), event.position().y()) if self.drawing else None
        if box is not None and event.button() == Qt.MouseButton.LeftButton:
            self.current = box.journey_id
            self.journeyActivated.emit(box.journey_id)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.drawing is not None and key in STEPS:
            self._step(*STEPS[Qt.Key(key)])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current:
            self.journeyActivated.emit(self.current)
            return
        super().keyPressEvent(event)

    def _step(self, dx: int, dy: int) -> None:
        """To the nearest box that way: the next column's for left and right, the column's for up and down."""
        assert self.drawing is not None
        here = self.drawing.box(self.current) or self.drawing.boxes[0]
        cx, cy = _centre(here)

        def ahead(box: OverviewBox) -> bool:
            x, y = _centre(box)
            return (x - cx) * dx > 1 if dx else (y - cy) * dy > 1 and abs(x - cx) < 1

        candidates = [b for b in self.drawing.boxes if b is not here and ahead(b)]
        if not candidates:
            return
        target = min(candidates, key=lambda b: abs(_centre(b)[0] - cx) + abs(_centre(b)[1] - cy))
        self.current = target.journey_id
        self._describe()
        self.update()
        scroll = self.parent().parent() if self.parent() is not None else None
        if isinstance(scroll, QScrollArea):
            x, y, w, h = target.rect
            scroll.ensureVisible(int(x + w / 2), int(y + h / 2), int(w / 2) + 8, int(h / 2) + 8)

    def _describe(self) -> None:
        """What a screen reader says of the box the keyboard is on: its words, in reading order."""
        box = self.drawing.box(self.current) if self.drawing else None
        self.setAccessibleDescription(", ".join(box.words) if box else "")

    def event(self, event: QEvent) -> bool:
        """A box's tooltip says what its narrow lines cut short: a long title, owner or origin."""
        if event.type() == QEvent.Type.ToolTip and self.drawing is not None:
            at = event.pos()  # type: ignore[attr-defined]
            box = self.drawing.box_at(at.x(), at.y())
            if box is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), "\n".join(box.words), self)  # type: ignore[attr-defined]
            return True
        return super().event(event)


def paint_overview(painter: QPainter, drawing: OverviewDrawing) -> None:
    for connector in drawing.connectors:
        painter.setPen(style.pen(connector.colour, connector.width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        points = [QPointF(x, y) for x, y in connector.points]
        for a, b in zip(points, points[1:]):
            painter.drawLine(a, b)
        painter.setBrush(style.qcolor(connector.colour))
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in arrow_head(connector)]))
    for box in drawing.boxes:
        painter.setPen(style.pen(box.border, box.border_width))
        painter.setBrush(style.qcolor(PAPER))
        painter.drawRoundedRect(QRectF(*box.rect), 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.qcolor(box.chip_fill))
        painter.drawRoundedRect(QRectF(*box.chip), 7, 7)
        for line in box.lines:
            style.draw_text(painter, line)


def _centre(box: OverviewBox) -> tuple[float, float]:
    return box.rect.x + box.rect.w / 2, box.rect.y + box.rect.h / 2


class OverviewPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview-panel")
        self.setAccessibleName(self.tr("Project overview"))
        self.canvas = OverviewCanvas()
        self.setWidget(self.canvas)
        self.setWidgetResizable(False)
        self.document: Document | None = None
        self.stale = True
        self.canvas.journeyActivated.connect(lambda journey_id: self.document and self.document.set_journey(journey_id))

    def set_document(self, document: Document) -> None:
        self.document = document
        document.changed.connect(lambda diff: may_change_overview(diff, self._opens) and self._changed())
        document.journeyChanged.connect(self._show_journey)
        self._changed()

    def _opens(self, card_id: str) -> bool:
        try:
            return self.document is not None and self.document.journey.card(card_id).sub_journey_id is not None
        except KeyError:
            return True

    def _show_journey(self, journey_id: str) -> None:
        if self.canvas.drawing is not None and not self.stale:
            self.canvas.set_drawing(self.canvas.drawing, journey_id)
        else:
            self._changed()

    def _changed(self, *_: object) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self, today: date | None = None) -> None:
        if self.document is None:
            return
        self.stale = False
        self.canvas.set_drawing(overview_drawing(self.document.project, today or date.today()), self.document.journey_id)
